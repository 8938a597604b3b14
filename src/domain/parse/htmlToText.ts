/**
 * HTML mail → plain text, small and pure. Block elements become line breaks and the content of a
 * `<blockquote>` (how Gmail, Apple Mail and Thunderbird quote history in HTML) becomes `> ` lines, so
 * the plain-text reply stripper treats it as quoted history. We do not use mailparser's own
 * HTML→text here: it lives in the adapter and flattens blockquotes, losing the "this was quoted" signal.
 */
import { allMatches } from './allMatches';

const DROP_WHOLE = /<(head|style|script|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<![a-z][^>]*>|<\?[^>]*>/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'hr', 'pre', 'section', 'article', 'header', 'footer', 'dt', 'dd',
]);
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", eacute: 'é', egrave: 'è', agrave: 'à',
  uuml: 'ü', ouml: 'ö', auml: 'ä', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ',
  aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ecirc: 'ê', hellip: '…', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', copy: '©', reg: '®', middot: '·', bull: '•', laquo: '«', raquo: '»',
  bdquo: '„', sbquo: '‚', trade: '™', euro: '€', pound: '£', deg: '°', times: '×', shy: '', zwnj: '', zwj: '', thinsp: ' ', ensp: ' ', emsp: ' ',
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

/**
 * Text a person does not see is not read: preheaders and tracking text hidden with `display:none`,
 * `visibility:hidden`, `mso-hide:all`, a zero font size, zero opacity, the `hidden` attribute, or text
 * coloured like its background, inline or by a class a `<style>` block hides. A hidden "delete March
 * 10" once set the scope of a request. Struck-through words are taken back by their writer: not read.
 */
const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:!important)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|max-height\s*:\s*0(?:px)?\s*(?:;|$)|(?:height|width)\s*:\s*0(?:px)?\s*;[^"']*overflow\s*:\s*hidden)/i;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);
const ATTR = (name: string): RegExp => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
const STYLE_ATTR = ATTR('style');
const BGCOLOR_ATTR = ATTR('bgcolor');
const COLOR_ATTR = ATTR('color');

function attr(tag: string, re: RegExp): string | null {
  const m = re.exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** A CSS colour in one comparable form (#rrggbb), or null when we cannot tell. */
function normaliseColor(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase().replace(/\s*!important$/, '');
  const names: Record<string, string> = { white: '#ffffff', black: '#000000', transparent: 'transparent' };
  if (names[v]) return names[v];
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m) return `#${m[1].split('').map((c) => c + c).join('')}`;
  m = /^#([0-9a-f]{6})$/.exec(v);
  if (m) return `#${m[1]}`;
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(v);
  if (m) return `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  return null;
}

function styleValue(style: string, prop: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return m ? m[1] : null;
}

interface Open {
  name: string;
  hidden: boolean;
  /** Struck through (`<s>`, `<del>`, `text-decoration: line-through`): the writer took those words back. */
  struck: boolean;
  background: string | null;
}

const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const CLASS_ATTR = ATTR('class');
const STRUCK_TAGS = new Set(['s', 'strike', 'del']);
const LINE_THROUGH = /(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*line-through/i;

/**
 * Classes a `<style>` block hides (`.hide{display:none}`, `div.preheader{mso-hide:all}`), read at the
 * top level only: a rule inside `@media` hides its text on some screens and shows it on others.
 */
function hiddenClasses(html: string): Set<string> {
  const found = new Set<string>();
  for (const block of allMatches(STYLE_BLOCK, html)) {
    let depth = 0;
    let selector = '';
    let body = '';
    let atRule = false;
    for (const ch of block[1].replace(/\/\*[\s\S]*?\*\//g, '')) {
      if (ch === '{') {
        depth += 1;
        if (depth === 1) atRule = selector.trim().startsWith('@');
        continue;
      }
      if (ch === '}') {
        depth = Math.max(0, depth - 1);
        if (depth === 0) {
          if (!atRule && HIDDEN_STYLE.test(body.trim().replace(/\s*!important/gi, ''))) {
            for (const one of selector.split(',')) {
              const m = /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(one);
              if (m) found.add(m[1].toLowerCase());
            }
          }
          selector = '';
          body = '';
        }
        continue;
      }
      if (depth === 0) selector += ch;
      else if (depth === 1 && !atRule) body += ch;
    }
  }
  return found;
}

export function htmlToText(html: string): string {
  return readHtml(html).visible;
}

/** The text of an HTML part a person does not see (decoys, preheaders): a scope there is asked about. */
export function hiddenHtmlText(html: string): string {
  return readHtml(html).hidden;
}

function readHtml(html: string): { visible: string; hidden: string } {
  const classesHidden = hiddenClasses(html);
  const source = html.replace(DROP_WHOLE, '');
  let hiddenText = '';
  const lines: string[] = [];
  let line = '';
  let quoteDepth = 0;
  let lineDepth = 0;
  const stack: Open[] = [];
  const hidden = (): boolean => stack.some((o) => o.hidden);
  const struck = (): boolean => stack.some((o) => o.struck);
  const background = (): string => [...stack].reverse().find((o) => o.background)?.background ?? '#ffffff';
  const flush = (): void => {
    const text = decodeEntities(line).replace(/[ \u00a0]+/g, ' ').replace(/ ?\t[ \t]*/g, '\t').trim();
    lines.push(lineDepth > 0 ? `${'>'.repeat(lineDepth)} ${text}` : text);
    line = '';
    lineDepth = quoteDepth;
  };
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    if (!hidden()) line += struck() ? ' ' : visibleRun(source.slice(last, m.index));
    else hiddenText += ` ${decodeEntities(source.slice(last, m.index))}`;
    last = m.index + m[0].length;
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (!closing && !VOID.has(name) && !m[0].endsWith('/>')) {
      const style = attr(m[0], STYLE_ATTR) ?? '';
      const bg = normaliseColor(styleValue(style, 'background-color') ?? styleValue(style, 'background') ?? attr(m[0], BGCOLOR_ATTR));
      const color = normaliseColor(styleValue(style, 'color') ?? attr(m[0], COLOR_ATTR));
      const ownBackground = bg && bg !== 'transparent' ? bg : null;
      const sameAsBackground = color !== null && color === (ownBackground ?? background());
      const classHidden = (attr(m[0], CLASS_ATTR) ?? '').toLowerCase().split(/\s+/).some((c) => classesHidden.has(c));
      const isHidden = HIDDEN_STYLE.test(style) || classHidden || /\shidden(?:\s|=|>|\/)/i.test(m[0]) || /\saria-hidden\s*=\s*["']?true/i.test(m[0]) || sameAsBackground;
      stack.push({ name, hidden: isHidden, struck: STRUCK_TAGS.has(name) || LINE_THROUGH.test(style), background: ownBackground });
    } else if (closing) {
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
    }
    // Table cells side by side are read apart: "<td>Workspace</td><td>acme-inc</td>" is "Workspace: acme-inc".
    if ((name === 'td' || name === 'th') && !closing && !hidden() && line.trim() !== '') line = `${line.trimEnd()}: `;
    if (!BLOCK.has(name) || hidden()) continue;
    if (name === 'br' || line.trim() !== '') flush();
    if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
    lineDepth = Math.max(lineDepth, quoteDepth);
    if (line.trim() === '') lineDepth = quoteDepth;
  }
  if (!hidden() && !struck()) line += visibleRun(source.slice(last));
  flush();
  return { visible: lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), hidden: hiddenText.replace(/\s+/g, ' ').trim() };
}

/**
 * Text between tags as one line: whitespace runs are one space, but a tab within a line stays a tab
 * ("web\t2026-11-02\t1,204,455" pasted from a spreadsheet keeps its columns, as the plain part does).
 */
function visibleRun(text: string): string {
  return text.replace(/\s+/g, (w) => (w.includes('\t') && !/[\r\n]/.test(w) ? '\t' : ' '));
}
