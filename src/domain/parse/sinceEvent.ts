/**
 * "since our release on March 3", "ever since the SDK upgrade of 3 March", "since the outage that began
 * March 3", "starting with the deploy on March 3", "everything after our March 3 launch", "seit dem
 * Release am 3. März": the day of an event that the data since then follows on. "since March 3" is an open
 * range (dates.ts OPEN_BEFORE, asked); with the event's own words between "since" and the day, the day
 * alone was read, and one day deleted where the customer meant every day from then on. Asked, as "since
 * March 3" is. Only within the day's own sentence, with a few words between and no word asking for the
 * deletion among them ("Since the outage, please delete March 3" asks for the day). Pure.
 */
const L = String.raw`(?<![^\P{L}]|\u03B9)`;
/** The words opening such a span: since, ever since, starting with, from, seit, depuis, desde, sinds, sedan, siden, and "after" with a determiner. */
const SINCE_WORD = String.raw`(?:(?:ever\s+)?since|starting\s+(?:with|from)|beginning\s+with|seit|depuis|desde|sinds|sedan|siden|(?:(?:everything|anything|all(?:\s+data)?|data)\s+)?after|following|nach|apr[èe]s|despu[ée]s\s+de)\s+(?:the|our|their|your|my|this|that|dem|der|unserem|unserer|le|la|l['’]|notre|el|la|nuestr[oa]|o|a|het|onze|de|we|they|you|wir|nous|nosotros)(?![^\P{L}]|\u03B9)`;
/** Up to six more words before the day (the event and the word dating it), none ending a sentence. */
const SINCE_EVENT_BEFORE = new RegExp(String.raw`${L}${SINCE_WORD}((?:[^\S\n]+[^\s.!?;:]+){0,6}?)[^\S\n]*$`, 'iu');
/** A word that asks for the deletion itself: the span then ends before the request ("since the outage, please delete"). */
const ASKING_IN_SPAN = /(?<![^\P{L}]|\u03B9)(?:please|kindly|bitte|delet\p{L}*|remov\p{L}*|purg\p{L}*|l(?:ö|oe)sch\p{L}*|supprim\p{L}*|borr\p{L}*|verwijder\p{L}*)(?![^\P{L}]|\u03B9)/iu;
const DIGIT = /\d/;

/**
 * The words that make the day at the end of `before` (its own sentence up to the day) the start of an
 * event's aftermath, or null. A span holding another number is left alone ("since the 2 March call on
 * March 3" dates two things; "build 412" is allowed as a name: a number with no month word is no day).
 */
export function sinceEventBefore(before: string): string | null {
  const sentence = before.slice(Math.max(0, before.search(/[^.!?;\n]*$/)));
  const m = SINCE_EVENT_BEFORE.exec(sentence.slice(-120));
  if (!m || ASKING_IN_SPAN.test(m[1])) return null;
  if (DIGIT.test(m[1]) && !/^[^\d]*\b(?:build|version|release|v)\s+\d+[^\d]*$/iu.test(m[1])) return null;
  return m[0].replace(/\s+/g, ' ').trim();
}
