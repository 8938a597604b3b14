/**
 * Sources whose names the customer's words do not tell apart. Each of these once came out complete with
 * the wrong source:
 * - "our second iOS App", "the new one we launched in October, not the original", with "iOS App" and
 *   "iOS App 2" in the workspace: the base name is read, though the words point to its twin;
 * - "the data that our web server sent", with sources "Web" and "Server": one thing, written as one noun
 *   phrase, read as two sources.
 * Both are asked about; never settled by picking one. Pure.
 */
import type { Catalog } from '../catalog';
import { escapeRegExp } from './regexText';

/** Words that tell one of two same-named sources apart: an ordinal or new against old, said of the source or "one". */
const WHICH_OF_TWO = '(?:second|2nd|third|3rd|new|newer|newest|old|older|oldest|original|other)';

/** A twin's name that marks it as the older one: "iOS App (legacy)", "web-old", "Android Classic". */
const OLD_TWIN = /(?<![\p{L}\p{N}])(?:legacy|old|older|deprecated|classic|retired)(?![\p{L}\p{N}])/iu;

/**
 * The question to ask when a source read has a twin in its workspace ("iOS App" beside "iOS App 2") and the
 * mail says which of two is meant in words of its own ("our second iOS App", "the new one"); null when
 * nothing points away from the name read, or its slug is written ("the original one, booking-web").
 * An ordinal alone is no such word: "October 3rd" is a day.
 */
export function twinSourceQuestion(catalog: Catalog, workspace: string | null, sources: string[], text: string): string | null {
  const ws = catalog.workspaces.find((w) => w.slug === workspace);
  if (!ws) return null;
  for (const slug of sources) {
    const source = ws.sources.find((s) => s.slug === slug);
    if (!source || new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(slug)}(?![\\p{L}\\p{N}_-])`, 'iu').test(text)) continue;
    const base = source.name.toLowerCase();
    const twins = ws.sources.filter((t) => t.slug !== slug && (t.name.toLowerCase().startsWith(`${base} `) || t.slug.startsWith(`${slug}-`)));
    const hint = new RegExp(`(?<![\\p{L}\\p{N}])${WHICH_OF_TWO}\\s+(?:one|app|source|version|build|${escape(source.name)})(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    // "iOS App (the new one, not legacy)" beside "iOS App (legacy)": new against a twin named as the old one points to the name read.
    const agrees = hint !== null && /^new/i.test(hint[0]) && twins.every((t) => OLD_TWIN.test(`${t.name} ${t.slug}`)) && !pointsToOld(text, twins);
    if (twins.length > 0 && hint && !agrees) return `"${hint[0]}": ${slug} has a twin (${twins.map((t) => t.slug).join(', ')}) — which source is meant?`;
  }
  return null;
}

/** Words that say what kind of a thing a source is: a file format, a way in, how it runs. */
const KIND_OF_SOURCE = new Set(['csv', 'xml', 'json', 'excel', 'xlsx', 'file', 'files', 'sftp', 'ftp', 'api', 'batch', 'bulk', 'manual', 'automatic', 'automated', 'auto', 'scheduled', 'nightly', 'daily', 'weekly', 'hourly', 'scripted', 'partner']);

/** Words written in capitals for stress, not acronyms of a kind of source. */
const SHOUTED = /^(?:NOT|NO|ONLY|ALL|AND|OR|THE|DO|DONT|NEVER|JUST|BOTH|ANY|PLS|PLEASE|ASAP|FYI|URGENT|NB|PS|OK)$/u;

/**
 * "the CSV import source" with "Import" and "Import (manual)" in the workspace: the name read ("import")
 * has a twin that is the same name qualified, and the word written right before it says what kind of
 * source is meant — an acronym ("CSV", "SFTP") or a word of that kind ("manual", "nightly") — which the
 * name read does not. Either source may be the one meant; the question, or null.
 */
export function qualifiedTwinQuestion(catalog: Catalog, workspace: string | null, sources: string[], text: string): string | null {
  const ws = catalog.workspaces.find((w) => w.slug === workspace);
  if (!ws) return null;
  for (const slug of sources) {
    const source = ws.sources.find((s) => s.slug === slug);
    if (!source) continue;
    const base = source.name.toLowerCase();
    const twins = ws.sources.filter((t) => t.slug !== slug && new RegExp(`^${escape(base)}\\s*[(\\s]`, 'iu').test(t.name));
    if (twins.length === 0) continue;
    const own = new Set(`${source.name} ${ws.name} ${ws.slug}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const written = new RegExp(`(?<![\\p{L}\\p{N}_-])(\\p{L}[\\p{L}\\p{N}]*)[ \\t]+${escape(source.name)}(?![\\p{L}\\p{N}_(-]|\\s*\\()`, 'giu');
    for (const m of text.matchAll(written)) {
      const word = m[1];
      // "NOT App 2": the twin itself, written out, and a word shouted beside it.
      const twinWritten = twins.some((t) => text.slice(m.index + m[0].length - source.name.length).toLowerCase().startsWith(t.name.toLowerCase()));
      const kindOf = (/^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(word) && !SHOUTED.test(word)) || KIND_OF_SOURCE.has(word.toLowerCase());
      if (kindOf && !twinWritten && !own.has(word.toLowerCase())) return `"${m[0]}": ${slug} has a twin (${twins.map((t) => t.slug).join(', ')}) — which source is meant?`;
    }
  }
  return null;
}

/**
 * "our web server": two sources read from words written side by side as one noun phrase ("Web" and
 * "Server"), with no "and" or comma between them. The question, or null.
 */
export function oneNounTwoSourcesQuestion(sourceWords: Map<string, string>, text: string): string | null {
  // Only names of one word each ("Web", "Server"), side by side on one line: "E-commerce IT\nE-commerce FR"
  // is a list.
  const written = [...sourceWords.entries()].filter(([, w]) => !/\s/.test(w.trim()));
  for (const [a, first] of written) {
    for (const [b, second] of written) {
      if (a === b) continue;
      const together = new RegExp(`(?<![\\p{L}\\p{N}])${escape(first)}[ \\t]+${escape(second)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
      if (together) return `"${together[0]}" reads as one thing, yet names two sources (${a} and ${b}) — which source is meant?`;
    }
  }
  return null;
}
/**
 * "Not the new one — the legacy one.": besides "new", the mail says not new, or names the old one in a
 * word not denied right before it ("not legacy" is denied). Then "new one" settles nothing.
 */
function pointsToOld(text: string, twins: { name: string }[]): boolean {
  let rest = text;
  for (const t of twins) rest = rest.replace(new RegExp(escape(t.name), 'giu'), ' ');
  if (/(?<![\p{L}])not\s+(?:the\s+)?new(?![\p{L}])/iu.test(rest)) return true;
  const old = new RegExp(OLD_TWIN.source, 'giu');
  for (let m = old.exec(rest); m; m = old.exec(rest)) {
    if (!/(?<![\p{L}])(?:not|no)\s+(?:the\s+)?$/iu.test(rest.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}
function escape(words: string): string {
  return escapeRegExp(words).replace(/\s+/g, '\\s+');
}
