/**
 * Archive keys a customer lists, one to a line ("segment-logs/src_v5qs/1816560000000/", read as
 * "segment-logs/src_v5qs/2027-07-26/" once its instant is read): each line names one source's day, so a
 * later line naming a day already asked for is the list going on, not a correction of it. Only when the
 * keys form a full grid (every source listed has the same days): the desk deletes every source named for
 * every day named, so a list giving each source other days is still asked about, never widened. Pure.
 */
import { allMatches } from './allMatches';

/** A line that is one archive key as written: a path whose last folder before the files is a day (or its instant since 1970). */
const ARCHIVE_KEY_LINE = /^[^\S\n]*((?:[\w.-]+\/)+)(\d{13}|\d{10}|\d{4}-\d{2}-\d{2})\/\S*[^\S\n]*$/gmu;
/** The same line as the date reader sees it: the instant read as a day, names blanked out ("segment-logs/      /2027-07-26/"). */
const READ_KEY_LINE = /^[^\S\n]*(?:[\w.-]*[^\S\n]*\/)+\d{4}-\d{2}-\d{2}\/\S*[^\S\n]*$/u;

/** Whether the line around `at` of the text as read is an archive key. */
export function onArchiveKeyLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return READ_KEY_LINE.test(text.slice(start, end < 0 ? text.length : end));
}

/** Whether the archive keys of the text as written (at least two) give every source the same days. */
export function archiveKeysFormGrid(written: string): boolean {
  return archiveKeyGrid(written) !== null;
}

/** The grid the archive keys of the text form: how many sources (key folders) and keys; null when they form none. */
export function archiveKeyGrid(written: string): { folders: number; keys: number } | null {
  const days = new Map<string, Set<string>>();
  let keys = 0;
  for (const m of allMatches(ARCHIVE_KEY_LINE, written)) {
    days.set(m[1], (days.get(m[1]) ?? new Set()).add(m[2]));
    keys++;
  }
  const sets = [...days.values()].map((s) => [...s].sort().join(' '));
  const grid = sets.length > 0 && sets.every((s) => s === sets[0]) && keys >= 2;
  return grid ? { folders: days.size, keys } : null;
}
