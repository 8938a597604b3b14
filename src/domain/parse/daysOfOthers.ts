/**
 * Days that may belong to something other than the source read. A ParseResult applies every range to
 * every source, so "the iOS App data for Dec 1, and the Shopify source for Dec 2" read as the iOS App
 * alone would delete the iOS App's Dec 2, which nobody asked for: the Shopify source (unknown), the
 * Marketing space or a source whose common-word name was not taken ("and the Website for Dec 2") has
 * its own day. Pure: the words are looked at, nothing is resolved here.
 */
import type { DateExtraction } from './dates';
import { escapeRegExp } from './regexText';

/**
 * "for Dec 1 and Dec 2 respectively", "beziehungsweise", "respectivement": one day per source, in order.
 * The same said as an order ("in that order", "same order", "in dieser Reihenfolge", "dans cet ordre",
 * "one day each") or with the word other scripts use ("соответственно", "分别", "それぞれ", "각각"): read
 * as every day for every source, it deleted days nobody asked for.
 */
export const RESPECTIVELY = new RegExp(
  [
    String.raw`(?<![^\P{L}]|\u03B9)(?:respectively|resp\.|beziehungsweise|jeweils|respectivement|respectivamente|rispettivamente|respectievelijk|odpowiednio|respektive|vastaavasti|соответственно|відповідно)(?![^\P{L}]|\u03B9)`,
    // An order the days follow: "in that order", "in der Reihenfolge", "nell'ordine" (never "in order to").
    String.raw`(?<![^\P{L}]|\u03B9)(?:in|en|dans|nello|nell['’]|w|i)\s+(?:that|this|the same|the given|the listed|dieser|der|derselben|der gleichen|gleicher|ese|este|el mismo|cet|le même|ce|stesso|quest['’]|quell['’]|die|deze|dezelfde|tej|samma|denne|samme)\s*(?:order|reihenfolge|orden|ordre|ordine|volgorde|kolejności|ordning|rækkefølge|rekkefølge|ordem)(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)in\s+the\s+order\s+(?:listed|given|above|shown|written|named|mentioned|i|we|they|of)(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:same|gleiche|même|mismo|stesso)\s+(?:order|reihenfolge|ordre|orden|ordine)(?![^\P{L}]|\u03B9)`,
    // "one day each": one day for each source.
    String.raw`(?<![^\P{L}]|\u03B9)one\s+(?:day|date)\s+each(?![^\P{L}]|\u03B9)`,
    '分别|分別|各自|それぞれ|각각',
  ].join('|'),
  'iu',
);

/** Words between two days that are written with capitals but name nothing to delete. */
const NOT_A_NAME =
  /^(?:and|or|also|plus|then|the|utc|gmt|cet|cest|est|edt|pst|pdt|am|pm|i|ok|please|thanks|daten|tage?|quellen?|zeitraum|uhr|datum|ereignisse|events|jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/iu;
const CALENDAR =
  /^(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|day|eve|christmas|xmas|easter|holiday|weekend|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|tag|weihnachten|ostern)$/iu;
/** "the same source", "the other app": a common word before the cue, no name. */
const COMMON_BEFORE_CUE = /^(?:same|other|whole|entire|raw|duplicate|all|both|each|this|that|those|these|test|one|new|old|second|first)$/iu;

/**
 * The first word that names another thing between two of the days ("Shopify", "tvOS", "Marketing"), or
 * null. `known`: the words of the sources and workspace already read, which are no other thing.
 */
export function otherNameBetweenDays(text: string, known: string[], dates: DateExtraction): string | null {
  if (dates.expressions < 2) return null;
  const places = dates.evidence.map((e) => ({ at: text.indexOf(e.text), length: e.text.length })).filter((p) => p.at >= 0).map((p) => ({ at: p.at, end: p.at + p.length })).sort((a, b) => a.at - b.at);
  // The names already read (the longest first: "App 2" before "App"), blanked out of each gap by one pattern.
  const knownWords = known.length > 0 ? new RegExp([...known].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu') : null;
  for (let k = 1; k < places.length; k++) {
    if (places[k].at <= places[k - 1].end) continue;
    const between = text.slice(places[k - 1].end, places[k].at);
    const name = nameIn(knownWords ? between.replace(knownWords, (m) => ' '.repeat(m.length)) : between);
    if (name) return name;
  }
  return null;
}

/**
 * The thing a gap between two days ends on, as the subject of the second day: "…, and the Shopify source
 * for ", "\n- Shopify (", "\n• API → ", "; Website ". Joined to the request (a comma, "and", a list item), then one to
 * three words and its cue, then the word that leads to the day.
 */
const SUBJECT_OF_NEXT_DAY =
  /(?:^|[,;]|\n[^\S\n]*[-*•]?|(?<![^\P{L}]|\u03B9)(?:and|plus|also|as well as|und|sowie|et|y|e|en|och|og))[^\S\n]*(?:(?:the|our|also|die|den|das|le|la|les|el|los|las|il|lo|de|het)\s+)*((?:[\p{L}][\p{L}\p{N}-]*[^\S\n]+){0,2}?[\p{L}][\p{L}\p{N}-]*)((?:[^\S\n]+(?:source|sources|app|apps|space|data|events|stream|quelle|daten))*)[^\S\n]*(?:for|on|from|für|vom|am|pour|du|para|del|voor|per|\(|:|-|–|—|→|->|=>|⇒)?[^\S\n]*(?:the[^\S\n]+)?$/iu;

function nameIn(gap: string): string | null {
  const found = SUBJECT_OF_NEXT_DAY.exec(gap);
  if (!found) return null;
  // "…) and Cyber Monday (Nov 30)", "Christmas Day": a day's own name, not a thing to delete.
  if (found[1].split(/\s+/).some((w) => CALENDAR.test(w))) return null;
  const words = found[1].split(/\s+/).filter((w) => !NOT_A_NAME.test(w));
  const cued = /\S/.test(found[2]) && !words.some((w) => COMMON_BEFORE_CUE.test(w));
  const named = words.find((w) => /^\p{Lu}/u.test(w) || /\p{Ll}\p{Lu}/u.test(w));
  return words.length === 0 ? null : named ?? (cued ? words[0] : null);
}
