/**
 * Words for customers made from words meant for staff. The parser's notes, the executor's failure
 * texts and `describeChanges` speak in ISO days, archive prefixes, catalog ids and storage error
 * codes; none of that helps a customer and some of it is internal (where we keep their data, which
 * storage we use). Everything here maps such text to a fixed set of plain sentences, so an unknown
 * note or error can only ever be left out, never passed through. Pure.
 */
import type { DayRange } from '../request';
import { formatDay, formatDayRange, joinList } from './format';

/**
 * What a customer may learn from the parser's notes. Notes are written for staff ("the sender is a
 * contact of workspace acme-inc", `"9am PST" … read as the UTC days 2024-03-04 to 2024-03-04`); only
 * the facts that change what the customer should check are said, each once, in our words.
 */
export function customerNotes(notes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const note of notes) {
    if (/time of day|night window|time zone|covers the UTC days/i.test(note)) {
      out.add('We can delete whole UTC days only, so the times you gave are covered by the whole days listed above. Please check them.');
    } else if (/read as the whole month/i.test(note)) {
      out.add('A month you named is read as every day of that month, as listed above.');
    } else if (/relative dates|relative to the sender/i.test(note)) {
      out.add('Words such as "yesterday" or "last week" were counted from the date of your email.');
    } else if (/read as every source of/i.test(note)) {
      out.add('"All sources" is read as every source registered for the workspace today, as listed above.');
    } else if (/ends on the message date/i.test(note)) {
      out.add('A range without an end date is read as ending on the date of your email.');
    } else if (/is left out of/i.test(note)) {
      out.add('Days you asked us to keep are left out of the ranges listed above.');
    } else if (/^part of the account deletion (DEL-\d+)/i.test(note)) {
      out.add(`This is part of your account deletion ${/DEL-\d+/i.exec(note)?.[0].toUpperCase()}.`);
    }
  }
  return [...out];
}

/** `2024-03-04` anywhere in a text → `4 March 2024`: a question quoting a parser reason stays readable. */
export function humanDays(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})(?:T[\d:.]+Z)?\b/g, (_, day: string) => formatDay(day));
}

const FIELD_LABELS: Record<string, string> = { kind: 'Request', workspace: 'Workspace', sources: 'Sources', space: 'Unify space', ranges: 'Days' };
const KIND_LABELS: Record<string, string> = {
  source_data: 'delete source data for some days',
  unify_space: 'delete a Unify space',
  workspace_purge: 'delete all data of a workspace',
  archive_purge: 'purge the archive of a deleted workspace',
  account_purge: 'delete your account (every workspace you administer)',
  user_data: "delete an end user's data",
};

/**
 * One line of `describeChanges` (`ranges: none → 2024-03-04..2024-03-04`) the customer's way:
 * `Days: 4 March 2024 (added)`. Lists say what was added and removed instead of two full lists.
 */
export function readableChange(change: string): string | null {
  const m = /^(\w+): (.*) → (.*)$/.exec(change);
  if (!m) return null;
  const [, field, before, after] = m;
  const label = FIELD_LABELS[field];
  if (!label) return null;
  if (field === 'kind') return `${label}: ${KIND_LABELS[after] ?? 'changed'}${KIND_LABELS[before] ? ` (was: ${KIND_LABELS[before]})` : ''}`;
  if (field === 'ranges') {
    const { added, removed } = dayDiff(list(before).map(rangeOf), list(after).map(rangeOf));
    const parts = [...(added.length ? [`${joinList(added.map(formatDayRange))} (added)`] : []), ...(removed.length ? [`${joinList(removed.map(formatDayRange))} (removed)`] : [])];
    return parts.length ? `${label}: ${parts.join('; ')}` : null;
  }
  if (field === 'sources') {
    const was = list(before);
    const now = list(after);
    const added = now.filter((x) => !was.includes(x));
    const removed = was.filter((x) => !now.includes(x));
    const parts = [...(added.length ? [`${joinList(added)} (added)`] : []), ...(removed.length ? [`${joinList(removed)} (removed)`] : [])];
    return parts.length ? `${label}: ${parts.join('; ')}` : null;
  }
  return after === 'none' ? `${label}: removed (was ${before})` : `${label}: ${after}${before === 'none' ? '' : ` (was ${before})`}`;
}

function list(v: string): string[] {
  return v === 'none' ? [] : v.split(', ').filter(Boolean);
}

const DAY_MS = 86_400_000;
/** Beyond this many days a diff is said range by range (a typo'd year must not expand to millions of days). */
const MAX_DIFF_DAYS = 20_000;

/** The days added and removed between two lists of ranges, as runs of consecutive days. */
function dayDiff(before: DayRange[], after: DayRange[]): { added: DayRange[]; removed: DayRange[] } {
  const days = (ranges: DayRange[]): Set<number> | null => {
    const out = new Set<number>();
    for (const r of ranges) {
      const from = Date.parse(`${r.from}T00:00:00Z`);
      const to = Date.parse(`${r.to}T00:00:00Z`);
      if (!Number.isFinite(from) || !Number.isFinite(to) || (to - from) / DAY_MS > MAX_DIFF_DAYS) return null;
      for (let d = from; d <= to; d += DAY_MS) out.add(d);
    }
    return out;
  };
  const a = days(before);
  const b = days(after);
  if (!a || !b) {
    const key = (r: DayRange) => `${r.from}..${r.to}`;
    return { added: after.filter((r) => !before.some((x) => key(x) === key(r))), removed: before.filter((r) => !after.some((x) => key(x) === key(r))) };
  }
  return { added: runs([...b].filter((d) => !a.has(d))), removed: runs([...a].filter((d) => !b.has(d))) };
}

function runs(days: number[]): DayRange[] {
  const out: DayRange[] = [];
  let start: number | null = null;
  let last = 0;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  for (const d of days.sort((x, y) => x - y)) {
    if (start !== null && d === last + DAY_MS) {
      last = d;
      continue;
    }
    if (start !== null) out.push({ from: iso(start), to: iso(last) });
    start = d;
    last = d;
  }
  if (start !== null) out.push({ from: iso(start), to: iso(last) });
  return out;
}

function rangeOf(text: string): DayRange {
  const [from, to] = text.split('..');
  return { from: from ?? text, to: to ?? from ?? text };
}
