/**
 * What a list item, a form's check box or a table row says of the name it holds: "[ ] Android App" is an
 * unticked box, "Android App ✘" a crossed one, "| Android App | no |" a row whose cell says no,
 * "- iOS App: n/a" an item with its own value, "- Android App, November 10?" an item written as a
 * question. The item's own mark decides whether its name is asked for; a name merely listed is not
 * enough (a form lists every source, ticked or not). This module only reads the structure; what a value
 * means is decided where the exclusion words are (resolveScope's dropExclusions).
 */

export interface ItemMark {
  /** The words of the item as written, to quote. */
  words: string;
  /** `unticked`/`crossed`: the item's mark says no; `value`: a value to read; `question`: the item asks. */
  says: 'unticked' | 'crossed' | 'value' | 'question';
  value: string;
  /** A table's column header above the value ("Delete?"), or null when the item is no table row. */
  header: string | null;
  /**
   * Every cell of a table row after the name's, each with its column's header, empty cells too: "| iOS
   * App | 2027-03-03 | yes |" under "| Source | Day | Delete? |" has its yes under "Delete?", not its first
   * value. Empty for an item that is no table row.
   */
  cells: TableCell[];
}

export interface TableCell {
  value: string;
  header: string | null;
}

/** A list's bullet or number before an item: "- ", "* ", "• ", "1. ", "2) ". */
const BULLET = String.raw`(?:[-*•·–]|\d{1,2}[.)])`;
/** An empty check box: "[ ]", "[]", "☐", "□", "⬜". ("☒" is ticked in some forms, crossed in others: not read.) */
const UNTICKED_BEFORE = new RegExp(String.raw`^[^\S\n]*(?:${BULLET}[^\S\n]*)?(?:\[[^\S\n]?\]|☐|□|◻|⬜)[^\S\n]*$`, 'u');
/** A cross before or after the name: "✘ Android App", "Android App ✘", "Android App: ❌". */
const CROSS = '(?:✘|✗|❌|✖|⨯|❎)';
const CROSSED_BEFORE = new RegExp(String.raw`^[^\S\n]*(?:${BULLET}[^\S\n]*)?${CROSS}[^\S\n]*$`, 'u');
const CROSSED_AFTER = new RegExp(String.raw`^[^\S\n]*[:–-]?[^\S\n]*${CROSS}[^\S\n]*$`, 'u');
/** A line that starts with a bullet or a number: "- iOS App?", "2) Web". */
const BULLETED = new RegExp(String.raw`^[^\S\n]*${BULLET}`, 'u');
/** The item's own label position: a bullet, or the start of its line. */
const ITEM_START = new RegExp(String.raw`^[^\S\n]*(?:${BULLET}[^\S\n]+)?$`, 'u');
/**
 * "Android App: don't delete", "iOS App – n/a", "Android App (not needed)", "Import   <- SKIP": the value
 * after the name (an arrow pointing back at the name sets a note off as a colon does).
 */
const VALUE_AFTER = /^[^\S\n]*(?:[:–—←⇐]|<-{1,2}|\s-)[^\S\n]*([^\n]*?)[^\S\n]*$|^[^\S\n]*\(([^()\n]+)\)[^\S\n]*[.;,]?[^\S\n]*$/u;
/** A Markdown table's separator row: "|---|:---:|". */
const TABLE_RULE = /^[^\S\n]*\|?[^\S\n]*:?-{3,}:?[^\S\n]*(?:\|[^\S\n]*:?-{3,}:?[^\S\n]*)*\|?[^\S\n]*$/u;

/** The mark of the item the name between `start` and `end` is the label of, or null when it is no item's label. */
export function itemMarkOf(text: string, start: number, end: number): ItemMark | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  const words = text.slice(lineStart, lineEnd).trim();
  if (/^[^\S\n]*\|/.test(before)) return tableCell(text, lineStart, before, after, words);
  if (UNTICKED_BEFORE.test(before)) return { words, says: 'unticked', value: '', header: null, cells: [] };
  if (CROSSED_BEFORE.test(before) || CROSSED_AFTER.test(after)) return { words, says: 'crossed', value: '', header: null, cells: [] };
  if (!ITEM_START.test(before)) return null;
  // "- Android App, November 10?": an item that asks. (A whole line that is a question is read elsewhere.)
  if (BULLETED.test(before) && /\?[^\S\n]*$/.test(after)) return { words, says: 'question', value: '', header: null, cells: [] };
  const aligned = /^[^\S\n]*$/.test(before) ? alignedCell(text, lineStart, after, words) : null;
  if (aligned) return aligned;
  const value = VALUE_AFTER.exec(after);
  const read = (value?.[1] ?? value?.[2] ?? '').trim();
  return read ? { words, says: 'value', value: read, header: null, cells: [] } : null;
}

/** A gap between two columns typed with spaces or a tab: "iOS App       Y", "iOS App\tY". */
const COLUMN_GAP = /\t|[^\S\n]{2,}/;
/** A line of at least two columns set apart by such gaps. */
const ALIGNED_ROW = /^[^\S\n]*\S.*?(?:\t|[^\S\n]{2,})\S/u;

/**
 * "Source        Delete" over "Android App   N", or the same with tabs: columns lined up by hand, as a
 * table without bars. The value is the one cell after the name; its header is the same column of the
 * block's first line. A name with no such gap after it, or a block of one line, is no aligned row.
 */
function alignedCell(text: string, lineStart: number, after: string, words: string): ItemMark | null {
  const cell = /^(?:\t|[^\S\n]{2,})[^\S\n]*([^\t\n]*?)[^\S\n]*$/u.exec(after);
  if (!cell || cell[1] === '' || COLUMN_GAP.test(cell[1])) return null;
  const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n').reverse();
  let top = -1;
  for (let k = 0; k < above.length && ALIGNED_ROW.test(above[k]); k++) top = k;
  if (top < 0) return null;
  const header = above[top].trim().split(COLUMN_GAP)[1]?.trim() ?? null;
  return { words, says: 'value', value: cell[1], header, cells: [{ value: cell[1], header }] };
}

/**
 * "| Android App | no |": the cells after the name's, with the header of the first of them. The name alone
 * in its cell: the row's first cell, or a later one ("| 2027-03-03 | Orders API | no |"), whose row is then
 * read only through its headers (the value a deletion column gives it, in resolveScope's declinedItem).
 */
function tableCell(text: string, lineStart: number, before: string, after: string, words: string): ItemMark | null {
  if (!/\|[^\S\n]*$/.test(before) || !/^[^\S\n]*\|/.test(after)) return null;
  const column = before.split('|').length - 2;
  const values = after.replace(/^[^\S\n]*\|/, '').replace(/\|[^\S\n]*$/, '').split('|').map((c) => c.trim());
  const headers = headerRow(text, lineStart);
  const cells = values.map((value, i) => ({ value, header: headers?.[column + 1 + i] ?? null }));
  const first = cells.find((c) => c.value !== '');
  if (!first && headers === null) return null;
  const value = column === 0 ? first?.value ?? '' : '';
  return { words, says: 'value', value, header: column === 0 ? first?.header ?? null : null, cells };
}

/** The headers of the table whose row starts at `lineStart`: the row above its "|---|" rule. */
function headerRow(text: string, lineStart: number): string[] | null {
  const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n').reverse();
  for (let k = 0; k < above.length - 1 && /^[^\S\n]*\|/.test(above[k]); k++) {
    if (!TABLE_RULE.test(above[k])) continue;
    return above[k + 1].replace(/^[^\S\n]*\|/, '').replace(/\|[^\S\n]*$/, '').split('|').map((c) => c.trim());
  }
  return null;
}
