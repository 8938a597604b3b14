/**
 * "March 3, 4 and 5 — not the first one actually", "March 3-5 but skip the middle day", "iOS App, Android
 * App and Website, all but the last", "only the first of those two sources", "den letzten bitte nicht",
 * "tous sauf le dernier", "menos el último", "tranne l'ultimo", "behalve de laatste", "exceto o último":
 * a day or a source picked out by its place in the list written before. Which one is meant depends on
 * how the customer counted (the days of a range, the names in writing order, the days or the sources), so
 * a request with such words beside a list of several things is asked about, never read as the whole list.
 *
 * Not a place in the list: a place in time ("the first week of March", "the last two days", "the second
 * time"), a day of the month ("the first of March", "since the first"), or an ordinal before a number.
 * Pure.
 */
import { L, R } from './letterEdges';

/** "the", "den", "le", "l'", "el", "il", "de", "o", "celui", "quello": the article before a place word. */
const ARTICLE = "(?:the|den|dem|die|der|das|le|la|l['’]|el|lo|il|de|het|o|a|celui|celle|quello|quella|aquel|aquele)";
/** Places in a list, by language. */
const PLACE =
  '(?:first|last|middle|second|third|final|latter|former|erste[nmrs]?|letzte[nmrs]?|mittlere[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|premi[eè]re?|derni[eè]re?|deuxi[eè]me|troisi[eè]me|du milieu|primer[oa]?|[úu]ltim[oa]|segund[oa]|tercer[oa]?|del medio|prim[oa]|second[oa]|terz[oa]|di mezzo|centrale|eerste|laatste|middelste|tweede|derde|primeir[oa]|terceir[oa]|do meio)';
/**
 * What may follow the place word and still mean an item of the list: "one", "day", "of those two sources".
 * "The second day of the import" counts the days of something else, not of the list.
 */
const ITEM =
  '(?:\\s+(?:one|ones|day|days|date|source|sources|entry|item|tag|datum|jour|source|d[íi]a|giorno|dag|dia|fuente|fonte|bron|quelle))?(?:\\s+(?:of|von|de|du|des|del|di|van|do|da)\\s+(?:those|these|them|the\\s+(?:two|three|days|dates|sources|entries|items|list|range|ones|above)|this\\s+list|diesen|denen|ceux-ci|ces|esos|esas|estos|questi|deze|esses)(?:\\s+(?:two|three|zwei|drei|deux|trois|dos|tres|due|tre|twee|drie|dois|três))?(?:\\s+\\p{L}+)?)?';
/** After the reference, the clause ends or goes on with a word that does not make it a time. */
const ENDS = '(?=\\s*(?:[.,;:!?)\\n—–]|$|(?:actually|though|please|bitte|svp|por favor|per favore|graag|then|too|as well|only|nur|seulement|solo|alleen|s[óo])(?![^\\P{L}]|\\u03B9)))';
/** "since the first", "from the last": a day of the month, or a bound in time. */
const TIME_LEAD = `(?<!${L}(?:since|from|on|until|till|through|to|for|by|after|before|at|seit|ab|vom|bis|depuis|d[èe]s|jusqu['’]au|desde|hasta|dal|fino al|sinds|vanaf|tot|at[ée])\\s+)`;
// "iOS App (the first one)": a bracket right after a name says which of two of that name it is.
const PLACED = new RegExp(`(?<!\\(\\s*)${TIME_LEAD}${L}${ARTICLE}\\s*${PLACE}${R}${ITEM}${ENDS}`, 'iu');

/** The words that pick an item of a list by its place, or null. */
export function positionalReference(text: string): string | null {
  const m = PLACED.exec(text);
  if (!m) return null;
  const before = (text.slice(Math.max(0, m.index - 30), m.index).split(/[.,!?\n;:—–(]/u).pop() ?? '').replace(/^\p{L}*\s*/u, (w) => (m.index >= 30 ? '' : w));
  return `${before}${m[0]}`.replace(/\s+/g, ' ').trim();
}
