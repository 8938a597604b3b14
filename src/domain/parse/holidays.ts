/**
 * Holidays whose day can be known from the year alone: fixed days (Christmas Eve, Valentine's Day), days
 * counted from Easter (Good Friday, Easter Monday), and the US holidays set by a weekday rule (Memorial
 * Day, Martin Luther King Jr. Day; Black Friday and Cyber Monday after the US Thanksgiving). A holiday whose
 * day depends on the country (Labor Day is 1 May in most of the world, the first Monday of September in
 * the US; Thanksgiving is in October in Canada; Mother's Day) or on a company (Prime Day) is not read as a
 * day: the parser asks which day is meant rather than guess one.
 */
import { addDays, dayOf } from './dayMath';

/** The names read as a day, as a regex alternation (longest first where one starts another). */
export const DAY_HOLIDAY_NAMES =
  "black friday|cyber monday|giving tuesday|boxing day|christmas eve|christmas day|new year['’]?s eve|new year['’]?s day|halloween|heiligabend|silvester|nochebuena|nochevieja|valentine['’]?s day|(?:st\\.?|saint) patrick['’]?s day|singles['’]? day|good friday|easter sunday|easter monday|memorial day|(?:mlk|martin luther king(?:,? jr\\.?)?) day|presidents['’]? day|(?:chinese|lunar) new year";

const FIXED: Record<string, [number, number]> = {
  'boxing day': [12, 26], 'christmas eve': [12, 24], heiligabend: [12, 24], nochebuena: [12, 24], 'christmas day': [12, 25],
  halloween: [10, 31], silvester: [12, 31], nochevieja: [12, 31], 'valentines day': [2, 14], 'patricks day': [3, 17], 'singles day': [11, 11],
};

/** The day of `name` (any case, as DAY_HOLIDAY_NAMES matches it) in `year`, or null when it has none. */
export function holidayDay(name: string, year: number): string | null {
  const key = name.toLowerCase().replace(/['’]/g, '').replace(/^(?:st\.?|saint) /, '').replace(/\s+/g, ' ');
  const newYear = /new years (eve|day)/.exec(key);
  if (newYear) return newYear[1] === 'eve' ? dayOf(year, 12, 31) : dayOf(year, 1, 1);
  if (FIXED[key]) return dayOf(year, FIXED[key][0], FIXED[key][1]);
  const easterOffset: Record<string, number> = { 'good friday': -2, 'easter sunday': 0, 'easter monday': 1 };
  if (key in easterOffset) return addDays(easterSunday(year), easterOffset[key]);
  if (/^(?:chinese|lunar) new year$/.test(key)) return LUNAR_NEW_YEAR[year] ? `${year}-${LUNAR_NEW_YEAR[year]}` : null;
  if (key === 'memorial day') return lastWeekday(year, 5, 1);
  if (/^(?:mlk|martin luther king)/.test(key)) return nthWeekday(year, 1, 1, 3);
  if (key === 'presidents day') return nthWeekday(year, 2, 1, 3);
  // The fourth Thursday of November; Black Friday, Cyber Monday and Giving Tuesday follow it.
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  const after: Record<string, number> = { thanksgiving: 0, 'thanksgiving day': 0, 'black friday': 1, 'cyber monday': 4, 'giving tuesday': 5 };
  return key in after ? addDays(thanksgiving, after[key]) : null;
}

/**
 * Public holidays many countries keep on a weekday: a business day counted across one of them depends on
 * the customer's country, so it is asked rather than counted.
 */
const WIDELY_KEPT = ["new year's day", 'good friday', 'easter monday', 'christmas day', 'boxing day'];

/** The first widely kept public holiday of `year` within the span, or null. */
export function widelyKeptHolidayIn(year: number, span: { from: string; to: string }): string | null {
  return WIDELY_KEPT.map((h) => holidayDay(h, year)).find((h) => h !== null && h >= span.from && h <= span.to) ?? null;
}

/**
 * The feasts around Easter as the languages customers write name them, with their distance from Easter
 * Sunday: "Karfreitag 26.03. bis Ostermontag 29.03.2027" names each day by its feast and its date.
 */
const EASTER_FEASTS: [RegExp, number][] = [
  [/^(?:gr[üu]ndonnerstag|maundy thursday|holy thursday|jueves santo|sk[äæ]rtorsdag)$/i, -3],
  [/^(?:karfreitag|good friday|vendredi saint|viernes santo|venerd[iì] santo|goede vrijdag|l[åa]ngfredag|sexta-feira santa|wielki pi[ąa]tek)$/i, -2],
  [/^(?:karsamstag|ostersamstag|holy saturday|samedi saint|s[áa]bado santo|p[åa]skafton)$/i, -1],
  [/^(?:ostersonntag|easter sunday|p[åa]skdagen|domingo de pascua|dimanche de p[âa]ques|eerste paasdag)$/i, 0],
  [/^(?:ostermontag|easter monday|lundi de p[âa]ques|lunes de pascua|pasquetta|paasmaandag|tweede paasdag|annandag p[åa]sk)$/i, 1],
  [/^(?:pfingstmontag|whit monday|lundi de pentec[ôo]te|pinkstermaandag|tweede pinksterdag)$/i, 50],
];
/** The names of EASTER_FEASTS as one alternation, for a reader that finds them before a date. */
export const EASTER_FEAST_NAMES = EASTER_FEASTS.map(([re]) => re.source.replace(/^\^\(\?:|\)\$$/g, '')).join('|');

/** The day of an Easter feast named in any of EASTER_FEASTS' languages in `year`, or null for another name. */
export function easterFeastDay(name: string, year: number): string | null {
  const feast = EASTER_FEASTS.find(([re]) => re.test(name.trim()));
  return feast ? addDays(easterSunday(year), feast[1]) : null;
}

/** Western Easter Sunday (the Gregorian computus, anonymous algorithm). */
function easterSunday(year: number): string {
  const [a, b, c] = [year % 19, Math.floor(year / 100), year % 100];
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayOf(year, month, ((h + l - 7 * m + 114) % 31) + 1) as string;
}

/** The n-th `weekday` (Sunday = 0) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return dayOf(year, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1)) as string;
}

/** The last `weekday` (Sunday = 0) of a month. */
function lastWeekday(year: number, month: number, weekday: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  return dayOf(year, month, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7)) as string;
}

/**
 * The first day of the Chinese calendar's year falls on a new moon in China's time zone; it follows no
 * rule of the Gregorian calendar, so the years a request can name are listed. Outside them it is asked.
 */
const LUNAR_NEW_YEAR: Record<number, string> = {
  2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03',
};
