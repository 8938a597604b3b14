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
  const start = Math.max(...[...text.slice(0, at).matchAll(/[.!?;,(—–\n]/gu)].map((b) => (b.index ?? 0) + 1), 0);
  const after = /[.!?;,)—–\n]/u.exec(text.slice(at + length));
  const before = text.slice(start, at);
  const rest = text.slice(at + length, after ? at + length + after.index : text.length);
  return NOT_BEFORE.test(before) || LEFT_AFTER.test(rest);
}
const NOT_BEFORE = /(?<![\p{L}])(?:not|no|nicht|kein\p{L}*|pas|ni|non|niet|nie|never|except|au(?:ß|ss)er|sauf|excepto|menos|rather than|instead of|statt)(?![\p{L}])/iu;
const LEFT_AFTER = /(?<![\p{L}])(?:not|nicht|no|fine|ok|okay|stays?|remains?|bleibt|later|sp(?:ä|ae)ter|adelante|plus tard|untouched|unaffected|bien|keep|alone|is|are|ist|sind|est|está|es)(?![\p{L}])/iu;
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
      String.raw`(?<![\p{L}])(${word})(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:${PLACE})(?![\p{L}])|(?<![\p{L}])(?:${PLACE})\s+(?:de|di|des|du|da)\s+(${word})(?![\p{L}])|(?<![\p{L}])(${word})(?:umgebung|system|instanz)(?![\p{L}])|(?<![\p{L}])(${word})['’]s\s`,
      'giu',
    );
    for (const m of rest.matchAll(described)) {
      if (exact.test(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '') && !setApart(rest, m.index ?? 0, m[0].length)) return { slug: sibling.ws.slug, words: m[0], described: true };
    }
    const literal = sibling.kind === 'environment' ? sibling.ws.slug.split('-').find((x) => new RegExp(`^(?:${ENVIRONMENT})$`, 'iu').test(x)) : sibling.own;
    const anywhere = literal ? new RegExp(String.raw`(?<![\p{L}])(?:${sibling.kind === 'environment' ? escapeRegExp(literal) : literal})(?![\p{L}])`, sibling.kind === 'region' ? 'u' : 'iu').exec(rest) : null;
    if (anywhere && !setApart(rest, anywhere.index, anywhere[0].length)) return { slug: sibling.ws.slug, words: anywhere[0], described: false };
  }
  return null;
}
