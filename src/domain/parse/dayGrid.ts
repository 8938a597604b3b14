/**
 * A grid of days by sources, one mark per cell:
 *
 *     Day         iOS App   Android App
 *     2027-03-03  yes       no
 *     2027-03-04  no        yes
 *
 * A ticket deletes every one of its days for every one of its sources. Read by the order of its names,
 * such a grid became every source on every day, and a column marked "no" throughout was deleted. Here the
 * cells are read: the days and sources marked for deletion, and whether they make one whole block (every
 * marked day for every marked source). A cell that is neither a yes nor a no leaves the grid unread.
 */
import type { DayRange } from '../request';

export interface GridLabels {
  /** The canonical source a cell names, or null. */
  sourceOf(cell: string): string | null;
  /** The day (or days) a cell names, or null. */
  daysOf(cell: string): DayRange | null;
}

export interface DayGrid {
  /** Sources with at least one cell marked for deletion. */
  sources: string[];
  /** Days with at least one cell marked for deletion. */
  days: DayRange[];
  /** Every marked day for every marked source: one ticket holds exactly what the grid says. */
  whole: boolean;
  /** A cell that says neither yes nor no, or a row whose cells cannot be lined up with the header. */
  unread: string | null;
  /** The header line, to quote. */
  words: string;
}

const YES_CELL = /^(?:x|✓|✔|✔️|✅|☑|☒|\[x\]|yes|y|delete|del|remove|purge|wipe|ja|oui|s[ií])[.!]?$/iu;
const NO_CELL = /^(?:|no|n|keep|kept|leave|skip|-|–|—|✗|✘|❌|☐|\[ \]|nein|non)[.!]?$/iu;
const RULE_LINE = /^[\s|:+=-]*-[\s|:+=-]*$/;

/** The cells of a table line (tabs, pipes, "a: b" of an HTML row, or two spaces), and whether empty cells were kept. */
function cellsOf(line: string): { cells: string[]; keepsEmpty: boolean } {
  if (line.includes('\t')) return { cells: line.split('\t').map((c) => c.trim()), keepsEmpty: true };
  if (line.includes('|')) return { cells: line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()), keepsEmpty: true };
  if (/:[^\S\n]/.test(line)) return { cells: line.split(/:[^\S\n]*/).map((c) => c.trim()), keepsEmpty: true };
  return { cells: line.trim().split(/\s{2,}/), keepsEmpty: false };
}

type Axis = 'sources' | 'days';

/** The header's axis: its trailing cells all name sources (or all days), at least two of them. */
function headerAxis(cells: string[], labels: GridLabels): { axis: Axis; from: number } | null {
  const from = cells.length > 0 && labels.sourceOf(cells[0]) === null && labels.daysOf(cells[0]) === null ? 1 : 0;
  const named = cells.slice(from);
  if (named.length < 2) return null;
  if (named.every((c) => labels.sourceOf(c) !== null)) return { axis: 'sources', from };
  if (named.every((c) => labels.daysOf(c) !== null)) return { axis: 'days', from };
  return null;
}

/** The grid whose header is at `lines[at]`, if rows labelled by the other axis follow it. */
function gridAt(lines: string[], at: number, labels: GridLabels): DayGrid | null {
  const header = cellsOf(lines[at]).cells;
  const axis = headerAxis(header, labels);
  if (!axis) return null;
  const columns = header.slice(axis.from);
  const marked: { source: string; day: DayRange }[] = [];
  let rows = 0;
  let unread: string | null = null;
  for (let i = at + 1; i < lines.length && lines[i].trim() !== ''; i++) {
    if (RULE_LINE.test(lines[i])) continue;
    const { cells, keepsEmpty } = cellsOf(lines[i]);
    const rowSource = axis.axis === 'days' ? labels.sourceOf(cells[0]) : null;
    const rowDays = axis.axis === 'sources' ? labels.daysOf(cells[0]) : null;
    if (rowSource === null && rowDays === null) break;
    rows++;
    const values = cells.slice(1);
    while (keepsEmpty && values.length < columns.length) values.push('');
    if (values.length !== columns.length) unread ??= lines[i].trim();
    values.forEach((value, k) => {
      if (k >= columns.length || NO_CELL.test(value)) return;
      if (!YES_CELL.test(value)) unread ??= value;
      else if (rowSource !== null) marked.push({ source: rowSource, day: labels.daysOf(columns[k]) as DayRange });
      else marked.push({ source: labels.sourceOf(columns[k]) as string, day: rowDays as DayRange });
    });
  }
  return rows === 0 ? null : summary(marked, unread, lines[at].trim());
}

function summary(marked: { source: string; day: DayRange }[], unread: string | null, words: string): DayGrid {
  const key = (d: DayRange): string => `${d.from}/${d.to}`;
  const sources = [...new Set(marked.map((m) => m.source))].sort();
  const dayKeys = [...new Set(marked.map((m) => key(m.day)))].sort();
  const days = dayKeys.map((k) => ({ from: k.split('/')[0], to: k.split('/')[1] }));
  const pairs = new Set(marked.map((m) => `${m.source} ${key(m.day)}`));
  return { sources, days, whole: pairs.size === sources.length * days.length && pairs.size > 0, unread, words };
}

/** The first grid of days by sources in `text`, or null when there is none. */
export function dayGridOf(text: string, labels: GridLabels): DayGrid | null {
  const lines = text.split('\n');
  for (let at = 0; at < lines.length - 1; at++) {
    if (!/\S\s*(?:\t|\||:\s|\s\s)\s*\S/.test(lines[at])) continue;
    const grid = gridAt(lines, at, labels);
    if (grid) return grid;
  }
  return null;
}
