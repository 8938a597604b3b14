import { type DayLanguage, MORE_DAY_LANGUAGES } from './moreDayLanguages';

/**
 * Days written as words before a month, in German, Spanish, French, Italian, Portuguese, Dutch, Polish,
 * Czech, Croatian, Swedish, Danish and Norwegian: "vom ersten bis zum dritten Mai", "del uno al tres de
 * mayo", "du premier au trois mai", "dal primo al tre maggio", "de primeiro a três de maio", "van de derde
 * tot de vijfde mei", "od pierwszego do trzeciego maja", "den tredje maj". Unread, the words were skipped
 * and "Mai 2027" stood alone: the whole month, thirty days nobody asked for.
 *
 * Each language's number words are read only before its own month names: "tre" is a day before "maggio",
 * and "six May" in English mail is no date. A day word that begins a range whose other end cannot be read
 * ("del uno al treintaiuno de mayo") is asked about, never left for the month alone to stand.
 */

const withoutMarks = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');

function numbered(words: string[], from = 1): Record<string, number> {
  return Object.fromEntries(words.map((w, i) => [w, from + i]));
}

const GERMAN_UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const GERMAN_TEENS = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
/** German cardinals 1–31 ("eins", "dreizehn", "einundzwanzig") and their ordinal stems ("erst", "dritt", "einundzwanzigst"). */
function germanDays(): Record<string, number> {
  const cardinals: string[] = ['eins', ...GERMAN_UNITS.slice(1), ...GERMAN_TEENS, 'zwanzig', ...GERMAN_UNITS.map((u) => `${u}undzwanzig`), 'dreißig', 'einunddreißig'];
  const stems = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft']
    .concat(GERMAN_TEENS.slice(3).map((t) => `${t}t`), cardinals.slice(19).map((c) => `${c}st`));
  const days: Record<string, number> = { ...numbered(cardinals), siebent: 7 };
  // "am dritten", "der dritte", "zum dritten": every ending an ordinal takes in a date.
  stems.forEach((s, i) => ['e', 'en', 'er', 'em', 'es'].forEach((end) => (days[s + end] = i + 1)));
  ['e', 'en', 'er', 'em', 'es'].forEach((end) => (days[`siebent${end}`] = 7));
  // Typed without the letters: "fuenften", "zwoelften", "dreissigsten".
  for (const [w, n] of Object.entries(days)) days[w.replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ß/g, 'ss')] = n;
  return days;
}

const SPANISH = [
  'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince',
  'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro',
  'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve', 'treinta', 'treinta y uno',
];
const FRENCH_UNITS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const FRENCH = [
  'premier', ...FRENCH_UNITS, 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf',
  'vingt', 'vingt et un', ...FRENCH_UNITS.map((u) => `vingt-${u}`), 'trente', 'trente et un',
];
const ITALIAN = [
  'primo', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici',
  'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti', 'ventuno', 'ventidue', 'ventitré', 'ventiquattro',
  'venticinque', 'ventisei', 'ventisette', 'ventotto', 'ventinove', 'trenta', 'trentuno',
];
const PORTUGUESE_UNITS = ['dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'];
const PORTUGUESE = [
  'primeiro', ...PORTUGUESE_UNITS, 'dez', 'onze', 'doze', 'treze', 'catorze', 'quinze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove',
  'vinte', 'vinte e um', ...PORTUGUESE_UNITS.map((u) => `vinte e ${u}`), 'trinta', 'trinta e um',
];
const DUTCH_ORDINALS = [
  'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde', 'dertiende',
  'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste', 'eenentwintigste', 'tweeëntwintigste',
  'drieëntwintigste', 'vierentwintigste', 'vijfentwintigste', 'zesentwintigste', 'zevenentwintigste', 'achtentwintigste',
  'negenentwintigste', 'dertigste', 'eenendertigste',
];

/** Ordinals from 1 to 31 where 21–29 and 31 are the tens' ordinal, then the unit's: Polish "dwudziestego pierwszego". */
function tensThenUnits(first19: string[], twenty: string, thirty: string): Record<string, number> {
  const units = first19.slice(0, 9);
  return numbered([...first19, twenty, ...units.map((u) => `${twenty} ${u}`), thirty, `${thirty} ${units[0]}`]);
}
const POLISH_ORDINALS = tensThenUnits(
  ['pierwszego', 'drugiego', 'trzeciego', 'czwartego', 'piątego', 'szóstego', 'siódmego', 'ósmego', 'dziewiątego', 'dziesiątego', 'jedenastego', 'dwunastego',
    'trzynastego', 'czternastego', 'piętnastego', 'szesnastego', 'siedemnastego', 'osiemnastego', 'dziewiętnastego'],
  'dwudziestego', 'trzydziestego',
);
const CZECH_ORDINALS = tensThenUnits(
  ['prvního', 'druhého', 'třetího', 'čtvrtého', 'pátého', 'šestého', 'sedmého', 'osmého', 'devátého', 'desátého', 'jedenáctého', 'dvanáctého', 'třináctého',
    'čtrnáctého', 'patnáctého', 'šestnáctého', 'sedmnáctého', 'osmnáctého', 'devatenáctého'],
  'dvacátého', 'třicátého',
);
const CROATIAN_ORDINALS = tensThenUnits(
  ['prvog', 'drugog', 'trećeg', 'četvrtog', 'petog', 'šestog', 'sedmog', 'osmog', 'devetog', 'desetog', 'jedanaestog', 'dvanaestog', 'trinaestog', 'četrnaestog',
    'petnaestog', 'šesnaestog', 'sedamnaestog', 'osamnaestog', 'devetnaestog'],
  'dvadesetog', 'tridesetog',
);
// Croatian writes the tens of 21–31 as a cardinal: "dvadeset prvog", "trideset prvog"; and "prvoga", "trećega".
for (const [w, n] of Object.entries(CROATIAN_ORDINALS)) {
  CROATIAN_ORDINALS[w.replace(/^dvadesetog /, 'dvadeset ').replace(/^tridesetog /, 'trideset ')] = n;
}
for (const [w, n] of Object.entries(CROATIAN_ORDINALS)) CROATIAN_ORDINALS[`${w}a`] = n;
const SWEDISH = [
  'första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', 'elfte', 'tolfte', 'trettonde', 'fjortonde', 'femtonde',
  'sextonde', 'sjuttonde', 'artonde', 'nittonde', 'tjugonde', 'tjugoförsta', 'tjugoandra', 'tjugotredje', 'tjugofjärde', 'tjugofemte', 'tjugosjätte',
  'tjugosjunde', 'tjugoåttonde', 'tjugonionde', 'trettionde', 'trettioförsta',
];
const DANISH = [
  'første', 'anden', 'tredje', 'fjerde', 'femte', 'sjette', 'syvende', 'ottende', 'niende', 'tiende', 'ellevte', 'tolvte', 'trettende', 'fjortende', 'femtende',
  'sekstende', 'syttende', 'attende', 'nittende', 'tyvende', 'enogtyvende', 'toogtyvende', 'treogtyvende', 'fireogtyvende', 'femogtyvende', 'seksogtyvende',
  'syvogtyvende', 'otteogtyvende', 'niogtyvende', 'tredivte', 'enogtredivte',
];
const NORWEGIAN = [
  'første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende', 'ellevte', 'tolvte', 'trettende', 'fjortende', 'femtende',
  'sekstende', 'syttende', 'attende', 'nittende', 'tjuende', 'tjueførste', 'tjueandre', 'tjuetredje', 'tjuefjerde', 'tjuefemte', 'tjuesjette', 'tjuesjuende',
  'tjueåttende', 'tjueniende', 'trettiende', 'trettiførste',
];
/** Scandinavian dates say "den": "den tredje maj"; without it "andra" and "andre" are "other". */
const DEN = '(?<=(?<![\\p{L}\\d])den\\s+)';
const NORDIC_JOINS = '(?:till?(?:\\s+(?:och|og)\\s+med)?|t\\.?\\s?o\\.?\\s?m\\.?|och|og|[-–])';

const LANGUAGES: DayLanguage[] = [
  {
    days: germanDays(),
    months: ['januar', 'jänner', 'februar', 'märz', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    joins: '(?:bis(?:\\s+(?:zum|einschlie(?:ß|ss)lich))?|und|[-–])',
    digits: (n) => `${n}.`,
  },
  {
    // "el uno de mayo"; the first as "primero" is read where it stands alone (FIRST_OF_MONTH), and here in a range.
    days: { ...numbered(SPANISH), primero: 1, 'treinta y un': 31 },
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
    joins: '(?:al|a|hasta(?:\\s+el)?|y|[-–])',
    digits: String,
  },
  {
    // Not "un": the article ("un mai pluvieux").
    days: numbered(FRENCH),
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    joins: '(?:au|à|a|jusqu[’\']au|et|[-–])',
    digits: String,
  },
  {
    days: { ...numbered(ITALIAN), uno: 1 },
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    joins: '(?:al|a|fino\\s+al|e|[-–])',
    digits: String,
  },
  {
    days: { ...numbered(PORTUGUESE), duas: 2, quatorze: 14, dezasseis: 16, dezassete: 17, dezanove: 19 },
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    joins: '(?:a|ao|até(?:\\s+(?:ao|o|a))?|e|[-–])',
    digits: String,
  },
  {
    days: numbered(DUTCH_ORDINALS),
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    joins: '(?:tot(?:\\s+en\\s+met)?|t/m|en|[-–])',
    digits: String,
    article: /(?<![\p{L}\d])de\s+(?=\d)/giu,
  },
  {
    days: POLISH_ORDINALS,
    months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    joins: '(?:do|i|oraz|[-–])',
    digits: String,
  },
  {
    days: CZECH_ORDINALS,
    months: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
    joins: '(?:do|a|[-–])',
    digits: (n) => `${n}.`,
  },
  {
    // "listopada" is read as October in Croatian mail before the days are (listopadMonth.ts). Serbian and
    // Bosnian write their days alike ("od prvog do trećeg maja") with months of their own.
    days: CROATIAN_ORDINALS,
    months: ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'października', 'studenoga', 'studenog', 'prosinca',
      'januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
    joins: '(?:do|i|[-–])',
    digits: (n) => `${n}.`,
  },
  {
    days: numbered(SWEDISH),
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    joins: NORDIC_JOINS,
    digits: String,
    lead: DEN,
  },
  {
    days: numbered(DANISH),
    months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    joins: NORDIC_JOINS,
    digits: (n) => `${n}.`,
    lead: DEN,
  },
  {
    days: numbered(NORWEGIAN),
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    joins: NORDIC_JOINS,
    digits: (n) => `${n}.`,
    lead: DEN,
  },
  ...MORE_DAY_LANGUAGES,
];

/** Words between a join and the day after it: "bis zum dritten", "al día tres", "jusqu'au", "tot de". */
const ARTICLE = '(?:(?:zum|dem|den|el|d[ií]a|le|il|o|de)\\s+)';

/** "die ersten zwei Mai 2027", "the first two May weeks": a count of weeks or days, not a day of the month. */
const FIRST_WORDS =
  '(?:erste[nr]?|letzte[nr]?|first|last|primi|prime|ultimi|ultime|premiers|premières|derniers|dernières|primeros|primeras|últimos|últimas|eerste|laatste)';
const NOT_AFTER_FIRST = `(?<!${FIRST_WORDS}\\s+)`;

interface DayWordReader {
  /** One of the language's month names: without one, its day words are not looked for. */
  month: RegExp;
  /** A day word, maybe more days after it, then "(de|di) <month>": read as digits. */
  chain: RegExp;
  /** A day word that begins a range or list still unread after that: asked about. */
  unread: RegExp;
  /** The same words with each day as digits. */
  digits: (whole: string) => string;
}

/**
 * "1, 2 и 3 мая" as "1 мая, 2 мая и 3 мая": a list of three days or more before a month the date readers
 * take only with the month after each day ("1, May 2, 2027" was asked about). Two days stay as written.
 */
function monthAfterEachDay(read: string, whole: string): string {
  const month = /\p{L}+$/u.exec(whole)?.[0];
  const days = read.match(/\d{1,2}\.?(?![\d.])/g) ?? [];
  if (!month || days.length < 3) return read;
  let n = 0;
  return read.replace(/\d{1,2}\.?(?![\d.])/g, (d) => (++n < days.length ? `${d} ${month}` : d));
}

function readerOf(lang: DayLanguage): DayWordReader {
  const key = (w: string): string => withoutMarks(w.toLowerCase()).replace(/[\s-]+/g, ' ');
  const lookup: Record<string, number> = {};
  for (const [w, n] of Object.entries(lang.days)) lookup[key(w)] = n;
  const alternatives = (words: string[]): string => [...new Set(words.flatMap((w) => [w, withoutMarks(w)]))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[\s-]+/g, '[\\s-]+'))
    .join('|');
  const day = `(?:${alternatives(Object.keys(lang.days))})(?![\\p{L}\\d])`;
  // "zwei Mai-Wochen", "tre maggio-campagne": a month joined to another word is no date, and the number before it no day.
  const month = `(?:${alternatives(lang.months)})(?![\\p{L}\\d]|-\\p{L})`;
  const next = `\\s*(?:,|${lang.joins})\\s*${ARTICLE}?(?:${day}|\\d{1,2}\\.?(?![\\d.]))`;
  const dayWord = new RegExp(`(?<![\\p{L}\\d])${day}`, 'giu');
  return {
    month: new RegExp(`(?<![\\p{L}\\d])${month}`, 'iu'),
    chain: new RegExp(`(?<![\\p{L}\\d])${NOT_AFTER_FIRST}${lang.lead ?? ''}${day}(?:${next})*(?:\\s+(?:de|di|del))?\\s+${month}${lang.monthNot ?? ''}`, 'giu'),
    // Or "die ersten zwei Mai": asked, neither the second of May nor the whole month.
    unread: new RegExp(
      `(?<![\\p{L}\\d])(?:${lang.lead ?? ''}${day}\\s*(?:${lang.joins})\\s+[^\\n.;:!?]{0,30}?(?<![\\p{L}\\d])${month}|${FIRST_WORDS}\\s+${day}\\s+${month})`,
      'giu',
    ),
    digits: (whole) => {
      const read = whole.replace(dayWord, (w) => (lookup[key(w)] ? lang.digits(lookup[key(w)]) : w));
      const tidied = lang.tidy?.(read) ?? (lang.article ? read.replace(lang.article, '') : read);
      return lang.eachWithMonth ? monthAfterEachDay(tidied, whole) : tidied;
    },
  };
}

export const DAY_WORD_READERS: readonly DayWordReader[] = LANGUAGES.map(readerOf);

/** The question for a day word no reader could read ("del uno al treintaiuno de mayo"). */
export function dayWordQuestion(words: string): string {
  return `"${words.trim()}" writes its days as words I could not read — which days exactly?`;
}
