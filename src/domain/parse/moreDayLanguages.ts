/**
 * Days written as words before a month in Russian, Ukrainian, Romanian, Turkish, Slovak, Slovenian,
 * Serbian (Cyrillic; the Latin script shares Croatian's words), Greek, Indonesian and Lithuanian: "с
 * первого по третье мая", "з першого по третє травня", "de la unu la trei mai", "bir Mayıs ile üç Mayıs",
 * "od prvého do tretieho mája", "od prvega do tretjega maja", "од првог до трећег маја", "από την πρώτη
 * έως την τρίτη Μαΐου", "dari tanggal satu sampai tiga Mei", "nuo pirmos iki trečios gegužės". Unread,
 * "мая 2027" stood alone and the whole month was deleted.
 */

export interface DayLanguage {
  /** Every way the language writes the days 1–31 that mail uses, each with its number. */
  days: Record<string, number>;
  months: string[];
  /** Words joining two days of a range or a list ("bis zum", "al", "au", "fino al"). */
  joins: string;
  /** A day as digits in that language: German writes "3. Mai", the others "3 mayo". */
  digits: (n: number) => string;
  /** Dutch "tot en met de vijfde": the article the digits do not take ("tot en met 5 mei"). */
  article?: RegExp;
  /** Words a day word must follow to be a day: Swedish "andra" is "other" but for "den andra maj". */
  lead?: string;
  /** What must not follow the month for the words to be a date: Romanian "trei mai vechi" is "three older". */
  monthNot?: string;
  /** The digits rewritten the way the date readers take them ("de la 1 la 3" as "de la 1 până la 3"). */
  tidy?: (digits: string) => string;
  /**
   * Three days or more written as one list ("первое, второе и третье мая"): each day with its month, as
   * the date readers take such a list in these languages ("1 мая, 2 мая и 3 мая").
   */
  eachWithMonth?: boolean;
}

/** The days 1–31 from the forms of 1–19, 20 and 30, with 21–29 and 31 as a tens word, then a unit's form. */
function ordinals(first19: string[][], twenty: string[], thirty: string[], tens: [string[], string[]]): Record<string, number> {
  const days: Record<string, number> = {};
  const add = (n: number, forms: string[]): void => forms.forEach((f) => (days[f] = n));
  first19.forEach((forms, i) => add(i + 1, forms));
  add(20, twenty);
  add(30, thirty);
  const [twenties, thirties] = tens;
  first19.slice(0, 9).forEach((forms, i) => twenties.forEach((t) => add(21 + i, forms.map((f) => `${t} ${f}`))));
  thirties.forEach((t) => add(31, first19[0].map((f) => `${t} ${f}`)));
  return days;
}

const endings = (stems: string[], ends: string[]): string[][] => stems.map((s) => ends.map((e) => s + e));

/** Ukrainian writes its apostrophe three ways ("п'яте", "п’яте", "пʼяте"). */
function withApostrophes(days: Record<string, number>): Record<string, number> {
  for (const [w, n] of Object.entries(days)) ['’', 'ʼ'].forEach((a) => (days[w.replace(/'/g, a)] = n));
  return days;
}

// "первое мая" (nominative), "с первого", "по третье", "до третьего".
const RUSSIAN = ordinals(
  [['первое', 'первого'], ['второе', 'второго'], ['третье', 'третьего'],
    ...endings(['четвёрт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат',
      'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'], ['ое', 'ого'])],
  ['двадцатое', 'двадцатого'], ['тридцатое', 'тридцатого'], [['двадцать'], ['тридцать']],
);
const UKRAINIAN = withApostrophes(ordinals(
  [['перше', 'першого'], ['друге', 'другого'], ['третє', 'третього'],
    ...endings(['четверт', "п'ят", 'шост', 'сьом', 'восьм', "дев'ят", 'десят', 'одинадцят', 'дванадцят', 'тринадцят', 'чотирнадцят',
      "п'ятнадцят", 'шістнадцят', 'сімнадцят', 'вісімнадцят', "дев'ятнадцят"], ['е', 'ого'])],
  ['двадцяте', 'двадцятого'], ['тридцяте', 'тридцятого'], [['двадцять'], ['тридцять']],
));
const SLOVAK = ordinals(
  endings(['prvého', 'druhého', 'tretieho', 'štvrtého', 'piateho', 'šiesteho', 'siedmeho', 'ôsmeho', 'deviateho', 'desiateho', 'jedenásteho',
    'dvanásteho', 'trinásteho', 'štrnásteho', 'pätnásteho', 'šestnásteho', 'sedemnásteho', 'osemnásteho', 'devätnásteho'], ['']),
  ['dvadsiateho'], ['tridsiateho'], [['dvadsiateho', 'dvadsať'], ['tridsiateho', 'tridsať']],
);
const SLOVENIAN_UNITS = ['prv', 'drug', 'tretj', 'četrt', 'pet', 'šest', 'sedm', 'osm', 'devet'];
const SLOVENIAN_TEENS = ['deset', 'enajst', 'dvanajst', 'trinajst', 'štirinajst', 'petnajst', 'šestnajst', 'sedemnajst', 'osemnajst', 'devetnajst'];
// Slovenian says 21 as "one-and-twenty": "enaindvajsetega".
const SLOVENIAN: Record<string, number> = Object.fromEntries([
  ...[...SLOVENIAN_UNITS, ...SLOVENIAN_TEENS, 'dvajset'].map((s, i) => [`${s}ega`, i + 1]),
  ...['ena', 'dva', 'tri', 'štiri', 'pet', 'šest', 'sedem', 'osem', 'devet'].map((u, i) => [`${u}indvajsetega`, 21 + i]),
  ['tridesetega', 30], ['enaintridesetega', 31],
]);
const SERBIAN_CYRILLIC = ordinals(
  endings(['првог', 'другог', 'трећег', 'четвртог', 'петог', 'шестог', 'седмог', 'осмог', 'деветог', 'десетог', 'једанаестог', 'дванаестог',
    'тринаестог', 'четрнаестог', 'петнаестог', 'шеснаестог', 'седамнаестог', 'осамнаестог', 'деветнаестог'], ['', 'а']),
  ['двадесетог', 'двадесетога'], ['тридесетог', 'тридесетога'], [['двадесет', 'двадесетог'], ['тридесет', 'тридесетог']],
);
// A date's day is feminine ("η πρώτη Μαΐου") or a cardinal ("τρεις Μαΐου").
const GREEK_ORDINALS = ['πρώτη', 'δεύτερη', 'τρίτη', 'τέταρτη', 'πέμπτη', 'έκτη', 'έβδομη', 'όγδοη', 'ένατη'];
const GREEK_CARDINALS = [['μία', 'μια'], ['δύο'], ['τρεις', 'τρία'], ['τέσσερις', 'τέσσερα'], ['πέντε'], ['έξι'], ['επτά', 'εφτά'], ['οκτώ', 'οχτώ'], ['εννέα', 'εννιά']];
const GREEK = ordinals(
  [...GREEK_ORDINALS.map((o, i) => [o, ...(i > 0 ? GREEK_CARDINALS[i] : [])]), ['δέκατη', 'δέκα'], ['ενδέκατη', 'έντεκα', 'ένδεκα'], ['δωδέκατη', 'δώδεκα'],
    ...GREEK_ORDINALS.slice(2).map((o, i) => [`δέκατη ${o}`, ...GREEK_CARDINALS[i + 2].map((c) => `δεκα${c.replace('ρεις', 'ρείς')}`)])],
  ['εικοστή', 'είκοσι'], ['τριακοστή', 'τριάντα'], [['εικοστή'], ['τριακοστή']],
);
GREEK_CARDINALS.forEach((forms, i) => forms.forEach((c) => { GREEK[`είκοσι ${c}`] = 21 + i; if (i === 0) GREEK[`τριάντα ${c}`] = 31; }));
GREEK['είκοσι ένα'] = 21;
GREEK['τριάντα ένα'] = 31;
const INDONESIAN_UNITS = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const INDONESIAN = ordinals(
  [...INDONESIAN_UNITS.map((u) => [u]), ['sepuluh'], ['sebelas'], ...INDONESIAN_UNITS.slice(1).map((u) => [`${u} belas`])],
  ['dua puluh'], ['tiga puluh'], [['dua puluh'], ['tiga puluh']],
);
const LITHUANIAN = ordinals(
  endings(['pirm', 'antr', 'treči', 'ketvirt', 'penkt', 'šešt', 'septint', 'aštunt', 'devint', 'dešimt', 'vienuolikt', 'dvylikt', 'trylikt',
    'keturiolikt', 'penkiolikt', 'šešiolikt', 'septyniolikt', 'aštuoniolikt', 'devyniolikt'], ['os', 'osios']),
  ['dvidešimtos', 'dvidešimtosios'], ['trisdešimtos', 'trisdešimtosios'], [['dvidešimt'], ['trisdešimt']],
);
const ROMANIAN_UNITS = [['unu', 'una', 'întâi'], ['doi', 'două'], ['trei'], ['patru'], ['cinci'], ['șase'], ['șapte'], ['opt'], ['nouă']];
const ROMANIAN = ordinals(
  [...ROMANIAN_UNITS, ['zece'], ['unsprezece'], ['doisprezece', 'douăsprezece'],
    ...['trei', 'pai', 'cinci', 'șai', 'șapte', 'opt', 'nouă'].map((u) => [`${u}sprezece`])],
  ['douăzeci'], ['treizeci'], [['douăzeci și'], ['treizeci și']],
);
const TURKISH_UNITS = ['bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const TURKISH = ordinals([...TURKISH_UNITS.map((u) => [u]), ['on'], ...TURKISH_UNITS.slice(0, 9).map((u) => [`on ${u}`, `on${u}`])], ['yirmi'], ['otuz'], [['yirmi'], ['otuz']]);
for (const [w, n] of Object.entries(TURKISH)) TURKISH[w.replace(/^(yirmi|otuz) /, '$1')] = n;

/** "с 1 по 3 мая", "1.–3. mája": how each language's digits read. */
const dotted = (n: number): string => `${n}.`;

export const MORE_DAY_LANGUAGES: DayLanguage[] = [
  {
    days: RUSSIAN,
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    joins: '(?:по|до|и|[-–])',
    digits: String,
    eachWithMonth: true,
  },
  {
    days: UKRAINIAN,
    months: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
    joins: '(?:по|до|і|й|та|[-–])',
    digits: String,
    eachWithMonth: true,
  },
  {
    days: ROMANIAN,
    months: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
    joins: '(?:(?:până\\s+)?la|pana\\s+la|până\\s+în|și|şi|[-–])',
    digits: String,
    // "trei mai vechi", "doi mai mulți": "mai" before a lower-case word is "more", not May.
    monthNot: '(?!\\s+\\p{Ll})',
    tidy: (s) => s.replace(/(?<=\d)\s+la\s+(?=\d)/g, ' până la ').replace(/(?<=\d)\s+până\s+în\s+(?=\d)/g, ' până la '),
    eachWithMonth: true,
  },
  {
    days: TURKISH,
    months: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
    joins: '(?:ile|ve|[-–])',
    digits: String,
    // "bir aralık" is "a gap": December only with its year.
    monthNot: '(?:(?<!aral[ıi]k)|(?=\\s*\\d{4}))',
    eachWithMonth: true,
  },
  {
    days: SLOVAK,
    months: ['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
    joins: '(?:do|až(?:\\s+do)?|a|[-–])',
    digits: dotted,
    eachWithMonth: true,
  },
  {
    days: SLOVENIAN,
    months: ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
    joins: '(?:do|in|[-–])',
    digits: dotted,
    eachWithMonth: true,
  },
  {
    days: SERBIAN_CYRILLIC,
    months: ['јануара', 'фебруара', 'марта', 'априла', 'маја', 'јуна', 'јула', 'августа', 'септембра', 'октобра', 'новембра', 'децембра'],
    joins: '(?:до|и|[-–])',
    digits: dotted,
    eachWithMonth: true,
  },
  {
    days: GREEK,
    months: ['ιανουαρίου', 'φεβρουαρίου', 'μαρτίου', 'απριλίου', 'μαΐου', 'μαίου', 'ιουνίου', 'ιουλίου', 'αυγούστου', 'σεπτεμβρίου', 'οκτωβρίου', 'νοεμβρίου', 'δεκεμβρίου'],
    joins: '(?:(?:έως|εως|ως|μέχρι(?:\\s+και)?|μεχρι(?:\\s+και)?|και)(?:\\s+(?:την|τη|τις))?|[-–])',
    digits: String,
    tidy: (s) => s.replace(/(?<![\p{L}\d])(?:την|τη|τις)\s+(?=\d)/giu, ''),
    eachWithMonth: true,
  },
  {
    days: INDONESIAN,
    months: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
    joins: '(?:(?:sampai|hingga|s\\.\\s?d\\.|s/d)(?:\\s+dengan)?(?:\\s+tanggal)?|dan|[-–])',
    digits: String,
    // "sampai tanggal 3 Mei": the readers take "sampai 3 Mei".
    tidy: (s) => s.replace(/(?<![\p{L}\d])tanggal\s+(?=\d)/giu, ''),
    eachWithMonth: true,
  },
  {
    days: LITHUANIAN,
    months: ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
    joins: '(?:iki|ir|[-–])',
    digits: String,
    eachWithMonth: true,
  },
];
