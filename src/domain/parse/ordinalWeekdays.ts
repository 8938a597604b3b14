/**
 * "the first Monday of March 2027", "the last Friday of February", "the first business day of April":
 * one day of a month, counted by its weekday. Read as the whole month it deleted some thirty days nobody
 * asked for; read by chrono as "last Friday" it added the Friday before the message. So the day is
 * counted here, or, when the count cannot be settled from the calendar alone, a question is returned.
 */
import { addDays, dayOf, monthRange } from './dayMath';
import { widelyKeptHolidayIn } from './holidays';
import { monthNumber } from './monthNames';

const MONTH_WORDS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const WEEKDAY_WORDS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun';
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th)|last|final';

/** "(the) second Monday of/in March(,) (2027)": ordinal, weekday or business day, month, year. */
export const ORDINAL_WEEKDAY_OF_MONTH = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:the\\s+)?(${ORDINAL_WORDS})\\s+(${WEEKDAY_WORDS}|business\\s+day|working\\s+day|workday|weekday)\\.?\\s+(?:of|in)\\s+(?:the\\s+month\\s+of\\s+)?(${MONTH_WORDS})\\.?(?![^\\P{L}]|\\u03B9)(?:,?\\s+(\\d{4})(?!\\d))?`,
  'giu',
);

const ORDINAL_WORD_LIST = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** 1 for "first" or "1st", 10 for "tenth" or "10th". */
function ordinalNumber(word: string): number {
  const spelled = ORDINAL_WORD_LIST.indexOf(word);
  return spelled >= 0 ? spelled + 1 : parseInt(word, 10);
}
const WEEKDAY_INDEX: [RegExp, number][] = [
  [/^sun/i, 0], [/^mon/i, 1], [/^tue/i, 2], [/^wed/i, 3], [/^thu/i, 4], [/^fri/i, 5], [/^sat/i, 6],
];

export type OrdinalDay = { day: string; said: string } | { question: string };


/** The days of a month a "weekday" or "business day" may be, in order (Sunday = 0). */
function daysOfKind(year: number, month: number, kind: string): string[] {
  const { from, to } = monthRange(year, month);
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    const named = WEEKDAY_INDEX.find(([re]) => re.test(kind));
    if (named ? wd === named[1] : wd !== 0 && wd !== 6) days.push(d);
  }
  return days;
}

/**
 * The one day "the <ordinal> <weekday> of <month> <year>" names. Without a year, the latest such month
 * that began by the sender's day. Asked: no year and no date to count from, a fifth weekday the month does
 * not have, and a business day whose count a public holiday may change.
 */
export function ordinalWeekdayOfMonth(whole: string, groups: { ordinal: string; kind: string; month: string; year?: string }, today: string | null): OrdinalDay {
  const said = whole.trim();
  const month = monthNumber(groups.month);
  if (month === undefined) return { question: `"${said}": which month is meant?` };
  let year = groups.year ? Number(groups.year) : today ? Number(today.slice(0, 4)) : null;
  if (year === null) return { question: `"${said}" has no year and the message has no date — which day is meant?` };
  if (!groups.year && today && (dayOf(year, month, 1) as string) > today) year -= 1;
  const days = daysOfKind(year, month, groups.kind);
  const ordinal = groups.ordinal.toLowerCase();
  const last = ordinal === 'last' || ordinal === 'final';
  const n = last ? days.length : ordinalNumber(ordinal);
  const day = days[n - 1];
  if (!day) return { question: `"${said}": the month has no such day — which day is meant?` };
  if (/business|working|workday|weekday/i.test(groups.kind)) {
    const span = { from: last ? day : monthRange(year, month).from, to: last ? monthRange(year, month).to : day };
    const holiday = widelyKeptHolidayIn(year, span);
    if (holiday) {
      return { question: `"${said}" depends on the public holidays kept (${holiday} is one in many countries) — which day is meant?` };
    }
  }
  return { day, said };
}
