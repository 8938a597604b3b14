/**
 * A workspace's siblings: the customer's other workspaces in the catalog ("brightlane-staging" beside
 * "brightlane", "nordpeak-us" beside "nordpeak-eu", "lumen-studio" beside "lumen-labs"), and whether the
 * mail describes one of them in words instead of naming it: "for the US one 2 February", "our staging
 * copy", "our design studio's Web App", "bei unseren amerikanischen Kollegen", "only the test one —
 * production must stay", "solo el entorno de pruebas". Read as the workspace named (or, for an account,
 * as every workspace administered), the sibling's day landed on the named workspace, or the wrong
 * workspaces were purged. Pure: the catalog and the words, nothing resolved.
 */
import type { Catalog, CatalogWorkspace } from '../catalog';
import { escapeRegExp } from './regexText';
import { allMatches } from './allMatches';

export interface SiblingSaid {
  slug: string;
  /** The words as written ("the US one", "staging"). */
  words: string;
  /** Said as a place of its own ("the US one", "our QA environment"), not only its word somewhere. */
  described: boolean;
}

/** Non-production environments: a sibling told apart by one of these is described by any of them. */
const ENVIRONMENT = String.raw`staging|stage|sandbox|qa|uat|pre-?prod\p{L}*|dev|development|test|testing|tests|teste|prueba|pruebas|recette|collaudo`;
const PRODUCTION = String.raw`production|prod|live|main|produktion|produktiv|producción|produccion|produção`;
/** A region's word and the words it is said by: "nordpeak-us" is "the American shop". */
const REGION: Record<string, string> = {
  us: String.raw`US|USA|U\.S\.|[Aa]merican\p{L}*|[Aa]merikan\p{L}*|[Aa]méricain\p{L}*|[Aa]mericano\p{L}*|[Ee]stadounidense\p{L}*`,
  eu: String.raw`EU|[Ee]urope|[Ee]uropean\p{L}*|[Ee]urop(?:ä|ae)isch\p{L}*|[Ee]urop[ée]en\p{L}*|[Ee]urope[oa]s?`,
  uk: String.raw`UK|[Bb]ritish|[Bb]ritisch\p{L}*`,
};
/** What a described workspace is called: "the US one", "our test setup", "our QA environment", "the European side". */
const PLACE = String.raw`one|setup|set-up|environment|env|instance|system|copy|workspace|account|site|shop|store|side|business|colleagues|tenant|region|org|organi[sz]ation|entity|office|branch|umgebung|instanz|kollegen|seite|firma|entorno|ambiente|sitio|tienda|environnement|boutique|côté|équipe`;
/**
 * "(the main one, not Harbor Labs)", "(not the EU one)", "Production workspace not affected", "El
 * workspace de staging lo borraremos más adelante": the sibling said to be left out, in its own clause.
 */
function setApart(text: string, at: number, length: number): boolean {
  const start = Math.max(...allMatches(/[.!?;,(—–\n]/gu, text.slice(0, at)).map((b) => (b.index ?? 0) + 1), 0);
  const after = /[.!?;,)—–\n]/u.exec(text.slice(at + length));
  const before = text.slice(start, at);
  const rest = text.slice(at + length, after ? at + length + after.index : text.length);
  return NOT_BEFORE.test(before) || LEFT_AFTER.test(rest);
}
const NOT_BEFORE = /(?<![^\P{L}]|\u03B9)(?:not|no|nicht|kein\p{L}*|pas|ni|non|niet|nie|never|except|au(?:ß|ss)er|sauf|excepto|menos|rather than|instead of|statt)(?![^\P{L}]|\u03B9)/iu;
const LEFT_AFTER = /(?<![^\P{L}]|\u03B9)(?:not|nicht|no|fine|ok|okay|stays?|remains?|bleibt|later|sp(?:ä|ae)ter|adelante|plus tard|untouched|unaffected|bien|keep|alone|is|are|ist|sind|est|está|es)(?![^\P{L}]|\u03B9)/iu;
const NOT_OWN_WORD = new Set(['inc', 'co', 'ltd', 'llc', 'gmbh', 'the', 'and', 'of', 'app', 'data']);

/** A sibling and the pattern of the words that tell it apart; `region`: a code, read in capitals only. */
interface Sibling {
  ws: CatalogWorkspace;
  own: string | null;
  kind: 'environment' | 'region' | 'word';
}

/** The sibling workspaces of `slug`: the catalog's other workspaces whose slug starts with the same word. */
export function siblingsOf(catalog: Catalog, slug: string): Sibling[] {
  const ws = catalog.workspaces.find((w) => w.slug === slug);
  if (!ws) return [];
  const stem = slug.split('-')[0];
  const wordsOf = (w: CatalogWorkspace): Set<string> => new Set([...w.slug.split('-'), ...w.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)].filter((x) => x !== ''));
  const mine = wordsOf(ws);
  const isEnvironment = (x: string): boolean => new RegExp(`^(?:${ENVIRONMENT})$`, 'iu').test(x);
  const siblings = catalog.workspaces.filter((w) => w !== ws && stem.length >= 4 && w.slug.split('-')[0] === stem);
  return siblings.map((w): Sibling => {
    const own = [...wordsOf(w)].filter((x) => !mine.has(x) && !NOT_OWN_WORD.has(x) && x.length >= 2);
    // "brightlane" beside "brightlane-staging": the one without a word of its own is production.
    if (own.length === 0) return { ws: w, own: [...mine].some(isEnvironment) ? PRODUCTION : null, kind: 'environment' };
    if (own.some(isEnvironment)) return { ws: w, own: ENVIRONMENT, kind: 'environment' };
    if (own.some((x) => REGION[x] !== undefined)) return { ws: w, own: own.map((x) => REGION[x] ?? escapeRegExp(x)).join('|'), kind: 'region' };
    return { ws: w, own: own.map(escapeRegExp).join('|'), kind: 'word' };
  });
}

/**
 * The first sibling of `slug` the text describes or names by its word, or null. A region's code is read
 * only in capitals ("us", "eu" are words); an environment's word only as a place ("our test setup",
 * "Testumgebung", "entorno de pruebas") or as the catalog writes it ("our staging"), since "test events"
 * are a reason to delete, no place.
 */
export function siblingSaid(catalog: Catalog, slug: string, text: string): SiblingSaid | null {
  for (const sibling of siblingsOf(catalog, slug)) {
    if (sibling.own === null) continue;
    const rest = text.replace(new RegExp(escapeRegExp(sibling.ws.slug), 'giu'), ' ');
    const word = `(?:${sibling.own})`;
    // Case is read apart: "Kollegen", "QA" in any case, a region's code only as written in capitals.
    const exact = new RegExp(`^${word}$`, sibling.kind === 'region' ? 'u' : 'iu');
    const described = new RegExp(
      String.raw`(?<![^\P{L}]|\u03B9)(${word})(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:${PLACE})(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)(?:${PLACE})\s+(?:de|di|des|du|da)\s+(${word})(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)(${word})(?:umgebung|system|instanz)(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)(${word})['’]s\s`,
      'giu',
    );
    for (const m of allMatches(described, rest)) {
      if (exact.test(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '') && !setApart(rest, m.index ?? 0, m[0].length)) return { slug: sibling.ws.slug, words: m[0], described: true };
    }
    const literal = sibling.kind === 'environment' ? sibling.ws.slug.split('-').find((x) => new RegExp(`^(?:${ENVIRONMENT})$`, 'iu').test(x)) : sibling.own;
    const anywhere = literal ? new RegExp(String.raw`(?<![^\P{L}]|\u03B9)(?:${sibling.kind === 'environment' ? escapeRegExp(literal) : literal})(?![^\P{L}]|\u03B9)`, sibling.kind === 'region' ? 'u' : 'iu').exec(rest) : null;
    if (anywhere && !setApart(rest, anywhere.index, anywhere[0].length)) return { slug: sibling.ws.slug, words: anywhere[0], described: false };
  }
  return null;
}

/** "also", "as well", "the same", "repeat it": the request said again for somewhere else. */
const ALSO = String.raw`also|too|as\s+well|same(?:\s+(?:thing|goes|applies|again|for|here))?|likewise|repeat(?:\s+(?:it|this|that|the\s+same))?|auch|ebenso|genauso|dasselbe|das\s+gleiche|gleiche|también|tambien|lo\s+mismo|igual|aussi|pareil|de\s+même|idem|même\s+chose|anche|stesso|lo\s+stesso|pure|ook|hetzelfde|eveneens|tak(?:ż|z)e|r(?:ó|o)wnie(?:ż|z)|ocks(?:å|a)|også|samma|samme|também|o\s+mesmo`;
/** The environments, with the French "préprod" and the words that make one a thing, not a place ("test events"). */
const ENV = String.raw`(?:${ENVIRONMENT}|pr[ée]-?prod\p{L}*|acceptance|acceptatie)(?!\s+(?:data|events?|traffic|users?|orders?|builds?|accounts?|runs?|daten|donn\p{L}*|datos|dati|dados|gegevens)(?![^\P{L}]|\u03B9))`;
const OTHER = String.raw`other|another|andere[nmrs]?|autre|otr[oa]|altr[oa]|ander(?:e)?|inn(?:y|a|e)|annan|andra|anden|andet`;
/** Somewhere else than the workspace named: an environment, "the other side", "the staging copy". */
const ELSEWHERE = new RegExp(
  [
    // "in the sandbox", "im Staging", "en staging", "sur la préprod", "nell'ambiente di test".
    String.raw`(?<![^\P{L}]|\u03B9)(?:in|on|for|im|in\s+der|auf\s+der|auf|en|sur|dans|nel|nell['’]|nello|nella|sulla|op|w|på|i|no|na)\s+(?:(?:the|our|onze|unsere?[mnr]?|la|le|l['’]|el|nuestro|notre|nostro|il|de|het|o|a)\s*)?${ENV}(?![^\P{L}]|\u03B9)`,
    // "our test workspace", "the staging copy", "the other region", "l'ambiente di test", "testomgeving".
    String.raw`(?<![^\P{L}]|\u03B9)(?:${ENV}|${PRODUCTION}|${OTHER})(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:${PLACE})(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:${PLACE})\s+(?:de|di|des|du|da)\s+${ENV}(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)${ENV}(?:umgebung|omgeving|system|instanz|milj(?:ø|ö))(?![^\P{L}]|\u03B9)`,
  ].join('|'),
  'iu',
);
/** A region by its code, read in capitals only ("us" is a word): "the US side", "in the EU". */
const REGION_ELSEWHERE = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:(?:US|EU|UK|APAC|EMEA)(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:${PLACE})|(?:in|on|for|im|en|sur|dans|op)\s+(?:the\s+)?(?:US|EU|UK|APAC|EMEA))(?![^\P{L}]|\u03B9)`,
  'u',
);

// Built once, not on every call: V8 keeps the code a pattern object was compiled to (see allMatches).
const OWN_ENVIRONMENT = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${ENVIRONMENT}|pr[ée]-?prod\\p{L}*)(?![^\\P{L}]|\\u03B9)`, 'iu');
const OTHER_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${OTHER})(?![^\\P{L}]|\\u03B9)`, 'iu');
const EVERY_ALSO = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${ALSO})(?![^\\P{L}]|\\u03B9)`, 'giu');
/**
 * "…in harbor-foods for Feb 8, and also in the sandbox", "pareil sur la préprod", "and the same thing on
 * the US side", "repeat it for the other region": the same request for another place, which one
 * ticket cannot hold and the catalog may not even name. The words, or null. Read in the clause around
 * the "also" word, leaving out the named workspace's own slug and places said to be left alone.
 */
export function alsoElsewhere(text: string, slug: string): string | null {
  const ownEnvironment = OWN_ENVIRONMENT;
  const rest = text.replace(new RegExp(escapeRegExp(slug), 'giu'), (s) => ' '.repeat(s.length));
  for (const also of allMatches(EVERY_ALSO, rest)) {
    const at = also.index ?? 0;
    const from = Math.max(0, ...['.', '!', '?', '\n', ';'].map((c) => rest.lastIndexOf(c, at - 1) + 1));
    const ends = ['.', '!', '?', '\n', ';'].map((c) => rest.indexOf(c, at + also[0].length)).filter((i) => i >= 0);
    const sentence = rest.slice(from, ends.length > 0 ? Math.min(...ends) : rest.length);
    const place = ELSEWHERE.exec(sentence) ?? REGION_ELSEWHERE.exec(sentence);
    if (!place || Math.abs(from + place.index - at) > 60) continue;
    if (setApart(sentence, place.index, place[0].length)) continue;
    // "harbor-foods-staging … also in staging": the named workspace's own environment is no other place.
    if (ownEnvironment.test(slug) && ownEnvironment.test(place[0]) && !OTHER_WORD.test(place[0])) continue;
    return sentence.slice(Math.min(at - from, place.index), Math.max(at - from + also[0].length, place.index + place[0].length)).trim();
  }
  return null;
}

/** Words that add a place to a request: "too", "the same", "and in", "both", "once done, also". */
const ADDED = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${ALSO}|and|plus|both)(?![^\\P{L}]|\\u03B9)`, 'iu');
const ALSO_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${ALSO})(?![^\\P{L}]|\\u03B9)`, 'iu');
/**
 * A workspace said with a word of its own: "our labs workspace", "the other Acme workspace", "our sister
 * workspace", "both of our workspaces". Articles and possessives are no words of its own; "your archive for
 * workspace X" is no workspace described.
 */
const WORKSPACE_DESCRIBED =
  /(?<![^\P{L}]|\u03B9)(?:the|our|my|your|their)\s+((?:(?!(?:for|of|in|on|to|from|with|at|by)\s)[\p{L}\p{N}-]+\s+){1,2})workspaces?(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)(?:both|all)\s+(?:of\s+)?(?:our|my|the)\s+workspaces(?![^\P{L}]|\u03B9)/giu;
const NO_OWN_WORD = /^(?:the|our|my|your|their|this|that|a|an|one|same|in|on|for|of|to|and|from|data|main|primary|production|prod|live|current|existing|whole|entire|own|old|new|former|legacy|unused|empty|said|aforementioned|above|above-mentioned|mentioned|affected|relevant|deleted|closed|company|team|organi[sz]ation|shared)$/iu;

/** The sentence of the text around `at`. */
function sentenceAt(text: string, at: number, length: number): string {
  const from = Math.max(0, ...['.', '!', '?', '\n', ';'].map((c) => text.lastIndexOf(c, at - 1) + 1));
  const ends = ['.', '!', '?', '\n', ';'].map((c) => text.indexOf(c, at + length)).filter((i) => i >= 0);
  return text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length);
}

/**
 * "…in acme-inc and in the labs workspace too", "Labs needs the same", "and do the same in our second
 * workspace", "in both of our workspaces, starting with acme-inc": a second workspace added to the request
 * in words, not by its name. One ticket holds one workspace; read as the one named, the other was silently
 * dropped. The words, or null. The named workspace's own slug and name are no other workspace.
 */
export function workspaceAddedInWords(catalog: Catalog, slug: string, text: string): string | null {
  const ws = catalog.workspaces.find((w) => w.slug === slug);
  const ownNames = [slug, ws?.name ?? slug].map(escapeRegExp).join('|');
  const rest = text.replace(new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${ownNames})(?![^\\P{L}]|\\u03B9)`, 'giu'), (s) => ' '.repeat(s.length));
  const nameWords = new Set([...slug.split('-'), ...(ws?.name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)]);
  for (const m of allMatches(WORKSPACE_DESCRIBED, rest)) {
    // "our Acme workspace" is acme-inc said in brief; "the other Acme workspace" is not.
    const own = (m[1] ?? '').trim().split(/\s+/u).filter((w) => w !== '' && !NO_OWN_WORD.test(w) && !nameWords.has(w.toLowerCase()));
    if (m[1] !== undefined && own.length === 0) continue;
    const at = m.index ?? 0;
    const sentence = sentenceAt(rest, at, m[0].length);
    if (!ADDED.test(sentence) || setApart(rest, at, m[0].length)) continue;
    return m[0].trim();
  }
  // "Labs needs the same", "in the Labs one as well": a sibling's own word in a sentence that says it again.
  const said = siblingSaid(catalog, slug, rest);
  if (!said) return null;
  const at = rest.indexOf(said.words);
  return at >= 0 && ALSO_WORD.test(sentenceAt(rest, at, said.words.length)) ? said.words : null;
}
