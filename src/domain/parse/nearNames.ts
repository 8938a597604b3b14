/**
 * Names written nearly as the catalog writes them: run together ("PACIFICTILES" for Pacific Tiles), or
 * one letter off ("Andriod App"). The first is the name; the second is only proposed in a question.
 */
import { lowerCased, words, type CatalogTerm, type EntityType, type ParserCatalog } from './catalogIndex';

interface Span {
  start: number;
  end: number;
}
interface Token extends Span {
  word: string;
}

/**
 * "PACIFICTILES", "PosSync": a name of several words written as one, in capitals or with its capitals
 * inside — the same letters as Pacific Tiles and POS Sync, only the spaces gone. A word in lower case
 * ("website" for a source "Web Site") needs a cue like any weak name.
 */
export function joinedNameTerms(index: ParserCatalog, raw: string): CatalogTerm[] | undefined {
  let joined = JOINED_NAMES.get(index);
  if (!joined) {
    joined = new Map();
    for (const [key, terms] of index.terms) {
      const full = terms.filter((t) => t.strong && key.includes(' ') && !/\d/.test(key));
      if (full.length === 0) continue;
      const form = key.replace(/ /g, '');
      if (form.length >= 6 && !index.terms.has(form)) joined.set(form, [...(joined.get(form) ?? []), ...full]);
    }
    JOINED_NAMES.set(index, joined);
  }
  const terms = joined.get(lowerCased(raw));
  if (!terms) return undefined;
  const strong = /\p{Lu}/u.test(raw) && raw !== raw.toLowerCase();
  return [...new Set(terms)].map((t) => ({ ...t, strong }));
}
const JOINED_NAMES = new WeakMap<ParserCatalog, Map<string, CatalogTerm[]>>();

/**
 * "a Paprikában", "Paprikából", "Nordlysissa": a workspace's one-word name with a Hungarian or Finnish case
 * ending (Hungarian lengthens a final a or e before it: Paprika → Paprikában). Only written with its
 * capital, as a name is; "paprikás" in lower case is the dish. The name is read; the ending says where.
 */
export function inflectedNameTerms(index: ParserCatalog, raw: string): CatalogTerm[] | undefined {
  if (!/^\p{Lu}\p{Ll}/u.test(raw)) return undefined;
  const lower = lowerCased(raw);
  for (const form of baseForms(lower)) {
    const terms = (index.terms.get(form) ?? []).filter((t) => t.type === 'workspace' && t.strong && !form.includes(' '));
    if (terms.length > 0) return terms;
  }
  return undefined;
}

/**
 * "the imports in growth" for the source Import: an English plural of a source's one-word name, read as
 * that source. Not where the word is a name itself, or where another source of the workspace starts with
 * the same word ("Import" beside "Import 2"): the plural may mean both, and the singular is asked about.
 * Nor right after a source's name ("the Server API imports", "Website events") or a day ("the 2027-05-03
 * imports"): there the plural is what that source or day holds, not another source. `before` is the text
 * of the line before the word.
 */
export function pluralSourceTerms(index: ParserCatalog, raw: string, before = ''): CatalogTerm[] | undefined {
  const lower = lowerCased(raw);
  const stem = /^(\p{L}{3,}?)(?:es|s)$/u.exec(lower);
  if (!stem || index.terms.has(lower) || afterSourceName(index, before)) return undefined;
  for (const form of [`${stem[1]}`, `${stem[1]}e`, lower.slice(0, -1)]) {
    const named = (t: CatalogTerm): boolean => t.workspace.sources.some((x) => x.slug === t.canonical && (lowerCased(x.name) === form || x.slug === form));
    const terms = (index.terms.get(form) ?? []).filter((t) => t.type === 'source' && named(t));
    const alone = terms.every((t) => t.workspace.sources.filter((x) => words(x.name)[0] === form).length === 1);
    if (terms.length > 0 && alone) return terms;
  }
  return undefined;
}

/** Whether `before` ends, after a space, in a source's name as the catalog knows it ("Server API ", "Website ") or in a number of a day. */
function afterSourceName(index: ParserCatalog, before: string): boolean {
  if (!/\S[ \t]+$/u.test(before)) return false;
  if (/\d[ \t]+$/.test(before)) return true;
  const last = words(before).slice(-index.maxWords);
  return last.some((_, k) => (index.terms.get(last.slice(k).join(' ')) ?? []).some((t) => t.type === 'source'));
}

/**
 * The forms a case ending may have been added to: Hungarian and Finnish add it to the name; Russian
 * changes a final а or я ("в Лавке", "источников Лавки", "Лавку" for Лавка) or adds one to a consonant.
 */
function baseForms(lower: string): string[] {
  const forms: string[] = [];
  for (const ending of CASE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 4) continue;
    const stem = lower.slice(0, -ending.length);
    forms.push(stem, stem.replace(/á$/u, 'a').replace(/é$/u, 'e'));
  }
  const russian = /^(\p{Script=Cyrillic}{3,}?)(ой|ою|ей|ом|ем|и|ы|е|у|ю|а|я)$/u.exec(lower);
  if (russian) forms.push(`${russian[1]}а`, `${russian[1]}я`, russian[1]);
  return forms;
}
const CASE_ENDINGS = ['ban', 'ben', 'ból', 'ből', 'ról', 'ről', 'nak', 'nek', 'tól', 'től', 'hoz', 'hez', 'höz', 'nál', 'nél', 'val', 'vel', 'ba', 'be', 'ra', 're', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle'];

/** A run of words one letter from a catalog name, and the kind of name it nearly is. */
export interface MistypedName extends Span {
  type: EntityType;
}

/**
 * "Andriod App", "Nortwind Retail": one letter from a name we know (left out, swapped, changed). It is
 * most likely that name, but a guess is no scope: the name is proposed in a question and nothing is
 * resolved from it. Plurals ("Android Apps"), numbers ("iOS App 3") and names we know are left alone.
 */
export function mistypedNames(text: string, tokens: Token[], written: Span[], index: ParserCatalog, ambiguities: string[]): MistypedName[] {
  const flagged: MistypedName[] = [];
  const seen = new Set<string>();
  const { known, byShape } = identifiersOf(index);
  for (let i = 0; i < tokens.length && seen.size < 4000; i++) {
    for (let n = 1; n <= index.maxWords && i + n <= tokens.length; n++) {
      const run = tokens.slice(i, i + n);
      if (run.some((t, k) => k > 0 && !/^[ \t]+$/.test(text.slice(run[k - 1].end, t.start))) || run.some((t) => /\d/.test(t.word))) break;
      // One word alone ("Kassan", "clients" for Clientes) is too often a word of the language.
      if (n < 2) continue;
      const [start, end] = [run[0].start, run[n - 1].end];
      // Inside a name we read, or the whole of one: no typo.
      if (written.some((m) => (m.start <= start && m.end >= end) || (m.start < end && m.end > end) || (m.start < start && m.end > start))) continue;
      const form = run.map((t) => t.word).join('-');
      if (form.length < 6 || seen.has(form) || known.has(form) || index.terms.has(form.replace(/-/g, ' '))) continue;
      seen.add(form);
      const close = nearIdentifiers(byShape, run.map((t) => t.word), form.length);
      if (close.length === 0) continue;
      // "is it android-app?": the slug the customer would confirm, once, however many workspaces have it.
      const names = [...new Set(close.map((id) => id.canonical))];
      ambiguities.push(`"${text.slice(start, end)}" is not a known ${close[0].type} — is it ${names.join(' or ')}?`);
      flagged.push({ type: close[0].type, start, end });
    }
  }
  return [...flagged, ...splitNames(text, tokens, written, index, ambiguities)];
}

/**
 * "the shop if I store data" for Shopify Store: autocorrect broke a name into more words than it has,
 * one letter off once the spaces are gone ("shopifistore"). It is most likely that name, but a guess is
 * no scope: it is proposed in a question, as a name one letter off is. Only a run of more words than the
 * name that breaks one of its words, at least eight letters long, with the name's first and last letters:
 * shorter runs of common words ("web shop" for Webshop) and a name with a word after it are not read.
 */
function splitNames(text: string, tokens: Token[], written: Span[], index: ParserCatalog, ambiguities: string[]): MistypedName[] {
  const byLength = joinedIdentifiersOf(index);
  const flagged: MistypedName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    for (let n = 1; n <= index.maxWords + 3 && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      if ((n > 1 && !/^[ \t]+$/.test(text.slice(tokens[i + n - 2].end, t.start))) || !/^\p{L}+$/u.test(t.word)) break;
      joined += t.word;
      const [start, end] = [tokens[i].start, t.end];
      if (n < 3 || joined.length < 8 || written.some((m) => m.start < end && m.end > start)) continue;
      const close = [joined.length - 1, joined.length, joined.length + 1].flatMap((l) => byLength.get(l) ?? [])
        .filter(({ id, letters }) => id.form.split('-').length < n && nameWordBroken(id.form, tokens.slice(i, i + n)) && letters[0] === joined[0] && letters.at(-1) === joined.at(-1) && editDistance(joined, letters, 1) === 1)
        .map(({ id }) => id);
      if (close.length === 0) continue;
      ambiguities.push(`"${text.slice(start, end)}" is not a known ${close[0].type} — is it ${[...new Set(close.map((id) => id.canonical))].join(' or ')}?`);
      flagged.push({ type: close[0].type, start, end });
    }
  }
  return flagged;
}

/** Whether a word of the name is broken in the run ("shop if" for Shopify): "Kawa Polska a" is the whole name and a word after it. */
function nameWordBroken(form: string, run: Token[]): boolean {
  const written = new Set(run.map((t) => t.word));
  return form.split('-').some((w) => !written.has(w));
}

/** The catalog's identifiers by the number of their letters once the hyphens are gone ("shopifystore": 12). */
function joinedIdentifiersOf(index: ParserCatalog): Map<number, { id: Identifier; letters: string }[]> {
  let joined = JOINED_IDENTIFIERS.get(index);
  if (!joined) {
    joined = new Map();
    for (const id of index.identifiers) {
      const letters = id.form.replace(/-/g, '');
      if (!/^\p{L}+$/u.test(letters)) continue;
      joined.set(letters.length, [...(joined.get(letters.length) ?? []), { id, letters }]);
    }
    JOINED_IDENTIFIERS.set(index, joined);
  }
  return joined;
}
const JOINED_IDENTIFIERS = new WeakMap<ParserCatalog, Map<number, { id: Identifier; letters: string }[]>>();

type Identifier = ParserCatalog['identifiers'][number];
/** A catalog's identifiers by word count and length, each with its place in the catalog's order. */
interface IdentifierShapes {
  known: Set<string>;
  byShape: Map<string, { at: number; id: Identifier; words: string[] }[]>;
}
/**
 * Built once per catalog, not once per message: trying every identifier against every run of words
 * was most of what looking for near-misses cost. Only a name of as many words and within one letter
 * of the run's length can be one letter off.
 */
function identifiersOf(index: ParserCatalog): IdentifierShapes {
  let shapes = IDENTIFIER_SHAPES.get(index);
  if (!shapes) {
    shapes = { known: new Set(index.identifiers.map((id) => id.form)), byShape: new Map() };
    for (const [at, id] of index.identifiers.entries()) {
      const words = id.form.split('-');
      const key = `${words.length}:${id.form.length}`;
      shapes.byShape.set(key, [...(shapes.byShape.get(key) ?? []), { at, id, words }]);
    }
    IDENTIFIER_SHAPES.set(index, shapes);
  }
  return shapes;
}
const IDENTIFIER_SHAPES = new WeakMap<ParserCatalog, IdentifierShapes>();

/** The identifiers one letter off the words, or autocorrected in one of them (joined with hyphens, `length` long), in the catalog's order. */
function nearIdentifiers(byShape: IdentifierShapes['byShape'], words: string[], length: number): Identifier[] {
  const close: { at: number; id: Identifier }[] = [];
  // Three letters either way: an autocorrected word of a longer name ("Hygiene Design") differs by as many.
  for (let l = length - 3; l <= length + 3; l++) {
    for (const entry of byShape.get(`${words.length}:${l}`) ?? []) if (oneWordMistyped(words, entry.words)) close.push(entry);
  }
  return close.sort((a, b) => a.at - b.at).map((entry) => entry.id);
}

/**
 * Whether the words are the name's but one, and that one is the name's word with one letter left out,
 * added, changed or swapped inside it ("andriod", "nortwind", "harbr"). A word whose first or last letter
 * differs is an inflection or another word ("Kassan", "Median", "TV" for "CTV"), a letter that differs
 * only by its accent the same name ("Atlântico").
 */
function oneWordMistyped(written: string[], name: string[]): boolean {
  if (written.length !== name.length) return false;
  const differ = written.map((w, k) => [w, name[k]] as const).filter(([w, n]) => w !== n);
  if (differ.length !== 1) return false;
  const [w, n] = differ[0];
  const plain = (x: string): string => x.normalize('NFD').replace(/\p{M}+/gu, '');
  if (w[0] !== n[0] || w[w.length - 1] !== n[n.length - 1] || plain(w) === plain(n)) return false;
  if (w.length >= 5 && n.length >= 5 && editDistance(w, n, 1) === 1) return true;
  return written.length > 1 && autocorrected(w, n);
}

/**
 * A phone's autocorrect inside a name of several words, the others written as they are: a short word one
 * letter off ("acne inc" for Acme Inc), or a dictionary word put for a name's word that begins with the
 * same three letters ("Hygiene Design" for Hygge Design).
 */
function autocorrected(w: string, n: string): boolean {
  if (w.length === 4 && n.length === 4) return editDistance(w, n, 1) === 1;
  return w.length >= 5 && n.length >= 5 && w.slice(0, 3) === n.slice(0, 3) && editDistance(w, n, 3) <= 3;
}

/** Optimal string alignment distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * "the android app better data" in a workspace with Android App and Android App Beta: the word after a
 * source's name begins as the next word of a longer name of the workspace (its first three letters) but
 * is not it — autocorrect's or dictation's "better" for "beta". Read as the short name, the beta's days
 * would stay and the customer would not know; the longer names it may be are returned to be asked.
 * A word of the longer name itself was read as that name already; other words ("duplicate", "test")
 * describe the data.
 */
export function misheardLongerNames(text: string, tokens: Token[], written: Span, name: string, names: readonly string[]): { written: string; longer: string[] } | null {
  const nameEnd = written.end;
  const k = tokens.findIndex((t) => t.end === nameEnd);
  const [next, after] = [tokens[k + 1], tokens[k + 2]];
  if (k < 0 || !next || !after || !/^[ \t]{1,2}$/.test(text.slice(nameEnd, next.start)) || !MISHEARD_BEFORE.test(after.word)) return null;
  const own = lowerCased(name).split(/\s+/);
  const longer = names.filter((other) => {
    const rest = lowerCased(other).split(/\s+/);
    const word = rest[own.length];
    if (rest.length <= own.length || own.some((w, i) => rest[i] !== w) || !word) return false;
    return word.length >= 3 && next.word.length >= 3 && next.word !== word && next.word.slice(0, 3) === word.slice(0, 3);
  });
  return longer.length > 0 ? { written: text.slice(written.start, next.end), longer } : null;
}
/** The data words a misheard word stands before ("better data", "better events"). */
const MISHEARD_BEFORE = /^(?:data|events?|daten|datos|données|dati|dados|gegevens|source)$/u;
