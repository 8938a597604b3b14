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
  if (!m) return null;
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
