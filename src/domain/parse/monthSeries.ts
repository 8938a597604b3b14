/**
 * Whole months listed or spanned: "December and January", "January, February and March", "January through
 * March 2027", "December 2026 through February 2027", "Q4 2026 and January". Every month named is meant,
 * whole; a span is every day from the first of one to the last of the other. chrono reads one month of
 * such a series and the others were dropped without a question.
 *
 * A month without its year takes it from the nearest month of the series that has one (the latest such
 * month not after a year written later, or the first one not before a year written earlier), and where no
 * year is written, the latest one that is over by the sender's day, as a month alone is read.
 */
import type { DayRange } from '../request';
import { allMatches } from './allMatches';
import { dayOf, monthRange } from './dayMath';
import { monthNumber } from './monthNames';

const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** One item: a month (capitalised: "may" is a verb) with its year or none, or a quarter with its year. */
const ITEM = `(?:(?:${MONTH_NAME})\\.?(?:,?\\s+\\d{4})?|Q[1-4]\\s+\\d{4})(?![\\p{L}\\d]|\\s*\\d|\\s+of\\s+\\d)`;
const LIST_JOIN = String.raw`\s*,\s*(?:and\s+|&\s*)?|\s*&\s*|\s+(?:and|plus|as well as|and also)\s+`;
const SPAN_JOIN = String.raw`\s*[-–—]\s*|\s+(?:to|through|thru|till|until)\s+`;
/** Two or more items joined; not after a day ("3 January and February" is a date, then a month). */
export const MONTH_SERIES = new RegExp(`(?<![\\p{L}\\d]|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)(?:([Bb]etween)\\s+)?(${ITEM}(?:(?:${LIST_JOIN}|${SPAN_JOIN})${ITEM})+)`, 'gu');

/** An item of a series with the join before it: (join)(month)(year) or Q(quarter)(year). */
const SERIES_ITEM = new RegExp(`(${LIST_JOIN}|${SPAN_JOIN})?(?:(${MONTH_NAME})\\.?(?:,?\\s+(\\d{4}))?|Q([1-4])\\s+(\\d{4}))`, 'gu');
const SPAN_WORD = new RegExp(`^(?:${SPAN_JOIN})$`, 'u');

interface Item { first: number; last: number; year: number | null; span: boolean }

/** The items of a series as written: months (first = last) or quarters, and whether a span word joins each to the one before. */
function itemsOf(series: string, between: boolean): Item[] {
  const items: Item[] = [];
  for (const m of allMatches(SERIES_ITEM, series)) {
    const month = m[2] ? monthNumber(m[2]) ?? 0 : 0;
    const [first, last] = m[4] ? [Number(m[4]) * 3 - 2, Number(m[4]) * 3] : [month, month];
    // "between January and March": "and" closes a span there.
    const span = m[1] !== undefined && (SPAN_WORD.test(m[1]) || (between && items.length === 1));
    items.push({ first, last, year: m[3] ? Number(m[3]) : m[5] ? Number(m[5]) : null, span });
  }
  return items;
}


/**
 * The days a series names, or a question when a month without a year cannot be placed (this month, not
 * over yet, or a month still ahead: last year's or this year's?).
 */
export function seriesDays(series: string, between: boolean, today: string): { ranges: DayRange[] } | { question: string } {
  const items = itemsOf(series, between);
  const anyYear = items.some((i) => i.year !== null);
  const [y0, m0] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (it.year !== null) continue;
    if (anyYear) it.year = yearFromNearest(items, i);
    // A span's start goes before its end; other months are each the latest one over by the sender's day.
    else if (i + 1 < items.length && items[i + 1].span) it.year = (items[i + 1].year as number) - (it.first > items[i + 1].first ? 1 : 0);
    else if (it.first === m0 || (it.first > m0 && it.first - m0 <= 3)) return { question: `"${series}" has no year, and ${it.first === m0 ? 'this month is not over' : 'this year that month is still ahead'} — which months are meant?` };
    else it.year = y0 - (it.first > m0 ? 1 : 0);
  }
  const ranges: DayRange[] = [];
  for (const it of items) {
    const from = dayOf(it.year as number, it.first, 1) as string;
    const to = monthRange(it.year as number, it.last).to;
    const prev = ranges[ranges.length - 1];
    if (it.span && prev) {
      if (to < prev.from) return { question: `"${series}" ends before it starts — which months are meant?` };
      prev.to = to;
    } else ranges.push({ from, to });
  }
  return { ranges };
}

/** The year of a month from the nearest item with a year (the one after it wins a tie: "January and February 2027"). */
function yearFromNearest(items: Item[], i: number): number {
  let after = -1;
  let before = -1;
  for (let j = i + 1; j < items.length && after < 0; j++) if (items[j].year !== null) after = j;
  for (let j = i - 1; j >= 0 && before < 0; j--) if (items[j].year !== null) before = j;
  const it = items[i];
  if (after >= 0 && (before < 0 || after - i <= i - before)) return (items[after].year as number) - (it.first > items[after].first ? 1 : 0);
  return (items[before].year as number) + (it.first < items[before].last ? 1 : 0);
}
