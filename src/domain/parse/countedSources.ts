/**
 * A count of a workspace's sources written instead of their names: "all three sources", "alle drei
 * Quellen", "todas las tres fuentes".
 */
import type { CatalogWorkspace } from '../catalog';
import type { EntityType } from './catalogIndex';
import { RESTRICTING } from './correctionLabels';
import { EXCEPTION } from './exclusionWords';
import { L, R } from './letterEdges';

/**
 * "all three sources", "alle drei Quellen", "todas las tres fuentes": a count of the sources is a scope
 * only when it is the workspace's count, the words say every one of them, and nothing picks among them —
 * then every source of it (returns the words). A count that is not the workspace's (three of five, or three
 * named as two) is asked: which ones the customer counted is not ours to pick. So is the workspace's count
 * said without "all" or "each" ("we connected the four sources last year"), or with words that pick some
 * ("three of the four sources", "the worst of our four sources", "our four sources apart from the one
 * marketing uses"): read as all four, every source would go where the customer meant some.
 */
export function countedSources(text: string, ws: CatalogWorkspace, { sources, ambiguities, several, workspacesNamed }: CountReading): string | null {
  const m = COUNTED_SOURCES.exec(text);
  if (!m) {
    askAboutCountedKinds(text, { sources, ambiguities, workspacesNamed });
    return null;
  }
  const said = countSaid(m.groups?.number ?? '');
  const all = ws.sources.map((s) => s.slug).sort();
  const listed = `${ws.slug} has ${all.length} sources (${all.join(', ')})`;
  if (sources.size === 0 && said === all.length) {
    const picking = wordsPickingSome(text, m.index, m.index + m[0].length);
    if (picking) ambiguities.push(`"${picking}" picks some of the sources without naming them, and ${listed} — which sources exactly?`);
    else if (!everyOneSaid(text, m)) ambiguities.push(`"${m[0]}" does not say all of them, and ${listed} — which sources exactly?`);
    else {
      all.forEach((slug) => sources.add(slug));
      return m[0];
    }
    // The words do give the sources; which of them is the question, so they are not also missing.
    several.add('source');
    return null;
  }
  if (sources.size > 0 && sources.size === said) return null;
  ambiguities.push(`"${m[0]}" but ${listed}${sources.size > 0 ? ` and ${sources.size} are named` : ''} — which sources exactly?`);
  return null;
}

/** What the count is read into: the sources found so far, the questions, and the fields a question is about. */
interface CountReading {
  sources: Set<string>;
  ambiguities: string[];
  several: Set<EntityType>;
  /** How many workspaces the message names: an agency's "the three clients" counts those, not sources. */
  workspacesNamed: number;
}

/** The number a count says, in digits or in words ("3", "three", "drei", "tres"); -1 when it is neither. */
function countSaid(number: string): number {
  return /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS.findIndex((forms) => forms.split(' ').includes(number.toLowerCase()));
}

/**
 * Whether the count says every one of the sources: "all four sources" and "all of our four sources" in
 * the count's own words, "each of our four sources", "toutes nos quatre sources", "cada una de nuestras
 * cuatro fuentes" just before it, "our four sources, all of them" just after it. "our four sources" alone
 * names how many there are, not that each one is meant.
 */
function everyOneSaid(text: string, m: RegExpExecArray): boolean {
  return m.groups?.every !== undefined || EVERY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || EVERY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 90));
}

/**
 * Words beside the count that pick some of the sources it counts (returns them): "three of", "the worst
 * of", "one of", "half of", a sentence that starts "Of our four sources" and "among" before it; "only the
 * one that …", "apart from the one used by marketing", "all but the one that was fine" after it, in its
 * sentence or the next ("we have four sources. Only the mobile one misfired"). Not "each of" nor "the data
 * of" (every source's data), and not "only" that narrows the days ("all four sources, only for Nov 3").
 */
function wordsPickingSome(text: string, start: number, end: number): string | null {
  const before = text.slice(sentenceStart(text, start), start);
  const partitive = PICKED_BEFORE.exec(before);
  if (partitive && !NOT_PICKING_HEAD.test(partitive.groups?.head ?? '') && !EVERY_BEFORE.test(before)) return `${partitive[0]}${text.slice(start, end)}`;
  const after = NEXT_TWO_SENTENCES.exec(text.slice(end))?.[0] ?? '';
  return PICKED_AFTER.exec(after)?.[0] ?? null;
}

/** Where the sentence around `at` starts: after a full stop, "!", "?", or a blank line (mail lines are wrapped). */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 300), at);
  const ends = [...before.matchAll(/[.!?]\s|\n\s*\n/gu)];
  const last = ends.at(-1);
  return last ? at - before.length + last.index + last[0].length : Math.max(0, at - 300);
}

/** Two to ten, by their index: English, German, Spanish, French, Italian, Portuguese, Dutch. */
const NUMBER_WORDS = [
  '', '', 'two zwei dos deux due dois duas twee', 'three drei tres trois tre três tres drie', 'four vier cuatro quatre quattro quatro',
  'five fünf fuenf cinco cinq cinque vijf', 'six sechs seis sei zes', 'seven sieben siete sept sette sete zeven', 'eight acht ocho huit otto oito',
  'nine neun nueve neuf nove negen', 'ten zehn diez dix dieci dez tien',
];
const NUMBER = `\\d{1,2}|${NUMBER_WORDS.slice(2).join(' ').split(' ').join('|')}`;
/** "all", "alle", "todas las" …: the first words of a count that says every one ("all three sources"). */
const EVERY_IN_COUNT = 'all|alle|todas las|todos los|toutes les|tous les|tutte le|tutti i|todas as|todos os';
const COUNTED_SOURCES = new RegExp(
  String.raw`${L}(?:(?<every>${EVERY_IN_COUNT})|the|our|its|unsere[nr]?|die|las|nuestras|sus|les|nos|ses|le|i nostri|as|nossas|de|onze)\s+(?:(?:of\s+)?(?:the|our|its|unsere[nr]?)\s+)?(?<number>${NUMBER})\s+(?:of\s+(?:the|our)\s+)?(?:data\s+)?(?:sources|quellen|fuentes|fonti|fontes|bronnen|kilder|källor)${R}`,
  'iu',
);
/** Every one, said just before "our four sources": "each of", "every one of", "toutes", "chacune de", "jede", "elk van". */
const EVERY_BEFORE = new RegExp(
  String.raw`${L}(?:all|alle|al|each\s+of|every(?:\s+single)?\s+one\s+of|(?:todas|todos)(?:\s+(?:as|os))?|toutes|tous|tutte|tutti|jede[rs]?|cada\s+un[ao]\s+de|chacune?\s+de|elk\s+van|ieder(?:e)?\s+van)\s+$`,
  'iu',
);
/**
 * Every one, said just after "our four sources" or after the place that follows it ("our four sources in
 * Northwind"): ", all of them", "(all four)", ", alle", ", todas", ", allemaal".
 */
const EVERY_AFTER = new RegExp(
  String.raw`^(?:\s+(?:in|at|of|im|en|dans|di|van|de)\s+[^,.;:!?()\n]{1,40}?)?\s*[,(—–-]\s*(?:(?:all|each|every\s+one)(?:\s+of\s+them|\s+(?:${NUMBER}))?|alle|allemaal|todas|todos|toutes|tous|tutte|tutti)${R}\s*(?:[,.;:!?)—–\n-]|$)`,
  'iu',
);
/**
 * A part taken out of what follows: English "of" after any word ("three of", "the newest of", "the
 * server-side one of") or opening the sentence ("Of our four sources, …"); "among", "unter", "entre",
 * "parmi", "tra", "onder"; and in the other languages, whose "de", "di", "van", "von" also mean "from", only
 * after a number or "one" ("dos de", "une de", "een van").
 */
const PICKED_BEFORE = new RegExp(
  String.raw`(?:(?:^|(?<head>[\p{L}\p{N}'’-]+)\s+)(?:out\s+)?of|${L}(?:among(?:st)?|unter|entre|parmi|d['’]entre|tra|fra|onder)|${L}(?:${NUMBER}|un[ao]?|une|l['’]une|eine[rs]?|een|uma|half|la\s+mitad|la\s+moiti[ée]|la\s+met[àa]|a\s+metade|de\s+helft|die\s+h[äa]lfte)\s+(?:de|di|van|von|des|das|dos|delle|degli|dei))\s+$`,
  'iu',
);
/** What "of" may follow without picking: each one ("each of"), or the sources' data ("the data of", "events of"). */
const NOT_PICKING_HEAD = new RegExp(
  String.raw`^(?:each|all|both|every|data|events|records|logs|traffic|history|information|tracking|deletion|purge|removal)$`,
  'iu',
);
/** The rest of the count's sentence and the next one. */
const NEXT_TWO_SENTENCES = /^[^.!?]{0,300}?(?:[.!?]|\n\s*\n|$)(?:[^.!?]{0,300}?(?:[.!?]|\n\s*\n|$))?/u;
/**
 * Picked after the count: a restricting or excepting word ("only", "just", "except", "apart from",
 * "all but", "but", "nur", "außer", "sauf", "excepto", "tranne", "behalve") before a word for one or some
 * of them ("the one that …", "the mobile one", "two of them", "the marketing source", "celle", "die eine").
 * Not before a day ("only one day", "only for Nov 3"): that narrows the days, not the sources.
 */
const PICKED_AFTER = new RegExp(
  String.raw`(?:${RESTRICTING.source}|${L}(?:${EXCEPTION}|but))\s+(?:(?:for|with|von|de|pour|para|per|voor)\s+)?(?:(?:the|that|this|those|these|our|die|der|den|das|la|las|el|los|le|les|il|i|a|as|o|os|het)\s+|l['’])?(?:[\p{L}-]+\s+){0,2}?(?:(?:of\s+)?them|ones?|sources?|eine[nrms]?|quellen?|davon|un[ao]|fuentes?|la\s+que|el\s+que|une|celles?|celui|fontes?|fonti|quell[ae]|uma|ene|bron(?:nen)?)${R}(?!\s+(?:day|days|date|dates|week|month|hour|time|tag|tage|d[íi]as?|jours?|giorn[oi]|dag(?:en)?))`,
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
function askAboutCountedKinds(text: string, { sources, ambiguities, workspacesNamed }: Omit<CountReading, 'several'>): void {
  if (sources.size === 0) return;
  const m = COUNTED_KINDS.exec(text);
  if (!m) return;
  // "both" and "each of" count at least two; "the other app" one more than those named.
  const number = m.groups?.number;
  const said = number ? countSaid(number) : m.groups?.both ? 2 : sources.size + 1;
  // "the three clients we run for you" above three client workspaces: an agency counting the companies it
  // writes for, each named in the message, not a count of one workspace's sources.
  // Only as the heading over the clients' items ("… for you:"): "Events and iOS App — the three clients
  // that got bad data" counts the sources named, and one is missing.
  const heading = /^[^\n.!?]*:[^\S\n]*(?:\n|$)/u.test(text.slice((m.index ?? 0) + m[0].length));
  if (CLIENT_NOUN.test(m[0]) && said === workspacesNamed && heading) return;
  if (said > sources.size) ambiguities.push(`"${m[0]}" counts more sources than the ${sources.size} named (${[...sources].sort().join(', ')}) — which sources exactly?`);
}
const CLIENT_NOUN = /(?<![\p{L}])(?:clients|customers)$/iu;
/** Nouns a customer counts sources by, besides "sources" (which COUNTED_SOURCES reads). */
const KIND_NOUNS = String.raw`(?:sources|apps|applications|platforms|portals|clients|sites|websites|stores|backends|integrations|feeds|streams|quellen|fuentes|aplicaciones|plataformas)`;
/** One describing word before the noun ("mobile", "game", "email"), never a joining one. */
const DESCRIBING = String.raw`(?:(?!and\s|or\s|und\s|y\s)[\p{L}-]+\s+)?`;
const COUNTED_KINDS = new RegExp(
  [
    // "both mobile sources", "both of our email sources", "on both platforms", "each of the mobile apps",
    // "all of our mobile apps", "beide Apps", "ambas plataformas": at least two.
    String.raw`${L}(?<both>both(?:\s+of)?|each\s+of|every\s+one\s+of|all(?:\s+of)?(?=\s+(?:the|our|its)\s)|beide[n]?|ambos|ambas)\s+(?:(?:the|our|its|unsere[n]?|nuestras|nuestros)\s+)?${DESCRIBING}${KIND_NOUNS}${R}`,
    // "the two mobile apps", "our 2 apps": a number with a noun other than plain "sources".
    String.raw`${L}(?:the|our|its)\s+(?<number>\d|${NUMBER_WORDS.slice(2).map((f) => f.split(' ')[0]).join('|')})\s+${DESCRIBING}${KIND_NOUNS}${R}`,
    // "and the other app as well", "plus the other mobile app": one more, added to the request.
    String.raw`${L}(?:and|plus|also)\s+(?:for\s+)?the\s+other\s+${DESCRIBING}(?:app|source|platform|portal|client|site|store|backend)${R}`,
  ].join('|'),
  'iu',
);
