/**
 * Which workspace, sources and space the new text names, resolved against the catalog index.
 * Anything not certain becomes an ambiguity the bot asks about; nothing is guessed (docs/design.md, "The three keys").
 */
import { adds, namesADay, restOfSentence, samePassage, selfRepairs } from './selfRepair';
import { buildPhrases, channelOfSource, offeredAsAlternatives } from './sourceChoice';
import type { CatalogWorkspace } from '../catalog';
import { WORD, accentsFolded, lowerCased, splitAtNames, words, type CatalogTerm, type EntityType, type ParserCatalog } from './catalogIndex';
import { DELETE_MORE, DELETE_VERB, WORKSPACE_WORDS_BEFORE } from './kindWords';
import { countedSources } from './countedSources';
import { CONTRAST, DELETION_NOT_NEEDED_AFTER, DO_NOT_DELETE, EARLIER_SAID, EXCEPTION, KEEP, NEGATED_DELETION, NO_LONGER_NEED, NOT, OMISSION, REPLACED, STAYS, STRIKE, TAKE_BACK_VERB, TAKEN_OUT_OF_REQUEST, TURNS_LATER, UNSPACED_EXCEPTION, UNSPACED_KEEP, WITHOUT } from './exclusionWords';
import { itemMarkOf, type ItemMark } from './listItems';
import { cellSaysOfRow } from './tableCells';
import { editDistance, inflectedNameTerms, pluralSourceTerms, joinedNameTerms, misheardLongerNames, mistypedNames, type MistypedName } from './nearNames';
import { escapeRegExp } from './regexText';
import { sentenceAround } from './sentence';
import { isMonthName } from './monthNames';
import { settledLater } from './settledLater';
import { allMatches } from './allMatches';
import { withoutStruckWords } from './struckWords';
import { referredDays } from './referredDays';
import { clientInitialsQuestion } from './clientInitials';
import { pipeRowNamesSource } from './pipeTableRow';
import { readTables } from './requestTables';
import { L } from './letterEdges';
import { doubtAboutName, doubtAboutWordOfName } from './doubtedNames';
import { dropDeletedNamesakes } from './deletedNamesake';

export { editDistance };

/** How the text is to be read: where a one-line answer under a ticket begins (see opensAnswer), when it is one. */
export interface ScopeReading {
  answerFrom?: number;
}

export interface ScopeResolution {
  workspace: string | null;
  sources: string[];
  space: string | null;
  ambiguities: string[];
  /** Whether a workspace/source/space was named at all, resolved or not. */
  named: Record<EntityType, boolean>;
  /** The kinds of names whose words fit several catalog entries ("Harbor" with Harbor Freight and Harbor Labs). */
  several: Set<EntityType>;
  /** Workspace resolved with a deletedAt date in the catalog. */
  workspaceDeletedAt: string | null;
  /** The words each resolved part came from, and where every catalog mention lies in the text. */
  evidence: { workspace: string | null; sources: Map<string, string>; space: string | null };
  spans: [number, number][];
  /** Sources written as exclusions ("except Android"), with the question asked when nothing of their type was left. */
  excluded: { sources: string[]; words: string; question: string | null }[];
  /** Workspaces written only as what must stay ("We do NOT want acme-inc deleted"): what a withdrawal protects. */
  keptWorkspaces: { slug: string; text: string }[];
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const TOKEN = new RegExp(WORD.source, 'gu');
const FILLER = new Set(['the', 'our', 'my', 'your', 'their', 'its', 'this', 'that', 'die', 'der', 'das', 'den', 'dem', 'unsere', 'unseren', 'unserer', 'le', 'la', 'les', 'notre', 'nos', 'el', 'los', 'nuestro', 'nuestra', 'de', 'du', 'des', 'del', 'do', 'da', 'dos', 'das', 'della', 'dello', 'dei', 'degli', 'delle', 'di', 'van', 'het', 'named', 'called', 'slug', 'id', 'of', 'של']);
const CUE_BEFORE: Record<EntityType, Set<string>> = {
  workspace: new Set(['workspace', 'workspaces', 'ws', 'arbeitsbereich', 'arbeitsbereichs', 'espacio', 'compte', 'account', 'tenant', 'ワークスペース', 'arbetsyta', 'arbetsytan', 'työtila', '워크스페이스', '工作区', '工作區']),
  // "the data of the Website", "los datos del Website", "die Daten der Website": data words before a
  // name say it is a source as much as "source" does.
  source: new Set([
    'source', 'sources', 'src', 'quelle', 'quellen', 'fuente', 'fuentes', 'bron', 'bronnen', 'fonte', 'fontes', 'sorgenti', 'ソース', 'data', 'daten', 'datos', 'données', 'dati', 'dados', 'gegevens',
    // Romanian and Greek: "datele sursei android", "της πηγής booking".
    'sursa', 'sursei', 'sursele', 'surselor', 'πηγή', 'πηγής', 'πηγη', 'πηγης', 'πηγές',
    // Swedish, Danish, Norwegian, Finnish, Polish, Italian, Czech, Korean: "källan Backend", "kilden Web", "źródło Web".
    'källa', 'källan', 'källor', 'kilde', 'kilden', 'kildene', 'lähde', 'lähteen', 'lähteestä', 'źródło', 'źródła', 'źródle', 'zrodlo', 'sorgente', 'zdroj', 'zdroje', '소스',
    // Arabic, Vietnamese, Lithuanian, Croatian, Slovenian, Estonian, Ukrainian, Russian, Hebrew, Indonesian, Swahili, Catalan, Hindi.
    'المصدر', 'مصدر', 'nguồn', 'liệu', 'данные', 'данных', 'дані', 'даних', 'podaci', 'podataka', 'נתוני', 'מקור', 'המקור', 'מקורות', 'המקורות', 'بيانات', 'šaltinio', 'šaltinis', 'izvora', 'izvor', 'vira', 'virov', 'allika', 'allikas', 'джерела', 'джерело', 'источника', 'источник', 'источнике', 'источники', 'sumber', 'chanzo', 'font', 'स्रोत',
    // Chinese labels: "來源 Web", "数据源 App".
    '来源', '來源', '数据源', '數據源',
    // Persian: "منبع Website" (source), "داده‌های Website" (the data of).
    'منبع', 'منابع', 'داده', 'داده‌های', 'دادههای', 'دادهٔ',
  ]),
  space: new Set(['space', 'spaces', 'raum', 'espace', 'espacio', 'unify', 'スペース', 'prostor', 'przestrzeń', 'utrymme', 'rum', '스페이스']),
};
const CUE_AFTER: Record<EntityType, Set<string>> = {
  workspace: new Set(['workspace', 'account', 'ワークスペース']),
  // "the ios one": an answer that picks one of the names it was asked about.
  source: new Set(['source', 'sources', 'app', 'apps', 'data', 'events', 'one', 'quelle', 'daten', 'données', 'datos', 'dati', 'dados', 'gegevens', 'dane', 'danych', 'eventos', 'ereignisse', 'ソース', 'の', 'データ',
    // Turkish: "Web kaynağının verilerini", "iOS App verileri".
    'kaynak', 'kaynağı', 'kaynağının', 'kaynağından', 'kaynağındaki', 'kaynağına', 'kaynağını', 'kaynakları', 'kaynaklarını', 'veri', 'verisi', 'verisini', 'verileri', 'verilerini',
    // Hungarian: "web forrásának adatait".
    'forrás', 'forrásának', 'forrását', 'forrásból', 'forrásra', 'forrásai', 'adatait', 'adatai', 'adatok', 'adatokat',
    // Finnish and Nordic: "Website-lähteen data", "Website-datat", "Web-kilden".
    'bron', 'bronnen', 'datat', 'datan', 'dataa', 'datasta', 'tiedot', 'lähde', 'lähteen', 'lähteestä', 'källan', 'källa', 'kilden', 'kilde', 'dataene', 'dataen',
    // Romanian, Greek and Portuguese: "Web sursa", "Web πηγή", "Web fonte" (Hindi: HINDI_CUE_AFTER).
    'sursa', 'sursei', 'datele', 'πηγή', 'πηγής', 'δεδομένα', 'fonte']),
  space: new Set(['space', 'raum', 'スペース']),
};
/** Hindi's "of" between a name and its data word ("Web ka data"). */
const HINDI_OF = new Set(['ka', 'ki', 'ke', 'का', 'की', 'के']);
const HINDI_CUE_AFTER = /^\s*(?:(?:का|की|के)\s+)?(?:सोर्स|स्रोत|डेटा)/u;
/** A CJK word that begins with a source's data word: the name before it is a source. */
const SOURCE_CUE_PREFIX = /^(?:の(?:データ|ソース)|データ|ソース|的?(?:来源|來源|数据|數據|资料|資料|源)|(?:의\s*)?(?:데이터|소스))/u;
const EXCEPT_WORD = new Set(['ausnahme', 'exception', 'excepción', 'excepcion', 'eccezione', 'uitzondering', 'wyjątkiem', 'except', 'excepting', 'excluding', 'barring', 'besides', 'außer', 'ausser', 'ausgenommen', 'sauf', 'excepto', 'salvo', 'menos', 'behalve', 'tranne', 'eccetto', 'exceto', 'utom', 'unntatt', 'undtagen', 'oprócz', 'poza']);
/** "not iOS though": the word after a negated name that makes it an afterthought leaving the name out. */
const NOT_THOUGH = new Set(['though', 'tho']);
/** Labels of a form-like request ("Quelle iOS App, Zeitraum 01.10.–03.10."): never a name in a list. */
const FIELD_LABEL = new Set(['zeitraum', 'datum', 'daten', 'tage', 'tag', 'zeitpunkt', 'period', 'periode', 'période', 'periodo', 'período', 'dates', 'date', 'days', 'day', 'range', 'fecha', 'fechas', 'dias', 'días', 'jours', 'giorni', 'dagen', 'datums', 'termin', 'dni', 'okres']);
const IN_WORD = new Set(['in', 'في', 'of', 'from', 'at', 'im', 'von', 'aus', 'dans', 'de', 'du', 'en', 'di', 'del', 'van', 'uit', 'på', 'i', 'w', 'z', 'do', 'da', 'em', 'no', 'na', 'della', 'nel', 'nella', 'του', 'της', 'των', 'στο', 'στη', 'στην']);
const LIST_JOIN = new Set(['and', 'und', 'et', 'y', 'e', 'ed', 'en', 'or', 'plus', 'och', 'og', 'ja', 'sekä', 'oraz', 'és', 'și', 'şi', 'και', 'aur', 'और', 've', 'i', 'и', 'і', 'та']);
const QUOTES = new Set(['`', '"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '「', '」']);
// Anchored at the start of a word: without the lookbehind, a long run of letters with no "-" or "_"
// (a 200 KB subject line) was retried from every position inside it, O(n²) — minutes for one email.
// A match can never start inside a word that failed at its start, so the matches are the same.
// Letters and digits of alphabetic scripts: Japanese, Chinese and Korean are written straight after a
// slug ("kite-teaワークスペースの"), and are no part of it.
const IDENTIFIER = /(?<![\p{L}\p{N}])(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])+(?:[-_](?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])+)+/gu;
const TYPE_WORDS: Record<EntityType, RegExp> = {
  workspace: /(?:workspace|arbeitsbereich|tenant)\s*[:=]?\s*[`"'“]?$/i,
  source: /(?:source|quelle|fuente|src)\s*[:=]?\s*[`"'“]?$/i,
  space: /(?:space|raum)\s*[:=]?\s*[`"'“]?$/i,
};

interface Mention {
  text: string;
  start: number;
  end: number;
  terms: CatalogTerm[];
  /** Sources and spaces the words also name, set aside as uncued short forms ("iOS" for "iOS App"). */
  weak?: CatalogTerm[];
  /** Read as an ordinary word of the sentence, not as the name (askAboutOrdinaryWordNames): "May I request …" lists no unknown "request". */
  asWord?: boolean;
}

/** Addresses and links name mail domains and pages, not catalog entries ("ana@acme.example"). */
/**
 * Korean, Japanese and Chinese write a particle straight after a name: "acme-inc의 iOS App", "acme-incの",
 * "acme-inc的". After Latin letters or digits it is not part of the name (blanked in place, same length).
 */
const PARTICLE_AFTER_NAME = /(?<=[A-Za-z0-9])(?:의|에서|에|을|를|은|는|이|가|와|과|の|を|は|が|で|に|と|から|的|中的|和|及)/gu;
/** Of those, the ones that join a list ("iOS AppとwatchOS", "iOS App과 watchOS"): kept as "&", so the list is still seen. */
const JOINING_PARTICLE = new Set(['와', '과', 'と', '和', '及']);
/** Hebrew "in", "from", "to", "the" written onto a Latin name with a hyphen: "ב-swiftcargo", "מ-Web Shop". */
const HEBREW_PREFIX_BEFORE_NAME = /(?<![^\P{L}]|\u03B9)[בלמהוש]-(?=[A-Za-z0-9])/gu;
/**
 * "in Chainzo" with Chainzo Exchange (slug chainzo) and Chainzo LatAm (chainzo-latam): the word is the
 * slug of one, but written as a name it is the first word of both, so which is meant is asked. So is a
 * name of one word: "chaiwala" is all of Chaiwala's name and the first word of Chaiwala India's. The slug
 * as written ("chainzo") or a whole name of several words ("Chainzo Exchange") is no question.
 * Returns 'slug' where the word is the whole name of neither ("Tidewater" of Tidewater Games and
 * Tidewater Games JP): then neither is the scope yet, nor the sources read in it. "chaiwala", all of
 * Chaiwala's name, keeps that workspace while it asks ('name').
 */
function askAboutSharedName(written: string, ws: CatalogWorkspace, index: ParserCatalog, ambiguities: string[]): 'slug' | 'name' | null {
  const word = written.trim().toLowerCase();
  const slugAsName = word === ws.slug.toLowerCase() && word !== ws.name.toLowerCase();
  const oneWordName = word === ws.name.toLowerCase() && !/\s/.test(word) && written.trim() !== ws.name;
  if (written.trim() === ws.slug || !(slugAsName || oneWordName)) return null;
  const sharing = index.catalog.workspaces.filter((w) => w.name.toLowerCase().split(/\s+/)[0] === word || w.slug.startsWith(`${word}-`) || w.slug === word);
  if (sharing.length < 2) return null;
  ambiguities.push(`"${written.trim()}" could be ${sharing.map((w) => w.slug).join(' or ')} — which workspace is meant?`);
  return slugAsName ? 'slug' : 'name';
}
/**
 * Words that say the production workspace is meant, not its staging or sandbox twin ("our staging
 * workspace, not prod" says the twin: a production word negated does not count).
 */
export const PRODUCTION_WORD =
  /(?<![^\P{L}]|\u03B9)(?<!(?:not|non|nicht|no|never)[\s-]+(?:the\s+|in\s+|on\s+)?)(?:production|prod|producci[óo]n|produ[çc][ãa]o|produktion|produktiv\p{L}*|productie|produzione|produkcj\p{L}*|produk[cč]n\p{L}*|tuotanto\p{L}*|live|not (?:the )?(?:staging|sandbox|test))(?![^\P{L}]|\u03B9)/iu;
/** Amharic "of" written onto a Latin name: "የpayments-api". */
const ETHIOPIC_BEFORE_NAME = /\p{Script=Ethiopic}+(?=[A-Za-z0-9])/gu;
const URL_OR_EMAIL = /\bhttps?:\/\/\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * Words that turn a catalog name into another thing: "Acme Inc Staging", "Android App Beta",
 * "iOS App 2". A name followed by one of them is a near miss to ask about, never the base name.
 */
/** Countries and regions, read as a variant only when written in capitals ("AU", not "in" or "at"); not those that are also legal forms (SA, SE, CO). */
const REGION_CODE = new Set('au us nz ca mx br ar cl jp kr cn tw hk sg th vn ph de fr es nl ch pl dk fi ie pt za ae tr il anz dach mena gcc amer nordics benelux'.split(' '));
const VARIANT_WORD = new Set(
  ('staging stage stg prod production prd dev development test testing qa uat sandbox beta alpha preview canary ' +
    'demo internal legacy old new next v1 v2 v3 v4 eu uk emea apac latam asia europe america global lite pro plus ' +
    'mini max tv watch tablet ipad kids sdk clone copy backup archive2 classic original premium enterprise free ' +
    'testumgebung testomgeving testmiljö testmiljø testiympäristö prueba pruebas teste homologação homologacao collaudo ' +
    'kiosk kiosks').split(/\s+/),
);
/**
 * Words that describe which of several things of one name is meant ("the old Web data", "der alten App",
 * "la nueva App", "the sandbox Checkout API"), in the languages customers write: the variant words above
 * that prose does not use before a name for another reason, and "old" and "new" as each language inflects
 * them. "the prod iOS App" is the one without a variant word, the name itself.
 */
const DESCRIBING_WORD = new Set([
  ...[...VARIANT_WORD].filter((w) => w.length > 2 && !/^(?:next|watch|plus|max|mini|free|copy|pro|lite|sdk|original|global|tv|prod|production|prd)$/.test(w)),
  ...('alt alte alten alter altes neu neue neuen neuer neues ancien ancienne anciens anciennes nouveau nouvel nouvelle nouveaux nouvelles ' +
    'vieux vieille viejo vieja viejos viejas antiguo antigua nuevo nueva nuevos nuevas vecchio vecchia vecchi vecchie nuovo nuova nuovi nuove ' +
    'oud oude nieuw nieuwe stary stara stare starej starego starą nowy nowa nowe nowej nowego nową velho velha velhos velhas novo nova novos novas ' +
    'старый старая старое старого старой новый новая новое нового новой eski yeni gamla gammal nya gamle nye vanha uusi vanhan uuden ' +
    'testowy testowa testowe testowej тестовый тестовая тестовое тестового').split(' '),
]);


/** The words of the question about a name written as an exclusion ("do NOT delete X"). */
export const LEAVING_OUT = 'reads as leaving';

/** A name that starts like a catalog name but goes on ("Acme Inc Staging"): asked about, never the base name. */
interface Variant {
  shown: string;
  terms: CatalogTerm[];
  /** Where the whole variant is written, when it ends in a number ("Webshop 2"): that number is no day. */
  numbered?: [number, number];
  /** Where the known name it starts with is written ("Studio Mar" of "Studio Mar Producción"): a name, never a day ("Mar" is no Tuesday). */
  named?: [number, number];
}

/** The text as names are read from it: addresses and the particles and prefixes written onto names blanked, position for position. */
function namesText(input: string): string {
  // "~~the Android App and~~ the iOS App": a source crossed out is not asked for (struckWords.ts).
  return withoutStruckWords(input)
    .replace(URL_OR_EMAIL, (m) => ' '.repeat(m.length))
    .replace(PARTICLE_AFTER_NAME, (m) => (JOINING_PARTICLE.has(m) ? '&' : ' '.repeat(m.length)))
    // "Workspace Main bzw. Staging": the abbreviation's dot ends no sentence, the list goes on.
    .replace(/(?<![^\P{L}]|\u03B9)(bzw|resp)\.(?=[^\S\n])/giu, '$1 ')
    // "Website ו-Mobile App": the prefix "and" is kept as "&", so the list is still seen.
    .replace(HEBREW_PREFIX_BEFORE_NAME, (m) => (m.startsWith('ו') ? '& ' : ' '.repeat(m.length)))
    .replace(ETHIOPIC_BEFORE_NAME, (m) => ' '.repeat(m.length));
}

/** "client NW" with no workspace settled: initials that fit a workspace's name are asked about. */
function askedAboutInitials(text: string, index: ParserCatalog, ambiguities: string[]): boolean {
  const question = clientInitialsQuestion(text, index.catalog.workspaces, (word) => index.terms.has(word));
  if (question) ambiguities.push(question);
  return question !== null;
}

/**
 * The workspace, sources and space a message names. Catalog names are found in the text first, names
 * written as exclusions dropped, then every field must agree on one value or is asked about.
 */
export function resolveScope(input: string, index: ParserCatalog, sender: string | null = null, reading: ScopeReading = {}): ScopeResolution {
  const text = namesText(input);
  const tokens = tokensOf(text, index.cjkWords);
  const { mentions, variants, asks, askedTypes } = findMentions(text, tokens, { index, sender, answerFrom: reading.answerFrom ?? null });
  dropGenericTails(text, mentions);
  dropDeletedNamesakes(mentions, text);
  const ambiguities: string[] = [...asks];
  for (const type of readWordOrder(text, tokens, mentions, ambiguities)) askedTypes.add(type);
  // "website data (not the iOS App!)", "the regular Android App must stay": a name written as an exclusion is
  // never part of the scope. With another name of its kind left, that one is; with none ("all but android") we ask.
  // Names left out are still names: "Keep Android Beta and iOS untouched" lists no unknown "Beta".
  const written = [...mentions];
  const { mistyped, mistypedAsks, excluded } = dropNamesNotAskedFor(text, tokens, index, { mentions, written }, ambiguities);
  // "alles in X löschen außer dem Space Y", "the Marketing space can stay": a space left out in any words is
  // no space asked for, so the request stays the workspace's (a purge, which asks what to keep), not Y's.
  const excludedTypes = new Set(excluded.filter((x) => !(x.types.length === 1 && x.types[0] === 'space')).flatMap((x) => x.types));
  const named = namedTypes(mentions);
  for (const t of excludedTypes) named[t] = true;
  const several = new Set<EntityType>();
  // A name written but not settled (a near miss, a variant): its words are there, so it is asked about, not missing.
  const asked = (type: EntityType): void => {
    named[type] = true;
    several.add(type);
  };
  for (const type of askedTypes) asked(type);
  // "drop the portal bit please, everything else stays": the part named is there in words, and what remains is the ticket's to say.
  if (excluded.some((x) => x.question !== null && x.sources.length > 0 && CANCELLED_LEAD.test(x.words))) asked('source');
  const { workspace, union } = agreedWorkspace(mentions, ambiguities, text);
  if (union.size > 1 && workspace === null) several.add('workspace');
  if (workspace === null && askedAboutInitials(text, index, ambiguities)) asked('workspace');
  const ws = workspace ? index.catalog.workspaces.find((w) => w.slug === workspace) ?? null : null;

  const { sources, space } = sourcesAndSpaces(text, mentions, ws, union.size, ambiguities, several);
  askAboutSourcesAside(text, tokens, index, mentions, ws, sources, ambiguities);
  askAboutDoubtedSources(text, mentions, sources, ambiguities);
  askAboutUnknownSourceUnderSubject(text, index, mentions, sources, { ambiguities, several });
  const counted = ws ? sourcesAskedInWorkspace(text, tokens, index, mentions, ws, { sources, ambiguities, several, named, workspacesNamed: workspacesWritten(written) }) : null;

  // "Workspace: medivia (ws_m1)" settles which workspace is meant: the company's name elsewhere ("[Medivia
  // IT #5521]", "Requesting entity: Nordvik Logistics AB", the start of "Nordvik Logistics EU") asks nothing.
  const writtenExactly = ws !== null && mentions.some((m) => m.text.trim() === ws.slug || m.text.trim() === ws.id);
  const askedVariants = askAboutVariants(variants.filter((v) => !sendersCompany(v, mentions, sender)), writtenExactly ? ws : null, mentions, ambiguities);
  askedVariants.types.forEach((type) => asked(type));
  dropSubjectNamesOfVariants(text, mentions, askedVariants.asked, sources);
  if (ws) askAboutNamesBeside(text, { mentions, written }, ws, index.catalog.workspaces, sender, ambiguities);
  unknownListed(text, tokens, [...written.filter((m) => !m.asWord), ...echoesOf(text, tokens, mentions, index)], index, ambiguities);
  // A name we nearly know ("acme-incc", "Newsletter-staging") is asked about; one near none is named but not found.
  const notFound = (type: EntityType): void => void (named[type] = true);
  nearMisses(text, index, ambiguities, notFound, written).forEach((type) => asked(type));
  ambiguities.push(...mistypedAsks);
  mistyped.forEach((m) => asked(m.type));
  // "the Web data for Lagos Light Abuja": a workspace read from the start of a longer name asked about is no scope.
  if (ws && onlyInAskedName(ws, askedVariants.asked, mentions)) return withoutWorkspace(ambiguities, named, several);
  const evidence = scopeEvidence(mentions, { workspace, sources, space }, counted);
  if (ws && evidence.workspace && !writtenExactly && !PRODUCTION_WORD.test(text) && askAboutSharedName(evidence.workspace, ws, index, ambiguities) === 'slug') return withoutWorkspace(ambiguities, named, several);
  const spans = [...mentions.map((m): [number, number] => [m.start, m.end]), ...askedVariants.numbered];
  const excludedSources = excluded.filter((x) => x.sources.length > 0).map(({ sources: slugs, words, question }) => ({ sources: slugs, words, question }));
  const keptWorkspaces = excluded.flatMap((x) => x.workspaces).filter((w, k, all) => all.findIndex((o) => o.slug === w.slug) === k);
  return { workspace, sources: [...sources].sort(), space, ambiguities, named, several, workspaceDeletedAt: ws?.deletedAt ?? null, evidence, spans, excluded: excludedSources, keptWorkspaces };
}

/**
 * Whether every mention of `ws` is the start of a longer name asked about that goes on with one more
 * name of a place or branch ("Lagos Light" of "Lagos Light Abuja", "Nadzieja" of "Nadzieja Warszawa").
 * A number or a product word after it ("Kestrel Health 2 days", "Summit iPad") is what is written beside
 * the workspace, which stays read.
 */
function onlyInAskedName(ws: CatalogWorkspace, asked: Variant[], mentions: Mention[]): boolean {
  const ofWs = mentions.filter((m) => m.terms.some((t) => t.type === 'workspace' && t.canonical === ws.slug));
  const branch = (v: Variant, m: Mention): boolean => v.shown.toLowerCase().startsWith(`${m.text.toLowerCase()} `) && /^\s+\p{Lu}\p{Ll}{2,}$/u.test(v.shown.slice(m.text.length));
  const doubted = asked.filter((v) => v.terms.some((t) => t.type === 'workspace' && t.canonical === ws.slug));
  return doubted.length > 0 && ofWs.length > 0 && ofWs.every((m) => doubted.some((v) => branch(v, m)));
}
/** The scope with its workspace left open: the workspace is named (and asked about), nothing in it is read yet. */
function withoutWorkspace(ambiguities: string[], named: ScopeResolution['named'], several: ScopeResolution['several']): ScopeResolution {
  named.workspace = true;
  several.add('workspace');
  const evidence = { workspace: null, sources: new Map<string, string>(), space: null };
  return { workspace: null, sources: [], space: null, ambiguities, named, several, workspaceDeletedAt: null, evidence, spans: [], excluded: [], keptWorkspaces: [] };
}

/**
 * Whether the number ending at `end` is a date's, not a numbered name's: "Revontuli Paysta 2.12.2026",
 * "Foundation Oktubre 24, 2026", "apps 17 Mac 2027". Only a name's own number ("Webshop 2 i Fjord
 * Retail den 30. april") is kept from the days.
 */
function numberOfADate(text: string, end: number): boolean {
  const before = /(\p{L}+)\.?\s+\d+$/u.exec(text.slice(Math.max(0, end - 30), end));
  const after = text.slice(end, end + 30);
  return DATE_GOES_ON.test(after) || isMonthName(/^\s+(\p{L}+)/u.exec(after)?.[1] ?? '') || isMonthName(before?.[1] ?? '');
}
const DATE_GOES_ON = /^(?:[./-]\d|,?\s*(?:19|20)\d{2}(?!\d)|\s+\p{L}+\.?,?\s+(?:19|20)\d{2}(?!\d))/u;

/**
 * Takes out of `mentions` the names that are not asked for: the start of a longer name written one
 * letter off, former names, exclusions, names in a story, in a question to a colleague, or settled later.
 */
function dropNamesNotAskedFor(text: string, tokens: Token[], index: ParserCatalog, names: { mentions: Mention[]; written: Mention[] }, ambiguities: string[]): { mistyped: MistypedName[]; mistypedAsks: string[]; excluded: ReturnType<typeof dropExclusions> } {
  const { mentions, written } = names;
  // "Harbor Pointe" where Harbor and Harbor Point are: one letter from the longer name, so "Harbor" inside it is
  // no name of its own. The near miss is asked about; the shorter name is not taken from its words.
  const mistypedAsks: string[] = [];
  const mistyped = mistypedNames(text, tokens, written, index, mistypedAsks);
  dropNamesInsideMistyped(mentions, mistyped);
  dropFormerNames(text, mentions);
  dropNamesOfOtherTables(text, mentions, ambiguities);
  const excluded = dropExclusions(text, tokens, mentions, ambiguities);
  dropStoryNames(text, mentions);
  dropNamesOfReferredRequests(text, mentions);
  dropQuestionsToColleagues(text, mentions, index);
  dropSettledLater(text, tokens, index, mentions, ambiguities);
  return { mistyped, mistypedAsks, excluded };
}

/**
 * "Last sync dates:" over "| Web | 2026-11-03 |" beside a request for the iOS App: the names in a table
 * that only shows data are not asked for; those in a table that may or may not be the request are
 * asked about (requestTables.ts).
 */
function dropNamesOfOtherTables(text: string, mentions: Mention[], ambiguities: string[]): void {
  const sources = mentions.filter((m) => m.terms.every((t) => t.type === 'source')).map((m) => ({ start: m.start, end: m.end, sources: m.terms.map((t) => t.canonical), m }));
  const { shown, unsure } = readTables(text, sources, mentions.map((m): [number, number] => [m.start, m.end]));
  ambiguities.push(...unsure.map((u) => u.question));
  const dropped = new Set([...shown, ...unsure.flatMap((u) => u.names)].map((n) => n.m));
  for (let k = mentions.length - 1; k >= 0; k--) if (dropped.has(mentions[k])) mentions.splice(k, 1);
}

/** The customer's own words for the workspace, each source and the space: the first mention of each. */
function scopeEvidence(mentions: Mention[], scope: { workspace: string | null; sources: Set<string>; space: string | null }, counted: string | null): ScopeResolution['evidence'] {
  const firstText = (type: EntityType, canonical?: string): string | null =>
    mentions.find((m) => m.terms.some((t) => t.type === type && (canonical === undefined || t.canonical === canonical)))?.text ?? null;
  return {
    workspace: scope.workspace ? firstText('workspace', scope.workspace) : null,
    sources: new Map([...scope.sources].map((slug) => [slug, firstText('source', slug) ?? counted ?? slug])),
    space: scope.space ? firstText('space', scope.space) : null,
  };
}

/** Leaves out the names that are only the start of a longer name written one letter off ("Harbor" in "Harbor Pointe"). */
function dropNamesInsideMistyped(mentions: Mention[], mistyped: MistypedName[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    const inside = mistyped.some((x) => x.start <= m.start && x.end >= m.end && x.end - x.start > m.end - m.start && m.terms.some((t) => t.type === x.type));
    if (inside) mentions.splice(k, 1);
  }
}

/** A source named in brackets, as one of several joined by "or", or as one build of it: each asks. */
function askAboutSourcesWritten(text: string, index: ParserCatalog, mentions: Mention[], ws: CatalogWorkspace, out: { sources: Set<string>; ambiguities: string[]; several: Set<EntityType> }): void {
  askAboutBracketedNames(text, index, mentions, ws, out.sources, out.ambiguities, out.several);
  askAboutAlternatives(text, mentions, ws, out.sources, out.ambiguities, out.several);
  askAboutBuilds(text, mentions, out.sources, out.ambiguities, out.several);
}

/**
 * "北辰物流（上海） 工作区", "the Kite Games (Berlin) workspace": words in brackets between a workspace's
 * name and the word for a workspace qualify the name — another workspace of that company, perhaps one the
 * catalog does not have — so which is meant is asked. The workspace's own slug or id in brackets settles it.
 */
function askAboutQualifiedWorkspace(text: string, mentions: Mention[], ws: CatalogWorkspace, ambiguities: string[]): void {
  for (const m of mentions.filter((x) => x.terms.some((t) => t.type === 'workspace' && t.workspace === ws))) {
    const qualified = QUALIFIED_WORKSPACE.exec(text.slice(m.end, m.end + 60));
    if (!qualified || [ws.slug, ws.id, ws.name].some((own) => own.toLowerCase() === qualified[1].trim().toLowerCase())) continue;
    ambiguities.push(`"${m.text}${qualified[0].replace(/\s*\S+$/u, '')}" is not how ${ws.slug} is named — is ${ws.slug} meant, or another workspace?`);
    return;
  }
}
/** "（上海） 工作区", " (Berlin) workspace": a bracketed qualifier, then the word for a workspace. */
const QUALIFIED_WORKSPACE = /^[^\S\n]*[（(]([^()（）\n]*\p{L}[^()（）\n]*)[)）][^\S\n]*(?:workspace|工作区|工作區|ワークスペース|워크스페이스|arbeitsbereich|espace de travail|espacio de trabajo|area di lavoro)/iu;

/**
 * "the Watch app data" with sources Watch, App and App 2: the common word right after a source's name is
 * that name's own word ("app" of the Watch), not a second source named App beside it.
 */
function dropGenericTails(text: string, mentions: Mention[]): void {
  const isSource = (m: Mention): boolean => m.terms.every((t) => t.type === 'source');
  for (let k = mentions.length - 1; k > 0; k--) {
    const [name, tail] = [mentions[k - 1], mentions[k]];
    // "all App events" with a source Events: the data word in lower case after a name is that name's data.
    const dataWord = GENERIC_TAIL.has(tail.text) && tail.text === tail.text.toLowerCase();
    if (!isSource(name) || !isSource(tail) || !(GENERIC_NAME.has(tail.text.toLowerCase()) || dataWord) || !/^[ -]$/.test(text.slice(name.end, tail.start))) continue;
    // "the production App data": "App" written as the catalog writes it, after a word in lower case, is the
    // name; the word before it may be a description of its data (askAboutDescribingWords), never the name.
    if (!dataWord && writtenAsCatalog(tail) && !writtenAsCatalog(name)) continue;
    if (QUOTES.has(text[tail.start - 1] ?? '') || tail.terms.some((t) => name.terms.some((n) => n.canonical === t.canonical))) continue;
    // Only beside a source of the same workspace: "the mobile app" where Mobile is another customer's is still asked about.
    if (!tail.terms.some((t) => name.terms.some((n) => n.workspace === t.workspace))) continue;
    mentions.splice(k, 1);
  }
}

/**
 * Whether a mention is written exactly as the catalog writes one of its sources' names ("App", not "app"),
 * or as a slug no prose has ("ios-app"; the slug "test" is also the word "test").
 */
function writtenAsCatalog(m: Mention): boolean {
  return m.terms.some((t) => t.type === 'source' && t.workspace.sources.some((x) => x.slug === t.canonical && (x.name === m.text || (x.slug === m.text && /[-_\d]/.test(x.slug)))));
}

/**
 * "We're shutting down Harvest Farms' online store. Please delete our Harvest workspace" from
 * tom@harvestfarms.example: a longer name spelled as the sender's own mail domain is their company, not
 * another workspace — when the workspace it starts with is also written on its own in the mail.
 */
function sendersCompany(v: Variant, mentions: Mention[], sender: string | null): boolean {
  const domain = sender?.split('@')[1]?.toLowerCase();
  const letters = v.shown.toLowerCase().replace(/['’]s?$/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
  if (!domain || letters.length < 4 || !domain.split('.').slice(0, -1).includes(letters)) return false;
  const workspaces = v.terms.filter((t) => t.type === 'workspace').map((t) => t.canonical);
  return workspaces.length > 0 && mentions.some((m) => m.terms.some((t) => t.type === 'workspace' && workspaces.includes(t.canonical)));
}

/**
 * "Acme Inc Staging", "iOS App 2" where only iOS App is: a name that goes on past a catalog name is asked
 * about. Returns the types asked, and where the numbered names asked about are written: "Webshop 2 i
 * Fjord Retail den 30. april" asks about Webshop 2, so its 2 is not also read as 2 April; and, for the
 * others, where their known part is written ("Mar" of "Studio Mar Producción" is no Tuesday).
 */
function askAboutVariants(variants: Variant[], writtenExactly: CatalogWorkspace | null, mentions: Mention[], ambiguities: string[]): { types: EntityType[]; numbered: [number, number][]; asked: Variant[] } {
  const types: EntityType[] = [];
  const numbered: [number, number][] = [];
  const asked: Variant[] = [];
  for (const v of variants) {
    const type = v.terms[0].type;
    if (writtenExactly && type === 'workspace' && `${writtenExactly.name.toLowerCase()} `.startsWith(`${v.shown.toLowerCase()} `)) continue;
    if (sdkOfNamedSource(v, mentions)) continue;
    const names = [...new Set(v.terms.map((t) => t.canonical))].join(' or ');
    ambiguities.push(`"${v.shown}" is not a known ${type} — is it ${names}, or something else?`);
    types.push(type);
    if (v.numbered) numbered.push(v.numbered);
    else if (v.named) numbered.push(v.named);
    asked.push(v);
  }
  return { types, numbered, asked };
}

/**
 * Subject "iOS App 2 source – beta build", body "the iOS App 2 source beta data": the subject's name is
 * the body's other name said in brief, asked about there; it is not taken on its own while the question
 * is open (the body names the source only with the words that make it another).
 */
function dropSubjectNamesOfVariants(text: string, mentions: Mention[], asked: Variant[], sources: Set<string>): void {
  const subjectEnd = subjectLineEnd(text);
  if (subjectEnd < 0) return;
  const body = text.slice(subjectEnd);
  for (const slug of [...sources]) {
    const named = mentions.filter((m) => m.terms.some((t) => t.type === 'source' && t.canonical === slug));
    const inSubjectOnly = named.length > 0 && named.every((m) => m.end <= subjectEnd);
    if (inSubjectOnly && asked.some((v) => v.terms.some((t) => t.type === 'source' && t.canonical === slug) && body.includes(v.shown))) sources.delete(slug);
  }
}

/** Every workspace written, kept ones too ("Harbor Foods - nothing to do"): what "the three clients" counts. */
function workspacesWritten(written: Mention[]): number {
  return new Set(written.flatMap((m) => m.terms.filter((t) => t.type === 'workspace').map((t) => t.workspace.slug))).size;
}

function namedTypes(mentions: Mention[]): Record<EntityType, boolean> {
  const named = (type: EntityType): boolean => mentions.some((m) => m.terms.some((t) => t.type === type));
  return { workspace: named('workspace'), source: named('source'), space: named('space') };
}

/** "the app data" (asked when it fits several) and "all three sources": sources written as common words. Returns the count's words. */
function sourcesOfCommonWords(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[], several: Set<EntityType>, index: ParserCatalog, workspacesNamed: number): string | null {
  askAboutGenericNames(text, tokens, mentions, ws, sources, ambiguities, several);
  askAboutDataKindNames(text, tokens, mentions, ws, sources, ambiguities, several);
  askAboutShortOfLonger(text, tokens, mentions, ws, sources, ambiguities, several);
  askAboutMisheardLonger(text, tokens, mentions, ws, { sources, ambiguities, several });
  askAboutDescribingWords(text, tokens, mentions, ws, sources, ambiguities);
  askAboutNameAsWord(text, tokens, mentions, ws, sources, ambiguities, several);
  askAboutOrdinaryWordNames(text, tokens, mentions, ws, { sources, ambiguities, several, index });
  askAboutStoryWordNames(text, tokens, mentions, ws, { sources, ambiguities, several, index });
  askAboutDeclinedNames(tokens, mentions, ws, { sources, ambiguities, several, index });
  dropSubjectEchoesOfStory(text, mentions, ws, sources);
  askAboutCommonWordOwners(text, tokens, mentions, ws, { sources, ambiguities, index });
  return countedSources(text, ws, { sources, ambiguities, several, workspacesNamed });
}

/**
 * "can you delete the events from 4 February in Main?" where Main has a source Events: a source named by
 * the word for the data itself, written in lower case as a plain noun ("the events", "all events", "those
 * events") with nothing that marks it as a name, may mean that source or the events of every source —
 * asked, and left out until answered. Read as the name, every other source's events of that day would be
 * kept; read as the noun, a whole workspace's day would go. "the Events source", "events data",
 * "`events`", "Events" as the catalog writes it and a bare "events in orbital-eu" still name it; "the
 * events from the Web source" are Web's.
 */
function askAboutDataKindNames(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[], several: Set<EntityType>): void {
  const ownSource = (m: Mention): CatalogTerm | undefined => m.terms.find((t) => t.type === 'source' && t.workspace === ws && sources.has(t.canonical));
  const plain = mentions.filter((m) => ownSource(m) && plainDataNoun(text, tokens, m));
  for (const m of plain) {
    const source = ownSource(m);
    if (!source || !sources.has(source.canonical)) continue;
    // Also written as the name ("the Events source", "Events", a bare "events"): that source is named.
    if (mentions.some((x) => !plain.includes(x) && x.terms.some((y) => y.type === 'source' && y.canonical === source.canonical))) continue;
    sources.delete(source.canonical);
    // "the events from the Web source", "the events of the App": whose events the words go on to say.
    const owner = mentions.some((o) => o.start > m.end && OF_WHOSE_NEAR.test(text.slice(m.end, o.start)) && o.terms.some((t) => t.type === 'source' && t.workspace === ws && sources.has(t.canonical)));
    if (owner) continue;
    several.add('source');
    const name = ws.sources.find((x) => x.slug === source.canonical)?.name ?? source.canonical;
    ambiguities.push(`"${text.slice(tokens[tokens.findIndex((t) => t.start === m.start) - 1].start, m.end)}" may mean the ${name} source or the ${m.text} of every source in ${ws.slug} — which is meant?`);
  }
}
/** The data itself, in the words a source could also be named by (plural nouns: see PLURAL_NOUN). */
const DATA_KIND = new Set(['events', 'event', 'data', 'records', 'logs', 'hits', 'tracks', 'calls', 'messages', 'pageviews', 'sessions']);
/**
 * A name that is a plural noun ("orders", "payments", "sessions") names the records a source holds, which
 * every source may hold: "the orders from Jan 3" is as open as "the events". (Measured against the
 * corpora: no exact result lost; reading every lower-case name after "the" so would lose "the android
 * sauce data".) Not "ss", "us", "is", "os", "as": "business", "nexus", "tvos", "atlas" are no plurals.
 */
const PLURAL_NOUN = /^\p{Ll}{3,}s$(?<!ss|us|is|os|as)/u;
/** Words before a plain noun: "the events", "all events", "those events". */
const PLAIN_NOUN_BEFORE = new Set(['the', 'all', 'those', 'these', 'our', 'my', 'your', 'their', 'any', 'some', 'every']);
/** "from the", "of our", "sent to the": the words up to whose data it is. */
const OF_WHOSE_NEAR = /^\s+(?:(?:from|of|in|sent to|sent by|coming from)\s+)(?:the\s+|our\s+|its\s+)?$/iu;
/** Whether a mention is one lower-case word for the data, written as a plain noun with no mark of a name. */
function plainDataNoun(text: string, tokens: Token[], m: Mention): boolean {
  const k = tokens.findIndex((t) => t.start === m.start);
  if (k < 1 || tokens[k].end !== m.end || m.text !== tokens[k].word || !(DATA_KIND.has(m.text) || PLURAL_NOUN.test(m.text))) return false;
  if (!PLAIN_NOUN_BEFORE.has(tokens[k - 1].word) || !/^\s+$/.test(text.slice(tokens[k - 1].end, m.start)) || sourceNounBefore(tokens, k)) return false;
  const next = tokens[k + 1];
  // "the events source", "the events data", "events-Daten": marked as the source's name.
  return !(next && /^[\s-]+$/.test(text.slice(m.end, next.start)) && (CUE_AFTER.source.has(next.word) || SOURCE_NOUN.has(next.word)));
}

/**
 * "Delete `roku` (Fire TV) in helios-media": a name in brackets right after a source's name says what
 * that source is. Where it is another source, or a name the workspace does not have, the two names
 * disagree about which source is meant — asked, and neither is deleted until answered. The source's own
 * name or slug ("`ios-app` (iOS App)"), a workspace or space, a qualifier ("(Beta)", "(EU)"), prose in
 * lower case ("(the old one)") or a date agree with it or say something else.
 */
function askAboutBracketedNames(text: string, index: ParserCatalog, mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[], several: Set<EntityType>): void {
  for (const m of mentions) {
    const own = m.terms.find((t) => t.type === 'source' && t.workspace === ws && sources.has(t.canonical));
    const bracket = own ? BRACKET_AFTER_NAME.exec(text.slice(m.end, m.end + 48)) : null;
    if (!own || !bracket) continue;
    const inside = bracket[1].trim();
    const written = words(inside);
    // Written as a name: capitals ("Fire TV", "tvOS"), digits or a slug, with at most a word of its kind ("Apple TV app").
    const nameLike = (w: string): boolean => /\p{Lu}|\d|^\p{Ll}+[-_]\p{L}/u.test(w) || /^(?:app|apps|source|sdk)$/.test(w);
    if (written.length === 0 || written.length > 3 || !/\p{Lu}|[-_]/u.test(inside) || !inside.split(/\s+/).every(nameLike)) continue;
    if (written.every((w) => VARIANT_WORD.has(w) || REGION_CODE.has(w) || QUALIFIER_WORD.has(w) || PROSE_QUALIFIER.has(w) || CALENDAR_WORD.test(w) || /^\d+$/.test(w) || /^(?:utc|gmt|id)$/.test(w))) continue;
    // "shop (Workspace mueller-soehne)", "website source (kettle-co Website)": where the source lives, or its own name.
    const [from, to] = [m.end + bracket[0].indexOf('('), m.end + bracket[0].length];
    const within = mentions.filter((x) => x.start > from && x.end < to).flatMap((x) => x.terms);
    const terms = index.terms.get(written.join(' ')) ?? [];
    if (within.some((t) => t.type !== 'source') || terms.some((t) => t.type !== 'source' || (t.workspace === ws && t.canonical === own.canonical)) || written.some((w) => CUE_BEFORE.workspace.has(w))) continue;
    const other = terms.find((t) => t.workspace === ws);
    sources.delete(own.canonical);
    if (other) sources.delete(other.canonical);
    several.add('source');
    const shown = text.slice(QUOTES.has(text[m.start - 1] ?? '') ? m.start - 1 : m.start, m.end + bracket[0].length);
    ambiguities.push(`"${shown}": ${m.text} is the source ${own.canonical}, "${inside}" ${other ? `the source ${other.canonical}` : `no source of ${ws.slug}`} — which source is meant?`);
  }
}
/**
 * "the iOS App or Android App data", "Android App (or Android TV)": two sources of the workspace offered
 * as a choice the customer has not made (sourceChoice.ts). Neither is deleted until they say which, or both.
 */
function askAboutAlternatives(text: string, mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[], several: Set<EntityType>): void {
  const own = (m: Mention): string | null => m.terms.find((t) => t.type === 'source' && t.workspace === ws)?.canonical ?? null;
  const named = mentions.filter((m) => own(m) !== null).sort((a, b) => a.start - b.start);
  const pairs = named.slice(1).map((b, k) => ({ a: named[k], b, slugs: [own(named[k]), own(b)].sort().join(' '), between: text.slice(named[k].end, b.start) }));
  // Subject "Shop DE / Shop AT", body "Shop DE und Shop AT": listed with "and" elsewhere, the pair is both.
  const listedBoth = new Set(pairs.filter((p) => !offeredAsAlternatives(p.between) && listedWith(p.between)).map((p) => p.slugs));
  for (const { a, b, slugs, between } of pairs) {
    const [first, second] = [own(a), own(b)];
    if (!first || !second || first === second || (!sources.has(first) && !sources.has(second)) || !offeredAsAlternatives(between) || listedBoth.has(slugs)) continue;
    sources.delete(first);
    sources.delete(second);
    several.add('source');
    ambiguities.push(`"${text.slice(a.start, b.end).replace(/\s+/g, ' ')}" offers ${first} and ${second} as alternatives — which should be deleted: one of them, or both?`);
  }
}

/**
 * "the iOS App data … (beta users only)", "the beta build only", "same for the Lite version": a build,
 * channel or version of an app is part of its source's days, which the archive cannot delete apart
 * (sourceChoice.ts). Whole days of the source would take every other build's data too, so which source's
 * whole days (if any) is asked; a phrase that is itself a catalog name ("iOS App Beta") is that source.
 */
function askAboutBuilds(text: string, mentions: Mention[], sources: Set<string>, ambiguities: string[], several: Set<EntityType>): void {
  if (sources.size === 0) return;
  // "the beta build … Please delete Android App Beta": the build named is the source asked for.
  const names = mentions.flatMap((m) => m.terms.filter((t) => t.type === 'source' && sources.has(t.canonical)).map((t) => `${t.canonical} ${m.text}`.toLowerCase()));
  const phrase = buildPhrases(text).find((p) => !mentions.some((m) => m.start < p.end && p.at < m.end) && !names.some((n) => channelOfSource(p.channel, words(n))));
  if (!phrase) return;
  const shown = [...sources].sort();
  sources.clear();
  several.add('source');
  ambiguities.push(`"${phrase.words}": only whole days of a source can be deleted, not one build or version of it — should the whole days of ${shown.join(' and ')} be deleted, or another source?`);
}
/** "`roku` (Fire TV)", "Roku (Fire TV)": a bracket right after a name, its closing quote between. */
const BRACKET_AFTER_NAME = /^[`'"”’]?(?:[^\S\n]+source)?[^\S\n]*\(([^()\n,;:]{1,40})\)/u;

/** Words that say "the data of" a thing, not "the source named": "the billing data". */
const DATA_NOUN = new Set(['data', 'daten', 'datos', 'dati', 'dados', 'données', 'gegevens', 'dane', 'datan', 'dataen', 'データ']);
/**
 * "the billing data" in a workspace with Billing and Billing Events: a source's one-word name written in
 * lower case as a description of data, when a longer name of the workspace begins with it (not a
 * variant of it: "android data" beside Android Beta is Android), may mean either — asked, and left out
 * until answered. "the Billing source", "`billing`" and "Billing" named
 * elsewhere as the catalog writes it still name Billing.
 */
function askAboutShortOfLonger(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[], several: Set<EntityType>): void {
  for (const m of mentions) {
    const source = m.terms.find((t) => t.type === 'source' && t.workspace === ws && sources.has(t.canonical));
    const name = source ? ws.sources.find((x) => x.slug === source.canonical)?.name ?? '' : '';
    if (!source || m.text !== name.toLowerCase() || !/^\p{L}+$/u.test(m.text) || m.text === name) continue;
    // "Android Beta", "Checkout EU", "App 2": a variant of the name, whose base the short name is.
    const variantOnly = (rest: string[]): boolean => rest.every((w) => VARIANT_WORD.has(w) || REGION_CODE.has(w) || /^v?\d+$/.test(w));
    const longer = ws.sources.filter((x) => x.name.toLowerCase().startsWith(`${m.text} `) && !variantOnly(words(x.name).slice(1)));
    const k = tokens.findIndex((t) => t.start === m.start);
    if (longer.length === 0 || k < 0 || !DATA_NOUN.has(tokens[k + 1]?.word ?? '') || sourceNounBefore(tokens, k)) continue;
    if (QUOTES.has(text[m.start - 1] ?? '') || mentions.some((x) => x !== m && x.text !== m.text && x.terms.some((y) => y.type === 'source' && y.canonical === source.canonical))) continue;
    sources.delete(source.canonical);
    several.add('source');
    ambiguities.push(`"${m.text} ${tokens[k + 1].word}" could be ${[name, ...longer.map((x) => x.name)].join(' or ')} in ${ws.slug} — which source is meant?`);
  }
}

/** "the android app better data" beside Android App Beta: which of the two is meant is asked (nearNames). */
function askAboutMisheardLonger(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, out: { sources: Set<string>; ambiguities: string[]; several: Set<EntityType> }): void {
  for (const m of mentions) {
    const source = m.terms.find((t) => t.type === 'source' && t.workspace === ws && out.sources.has(t.canonical));
    const name = source ? ws.sources.find((x) => x.slug === source.canonical)?.name : undefined;
    const misheard = name ? misheardLongerNames(text, tokens, m, name, ws.sources.map((x) => x.name)) : null;
    if (!source || !name || !misheard) continue;
    out.sources.delete(source.canonical);
    out.several.add('source');
    out.ambiguities.push(`"${misheard.written}" could be ${[name, ...misheard.longer].join(' or ')} in ${ws.slug} — which source is meant?`);
  }
}

/**
 * "the test events we sent to the App source", "the billing events of the iOS App", "the production App
 * data", "(test events only)": a source's one-word name written in lower case (not as the catalog writes
 * it) before a data word or before another source's name describes what kind of data it is. Where the
 * words go on to say whose data it is ("of the iOS App", "sent to the App source") it is that source's
 * data and no source of its own; where they do not, and the words are events of a kind or run into
 * another name, which is meant is asked. "the web data and the iOS App data" still names both.
 */
function askAboutDescribingWords(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[]): void {
  for (const m of mentions) {
    const source = m.terms.find((t) => t.type === 'source' && t.workspace === ws && sources.has(t.canonical));
    const k = tokens.findIndex((t) => t.start === m.start);
    if (!source || k < 0 || tokens[k].end !== m.end || m.text !== m.text.toLowerCase() || writtenAsCatalog(m) || sourceNounBefore(tokens, k) || QUOTES.has(text[m.start - 1] ?? '')) continue;
    const others = mentions.filter((o) => o !== m && o.terms.some((t) => t.type === 'source' && t.workspace === ws && t.canonical !== source.canonical && sources.has(t.canonical)));
    if (others.length === 0 || mentions.some((o) => o !== m && writtenAsCatalog(o) && o.terms.some((t) => t.canonical === source.canonical))) continue;
    const next = tokens[k + 1];
    const nameNext = others.find((o) => o.start === next?.start && writtenAsCatalog(o) && /^[ \t]$/.test(text.slice(m.end, o.start)));
    const dataNext = next !== undefined && /^[ \t]$/.test(text.slice(m.end, next.start)) && GENERIC_TAIL.has(next.word) && text.slice(next.start, next.end) === next.word;
    if (!nameNext && !dataNext) continue;
    const owner = others.find((o) => o.start > next.end && OF_WHOSE.test(text.slice(next.end, o.start)) && !/[.!?\n]/.test(text.slice(next.end, o.start)));
    const describing = nameNext || /^events?$/.test(next.word) || (dataNext && commonWordBesideName(text, tokens, m, source, others));
    if (owner || describing) sources.delete(source.canonical);
    if (owner) continue;
    if (describing) ambiguities.push(`"${text.slice(m.start, next.end)}" may describe the data rather than name the ${ws.sources.find((x) => x.slug === source.canonical)?.name ?? source.canonical} source — should ${source.canonical} be deleted too?`);
  }
}
/**
 * "please delete web data in Fjord Media for the Newsletter": a name that is a common word ("web",
 * "mobile"), whose only mark of a name is the data word after it, in a sentence that names another
 * source as the catalog writes it and not in a list with it, may say what kind of data the other source
 * holds as readily as name its own. "the web data and the Newsletter data" lists both.
 */
function commonWordBesideName(text: string, tokens: Token[], m: Mention, source: CatalogTerm, others: Mention[]): boolean {
  if (source.strong) return false;
  const sentence = sentenceBounds(text, m.start);
  return others.some((o) => o.start >= sentence[0] && o.end <= sentence[1] && writtenAsCatalog(o) && !listedTogether(text, tokens, o.start < m.start ? [o, m] : [m, o]));
}
function sentenceBounds(text: string, at: number): [number, number] {
  const start = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return [start, ends.length > 0 ? Math.min(...ends) : text.length];
}

/**
 * "the test data in lumen", "les données de test" where lumen has a source Test: a source whose name is a
 * describing word, written in lower case beside a data word, says what kind of data it is as readily as it
 * names the source — and the kind may be spread over every source of the day. Asked, and left out until
 * answered; "the Test source", "Test" as the catalog writes it or the name in quotes still name it.
 */
function askAboutNameAsWord(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[], several: Set<EntityType>): void {
  for (const m of mentions) {
    const source = m.terms.find((t) => t.type === 'source' && t.workspace === ws && sources.has(t.canonical));
    const k = tokens.findIndex((t) => t.start === m.start);
    if (!source || k < 0 || tokens[k].end !== m.end || !DESCRIBING_WORD.has(m.text) || writtenAsCatalog(m) || sourceNounBefore(tokens, k) || QUOTES.has(text[m.start - 1] ?? '')) continue;
    // Written as a name elsewhere: as the catalog writes it, or right after its workspace's name ("Tokyo Lab staging").
    const asName = (o: Mention): boolean => writtenAsCatalog(o) || mentions.some((w) => w.terms.some((t) => t.type === 'workspace' && t.workspace === ws) && /^[ \t]+$/.test(text.slice(w.end, o.start)));
    if (mentions.some((o) => o !== m && asName(o) && o.terms.some((t) => t.canonical === source.canonical))) continue;
    const next = tokens[k + 1];
    const dataAfter = next !== undefined && /^[ \t-]$/.test(text.slice(m.end, next.start)) && DATA_NOUN.has(next.word);
    // "données de test", "datos de prueba", "dati di test": the data word, then "of", then the word.
    const dataBefore = k >= 2 && /^(?:de|di|da|del|van|von)$/.test(tokens[k - 1].word) && DATA_NOUN.has(tokens[k - 2].word);
    if (!dataAfter && !dataBefore) continue;
    sources.delete(source.canonical);
    several.add('source');
    const shown = dataAfter ? text.slice(m.start, next.end) : text.slice(tokens[k - 2].start, m.end);
    ambiguities.push(`"${shown}" may describe the data rather than name the ${ws.sources.find((x) => x.slug === source.canonical)?.name ?? source.canonical} source — is the source ${source.canonical} meant, or some data of other sources?`);
  }
}
/**
 * "if you may, please delete …", "May I request …", "the newsletter signups in the Podcast App source",
 * "pedidos de la tienda online": a source whose one-word name is also an ordinary word (a modal verb, a
 * month, a common noun) names the source only where it is written as a name — capitalised where the
 * sentence would not capitalise it, with a source or data word ("the May source", "newsletter data"),
 * in a list with other sources, as a list item's label, or quoted. Written as an ordinary word it is
 * left out and asked about: read as the name, a source nobody asked for would be deleted; dropped
 * without a word, one the customer did mean could be missed. Which words are ordinary is not listed:
 * a month's name always is one; any other name is read so only beside another source of the workspace
 * (alone, "delete android for 3 March" names the one source it can).
 */
function askAboutOrdinaryWordNames(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, out: { sources: Set<string>; ambiguities: string[]; several: Set<EntityType>; index: ParserCatalog }): void {
  const { sources } = out;
  const ownSource = (m: Mention): CatalogTerm | undefined => m.terms.find((t) => t.type === 'source' && t.workspace === ws && sources.has(t.canonical));
  const asWords = mentions.filter((m) => ownSource(m) && writtenAsWord(text, tokens, m, mentions, ws, out.index));
  for (const m of asWords) {
    const source = ownSource(m);
    if (!source) continue;
    // The same source written as a name elsewhere ("May I ask … delete the May source") is named.
    if (mentions.some((o) => !asWords.includes(o) && o.terms.some((t) => t.type === 'source' && t.workspace === ws && t.canonical === source.canonical))) continue;
    const besideOther = mentions.some((o) => o.terms.some((t) => t.type === 'source' && t.workspace === ws && t.canonical !== source.canonical && sources.has(t.canonical)));
    if (!isMonthName(m.text) && !besideOther) continue;
    sources.delete(source.canonical);
    out.several.add('source');
    m.asWord = true;
    const name = ws.sources.find((x) => x.slug === source.canonical)?.name ?? source.canonical;
    out.ambiguities.push(`"${wordsAround(text, tokens, m)}" reads as an ordinary word here, not clearly as the ${name} source — should ${source.canonical} be deleted too?`);
  }
}
/**
 * "our nightly import broke on 3 May. Please delete the affected data", "the events pipeline stalled on 3
 * May. Please delete the CSV Import data": a source's one-word name written in lower case, with no mark of
 * a name, in a sentence that tells what happened and asks nothing, while another sentence asks for the
 * deletion, is the story's word, not the deletion's object. Where the asking sentence names a source of
 * the workspace, that one is the scope; where it names none ("the affected data"), which source is asked,
 * not taken from the story — read as the name, a source nobody asked for would be deleted. "the Import
 * source broke", "Import" as the catalog writes it, or the word in the asking sentence still name it.
 */
function askAboutStoryWordNames(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, out: { sources: Set<string>; ambiguities: string[]; several: Set<EntityType>; index: ParserCatalog }): void {
  if (!DELETE_SENTENCE.test(text)) return;
  const asks = (m: Mention): boolean => DELETE_SENTENCE.test(sentenceOf(text, m.start)) && !inStoryClause(text, m);
  const ownSource = (m: Mention): CatalogTerm | undefined => m.terms.find((t) => t.type === 'source' && t.workspace === ws && out.sources.has(t.canonical));
  for (const m of mentions) {
    const source = ownSource(m);
    const happened = afterIndefiniteArticle(text, tokens, m, out.index);
    if (!source || !(happened || (!asks(m) && storyWord(text, tokens, m, mentions, out.index)))) continue;
    const same = (o: Mention): boolean => o !== m && o.terms.some((t) => t.type === 'source' && t.workspace === ws && t.canonical === source.canonical);
    // Subject "fehlerhafter Import" over "hatten einen fehlerhaften Import": the subject sums up the same story.
    const echo = (o: Mention): boolean => subjectEcho(text, o) || (happened && o.end <= subjectLineEnd(text) && o.text.toLowerCase() === m.text.toLowerCase());
    if (mentions.some((o) => same(o) && !echo(o) && (asks(o) || !storyWord(text, tokens, o, mentions, out.index)))) continue;
    out.sources.delete(source.canonical);
    m.asWord = true;
    if (mentions.some((o) => asks(o) && ownSource(o) !== undefined)) continue;
    // "a bad import" names no source at all: the source is missing, and the question still offers it.
    if (!happened) out.several.add('source');
    const name = ws.sources.find((x) => x.slug === source.canonical)?.name ?? source.canonical;
    out.ambiguities.push(`"${wordsAround(text, tokens, m)}" tells what happened rather than naming the ${name} source — should ${source.canonical} be deleted?`);
  }
}
/**
 * "After the bad import on 12 July, please delete the affected data": a clause opening the sentence with
 * when or why something happened, the deletion asked only after its comma, tells the story like a
 * sentence of its own would.
 */
function inStoryClause(text: string, m: Mention): boolean {
  const head = text.slice(Math.max(0, m.start - 100), m.start);
  const opening = head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('!'), head.lastIndexOf('?')) + 1);
  if (!STORY_CLAUSE_OPENING.test(opening)) return false;
  const rest = /^[^,.!?\n]{0,80},([^.!?\n]{1,60})/u.exec(text.slice(m.end, m.end + 150));
  return rest !== null && DELETE_SENTENCE.test(rest[1]);
}
const STORY_CLAUSE_OPENING = /^\s*(?:after|following|since|due to|because of|nach|après|tras|después de)\s[^,;:]{0,80}$/iu;
/**
 * "we had a bad import on 2 days, pls delete the affected data", "hatten einen fehlerhaften Import am 3.
 * Mai": a one-word name after an indefinite article, with at most two describing words between, is a
 * thing that happened, not a source — a customer names a source as "the Import source", never as "an
 * import". Even in the sentence that asks, it tells the story. German capitalises every noun, so after
 * "ein"/"einen" the capital marks no name; in other languages a capital still does ("a broken Import").
 */
function afterIndefiniteArticle(text: string, tokens: Token[], m: Mention, index: ParserCatalog): boolean {
  const k = tokens.findIndex((t) => t.start === m.start);
  if (k < 1 || tokens[k].end !== m.end || QUOTES.has(text[m.start - 1] ?? '') || /^[\s-]*:/.test(text.slice(m.end))) return false;
  if (CUE_AFTER.source.has(tokens[k + 1]?.word ?? '') || hasCue(text, tokens, k, k + 1, 'source', index)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (/[^\p{L}\s]/u.test(text.slice(tokens[j].end, tokens[j + 1].start))) return false;
    const article = INDEFINITE_ARTICLE.exec(tokens[j].word);
    if (article) return /^\p{Ll}+$/u.test(m.text) || article[1] !== undefined;
    if (SOURCE_NOUN.has(tokens[j].word) || !/^\p{Ll}+$/u.test(text.slice(tokens[j].start, tokens[j].end))) return false;
  }
  return false;
}
/** "a", "an", "un", "une", "una", "een"; German's "ein", "eine", "einen", "einem", "einer" in the group. */
const INDEFINITE_ARTICLE = /^(?:an?|une?|una|een|(ein(?:e[nmrs]?)?))$/u;
/**
 * Subject "staging in nova labs" above "our staging environment leaked into the App 2024 source … please
 * delete App 2024 for that day only": the body tells of its staging in lower case and names no such
 * source, and its deleting sentence names another source of the workspace. The subject's word echoes the
 * story; read as the Staging source it would delete a source the body never asks for.
 */
function dropSubjectEchoesOfStory(text: string, mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>): void {
  const subjectEnd = subjectLineEnd(text);
  if (subjectEnd < 0) return;
  const body = text.slice(subjectEnd);
  const inBody = (m: Mention): boolean => m.start > subjectEnd;
  // "staging and web data in Nordlys": a subject that lists sources names each of them.
  if (mentions.filter((m) => !inBody(m) && m.terms.some((t) => t.type === 'source')).length > 1 || /[,&+/]|(?<![^\P{L}]|\u03B9)(?:and|und|et|y|e|en|och|og)(?![^\P{L}]|\u03B9)/iu.test(text.slice(0, subjectEnd))) return;
  const ownSource = (m: Mention): string | undefined => m.terms.find((t) => t.type === 'source' && t.workspace === ws && sources.has(t.canonical))?.canonical;
  const asked = mentions.filter((m) => inBody(m) && ownSource(m) !== undefined && DELETE_SENTENCE.test(sentenceOf(text, m.start)));
  for (const m of mentions.filter((x) => !inBody(x) && subjectEcho(text, x))) {
    const slug = ownSource(m);
    if (!slug || mentions.some((o) => inBody(o) && ownSource(o) === slug)) continue;
    const toldInBody = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(m.text)}(?![\\p{L}\\p{N}])`, 'u').test(body);
    if (toldInBody && asked.some((a) => ownSource(a) !== slug)) sources.delete(slug);
  }
}
/**
 * Subject "Bad import - purge affected data" or "staging in nova labs" above a body that tells of "a bad
 * import" or "our staging environment": the subject's one lower-case word echoes the story, it names no
 * source the body does not.
 */
function subjectEcho(text: string, m: Mention): boolean {
  const subjectEnd = subjectLineEnd(text);
  return subjectEnd > 0 && m.end <= subjectEnd && /^\p{Ll}+$/u.test(m.text);
}
/** Where the subject's line ends, when the text opens with a subject on a line of its own above a blank line; else -1. */
function subjectLineEnd(text: string): number {
  const end = text.indexOf('\n\n');
  return end > 0 && !text.slice(0, end).includes('\n') ? end : -1;
}
/** A one-word name in lower case with no mark of a name: no source word or cue, no quotes, no label, not listed with another source. */
function storyWord(text: string, tokens: Token[], m: Mention, mentions: Mention[], index: ParserCatalog): boolean {
  const k = tokens.findIndex((t) => t.start === m.start);
  if (k < 0 || tokens[k].end !== m.end || !/^\p{Ll}+$/u.test(m.text) || QUOTES.has(text[m.start - 1] ?? '') || /^\s*:/.test(text.slice(m.end))) return false;
  if (sourceNounBefore(tokens, k) || hasCue(text, tokens, k, k + 1, 'source', index) || listItemLabel(text, m.start, m.end) || tableRowName(text, m.start, m.end)) return false;
  const otherSources = mentions.filter((o) => o !== m && o.terms.some((t) => t.type === 'source'));
  return !otherSources.some((o) => listedTogether(text, tokens, o.start < m.start ? [o, m] : [m, o], index));
}
/**
 * "… and the web version's data too", "the web player events": a source named by a common word ("web",
 * "mobile"), written in lower case as the first word of whose data it is, is no name without a cue — yet
 * the customer asks for that data to go, and the Web source may hold it. Which source is asked, not
 * guessed either way. "the web team pushed a bad build" names no data, and asks nothing.
 */
function askAboutCommonWordOwners(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, out: { sources: Set<string>; ambiguities: string[]; index: ParserCatalog }): void {
  const asked = new Set<string>();
  for (let k = 1; k + 2 < tokens.length; k++) {
    const t = tokens[k];
    const term = (out.index.terms.get(t.word) ?? []).find((x) => x.type === 'source' && x.workspace === ws && !x.strong && !out.sources.has(x.canonical));
    if (!term || asked.has(term.canonical) || text.slice(t.start, t.end) !== t.word || !PLAIN_NOUN_BEFORE.has(tokens[k - 1].word)) continue;
    if (mentions.some((m) => m.end > t.start && m.start < tokens[k + 1].end)) continue;
    const middle = tokens[k + 1];
    const data = tokens[k + 2].word === 's' ? tokens[k + 3] : tokens[k + 2];
    if (!data || !(DATA_NOUN.has(data.word) || /^events?$/.test(data.word)) || !OWNER_PHRASE.test(text.slice(t.end, data.start))) continue;
    // "our backend replayed events", "our web team sends data": a verb between them tells what happened, not whose data.
    const possessive = data !== tokens[k + 2];
    if (FILLER.has(middle.word) || LIST_JOIN.has(middle.word) || GENERIC_TAIL.has(middle.word) || (!possessive && /(?:ed|s)$/.test(middle.word))) continue;
    asked.add(term.canonical);
    const name = ws.sources.find((x) => x.slug === term.canonical)?.name ?? term.canonical;
    out.ambiguities.push(`"${text.slice(t.start, data.end)}" may be data of the ${name} source — should ${term.canonical} be deleted too?`);
  }
}
/** " version's ", " player ": one word in lower case, maybe with its possessive, between the name and the data word (English word order). */
const OWNER_PHRASE = /^[ \t]+\p{Ll}+(?:['’]s)?[ \t]+$/u;

/** Whether a one-word source name is written with no mark of a name (see askAboutOrdinaryWordNames). */
function writtenAsWord(text: string, tokens: Token[], m: Mention, mentions: Mention[], ws: CatalogWorkspace, index: ParserCatalog): boolean {
  const k = tokens.findIndex((t) => t.start === m.start);
  if (k < 0 || tokens[k].end !== m.end || /[-_\d]/.test(m.text) || QUOTES.has(text[m.start - 1] ?? '')) return false;
  // A month is capitalised wherever English writes it ("In August we moved"): its capital marks no name.
  // A capital inside the word ("iOS", "PayPal") marks one even where a sentence starts.
  const opening = SENTENCE_OPENING.test(text.slice(Math.max(0, m.start - 24), m.start));
  const capitalisedAsName = (/\p{Lu}/u.test(m.text.slice(1)) || (/^\p{Lu}/u.test(m.text) && !opening)) && !isMonthName(m.text);
  if (capitalisedAsName || sourceNounBefore(tokens, k) || hasCue(text, tokens, k, k + 1, 'source', index)) return false;
  // "checkout-web on 3 March and webhooks on 5 March": the days it is deleted for follow the name.
  if (listItemLabel(text, m.start, m.end) || checkBoxLabel(text, m.start, m.end) || tableRowName(text, m.start, m.end) || LABEL_THEN_DAYS.test(text.slice(m.end, m.end + 48))) return false;
  const otherSources = mentions.filter((o) => o !== m && o.terms.some((t) => t.type === 'source' && t.workspace === ws));
  return !otherSources.some((o) => listedTogether(text, tokens, o.start < m.start ? [o, m] : [m, o], index));
}
/** The start of a sentence or line, where any word is capitalised ("Hi,\nMay I …", "… today. Newsletter …"). */
const SENTENCE_OPENING = /(?:^|[.!?\n:]|^\s*[-*•])[\s"'“(]*$/u;
/** "Podcast App and May", "May, Web", "the Web data & the newsletter": two names with only a list's words between them. */
function listedTogether(text: string, tokens: Token[], [a, b]: [Mention, Mention], index?: ParserCatalog): boolean {
  if (NEXT_LIST_ITEM.test(text.slice(a.end, b.start))) return true;
  const oneToALine = NEW_LINE_ITEM.test(text.slice(a.end, b.start)) && nameLine(text, a.start, a.end) && nameLine(text, b.start, b.end);
  if (oneToALine && index && listUnderRequest(text, tokens, index, a.start, a.terms[0]?.type ?? 'source')) return true;
  const gap = tokens.filter((t) => t.start >= a.end && t.end <= b.start);
  if (/[.!?\n;:]/.test(text.slice(a.end, b.start)) || gap.length > 4) return false;
  if (!gap.every((t) => LIST_JOIN.has(t.word) || FILLER.has(t.word) || GENERIC_TAIL.has(t.word))) return false;
  return gap.some((t) => LIST_JOIN.has(t.word)) || /[,/&+]/.test(text.slice(a.end, b.start));
}
/** A name with a word either side, as the question quotes it ("if you may, please" → "you may,"). */
function wordsAround(text: string, tokens: Token[], m: Mention): string {
  const k = tokens.findIndex((t) => t.start === m.start);
  const from = tokens[k - 1] && !/[.!?\n]/.test(text.slice(tokens[k - 1].end, m.start)) ? tokens[k - 1].start : m.start;
  const to = tokens[k + 1] && !/[.!?\n]/.test(text.slice(m.end, tokens[k + 1].start)) ? tokens[k + 1].end : m.end;
  return text.slice(from, to);
}

/** "… of the", "… we sent to the", "… from our": the words that say whose data the described data is. */
const OF_WHOSE = /^\s+(?:\p{L}+\s+){0,3}?(?:of|from|to|in)\s+(?:the\s+|our\s+|its\s+)?$/iu;

function tokensOf(text: string, cjkWords: readonly string[]): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const parts = splitAtNames(lowerCased(m[0]), cjkWords);
    if (parts.length === 1) tokens.push({ word: parts[0].word, start: m.index, end: m.index + m[0].length });
    else for (const part of parts) tokens.push({ word: part.word, start: m.index + part.at, end: m.index + part.at + part.word.length });
  }
  return tokens;
}

/** The workspace's sources written in common words, brackets, alternatives or the start of several names: asked about where unsure. */
function sourcesAskedInWorkspace(
  text: string,
  tokens: Token[],
  index: ParserCatalog,
  mentions: Mention[],
  ws: CatalogWorkspace,
  out: { sources: Set<string>; ambiguities: string[]; several: Set<EntityType>; named: Record<EntityType, boolean>; workspacesNamed: number },
): string | null {
  const counted = sourcesOfCommonWords(text, tokens, mentions, ws, out.sources, out.ambiguities, out.several, index, out.workspacesNamed);
  askAboutSourcesWritten(text, index, mentions, ws, out);
  if (counted) out.named.source = true;
  const sharedBeginning = out.sources.size === 0 && !out.named.source ? sharedBeginningWritten(text, ws, index) : null;
  if (sharedBeginning) {
    out.ambiguities.push(sharedBeginning);
    out.named.source = true;
    out.several.add('source');
  }
  return counted;
}

/**
 * The words of a name written apart: "orbital-media.eu" is a domain-like variant of orbital-media (asked
 * about), not orbital-media-eu; in "brightlane-analytics / Web App / 2 December" a slash, comma or blank
 * line parts two fields ("Web App" and the day). Not when the name itself is written so ("Tessellate.io").
 * One line break is a client's wrap ("…sent to iOS App\n2 in brightlane-analytics"): the name goes on.
 */
function wordsApart(text: string, words: Token[], index: ParserCatalog): boolean {
  const between = words.slice(1).map((t, k) => text.slice(words[k].end, t.start));
  // "1. Web Shop\n2. Web Shop v2": the number opening the next line's item is not part of
  // the name before it ("Web Shop 2").
  const itemNumberNext = (gap: string, k: number): boolean => gap.includes('\n') && /^\d{1,2}[.)][^\S\n]/.test(text.slice(words[k + 1].start, words[k + 1].end + 2));
  if (between.some(itemNumberNext)) return true;
  if (!between.some((gap) => gap === '.' || /[/,;:|]|\n[^\S\n]*\n/.test(gap))) return false;
  return !dottedName(index, text.slice(words[0].start, words[words.length - 1].end));
}

/** Every catalog name in the text, longest first; a name that goes on into another name is a variant. */
function findMentions(text: string, tokens: Token[], { index, sender, answerFrom }: { index: ParserCatalog; sender: string | null; answerFrom: number | null }): { mentions: Mention[]; variants: Variant[]; asks: string[]; askedTypes: Set<EntityType> } {
  const mentions: Mention[] = [];
  const variants: Variant[] = [];
  const asks: string[] = [];
  const askedTypes = new Set<EntityType>();
  let lastAccepted: { type: EntityType; tokenEnd: number; tokenStart?: number } | null = null;
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let n = Math.min(index.maxWords, tokens.length - i); n >= 1 && matched === 0; n--) {
      const found = termsOfWords(tokens, i, n, index);
      const terms = found?.terms ?? (n === 1 ? joinedNameTerms(index, text.slice(tokens[i].start, tokens[i].end)) ?? inflectedNameTerms(index, text.slice(tokens[i].start, tokens[i].end)) ?? pluralSourceTerms(index, text.slice(tokens[i].start, tokens[i].end), text.slice(text.lastIndexOf('\n', tokens[i].start - 1) + 1, tokens[i].start)) : undefined);
      if (!terms) continue;
      const first = tokens[i];
      const last = tokens[i + n - 1];
      // Part of a longer identifier ("acme" in "acme-incc"): that identifier is a near miss, not this term.
      // "Android-Daten", "iOS-Quelle" are German compounds of the name and a data word: still the name.
      const glued = /[-_][\p{L}\p{N}]/u.test(text.slice(last.end, last.end + 2)) && !GENERIC_TAIL.has(tokens[i + n]?.word ?? '');
      if (glued || /[\p{L}\p{N}][-_]/u.test(text.slice(Math.max(0, first.start - 2), first.start))) continue;
      if (n > 1 && wordsApart(text, tokens.slice(i, i + n), index)) continue;
      if (numberOfOtherWorkspaces(text, tokens, i, n, terms, mentions[mentions.length - 1])) continue;
      const dayNumber = numberThatIsADay(text, tokens, i, n, terms, index);
      if (dayNumber) {
        asks.push(dayNumber.question);
        if (dayNumber.base) continue;
      }
      const quoted = (QUOTES.has(text[first.start - 1] ?? '') && QUOTES.has(text[last.end] ?? '')) || /\/\s?$/.test(text.slice(Math.max(0, first.start - 2), first.start));
      if (!quoted && describedOnly(text, tokens, i, n, terms, index, { asks, askedTypes })) continue;
      if (!quoted && n === 1 && monthOfADay(text, first)) continue;
      const accepted = acceptedTerms({ text, tokens, index, sender, lastAccepted, answerFrom }, i, n, terms, quoted);
      if (accepted.length === 0) {
        matched = unknownNumberedSibling(text, tokens, { i, n, terms }, variants);
        continue;
      }
      matched = accentedVariant(text, tokens.slice(i, i + n), accepted, found?.accentedNames ?? [], variants) || takeSpelledNumber(text, tokens, i, n, accepted, { mentions, variants });
      if (matched > 0) break;
      const extra = extraAfter(text, tokens, i, i + n, index, accepted);
      if (extra) {
        // "acme-inc.eu", "Acme Inc Staging": another thing whose name starts like ours — ask, never the base.
        const numbered: [number, number] | undefined = /\d$/.test(text.slice(first.start, extra.end)) && !numberOfADate(text, extra.end) ? [first.start, extra.end] : undefined;
        variants.push({ shown: text.slice(first.start, extra.end), terms: accepted, numbered, named: [first.start, last.end] });
        matched = n + extra.tokens;
        break;
      }
      const weak = terms.filter((t) => t.type !== 'workspace' && !accepted.includes(t));
      mentions.push(...ownerAndSource(text, tokens.slice(i, i + n), accepted, index) ?? [{ text: text.slice(first.start, last.end), start: first.start, end: last.end, terms: accepted, weak }]);
      lastAccepted = { type: accepted[0].type, tokenEnd: i + n, tokenStart: i };
      matched = n;
    }
    if (matched === 0) {
      const version = otherVersion(text, tokens, i, mentions[mentions.length - 1], index);
      if (version) {
        mentions.push(version);
        lastAccepted = { type: version.terms[0].type, tokenEnd: i + 1 };
      }
    }
    i += matched || 1;
  }
  return { mentions, variants, asks, askedTypes };
}

/**
 * The catalog's names for the words i..i+n: as written, or else with their accents folded, as the
 * catalog's names are also indexed ("Cafe Creme" for Café Crème, "Crème Media" for Creme Media).
 * `accentedNames`: what fewer of the words name as written, accents and all, when the folded words name
 * something else — "Müller Group" is the start of Müller GmbH as written and Muller Group without its
 * accent: a name the catalog does not have, asked about like any other name that goes on.
 */
/**
 * "the Summit iOS source" where Summit's source iOS has the slug summit-ios: the words are the slug, and
 * also the workspace's name followed by its own source's name — the customer named both, as "the Kestrel
 * Health Telemetry source" does. Read as the slug alone, the workspace the customer wrote went unread.
 */
function ownerAndSource(text: string, run: Token[], accepted: CatalogTerm[], index: ParserCatalog): Mention[] | null {
  const owners = [...new Set(accepted.map((t) => t.workspace))];
  // "summit-ios" is the slug as written, no workspace's name: only words apart name both.
  const apart = run.every((t, k) => k === 0 || /^[ \t]+$/.test(text.slice(run[k - 1].end, t.start)));
  if (owners.length !== 1 || !apart || accepted.some((t) => t.type !== 'source')) return null;
  const owner = owners[0];
  const k = words(owner.name).length;
  const written = run.map((t) => t.word);
  const own = owner.sources.find((x) => accepted.some((t) => t.canonical === x.slug) && sameWords(words(`${owner.name} ${x.name}`), written));
  if (!own || k >= run.length) return null;
  const sourceOf = (t: CatalogTerm): boolean => t.type === 'source' && (t.workspace === owner ? t.canonical === own.slug : sameWords(words(t.workspace.name), written.slice(0, k)));
  const sourceTerms = (index.terms.get(written.slice(k).join(' ')) ?? []).filter(sourceOf);
  // "Pinewood Web" is the slug pinewood-web as words, and as much the Web of the other workspace named
  // Pinewood (a deleted twin): every workspace of that name with a source of that name is named.
  const twins = new Set(sourceTerms.map((t) => t.workspace));
  const wsTerms = (index.terms.get(written.slice(0, k).join(' ')) ?? []).filter((t) => t.type === 'workspace' && twins.has(t.workspace));
  if (!wsTerms.some((t) => t.workspace === owner) || !sourceTerms.some((t) => t.workspace === owner)) return null;
  const [a, b] = [run[0], run[k - 1]];
  const [c, d] = [run[k], run[run.length - 1]];
  return [
    { text: text.slice(a.start, b.end), start: a.start, end: b.end, terms: wsTerms },
    { text: text.slice(c.start, d.end), start: c.start, end: d.end, terms: sourceTerms },
  ];
}
const sameWords = (a: string[], b: string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

function termsOfWords(tokens: Token[], i: number, n: number, index: ParserCatalog): { terms: CatalogTerm[]; accentedNames: CatalogTerm[] } | undefined {
  const run = tokens.slice(i, i + n);
  const key = run.map((t) => t.word).join(' ');
  const exact = index.terms.get(key);
  if (exact) return { terms: exact, accentedNames: [] };
  const plain = run.map((t) => accentsFolded(t.word)).join(' ');
  const folded = plain === key ? undefined : index.terms.get(plain);
  if (!folded) return undefined;
  const same = (a: CatalogTerm, b: CatalogTerm): boolean => a.type === b.type && a.workspace === b.workspace && a.canonical === b.canonical;
  for (let k = n - 1; k >= 1; k--) {
    const written = index.terms.get(run.slice(0, k).map((t) => t.word).join(' '));
    if (written) return { terms: folded, accentedNames: written.filter((t) => !folded.some((f) => same(f, t))) };
  }
  return { terms: folded, accentedNames: [] };
}

/** "Müller Group" beside Müller GmbH and Muller Group: neither name as written — asked, never picked. Returns the words taken. */
function accentedVariant(text: string, run: Token[], accepted: CatalogTerm[], accentedNames: CatalogTerm[], variants: Variant[]): number {
  if (accentedNames.length === 0) return 0;
  variants.push({ shown: text.slice(run[0].start, run[run.length - 1].end), terms: [...accepted, ...accentedNames] });
  return run.length;
}

/**
 * "… and May 2, 2026", "4-5 May", "May 2026" where a source is called May: a month's name with a day or
 * a year beside it is a date before it is a name. Read as the source, the date was masked away and the
 * source added — two wrong fields from one word. Quoted ("'May' 2 March") it is still the name.
 */
function monthOfADay(text: string, word: Token): boolean {
  if (!isMonthName(word.word)) return false;
  return MONTH_THEN_DAY.test(text.slice(word.end, word.end + 12)) || DAY_THEN_MONTH.test(text.slice(Math.max(0, word.start - 16), word.start));
}
/** "May 2", "May 2nd", "May 4-5", "May 2026", "mai, 2026"; not "May 2.0" (a version) nor "May 12:00". */
const MONTH_THEN_DAY = /^\.?,?[^\S\n]{0,2}(?:\d{1,2}(?:st|nd|rd|th|er|º)?(?![\d:.]\d|[\p{L}\d])|(?:19|20)\d{2}(?!\d))/u;
/** "2 May", "2nd of May", "4-5 May", "3. Mai", "2 de mayo". */
const DAY_THEN_MONTH = /(?<![\d.:/])\d{1,2}(?:st|nd|rd|th|er|º|\.)?(?:[^\S\n]*[-–][^\S\n]*\d{1,2}\.?)?[^\S\n]+(?:of[^\S\n]+|de[^\S\n]+|di[^\S\n]+)?$/u;

/**
 * "Tracking 2 и Tracking 3" with Tracking and Tracking 2 in the catalog: a name written exactly as the
 * catalog writes it, then a number, where the catalog numbers that name's siblings but not with this
 * number. Without a cue the plain name is not read, and the unknown "Tracking 3" was dropped without a
 * word while "Tracking 2" made the scope complete; it is asked about like "iOS App 3". Returns the
 * tokens taken (the name and its number), 0 when there is no such name.
 */
function unknownNumberedSibling(text: string, tokens: Token[], { i, n, terms }: { i: number; n: number; terms: CatalogTerm[] }, variants: Variant[]): number {
  const variant = numberedVariant(text, tokens, i, n, terms);
  if (variant) variants.push(variant);
  return variant ? n + 1 : 0;
}
function numberedVariant(text: string, tokens: Token[], i: number, n: number, terms: CatalogTerm[]): Variant | null {
  const number = tokens[i + n];
  const written = text.slice(tokens[i].start, tokens[i + n - 1].end);
  if (!number || !/^\d{1,2}$/.test(number.word) || !/^[ \t]$/.test(text.slice(tokens[i + n - 1].end, number.start))) return null;
  if (dateAfterNumber(text.slice(number.end, number.end + 12)) || /^[.:,/-]\d/.test(text.slice(number.end, number.end + 2))) return null;
  const exact = terms.filter((t) => t.type === 'source' && t.workspace.sources.some((s) => s.slug === t.canonical && s.name === written));
  const numberedSibling = (t: CatalogTerm, k: string): boolean => t.workspace.sources.some((s) => s.name === `${written} ${k}`);
  const siblings = exact.filter((t) => t.workspace.sources.some((s) => new RegExp(`^${escapeRegExp(written)} \\d{1,2}$`).test(s.name)) && !numberedSibling(t, number.word));
  if (siblings.length === 0 || exact.some((t) => numberedSibling(t, number.word))) return null;
  return { shown: text.slice(tokens[i].start, number.end), terms: siblings, numbered: [tokens[i].start, number.end] };
}

const SPELLED_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "ios app two": the sibling "iOS App 2" spelled out is a mention; "iOS app to data", dictation's homophone, a variant asked about. Returns the tokens taken. */
function takeSpelledNumber(text: string, tokens: Token[], i: number, n: number, accepted: CatalogTerm[], found: { mentions: Mention[]; variants: Variant[] }): number {
  const spelled = spelledNumberAfter(text, tokens, i, n, accepted);
  if (!spelled) return 0;
  if (spelled.sibling.length > 0) found.mentions.push({ text: spelled.shown, start: tokens[i].start, end: tokens[i + n].end, terms: spelled.sibling, weak: [] });
  else found.variants.push({ shown: spelled.shown, terms: accepted });
  return n + 1;
}
/** What dictation writes for "two" after a name: "the iOS app to data", "iOS App too". */
const NUMBER_HOMOPHONES: Record<string, number> = { to: 2, too: 2 };
const COUNTED_UNIT = /^(?:days?|weeks?|months?|years?|hours?|times?|of|more|or|and|weeks?)$/;
/**
 * A source name followed by a number word where the catalog numbers that name's siblings: "ios app two"
 * is iOS App 2 (the sibling, when it exists); "iOS app to data", a homophone of "two" before a data word,
 * may be either — returned with no sibling, so it is asked. "the iOS app two days ago" counts days.
 */
function spelledNumberAfter(text: string, tokens: Token[], i: number, n: number, accepted: CatalogTerm[]): { shown: string; sibling: CatalogTerm[] } | null {
  const next = tokens[i + n];
  if (!next || !/^[ \t]+$/.test(text.slice(tokens[i + n - 1].end, next.start))) return null;
  const spelled = SPELLED_NUMBERS.indexOf(next.word) + 1;
  const homophone = NUMBER_HOMOPHONES[next.word] ?? 0;
  const after = tokens[i + n + 1]?.word ?? '';
  if ((!spelled && !homophone) || COUNTED_UNIT.test(after) || (homophone && !DATA_NOUN.has(after))) return null;
  const written = text.slice(tokens[i].start, tokens[i + n - 1].end).toLowerCase();
  const named = (t: CatalogTerm, k: number): CatalogWorkspace['sources'][number] | undefined => t.workspace.sources.find((s) => s.name.toLowerCase() === `${written} ${k}`);
  const owners = accepted.filter((t) => t.type === 'source' && named(t, 2));
  if (owners.length === 0) return null;
  const shown = text.slice(tokens[i].start, next.end);
  if (homophone) return { shown, sibling: [] };
  const sibling = owners.flatMap((t) => { const s = named(t, spelled); return s ? [{ ...t, canonical: s.slug, strong: true }] : []; });
  return { shown, sibling };
}

/** "our", "unser", "notre": a word that owns what follows it, so the next word may only describe it. */
const POSSESSIVE = new Set(['our', 'my', 'your', 'their', 'unser', 'unseren', 'unserem', 'unserer', 'mein', 'meinen', 'meinem', 'notre', 'mon', 'nuestro', 'mi', 'nosso', 'meu', 'ons', 'onze', 'mijn']);
/**
 * "our main workspace" with a workspace named Main: a common word in lower case between "our" and
 * "workspace" reads as describing the customer's workspace ("our primary one") as well as naming it.
 * Which workspace is meant is asked; taken as the name, a deletion could land in the wrong workspace.
 */
function describedOnly(text: string, tokens: Token[], i: number, n: number, terms: CatalogTerm[], index: ParserCatalog, out: { asks: string[]; askedTypes: Set<EntityType> }): boolean {
  const question = describingWord(text, tokens, i, n, terms, index);
  if (question) {
    out.asks.push(question);
    out.askedTypes.add('workspace');
  }
  return question !== null;
}
function describingWord(text: string, tokens: Token[], i: number, n: number, terms: CatalogTerm[], index: ParserCatalog): string | null {
  const t = tokens[i];
  // Only a workspace's whole name ("old" is no name of Old Orchard on its own).
  const names = terms.filter((x) => x.type === 'workspace' && (x.canonical === t.word || words(x.workspace.name).join(' ') === t.word));
  if (n !== 1 || names.length === 0 || names.some((x) => x.strong) || text.slice(t.start, t.end) !== t.word) return null;
  if (!POSSESSIVE.has(tokens[i - 1]?.word ?? '') || !CUE_AFTER.workspace.has(tokens[i + 1]?.word ?? '')) return null;
  // "our main workspace acme-inc": the name written after it is the one meant.
  if (tokens[i + 2] && /^[ \t]+$/.test(text.slice(tokens[i + 1].end, tokens[i + 2].start)) && (index.terms.get(tokens[i + 2].word) ?? []).some((x) => x.type === 'workspace' && x.strong)) return null;
  const shown = text.slice(tokens[i - 1].start, tokens[i + 1].end);
  return `"${shown}" may name the workspace ${[...new Set(names.map((x) => x.canonical))].join(' or ')} or only describe yours — which workspace is meant?`;
}

/**
 * "the EU web data" with Web and Web EU in the catalog: a variant or region word written before a name
 * instead of after it. Where the words are another source's name in another order, that source is
 * meant; where another source holds them all ("EU web" with "Web EU Shop"), which is asked. Read alone,
 * "web" would have been Web — the one source the customer said it was not.
 */
function readWordOrder(text: string, tokens: Token[], mentions: Mention[], ambiguities: string[]): EntityType[] {
  const asked: EntityType[] = [];
  for (const m of [...mentions]) {
    const k = tokens.findIndex((t) => t.start === m.start);
    const before = tokens[k - 1];
    if (k < 1 || !(VARIANT_WORD.has(before.word) || REGION_CODE.has(before.word) || DESCRIBING_WORD.has(before.word)) || !/^[ \t]{1,2}$/.test(text.slice(before.end, m.start))) continue;
    const written = [before.word, ...words(m.text)];
    const owners = [...new Set(m.terms.filter((t) => t.type === 'source').map((t) => t.workspace))];
    const sameWords = (name: string): boolean => words(name).sort().join(' ') === [...written].sort().join(' ');
    const holding = (name: string): boolean => written.every((w) => words(name).includes(w));
    // "our old Moodle 3.9" where Moodle 3.9 is kept as moodle-old: the word agrees with the one it names.
    // ("except the old Moodle" beside Moodle and Moodle 3.9 is still read here: the old one is left out.)
    if (m.terms.every((t) => t.type === 'source' && words(t.canonical).includes(before.word))) continue;
    const exact = owners.flatMap((ws) => ws.sources.filter((s) => sameWords(s.name) || sameWords(s.slug)).map((s): CatalogTerm => ({ type: 'source', workspace: ws, canonical: s.slug, strong: true })));
    const shown = text.slice(before.start, m.end);
    if (exact.length > 0) {
      Object.assign(m, { start: before.start, text: shown, terms: exact, weak: [] });
      continue;
    }
    // "staging iOS" in the staging workspace, whose "Kundenportal iOS (Staging)" the name already is: no question.
    const wider = owners.flatMap((ws) => ws.sources.filter((s) => holding(s.name) && !m.terms.some((t) => t.workspace === ws && t.canonical === s.slug)).map((s) => s.slug));
    if (wider.length > 0) ambiguities.push(`"${shown}" is not a known source — is it ${[...new Set(wider)].join(' or ')}, or something else?`);
    // "The old API source is fine.": whichever source the words describe, the sentence keeps it — the
    // exclusion reading leaves it out, with nothing to ask.
    // Unless a later line takes the keeping back ("Actually no, delete it too."): then it is asked.
    else if (describesAnotherOne(text, tokens, k, m) && (!doneOrKeptAfter(text, m, text.slice(m.end)) || KEEPING_TAKEN_BACK.test(text.slice(m.end)))) {
      // "the old Web data", "der alten App": no source is called so, and the one called "Web" may be another
      // than the one the customer means — asked, and the name left out until answered.
      ambiguities.push(`"${shown}" is not a known source — is it ${[...new Set(m.terms.map((t) => t.canonical))].join(' or ')}, or something else?`);
      mentions.splice(mentions.indexOf(m), 1);
      asked.push('source');
    }
  }
  return asked;
}
/**
 * A describing word glued before a source's name ("legacy Web", "alten App"), not a word of the sentence
 * that happens to come before it ("Web" after "test" in "we test Web daily" has no article before the word).
 */
function describesAnotherOne(text: string, tokens: Token[], k: number, m: Mention): boolean {
  const before = tokens[k - 1];
  const article = tokens[k - 2];
  if (!DESCRIBING_WORD.has(before.word) || !m.terms.every((t) => t.type === 'source') || text.slice(before.start, before.end) !== before.word) return false;
  return article !== undefined && (FILLER.has(article.word) || ARTICLE_BEFORE_DESCRIPTION.has(article.word)) && /^[ \t]{1,2}$/.test(text.slice(article.end, before.start));
}
const ARTICLE_BEFORE_DESCRIPTION = new Set('the our your their its this that these those a an der die das den dem des unsere unserer unseren le la les l du des notre nos el los las del nuestra nuestro il lo gli i della dello dei nostra nostro de het onze o os as da do dos das nossa nosso nasza naszej naszego'.split(' '));

/**
 * "Web App 2 December 2026", "App 2 y 3 de diciembre": a name that ends in a number, followed by a month,
 * may be the numbered source for a month or the plain source for a day. Where the plain source exists
 * the number is left to the dates (`base`); either way which is meant is asked — a month of the wrong
 * source cannot be undeleted.
 */
function numberThatIsADay(text: string, tokens: Token[], i: number, n: number, terms: CatalogTerm[], index: ParserCatalog): { base: boolean; question: string } | null {
  const last = tokens[i + n - 1];
  // "ios-app-2" is a slug, and "Booking Web 2, 4 November" ends the name at its comma.
  if (n < 2 || !/^\d{1,2}$/.test(last.word) || !/^[ \t]+$/.test(text.slice(tokens[i + n - 2].end, last.start)) || !terms.some((t) => t.type === 'source')) return null;
  const after = text.slice(last.end, last.end + 24);
  // "Suppression Web App 2 – 5 déc.": a dash with spaces parts the name from the day; "2–5 Dec" is a span.
  if (!dateAfterNumber(after) || /^\s*(?:,|[-–—/:]\s*\p{L})|^\s+[-–—]\s/u.test(after)) return null;
  const owners = new Set(terms.map((t) => t.workspace));
  const base = (index.terms.get(tokens.slice(i, i + n - 1).map((t) => t.word).join(' ')) ?? []).filter((t) => t.type === 'source' && owners.has(t.workspace));
  const written = text.slice(tokens[i].start, last.end);
  const month = MONTH_AFTER.exec(after)?.[0] ?? '';
  const numbered = [...new Set(terms.filter((t) => t.type === 'source').map((t) => t.canonical))].join(' or ');
  const plain = [...new Set(base.map((t) => t.canonical))].join(' or ');
  return {
    base: base.length > 0,
    question: base.length > 0
      ? `"${written}${month}" could be ${plain} on the day ${last.word} or ${numbered} — which source and days are meant?`
      : `"${written}${month}": is ${last.word} part of the source's name (${numbered}) or the day — which days are meant?`,
  };
}

/**
 * "Kim Studio iOS App 2/3": right after the workspace named, a number that makes the name another
 * workspace's source ("iOS App 2" of Acme Inc) is a day of this workspace's "iOS App", not that source.
 */
function numberOfOtherWorkspaces(text: string, tokens: Token[], i: number, n: number, terms: CatalogTerm[], previous: Mention | undefined): boolean {
  const last = tokens[i + n - 1];
  if (n < 2 || !previous || !/^\d{1,2}$/.test(last.word) || !/^[ \t]+$/.test(text.slice(previous.end, tokens[i].start))) return false;
  const named = previous.terms.filter((t) => t.type === 'workspace').map((t) => t.workspace);
  if (named.length === 0 || !dateAfterNumber(text.slice(last.end, last.end + 24))) return false;
  return !terms.some((t) => t.type === 'source' && named.includes(t.workspace));
}

/** The terms a match of `n` tokens at `i` names, as the words around it allow (cues, lists, quotes). */
function acceptedTerms(at: { text: string; tokens: Token[]; index: ParserCatalog; sender: string | null; lastAccepted: { type: EntityType; tokenEnd: number; tokenStart?: number } | null; answerFrom: number | null }, i: number, n: number, terms: CatalogTerm[], quoted: boolean): CatalogTerm[] {
  const { text, tokens, index, sender, lastAccepted } = at;
  const answered = at.answerFrom !== null && opensAnswer(text, at.answerFrom, tokens[i].start, tokens[i + n - 1].end);
  // "st brigids" with St Brigid's National School and St Brigid's College: a word several workspaces
  // start with is not the sender's own because they are a contact of one of them.
  const shared = terms.filter((t) => t.type === 'workspace').length > 1;
  const ordinary = n === 1 && ordinaryWordHere(text, tokens, i);
  // "web sdk events" from a contact of the workspace Events: the data word after a source's name is
  // that source's data, not the workspace written beside it.
  const sourcesWord = lastAccepted?.type === 'source' && lastAccepted.tokenEnd === i && CUE_AFTER.source.has(tokens[i].word);
  // "kettle" with kettle-co and kettle-co-staging from a contact of kettle-co only: one of the sender's own is among them, so none is a stranger's word.
  const othersOnly = terms.every((t) => t.type !== 'workspace' || othersWorkspaceByWord(text, tokens[i], t, index, sender));
  const listed = terms.filter((t) => {
    if (n === 1 && othersOnly && othersWorkspaceByWord(text, tokens[i], t, index, sender)) return quoted || hasCue(text, tokens, i, i + 1, 'workspace', index) || placedAsWorkspace(text, tokens, i, lastAccepted);
    return (
      (t.strong && !(ordinary && t.type === 'workspace')) ||
      quoted ||
      hasCue(text, tokens, i, i + n, t.type, index) ||
      continuesList(text, tokens, i, t.type, lastAccepted) ||
      (lastAccepted?.type === t.type && lineUnderName(text, tokens, [i, i + n], lastAccepted) && listUnderRequest(text, tokens, index, tokens[i].start, t.type)) ||
      leadsList(text, tokens, i + n, t.type, index, i) ||
      labelAfterWorkspace(text, tokens, i, i + n, t.type, lastAccepted) ||
      lineOfWorkspaceAndSource(text, tokens, i, i + n, t) ||
      (t.type === 'source' && tableRowName(text, tokens[i].start, tokens[i + n - 1].end)) ||
      (t.type === 'source' && listItemLabel(text, tokens[i].start, tokens[i + n - 1].end)) ||
      (t.type === 'source' && checkBoxLabel(text, tokens[i].start, tokens[i + n - 1].end)) ||
      (t.type === 'source' && answered) ||
      ownWorkspaceNext(text, tokens, i + n, t, index) ||
      placeOfNamedSource(text, tokens, i, t, lastAccepted) ||
      (!shared && !ordinary && !sourcesWord && sendersOwn(text, tokens, i, i + n, t, sender))
    );
  });
  return narrowedTerms(text, tokens, i, n, widenedBrand(listed, tokens.slice(i, i + n), index, sender), quoted, index);
}

/**
 * "we saw strong growth", "Growth team here", "our growth dashboard" from a contact of acme-inc, where
 * Growth is another customer's workspace: one word written as prose writes it (in lower case, or with a
 * capital only because it opens a sentence), by a sender the catalog knows as a contact of other
 * workspaces but not of this one, is an ordinary word of their own message. Read as the name, their
 * deletion would be scoped to a stranger's workspace. Only a cue ("the growth workspace") or quotes name it.
 */
function othersWorkspaceByWord(text: string, word: Token, term: CatalogTerm, index: ParserCatalog, sender: string | null): boolean {
  if (term.type !== 'workspace' || !sender || !writtenAsProse(text, word)) return false;
  const isContact = (w: CatalogWorkspace): boolean => w.contacts.some((c) => c.toLowerCase() === sender.toLowerCase());
  const own = index.catalog.workspaces.filter(isContact);
  // "prod (brightcart) too" from a contact of brightcart-staging: a word of the sender's own workspaces' names is their company's, no ordinary word.
  const ownWord = own.some((w) => [...words(w.name), ...w.slug.toLowerCase().split(/[-_]+/)].includes(word.word));
  return !isContact(term.workspace) && own.length > 0 && !ownWord;
}
/**
 * A word written where the message puts a workspace is named as one, even as prose from a contact of
 * other workspaces: the whole reply ("piedpiper"); a place right after a source's name ("android-prod in
 * piedpiper", "POS of hanok"); a second place beside a workspace the sentence has just named ("en
 * viajeya y también en motoviet", "Website in nordwind-retail and production"). "In general we prefer …"
 * names none before it.
 */
function placedAsWorkspace(text: string, tokens: Token[], i: number, last: { type: EntityType; tokenEnd: number } | null): boolean {
  if (tokens.length === 1) return true;
  const before = tokens[i - 1]?.word ?? '';
  if (last?.type === 'source') return last.tokenEnd === i - 1 && IN_WORD.has(before);
  if (!last || last.type !== 'workspace' || i - last.tokenEnd > 3 || /[.!?\n]/.test(text.slice(tokens[last.tokenEnd - 1].end, tokens[i].start))) return false;
  return IN_WORD.has(before) || LIST_JOIN.has(before);
}
/** A word in lower case, or capitalised only at the opening of a sentence or line ("Growth team here."). */
function writtenAsProse(text: string, word: Token): boolean {
  const written = text.slice(word.start, word.end);
  if (/^\p{Ll}+$/u.test(written)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(written) && SENTENCE_OPENING.test(text.slice(Math.max(0, word.start - 24), word.start));
}

/**
 * "at Streamly", "the Streamly workspace" from mei@streamly.example, a contact of Streamly Production and
 * of Growth: the start of one workspace's name that is also the name the sender's own address carries is
 * their company's name, which all of their workspaces share — every workspace of the sender is named, and
 * which is asked. Taken as Streamly Production, "delete the Streamly workspace" purged one of two unasked.
 */
function widenedBrand(listed: CatalogTerm[], words: Token[], index: ParserCatalog, sender: string | null): CatalogTerm[] {
  const named = listed.filter((t) => t.type === 'workspace');
  if (named.length !== 1 || !sender || wholeName(named[0].workspace, words)) return listed;
  const isSenders = (w: CatalogWorkspace): boolean => w.contacts.some((c) => c.toLowerCase() === sender.toLowerCase());
  const sendersWorkspaces = index.catalog.workspaces.filter(isSenders);
  const company = sender.toLowerCase().split('@')[1]?.split('.')[0] ?? '';
  if (!isSenders(named[0].workspace) || sendersWorkspaces.length < 2 || !sameWord(company, words)) return listed;
  const others = sendersWorkspaces.filter((w) => w !== named[0].workspace).map((w): CatalogTerm => ({ type: 'workspace', workspace: w, canonical: w.slug, strong: false }));
  return [...listed, ...others];
}
/** "Streamly", "Streamly's", "streamly" against the domain label "streamly". */
function sameWord(label: string, written: Token[]): boolean {
  return label.length >= 3 && written.length === 1 && written[0].word.replace(/['’]s$/u, '') === label;
}
/** Whether the words are a workspace's whole slug or name (run together or not), not only its start. */
function wholeName(ws: CatalogWorkspace, written: Token[]): boolean {
  const joined = written.map((t) => t.word).join('');
  return [ws.slug.toLowerCase().replace(/[-_]+/g, ''), words(ws.name).join('')].includes(joined);
}

/** Of the terms the words around a name allow, the ones its kind and spelling settle. */
function narrowedTerms(text: string, tokens: Token[], i: number, n: number, listed: CatalogTerm[], quoted: boolean, index: ParserCatalog): CatalogTerm[] {
  // "Webshop BE tulpenhof": a workspace's name after a source says where it lives; only a cue or
  // quotes make it also the workspace's own "Tulpenhof App" source.
  const isWorkspace = listed.some((t) => t.type === 'workspace');
  const cued = isWorkspace ? listed.filter((t) => t.type === 'workspace' || t.strong || quoted || hasCue(text, tokens, i, i + n, t.type, index)) : listed;
  // "pavo-studio" written as a slug is that workspace, not another whose name is "Pavo Studio".
  const written = text.slice(tokens[i].start, tokens[i + n - 1].end).toLowerCase();
  // "die Quelle Checkout", with a "Checkout EU" workspace: the cue names a source; a workspace whose
  // slug or name only starts like it is not named too.
  const sourceCued = cued.some((t) => t.type === 'source') && hasCue(text, tokens, i, i + n, 'source', index);
  // "delete marketing space" with a space Marketing and a workspace Marketing (slug mktg): the cue names
  // the space; only the workspace's slug as written names the workspace too.
  const spaceCued = cued.some((t) => t.type === 'space') && hasCue(text, tokens, i, i + n, 'space', index);
  const cuedOrNamed = sourceCued
    ? cued.filter((t) => t.type !== 'workspace' || written === t.canonical || written === t.workspace.name.toLowerCase())
    : spaceCued
      ? cued.filter((t) => t.type !== 'workspace' || written === t.canonical)
      : cued;
  const slugOf = /[-_]/.test(written) ? cuedOrNamed.filter((t) => t.type === 'workspace' && t.canonical === written.replace(/_/g, '-')) : [];
  return slugOf.length === 1 ? cuedOrNamed.filter((t) => t.type !== 'workspace' || t === slugOf[0]) : cuedOrNamed;
}

/**
 * "  * Website: 20 October 2026", "1. Website — 1 Feb", "Server → Sat 6 Feb": the label of a list item is
 * the name of what it lists, when its value is a day ("- Website: untouched, do not delete" names nothing
 * to delete). A dash or an arrow sets the value off as a colon does; read only after a colon, the
 * common-word label was dropped and its day went to the other item's source.
 */
/**
 * "- [ ] webhooks" alone on its line: a box beside a word makes it a form's item, named. Only an empty
 * box: a ticked one means "chosen" on a form but "done" on a to-do list ("the ticked ones we deleted
 * ourselves"), and which of the two is not for the parser to guess.
 */
function checkBoxLabel(text: string, start: number, end: number): boolean {
  return /(?:^|\n)[^\S\n]*(?:(?:[-*•·–]|\d{1,2}[.)])[^\S\n]*)?(?:\[[^\S\n]?\]|☐)[^\S\n]*$/u.test(text.slice(Math.max(0, start - 16), start)) && /^[^\S\n]*(?:\n|$)/.test(text.slice(end, end + 8));
}
function listItemLabel(text: string, start: number, end: number): boolean {
  if (!/(?:^|\n)[^\S\n]*(?:(?:[-*•·–]|\d{1,2}[.)])[^\S\n]+)?$/.test(text.slice(Math.max(0, start - 12), start))) return false;
  return LIST_VALUE_DAY.test(text.slice(end, end + 32)) || (LIST_VALUE_DELETE.test(text.slice(end, end + 32)) && !otherItemValue(text));
}
/**
 * "iOS App - don't know yet" under "Events - delete": an item whose value is neither the deletion nor a
 * day. The list is not one of deletions only, so its common-word labels are not read as sources.
 */
function otherItemValue(text: string): boolean {
  const item = /^[^\S\n]*(?:(?:[-*•·–]|\d{1,2}[.)])[^\S\n]+)?[^\n:—–→-]{1,40}?[^\S\n](?::|[—–→⇒➔➜]|-{1,2}>?|=>)[^\S\n]*([^\n]*)$/gmu;
  for (let m = item.exec(text); m; m = item.exec(text)) {
    if (!/^(?:please[^\S\n]+)?(?:delete|remove|purge|wipe|erase)[.!]?[^\S\n]*$/iu.test(m[1]) && !LIST_VALUE_DAY.test(`: ${m[1]}`)) return true;
  }
  return false;
}
/** "Web - delete", "Events: remove": an item whose value is the deletion itself, and nothing more on its line. */
const LIST_VALUE_DELETE = /^[^\S\n]*(?::|[—–→⇒➔➜]|-{1,2}>?|=>)[^\S\n]*(?:please[^\S\n]+)?(?:delete|remove|purge|wipe|erase)[.!]?[^\S\n]*(?:\n|$)/iu;
const LIST_VALUE_DAY = /^[^\S\n]*(?::|[—–→⇒➔➜]|-{1,2}>?|=>)[^\S\n]*(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?[^\S\n]+)?(?:\d{1,4}(?![\d:])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d)/iu;

/**
 * "Li, can you check whether the Android App needs the same?", "Li: the Android App is probably affected
 * as well, can you look?": a question addressed by name to a colleague on the thread (a contact of a
 * workspace, known by the first part of their address) asks that colleague, not the desk. The sources in
 * it are to be checked, not yet asked for; with another source left in the request, they are set aside.
 */
/** Addresses of a role, not a person: "Team, can you also delete …?" may address the desk. */
const ROLE_ADDRESS = new Set(['support', 'team', 'admin', 'ops', 'it', 'data', 'info', 'help', 'privacy', 'security', 'legal', 'dpo', 'billing', 'contact', 'hello', 'office', 'dev', 'engineering', 'analytics', 'all', 'everyone', 'owner']);
function dropQuestionsToColleagues(text: string, mentions: Mention[], index: ParserCatalog): void {
  const names = new Set(index.catalog.workspaces.flatMap((w) => w.contacts.map((c) => c.toLowerCase().split('@')[0].split(/[._+-]/)[0])).filter((n) => !ROLE_ADDRESS.has(n)));
  const isSource = (m: Mention): boolean => m.terms.some((t) => t.type === 'source');
  const asked = mentions.filter((m) => {
    if (!isSource(m)) return false;
    const [start, end] = sentenceBounds(text, m.start);
    const vocative = /^\s*(?:@)?(\p{Lu}\p{L}+)\s*[,:]/u.exec(text.slice(start, end));
    return vocative !== null && names.has(vocative[1].toLowerCase()) && text.slice(m.end, end + 1).includes('?');
  });
  if (asked.length === 0 || !mentions.some((m) => isSource(m) && !asked.includes(m))) return;
  for (const m of asked) mentions.splice(mentions.indexOf(m), 1);
}

/**
 * "App v1 and v2", "Patient App v1 & 2": a version written alone after a versioned name, joined to it,
 * is that name's other version when the catalog has it in the same workspace.
 */
function otherVersion(text: string, tokens: Token[], i: number, previous: Mention | undefined, index: ParserCatalog): Mention | null {
  const t = tokens[i];
  if (!previous || !/^v?\d{1,2}$/.test(t.word)) return null;
  if (!/^\s*(?:,|&|\+|\/|and|und|et|y|e|en|or|und)\s*$/i.test(text.slice(previous.end, t.start))) return null;
  const base = previous.text.toLowerCase().match(WORD) ?? [];
  if (base.length < 2 || !/^v?\d{1,2}$/.test(base[base.length - 1])) return null;
  const written = /^v/.test(base[base.length - 1]) && !/^v/.test(t.word) ? `v${t.word}` : t.word;
  const owners = new Set(previous.terms.map((x) => x.workspace));
  const terms = (index.terms.get([...base.slice(0, -1), written].join(' ')) ?? []).filter((x) => x.type === previous.terms[0].type && owners.has(x.workspace));
  return terms.length > 0 ? { text: text.slice(t.start, t.end), start: t.start, end: t.end, terms } : null;
}

/**
 * "Our firm (formerly Harbor & Crest, now Crestline Legal LLP)": a workspace named as what the customer
 * used to be is context when another workspace is named too; alone, it is still the name written.
 */
function dropFormerNames(text: string, mentions: Mention[]): void {
  const isWorkspace = (m: Mention): boolean => m.terms.every((t) => t.type === 'workspace');
  const former = mentions.filter((m) => isWorkspace(m) && FORMERLY.test(text.slice(Math.max(0, m.start - 24), m.start)));
  const current = mentions.filter((m) => isWorkspace(m) && !former.includes(m));
  const formerSlugs = new Set(former.flatMap((m) => m.terms.map((t) => t.canonical)));
  if (former.length === 0 || !current.some((m) => m.terms.some((t) => !formerSlugs.has(t.canonical)))) return;
  for (const m of former) mentions.splice(mentions.indexOf(m), 1);
}
const FORMERLY = /(?<![^\P{L}]|\u03B9)(?:formerly|previously|fr(?:ü|ue)her|ehemals|vormals|anciennement|autrefois|antes|anteriormente|antiguamente|precedentemente|voorheen|tidigare|tidligere|dawniej|wcze[śs]niej|d(?:ř|r)(?:í|i)ve|ex)(?:\s+(?:at|with|of|from|bei|von|chez|de|en|con|bij|van))?\s*[:-]?\s*$/iu;

/**
 * "plz delete the android-app data … thx. load test went wild.": a source named as what happened, in
 * a sentence that asks nothing, beside a source the request names, tells the story; it is no part of
 * the scope (the Load Test source is not deleted with the Android one).
 */
function dropStoryNames(text: string, mentions: Mention[]): void {
  const sources = mentions.filter((m) => m.terms.every((t) => t.type === 'source'));
  const story = sources.filter((m) => STORY_AFTER.test(text.slice(m.end, m.end + 24)) && !DELETE_SENTENCE.test(sentenceOf(text, m.start)));
  for (const m of story) {
    const own = sentenceOf(text, m.start);
    if (sources.some((o) => !story.includes(o) && sentenceOf(text, o.start) !== own)) mentions.splice(mentions.indexOf(m), 1);
  }
}
/**
 * "the Card Events data … for the same two days as the CRM Sync deletion in April": a source named in the
 * reference to an earlier deletion (referredDays.ts) is that deletion's, not this one's, when the request
 * names a source of its own elsewhere. Read as asked for, the CRM Sync source was added to the scope.
 */
function dropNamesOfReferredRequests(text: string, mentions: Mention[]): void {
  const references = referredDays(text).map((r) => ({ at: r.at, end: r.at + r.words.length }));
  if (references.length === 0) return;
  const inReference = (m: Mention): boolean => references.some((r) => m.start >= r.at && m.end <= r.end);
  const sources = mentions.filter((m) => m.terms.every((t) => t.type === 'source'));
  const referred = sources.filter(inReference);
  if (referred.length === 0 || referred.length === sources.length) return;
  for (const m of referred) mentions.splice(mentions.indexOf(m), 1);
}
const STORY_AFTER = /^\s+(?:went (?:wild|crazy|haywire|down|rogue)|broke|crashed|spiked|misbehaved|blew up|glitched|exploded|got stuck|hung|ist abgestürzt|a planté)(?![^\P{L}]|\u03B9)/iu;

/**
 * "Please delete the iOS App data … Scratch that, the Android App data is what needs deleting": "scratch
 * that" takes back what was written before it (a source, its days, or both), never the name after it.
 * "the Android data for 2 March … actually, make that the iOS app", "Android Prod — no wait, Web": a
 * sentence broken off after a source (or the next sentence opening so) to name another source, or with
 * words that take back ("I mean", "no wait") something other than days, takes the source back the same way. Which sources and days stand is asked; none is guessed.
 */
function askAboutRetraction(text: string, mentions: Mention[], ambiguities: string[]): void {
  const isSource = (m: Mention): boolean => m.terms.some((t) => t.type === 'source');
  const cue = RETRACTION.exec(text);
  const before = cue ? mentions.filter((m) => m.end <= cue.index && isSource(m)) : [];
  if (cue && before.length > 0) {
    ambiguities.push(`"${cue[0].replace(/[\s,.;:!–—-]+$/u, '')}" takes back something written before it (${before.map((m) => m.text).join(', ')}) — which sources and days should be deleted?`);
    return;
  }
  for (const repair of selfRepairs(text)) {
    const rest = restOfSentence(text, repair.end);
    const after = mentions.filter((m) => m.start >= repair.end && m.start < repair.end + rest.length);
    const named = after.some(isSource);
    // "Sorry, it's urgent" takes nothing back: a word said while correcting must be followed by a name, or
    // be one that takes back by itself, followed by words ("— Correction" ending a subject is a label).
    // "…, make that acme-io": another workspace or space is asked about where several are named.
    if ((!named && (!repair.takesBack || !/\p{L}/u.test(rest) || namesADay(rest) || after.length > 0)) || adds(rest)) continue;
    const taken = mentions.filter((m) => isSource(m) && m.end <= repair.at && samePassage(text, m.end, repair.at));
    // "Android data … I mean, the Android data of Nov 17": the same source again takes nothing back.
    const same = (m: Mention): boolean => taken.some((t) => t.terms.some((x) => x.type === 'source' && m.terms.some((y) => y.type === 'source' && x.canonical === y.canonical)));
    if (taken.length === 0 || (named && after.filter(isSource).every(same))) continue;
    ambiguities.push(`"${text.slice(repair.at, repair.end + rest.length).replace(/\s+/g, ' ').replace(/[\s.。]+$/u, '').slice(0, 80)}" takes back something written before it (${taken.map((m) => m.text).join(', ')}) — which sources should be deleted?`);
    return;
  }
}
const RETRACTION = /(?<![^\P{L}]|\u03B9)(?:scratch|scrap|strike|disregard|ignore)\s+(?:that|this)\s*[,.;:!–—-]|(?<![^\P{L}]|\u03B9)never\s?mind\s*[,.;:!–—-]/iu;

/**
 * "… iOS App and Android App data for March 3. Android turned out fine.": a source a later clause says is
 * fine, settled or kept (settledLater.ts) leaves the request wherever it was asked for, and is asked about.
 */
function dropSettledLater(text: string, tokens: Token[], index: ParserCatalog, mentions: Mention[], ambiguities: string[]): void {
  for (const { source, question } of settledLater(text, tokens, index, mentions, asksForDeletion)) {
    ambiguities.push(question);
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].terms.some((t) => t.type === 'source' && t.canonical === source)) mentions.splice(k, 1);
  }
}

/** Takes names written as exclusions out of `mentions`; returns each with its types, its sources and the question asked. */
function dropExclusions(text: string, tokens: Token[], mentions: Mention[], ambiguities: string[]): { types: EntityType[]; sources: string[]; workspaces: { slug: string; text: string }[]; words: string; question: string | null }[] {
  askAboutRetraction(text, mentions, ambiguities);
  const excluded: { m: Mention; words: string; after: boolean; takenBack?: boolean }[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    const ahead = text.slice(Math.max(0, m.start - 40), m.start);
    // "Production (kestrel-pay) must NOT be touched": a closing bracket or quote after the name is part of it.
    // "Die iOS App (ohne 2) bitte nicht anfassen", "iOS App（新しい方）はそのままで": a short aside in brackets after it too.
    const next = text.slice(m.end, m.end + 60).replace(/^[)\]"'”’»）」』]+/, '').replace(/^[^\S\n]*[(（][^()（）\n]{1,24}[)）]/, '').slice(0, 40);
    const takenBack = takenBackBefore(ahead, next);
    const before = takenBack ?? (FINE_EXCEPT.test(ahead) ? null : EXCLUDED_BEFORE.exec(ahead)) ?? EXCLUDED_BEFORE_UNSPACED.exec(ahead) ?? STILL_NEEDED_BEFORE.exec(ahead) ?? COMPARED_WITH.exec(ahead) ?? cancelledPart(ahead, text.slice(m.end, m.end + 24));
    const after = EXCLUDED_AFTER.exec(next) ?? WITHDRAWN_AFTER.exec(next) ?? EXCLUDED_AFTER_UNSPACED.exec(next) ?? doneOrKeptAfter(text, m, next) ?? leftAloneLater(text, m.end);
    const item = before || after ? null : declinedItem(text, m, ambiguities);
    if (!before && !after && !item) continue;
    // A remark further on in the sentence ("Growth is the exception, leave it alone") is quoted apart from the name.
    const afterWords = after && after.index > 0 ? `${m.text} … ${after[0].trim()}` : `${m.text}${after?.[0] ?? ''}`;
    excluded.push({ m, words: before ? `${before[0]}${m.text}` : after ? afterWords : item ?? m.text, after: !before, takenBack: takenBack !== null || (after !== null && OFF_THE_TABLE.test(after[0])) });
    mentions.splice(k, 1);
  }
  keptInRequest(text, mentions, excluded);
  // "The Agent App and Web Dashboard were not affected": what the last name says is said of the whole list.
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    // A gap of columns is no list ("iOS App<tab>Y" over "Android App<tab>N": the Y is a cell, not Spanish "and").
    const joins = (words: string): boolean => /^\s*(?:,|\/|&|and|und|et|y|e|en|or|och|og|i)\s*$/i.test(words) && !/\t|[^\S\n]{2,}\S/.test(words);
    const lead = excluded.find((e) => e.after && m.end <= e.m.start && joins(text.slice(m.end, e.m.start)));
    if (!lead) continue;
    excluded.push({ m, words: `${m.text}${text.slice(m.end, lead.m.start)}${lead.words}`, after: true });
    mentions.splice(k, 1);
  }
  // "DON'T delete anything from iOS or Android Beta", "every source except Website and Server API",
  // "alla källor utom Kundportal och Smart Meter": the names listed after an excluded one go with it.
  for (let grew = true; grew; ) {
    grew = false;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      const lead = excluded.find(
        (e) => e.m.end <= m.start && (/^\s*(?:,|\/|&|or|nor|and)\s*$/i.test(text.slice(e.m.end, m.start)) ? /\bnot\b|n['’]t\b/i.test(e.words) || EXCEPT.test(e.words) || KEEPING_LEAD.test(e.words) : EXCEPT.test(e.words) && (EXCEPT_LIST_JOIN.test(text.slice(e.m.end, m.start)) || NAMES_IN_BRACKET.test(text.slice(e.m.end, m.start)))),
      );
      if (!lead) continue;
      excluded.push({ m, words: `${lead.words}${text.slice(lead.m.end, m.end)}`, after: false });
      mentions.splice(k, 1);
      grew = true;
      break;
    }
  }
  askAboutNegated(text, mentions, ambiguities);
  dropStoriesOfExcluded(text, tokens, mentions, excluded.map((e) => e.m));
  return excluded.map(({ m, words }) => {
    const type = m.terms[0].type;
    const left = mentions.some((o) => o.terms.some((t) => t.type === type));
    const alsoAsked = mentions.some((o) => sameThing(o, m));
    // "went to the Server API instead of the Website": the words may describe the data, not take a name back.
    const question = !left || alsoAsked || REPLACING.test(words) ? `"${words}" ${LEAVING_OUT} ${m.text} out — which ${type === 'source' ? 'sources' : type} exactly?` : null;
    if (question) ambiguities.push(question);
    const sources = alsoAsked ? [] : m.terms.filter((t) => t.type === 'source').map((t) => t.canonical);
    const workspaces = m.terms.filter((t) => t.type === 'workspace').map((t) => ({ slug: t.canonical, text: m.text }));
    return { types: [...new Set(m.terms.map((t) => t.type))], sources, workspaces: workspaces.length === 1 ? workspaces : [], words, question };
  });
}

/** "Leave the Import and Email sources alone", "keep Web and Email": a keep or omission verb leads the whole list. */
const KEEPING_LEAD = new RegExp(String.raw`^(?:please\s+)?(?:${KEEP}|${OMISSION})(?![^\P{L}]|\u03B9)`, 'iu');
/** The same thing named elsewhere ("ios yes, android no" above "do NOT delete Android App"): which stands is asked. */
const sameThing = (o: Mention, m: Mention): boolean => o.text.toLowerCase() === m.text.toLowerCase() || o.terms.some((t) => m.terms.some((x) => x.type === t.type && x.canonical === t.canonical));

/**
 * "we got an email from our web team about the import: … Delete Events for those two days. Leave the
 * Import and Email sources alone": a name told about in a clause that asks for nothing, where the mail
 * also leaves that same thing out in so many words, is the story the exclusion answers — no second
 * mention asking for it. Left out with it; named in a clause that asks to delete, which stands is asked.
 */
function dropStoriesOfExcluded(text: string, tokens: Token[], mentions: Mention[], excluded: Mention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const o = mentions[k];
    const same = excluded.filter((m) => sameThing(o, m));
    if (same.length > 0 && !asksInClause(clauseAround(text, o), tokens, mentions)) mentions.splice(k, 1);
  }
}

/**
 * "take the Android App off DEL-512", "pull Android App out of the request", "we no longer need the
 * Android App deleted": the verb before the name, and what the name is taken out of after it
 * (exclusionWords.ts). "Remove Android App from acme-inc" deletes it.
 */
function takenBackBefore(ahead: string, next: string): RegExpExecArray | null {
  const verb = TAKE_BACK_BEFORE_NAME.exec(ahead);
  if (verb && TAKEN_OUT_AFTER_NAME.test(next)) return verb;
  const needless = NO_LONGER_NEED_BEFORE_NAME.exec(ahead);
  return needless && DELETION_NOT_NEEDED.test(next) ? needless : null;
}
const ARTICLE_BEFORE_NAME = String.raw`(?:(?:the|our|any)\s+)?`;
const TAKE_BACK_BEFORE_NAME = new RegExp(String.raw`(?<![^\P{L}]|\u03B9)${TAKE_BACK_VERB}\s+${ARTICLE_BEFORE_NAME}$`, 'iu');
const TAKEN_OUT_AFTER_NAME = new RegExp(`^${TAKEN_OUT_OF_REQUEST}`, 'iu');
const NO_LONGER_NEED_BEFORE_NAME = new RegExp(String.raw`(?<![^\P{L}]|\u03B9)${NO_LONGER_NEED}\s+${ARTICLE_BEFORE_NAME}$`, 'iu');
const DELETION_NOT_NEEDED = new RegExp(`^${DELETION_NOT_NEEDED_AFTER}`, 'iu');
const OFF_THE_TABLE = /off\s+the\s+table/iu;
/** "all normal except iOS", "everything looks fine except the iOS App": the exception is the one that is not fine, not one kept. */
const FINE_EXCEPT = new RegExp(String.raw`${L}(?:normal|fine|ok(?:ay)?|good|healthy|green|unaffected)\s+${EXCEPTION}\s+(?:for\s+)?(?:the\s+|our\s+)?$`, 'iu');
/** "keep the iOS App" written right after a name is taken back: the one kept in the request, not its data. */
const KEEP_BEFORE_NAME = new RegExp(String.raw`(?<![^\P{L}]|\u03B9)${KEEP}\s+${ARTICLE_BEFORE_NAME}$`, 'iu');

/**
 * "Take Android App off DEL-512, keep iOS App for acme-inc March 3-5": beside a part taken back from the
 * request, "keep" another name with the request's days says what stays in the request, to be deleted.
 * Without days after it ("…, and keep the iOS App") it may keep that data too: it stays left out, and asked.
 */
function keptInRequest(text: string, mentions: Mention[], excluded: { m: Mention; words: string; takenBack?: boolean }[]): void {
  if (!excluded.some((e) => e.takenBack)) return;
  for (let k = excluded.length - 1; k >= 0; k--) {
    const { m, takenBack } = excluded[k];
    if (takenBack || !KEEP_BEFORE_NAME.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    if (!/\p{N}/u.test(restOfSentence(text, m.end))) continue;
    excluded.splice(k, 1);
    const at = mentions.findIndex((o) => o.start > m.start);
    mentions.splice(at < 0 ? mentions.length : at, 0, m);
  }
}

/**
 * "[ ] Android App", "Android App ✘", "- iOS App: don't delete", "- Android App (skip)", "| Android App |
 * no |": the item the name labels says no, and so the name is left out (its words returned). An item
 * written as a question, or a table's yes or no under a column that is not about deleting ("Keep?"), is
 * asked about. A value that says nothing of the kind ("- Website: 20 October") leaves the name in.
 */
function declinedItem(text: string, m: Mention, ambiguities: string[]): string | null {
  const item = itemMarkOf(text, m.start, m.end);
  if (!item) return null;
  if (item.says === 'unticked' || item.says === 'crossed') return item.words;
  if (item.says === 'question') {
    ambiguities.push(`"${item.words}" is written as a question — should ${m.text} be deleted?`);
    return null;
  }
  // "| Source | Day | Delete? |": the row's answer is its cell under the deleting column, wherever that stands.
  const verdict = item.cells.find((c) => c.header !== null && asksForDeletion(c.header));
  const { value, header } = verdict ?? item;
  // An empty cell under "Delete?" is a box left unticked beside rows marked "x".
  if (verdict && value === '') return item.words;
  const declines =
    [` ${value}`, `: ${value}`].some((v) => EXCLUDED_AFTER.test(v) || WITHDRAWN_AFTER.test(v)) || EXCLUDED_BEFORE.test(`${value} `) || NOT_ASKED_VALUE.test(value) || (header !== null && NO_IN_COLUMN.test(value));
  // Under "Delete?" (or with no header) a no is a no; under "Keep?" or "Affected?" a yes or no is asked.
  const aboutDeleting = header === null || asksForDeletion(header);
  if (aboutDeleting && declines) return item.words;
  if (!aboutDeleting && (declines || YES_VALUE.test(value) || (header !== null && YES_IN_COLUMN.test(value)))) {
    ambiguities.push(`the table says "${value}" for ${m.text} under "${header}" — should ${m.text} be deleted?`);
    return null;
  }
  return verdict ? null : rowCellDeclines(item, m, ambiguities);
}

/**
 * "| Web | 2027-04-01 | keep |" under "| Source | Day | Action |": with no column that asks to delete,
 * the row's other cells say what becomes of its source. One that keeps it ("keep", "skip", "leave as
 * is", "unaffected", "fine, not affected") leaves it out; one that leaves it open ("hold", "n/a") leaves
 * it out and asks — each only under a column that lets it decide the row (tableCells' cellSaysOfRow).
 * The row's day alone says nothing, and a cell that answers a question of its own
 * column ("Keep?", "Affected?") is read where the first value is (above). Returns the row's words.
 */
function rowCellDeclines(item: ItemMark, m: Mention, ambiguities: string[]): string | null {
  for (const { value, header } of item.cells) {
    if (header !== null && /\?\s*$/.test(header)) continue;
    const says = cellSaysOfRow(value, header);
    if (says === 'kept' || says === 'fine') return item.words;
    if (says !== 'unsure' && says !== 'fineOrGoAhead') continue;
    ambiguities.push(`the table says "${value}" for ${m.text}${header ? ` under "${header}"` : ''} — should ${m.text} be deleted?`);
    return item.words;
  }
  return null;
}
/** A column's short no, read as one only under a header: "N", "false", "0" (a spreadsheet's yes/no column). */
const NO_IN_COLUMN = /^(?:n|false|0)$/iu;
const YES_IN_COLUMN = /^(?:true|1)$/iu;
/** An item's value that asks for nothing: "n/a", "not needed", "none", "skip", "excluded". */
const NOT_ASKED_VALUE = /^(?:n\/?a|none|nothing|not (?:needed|required|necessary|applicable|affected|this time)|no need|no deletion|skip(?:ped)?|excluded?|[-–—]|✘|✗|❌)[.!]?$/iu;
const YES_VALUE = /^(?:yes|y|ja|oui|s[ií]|sim|x|✔|✓|✅|☑)[.!]?$/iu;

/**
 * "Please do not delete any data from the old iOS App", "We never want the iOS App data deleted", "ne
 * supprimez pas les données iOS App", "iOS Appのデータは削除せず": a name in a clause that says not to
 * delete, which no tighter reading places. What is kept cannot be told cleanly, so it is asked, never
 * deleted. Not across a contrast or "only" ("don't delete anything but the iOS App", "do not delete the
 * workspace, only the iOS App"). Returns the clause, or null.
 */
function askAboutNegated(text: string, mentions: Mention[], ambiguities: string[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    const negated = m.terms.every((t) => t.type === 'source') ? negatedAround(text, m) : null;
    if (!negated) continue;
    ambiguities.push(`"${negated}" says not to delete ${m.text} — which sources exactly?`);
    mentions.splice(k, 1);
  }
}
function negatedAround(text: string, m: Mention): string | null {
  const start = Math.max(...allMatches(CLAUSE_END, text.slice(0, m.start)).map((c) => (c.index ?? 0) + 1), 0);
  const rest = text.slice(m.end).search(CLAUSE_END);
  const clause = text.slice(start, rest >= 0 ? m.end + rest : text.length);
  const at = m.start - start;
  const negation = NEGATED_CLAUSE.exec(clause);
  if (!negation) return null;
  const [from, to] = negation.index < at ? [negation.index + negation[0].length, at] : [at + m.end - m.start, negation.index];
  if (from < to && TURNING.test(clause.slice(from, to))) return null;
  return clause.trim();
}
const CLAUSE_END = /[.,;!?\n、，。:()]/gu;
const NEGATED_CLAUSE = new RegExp(`(?<![\\p{Script=Latin}])${NEGATED_DELETION}`, 'iu');
/** Between the negation and the name: a contrast, an exception or "only" turns the clause ("don't delete anything but X"). */
const TURNING = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${CONTRAST}|${EXCEPTION}|only|just|instead|rather|sondern|nur|seulement|solo|solamente|s[óo]|alleen|endast|kun|tylko)(?![^\\P{L}]|\\u03B9)`, 'iu');

/**
 * "the Web App part is already done", "Web is grand", "Web App is already taken care of", "ist bereits
 * erledigt", "ya está hecho": a source told as done or fine is no part of the deletion — the customer
 * did not ask for it, and one deleted in error cannot come back. Not after "once",
 * "when" or "if" ("let us know once the Web App is done"), which speaks of the deletion to come.
 */
/** "Actually no, delete it too.": words after a kept source that may take the keeping back. */
const KEEPING_TAKEN_BACK = /(?<![\p{L}])(?:actually|on second thought|scratch that|correction)(?![\p{L}])|(?<![\p{L}])(?:delete|remove|purge|wipe|include)\s+(?:it|that|them|this one)(?![\p{L}])/iu;
function doneOrKeptAfter(text: string, m: Mention, next: string): RegExpExecArray | null {
  const done = DONE_OR_KEPT_AFTER.exec(next);
  if (!done) return null;
  const lead = text.slice(Math.max(0, m.start - 40), m.start);
  return WHEN_DONE.test(lead.slice(Math.max(lead.search(/[.!?\n;]\s*[^.!?\n;]*$/), 0))) ? null : done;
}
const DONE_STATE =
  '(?:already\\s+)?(?:done|handled|taken care of|sorted(?: out)?|dealt with|grand|all good|good as it is)|already\\s+(?:been\\s+)?(?:deleted|removed|purged|cleaned(?: up)?|fixed|wiped)';
const DONE_OR_KEPT_AFTER = new RegExp(
  String.raw`^\s*(?:(?:source|app|data|events|part|one|side|bit|stuff|quelle|daten|teil|partie|parte)\s+)?,?\s*(?:` +
    String.raw`(?:is|are|was|were|has been|have been|'s)\s+(?:${DONE_STATE})|(?:is|are|was|were)\s+not\s+(?:impacted|affected|involved|broken|part of (?:this|it))|(?:is|are)\s+(?:fine|ok(?:ay)?)(?=\s*(?:[.!;)\n]|$))|(?:had|has|have)\s+no\s+(?:issues?|problems?|errors?|bugs?)|(?:is|are)\s+still\s+(?:needed|in use)|(?:brauchen|benötigen)\s+wir\s+(?:noch|weiterhin)|(?:(?:is|are)\s+)?(?:done|handled|sorted|taken care of)\s+(?:on our (?:side|end)|by us|ourselves)` +
    String.raw`|(?:ist|sind|wurde|wurden|haben wir)\s+(?:bereits|schon)\s+(?:selbst\s+)?(?:erledigt|gel(?:ö|oe)scht|bereinigt|entfernt)` +
    String.raw`|(?:est|sont|a été|ont été)\s+déjà\s+(?:fait|réglé|traité|supprimé|nettoyé)e?s?|ya\s+(?:está|están|fue|fueron|lo hicimos|lo borramos)(?:\s+(?:hech|resuelt|list|borrad|eliminad)[oa]s?)?` +
    String.raw`|(?:è|sono)\s+già\s+(?:fatt|sistemat|cancellat|eliminat)[oaie]|já\s+(?:está|estão|foi|foram)\s+(?:feit|resolvid|apagad|excluíd)[oa]s?|(?:is|zijn)\s+al\s+(?:gedaan|geregeld|verwijderd|opgeschoond)` +
    String.raw`)(?![^\P{L}]|\u03B9)`,
  'iu',
);
/** "Our team still needs the Android App data", "we use the Web App numbers": a source kept in use. */
const STILL_NEEDED_BEFORE = /(?<![^\P{L}]|\u03B9)(?:we|our\s+\p{L}+|they|i)\s+(?:still\s+(?:need|needs|use|uses)|rely on|relies on|want to keep)\s+(?:the\s+|our\s+)?$/iu;
/** "…after comparing it with the Android App numbers": a yardstick, not a source to delete. */
const COMPARED_WITH = /(?<![^\P{L}]|\u03B9)(?:compar(?:e|ed|ing)\s+(?:it\s+|them\s+|this\s+|that\s+)?(?:with|to|against)|versus|vs\.?|benchmarked\s+against|verglichen\s+mit|compar[ée]s?\s+(?:avec|à)|comparad[oa]s?\s+con)\s+(?:the\s+|our\s+|den\s+|der\s+|les?\s+|la\s+|el\s+)?$/iu;
const WHEN_DONE = /(?<![^\P{L}]|\u03B9)(?:when|once|after|until|till|if|as soon as|wenn|sobald|nachdem|quand|lorsque|une fois|cuando|una vez|quando|zodra|als|dopo)(?![^\P{L}]|\u03B9)/iu;

/**
 * "The iOS and Android apps don't use that service so please leave those alone": later in the same
 * sentence, with no deletion asked for in between, the names are left out by a pronoun.
 */
function leftAloneLater(text: string, at: number): RegExpExecArray | null {
  const rest = text.slice(at, at + 120);
  const end = rest.search(/[.!?\n]/);
  const clause = end >= 0 ? rest.slice(0, end) : rest;
  const m = LEFT_ALONE_LATER.exec(clause);
  if (m) return !DELETE_SENTENCE.test(clause.slice(0, m.index)) ? m : null;
  // "I also have access to Acme Staging, but that one is fine": the pronoun after "but" is the name.
  const that = THAT_ONE_FINE.exec(clause);
  if (that) return !DELETE_SENTENCE.test(clause.slice(0, that.index)) ? that : null;
  // "…; the iOS data for that day is fine": said of this name alone, in its own clause.
  const own = clause.split(/[;,]|\b(?:and|but)\b/)[0];
  const fine = FINE_IN_OWN_CLAUSE.exec(own);
  return fine && !DELETE_SENTENCE.test(own.slice(0, fine.index)) && !/\p{Lu}|\d/u.test(own.slice(0, fine.index).replace(/^\s*(?:data|events|source|app)\b/i, '').replace(/\b(?:for|on|of)\s+that\s+day\b/i, '')) ? fine : null;
}
const FINE_IN_OWN_CLAUSE = /(?<![^\P{L}]|\u03B9)(?:is|are)\s+(?:fine|ok(?:ay)?|good|clean|correct|unaffected|not affected)(?![^\P{L}]|\u03B9)(?![^.!?\n]{0,40}\b(?:but|until|till|then|before)\b)/iu;
const THAT_ONE_FINE =
  /^[^\p{L}]*,?\s*(?:but|though|although)\s+(?:that one|this one|that|it|those|they)\s+(?:is|are|'s|’s)\s+(?:fine|ok(?:ay)?|good|clean|correct|unaffected|not affected|out of scope)(?![^\P{L}]|\u03B9)/iu;
const LEFT_ALONE_LATER =
  /(?<![^\P{L}]|\u03B9)(?:(?:please\s+)?(?:leave|keep)\s+(?:those|them|these|that one|those ones|it)\s+(?:alone|out(?:\s+of\s+it)?|untouched|as\s+they\s+are)|(?:please\s+)?(?:don['’]t|do not)\s+touch\s+(?:those|them|these))(?![^\P{L}]|\u03B9)/iu;

/**
 * "Διαγράψτε το νέο booking", "the old Android app", "all Android data": "new", "old" or "all" before a
 * source's name when the workspace has a second one of that name (booking and booking-v2, android and
 * android-beta) may mean either, or both: asked.
 */
function askAboutNewerOrOlder(text: string, mentions: Mention[], ws: CatalogWorkspace, ambiguities: string[]): void {
  for (const m of mentions) {
    const source = m.terms.find((t) => t.type === 'source' && t.workspace === ws);
    const before = text.slice(Math.max(0, m.start - 14), m.start);
    const adjective = source ? NEWER_OR_OLDER.exec(before) ?? ALL_OF.exec(before) : null;
    if (!source || !adjective) continue;
    // "our old Moodle 3.9" where Moodle 3.9 is kept as moodle-old: the word says which, and agrees.
    if (words(adjective[0]).some((w) => words(source.canonical).includes(w))) continue;
    // "all JP App 2 data" beside JP App: "all" of the longer name written in full takes in no shorter one.
    const all = !NEWER_OR_OLDER.test(before);
    const siblings = ws.sources.filter((s) => s.slug !== source.canonical && (s.slug.startsWith(`${source.canonical}-`) || (!all && source.canonical.startsWith(`${s.slug}-`))));
    if (siblings.length === 0) continue;
    ambiguities.push(`"${adjective[0]}${m.text}" could be ${[source.canonical, ...siblings.map((s) => s.slug)].join(' or ')} — which source is meant?`);
  }
  // "delete learners space in vidya-learn, the old one" with Learners and Learners Archive.
  for (const m of mentions) {
    const space = m.terms.find((t) => t.type === 'space' && t.workspace === ws);
    const said = space ? NEWER_OR_OLDER.exec(text.slice(Math.max(0, m.start - 14), m.start)) ?? THE_OLD_ONE.exec(text.slice(m.end, m.end + 60)) : null;
    if (!space || !said) continue;
    const name = space.canonical.toLowerCase();
    const siblings = ws.spaces.filter((sp) => sp.name.toLowerCase() !== name && (sp.name.toLowerCase().startsWith(`${name} `) || name.startsWith(`${sp.name.toLowerCase()} `)));
    if (siblings.length > 0) ambiguities.push(`"${m.text}, ${said[0].trim()}" could be ${[space.canonical, ...siblings.map((sp) => sp.name)].join(' or ')} — which space is meant?`);
  }
}
const THE_OLD_ONE = /(?<![^\P{L}]|\u03B9)the (?:old|older|new|newer|archived?|previous|current) one(?![^\P{L}]|\u03B9)/iu;
/** "all Android data", "alle Android-Daten": every source of that name, or the one so named? */
const ALL_OF = /(?<![^\P{L}]|\u03B9)(?:all(?: (?:the|our))?|both|every|alle|beide[n]?|tous les|toutes les|todos los|todas las|tutti i|tutte le|todos os|todas as)\s+$/iu;
const NEWER_OR_OLDER = /(?<![^\P{L}]|\u03B9)(?:new|newer|old|older|legacy|current|neue[nrs]?|alte[nrs]?|nouvel(?:le)?|nouveau|ancien(?:ne)?|nuev[oa]|viej[oa]|antigu[oa]|nuov[oa]|vecchi[oa]|nieuwe|oude|nov[oa]|velh[oa]|νέο|νέα|παλιό|παλιά|nowe|nowy|stary|stare|nya|gamla|nye|gamle|uusi|vanha|yeni|eski|noua|nou|vechi)\s+$/iu;

/**
 * "PS: same thing happened at Acme Inc last year", "Hank / formerly at Acme Inc", "the same fix you did
 * for Acme Inc", "test events for our client Globex": a workspace named only as a client, a former
 * employer or in a story, by someone who is not its contact, is no scope — it may be any company the
 * sender knows. Asked, never replaced by the sender's own workspace: the contact list does not choose
 * between workspaces. A contact naming their own workspace so is read as written, and so is a stranger
 * naming it plainly ("I'm the new dev at Helix CRM", "Workspace: acme-inc"): a contact confirms that.
 */
function askAboutPassingWorkspace(text: string, mentions: Mention[], ws: CatalogWorkspace, sender: string | null, ambiguities: string[]): void {
  if (!sender || ws.contacts.some((c) => c.toLowerCase() === sender.toLowerCase())) return;
  const named = mentions.filter((m) => m.terms.some((t) => t.type === 'workspace' && t.canonical === ws.slug));
  const inPassing = (m: Mention): boolean => PASSING_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start));
  if (named.length === 0 || !named.every(inPassing)) return;
  ambiguities.push(`"${named[0].text.trim()}" is named only in passing, not as the workspace to delete from — which workspace is meant?`);
}
/** A company the sender serves or told a story about: "our client Globex", "the same fix you did for", "I used to work at". */
const PASSING_BEFORE = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:(?:client|customer|partner|reseller|kunden?|kundin|cliente|klant)` +
    String.raw`|(?:used to|formerly|previously|worked|happened|occurred|same (?:thing|issue|problem|fix)|(?:you|we|they) did|(?:also )?ha(?:ve|d) access|früher|damals|passiert|anciennement|autrefois|arrivé|pasó|trabajaba|como hicieron)` +
    String.raw`[^.!?\n]{0,30}?(?<![^\P{L}]|\u03B9)(?:at|for|with|in|on|to|bei|für|chez|pour|en|con|para|bij|voor)` +
    String.raw`)\s+(?:(?:the|our|their|unseren?|unserem|notre|nuestro|nuestra)\s+)?$`,
  'iu',
);

/**
 * "Northwind AB closed its former workspace Northwind Legacy (ws_nw07)": a name followed by a company's
 * legal form is the company writing, not a workspace beside the one named as such. Case-sensitive: "AS",
 * "AB" in capitals; "Inc" and "Co" are left out (catalogs name workspaces "Acme Inc", "Søren & Co").
 */
const LEGAL_FORM_AFTER = /^[^\S\n]+(?:AB|ASA|AS|A\/S|ApS|Oy|Oyj|GmbH|AG|KG|Ltd\.?|Limited|LLC|plc|PLC|Corp\.?|SAS|SARL|S\.A\.|S\.r\.l\.|S\.p\.A\.|SpA|B\.V\.|BV|N\.V\.|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|K\.K\.|Pty)(?![\p{L}\p{N}])/u;

/** Workspace: every workspace mention must agree on one workspace (a company's own name aside, when the others agree). */
function agreedWorkspace(mentions: Mention[], ambiguities: string[], text = ''): { workspace: string | null; union: Set<string> } {
  const asCompany = (m: Mention): boolean => LEGAL_FORM_AFTER.test(text.slice(m.end, m.end + 20));
  const others = mentions.filter((m) => !asCompany(m));
  if (others.length < mentions.length) {
    const agreed = agreedWorkspace(others, []);
    // Only the same company's other workspace ("Northwind AB" beside Northwind Legacy): "our client Globex
    // Ltd" beside the agency's own Acme Inc is the workspace the request is about, and two are asked about.
    const named = others.flatMap((m) => m.terms).find((t) => t.type === 'workspace' && t.canonical === agreed.workspace)?.workspace.name.toLowerCase();
    if (named !== undefined && mentions.filter(asCompany).every((m) => named.startsWith(m.text.trim().toLowerCase()))) return agreed;
  }
  const wsSets = mentions
    .map((m) => new Set(m.terms.filter((t) => t.type === 'workspace').map((t) => t.canonical)))
    .filter((s) => s.size > 0);
  let workspace: string | null = null;
  const union = new Set(wsSets.flatMap((s) => [...s]));
  if (union.size === 1) workspace = [...union][0];
  else if (union.size > 1) {
    const agreed = [...union].filter((slug) => wsSets.every((s) => s.has(slug)));
    if (agreed.length === 1) workspace = agreed[0];
    else ambiguities.push(`several workspaces are named (${[...union].sort().join(', ')}) — which one is meant?`);
  }
  return { workspace, union };
}

/** The sources and the space named, each checked against the workspace (or asked about without one). */
/** "the Android apps", "the Android sources": a name in the plural where the workspace has several sources starting with it. */
function pluralOf(text: string, m: Mention, ws: CatalogWorkspace): { words: string; sources: string[] } | null {
  const after = /^[ \t]+(apps|sources|applications|quellen|fuentes|applis|aplicaciones|aplicativos|apper|appar|sovellukset)\b/i.exec(text.slice(m.end));
  if (!after) return null;
  const stem = m.text.toLowerCase().replace(/[-_\s]+(?:apps?|source)$/, '');
  // A whole word of the name: "the Web sources" are not Web and Webhooks.
  const begins = (name: string): boolean => name.toLowerCase().startsWith(stem) && !/^[\p{L}\p{N}]/u.test(name.slice(stem.length));
  const sources = ws.sources.filter((x) => begins(x.slug) || begins(x.name)).map((x) => x.slug);
  return sources.length > 1 ? { words: `${m.text}${after[0]}`, sources: sources.sort() } : null;
}

/** The names of the workspace's own sources or spaces a mention gives; asks where it fits none or several. */
function ownNamesIn(
  text: string,
  m: Mention,
  terms: CatalogTerm[],
  type: 'source' | 'space',
  ws: CatalogWorkspace,
  owners: string[],
  ambiguities: string[],
  several: Set<EntityType>,
): string[] {
  // "iOS" where the workspace named has "iOS App" and another workspace a source "ios": the
  // workspace's own source, written short.
  const strictlyOwn = terms.filter((t) => t.workspace === ws);
  const weakOwn = (m.weak ?? []).filter((t) => t.type === type && t.workspace === ws);
  const own = strictlyOwn.length > 0 ? strictlyOwn : weakOwn.length > 0 ? weakOwn : type === 'source' ? ownWithGenericWord(m.text, ws) : [];
  const ownNames = [...new Set(own.map((t) => t.canonical))].sort();
  const plural = type === 'source' && ownNames.length === 1 ? pluralOf(text, m, ws) : null;
  if (plural) {
    // "the Android apps" where Android and Android Beta both are: one of them, or both?
    ambiguities.push(`"${plural.words}" could be more than one source (${plural.sources.join(', ')}) — which ones are meant?`);
    several.add(type);
    return [];
  }
  // "Usunięcie danych POS" in the subject, "POS Terminals" in the body: the short form, in the subject line,
  // of a name written in full below it. ("POS and POS Terminals" in one line names two things.)
  const subjectEnd = text.indexOf('\n\n');
  const inSubject = subjectEnd > 0 && m.end <= subjectEnd && !text.slice(0, m.start).includes('\n');
  const shortOfWritten = type === 'source' && inSubject && ws.sources.some((x) => x.name.toLowerCase().startsWith(`${m.text.toLowerCase()} `) && text.slice(subjectEnd).toLowerCase().includes(x.name.toLowerCase()));
  const numbered = type === 'source' && ownNames.length === 1 ? numberedSiblings(text, m, ws, ownNames[0]) : [];
  // Subject "Android data", body "the android app data": the subject's short name is the body's source said
  // in brief, where the body writes the whole name of one it fits; the body's names are read, not this one.
  // Not a subject that lists ("iOS + watch"): its other items are asked for, and this one with them.
  const listing = /[+&/,]|(?<![^\P{L}]|\u03B9)(?:and|und|et|y|e|en|och|og|or)(?![^\P{L}]|\u03B9)/iu.test(text.slice(0, subjectEnd));
  // The whole name below must be in a sentence asking to delete: "a test phone that also has iOS App 2
  // installed" is background, and the subject's "iOS" is still asked about.
  const writtenBelow = inSubject && !listing && [...ownNames, ...numbered].some((slug) => askedToDeleteIn(text.slice(subjectEnd), ws.sources.find((x) => x.slug === slug)?.name ?? slug));
  if ((ownNames.length > 1 || numbered.length > 0) && type === 'source' && writtenBelow) return [];
  if (ownNames.length > 1 || numbered.length > 0) {
    ambiguities.push(`${type} "${m.text}" fits ${[...ownNames, ...numbered].join(' and ')} in ${ws.slug} — which one is meant?`);
    several.add(type);
    return [];
  }
  // "…for 8 October 2026. Test devices.": a word in lower case that only a deleted workspace has as a name.
  const ofDeletedOnly = own.length === 0 && ws.deletedAt === null && terms.every((t) => t.workspace.deletedAt !== null) && m.text === m.text.toLowerCase();
  // "Cancellazione dati app" above "la sorgente Appli mobile nel workspace maison-lune": a word in lower
  // case in the subject that only another workspace has as a name describes the body's source. Not when
  // the body writes the word too ("iOS + watch" above "ios app and apple watch data"): it is asked for.
  const body = text.slice(subjectEnd);
  const subjectWord = type === 'source' && inSubject && m.text === m.text.toLowerCase() && namesOwnSource(body, ws) && !wholeWordIn(body, m.text);
  if (own.length === 0 && (shortOfWritten || subjectWord || wordOfPhrase(text, m, type) || kindOfData(text, m, type) || kindOfTrouble(text, m, type))) return [];
  if (own.length === 0 && !ofDeletedOnly) {
    ambiguities.push(`${type} "${m.text}" belongs to workspace ${owners.join(', ')}, not ${ws.slug} — which is meant?`);
    several.add(type);
  }
  return own.map((t) => t.canonical);
}

/**
 * "Please delete Patient App data" in a workspace with Patient App iOS and Patient App Android, "the LIMS
 * source" beside LIMS Connector and LIMS Connector 2: the words several sources' names begin with, written
 * as the catalog writes them before a data or source word, name a source — which one is asked. Not
 * missing: the customer named it.
 */
function sharedBeginningWritten(text: string, ws: CatalogWorkspace, index: ParserCatalog): string | null {
  const byBeginning = new Map<string, string[]>();
  for (const source of ws.sources) {
    const parts = source.name.trim().split(/\s+/);
    for (let k = 1; k < parts.length; k++) {
      const beginning = parts.slice(0, k).join(' ');
      byBeginning.set(beginning, [...(byBeginning.get(beginning) ?? []), source.name]);
    }
  }
  for (const [beginning, names] of byBeginning) {
    // "Delete all Roamly data" beside Roamly iOS and Roamly Web: the workspace's own name is no source's.
    const workspaceName = (index.terms.get(words(beginning).join(' ')) ?? []).some((t) => t.type === 'workspace');
    if (names.length < 2 || beginning.length < 3 || workspaceName || ws.sources.some((x) => x.name === beginning)) continue;
    // Followed by a data or source word: "Patient App data", "the LIMS source" — not the space "Patient".
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(beginning)}[^\\S\\n]+(?:data|events|source)(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (written) return `"${beginning}" could be ${names.join(' or ')} in ${ws.slug} — which source is meant?`;
  }
  return null;
}

/** A word for "source" beside a name marks it as the source's name ("the App source", "the source app"). */
const SOURCE_CUE = '(?:source|quelle|fuente|fonte|bron|källa|kilde|źródło)';
const CUE_AFTER_NAME = new RegExp(`^[\\s-]*${SOURCE_CUE}`, 'iu');
const CUE_BEFORE_NAME = new RegExp(`${SOURCE_CUE}\\s*$`, 'iu');

/**
 * "data of mobile app" where the workspace has Mobile and Mobile 2: a name of one word, written in lower
 * case as a word of the sentence, is also the first word of its numbered sibling; which is meant is asked.
 * Not when it is marked as a name (quoted, "the App source", "the source app") or the sibling is written
 * too; a name of several words ("iOS App" beside "iOS App 2") is that source.
 */
function numberedSiblings(text: string, m: Mention, ws: CatalogWorkspace, slug: string): string[] {
  const name = ws.sources.find((x) => x.slug === slug)?.name.trim() ?? '';
  // Written as the name ("the App", "E-commerce") it is that source; in lower case it may be a word.
  if (!name || /\s/.test(name) || name === name.toLowerCase()) return [];
  if (!(m.text !== name && m.text === name.toLowerCase()) && !(m.text === name && germanNoun(text, m.start, m.text))) return [];
  const marked = /[`'"“„«]$/.test(text.slice(Math.max(0, m.start - 1), m.start)) || CUE_AFTER_NAME.test(text.slice(m.end, m.end + 12)) || CUE_BEFORE_NAME.test(text.slice(Math.max(0, m.start - 12), m.start));
  if (marked) return [];
  const escaped = escapeRegExp(name);
  const sibling = new RegExp(`^${escaped}\\s*(?:\\d{1,2}|ii|iii)$`, 'i');
  return ws.sources.filter((x) => x.slug !== slug && sibling.test(x.name.trim()) && !wholeWordIn(text, x.name)).map((x) => x.slug);
}

/**
 * "die Daten unserer App", "in der App": German writes every noun with a capital, so after an article or a
 * possessive a capitalised word is the noun as much as "our app" is — its case marks no name.
 */
function germanNoun(text: string, start: number, written: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(written) && GERMAN_DETERMINER.test(text.slice(Math.max(0, start - 12), start));
}
const GERMAN_DETERMINER = /(?<![^\P{L}]|\u03B9)(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|unser|unsere|unserer|unseren|unserem|unseres|mein|meine|meiner|meinen|meinem|meines|eure|eurer|euren|eurem|ihre|ihrer|ihren|ihrem)\s+$/iu;

/**
 * Subject "App Daten" above "bitte die Daten unserer App … löschen", "App data" above "the data of our
 * app": the word asked about in one place (numberedSiblings) is the same word in the other, which settles
 * nothing. Only a mark of the name (quotes, "source" beside it) or other words for the source keep it.
 */
function forgetAskedWords(text: string, mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>): void {
  const slugOf = (m: Mention): string | undefined => m.terms.find((t) => t.type === 'source' && t.workspace === ws)?.canonical;
  const asked = new Set(mentions.filter((m) => { const slug = slugOf(m); return slug !== undefined && numberedSiblings(text, m, ws, slug).length > 0; }).map((m) => m.text.toLowerCase()));
  if (asked.size === 0) return;
  for (const m of mentions) {
    const slug = slugOf(m);
    if (!slug || !asked.has(m.text.toLowerCase()) || QUOTES.has(text[m.start - 1] ?? '') || CUE_AFTER_NAME.test(text.slice(m.end, m.end + 12)) || CUE_BEFORE_NAME.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    if (mentions.some((x) => x.text.toLowerCase() !== m.text.toLowerCase() && slugOf(x) === slug)) continue;
    sources.delete(slug);
  }
}

/** Whether the text writes the whole name of one of the workspace's sources. */
function namesOwnSource(text: string, ws: CatalogWorkspace): boolean {
  return ws.sources.some((x) => wholeWordIn(text, x.name));
}
/** Whether the text writes the words, in any case, not as part of longer words. */
/** Whether `words` is written as a whole word in a sentence with a verb of deleting. */
function askedToDeleteIn(text: string, words: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'giu');
  return allMatches(re, text).some((m) => DELETE_VERB.test(sentenceAround(text, m.index ?? 0, (m.index ?? 0) + m[0].length)));
}

function wholeWordIn(text: string, words: string): boolean {
  const escaped = escapeRegExp(words);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * "our Android JP SDK sent load-test traffic … Please delete last week's Android JP data": the SDK is the
 * library that sends the source's events, and the source is named as itself elsewhere — no other source.
 */
function sdkOfNamedSource(v: Variant, mentions: Mention[]): boolean {
  if (v.terms[0].type !== 'source' || !/\s+sdks?$/i.test(v.shown)) return false;
  return mentions.some((m) => m.terms.some((t) => v.terms.some((x) => x.type === 'source' && x.canonical === t.canonical && x.workspace === t.workspace)));
}

/**
 * "Type: Standard change / data deletion": a one-word space name of another workspace, written as the
 * first word of a phrase (a word in lower case follows, no "space" beside it), is that phrase's word.
 */
function wordOfPhrase(text: string, m: Mention, type: 'source' | 'space'): boolean {
  if (type !== 'space' || /\s/.test(m.text.trim())) return false;
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  const after = /^ (\p{Ll}+)/u.exec(text.slice(m.end, m.end + 30));
  return after !== null && !CUE_AFTER.space.has(after[1]) && !CUE_BEFORE.space.has((before.match(/(\p{L}+)\s*$/u)?.[1] ?? '').toLowerCase());
}

/**
 * "our agency pushed test events into the Q1 Backfill source of Marketing": a describing word in lower
 * case before a data word, that only another workspace has as a source's name, says what kind of data
 * it is — no source of that other workspace (in the workspace named it is asked about: askAboutNameAsWord).
 */
function kindOfData(text: string, m: Mention, type: 'source' | 'space'): boolean {
  const next = /^[ \t-](\p{L}+)/u.exec(text.slice(m.end, m.end + 20))?.[1];
  return type === 'source' && DESCRIBING_WORD.has(m.text) && next !== undefined && (DATA_NOUN.has(next) || /^events?$/.test(next));
}

/**
 * "please delete 2 to 4 March (old import problem)" in Verdant, where only other workspaces have a source
 * Import: a one-word name in lower case before a word for what went wrong tells what happened to the
 * data, and names no other workspace's source.
 */
function kindOfTrouble(text: string, m: Mention, type: 'source' | 'space'): boolean {
  const next = /^[ \t](\p{L}+)/u.exec(text.slice(m.end, m.end + 20))?.[1]?.toLowerCase();
  // "delete POS and the import errors": the object of the deletion, beside a source, may be a source.
  const object = /(?<![\p{L}])(?:and|or|plus|delete|remove|purge|wipe|&|,)[^\S\n]+(?:the[^\S\n]+|all[^\S\n]+)?$/iu.test(text.slice(Math.max(0, m.start - 20), m.start));
  return type === 'source' && /^\p{Ll}+$/u.test(m.text) && next !== undefined && TROUBLE_NOUN.has(next) && !object;
}
const TROUBLE_NOUN = new Set(['problem', 'problems', 'issue', 'issues', 'bug', 'bugs', 'error', 'errors', 'glitch', 'failure', 'failures', 'incident', 'mistake', 'mishap', 'outage']);

function sourcesAndSpaces(
  text: string,
  mentions: Mention[],
  ws: CatalogWorkspace | null,
  workspacesNamed: number,
  ambiguities: string[],
  several: Set<EntityType>,
): { sources: Set<string>; space: string | null } {
  const sources = new Set<string>();
  let space: string | null = null;
  const spaces = new Set<string>();
  for (const type of ['source', 'space'] as const) {
    for (const m of mentions) {
      const terms = m.terms.filter((t) => t.type === type);
      if (terms.length === 0) continue;
      const canonical = [...new Set(terms.map((t) => t.canonical))];
      const owners = [...new Set(terms.map((t) => t.workspace.slug))].sort();
      if (ws) {
        for (const name of ownNamesIn(text, m, terms, type, ws, owners, ambiguities, several)) (type === 'source' ? sources : spaces).add(name);
      } else {
        canonical.forEach((c) => (type === 'source' ? sources : spaces).add(c));
        if (workspacesNamed === 0) {
          ambiguities.push(
            owners.length === 1
              ? `${type} ${canonical.join('/')} belongs to workspace ${owners[0]}, but no workspace is named — please confirm the workspace`
              : `${type} ${canonical.join('/')} exists in workspaces ${owners.join(', ')} — which workspace is meant?`,
          );
        }
      }
    }
  }
  if (ws) forgetAskedWords(text, mentions, ws, sources);
  // "delete the Unify space "EU Customers" … we rebuilt the profiles in the Default Space": the space in
  // the sentence that asks to delete is the one meant when only one such sentence names a space.
  if (spaces.size > 1) {
    const asked = mentions.filter((m) => m.terms.some((t) => t.type === 'space' && spaces.has(t.canonical)) && DELETE_SENTENCE.test(sentenceOf(text, m.start)));
    const names = new Set(asked.flatMap((m) => m.terms.filter((t) => t.type === 'space').map((t) => t.canonical)));
    if (names.size === 1) {
      spaces.clear();
      spaces.add([...names][0]);
    }
  }
  if (spaces.size === 1 && longerSpaceAsked(text, mentions, ws, [...spaces][0], ambiguities)) several.add('space');
  else if (spaces.size === 1) space = [...spaces][0];
  else if (spaces.size > 1) {
    ambiguities.push(`several spaces are named (${[...spaces].sort().join(', ')}) — which one is meant?`);
    several.add('space');
  }
  return { sources, space };
}

/**
 * "the members space" with Members and Members EU, "the Player Graph spaces" with Player Graph and Player
 * Graph Test: a name written in lower case, or in the plural, that another space's name goes on from. Asked.
 */
function longerSpaceAsked(text: string, mentions: Mention[], ws: CatalogWorkspace | null, space: string, ambiguities: string[]): boolean {
  const longer = (ws?.spaces ?? []).map((s) => s.name).filter((name) => name.toLowerCase().startsWith(`${space.toLowerCase()} `));
  if (longer.length === 0) return false;
  const written = mentions.filter((m) => m.terms.some((t) => t.type === 'space' && t.canonical === space));
  const loose = written.some((m) => m.text !== space && m.text === m.text.toLowerCase()) || written.some((m) => /^\s*spaces(?![^\P{L}]|\u03B9)/iu.test(text.slice(m.end, m.end + 12)));
  if (loose) ambiguities.push(`"${written[0]?.text ?? space}" could be the space ${[space, ...longer].join(' or ')} — which one is meant?`);
  return loose;
}

/** Sources named beside the request: told as background (left out and asked), or added in short form (asked). */
function askAboutSourcesAside(text: string, tokens: Token[], index: ParserCatalog, mentions: Mention[], ws: CatalogWorkspace | null, sources: Set<string>, ambiguities: string[]): void {
  askAboutBackgroundSources(text, tokens, { mentions, index }, sources, ambiguities);
  if (ws && sources.size > 0) askAboutAddedShortNames(text, tokens, index, mentions, ws, sources, ambiguities);
}

/**
 * Subject "刪除網站資料" (the Web source's data) above "請刪除 … 的 aeb 資料來源", or "Delete Website data"
 * above "please delete the Roku source": the body names a source of its own that no catalog knows, so the
 * subject's source is no answer to what the body asks — which source is asked, none is taken.
 */
function askAboutUnknownSourceUnderSubject(text: string, index: ParserCatalog, mentions: Mention[], sources: Set<string>, out: { ambiguities: string[]; several: Set<EntityType> }): void {
  const subjectEnd = subjectLineEnd(text);
  if (subjectEnd < 0) return;
  const body = text.slice(subjectEnd);
  const unknown = [...body.matchAll(UNKNOWN_SOURCE_NAMED)].find((m) => !index.terms.has((m[1] ?? m[2]).toLowerCase()));
  if (!unknown) return;
  for (const slug of [...sources]) {
    const named = mentions.filter((m) => m.terms.some((t) => t.type === 'source' && t.canonical === slug));
    if (named.length === 0 || !named.every((m) => m.end <= subjectEnd)) continue;
    sources.delete(slug);
    out.several.add('source');
    out.ambiguities.push(`"${unknown[0].trim()}" is not a known source — is it ${slug}, named in the subject, or something else?`);
  }
}
/** "the Roku source", "the Roku data source" (a name: a capital or a digit), "aeb 資料來源", "xyz 数据源", "abc データソース". */
const UNKNOWN_SOURCE_NAMED = /(?<![\p{L}\p{N}_-])(?:the\s+)((?=[\p{L}\p{N}._-]*[\p{Lu}\p{N}])[\p{L}\p{N}][\p{L}\p{N}._-]{1,30})\s+(?:data\s+)?source(?![\p{L}\p{N}])|(?<![A-Za-z0-9_-])([A-Za-z0-9][A-Za-z0-9._-]{1,30})\s*(?:資料來源|资料来源|數據源|数据源|データソース|ソース|데이터\s*소스|소스)/gu;

/**
 * "… iOS App data for 3 May. Android App too?", "maybe the Android App too": a source every mention of
 * which is written with doubt (doubtedNames.ts) is asked about. Beside sources named for sure it is left
 * out until answered; with none, what was read stays and the question holds it back.
 */
function askAboutDoubtedSources(text: string, mentions: Mention[], sources: Set<string>, ambiguities: string[]): void {
  const doubted = new Map<string, string>();
  for (const slug of sources) {
    const named = mentions.filter((m) => m.terms.some((t) => t.type === 'source' && t.canonical === slug));
    const doubts = named.map((m) => doubtAboutName(text, m.start, m.end));
    const source = named[0]?.terms.find((t) => t.type === 'source' && t.canonical === slug);
    const wordDoubt = doubtAboutWordOfName(text, source?.workspace.sources.find((x) => x.slug === slug)?.name ?? slug);
    if (named.length > 0 && doubts.every((d) => d !== null)) doubted.set(slug, doubts[0] ?? slug);
    else if (wordDoubt) doubted.set(slug, wordDoubt);
  }
  const sure = [...sources].filter((slug) => !doubted.has(slug));
  // Every source named with doubt ("wir müssen eventuell die iOS App … löschen"): the doubt is the
  // request's own, and the request's questions ask it.
  if (sure.length === 0) return;
  for (const [slug, words] of doubted) {
    sources.delete(slug);
    ambiguities.push(`"${words}": ${slug} is named with doubt — should ${slug} be deleted too?`);
  }
}

/**
 * "z platformy" beside Platforma e-learning and Platforma e-learning 2, "z aplikacji mobilnej" beside
 * Aplikacja Mobilna and Aplikacja Mobilna 2: the first word of several sources' names in another case (as
 * Polish, Czech or Russian decline a name) names none of them for sure. Read only while no source is:
 * the message asks already, and now asks which of the names it is rather than for a name.
 */
function askAboutDeclinedNames(tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, out: { sources: Set<string>; ambiguities: string[]; several: Set<EntityType>; index: ParserCatalog }): void {
  // A space asked for is the scope: its words ("the Patients space") are no source's.
  if (out.sources.size > 0 || mentions.some((m) => m.terms.some((t) => t.type === 'space'))) return;
  for (const t of tokens) {
    if (t.word.length < 5 || out.index.terms.has(t.word) || mentions.some((m) => t.start < m.end && t.end > m.start)) continue;
    const fits = ws.sources.filter((s) => declinedForm(t.word, words(s.name)[0] ?? '')).map((s) => s.slug).sort();
    if (fits.length < 2) continue;
    out.ambiguities.push(`"${t.word}" could be ${fits.join(', ')} in ${ws.slug} — which source is meant?`);
    out.several.add('source');
    return;
  }
}
/**
 * "platformy" of "platforma", "aplikacji" of "aplikacja": the same word but for its last letter and an
 * ending of up to three. Not an English plural ("patients" of Patient: pluralSourceTerms reads those), nor
 * a word that differs sooner ("unify" is no form of "unity").
 */
function declinedForm(word: string, name: string): boolean {
  // "platform" of "platforma" is an English word, not a case: an ending replaces the last letter.
  if (name.length < 5 || word === name || word.length < name.length || word.length - name.length > 3) return false;
  let k = 0;
  while (k < word.length && word[k] === name[k]) k++;
  return k >= name.length - 1 && !/^e?s$/.test(word.slice(k));
}

/**
 * "the app data" with App and App 2, or with iOS App and Android App: a common word in lower case that
 * is a word of several of the workspace's sources names none of them for sure — asked, and left out
 * until answered. "App", written as the catalog writes it, is still the source App.
 */
function askAboutGenericNames(text: string, tokens: Token[], mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[], several: Set<EntityType>): void {
  const asked = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!GENERIC_NAME.has(t.word) || text.slice(t.start, t.end) !== t.word) continue;
    const m = mentions.find((x) => x.start === t.start && x.end === t.end);
    if (!m && (mentions.some((x) => t.start < x.end && t.end > x.start) || !dataWordBeside(tokens, k))) continue;
    // "della sorgente app", "source `app`": written as a source's name, it is the one so named.
    if (m && (sourceNounBefore(tokens, k) || (QUOTES.has(text[t.start - 1] ?? '') && QUOTES.has(text[t.end] ?? '')))) continue;
    // "clinic app data" above "Clinic App iOS": a word of a name before it qualifies the word; it is that name short.
    if (k > 0 && !FILLER.has(tokens[k - 1].word) && ws.sources.some((s) => words(s.name).includes(tokens[k - 1].word))) continue;
    const singular = t.word.replace(/s$/, '');
    const fits = ws.sources.filter((s) => words(s.name).some((w) => w === t.word || w === singular)).map((s) => s.slug).sort();
    if (fits.length < 2) continue;
    if (m) {
      // Named again as the catalog writes it ("App"), it is that source all the same.
      const namedElsewhere = (slug: string): boolean => mentions.some((x) => x !== m && !GENERIC_NAME.has(x.text) && x.terms.some((y) => y.type === 'source' && y.canonical === slug));
      m.terms.filter((y) => y.type === 'source' && !namedElsewhere(y.canonical)).forEach((y) => sources.delete(y.canonical));
    }
    if (asked.has(t.word)) continue;
    asked.add(t.word);
    const next = tokens[k + 1];
    const shown = next && CUE_AFTER.source.has(next.word) && /^[\s-]$/.test(text.slice(t.end, next.start)) ? text.slice(t.start, next.end) : t.word;
    ambiguities.push(`"${shown}" could be ${fits.join(', ')} in ${ws.slug} — which source is meant?`);
    // Written as one of this workspace's names, the source is named (and unsettled); a word that is no name
    // of it ("app" of another workspace) leaves it missing, as before this question was asked.
    if (m?.terms.some((y) => y.workspace === ws)) several.add('source');
  }
}
const GENERIC_NAME = new Set(['app', 'apps', 'application', 'applications', 'appli', 'aplicación', 'aplicacion', 'aplicativo', 'applicazione']);
const SOURCE_NOUN = new Set(['source', 'src', 'quelle', 'fuente', 'fonte', 'sorgente', 'bron', 'källa', 'källan', 'kilde', 'kilden', 'lähde', 'źródło', 'zdroj', 'sursa']);
function sourceNounBefore(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && FILLER.has(tokens[j].word)) j--;
  return j >= 0 && SOURCE_NOUN.has(tokens[j].word);
}
/** "the app data", "die App-Daten", "the data of the app": a data word right after the word, or before it past "of the". */
function dataWordBeside(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.word ?? '';
  if (CUE_AFTER.source.has(next) && !GENERIC_NAME.has(next) && next !== 'one') return true;
  let j = k - 1;
  while (j >= 0 && FILLER.has(tokens[j].word)) j--;
  return j >= 0 && k - j <= 3 && CUE_BEFORE.source.has(tokens[j].word);
}

/**
 * Subject "orders api today", body "please delete today's Orders API v2 data": the subject's shorter name
 * lies within a source the request names — that source said in brief (see narrowedBySubject), not another
 * one told about. The subject is the first line when a blank line follows it, as the text is put together.
 */
function shortNameInSubject(text: string, m: Mention, asked: Mention[]): boolean {
  const firstLineEnd = text.indexOf('\n\n');
  if (firstLineEnd < 0 || m.end > firstLineEnd || text.lastIndexOf('\n', m.start) >= 0) return false;
  const short = m.text.toLowerCase();
  return asked.some((a) => a.start > firstLineEnd && a.text.length > short.length && a.text.toLowerCase().includes(short));
}

/**
 * "Please delete the iOS App data for Dec 1. We have already fixed the Android App.", "…, like you did for
 * iOS App in November", "Priya Nair | Android App Lead", subject "Android App crash follow-up": a source
 * named only in a clause that asks for no deletion and is more than a list of names and days is the
 * story around the request, not its scope. Beside a source the request names it is left out and asked
 * about; with none named in a request, two sources that are no list of each other ("our iOS App sent its
 * events to the Web App source … please delete that day") ask which is meant.
 */
function askAboutBackgroundSources(text: string, tokens: Token[], { mentions, index }: { mentions: Mention[]; index: ParserCatalog }, sources: Set<string>, ambiguities: string[]): void {
  const named = mentions.filter((m) => m.terms.some((t) => t.type === 'source' && sources.has(t.canonical)));
  const slugsOf = (m: Mention): string[] => [...new Set(m.terms.filter((t) => t.type === 'source' && sources.has(t.canonical)).map((t) => t.canonical))];
  const clauses = named.map((m) => clauseAround(text, m));
  const asked = named.filter((m, k) => asksInClause(clauses[k], tokens, mentions));
  const inRequest = new Set(asked.flatMap(slugsOf));
  if (inRequest.size > 0) {
    for (const m of named) {
      const aside = slugsOf(m).filter((slug) => !inRequest.has(slug) && sources.has(slug));
      if (aside.length === 0) continue;
      aside.forEach((slug) => sources.delete(slug));
      if (shortNameInSubject(text, m, asked) || aside.every((slug) => keptByWordOfName(text, m, slug))) continue;
      // "our weekly import misfired … please delete the Android App data": an ordinary word of the story (askAboutStoryWordNames) asks nothing.
      if (!DELETE_SENTENCE.test(sentenceOf(text, m.start)) && storyWord(text, tokens, m, mentions, index)) continue;
      ambiguities.push(`"${m.text}" is named outside the deletion request ("${clauses[named.indexOf(m)].words}") — should ${aside.join(' and ')} be deleted too?`);
    }
    return;
  }
  const slugs = [...new Set(named.flatMap(slugsOf))];
  const listed = named.every((m, k) => k === 0 || (clauses[k].start === clauses[0].start && listedWith(text.slice(named[k - 1].end, m.start))));
  if (slugs.length > 1 && !listed) ambiguities.push(`several sources are named (${slugs.sort().join(', ')}) but no sentence asks for one of them to be deleted — which are meant?`);
}
/**
 * "while preparing the may campaign … Please delete Q1 Backfill for that day. Don't touch the campaign
 * source itself.": a source told about outside the request, and kept in so many words by a word of its
 * name with "source" after it, is kept — not asked for again.
 */
function keptByWordOfName(text: string, m: Mention, slug: string): boolean {
  const source = m.terms.find((t) => t.type === 'source' && t.canonical === slug);
  const name = source?.workspace.sources.find((x) => x.slug === slug)?.name ?? '';
  return words(name).filter((w) => w.length >= 4).some((w) => {
    const kept = new RegExp(String.raw`(?<![^\P{L}]|\u03B9)(?:${DO_NOT_DELETE}|${KEEP}|leave)\s+(?:the\s+|our\s+)?${escapeRegExp(w)}\s+(?:source|app)(?![^\P{L}]|\u03B9)`, 'iu');
    return kept.test(text.slice(m.end));
  });
}

/** Whether the words between two names join them in a list ("Driver App și Rider App", "iOS App, the Web App"). */
function listedWith(between: string): boolean {
  return /^[\s,/&+]*$/u.test(between.replace(/[\p{L}]+/gu, (w) => (LIST_JOIN_WORDS.has(w.toLowerCase()) || FILLER.has(w.toLowerCase()) || GENERIC_WORD.has(w.toLowerCase()) ? ' ' : 'x')));
}

/**
 * "…for Dec 1, Android as well.", "Same for Android please.", "auch für Android": a source written short,
 * with no cue of its own, added to a request that names another source. Short names are not read alone
 * ("the web and iOS numbers are fine"), but one added like this is no story: dropped without a word, the
 * customer would believe its data gone. Asked about.
 */
function askAboutAddedShortNames(text: string, tokens: Token[], index: ParserCatalog, mentions: Mention[], ws: CatalogWorkspace, sources: Set<string>, ambiguities: string[]): void {
  const asked = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (mentions.some((m) => tokens[i].start < m.end && tokens[i].end > m.start)) continue;
    for (let n = Math.min(index.maxWords, tokens.length - i); n >= 1; n--) {
      const short = (index.terms.get(tokens.slice(i, i + n).map((t) => t.word).join(' ')) ?? []).filter((t) => t.type === 'source' && t.workspace === ws && !sources.has(t.canonical));
      if (short.length === 0) continue;
      const [start, end] = [tokens[i].start, tokens[i + n - 1].end];
      const before = ADDED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      const right = ADDED_AFTER.exec(text.slice(end, end + 30));
      // "could you check whether the Car App needs the same?": a question to a colleague adds nothing.
      const rest = restOfSentence(text, end);
      const later = right || /[?？]/.test(text.charAt(end + rest.length)) ? null : ADDED_LATER.exec(rest);
      const after = right?.[0] ?? (later ? ` … ${later[0]}` : null);
      if (!before && after === null) break;
      const slugs = [...new Set(short.map((t) => t.canonical))].filter((slug) => !asked.has(slug));
      slugs.forEach((slug) => asked.add(slug));
      if (slugs.length > 0) ambiguities.push(`"${(before?.[0] ?? '').trimStart()}${text.slice(start, end)}${after ?? ''}" may add ${slugs.join(' or ')} — should it be deleted too?`);
      break;
    }
  }
}
/** "Android as well", "Android: likewise", "Android, idem", "its Android twin": the name added after what was asked. */
const ADDED_AFTER =
  /^\s*[,:]?\s*(?:(?:data|events|daten|datos|données|dados|dati|source|quelle)\s+)?(?:as well|too|also|likewise|idem|ditto|twin|sibling|counterpart|auch|ebenfalls|aussi|également|tambi[ée]n|ook|också|også|anche|tamb[ée]m|myös|również)(?![^\P{L}]|\u03B9)/iu;
/** "The storefront got the same junk, so that one as well": the sentence goes on to add it back. */
const ADDED_LATER = /(?<![^\P{L}]|\u03B9)(?:(?:that|this) one,? (?:as well|too|also)|(?:got|gets|has|had|have|saw|sees|needs?) the same)(?![^\P{L}]|\u03B9)/iu;
const ADDED_BEFORE =
  /(?<![^\P{L}]|\u03B9)(?:same (?:for|with)|(?:ditto|likewise|idem) (?:for|with)|and also|also for|plus|as well as|auch (?:für|die|den|das)|ebenso (?:für)?|(?:dasselbe|das gleiche|gleiches) (?:gilt )?für|pareil pour|(?:la )?même chose pour|idem pour|aussi pour|lo mismo (?:para|con)|igual (?:para|con)|también (?:para|de)|hetzelfde voor|ook voor|o mesmo para|tamb[ée]m (?:para|de)|lo stesso per|anche per|samma för|också för|det samme for|også for|sama dla|to samo dla)\s+(?:(?:the|its|their|our|die|den|das|le|la|el|de|o|il)\s+)?$/iu;

interface Clause {
  start: number;
  end: number;
  words: string;
  /** The text with the brackets outside the clause blanked. */
  flat: string;
}

/**
 * The clause a name stands in: bounded by a sentence's end, a line, a comma, a dash or a bar. A bracket
 * is a clause of its own: read alone when the name is in it, left out of the words around it when not
 * ("de "Android" (android) e web no workspace tiendas" goes on past its bracket).
 */
function clauseAround(text: string, m: Mention): Clause {
  // Without a bracket there is nothing to blank: the text as it is (most mail, and one pass fewer per name).
  const flat = text.includes('(') ? text.replace(/\([^()\n]*\)/g, (b: string, at: number) => (at < m.start && at + b.length > m.end ? b : ' '.repeat(b.length))) : text;
  let start = 0;
  for (const b of allMatches(CLAUSE_BREAK, flat.slice(0, m.start))) start = (b.index ?? 0) + b[0].length;
  const after = CLAUSE_BREAK.exec(flat.slice(m.end));
  CLAUSE_BREAK.lastIndex = 0;
  const end = after ? m.end + after.index : text.length;
  return { start, end, words: flat.slice(start, end).trim().replace(/\s+/g, ' '), flat };
}
// A comma parts clauses only before a word that opens a clause of its own ("…for Dec 1, like you did
// for iOS App"): "Korea App, Clinic Kiosk 소스 데이터를 … 삭제해", "Android, iOS and tvOS data" are lists.
// A tab parts the cells of a row pasted from a spreadsheet ("harbor-coffee⇥ios-app⇥2027-02-01⇥SDK double
// init"): the reason in the last cell is no story around the source in the second.
const CLAUSE_BREAK = /[.!?;](?=\s|$)|[\n\t()|—–]|\s-\s|,(?=\s*(?:like|as|which|who|where|when|because|since|although|though|but|while|wie|weil|als|obwohl|aber|während|comme|car|mais|parce|como|porque|pero|aunque|come|perché|ma|zoals|omdat|maar|terwijl|eftersom|men|fordi|koska|mutta)(?![^\P{L}]|\u03B9))/giu;

/**
 * Whether a clause asks for its names: a word of deleting that is no report of a deletion done ("we have
 * already deleted"), a word that adds it to the request ("too", "affected"), or only the words of a list
 * ("- Android App", "iOS App: Dec 1", "Source: Web", "and the Android App data for Dec 3").
 */
function asksInClause(clause: Clause, tokens: Token[], mentions: Mention[]): boolean {
  const words = clause.words;
  if (asksForDeletion(words)) return true;
  // "The Android App was also affected but we already cleaned that up", "…is not impacted, please leave it alone".
  if (ADDED_TO_REQUEST.test(words) && !DONE_ALREADY.test(words) && !KEPT_IN_CLAUSE.test(words)) return addedToRequest(clause);
  const inMention = (t: Token): boolean => mentions.some((m) => t.start >= m.start && t.end <= m.end);
  // One letter is a mark of a list or a date ("23-11-2026 t/m 24-11-2026"), no word of prose.
  const inClause = (t: Token): boolean => t.start >= clause.start && t.end <= clause.end && clause.flat[t.start] !== ' ';
  return tokens.filter((t) => inClause(t) && !inMention(t)).every((t) => LIST_WORDS.has(t.word) || /^\d/.test(t.word) || t.word.length === 1 || MONTH_OR_DAY.test(t.word));
}
/**
 * Whether a clause with a word of adding ("too", "also", "both", "needs") and none of deleting adds its
 * names to the request. Not when the sentence goes on to set them apart ("The Android App also sends
 * through the same pipeline, but its numbers look right", "…también usa ese SDK, pero no tuvo
 * problemas"): the clause ends at the "but", so the words that say the source is fine were never read
 * against it. Nor when "need" has a thing of its own after it ("Our Backend source team needs a short
 * explanation of what happened"): what is needed is no deletion. Either way the name is story, asked about.
 */
function addedToRequest(clause: Clause): boolean {
  if (CONTRAST_AFTER.test(clause.flat.slice(clause.end, clause.end + 12))) return false;
  const adding = clause.words.match(ADDED_TO_REQUEST_ALL) ?? [];
  const onlyNeed = adding.every((w) => NEED.test(w));
  const object = NEED_OBJECT.exec(clause.words);
  return !(onlyNeed && object !== null && object[1].trim().split(/\s+/).length > 3);
}
const CONTRAST_AFTER = /^\s*[,—–-]?\s*(?:but|though|although|however|yet|aber|doch|jedoch|mais|pero|sin embargo|ma|per[òo]|maar|men|mutta|mas|por[ée]m)(?![^\P{L}]|\u03B9)/iu;
const NEED = /^(?:need|needs|want|would like)$/iu;
/** "needs a short explanation of what happened …": what comes after "need", to the clause's end. */
const NEED_OBJECT = /(?<![^\P{L}]|\u03B9)(?:need|needs|want|would like)\s+(?!to\s|(?:it|them|this|that|deleting|deleted|removing|removed|cleaning|cleaned|purging|purged|wiping|wiped)(?![^\P{L}]|\u03B9))(.*)$/iu;

/** Whether the words ask for a deletion: a word of deleting that is no report of one done ("we have already deleted"). */
export function asksForDeletion(words: string): boolean {
  return (DELETE_MORE.test(words) || DELETING.test(words)) && !DONE_ALREADY.test(words);
}
const DELETING = /(?<![^\P{L}]|\u03B9)(?:suppression|delet\p{L}*|remov\p{L}*|purg\p{L}*|eras\p{L}*|wip\p{L}*|clean\p{L}*|clear\p{L}*|drop|l(?:ö|oe)sch\p{L}*|entfern\p{L}*|bereinig\p{L}*|supprim\p{L}*|effac\p{L}*|elimin\p{L}*|borr\p{L}*|suprim\p{L}*|verwijder\p{L}*|wis(?:sen|t)?|apag\p{L}*|exclu\p{L}*|cancell\p{L}*|rimuov\p{L}*|usu[nń]\p{L}*|radera\p{L}*|ta bort|slet\p{L}*|fjern\p{L}*|poist\p{L}*)(?![^\P{L}]|\u03B9)|削除|删除|刪除|삭제/iu;
/** "we have already fixed/deleted", "haben wir selbst bereinigt", "ya lo borramos": told as done. */
const DONE_ALREADY = /(?<![^\P{L}]|\u03B9)(?:already|bereits|schon|selbst|d[ée]j[àa]|ya|j[áa]|redan|allerede|już|gi[àa]|have (?:been )?(?:deleted|removed|fixed|cleaned)|has been (?:deleted|removed|fixed|cleaned)|was (?:deleted|removed|cleaned)|were (?:deleted|removed|cleaned)|you (?:did|deleted|removed))(?![^\P{L}]|\u03B9)/iu;
const ADDED_TO_REQUEST = /(?<![^\P{L}]|\u03B9)(?:please|need|needs|want|would like|bitte|por favor|per favore|graag|too|also|as well|affected|impacted|both|auch|ebenfalls|betroffen|aussi|également|concern[ée]e?s?|tambi[ée]n|afectad[oa]s?|ook|getroffen|anche|interessat[oa]|tamb[ée]m|afetad[oa]s?|också|også|myös|również)(?![^\P{L}]|\u03B9)/iu;
const ADDED_TO_REQUEST_ALL = new RegExp(ADDED_TO_REQUEST.source, 'giu');
const KEPT_IN_CLAUSE = /(?<![^\P{L}]|\u03B9)(?:not|no|never|keep|leave|still need\p{L}*|unaffected|nicht|kein\p{L}*|behalten|pas|garder|laisser|mantener|dejar|niet|houden|laten|non|tenere|lasciare|n[ãa]o|manter|deixar)(?![^\P{L}]|\u03B9)|n[’']t(?![^\P{L}]|\u03B9)/iu;
/** Words a list of names and days is written with, in the languages the cues above cover. */
const LIST_WORDS = new Set([
  ...FILLER, ...CUE_BEFORE.source, ...CUE_AFTER.source, ...CUE_BEFORE.workspace, ...CUE_AFTER.workspace, ...FIELD_LABEL, ...IN_WORD, ...LIST_JOIN,
  'for', 'on', 'from', 'to', 'until', 'till', 'through', 'between', 'since', 'at', 'please', 'pls', 'plz', 'only', 'all', 'both', 'same', 'and', 'also', 'too', 'well', 'as',
  'für', 'vom', 'am', 'bis', 'zum', 'und', 'bitte', 'pour', 'au', 'le', 'par', 'para', 'por', 'al', 'a', 'hasta', 'voor', 'tot', 'op', 'per', 'dal', 'il', 'favor', 'dia', 'día', 'jour', 'giorno', 'dag', 'följande', 'following', 'folgende', 'sources', 'events',
]);

/** Whether a name of the catalog is written with this dot: "Tessellate.io". */
function dottedName(index: ParserCatalog, written: string): boolean {
  const w = written.toLowerCase();
  return index.catalog.workspaces.some((ws) => [ws.name, ws.slug, ...ws.sources.flatMap((s) => [s.name, s.slug]), ...ws.spaces.map((s) => s.name)].some((n) => n.toLowerCase() === w));
}

/**
 * "the iOS app source" in a workspace whose source is "iOS" (another workspace has an "iOS App"): the
 * workspace's own name with a generic word after it is that source, when exactly one fits.
 */
function ownWithGenericWord(written: string, ws: CatalogWorkspace): CatalogTerm[] {
  const parts = written.toLowerCase().match(WORD) ?? [];
  if (parts.length < 2 || !GENERIC_WORD.has(parts[parts.length - 1])) return [];
  const base = parts.slice(0, -1).join(' ');
  const fits = ws.sources.filter((s) => [s.name, s.slug].some((n) => (n.toLowerCase().match(WORD) ?? []).join(' ') === base));
  return fits.length === 1 ? [{ type: 'source', workspace: ws, canonical: fits[0].slug, strong: true }] : [];
}
const GENERIC_WORD = new Set(['app', 'apps', 'application', 'source', 'data', 'events', 'sdk']);

// "Web and tvOS: test traffic" above "our Web source …": a weak name of a source the text names
// elsewhere is that source again, so what is listed with it is checked too.
function echoesOf(text: string, tokens: Token[], mentions: Mention[], index: ParserCatalog): Mention[] {
  const namedSources = new Set(mentions.flatMap((m) => m.terms.filter((t) => t.type === 'source').map((t) => t.canonical)));
  return tokens
    .filter((t) => !mentions.some((m) => t.start >= m.start && t.end <= m.end) && (index.terms.get(t.word) ?? []).some((x) => x.type === 'source' && namedSources.has(x.canonical)))
    .map((t) => ({ text: text.slice(t.start, t.end), start: t.start, end: t.end, terms: (index.terms.get(t.word) ?? []).filter((x) => x.type === 'source') }));
}

/**
 * A space is named by its catalog name, with or without the word "space": "Kundenprofile EU",
 * "Marketing Space 2", "Marketing Space Berlin" are other spaces (or typos) to ask about. Besides the
 * variant words, any capitalised word or number right after the name (or after its "space") counts.
 */
const SPACE_WORD = /^(?:space|raum|espace|espacio)$/;
function spaceVariantAfter(text: string, tokens: Token[], next: number, index: ParserCatalog): { end: number; tokens: number } | null {
  const extraAt = (at: number): { end: number; tokens: number } | null => {
    const found = variantAfter(text, tokens, at, index);
    if (found) return found;
    const t = tokens[at];
    if (!t || !/^[ \t]{1,2}$/.test(text.slice(tokens[at - 1].end, t.start))) return null;
    const raw = text.slice(t.start, t.end);
    if (!/^(?:\p{Lu}|\d)/u.test(raw) || SPACE_WORD.test(t.word) || t.word === 'unify' || index.terms.has(t.word) || MONTH_OR_DAY.test(raw) || /^\d{5,}$/.test(raw)) return null;
    if (/^\d/.test(raw) && dateAfterNumber(text.slice(t.end, t.end + 12))) return null;
    // "o espaço Alunos 2024" with the space Alunos: a year right after the name, ending its phrase, names
    // another space; a year that goes on as a date ("Alunos 2024-03-01") or into words does not.
    if (/^\d{4}$/.test(raw) && !/^[ \t]*(?:$|[\n,;:!?)]|\.(?!\d)|(?:da|de|do|of|in|im|van|i|på)[ \t])/iu.test(text.slice(t.end, t.end + 6))) return null;
    return { end: t.end, tokens: 1 };
  };
  const direct = extraAt(next);
  if (direct) return direct;
  if (tokens[next] && SPACE_WORD.test(tokens[next].word)) {
    const after = extraAt(next + 1);
    if (after) return { end: after.end, tokens: after.tokens + 1 };
  }
  return null;
}

/**
 * "alt", "legacy", "ancien": words that say which of several versions of a thing is meant. Written in
 * brackets after a name ("Kundenprofile (alt)", "Android App [beta]") they name another thing, or a
 * version the catalog does not know — never silently the base name.
 */
const QUALIFIER_WORD = new Set(
  ('alt alte alter altes neu neue neuer neues ehemalig ehemalige veraltet archiviert deprecated retired archived former previous current ' +
    'ancien ancienne nouveau nouvelle viejo vieja antiguo antigua nuevo nueva oud oude nieuw nieuwe antigo antiga novo nova vecchio vecchia nuovo nuova ' +
    'gammel gamla gamle vanha uusi stary stara nowy nowa').split(/\s+/),
);
/** Qualifiers that also run on as prose after a name ("the iOS App current data"): only in brackets. */
const PROSE_QUALIFIER = new Set(['current', 'previous', 'former', 'nova', 'novo']);
/** Words that may stand beside a qualifier inside the brackets: "(the old one)", "(alte Version)". */
// "(ambiente di test)", "(Testumgebung)" is "(test)": the words for an environment and their "of".
const QUALIFIER_FILLER = new Set(['the', 'one', 'version', 'app', 'source', 'space', 'workspace', 'die', 'der', 'das', 'la', 'le', 'el', 'de', 'het', 'a', 'o', 'di', 'da', 'do', 'du', 'des', 'del', 'van', 'environment', 'env', 'instance', 'ambiente', 'entorno', 'environnement', 'umgebung', 'omgeving', 'środowisko', 'miljö', 'miljø', 'ympäristö', 'prostředí']);
const TYPE_WORD_AFTER = /^(?:source|app|space|workspace|quelle|raum|fuente|bron|fonte)$/;

/**
 * "Kundenprofile (alt)", "iOS source (legacy)", "Android App [beta]": a bracket right after a name (or
 * after its type word) holding a qualifier and nothing but filler. Brackets that restate the name
 * ("iOS App (ios-app)"), give a date or explain ("(bad release)", "(urgently)") are not qualifiers.
 */
/**
 * `workspace "Fjord Insights"` with Fjord Analytics in the catalog: the quotes hold the whole name the
 * customer means, and it goes on past ours ("Fjord"). Another name, asked about, never the base name.
 */
function quotedBeyond(text: string, tokens: Token[], first: number, next: number): { end: number; tokens: number } | null {
  const open = text[tokens[first].start - 1] ?? '';
  // "d'Atelier Lumière", "l’iOS": an elided article, not an opening quote.
  const elided = /['’]/.test(open) && /\p{L}/u.test(text[tokens[first].start - 2] ?? '');
  if (!QUOTES.has(open) || elided || QUOTES.has(text[tokens[next - 1].end] ?? '')) return null;
  const rest = text.slice(tokens[next - 1].end, tokens[next - 1].end + 40);
  const close = [...rest].findIndex((c) => QUOTES.has(c) || c === '\n');
  if (close <= 0 || rest[close] === '\n' || !/^[ \t]+[\p{L}\p{N}]/u.test(rest)) return null;
  const closeAt = tokens[next - 1].end + close;
  let k = next;
  while (tokens[k] && tokens[k].end <= closeAt) k++;
  return k > next ? { end: tokens[k - 1].end, tokens: k - next } : null;
}

function bracketQualifierAfter(text: string, tokens: Token[], next: number, index: ParserCatalog): { end: number; tokens: number } | null {
  let at = next;
  if (tokens[at] && TYPE_WORD_AFTER.test(tokens[at].word) && /^[ \t]{1,2}$/.test(text.slice(tokens[at - 1].end, tokens[at].start))) at++;
  const open = tokens[at] ? /^["'”’»]?[ \t]{0,2}[([{][ \t]?$/.exec(text.slice(tokens[at - 1].end, tokens[at].start)) : null;
  if (!open) return null;
  const close = text.slice(tokens[at].start, tokens[at].start + 40).search(/[)\]}]/);
  if (close < 0) return null;
  const closeAt = tokens[at].start + close;
  let k = at;
  let qualified = false;
  for (; tokens[k] && tokens[k].end <= closeAt; k++) {
    const w = tokens[k].word;
    // "(prod-eu)", "(web.prod)": an identifier, usually the workspace or slug of the name before it.
    if (k > at && !/^[ \t]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return null;
    if (QUALIFIER_WORD.has(w) || VARIANT_WORD.has(w) || /^v?\d{1,3}$/.test(w)) qualified = true;
    else if (!QUALIFIER_FILLER.has(w)) return null;
  }
  if (!qualified || !/^[ \t]?$/.test(text.slice(tokens[k - 1].end, closeAt))) return null;
  // "(Prod)" where a workspace is called Prod restates where the name lives.
  if (index.terms.has(tokens.slice(at, k).map((t) => t.word).filter((w) => !QUALIFIER_FILLER.has(w)).join(' '))) return null;
  return { end: closeAt + 1, tokens: k - next };
}

/**
 * What follows a number that is a day, not part of a name: a month ("3 March", "2. und 3. März"), a
 * joining word of a day list ("2 and 3 March", "2 bis 4"), a date separator ("2.3.", "2/3", "2–4").
 * Any other word ("bluefin 2 for March 1–3", "iOS App 2 source") leaves the number with the name.
 */
/** The first letters of month names in the languages customers write. */
const MONTH_STEMS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|maer|mai|okt|dez|janv|fév|fev|avr|juin|juil|aoû|aou|déc|ene|abr|ago|dic|mei|mrt|maa|out|set|gen|mag|giu|lug|ott|' +
  'sty|lut|kwi|maj|cze|lip|sie|wrz|paź|paz|lis|gru|tam|hel|huh|tou|kes|hei|elo|syy|lok|jou|' +
  'oca|şub|sub|nis|haz|tem|ağu|agu|eyl|eki|kas|ara|led|úno|uno|bře|bre|dub|kvě|kve|srp|zář|zar|říj|rij|' +
  // Russian and Ukrainian ("POS 14 мая", "Web 3 березня").
  'янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|' +
  // Greek ("LMS 7 Ιουλίου"): without them the day was read as a numbered source "LMS 7" and asked about.
  'ιαν|φεβ|μαρ|απρ|μαΐ|μαι|ιουν|ιουλ|αυγ|σεπ|οκτ|νοε|δεκ';
const MONTH_STEM_ONLY = new RegExp(`^(?:${MONTH_STEMS})$`, 'iu');
const RANGE_WORDS = 'and|und|et|y|e|en|to|till|until|through|bis|au|al|a|tot|i|och|og|ja|do|til|t\\/m|tm';
// "2. März", "2. bis 4.", "2.11.", "2-4", "2/11": a date after the number; "Tessera Games 2. Thx" and
// "Café Crème & Co 2." at the end of a line end a name.
// "Tiny Tycoon 2 - iOS": a dash before a word that is no month sets the next name off, not the days.
const DATE_AFTER_NUMBER = new RegExp(
  `^(?:st|nd|rd|th|er|e|º|ª|°)?\\s*(?:[月日号號年년월일]|(?:and|e|y|et|und|en|i|og|och|&)\\s+(?:the\\s+|il\\s+|le\\s+|el\\s+)?\\d{1,2}(?:st|nd|rd|th|º|ª|°|\\.)?\\s+(?:of\\s+|de\\s+)?(?:${MONTH_STEMS})|[/–—-](?!\\p{L}|\\s+(?!(?:${MONTH_STEMS}))\\p{L})|\\.(?=\\s*(?:\\d|[-–—&,/]|(?:${RANGE_WORDS})(?![^\\P{L}]|\\u03B9)|(?:${MONTH_STEMS})))|:\\d|,\\s*\\d|(?:${RANGE_WORDS})\\s+\\d|\\.?\\s*(?:(?:of|de|del|du)\\s+)?(?:${MONTH_STEMS})\\p{L}*)`,
  'iu',
);

/**
 * Whether a day's words follow a number ("2. März", "2-4", "2 de dic."). A month's stem must begin a month's
 * name: "Ledger 2\n\nHello" is no "hel(mikuu)", "Ledger 2 out of this" no "out(ubro)". A stem alone is an
 * abbreviation only with its dot or a number after it ("out. 2026").
 */
function dateAfterNumber(after: string): boolean {
  const m = DATE_AFTER_NUMBER.exec(after);
  if (!m) return false;
  const word = /\p{L}+$/u.exec(m[0])?.[0];
  // A word cut off where the caller's slice of text ends ("de noviembr") cannot be checked: it stays a month.
  if (!word || /^[月日号號年년월일]$/u.test(word) || isMonthName(word) || m[0].length === after.length) return true;
  return MONTH_STEM_ONLY.test(word) && /^(?:\.|\s*\d)/.test(after.slice(m[0].length));
}

/**
 * Subject "Store 3 3 4 May" above "Please delete Store 3 3-4 May 2027": the same words written again
 * where the number plainly starts the days say the number is a day in both.
 */
function dayElsewhere(text: string, start: number, end: number): boolean {
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text.slice(start, end))}(?![\\p{L}\\p{N}])`, 'giu');
  // Only where the number is glued to the rest of its days ("3-4 May"): "App Mobile 1 - 18 maart" may be a name and a day.
  const glued = (after: string): boolean => /^[/–—-]\d/.test(after) && dateAfterNumber(after);
  return allMatches(written, text).some((m) => m.index !== start && glued(text.slice(m.index + m[0].length, m.index + m[0].length + 12)));
}

/** The words after a day number up to its month ("2 y 3 de diciembre"), to quote in a question. */
const MONTH_AFTER = new RegExp(`^[^\\n]{0,16}?(?<![^\\P{L}]|\\u03B9)(?:${MONTH_STEMS})\\p{L}*`, 'iu');

/** An extra word glued to a catalog name: a domain suffix, a number, or a variant word ("Staging"). */
function variantAfter(text: string, tokens: Token[], next: number, index: ParserCatalog, first = next - 1): { end: number; tokens: number } | null {
  const t = tokens[next];
  if (!t) return null;
  const bracketed = bracketQualifierAfter(text, tokens, next, index);
  if (bracketed) return bracketed;
  const quoted = quotedBeyond(text, tokens, first, next);
  if (quoted) return quoted;
  const gap = text.slice(tokens[next - 1].end, t.start);
  if (gap === '.' && DOMAIN_SUFFIX.test(t.word)) return { end: t.end, tokens: 1 };
  // "Greenleaf Health's sandbox": the name's own sandbox, staging or test copy is another workspace.
  const owner = tokens[next + 1];
  if (/^['’]$/.test(gap) && t.word === 's' && owner && /^\s{1,2}$/.test(text.slice(t.end, owner.start)) && VARIANT_WORD.has(owner.word)) return { end: owner.end, tokens: 2 };
  // "CRM Sync (Salesforce) 2": the name's own closing bracket or quote, then the extra word.
  const closedGap = /^[)\]"'”’»“]{1,2}[ \t]{1,2}$/.test(gap);
  if (!/^[ \t]{1,2}$/.test(gap) && !closedGap) return null;
  const version = versionAfter(text, tokens, next);
  if (version) return version;
  if (/^\d{1,3}$/.test(t.word)) {
    // "iOS App 2 source" — but not "ios-app 3 March", "prod-eu 2. und 3. März" or "android 2024-03-01",
    // where the number is a date.
    const after = text.slice(t.end, t.end + 12);
    if (dateAfterNumber(after) || dayElsewhere(text, tokens[first].start, t.end)) return null;
    return { end: t.end, tokens: 1 };
  }
  if (variantWordAt(tokens, next)) return { end: t.end, tokens: 1 };
  // "the Lumen Health Clinics workspace": capitalised words between a name and "workspace" make another name.
  const capital = (k: number): boolean => startsCapital(text, tokens[k]) && /^\s{1,2}$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  const nameCapitalised = [first, next - 1].every((k) => startsCapital(text, tokens[k]));
  for (let n = 1; n <= 2 && nameCapitalised && capital(next + n - 1); n++) {
    if (tokens[next + n] && CUE_AFTER.workspace.has(tokens[next + n].word) && /^\s{1,2}$/.test(text.slice(tokens[next + n - 1].end, tokens[next + n].start))) {
      return { end: tokens[next + n - 1].end, tokens: n };
    }
  }
  return null;
}

/** The type words of a source written after its name ("iOS App 2 source", "Android app"). */
const SOURCE_TYPE_WORD = new Set(['source', 'app', 'quelle', 'fuente', 'fonte', 'bron']);

/**
 * "the iOS App 2 source beta data": after a source's name and its type word, a variant word names a beta
 * (staging, test…) stream of it as much as "iOS App 2 beta data" does. Only after a source's name (a
 * workspace's name before "app" names no source), and not a region, which says where.
 */
function typedVariantAfter(text: string, tokens: Token[], next: number, accepted: CatalogTerm[]): { end: number; tokens: number } | null {
  const [t, afterType] = [tokens[next], tokens[next + 1]];
  if (!t || !afterType || !accepted.every((x) => x.type === 'source') || !SOURCE_TYPE_WORD.has(t.word)) return null;
  const spaced = /^[ \t]{1,2}$/.test(text.slice(tokens[next - 1].end, t.start)) && /^[ \t]{1,2}$/.test(text.slice(t.end, afterType.start));
  // "the App source EU": a region after the type word says where (the EU workspace), not which stream.
  const region = REGION_CODE.has(afterType.word) || REGION_WORD.has(afterType.word);
  return spaced && !region && variantWordAt(tokens, next + 1) ? { end: afterType.end, tokens: 2 } : null;
}
const REGION_WORD = new Set(['eu', 'uk', 'emea', 'apac', 'latam', 'asia', 'europe', 'america', 'global']);

/** A variant or qualifier word at `k` ("beta", "staging", "alt") — not "old data", an adjective of the data. */
function variantWordAt(tokens: Token[], k: number): boolean {
  const w = tokens[k].word;
  // "sunnyside kids old data": an adjective of the data, not a part of another name.
  const ofTheData = /^(?:old|new|legacy|archived)$/.test(w) && GENERIC_TAIL.has(tokens[k + 1]?.word ?? '');
  // "Regards, Acme IO dev team": the company's developers signing, not an "Acme IO dev" workspace.
  const ofATeam = PEOPLE_WORD.has(tokens[k + 1]?.word ?? '');
  return !ofATeam && ((VARIANT_WORD.has(w) && !ofTheData) || (QUALIFIER_WORD.has(w) && !PROSE_QUALIFIER.has(w)));
}
const PEOPLE_WORD = new Set(['team', 'teams', 'department', 'squad', 'crew', 'folks', 'people', 'guys', 'lead', 'manager', 'engineers', 'developers']);

/**
 * "iOS App version 2", "iOS App 2.0", "Android TV app v2": a version of the app written after its name.
 * It names no source of its own; read as the base name, every other version's days would go too.
 * ("ios-app 2.3." is a day, and "2.10" may be one: only a ".0" version, or one behind "version", is read.)
 */
function versionAfter(text: string, tokens: Token[], next: number): { end: number; tokens: number } | null {
  const [t, after] = [tokens[next], tokens[next + 1]];
  const spaced = (a: Token, b: Token): boolean => /^[ \t]{1,2}$/.test(text.slice(a.end, b.start));
  const upTo = (end: number): { end: number; tokens: number } => ({ end, tokens: tokens.filter((x) => x.start >= t.start && x.end <= end).length });
  if (VERSION_WORD.has(t.word) && after && spaced(t, after) && /^v?\d{1,3}$/.test(after.word)) return upTo(after.end + (/^(?:\.\d{1,3})*/.exec(text.slice(after.end))?.[0].length ?? 0));
  const zero = /^\d{1,3}$/.test(t.word) ? /^\.0(?:\.\d{1,3})?(?![\d.]*\d)/.exec(text.slice(t.end)) : null;
  if (zero) return upTo(t.end + zero[0].length);
  if (GENERIC_NAME.has(t.word) && after && spaced(t, after) && /^v\d{1,3}$/.test(after.word)) return upTo(after.end);
  return null;
}
const VERSION_WORD = new Set(['version', 'ver', 'versión', 'versione', 'versão', 'versie', 'wersja', 'verze']);

/**
 * "Shopify Store AU" beside "Shopify Store EU": a country or region written in capitals after a name names
 * another thing, unless it is the workspace's own ("Shop Web MX" in Mercado Verde MX).
 */
function regionAfter(text: string, t: Token | undefined, before: Token, accepted: CatalogTerm[]): { end: number; tokens: number } | null {
  if (!t || !REGION_CODE.has(t.word) || !/^[ \t]{1,2}$/.test(text.slice(before.end, t.start)) || !/^\p{Lu}{2,7}$/u.test(text.slice(t.start, t.end))) return null;
  if (allCapitals(lineAt(text, t.start)) || accepted.some((a) => words(`${a.workspace.slug} ${a.workspace.name}`).includes(t.word))) return null;
  return { end: t.end, tokens: 1 };
}

/** Words after a name that make it another thing's name ("Acme Inc Staging", "Lumen Health Clinics workspace"), or null. */
function extraAfter(text: string, tokens: Token[], first: number, next: number, index: ParserCatalog, accepted: CatalogTerm[]): { end: number; tokens: number } | null {
  if (accepted.some((t) => t.type === 'space')) return spaceVariantAfter(text, tokens, next, index);
  if (productionOfTwin(text, tokens, first, next, accepted, index)) return null;
  if (ownSourceAfterWorkspace(tokens[next], accepted)) return null;
  const variant = variantAfter(text, tokens, next, index, first) ?? typedVariantAfter(text, tokens, next, accepted) ?? regionAfter(text, tokens[next], tokens[next - 1], accepted) ?? archiveOfSource(text, tokens, next, accepted);
  if (variant || !accepted.every((t) => t.type === 'workspace')) return variant;
  return capitalisedAfter(text, tokens, first, next, index, accepted.map((t) => t.canonical));
}

/**
 * "Tokyo Lab staging", "Growth import": a workspace's name followed by the one-word name of one of its
 * own sources names the workspace and that source, not a staging twin of the workspace the catalog lacks.
 */
function ownSourceAfterWorkspace(t: Token | undefined, accepted: CatalogTerm[]): boolean {
  const owners = new Set(accepted.map((a) => a.workspace));
  const [ws] = [...owners];
  if (!t || owners.size !== 1 || !accepted.every((a) => a.type === 'workspace')) return false;
  return ws.sources.some((x) => lowerCased(x.name) === t.word);
}

/**
 * "die Quelle E-Paper Archiv": a source's name with "Archiv" as a word of it, capitalised, is another
 * source (or the source's archive) — asked. "the Web archive" in lower case, and a workspace's "archive"
 * (its archive purge), are not.
 */
function archiveOfSource(text: string, tokens: Token[], next: number, accepted: CatalogTerm[]): { end: number; tokens: number } | null {
  const t = tokens[next];
  if (!t || accepted.length === 0 || !accepted.every((a) => a.type === 'source') || !/^[ \t]{1,2}$/.test(text.slice(tokens[next - 1].end, t.start))) return null;
  return /^(?:Archiv|Archive|Archivio|Arquivo|Archief|Arkiv)$/.test(text.slice(t.start, t.end)) ? { end: t.end, tokens: 1 } : null;
}

/**
 * "the quantix production workspace" with quantix and quantix-staging in the catalog: the workspace
 * whose staging twin exists is the production one, so "production" names it and nothing else.
 * "Harbor Foods Prod" in capitals like the name is written as a name of its own, one the catalog does
 * not have: asked about like "Acme Inc Staging", not read as its base.
 */
function productionOfTwin(text: string, tokens: Token[], first: number, next: number, accepted: CatalogTerm[], index: ParserCatalog): boolean {
  const token = tokens[next];
  if (!token || !/^(?:production|prod|live)$/.test(token.word) || accepted.length !== 1 || accepted[0].type !== 'workspace') return false;
  if (startsCapital(text, token) && startsCapital(text, tokens[first])) return false;
  const slug = accepted[0].canonical;
  const slugs = index.catalog.workspaces.map((w) => w.slug);
  return slugs.some((s) => TWIN_SUFFIX.test(s.slice(slug.length)) && s.startsWith(`${slug}-`)) && !slugs.some((s) => /^-(?:prod|production|live)$/.test(s.slice(slug.length)) && s.startsWith(slug));
}
const TWIN_SUFFIX = /^-(?:staging|stage|stg|sandbox|test|testing|dev|qa|uat)$/;

/** Whether the token is written with a capital first letter (false past the last token). */
function startsCapital(text: string, token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(text.slice(token.start, token.end));
}

/** A team after a company's name ("Zeta Bank Security", "Vaultline Legal") signs for the company. */
const DEPARTMENT = /^(?:security|privacy|legal|helpdesk|help|support|team|teams|data|it|ops|operations|marketing|finance|hr|compliance|engineering|dev|devops|analytics|admin|administration|customer|customers|service|services|sales|accounting|office|dpo|datenschutz|recht|juridique|soporte|suporte|kundenservice|kundendienst|verwaltung|buchhaltung|tech|technology|product|growth|infra|infrastructure|platform|backoffice|it-abteilung)$/i;

/** A company's legal form after its name ("Helios AS", "Nordlicht Media GmbH") is the same company. */
const LEGAL_FORM = /^(?:gmbh|ag|kg|ohg|ug|se|as|asa|ab|oy|oyj|aps|a\/s|bv|nv|sa|sas|sarl|srl|spa|sl|ltda?|lda|inc|llc|llp|ltd|plc|corp|co|company|group|gruppe|holding|k\.?k\.?|sp|zoo)$/i;

/**
 * "pour l'espace Café Lumière Lyon 2", "in Helios Energia AS": a workspace's name followed by words in
 * capitals we do not know names another workspace, whose name starts like ours — asked about.
 * Not a legal form ("Helios AS"), a month or weekday, a name we know, or the start of a sentence.
 */
function capitalisedAfter(text: string, tokens: Token[], first: number, next: number, index: ParserCatalog, matched: string[]): { end: number; tokens: number } | null {
  if (![first, next - 1, next].every((k) => startsCapital(text, tokens[k]))) return null;
  const t = tokens[next];
  if (!/^[ \t]{1,2}$/.test(text.slice(tokens[next - 1].end, t.start))) return null;
  if (LEGAL_FORM.test(t.word) || DEPARTMENT.test(t.word) || MONTH_OR_DAY.test(t.word) || CUE_AFTER.workspace.has(t.word) || FIELD_LABEL.has(t.word)) return null;
  // "Mediapulse Ad Server data": a name we know starts there (the source "Ad Server"), one word or more.
  for (let n = 1; n <= index.maxWords && next + n <= tokens.length; n++) if (index.terms.has(tokens.slice(next, next + n).map((k) => k.word).join(' '))) return null;
  // "Kvarn Logistic" for Kvarn Logistik: a spelling of the name itself (not of another workspace's:
  // "Helios Energia" is nearer Helios Energy than Helios, and that is asked about).
  const written = text.slice(tokens[first].start, t.end).toLowerCase();
  const spelt = index.catalog.workspaces.filter((w) => editDistance(w.name.toLowerCase(), written, 2) <= 2);
  // A short word is no spelling: "Tulpen BE" is another company than Tulpen BV (a country, not a typo);
  // an abbreviation with its dot ("Cairo Mart S.A.E.") is a legal form.
  const code = t.word.length <= 3 && text[t.end] !== '.';
  // "Globex Lab" is one letter from Globex Labs, and "Lab" is a word, not a code written in capitals.
  const nearerAnother = (!code || /\p{Ll}/u.test(text.slice(t.start + 1, t.end))) && spelt.some((w) => !matched.includes(w.slug));
  // In a sentence, not a signature's or letterhead's line ("BrightPath Privacy", "Tienda Sol Helpdesk"),
  // unless the words are nearer another workspace's name: a subject "Globex Lab iOS" with Globex and
  // Globex Labs is either.
  const lineStart = text.lastIndexOf('\n', tokens[first].start) + 1;
  if (!nearerAnother && !/\p{Ll}{2,}/u.test(text.slice(lineStart, tokens[first].start))) return null;
  if (!code && spelt.length > 0 && spelt.every((w) => matched.includes(w.slug))) return null;
  // "Café Lumière Lyon 2": a number right after the extra word is part of it.
  const more = tokens[next + 1] && /^\d{1,3}$/.test(tokens[next + 1].word) && /^[ \t]$/.test(text.slice(t.end, tokens[next + 1].start)) ? 1 : 0;
  return { end: tokens[next + more].end, tokens: 1 + more };
}

/**
 * Words that leave a name out: "not the iOS App", "except android", "außer web", "sauf ios", "in place of
 * the iOS App", "previously I said Web". Not after a
 * negation: "don't forget the Server API", "please don't skip the Website" ask for it. "Scratch that, the
 * Android App …" takes back what came before, never the name after it (askAboutRetraction). The words
 * and the negation guard are exclusionWords.ts's; what may stand between them and the name is read here.
 */
/**
 * The noun of a space between an exception word and the space's name: "sauf l'espace Loyalty Members",
 * "außer dem Space X", "excepto el espacio X", "tranne lo spazio X", "behalve de space X". Without it the
 * name read as the space to delete, and the space to keep became the whole request.
 */
const EXCEPTED_SPACE_NOUN = String.raw`(?:unify\s+)?(?:space|espace|espacio|spazio|espa[çc]o|raum|ruimte)`;
/**
 * "first", "old", "previous", "starej": words that point at the older of two versions of a name. Left out
 * with the name only after a refusal ("Android, the old one no"); before a name they say which version it
 * is ("except the old Moodle" beside Moodle 3.9), read by readWordOrder.
 */
const OLDER_ONE = String.raw`(?:first|old|older|previous|former|earlier|original|alte[nrs]?|ancienne?|anterior|antigu[oa]|viej[oa]|vecchi[oa]|oude|star(?:y|a|e|ej|ego|ą)|velh[oa]|eski|παλι(?:ό|ά)|старо(?:го|й)|стар(?:ый|ая|ое))`;
const EXCLUDED_BEFORE = new RegExp(
  String.raw`(?<![^\P{L}]|[\u03B9\p{N}_])(?:${DO_NOT_DELETE}(?:\s+(?:anything|any(?:\s+of\s+the)?\s+data|(?:the\s+)?data)\s+(?:from|of|in))?|${EXCEPTION}|${WITHOUT}|${KEEP}|${OMISSION}|${NOT}|but not|${STRIKE}|${REPLACED}|${EARLIER_SAID}|no need (?:for|to (?:delete|remove|touch|include))|hold(?:\s+(?:off|back)(?:\s+on)?)?)` +
    String.raw`\s+(?:(?:the|our|any|der|die|das|den|dem|le|la|les|el|los|las|het|de|il|lo|o|a|os|as)\s+|l['’]\s*)?(?:${EXCEPTED_SPACE_NOUN}\s+)?(?:(?:two|both|zwei|beiden?|dos|ambas|deux|due|twee)\s+)?(?:(?:normal|regular|standard|main|usual|production|prod|live|real|original|plain|normale[nr]?|reguläre[nr]?)\s+)?[„“"«‘‚]?$`,
  'iu',
);
/**
 * "cancel the Ledger part", "please drop the portal bit": one part of a request taken back, by the name
 * of what goes, the rest kept. The words before the name when a part word follows it; null otherwise
 * ("cancel the iOS deletion" takes back the whole request).
 */
function cancelledPart(ahead: string, next: string): RegExpExecArray | null {
  return PART_WORD_AFTER.test(next) ? CANCELLED_BEFORE.exec(ahead) : null;
}
const CANCELLED_BEFORE = /(?<![^\P{L}]|\u03B9)(?:cancel|withdraw|call\s+off|drop|take\s+out|remove)\s+(?:the\s+|our\s+)?$/iu;
const CANCELLED_LEAD = new RegExp(`^${CANCELLED_BEFORE.source.replace(/\$$/, '')}`, 'iu');
const PART_WORD_AFTER = /^[^\S\n]+(?:(?:source|app|data)[^\S\n]+)?(?:part|portion|piece|bit|side|half)(?![^\P{L}]|\u03B9)/iu;

/** Words that replace a value or recall an earlier one ("instead of", "previously I said"). */
const REPLACING = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${REPLACED}|${EARLIER_SAID})`, 'iu');
/** The words of an exception ("except", "außer", "utom"): every name listed after it is left out too. */
const EXCEPT = new RegExp(`(?<![^\\P{L}]|\\u03B9)${EXCEPTION}(?![^\\P{L}]|\\u03B9)`, 'iu');
/** "except the two web sources (Web and Web 2)": the bracket after an excepted plural names what it holds. */
const NAMES_IN_BRACKET = /^[ \t]+(?:sources|apps|quellen|fuentes)[ \t]*\([ \t]*$/i;
const EXCEPT_LIST_JOIN = /^\s*(?:,|\/|&|and|und|et|y|e|en|och|og|i|oraz|ja|ve|és|și|a)\s*$/i;
/** Words after a name that leave it out: "… must stay", "… is fine", "… no", and "no Android sino iOS" ("sino" follows only a negation). */
const EXCLUDED_AFTER = new RegExp(
  String.raw`^\s*(?:(?:source|app|data|workspace|space)\s*)?,?\s*(?:(?:which|that|who)\s+)?(?:of course\s+|obviously\s+)?(?:must|should|has to|needs to|is to|will)\s+(?:stay|remain|be kept|not be (?:deleted|touched|removed))\b|^\s*(?:(?:source|app|data|workspace|space)\s+)?(?:stays|remains|stays as it is|is staying)\b|^\s*(?:untouched|unchanged|intact|alone)\b|^\s*,?\s*sino\b|^\s*(?:${OLDER_ONE}\s+)?[:,-]?\s*(?:no|nein|non|nope|nee|nej)(?=\s*(?:$|[.,;!)\n]))|^\s*(?:(?:to|tego|jej|jego|ich)\s+)?nie\s+dotycz\p{L}*|^\s*(?:no\s+aplica|n['’]est\s+pas\s+concern[ée]e?|(?:is|are)\s+not\s+concerned)\b|^\s*(?:(?:alan[ıi]|kayna[ğg][ıi]|verileri)\s+)?(?:kals[ıi]n|kalmal[ıi]|kalacak|silinmesin|dokunmay[ıi]n)(?![^\P{L}]|\u03B9)(?![^\S\n]+m[ıiuü](?![^\P{L}]|\u03B9))|^\s*(?:is|are)\s+(?:fine|ok(?:ay)?|good|not affected|unaffected|correct|clean)\b|^\s*(?:was|were)\s+(?:fine|ok(?:ay)?|good|not affected|unaffected|correct|clean)\b(?!${TURNS_LATER})|^\s*,?\s*(?:leave|keep)\s+(?:it|them|that|those)\b|^\s*(?:ist|sind|war|waren)\s+(?:ok|okay|in ordnung|nicht betroffen)\b|^\s*(?:est|sont)\s+(?:ok|correcte?s?|bonne?s?)\b|^\s*(?:está|están)\s+(?:bien|ok)\b|^\s*(?:bleibt|muss bleiben|soll bleiben|bitte nicht)|^\s*(?:bitte\s+)?nicht\s+(?:zu\s+)?(?:l(?:ö|oe)schen|entfernen|anfassen|antasten)\b|^\s*(?:n[ãa]o|no|non|ne)\s+(?:deve|debe|devono|doit)\s+(?:ser\s+|essere\s+|être\s+)?(?:tocad[oa]s?|toccat[oa]|touch[ée]e?s?|apagad[oa]s?|exclu[íi]d[oa]s?|borrad[oa]s?|eliminad[oa]s?|cancellat[oa]|supprim[ée]e?s?)\b|^\s*(?:darf|soll|muss)\s+nicht\s+(?:gel(?:ö|oe)scht|entfernt|angefasst)\b|^\s*niet\s+(?:verwijderen|wissen|aanraken)\b|^\s*ne\s+(?:pas\s+)?(?:supprimer|effacer|toucher)\b|^\s*no\s+(?:borrar|eliminar|tocar)\b|^\s*non\s+(?:cancellare|eliminare|toccare)\b|^\s*n[ãa]o\s+(?:apagar|excluir|mexer)\b|^\s*nie\s+(?:usuwa|kasowa|rusza)|^\s*(?:ska\s+)?inte\s+(?:raderas?|tas bort|röras)\b|^\s*(?:skal\s+)?ikke\s+(?:slett|slet|røre)|^\s*(?:doit rester|reste)\b|^\s*(?:debe quedarse|se queda|no se toca)\b|^\s*(?:moet blijven|blijft)\b|^\s*(?:deve rimanere|resta)\b|^\s*(?:deve ficar|fica)\b|^\s*(?:z[ůu]st[áa]v[áa]|z[ůu]stane|r[ăa]m[âa]ne|залишається|остается|παραμένει|נשאר|vẫn giữ|pysyy|s[ăa] r[ăa]m[âa]n[ăa]|(?:ska|skall|skal|må|bör|får)\s+(?:vara|være|være|stå|bli|blive|forblive)\s+(?:kvar|tilbage|igjen)|(?:är|er|blir)\s+kvar|(?:behålls|beholdes|bevares)|ยัง(?:เก็บ|คง)ไว้|เก็บไว้|ไม่ต้องลบ)`,
  'iu',
);
/** "we already fixed the bug": what was fixed is something other than the data, which is still to be deleted. */
const FIXED_OTHER = String.raw`\s+(?:the|a|an|this|that|our|its)\s+(?!data\b|events?\b|duplicates\b)\p{L}`;
/**
 * A source withdrawn after its name, in a sentence of its own or a clause after the request: "The Android
 * App doesn't need to be deleted", "Android App: no action needed", "…, though the Android App can stay",
 * "Android App is out of scope", "The Android App looked normal", "La Android App no hace falta borrarla".
 * Read as an exclusion; where the same source is also asked for, which stands is asked (dropExclusions).
 */
const WITHDRAWN_AFTER = new RegExp(
  String.raw`^\s*(?:(?:source|app|data|events|part|space)\s+)?(?:` +
    String.raw`(?:does|do|did)\s*n(?:o|['’])t\s+need\s+(?:to\s+be\s+\p{L}+|deleting|removing|touching|a deletion)|(?:need\s+not|needn['’]t)\s+be\s+\p{L}+` +
    String.raw`|(?:is|are)\s+(?:(?:now\s+)?off\s+the\s+table|out\s+of\s+scope|not\s+in\s+scope|not\s+part\s+of\s+(?:this|the\s+request|it)|not\s+needed|excluded|valid|normal)` +
    String.raw`|(?:(?:looks?|looked|seems?|seemed)\s+(?:normal|fine|ok(?:ay)?|good|clean|correct|right)` +
    String.raw`|(?:we|i)\s+(?:have\s+)?already\s+(?:cleaned|deleted|removed|purged|fixed(?!${FIXED_OTHER})|wiped))(?!${TURNS_LATER})|[:-]\s*(?:no\s+(?:action|deletion|change)s?\s+(?:needed|required|necessary)|nothing\s+to\s+do|nothing(?:\s+(?:for\s+now|this\s+time|at\s+the\s+moment|needed|required))?(?=\s*(?:[.;!\n]|$)|\s*,(?![^\n]*(?:delete|remove|purge|wipe|erase|clear)))|skip)` +
    String.raw`|(?:can|may|could|should)\s+(?:stay|remain|be\s+kept|be\s+left)|(?:${STAYS})(?![^\P{L}]|\u03B9)` +
    String.raw`|no\s+(?:hace\s+falta|es\s+necesario)\s+(?:borrar|eliminar|tocar)|n['’]a\s+pas\s+besoin\s+d['’]être\s+(?:supprim|effac|touch)|peut\s+rester|braucht\s+nicht\s+(?:gel(?:ö|oe)scht|entfernt)|kann\s+bleiben` +
    String.raw`|non\s+(?:serve|occorre|è\s+necessario)\s+(?:cancellar|eliminar)|può\s+restare|n[ãa]o\s+precisa\s+(?:ser\s+)?(?:apagad|exclu[íi]d|apagar|excluir)|pode\s+ficar|hoeft\s+niet\s+(?:verwijderd|gewist)|mag\s+blijven` +
    String.raw`)`,
  'iu',
);
/**
 * The same in languages that put the exclusion after the name or write no spaces: "«Мобильное
 * приложение 2» не трогать", "（不是 Android App 2）", "（司机 App 不用删）", "iOS 앱은 삭제하지 마세요",
 * "Web は削除しないでください", "iOS App（新しい方）はそのままで" (as it is), "(Mobile 2 아님)" (not Mobile 2), "Web ではなく".
 */
const EXCLUDED_BEFORE_UNSPACED = new RegExp(`(?:不是|并非|並非|${UNSPACED_EXCEPTION}|${UNSPACED_KEEP})[\\s「『“"]*$`, 'u');
const EXCLUDED_AFTER_UNSPACED = new RegExp(
  String.raw`^\s*(?:[,，、]\s*)?(?:не\s+(?:трога|удаля|удали|чіпа|видаля|касает)[а-яёіїє]*|оставить|оставьте|оставляем|залишити|залиште|${UNSPACED_KEEP}|[はを]?削除しない|[はを]?残して|[はを]?そのまま|[은는을를]?\s*삭제하지|[은는을를]?\s*제외|[은는]?\s*그대로|[이가은는]?\s*(?:아님|아니(?:고|요|에요|라))|(?:では|じゃ)(?:なく|ない))`,
  'u',
);
// The imperatives as customers write them too: "bitte löscht den Space", "supprimez", "borra".
const DELETE_SENTENCE = /\b(?:delete|remove|purge|erase|wipe|drop|l(?:ö|oe)sch(?:en|t|e)|entfernen|entfernt|supprimer|supprimez|eliminar|borrar|borra|verwijderen|verwijder|excluir|apagar|slett\w*)\b/i;

/** The sentence a mention starts in. */
function sentenceOf(text: string, at: number): string {
  return sentenceAround(text, at, at);
}

/** Data words glued to a name in compounds ("Android-Daten", "ios-data", "web-Quelle"). */
const GENERIC_TAIL = new Set([
  'daten', 'quelle', 'quellen', 'data', 'events', 'event', 'ereignisse', 'datos', 'données', 'donnees', 'dati', 'dados', 'gegevens', 'source', 'sources', 'workspace', 'arbeitsbereich', 'löschung', 'deletion',
  // Nordic and Finnish compounds with their endings: "Website-datat", "iOS-appens data", "Website-lähteen".
  'bron', 'bronnen', 'datat', 'datan', 'dataa', 'datasta', 'datoja', 'tiedot', 'lähde', 'lähteen', 'lähteestä', 'lähteet', 'källan', 'källa', 'kilden', 'kilde', 'kildens', 'dataene', 'dataen',
]);
const DOMAIN_SUFFIX = /^(?:com|net|org|io|eu|de|fr|es|nl|it|pt|co|uk|us|jp|app|dev|ai|ch|at|se|dk|no|fi|pl|cz|be|ca|au|in|br|mx|tv|me|info|biz|ae|sa|eg|ng|ke|pk|id|kr|tr|sg|hk|tw|cn|ru|ua|gr|il|za|nz|ar|cl|pe|ie|hu|ro|rs|hr|si|sk|ba|mk|bg|lt|lv|ee|is|lu|kz|by|th|vn|my|ph|ir|qa|kw|om|bh|jo|lb|ma|tn|dz|gh|online|shop|store|cloud|tech|example)$/;
const LIST_JOIN_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'ed', 'a', 'en', 'or', 'oder', 'bzw', 'beziehungsweise', 'resp', 'plus', 'as', 'well', 'och', 'og', 'i', 'oraz', 'ja', 'și', 'şi', 'és', 'και', 've', 'と', '和', '及び', 'および', '및', 'và', 'dan', 'و', 'اور', 'aur', 'और', 'ও', 'и', 'і', 'та', 'ir',
  // Thai joins with a word ("LINE OA และ TikTok Shop"), Chinese also with 與 / 及, Swedish and Danish
  // with "samt"; "or" in Hebrew, Thai and Arabic.
  'או', 'และ', 'หรือ', 'أو', '與', '与', '及', 'samt']);

/**
 * "iOS and tvOS": one name we know listed with one we do not. Deleting only the part understood would
 * be a scope nobody asked for, so we ask. Only words that look like names count (mixed case, capitals,
 * digits, or followed by "source(s)"/"app"), so "iOS and then March" is not a list of sources.
 */
function unknownListed(text: string, tokens: Token[], mentions: Mention[], index: ParserCatalog, ambiguities: string[]): void {
  describedSourceListed(text, mentions, ambiguities);
  const inMention = (t: Token): boolean => mentions.some((m) => t.start >= m.start && t.end <= m.end);
  for (const m of mentions) {
    // "iOS and tvOS", and as much "workspace bluefin and tvOS": both are lists with a part not understood.
    const type = m.terms.some((t) => t.type === 'source') ? 'source' : m.terms.some((t) => t.type === 'workspace') ? 'workspace' : null;
    if (!type) continue;
    const first = tokens.findIndex((t) => t.start === m.start);
    if (first < 0) continue;
    let last = first;
    while (tokens[last + 1] && tokens[last + 1].end <= m.end) last++;
    for (const candidate of [listedNext(text, tokens, last + 1, 1, tokens[last], type === 'source'), listedNext(text, tokens, first - 1, -1, tokens[first], type === 'source')]) {
      const glued = candidate ? gluedUnknownName(text, tokens, candidate, index) : null;
      // "Shop Web y Shop App iOS": the word begins a longer name we know, not a namesake.
      const inLongerName = (t: Token): boolean => mentions.some((o) => t.start >= o.start && o.end > t.end);
      const namesake = !glued && candidate && !inLongerName(candidate) ? namesakeSibling(text, tokens, candidate, m, index) : null;
      if (glued || namesake) {
        ambiguities.push(`"${glued ?? namesake}" is listed with ${m.text} but is not a known ${type} — which ${type === 'source' ? 'sources are' : 'workspace is'} meant?`);
        continue;
      }
      if (!candidate || inMention(candidate) || knownBeside(index, candidate.word, m) || isTypeWord(text, candidate) || FIELD_LABEL.has(candidate.word)) continue;
      const raw = text.slice(candidate.start, candidate.end);
      // "OPS-2231", "JIRA-12": a reference number, not a name.
      if (/^-\d/.test(text.slice(candidate.end, candidate.end + 2))) continue;
      const cued = type === 'source'
        ? /^\s*(?:sources?|apps?|services?|feeds?|integrations?|connectors?|pipelines?|trackers?|sdks?)\b/i.test(text.slice(candidate.end, candidate.end + 14)) || /^\s*(?:sources|apps)\b/i.test(text.slice(m.end, m.end + 9)) || (candidate.start < m.start && pluralCueBefore(text, candidate.start))
        : /^\s*workspaces?\b/i.test(text.slice(candidate.end, candidate.end + 11)) || /^\s*workspaces\b/i.test(text.slice(m.end, m.end + 11));
      // Capitalised in the middle of a sentence ("the Roku and android sources") is a name too.
      const midSentence = /^\p{Lu}/u.test(raw) && !/(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, candidate.start - 3), candidate.start));
      // A hyphenated identifier ("smart-tv") is a slug-like name too.
      const slugLike = /^[-_][\p{L}\p{N}]/u.test(text.slice(candidate.end, candidate.end + 2));
      // In a message written in capitals ("MERCI DE SUPPRIMER … SOURCE "CRM SYNC", POUR LE 4 NOVEMBRE")
      // capitals do not make "POUR" a name; "IOS APP AND TVOS" still lists an unknown one.
      // The line decides, not the whole mail: a forward's "please handle" above does not unshout it.
      // "… and ALL data in it", "ONLY the iOS App": a word in capitals for emphasis is no name either.
      const shoutedWord = (allCapitals(lineAt(text, candidate.start)) && SHOUTED_PROSE.has(candidate.word)) || (/^\p{Lu}+$/u.test(raw) && EMPHASIS.has(candidate.word));
      // "all sources (aeb, App v1 and App v2)": a word between a list's commas is an item of it.
      const itemOfList = /\p{L}/u.test(raw) && /[(,:[/]$/.test(text.slice(0, candidate.start).trimEnd()) && /^(?:[,)/&+]|(?:and|und|et|y|och|og|ja)\s)/i.test(text.slice(candidate.end).trimStart());
      // "android, ios și huawei": the last item of a list with commas.
      const lastOfList = candidate.start > m.end && /,\s*$/.test(text.slice(0, m.start)) && /^\s*(?:and|und|et|y|e|en|och|og|i|ja|și|şi|és|και|ve|or)\s+$/iu.test(text.slice(m.end, candidate.start));
      // "Checkout Web and aos": one letter from a name we know is that name mistyped, not prose.
      const misspelt = isMisspeltTerm(candidate.word, index);
      // "Web PC, 카카오 채널 소스": a script without capitals cannot show a name by its case; after a comma it is one.
      // (A whole word: Bengali "তারিখ" splits at its vowel signs into pieces, none of them a name.)
      const whole = raw.length >= 2 && !/\p{M}/u.test(text.slice(candidate.end, candidate.end + 1)) && !/\p{M}/u.test(text.slice(candidate.start - 1, candidate.start));
      // "מקור Checkout, בתאריכים 2.4.2026": a word right before a date ("on the dates") introduces the next field.
      const uncasedItem = whole && /\p{L}/u.test(raw) && !/[\p{Lu}\p{Ll}]/u.test(raw) && candidate.start > m.end && text.slice(m.end, candidate.start).includes(',') && !/^[^\S\n]*[:：]?[^\S\n]*\d/.test(text.slice(candidate.end));
      const looksLikeName = (!shoutedWord && (/\p{Ll}\p{Lu}|\p{Lu}{2,}/u.test(raw) || midSentence)) || /\p{L}\d|\d\p{L}/u.test(raw) || cued || slugLike || itemOfList || lastOfList || misspelt || uncasedItem;
      // "(wedb, App v1 and App v2)": a list item one letter from a name is that name mistyped, even when it starts like a weekday.
      const greeting = GREETING_WORD.has(candidate.word) && /(?:^|\n)[^\S\n]*$/.test(text.slice(0, candidate.start));
      // "app source, 1st july": a day of the month written as an ordinal mixes digits and letters, yet is the date.
      const ordinalDay = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/i.test(raw);
      if (!looksLikeName || greeting || ordinalDay || (MONTH_OR_DAY_WORD.test(raw) && !(misspelt && !CALENDAR_WORD.test(raw)))) continue;
      ambiguities.push(`"${raw}" is listed with ${m.text} but is not a known ${type} — which ${type === 'source' ? 'sources are' : 'workspace is'} meant?`);
    }
  }
}

/**
 * "app-civica, portale-web and the old SPID login source", "… e la vecchia sorgente del login SPID": the
 * last item of a list of sources is a source described, not named. It resolves to nothing, and deleting
 * only the sources understood would drop it without a word: asked. The item is a few words after "and"
 * with the word for a source among them, and no name we know. A feed or stream is how customers call a
 * source they cannot name ("la Billettique et le flux temps réel bus"), so it is such a word too.
 */
const DESCRIBED_SOURCE = new RegExp(
  `^\\s*,?\\s*(?:and|or|und|oder|et|ou|y|o|e|ed|en|och|og|i|oraz|ja|plus)\\s+((?:[\\p{L}\\p{N}'’-]+\\s+){0,5}?(?:sources?|sorgente|sorgenti|fonte|fontes|fuente|fuentes|quelle|quellen|bron|bronnen|źródło|källa|källan|kilde|kilden|feeds?|flux|streams?|flujo|flusso|fluxo|datenstrom)(?![^\\P{L}]|\\u03B9)(?:\\s+(?:d[ei]l?|do|da|des?|du|of|von|van)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?[\\p{L}\\p{N}'’-]+)?)`,
  'iu',
);
function describedSourceListed(text: string, mentions: Mention[], ambiguities: string[]): void {
  for (const m of mentions) {
    if (!m.terms.some((t) => t.type === 'source')) continue;
    const item = DESCRIBED_SOURCE.exec(text.slice(m.end, m.end + 120));
    if (!item) continue;
    const [from, to] = [m.end + item.index + item[0].length - item[1].length, m.end + item.index + item[0].length];
    if (mentions.some((other) => other.start < to && other.end > from)) continue;
    ambiguities.push(`"${item[1].trim()}" is listed with ${m.text} but is not a known source — which sources are meant?`);
    return;
  }
}

/** Names beside the workspace's: a newer or older copy of it, its name in the plural or qualified in brackets, a workspace named in passing, a space it does not have. */
function askAboutNamesBeside(
  text: string,
  names: { mentions: Mention[]; written: Mention[] },
  ws: CatalogWorkspace,
  all: readonly CatalogWorkspace[],
  sender: string | null,
  ambiguities: string[],
): void {
  askAboutNewerOrOlder(text, names.mentions, ws, ambiguities);
  askAboutPluralWorkspace(text, names.mentions, ws, all, ambiguities);
  askAboutPassingWorkspace(text, names.mentions, ws, sender, ambiguities);
  askAboutOtherSpaces(text, names.written, ws, ambiguities);
  askAboutQualifiedWorkspace(text, names.mentions, ws, ambiguities);
}

/**
 * "purge our Nimbus workspaces (prod and staging)", "both Nimbus workspaces", "alle Nimbus-Workspaces": a
 * workspace's name in the plural where the catalog has others of that name (nimbus-staging) means more
 * than one. Each workspace is a ticket of its own, so which is asked; never the one whose name was written.
 */
function askAboutPluralWorkspace(text: string, mentions: Mention[], ws: CatalogWorkspace, all: readonly CatalogWorkspace[], ambiguities: string[]): void {
  const plural = mentions.find((m) => m.terms.some((t) => t.type === 'workspace' && t.canonical === ws.slug) && (PLURAL_WORKSPACES.test(text.slice(m.end, m.end + 16)) || ALL_OF.test(text.slice(Math.max(0, m.start - 14), m.start))));
  if (!plural) return;
  const name = ws.name.toLowerCase();
  const siblings = all.filter((w) => w !== ws && (w.slug.startsWith(`${ws.slug}-`) || w.name.toLowerCase().startsWith(`${name} `)));
  if (siblings.length === 0) return;
  ambiguities.push(`"${plural.text.trim()}" is written as more than one workspace (${[ws.slug, ...siblings.map((w) => w.slug)].join(', ')}) — which workspaces are meant? Each is a request of its own.`);
}
/** "workspaces", "Workspaces", "-Workspaces", "espaces de travail" right after a name. */
const PLURAL_WORKSPACES = /^[\s-]*(?:workspaces|arbeitsbereiche|espacios de trabajo|espaces de travail|ワークスペース群)(?![^\P{L}]|\u03B9)/iu;

/** The words that join two names of spaces in one list: "and", "und", "et", "y", "och", "ve", "ja" … */
const SPACE_LIST_WORDS = 'and|und|et|y|e|en|och|og|i|ve|ja';
/** What joins two names in one list: a joining word, a comma, "&", Korean "랑" / "와" / "하고". */
const SPACE_JOIN = new RegExp(`^[^.!?\\n]*?(?:(?<![^\\P{L}]|\\u03B9)(?:${SPACE_LIST_WORDS})(?![^\\P{L}]|\\u03B9)|[&,+]|랑|이랑|와|과|하고)[^.!?\\n]*$`, 'iu');
/** "the VIP space", "VIP 스페이스": a capitalised word named as a space. */
const NAMED_SPACE = /(?<![\p{L}\d])(\p{Lu}[\p{L}\d-]*)(?:\s+(?:space|spaces|Space|Spaces)|\s*스페이스)(?![^\P{L}]|\u03B9)/gu;
/**
 * "the Members space and the VIP space": a space named beside a known one that the workspace does not
 * have is asked about, never dropped while the known one is deleted alone.
 */
function askAboutOtherSpaces(text: string, mentions: Mention[], ws: CatalogWorkspace, ambiguities: string[]): void {
  const known = new Set(ws.spaces.flatMap((x) => [x.name.toLowerCase(), x.name.toLowerCase().replace(/\s+space$/, '')]));
  for (const m of allMatches(NAMED_SPACE, text)) {
    const name = m[1];
    const at = m.index ?? 0;
    if (known.has(name.toLowerCase()) || mentions.some((x) => at < x.end && at + name.length > x.start)) continue;
    // Only joined to a known space in the same list: "Unify space" in a subject is a verb, not a name.
    const joined = mentions.some((x) => x.terms.some((t) => t.type === 'space') && x.end <= at && at - x.end <= 30 && SPACE_JOIN.test(text.slice(x.end, at)));
    if (!joined || /^(?:the|this|that|our|my|a|an|each|every|one|which|default|new|old|whole|entire|same|other|work)$/i.test(name)) continue;
    ambiguities.push(`"${name}" is named as a space but ${ws.slug} has no such space — which spaces are meant?`);
  }
  askAboutSpacesListedAfterNoun(text, mentions, ws, known, ambiguities);
  askAboutReorderedSpaces(text, mentions, ws, ambiguities);
}
/**
 * "les espaces Fidélité et Prospects", "the spaces Members and VIP": after the plural word for spaces the
 * list's items are names of spaces, so an item the workspace does not have is asked about, never dropped
 * while the known one is deleted alone.
 */
function askAboutSpacesListedAfterNoun(text: string, mentions: Mention[], ws: CatalogWorkspace, known: Set<string>, ambiguities: string[]): void {
  for (const x of mentions.filter((m) => m.terms.some((t) => t.type === 'space'))) {
    if (!SPACES_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start))) continue;
    const next = LISTED_NEXT.exec(text.slice(x.end, x.end + 60));
    if (!next || known.has(next[1].toLowerCase()) || mentions.some((m) => m.start === x.end + next[0].length - next[1].length)) continue;
    ambiguities.push(`"${next[1]}" is named as a space but ${ws.slug} has no such space — which spaces are meant?`);
  }
}
/** "the spaces ", "les espaces ", "los espacios ", "die Spaces ", "gli spazi " right before a name. */
const SPACES_BEFORE = /(?<![\p{L}])(?:spaces|espaces|espacios|espaços|spazi|ruimtes)\s+$/iu;
/** ", VIP", " et Prospects", " and the VIP": the next item of a list, capitalised. */
const LISTED_NEXT = new RegExp(`^\\s*(?:,\\s*|(?:${SPACE_LIST_WORDS}|&)\\s+)(?:the\\s+|les?\\s+|la\\s+|el\\s+|die\\s+)?(\\p{Lu}[\\p{L}\\d-]*)`, 'u');
/**
 * "the EU Players space" where the workspace has Players and Players EU: a capitalised word right before
 * a space's name that, with it, is a sibling space's name in another order may mean either — asked.
 */
function askAboutReorderedSpaces(text: string, mentions: Mention[], ws: CatalogWorkspace, ambiguities: string[]): void {
  for (const x of mentions.filter((m) => m.terms.some((t) => t.type === 'space'))) {
    const before = /(?<![\p{L}\d])(\p{Lu}[\p{L}\d]*)[^\S\n]$/u.exec(text.slice(Math.max(0, x.start - 24), x.start));
    if (!before) continue;
    const written = [before[1].toLowerCase(), ...words(x.text)];
    const sibling = ws.spaces.find((s) => s.name.toLowerCase() !== x.text.toLowerCase() && words(s.name).length === written.length && written.every((w) => words(s.name).includes(w)));
    if (sibling) ambiguities.push(`"${before[1]} ${x.text}" could be the space ${x.text} or ${sibling.name} — which is meant?`);
  }
}

/** "Olá, App em ruta-verde": a greeting before a comma opens the answer, it is not an item of a list. */
const GREETING_WORD = new Set(['olá', 'ola', 'hola', 'hi', 'hello', 'hey', 'hallo', 'hoi', 'hej', 'hei', 'moi', 'ciao', 'salut', 'bonjour', 'buongiorno', 'servus', 'moin', 'ahoj', 'cześć', 'witam', 'merhaba', 'szia', 'dear', 'salve', 'buenas', 'bom', 'yo']);

/**
 * A word of a name we know, in the list's own workspace: "MyNusa App and USSD" lists an unknown source
 * when USSD is only another workspace's ("USSD Gateway" of another customer).
 */
/**
 * "Unity SDK and Unity Plugin": the listed word is the first word of the name we know, but the capitalised
 * word after it makes another name, one the catalog does not have. Read as "Unity" alone it was the known
 * source again, and the unknown one was dropped without a word.
 */
function namesakeSibling(text: string, tokens: Token[], candidate: Token, m: Mention, index: ParserCatalog): string | null {
  if (candidate.start < m.end || candidate.word !== words(m.text)[0]) return null;
  const next = tokens[tokens.indexOf(candidate) + 1];
  if (!next || !/^[ \t]+$/.test(text.slice(candidate.end, next.start))) return null;
  const raw = text.slice(next.start, next.end);
  if (!/^\p{Lu}/u.test(raw) || index.terms.has(next.word) || index.terms.has(`${candidate.word} ${next.word}`) || GENERIC_TAIL.has(next.word) || DATA_NOUN.has(next.word)) return null;
  if (words(m.text).includes(next.word) || MONTH_OR_DAY_WORD.test(raw)) return null;
  return text.slice(candidate.start, next.end);
}

function knownBeside(index: ParserCatalog, word: string, m: Mention): boolean {
  const known = index.terms.get(word);
  if (!known) return false;
  const here = new Set(m.terms.filter((t) => t.type === 'source').map((t) => t.workspace.slug));
  return here.size === 0 || known.some((t) => t.type !== 'source' || here.has(t.workspace.slug));
}

/** "the sources eb and caisse", "die Quellen eb und Kasse": a plural cue right before the list names its every item. */
function pluralCueBefore(text: string, listStart: number): boolean {
  return /(?<![^\P{L}]|\u03B9)(?:sources|apps|quellen|fuentes|fontes|fonti|bronnen|källor|kilder|lähteet|źródła)\s*:?\s*$/iu.test(text.slice(Math.max(0, listStart - 16), listStart));
}

/**
 * The next word of a list from a name (`step` 1: after it, -1: before it), or null when the name is not
 * in a list. Workspaces are listed only with a joining word ("hooli and tvOS"): after a comma a
 * workspace is followed by anything ("acme-inc, the 2nd", "bluefin, Zeitraum …").
 */
function listedNext(text: string, tokens: Token[], from: number, step: 1 | -1, edge: Token, commaJoins: boolean): Token | null {
  let j = from;
  let joined = false;
  for (let hops = 0; hops < 4; hops++, j += step) {
    const t = tokens[j];
    if (!t) return null;
    // "la source Adobe Launch et "DocuSign Webhook"": a quote around a name is no break in the list.
    const gap = (step === 1 ? text.slice((tokens[j - 1] ?? edge).end, t.start) : text.slice(t.end, (tokens[j + 1] ?? edge).start)).replace(/["“”„«»]/g, ' ');
    // A list stays on its line: "Hello Support,\n\nOur ferry kiosk" lists nothing.
    if (gap.includes('\n')) return null;
    // "Kassen (POS Terminals) and tvOS": the name's own closing bracket or quote, then the list goes on.
    if (hops === 0 && step === 1 && /^[)\]"”’»]+\s+\S/.test(gap + t.word)) {
      if (LIST_JOIN_WORDS.has(t.word)) { joined = true; continue; }
    }
    // "LINEミニアプリとLINE公式アカウント": Japanese and Chinese write the joining particle with no space.
    const unspaced = gap === '' && CJK_CHAR.test(`${t.word}${(step === 1 ? tokens[j - 1] : tokens[j + 1])?.word ?? edge.word}`);
    if (/[,&+/]/.test(gap)) joined ||= commaJoins || /[&+/]/.test(gap);
    else if (!/^\s+$/.test(gap) && !unspaced) return null;
    // "the Backend Events source and the aebsite source": the name's own cue word, then the list goes on.
    if (hops === 0 && step === 1 && commaJoins && /^(?:source|sources|app|apps)$/.test(t.word)) continue;
    if (LIST_JOIN_WORDS.has(t.word)) { joined = true; continue; }
    if (FILLER.has(t.word)) continue;
    return joined ? t : null;
  }
  return null;
}

/**
 * "LINEミニアプリ と LINE公式アカウント": Japanese and Chinese write a name's Latin and CJK words with no
 * space between them, so a listed word we know ("LINE") run into words we do not is another name, unknown
 * as a whole — never the known one. Not a word of the data or the app ("iOSアプリ", "Webのデータ"), the
 * verb ("Android削除"), or grammar (hiragana): those are no part of a name.
 */
function gluedUnknownName(text: string, tokens: Token[], candidate: Token, index: ParserCatalog): string | null {
  const k = tokens.indexOf(candidate);
  if (!/^\p{Script=Latin}/u.test(candidate.word)) return null;
  const words = [candidate.word];
  let end = candidate.end;
  for (let j = k + 1; tokens[j] && tokens[j].start === tokens[j - 1].end; j++) {
    // "公式アカウントのデータ": the name's words end where the grammar (hiragana) begins.
    const word = CJK_NAME_WORD.exec(tokens[j].word)?.[0] ?? '';
    if (!word || NOT_NAME_CJK.test(word)) break;
    words.push(word);
    end = tokens[j].start + word.length;
    if (word !== tokens[j].word) break;
  }
  if (words.length === 1 || index.terms.has(words.join(' '))) return null;
  return text.slice(candidate.start, end);
}
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_NAME_WORD = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー]+/u;
const NOT_NAME_CJK = new RegExp(`${SOURCE_CUE_PREFIX.source}|^(?:アプリ|アプリケーション|앱|어플|应用|應用|程序)$|${DELETING.source}`, 'u');

/** Words of prose that follow a name in a sentence, whatever their case: "… SOURCE "WEB", POUR LE 4 NOVEMBRE". */
const EMPHASIS = new Set(['all', 'everything', 'only', 'not', 'now', 'asap', 'urgent', 'today', 'and', 'or', 'data', 'alle', 'alles', 'nicht', 'nur', 'todo', 'todos', 'tudo', 'solo', 'tout', 'tous', 'toutes', 'seulement', 'pas', 'no', 'never', 'both']);
const SHOUTED_PROSE = new Set([
  'for', 'from', 'on', 'in', 'of', 'the', 'to', 'at', 'by', 'please', 'pour', 'le', 'la', 'les', 'du', 'de', 'des', 'au', 'pendant', 'für', 'fur',
  'vom', 'von', 'am', 'im', 'der', 'die', 'das', 'bitte', 'para', 'por', 'el', 'los', 'las', 'del', 'en', 'per', 'il', 'dal', 'nel', 'voor', 'van', 'op', 'het',
  'do', 'da', 'no', 'na', 'för', 'från', 'fra', 'på', 'dla', 'za', 'od', 'w', 'z',
]);

/** Nine in ten of the letters are capitals. */
/** One letter from a name we know: "aos" for ios, "ndroid" for android (a letter dropped or added only in longer words). */
function isMisspeltTerm(word: string, index: ParserCatalog): boolean {
  if (word.length < 3 || !/^\p{L}+$/u.test(word)) return false;
  for (const k of index.terms.keys()) {
    const sameLength = k.length === word.length;
    if ((sameLength || (Math.abs(k.length - word.length) === 1 && word.length >= 4)) && editDistance(k, word, 1) === 1) return true;
  }
  return false;
}

function lineAt(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
}

function allCapitals(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return upper > 20 && upper >= 9 * lower;
}

/** "Webshop BE, Workspace tulpenhof": a word for a kind of thing is no name of one. */
// Only words that can name nothing but a kind: "iOS and Events" or "iOS and Account" may be a source we
// do not know, and is still asked about.
const TYPE_WORD = new Set([...Object.values(CUE_BEFORE)].flatMap((set) => [...set]).filter((w) => !['account', 'compte', 'unify'].includes(w)));
const isTypeWord = (text: string, t: Token): boolean => TYPE_WORD.has(t.word) && !/^[-_][\p{L}\p{N}]/u.test(text.slice(t.end, t.end + 2));

/** A month or weekday as written in full or short ("wed", "Sept"): never a mistyped name. */
const CALENDAR_WORD = /^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
// Month and weekday names by their start ("Sept", "Tuesday"); zones and abbreviations only whole ("USSD" is a name).
const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|(?:utc|gmt|[a-z]{2}t|pst|pdt|est|edt|cet|cest|jst|ist|am|pm|id|ids|gdpr|eu|us|api|sdk|del)$)/i;
/**
 * A whole month or weekday word (or a zone, an acronym of dates): "März", "Sept", "Montag" — not a name
 * that only starts like one ("Marktplatz", "Monitoring", "Decoder"), which is listed and asked about.
 */
const MONTH_OR_DAY_WORD =
  /^(?:jan(?:uary|uar|vier|eiro|uari)?|feb(?:ruary|ruar|rero|braio|ruari)?|mar(?:ch|s|zo|ço|ts|t)?|apr(?:il|ile)?|mayo?|jun(?:e|i|io|ho)?|jul(?:y|i|io|ho)?|aug(?:ust|ustus)?|sep(?:t|tember|tembre|tiembre)?|oct(?:ober|obre|ubre)?|nov(?:ember|embre|iembre)?|dec(?:ember)?|mon(?:day|tag)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|utc|gmt|[a-z]{2}t|pst|pdt|est|edt|cet|cest|jst|ist|am|pm|id|ids|gdpr|eu|us|api|sdk|del)$/i;

/**
 * "some orders were duplicated … (subject: duplicate orders)" with a workspace named Orders: a word the
 * message itself uses as an ordinary noun — counted by a quantifier ("some", "many", "duplicate"), or
 * naming a group of people ("our compliance team") — names no workspace anywhere in it when written in
 * lower case (or capitalised only by a sentence's opening); only a cue or quotes make it the name there.
 * (A verb after the word proves nothing: "pixelforge got spammed", "acme have asked".)
 */
function ordinaryWordHere(text: string, tokens: Token[], i: number): boolean {
  const word = tokens[i].word;
  // "Compliance request: …" opening a subject of a message that speaks of "our compliance team": a capital
  // a sentence's opening gives is no sign of a name; the message's own use of the word settles it.
  if (!writtenAsProse(text, tokens[i])) return false;
  // "our treasury team uploaded a bad file", "the compliance department": a lower-case word before a
  // group of people names that group, not the workspace Treasury; a cue or a capital still names it.
  const beforeGroup = (k: number): boolean => GROUP_OF_PEOPLE.test(tokens[k + 1]?.word ?? '') && /^[ \t]+$/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? 0));
  if (describesNounAfterOwn(text, tokens, i)) return true;
  // "some granary data", "some growth events": the quantifier counts the data after the word, which the
  // word names the owner of, as "our growth data" does; "some granary staff" or "some growth" stay words.
  const countsDataAfter = (k: number): boolean => {
    const next = tokens[k + 1]?.word ?? '';
    return (TYPE_WORD.has(next) || CUE_AFTER.workspace.has(next) || CUE_AFTER.source.has(next)) && /^[ \t]+$/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? 0));
  };
  return tokens.some((t, k) => t.word === word && text.slice(t.start, t.end) === word && ((QUANTIFIER.has(tokens[k - 1]?.word ?? '') && !countsDataAfter(k)) || beforeGroup(k)));
}
/**
 * "our growth experiments", "my marketing budget": a lower-case word between a possessive and another
 * lower-case noun describes that noun, as an adjective would; it is no workspace. A word for the kind of
 * thing or its data after it ("our growth workspace", "our growth data") keeps it a name.
 */
function describesNounAfterOwn(text: string, tokens: Token[], i: number): boolean {
  const [own, next] = [tokens[i - 1], tokens[i + 1]];
  if (!own || !next || !OWN_WORD.has(own.word) || !/^[ \t]+$/.test(text.slice(own.end, tokens[i].start)) || !/^[ \t]+$/.test(text.slice(tokens[i].end, next.start))) return false;
  const nextWritten = text.slice(next.start, next.end);
  return /^\p{Ll}{3,}$/u.test(nextWritten) && !TYPE_WORD.has(next.word) && !CUE_AFTER.workspace.has(next.word) && !CUE_AFTER.source.has(next.word) && !FILLER.has(next.word);
}
const OWN_WORD = new Set(['our', 'my', 'their', 'your']);
const GROUP_OF_PEOPLE = /^(?:team|teams|department|dept|desk|staff|office|division|unit|committee|board|colleagues|people|folks|abteilung|team[s]?|équipe|equipe|servizio|ufficio|afdeling|dział|oddělení|oddelenie|oddelek|odjel|skyrius)$/u;
const QUANTIFIER = new Set(['some', 'many', 'few', 'several', 'multiple', 'duplicate', 'duplicated', 'these', 'those', 'any', 'more', 'most', 'fewer', 'numerous', 'thousands', 'hundreds', 'dozens']);

/**
 * "usuńcie app wisla-media 2 i 3 marca": a common word that is a source of the workspace written right
 * after it ("app wisla-media", "app (wisla-media)") is that source — the pair says where it lives, as
 * "Webshop BE tulpenhof" does for a name that is no common word. Only the workspace's own source counts.
 */
function ownWorkspaceNext(text: string, tokens: Token[], next: number, term: CatalogTerm, index: ParserCatalog): boolean {
  if (term.type !== 'source' || !tokens[next]) return false;
  // "delete Web in tundra-labs": a name written with its capital, then "in" and its own workspace.
  if (IN_WORD.has(tokens[next].word) && tokens[next + 1] && /^\p{Lu}/u.test(text.slice(tokens[next - 1].start, tokens[next - 1].end)) && /^\s+$/.test(text.slice(tokens[next - 1].end, tokens[next].start))) {
    return ownWorkspaceNext(text, tokens, next + 1, term, index);
  }
  // "Site, olho-digital, de 12 a 13 …": a comma between them, as a reply lists its answers.
  if (!/^\s+\(?$|^\s*\($|^\s*,\s*$/.test(text.slice(tokens[next - 1].end, tokens[next].start))) return false;
  for (let n = Math.min(index.maxWords, tokens.length - next); n >= 1; n--) {
    const key = tokens.slice(next, next + n).map((t) => t.word).join(' ');
    const found = index.terms.get(key)?.filter((t) => t.type === 'workspace' && t.strong) ?? [];
    if (found.length > 0) return found.length === 1 && found[0].workspace === term.workspace;
  }
  return false;
}

/**
 * "delete the Website source data in marketing": "in" right after a source just named (and its data
 * words) says where that source lives, so a workspace with an ordinary word for a name that owns the
 * source is named there. Without the source before it ("the site we run in production", "our marketing
 * team") the word is read as a word.
 */
function placeOfNamedSource(text: string, tokens: Token[], i: number, term: CatalogTerm, lastAccepted: { type: EntityType; tokenEnd: number } | null): boolean {
  if (term.type !== 'workspace' || lastAccepted?.type !== 'source' || i < 1 || !IN_WORD.has(tokens[i - 1].word)) return false;
  const between = tokens.slice(lastAccepted.tokenEnd, i - 1);
  if (between.length > 2 || between.some((t) => !CUE_AFTER.source.has(t.word))) return false;
  if (!/^[^\S\n]+$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) return false;
  const before = tokens.slice(0, lastAccepted.tokenEnd).map((t) => t.word).join(' ');
  return term.workspace.sources.some((x) => ` ${before}`.endsWith(` ${words(x.name).join(' ')}`));
}

/**
 * "POS data in spring": a workspace named by a common word ("spring", "general") is that workspace when
 * its own contact writes it — unless a year or "of" follows ("spring 2026", "spring of 2025").
 */
function sendersOwn(text: string, tokens: Token[], first: number, next: number, term: CatalogTerm, sender: string | null): boolean {
  if (term.type !== 'workspace' || !sender || !term.workspace.contacts.some((c) => c.toLowerCase() === sender.toLowerCase())) return false;
  // "old archive" from the contact of old-trattoria (Trattoria Vecchia): the start of a slug alone is not
  // how anyone writes a workspace's name; the name, or its start, is.
  // Run together ("hollandsehuishoud"), the whole slug or name still counts.
  const written = tokens.slice(first, next).map((t) => t.word).join(' ');
  if (environmentSpeech(text, tokens[first].start, tokens[next - 1].end)) return false;
  const name = words(term.workspace.name);
  const whole = [term.workspace.slug.toLowerCase().replace(/[-_]+/g, ''), name.join('')].includes(written.replace(/ /g, ''));
  if (!whole && !`${name.join(' ')} `.startsWith(`${written} `)) return false;
  if (tokens[next] && /^(?:\d{4}|of|de|del|di|des)$/.test(tokens[next].word)) return false;
  return !/\b(?:this|last|next|early|late|mid|the)\s*$/i.test(text.slice(Math.max(0, tokens[next - 1].start - 8), tokens[next - 1].start));
}

/**
 * "the site that we run in production, not staging", "the web data from our load test": an environment's
 * word in lower case, where the sentence speaks of environments (one set against another, something run
 * or deployed in it, a kind of test), says where data was made, not which workspace. "backend-api in
 * production" from the contact of a workspace named Production still names it.
 */
function environmentSpeech(text: string, start: number, end: number): boolean {
  if (!/^\p{Ll}/u.test(text.slice(start, end))) return false;
  return allMatches(ENVIRONMENT_SPEECH, text).some((m) => (m.index ?? 0) <= start && (m.index ?? 0) + m[0].length >= end);
}
const ENVIRONMENT = String.raw`(?:production|prod|preprod|staging|test|testing|dev|development|sandbox|qa|uat)`;
const ENVIRONMENT_SPEECH = new RegExp(
  [
    String.raw`(?<![^\P{L}]|\u03B9)(?:load|unit|smoke|stress|performance|perf|integration|regression|e2e|a/b|ab|pen|penetration|canary|soak|spike|acceptance|beta)[\s-]+tests?(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:run|runs|running|ran|deployed|deploy|deploys|live|released|shipped|hosted|tested)\s+(?:it\s+|them\s+|this\s+)?(?:in|on|to)\s+${ENVIRONMENT}(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)${ENVIRONMENT}\s*,?\s*(?:and\s+)?(?:not|rather than|instead of|vs\.?|versus|or)\s+(?:in\s+|on\s+|the\s+)?${ENVIRONMENT}(?![^\P{L}]|\u03B9)`,
  ].join('|'),
  'giu',
);

function hasCue(text: string, tokens: Token[], from: number, to: number, type: EntityType, index?: ParserCatalog): boolean {
  let j = from - 1;
  while (j >= 0 && FILLER.has(tokens[j].word)) j--;
  // "northwind-retail のソース Web": a Japanese particle runs into the cue word before the name.
  if (j >= 0 && from - j <= 3 && (CUE_BEFORE[type].has(tokens[j].word) || CUE_BEFORE[type].has(tokens[j].word.replace(/^の/u, '')))) return true;
  if (type === 'workspace' && WORKSPACE_WORDS_BEFORE.test(text.slice(Math.max(0, tokens[from].start - 40), tokens[from].start))) return true;
  // Thai writes "ลบข้อมูล Web" (delete the data of Web) with no space before the data word.
  if (type === 'source' && /ข้อมูล\s*$/u.test(text.slice(Math.max(0, tokens[from].start - 12), tokens[from].start))) return true;
  // Romance languages put "app" first: "o app Android", "la app iOS", "l'appli iOS" — written in lower
  // case ("App Pazienti iPadOS" is a name).
  if (type === 'source' && j >= 0 && from - j === 1 && APP_FIRST.has(tokens[j].word) && text.slice(tokens[j].start, tokens[j].end) === tokens[j].word) return true;
  // "all sources except Web", "alles behalve de App": a name set apart from "all" is a source, so the
  // exception is read (and not lost while "all sources" takes every one of them).
  if (type === 'source' && j >= 0 && from - j <= 3 && EXCEPT_WORD.has(tokens[j].word)) return true;
  // "…, but not iOS", "all sources, not iOS though": a name set apart by a negation that turns the
  // sentence is a source left out, read as such (and never deleted with every other source).
  if (type === 'source' && j >= 0 && from - j <= 2 && tokens[j].word === 'not' && (tokens[j - 1]?.word === 'but' || NOT_THOUGH.has(tokens[to]?.word ?? ''))) return true;
  // "On second thought, leave the Website out", "scratch the Website": a capitalised name withdrawn is a
  // source taken back, which is read (and asked about), never left in the request unseen.
  // "don't forget about the Website": a name reminded of is read too (and asked about when outside the request).
  const withdrawn = j >= 0 && (WITHDRAW_WORD.has(tokens[j].word) || (tokens[j].word === 'about' && tokens[j - 1]?.word === 'forget'));
  if (type === 'source' && withdrawn && from - j <= 2 && /^\p{Lu}/u.test(text.slice(tokens[from].start, tokens[from].end))) return true;
  const next = tokens[to];
  // "please delete web for Nov 2": the deletion verb, the name, then the days it is deleted for.
  if (type === 'source' && j >= 0 && from - j <= 2 && DELETE_VERB_WORD.test(tokens[j].word) && next !== undefined && DAYS_FOLLOW.has(next.word)) return true;
  // "bitte Website am 3.11. und Handscanner am 5.11. löschen": German puts the verb last.
  if (type === 'source' && j >= 0 && from - j <= 2 && tokens[j].word === 'bitte' && next !== undefined && DAYS_FOLLOW.has(next.word) && verbLater(text, tokens, to)) return true;
  // "our old workspace kettle-and-co", "the new source Web": a word before the cue that has a name of its
  // kind after it describes that name; it is none itself.
  if (next !== undefined && CUE_AFTER[type].has(next.word) && !(index && namesAt(tokens, to + 1, type, index))) return true;
  // Hinglish "Web ka data": the data word after the possessive particle. Devanagari's vowel signs part
  // its words into pieces, so "Web सोर्स" is read on the text.
  if (type === 'source' && next !== undefined && HINDI_OF.has(next.word) && tokens[to + 1] !== undefined && CUE_AFTER.source.has(tokens[to + 1].word)) return true;
  if (type === 'source' && HINDI_CUE_AFTER.test(text.slice(tokens[to - 1].end, tokens[to - 1].end + 12))) return true;
  // "the Website 2 source", "the Website.eu source", "the Website EU source": the cue after an extra word
  // is the name's too (and the extra word is then asked about), never a name dropped without a word.
  const beyond = tokens[to + 1];
  if (next !== undefined && beyond !== undefined && CUE_AFTER[type].has(beyond.word) && extraWordAfter(text, tokens, to)) return true;
  // Japanese, Chinese and Korean run particles and the data word into the next word: "Website のデータ",
  // "Web のソース", "Web 来源在…", "Web 的数据", "Web 소스의".
  if (type === 'source' && next !== undefined && SOURCE_CUE_PREFIX.test(next.word)) return true;
  // "delete Backend in Core", "Tracking im Workspace bergmann-logistik": a name followed by "in" and a
  // workspace's name (after the word for one, if written) is that workspace's source ("the iOS App events
  // of kestrel" is not: "of" there says whose iOS App).
  if (type === 'source' && next !== undefined && index && /^(?:in|im|dans|en|i|w)$/.test(next.word)) {
    const wordAt = (k: number): string => tokens[k]?.word ?? '';
    const named = CUE_BEFORE.workspace.has(wordAt(to + 1)) ? to + 2 : FILLER.has(wordAt(to + 1)) && CUE_BEFORE.workspace.has(wordAt(to + 2)) ? to + 3 : to + 1;
    if (namesWorkspaceAt(tokens, named, index)) return true;
  }
  // "the iOS and tvOS data", "iOS, tvOS data": the cue after a short list belongs to every name in it.
  return cueAfterList(text, tokens, to, type);
}

/**
 * Whether a deletion verb ends the clause the name at token `to` is in, with only days, names (German
 * nouns are capitalised) and joining words before it: "bitte Website am 3.11. und Handscanner am 5.11.
 * löschen", not "bitte Website am 3.11. behalten und den Handscanner … löschen".
 */
function verbLater(text: string, tokens: Token[], to: number): boolean {
  for (let k = to; k < Math.min(tokens.length, to + 16); k++) {
    const t = tokens[k];
    if (DELETE_VERB_WORD.test(t.word)) return true;
    const capitalised = /^\p{Lu}/u.test(text.slice(t.start, t.end));
    if (!/^\d/.test(t.word) && !capitalised && !DAYS_FOLLOW.has(t.word) && !CLAUSE_JOIN.has(t.word) && !MONTH_WORD.test(t.word)) return false;
    if (/[.!?\n;]\s/.test(text.slice(t.end, (tokens[k + 1]?.start ?? text.length) + 1)) && !/^\.\d/.test(text.slice(t.end))) return false;
  }
  return false;
}
const WITHDRAW_WORD = new Set(['leave', 'scratch', 'skip', 'exclude', 'omit', 'spare', 'forget']);
const CLAUSE_JOIN = new Set(['und', 'sowie', 'den', 'die', 'das', 'der', 'dem', 'des', 'bis', 'zum', 'zur', 'auch', 'quelle', 'daten']);
const MONTH_WORD = /^(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)/;
const APP_FIRST = new Set(['app', 'aplicativo', 'aplicación', 'aplicacion', 'applicazione', 'appli']);
const DELETE_VERB_WORD = /^(?:delete|remove|purge|erase|wipe|clear|löschen|lösche|supprimer|supprimez|effacer|effacez|borrar|borren|eliminar|eliminen|verwijder|verwijderen|cancellare|cancellate|apagar|apaguem|radera|slett|slet|poista)$/;
const DAYS_FOLLOW = new Set(['for', 'from', 'on', 'between', 'since', 'für', 'vom', 'am', 'pour', 'du', 'para', 'por', 'del', 'voor', 'van', 'per', 'dal']);
/** Words before a label's days besides those after a deletion verb ("until", "ab", "le", "op", "för", "dla"…). */
const LABEL_DAYS_ALSO = ['until', 'ab', 'le', 'de', 'op', 'il', 'för', 'från', 'fra', 'på', 'dla', 'od', 'z'];

/** Whether a workspace's whole name or slug (strong or not: "Core", "General") starts at token `k`. */
function namesWorkspaceAt(tokens: Token[], k: number, index: ParserCatalog): boolean {
  return termAt(tokens, k, index, (t, key) => t.type === 'workspace' && index.catalog.workspaces.some((w) => w.slug === t.canonical && (w.slug === key.replace(/ /g, '-') || w.name.toLowerCase() === key)));
}

/** Whether a strong name of this type starts at token `k`. */
function namesAt(tokens: Token[], k: number, type: EntityType, index: ParserCatalog): boolean {
  return termAt(tokens, k, index, (t) => t.type === type && t.strong);
}

/** Whether a catalog term that `fits` starts at token `k` (the longest word runs first). */
function termAt(tokens: Token[], k: number, index: ParserCatalog, fits: (t: CatalogTerm, key: string) => boolean): boolean {
  for (let n = Math.min(index.maxWords, tokens.length - k); n >= 1; n--) {
    const key = tokens.slice(k, k + n).map((t) => t.word).join(' ');
    if (index.terms.get(key)?.some((t) => fits(t, key))) return true;
  }
  return false;
}

/**
 * A cue after a list ("iOS and tvOS data", "iOS, tvOS data") belongs to every name in it: the list goes
 * on from the name with a joiner, each item a word or two. "events\n\nHi, we had duplicate events" is
 * no list, so its second "events" is no cue for the first.
 */
function cueAfterList(text: string, tokens: Token[], to: number, type: EntityType): boolean {
  let joins = 0;
  let sinceJoin = 0;
  for (let j = to; j < Math.min(tokens.length, to + 6); j++) {
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    const comma = /^\s*[,&/+]\s*$/.test(gap);
    // "desktop-app": the parts of a slug in the list.
    if (!comma && !/^(?:\s+|[-_])$/.test(gap)) return false;
    const join = LIST_JOIN.has(tokens[j].word);
    if (j === to && !comma && !join) return false;
    if (comma || join) {
      joins += 1;
      sinceJoin = 0;
      if (join) continue;
    }
    if (joins > 0 && sinceJoin >= 1 && CUE_AFTER[type].has(tokens[j].word)) return true;
    sinceJoin += 1;
    if (sinceJoin > 2) return false;
  }
  return false;
}

/**
 * "ios-app, web and android": a weak name continues a list of its kind. A bracket is no list:
 * "Webshop NL (tulpenhof)" says where Webshop NL lives, it does not add Tulpenhof's App.
 */
function continuesList(text: string, tokens: Token[], i: number, type: EntityType, last: { type: EntityType; tokenEnd: number } | null): boolean {
  if (!last || last.type !== type) return false;
  const gap = (a: number, b: number): string => text.slice(tokens[a].end, tokens[b].start);
  // "iOS App events", "Web data": a cue word right after a name describes it; it is no second name.
  // "acme-io data" with a workspace named Data: a data word after a workspace describes it too.
  const describes = CUE_AFTER[type].has(tokens[i].word) || (type === 'workspace' && CUE_AFTER.source.has(tokens[i].word));
  if (NEXT_LIST_ITEM.test(text.slice(tokens[last.tokenEnd - 1].end, tokens[i].start))) return true;
  if (last.tokenEnd === i) return /^\s*[,/&+]\s*$/.test(gap(i - 1, i)) || (/^\s+$/.test(gap(i - 1, i)) && !describes);
  // "\"App iOS\" (app-ios) e site": the name's own closing bracket or quote, then the list goes on.
  if (last.tokenEnd === i - 1 && LIST_JOIN.has(tokens[i - 1].word) && /^["”’»]?\s*[)\]]?["”’»]?\s*,?\s*$/.test(gap(i - 2, i - 1))) return true;
  // "the iOS App or the Website": "the" after the joining word, the name written as a name (capitalised).
  return last.tokenEnd === i - 2 && LIST_JOIN.has(tokens[i - 2].word) && tokens[i - 1].word === 'the' && /^\s*,?\s*$/.test(gap(i - 3, i - 2)) && startsCapital(text, tokens[i]);
}

/** "• iOS App\n • Web", "1. Android App\n2. Web": the end of one bulleted or numbered item and the mark of the next. */
const NEXT_LIST_ITEM = /^[^\S\n]*\n[^\S\n]*(?:[-*•·–]|\d{1,2}[.)])[^\S\n]+$/;

/**
 * "please delete:\nWeb\nPatient Portal" (an HTML list read as text keeps no bullets): names that each
 * fill a line of their own, one under the other, are items of one list. Read only with a bullet, the
 * common-word item above a clear one was dropped without a word, and the clear one alone made the
 * scope complete.
 */
const NEW_LINE_ITEM = /^[^\S\n]*\n[^\S\n]*(?:(?:[-*•·–]|\d{1,2}[.)])[^\S\n]+)?$/;
/** Whether the words from `start` to `end` are all their line holds, but for a bullet and a closing stop. */
function nameLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  return /^[^\S\n]*(?:(?:[-*•·–]|\d{1,2}[.)])[^\S\n]+)?$/.test(text.slice(lineStart, start)) && /^[^\S\n]*[.,;]?[^\S\n]*$/.test(text.slice(end, lineEnd));
}
/**
 * A name of this kind filling the line that starts at token j, standing on its own (strong or cued), or
 * a common-word name there with such a name further down the same list ("Web\nEmail\nPatient Portal").
 */
function nameLineBelow(text: string, tokens: Token[], j: number, type: EntityType, index: ParserCatalog): boolean {
  for (let n = Math.min(index.maxWords, tokens.length - j); n >= 1; n--) {
    const terms = (index.terms.get(tokens.slice(j, j + n).map((t) => t.word).join(' ')) ?? []).filter((t) => t.type === type);
    if (terms.length === 0 || !nameLine(text, tokens[j].start, tokens[j + n - 1].end)) continue;
    if (terms.some((t) => t.strong || hasCue(text, tokens, j, j + n, t.type, index))) return true;
    const next = tokens[j + n];
    return next !== undefined && startsCapital(text, tokens[j]) && NEW_LINE_ITEM.test(text.slice(tokens[j + n - 1].end, next.start)) && nameLineBelow(text, tokens, j + n, type, index);
  }
  return false;
}
/**
 * Names one to a line are one list only right under the request's own line ("please delete for:") with
 * nothing but a blank line or the end after them. Under a keeping heading ("Do not touch:", "Keep:"),
 * after a story ("the sources that had bad data were"), or with more words below ("Email\nme if …"),
 * reading them as items deleted sources the customer kept, only mentioned, or never named.
 */
function listUnderRequest(text: string, tokens: Token[], index: ParserCatalog, pos: number, type: EntityType): boolean {
  const lines = lineSpans(text);
  const at = lines.findIndex(([s, e]) => pos >= s && pos <= e);
  if (at < 0) return false;
  let top = at;
  while (top > 0 && namesLine(text, tokens, index, lines[top - 1], type)) top--;
  let bottom = at;
  while (bottom + 1 < lines.length && namesLine(text, tokens, index, lines[bottom + 1], type)) bottom++;
  if (!endsList(text, lines.slice(bottom + 1))) return false;
  const heading = top > 0 ? text.slice(lines[top - 1][0], lines[top - 1][1]) : '';
  return REQUEST_HEADING.test(heading) && !KEEP_HEADING.test(heading);
}
/**
 * After the list: nothing, a blank line, or a sign-off ("Kim", "Thanks, Kim") standing alone. Other words
 * there ("Email\nme if anything is unclear.") may carry on the last item's sentence.
 */
function endsList(text: string, after: [number, number][]): boolean {
  const line = (k: number): string => (after[k] ? text.slice(after[k][0], after[k][1]).trim() : '');
  if (line(0) === '') return true;
  return SIGN_OFF.test(line(0)) && line(1) === '';
}
const SIGN_OFF = /^(?:(?:thanks|thank you|cheers|regards|best|kind regards|best regards|danke|merci|gracias)[,!.]?[^\S\n]*)?(?:\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)?)?[.!]?$/u;
/** Start and end of each line of the text. */
function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let s = 0; s <= text.length; ) {
    const e = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s);
    spans.push([s, e]);
    s = e + 1;
  }
  return spans;
}
/** Whether a line holds one catalog name of this kind and nothing else but a bullet and a closing stop. */
function namesLine(text: string, tokens: Token[], index: ParserCatalog, [s, e]: [number, number], type: EntityType): boolean {
  const words = tokens.filter((t) => t.start >= s && t.end <= e);
  if (words.length === 0 || words.length > index.maxWords || !nameLine(text, words[0].start, words[words.length - 1].end)) return false;
  return (index.terms.get(words.map((t) => t.word).join(' ')) ?? []).some((t) => t.type === type);
}
const REQUEST_HEADING = /(?<![\p{L}])(?:delete|remove|purge|wipe|erase|l(?:ö|oe)sch(?:en|e|t)|entfernen|supprime[rz]?|effacer|borr(?:ar|en|a)|elimin(?:ar|en|are|ate)|cancella(?:re|te)|apag(?:ar|uem)|excluir|verwijder(?:en)?)(?![\p{L}])/iu;
const KEEP_HEADING = /(?<![\p{L}])(?:not|no|never|keep|leave|except|but|nicht|kein\p{L}*|pas|sauf|salvo|excepto|tranne)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
/** The name from token i to `end` fills its line, right under a line that the name accepted just before fills. */
function lineUnderName(text: string, tokens: Token[], [i, end]: [number, number], last: { tokenEnd: number; tokenStart?: number }): boolean {
  if (last.tokenEnd !== i || last.tokenStart === undefined || !startsCapital(text, tokens[i]) || !NEW_LINE_ITEM.test(text.slice(tokens[i - 1].end, tokens[i].start))) return false;
  return nameLine(text, tokens[i].start, tokens[end - 1].end) && nameLine(text, tokens[last.tokenStart].start, tokens[i - 1].end);
}
/**
 * "Web<TAB>2026-11-02<TAB>2026-11-04", "| Web | 2027-04-01 |": the first cell of a pasted or Markdown
 * table row names what the row is about. Read only as prose, the common-word row was dropped and the
 * table's other source was taken as the whole scope.
 */
function tableRowName(text: string, start: number, end: number): boolean {
  if ((start === 0 || text[start - 1] === '\n') && text[end] === '\t') return true;
  return pipeRowNamesSource(text, start, end);
}

/** "helios-energy Web: Oct 7", "riverstone-bank Web for 04/11": a source's name right after its workspace's. */
/** After "riverstone-bank Web": a colon, a whole date ("26.2.2027", "klo 8"), or the days it is deleted for ("for 04/11", "from Nov 3", "for yesterday", "für den 2.11."). */
const LABEL_THEN_DAYS = new RegExp(
  String.raw`^\s*(?::|[ \t]+(?:\d{1,2}[./:]\d{1,2}(?:[./]\d{2,4}|\s*[–—-]\s*\d{1,2}[./:]\d{1,2})|\d{4}[-./]\d{1,2}[-./]\d{1,2})(?![\d])|[ \t]+(?:klo|kl\.?)\s*\d|,\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d|(?:${[...DAYS_FOLLOW, ...LABEL_DAYS_ALSO].join('|')})\s+(?:the\s+|den\s+|le\s+|el\s+|il\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?\d|yesterday\b|today\b|last\s+(?:week|month|mon|tue|wed|thu|fri|sat|sun)))`,
  'i',
);
const LABEL_THEN_DELETE = /^[ \t]*(?::|[ \t][-–—])[ \t]*(?:please[ \t]+)?(?:delete|remove|purge|wipe|erase)(?![\p{L}])/iu;
function labelAfterWorkspace(text: string, tokens: Token[], i: number, end: number, type: EntityType, last: { type: EntityType; tokenEnd: number } | null): boolean {
  if (type !== 'source' || last?.type !== 'workspace' || last.tokenEnd !== i) return false;
  // Or as the object: "delete riverstone-bank Web for 04/11/2026".
  // "Mosaic Retail Web - please delete the first week of March": the pair is the label the deletion follows.
  if (/^[ \t]+$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) return LABEL_THEN_DAYS.test(text.slice(tokens[end - 1].end)) || LABEL_THEN_DELETE.test(text.slice(tokens[end - 1].end));
  return namesListedOnTheirLine(text, tokens[i].start, tokens[end - 1].end);
}

/**
 * "acme-inc, Backend." on a line of its own, answering the desk's "we need the source and the time frame":
 * a line that is nothing but the workspace and, after a comma, one name (then a stop, the line's end or
 * the days) lists the scope, so the common word after the workspace is its source. In prose ("for
 * acme-inc, backend data was …") other words surround the pair.
 */
function namesListedOnTheirLine(text: string, start: number, end: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  if (!/^[ \t]*[^\s,.;:!?]+(?:[ \t][^\s,.;:!?]+){0,3},[ \t]+$/u.test(before)) return false;
  const after = text.slice(end);
  return /^[.;]?[ \t]*(?:\n|$)/.test(after) || LABEL_THEN_DAYS.test(after);
}

/**
 * A line that is a workspace's name and then one of its own sources' ("Tokyo Lab Staging" as a subject):
 * the source is named as a label is, with no data word. Only with the source written as the catalog
 * writes it, capitals included: "Acme Inc events" is as likely the workspace's events as the source Events.
 */
function lineOfWorkspaceAndSource(text: string, tokens: Token[], i: number, end: number, t: CatalogTerm): boolean {
  if (t.type !== 'source' || !/^[ \t]*(?:\n|$)/.test(text.slice(tokens[end - 1].end))) return false;
  const written = text.slice(tokens[i].start, tokens[end - 1].end);
  const source = t.workspace.sources.find((x) => x.slug === t.canonical);
  if (!source || !(written === source.name || (written === source.slug && /[-_\d]/.test(source.slug)))) return false;
  return [words(t.workspace.name), t.workspace.slug.toLowerCase().split(/[-_]+/)].some((name) => {
    const before = tokens.slice(Math.max(0, i - name.length), i);
    const apart = before.every((b, k) => /^[ \t]+$/.test(text.slice(b.end, (before[k + 1] ?? tokens[i]).start)));
    const lineStart = before.length > 0 && /(?:^|\n)[ \t]*$/.test(text.slice(0, before[0].start));
    return before.length === name.length && apart && lineStart && before.every((b, k) => b.word === name[k]);
  });
}

/** An extra word glued to a name: a number, a variant or region word, or a domain suffix after a dot. */
function extraWordAfter(text: string, tokens: Token[], at: number): boolean {
  const t = tokens[at];
  const gap = t ? text.slice(tokens[at - 1].end, t.start) : '';
  if (!t) return false;
  if (gap === '.') return DOMAIN_SUFFIX.test(t.word);
  return /^[ \t]{1,2}$/.test(gap) && (/^\d{1,3}$/.test(t.word) || VARIANT_WORD.has(t.word) || /^\p{Lu}{2,3}$/u.test(text.slice(t.start, t.end)));
}

/**
 * "Web, le 11 mai 2027." answering the desk's "Which source and which days should we delete?": the name
 * that opens a one-line answer, set apart by a comma, a stop or the line's end, is the source the answer
 * gives, though it is a common word ("Web", "Kiosk") that elsewhere needs a cue to be a name.
 */
function opensAnswer(text: string, answerFrom: number, start: number, end: number): boolean {
  return /^[\s"'“”„«»]*$/u.test(text.slice(answerFrom, start)) && /^\s*(?:[,.;:!]|[-–—]\s|$)/u.test(text.slice(end));
}

/**
 * "data for iOS and iPadOS": a name listed before a name of its kind that stands on its own (a strong
 * name, or one with a cue) is as much an item of the list as one listed after it.
 */
function leadsList(text: string, tokens: Token[], end: number, type: EntityType, index: ParserCatalog, start: number): boolean {
  let j = end;
  // A common word only leads a list of names when written as a name, with its capital.
  const capitalised = /^\p{Lu}/u.test(text.slice(tokens[start].start, tokens[start].end));
  // "iOS 2 and iPadOS", "iOS EU and iPadOS": an extra word right after the name is asked about as a variant.
  const extra = tokens[j] && (/^\d{1,3}$/.test(tokens[j].word) || VARIANT_WORD.has(tokens[j].word) || DOMAIN_SUFFIX.test(tokens[j].word));
  if (extra && /^[ \t]{1,2}$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) j++;
  const next = tokens[j];
  if (!next) return false;
  const gap = text.slice(tokens[j - 1].end, next.start);
  if (LIST_JOIN.has(next.word) && /^\s*,?\s*$/.test(gap)) j++;
  else if (NEW_LINE_ITEM.test(gap) && capitalised && nameLine(text, tokens[start].start, tokens[end - 1].end)) return listUnderRequest(text, tokens, index, tokens[start].start, type) && nameLineBelow(text, tokens, j, type, index);
  else if (!/^\s*[,/&+]\s*$/.test(gap)) return false;
  while (tokens[j] && FILLER.has(tokens[j].word)) j++;
  for (let n = Math.min(index.maxWords, tokens.length - j); n >= 1; n--) {
    const terms = index.terms.get(tokens.slice(j, j + n).map((t) => t.word).join(' '));
    if (terms?.some((t) => t.type === type && (t.strong || hasCue(text, tokens, j, j + n, t.type, index)))) return true;
    if (terms?.some((t) => t.type === type) && capitalised && cuedElsewhere(text, tokens, j, n, type, index)) return true;
  }
  return false;
}

/**
 * "please also include the Web source of Test, and extend … for both Server and Web": a common-word name
 * the message has already called a source is that source wherever it is listed, so the name listed with
 * it is one too.
 */
function cuedElsewhere(text: string, tokens: Token[], at: number, n: number, type: EntityType, index: ParserCatalog): boolean {
  const key = tokens.slice(at, at + n).map((t) => t.word).join(' ');
  for (let k = 0; k + n <= tokens.length; k++) {
    if (k === at || tokens.slice(k, k + n).map((t) => t.word).join(' ') !== key) continue;
    if (hasCue(text, tokens, k, k + n, type, index)) return true;
  }
  return false;
}

/**
 * "s3://acme-segment-archive/…", "--bucket helios-archive": the customer's own storage bucket, named
 * by them, no misspelt workspace or source.
 */
const BUCKET_BEFORE = /(?:(?<![^\P{L}]|\u03B9)(?:s3a?|s3n|gs|az|abfss?|wasbs?):\/\/|--bucket[= ]|(?<![^\P{L}]|\u03B9)bucket\s*[=:]\s*["'`]?)$/iu;

/** "acme-incc" → did you mean acme-inc? Only identifier-looking words, so ordinary prose is never compared. */
function nearMisses(text: string, index: ParserCatalog, ambiguities: string[], notFound: (type: EntityType) => void, names: Mention[] = []): EntityType[] {
  const flagged: EntityType[] = [];
  // A near miss of a name also written correctly is still asked about: "Website AT (aeb-at)" names
  // two things, and which one the sender means is not ours to pick.
  const candidates: { form: string; shown: string; cued: EntityType | null; cut?: boolean }[] = [];
  IDENTIFIER.lastIndex = 0;
  for (let m = IDENTIFIER.exec(text); m; m = IDENTIFIER.exec(text)) {
    if (BUCKET_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Lojas Bem-Te-Vi": a piece of a longer name written in full is that name, not a name of its own.
    const end = m.index + m[0].length;
    if (names.some((n) => n.start <= m!.index && end <= n.end && n.end - n.start > m![0].length)) continue;
    // "ios-app- (lumen-prod)": a slug ending in a hyphen was cut short (ios-app-2?).
    const cut = /^-(?![\p{L}\p{N}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    candidates.push({ form: m[0].toLowerCase().replace(/_/g, '-'), shown: m[0], cued: cueBefore(text, m.index), cut });
  }
  // On the cue's own line: "Purge the sandbox workspace\n\nHello," names no workspace "Hello".
  // ("l'espace « Espace Membres »": the French word holds "space", which is no cue of its own.)
  const CUED_WORD = /(?<![^\P{L}]|\u03B9)(?:workspace|source|space)[ \t]*[:=]?[ \t]*[`"'“]?([\p{L}\p{N}]{5,})/giu;
  for (let m = CUED_WORD.exec(text); m; m = CUED_WORD.exec(text)) {
    candidates.push({ form: m[1].toLowerCase(), shown: m[1], cued: null });
  }
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.form) || c.form.length < 5 || !/\p{L}/u.test(c.form)) continue;
    seen.add(c.form);
    const longer = c.cut ? index.identifiers.filter((id) => id.form.startsWith(`${c.form}-`)) : [];
    if (longer.length > 0) {
      ambiguities.push(`"${c.shown}-" looks cut short — is it ${[...new Set([c.form, ...longer.map((id) => id.form)])].join(' or ')}?`);
      flagged.push(longer[0].type);
      continue;
    }
    if (index.terms.has(c.form.replace(/-/g, ' '))) continue;

    const close = index.identifiers.filter(
      (id) => Math.abs(id.form.length - c.form.length) <= 2 && editDistance(id.form, c.form, 2) <= 2,
    );
    if (close.length > 0) {
      const suggestions = [...new Set(close.map((id) => (id.type === 'workspace' ? id.canonical : `${id.canonical} (workspace ${id.workspace})`)))];
      ambiguities.push(`"${c.shown}" is not a known ${close[0].type} — did you mean ${suggestions.join(' or ')}?`);
      flagged.push(close[0].type);
    } else if (prefixTerm(c.form, index)) {
      // "android-beta", "acme-inc-staging": a known name with an extra part is another thing — ask.
      const terms = prefixTerm(c.form, index) ?? [];
      ambiguities.push(`"${c.shown}" is not a known ${terms[0].type} — is it ${[...new Set(terms.map((t) => t.canonical))].join(' or ')}, or something else?`);
      flagged.push(terms[0].type);
    } else if (c.cued && /[-_\d]/.test(c.shown)) {
      // No catalog name is near it: the field is not found (missing), unlike a near miss (asked about).
      ambiguities.push(`${c.cued} "${c.shown}" is not in the catalog`);
      notFound(c.cued);
    }
  }
  return flagged;
}

function prefixTerm(form: string, index: ParserCatalog): CatalogTerm[] | null {
  const parts = form.split('-');
  if (parts.length > 1 && GENERIC_TAIL.has(parts[parts.length - 1])) return null;
  // Catalog terms have at most maxWords words: longer prefixes cannot match (and joining them all is O(n²)).
  for (let k = Math.min(parts.length - 1, index.maxWords); k >= 1; k--) {
    const terms = index.terms.get(parts.slice(0, k).join(' '));
    if (terms && terms.some((t) => t.strong || t.type === 'source')) return terms;
  }
  return null;
}

function cueBefore(text: string, at: number): EntityType | null {
  const before = text.slice(Math.max(0, at - 16), at);
  for (const type of ['workspace', 'source', 'space'] as const) if (TYPE_WORDS[type].test(before)) return type;
  return null;
}
