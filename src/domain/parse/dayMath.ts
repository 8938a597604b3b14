/** Whole-UTC-day arithmetic on `YYYY-MM-DD` strings (no time zones involved). */
import type { DayRange } from '../request';

export function dayOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Monday..Sunday of the ISO week before the one containing `day`. */
export function previousIsoWeek(day: string): DayRange {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(day, -weekday - 7);
  return { from: monday, to: addDays(monday, 6) };
}

export function currentIsoWeekSoFar(day: string): DayRange {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  return { from: addDays(day, -weekday), to: day };
}

export function monthRange(year: number, month: number): DayRange {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: dayOf(year, month, 1) as string, to: dayOf(year, month, last) as string };
}

export function previousMonth(day: string): DayRange {
  const [y, m] = day.split('-').map(Number);
  return m === 1 ? monthRange(y - 1, 12) : monthRange(y, m - 1);
}

/** The calendar year before the one of `day`. */
export function previousYear(day: string): DayRange {
  const y = Number(day.slice(0, 4)) - 1;
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Sorted, merged where overlapping or adjacent (inclusive days). */
export function mergeRanges(ranges: DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
  const out: DayRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= addDays(last.to, 1)) {
      if (r.to > last.to) last.to = r.to;
    } else out.push({ ...r });
  }
  return out;
}

/** Monday..Sunday of ISO week `week` of `year` (week 1 holds the year's first Thursday); null past the last week. */
export function isoWeekRange(year: number, week: number): DayRange | null {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = addDays(utcDay(jan4), -((jan4.getUTCDay() + 6) % 7));
  const monday = addDays(monday1, (week - 1) * 7);
  const thursday = addDays(monday, 3);
  if (week < 1 || Number(thursday.slice(0, 4)) !== year) return null;
  return { from: monday, to: addDays(monday, 6) };
}

/** A zone of the time zone database's offset from UTC on the day (at noon, summer time included), in minutes; null for a name the runtime does not know. */
export function ianaOffset(zone: string, day: string | null): number | null {
  try {
    const noon = new Date(`${day ?? '2026-01-15'}T12:00:00Z`);
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const o = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
    return o === null ? null : o[1] === undefined ? 0 : (o[1] === '+' ? 1 : -1) * (Number(o[2]) * 60 + Number(o[3]));
  } catch {
    return null;
  }
}
