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
const R = String.raw`(?![^\P{L}]|\u03B9)`;
/**
 * The words opening such a span: since, ever since, starting with, seit, depuis, desde, sinds, sedan, siden,
 * and English "after" (bare "nach", "après" date a story as often: "nach dem Umzug am 1.12. …" is left alone).
 */
const SINCE_WORD = String.raw`(?:(?:ever\s+)?since|starting\s+(?:with|from)|beginning\s+with|seit|depuis|desde|sinds|sedan|siden|(?:(?:everything|anything|all(?:\s+data)?|data)\s+)?after)\s+(?:the|our|their|your|my|this|that|dem|der|unserem|unserer|le|la|l['’]|notre|el|nuestr[oa]|o|a|het|onze|de|we|they|you|wir|nous)${R}`;
/** Up to six more words before the day (the event and the word dating it), none ending a sentence. */
const SINCE_EVENT_BEFORE = new RegExp(String.raw`${L}${SINCE_WORD}((?:[^\S\n]+[^\s.!?;:]+){0,6}?)[^\S\n]*$`, 'iu');
/** Words that ask for the deletion itself: in the span, it ends before the request ("since the audit we need …"). */
const ASKING = String.raw`please|kindly|need|needs|want|bitte|delet\p{L}*|remov\p{L}*|purg\p{L}*|eras\p{L}*|wip\p{L}*|l(?:ö|oe)sch\p{L}*|supprim\p{L}*|borr\p{L}*|elimin\p{L}*|verwijder\p{L}*|apag\p{L}*|radera|slet\p{L}*|slett\p{L}*`;
const ASKING_IN_SPAN = new RegExp(`${L}(?:${ASKING})${R}`, 'iu');
/** A deletion asked for in the day's own sentence: "We closed after the merger on 1 Nov." dates a story, not data. */
const DELETION_ASKED = new RegExp(`${L}(?:delet\\p{L}*|remov\\p{L}*|purg\\p{L}*|eras\\p{L}*|wip\\p{L}*|l(?:ö|oe)sch\\p{L}*|supprim\\p{L}*|borr\\p{L}*|elimin\\p{L}*|verwijder\\p{L}*|apag\\p{L}*|radera|slet\\p{L}*|slett\\p{L}*)${R}`, 'iu');
/** Another day listed right after: "on 1.12. and 2.12.", "on March 3, March 4". */
const MORE_DAYS_AFTER = /^[\s,.]*(?:and|und|et|y|e|en|og|och|&|\+|,)\s*(?:\p{L}{3,9}\.?\s+)?\d/iu;
/** Days named for the deletion later in the sentence: "… for 20 November", "… from March 4". */
const DAYS_NAMED_AFTER = new RegExp(`${L}(?:for|from|on|für|vom|am|pour|du|para|del|voor|för)\\s+(?:the\\s+)?(?:\\p{L}{3,9}\\.?\\s+)?\\d`, 'iu');
/** What a purge of everything names: the workspace, the account, the tenant. */
const WHOLE_PURGE = new RegExp(`${L}(?:workspace|account|tenant|organi[sz]ation|konto|compte|cuenta|conta|arbeitsbereich|espace de travail)${R}`, 'iu');
const SENTENCE_END = /[.!?;\n](?=\s|$)/u;

/**
 * The words that make the day between `before` and `after` (the text up to the day, and after it) the
 * start of an event's aftermath, or null. The sentence must ask for a deletion. A span holding another
 * number is left alone ("since the 2 March call on March 3" dates two things), but for a build or
 * version number ("since we shipped build 412 on").
 */
export function sinceEventBefore(before: string, after: string): string | null {
  const sentence = before.slice(Math.max(0, before.search(/[^.!?;\n]*$/)));
  const m = SINCE_EVENT_BEFORE.exec(sentence.slice(-120));
  if (!m || ASKING_IN_SPAN.test(m[1])) return null;
  if (/\d/.test(m[1]) && !/^[^\d]*(?:build|version|release|v)\s+\d+[^\d]*$/iu.test(m[1])) return null;
  // "since the import on 1.12. and 2.12.": days listed, not the first of an open range.
  if (MORE_DAYS_AFTER.test(after)) return null;
  const rest = after.split(SENTENCE_END)[0];
  if (!DELETION_ASKED.test(sentence) && !DELETION_ASKED.test(rest)) return null;
  // "After the faulty release on 20 November, please delete Shop Web for 20 November": the days asked
  // for are written in the sentence; the event's day only says why.
  if (DAYS_NAMED_AFTER.test(rest)) return null;
  // "Please delete our workspace, since the merger on 1 November it is unused": a whole purge needs no days; the day says why.
  if (WHOLE_PURGE.test(sentence) || WHOLE_PURGE.test(rest)) return null;
  return m[0].replace(/\s+/g, ' ').trim();
}
