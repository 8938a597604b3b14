/**
 * The catalog as the parser needs it: every way a workspace, source or space may be written, keyed by
 * its word sequence, built once and reused for every message.
 *
 * Matching rule (what prevents false positives from casual English): text and catalog terms are
 * compared as sequences of lower-cased words, so "ios-app", "ios_app", "iOS App" and "ios app" are the
 * same term. A term is *strong* when it is an id, has several words ("server api", "acme inc"), or is
 * a single word that is not a common English word ("android", "globex"). A *weak* term (a single common
 * word like "web", "server", "marketing", or a name shortened by dropping a generic word, "default" for
 * "Default Space") only counts when it is clearly used as a reference: written in quotes or backticks,
 * preceded by a cue ("source web", "the web source", "space Marketing", "workspace x"), or followed by
 * "source"/"space"/"data"/"events". "our web team" therefore names no source; "the web source" does.
 */
import type { Catalog, CatalogWorkspace } from '../catalog';
import { editDistance } from './nearNames';

export type EntityType = 'workspace' | 'source' | 'space';

export interface CatalogTerm {
  type: EntityType;
  workspace: CatalogWorkspace;
  /** Canonical value: workspace slug, source slug or space name. */
  canonical: string;
  strong: boolean;
}

export interface ParserCatalog {
  readonly catalog: Catalog;
  /** Word sequence joined by single spaces → every entity it may name. */
  readonly terms: Map<string, CatalogTerm[]>;
  readonly maxWords: number;
  /** Hyphenated identifiers (slugs, ids, hyphenated names) for near-miss suggestions. */
  readonly identifiers: { form: string; type: EntityType; canonical: string; workspace: string }[];
  /**
   * The words of names written in Chinese, Japanese or Korean, longest first: those scripts write a name
   * straight after the verb ("請刪除港訊電訊的資料"), so a run of them may hold one (see `splitAtNames`).
   */
  readonly cjkWords: string[];
}

/** Words that begin names and sentences alike: never a name's short form on their own. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'van', 'von', 'de', 'der', 'die', 'das', 'den', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'da', 'di', 'du', 'des', 'het', 'ten', 'ter', 'al', 'o', 'os']);

const COMMON = new Set(
  ('web website site server servers api app apps application mobile data default marketing sales support ' +
    'production prod staging stage test tests testing dev development main primary backend frontend analytics ' +
    'events event tracking email emails home general legacy old new team archive space spaces source sources ' +
    'workspace the and our my all inc llc ltd gmbh corp co company group labs cloud shop store ' +
    'desktop client clients users user account accounts product products core platform ' +
    // Seasons, words of dates in prose: "since we launched this spring".
    'spring summer autumn fall winter').split(/\s+/),
);
// Company forms customers drop from their own name: "Pão Quente" for "Pão Quente Lda", "Pohjoinen Sähkö" for "… Oy".
const GENERIC_SUFFIX = new Set(['app', 'api', 'source', 'sdk', 'space', 'inc', 'llc', 'ltd', 'gmbh', 'corp', 'co', 'sa', 'sas', 'ag', 'bv', 'plc', 'corporation', 'company',
  'lda', 'ltda', 'oy', 'oyj', 'ab', 'srl', 'kft', 'zrt', 'sro', 'spa', 'bhd', 'pte', 'pvt', 'sarl', 'nv', 'ae', 'ike', 'eood', 'ood', 'doo']);

/**
 * A word: letters and digits of one kind of script. Chinese, Japanese and Korean write names straight
 * next to their own words ("iOS App数据", "acme-incのデータ"), so a run of those scripts is a word of its own.
 */
export const WORD = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu;

export function words(text: string): string[] {
  return lowerCased(text).match(WORD) ?? [];
}

/** Lower case as a reader sees it: "İstanbul" is "istanbul" (JavaScript writes "i" with a combining dot). */
export function lowerCased(text: string): string {
  return text.toLowerCase().replace(/i\u0307/g, 'i');
}

export function indexCatalog(catalog: Catalog): ParserCatalog {
  const terms = new Map<string, CatalogTerm[]>();
  const identifiers: ParserCatalog['identifiers'] = [];
  let maxWords = 1;
  const exact = new Set<CatalogTerm>();
  const add = (raw: string, type: EntityType, workspace: CatalogWorkspace, canonical: string, kind: 'id' | 'full' | 'short'): void => {
    const ws = words(raw);
    if (ws.length === 0) return;
    const key = ws.join(' ');
    // A shortened source or space name ("ios" for "iOS App") is always weak: "the web and iOS numbers
    // are fine" must not name the iOS App source. A shortened workspace name ("Acme") stays strong.
    const strong =
      kind === 'id' ||
      (kind === 'full' && (ws.length > 1 || !COMMON.has(key))) ||
      (kind === 'short' && type === 'workspace' && !ws.every((w) => COMMON.has(w)) && key.length >= 3);
    const list = terms.get(key) ?? [];
    let term = list.find((t) => t.type === type && t.workspace === workspace && t.canonical === canonical);
    if (term) term.strong ||= strong;
    else list.push((term = { type, workspace, canonical, strong }));
    if (kind !== 'short') exact.add(term);
    terms.set(key, list);
    maxWords = Math.max(maxWords, ws.length);
    if (kind !== 'short' && key.length >= 5) identifiers.push({ form: ws.join('-'), type, canonical, workspace: workspace.slug });
  };
  const addNamed = (type: EntityType, w: CatalogWorkspace, canonical: string, values: string[]): void => {
    for (const v of values.flatMap(withAndWritten).flatMap(withAccentsDropped)) {
      add(v, type, w, canonical, 'full');
      // "Web v1" written "Web 1": a version without its "v".
      // Not beside a source of the bare name ("Citas 2" with Citas and Citas v2): the number may be a
      // version, a day or a slip; read as an unknown name, which source is meant is asked.
      if (type === 'source' && /\sv\d+$/i.test(v) && !w.sources.some((s) => lowerCased(s.name) === lowerCased(v.replace(/\sv\d+$/i, '')))) add(v.replace(/\sv(\d+)$/i, ' $1'), type, w, canonical, 'full');
      const ws = words(v);
      if (ws.length > 1 && GENERIC_SUFFIX.has(ws[ws.length - 1])) add(ws.slice(0, -1).join(' '), type, w, canonical, 'short');
    }
  };
  for (const w of catalog.workspaces) {
    add(w.id, 'workspace', w, w.slug, 'id');
    addNamed('workspace', w, w.slug, [w.slug, w.name, ...scriptParts(w.name)]);
    for (const short of shortNames(w)) add(short, 'workspace', w, w.slug, 'short');
    for (const s of w.sources) {
      add(s.id, 'source', w, s.slug, 'id');
      addNamed('source', w, s.slug, [s.slug, s.name]);
    }
    for (const sp of w.spaces) {
      add(sp.id, 'space', w, sp.name, 'id');
      addNamed('space', w, sp.name, [sp.name]);
    }
  }
  for (const w of catalog.workspaces) addVersionlessForms(w, (raw, s) => add(raw, 'source', w, s, 'short'));
  addSharedShortForms(catalog, terms);
  addSharedWorkspaceShortForms(catalog, terms, exact);
  exactWorkspaceNamesWin(terms, exact);
  const cjkWords = [...new Set([...terms.keys()].flatMap((key) => key.split(' ')).filter((w) => CJK_RUN.test(w) && [...w].length >= 2))];
  return { catalog, terms, maxWords, identifiers, cjkWords: cjkWords.sort((a, b) => b.length - a.length) };
}

const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;

/**
 * A run of Chinese, Japanese or Korean split where a name's word lies inside it: "請刪除港訊電訊" is
 * "請刪除" and "港訊電訊". Offsets are into the run; a run that is a name's word, or holds none, stays whole.
 */
export function splitAtNames(run: string, cjkWords: readonly string[]): { word: string; at: number }[] {
  if (cjkWords.length === 0 || !CJK_RUN.test(run) || cjkWords.includes(run)) return [{ word: run, at: 0 }];
  for (const name of cjkWords) {
    const at = run.indexOf(name);
    if (at < 0) continue;
    const before = at > 0 ? splitAtNames(run.slice(0, at), cjkWords) : [];
    const after = splitAtNames(run.slice(at + name.length), cjkWords).map((p) => ({ word: p.word, at: p.at + at + name.length }));
    return [...before, { word: name, at }, ...after].filter((p) => p.word.length > 0);
  }
  return [{ word: run, at: 0 }];
}

/**
 * "the Acme workspace": the first word of a workspace's name or slug names it too — and names every
 * workspace it starts, so with Acme Inc and Acme IO in the catalog "Acme" is a question, not a pick.
 * "Sari-Sari" of "Sari-Sari Online": a first word written with a hyphen is one word of the name (not
 * "E-Commerce" or "Co-op": a piece of one or two letters is a prefix of a common word, no name).
 * "Van Dijk & Zonen": "van" (from) in "van 3 t/m 5 november" names nothing.
 */
/**
 * "Jade Tea House 翠玉茶館": a name written in two scripts is the same name twice, and customers write
 * either half alone ("請刪除翠玉茶館上週三的資料"). Each half of a name so written is a name of its own.
 */
function scriptParts(name: string): string[] {
  const latin = name.match(/[\p{Script=Latin}\d][\p{Script=Latin}\d\s&'’.-]*[\p{Script=Latin}\d]/gu) ?? [];
  const other = name.match(/[^\P{L}\p{Script=Latin}]+(?:\s+[^\P{L}\p{Script=Latin}]+)*/gu) ?? [];
  if (latin.length !== 1 || other.length !== 1 || [...other[0]].length < 2) return [];
  return [latin[0].trim(), other[0].trim()];
}

function shortNames(w: CatalogWorkspace): string[] {
  const out: string[] = [];
  for (const v of [w.name, w.slug]) {
    const first = words(v);
    if (first.length > 1 && !FUNCTION_WORDS.has(first[0])) out.push(first[0]);
    const hyphened = v.split(/\s+/)[0];
    const pieces = words(hyphened);
    if (/[-‐]/.test(hyphened) && pieces.length > 1 && pieces.length < first.length && pieces.every((p) => p.length >= 3)) out.push(hyphened);
  }
  return out;
}

/**
 * "Orbit" with Orbit and Orbit EU in the catalog: a workspace's whole name (or slug, or id) names that
 * workspace alone, not also every workspace whose name it starts. "Acme" with Acme Inc and Acme IO, a
 * whole name of neither, still names both. Nor does it name a source shortened to it: "(northwind-saas)"
 * is the workspace Northwind SaaS, not also its source "Northwind SaaS API".
 */
function exactWorkspaceNamesWin(terms: Map<string, CatalogTerm[]>, exact: Set<CatalogTerm>): void {
  for (const [key, list] of terms) {
    if (!list.some((t) => t.type === 'workspace' && exact.has(t))) continue;
    terms.set(key, list.filter((t) => exact.has(t)));
  }
}

/**
 * "Café Crème" is typed "Cafe Creme" on a keyboard without accents, "Muñoz" as "Munoz": the same name.
 * German spells its umlauts out instead ("Cafe Mueller" for Café Müller, "Groesse", "Strasse"): that too.
 */
function withAccentsDropped(name: string): string[] {
  const drop = (x: string): string => x.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  const plain = drop(name);
  if (plain === name.normalize('NFC')) return [name];
  const spelt = drop(name.normalize('NFC').replace(/[äöüÄÖÜß]/g, (c) => UMLAUT_SPELLED[c] ?? c));
  return spelt === plain ? [name, plain] : [name, plain, spelt];
}
const UMLAUT_SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/**
 * A word of Latin letters without its accents ("müller" → "muller"), as the catalog's names are also
 * indexed. Other scripts keep their marks: a Hindi vowel sign is a letter of the word, not an accent.
 */
export function accentsFolded(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  const split = word.normalize('NFD');
  return /^[\p{Script=Latin}\p{M}\p{N}]+$/u.test(split) ? split.replace(/\p{M}+/gu, '').normalize('NFC') : word;
}

/**
 * "Orchard & Vine" is written "Orchard and Vine" as often as not, and "Salt and Pepper" as "Salt &
 * Pepper": both spellings are the name. (Words drop the "&", so "Orchard + Vine" already matches.)
 */
function withAndWritten(name: string): string[] {
  // "Café Crème & Co" is written "Cafe Creme et Co" by a French customer, "und" by a German one.
  if (name.includes('&')) return [name, ...['and', 'et', 'und', 'y', 'e', 'en', 'och', 'og', 'i'].map((and) => name.replace(/\s*&\s*/g, ` ${and} `))];
  if (/(?<![^\P{L}]|\u03B9)and(?![^\P{L}]|\u03B9)/iu.test(name)) return [name, name.replace(/\s*(?<![^\P{L}]|\u03B9)and(?![^\P{L}]|\u03B9)\s*/giu, ' & ')];
  return [name];
}

/**
 * "the Mobile SDK data" where a workspace has "Mobile SDK v2" and "Mobile SDK v3": the name without its
 * version names every version, so the resolver asks which. Only added where two or more sources share
 * the name: with one version alone, "Mobile SDK" stays unknown (asked for) rather than taken as it.
 */
const VERSION = /^(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)*)$/;
function addVersionlessForms(w: CatalogWorkspace, add: (raw: string, slug: string) => void): void {
  const bases = new Map<string, string[]>();
  for (const s of w.sources) {
    const ws = words(s.name);
    if (ws.length < 2 || !VERSION.test(ws[ws.length - 1])) continue;
    const base = ws.slice(0, -1).join(' ');
    bases.set(base, [...(bases.get(base) ?? []), s.slug]);
  }
  for (const [base, slugs] of bases) if (slugs.length > 1) slugs.forEach((slug) => add(base, slug));
}

/**
 * "Universidad de los Andes" with Universidad de los Andes MX and Universidad de los Andes CO: "CO" read
 * as a company's legal form gave the short form to CO alone, and a request for MX's data went to CO. A
 * workspace's short form names every workspace whose name it starts.
 */
function addSharedWorkspaceShortForms(catalog: Catalog, terms: Map<string, CatalogTerm[]>, exact: Set<CatalogTerm>): void {
  for (const [key, list] of terms) {
    const short = list.find((t) => t.type === 'workspace' && !exact.has(t));
    if (!short) continue;
    if (!key.includes(' ')) {
      // "the Pixel workspace" with Pixel Rio Jogos and Saigon Pixel Studio: the word names both.
      // "the Helios workspace" with Helios Media and Helio: a letter away from Helio's whole name, the
      // shortened name is as much a slip for it as a short form of Helios Media, so it names both.
      if (COMMON.has(key) || key.length < 4) continue;
      for (const w of catalog.workspaces) {
        if (list.some((t) => t.type === 'workspace' && t.workspace === w)) continue;
        const whole = [w.name, w.slug].map((v) => words(v)).filter((ws) => ws.length === 1).map(([word]) => word);
        if (words(w.name).slice(1).includes(key) || (key.length >= 5 && whole.some((word) => editDistance(word, key, 1) === 1))) {
          list.push({ type: 'workspace', workspace: w, canonical: w.slug, strong: short.strong });
        }
      }
      continue;
    }
    const keyWords = key.split(' ');
    for (const w of catalog.workspaces) {
      if (list.some((t) => t.type === 'workspace' && t.workspace === w)) continue;
      const name = words(w.name);
      if (keyWords.length < name.length && keyWords.every((k, i) => name[i] === k)) list.push({ type: 'workspace', workspace: w, canonical: w.slug, strong: short.strong });
    }
  }
}

// "the android source" where a workspace has "Android App" and "Android App Beta": the short form
// fits both, so it names both (and the resolver asks which).
function addSharedShortForms(catalog: Catalog, terms: Map<string, CatalogTerm[]>): void {
  for (const w of catalog.workspaces) {
    for (const s of w.sources) {
      const full = words(s.name);
      for (const [key, list] of terms) {
        const own = list.find((t) => t.type === 'source' && t.workspace === w && t.canonical !== s.slug);
        if (!own || list.some((t) => t.type === 'source' && t.workspace === w && t.canonical === s.slug)) continue;
        // A source's own full name or slug names only it: "Android App" is not "Android App Beta".
        if (w.sources.some((o) => words(o.name).join(' ') === key || words(o.slug).join(' ') === key)) continue;
        const keyWords = key.split(' ');
        if (keyWords.length < full.length && keyWords.every((k, i) => full[i] === k)) list.push({ type: 'source', workspace: w, canonical: s.slug, strong: own.strong });
      }
    }
  }
}
