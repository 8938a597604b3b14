/**
 * "between the 10th and the 12th", "tra il 10 e il 12 giugno", "mellan den 10 och den 12 juni",
 * "mellem den 10. og 12. juni", "między 10 i 12 kwietnia", "10. ja 12. kesäkuuta välillä", "între 1 și 3
 * mai", "μεταξύ 1 και 3 Μαΐου", "antara 1 dan 3 Mei", "između 1. i 3. svibnja", "بين 1 و 3 مايو": two days
 * joined by "and" after a word for "between" (or before Finnish "välillä") are the first and last days
 * of a range. Read as two single days, the days in between were left out of a scope shown as complete.
 */

/** The word for "between" and the article or day noun before the first day, at the end of the text before it. */
const BETWEEN_BEFORE =
  /(?<!\p{L})(between|zwischen|entre|tussen|tra|fra|mellan|mellom|mellem|między|miedzy|mezi|între|intre|μεταξύ|μεταξυ|antara|giữa|giua|između|izmedu|између|между|tarp|starp|بين|ระหว่าง)\s*(?:(?:the|dem|den|de|le|el|il|l['’]|lo|o|os|as|της|του|τις)(?:\s+|(?<=['’])))?(?:(?:dia|dias|días|dnia|dniem|ngày|ngay|tanggal|tgl\.?)\s+)?$/iu;
/** The "and" between the two days (as written, or as the readers rewrote it), with an article before the second. */
const BETWEEN_JOIN = /^\s*(?:and|und|et|y|e|en|och|og|i|ja|a|și|şi|si|και|dan|và|va|и|ir|un|و)\s*(?:(?:the|dem|den|de|le|el|il|l['’]|lo|o|os|as|της|του|τις)(?:\s+|(?<=['’])))?(?:(?:dia|dias|días|dnia|dniem|ngày|ngay|tanggal|tgl\.?)\s+)?$/iu;
/** Finnish, Hungarian, Estonian and Hindi put "between" after the second day: "10. ja 12. kesäkuuta välillä", "1. ja 3. mai vahel". */
const BETWEEN_AFTER = /^[^\S\n]*(?:välillä|valilla|között|kozott|vahel|के बीच)(?!\p{L})/iu;
/** Italian "fra" is Danish and Norwegian "from" ("data fra 10. og 12. juni": those two days): only with Italian "e". */
const ITALIAN_AND = /(?<!\p{L})e(?!\p{L})/iu;

/**
 * Whether the days written at `text.slice(first…)` and `text.slice(second…)` are the ends of a range
 * said with "between … and …". `words` are the customer's own words for both days (the Italian "fra"
 * needs its "e" among them).
 */
export function saidBetween(text: string, first: { index: number; end: number }, second: { index: number; end: number }, words: string): boolean {
  if (!BETWEEN_JOIN.test(text.slice(first.end, second.index))) return false;
  if (BETWEEN_AFTER.test(text.slice(second.end, second.end + 20))) return true;
  const before = BETWEEN_BEFORE.exec(text.slice(Math.max(0, first.index - 24), first.index));
  if (!before) return false;
  return before[1].toLowerCase() !== 'fra' || ITALIAN_AND.test(words);
}
