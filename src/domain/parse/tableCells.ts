/**
 * What one cell of a table row says of the source the row names, in the words customers put in an
 * Action, Note, Status or Comment column: "keep", "skip", "leave as is", "unaffected", "fine, not
 * affected" keep the source out of the deletion; "hold", "n/a", "tbd" leave it open; "12,400 events",
 * "green", "passed" describe the source without asking anything. A row was read by its day alone, so a
 * source whose own row said "keep" joined a deletion reported complete. Pure.
 */
import { L, R } from './letterEdges';
import { KEEP } from './exclusionWords';
import { extractRanges } from './dates';

/**
 * `kept`: the cell keeps the source ("keep", "exclude", "control only, leave it");
 * `fine`: it tells the source is fine ("unaffected", "clean, no issue", "normal", "passed");
 * `unsure`: it leaves the source open ("hold", "n/a", "tbd", "?");
 * `fineOrGoAhead`: "ok", "clean" — the source is fine as it is, or it is ok (or an order) to delete it;
 * `quantity`: a count or volume ("981,000", "12,400 events (normal)"); `day`: a date.
 */
export type CellReading = 'kept' | 'fine' | 'unsure' | 'fineOrGoAhead' | 'quantity' | 'day';

/** What the cell's words say, or null when they say none of these ("bad build", "SDK double init"). */
export function cellSays(cell: string): CellReading | null {
  const value = cell.trim();
  if (value === '') return null;
  if (UNSURE_CELL.test(value)) return 'unsure';
  if (/^(?:ok(?:ay)?|clean)[.!]?$/iu.test(value)) return 'fineOrGoAhead';
  if (KEPT_CELL.test(value)) return 'kept';
  if (FINE_CELL.test(value)) return 'fine';
  if (QUANTITY_CELL.test(value)) return 'quantity';
  if (cellHoldsADay(value)) return 'day';
  return null;
}

/**
 * What the cell says of its row's source where its column lets it decide the row, or null. Under a
 * column about the action or whether the row is affected ("Action", "To do", "Affected", "Status",
 * "Keep") every reading counts; under a free remark ("Notes", "Comment") or no header at all, all but a
 * remark left empty ("none", "nothing", "-"); under any other column ("Priority", "Test run", "Backup
 * taken") only a cell that itself keeps the source ("keep", "skip", "exclude", "unaffected"). A
 * Priority of "normal" or a Test run that "passed" told a row to leave its source out, and a source
 * asked for fell out of a deletion reported complete.
 */
export function cellSaysOfRow(cell: string, header: string | null): CellReading | null {
  const says = cellSays(cell);
  if (says === null || says === 'quantity' || says === 'day') return says;
  const value = cell.trim();
  if (header !== null && ACTION_COLUMN.test(header.trim())) return says;
  if (EMPTY_REMARK.test(value)) return null;
  if (header === null || REMARK_COLUMN.test(header.trim())) return says;
  return (says === 'kept' || NOT_AFFECTED_CELL.test(value)) ? says : null;
}
/** A header about what becomes of the row: "Action", "To do", "Affected", "Status of the data", "Keep". */
const ACTION_COLUMN = new RegExp(
  String.raw`^(?:action|to[\s-]*do|what\s+to\s+do|plan|decision|handling|treatment|keep|retain|affected|impacted|status|state|scope|in\s+scope|include[ds]?|delete|deletion|remove|purge)${R}`,
  'iu',
);
/** A header of free remarks on the row: "Notes", "Comment", "Remarks". */
const REMARK_COLUMN = new RegExp(String.raw`^(?:notes?|remarks?|comments?|anmerkung\p{L}*|bemerkung\p{L}*|kommentar\p{L}*|commentaires?|comentarios?|observa\p{L}*)${R}`, 'iu');
/** A remark cell left empty in words: "none", "nothing", "-". */
const EMPTY_REMARK = /^(?:none|nothing|[-–—]+)[.!]?$/iu;
/** "unaffected", "not affected": the cell itself says the source is out of it. */
const NOT_AFFECTED_CELL = /^(?:un|not\s+)affected/iu;

/** A day as readers read one ("2027-04-01", "Nov 3", "03.11.2026"), not a price, phone number or version. */
export function cellHoldsADay(cell: string): boolean {
  return /\d|\p{L}{3}/u.test(cell) && extractRanges(cell, null).mentioned;
}

/** After the cell's leading words: its end, or a remark set off by a comma, dash, semicolon or bracket. */
const CELL_TAIL = String.raw`[^\S\n]*(?:$|[,;(–—]|\s-\s|\.(?:\s|$))`;
/** A whole cell that leaves the row open: "hold", "on hold", "n/a", "tbd", "pending", "?". */
const UNSURE_CELL = new RegExp(
  String.raw`^(?:(?:on\s+)?hold|n\/?a|tb[dc]|pending|maybe|later|unclear|unknown|to\s+(?:check|confirm)|check|\?+)[.!]?$`,
  'iu',
);
/**
 * A cell that keeps the source, at its start: "keep", "retain", "leave as is", "skip", "exclude",
 * "not needed", "no action", "control only, leave it", "reference only". ("don't delete" is a negated
 * deletion, which resolveScope's askAboutNegated asks about wherever it is written.)
 */
const KEPT_CELL = new RegExp(
  String.raw`^(?:${KEEP}|kept|retained|leave(?:\s+(?:it|them|as\s+is|alone|untouched))?|left\s+(?:as\s+is|alone)|skip(?:ped)?|exclude[ds]?|omit(?:ted)?|ignore[ds]?|spare|untouched|unchanged|no\s+(?:action|deletion|change|need)s?(?:\s+(?:needed|required))?|not\s+(?:needed|required|necessary|to\s+(?:be\s+)?delete[d]?)|none|nothing|control(?:\s+(?:only|group|source))?|reference(?:\s+only)?|baseline|for\s+comparison|nicht\s+l(?:ö|oe)schen|behalten|ne\s+pas\s+supprimer|no\s+borrar)${R}${CELL_TAIL}`,
  'iu',
);
/** A cell that tells the source is fine, at its start: "unaffected", "fine, not affected", "clean, no issue", "normal", "green". */
const FINE_CELL = new RegExp(
  String.raw`^(?:(?:un|not\s+)affected|no\s+(?:issues?|problems?|errors?)|fine|normal|healthy|green|pass(?:ed)?|all\s+good|looks?\s+(?:fine|normal|good|ok)|clean${CELL_TAIL}.*${L}(?:no\s+(?:issues?|problems?)|fine|ok|normal|(?:un|not\s+)affected))${R}${CELL_TAIL}`,
  'iu',
);
/** A count or a volume: "981,000", "12,400 events (normal)", "~3.1k", "40 210 hits". */
const QUANTITY_CELL = /^[~≈]?\d{1,3}(?:[,.' \u202f]\d{3})*(?:[.,]\d+)?[^\S\n]*[kKmM%]?(?:[^\S\n]+\p{L}+)?(?:[^\S\n]*\([^()\n]*\))?$/u;
