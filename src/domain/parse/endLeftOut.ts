/**
 * "du 3 au 6 mars exclu", "6 mars non compris", "del 3 al 6, sin incluir el 6", "excluyendo el 6", "(el 6
 * no incluido)", "(sem incluir o dia 6)", "not counting the 6th", "the 6th itself excluded", "(6 maart
 * niet meegerekend)": a range whose end day the writer leaves out in words after it. Read as written, the
 * range keeps its end and one day too many is deleted; these words name the day only by its number, so
 * the desk does not subtract it itself: which days stand is asked. The words need a day number beside
 * them ("sin incluir el iOS App" leaves out a source, read elsewhere). Pure.
 */
import { MONTH_NAMES_RE } from './monthNames';

const L = String.raw`(?<![^\P{L}]|\u03B9)`;
const R = String.raw`(?![^\P{L}]|\u03B9)`;
/** A day as these phrases name it: "6", "6th", "6 mars", "6 mars 2027", "el 6", "o dia 6", "the 6th". */
const DAY_NUMBER = String.raw`(?:(?:the|el|o|a|le|het|de)\s+)?(?:(?:dia|d[ií]a|day|jour|dag)\s+)?\d{1,2}(?:st|nd|rd|th|er|e)?(?:\s+\p{L}{3,12}\.?)?(?:\s+\d{4})?`;
/** Words before the day: es "sin incluir", "excluyendo", "sin contar"; pt "sem incluir", "sem contar", "excluindo"; en "not counting". */
const LEFT_OUT_BEFORE = String.raw`(?:sin\s+incluir|sin\s+contar|excluyendo|sem\s+incluir|sem\s+contar|excluindo|not\s+counting)`;
/** Words after the day: fr "exclu(s)", "non compris"; es "no incluido"; pt "não incluído"; en "itself excluded"; nl "niet meegerekend". */
const LEFT_OUT_AFTER = String.raw`(?:exclue?s?|non\s+compris(?:e|es)?|no\s+incluid[oa]|n[ãa]o\s+inclu[íi]d[oa]|itself\s+(?:excluded|not\s+included)|niet\s+meegerekend|niet\s+inbegrepen)`;
const END_LEFT_OUT = new RegExp(String.raw`${L}${LEFT_OUT_BEFORE}\s+${DAY_NUMBER}${R}|(?<![\p{L}\d])${DAY_NUMBER}[\s,)]*${LEFT_OUT_AFTER}${R}`, 'iu');

/** A day as a Dutch writer puts it on either side of "tot": "3", "3 maart", "3 maart 2027", "03-03-2027", "2027-03-03". */
const MONTH_WORD = `(?:${MONTH_NAMES_RE})\\.?`;
const NUMERIC_DAY = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}`;
const DUTCH_DAY = String.raw`(?:${NUMERIC_DAY}|\d{1,2}(?:e|ste|de)?(?:\s+${MONTH_WORD}${R})?(?:\s+\d{4})?)`;
/** The day after "tot" names its month ("6 maart") or is a whole date: "van 9 tot 17 uur" is hours. */
const DUTCH_END_DAY = String.raw`(?:${NUMERIC_DAY}|\d{1,2}(?:e|ste|de)?\s+${MONTH_WORD}${R}(?:\s+\d{4})?)`;
/**
 * "van 3 maart tot 6 maart", "3 tot 6 maart": Dutch bare "tot" between two days. Dutch has "tot en met"
 * (t/m) for a range that keeps its end, and many writers mean "up to, not including" by bare "tot"; read
 * as inclusive, 6 March may be deleted unasked. Times ("van 00:30 tot 01:30") are no days. (Danish and
 * Norwegian "til", Swedish "till" are read as keeping the end: that is how customers write them to us.)
 */
const DUTCH_BARE_TOT = new RegExp(String.raw`(?<![\d:.,])${DUTCH_DAY}\s+tot\s+${DUTCH_END_DAY}(?![\d:])`, 'iu');

/** The question to ask when words may leave a range's end day out, or null when there are none. */
export function endDayQuestion(text: string): string | null {
  const leftOut = END_LEFT_OUT.exec(text)?.[0].replace(/\s+/g, ' ').trim();
  if (leftOut) return `"${leftOut}" leaves the end out — which days should be deleted?`;
  const tot = DUTCH_BARE_TOT.exec(text)?.[0].replace(/\s+/g, ' ').trim();
  return tot ? `"${tot}": is the last day included ("tot en met") or not ("tot")? — which days should be deleted?` : null;
}
