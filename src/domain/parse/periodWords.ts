/**
 * Words about a period that are no day to delete, or that say more about the days than the dates read
 * from them: a date inside an identifier ("INC-2026-11-09"), a count of days ("1-2 days max", "(2 days)",
 * "±1 day"), a period of unsaid bounds ("the past week", "weekends only"), and a relative day beside a
 * written date that disagrees with it ("yesterday (November 9)"). Each either blanks words chrono would
 * misread as days, or says what to ask: a deletion cannot be undone, and a scope shown for confirmation
 * that is not the scope asked for ("Nov 10" for "Nov 10 (2 days)") would be confirmed by mistake.
 * Pure: the reader in dates.ts applies them.
 */
import type { DayRange } from '../request';
import { addDays, dayOf } from './dayMath';
import { englishChrono } from './englishChrono';
import { allMatches } from './allMatches';

/**
 * "INC-2026-11-09", "OPS-2026-11-12", "RFC_2026-11-05": a key of capitals joined to an ISO date names a
 * ticket or an incident; the date is part of its name, not a day of the request.
 */
export const IDENTIFIER_WITH_DATE = /(?<![\p{L}\d_-])\p{Lu}[\p{Lu}\d]{1,11}[-_]\d{4}-\d{2}-\d{2}(?:[-_.]?[\p{L}\d]+)*(?![\p{L}\d])/gu;

const COUNT = '(?:\\d{1,3}|one|two|three|four|five|six|seven|a|an|a single)';
/** "days" in the languages a count of days is written in. */
const DAY_WORD = '(?:days?|tage|jours|d[íi]as|giorni|dagen|dias)(?![^\\P{L}]|\\u03B9)';
/**
 * A number of days that is not a day of the month: "1-2 days max", "2 to 3 days", "±1 day", "+/- 1 day",
 * "plus/minus one day", "give or take a day". chrono reads "1-2" as the 1st and 2nd; a margin around a day
 * leaves the days meant unsaid.
 */
export const DAY_COUNT_OR_MARGIN = new RegExp(
  `(?<![\\p{L}\\d./-])\\d{1,2}\\s*(?:[-–—]|to|or)\\s*\\d{1,2}\\s+(?:more\\s+|extra\\s+|full\\s+|whole\\s+)?days?(?![^\\P{L}]|\\u03B9)` +
    `|(?:±|\\+\\s*/\\s*-|\\+-|plus\\s*(?:/|or)\\s*minus|give or take)\\s*${COUNT}\\s+(?:more\\s+)?days?(?![^\\P{L}]|\\u03B9)` +
    // "March 3 and 4 more days", "plus the 2 following days", "und 3 weitere Tage", "et 2 jours de plus",
    // "y 3 días más", "e altri 2 giorni": days counted on from a day, which days not written.
    `|(?<![^\\P{L}]|\\u03B9)(?:and|plus|&|und|et|y|e|en)\\s+(?:(?:the|die|les|los)\\s+)?${COUNT}\\s+(?:more|further|additional|following|next|extra|subsequent|weitere|folgende|volgende)\\s+${DAY_WORD}` +
    `|(?<![^\\P{L}]|\\u03B9)(?:and|plus|&|und|et|y|e|en)\\s+${COUNT}\\s+${DAY_WORD}\\s+(?:more|after(?:wards)?|de plus|suivants|m[áa]s|mais|danach|erna)(?![^\\P{L}]|\\u03B9)` +
    `|(?<![^\\P{L}]|\\u03B9)(?:altri|otros|outros|autres|weitere)\\s+${COUNT}\\s+${DAY_WORD}`,
  'giu',
);

/**
 * "the past week": the seven days up to today (or yesterday), or the calendar week before this one —
 * "the past 7 days" is asked about, and so is this. "last week" and "previous week" stay the calendar week.
 */
export const PAST_WEEK = /(?<![^\P{L}]|\u03B9)(?:(?:over|during|in|for)\s+)?(?:the\s+)?past\s+week(?![^\P{L}]|\u03B9)/giu;

/** "November weekends only", "only on weekends": some days of the period read, not all of it. */
export const WEEKENDS_ONLY = /(?<![^\P{L}]|\u03B9)(?:week-?ends?\s+only|only\s+(?:on\s+|for\s+|the\s+|at\s+)*week-?ends?)(?![^\P{L}]|\u03B9)/iu;

/**
 * "(2 days)", "— 3 days", "(3 days total)": a count written beside the days. When the days read add up to
 * another number, the count or a day is missing from what was read: asked, never shown as the scope.
 */
const COUNT_BESIDE = /\(\s*(?:(?:total|in total|that['’]s|i\.e\.)\s*[:,]?\s*)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:(?:full\s+|whole\s+)?(days?)|(hours?|hrs?|h|stunden|std\.?|heures|horas|ore|uur|timmar|timer|godzin))(?:\s+(?:total|in total|in all))?\s*\)/giu;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

export function countBesideDaysDiffers(text: string, ranges: DayRange[], evidence: WrittenDays[] = []): string | null {
  if (ranges.length === 0) return null;
  const inWords = countInWordsDiffers(text, evidence) ?? weekdaySpanDiffers(text, evidence);
  if (inWords) return inWords;
  if (!/day|\d\s*(?:h|st|ti|ore|uur|godz)/i.test(text)) return null;
  let days = 0;
  for (const r of ranges) for (let d = r.from; d <= r.to && days <= 400; d = addDays(d, 1)) days++;
  for (const m of allMatches(COUNT_BESIDE, text)) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    // "(72 hours)" beside one day: three days of hours, or hours of that day — either way not the day read.
    if (m[3] && n !== days * 24) return `"${m[0].trim()}" says ${n} hours, but ${days} ${days === 1 ? 'day is' : 'days are'} written — which days should be deleted?`;
    if (!m[3] && n !== days) return `"${m[0].trim()}" says ${n} day${n === 1 ? '' : 's'}, but ${days} ${days === 1 ? 'is' : 'are'} written — which days should be deleted?`;
  }
  return null;
}

/** Days read, with the words they were read from. */
export interface WrittenDays { from: string; to: string; text: string }

/**
 * A count of days in words tied to the days written: "the three days from May 3 to May 7", "these two
 * days: May 10, 11 and 12", "both days, May 17 to 19", "a single day, 4–5 May", "a fortnight of Booking
 * API data … April 1 to 30", "May 3, 4, 5 and 7 — four days in total". When the days of the sentence add
 * up to another number, one of the two is a slip, and which one is not said: asked. A count that says
 * when ("two weeks ago", "within 30 days") or how much is kept ("we keep 30 days of logs") is no count
 * of the days to delete, and left alone.
 */
const COUNT_WORDS: Record<string, number> = {
  ...Object.fromEntries(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'].map((n, i) => [n, i + 1])),
  both: 2, single: 1, couple: 2, week: 7, fortnight: 14,
};
const COUNT_IN_WORDS =
  /(?<![^\P{L}]|\u03B9|[\d-])(?:both\s+days|(?:a|one)\s+single\s+day|a\s+couple\s+of\s+days|(?:a|one)\s+(?:full\s+|whole\s+)?(?:week|fortnight)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+(?:full\s+|whole\s+|calendar\s+|consecutive\s+)?(?:days?|weeks?))(?![^\P{L}]|\u03B9)/giu;
const MONTH_START = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** The dates follow the count: "the three days from May 3", "both days, May 17", "these two days: May 10". */
const DATES_AFTER = new RegExp(`^\\s*[,:;–—-]?\\s*(?:(?:from|between|on|namely)\\s+)?(?:the\\s+)?(?:\\p{L}+day,?\\s+)?(?:\\d|${MONTH_START})`, 'iu');
/** The count is what is deleted: "One week of Podcast App data …", "please delete a fortnight of … data". */
const DATA_AFTER = /^\s+of\s+(?:[\p{L}\d-]+\s+){0,4}?(?:data|events?|logs?|records?|traffic|entries|rows)(?![^\P{L}]|\u03B9)/iu;
const DELETED_BEFORE = /(?:^|(?<![^\P{L}]|\u03B9)(?:delete|remove|purge|wipe|erase|drop|clear|need|needs|want))\s*(?:(?:the|all|only|just)\s+)?$/iu;
/** The count follows the dates: "May 3, 4, 5 and 7, 2027 — four days in total", "May 3-5 (three days)". */
const DATES_BEFORE = /\d\s*\)?\s*(?:[,;:–—-]|\()\s*(?:(?:i\.e\.|ie|that['’]s|that is|so|which is|making)\s*,?\s*)?(?:the\s+|all\s+)?$/iu;
/**
 * Words that make a count say when, how long ago, or how much is kept — or, in "(both days included)",
 * that the first and last day count, whatever the number between them.
 */
const NOT_DELETED_AFTER = /^\s+(?:ago|later|before|after|earlier|prior|from now|old|long|back|notice|in advance|of retention|retention|included|inclusive|incl\.?|including|count)(?![^\P{L}]|\u03B9)/iu;
const NOT_DELETED_BEFORE = /(?<![^\P{L}]|\u03B9)(?:within|in|after|every|each|per|last|past|next|over|up to|than|keep|keeps|retain|retains)\s+(?:the\s+)?$/iu;

function countInWordsDiffers(text: string, evidence: WrittenDays[]): string | null {
  if (evidence.length === 0) return null;
  for (const m of allMatches(COUNT_IN_WORDS, text)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const [start, stop] = sentenceBoundsOf(text, at, end);
    const before = text.slice(start, at);
    const after = text.slice(end, stop);
    if (NOT_DELETED_AFTER.test(after) || NOT_DELETED_BEFORE.test(before)) continue;
    if (!DATES_AFTER.test(after) && !DATES_BEFORE.test(before) && !(DATA_AFTER.test(after) && DELETED_BEFORE.test(before.trim() === '' ? '' : before))) continue;
    const days = daysWrittenIn(text, evidence, start, stop);
    const said = countOf(m[0]);
    if (days === 0 || said === null || said === days) continue;
    return `"${m[0].trim()}" says ${said} day${said === 1 ? '' : 's'}, but ${days} ${days === 1 ? 'is' : 'are'} written — which days should be deleted?`;
  }
  return null;
}

/** The number of days a count in words says: "three days" 3, "a full week" 7, "a fortnight" 14. */
function countOf(words: string): number | null {
  const [first, ...rest] = words.toLowerCase().split(/\s+/).filter((w) => !['a', 'full', 'whole', 'calendar', 'consecutive', 'of'].includes(w));
  const n = /^\d+$/.test(first) ? Number(first) : COUNT_WORDS[first === 'one' && rest[0] === 'single' ? 'single' : first];
  if (n === undefined) return null;
  return /^weeks?$/.test(rest[rest.length - 1] ?? '') ? n * 7 : n;
}

/** The days of the readings whose words lie between `start` and `stop`. */
function daysWrittenIn(text: string, evidence: WrittenDays[], start: number, stop: number): number {
  let days = 0;
  for (const e of evidence) {
    const at = text.indexOf(e.text, start);
    if (at < 0 || at + e.text.length > stop) continue;
    for (let d = e.from; d <= e.to && days <= 400; d = addDays(d, 1)) days++;
  }
  return days;
}

function sentenceBoundsOf(text: string, from: number, to: number): [number, number] {
  const start = Math.max(...['.', '\n', '!', '?'].map((c) => text.lastIndexOf(c, from - 1))) + 1;
  const stops = ['.', '\n', '!', '?'].map((c) => text.indexOf(c, to)).filter((i) => i >= 0);
  return [start, stops.length > 0 ? Math.min(...stops) : text.length];
}

/**
 * "May 10 to May 14, 2027 - Monday to Wednesday of that week", "May 3 to May 9 (Monday through Friday)":
 * the weekdays restate days of one week that the dates do not run between. Whether a date is wrong or
 * only some days are meant is not said: asked. "Mondays to Fridays" filters the days (read elsewhere).
 */
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_SPAN = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${WEEKDAY_NAMES.join('|')})\\s*(?:to|through|thru|till|until|[-–—])\\s*(${WEEKDAY_NAMES.join('|')})(?![^\\P{L}]|\\u03B9)`, 'giu');
function weekdaySpanDiffers(text: string, evidence: WrittenDays[]): string | null {
  for (const m of allMatches(WEEKDAY_SPAN, text)) {
    const [start, stop] = sentenceBoundsOf(text, m.index ?? 0, (m.index ?? 0) + m[0].length);
    const read = evidence.filter((e) => {
      const at = text.indexOf(e.text, start);
      return at >= 0 && at + e.text.length <= stop;
    });
    if (read.length !== 1) continue;
    const { from, to } = read[0];
    const weekday = (d: string): string => WEEKDAY_NAMES[new Date(`${d}T00:00:00Z`).getUTCDay()];
    if (to <= addDays(from, 6) && weekday(from) === m[1].toLowerCase() && weekday(to) === m[2].toLowerCase()) continue;
    return `"${m[0]}" does not match the days written (${from} to ${to}) — which days should be deleted?`;
  }
  return null;
}

/** "yesterday (November 9)", "today, 2026-12-04": a relative day with the date it stands for beside it. */
const RELATIVE_THEN_DATE = /(?<![^\P{L}]|\u03B9)(the day before yesterday|yesterday|today)\s*(?:\(\s*([^()\n]{3,40}?)\s*\)|[,–—-]\s*((?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})(?:,?\s+\d{4})?))/giu;
const RELATIVE_OFFSET: Record<string, number> = { today: 0, yesterday: -1, 'the day before yesterday': -2 };

/**
 * The relative day and the date written beside it name two different days: one of them is a slip, and
 * deleting both (or either) guesses which. Null when they agree or the date is not read.
 */
export function relativeDayDisagrees(text: string, today: string | null): string | null {
  if (!today || !/yesterday|today/i.test(text)) return null;
  for (const m of allMatches(RELATIVE_THEN_DATE, text)) {
    const written = m[2] ?? m[3];
    const parsed = englishChrono.parse(written, { instant: new Date(`${today}T12:00:00Z`), timezone: 0 })[0];
    if (!parsed || !parsed.start.isCertain('day')) continue;
    const day = dayOf(parsed.start.get('year') ?? 0, parsed.start.get('month') ?? 0, parsed.start.get('day') ?? 0);
    const meant = addDays(today, RELATIVE_OFFSET[m[1].toLowerCase()] ?? 0);
    if (day && day !== meant) return `"${m[0].trim()}": ${m[1]} is ${meant}, but the date written is ${day} — which day is meant?`;
  }
  return null;
}

const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
/** A period named with its year: "Q3 2026", "the third quarter of 2026", "H2 2025", "October 2026". */
const PERIOD_WITH_YEAR = `(?:Q[1-4]\\s*[/-]?\\s*|H[12]\\s*[/-]?\\s*|(?:first|second|third|fourth)\\s+(?:quarter|half)\\s+(?:of\\s+)?|${MONTH_NAME}\\s+)\\d{4}`;
/**
 * Words after such a period that keep it the days to delete: the data itself ("the October 2026 events"),
 * a word for a stretch of time ("the Q3 2026 window"), or a word that goes on the sentence rather than
 * naming a thing ("the October 2026 and November data", "our October 2026 please").
 */
const STILL_THE_DAYS =
  'data|events?|traffic|tracking|records?|rows?|entries|hits|calls|payloads?|messages|logs?|ingest(?:ion|ed)?|partitions?|archives?|' +
  'period|window|range|time(?:frame|span)?|months?|quarters?|days?|weeks?|interval|span|portion|part|slice|' +
  'and|or|to|through|thru|until|till|for|from|in|of|on|at|only|please|pls|as|is|was|were|are|be|because|since|but|so|too|also|then|' +
  'when|where|which|that|with|without|inclusive|included|including|except|entirely|completely|fully|all|before|after|if|via|by|' +
  'should|must|can|could|would|will|has|have|had|onwards?|respectively|each|both|plus';
/**
 * "the Q3 2026 report", "our October 2026 invoice reconciliation", "the Nov 2026 release candidate", "our
 * September 2026 cohort": after "the", "our", "this" and before a noun, the period names the thing — a
 * report, a cohort, a release — and is no time frame of its own: the days to delete are said elsewhere,
 * or not at all. Reading the period as days would delete months unasked, so it is asked about.
 */
export const PERIOD_NAMING_A_THING = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:the|our|your|their|its|this|that|my)\\s+(${PERIOD_WITH_YEAR})(?![\\d])(?=\\s+(?!(?:${STILL_THE_DAYS})(?![^\\P{L}]|\\u03B9))(\\p{Ll}[\\p{L}-]*))`,
  'giu',
);

/**
 * Days written as a shorthand after a whole date, which no reader takes: "2026-11-03/05", "2026-11-3/5",
 * "2026-11-03, -04 and -05", "2026-11-03 + 2 days", "Nov 3 (+4, 5)". Only the first day would be read
 * (or chrono counts "+ 2 days" to one day), so the days meant are asked about. "2026-11-03..05" is a
 * range of that month, and read as one (see ISO_DAY_DOTS_DAY).
 */
export const SHORTHAND_AFTER_DATE = new RegExp(
  `(?<![\\d.-])\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s*/\\s*\\d{1,2}(?![\\d/:-]|\\.\\d)|(?:\\s*(?:,|and|&)\\s*-\\d{2}(?!\\d))+)` +
    `|(?:(?<![\\d.-])\\d{4}-\\d{1,2}-\\d{1,2}|(?<![^\\P{L}]|\\u03B9)${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)` +
    `(?:\\s*\\(\\s*\\+\\s*\\d{1,2}[^()\\n]{0,20}\\)|\\s*\\+\\s*(?:\\d{1,2}|one|two|three|four|five|six|seven|a)\\s+(?:more\\s+)?days?(?![^\\P{L}]|\\u03B9))`,
  'giu',
);
/** "2026-11-03..05": the days of that month from the first to the second. */
export const ISO_DAY_DOTS_DAY = /(?<![\d.-])(\d{4})-(\d{1,2})-(\d{1,2})\s*\.\.\s*(\d{1,2})(?![\d:/-]|\.\d)/g;

/**
 * "purge the archive, but only for the days in 2020 when we had the breach", "nur die Tage des
 * Vorfalls", "seulement les jours de l'incident": a whole-workspace deletion kept to some days that the
 * message describes without giving them. The purge is no longer all of it, and which days is asked.
 */
export const ONLY_SOME_DAYS = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:only|just|nur|lediglich|seulement|uniquement|solo|sólo|solamente|únicamente|apenas|somente|só|soltanto|alleen|slechts|tylko|wyłącznie|только|лишь|sadece|yalnızca)` +
    String.raw`\s+(?:(?:for|on|from|during|in|over|für|an|pour|durant|pendant|para|por|durante|per|nel|nei|voor|op|dla|w|за|в|на|the|die|den|der|les|la|le|los|las|el|os|as|o|a|i|gli|le|de|het|those|these|that)\s+){0,3}` +
    String.raw`(?:days?|dates?|period|periods|weeks?|months?|time(?!\s+being)|timeframe|window|tage[n]?|zeitraum|zeitr[äa]ume|wochen?|monate?|jours?|p[ée]riodes?|semaines?|mois|d[íi]as?|fechas|per[íi]odos?|semanas?|meses|datas|giorni|giorno|settimane|mesi|dagen|dag|weken|maanden|dni|dzie[ńn]|tygodni\p{L}*|дн\p{L}*|период\p{L}*|недел\p{L}*|g[üu]n\p{L}*|hafta\p{L}*)(?![^\P{L}]|\u03B9)`,
  'iu',
);
