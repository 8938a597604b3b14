/**
 * Days given by reference to something the message does not hold: "the same days as DEL-311", "the days
 * listed in DEL-290", "the dates in the attached spreadsheet", "the range from our previous ticket",
 * "repeat last month's deletion". The referred days are not in the text, so the request cannot be
 * complete: read without them, only the days written beside ("…, and also May 4") were deleted and the
 * referred ones silently dropped.
 *
 * Worse, a time word inside such a reference dates the earlier request, report or call, not the days to
 * delete: "the same window as the iOS request last month" read "last month" as all of May. The spans
 * returned here let the relative-period reader leave such a word out. Pure: words only.
 */
import { allMatches } from './allMatches';
import { L, R } from './letterEdges';

/** What the referred days live in: an earlier request or deletion, a ticket, a document or a file. */
const HOLDER = String.raw`(?:[A-Z]{2,6}-\d{1,7}|tickets?|requests?|deletions?|purges?|jobs?|orders?|spreadsheets?|sheets?|attachments?|files?|csv|excel|xlsx|reports?|documents?|docs?|e-?mails?|messages?)`;
/** The noun for the days: "days", "dates", "window", "range", "period", "time frame". */
const DAY_NOUN = String.raw`(?:days?|dates?|window|range|period|time ?frame|timeframe)`;

/**
 * Group 1: the reference. Each form names a holder of the days ("DEL-311", "the iOS request", "the
 * attached spreadsheet") or says the days were given before ("as before", "as last time").
 */
const REFERRED_DAYS = new RegExp(
  [
    // "the same (two) days as DEL-311", "the same window as the iOS request last month", "same days as before".
    String.raw`${L}(?:the\s+)?same\s+(?:(?:two|three|four|five|few|\d{1,2})\s+)?${DAY_NOUN}\s+as\s+(?:before|last\s+time|(?:(?!\s(?:and|plus)\s)[^.,;:()\n]){0,50}?${L}${HOLDER}${R})`,
    // "the days listed in DEL-290", "the dates in the attached spreadsheet", "the range from our previous ticket DEL-277".
    // "the dates we sent in the CSV", "the days I gave you in my last email".
    String.raw`${L}the\s+${DAY_NOUN}\s+(?:(?:that\s+)?(?:we|i|you)\s+(?:sent|gave|shared|listed|mentioned|named|used|attached)\s+(?:(?:you|us)\s+)?|(?:listed|given|named|mentioned|specified|written|noted|set\s+out|shown|used|covered)\s+)?(?:in|on|from|of)\s+(?!this\s|the\s+(?:following|table|list|forwarded|quoted)\s)(?:[^.,;:()\n\s]+\s+){0,3}?${HOLDER}${R}`,
    // "repeat last month's deletion", "redo the previous purge": an earlier one, dated or placed, not "repeat the deletion for May 3".
    String.raw`${L}(?:repeat|redo|re-?run)\s+(?:(?:the|our|that)\s+)?(?:(?:last|previous|earlier|prior|first|other)\s+|[\p{L}]+\s+[\p{L}]+['’]s\s+|[\p{L}]+['’]s\s+)(?:[^.,;:()\n\s]+\s+){0,2}?(?:deletions?|purges?|requests?|jobs?|clean-?ups?)${R}`,
    // "repeat the deletion from last month": the deletion done then, whose days are not written.
    String.raw`${L}(?:repeat|redo|re-?run)\s+(?:the|our|that)\s+(?:[^.,;:()\n\s]+\s+){0,2}?(?:deletion|purge|request|job|clean-?up)\s+(?:from|of)\s+(?:last|the\s+previous|this\s+past)\s+(?:week|month)${R}`,
  ].join('|'),
  'giu',
);
/** Words after a reference that write its days out: "(May 3-5, 2027)", ": May 3-5", ", i.e. May 3". */
const DAYS_WRITTEN_AFTER = /^[^\S\n]*(?:\(|:|[,–—-][^\S\n]*(?:i\.e\.|namely|that is|which (?:is|was|were))|[,–—-]?[^\S\n]*(?:below|above|following)\b)/iu;
/** Where the clause of a reference ends, so that a time word before it belongs to the reference. */
const CLAUSE_END = /[.;!?\n(]|,\s*(?:and|plus|also|as well)?|\s(?:plus|and also|as well as)\s/u;

/** A reference whose days are not written, with its clause: `at`–`end` covers any time word dating it. */
export interface ReferredDays {
  words: string;
  at: number;
  end: number;
}

/** Every reference to days the text does not hold ("the same days as DEL-311"), in order. */
export function referredDays(text: string): ReferredDays[] {
  const found: ReferredDays[] = [];
  for (const m of allMatches(REFERRED_DAYS, text)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    if (DAYS_WRITTEN_AFTER.test(after)) continue;
    const stop = CLAUSE_END.exec(after);
    found.push({ words: m[0], at, end: at + m[0].length + (stop ? stop.index : after.length) });
  }
  return found;
}

/**
 * The words of the question a reference raises. The days written beside it were read right and stay shown
 * (contractView.ts); with none written, the time frame is missing, not merely in question (index.ts).
 */
export const REFERRED_DAYS_QUESTION = 'the days are given by reference to something not written here';

export function referredDaysQuestion(words: string): string {
  return `"${words}": ${REFERRED_DAYS_QUESTION} — which days exactly should be deleted?`;
}
