/**
 * Metamorphic tests of the parser (issue 10, item 2): take a hand-labelled message whose expected result
 * is complete, change it in a way that must not change what the customer asked for (a signature, quoted
 * history, a colleague's forward, an HTML version with hidden text, another encoding, another time zone
 * on the same local day) or in a way that must make the bot ask (range ends swapped, the source gone, an
 * unknown second source, a near-miss or extended slug), and parse the new bytes through the public API.
 *
 * Every transformation is plain data (`{ relation: 'signature', signOff: 3, lines: [...] }`), so
 * fast-check prints, shrinks and replays it; `applyTransform` turns a corpus message plus one
 * transformation into new RFC 5322 bytes (or `null` when it cannot apply to that message, e.g. no range
 * to swap).
 *
 * Corpora: a folder with `*.eml`, `expected.json` and one or more catalogs (`catalog*.yaml` in the
 * folder, else in its parent). An `expected.json` entry may name its catalog (`"catalog": "catalog-a"`);
 * with a single catalog it is used for every entry. Add a corpus with one line in `CORPORA` below.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { readMessage } from '../../src/adapters/mail/readMessage';
import type { Catalog, CatalogWorkspace } from '../../src/domain/catalog';
import { validateCatalog } from '../../src/domain/catalogFile';
import { indexCatalog, type ParserCatalog } from '../../src/domain/parse/index';
import { htmlToText } from '../../src/domain/parse/htmlToText';
import type { DayRange, ParseResult, RequestKind } from '../../src/domain/request';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** The corpora the metamorphic tests run on. A new corpus laid out the same way is one more line. */
/**
 * `knownFailures`: the corpus has complete messages the parser does not read right yet (a blind corpus,
 * scored separately). They are listed by the baseline test and left out of the relations, which test
 * what a change does to a message the parser reads right.
 */
export const CORPORA: { name: string; dir: string; knownFailures?: boolean; part?: 'tune' }[] = [
  { name: 'fixtures', dir: path.join(FIXTURES, 'emails') },
  // Written from the product contract alone (its README); its expected.json says `asks` instead of
  // counting ambiguities, and names catalogs by letter (see normaliseExpected).
  { name: 'blind', dir: path.join(FIXTURES, 'blind'), knownFailures: true },
  // The later blind corpora: only their tuning parts (the held-out thirds are never changed and read).
  ...['blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16'].map((name) => ({ name, dir: path.join(FIXTURES, name), knownFailures: true, part: 'tune' as const })),
];

// ---------------------------------------------------------------------------------------------
// Corpus loading

export interface ExpectedResult {
  kind: RequestKind;
  workspace: string | null;
  sources: string[];
  space: string | null;
  ranges: DayRange[];
  missing: string[];
  /** Number of ambiguities, or one substring per expected ambiguity. */
  ambiguities: number | string[];
  /** Which catalog of the corpus the message is parsed against (basename without extension). */
  catalog?: string;
}

/** A message of a corpus, with what the transformations need to know about it. */
export interface Seed {
  corpus: string;
  file: string;
  raw: Buffer;
  expected: ExpectedResult;
  catalog: Catalog;
  parserCatalog: ParserCatalog;
  subject: string;
  from: { address: string; name: string };
  to: string[];
  /** The Date header as written (offset included), or null when the message has none. */
  dateHeader: string | null;
  date: Date | null;
  /** Minutes east of UTC of the Date header. */
  offset: number;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** The body a person reads, as plain text (LF line ends). */
  text: string;
  html: string | null;
  /** What the sender wrote in this message (above any quoted or forwarded history). */
  request: string;
  /** Quoted history or the forwarded message, from the first marker on ('' when none). */
  history: string;
  /** The message forwards another one: its request is in `history`. */
  forward: boolean;
  /** The subject is read with the body (not a reply). */
  subjectRead: boolean;
}

export function isComplete(e: ExpectedResult): boolean {
  const amb = typeof e.ambiguities === 'number' ? e.ambiguities : e.ambiguities.length;
  return e.missing.length === 0 && amb === 0;
}

function findCatalogs(dir: string): Map<string, string> {
  const pick = (d: string) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((f) => /^catalog.*\.(ya?ml|json)$/i.test(f))
          .map((f) => [f.replace(/\.(ya?ml|json)$/i, ''), path.join(d, f)] as const)
      : [];
  const own = pick(dir);
  return new Map(own.length > 0 ? own : pick(path.dirname(dir)));
}

/** Every message of a corpus folder whose expected result is complete. */
export async function loadCorpus(name: string, dir: string, part?: 'tune'): Promise<Seed[]> {
  const catalogs = findCatalogs(dir);
  if (catalogs.size === 0) throw new Error(`corpus ${name}: no catalog*.yaml in ${dir} or its parent`);
  const loaded = new Map<string, { catalog: Catalog; index: ParserCatalog }>();
  const catalogFor = (which: string | undefined) => {
    const key = which ?? (catalogs.size === 1 ? [...catalogs.keys()][0]! : 'catalog');
    const file = catalogs.get(key);
    if (!file) throw new Error(`corpus ${name}: no catalog "${key}" (have ${[...catalogs.keys()].join(', ')})`);
    if (!loaded.has(key)) {
      const catalog = validateCatalog(parseYaml(readFileSync(file, 'utf8')));
      loaded.set(key, { catalog, index: indexCatalog(catalog) });
    }
    return loaded.get(key)!;
  };
  const expectedAll = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedResult & BlindFields>;
  const seeds: Seed[] = [];
  const listed = part ? new Set((JSON.parse(readFileSync(path.join(dir, 'split.json'), 'utf8')) as Record<string, string[]>)[part]) : null;
  for (const file of Object.keys(expectedAll).sort()) {
    if (listed && !listed.has(file)) continue;
    const expected = normaliseExpected(expectedAll[file]!, catalogs);
    if (!isComplete(expected)) continue;
    const raw = readFileSync(path.join(dir, file));
    const { catalog, index } = catalogFor(expected.catalog);
    seeds.push(await describeSeed(name, file, raw, expected, catalog, index));
  }
  return seeds;
}

/** The blind corpora's way of writing an expectation: `asks` for "some question", catalog "a" for catalog-a.yaml. */
interface BlindFields {
  asks?: boolean;
}

function normaliseExpected(e: ExpectedResult & BlindFields, catalogs: Map<string, string>): ExpectedResult {
  // Later corpora name the file itself ("catalog-t.yaml").
  const named = e.catalog?.replace(/\.ya?ml$/, '');
  const catalog = named !== undefined && !catalogs.has(named) && catalogs.has(`catalog-${named}`) ? `catalog-${named}` : named;
  const ambiguities = e.ambiguities ?? (e.asks && e.missing.length === 0 ? 1 : 0);
  return { kind: e.kind, workspace: e.workspace, sources: e.sources, space: e.space, ranges: e.ranges, missing: e.missing, ambiguities, catalog };
}

async function describeSeed(corpus: string, file: string, raw: Buffer, expected: ExpectedResult, catalog: Catalog, parserCatalog: ParserCatalog): Promise<Seed> {
  const m = await readMessage(raw);
  const dateHeader = rawHeader(raw, 'date');
  // An HTML-only message has no text of its own: the words a person sees (table cells apart, as a client
  // writing a text part would put them), not the run-together text the MIME parser derives.
  const shown = m.html !== null && /^text\/html/i.test(m.contentType) ? htmlToText(m.html) : m.text;
  const text = (shown ?? '').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const { request, history, forward } = splitHistory(text, m.subject);
  const isReply = /^\s*(re|aw|sv|vs|antw|ref|rif|r|odp|vá|ynt|yan[ıi]t|отв|回复|答复|回覆|返信)\s*[:：]/i.test(m.subject) || m.inReplyTo !== null;
  return {
    corpus,
    file,
    raw,
    expected,
    catalog,
    parserCatalog,
    subject: m.subject,
    from: { address: m.from?.address ?? 'someone@example.org', name: m.from?.name ?? '' },
    to: m.to.map((a) => a.address).filter((a) => a !== ''),
    dateHeader,
    date: m.date,
    offset: dateHeader ? offsetOf(dateHeader) : 0,
    messageId: m.messageId,
    inReplyTo: m.inReplyTo,
    references: m.references,
    text,
    html: m.html,
    request,
    history,
    forward,
    subjectRead: !isReply,
  };
}

/** One header's raw value (unfolded), from the bytes: the offset of the Date header is lost once parsed. */
function rawHeader(raw: Buffer, name: string): string | null {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = (end >= 0 ? text.slice(0, end) : text).replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

function offsetOf(dateHeader: string): number {
  const m = /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(dateHeader);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

// ---------------------------------------------------------------------------------------------
// Where the sender's own text ends. Written independently of the parser (it recognises the reply and
// forward formats this file generates, plus `>` lines), so a generator bug and a parser bug cannot hide
// each other.

const FORWARD_LINE = /^\s*(?:-{3,}\s*(?:forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|doorgestuurd bericht|mensagem encaminhada)\s*-*|-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:)\s*$/i;
const SEPARATOR_LINE = /^\s*(?:_{10,}|-{10,}|-{3,}\s*[\p{L}' ]+\s*-{3,})\s*$/u;
const WROTE = /(?:wrote|schrieb|a [ée]crit|escribi[óo]|schreef|escreveu|ha scritto|napisa[łl]\(a\)|napisa[łl]|skrev|kirjoitti|napsal|şunu yazdı|写道|geschreven|のメール)\s*[:：]?\s*$/iu;

/** "Am 11.03.2024 um 10:00 schrieb Ana <ana@…>:", "Op … schreef …:", "Den … skrev …:" */
const WROTE_BEFORE_NAME = /^\s*(?:am|den|op|on|le|el|em|il giorno)\b.{0,200}\b(?:schrieb|skrev|schreef|wrote|heeft)\b.*[:：]\s*$/iu;
/** An attribution that ends with the address: "2024年3月11日(月) 9:02 Ana <ana@…>:", "пн, 11 мар. 2024 г. в 09:02, Ana <ana@…>:" */
const ADDRESS_COLON = /<[^<>\s]+@[^<>\s]+>\)?\s*[:：]\s*$/u;

/** "Jonas created ITSM-7731" over a row of dashes as long as it: a title's underline, not the end of the text. */
function underlinesTitle(rule: string, above: string | undefined): boolean {
  const title = (above ?? '').trim();
  return /^\s*-+\s*$/.test(rule) && title.length >= 4 && Math.abs(rule.trim().length - title.length) <= title.length / 4;
}

export function splitHistory(text: string, subject: string): { request: string; history: string; forward: boolean } {
  const lines = text.split('\n');
  const fromLabels = new Set(Object.values(OUTLOOK).map((o) => o.labels[0].toLowerCase()));
  const nextLabels = new Set(Object.values(OUTLOOK).flatMap((o) => o.labels.slice(1).map((l) => l.toLowerCase())));
  const label = (l: string) => /^\s*\*?([^:：]{1,24}?)\s*\*?\s*[:：]/.exec(l)?.[1]?.trim().toLowerCase();
  let at = -1;
  let forward = false;
  for (let i = 0; i < lines.length && at < 0; i++) {
    const l = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (FORWARD_LINE.test(l)) {
      at = i;
      forward = true;
    } else if (/^\s*>/.test(l) || (SEPARATOR_LINE.test(l) && !underlinesTitle(l, lines[i - 1])) || WROTE.test(l) || WROTE_BEFORE_NAME.test(l) || ADDRESS_COLON.test(l)) {
      at = i;
    } else if (l.trim() !== '' && !/[.!?]\s*$/.test(l) && /^\s*wrote:\s*$/i.test(next)) {
      at = i; // a wrapped "On … <ana@…>\nwrote:"
    } else if (fromLabels.has(label(l) ?? '') && !/[:：]\s*\d/.test(l) && lines.slice(i + 1, i + 4).some((n) => nextLabels.has(label(n) ?? ''))) {
      // "From: 2024-05-20 / To: 2024-05-21" in a form is a range, not a reply header (whose From is a person).
      at = i;
    }
  }
  if (at < 0) return { request: text, history: '', forward: false };
  if (/^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|enc|vs|vb|pd|doorst|i)\s*:/i.test(subject)) forward = true;
  return { request: lines.slice(0, at).join('\n').replace(/\s+$/, ''), history: lines.slice(at).join('\n'), forward };
}

// ---------------------------------------------------------------------------------------------
// Localised dates and reply headers, as the mail clients write them.

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt' | 'pl' | 'sv' | 'da' | 'no' | 'fi' | 'cs' | 'ja' | 'ru' | 'tr' | 'zh';
export const LANGS: Lang[] = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl', 'sv', 'da', 'no', 'fi', 'cs', 'ja', 'ru', 'tr', 'zh'];

const s = (x: string) => x.split(' ');
/** Month names (long, short) and weekday names (long, short; Monday first). */
const NAMES: Record<Lang, { ml: string[]; ms: string[]; wl: string[]; ws: string[] }> = {
  en: { ml: s('January February March April May June July August September October November December'), ms: s('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'), wl: s('Monday Tuesday Wednesday Thursday Friday Saturday Sunday'), ws: s('Mon Tue Wed Thu Fri Sat Sun') },
  de: { ml: s('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'), ms: s('Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'), wl: s('Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'), ws: s('Mo. Di. Mi. Do. Fr. Sa. So.') },
  fr: { ml: s('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'), ms: s('janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'), wl: s('lundi mardi mercredi jeudi vendredi samedi dimanche'), ws: s('lun. mar. mer. jeu. ven. sam. dim.') },
  es: { ml: s('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'), ms: s('ene feb mar abr may jun jul ago sept oct nov dic'), wl: s('lunes martes miércoles jueves viernes sábado domingo'), ws: s('lun mar mié jue vie sáb dom') },
  nl: { ml: s('januari februari maart april mei juni juli augustus september oktober november december'), ms: s('jan feb mrt apr mei jun jul aug sep okt nov dec'), wl: s('maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'), ws: s('ma di wo do vr za zo') },
  it: { ml: s('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'), ms: s('gen feb mar apr mag giu lug ago set ott nov dic'), wl: s('lunedì martedì mercoledì giovedì venerdì sabato domenica'), ws: s('lun mar mer gio ven sab dom') },
  pt: { ml: s('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'), ms: s('jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.'), wl: s('segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'), ws: s('seg. ter. qua. qui. sex. sáb. dom.') },
  pl: { ml: s('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'), ms: s('sty lut mar kwi maj cze lip sie wrz paź lis gru'), wl: s('poniedziałek wtorek środa czwartek piątek sobota niedziela'), ws: s('pon. wt. śr. czw. pt. sob. niedz.') },
  sv: { ml: s('januari februari mars april maj juni juli augusti september oktober november december'), ms: s('jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.'), wl: s('måndag tisdag onsdag torsdag fredag lördag söndag'), ws: s('mån tis ons tors fre lör sön') },
  da: { ml: s('januar februar marts april maj juni juli august september oktober november december'), ms: s('jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.'), wl: s('mandag tirsdag onsdag torsdag fredag lørdag søndag'), ws: s('man. tirs. ons. tors. fre. lør. søn.') },
  no: { ml: s('januar februar mars april mai juni juli august september oktober november desember'), ms: s('jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des.'), wl: s('mandag tirsdag onsdag torsdag fredag lørdag søndag'), ws: s('man. tir. ons. tor. fre. lør. søn.') },
  fi: { ml: s('tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta'), ms: s('tammik. helmik. maalisk. huhtik. toukok. kesäk. heinäk. elok. syysk. lokak. marrask. jouluk.'), wl: s('maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai'), ws: s('ma ti ke to pe la su') },
  cs: { ml: s('ledna února března dubna května června července srpna září října listopadu prosince'), ms: s('led úno bře dub kvě čvn čvc srp zář říj lis pro'), wl: s('pondělí úterý středa čtvrtek pátek sobota neděle'), ws: s('po út st čt pá so ne') },
  ja: { ml: s('1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月'), ms: s('1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月'), wl: s('月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日'), ws: s('月 火 水 木 金 土 日') },
  ru: { ml: s('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'), ms: s('янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.'), wl: s('понедельник вторник среда четверг пятница суббота воскресенье'), ws: s('пн вт ср чт пт сб вс') },
  tr: { ml: s('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'), ms: s('Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara'), wl: s('Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar'), ws: s('Pzt Sal Çar Per Cum Cmt Paz') },
  zh: { ml: s('1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月'), ms: s('1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月'), wl: s('星期一 星期二 星期三 星期四 星期五 星期六 星期日'), ws: s('周一 周二 周三 周四 周五 周六 周日') },
};

/** Wall-clock parts of an instant in a fixed offset (minutes east of UTC). */
interface Local {
  y: number;
  mo: number; // 1-12
  d: number;
  h: number;
  mi: number;
  sec: number;
  wd: number; // 0 = Monday
}
function local(instant: Date, offset: number): Local {
  const t = new Date(instant.getTime() + offset * 60_000);
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes(), sec: t.getUTCSeconds(), wd: (t.getUTCDay() + 6) % 7 };
}
const p2 = (n: number) => String(n).padStart(2, '0');
const h12 = (h: number) => `${h % 12 === 0 ? 12 : h % 12}`;
const ampm = (h: number) => (h < 12 ? 'AM' : 'PM');
function offsetText(offset: number, colon = false): string {
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${p2(Math.floor(a / 60))}${colon ? ':' : ''}${p2(a % 60)}`;
}

/** RFC 5322 date in the given offset: `Tue, 12 Mar 2024 10:15:00 +0900`. */
export function rfc5322Date(instant: Date, offset: number): string {
  const t = local(instant, offset);
  return `${NAMES.en.ws[t.wd]}, ${t.d} ${NAMES.en.ms[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}:${p2(t.sec)} ${offsetText(offset)}`;
}

/** Gmail's attribution line, per interface language. */
function gmailAttribution(lang: Lang, t: Local, who: string): string {
  const n = NAMES[lang];
  const [ml, ms, ws] = [n.ml[t.mo - 1], n.ms[t.mo - 1], n.ws[t.wd]];
  const hm = `${p2(t.h)}:${p2(t.mi)}`;
  switch (lang) {
    case 'en': return `On ${ws}, ${ms} ${t.d}, ${t.y} at ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h)} ${who} wrote:`;
    case 'de': return `Am ${ws}, ${t.d}. ${ml} ${t.y} um ${hm} Uhr schrieb ${who}:`;
    case 'fr': return `Le ${ws} ${t.d} ${ms} ${t.y} à ${hm}, ${who} a écrit :`;
    case 'es': return `El ${ws}, ${t.d} ${ms} ${t.y} a las ${t.h}:${p2(t.mi)}, ${who.replace(/<(.*)>/, '(<$1>)')} escribió:`;
    case 'nl': return `Op ${ws} ${t.d} ${ms} ${t.y} om ${hm} schreef ${who}:`;
    case 'it': return `Il giorno ${ws} ${t.d} ${ms} ${t.y} alle ore ${hm} ${who} ha scritto:`;
    case 'pt': return `Em ${ws}, ${t.d} de ${ms} de ${t.y} às ${hm}, ${who} escreveu:`;
    case 'pl': return `${ws}, ${t.d} ${ms} ${t.y} o ${hm} ${who} napisał(a):`;
    case 'sv': return `Den ${ws} ${t.d} ${ms} ${t.y} kl ${hm} skrev ${who}:`;
    case 'da': return `Den ${ws} ${t.d}. ${ms} ${t.y} kl. ${p2(t.h)}.${p2(t.mi)} skrev ${who}:`;
    case 'no': return `${ws} ${t.d}. ${ms} ${t.y} kl. ${hm} skrev ${who}:`;
    case 'fi': return `${ws} ${t.d}.${t.mo}.${t.y} klo ${t.h}.${p2(t.mi)} ${who} kirjoitti:`;
    case 'cs': return `${ws} ${t.d}. ${t.mo}. ${t.y} v ${t.h}:${p2(t.mi)} odesílatel ${who} napsal:`;
    case 'ja': return `${t.y}年${t.mo}月${t.d}日(${ws}) ${t.h}:${p2(t.mi)} ${who}:`;
    case 'ru': return `${ws}, ${t.d} ${ms} ${t.y} г. в ${hm}, ${who}:`;
    case 'tr': return `${who}, ${t.d} ${ms} ${t.y} ${ws}, ${hm} tarihinde şunu yazdı:`;
    case 'zh': return `${who} 于${t.y}年${t.mo}月${t.d}日${ws} ${hm}写道：`;
  }
}

/** Outlook's header block labels (From, Sent, To, Subject), its "Original Message" line and its Sent date. */
export const OUTLOOK: Record<Lang, { labels: [string, string, string, string]; original: string; colon: string; sent: (t: Local) => string }> = {
  en: { labels: ['From', 'Sent', 'To', 'Subject'], original: 'Original Message', colon: ':', sent: (t) => `${NAMES.en.wl[t.wd]}, ${NAMES.en.ml[t.mo - 1]} ${t.d}, ${t.y} ${h12(t.h)}:${p2(t.mi)} ${ampm(t.h)}` },
  de: { labels: ['Von', 'Gesendet', 'An', 'Betreff'], original: 'Ursprüngliche Nachricht', colon: ':', sent: (t) => `${NAMES.de.wl[t.wd]}, ${t.d}. ${NAMES.de.ml[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  fr: { labels: ['De', 'Envoyé', 'À', 'Objet'], original: "Message d'origine", colon: ' :', sent: (t) => `${NAMES.fr.wl[t.wd]} ${t.d} ${NAMES.fr.ml[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  es: { labels: ['De', 'Enviado el', 'Para', 'Asunto'], original: 'Mensaje original', colon: ':', sent: (t) => `${NAMES.es.wl[t.wd]}, ${t.d} de ${NAMES.es.ml[t.mo - 1]} de ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  nl: { labels: ['Van', 'Verzonden', 'Aan', 'Onderwerp'], original: 'Oorspronkelijk bericht', colon: ':', sent: (t) => `${NAMES.nl.wl[t.wd]} ${t.d} ${NAMES.nl.ml[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  it: { labels: ['Da', 'Inviato', 'A', 'Oggetto'], original: 'Messaggio originale', colon: ':', sent: (t) => `${NAMES.it.wl[t.wd]} ${t.d} ${NAMES.it.ml[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  pt: { labels: ['De', 'Enviado', 'Para', 'Assunto'], original: 'Mensagem original', colon: ':', sent: (t) => `${NAMES.pt.wl[t.wd]}, ${t.d} de ${NAMES.pt.ml[t.mo - 1]} de ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  pl: { labels: ['Od', 'Wysłane', 'Do', 'Temat'], original: 'Oryginalna wiadomość', colon: ':', sent: (t) => `${NAMES.pl.wl[t.wd]}, ${t.d} ${NAMES.pl.ml[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  sv: { labels: ['Från', 'Skickat', 'Till', 'Ämne'], original: 'Ursprungligt meddelande', colon: ':', sent: (t) => `den ${t.d} ${NAMES.sv.ml[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  da: { labels: ['Fra', 'Sendt', 'Til', 'Emne'], original: 'Oprindelig meddelelse', colon: ':', sent: (t) => `${NAMES.da.wl[t.wd]} den ${t.d}. ${NAMES.da.ml[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  no: { labels: ['Fra', 'Sendt', 'Til', 'Emne'], original: 'Opprinnelig melding', colon: ':', sent: (t) => `${NAMES.no.wl[t.wd]} ${t.d}. ${NAMES.no.ml[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}` },
  fi: { labels: ['Lähettäjä', 'Lähetetty', 'Vastaanottaja', 'Aihe'], original: 'Alkuperäinen viesti', colon: ':', sent: (t) => `${NAMES.fi.wl[t.wd]} ${t.d}. ${NAMES.fi.ml[t.mo - 1]} ${t.y} ${p2(t.h)}.${p2(t.mi)}` },
  cs: { labels: ['Od', 'Odesláno', 'Komu', 'Předmět'], original: 'Původní zpráva', colon: ':', sent: (t) => `${NAMES.cs.wl[t.wd]} ${t.d}. ${NAMES.cs.ml[t.mo - 1]} ${t.y} ${t.h}:${p2(t.mi)}` },
  ja: { labels: ['差出人', '送信日時', '宛先', '件名'], original: '元のメッセージ', colon: ':', sent: (t) => `${t.y}年${t.mo}月${t.d}日 ${t.h}:${p2(t.mi)}` },
  ru: { labels: ['От', 'Отправлено', 'Кому', 'Тема'], original: 'Исходное сообщение', colon: ':', sent: (t) => `${t.d} ${NAMES.ru.ml[t.mo - 1]} ${t.y} г. ${p2(t.h)}:${p2(t.mi)}` },
  tr: { labels: ['Kimden', 'Gönderildi', 'Kime', 'Konu'], original: 'Özgün İleti', colon: ':', sent: (t) => `${t.d} ${NAMES.tr.ml[t.mo - 1]} ${t.y} ${NAMES.tr.wl[t.wd]} ${p2(t.h)}:${p2(t.mi)}` },
  zh: { labels: ['发件人', '发送时间', '收件人', '主题'], original: '原始邮件', colon: ':', sent: (t) => `${t.y}年${t.mo}月${t.d}日 ${p2(t.h)}:${p2(t.mi)}` },
};

/** Apple Mail's attribution (macOS and iOS), in the languages it is commonly set to. */
const APPLE: Partial<Record<Lang, (t: Local, who: string) => string>> = {
  en: (t, who) => `On ${t.d} ${NAMES.en.ms[t.mo - 1]} ${t.y}, at ${p2(t.h)}:${p2(t.mi)}, ${who} wrote:`,
  de: (t, who) => `Am ${p2(t.d)}.${p2(t.mo)}.${t.y} um ${p2(t.h)}:${p2(t.mi)} schrieb ${who}:`,
  fr: (t, who) => `Le ${t.d} ${NAMES.fr.ms[t.mo - 1]} ${t.y} à ${p2(t.h)}:${p2(t.mi)}, ${who} a écrit :`,
  es: (t, who) => `El ${t.d} ${NAMES.es.ms[t.mo - 1]} ${t.y}, a las ${t.h}:${p2(t.mi)}, ${who} escribió:`,
  nl: (t, who) => `Op ${t.d} ${NAMES.nl.ms[t.mo - 1]} ${t.y} om ${p2(t.h)}:${p2(t.mi)} heeft ${who} het volgende geschreven:`,
  it: (t, who) => `Il giorno ${t.d} ${NAMES.it.ms[t.mo - 1]} ${t.y}, alle ore ${p2(t.h)}:${p2(t.mi)}, ${who} ha scritto:`,
  sv: (t, who) => `${t.d} ${NAMES.sv.ms[t.mo - 1]} ${t.y} kl. ${p2(t.h)}:${p2(t.mi)} skrev ${who}:`,
  ja: (t, who) => `${t.y}/${p2(t.mo)}/${p2(t.d)} ${t.h}:${p2(t.mi)}、${who}のメール:`,
};

/** Thunderbird's attribution. */
const THUNDERBIRD: Partial<Record<Lang, (t: Local, who: string) => string>> = {
  en: (t, who) => `On ${p2(t.d)}/${p2(t.mo)}/${t.y} ${p2(t.h)}:${p2(t.mi)}, ${who} wrote:`,
  de: (t, who) => `Am ${p2(t.d)}.${p2(t.mo)}.${String(t.y).slice(2)} um ${p2(t.h)}:${p2(t.mi)} schrieb ${who}:`,
  fr: (t, who) => `Le ${p2(t.d)}/${p2(t.mo)}/${t.y} à ${p2(t.h)}:${p2(t.mi)}, ${who} a écrit :`,
};

// ---------------------------------------------------------------------------------------------
// Content with other dates and other catalog names (quoted history, hidden HTML)

export interface OtherDate {
  y: number;
  mo: number;
  d: number;
  /** How it is written. */
  style: number;
}
const otherDateArb: fc.Arbitrary<OtherDate> = fc.record({ y: fc.integer({ min: 2022, max: 2024 }), mo: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), style: fc.nat(5) });

function writeDate(x: OtherDate): string {
  const ml = NAMES.en.ml[x.mo - 1];
  switch (x.style % 6) {
    case 0: return `${x.y}-${p2(x.mo)}-${p2(x.d)}`;
    case 1: return `${ml} ${x.d}, ${x.y}`;
    case 2: return `${x.d} ${NAMES.en.ms[x.mo - 1]} ${x.y}`;
    case 3: return `${x.d}. ${NAMES.de.ml[x.mo - 1]} ${x.y}`;
    case 4: return `${ml} ${x.d}-${Math.min(x.d + 2, 28)}, ${x.y}`;
    default: return `${x.d} ${NAMES.fr.ml[x.mo - 1]} ${x.y}`;
  }
}

/** Moves a date off the expected ranges (a quoted date equal to the asked one would prove nothing). */
function awayFrom(x: OtherDate, ranges: DayRange[]): OtherDate {
  const iso = (o: OtherDate, dd = o.d) => `${o.y}-${p2(o.mo)}-${p2(dd)}`;
  const hits = (o: OtherDate) => ranges.some((r) => iso(o) <= r.to && iso(o, Math.min(o.d + 2, 28)) >= r.from);
  return hits(x) ? { ...x, y: x.y - 3 } : x;
}

export interface OtherContent {
  template: number;
  ws: number;
  src: number;
  d1: OtherDate;
  d2: OtherDate;
  ticket: number;
}
const otherContentArb: fc.Arbitrary<OtherContent> = fc.record({ template: fc.nat(9), ws: fc.nat(), src: fc.nat(), d1: otherDateArb, d2: otherDateArb, ticket: fc.integer({ min: 1, max: 999 }) });

const OTHER_TEMPLATES: ((c: { ws: string; src: string; d1: string; d2: string; n: number }) => string)[] = [
  (c) => `Which days should be deleted from source ${c.src} in ${c.ws}? Please answer in this form: From ${c.d1} to ${c.d2}.`,
  (c) => `Please delete ${c.src} data for ${c.ws} on ${c.d1}.\nThanks`,
  (c) => `Your deletion of ${c.src} in ${c.ws} for ${c.d1} is complete.`,
  (c) => `We received your request DEL-${c.n} to delete ${c.src} in ${c.ws} from ${c.d1} to ${c.d2}.`,
  (c) => `Can you also purge workspace ${c.ws} and all its data? We closed it on ${c.d1}.`,
  (c) => `Hi,\nthe ${c.src} numbers for ${c.d1} look wrong again, can we delete ${c.d1} to ${c.d2} for ${c.ws}?\nBest`,
  (c) => `Bitte löschen Sie die Quelle ${c.src} im Workspace ${c.ws} für den ${c.d1}.`,
  (c) => `Merci de supprimer les données de la source ${c.src} du workspace ${c.ws} pour le ${c.d1}.`,
  (c) => `Reminder: workspace ${c.ws} (source ${c.src}) is scheduled for deletion on ${c.d1}. Reply "cancel" to stop it.`,
  (c) => `Status: DEL-${c.n} for ${c.ws}/${c.src} (${c.d1} – ${c.d2}) is awaiting approval.`,
];

/** Text naming other catalog slugs and other days than the message's own request. */
function otherText(seed: Seed, c: OtherContent): string {
  const wss = seed.catalog.workspaces.filter((w) => w.slug !== seed.expected.workspace);
  const ws = wss.length > 0 ? wss[c.ws % wss.length]!.slug : 'some-other-workspace';
  const srcs = seed.catalog.workspaces.flatMap((w) => w.sources.map((x) => x.slug)).filter((x) => !seed.expected.sources.includes(x));
  const src = srcs.length > 0 ? srcs[c.src % srcs.length]! : 'some-other-source';
  return OTHER_TEMPLATES[c.template % OTHER_TEMPLATES.length]!({ ws, src, d1: writeDate(awayFrom(c.d1, seed.expected.ranges)), d2: writeDate(awayFrom(c.d2, seed.expected.ranges)), n: c.ticket });
}

// ---------------------------------------------------------------------------------------------
// The transformations, as data

/** Message format: how a client writes the same text. */
export interface Format {
  transfer: 'quoted-printable' | 'base64' | '8bit';
  charset: 'utf-8' | 'iso-8859-1' | 'windows-1252';
  eol: 'crlf' | 'lf';
  headerEncoding: 'B' | 'Q';
  structure: 'plain' | 'alternative' | 'html';
  /** Text part as `format=flowed` (Apple Mail, Thunderbird): long lines wrapped with a trailing space. */
  flowed: boolean;
}
export const formatArb: fc.Arbitrary<Format> = fc.record({
  transfer: fc.constantFrom('quoted-printable' as const, 'base64' as const, '8bit' as const),
  charset: fc.constantFrom('utf-8' as const, 'iso-8859-1' as const, 'windows-1252' as const),
  eol: fc.constantFrom('crlf' as const, 'lf' as const),
  headerEncoding: fc.constantFrom('B' as const, 'Q' as const),
  structure: fc.constantFrom('plain' as const, 'alternative' as const, 'html' as const),
  flowed: fc.boolean(),
});
/** What most clients send: UTF-8 text, quoted-printable, CRLF. */
const PLAIN: Format = { transfer: 'quoted-printable', charset: 'utf-8', eol: 'crlf', headerEncoding: 'B', structure: 'plain', flowed: false };

export const SIGN_OFFS = [
  'All the best,', 'Cheers', 'Cheers,', 'Best regards,', 'Best,', 'Kind regards,', 'Regards', 'Many thanks,', 'Thanks!', 'Sincerely,', 'Talk soon,', 'Warmly,',
  'Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße,', 'Cordialement,', 'Bien à vous,', 'Saludos,', 'Un saludo,', 'Atentamente,', 'Met vriendelijke groet,',
  'Cordiali saluti,', 'Atenciosamente,', 'Pozdrawiam,', 'Med vänliga hälsningar,', 'Venlig hilsen', 'Med vennlig hilsen', 'Ystävällisin terveisin', 'S pozdravem', 'よろしくお願いいたします。',
];
export const SIGNATURE_LINES = [
  'Head of Data', 'Head of Data — on leave March 5–8', 'Data Engineer | Acme Platform Team', 'VP Engineering', 'Senior Data Analyst (out of office 24 Dec – 2 Jan)',
  'On leave March 5–8, back on March 11', 'Office hours: Mon–Fri 9:00–17:00 CET', 'Office hours 9-5 PT, Mon-Fri', 'Working hours: Tue–Thu only',
  'Tel. +49 30 1234567', '+1 (415) 555-0100', 'Mobile: +44 7700 900123', 'M +33 6 12 34 56 78', 'Fax +1 212 555 0199 ext. 2024', 'Phone: 03 9876 5432', '+81 3-1234-5678', 'Tel.: 0221 / 12 34 56-78',
  '1 Main St, Springfield, OR 97477', 'Friedrichstraße 123, 10117 Berlin', '12 rue de la Paix, 75002 Paris', 'Calle Mayor 5, 28013 Madrid',
  'Customer since 2019 | Renewal 2024-12-31', 'Next public holiday: 1 May 2024', 'Our offices are closed from December 24, 2023 to January 2, 2024.', 'Book a meeting: https://cal.example/ana-2024',
  'This email and any attachments are confidential and intended solely for the addressee. If you received it in error (e.g. on 2023-12-01), please delete it and notify the sender.',
  'CONFIDENTIALITY NOTICE: The information in this message, sent 12/03/2024, is privileged. Registered in England No. 01234567, VAT GB 123 4567 89.',
  'Diese E-Mail enthält vertrauliche Informationen. Amtsgericht Berlin HRB 12345, Geschäftsführer seit 01.04.2019.',
  'Please consider the environment before printing this email.',
  'Sent from my iPhone', 'Sent from Outlook for Android', 'Get Outlook for iOS', 'Von meinem iPhone gesendet', 'Envoyé de mon iPhone', 'Enviado desde mi iPhone',
];

export type Transform =
  | { relation: 'signature'; delimiter: '' | '-- ' | '--' | '—' | '__________'; signOff: number; lines: number[] }
  | { relation: 'quote'; client: 'gmail' | 'outlook' | 'apple' | 'thunderbird'; lang: Lang; separator: 'none' | 'underscores' | 'original'; wrapped: boolean; attributionQuoted: boolean; daysBefore: number; content: OtherContent }
  | { relation: 'forward'; client: 'gmail' | 'outlook' | 'apple' | 'thunderbird'; note: number; delayMinutes: number; forwarderOffset: number }
  | { relation: 'html'; structure: 'alternative' | 'html'; decoys: { hide: 'display' | 'visibility' | 'fontsize' | 'mso' | 'comment'; at: number; content: OtherContent }[] }
  | { relation: 'format'; format: Format }
  | { relation: 'dateOffset'; offset: number; minuteOfDay: number }
  | { relation: 'swapRange'; which: number }
  | { relation: 'removeSource' }
  | { relation: 'unknownSource'; name: string; joiner: string; which: number }
  | { relation: 'nearMiss'; target: 'workspace' | 'source'; which: number; edit: 'substitute' | 'delete' | 'insert' | 'transpose'; pos: number; letter: string }
  | { relation: 'extraWord'; target: 'workspace' | 'source'; which: number; extra: number };

export type Relation = Transform['relation'];

const clientArb = fc.constantFrom('gmail' as const, 'outlook' as const, 'apple' as const, 'thunderbird' as const);
/** Offsets in use somewhere, in minutes east of UTC. */
const OFFSETS = [-720, -600, -480, -420, -360, -300, -240, -180, -60, 0, 60, 120, 180, 210, 240, 330, 345, 480, 540, 570, 600, 720, 765, 840];
export const UNKNOWN_SOURCES = ['tvOS', 'watchOS', 'Roku', 'Apple TV app', 'Windows app', 'smart-tv', 'Alexa skill', 'Fire TV', 'desktop-app', 'macOS'];
export const SLUG_EXTRAS = ['-staging', '-dev', '-eu', '.eu', '-2', '-old', '-beta', '-test', '2', '-v2'];
export const NAME_EXTRAS = [' 2', ' Beta', ' Staging', ' EU', ' Classic', ' Lite', ' v2', ' Test'];
export const FORWARD_NOTES = ['Please handle.', 'please handle', 'Hi team, please handle the request below. Thanks!', 'FYI, please handle this one.', 'Could you please handle this? Thanks', 'Please handle — forwarded from our data team.'];

export const transformArbs: Record<Relation, fc.Arbitrary<Transform>> = {
  signature: fc.record({
    relation: fc.constant('signature' as const),
    delimiter: fc.constantFrom('' as const, '-- ' as const, '--' as const, '—' as const, '__________' as const),
    signOff: fc.nat(SIGN_OFFS.length - 1),
    lines: fc.array(fc.nat(SIGNATURE_LINES.length - 1), { minLength: 1, maxLength: 6 }),
  }),
  quote: fc.record({
    relation: fc.constant('quote' as const),
    client: clientArb,
    lang: fc.constantFrom(...LANGS),
    separator: fc.constantFrom('none' as const, 'underscores' as const, 'original' as const),
    wrapped: fc.boolean(),
    attributionQuoted: fc.boolean(),
    daysBefore: fc.integer({ min: 1, max: 40 }),
    content: otherContentArb,
  }),
  forward: fc.record({
    relation: fc.constant('forward' as const),
    client: clientArb,
    note: fc.nat(FORWARD_NOTES.length - 1),
    delayMinutes: fc.integer({ min: 5, max: 4 * 24 * 60 }),
    forwarderOffset: fc.constantFrom(...OFFSETS),
  }),
  html: fc.record({
    relation: fc.constant('html' as const),
    structure: fc.constantFrom('alternative' as const, 'html' as const),
    decoys: fc.array(
      fc.record({ hide: fc.constantFrom('display' as const, 'visibility' as const, 'fontsize' as const, 'mso' as const, 'comment' as const), at: fc.nat(100), content: otherContentArb }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  format: fc.record({ relation: fc.constant('format' as const), format: formatArb }),
  dateOffset: fc.record({ relation: fc.constant('dateOffset' as const), offset: fc.constantFrom(...OFFSETS), minuteOfDay: fc.integer({ min: 0, max: 24 * 60 - 1 }) }),
  swapRange: fc.record({ relation: fc.constant('swapRange' as const), which: fc.nat(7) }),
  removeSource: fc.constant({ relation: 'removeSource' as const }),
  unknownSource: fc.record({ relation: fc.constant('unknownSource' as const), name: fc.constantFrom(...UNKNOWN_SOURCES), joiner: fc.constantFrom(' and ', ', ', ' & ', ' + ', ' / '), which: fc.nat(7) }),
  nearMiss: fc.record({
    relation: fc.constant('nearMiss' as const),
    target: fc.constantFrom('workspace' as const, 'source' as const),
    which: fc.nat(7),
    edit: fc.constantFrom('substitute' as const, 'delete' as const, 'insert' as const, 'transpose' as const),
    pos: fc.nat(40),
    letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')),
  }),
  extraWord: fc.record({ relation: fc.constant('extraWord' as const), target: fc.constantFrom('workspace' as const, 'source' as const), which: fc.nat(7), extra: fc.nat(SLUG_EXTRAS.length + NAME_EXTRAS.length - 1) }),
};

/** Relations under which the parse result must stay exactly the expected one. */
export const INVARIANT: Relation[] = ['signature', 'quote', 'forward', 'html', 'format', 'dateOffset'];
/** Relations after which the result must not be complete (something missing or a question). */
export const MUST_ASK: Relation[] = ['swapRange', 'removeSource', 'unknownSource', 'nearMiss', 'extraWord'];

const DELETION: RequestKind[] = ['source_data', 'unify_space', 'workspace_purge', 'archive_purge'];

// ---------------------------------------------------------------------------------------------
// Applying a transformation

export interface Built {
  bytes: Buffer;
  /** The new text portion the change touched, for failure messages. */
  shown: string;
}

/** New message bytes, or null when the transformation does not apply to this message. */
export function applyTransform(seed: Seed, t: Transform): Built | null {
  switch (t.relation) {
    case 'signature': {
      // Clients put the signature under the new text, above quoted history.
      const name = seed.from.name || 'Ana Lopez';
      const lines = [...new Set(t.lines)].map((i) => SIGNATURE_LINES[i]!);
      const sig = [t.delimiter, SIGN_OFFS[t.signOff]!, name, ...lines].filter((l) => l !== '').join('\n');
      const text = joinBlocks(seed.request, sig, seed.history);
      return built(seed, { text }, PLAIN, sig);
    }
    case 'quote': {
      if (seed.forward) return null; // the request is inside the forwarded part: quoting under it is another shape
      const quoted = quoteBlock(seed, t);
      return built(seed, { text: joinBlocks(seed.request, quoted) }, PLAIN, quoted);
    }
    case 'forward':
      return forwardOf(seed, t);
    case 'html': {
      const text = seed.text;
      const html = textToHtml(text, t.decoys.map((d) => ({ at: d.at / 100, html: hiddenDecoy(d.hide, otherText(seed, d.content)) })));
      return built(seed, { text, html }, { ...PLAIN, structure: t.structure }, html);
    }
    case 'format': {
      // The same text and HTML, written by another client. An HTML original keeps its HTML.
      const html = seed.html ?? (t.format.structure === 'plain' ? null : textToHtml(seed.text, []));
      const structure: Format['structure'] = seed.html && t.format.structure === 'plain' ? (seed.text.trim() ? 'alternative' : 'html') : t.format.structure;
      return built(seed, { text: seed.text, html: structure === 'plain' ? null : html }, { ...t.format, structure }, JSON.stringify(t.format));
    }
    case 'dateOffset': {
      if (!seed.date || !seed.dateHeader) return null;
      const day = local(seed.date, seed.offset);
      // The same local calendar day in another offset: local midnight of that day, plus the minutes.
      const instant = new Date(Date.UTC(day.y, day.mo - 1, day.d) + (t.minuteOfDay - t.offset) * 60_000);
      const header = rfc5322Date(instant, t.offset);
      return { bytes: replaceHeader(seed.raw, 'Date', header), shown: `Date: ${header} (was ${seed.dateHeader})` };
    }
    default:
      return mustAsk(seed, t);
  }
}

function joinBlocks(...blocks: string[]): string {
  return blocks.filter((b) => b.trim() !== '').join('\n\n') + '\n';
}

function quoteBlock(seed: Seed, t: Extract<Transform, { relation: 'quote' }>): string {
  const base = seed.date ?? new Date(Date.UTC(2024, 2, 12, 10, 15));
  const when = local(new Date(base.getTime() - t.daysBefore * 86_400_000 - 37 * 60_000), seed.offset);
  const other = otherText(seed, t.content);
  const quoter = { name: 'Deletion Desk', address: 'deletions@example.com' };
  const who = `${quoter.name} <${quoter.address}>`;
  const gt = (body: string) => body.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
  switch (t.client) {
    case 'gmail': {
      let attribution = gmailAttribution(t.lang, when, who);
      // Gmail's text part wraps long attribution lines; the last word moves to the next line.
      if (t.wrapped && attribution.length > 76) attribution = attribution.replace(/\s(\S+)$/, '\n$1');
      return `${attribution}\n\n${gt(other)}`;
    }
    case 'outlook': {
      const o = OUTLOOK[t.lang];
      const sep = t.separator === 'underscores' ? '________________________________\n' : t.separator === 'original' ? `-----${o.original}-----\n` : '';
      const [from, sent, to, subject] = o.labels;
      const subj = `RE: ${seed.subject.replace(/^\s*(?:(?:re|aw|sv|vs|antw|rif|r)\s*:\s*)+/i, '') || 'deletion'}`;
      return `${sep}${from}${o.colon} ${who}\n${sent}${o.colon} ${o.sent(when)}\n${to}${o.colon} ${seed.from.name || seed.from.address} <${seed.from.address}>\n${subject}${o.colon} ${subj}\n\n${other}`;
    }
    case 'apple': {
      const fmt = APPLE[t.lang] ?? APPLE.en!;
      const attribution = fmt(when, who);
      // iOS Mail puts the attribution inside the quote; macOS Mail above it.
      return t.attributionQuoted ? gt(`${attribution}\n\n${other}`) : `${attribution}\n\n${gt(other)}`;
    }
    case 'thunderbird': {
      const fmt = THUNDERBIRD[t.lang] ?? THUNDERBIRD.en!;
      return `${fmt(when, who)}\n${gt(other)}`;
    }
  }
}

function forwardOf(seed: Seed, t: Extract<Transform, { relation: 'forward' }>): Built | null {
  if (seed.forward) return null; // a forward of a forward is another shape
  const ws = seed.catalog.workspaces.find((w) => w.slug === seed.expected.workspace);
  const original = seed.from.address.toLowerCase();
  // A contact of the workspace forwards; another contact than the original sender when there is one.
  const forwarder = ws?.contacts.find((c) => c !== original) ?? ws?.contacts[0] ?? original;
  const sent = seed.date ?? new Date(Date.UTC(2024, 2, 12, 10, 15));
  const outer = new Date(sent.getTime() + t.delayMinutes * 60_000);
  const lt = local(sent, seed.offset);
  const origFrom = `${seed.from.name ? `${seed.from.name} ` : ''}<${seed.from.address}>`;
  const to = seed.to[0] ?? 'support@example.com';
  const subject = seed.subject;
  const dateLine = (label: string, value: string) => (seed.date ? [`${label}: ${value}`] : []);
  let header: string[];
  let prefix: string;
  switch (t.client) {
    case 'gmail':
      prefix = 'Fwd: ';
      header = ['---------- Forwarded message ---------', `From: ${origFrom}`, ...dateLine('Date', `${NAMES.en.ws[lt.wd]}, ${NAMES.en.ms[lt.mo - 1]} ${lt.d}, ${lt.y} at ${h12(lt.h)}:${p2(lt.mi)} ${ampm(lt.h)}`), `Subject: ${subject}`, `To: <${to}>`];
      break;
    case 'outlook':
      prefix = 'FW: ';
      header = ['________________________________', `From: ${origFrom}`, ...dateLine('Sent', OUTLOOK.en.sent(lt)), `To: ${to}`, `Subject: ${subject}`];
      break;
    case 'apple':
      prefix = 'Fwd: ';
      header = ['Begin forwarded message:', '', `From: ${origFrom}`, `Subject: ${subject}`, ...dateLine('Date', `${NAMES.en.ml[lt.mo - 1]} ${lt.d}, ${lt.y} at ${h12(lt.h)}:${p2(lt.mi)}:${p2(lt.sec)} ${ampm(lt.h)} GMT${seed.offset === 0 ? '' : offsetText(seed.offset, true)}`), `To: ${to}`];
      break;
    case 'thunderbird':
      prefix = 'Fwd: ';
      header = ['-------- Forwarded Message --------', `Subject: ${subject}`, ...dateLine('Date', seed.dateHeader ?? rfc5322Date(sent, seed.offset)), `From: ${origFrom}`, `To: ${to}`];
      break;
  }
  const note = FORWARD_NOTES[t.note]!;
  const text = `${note}\n\n${header.join('\n')}\n\n${seed.text.replace(/\s+$/, '')}\n`;
  return built(
    seed,
    { text, subject: `${prefix}${subject}`, from: { address: forwarder, name: '' }, date: rfc5322Date(outer, t.forwarderOffset), inReplyTo: null, references: [] },
    PLAIN,
    text,
  );
}

// ---------------------------------------------------------------------------------------------
// Changes that must make the bot ask

interface Mention {
  /** The entity: a workspace slug or a source slug. */
  entity: string;
  kind: 'workspace' | 'source';
  /** Exactly as written (for near misses: a slug or id token). */
  text: string;
  /** Written as a slug or an id (not a display name). */
  slugForm: boolean;
}

function escapeRe(x: string): string {
  return x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Whole-word occurrences (letters, digits, `-` and `_` do not continue the word). */
function wordRe(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRe(term).replace(/[-_ ]/g, '[-_ ]')}(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`, 'giu');
}

/** The ways the new text (subject included when it is read) names the expected workspace and sources. */
function mentions(seed: Seed, text: string): Mention[] {
  const ws = seed.catalog.workspaces.find((w) => w.slug === seed.expected.workspace);
  const out: Mention[] = [];
  const add = (entity: string, kind: Mention['kind'], forms: { term: string; slugForm: boolean }[]) => {
    for (const f of forms.sort((a, b) => b.term.length - a.term.length)) {
      for (const m of text.matchAll(wordRe(f.term))) {
        // Written as a slug or id ("ios-app", "ios_app", "android", "ws_8f2k1"), not as a display name ("iOS App").
        const slugForm = f.slugForm && !/\s/.test(m[0]);
        if (!out.some((o) => o.text === m[0] && o.entity === entity)) out.push({ entity, kind, text: m[0], slugForm });
      }
    }
  };
  if (ws) add(ws.slug, 'workspace', [{ term: ws.slug, slugForm: true }, { term: ws.id, slugForm: true }, { term: ws.name, slugForm: false }]);
  for (const slug of seed.expected.sources) {
    const src = ws?.sources.find((x) => x.slug === slug);
    if (!src) continue;
    const first = src.name.split(' ')[0]!;
    const forms = [{ term: src.slug, slugForm: true }, { term: src.id, slugForm: true }, { term: src.name, slugForm: false }];
    if (src.name.includes(' ') && first.length >= 3 && !/^(data|the|legacy|default)$/i.test(first)) forms.push({ term: first, slugForm: false });
    add(slug, 'source', forms);
  }
  return out;
}

/** Mentions not inside a longer mention of the same entity ("iOS App", not its "iOS"): where a word can be added. */
function outermost(found: Mention[]): Mention[] {
  return found.filter((m) => !found.some((o) => o !== m && o.entity === m.entity && o.text.length > m.text.length && o.text.toLowerCase().includes(m.text.toLowerCase())));
}

/** Every name, slug and id of the catalog, normalised: a changed name must not become one of them. */
function catalogTerms(catalog: Catalog): Set<string> {
  const norm = (x: string) => x.toLowerCase().replace(/[-_\s]+/g, '-');
  const terms = new Set<string>();
  // "iOS (staging)" is written "ios-staging" as much as "iOS (staging)": the brackets are no part of the words.
  const add = (x: string) => {
    terms.add(norm(x));
    terms.add(norm(x.replace(/[()[\]]/g, ' ').trim()));
  };
  for (const w of catalog.workspaces) {
    [w.slug, w.id, w.name].forEach(add);
    for (const x of w.sources) [x.slug, x.id, x.name].forEach(add);
    for (const x of w.spaces) [x.id, x.name].forEach(add);
  }
  return terms;
}
const normTerm = (x: string) => x.toLowerCase().replace(/[-_\s]+/g, '-');

/** The part of a message the sender's request is in: subject (when read) and new text, or the forwarded message. */
function editRequest(seed: Seed, edit: (text: string) => string): Built {
  const subject = seed.subjectRead || seed.forward ? edit(seed.subject) : seed.subject;
  const body = seed.forward ? joinBlocks(edit(seed.request), edit(seed.history)) : joinBlocks(edit(seed.request), seed.history);
  return built(seed, { text: body, subject }, PLAIN, `${subject}\n---\n${body}`);
}
/** The text above the sign-off or signature delimiter ("--", "All the best,", "Mit freundlichen Grüßen"). */
const SIGNATURE_START = /^(?:--\s*|[\p{L} ]{0,30}\b(?:regards|wishes|best|cheers|thanks|gr(?:ü|ue)(?:ß|ss)en?|hälsningar|hilsen|groet(?:en)?|saludos|cordialement|atenciosamente|pozdrawiam|terveisin|obrigad[oa]|danke|gracias|merci|tack|kiitos|dziękuję|grazie|bedankt|mvh|mfg|abraços?|cumprimentos|groetjes)\b[\p{L} ,!.]*)$/imu;
function beforeSignature(text: string, senderName = ''): string {
  const at = text.search(SIGNATURE_START);
  const cut = at > 0 ? text.slice(0, at) : text;
  // Below the sender's own name on a line of its own is their signature ("Departamento de Sistemas").
  const name = senderName.trim();
  const line = name.length >= 3 ? cut.split('\n').findIndex((l, i) => i > 0 && l.trim().toLowerCase() === name.toLowerCase()) : -1;
  return line > 0 ? cut.split('\n').slice(0, line).join('\n') : cut;
}
/** Interleaved or bottom-posted: the sender's own lines follow `>` lines of the quote. */
function answersBelowQuote(seed: Seed): boolean {
  const lines = seed.history.split('\n');
  const first = lines.findIndex((l) => /^\s*>/.test(l));
  return first >= 0 && lines.slice(first).some((l) => l.trim() !== '' && !/^\s*>/.test(l));
}
function requestText(seed: Seed): string {
  return `${seed.subjectRead || seed.forward ? seed.subject : ''}\n${seed.request}\n${seed.forward ? seed.history : ''}`;
}

/** A month name in the languages of the corpora (English, German, French, Spanish, Dutch, Portuguese, Italian). */
const MONTH_WORD =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|m[äa]r|mai|okt|dez|janv|f[ée]v|avr|juin|juil|ao[uû]|d[ée]c|ene|abr|ago|dic|mei|maa|out|set|gen|mag|giu|lug|ott)\\p{L}*';

/** A day range written with both ends and a year, in the forms customers use, with the ends swapped. */
const RANGE_FORMS: { re: RegExp; swap: (m: RegExpExecArray) => string }[] = [
  // 2024-03-01 to 2024-03-03 / through / until / – / -
  { re: /(\d{4}-\d{2}-\d{2})(\s*(?:to|through|until|till|bis|au|al|–|-)\s*)(\d{4}-\d{2}-\d{2})/giu, swap: (m) => `${m[3]}${m[2]}${m[1]}` },
  // from March 4 2024 to March 6 2024 / from March 5, 2024 to March 2, 2024 / March 1 to March 3, 2024
  {
    re: /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(,?\s+\d{4})?(\s+(?:to|through|until|till)\s+)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(,?\s+\d{4})/giu,
    swap: (m) => `${m[4]}${m[2] ?? ''}${m[3]}${m[1]}${m[5]}`,
  },
  // March 1-3, 2024 / March 1 – 3, 2024 → from March 3 to March 1, 2024
  {
    re: /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+(\d{1,2})\s*[-–]\s*(\d{1,2})(,?\s+\d{4})/giu,
    swap: (m) => `${m[1]} ${m[3]} to ${m[1]} ${m[2]}${m[4]}`,
  },
  // vom 1. bis 3. März 2024
  { re: /\b(vom|von)\s+(\d{1,2})\.\s*(bis(?: zum)?)\s+(\d{1,2})\.(\s*\p{L}+\s+\d{4})/giu, swap: (m) => `${m[1]} ${m[4]}. ${m[3]} ${m[2]}.${m[5]}` },
  // del 1 al 3 de marzo de 2024 / du 1 au 3 mars 2024
  { re: /\b(del|du)\s+(\d{1,2})\s+(al|au)\s+(\d{1,2})(\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?\d{4})/giu, swap: (m) => `${m[1]} ${m[4]} ${m[3]} ${m[2]}${m[5]}` },
  // 2024年3月1日から3月3日まで
  { re: /(\d{4})年(\d{1,2})月(\d{1,2})日から(\d{1,2})月(\d{1,2})日/gu, swap: (m) => `${m[1]}年${m[4]}月${m[5]}日から${m[2]}月${m[3]}日` },
  // 4-5 March 2024 / 4–5 mars 2024
  { re: new RegExp(`(?<![\\d-])(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})(\\.?\\s+${MONTH_WORD}\\.?,?\\s+\\d{4})`, 'giu'), swap: (m) => `${m[2]} to ${m[1]}${m[3]}` },
];

function rangeSpots(text: string): { index: number; length: number; replacement: string }[] {
  const spots: { index: number; length: number; replacement: string }[] = [];
  for (const form of RANGE_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const index = m.index ?? 0;
      if (spots.some((x) => index < x.index + x.length && x.index < index + m[0].length)) continue;
      const replacement = form.swap(m as unknown as RegExpExecArray);
      if (replacement !== m[0]) spots.push({ index, length: m[0].length, replacement });
    }
  }
  return spots.sort((a, b) => a.index - b.index);
}

const CALENDAR_WORD = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;
const EVERY_SOURCE = /\b(?:all|every)\s+(?:the\s+|of\s+(?:the|its|our)\s+)?sources?\b|\balle[n]?\s+quellen\b|\btoutes les sources\b|\btodas las fuentes\b/i;

function mustAsk(seed: Seed, t: Transform): Built | null {
  const k = seed.expected.kind;
  if (!DELETION.includes(k)) return null;
  const sourceData = k === 'source_data';
  // A name changed in the signature ("Bluefin Analytics 2 GmbH") changes no request: only the words above it.
  const found = mentions(seed, t.relation === 'removeSource' ? requestText(seed) : beforeSignature(requestText(seed), seed.from.name));
  switch (t.relation) {
    case 'swapRange': {
      if (!sourceData) return null;
      // Only the text the request is in: swap one range there (all copies of it, e.g. subject and body).
      // Not in the signature: "on leave March 8 to March 5" there is no scope to ask about.
      const where = beforeSignature(seed.forward ? `${seed.request}\n${seed.history}` : seed.request);
      const spots = rangeSpots(where);
      if (spots.length === 0) return null;
      const spot = spots[t.which % spots.length]!;
      const original = where.slice(spot.index, spot.index + spot.length);
      return editRequest(seed, (x) => x.split(original).join(spot.replacement));
    }
    case 'removeSource': {
      if (!sourceData) return null;
      const srcs = found.filter((m) => m.kind === 'source');
      // "all sources (web, app)": without the list the request still says which sources.
      if (srcs.length === 0 || EVERY_SOURCE.test(requestText(seed))) return null;
      const remove = (x: string): string => {
        let out = x;
        for (const m of srcs.sort((a, b) => b.text.length - a.text.length)) out = out.replace(wordRe(m.text), '');
        return out.replace(/[ \t]{2,}/g, ' ').replace(/ ([,.])/g, '$1');
      };
      const made = editRequest(seed, remove);
      // "Radera Android-data" in the subject still names the source in a form the finder does not know:
      // a distinctive word of the source's name left anywhere means the source was not removed.
      const names = seed.catalog.workspaces.flatMap((w) => w.sources).filter((x) => seed.expected.sources.includes(x.slug)).map((x) => x.name);
      // Short words count too when they start a word ("App-Daten", "Web-Daten").
      const words = names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3 && !/^(?:data|events?|source|site|server|prod|test)$/i.test(w));
      // The subject too ("刪除網站資料" names the source 網站 inside a run of Chinese), read or not.
      const shown = `${remove(requestText(seed))}\n${seed.subject}`;
      // The whole name or slug left anywhere ("Serverソース") names it too, whatever its words.
      words.push(...names, ...seed.expected.sources);
      // Longer words count wherever they are ("昨日のAndroidデータ": no space in Japanese).
      return words.some((w) => (w.length >= 4 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(w) ? shown.toLowerCase().includes(w.toLowerCase()) : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}`, 'iu').test(shown))) ? null : made;
    }
    case 'unknownSource': {
      if (!sourceData) return null;
      const terms = catalogTerms(seed.catalog);
      // "watchOS" where the catalog has "watchOS App" is a known source written short, not an unknown one.
      if (terms.has(normTerm(t.name)) || [...terms].some((x) => x.split('-').join(' ').startsWith(`${normTerm(t.name).split('-').join(' ')} `))) return null;
      // "Apple TV app" where the catalog has "Apple TV": the known source with the word "app" after it.
      if (/ app$/i.test(t.name) && terms.has(normTerm(t.name.replace(/ app$/i, '')))) return null;
      // A source named by a word that is also a workspace's ("bluefin" for Bluefin iOS) cannot be
      // found again by its words: the name would be listed with the workspace instead.
      const workspaceWords = new Set(seed.catalog.workspaces.flatMap((w) => [w.slug, w.name].map(normTerm)));
      const srcs = outermost(found).filter((m) => m.kind === 'source' && !workspaceWords.has(normTerm(m.text)));
      if (srcs.length === 0) return null;
      const m = srcs[t.which % srcs.length]!;
      // After a whole name only: "Patient and tvOS App v1" splits a name, it lists nothing.
      if (!terms.has(normTerm(m.text))) return null;
      // The first place the source is named gets a second, unknown one: "iOS App and tvOS".
      let done = false;
      return editRequest(seed, (x) =>
        done
          ? x
          : x.replace(wordRe(m.text), (w) => {
              done = true;
              return `${w}${t.joiner}${t.name}`;
            }),
      );
    }
    case 'nearMiss': {
      if (t.target === 'source' && !sourceData) return null;
      const cands = found.filter((m) => m.kind === t.target && m.slugForm);
      if (cands.length === 0) return null;
      const m = cands[t.which % cands.length]!;
      const miss = nearMiss(m.text, t);
      // Two letters left ("web" → "eb") are no name anyone would recognise as a slip of another.
      if (miss !== null && miss.replace(/[^a-z0-9]/g, '').length < 3) return null;
      // A miss that is a word of its own ("web" → "wed", a weekday) reads as that word, not as a name.
      if (!miss || catalogTerms(seed.catalog).has(normTerm(miss)) || normTerm(miss) === normTerm(m.text) || CALENDAR_WORD.test(miss)) return null;
      return everyMentionChanged(seed, m, miss, (x) => x.replace(wordRe(m.text), (w) => matchCase(w, miss)));
    }
    case 'extraWord': {
      if (t.target === 'source' && !sourceData) return null;
      const cands = outermost(found).filter((m) => m.kind === t.target);
      if (cands.length === 0) return null;
      const m = cands[t.which % cands.length]!;
      const slugExtra = t.extra < SLUG_EXTRAS.length;
      if (slugExtra !== m.slugForm) return null; // "acme-inc-staging", "iOS App 2"; not "iOS App-staging"
      const changed = m.text + (slugExtra ? SLUG_EXTRAS[t.extra]! : NAME_EXTRAS[t.extra - SLUG_EXTRAS.length]!);
      if (catalogTerms(seed.catalog).has(normTerm(changed))) return null;
      return everyMentionChanged(seed, m, changed, (x) => x.replace(wordRe(m.text), (w) => matchCase(w, changed)));
    }
    default:
      return null;
  }
}

/**
 * The edit applied everywhere the request names the entity in that form; null when the request still
 * names it another way ("web" changed in the subject while the body says "Website"): the customer's
 * words then still say which one, and nothing needs asking.
 */
function everyMentionChanged(seed: Seed, m: Mention, changed: string, edit: (text: string) => string): Built | null {
  const edited = beforeSignature(edit(requestText(seed)), seed.from.name);
  const shown = edited.replace(wordRe(changed), ' ');
  const left = mentions(seed, shown);
  // "Newsletter-Daten", "Website-datat": the name left at the start of a word still names it.
  const prefix = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(m.text)}`, 'iu');
  return left.some((o) => o.entity === m.entity && o.kind === m.kind) || prefix.test(shown) ? null : editRequest(seed, edit);
}

/** One edit on a letter of the name (never on `-` or `_`, which would only give another spelling). */
function nearMiss(word: string, t: Extract<Transform, { relation: 'nearMiss' }>): string | null {
  const lower = word.toLowerCase();
  const letters = [...lower].map((c, i) => ({ c, i })).filter(({ c }) => /[a-z0-9]/.test(c));
  if (letters.length < 3) return null;
  const at = letters[t.pos % letters.length]!.i;
  switch (t.edit) {
    case 'substitute':
      return lower[at] === t.letter ? null : lower.slice(0, at) + t.letter + lower.slice(at + 1);
    case 'delete':
      return lower.slice(0, at) + lower.slice(at + 1);
    case 'insert':
      return lower.slice(0, at) + t.letter + lower.slice(at);
    case 'transpose': {
      const nxt = at + 1;
      if (nxt >= lower.length || !/[a-z0-9]/.test(lower[nxt]!) || lower[at] === lower[nxt]) return null;
      return lower.slice(0, at) + lower[nxt] + lower[at] + lower.slice(nxt + 1);
    }
  }
}

function matchCase(written: string, replacement: string): string {
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return replacement.toUpperCase();
  if (written === written.toLowerCase()) return replacement;
  // Mixed case ("iOS App", "Acme Inc"): keep the written name, add what changed.
  return replacement.toLowerCase().startsWith(written.toLowerCase()) ? written + replacement.slice(written.length) : replacement;
}

// ---------------------------------------------------------------------------------------------
// HTML

const HIDE: Record<'display' | 'visibility' | 'fontsize' | 'mso', string> = {
  display: 'display:none',
  visibility: 'visibility:hidden',
  fontsize: 'font-size:0;line-height:0',
  // Outlook's own hiding, with the standard rules other clients honour next to it.
  mso: 'display:none;mso-hide:all;max-height:0;overflow:hidden',
};

function hiddenDecoy(hide: 'display' | 'visibility' | 'fontsize' | 'mso' | 'comment', text: string): string {
  const body = escapeHtml(text).replace(/\n/g, '<br>');
  if (hide === 'comment') return `<!-- ${text.replace(/--/g, '- -')} -->`;
  const tag = hide === 'fontsize' ? 'span' : 'div';
  return `<${tag} style="${HIDE[hide]}">${body}</${tag}>`;
}

function escapeHtml(x: string): string {
  return x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The text as a client's HTML part: one `<div>` per line, `>` lines in a blockquote, decoys between lines. */
export function textToHtml(text: string, decoys: { at: number; html: string }[]): string {
  const lines = text.replace(/\s+$/, '').split('\n');
  const out: string[] = [];
  const decoyAt = (i: number) => decoys.filter((d) => Math.min(lines.length, Math.floor(d.at * (lines.length + 1))) === i).map((d) => d.html);
  let inQuote = false;
  for (let i = 0; i <= lines.length; i++) {
    out.push(...decoyAt(i));
    if (i === lines.length) break;
    const line = lines[i]!;
    const quoted = /^>/.test(line);
    if (quoted && !inQuote) out.push('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">');
    if (!quoted && inQuote) out.push('</blockquote>');
    inQuote = quoted;
    const shown = quoted ? line.replace(/^>\s?/, '') : line;
    out.push(shown.trim() === '' ? '<div><br></div>' : `<div>${escapeHtml(shown)}</div>`);
  }
  if (inQuote) out.push('</blockquote>');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n${out.join('\n')}\n</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Writing MIME

interface Content {
  text: string;
  html?: string | null;
  subject?: string;
  from?: { address: string; name: string };
  date?: string | null;
  inReplyTo?: string | null;
  references?: string[];
}

function built(seed: Seed, c: Content, format: Format, shown: string): Built {
  return { bytes: writeMessage(seed, c, format), shown };
}

const CP1252: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e,
  0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** The text in a charset, or null when the charset cannot write it (then the client falls back to UTF-8). */
function encodeText(text: string, charset: Format['charset']): Buffer | null {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) bytes.push(cp);
    else if (charset === 'windows-1252' && CP1252[cp] !== undefined) bytes.push(CP1252[cp]!);
    else return null;
  }
  return Buffer.from(bytes);
}

function quotedPrintable(data: Buffer, eol: string): string {
  const lines: string[] = [];
  let line = '';
  const flush = (soft: boolean) => {
    lines.push(soft ? `${line}=` : line);
    line = '';
  };
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (b === 0x0a) {
      // Trailing whitespace before a line break must be encoded.
      line = line.replace(/([ \t])$/, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
      flush(false);
      continue;
    }
    if (b === 0x0d) continue;
    const enc = (b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + enc.length > 75) flush(true);
    line += enc;
  }
  line = line.replace(/([ \t])$/, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  lines.push(line);
  return lines.join(eol);
}

/**
 * RFC 3676 format=flowed: a soft break is a space before the line end, so the reader joins the lines
 * again. Quoted (`>`) lines are left as they are; lines starting with a space or "From " are stuffed.
 */
function flow(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    // A hard line must not end in a space (that would mark it soft).
    let line = raw.replace(/[ \t]+$/, '');
    if (/^>/.test(line)) {
      out.push(line);
      continue;
    }
    if (/^(?: |From )/.test(line)) line = ` ${line}`;
    while (line.length > 72) {
      const cut = line.lastIndexOf(' ', 72);
      if (cut <= 0) break;
      out.push(line.slice(0, cut + 1));
      line = line.slice(cut + 1);
      if (/^(?: |From |>)/.test(line)) line = ` ${line}`;
    }
    out.push(line);
  }
  return out.join('\n');
}

function bodyPart(content: string, type: 'text/plain' | 'text/html', format: Format, eol: string): Buffer {
  const flowed = type === 'text/plain' && format.flowed;
  const normal = flowed ? flow(content.replace(/\r\n?/g, '\n')) : content.replace(/\r\n?/g, '\n');
  let charset: Format['charset'] = format.charset;
  let data = encodeText(normal, charset);
  if (!data) {
    charset = 'utf-8';
    data = Buffer.from(normal, 'utf8');
  }
  // An HTML part declares its charset in the header; the meta tag is rewritten to agree with it.
  if (type === 'text/html') {
    const fixed = normal.replace(/charset=utf-8/i, `charset=${charset}`);
    data = encodeText(fixed, charset) ?? Buffer.from(fixed, 'utf8');
  }
  const head = `Content-Type: ${type}; charset="${charset}"${flowed ? '; format=flowed' : ''}${eol}Content-Transfer-Encoding: ${format.transfer}${eol}${eol}`;
  let body: Buffer;
  if (format.transfer === 'base64') body = Buffer.from((data.toString('base64').match(/.{1,76}/g) ?? []).join(eol) + eol, 'latin1');
  else if (format.transfer === 'quoted-printable') body = Buffer.from(quotedPrintable(data, eol) + eol, 'latin1');
  else body = Buffer.concat([Buffer.from(data.toString('latin1').replace(/\n/g, eol), 'latin1'), Buffer.from(eol)]);
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/** RFC 2047 encoded words for a header value with non-ASCII text (in pieces, so no word is too long). */
function encodeHeader(value: string, format: Format): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const charset = encodeText(value, format.charset) ? format.charset : 'utf-8';
  const pieces: string[] = [];
  const chars = [...value];
  for (let i = 0; i < chars.length; i += 12) {
    const bytes = encodeText(chars.slice(i, i + 12).join(''), charset)!;
    if (format.headerEncoding === 'B') pieces.push(`=?${charset}?B?${bytes.toString('base64')}?=`);
    else pieces.push(`=?${charset}?Q?${[...bytes].map((b) => (b === 32 ? '_' : (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')}?=`);
  }
  return pieces.join(' ');
}

function address(a: { address: string; name: string }, format: Format): string {
  if (!a.name) return a.address;
  const name = /^[\x20-\x7e]*$/.test(a.name) ? `"${a.name.replace(/["\\]/g, '\\$&')}"` : encodeHeader(a.name, format);
  return `${name} <${a.address}>`;
}

let boundaryCounter = 0;
function writeMessage(seed: Seed, c: Content, format: Format): Buffer {
  const eol = format.eol === 'crlf' ? '\r\n' : '\n';
  const subject = c.subject ?? seed.subject;
  const date = c.date === undefined ? seed.dateHeader : c.date;
  const inReplyTo = c.inReplyTo === undefined ? seed.inReplyTo : c.inReplyTo;
  const references = c.references ?? seed.references;
  const id = `<metamorphic-${hash(`${seed.file}|${subject}|${c.text}|${c.html ?? ''}|${JSON.stringify(format)}`)}@test.example>`;
  const headers = [
    `From: ${address(c.from ?? seed.from, format)}`,
    `To: ${seed.to.length ? seed.to.join(', ') : 'support@example.com'}`,
    `Subject: ${encodeHeader(subject, format)}`,
    ...(date ? [`Date: ${date}`] : []),
    `Message-ID: ${id}`,
    ...(inReplyTo ? [`In-Reply-To: <${inReplyTo.replace(/^<|>$/g, '')}>`] : []),
    ...(references.length ? [`References: ${references.map((r) => `<${r.replace(/^<|>$/g, '')}>`).join(' ')}`] : []),
    'MIME-Version: 1.0',
  ];
  const html = c.html ?? null;
  const structure = html === null ? 'plain' : format.structure;
  let body: Buffer;
  if (structure === 'plain') {
    body = bodyPart(c.text, 'text/plain', format, eol);
  } else if (structure === 'html') {
    body = bodyPart(html!, 'text/html', format, eol);
  } else {
    const boundary = `----=_Part_${++boundaryCounter}_${hash(c.text).slice(0, 8)}`;
    body = Buffer.concat([
      Buffer.from(`Content-Type: multipart/alternative; boundary="${boundary}"${eol}${eol}--${boundary}${eol}`, 'latin1'),
      bodyPart(c.text, 'text/plain', format, eol),
      Buffer.from(`--${boundary}${eol}`, 'latin1'),
      bodyPart(html!, 'text/html', format, eol),
      Buffer.from(`--${boundary}--${eol}`, 'latin1'),
    ]);
  }
  return Buffer.concat([Buffer.from(headers.join(eol) + eol, 'latin1'), body]);
}

function hash(x: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function replaceHeader(raw: Buffer, name: string, value: string): Buffer {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = text.slice(0, end);
  const eol = head.includes('\r\n') ? '\r\n' : '\n';
  const re = new RegExp(`^${name}:[^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*`, 'im');
  const newHead = re.test(head) ? head.replace(re, `${name}: ${value}`) : `${head}${eol}${name}: ${value}`;
  return Buffer.concat([Buffer.from(newHead, 'latin1'), raw.subarray(Buffer.byteLength(head, 'latin1'))]);
}

// ---------------------------------------------------------------------------------------------
// Checking

export interface Outcome {
  ok: boolean;
  why: string;
}

const FIELDS = ['kind', 'workspace', 'sources', 'space', 'ranges'] as const;

export function complete(r: ParseResult): boolean {
  return r.missing.length === 0 && r.ambiguities.length === 0;
}

/** Same scope as expected, and complete. */
export function sameResult(actual: ParseResult, expected: ExpectedResult): Outcome {
  const wrong = FIELDS.filter((f) => JSON.stringify(actual[f]) !== JSON.stringify(expected[f]));
  const problems = [
    ...wrong.map((f) => `${f}: got ${JSON.stringify(actual[f])}, want ${JSON.stringify(expected[f])}`),
    ...(complete(actual) ? [] : [`not complete: missing ${JSON.stringify(actual.missing)}, ambiguities ${JSON.stringify(actual.ambiguities)}`]),
  ];
  return { ok: problems.length === 0, why: problems.join('; ') };
}

/** The bot asks (something missing or a question) instead of returning a complete scope. */
export function asks(actual: ParseResult): Outcome {
  return {
    ok: !complete(actual),
    why: complete(actual) ? `complete, so it would go to approval as: ${JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, actual[f]])))}` : '',
  };
}

/**
 * Whether a relation can apply to a message at all (some transformation of it gives new bytes): a
 * message without a written range has nothing to swap, a forward is not quoted or forwarded again.
 */
/** "Your email client does not support HTML": the request is in the HTML part, which a rebuilt plain message would lose. */
const HTML_PLACEHOLDER = /does not support HTML|HTML[- ]capable|HTML format|view (?:this|the) (?:message|e-?mail) in/i;

export function applicable(seed: Seed, relation: Relation): boolean {
  if (HTML_PLACEHOLDER.test(seed.request) && relation !== 'format' && relation !== 'dateOffset') return false;
  const sourceData = seed.expected.kind === 'source_data';
  const found = () => mentions(seed, relation === 'removeSource' ? requestText(seed) : beforeSignature(requestText(seed), seed.from.name));
  switch (relation) {
    case 'signature':
      // A bottom-posted or interleaved reply has words below the quote: a signature "under the new
      // text" would land above them.
      return seed.request.trim() !== '' && !answersBelowQuote(seed) && seed.expected.kind !== 'unknown';
    case 'html':
    case 'format':
      // A rebuilt message keeps no List-*/Auto-Submitted headers: mail that is no request only because
      // of them (a notification, a newsletter) is not what these relations are about.
      return seed.expected.kind !== 'unknown';
    case 'quote':
    case 'forward':
      // "IST" is India's or Ireland's or Israel's by the sender's Date offset, which a forwarded
      // message's Date line ("Wed, Nov 11, 2026 at 10:00 AM") does not carry: asking is right there.
      if (relation === 'forward' && /\b(?:IST|CST|BST)\b/.test(requestText(seed))) return false;
      // Mail that is no request (a newsletter, an invoice) quoted in a reply or forwarded with "please
      // handle" becomes something to ask about, which is right: the relation is for requests.
      return !seed.forward && seed.expected.kind !== 'unknown' && seed.request.trim() !== '' && !answersBelowQuote(seed);
    case 'dateOffset':
      // "IST", "CST", "BST" are read by the sender's offset: another offset may rightly make them a question.
      return seed.dateHeader !== null && seed.date !== null && !/\b(?:IST|CST|BST)\b/.test(requestText(seed));
    case 'swapRange':
      return sourceData && rangeSpots(beforeSignature(seed.forward ? `${seed.request}\n${seed.history}` : seed.request)).length > 0;
    case 'removeSource':
    case 'unknownSource':
      return sourceData && found().some((m) => m.kind === 'source');
    case 'nearMiss':
      return DELETION.includes(seed.expected.kind) && found().some((m) => m.slugForm && (m.kind === 'workspace' || sourceData));
    case 'extraWord':
      return DELETION.includes(seed.expected.kind) && found().some((m) => m.kind === 'workspace' || sourceData);
  }
}

export type { CatalogWorkspace };
