/**
 * "| Web | 2027-04-01 |": the first cell of a Markdown table row of the request names a source, even a
 * common word like "Web" that prose would pass over. Only a row that holds a day says so: a price list
 * ("| Website | 20 USD | 2026 |"), a contact table ("| Website | ana@acme.example | +1 555 0100 |"), a
 * team or version table ("| Website | Ana | 4021 |", "| Website | v2 |") has digits but no day, and a
 * table under a heading of its own ("Our prices:", "Contacts:") is about something else than the
 * deletion. Read as rows of the request, such tables added a source to a scope called complete. Pure.
 */
import { DELETE_VERB } from './kindWords';
import { L, R } from './letterEdges';
import { cellHoldsADay } from './tableCells';

/** The opening pipe of a Markdown table row, then only spaces before the first cell's text. */
const PIPE_ROW_OPENING = /(?:^|\n)[^\S\n]*\|[^\S\n]*$/;
/** The end of the first cell: its closing pipe, then the rest of the row. */
const FIRST_CELL_END = /^[^\S\n]*\|([^\n]*)/;

/** Whether the source name at start..end is the first cell of a pipe-table row of the request that holds a day. */
export function pipeRowNamesSource(text: string, start: number, end: number): boolean {
  if (!PIPE_ROW_OPENING.test(text.slice(Math.max(0, start - 12), start))) return false;
  const rest = FIRST_CELL_END.exec(text.slice(end));
  if (!rest) return false;
  return laterCellHoldsADay(rest[1]) && !underHeadingOfItsOwn(text, start);
}

/**
 * A day as the date readers read one ("2027-04-01", "Nov 3", "03.11.2026", "3/11" asked about), not a
 * price, phone number, extension, version or bare year: those mention no date at all.
 */
function laterCellHoldsADay(cells: string): boolean {
  return cells
    .split('|')
    .map((cell) => cell.trim())
    .some(cellHoldsADay);
}

/**
 * "Our prices:", "Contacts:", "## Team": a short line of its own above the table that neither asks to
 * delete nor names what a request table lists. "please delete for our customer Lumen Studio:" and
 * "Sources and days:" introduce the request's own table.
 */
function underHeadingOfItsOwn(text: string, start: number): boolean {
  const lines = text.slice(0, start).split('\n');
  lines.pop(); // the row itself
  while (lines.length > 0 && (/^\s*\|/.test(lines[lines.length - 1]) || lines[lines.length - 1].trim() === '')) lines.pop();
  const heading = (lines.pop() ?? '').trim();
  if (heading.length === 0 || heading.length > 48) return false;
  if (!/[:：]$/.test(heading) && !/^#/.test(heading)) return false;
  return !DELETE_VERB.test(heading) && !REQUEST_TABLE_WORD.test(heading);
}

/** Words a heading of the request's own table uses: what it lists, or that it follows. */
export const REQUEST_TABLE_WORDS = String.raw`(?:sources?|days?|dates?|data|deletions?|following|below|list|table|these|quellen?|tage?|datum|daten|folgende\p{L}*|jours?|données|suivante?s?|fuentes?|d[íi]as?|fechas?|datos|siguientes?)`;
const REQUEST_TABLE_WORD = new RegExp(`${L}${REQUEST_TABLE_WORDS}${R}`, 'iu');
