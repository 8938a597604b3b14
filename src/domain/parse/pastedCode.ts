/**
 * Code pasted under a request that gives its own days: "Please delete … for 5 and 6 July 2027. This is
 * the query we used:" above a fenced SQL block, or a JSON payload of one bad event. The query's bounds
 * (`received_at < '2027-07-07'` is an exclusive end) and the payload's timestamps show how the data was
 * found, not which days to delete, and a table name in them is no source. Such a block is blanked before
 * anything is read. A block is kept when the prose names no year of its own: "delete these partitions:"
 * above archive paths, or an incident timeline with "the window only", are the scope itself. Pure.
 */

/** SQL written as SQL is written (its keywords in capitals), or a JSON object. */
const CODE_LINE = /(?<![\p{L}_])(?:SELECT|WHERE|FROM|GROUP BY|ORDER BY|INSERT INTO|JOIN|HAVING)(?![\p{L}_])|^\s*[{[]\s*"|"\s*:\s*[{["\d]/u;
const FENCE = /^[ \t]*(?:```|~~~)/;
const INDENTED = /^(?: {4}|\t)\S/;
/** A year written in the prose: "2027-07-11", "5 and 6 July 2027". */
const YEAR = /(?<![\d.:])(?:19|20)\d\d(?![\d:])/;

export function withoutPastedCode(body: string): string {
  if (!body.includes('```') && !body.includes('~~~') && !/\n(?: {4}|\t)\S/.test(body)) return body;
  const lines = body.split('\n');
  const blank = new Array<boolean>(lines.length).fill(false);
  let fenced = false;
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i])) {
      // An unclosed fence runs to the end, as Markdown shows it.
      blank[i] = true;
      fenced = !fenced;
      any = true;
    } else if (fenced) blank[i] = true;
  }
  // Indented lines count only as code that looks like code: an indented list of paths or times is prose.
  for (let i = 0; i < lines.length; ) {
    if (blank[i] || !INDENTED.test(lines[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && !blank[end] && INDENTED.test(lines[end])) end++;
    if (lines.slice(i, end).some((line) => CODE_LINE.test(line))) {
      for (let k = i; k < end; k++) blank[k] = true;
      any = true;
    }
    i = end;
  }
  if (!any) return body;
  const out = lines.map((line, i) => (blank[i] ? ' '.repeat(line.length) : line));
  return YEAR.test(out.join('\n')) ? out.join('\n') : body;
}
