/**
 * A count of a workspace's sources written instead of their names: "all three sources", "alle drei
 * Quellen", "todas las tres fuentes".
 */
import type { CatalogWorkspace } from '../catalog';

/**
 * "all three sources", "alle drei Quellen", "todas las tres fuentes": a count of the sources is a scope
 * only when it is the workspace's count — every source of it (returns the words). A count that is not
 * (three of five, or three named as two) is asked: which ones the customer counted is not ours to pick.
 */
export function countedSources(text: string, ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[]): string | null {
  const m = COUNTED_SOURCES.exec(text);
  if (!m) {
    askAboutCountedKinds(text, sources, ambiguities);
    return null;
  }
  const said = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.findIndex((forms) => forms.split(' ').includes(m[1].toLowerCase()));
  const all = ws.sources.map((s) => s.slug).sort();
  if (sources.size === 0 && said === all.length) {
    all.forEach((slug) => sources.add(slug));
    return m[0];
  }
  if (sources.size > 0 && sources.size === said) return null;
  ambiguities.push(`"${m[0]}" but ${ws.slug} has ${all.length} sources (${all.join(', ')})${sources.size > 0 ? ` and ${sources.size} are named` : ''} — which sources exactly?`);
  return null;
}
/** Two to ten, by their index: English, German, Spanish, French, Italian, Portuguese, Dutch. */
const NUMBER_WORDS = [
  '', '', 'two zwei dos deux due dois duas twee', 'three drei tres trois tre três tres drie', 'four vier cuatro quatre quattro quatro',
  'five fünf fuenf cinco cinq cinque vijf', 'six sechs seis sei zes', 'seven sieben siete sept sette sete zeven', 'eight acht ocho huit otto oito',
  'nine neun nueve neuf nove negen', 'ten zehn diez dix dieci dez tien',
];
const COUNTED_SOURCES = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:all|alle|todas las|todos los|toutes les|tous les|tutte le|tutti i|todas as|todos os|the|our|its|unsere[nr]?|die|las|nuestras|sus|les|nos|ses|le|i nostri|as|nossas|de|onze)\s+(?:(?:of\s+)?(?:the|our|its|unsere[nr]?)\s+)?(\d{1,2}|${NUMBER_WORDS.slice(2).join(' ').split(' ').join('|')})\s+(?:of\s+(?:the|our)\s+)?(?:data\s+)?(?:sources|quellen|fuentes|fonti|fontes|bronnen|kilder|källor)(?![^\P{L}]|\u03B9)`,
  'iu',
);

/**
 * "both mobile sources", "the two mobile apps (iOS App)", "on both platforms", "each of the mobile apps",
 * "and the other app as well": the customer counts more sources than are named, in words that are not
 * the catalog's ("apps", "platforms", "portals", "clients"). Read as the one source named, the other was
 * silently kept; which one it is (or whether it exists) is asked, never picked. A count no larger than
 * the sources named ("the iOS App and Android App data — both apps") asks nothing. Nothing is added: a
 * count of apps is not the workspace's every source, as "all three sources" is.
 */
function askAboutCountedKinds(text: string, sources: Set<string>, ambiguities: string[]): void {
  if (sources.size === 0) return;
  const m = COUNTED_KINDS.exec(text);
  if (!m) return;
  // "both" and "each of" count at least two; "the other app" one more than those named.
  const number = m.groups?.number;
  const said = number ? (/^\d+$/.test(number) ? Number(number) : NUMBER_WORDS.findIndex((forms) => forms.split(' ').includes(number.toLowerCase()))) : m.groups?.both ? 2 : sources.size + 1;
  if (said > sources.size) ambiguities.push(`"${m[0]}" counts more sources than the ${sources.size} named (${[...sources].sort().join(', ')}) — which sources exactly?`);
}
/** Nouns a customer counts sources by, besides "sources" (which COUNTED_SOURCES reads). */
const KIND_NOUNS = String.raw`(?:sources|apps|applications|platforms|portals|clients|sites|websites|stores|backends|integrations|feeds|streams|quellen|fuentes|aplicaciones|plataformas)`;
/** One describing word before the noun ("mobile", "game", "email"), never a joining one. */
const DESCRIBING = String.raw`(?:(?!and\s|or\s|und\s|y\s)[\p{L}-]+\s+)?`;
const COUNTED_KINDS = new RegExp(
  [
    // "both mobile sources", "both of our email sources", "on both platforms", "each of the mobile apps",
    // "all of our mobile apps", "beide Apps", "ambas plataformas": at least two.
    String.raw`(?<![^\P{L}]|\u03B9)(?<both>both(?:\s+of)?|each\s+of|every\s+one\s+of|all(?:\s+of)?(?=\s+(?:the|our|its)\s)|beide[n]?|ambos|ambas)\s+(?:(?:the|our|its|unsere[n]?|nuestras|nuestros)\s+)?${DESCRIBING}${KIND_NOUNS}(?![^\P{L}]|\u03B9)`,
    // "the two mobile apps", "our 2 apps": a number with a noun other than plain "sources".
    String.raw`(?<![^\P{L}]|\u03B9)(?:the|our|its)\s+(?<number>\d|${NUMBER_WORDS.slice(2).map((f) => f.split(' ')[0]).join('|')})\s+${DESCRIBING}${KIND_NOUNS}(?![^\P{L}]|\u03B9)`,
    // "and the other app as well", "plus the other mobile app": one more, added to the request.
    String.raw`(?<![^\P{L}]|\u03B9)(?:and|plus|also)\s+(?:for\s+)?the\s+other\s+${DESCRIBING}(?:app|source|platform|portal|client|site|store|backend)(?![^\P{L}]|\u03B9)`,
  ].join('|'),
  'iu',
);
