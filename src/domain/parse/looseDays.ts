/**
 * Days written loosely: a weekday that recurs through a month ("each Monday last month", "the weekends
 * of January"), some days of a period that are not named ("a couple of days last week", "earlier this
 * week"), part of a day or a local day ("Feb 8 lunchtime onwards", "8. Februar (deutsche Zeit)"), and
 * numbers of things written like days ("test orders 1/15 through 1/20"). Read as dates they delete a
 * whole month, its first day, a whole week or days nobody asked for. Pure: text in, words and days out;
 * dates.ts decides what is read and what is asked.
 */
import { addDays, dayOf, monthRange } from './dayMath';

/** Weekdays in the languages the corpora use, with the plural endings they take ("Montage", "maandagen"). */
const WEEKDAYS: [number, string][] = [
  [0, 'sunday|sonntag|dimanche|domingo|domenica|zondag|niedziel\\p{L}*|söndag|søndag'],
  [1, 'monday|montag|lundi|lunes|segunda(?:s)?(?:-feiras?)?|luned[ìi]|maandag|poniedzia\\p{L}*|måndag|mandag'],
  [2, 'tuesday|dienstag|mardi|martes|ter[çc]a(?:s)?(?:-feiras?)?|marted[ìi]|dinsdag|wtor\\p{L}*|tisdag|tirsdag'],
  [3, 'wednesday|mittwoch|mercredi|mi[ée]rcoles|quarta(?:s)?(?:-feiras?)?|mercoled[ìi]|woensdag|środ\\p{L}*|onsdag'],
  [4, 'thursday|donnerstag|jeudi|jueves|quinta(?:s)?(?:-feiras?)?|gioved[ìi]|donderdag|czwart\\p{L}*|torsdag'],
  [5, 'friday|freitag|vendredi|viernes|sexta(?:s)?(?:-feiras?)?|venerd[ìi]|vrijdag|piąt\\p{L}*|fredag'],
  [6, 'saturday|samstag|samedi|s[áa]bado|sabato|zaterdag|sobot\\p{L}*|lördag|lørdag'],
];
const WEEKEND = String.raw`week-?ends?|weekenden|wochenenden?|fin(?:es)? de semana|fine settimana|fins de semana|weekendy|helger(?:na)?|weekender(?:ne)?`;
const WEEKDAY = `(?:${WEEKDAYS.map(([, w]) => w).join('|')})(?:s|e|en|es)?`;
/** "every", "each", "all the", "the", "jeden", "alle", "tous les", "todos los", "tutti i", "elke". */
const EVERY = String.raw`every|each|for|during|over|all(?:\s+of)?(?:\s+the)?|the|on|jeden|jede[nm]?|alle[n]?|an\s+allen|chaque|tous\s+les|les|cada|todos\s+(?:los|os)|los|as|os|ogni|tutti\s+i|tutte\s+le|i|elke|de|op|wszystkie|varje|alla|hver|alle`;
const LINK = String.raw`in|of|during|from|im|in\s+der|des|vom|en|de|du|del|dei|di|van|in\s+het|do|da|w|i|på|af`;
const LAST_MONTH = String.raw`last\s+month|the\s+previous\s+month|(?:dem\s+)?(?:letzten|vergangenen|vorigen)\s+monat(?:s|e)?|(?:le\s+)?mois\s+(?:dernier|pr[ée]c[ée]dent)|(?:el\s+)?mes\s+pasado|(?:o\s+)?m[êe]s\s+passado|(?:il\s+)?mese\s+scorso|(?:lo\s+)?scorso\s+mese|(?:de\s+)?(?:vorige|afgelopen)\s+maand|zesz[łl]ym\s+miesi[ąa]cu|förra\s+månaden|sidste\s+måned|forrige\s+måned`;
const THIS_MONTH = String.raw`this\s+month|(?:diesen|diesem|dieses)\s+monat(?:s)?|ce\s+mois(?:-ci)?|este\s+mes|deste\s+m[êe]s|questo\s+mese|deze\s+maand`;
const MONTH_NAMES: [number, string][] = [
  [1, 'january|januar|janvier|enero|janeiro|januari|jänner|gennaio'],
  [2, 'february|februar|février|fevrier|febrero|fevereiro|februari|febbraio'],
  [3, 'march|märz|maerz|mars|marzo|março|maart'],
  [4, 'april|avril|abril|aprile'],
  [5, 'may|mai|mayo|maio|maggio|mei'],
  [6, 'june|juni|juin|junio|junho|giugno'],
  [7, 'july|juli|juillet|julio|julho|luglio'],
  [8, 'august|août|aout|agosto|augustus'],
  [9, 'september|septembre|septiembre|setembro|settembre'],
  [10, 'october|oktober|octobre|octubre|outubro|ottobre'],
  [11, 'november|novembre|noviembre|novembro'],
  [12, 'december|dezember|décembre|decembre|diciembre|dezembro|dicembre'],
];
const MONTH = MONTH_NAMES.map(([, w]) => w).join('|');
const PERIOD = `(${LAST_MONTH})|(${THIS_MONTH})|(${MONTH})(?!\\.?\\s*\\d{1,2}(?!\\d))(?:,?\\s+(\\d{4}))?`;

/**
 * "each Monday last month", "the Mondays of last month", "all the Saturdays of January", "jeden Montag
 * im letzten Monat", "tutti i lunedì del mese scorso", "alle maandagen van vorige maand", "the weekends
 * of last month", and "last month's Mondays".
 */
const RECURRING = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:(?:${EVERY})\\s+(?:(?:single|einzelnen)\\s+)?(${WEEKDAY}|${WEEKEND})\\s+(?:(?:${LINK})\\s+)?(?:(?:the|la|el|il|der|den|dem)\\s+)?(?:${PERIOD})|(last\\s+month|this\\s+month)['’]s\\s+(${WEEKDAY}|${WEEKEND}))(?![^\\P{L}]|\\u03B9)`,
  'giu',
);

export const RECURRING_OF_MONTH = RECURRING;

/** A recurring weekday of a month as read: its days, or null when they cannot be told. */
export interface RecurringDays {
  days: string[] | null;
  /** In English, for the note: "the Mondays of January 2027". */
  said: string;
}

const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The days of one RECURRING_OF_MONTH match (its groups as the pattern numbers them), counted from the
 * sender's day `today`. "the Monday of last month" (one, not each) tells no days.
 */
export function recurringDays(whole: string, groups: string[], today: string | null): RecurringDays {
  const [dayWord1, last, current, name, year, genitive, dayWord2] = groups;
  const dayWord = dayWord1 || dayWord2;
  const month = monthOf({ last: last || /^last/i.test(genitive) ? 'last' : null, current: current || /^this/i.test(genitive) ? 'this' : null, name: name || null, year: year || null }, today);
  const weekdays = weekdaysOf(dayWord);
  const said = `the ${weekdays.length === 2 ? 'weekends' : `${WEEKDAY_EN[weekdays[0] ?? 0]}s`}${month ? ` of ${MONTH_EN[month.month - 1]} ${month.year}` : ''}`;
  // "the Monday of last month", "de maandag van vorige maand": one Monday, which one not said.
  const single = /^(?:the|on|for|during|over|de|op)\s/iu.test(whole) && !/(?:s|en|e)$/iu.test(dayWord);
  const days = month && weekdays.length > 0 && !single ? daysOf(month, weekdays) : null;
  return { days: days && days.length > 0 ? days : null, said };
}

function weekdaysOf(word: string): number[] {
  if (new RegExp(`^(?:${WEEKEND})$`, 'iu').test(word)) return [6, 0];
  const hit = WEEKDAYS.find(([, w]) => new RegExp(`^(?:${w})(?:s|e|en|es)?$`, 'iu').test(word));
  return hit ? [hit[0]] : [];
}

function monthOf(said: { last: string | null; current: string | null; name: string | null; year: string | null }, today: string | null): { year: number; month: number } | null {
  if (!today) return null;
  const [ty, tm] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  if (said.last) return tm === 1 ? { year: ty - 1, month: 12 } : { year: ty, month: tm - 1 };
  if (said.current) return { year: ty, month: tm };
  const name = said.name;
  const month = name ? MONTH_NAMES.find(([, w]) => new RegExp(`^(?:${w})$`, 'iu').test(name))?.[0] : undefined;
  if (!month) return null;
  if (said.year) return { year: Number(said.year), month };
  // Without a year, the month's latest beginning not after the sender's day.
  return { year: (dayOf(ty, month, 1) ?? '') > today ? ty - 1 : ty, month };
}

/** The days of `month` that fall on `weekdays` (days after the sender's are asked about like any future day). */
function daysOf({ year, month }: { year: number; month: number }, weekdays: number[]): string[] {
  const { from, to } = monthRange(year, month);
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (weekdays.includes(new Date(`${day}T00:00:00Z`).getUTCDay())) days.push(day);
  }
  return days;
}

/** A weekday or weekend said of many weeks ("Mondays", "every Monday", "jeden Montag", "weekends"). */
export const RECURRING_WEEKDAY_WORD = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:(?:every|each|all|jeden|alle|chaque|tous\\s+les|cada|todos\\s+los|ogni|tutti\\s+i|elke)\\s+(?:\\p{L}+\\s+)?(?:${WEEKDAY}|${WEEKEND})|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|montage|wochenenden|maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen|zaterdagen|zondagen|weekenden)(?![^\\P{L}]|\\u03B9)`,
  'iu',
);
/** A month as a period ("last month", "this month", "January"), beside such a weekday. */
export const MONTH_PERIOD = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${PERIOD})(?![^\\P{L}]|\\u03B9)`, 'iu');

/** The recurring days as chrono reads them: "January 4, 2027 and January 11, 2027". */
export function daysInWords(days: string[]): string {
  return days.map((d) => `${MONTH_EN[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}, ${d.slice(0, 4)}`).join(' and ');
}

/**
 * Some days of a period, not said which: "earlier this week", "a couple of days … from last week", "one
 * day of … this week", "einem Tag irgendwann letzte Woche", "un jour … de la semaine dernière", "un día
 * … de la semana pasada". The words before the period in its sentence; null when there are none.
 */
const SOME_DAYS_BEFORE = new RegExp(
  [
    String.raw`(?<![^\P{L}]|\u03B9)(?:earlier|later|sometime|some\s+time|some\s+day|one\s+of\s+the\s+days|(?:one|some|a\s+few)\s+of\s+(?:its|the|those)\s+days|(?:a|one|a\s+single|a\s+couple\s+of|a\s+few|few|several|some|two|three|couple\s+of)\s+days?|(?:a|one)\s+day['’]s)(?![^\P{L}]|\u03B9)(?!\s+ago)`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:irgendwann|fr(?:ü|ue)her|(?:an\s+)?(?:einem|einen|ein|zwei|drei|ein\s+paar|einigen|wenigen)\s+tag(?:e|en)?|(?:plus\s+)?t[ôo]t|plus\s+tard|(?:un|une|deux|trois|quelques)\s+(?:jours?|journ[ée]es?)|(?:un|uno|dos|tres|algunos|unos)\s+d[íi]as?|m[áa]s\s+temprano|(?:un|uno|due|tre|qualche|alcuni)\s+giorn[oi]|(?:een|twee|drie|enkele|een\s+paar)\s+dag(?:en)?|eerder|(?:um|dois|tr[êe]s|alguns)\s+dias?|mais\s+cedo)(?![^\P{L}]|\u03B9)`,
  ].join('|'),
  'iu',
);
/**
 * Days of the period picked out by what happened on them: "the day of the outage last week", "the bad
 * days of last week", "the affected days in April 2027", "whatever days last month the duplicates came
 * in". The period only bounds them; read whole, it deletes days nobody named.
 */
const EVENT_DAYS_BEFORE = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:(?:the|those|these)\s+(?!(?:whole|entire|full|same|working|business|week|weekend|calendar|first|last|next|following|previous|other|remaining|seven|all)\s)\p{L}[\p{L}-]*\s+days?(?=\s+(?:of|in|during|from|last|this|that|when)(?![^\P{L}]|\u03B9))` +
    String.raw`|(?:the|those|these)\s+days?\s+of\s+(?:the|our|that|this|a)\s+(?!(?:week|month|year|quarter|weekend)(?![^\P{L}]|\u03B9))\p{L}+|(?:whatever|whichever|which)\s+days?)(?![^\P{L}]|\u03B9)`,
  'iu',
);
/**
 * The same said after the period: "the days in April 2027 when the trial firmware ran", "the days last
 * week when the newsletter double-fired", "May 2027 (only the days with the spike)".
 */
const DAYS_JUST_BEFORE = /(?<![^\P{L}]|\u03B9)(?:the|those|these)\s+days?\s+(?:(?:in|of|during|from)\s+)?$/iu;
const EVENT_AFTER = /^\s*(?:,\s*)?(?:when|where|that|on which|in which|during which|with)(?![^\P{L}]|\u03B9)/iu;
const ONLY_DAYS_AFTER = /^[^.!?\n]{0,6}?(?<![^\P{L}]|\u03B9)(?:but\s+)?only\s+(?:on\s+|for\s+)?(?:the|those)\s+days?(?![^\P{L}]|\u03B9)/iu;
/** "all 7 days of last week", "every day", "each day": the whole period, counted. */
const WHOLE_COUNTED = /(?<![^\P{L}]|\u03B9)(?:all|every|each|alle|jeden|tous\s+les|todos\s+los|tutti\s+i|elke)\s+(?:(?:\d+|the|seven|sieben|sept|siete|sette|zeven)\s+)?(?:days?|tage?n?|jours|d[íi]as|giorni|dagen)(?![^\P{L}]|\u03B9)/iu;
export function someDaysOfPeriodBefore(before: string, after = ''): string | null {
  if (WHOLE_COUNTED.test(before)) return null;
  const told = (DAYS_JUST_BEFORE.test(before) && EVENT_AFTER.exec(after)) || ONLY_DAYS_AFTER.exec(after);
  if (told) return `… ${told[0].trim()} …`;
  const m = SOME_DAYS_BEFORE.exec(before) ?? EVENT_DAYS_BEFORE.exec(before);
  if (!m) return null;
  // Quoted up to the period when only a word or two stand between ("earlier this week", "a day from last week").
  const rest = before.slice(m.index + m[0].length).trim();
  return rest.split(/\s+/).length <= 2 ? before.slice(m.index).trim() : `${m[0]} …`;
}

/**
 * Part of a day, or a day in a zone, said in words with no hours: "Feb 8 lunchtime onwards", "from noon
 * on", "after office hours", "ab Mittag", "vom Vormittag des 8.", "della sera dell'8", "(deutsche Zeit)".
 * The UTC days that cover it are more than was asked, so whether to take them is asked.
 */
export const PART_OR_ZONE_OF_DAY = new RegExp(
  [
    String.raw`(?<![^\P{L}]|\u03B9)(?:lunch-?time|lunch|noon|midday|mid-day|evening|morning|afternoon|night|tonight|overnight|after\s+(?:office\s+|business\s+|working\s+)?hours|before\s+(?:office\s+|business\s+)?hours|outside\s+(?:office\s+|business\s+)?hours|close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:business\s+)?day|start\s+of\s+business)(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:mittag\p{L}*|vormittag\p{L}*|nachmittag\p{L}*|abend\p{L}*|morgens|nachts?|feierabend|(?:deutscher?|deutschen|mitteleurop(?:ä|ae)ische[rn]?|unserer|lokaler?|hiesiger?|örtlicher?)\s+zeit|ortszeit)(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:midi|matin(?:ée)?|apr[èe]s-midi|soir(?:ée)?|nuit|heure\s+(?:de\s+paris|locale|fran[çc]aise)|mediod[íi]a|mañana|tarde|noche|hora\s+(?:local|peninsular|espa[ñn]ola|de\s+\p{L}+)|mezzogiorno|mattin(?:a|ata)|pomeriggio|(?:(?:di|della|in|la|alla|nella)\s+)sera(?:ta)?|sera(?:ta)?(?=\s+(?:del|dell['’]|di)(?![^\P{L}]|\u03B9))|serata|notte|ora\s+(?:locale|italiana)|middag|ochtend|avond|nacht|lokale\s+tijd|nederlandse\s+tijd|manh[ãa]|noite|hor[áa]rio\s+(?:local|de\s+bras[íi]lia))(?![^\P{L}]|\u03B9)`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:(?:local|our|german|french|spanish|italian|dutch|uk|london|paris|berlin|pacific|eastern|central|mountain|sydney|tokyo|indian|singapore)\s+time|(?:our|my)\s+(?:local\s+)?(?:day|timezone|time\s+zone))(?![^\P{L}]|\u03B9)`,
  ].join('|'),
  'iu',
);
/** Not a part of the day: "tomorrow morning we will check", "Good morning", "Guten Abend", "mañana" as tomorrow. */
export const NOT_PART_OF_DAY_BEFORE = /(?<![^\P{L}]|\u03B9)(?:good|guten|bonne|buenas?|buon[ao]?|goede|boa|tomorrow|pasado|hasta|desde|por\s+la|esta|this|last|yesterday|gestern|heute|hier|ayer|ieri|gisteren|ontem)\s*$/iu;

/** "Morning — POS sent junk…", "Evening all,": a greeting that opens the sentence, no part of a day. */
export function saidAsGreeting(sentence: string, at: number, length: number): boolean {
  return sentence.slice(0, at).trim() === '' && /^\s*(?:[,!—–-]|(?:all|team|everyone|folks|guys)(?![^\P{L}]|\u03B9))/iu.test(sentence.slice(at + length));
}

/**
 * "test orders 1/15 through 1/20", "import batches 1/12 to 1/14", "tickets 1/15 through 1/19", "los
 * pedidos de prueba 1/20 a 1/22": numbers of things, written with a slash, after the things' noun.
 */
const ITEM_NOUN = String.raw`orders?|batch(?:es)?|tickets?|invoices?|items?|jobs?|builds?|runs?|cases?|issues?|lots?|shipments?|parcels?|packages?|requests?|checkouts?|receipts?|bookings?|reservations?|transactions?|pedidos?|encomendas?|lotes?|facturas?|faturas?|commandes?|lots?|factures?|bestellungen?|auftr(?:ä|ae)ge?|chargen?|rechnungen?|ordini|ordine|lotti|lotto|fatture|bestellingen?|facturen?|zam(?:ó|o)wie\p{L}*|partie?|ordrar?|ordrer?`;
const SLASH_PAIR = String.raw`\d{1,4}/\d{1,4}`;
const SLASH_JOIN = String.raw`\s*(?:-|–|—|to|through|thru|till|until|and|&|,|bis|und|à|au|et|a|al|hasta|y|e|até|tot|en|t/m)\s*`;
export const ITEM_NUMBERS = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:${ITEM_NOUN})(?:\\s+(?:de|do|da|di|of|von|van|du)?\\s*(?:prueba|teste|test|testing|qa|demo|nos?\\.?|nr\\.?|#|numbers?|n[º°]))*\\s*#?\\s*(${SLASH_PAIR}(?:${SLASH_JOIN}#?${SLASH_PAIR})*)(?![\\d/])`,
  'giu',
);

