/**
 * Dates, times and sizes written for people. Always UTC and always with the month spelled out, so a
 * customer never has to guess whether `03/04` is March or April (the same ambiguity the parser refuses
 * to guess in their mail). Deterministic: no Intl, no locale of the machine that runs the bot.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2024-03-01` → `1 March 2024`. Anything that is not a `YYYY-MM-DD` day is returned as is. */
export function formatDay(day: string): string {
  const m = DAY_RE.exec(day);
  if (!m) return day;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : day;
}

/** `2024-03-05T14:00:00Z` → `Tuesday 5 March 2024, 14:00 UTC`. Unreadable input is returned as is. */
export function formatDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** `Tuesday 5 March 2024` (the UTC day of an instant), for subjects where the hour is noise. */
export function formatDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** One inclusive day range: `1 March 2024 to 3 March 2024`, or `1 March 2024` for a single day. */
export function formatDayRange(range: { from: string; to: string }): string {
  return range.from === range.to ? formatDay(range.from) : `${formatDay(range.from)} to ${formatDay(range.to)}`;
}

/** Several ranges, with the `(UTC day)` / `(UTC days)` qualifier the platform's policy requires. */
export function formatDayRanges(ranges: readonly { from: string; to: string }[]): string {
  if (ranges.length === 0) return '';
  const single = ranges.length === 1 && ranges[0].from === ranges[0].to;
  return `${joinList(ranges.map(formatDayRange))} (${single ? 'UTC day' : 'UTC days'})`;
}

/** `a`, `a and b`, `a, b and c`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * `1234567` → `1.2 MB`. Decimal units (1 kB = 1,000 bytes), as storage consoles and invoices count,
 * so the figure matches what the customer sees elsewhere; exact counts go next to it where they
 * matter (receipts), see `formatSize`.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return plural(bytes, 'byte');
  // 999,950 bytes rounds to "1000.0 kB": say "1.0 MB" instead.
  if (Number(value.toFixed(1)) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * A size for a receipt: `37 bytes` when the human figure is already exact, else the human figure
 * with the exact count beside it, `1.2 MB (1,234,567 bytes)` (never `37 bytes (37 bytes)`).
 */
export function formatSize(bytes: number): string {
  const human = formatBytes(bytes);
  return bytes < 1000 || !Number.isFinite(bytes) ? human : `${human} (${formatCount(bytes)} bytes)`;
}

/** `1 object`, `2 objects`, `1,204 objects`: the count formatted, the noun agreeing with it. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** `1234567` → `1,234,567`. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/**
 * A range exactly as the customer is asked to confirm it, with weekdays and the number of days, so a
 * wrong year or a one-off error shows at a glance: `Mon 4 March 2024 – Wed 6 March 2024, 3 days`.
 */
export function formatConfirmRange(range: { from: string; to: string }): string {
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return `${range.from} – ${range.to}`;
  const day = (t: number, text: string) => `${SHORT_WEEKDAYS[new Date(t).getUTCDay()]} ${formatDay(text)}`;
  const count = Math.round((to - from) / 86_400_000) + 1;
  return `${day(from, range.from)} – ${day(to, range.to)}, ${count} ${count === 1 ? 'day' : 'days'}`;
}
