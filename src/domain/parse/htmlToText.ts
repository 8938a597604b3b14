/**
 * HTML mail → plain text, small and pure. Block elements become line breaks and the content of a
 * `<blockquote>` (how Gmail, Apple Mail and Thunderbird quote history in HTML) becomes `> ` lines, so
 * the plain-text reply stripper treats it as quoted history. We do not use mailparser's own
 * HTML→text here: it lives in the adapter and flattens blockquotes, losing the "this was quoted" signal.
 */
const DROP_WHOLE = /<(head|style|script|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'hr', 'pre', 'section', 'article', 'header', 'footer', 'dt', 'dd',
]);
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", eacute: 'é', egrave: 'è', agrave: 'à',
  uuml: 'ü', ouml: 'ö', auml: 'ä', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ',
  aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ecirc: 'ê', hellip: '…', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', copy: '©', reg: '®',
};
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

export function htmlToText(html: string): string {
  const source = html.replace(DROP_WHOLE, '');
  const lines: string[] = [];
  let line = '';
  let quoteDepth = 0;
  let lineDepth = 0;
  const flush = (): void => {
    const text = decodeEntities(line).replace(/[ \t\u00a0]+/g, ' ').trim();
    lines.push(lineDepth > 0 ? `${'>'.repeat(lineDepth)} ${text}` : text);
    line = '';
    lineDepth = quoteDepth;
  };
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    line += source.slice(last, m.index).replace(/\s+/g, ' ');
    last = m.index + m[0].length;
    const name = m[2].toLowerCase();
    if (!BLOCK.has(name)) continue;
    if (name === 'br' || line.trim() !== '') flush();
    if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth + (m[1] ? -1 : 1));
    lineDepth = Math.max(lineDepth, quoteDepth);
    if (line.trim() === '') lineDepth = quoteDepth;
  }
  line += source.slice(last).replace(/\s+/g, ' ');
  flush();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
