/**
 * A day counted at a place instead of in a zone: "for Feb 3, Hawaii", "the day as it shows in our
 * dashboard, which is set to New York", "(we're in Sydney)", "as our Berlin office counts the day",
 * "unser Tag in Wien", "según el reloj de nuestras tiendas en Lima", "東京本社の営業日". Such a day is the
 * place's local day, which two UTC days cover; read as the UTC day it would miss hours of it.
 *
 * Only the sentence that dates the request is read, and a place only where its words tie it to the day:
 * - said of the writer or the day ("we're in X", "our day in X", "set to X", "hours in X"), where X is
 *   any name written in capitals;
 * - a site of the customer's at a known place ("our Tokyo office", "stores in Chile", "Singapore servers");
 * - a known place written right after the day ("Feb 3, Hawaii", "Feb 3 East Coast").
 * A city in a signature or an address is no part of the dated sentence, and a known place whose clock is
 * UTC on that day (London in winter) changes nothing. Known places are the cities of the time zone
 * database and the countries the runtime can name, in the languages customers write in. Pure.
 */

import { ianaOffset } from './dayMath';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';

/**
 * A name as places are written: one to three words in capitals ("New York", "Los Angeles"). The patterns
 * read their own words in any case, which reads \p{Lu} in any case too: `capitalised` keeps the words
 * actually written in capitals.
 */
const NAME = "\\p{Lu}[\\p{L}'’.-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}'’.-]*\\p{L}){0,2}";
/** Places said by a name the time zone database and the country names do not hold, with their zone. */
const OTHER_NAMES: Record<string, string> = {
  USA: 'America/New_York', Eastern: 'America/New_York', 'East Coast': 'America/New_York', Ostküste: 'America/New_York', 'Costa Este': 'America/New_York',
  Central: 'America/Chicago', Midwest: 'America/Chicago', Mountain: 'America/Denver', Pacific: 'America/Los_Angeles', 'West Coast': 'America/Los_Angeles',
  'Pacific Coast': 'America/Los_Angeles', Westküste: 'America/Los_Angeles', 'Costa Oeste': 'America/Los_Angeles', Hawaii: 'Pacific/Honolulu', Hawaï: 'Pacific/Honolulu',
  Alaska: 'America/Anchorage', Wien: 'Europe/Vienna', München: 'Europe/Berlin', Köln: 'Europe/Berlin', Genf: 'Europe/Zurich', Moskau: 'Europe/Moscow', Tokio: 'Asia/Tokyo',
  Pekín: 'Asia/Shanghai', Pequim: 'Asia/Shanghai', 'Nueva York': 'America/New_York', 'Nova Iorque': 'America/New_York', Varsovia: 'Europe/Warsaw', Warschau: 'Europe/Warsaw',
  Warszawa: 'Europe/Warsaw', Praga: 'Europe/Prague', Prag: 'Europe/Prague', Mailand: 'Europe/Rome', Milano: 'Europe/Rome', Roma: 'Europe/Rome', Rom: 'Europe/Rome',
  Bruxelles: 'Europe/Brussels', Brüssel: 'Europe/Brussels', Bruselas: 'Europe/Brussels', Londres: 'Europe/London', Lisboa: 'Europe/Lisbon', Lissabon: 'Europe/Lisbon',
  東京: 'Asia/Tokyo', 大阪: 'Asia/Tokyo', 北京: 'Asia/Shanghai', 上海: 'Asia/Shanghai', 深圳: 'Asia/Shanghai', 香港: 'Asia/Hong_Kong', 台北: 'Asia/Taipei', 서울: 'Asia/Seoul',
};
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'tr'];

/** The zones of a country, from the runtime's locale data ("CL": Santiago, Punta Arenas, Easter Island). */
function zonesOfCountry(code: string): string[] {
  // Newer runtimes read them with getTimeZones(), older ones with the timeZones getter.
  const locale: Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] } = new Intl.Locale(`und-${code}`);
  return locale.getTimeZones?.() ?? locale.timeZones ?? [];
}
/** A known place: a city with its zone, or a country by its code (ISO 3166), its zones read when asked. */
type Place = { zones: string[] } | { country: string };
/** Known places, lower-cased. */
function knownPlaces(): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').at(-1)?.replace(/_/g, ' ');
    // Antarctica's stations bear people's names ("Casey", "Davis", "Palmer"), no customer's place.
    if (city && zone.includes('/') && !/^(?:Antarctica|Arctic)\//.test(zone)) places.set(city.toLowerCase(), { zones: [zone] });
  }
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const codes = letters.flatMap((a) => letters.map((b) => `${a}${b}`));
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code)?.toLowerCase();
      if (name && !places.has(name)) places.set(name, { country: code });
    }
  }
  for (const [name, zone] of Object.entries(OTHER_NAMES)) places.set(name.toLowerCase(), { zones: [zone] });
  return places;
}
/**
 * Built on the first sentence that names a place, not when the parser loads: most mail names none.
 * A country's zones are read from the runtime only for a country a message names, once per country
 * (one country's zones serve its name in every language): reading every country's took 0.3 s.
 */
let places: Map<string, Place> | null = null;
const countryZones = new Map<string, string[]>();
const knownPlace = (name: string): Place | undefined => (places ??= knownPlaces()).get(name.toLowerCase());
function zonesOf(place: Place): string[] {
  if ('zones' in place) return place.zones;
  let zones = countryZones.get(place.country);
  if (!zones) countryZones.set(place.country, (zones = zonesOfCountry(place.country)));
  return zones;
}

/** Words tying any capitalised name to the writer or the day's clock: "we're in X", "set to X". */
const WRITER_AT = new RegExp(
  [
    `${L}(?:we[’']re|we\\s+are|i[’']m|i\\s+am|(?:we[’']re\\s+|we\\s+are\\s+)?based|located|wir\\s+sind|wir\\s+sitzen|ich\\s+bin|nous\\s+sommes|je\\s+suis|estamos|estoy|siamo|wij\\s+zijn|we\\s+zitten|vi\\s+är|vi\\s+er|jeste[śs]my)\\s+(?:in|im|en|à|a|em|no|na|i|w)\\s+(${NAME})`,
    `${L}(?:set|configured|eingestellt|réglée?|configurad[oa]|impostat[oa]|ingesteld)\\s+(?:to|on|for|auf|sur|en|a|para|su|op)\\s+(${NAME})`,
  ].join('|'),
  'giu',
);
/** The day or its clock at a known place: "our day in Vienna", "store opening hours in Los Angeles". */
const DAY_AT = new RegExp(
  `${L}(?:day|days|business\\s+day|tag|tage|gesch(?:ä|ae)ftstag|jour|journ[ée]e|d[íi]a|giorno|giornata|dag|dzie[ńn]|hours|clock|time|uhr|zeit|heure|horario|hora|reloj|orario|ora|klok|tijd)\\s+(?:in|im|en|à|a|em|no|na|di|de|i|w|of)\\s+(?:(?:the|our|la|el|le|der|unsere[mn]?|nuestr[oa]s?|nos|notre)\\s+)?(${NAME})`,
  'giu',
);
/** A site of the customer's: an office, a store, a server, a headquarters. */
const SITE =
  "(?:office|offices|office['’]s|hq|headquarters|stores?|store['’]s|shops?|branch(?:es)?|servers?|servers['’]|server['’]s|data\\s?cent(?:er|re)s?|warehouses?|b(?:ü|ue)ro|filialen?|niederlassung(?:en)?|bureaux?|magasins?|boutiques?|oficinas?|tiendas?|sucursal(?:es)?|uffici?o?|negozi?o?|sede|kantoor|winkels?|kontor(?:et)?|butik(?:ker)?|sklep(?:y|ów)?|biuro)";
const SITE_AT_PLACE = new RegExp(`${L}${SITE}\\s+(?:in|im|en|à|a|em|no|na|di|i|w)\\s+(${NAME})`, 'giu');
/** "our Tokyo office", "Singapore servers'": a name in capitals (read case by case) right before a site. */
const CAPITALISED_RUN = new RegExp(`(?<![^\\P{L}]|\\u03B9)${NAME}`, 'gu');
const SITE_NEXT = new RegExp(`^\\s+${SITE}${R}`, 'iu');
/** "東京本社の営業日", "总部的营业日": a site's business day or hours, in the languages written without spaces. */
const CJK_SITE_DAY = /(?:本社|支社|本店|支店|店舗|オフィス|拠点|サーバー?|总部|總部|总公司|门店|門店|办公室|辦公室|본사|지사|매장)(?:の|的|\s*)?(?:営業日|営業時間|時間|日付|营业日|營業日|时间|時間|영업일|시간)/u;
/** A known place right after the day: "Feb 3, Hawaii", "Feb 3 East Coast", "3 de febrero (Lima)". */
const RIGHT_AFTER = new RegExp(`^[ \\t,(–—]*(${NAME})`, 'u');
/** The words before a colon that opens the request: "From our Pago Pago office: please delete …". */
const LEAD_IN = /^[^:]{0,80}:\s/u;
/** Zones named as such, not as places: the dates' own zone words are read elsewhere. */
const ZONE_NAME = /^(?:UTC|GMT|Z|Zulu|CET|CEST|EST|EDT|PST|PDT)$/u;

/**
 * A place the dated sentence counts its day at: its words as written, and the offset from UTC its
 * clocks agree on that day in minutes (the one farthest from UTC where they differ but lie on one
 * side), or null when the place is unknown or its clocks lie on both sides. Null when no place is said,
 * or when the place's day is the UTC day (London in winter). `day`: YYYY-MM-DD.
 */
export function placeOfTheDay(sentence: string, afterDate: string, day: string): { words: string; offset: number | null } | null {
  const found = placeWords(sentence, afterDate);
  if (!found) return null;
  const place = found.place === null ? undefined : knownPlace(found.place);
  const offsets = (place ? zonesOf(place) : []).map((zone) => ianaOffset(zone, day));
  if (offsets.length > 0 && offsets.every((o) => o === 0)) return null;
  const ahead = offsets.length > 0 && offsets.every((o) => o !== null && o > 0);
  const behind = offsets.length > 0 && offsets.every((o) => o !== null && o < 0);
  const farthest = offsets.reduce<number>((a, o) => (Math.abs(o ?? 0) > Math.abs(a) ? (o ?? 0) : a), 0);
  return { words: found.words, offset: ahead || behind ? farthest : null };
}
/** The words that tie the day to a place, and the known place among them (null for a name we do not know). */
function placeWords(dated: string, afterDate: string): { words: string; place: string | null } | null {
  // "dal nostro ufficio di Milano: per favore cancellate …": a lead-in under a colon says who writes.
  const sentence = dated.replace(LEAD_IN, '');
  const cjk = CJK_SITE_DAY.exec(sentence);
  if (cjk) return { words: cjk[0], place: Object.keys(OTHER_NAMES).find((name) => sentence.slice(Math.max(0, cjk.index - 4), cjk.index).endsWith(name)) ?? null };
  for (const m of allMatches(WRITER_AT, sentence)) {
    const name = capitalised(m.slice(1).find((g) => g !== undefined));
    if (name && !ZONE_NAME.test(name)) return { words: m[0].trim(), place: knownWithin(name) };
  }
  for (const m of [...allMatches(DAY_AT, sentence), ...allMatches(SITE_AT_PLACE, sentence)]) {
    const name = capitalised(m.slice(1).find((g) => g !== undefined));
    const place = name === null ? null : knownWithin(name);
    if (place) return { words: m[0].trim(), place };
  }
  for (const m of allMatches(CAPITALISED_RUN, sentence)) {
    const site = SITE_NEXT.exec(sentence.slice(m.index + m[0].length));
    const place = site ? knownWithin(m[0]) : null;
    if (place) return { words: `${m[0]}${site?.[0] ?? ''}`, place };
  }
  const name = capitalised(RIGHT_AFTER.exec(afterDate)?.[1]);
  const place = name ? knownWithin(name) : null;
  return place ? { words: place, place } : null;
}
/** The leading words of a name that are written in capitals; null when its first is not. */
function capitalised(name: string | undefined): string | null {
  const words: string[] = [];
  for (const word of name?.split(/\s+/u) ?? []) {
    if (!/^\p{Lu}/u.test(word)) break;
    words.push(word);
  }
  return words.length > 0 ? words.join(' ') : null;
}
/** The known place a capitalised name is, ends with or starts with: "our Tokyo" is Tokyo, "Android" none. */
function knownWithin(name: string): string | null {
  const words = name.split(/\s+/u);
  const spans = [...words.map((_, i) => words.slice(i)), ...words.map((_, i) => words.slice(0, words.length - i))];
  return spans.map((span) => span.join(' ')).find((span) => knownPlace(span) !== undefined) ?? null;
}
