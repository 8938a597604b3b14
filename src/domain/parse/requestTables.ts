/**
 * Whether a table in the mail is the request or something shown beside it. "Please delete the iOS App
 * data for Nov 3" above "Last sync dates:" and "| Web | 2026-11-03 |", or above a pasted row of volumes
 * ("Web<TAB>2026-11-03<TAB>12,400"), asks for the iOS App alone: the table's other sources are context.
 * Read as rows of the request, every source a debugger, a health page or a BI tool showed joined a
 * deletion reported complete, and a wrong deletion cannot be undone.
 *
 * Only names in a row's first cell are read here (the row is about that source); a form's
 * "| Source | App 2 |" holds its name in a later cell and is the request's own. When the text outside
 * the tables names no source, a table is the scope unless it only shows data (volumes, statuses) under
 * words that do not ask for it. When the text names sources, a table's other sources join them only
 * where the sentence above it or its header asks to delete them ("Same for:", "Other affected sources:",
 * "| Source | Delete |"); a table that shows data and is labelled as context ("for reference", "Error
 * rates per source:") adds nothing; any other table whose sources differ from the text's is asked
 * about, never dropped while the rest reads complete. Pure.
 */
import { DELETE_VERB } from './kindWords';
import { NEGATED_DELETION } from './exclusionWords';
import { L, R } from './letterEdges';
import { REQUEST_TABLE_WORDS } from './pipeTableRow';
import { cellSays } from './tableCells';

/** A source's name written in the mail, with the slugs it names. */
export interface WrittenSource {
  start: number;
  end: number;
  sources: readonly string[];
}

/** What the tables say of the names in their rows' first cells. */
export interface TablesReading<T extends WrittenSource> {
  /** Names in tables that only show data beside the request: not asked for. */
  shown: T[];
  /** Names in tables that may or may not be the request, with the question to ask. */
  unsure: { names: T[]; question: string }[];
}

interface MailTable {
  rows: { first: [number, number]; later: string[] }[];
  /** The last sentence above the table, and where it starts. */
  intro: { words: string; start: number };
  /** The first sentence below it. */
  outro: string;
  /** The words of its header row ("Source | Day | Delete?"), or '' when it has none. */
  header: string;
}

/** Reads each table with a source named in a row's first cell; `names` are all sources named, `spans` every name written. */
export function readTables<T extends WrittenSource>(text: string, names: T[], spans: [number, number][]): TablesReading<T> {
  const reading: TablesReading<T> = { shown: [], unsure: [] };
  const tables = tablesIn(text);
  if (tables.length === 0) return reading;
  const rowOf = (n: T, t: MailTable) => t.rows.find((r) => n.start >= r.first[0] && n.end <= r.first[1]);
  const inTable = (n: T) => tables.some((t) => t.rows.some((r) => n.start >= r.first[0] && n.end <= r.first[1]));
  const prose = new Set(names.filter((n) => !inTable(n)).flatMap((n) => n.sources));
  for (const table of tables) {
    const named = names.filter((n) => rowOf(n, table));
    const fresh = named.filter((n) => n.sources.some((s) => !prose.has(s)));
    if (fresh.length === 0) continue;
    const cells = fresh.flatMap((n) => rowOf(n, table)?.later ?? []).filter((c) => c.trim() !== '');
    const says = cells.map(cellSays);
    // Beside a request for other sources, "ok" tells a status, as "green" or "passed" do.
    const describes = says.some((s) => s === 'quantity' || s === 'fine' || s === 'kept' || s === 'fineOrGoAhead');
    const onlyDescribes = says.every((s) => s !== null && s !== 'unsure');
    if (prose.size === 0) {
      // The table is the scope, unless it shows counts or statuses and nothing around it asks for them.
      if (describes && onlyDescribes && ![table.intro.words, table.outro, table.header].some(asksFor)) reading.shown.push(...named);
      continue;
    }
    if (addsToRequest(table)) continue;
    if (!requestHeading(table.intro, spans) && onlyDescribes && shownForContext(table)) {
      reading.shown.push(...fresh);
      continue;
    }
    const listed = [...new Set(fresh.map((n) => text.slice(n.start, n.end).trim()))].join(', ');
    reading.unsure.push({ names: fresh, question: `the table lists ${listed}, which the rest of the message does not ask for — should ${listed} be deleted too?` });
  }
  return reading;
}

/** Whether the words ask to delete something (and do not say not to). */
function asksFor(words: string): boolean {
  return DELETE_VERB.test(words) && !NEGATED.test(words);
}
const NEGATED = new RegExp(NEGATED_DELETION, 'iu');

/** "please delete the following for Northwind:", "delete these rows (below)": a sentence that asks for what the table lists. */
function introducesRequest(intro: string): boolean {
  return asksFor(intro) && (/[:：]$/.test(intro) || POINTS_TO_TABLE.test(intro));
}
const POINTS_TO_TABLE = new RegExp(`${L}(?:following|below|these|as follows|listed|folgende\\p{L}*|suivante?s?|siguientes?)${R}`, 'iu');

/**
 * "Same for:", "Other affected sources:", "here is the sign-off per source:", or a header with a column
 * that asks to delete ("| Source | Delete |"): the table adds its rows to the request the text made.
 * Read as context, these rows were dropped from a deletion reported complete.
 */
function addsToRequest(table: MailTable): boolean {
  if (introducesRequest(table.intro.words) || asksFor(table.header)) return true;
  const intro = table.intro.words;
  const pointsDown = /[:：]$/.test(intro) || POINTS_TO_TABLE.test(intro);
  return pointsDown && ADDED_ROWS.test(intro) && !CONTEXT_LABEL.test(intro) && !MEASURE_WORDS.test(intro);
}
const ADDED_ROWS = new RegExp(
  `${L}(?:same|also|too|as well|other|further|additional|sign(?:ed)?[\\s-]*offs?|approv\\p{L}*|confirm\\p{L}*|ebenfalls|auch|weitere\\p{L}*|aussi|autres?|tambi[ée]n|otr[oa]s)${R}`,
  'iu',
);

/**
 * Whether a table that only shows data is labelled as shown beside the request: "for context", "FYI",
 * "just so you know", or a heading or header that names what it measures ("Last sync dates:", "Error
 * rates per source:", "| Source | Day | Hits |") above counts, days or statuses. Any other table whose
 * sources differ from the text's is asked about, never dropped unasked.
 */
function shownForContext(table: MailTable): boolean {
  if ([table.intro.words, table.header, table.outro].some((w) => CONTEXT_LABEL.test(w))) return true;
  return [table.intro.words, table.header].some((w) => MEASURE_WORDS.test(w) && !asksFor(w));
}
const CONTEXT_LABEL = new RegExp(
  `${L}(?:for (?:your )?(?:context|reference|info(?:rmation)?)|fyi|just so you know|for comparison|background|zur (?:info\\p{L}*|kenntnis)|pour info\\p{L}*|para (?:referencia|contexto))${R}`,
  'iu',
);
const MEASURE_WORDS = new RegExp(
  `${L}(?:volumes?|counts?|hits|rates?|errors?|page ?views|views|traffic|sync\\p{L}*|health\\p{L}*|monitor\\p{L}*|dashboard|metrics?|stats|statistics|status page|release dates?|last seen|debugger|shows?|says)${R}`,
  'iu',
);

/**
 * "Sources and days:", "Affected data:", "## Days to delete": a heading made only of what a request's
 * table lists (names written in it aside). "Last sync dates:" and "Event volume data for context:" say
 * what else the table is.
 */
function requestHeading(intro: { words: string; start: number }, spans: [number, number][]): boolean {
  if (!/[:：]$/.test(intro.words) && !/^#/.test(intro.words)) return false;
  const words = [...intro.words.matchAll(/\p{L}+/gu)].filter((w) => {
    const at = intro.start + (w.index ?? 0);
    return !spans.some(([a, b]) => at >= a && at < b);
  });
  return words.length > 0 && words.every((w) => HEADING_WORD.test(w[0]));
}
const HEADING_WORD = new RegExp(
  `^(?:${REQUEST_TABLE_WORDS}|affected|impacted|scope|request|to|and|of|for|per|the|our|in|by|with|und|für|der|die|das|et|pour|les|des|de|y|para|los|las|del|la|le|el)$`,
  'iu',
);

/** A line of a table: "| Web | 2026-11-03 |" (not the "|---|" rule under its header) or "Web<TAB>2026-11-03". */
const PIPE_ROW = /^[^\S\n]*\|[^\n]*\|/;
const TAB_ROW = /^[^\S\n]*[^\s>][^\t\n]*\t\s*\S/;
const RULE_ROW = /^[^\S\n]*\|?[\s|:-]*-{3,}[\s|:-]*$/;

/** The tables of the text: runs of pipe rows or of tab rows, each with the sentences around it. */
function tablesIn(text: string): MailTable[] {
  const lines: { words: string; start: number }[] = [];
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    lines.push({ words: text.slice(at, end), start: at });
    at = end + 1;
  }
  const kindOf = (line: string): 'pipe' | 'tab' | null => (PIPE_ROW.test(line) ? 'pipe' : TAB_ROW.test(line) ? 'tab' : null);
  const tables: MailTable[] = [];
  for (let k = 0; k < lines.length; k++) {
    const kind = kindOf(lines[k].words);
    if (!kind) continue;
    let last = k;
    while (last + 1 < lines.length && kindOf(lines[last + 1].words) === kind) last++;
    const rows = lines.slice(k, last + 1).filter((l) => !RULE_ROW.test(l.words)).map((l) => rowOf(l, kind));
    const header = kind === 'pipe' ? lines.slice(k, last).find((l, i) => RULE_ROW.test(lines[k + i + 1].words)) : /\d/.test(lines[k].words) ? undefined : lines[k];
    tables.push({ rows, intro: sentenceAbove(lines, k), outro: sentenceBelow(lines, last), header: header?.words ?? '' });
    k = last;
  }
  return tables;
}

/** The first cell's place in the text and the words of the later cells. */
function rowOf(line: { words: string; start: number }, kind: 'pipe' | 'tab'): MailTable['rows'][number] {
  const open = kind === 'pipe' ? line.words.indexOf('|') + 1 : 0;
  const cells = line.words.slice(open).split(kind === 'pipe' ? '|' : /\t+/);
  const firstStart = line.start + open;
  const first: [number, number] = [firstStart, firstStart + cells[0].length];
  const later = cells.slice(1).map((c) => c.trim());
  if (kind === 'pipe' && later.length > 0 && later[later.length - 1] === '') later.pop();
  return { first, later };
}

/** The last sentence of the nearest non-blank line above line `k`. */
function sentenceAbove(lines: { words: string; start: number }[], k: number): { words: string; start: number } {
  let j = k - 1;
  while (j >= 0 && lines[j].words.trim() === '') j--;
  if (j < 0) return { words: '', start: 0 };
  const line = lines[j];
  const sentences = [...line.words.matchAll(/[^.!?]+(?:[.!?]+|$)/gu)].filter((s) => s[0].trim() !== '');
  const lastSentence = sentences[sentences.length - 1];
  if (!lastSentence) return { words: '', start: line.start };
  const lead = lastSentence[0].length - lastSentence[0].trimStart().length;
  return { words: lastSentence[0].trim(), start: line.start + (lastSentence.index ?? 0) + lead };
}

/** The first sentence of the nearest non-blank line below line `k`. */
function sentenceBelow(lines: { words: string; start: number }[], k: number): string {
  let j = k + 1;
  while (j < lines.length && lines[j].words.trim() === '') j++;
  return j < lines.length ? (/[^.!?]+[.!?]*/u.exec(lines[j].words)?.[0] ?? '').trim() : '';
}
