/**
 * Ticket references: `DEL-42`, `[DEL-42]`, `del_42`, `DEL42`, `del#42`, `DEL 42`, normalised to `DEL-42`.
 *
 * A wrong ticket is worse than none: a reply attached to the wrong ticket can cancel or change it. The
 * joined forms (`DEL-42`, `del_42`, `DEL42`) are no word in any language, so they always count. The
 * spaced form collides with ordinary words: Italian and Spanish "del" ("i dati del 2 marzo", "del 3/4",
 * "los datos del 3 al 5"), Scandinavian "del" (part: "del 2"). So `del 42` counts only when nothing
 * around it reads as a date (a month name, a second day, a day separator, a year), and when the number
 * could be a day of a month (1–31) only if it is marked as a ticket: `DEL` in capitals outside an
 * all-capitals phrase, a `#` before the number, or a word such as "ticket" before it.
 */
import { startsWithMonth } from './dates';

const TIGHT_REF = /(?<![\p{L}\p{N}])del(?:[-_#]|–)?\s?#?0*(\d{1,9})(?![\p{L}\p{N}])/giu;
/** After the number: another day ("3/4", "2-3", "3 al 5", "3 e 4"), an ordinal ending ("3rd", "3º"). */
const DATE_CONTINUES = /^(?:\s*[/.\-–]\s*\d|(?:st|nd|rd|th|º|°|ª|er)(?![^\P{L}]|\u03B9)|\s*(?:,|&|al?|all['’]|alle|de|di|y|e|et|and|to|till|hasta|fino|au|bis|do|tot|en|-|–)\s*\d)/iu;
const TICKET_WORD = /(?<![^\P{L}]|\u03B9)(?:ticket|tiquet|tíquet|ref|réf|reference|référence|referencia|referência|riferimento|referenz|case|caso)\.?\s*(?:n[º°o.]?\s*)?[:#]?\s*$/iu;
const YEAR = /^(?:19|20)\d\d$/;
const SHOUTED_WORD = /(?<![^\P{L}]|\u03B9)\p{Lu}{2,}[\s,]+$/u;

export function findTicketRef(text: string): string | null {
  TIGHT_REF.lastIndex = 0;
  for (let m = TIGHT_REF.exec(text); m; m = TIGHT_REF.exec(text)) {
    const n = Number.parseInt(m[1], 10);
    if (n > 0 && (!/\s/.test(m[0]) || spacedRefCounts(text, m.index, m[0], m[1]))) return `DEL-${n}`;
  }
  return null;
}

/** `del 12` at `index`: a ticket only when it is not a date and, for a possible day number, marked as a ticket. */
function spacedRefCounts(text: string, index: number, raw: string, digits: string): boolean {
  const after = text.slice(index + raw.length, index + raw.length + 24);
  if (YEAR.test(digits) || DATE_CONTINUES.test(after) || startsWithMonth(after.replace(/^\./, ''))) return false;
  if (/#\s*0*\d+$/.test(raw)) return true;
  if (Number.parseInt(digits, 10) > 31) return true;
  const before = text.slice(Math.max(0, index - 30), index);
  if (TICKET_WORD.test(before)) return true;
  return raw.startsWith('DEL') && !SHOUTED_WORD.test(before);
}
