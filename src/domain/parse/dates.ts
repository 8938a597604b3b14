/**
 * Day ranges from the new text of a message, through chrono-node, relative to the message's Date header.
 *
 * Rules (docs/design.md, "`parse --json`"; each one names the wrong deletion it prevents):
 * - Dates without a time zone are UTC days. A time of day or a time zone gives the UTC days covering
 *   it, with a note: only whole UTC days can be deleted, and the widening must never be silent.
 * - Numeric dates that read two ways (`03/04/2024`) are ambiguities, never ranges; `13/04/2024` and
 *   `04/13/2024` read one way. Dotted dates (`03.04.2024`) are day-first, as everywhere dots are used.
 * - A range ending before it starts, a date after the message date, and relative or year-less dates
 *   when the message has no Date header are ambiguities.
 * - A year-less date takes the latest year that does not put it after the message date (with a note).
 * - "last week" is Monday–Sunday of the previous ISO week; "since X" ends on the message date.
 * - A date needs a day (or a month with a year, read as the whole month): bare times ("9-5") and
 *   years never become ranges.
 */
import * as chrono from 'chrono-node';
import { englishChrono } from './englishChrono';
import type { DayRange } from '../request';
import { otherWeekStart } from './weekNumbering';
import { ORDINAL_WEEKDAY_OF_MONTH, ordinalWeekdayOfMonth } from './ordinalWeekdays';
import { addDays, currentIsoWeekSoFar, ianaOffset, dayOf, isoWeekRange, mergeRanges, monthRange, previousIsoWeek, previousMonth, previousYear, utcDay } from './dayMath';
import { CORRECTION, DELETE_VERB, MORE_DELETE_UNSPACED, MORE_DELETE_VERBS } from './kindWords';
import { ANY_WEEKDAY } from './weekdayNames';
import { TRANSLATING, adds, namesADay, restOfSentence, sameSentence, selfRepairs } from './selfRepair';
import { CORRECTION_LABEL, CORRECTION_LABEL_ENDING, RESTRICTING, SUFFIXED_DAY, TOO } from './correctionLabels';
import { ASKING, COMPARED_BEFORE, contactBefore, DONE_ALREADY, OBSERVED, stillNeededAfter } from './contextDays';
import { aboutTheAddress } from './unsure';
import { sentenceAround } from './sentence';
import { placeOfTheDay } from './placeOfTheDay';
import { DAY_HOLIDAY_NAMES, EASTER_FEAST_NAMES, easterFeastDay, holidayDay } from './holidays';
import { MONTH_SERIES, seriesDays } from './monthSeries';
import { daysInWords, ITEM_NUMBERS, MONTH_PERIOD, NOT_PART_OF_DAY_BEFORE, PART_OR_ZONE_OF_DAY, RECURRING_OF_MONTH, RECURRING_WEEKDAY_WORD, recurringDays, saidAsGreeting, someDaysOfPeriodBefore } from './looseDays';
import { CANCEL_PART_VERB, CONTRAST, DELETION_NO_LONGER_NEEDED, DELETION_NOT_NEEDED_AFTER, DO_NOT_DELETE, EARLIER_SAID, EXCEPTION, KEEP, NEGATED_DELETION, NO_LONGER_NEED, NOT, OMISSION, PART_TAKEN_BACK, PART_WORD, REPLACED, SETTLED, STAYS, STRIKE, TAKE_BACK_VERB, TAKEN_OUT_OF_REQUEST, TURNED_OUT, UNSPACED_EXCEPTION, UNSPACED_KEEP, WITHOUT } from './exclusionWords';
import { countBesideDaysDiffers, DAY_COUNT_OR_MARGIN, IDENTIFIER_WITH_DATE, ISO_DAY_DOTS_DAY, PAST_WEEK, PERIOD_NAMING_A_THING, relativeDayDisagrees, SHORTHAND_AFTER_DATE, WEEKENDS_ONLY } from './periodWords';
import { allMatches } from './allMatches';
import { FOREIGN_MONTHS, isMonthName, MONTH_NAMES_RE, MONTHS, monthFormAfterDay, monthNumber } from './monthNames';
import { MARKDOWN_STRUCK } from './struckWords';
import { DAY_WORD_READERS, dayWordQuestion } from './dayWords';
import { asOctober, LISTOPAD, LISTOPAD_QUESTION, listopadMonth } from './listopadMonth';
import { endDayQuestion } from './endLeftOut';
import { sinceEventBefore } from './sinceEvent';
import { referredDays, referredDaysQuestion } from './referredDays';
import { saidBetween } from './betweenDays';
import { occasionAskedFor, tellsOfTrouble, toldAsBackground } from './backgroundDays';

export interface DateExtraction {
  ranges: DayRange[];
  /**
   * Each range as read, before merging, with the words it came from; `clause`: the words around it are
   * about deleting ("please delete all data of workspace x for March 1-3"), not a reason given for it
   * ("we cancelled last month, please delete all data").
   */
  evidence: { from: string; to: string; text: string; clause: boolean }[];
  ambiguities: string[];
  notes: string[];
  /** A date was mentioned at all (even one we could not use). */
  mentioned: boolean;
  /** How many separate date expressions became ranges (before merging). */
  expressions: number;
  /**
   * The questions (of `ambiguities`) about days that may all lie after the message date ("we switch
   * provider on 1 March", "closing March 15"): days with no data yet say when, not which days to delete.
   */
  ahead?: string[];
  /**
   * Days taken back from the request ("remove March 4 from DEL-512") that none of the message's own days
   * hold: read as written, while what remains of the ticket is asked (a question about the request, so
   * the days stay shown).
   */
  takenBackAlone?: string[];
  /** A day was counted from the sender's day ("yesterday", "last week"): it depends on when the text was written. */
  relative?: boolean;
}

const FOREIGN_MONTH_RE = Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length).join('|');
/**
 * "12–13 lutego 2024", "od 1. do 3. dubna 2024", "den 2. maj 2024", "3 ottobre 2024": one day or a range.
 * The short word for "year" after the year ("10 апреля 2027 г.", "14 kwietnia 2026 r.") belongs to the
 * date: its full stop left behind split "с 10 апреля 2027 г. по 12 апреля" into two sentences. Its stop
 * is taken only where the sentence goes on in lower case; before a capital or a line's end it ends one.
 * (The word written out, "2027 года", stays outside: what follows it is read as it always was.)
 * The second day keeps its article or day noun ("från den 3 till den 5 maj", "fr.o.m. den 3 t.o.m. den 5
 * maj", "od dnia 3 do dnia 5 maja"): without it only the last day was read, and the first left out.
 */
const foreignDays = (months: string): RegExp => new RegExp(
  `(?<![\\d.])(\\d{1,2})\\.?\\s*(?:([-–—]|až(?:\\s+do)?|ו-?|do|til|till|to|tot|a|al|alle|until|ile|έως|εως|μέχρι|până la|pana la|până în|pana in|până pe|pana pe|la|hadi|до|по|iki|līdz|kuni|ל-?|s\\.\\s?d\\.|s/d|sampai(?:\\s+dengan)?|hingga|hanggang(?:\\s+sa)?|إلى|עד|ถึง|til\\s+og\\s+med(?:\\s+d\\.)?|till\\s+och\\s+med|t\\.\\s?o\\.\\s?m\\.?|i|и|і|та|och|og|ja|e|en|and|και|și|şi|,)\\s*(?:(?:den|il|el|dnia|dne)\\s+|l['’])?(\\d{1,2})\\.?\\s*)?(?:de\\s+)?(${months})(?![^\\P{L}]|\\u03B9)(?:\\.?\\s+(?:de\\s+)?(\\d{4})(?:\\s*(?:г|гг|р|r)(?![^\\P{L}]|\\u03B9)(?:\\.(?=[^\\S\\n]*[\\p{Ll}\\d]))?)?)?`,
  'giu',
);
const FOREIGN_DAYS = foreignDays(FOREIGN_MONTH_RE);
const FOREIGN_MONTH_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${FOREIGN_MONTH_RE})(?![^\\P{L}]|\\u03B9)`, 'giu');
const FOREIGN_MONTH_FIRST = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${FOREIGN_MONTH_RE})\\s+(\\d{1,2})(?![\\d:.\\-–])`, 'giu');
/** "2026. november 9.", "2026. november 9. és 11. között", "2026 m. lapkričio 4–6 d.": a Hungarian or Lithuanian date, the year first. */
const YEAR_FIRST_DAYS = new RegExp(
  `(?<![\\d.])(\\d{4})(?:\\.|\\s*m\\.)\\s*(${FOREIGN_MONTH_RE})\\s+(\\d{1,2})\\.?(?:\\s*(-|–|és|es|to)\\s*(?:(${FOREIGN_MONTH_RE})\\s+)?(\\d{1,2})\\.?)?(?:\\s*d\\.)?(\\s+k[öo]z[öo]tt)?(?![\\d])`,
  'giu',
);
/**
 * "2027. május 1., 2. és 3.", "2027 m. gegužės 1, 2 ir 3 d.": a list of days after a year-first month.
 * Read as the first day alone, the other days were left out of a scope shown as complete. A list of
 * commas alone is taken only with the Lithuanian "d." after it or a full stop after every day ("3., 10
 * órakor" is a day and an hour).
 */
const YEAR_FIRST_LIST = new RegExp(
  `(?<![\\d.])(\\d{4})(?:\\.|\\s*m\\.)\\s*(${FOREIGN_MONTH_RE})\\s+(\\d{1,2}\\.?(?:\\s*,\\s*\\d{1,2}\\.?)+(?:\\s*,?\\s*(?:és|es|ir|and)\\s*\\d{1,2}\\.?(?:\\s*d\\.)?|\\s*d\\.)|\\d{1,2}\\.(?:\\s*,\\s*\\d{1,2}\\.)+)(?![\\d:]|\\s*k[öo]z[öo]tt)`,
  'giu',
);
/** Only the names no other parser reads ("marca", "maaliskuuta"): rewritten in any text. */
const FOREIGN_ONLY_DAYS = foreignDays(Object.keys(FOREIGN_MONTHS).filter((n) => !(n in MONTHS)).sort((a, b) => b.length - a.length).join('|'));
/** The names English does not share ("Oktober", "Dezember", "juni"): read by us when no other reader is called. */
const FOREIGN_NOT_ENGLISH_DAYS = foreignDays(
  Object.keys(FOREIGN_MONTHS).filter((n) => !/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i.test(n)).sort((a, b) => b.length - a.length).join('|'),
);
/** Words joining two days into two single days, not the days between ("2 i 3 marca", "1 och 8 mars"). */
const AND_WORD = /^(?:i|и|і|та|och|og|ja|e|en|and|και|și|şi|,)$/iu;
/** Every month name we know, in any language and case. */
const ANY_MONTH_RE = [...new Set([...Object.keys(MONTHS), ...Object.keys(FOREIGN_MONTHS)])].sort((a, b) => b.length - a.length).join('|');
const MONTH_FIRST = new RegExp(`^\\s*(?:de\\s+|di\\s+)?(?:${ANY_MONTH_RE})(?![^\\P{L}]|\\u03B9)`, 'iu');
/** The text starts with a month name in a language we read ("marzo 2025", " de marzo"): a day number before it is a date. */
export function startsWithMonth(text: string): boolean {
  return MONTH_FIRST.test(text);
}
/** "marzec 2025", "w marcu 2025", "maaliskuussa 2025": a month with its year, read as the whole month. */
const FOREIGN_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d.]|\\d\\.?\\s+)(${Object.keys(FOREIGN_MONTHS).filter((n) => !(n in MONTHS)).sort((a, b) => b.length - a.length).join('|')})(?![^\\P{L}]|\\u03B9)\\s+(\\d{4})(?![\\d])`, 'giu');
/**
 * "für Oktober 2026", "pour octobre 2026", "em outubro de 2026": a month with its year in a language whose
 * chrono parser reads only full dates (German, French, Portuguese, Italian), rewritten in English. Never
 * after a day ("5. Oktober 2026", "1er octobre 2026", "3 au 5 octobre 2026" are days, read elsewhere).
 */
const ENGLISH_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const OTHER_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d.]|\\d(?:er|re|º|°|\\.)?\\s+(?:de\\s+)?)(${Object.keys(MONTHS).filter((n) => !ENGLISH_MONTHS.has(n)).sort((a, b) => b.length - a.length).join('|')})(?![^\\P{L}]|\\u03B9)\\.?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?![\\d])`,
  'giu',
);
/** "marca i kwietnia 2025", "March and April 2025": two whole months sharing the year. */
const MONTH_AND_MONTH = new RegExp(`(?<![\\p{L}\\d.])(${ANY_MONTH_RE})\\.?\\s*(?:,|and|und|et|y|e|en|i|och|og|ja|a|und)\\s+(${ANY_MONTH_RE})\\.?(?![^\\P{L}]|\\u03B9)\\s+(\\d{4})(?![\\d])`, 'giu');
/** "od marca do kwietnia 2025", "da gennaio a marzo 2025", "from January to March 2025": every day of the months. */
const MONTH_TO_MONTH = new RegExp(`(?<![\\p{L}\\d.])(${ANY_MONTH_RE})\\.?\\s*(?:to|through|till|until|bis|à|au|a|al|hasta|até|tot|do|till|til|–|-)\\s*(${ANY_MONTH_RE})\\.?(?![^\\P{L}]|\\u03B9)\\s+(\\d{4})(?![\\d])`, 'giu');
const MONTH_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)|月`, 'iu');

const NUMERIC_DATE = /(?<![\d/.:-])(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?![\d/-]|[.:]\d)/g;
const SLASH_NO_YEAR = /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})(?![\d/]|[.:]\d)/g;
const DASH_BETWEEN_NUMBERS = /(\d)\s*[–—]\s*(\d)/g;
/** Arrows written for "to": "→", "⟶", "➔", "⇒", "->", "-->", "=>". */
const RANGE_ARROW = '(?:[→⟶➔➜⇒]|-{1,2}>|=>)';
/**
 * Every mark written between the two days of a range that no reader joins: the full-width tilde and the
 * wave dash of Japanese, Chinese and Korean keyboards ("3～5 March", "2027/03/03〜05"), arrows ("March 3 → 5"),
 * and the hyphens and minus sign of other keyboards ("3‒5", "3−5"). Between a day and a day number (not a
 * time, a version or a year after it) each is the hyphen the readers know. An arrow said to be a correction
 * ("→ March 4 (corrected)") was asked about before this (correctionIn).
 */
const RANGE_MARK_BETWEEN_DAYS = new RegExp(
  `(?<=(?<![\\d.:,])\\d{1,2}(?:st|nd|rd|th|\\.)?)[^\\S\\n]*(?:[～〜‐‑‒―−]|${RANGE_ARROW})[^\\S\\n]*(?=(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th|\\.)?(?![\\d:/]|[.,]\\d|\\s*(?:%|am|pm|a\\.m|p\\.m|h|hrs?|hours?|uhr|minutes?|mins?)(?![^\\P{L}]|\\u03B9)))`,
  'giu',
);
/**
 * "all morning on 14 May", "in the afternoon on Friday, 20 May": a part of the day said with
 * "on" before its day. chrono reads "afternoon on 20 May" as a time of an unknown day
 * and the day was lost with it; it is a part of that day, as "the afternoon of 20 May" is.
 */
const PART_OF_DAY_ON = `(?<![^\\P{L}]|\\u03B9)(?:(?:all|in|during|at)\\s+)?(?:the\\s+)?(?:morning|afternoon|evening|night)\\s+on\\s+(?=(?:(?:${ANY_WEEKDAY.source}),?\\s+)?(?:the\\s+)?\\d|(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9))`;
const NIGHT_OF = new RegExp(String.raw`\b(?:the\s+)?(?:night|evening|overnight)\s+(?:of|from)\s+|\b(?:the\s+)?(?:morning|afternoon)\s+of\s+|\bin der nacht (?:vom|von)\s+|\bla nuit du\s+|\bla noche del\s+|(?<![^\P{L}]|\u03B9)(?:(?:am|den(?:\s+ganzen)?)\s+(?:vormittag|nachmittag|abend|morgen)\s+(?:des|vom|von|am)|la\s+(?:mañana|tarde)\s+del|(?:la\s+matin[ée]e|le\s+matin|l['’]apr[èe]s-midi|la\s+soir[ée]e|le\s+soir)\s+du|(?:la\s+mattin(?:a|ata)|il\s+pomeriggio|la\s+sera(?:ta)?)\s+del|(?:a\s+manh[ãa]|a\s+tarde|a\s+noite)\s+d[oe]|(?:de\s+(?:ochtend|middag|avond|voormiddag|namiddag))\s+van)\s+(?=\d)|(?<![^\P{L}]|\u03B9)(?:(?:в|за)\s+)?ночь\s+с\s+|(?<![^\P{L}]|\u03B9)(?:(?:в|за)\s+)?ніч\s+з\s+|${PART_OF_DAY_ON}`, 'giu');
/** "ночь с 10 на 11 декабря": the two days of a Russian or Ukrainian night, as a span. */
const NIGHT_DAYS_RU = /(?<=(?:ночь|ніч)\s+[сз]\s+)(\d{1,2})\s+на\s+(\d{1,2})(?!\d)/giu;
const MONTH_SLASH_DAYS = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${MONTH_NAMES_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*/\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d/])`, 'giu');
const DAYS_SLASH_MONTH = new RegExp(`(?<![\\d/.])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*/\\s*(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?(${ANY_MONTH_RE})(?![^\\P{L}]|\\u03B9)`, 'giu');
/** "October 3rd and 4th", "3rd and 4th of October": each day with its month, so none is dropped. */
const MONTH_DAY_AND_DAY = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${MONTH_NAMES_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|&|,|und|et|y|e|en)\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d:/]|[.:]\\d|\\s*(?:am|pm|h\\b))`, 'giu');
/** The article a second day number may carry: "the 5th", "le 20", "el 5", "del 5", "il 5", "den 5.". */
const DAY_ARTICLE = '(?:the|le|el|del|il|den|dem|du|am|dal)';
/** "and" between days, in the languages read: "7 dan 8 November", "3 és 4 november", "3 và 4 tháng 11". */
const AND_WORDS = 'and|&|und|et|y|e|en|i|och|og|ja|dan|và|ve|și|şi|és|oraz|και|и|і|та|ו-?|aur|و';
const DAY_AND_DAY_MONTH = new RegExp(`(?<![\\d/.:])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:,|${AND_WORDS})\\s*(?:${DAY_ARTICLE}\\s+)?(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'giu');
/** "3, 4 e 5 de março de 2025", "3, 4 y 5 de marzo", "1, 2 and 3 March 2024": every day of the list. */
/**
 * "26 ve 27 Kasım 2026", "15 و16 نوفمبر": once the second day's month is read ("26 ve November 27, 2026"),
 * the first day takes it. Not the English "and": "the 4th and March 5" leaves the 4th without a month.
 */
const DAY_AND_MONTH_DAY = new RegExp(`(?<![\\d/.:,])(?<!(?:${MONTH_NAMES_RE})\\.?\\s{0,3})(?<![-–—]\\s*)(\\d{1,2})\\.?\\s*(?:${AND_WORDS.replace('and|&|', '')})\\s*(${MONTH_NAMES_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4}))?`, 'giu');
/** "9 ao February 10, 2027", "3 tot February 5": a day, a range word of another language, then a date read. */
const DAY_TO_MONTH_DAY = new RegExp(`(?<![\\d/.:,])(?<!(?:${MONTH_NAMES_RE})\\.?\\s{0,3})(\\d{1,2})\\.?\\s*(?:ao|à|al|au|até|tot|bis|până la|pana la|έως|ως|til)\\s+(${MONTH_NAMES_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4}))?`, 'giu');
const DAY_LIST_MONTH = new RegExp(`(?<![\\d/.:,])((?:\\d{1,2}(?:st|nd|rd|th|\\.)?\\s*,\\s*)*\\d{1,2}(?:st|nd|rd|th|\\.)?\\s*(?:,|${AND_WORDS})\\s*(?:${DAY_ARTICLE}\\s+)?\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'giu');
/** "March 3, 4 and 5, 2025", "marzo 3, 4 y 5": every day of the list. */
// ("March 3 & 05 & 07 2027": "&" lists days as a comma does.)
const MONTH_DAY_LIST = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${MONTH_NAMES_RE})\\.?\\s+((?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s*[,&]\\s*)+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*(?:${AND_WORDS})\\s*(?:the\\s+)?\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'giu');
/** "do dia 3 ao dia 5", "del día 3 al día 5", "os dias 3 e 5": the word "day" before a day number. */
const DAY_WORD = /(?<![^\P{L}]|\u03B9)d[ií]as?\s+(?=\d{1,2}(?!\d))/giu;
/** A day number joined to a date ("3, 4 e 5 de março", "10 ao 5 de"): read with it, or asked about. */
const DAY_NUMBER_JOINED = /(?<![\d.,:/-])(?<![^\P{L}]|\u03B9)(\d{1,2})\.?(?:\s*(?:,|&|-|–|(?<![^\P{L}]|\u03B9)(?:and|e|y|et|und|i|och|og|en|ja|to|a|al|ao|au|bis|do|tot|til|till)(?![^\P{L}]|\u03B9))(?:\s*(?:el|il|le|la|the|den)(?![^\P{L}]|\u03B9))?)+\s*$/iu;
/**
 * "25 sampai 26 November", "6 hadi 9 Novemba": a day number joined to a date by a word no reader knows.
 * Read alone, the date would delete its last day only; the day before it is asked about.
 */
const UNKNOWN_DAY_JOIN =
  /(?<![\d.,:/-])(?<![^\P{L}]|\u03B9)(?<!(?:^|\n)[ \t]*)(\d{1,2})\.?[ \t]*(?:(?!(?:on|for|at|in|of|from|since|the|and|or|am|pm|h|uhr|x|days?|hours?|weeks?|months?|times?|apps?|sources?|events?|am|im|le|la|el|den|dem|der)(?![^\P{L}]|\u03B9))(?![\d])[\p{L}\p{M}'’/]{1,9}\.?[ \t]*){1,2}$/iu;
/** "the 1st through the 3rd of October 2024", "1st-3rd October". */
/** "1–2 och 5–6 oktober 2026", "1-3 and 8-10 March": two day ranges sharing the month written once. */
const RANGE_AND_RANGE_MONTH = new RegExp(`(?<![\\d/.:])(\\d{1,2})\\.?\\s*[-–—]\\s*(\\d{1,2})\\.?\\s*(?:,|${AND_WORDS})\\s*(?:${DAY_ARTICLE}\\s+)?(\\d{1,2})\\.?\\s*[-–—]\\s*(\\d{1,2})\\.?\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'giu');
const DAY_TO_DAY_MONTH = new RegExp(`(?<![\\d/.:])(?<!(?<![^\\P{L}]|\\u03B9)(?:${MONTH_NAMES_RE})\\.?\\s{0,3})(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:through|thru|to|until|till(?:\\s+och\\s+med)?|til\\s+og\\s+med|[-–—]|bis|au|al|til|tot|t\\.o\\.m\\.|do)\\s*(?:the\\s+|zum\\s+|le\\s+|den\\s+|med\\s+)?(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)(?:\\.?,?\\s+(\\d{4}))?`, 'giu');
/**
 * Words joining two dates into a range ("15/07/2024 a 17/07/2024", "12 Feb through 14 Feb 2024",
 * "du 15 au 17"). "and"/"und"/"et"/"y" join two single days and are not among them.
 */
const RANGE_JOIN = /^[\s,]*(?:\.\.|to|through|thru|until|till|up to|upto|up till|bis(?:\s+zum|\s+einschlie(?:ß|ss)lich)?|auf den|au|à|a|al|hasta(?:\s+el)?|até(?:\s+(?:o\s+)?dia)?|tot(?:\s+en\s+met)?|fino al|fino a|do|til|till och med|til og med|έως|εως|μέχρι|p[âa]n[ăa] (?:la|în|in|pe)|la|līdz|iki|kuni|до|по|až|hingga|sampai|đến|ถึง|עד|إلى|تا|से|سے|se|(?:going\s+)?back\s+(?:to|until)|['’](?:den|dan|ten|tan)|-|–|から|到|至)\s*(?:the\s+|le\s+|el\s+|o\s+|dem\s+|den\s+|ngày\s+|dia\s+|dnia\s+|dne\s+|tanggal\s+|tgl\.?\s+)?$/iu;
/** Words between two dates that say neither "to" nor "and": "or", "bzw.", "/" (a person would ask). */
// Symbols some write for "to" and others for "or about" ("01.10.2026 ~ 03.10.2026", "2026-10-01 -> 2026-10-03"),
// and a second day hedged ("2026-10-01 and perhaps 2026-10-07"): two days or the days between, or not at all.
const UNSURE_JOIN =
  /^\s*(?:or|oder|bzw\.?|beziehungsweise|resp\.?|ou|o|\/|~|～|〜|->|=>|→|⇒|>|<->|(?:(?:and|or|und|oder|et|ou|y|o|e)\s+)?(?:perhaps|maybe|possibly|probably|if needed|if possible|vielleicht|eventuell|evtl\.?|peut-être|peut-etre|quizás|quizas|tal vez|forse))\s*$/i;
/** "12 Feb through 14 Feb 2024", "12. Februar bis 14. Februar 2024": a day and month at both ends. */
const DAY_MONTH_TO_DAY_MONTH = new RegExp(`(?<![\\d/.:])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES_RE})\\.?\\s*(?:through|thru|to|until|till|bis(?:\\s+zum)?|au|al|a|à|hasta(?:\\s+el)?|até|-)\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'giu');
/**
 * "el lunes pasado", "lundi dernier", "letzten Montag", "lunedì scorso", "afgelopen maandag", "na sexta
 * passada", "w zeszły piątek", "i fredags": the most recent such weekday before the sender's day, as
 * "last Friday" is read.
 */
const FOREIGN_LAST_WEEKDAY =
  /(?<![^\P{L}]|\u03B9)(?:(?:el\s+)?(lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\s+pasado|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+dernier|(?:letzten|vergangenen)\s+(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)\s+scors[oa]|(?:afgelopen|vorige)\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|(?:na\s+|no\s+)?(segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado|domingo)(?:-feira)?\s+passad[ao]|(?:w\s+)?(?:zesz[łl]y|zesz[łl]ą|ostatni|ostatnią)\s+(poniedzia[łl]ek|wtorek|[śs]rod[ęe]|czwartek|pi[ąa]tek|sobot[ęe]|niedziel[ęe])|i\s+(m[åa]ndags|tisdags|tirsdags|onsdags|torsdags|fredags|l[öø]rdags|s[öø]ndags|mandags)|ge[çc]en\s+(pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma(?!rtesi)|cumartesi|pazar(?!tesi))(?:\s+g[üu]n[üu]\p{L}*)?|(senin|selasa|rabu|kamis|jum['’]?at|sabtu)\s+(?:lalu|kemarin))(?![^\P{L}]|\u03B9)/giu;
/** Monday = 1 … Sunday = 0, as WEEKDAY_EN counts (0 = Sunday). */
const FOREIGN_WEEKDAY_INDEX = [
  /^(?:domingo|dimanche|sonntag|domenica|zondag|niedziel|s[öø]ndags|pazar(?!tesi))/i,
  /^(?:lunes|lundi|montag|luned|maandag|segunda|poniedzia|m[åa]ndags|mandags|pazartesi|senin)/i,
  /^(?:martes|mardi|dienstag|marted|dinsdag|ter[çc]a|wtorek|tisdags|tirsdags|sal[ıi]|selasa)/i,
  /^(?:mi[ée]rcoles|mercredi|mittwoch|mercoled|woensdag|quarta|[śs]rod|onsdags|[çc]ar[şs]amba|rabu)/i,
  /^(?:jueves|jeudi|donnerstag|gioved|donderdag|quinta|czwartek|torsdags|per[şs]embe|kamis)/i,
  /^(?:viernes|vendredi|freitag|venerd|vrijdag|sexta|pi[ąa]tek|fredags|cuma(?!rtesi)|jum['’]?at)/i,
  /^(?:s[áa]bado|samedi|samstag|sabato|zaterdag|sobot|l[öø]rdags|cumartesi|sabtu)/i,
];
/** "yesterday and the day before": the second day is the one before yesterday. */
const DAY_BEFORE_PAIR = /\byesterday(\s*(?:and|&|or)\s*)the day before\b(?!\s+yesterday)/gi;
/** "kemarin dan hari sebelumnya", "dün ve önceki gün": yesterday and the day before it, in Indonesian and Turkish. */
const FOREIGN_DAY_BEFORE_PAIR = /(?<![^\P{L}]|\u03B9)(?:kemarin\s+(?:dan|&)\s+(?:hari\s+)?sebelumnya|d[üu]n\s+ve\s+(?:[öo]nceki|ondan [öo]nceki)\s+g[üu]n)(?![^\P{L}]|\u03B9)/giu;
/**
 * In Japanese, Chinese and Korean writing "~" and "〜" are the range mark ("2026-11-01 ~ 2026-11-03" is
 * 1 to 3 November); elsewhere they may mean "about", and two dates joined by them are asked about. The
 * full-width tilde and the wave dash are typed only in that writing ("2026/11/03～2026/11/05" in an
 * English sentence from a Japanese keyboard), so they are the range mark wherever they stand.
 */
function cjkRangeMark(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (/^\s*[～〜]\s*$/.test(between)) return true;
  return /^\s*[~～〜]\s*$/.test(between) && (HAS_CJK.test(text) || /[\uac00-\ud7af]/.test(text));
}
/** Words for the day before yesterday that chrono misreads (it finds "hier" inside "avant-hier"); Mexican Spanish says "antier";
 * phone-typed English drops the article ("day before yesterday"), which chrono reads as yesterday. */
const DAY_BEFORE_YESTERDAY = /\bavant[- ]hier\b|\banteayer\b|\bantes de ayer\b|\banteontem\b|\bantier\b|(?<!\b(?:the|any|every|each|all|some|one|a|no|other)\s+)\bday before yesterday\b|(?<![^\P{L}]|\u03B9)(?:przedwczoraj|l['’]altro\s?ieri|altroieri|avantieri|ieri l['’]altro|eergisteren|(?:i\s+)?förrgår|(?:i\s+)?forgårs|toissa\s?päivänä|أول أمس|اول امس|أول امبارح|dün değil önceki gün|evvelsi gün|kemarin lusa|hôm kia|позавчора|позавчера|שלשום|προχθές)(?![^\P{L}]|\u03B9)|前天|おととい/giu;
/**
 * "yesterday", "yesterday's" and "today" in languages chrono does not read (Italian, Polish, Swedish,
 * Danish, Norwegian, Finnish, Greek, Ukrainian, Russian, Vietnamese, Indonesian, Hebrew, Thai, Chinese),
 * rewritten in English so one reading serves them all.
 */
const FOREIGN_YESTERDAYS = /(?<![^\P{L}]|\u03B9)(?:wczorajsz\p{L}*|gårsdagens|eilis\p{L}*|eilinen)(?![^\P{L}]|\u03B9)/giu;
// Tagalog "kahapon", Malay "semalam" and "kelmarin", Hungarian "tegnap", Greek "εχθές"/"χτες", Persian "دیروز";
// Swahili "jana" only after its linking words ("ya jana", "tangu jana"): alone it is a name, and Hindi's "to go".
const FOREIGN_YESTERDAY = /(?<![^\P{L}]|\u03B9)(?:kahapon|semalam|kelmarin|tegnap|εχθές|εχθες|χτες|دیروز|(?<=(?:ya|la|wa|za|tangu|hadi|mpaka|kuanzia)\s)jana|wczoraj|ieri|igår|i\s+går|eilen|dün|včera|i\s+går|χθες|вчора|вчера|hôm qua|(?<!(?:minggu|pekan|bulan|tahun)(?:-\p{L}+)?\s)kemarin|ayer|אתמול|(?<!أول |اول )أمس|امبارح|البارحة|dünkü|вчерашн\p{L}*|вчорашн\p{L}*|wczorajsz\p{L}*|včerejš\p{L}*|کل(?= (?:کا|کے|کی))|कल(?= (?:का|के|की)))(?![^\P{L}]|\u03B9)|昨天|어제|เมื่อวาน(?:นี้)?/giu;
const FOREIGN_TODAY = /(?<![^\P{L}]|\u03B9)(?:dzisiaj|dziś|oggi|idag|i\s+dag|tänään|tältä päivältä|tämän päivän|bugün|bugünkü|dnes|dnešní|azi|astăzi|astazi|hari ini|ngayon|hôm nay|σήμερα|сьогодні|сегодня|היום|dnešek)(?![^\P{L}]|\u03B9)|今天|วันนี้/giu;
/**
 * Weekday names and the abbreviations mail and letters use: English, German, French, Spanish, Portuguese
 * with abbreviations; Italian, Dutch, Polish (with the accusative "w środę"), Swedish, Danish, Norwegian
 * and Finnish (with the essive "tiistaina") in full; Hebrew only with its word for "day" ("יום ראשון",
 * "ליום שלישי": "ראשון" alone is "first"), and "שבת" (0 = Sunday).
 */
const WEEKDAY_WORDS: [number, string][] = [
  [0, 'sunday|sun|sonntag|so|dimanche|dim|domingo|dom|domenica|zondag|niedziela|niedzielę|niedziele|söndag|søndag|sunnuntai(?:na)?|κυριακή|κυριακη|duminică|duminica|vasárnap|vasarnap|[בלמ]?יום ראשון'],
  [1, 'monday|mon|montag|mo|lundi|lun|lunes|segunda(?:-feira)?|seg|lunedì|lunedi|maandag|poniedziałek|poniedzialek|måndag|mandag|maanantai(?:na)?|δευτέρα|δευτερα|hétfő|hetfo|[בלמ]?יום שני'],
  [2, 'tuesday|tues|tue|dienstag|di|mardi|mar|martes|terça(?:-feira)?|terca(?:-feira)?|ter|martedì|martedi|dinsdag|wtorek|tisdag|tirsdag|tiistai(?:na)?|τρίτη|τριτη|[בלמ]?יום שלישי'],
  [3, 'wednesday|wed|mittwoch|mi|mercredi|mer|miércoles|miercoles|mié|mie|quarta(?:-feira)?|qua|mercoledì|mercoledi|woensdag|środa|środę|sroda|srode|onsdag|keskiviikko(?:na)?|τετάρτη|τεταρτη|miercuri|szerda|[בלמ]?יום רביעי'],
  [4, 'thursday|thurs|thu|donnerstag|do|jeudi|jeu|jueves|jue|quinta(?:-feira)?|qui|giovedì|giovedi|donderdag|czwartek|torsdag|torstai(?:na)?|πέμπτη|πεμπτη|csütörtök|csutortok|[בלמ]?יום חמישי'],
  [5, 'friday|fri|freitag|fr|vendredi|ven|viernes|vie|sexta(?:-feira)?|sex|venerdì|venerdi|vrijdag|piątek|piatek|fredag|perjantai(?:na)?|παρασκευή|παρασκευη|vineri|péntek|pentek|[בלמ]?יום שישי'],
  [6, 'saturday|sat|samstag|sa|samedi|sam|sábado|sabado|sáb|sab|sabato|zaterdag|sobota|sobotę|sobote|lördag|lørdag|lauantai(?:na)?|σάββατο|σαββατο|sâmbătă|sambata|szombat|[בלמ]?שבת'],
];
const WEEKDAY_ALT = WEEKDAY_WORDS.map(([, w]) => w).join('|');
/** Weekday names long enough never to be another word ("maandag", "Wednesday", not "do" or "mar"). */
const LONG_WEEKDAY = WEEKDAY_WORDS.flatMap(([, w]) => w.split('|')).filter((w) => w.replace(/\(.*\)\??/, '').length >= 5).join('|');
const LIST_WEEKDAY = `(?:(?:${LONG_WEEKDAY})\\.?,?\\s+(?:den\\s+|le\\s+|el\\s+)?)`;
const LIST_DAY = `${LIST_WEEKDAY}?\\d{1,2}(?:st|nd|rd|th|\\.)?`;
/** "maandag 2, woensdag 4 en vrijdag 6 november 2026": a day list with a weekday before each day. */
const WEEKDAY_DAY_LIST = new RegExp(
  `(?<![\\p{L}\\d])(${LIST_DAY}(?:\\s*,\\s*${LIST_DAY})*\\s*(?:,|${AND_WORDS})\\s*${LIST_DAY})(\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)(?:,?\\s+(?:de\\s+)?(\\d{4}))?)`,
  'giu',
);
/** An Easter feast right before a numeric date: "Karfreitag 26.03.", "Ostermontag, 29.03.2027". */
const EASTER_FEAST_BEFORE_DATE = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${EASTER_FEAST_NAMES})(\\s*,?\\s*(?:den\\s+|dem\\s+|le\\s+|el\\s+)?)(\\d{1,2})[./](\\d{1,2})\\.?(?:[./](\\d{4}))?(?!\\d)`, 'giu');
/** A weekday not in English, long enough to be nothing else, right before a day's number. */
const FOREIGN_WEEKDAY_BEFORE_DAY = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(${WEEKDAY_WORDS.flatMap(([, w]) => w.split('|')).filter((w) => w.replace(/\(.*\)\??/, '').length >= 5 && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|thurs)$/.test(w)).join('|')})(\\.?,?\\s*)(?:den\\s+|dem\\s+|le\\s+|el\\s+|dia\\s+)?(?=\\d)`,
  'giu',
);
/** A weekday written right before a numeric date ("Mo., 5.3.2024", "mardi 05/03/2024"). */
const WEEKDAY_NUMERIC = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${WEEKDAY_ALT})\\.?,?\\s*(?:den\\s+|le\\s+|el\\s+|dia\\s+)?(\\d{1,2})([/.])(\\d{1,2})\\3(\\d{4}|\\d{2})(?![\\d])`, 'giu');
/**
 * "in der Nacht vom 4. auf den 5. März 2024, 23:00–02:00 MEZ", "the night of 4 to 5 March 2024 between
 * 11pm and 2am CET": the window starts on the first day and ends on the second.
 */
const NIGHT_WINDOW = new RegExp(
  `(?:\\b(?:the\\s+)?(?:night|overnight)\\s+(?:of|from)\\s+|\\b(?:in )?der nacht (?:vom|von)\\s+|\\bdie nacht (?:vom|von)\\s+|\\bla nuit du\\s+|\\bla noche del?\\s+|\\bna noite de\\s+)(\\d{1,2})\\.?\\s*(?:auf den|to|au|al|and|und|-|/|a|para)\\s*(\\d{1,2})\\.?\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?` +
    `(?:[\\s,]*(?:between|zwischen|von|from|de|entre|from)?\\s*(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|uhr|h)?\\s*(?:-|and|und|to|bis|à|a|y|e|et)\\s*(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|uhr|h\\b)?)?`,
  'giu',
);
/** "04.–06.03.2024", "4.-6.3.24", "04.03.–06.03.2024", "04.03. bis 06.03.2024". */
const DOTTED_RANGE = /(?<![\d.])(\d{1,2})\.(?:(\d{1,2})\.)?\s*(?:[-–—]|bis|au|al|to)\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/gi;
// Not a contract's sections: "gemäß Ziffer 4.1. bis 4.3.", "Abschnitt 2.1.–2.3.", "§ 3.1.–3.4.".
const DOTTED_RANGE_NO_YEAR = /(?<![\d.])(?<!(?:ziffer|ziff\.|abschnitt|abschn\.|punkt|pkt\.|nr\.|nummer|kapitel|kap\.|absatz|abs\.|tz\.|rn\.|art\.|artikel|section|clause|§|sections?|clauses?|items?|points?)\s{0,3})(\d{1,2})\.(?:(\d{1,2})\.)?\s*(?:[-–—]|bis)\s*(\d{1,2})\.(\d{1,2})\.(?![\d]|\s*\d{2,4}(?!\d))/gi;
/** "2024年6月3日から5日まで", "6月3日〜6月5日". */
// Chinese writes the day with 日 or 号/號 and joins a range with 到, 至 or ～ as Japanese does with から.
// Korean writes 년 월 일 and joins with 부터 … 까지: "2026년 10월 3일부터 5일까지".
const JA_DAY_RANGE = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]\s*(?:から|부터|～|~|〜|-|–|到|至)\s*(?:\d{4}\s*[年년]\s*)?(?:(\d{1,2})\s*[月월]\s*)?(\d{1,2})\s*[日号號일](?:まで|까지)?/g;
/** "2026년 11월 14일과 15일", "11月14日と15日", "11月14日和15日": two days of one month. */
const CJK_DAY_AND_DAY = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]\s*(?:과|와|및|하고|그리고|と|及|和|与|與|、)\s*(\d{1,2})\s*[日号號일]/g;
const JA_DAY = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]/g;
/** "between 7:00 and 8:00 am": times only; chrono joins a day with "from 7:00 to 8:00 am". */
const BETWEEN_TIMES = /\bbetween\s+(\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)\s+and\s+(\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)(?=\s|$|[.,;])/gi;
/** What the sentence before described: "the affected data", "los datos afectados", "data yang terdampak", "all påverkad data". */
const AFFECTED_DATA =
  /(?<![^\P{L}]|\u03B9)(?:affected|those|these|that data|this data|them|that (?:night|day|morning|evening|weekend|period|window)(?:['’]s)?(?= data| events)|that (?:day|date)|(?:an |für |von )?(?:diesem|diesen|jenem|jenen) (?:Tag|Datum)|ce jour(?:-là)?|cette (?:journée|date)|(?:ese|este|dicho|aquel) día|quel(?:la)? (?:giorno|giornata|data)|(?:die|deze) dag|(?:esse|desse|daquele|nesse) dia|tego dnia|t(?:en|oho) d(?:en|ne)|ten deň|tega dne|t(?:aj|og) dan(?:a)?|tą dieną|その日|그날|betroffenen?|concern[ée]e?s|afectad[oa]s|afetad[oa]s|getroffen|betreffende|desbetreffende|bewuste|interessati|coinvolti|terdampak|terkena|etkilenen|berørte|berørt|berörda|berörd|berört|påverkad|påverkade|påverkat|påvirket|påvirkede|påvirkete|dotčen\p{L}*|dotknięt\p{L}*|objęt\p{L}*|prabhavit)(?![^\P{L}]|\u03B9)|영향|影響|受影响|受影響|المتأثرة|प्रभावित/iu;
const RANGE_SPLIT = /\s(?:to|until|till|through|thru|bis|au|al|hasta|tot|até)\s|\s?-\s?|から/i;
/** Relative expressions we accept as a day; "last quarter", "now", "recently" are not days. */
const RELATIVE_DAY = /\b(?:yesterday|today|the day before yesterday|\d+ days? ago|(?:last|on|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|gestern|vorgestern|heute|\bhier\b|aujourd'hui|avant-hier|\bayer\b|anteayer|\bhoy\b|gisteren|vandaag|ontem|\bhoje\b|昨日|今日|一昨日/i;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?!\d)|\+\d[\d\s]{8,}\d/g;
const URL_OR_EMAIL = /\bhttps?:\/\/\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+/g;
/** "del 1 al 3 de marzo de 2024", and the Italian "dal 1 al 3 marzo 2024" (chrono reads no Italian). */
const SPANISH_RANGE = /\b(?:del|desde el|dal|dall['’]|da|dias|días|de|entre|los)\s*(\d{1,2})\s+(?:al|hasta el|all['’]|a|e|y)\s*(\d{1,2})\s+(?:de\s+)?([a-zçé]+)(?:\s+(?:(?:de|del)\s+)?(\d{4}))?/gi;
/** "3 ottobre 2024", "il 3 ottobre": Italian day and month, rewritten in English for chrono. */
const ITALIAN_DAY = /\b(\d{1,2})\s+(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)(?:\s+(\d{4}))?\b/gi;
// "last week", "this week" and "last month" in every language customers write: Italian, Polish (with its
// cases), Swedish, Danish, Norwegian, Finnish (with its cases), Chinese and Japanese besides the rest;
// "last month" also in Russian, Ukrainian, Vietnamese, Indonesian, Turkish, Arabic, Hebrew, Persian, Korean and Thai.
const LAST_WEEK =
  /(?<![^\P{L}]|\u03B9)(?:(?:last|previous|past) week|(?:letzte|vergangene|letzten|vergangenen|letzter|vergangener|vorige|vorigen) woche|la semaine (?:derni[eè]re|pass[ée]e)|la semana pasada|(?:vorige|afgelopen) week|(?:a |na )?semana passada|(?:la )?settimana scorsa|(?:nella |la )?scorsa settimana|(?:w )?(?:zeszłym|zeszlym|ubiegłym|ubieglym|poprzednim|ostatnim) tygodniu|(?:z )?(?:zeszłego|zeszlego|ubiegłego|ubieglego|poprzedniego) tygodnia|(?:zeszły|zeszly|ubiegły|ubiegly|poprzedni) tydzień|förra veckan|(?:i )?sidste uge|(?:i )?forrige uge|(?:i )?forrige uke|(?:i )?sist uke|viime viikolla|viime viikon|viime viikko|minggu lepas|(?:noong )?nakaraang linggo|wiki iliyopita|wiki jana|múlt héten|mult heten|(?:την )?περασμένη εβδομάδα|هفته (?:گذشته|پیش|قبل)|पिछले (?:हफ्ते|हफ़्ते|सप्ताह)|पिछला (?:हफ्ता|हफ़्ता|सप्ताह)|(?<!-)minggu lalu|pekan lalu|(?<!-)minggu kemarin|ge[çc]en hafta|[öo]nceki hafta|tuần trước|tuần vừa rồi|الأسبوع الماضي|الاسبوع الماضي|الأسبوع اللي فات|پچھلے ہفتے|پچھلا ہفتہ|pichhle hafte|pichle hafte|last hafte|שבוע שעבר|בשבוע שעבר|минулого тижня|на минулому тижні|на прошлой неделе|прошлой недели|(?:за )?прошлую неделю|прошлая неделя|(?:за )?минулий тиждень|την προηγούμενη εβδομάδα|minulý týden|minulém týdnu|săptămâna trecută)(?![^\P{L}]|\u03B9)|先週|上周|上週|上星期|上个星期|上個星期|지난\s?주(?!\s?말)/giu;
const THIS_WEEK =
  /(?<![^\P{L}]|\u03B9)(?:this week|diese woche|dieser woche|cette semaine|esta semana|desta semana|nesta semana|deze week|questa settimana|(?:w )?tym tygodniu|denna vecka|(?:i )?denne uge|(?:i )?denne uken|tällä viikolla)(?![^\P{L}]|\u03B9)|今週|本周|本週|这周|這週/giu;
const LAST_MONTH =
  /(?<![^\P{L}]|\u03B9)(?:last month|(?:letzten|vergangenen|vorigen) monat|le mois dernier|el mes pasado|(?:vorige|afgelopen) maand|(?:o |no )?m[êe]s passado|(?:il )?mese scorso|(?:lo )?scorso mese|(?:w )?(?:zeszłym|zeszlym|ubiegłym|ubieglym|poprzednim) miesiącu|(?:zeszły|ubiegły|poprzedni) miesiąc|förra månaden|(?:i )?sidste måned|(?:i )?forrige måned|viime kuussa|viime kuun|viime kuu|в прошлом месяце|прошлый месяц|за прошлый месяц|прошлого месяца|минулого місяця|минулий місяць|за минулий місяць|tháng trước|bulan lalu|geçen ay|الشهر الماضي|בחודש שעבר|החודש שעבר|ماه گذشته|ماه قبل)(?![^\P{L}]|\u03B9)|先月|上个月|上個月|上月|지난\s?달|เดือนที่แล้ว|เดือนก่อน/giu;
/**
 * "all our data from last year", "for last year": the previous calendar year, as "last month" is the previous
 * calendar month. Only after a word that makes it the time frame: "Nov 3-4, 2025 (last year)" and "the
 * source we created last year" say when, not which days.
 */
const LAST_YEAR =
  /(?<=(?<![^\P{L}]|\u03B9)(?:from|for|during|throughout|of)\s+(?:all\s+(?:of\s+)?)?)last year(?![^\P{L}]|\u03B9)(?!['’]s)|(?<=(?<![^\P{L}]|\u03B9)(?:vom|aus dem|des)\s+)letzten jahr(?:es)?(?![^\P{L}]|\u03B9)|(?<=(?<![^\P{L}]|\u03B9)(?:de|pour)\s+)l['’]ann[ée]e derni[èe]re(?![^\P{L}]|\u03B9)|(?<=(?<![^\P{L}]|\u03B9)(?:del|de|durante el)\s+)a[ñn]o pasado(?![^\P{L}]|\u03B9)/giu;
const OPEN_BEFORE = /(?:(?<![^\P{L}]|\u03B9)(?:kuanzia(?: tarehe)?|sejak(?: tanggal)?|mulai(?: tanggal)?|alates|nuo|починаючи з|начиная с|с|з|із|зі|со|منذ|ابتداء(?:ً)? من)|\bsince|\bas (?:of|from)|\bfrom\s+the(?=\s*$)|\bstarting(?: from| on| with)?|\bbeginning(?: on)?|\bseit(?: dem)?|\bab(?: dem| den)?|\bdepuis(?: le)?|\b[àa] partir d[ue](?: l[ae])?|\bdesde(?: el)?|\ba partir de(?:l)?|\bsinds|\bvanaf|\bdal|\ba partire da(?:l)?|\bod|\bpocząwszy od|\bsedan|\bfrån och med|\bsiden|\bfra og med|\bfra og med den)\s*(?:the\s+)?$/iu;
/**
 * "before 2 March", "up to 2 March", "bis 2. März" with no first day: a range open at its start. Read as
 * the one day written it deletes a day nobody asked for, and the days meant are unknown — we ask.
 * Dutch "voor" is "for" as often as "before": "verwijderen voor 9 maart" names that day, while "vóór",
 * "alles voor" and "van voor" (everything before) are open. Every word that ends a range or says "before"
 * counts, in each language read: "anteriores al", "antérieures au", "precedenti al", "sprzed", "до",
 * "по", "πριν από", "sebelum". Polish and Czech "do" (until) only right before the day: Portuguese
 * "do dia 3" ("of the day 3", its "dia" blanked) names that day.
 */
const OPEN_START_BEFORE =
  /(?:(?<![^\P{L}]|\u03B9)(?:älter als|aelter als|starš\p{L}* než|starš\p{L}* ako|starsz\p{L}* ni[żz]|starij\p{L}* od|plus ancien\p{L}* que|ant[ée]rieur\p{L}* (?:[àa]|aux?)|m[áa]s antigu\p{L}* que|pi[ùu] vecch\p{L}* di|mais antig\p{L}* (?:do )?que|anterior(?:es)? (?:al?|ao|à|aos?)|previ[oa]s? (?:al?|ao|à)|precedenti (?:al?|il|la|all['’])|anterior[ei] (?:al?|il|all['’])|sprzed|do(?: dnia| dne)?(?=\s?$)|до|по|ранее|раньше|перед|před|pred|înainte de|p[âa]n[ăa] (?:la|în)|πριν(?: από| την| τις)?|sebelum|trước(?: ngày)?|לפני|قبل)|\bthrough|\bthru|\bbefore|\bprior to|\bup (?:to|until)|\buntil|\btill|\bolder than|\bearlier than|\bbis(?: zum| zur| einschließlich)?|\bvor(?: dem)?|\bjusqu['’](?:au|à|a)|\bavant(?: le)?|\bantes del?|\bhasta(?: el)?|\btot(?: en met)?|vóór|\b(?:alles|alle (?:data|gegevens)|van|ouder dan|eerder dan)\s+voor|\bouder dan|\beerder dan|\bat[ée](?: ao?)?|\bprima (?:del|di|dell['’])|\bfino (?:al|a)|\bprzed|\bföre|\binnan|\bfør|\bennen|\bäldre än|\bældre end|\beldre enn)\s*(?:the\s+)?$/iu;
/** "9. maaliskuuta asti", "3月1日以前", "1 Ocak 2026 öncesi", "2026년 1월 1일 이전": the same, written after the date. */
const OPEN_START_AFTER = /^\s*(?:(?:['’]?(?:den|dan|ten|tan)\s+)?(?:tarih\p{L}*\s+)?(?:öncesi\p{L}*|önce\p{L}*)|asti|saakka|ennen|előtt\p{L}*|以前|之前|より前|まで(?!に)|이전|전의|까지)/u;
const OPEN_AFTER =
  /^[\s,]*(?:(?:and |og |och |und |e |y |en )?(?:onwards?|forward|later|fremover|fremad|framåt|framover|utover|eteenpäin|fortan|folgende|in poi|em diante|en adelante|en verder|i dalej|dále)(?![^\P{L}]|\u03B9)|until now|up to now|to date|(?:to|until|till|through|up to) (?:the )?present(?: day)?(?![^\P{L}]|\u03B9)|以降|bis heute|jusqu'à aujourd'hui|hasta hoy|(?:until|till|bis|indtil|tills|inntil|jusqu'à ce que|hasta que|até que|finché|totdat) (?:we|you|i|wir|vi|nous|on|tell|further notice|weiteres))/iu;
/**
 * A date counts only when its sentence is about the deletion. "We noticed the problem on March 10.
 * Please delete the data of March 1-3." must not delete March 10: such a date becomes a question.
 */
const DELETION_CONTEXT =
  /(?<![^\P{L}]|\u03B9)(?:delet\p{L}*|remov\p{L}*|purg\p{L}*|eras\p{L}*|wip\p{L}*|drop|clear|data|events?|sources?|days?|dates?|range|time ?frames?|partitions?|periods?|p[ée]riodes?|per[íi]odos?|zeitr(?:aum|äume)|tidsrum|tidsperiode|okres|l(?:ö|oe)sch(?:en|e|t|st)?|gelöscht|entfern\p{L}*|daten|veri(?:ler\p{L}*)?|sil(?:in|iniz|ebilir\p{L}*|inme\p{L}*|men\p{L}*|mek|meyi)|quelle|tage?n?|supprim\p{L}*|effac\p{L}*|donn[ée]es|jours?|elimin\p{L}*|borr\p{L}*|datos|fuentes?|d[íi]as?|verwijder\p{L}*|gegevens|dagen|dag|dados|apag\p{L}*|exclu\p{L}*|cancella(?:re|te|zione|ti|to)|rimuov\p{L}*|dati|giorn[oi]|giornat[ae]|fonte|sorgent[ei]|usu[nń]\p{L}*|skasuj\p{L}*|dane|danych|dni|dzie[nń]|dnia|źródł\p{L}*|zrodl\p{L}*|radera\p{L}*|ta bort|dagar|dagarna|dage|dagene|dager|slet\p{L}*|fjern\p{L}*|slett\p{L}*|kälk?a|kilde|poista\p{L}*|tiedot|tietoja|päivä\p{L}*|lähde|wissen|дан(?:і|их|ими|ные|ных)|джерел\p{L}*|джерело|источник\p{L}*|d[ữu] li[ệe]u|ngu[ồo]n|δεδομέν\p{L}*|πηγ\p{L}*|údaj\p{L}*|zdroj\p{L}*|datele|surs[ae]\p{L}*|sumber|tietoj\p{L}*)(?![^\P{L}]|\u03B9)|ข้อมูล|נתונים|מקור|削除|刪除|删除|データ|ソース|消去|数据|數據|期間|期间|日付|日期|삭제|데이터|소스|기간|날짜|(?:时间|時間|时段|時段|范围|範圍)\s*[:：]/iu;
/**
 * The dates a formal letter carries besides its request: its own ("Hamburg, 02.10.2026" alone on its
 * line), the earlier letters it answers ("unser Schreiben vom 12.09.2026", "la nostra comunicazione del
 * 28/09/2026") and the deadline it sets ("bestätigen Sie die Löschung bis zum 30.10.2026").
 */
function letterOwnDate(text: string, from: number, to: number, lineBefore: string): string | null {
  const lineEnd = text.indexOf('\n', to);
  const rest = text.slice(to, lineEnd < 0 ? text.length : lineEnd);
  if (LETTER_PLACE.test(lineBefore) && rest.trim() === '') return "the letter's own date";
  // "VIA EMAIL\n\nDecember 15, 2026\n\nRe: Deletion of …": a date alone on its line above the letter's
  // subject line or greeting.
  const after = text.slice(to, to + 300).split('\n').slice(1).find((l) => l.trim() !== '') ?? '';
  if (lineBefore.trim() === '' && rest.trim() === '' && LETTER_HEAD_AFTER.test(after)) return "the letter's own date";
  // "Maria Santos (Helping Hands)\nNov 16, 2026, 09:41 PHT\n\nPlease …": a help desk's line under the
  // writer's name, saying when the comment was written.
  const start = text.lastIndexOf('\n', from - 1);
  const nameLine = start > 0 ? text.slice(text.lastIndexOf('\n', start - 1) + 1, start) : '';
  if (lineBefore.trim() === '' && STAMP_REST.test(rest) && /\d[:.]\d\d/.test(text.slice(from, to) + rest) && NAME_LINE.test(nameLine)) return 'the time a comment was written';
  const before = text.slice(Math.max(0, from - 60), from);
  if (EARLIER_LETTER.test(before)) return 'the date of an earlier letter';
  if (DOCUMENT_DATED.test(before)) return 'the date of an agreement or another document';
  // chrono keeps the "on" of "on 4 March 2027" in the day's own words.
  const approval = APPROVED_BY_ON.exec(before + (/^(?:on|am|le|el|il|op)\s/i.exec(text.slice(from, to))?.[0] ?? ''));
  if (approval && !DELETE_VERB.test(approval[0]) && approvalAsksNothing(text, from, to, approval[0])) return 'the date of an approval';
  if (DEADLINE_BEFORE.test(text.slice(Math.max(0, from - 200), from))) return 'a deadline for the answer';
  return null;
}
const STAMP_REST = /^[\s,]*(?:(?:at|um|à|a las|às|klo)\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*(?:\(?[A-Z]{2,5}\)?|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\s*$/;
const LETTER_HEAD_AFTER =
  /^\s*(?:re|betreff|betr\.|objet|asunto|assunto|oggetto|ref|onderwerp|dotyczy|ang[åa]ende|vedr(?:ørende)?\.?|subject)\s*:|^\s*(?:dear|to whom|sehr geehrte|liebe|madame|monsieur|estimad[oa]s?|prezad[oa]s?|exm[oa]s?\.?|gentile|egregi|geachte|szanown\p{L}*|hej|hei)(?![^\P{L}]|\u03B9)/iu;
const NAME_LINE = /^\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*\([^()\n\d]{1,60}\))?\s*$/u;
const LETTER_PLACE = /^\s*\p{Lu}[\p{L}.'’ -]{1,40},\s*(?:den\s+|le\s+|el\s+|il\s+|em\s+|am\s+|dnia\s+)?$/u;
const EARLIER_LETTER =
  /(?<![^\P{L}]|\u03B9)(?:schreiben|brief|e-?mail|mail|antwort|nachricht|anfrage|letter|reply|message|request|courrier|lettre|r[ée]ponse|carta|respuesta|comunicaci[óo]n|comunicazione|lettera|risposta|mensagem|resposta|pismo|pisma|odpowied[źz]\p{L}*|brev|skrivelse|svar)\s+(?:vom|von|of|dated|du|del|de|della|dell['’]|do|da|z\s+dnia|z|af|fra|från)\s*$/iu;
/**
 * "the settlement agreement dated 14 August 2026", "Vertrag vom 01.03.2023", "contrato de 1 de março";
 * with "dated" or "signed on", the parties may stand between ("the Data Processing Addendum between our
 * companies dated 14 June 2024", "the agreement with Acme signed on …"): the date a document was made,
 * never data to delete. Only parties, after "between" or "with": "the order data dated 3 May" stays a day.
 */
const DOCUMENT_DATED =
  /(?<![^\P{L}]|\u03B9)(?:agreement|contract|settlement|order|invoice|amendment|addendum|notice|dpa|msa|sow|policy|decision|resolution|ruling|judgment|judgement|vertrag(?:es)?|vereinbarung|bestellung|rechnung|beschluss|auftrag(?:s|es)?|contrat|accord|avenant|facture|d[ée]cision|contrato|acuerdo|factura|resoluci[óo]n|pedido|contratto|accordo|fattura|delibera|ordine|overeenkomst|factuur|umow[aey]|faktur[aey]|avtal(?:et)?|aftale(?:n)?|sopimu\p{L}*|acordo|of[íi]cio)(?:\s+(?:dated|signed on|of|vom|von|du|del|de|da|do|della|dell['’]|van|z\s+dnia|z|af|från|fra)|\s+(?:between|with|among|by|zwischen|mit|entre|avec|con|tra|fra|tussen|met|między)(?:\s+\p{L}+){1,3}\s+(?:dated|signed on))\s*$/iu;
/**
 * "The request was approved by our CISO (J. Doe) on 4 March", "signed off by our DPO on 3 May": the day
 * someone signed the request off, in the sentence that says so — when it was approved, not data to delete.
 */
const APPROVED_BY_ON =
  /(?<![^\P{L}]|\u03B9)(?:approved|signed off|authori[sz]ed|genehmigt|freigegeben|approuv[ée]e?|aprobad[oa]|approvat[oa]|goedgekeurd)\s+(?:by|von|durch|par|por|da|door)\s+[^;!?\n]{1,48}?\s+(?:on|am|le|el|il|op)\s*(?:the\s+)?$/iu;
/**
 * "The test events were approved by QA on 6 May and need to go too", "delete 3 May and the test orders
 * authorised by our payment team on 4 May": the approved thing is data the customer asks to delete, so
 * its day is a day to delete (or asked about), not the date of a sign-off. Only a sentence asking for
 * nothing dates an approval.
 */
function approvalAsksNothing(text: string, from: number, to: number, approval: string): boolean {
  const [a, b] = sentenceBounds(text, from, to);
  const sentence = text.slice(a, b);
  const approvedAt = from - approval.length - a;
  const clauseStart = Math.max(0, ...[',', ';', ':'].map((p) => sentence.lastIndexOf(p, approvedAt) + 1));
  return !DELETE_VERB.test(sentence) && !ASKED_TO_GO.test(sentence) && !APPROVED_DATA.test(sentence.slice(clauseStart, Math.max(clauseStart, approvedAt)));
}
/** "too", "as well", "need to go", "auch", "aussi": the sentence adds to the request. */
const ASKED_TO_GO =
  /(?<![^\P{L}]|\u03B9)(?:too|as well|also|likewise|(?:needs?|has|have|ought) to go|should go|can go|must go|auch|ebenfalls|weg|aussi|également|también|tambien|também|anche|ook|också|også|też|także)(?![^\P{L}]|\u03B9)/iu;
/** Data an approval can be of: "the test orders approved by …". */
const APPROVED_DATA =
  /(?<![^\P{L}]|\u03B9)(?:data|events?|orders?|signups?|sign-ups?|records?|entries|rows?|sessions?|transactions?|purchases?|payments?|clicks?|leads?|daten|bestellungen|donn[ée]es|commandes|datos|pedidos|dados|dati|ordini|dane|zamówie\p{L}*|gegevens)(?![^\P{L}]|\u03B9)/iu;
const DEADLINE_BEFORE =
  /(?<![^\P{L}]|\u03B9)(?:best(?:ä|ae)tig\p{L}*|confirm\p{L}*|reply|respond|answer|riscontro|r[ée]pondre|confirmer|responder|confirmar|rispondere|confermare|potwierd\p{L}*|bekr(?:ä|æ)ft\p{L}*)(?![^\P{L}]|\u03B9)(?:[^.!?\n]|\n(?![^\S\n]*\n)){0,140}?(?<![^\P{L}]|\u03B9)(?:bis(?:\s+zum)?|by|until|before|no later than|entro(?:\s+il)?|avant\s+le|d['’]ici\s+le|antes\s+del?|at[ée]|do|innan|inden)\s*$/iu;

/**
 * The date a field of a ticket or a form holds, by the words before it on its line: "Data utworzenia:
 * 2026-11-04 06:58", "Created: …", "Due date: …" (when the ticket was made or is due; "Data" is Polish,
 * Portuguese and Italian for "date"), "6. Approved by: Lars Nyberg, IT Director, 13 Nov 2026" (when a
 * form was signed off). Null for any other date.
 */
function fieldDate(lineBefore: string): string | null {
  if (TICKET_FIELD_LABEL.test(lineBefore)) return "a ticket field's date";
  if (APPROVAL_LINE.test(lineBefore) && !DELETE_VERB.test(lineBefore)) return 'the date of an approval';
  if (CHANGE_FIELD_LABEL.test(lineBefore) && !DELETE_VERB.test(lineBefore)) return "a change request's own date";
  return null;
}
/**
 * A change request's fields for when the change is carried out or approved, not which data it removes:
 * "Planned impl.: 2026-11-26 22:00 CET", "| Implementation | 2026-12-11 |", "CAB approval: CAB-2026-47
 * (approved 2026-11-24)", "| Approved by CAB | 2026-12-10 |". The data's days sit in a field of their own.
 */
const CHANGE_FIELD_LABEL =
  /^\s*\|?\s*[*_]*(?:(?:planned|scheduled|proposed)\s+)?(?:impl(?:ementation|\.)?|execution|go-live|rollout|cab(?:\s+(?:approval|date|meeting))?|approved\s+by\s+cab|change\s+window|maintenance\s+window|umsetzung|implementaci[óo]n|genomf[öo]rande)(?:\s+(?:date|time|window|on|at))?[*_.]*\s*(?:\([^()\n]{1,12}\))?\s*[:|][^\n|]{0,60}$/iu;
/**
 * "Timeline (all times UTC)" over "2026-12-15 02:10  CHG-40119 rolled out": a post-mortem's timeline
 * tells when things happened; its entries are no days to delete (the request says its days itself).
 */
function timelineEntry(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^[\s*•-]*$/.test(text.slice(lineStart, at))) return false;
  const above = text.slice(0, lineStart).split('\n').slice(0, -1);
  let k = above.length - 1;
  while (k >= 0 && /^[\s*•-]*\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}/.test(above[k])) k--;
  return k >= 0 && TIMELINE_HEADING.test(above[k]);
}
const TIMELINE_HEADING = /^[\s#*]*(?:incident\s+)?(?:timeline|chronology|sequence of events|zeitablauf|zeitleiste|ablauf|chronologie|cronolog[íi]a|l[íi]nea de tiempo|tidslinje|tidslinje|händelseförlopp|タイムライン|経緯)(?![^\P{L}]|\u03B9)[^\n]{0,40}$/iu;
/** A form's sign-off line, up to its date: "Approved by: Lars Nyberg, IT Director,", "Freigegeben am". */
const APPROVAL_LINE =
  /^\s*(?:(?:[•*]|\d{1,2}[.)])\s*)?(?:approved|signed(?: off)?|authori[sz]ed|genehmigt|freigegeben|unterschrieben|unterzeichnet|aprobad[oa]|autorizad[oa]|firmad[oa]|approuv[ée]e?|valid[ée]e?|sign[ée]e?|approvat[oa]|firmat[oa]|autorizzat[oa]|goedgekeurd|ondertekend|zatwierdzon\p{L}*|podpisan\p{L}*|godk[äa]nd|godkjent|godkendt|hyv[äa]ksytty|assinad[oa]|aprovad[oa])(?![^\P{L}]|\u03B9)[^\n]{0,80}$/iu;
/** The label of a ticket system's date field, alone at the start of its line: "Created:", "Data utworzenia:", "Fällig am:". */
const TICKET_FIELD_LABEL =
  /^\s*[*_]*(?:created(?: on| at)?|creation date|date created|opened|submitted|updated|last updated|modified|due(?: date| on)?|deadline|sla(?: due| deadline)?|resolved|closed|erstellt(?: am)?|erstellungsdatum|angelegt(?: am)?|ge(?:ä|ae)ndert(?: am)?|aktualisiert(?: am)?|f(?:ä|ae)llig(?:keit)?(?: am)?|frist|cr[ée]{2}(?: le)?|date de cr[ée]ation|mis à jour(?: le)?|[ée]ch[ée]ance|creado(?: el)?|fecha de creaci[óo]n|actualizado(?: el)?|vencimiento|criado(?: em)?|data de cria[çc][ãa]o|atualizado(?: em)?|prazo|creato(?: il)?|data di creazione|aggiornato(?: il)?|scadenza|aangemaakt(?: op)?|gewijzigd(?: op)?|bijgewerkt(?: op)?|vervaldatum|data utworzenia|utworzono|data zg[łl]oszenia|zaktualizowano|termin(?: realizacji)?|skapad|uppdaterad|opprettet|oppdatert|oprettet|opdateret|luotu|p[äa]ivitetty|vytvo[řr]eno|datum vytvo[řr]en[íi]|aktualizov[áa]no|term[íi]n)[*_]*\s*:\s*$/iu;

/** "but not March 2", "except March 5": an exclusion we do not try to subtract; we ask instead. */
// "Dec 2 is fine to delete too" says the opposite: the day is asked for, and stays.
const FINE_AFTER =
  new RegExp(String.raw`^[\s,]*\(?(?:[\p{L}-]+\s+){0,2}(?:${TURNED_OUT}\s+(?:[\p{L}-]+\s+){0,2}?${SETTLED}|(?:is|was|are|were|looks?|looked|seems?|seemed|appears?|appeared)\s+(?:ok|okay|fine|good|correct|clean|normal|valid|unaffected|not affected|all right|alright)|(?:has|had|have)\s+(?:valid|good|correct|clean|normal)\s+data|(?:ist|war|sind|waren)\s+(?:ok|okay|in ordnung|korrekt|nicht betroffen)|(?:est|était|sont|étaient)\s+(?:ok|correcte?s?|bonne?s?|intacte?s?|pas concern[ée]e?s?)|(?:está|estaba|están|estaban)\s+(?:bien|ok|correct[oa]s?)|(?:está|estava|estão|estavam)\s+(?:ok|certo|cert[oa]s|corret[oa]s?)|(?:è|era|sono|erano)\s+(?:ok|a posto|corrett[oa]|corretti|corrette)|(?:is|was|zijn|waren)\s+(?:goed|in orde|correct))(?![^\P{L}]|\u03B9)(?![\s,]+(?:to|for)\s+(?:be\s+)?(?:delet|remov|purg|eras|wip|go|includ)|[\s,]+zu\s+l(?:ö|oe)schen|[\s,]+(?:à|para|per|om)\s+(?:supprim|elimin|borr|apag|exclu|cancell|verwijder))`, 'iu');
const FOUND_LATER = new RegExp(String.raw`^[\s,]*(?:[\p{L}-]+\s+){0,2}${TURNED_OUT}\s+(?:[\p{L}-]+\s+){0,2}?${SETTLED}(?![^\P{L}]|\u03B9)`, 'iu');
/**
 * Words before a day that leave it out: "except March 5", "not including Nov 5", "keep the 5th",
 * "außer dem 5.", "hormis le 5", "oprócz 5 listopada", "kromě 5.", "除了11月5日" — the words of
 * exclusionWords.ts ("don't skip Dec 4" asks for the day); the articles and day words after them are read here.
 */
const DAY_WORDS_BEFORE = '(?:(?:for|on|the|am|dem|den|der|des|le|la|les|el|los|las|il|lo|o|a|het|de|op|em|no|na|du|jour|day|tag|z|ze|w|dnia|dne|del|dal|van|vom|om|på|dia|ngày)\\s+){0,2}';
/**
 * "instead of Nov 3", "en lugar del 3 de noviembre", "previously I said 3 Nov", "I first wrote through
 * Nov 5": the day an earlier request named, which this one replaces (exclusionWords.ts). Left out like an
 * exclusion; where it is also among the days asked for, which stands is asked (subtractExclusions).
 */
const REPLACED_BEFORE = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${REPLACED}|${EARLIER_SAID}(?:\\s+(?:through|thru|until|till|to|from))?)\\s+${DAY_WORDS_BEFORE}$`, 'iu');
/**
 * "Please disregard the 6th", "ignore 3 March": a day the customer tells us to pay no heed to is left out
 * (never added, even with no month of its own). "Disregard this", "ignore that" take back what came before.
 */
const DISREGARD = String.raw`(?:disregard|ignore)(?!\s+(?:that|this|it|my|the\s+(?:previous|last|above|earlier))(?![^\P{L}]|\u03B9))`;
/** "Please disregard the ", "ignore the ": the words that leave out a lone day written after them. */
const DISREGARD_BEFORE = new RegExp(`(?<![^\\P{L}]|\\u03B9)${DISREGARD}\\s+(?:the\\s+)?$`, 'iu');
const EXCLUSION_BEFORE = new RegExp(
  `(?:(?<![^\\P{L}]|\\u03B9)(?:${EXCEPTION}|${WITHOUT}|${KEEP}|${OMISSION}|${STRIKE}|${DISREGARD}|${DO_NOT_DELETE}|${NOT}(?: including| incl\\.?)?|no need for|no need to (?:delete|touch|remove))\\s+${DAY_WORDS_BEFORE}|(?:${UNSPACED_EXCEPTION}|${UNSPACED_KEEP}))$|${REPLACED_BEFORE.source}`,
  'iu',
);
/**
 * Words after a day that leave it out: "Nov 5 should stay", "(leave Nov 5 alone)", "Nov 5 not included", "5. November bleibt",
 * "le 5 doit rester", "11月5日は除きます", "11月5日除外", "5일은 제외", "5 Kasım hariç".
 */
const KEEP_AFTER =
  /^[\s,]*(?:(?:should|must|needs? to|has to|have to|can|may|will|is to|are to)\s+(?:stay|remain|be kept|be left(?: alone| untouched| as it is)?|be retained|be preserved|not be (?:deleted|touched|removed))|(?:doesn['’]t|does not|don['’]t|do not|needn['’]t|need not|shouldn['’]t|should not|mustn['’]t|must not|won['’]t|will not|is not to|isn['’]t to)\s+(?:need\s+to\s+)?(?:be\s+)?(?:deleted|removed|purged|touched|erased|wiped|included)(?![^\P{L}]|\u03B9)|(?:stays?|remains?)(?![^\P{L}]|\u03B9)|(?:(?:is|are|being|to be)\s+)?(?:not\s+included|excluded)(?![^\P{L}]|\u03B9)|(?:alone|untouched|intact|as it is)(?![^\P{L}]|\u03B9)|(?:bleibt|bleiben|soll(?:en)? bleiben|bitte (?:behalten|nicht löschen)|nicht löschen)(?![^\P{L}]|\u03B9)|(?:doit|doivent) rester|reste(?:nt)?(?: intact)?(?![^\P{L}]|\u03B9)|(?:debe|deben) (?:quedarse|mantenerse|conservarse)|(?:deve|devono) (?:restare|rimanere)|(?:moet|moeten) blijven|(?:ma|mają) zostać|(?:proszę\s+)?(?:po)?zostawić|(?:po)?zostawcie|(?:po)?zostają|(?:proszę\s+)?nie (?:usuwać|ruszać)|(?:прошу\s+)?(?:залишити|оставить)|не (?:видаляти|чіпати|удалять|трогать)|να (?:μείνουν|παραμείνουν|μην διαγραφ\p{L}*)|hariç|kivételével|(?:は|を)?(?:除く|除いて|除きます|除外|残して|削除しないで)|除外|以外|保留|不要删除|(?:은|는|을|를)?\s?제외)/iu;
const ORDINAL_DAY = /\b(?:[12]?1st|[12]?2nd|[12]?3rd|(?:[4-9]|1\d|2[04-9]|30)th|31st|1er)\b/gi;
const SENTENCE_END = /[.!?。\n]/
const HAS_CJK = /[\u3040-\u30ff\u4e00-\u9faf]/;
/**
 * Which of chrono's language parsers to run besides English: a function word of the language, or one of
 * its month names ("Ich meinte den 4. März 2024" has no other German word the list knows).
 */
const LANG_HINTS: [RegExp, chrono.Chrono][] = [
  [/\b(?:bitte|löschen|loeschen|daten|vom|bis zum|seit|gestern|und|der|die|das|ich|meinte|januar|februar|märz|maerz|juni|juli|oktober|dezember)\b/i, chrono.de.casual],
  [/\b(?:bonjour|merci|supprimer|données|donnees|depuis|hier|les|du|au|le|je|janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b/i, chrono.fr.casual],
  [/\b(?:hola|gracias|eliminar|borrar|datos|desde|hasta|ayer|los|las|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/i, chrono.es.casual],
  [/\b(?:graag|verwijderen|gegevens|gisteren|vanaf|het|gaat|bron|tot|alstublieft|bedankt|groet|januari|februari|maart|mei|augustus)\b/i, chrono.nl.casual],
  [/(?<![^\P{L}]|[\u03B9\p{N}_])(?:obrigad[oa]|excluir|apagar|dados|ontem|até|fonte|dias|olá|abraços?|abs|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|apaguem|apague|excluam|exclua|removam|horário)(?![^\P{L}]|[\u03B9\p{N}_])/iu, chrono.pt.casual],
];

export interface DateOptions {
  /**
   * The sender's own calendar day (the Date header's local date in its own offset): relative and
   * year-less dates count from it. Defaults to the UTC day of `messageDate`.
   */
  localDay?: string | null;
  /** The sender's offset from UTC in minutes (their Date line): which of the zones an abbreviation names they are in. */
  senderOffset?: number | null;
  /** The real current time: a day after it is in the future, whatever the Date header says. */
  now?: Date;
  /** Spans of the text that name a workspace, source or space: a date in their sentence is about the deletion. */
  scopeSpans?: [number, number][];
  /** The text is a subject line: a title about the request, so every date in it is about the deletion. */
  title?: boolean;
  /** The whole message, quotes too: tells the language of a month word ("listopad") the text alone does not. */
  languageText?: string;
  /**
   * The text is a one-line answer under a ticket ("igår", "wczoraj"): what it says answers the desk's
   * question which days, so a day alone in it is the days asked for, tied to no word of deleting.
   */
  answer?: boolean;
}

/**
 * The same words of an answer in the languages written with other scripts or without word spaces
 * ("Tanggal 28 dan 29 September 2026 ya.", "الأيام المطلوبة: 8 و 9 نوفمبر 2026 فقط", "صرف 10 نومبر 2026 کا ڈیٹا").
 */
const ANSWER_FILLER_MORE =
  /(?<![^\P{L}]|\u03B9)(?:tanggal|tgl|hari|ya|saja|aja|hanya|dan|sampai|hingga|dari|s\/d|data|sadece|yaln[ıi]zca|g[üu]n[üu]|g[üu]nleri|tarihleri|l[üu]tfen|te[şs]ekk[üu]rler|ve|aras[ıi]|الأيام|الايام|المطلوبة|فقط|يومي|يوم|أيام|ايام|من|إلى|الى|و|شكرا|صرف|کا|کی|کے|ڈیٹا|دن|تک|سے|اور|شکریہ|sirf|ka|ki|ke|din|tak|se|aur|hi|ngày|chỉ|và|từ|đến|dni|dzień|tylko|oraz|od|do|dias?|días?|jours?|tage?|dagen)(?![^\P{L}]|\u03B9)|만|일|부터|까지|네|のみ|だけ|只|仅|วันที่|เท่านั้น|[۔،؟]/giu;
/** "Tanggal: 20 November 2026", "Ngày: 20/11/2026", "Data: 20.11.2026": a letter's or form's own date line, no answer. */
const DATE_LABEL_LINE = /^\s*(?:tanggal|tgl\.?|ng[àa]y|data|date|datum|fecha|hari|tarih|التاريخ|تاريخ|日付|日期|날짜)\s*[:：]/iu;
/** Dates in a sentence about being away ("on leave March 5–8") describe the sender, never the request. */
const AWAY =
  /\b(?:on (?:leave|vacation|holiday|pto)|(?:parental|sick|annual) leave|out of (?:the )?office|ooo|away (?:from|until|till)|travell?ing (?:until|till|through|from)|replies may be slow|back (?:on|in the office)|returning on|i will be (?:away|out)|urlaub|abwesend|nicht im b(?:ü|ue)ro|elternzeit|en cong[ée]s?|absente?|en vacances|de vacaciones|fuera de la oficina|ausente|in ferie|fuori sede|op vakantie|afwezig|de f[ée]rias|tjänstledig|semester|lomalla|urlop)\b/i;
/** Being away in the languages the list above lacks: "إجازة من 10 إلى 20 سبتمبر", "cuti 3-5 Des", "휴가". */
const AWAY_MORE =
  /(?<![^\P{L}]|\u03B9)(?:إجازة|اجازة|خارج المكتب|چھٹی|رخصت|chutti|izinde\p{L}*|izinli\p{L}*|szabads[áa]g\p{L}*|na urlopie|met verlof|p[åa] ferie|y[ıi]ll[ıi]k izin|cuti|nghỉ phép|חופשה|בחופשה|відпустк\p{L}*|отпуск\p{L}*|άδεια|dovolen\p{L}*|concediu)(?![^\P{L}]|\u03B9)|휴가|休暇|休假|ลาพัก/iu;
/**
 * Words around a bare answer ("From 1 March 2024 to 3 March 2024.", "Sorry, I meant 4 March 2024"):
 * what is left must be nothing else. A correction says which days the sender means, so its words
 * ("I meant", "actually", "ich meinte") are part of an answer, not a story around the date.
 */
const ANSWER_FILLER =
  /\b(?:i mean|i meant|i meant to say|meant|sorry|oops|actually|correction|instead|rather|typo|my (?:bad|mistake)|(?:it )?should (?:be|have been|read)|(?:the )?(?:right|correct) (?:day|date|days|dates) (?:is|are|would be)|yes|no|ok(?:ay)?|thanks?|thank you|cheers|danke|merci|gracias|obrigad[oa]|bedankt|bitte|por favor|s'il vous pla[iî]t|ich meine|ich meinte|gemeint|korrektur|entschuldigung|pardon|je voulais dire|plut[ôo]t|quise decir|me refiero a|perd[óo]n|ik bedoel(?:de)?|quis dizer|desculp[ae]|from|to|until|till|through|thru|between|and|on|for|the|of|please|it'?s|it is|that'?s|days?|dates?|range|only|just|vom|von|bis|zum|am|du|au|le|del|al|desde|hasta|el|van|tot|de|a|et|y|und|en|one|ones|both|only|just|nur|seulement|solo|sólo|solamente|alleen|apenas|somente|tylko|bara|endast|kun|vain|solo|den|der)\b|[\s.,;:!()\-–—]/gi;

interface Found {
  index: number;
  end: number;
  text: string;
  result: chrono.ParsedResult;
}

/**
 * The text chrono reads, with every rewrite remembered: evidence must quote the customer's own words,
 * not our rewritten "March 4, 2024" for their "04.03.2024".
 */
class MappedText {
  text: string;
  /** For each character of `text`, where its words start and end in the original. */
  private starts: number[];
  private ends: number[];

  constructor(readonly original: string) {
    this.text = original;
    // Plain loops: Array.from with a mapping function cost a few percent of a whole parse.
    this.starts = new Array<number>(original.length);
    this.ends = new Array<number>(original.length);
    for (let i = 0; i < original.length; i++) {
      this.starts[i] = i;
      this.ends[i] = i + 1;
    }
  }

  replace(re: RegExp, fn: (whole: string, ...groups: string[]) => string): void {
    // Built piece by piece with plain loops: spreading slices of the character maps into push() cost
    // more than the whole parse on long bodies. When every replacement keeps its length (blanking, dash
    // normalising), the maps stay as they are and only the text changes.
    // An exec loop rather than matchAll: matchAll clones the pattern on every call, which cost more
    // than the matching itself on most texts (about seventy patterns per text, most matching nothing).
    // As matchAll does, it starts at the pattern's lastIndex, steps past empty matches and leaves
    // lastIndex as it found it, whatever `fn` does with the same pattern.
    if (!re.global) throw new TypeError('MappedText.replace needs a global pattern');
    const pieces: string[] = [];
    const edits: { at: number; length: number; replacement: string }[] = [];
    const text = this.text;
    const startIndex = re.lastIndex;
    let next = startIndex;
    let last = 0;
    let sameLength = true;
    for (;;) {
      re.lastIndex = next;
      const m = re.exec(text);
      if (m === null) break;
      next = re.lastIndex;
      if (m[0] === '') next = advanceIndex(text, next, re.unicode || re.flags.includes('v'));
      const at = m.index ?? 0;
      const replacement = fn(m[0], ...m.slice(1).map((g) => g ?? ''));
      pieces.push(text.slice(last, at), replacement);
      edits.push({ at, length: m[0].length, replacement });
      if (replacement.length !== m[0].length) sameLength = false;
      last = at + m[0].length;
    }
    re.lastIndex = startIndex;
    if (edits.length === 0) return;
    pieces.push(text.slice(last));
    if (!sameLength) this.remap(edits);
    this.text = pieces.join('');
  }

  private remap(edits: { at: number; length: number; replacement: string }[]): void {
    const starts: number[] = [];
    const ends: number[] = [];
    let last = 0;
    const copy = (from: number, to: number): void => {
      for (let i = from; i < to; i++) {
        starts.push(this.starts[i]);
        ends.push(this.ends[i]);
      }
    };
    for (const { at, length, replacement } of edits) {
      copy(last, at);
      if (replacement.length === length) {
        copy(at, at + length);
      } else {
        const from = this.starts[at] ?? this.original.length;
        const to = this.ends[at + length - 1] ?? from;
        for (let i = 0; i < replacement.length; i++) {
          starts.push(from);
          ends.push(to);
        }
      }
      last = at + length;
    }
    copy(last, this.text.length);
    this.starts = starts;
    this.ends = ends;
  }

  /** The original words behind `text.slice(from, to)`. */
  originalOf(from: number, to: number): string {
    if (to <= from) return '';
    const start = this.starts[from] ?? this.original.length;
    const end = this.ends[to - 1] ?? start;
    return this.original.slice(start, Math.max(start, end)).replace(/\s+/g, ' ').trim();
  }

  /** Where `text` position `at` lies in the original. */
  originalAt(at: number): number {
    return this.starts[at] ?? this.original.length;
  }
}

/** Where a global search goes on after an empty match at `at` (ECMAScript AdvanceStringIndex). */
function advanceIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? at + 2 : at + 1;
}

/** One message's dates as they are being read: the rewritten text and what was found in it so far. */
interface Reading {
  out: DateExtraction;
  mapped: MappedText;
  /** The text as written, catalog names not blanked (positions as in `mapped`'s original). */
  input: string;
  /** The sender's own day; null when the message has no date. */
  today: string | null;
  /** The real current day: nothing after it can be deleted. */
  nowDay: string | null;
  scopeSpans: [number, number][];
  /** A relative date ("last week", "yesterday") became a range: the notes say which day it counted from. */
  relativeUsed: boolean;
  /** A subject line: every date in it is about the request ("Suppression iOS 14 octobre"). */
  title: boolean;
  /** A one-line answer under a ticket (see DateOptions.answer). */
  answer: boolean;
  /** The sender's offset from UTC in minutes, when their Date line gives it. */
  senderOffset: number | null;
  /** Questions about days written outside the request, with the month-days they name ("11-02"). */
  outside: { question: string; monthDays: string[] }[];
  /** Where the days told as background stand (backgroundDays.ts): no join between two of them asks. */
  background: Set<number>;
  /** Some sentence asking for the deletion holds days of its own (see deletionSentenceHasDays). */
  requestDays?: boolean;
  /** Each range read, before exclusions, with where its words are in `mapped.text`. */
  added?: { at: number; end: number; range: DayRange }[];
  /** The instant the message was sent, when its Date line gives one. */
  sent?: Date | null;
  /** The words that say which zone the message's dates are in, apart from them (see zoneSaidApart); undefined until looked for. */
  zoneApart?: string | null;
}

/** A day the customer asked to leave out ("March 1-10, except March 5"). */
type Exclusion = DayRange & { text: string; yearKnown: boolean; wholeMonth?: boolean; open?: boolean; replaced?: boolean; takenBack?: boolean; contrasted?: boolean };

/** A date chrono read, with the end it was joined to and the customer's words for it. */
interface Candidate {
  f: Found;
  start: chrono.ParsedComponents;
  endResult: chrono.ParsedComponents | null;
  shownEnd: number;
  shownText: string;
  words: string;
  relative: boolean;
  monthOnly: boolean;
}

/**
 * The days a message asks about. Phases, in an order that matters: mask what is never a date, rewrite
 * forms chrono misreads into words it reads (each rewrite remembered for the evidence), read the
 * relative weeks, let chrono read the rest, keep only dates of the deletion request, then subtract
 * exclusions and merge.
 */
export function extractRanges(input: string, messageDate: Date | null, options: DateOptions = {}): DateExtraction {
  const out: DateExtraction = { ranges: [], evidence: [], ambiguities: [], notes: [], mentioned: false, expressions: 0 };
  const today = messageDate ? (options.localDay ?? utcDay(messageDate)) : null;
  const nowDay = options.now ? utcDay(options.now) : null;
  const scopeSpans = options.scopeSpans ?? [];
  const reading: Reading = { out, mapped: maskedText(input, scopeSpans, out, messageDate !== null, options.languageText), input, today, nowDay, scopeSpans, relativeUsed: false, title: options.title ?? false, answer: options.answer ?? false, senderOffset: options.senderOffset ?? null, outside: [], background: new Set(), sent: messageDate };
  readWrittenForms(reading);

  const text = reading.mapped.text;
  // Relative dates count from the sender's own day: noon of that day keeps chrono's "yesterday" on it.
  const reference = { instant: today ? new Date(`${today}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  const found = tooManyDates(out, runChrono(text, reference));
  const exclusions = readChronoDates(reading, found, reference);
  subtractExclusions(out, exclusions);
  subtractWeekends(out, reading.mapped.original);
  askAboutLaterSentencesOfDays(reading, found);
  askAboutDaysRepairedMidSentence(reading);
  out.expressions = out.ranges.length;
  askAboutLoneOrdinals(out, text, found);
  askAboutDayNumberAlone(out, text, found);
  askAboutDaysLeftOut(out, text, found);
  askAboutUnknownJoins(out, text, found.filter((f) => !reading.background.has(f.index)));
  askAboutAlternativeDays(out, reading.mapped, found);
  askAboutHedgesAndNeighbours(out, text, found);
  askAboutWhatTheDaysContradict(out, reading.mapped.original, today);

  out.ranges = mergeRanges(out.ranges);
  askAboutWeekendsOfWeekdays(out, reading.mapped.original);
  dropOutsideMentionsOfReadDays(out, reading.outside);
  askAboutUnreadDates(out, reading.mapped.original);
  askAboutPartsOfDays(out, reading.mapped.original);
  askAboutLooseDays(out, reading.mapped.original);
  askAboutCountsOfDays(out, reading.mapped.original);
  askAboutReferredDays(out, reading.input);
  askAboutAgeLimit(out, reading.mapped.original);
  if (reading.relativeUsed && today) out.notes.push(`relative dates are read against the sender's own day ${today}`);
  if (reading.relativeUsed) out.relative = true;
  if (out.ranges.length > 0) out.notes.unshift('dates are UTC days');
  return out;
}

/**
 * "the same days as DEL-311, and also May 4", "the dates in the attached spreadsheet": days held by an
 * earlier request or a document, not by the text. The days written beside stay; the request is asked
 * about, so the referred days are never silently dropped (referredDays.ts).
 */
function askAboutReferredDays(out: DateExtraction, original: string): void {
  const first = referredDays(original)[0];
  if (first) pushOnce(out.ambiguities, referredDaysQuestion(first.words));
}

/**
 * The written forms chrono does not know, rewritten or read in place before it runs: chat stamps, nights,
 * recurring weekdays, tables, spelled and foreign dates, epochs, ISO weeks, last week and month.
 */
function readWrittenForms(reading: Reading): void {
  const { out, today, nowDay } = reading;
  reading.mapped.replace(CHAT_STAMP, blank);
  blankTimeLimits(reading);
  blankFileReferences(reading);
  readNightWindows(reading);
  readHoursBack(reading);
  rejectImpossibleDays(reading.mapped, out);
  readDaysCountedInMonths(reading);
  rewriteRecurringWeekdays(reading);
  rewriteEasterFeasts(reading.mapped, out, today);
  rewriteForeignWeekdays(reading.mapped);
  if (today) rewriteWeekdayDayRanges(reading.mapped, today);
  if (today) rewriteWeekdayBareDays(reading.mapped, today);
  askAboutNamedPeriodsAndShorthands(reading.mapped, out);
  if (today) rewriteMonthSeries(reading.mapped, out, today);
  rewritePartsOfYears(reading.mapped, out);
  rewriteTableRanges(reading.mapped, out);
  rewriteEverydayWords(reading.mapped, out, today);
  if (today) rewriteDaysOfSendersMonths(reading.mapped, today);
  rewriteSpelledRanges(reading.mapped, out);
  rewriteWrittenApart(reading.mapped, out);
  rewriteYearFirstSpans(reading.mapped);
  rewriteRomanMonths(reading.mapped);
  rewriteEpochs(reading.mapped, nowDay);
  rewriteNumericDates(reading.mapped, out, today);
  rewriteForeignDates(reading.mapped, out);
  spaceDashAfterYear(reading.mapped);
  readCjkWeekdaysOfWeek(reading);
  readWeekdaysOfWeek(reading);
  readLastWeekend(reading);
  readIsoWeeks(reading);
  readRelativeRange(reading, LAST_WEEK, previousIsoWeek, 'Monday to Sunday of the previous ISO week');
  readRelativeRange(reading, THIS_WEEK, currentIsoWeekSoFar, 'Monday of this week to the message date');
  readRelativeRange(reading, LAST_MONTH, previousMonth, 'the previous calendar month');
  readRelativeRange(reading, LAST_YEAR, previousYear, 'the previous calendar year');
}

/** "December and January", "January through March 2027", "Q4 2026 and January": every month named, whole. */
function rewriteMonthSeries(mapped: MappedText, out: DateExtraction, today: string): void {
  mapped.replace(MONTH_SERIES, (whole, between: string | undefined, series: string) => {
    const read = seriesDays(series, Boolean(between), today);
    if ('question' in read) {
      out.mentioned = true;
      pushOnce(out.ambiguities, read.question);
      return blank(whole);
    }
    const day = (d: string): string => `${monthNameEn(Number(d.slice(5, 7)))} ${Number(d.slice(8))}, ${d.slice(0, 4)}`;
    // A month alone as "January 2027", the form the month readers know; a span as its first and last days.
    const oneMonth = (r: DayRange): boolean => r.from.slice(0, 7) === r.to.slice(0, 7);
    return `${between ? `${between} ` : ''}${read.ranges.map((r) => (oneMonth(r) ? `${monthNameEn(Number(r.from.slice(5, 7)))} ${r.from.slice(0, 4)}` : `${day(r.from)} to ${day(r.to)}`)).join(' and ')}`;
  });
}

/**
 * "Klasa: 003-07/27-01/04, Urbroj: 2027-3", "Az.: 12 O 3/27", "Naše č. j.: 14/03/2027", "Ons kenmerk:
 * 2027/03-15": an authority's or a firm's file reference after its label is a number, however much of it
 * looks like a day ("01/04"); read as one, it made a day nobody asked for.
 */
function blankFileReferences(reading: Reading): void {
  reading.mapped.replace(FILE_REFERENCE, (whole, label: string) => {
    reading.out.notes.push(`"${whole.trim()}" is a file reference, not a day`);
    return label + blank(whole.slice(label.length));
  });
  for (const pattern of [DATE_SHAPED_NUMBER, CODE_THEN_DATE]) {
    reading.mapped.replace(pattern, (whole) => {
      reading.out.notes.push(`"${whole}" is a reference number, not a day`);
      return blank(whole);
    });
  }
}
/**
 * "Löschersuchen NP-2027/08/06-02", "DS-2027-05-07/14": a code in capitals with a date glued on by a dash
 * is a file's number, whatever its label (the day the file was opened); read as a day in the subject, it
 * was set against the body's days and both were asked about.
 */
const CODE_THEN_DATE = /(?<![\p{L}\d./-])\p{Lu}{2,6}-\d{4}([-/.])\d{1,2}\1\d{1,2}(?:[-/]\d{1,3})?(?![\p{L}\d]|[-/.]\d)/gu;
/**
 * "Matter no. 2027-03-11-044", "internal matter 2027/03/22-B": a date with a serial number or a letter
 * glued on is a matter's or a file's number, whatever its label. Read as a day ("2027-03-11" to the "04"
 * of "044"), it was a day nobody asked for, and the request's own days were held back to ask about it.
 * A day or two-digit day range ("2027-03-01-04") keeps its reading: only three digits or capitals follow.
 */
const DATE_SHAPED_NUMBER = /(?<![\p{L}\d./-])\d{4}([-/.])\d{1,2}\1\d{1,2}-(?:\d{3,}|[A-Z]{1,3}\d{0,3})(?![\p{L}\d]|[-/.]\d)/gu;
const FILE_REFERENCE = new RegExp(
  String.raw`((?<![^\P{L}]|\u03B9)(?:klasa|ur\.?\s?broj|urbroj|aktenzeichen|az\.|gz\.?|gesch[äa]ftszahl|zl\.|(?:na[šs]e|va[šs]e)\s+(?:[čc]\.\s?j\.|zna[čc]ka|[čc]\.)|[čc]\.\s?j\.|[čc]j\.|sp(?:isov[áa])?\.?\s?zn(?:a[čc]ka)?\.?|znak sprawy|sygn(?:atura)?\.?|n\/\s?r[ée]f\.?|v\/\s?r[ée]f\.?|(?:notre|votre) r[ée]f[ée]rence|(?:our|your) ref(?:erence)?\.?|file (?:no|ref)\.?|rif\.|prot(?:ocollo)?\.?(?:\s?n\.?)?|(?:ons|uw) kenmerk|kenmerk|n\/\s?ref\.?|ref\.[ªº]|(?:na[šs]a|va[šs]a)\s+(?:[šs]t\.|zadeva)|[šs]tevilka|mūsų nr\.?|jūsų nr\.?)\s*[:.]?\s*)([A-Z0-9][\p{L}\d./-]*\d[\p{L}\d./-]*(?:\s+[A-Z]{1,3}\s+\d[\d/.-]*)?)`,
  'giu',
);

/**
 * "provide a certificate of deletion within 30 days", "binnen 30 dagen", "w ciągu 14 dni": a time limit
 * for the answer counts forward from the message, so it holds no data; chrono read it as a day ahead,
 * and the request was asked about a future day nobody meant.
 */
function blankTimeLimits(reading: Reading): void {
  reading.mapped.replace(TIME_LIMIT, (whole) => {
    reading.out.notes.push(`"${whole.trim()}" is a time limit for the answer, not days to delete`);
    return blank(whole);
  });
}
const TIME_LIMIT =
  /(?<![^\P{L}]|\u03B9)(?:within|innerhalb(?: von)?|binnen|dans un délai de|sous|en un plazo de|dentro de|no prazo de|entro|w ciągu|w terminie|v lhůtě|do|v lehote|v roku|u roku(?: od)?|per)\s+(?:(?:the\s+)?(?:next|following|statutory|legal)\s+)?(?:\d{1,3}|one|two|three|four|thirty|fourteen|seven)\s+(?:(?:calendar|working|business|kalender|werk|arbeits)\s*)?(?:days?|weeks?|months?|tage[n]?|tagen|wochen|monate[n]?|jours|semaines|mois|días|dias|semanas|meses|giorni|settimane|mesi|dagen|weken|maanden|dni|tygodni|miesięcy|dnů|dní|týdnů|dana|dienų)(?![^\P{L}]|\u03B9)/giu;

/**
 * "[11/02/27, 9:41 PM] Arjun:", "11/02/2027, 21:41 - Neha:": the time stamps of a pasted chat say when a
 * line was written, not which days to delete; the chat's words and the sender's own lines still count.
 */
const CHAT_STAMP = /(?<=^|\n)[^\S\n]*(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?\s+[-–])(?=[^\S\n]*[^:\n]{1,40}:)/g;

/** "Nov 10 (2 days)", "yesterday (November 9)": the days read and the words beside them disagree. */
function askAboutWhatTheDaysContradict(out: DateExtraction, original: string, today: string | null): void {
  const question = countBesideDaysDiffers(original, out.ranges, out.evidence) ?? relativeDayDisagrees(original, today);
  if (question) out.ambiguities.push(question);
}

/**
 * More dates than any request names ("Dec 4, Dec 4, …" 3,000 times, a pasted log): each is checked against
 * its sentence, so reading them all would take minutes of the intake's time. The first ones are read, and
 * which days are meant is asked.
 */
const MAX_DATES = 120;
function tooManyDates(out: DateExtraction, found: Found[]): Found[] {
  if (found.length <= MAX_DATES) return found;
  out.mentioned = true;
  out.ambiguities.push(`the message names more than ${MAX_DATES} dates — which days should be deleted?`);
  return found.slice(0, MAX_DATES);
}

/**
 * "between the 2nd and the 4th of this month", "the 5th to the 7th of last month": those days of the
 * sender's own month or of the one before it, not all of it.
 */
/** Portuguese month names, for "do dia 5 ao dia 7 deste mês" written out the way its own reader knows. */
const PORTUGUESE_MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
function rewriteDaysOfSendersMonths(mapped: MappedText, today: string): void {
  const named = (day: string): string => `of ${monthNameEn(Number(day.slice(5, 7)))} ${day.slice(0, 4)}`;
  mapped.replace(/(?<=\d(?:st|nd|rd|th)?\s+)of this month(?![^\P{L}]|\u03B9)/giu, () => named(today));
  // "do dia 5 ao dia 7 deste mês", "del 5 al 7 de este mes": read as that month written in the sentence's own way.
  mapped.replace(/(?<=\d\.?\s+)(?:deste m[êe]s|de este mes|dieses monats|de ce mois(?:-ci)?|di questo mese|van deze maand|tego miesi[ąa]ca)(?![^\P{L}]|\u03B9)/giu, (phrase: string) =>
    /m[êe]s/i.test(phrase) ? `de ${PORTUGUESE_MONTHS[Number(today.slice(5, 7)) - 1]} de ${today.slice(0, 4)}` : named(today).replace(/^of /, /monats|maand|miesi/i.test(phrase) ? '' : 'de '));
  mapped.replace(/(?<=\d(?:st|nd|rd|th)?\s+)of (?:last|the previous|the last) month(?![^\P{L}]|\u03B9)/giu, () => named(previousMonth(today).from));
  // "上个月1号到3号": days of last month by their numbers, written out as that month (its year too, in January).
  mapped.replace(LAST_MONTH_BEFORE_CHINESE_DAY, () => {
    const from = previousMonth(today).from;
    return `${from.slice(0, 4)}年${Number(from.slice(5, 7))}月`;
  });
  // "1号的数据" written on 3 May: Chinese names a day of the sender's own month by its number alone. A day
  // after the sender's may be last month's — left for the question about a day with no month.
  mapped.replace(BARE_CHINESE_DAY, (whole, day: string) => (Number(day) >= 1 && Number(day) <= Number(today.slice(8)) ? `${Number(today.slice(5, 7))}月${whole}` : whole));
}
/** "上个月", "上月", "上個月" right before a day's number: "上个月1号", "上月3日". */
const LAST_MONTH_BEFORE_CHINESE_DAY = /(?:上一?个月|上一?個月|上月)(?=\s*\d{1,2}\s*[号號日])/gu;
/**
 * "1号", "28號" with no month before it; not "3号线" (a metro line), "1号楼" (a building) or "2号店" (a shop).
 * Nor the "3号" of "11月1号到3号" or "上个月1号到3号": a month earlier in the clause is that day's month.
 */
const BARE_CHINESE_DAY = /(?<![\d月월年./-]\s*)(?<![月월][^。，,；;！!？?\n]{0,16})(\d{1,2})\s*[号號](?![线線楼樓店门門机機位车車房室口])/gu;

/**
 * "Karfreitag 26.03. bis Ostermontag 29.03.2027": a feast named with its own date is that date's weekday.
 * A date that is not the feast's (in the year written, else the sender's) is asked about: one is a typo.
 */
function rewriteEasterFeasts(mapped: MappedText, out: DateExtraction, today: string | null): void {
  mapped.replace(EASTER_FEAST_BEFORE_DATE, (whole, name: string, gap: string, day: string, month: string, year: string | undefined) => {
    const y = Number(year || today?.slice(0, 4) || 0);
    const feast = y >= 1970 ? easterFeastDay(name, y) : null;
    if (!feast) return whole;
    if (feast !== dayOf(y, Number(month), Number(day))) {
      out.ambiguities.push(`"${whole.trim()}": ${name} ${y} is ${feast}, not the date written — which day is meant?`);
      return whole;
    }
    return `${WEEKDAY_EN[new Date(`${feast}T00:00:00Z`).getUTCDay()]}${gap}${whole.slice(name.length + gap.length)}`;
  });
}

/**
 * "vom Montag, 9.11. bis Mittwoch, 11.11.2026", "du lundi 9 novembre au mercredi 11": a weekday chrono
 * cannot read hid the first day. In English it reads it, and checks it against its date.
 */
function rewriteForeignWeekdays(mapped: MappedText): void {
  mapped.replace(FOREIGN_WEEKDAY_BEFORE_DAY, (whole, name: string, comma: string) => {
    const wd = weekdayNumber(name);
    return wd === undefined ? whole : `${WEEKDAY_EN[wd]}${comma.includes(',') ? ',' : ''} `;
  });
}

/**
 * "from Monday 16 to Wednesday 18 November 2026", "desde el lunes 16 hasta el miércoles 18 de noviembre":
 * chrono takes "Monday 16" for a Monday at 16:00. When both weekdays fit their days (in the year written,
 * or this year or the last), the weekdays are dropped and the days read as a range of that month.
 */
function rewriteWeekdayDayRanges(mapped: MappedText, today: string): void {
  if (!/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(mapped.text)) return;
  mapped.replace(WEEKDAY_DAY_RANGE, (whole, wd1: string, d1: string, join: string, wd2: string, d2: string, of: string, month: string, year: string | undefined) => {
    const m = MONTHS[month.toLowerCase()];
    const years = year ? [Number(year)] : [Number(today.slice(0, 4)), Number(today.slice(0, 4)) - 1];
    const fits = (y: number): boolean =>
      [[wd1, d1], [wd2, d2]].every(([wd, d]) => {
        const day = m ? dayOf(y, m, Number(d)) : null;
        return day !== null && WEEKDAY_EN[new Date(`${day}T00:00:00Z`).getUTCDay()].toLowerCase() === wd.toLowerCase();
      });
    return years.some(fits) ? `${d1}${join}${d2}${/^\s+of\s+$/i.test(of) ? ' ' : of}${month}` : whole;
  });
}
/**
 * "Saturday the 5th", "the 5th (the Saturday before last)": a day with no month, and its weekday. The latest
 * such day not after the sender's day is meant when its weekday agrees — two cues that name one day. When
 * they disagree, it is left for the "has no month" question.
 */
const WEEKDAY_THEN_DAY = /(?<![^\P{L}]|\u03B9)(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\d])(?!\s*(?:of\s+)?(?:[a-z]{3,}\s+)?\d)(?!\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![^\P{L}]|\u03B9))/giu;
const DAY_THEN_WEEKDAY = /(?<![\p{L}\d])the\s+(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\d])\s*\((?:(?:the|a|last|that|on|which was(?: a)?|it was(?: a)?)\s+)*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![^\P{L}]|\u03B9)[^()\n]{0,30}\)/giu;
function rewriteWeekdayBareDays(mapped: MappedText, today: string): void {
  if (!/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(mapped.text)) return;
  const latest = (day: string, weekday: string): string | null => {
    let y = Number(today.slice(0, 4));
    let m = Number(today.slice(5, 7));
    // The latest month, counting back from the sender's own, that has that day on or before the sender's day.
    for (let k = 0; k < 3; k++, m = m === 1 ? 12 : m - 1, y = m === 12 ? y - 1 : y) {
      const d = dayOf(y, m, Number(day));
      if (!d || d > today) continue;
      return WEEKDAY_EN[new Date(`${d}T00:00:00Z`).getUTCDay()].toLowerCase() === weekday.toLowerCase() ? `${monthNameEn(m)} ${Number(day)}, ${y}` : null;
    }
    return null;
  };
  mapped.replace(WEEKDAY_THEN_DAY, (whole, weekday: string, day: string) => latest(day, weekday) ?? whole);
  mapped.replace(DAY_THEN_WEEKDAY, (whole, day: string, weekday: string) => latest(day, weekday) ?? whole);
}
const EN_WEEKDAY_RE = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|\\.)?';
const WEEKDAY_DAY_RANGE = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)${EN_WEEKDAY_RE}(\\s*(?:to|through|thru|until|till|bis|au|à|a|al|hasta|até|tot|do|fino al|-|–)\\s+(?:the\\s+|el\\s+|le\\s+|o\\s+|den\\s+|zum\\s+)?)${EN_WEEKDAY_RE}(\\s+(?:of\\s+|de\\s+)?)(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)(?=(?:,?\\s+(?:de\\s+)?(\\d{4}))?)`,
  'giu',
);

/** "7–8.XII.2026", "28-XI-2026", "3 XI 2026": a month in Roman numerals (Poland, Czechia, Italy), as its name. */
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ROMAN = '(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)';
/** The other end of a range or a list of Roman dates, its year written: "–5.V.2027", " - 14 V 2027", " i 5.V.2027". */
const ROMAN_RANGE_END = `\\s*(?:[-–—]|(?:${AND_WORDS})(?![\\p{L}]))\\s*\\d{1,2}(?:\\.\\s?|\\s)${ROMAN}(?:\\.\\s?|-|\\/|\\s)\\d{4}(?![\\p{L}\\d])`;
const ROMAN_MONTH_DATE = new RegExp(
  `(?<![\\p{L}\\d.])(\\d{1,2})(\\s*[-–]\\s*\\d{1,2})?(?:\\.\\s?|-|\\/|\\s)(${ROMAN})(?:(?:\\.\\s?|-|\\/|\\s)(\\d{4}))?(?![\\p{L}\\d])(?:(?=(${ROMAN_RANGE_END}))|)`,
  'gu',
);
function rewriteRomanMonths(mapped: MappedText): void {
  if (!/[IVX]/.test(mapped.text)) return;
  mapped.replace(ROMAN_MONTH_DATE, (whole, day: string, to: string | undefined, roman: string, year: string | undefined, rangeEnd: string) => {
    const month = ROMAN_MONTHS.indexOf(roman) + 1;
    // A lone "I" or "V" after a number is a word or a list mark more often than a month: only with a
    // year, or as the first end of a range whose last end has one ("3.V–5.V.2027", "3 V – 5 V 2027").
    if (month === 0 || (!year && !rangeEnd && roman.length === 1)) return whole;
    return `${day}${to ? ` - ${to.replace(/[^\d]/g, '')}` : ''} ${monthNameEn(month)}${year ? ` ${year}` : ''}`;
  });
}

/**
 * "3 May 2027 – 5 May 2027", "12 May 2027-14 May 2027": chrono reads a dash glued to a day number just
 * after a year as a zone offset ("2027 -5", five hours west of UTC) and loses the range's last day. A
 * year written after its month is never followed by an offset (a time of day stands between them), so
 * the dash is spaced apart as the range mark it is. A time ("2027-14:00") keeps its dash.
 */
const YEAR_DASH_DAY = new RegExp(`(?<=(?<![\\p{L}])(?:${ANY_MONTH_RE})\\.?,?[^\\S\\n]+\\d{4})[^\\S\\n]*-(?=\\d{1,2}(?![\\d:]))`, 'giu');
function spaceDashAfterYear(mapped: MappedText): void {
  mapped.replace(YEAR_DASH_DAY, (whole) => `${whole.slice(0, -1)} - `);
}

/**
 * "segment-logs/src_a7d0/1797206400000/", "[1798416000, 1798588799] (unix seconds)": instants written as
 * seconds or milliseconds since 1970, as archive keys, logs and shells print them. Read only when the
 * number is an instant since 2010 and not after today, in seconds (ten digits) or milliseconds
 * (thirteen); a UTC midnight (or the day's last second) is that day, any other instant its time in UTC.
 */
const EPOCH = /(?<![\p{L}\d._-]|\d,)(\d{13}|\d{10})(?![\p{L}\d_-]|[.,]\d)/gu;
function rewriteEpochs(mapped: MappedText, nowDay: string | null): void {
  if (!/\d{10}/.test(mapped.text)) return;
  const latest = Date.parse(`${nowDay ?? '2100-01-01'}T23:59:59Z`);
  mapped.replace(EPOCH, (whole, digits: string) => {
    const ms = Number(digits) * (digits.length === 10 ? 1000 : 1);
    if (ms < Date.UTC(2010, 0, 1) || ms > latest) return whole;
    const iso = new Date(ms).toISOString();
    // The last second of a day ends a window of whole days: "[1798416000, 1798588799]" is 28–29 December.
    return ms % 86_400_000 === 0 || (ms + 1000) % 86_400_000 === 0 ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
  });
}

/**
 * "viikon 46 arkipäiviltä (ma–pe). Viikonloppu saa jäädä", "the weekdays of week 46": only Monday to
 * Friday are meant, so days read that hold a Saturday or a Sunday are asked about, never deleted whole.
 */
function askAboutWeekendsOfWeekdays(out: DateExtraction, original: string): void {
  const only = out.ranges.length > 0 ? WEEKDAYS_ONLY.exec(original) : null;
  if (!only) return;
  const weekend = out.ranges.some((r) => {
    for (let d = r.from, k = 0; d <= r.to && k < 7; d = addDays(d, 1), k++) if ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) return true;
    return false;
  });
  if (weekend) out.ambiguities.push(`"${only[0].trim()}": the days read hold a weekend — should Saturday and Sunday be deleted too?`);
}
/**
 * Words that leave the weekend out: "except the weekend", "außer am Wochenende", "sauf les week-ends",
 * "excepto el fin de semana", "z wyjątkiem weekendu", "utom helgerna", "週末を除く" — any exception word
 * before any language's weekend.
 */
const WEEKEND_WORDS = '(?:week-?ends?|weekend(?:u|ów|en|erne)|wochenende|fin(?:es)? de semana|fine settimana|fim de semana|helg(?:en|erna|ene|er(?:na)?)?|weekender|viikonlop\\p{L}*|víkend\\p{L}*|akhir (?:pekan|minggu))';
const WEEKEND_EXCEPTED = `(?<![^\\P{L}]|\\u03B9)(?:${EXCEPTION}|${WITHOUT}|${NOT}|but not)\\s+(?:(?:on|for|the|el|los|am|dem|das|le|les|il|i|het|de|o)\\s+){0,2}${WEEKEND_WORDS}(?![^\\P{L}]|\\u03B9)|週末を除(?:く|いて)|周末除外|除了?周末|주말\\s*제외` +
  // "May 1-14, weekends excluded", "for May 1-14, Mondays to Fridays": the weekend left out, said after the days.
  `|(?<![^\\P{L}]|\\u03B9)(?:(?:the\\s+)?week-?ends?(?:\\s+days)?\\s+(?:excluded|left out|not included|omitted)|mondays\\s*(?:to|through|thru|[-–])\\s*fridays)(?![^\\P{L}]|\\u03B9)`;
/**
 * "Leave the weekend days", "keep Saturday and Sunday", "behalte das Wochenende": the weekend kept by a
 * keep or leave word — asked (WEEKDAYS_ONLY), not subtracted: "leave" says less than "except".
 */
const SATURDAY_AND_SUNDAY = '(?:saturdays?|samstage?|samedis?|s[áa]bados?|sabato|zaterdag|l[öo]rdag(?:en)?|sobot[ayę]|суббот[аыу]|cumartesi)\\s*(?:,|&|and|und|et|y|e|en|och|og|i|и|ve)\\s*(?:the\\s+)?(?:sundays?|sonntage?|dimanches?|domingos?|domenica|zondag|s[öo]ndag(?:en)?|niedziel[aęi]|воскресенье|pazar)';
const WEEKEND_KEPT = `(?:${KEEP}|${OMISSION})\\s+(?:(?:on|for|the|all|el|los|am|dem|das|le|les|il|i|het|de|o)\\s+){0,2}(?:${WEEKEND_WORDS}|${SATURDAY_AND_SUNDAY})|${SATURDAY_AND_SUNDAY}\\s+(?:(?:should|can|may|must)\\s+)?(?:stays?|remain|are fine|bleiben|restent)`;
const WEEKDAYS_ONLY = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:week ?days|working days|business days|work ?days|mon(?:day)?\\s*[-–]\\s*fri(?:day)?|werktag\\p{L}*|arbeitstag\\p{L}*|mo\\.?\\s*[-–]\\s*fr\\.?|jours ouvr\\p{L}*|jours de semaine|lun(?:di)?\\.?\\s*[-–]\\s*ven(?:dredi)?|d[íi]as (?:laborables|h[áa]biles|de semana)|dias [úu]teis|giorni (?:lavorativi|feriali)|werkdagen|vardagar(?:na)?|hverdage(?:ne)?|hverdager|arkip(?:ä|a)iv\\p{L}*|ma\\s*[-–]\\s*pe|dni robocze|dni powszednie|pracovn(?:í|i) dny|weekend\\p{L}* (?:stays?|may stay|can stay|is fine)|${WEEKEND_EXCEPTED}|${WEEKEND_KEPT}|no\\s+weekends?|viikonloppu saa j(?:ä|a)(?:ä|a)d(?:ä|a)|wochenende (?:bleibt|nicht))(?![^\\P{L}]|\\u03B9)`,
  'iu',
);

/** Whether a range holds this month and day, in any year it spans. */
function rangesHoldMonthDay(ranges: DayRange[], month: number, day: number): boolean {
  return ranges.some((r) => {
    for (let y = Number(r.from.slice(0, 4)); y <= Number(r.to.slice(0, 4)); y++) {
      const d = dayOf(y, month, day);
      if (d && r.from <= d && d <= r.to) return true;
    }
    return false;
  });
}

/**
 * "our core tracking plan broke on Nov 2. Please delete … for Nov 2, 2026.": a day described before the
 * request names it is not asked about a second time — the request already deletes it.
 */
function dropOutsideMentionsOfReadDays(out: DateExtraction, outside: Reading['outside']): void {
  const read = (md: string): boolean => rangesHoldMonthDay(out.ranges, Number(md.slice(0, 2)), Number(md.slice(3, 5)));
  const settled = new Set(outside.filter((o) => o.monthDays.length > 0 && o.monthDays.every(read)).map((o) => o.question));
  out.ambiguities = out.ambiguities.filter((a) => !settled.has(a));
}

// "Dzień 3 i 4 lipca", "el día 3 y 4 de julio": the first of a list of days whose month follows the last one.
const DAY_WORD_AND_NUMBER = /(?<![^\P{L}]|\u03B9)(?:d[íi]a|jour|giorno|dzie[ńn])\s+(?:[1-9]|[12]\d|3[01])(?!\d|[.,:/]\d|\s*(?:de|of|du|del|di|do|da)?\s*\p{L}{3}|\s*(?:,|&|i|and|und|et|e|y|oraz)\s*(?:[1-9]|[12]\d|3[01])\.?\s*(?:de\s+)?\p{L}{3})/giu;
/**
 * A last check that no whole date written in the new text was dropped without a word: an ISO date or a
 * day.month.year that is in no range read, no question and no note is asked about. ("01.10.2026 –
 * 03.10.2026" once deleted 1 October alone: the second date fell between two readers.)
 */
export function askAboutUnreadDates(out: DateExtraction, original: string): void {
  const said = [...out.ambiguities, ...out.notes, ...out.evidence.map((e) => e.text)].join(' ');
  for (const m of allMatches(WHOLE_DATE, original)) {
    const day = m[1] ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : dayOf(Number(m[6]), Number(m[5]), Number(m[4]));
    if (!day || said.includes(m[0]) || out.ranges.some((r) => r.from <= day && day <= r.to)) continue;
    const at = m.index ?? 0;
    if (notADayToDelete(original.slice(Math.max(0, at - 60), at))) continue;
    out.ambiguities.push(`"${m[0]}" was not read as a day to delete — should it be deleted too?`);
  }
  askAboutUnreadMonthDays(out, original, said);
  askAboutBareDaysLeftOut(out, original, said);
  // "…de 1 a 10 de novembro, mas mantenham o dia 5": a day named by its number alone, read by no reader.
  for (const m of allMatches(DAY_WORD_AND_NUMBER, original)) {
    const day = Number(/\d+/.exec(m[0])?.[0]);
    const kept = EXCLUSION_BEFORE.test(original.slice(Math.max(0, (m.index ?? 0) - 40), m.index).replace(/\s+(?:o|el|le|il|den|the)\s*$/iu, ' '));
    if (out.ranges.length > 0 && !said.includes(m[0]) && (kept || !heldInEveryMonth(out.ranges, day))) out.ambiguities.push(`"${m[0]}" has no month — which day is meant?`);
  }
  askAboutListedWeekdays(out, original, said);
  if (out.ranges.length > 0) askAboutUnsettledDays(out, original);
  // "Oct 5 and also the day of the outage that Priya mentioned": a day named by what happened on it.
  const described = out.ranges.length > 0 ? DAY_DESCRIBED.exec(original) : null;
  if (described) out.ambiguities.push(`"${described[0].trim()}" names a day without its date — which day is it?`);
  // "19 Oct 2026 and for Cup day": a holiday named without its date (greetings aside: "Merry Christmas").
  // A holiday's campaign or traffic is the reason, and a holiday of fixed date inside the days read is one of them.
  const unread = (m: RegExpMatchArray): boolean => {
    const at = m.index ?? 0;
    // A holiday read as its day here ("for Boxing Day 2025") is no question; "Black Friday weekend" beside it is.
    if (out.evidence.some((e) => { const from = original.indexOf(e.text); return from >= 0 && at >= from && at < from + e.text.length; })) return false;
    if (GREETING_BEFORE.test(original.slice(Math.max(0, at - 24), at)) || HOLIDAY_AS_REASON.test(original.slice(at + m[0].length, at + m[0].length + 24))) return false;
    if (HOLIDAY_DATED_AFTER.test(original.slice(at + m[0].length, at + m[0].length + 40))) return false;
    const fixed = Object.entries(FIXED_HOLIDAYS).find(([name]) => m[0].toLowerCase().startsWith(name))?.[1];
    if (fixed) return !out.ranges.some((r) => monthDaysOf(r).has(fixed));
    // "11/26/2026 through 11/28/2026. Bot spike over Thanksgiving": a holiday of moving date, inside the days
    // read. "the Black Friday weekend" is more than its day, and stays a question.
    if (/^\s*(?:weekend|week|period|season|holidays?)(?![^\P{L}]|\u03B9)/iu.test(original.slice(at + m[0].length, at + m[0].length + 16))) return true;
    return !out.ranges.some((r) => holidayInRange(m[0].toLowerCase(), r));
  };
  const holiday = out.ranges.length > 0 ? allMatches(HOLIDAY, original).find(unread) : undefined;
  if (holiday) out.ambiguities.push(`"${holiday[0].trim()}" names a day by its holiday, not its date — which days exactly?`);
  askAboutUnreadMonths(out, original);
  const only = out.ranges.length > 0 && HOURS_OR_REST.test(original) ? ONLY_THOSE_HOURS.exec(original) : null;
  // "the night of 10/11 February … please delete both days": the whole days were asked for.
  // Only one such question, and only where those words are not denied or asked ("not the whole days").
  const asked = WHOLE_DAYS_ASKED.exec(original);
  // With the mark that ends it: "Do you delete whole days?" asks.
  const end = asked ? original.slice(asked.index).search(/[.!?\n]/) : -1;
  const sentence = asked ? `${sentenceAround(original, asked.index, asked.index + asked[0].length)}${end >= 0 ? original[asked.index + end] : ''}` : '';
  if (!only && asked && !WHOLE_DAYS_DENIED.test(sentence) && out.ambiguities.filter((a) => a.includes(WHOLE_DAYS_QUESTION)).length === 1) dropWholeDaysQuestions(out);
  if (only) {
    // The customer's own "only those hours" is the question; the general one about the hours goes.
    dropWholeDaysQuestions(out);
    out.ambiguities.push(`"${only[0].trim()}" ${WHOLE_DAYS_QUESTION}: only whole UTC days can be deleted, the rest of those days with them — should the whole days be deleted?`);
  }
}

/**
 * "for the 3rd of May, and all of January too": a month named alone, in a sentence whose days were read,
 * that no day read falls in. Whatever reader missed it, the month is asked about, never dropped unsaid.
 * ("May" is left out: it is as often a verb.)
 */
function askAboutUnreadMonths(out: DateExtraction, original: string): void {
  if (out.ranges.length === 0) return;
  for (const m of original.matchAll(BARE_MONTH)) {
    const at = m.index ?? 0;
    const month = String(MONTHS[m[0].toLowerCase()]).padStart(2, '0');
    if (out.ranges.some((r) => r.from.slice(5, 7) === month || r.to.slice(5, 7) === month || addDays(r.from, 31) <= r.to)) continue;
    const sentence = sentenceAround(original, at, at + m[0].length);
    // "for 3-4 December, not November as I wrote": a month taken back is no day to delete.
    if (NOT_BEFORE.test(original.slice(Math.max(0, at - 30), at))) continue;
    if (!out.evidence.some((e) => e.text && sentence.includes(e.text)) || notADayToDelete(original.slice(Math.max(0, at - 60), at))) continue;
    return void out.ambiguities.push(`"${m[0]}" was not read as days to delete — should that month be deleted too?`);
  }
}
const BARE_MONTH = /(?<![\p{L}\d]|\d(?:st|nd|rd|th)?\s+(?:of\s+)?)(?:January|February|March|April|June|July|August|September|October|November|December)(?![\p{L}\d]|\s*\d)/gu;

/**
 * Days the customer is not sure of: "the 4th, or maybe the 5th", "around Nov 10", "Nov 3-5 or Nov
 * 10-12, whichever", "I think it was Tuesday, but could also be Wednesday". Read as written they delete
 * a day nobody settled on, so they are asked about.
 */
function askAboutUnsettledDays(out: DateExtraction, original: string): void {
  for (const re of [HEDGED_DAY, CJK_HEDGE, APPROXIMATE_DAY, DAY_OR_DAY, WEEK_OR_WEEK]) {
    if (re === DAY_OR_DAY && !OR_WORD.test(original)) continue;
    const m = re.exec(original);
    if (m) return void out.ambiguities.push(`"${m[0].replace(/^[,\s]+/, '').trim()}": the day is not settled — which days exactly?`);
  }
  for (const sentence of original.split(/(?<=[.!?。])\s+|\n+/)) {
    const unsure = UNSURE.exec(sentence);
    if (unsure && aboutTheAddress(sentence.slice((unsure.index ?? 0) + unsure[0].length))) continue;
    // "(not sure about Android)": doubt about a name, not the days (asked about in doubtedNames.ts).
    if (unsure && aboutSomethingElse(sentence.slice((unsure.index ?? 0) + unsure[0].length))) continue;
    if (unsure && (DATE_WORD.test(sentence) || ANY_WEEKDAY.test(sentence))) return void out.ambiguities.push(`"${unsure[0]}": the days are not settled — which days exactly?`);
  }
}
/** Whether the words after "not sure" are about something that names no day: "about Android)", "about the web app,". */
function aboutSomethingElse(after: string): boolean {
  const about = UNSURE_ABOUT.exec(after);
  if (!about) return false;
  const object = /^[^.!?,;:()\n]*/u.exec(after.slice(about[0].length))?.[0] ?? '';
  // A name the scope read is blanked here: nothing left but spaces.
  return !DATE_WORD.test(object) && !ANY_WEEKDAY.test(object) && !DAY_NOUN.test(object) && !ANY_OF_THEM.test(object);
}
/** "not sure about it", "… about that": what it stands for may be the days. */
const ANY_OF_THEM = /^\s*(?:it|that|this|them|those|these|es|das|dies|ça|cela|ceci|eso|esto|ello|ciò|questo|isso|isto|dat|dit|het|to|tego|det|detta)(?![^\P{L}]|\u03B9)/iu;
const UNSURE_ABOUT = /^\s+(?:about|regarding|of|on|bei|über|pour|sur|quant à|sobre|con|di|su|over|van|co do|om|på)\s+/iu;
const DAY_NOUN = /(?<![^\P{L}]|\u03B9)(?:days?|dates?|week|weeks|month|weekend|tag|tage|datum|jours?|dates?|d[íi]as?|fechas?|giorn[oi]|dat[ae]s?|dag|dagen|dni|dzie[ńn]|today|yesterday|tomorrow)(?![^\P{L}]|\u03B9)|\d/iu;
const DATE_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)|\\d{1,2}(?:st|nd|rd|th|\\.)|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}|[月日号]`, 'iu');
/**
 * "around Nov 10", "ungefähr am 3. März", "vers le 10 novembre", "około 10 listopada", "10日ごろ". The
 * number is a day of the month standing alone: "roughly 40k events", "about 12% of users" count things.
 */
const APPROXIMATE_DAY = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:around|about|gegen|um|vers|autour de|hacia|alrededor de|rond|verso|por volta da|około|omkring|runt)\\s+(?:la\\s+|a\\s+)?(?:midnight|mitternacht(?: herum)?|minuit|medianoche|middernacht|mezzanotte|meia-noite|północy|midnatt)(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)(?:around|approximately|approx\\.?|roughly|circa|ca\\.|(?:from|since|on|until|till|to|by) about|ungef(?:ä|ae)hr|etwa|rund um|gegen|intorno al?|attorno al?|около|примерно|приблизительно|w okolicach|vers le|environ|autour du|alrededor del?|aproximadamente|cerca del?|por volta de|ongeveer|rond|omkring|cirka|runt|noin|około|okolo|kolem|yaklaşık)\\s+(?:(?:the|le|el|dem|den|am|il|o|a)\\s+)?(?:(?:0?[1-9]|[12]\\d|3[01])(?![\\d%]|(?!st|nd|rd|th|er|e|\\.)\\p{L})|(?:${MONTH_NAMES_RE})\\.?(?:\\s+\\d{1,2})?)|(?<![日号號일][^\\S\\n]*)~\\s*\\d{1,2}(?![\\d:]|\\s*[시時点點])|(?<![^\\P{L}]|\\u03B9)um\\s+den\\s+\\d{1,2}\\.?(?:\\s+(?:${MONTH_NAMES_RE})\\.?)?(?:\\s+\\d{4})?\\s+herum(?![^\\P{L}]|\\u03B9)|\\d(?:st|nd|rd|th)?\\s+or so(?![^\\P{L}]|\\u03B9)|\\d\\s*日?(?:ごろ|頃|前後)|\\d\\s*[日号]?左右|\\d\\s*일?\\s*(?:쯤|경)`,
  'iu',
);
const OR_WORD = /(?<![^\P{L}]|\u03B9)(?:or|oder|ou|o|eller|tai|albo|lub|nebo|veya|ya da)(?![^\P{L}]|\u03B9)/iu;
/** "Nov 3-5 or Nov 10-12", "Tuesday or Wednesday", "the 3rd or the 4th": one day or another, never both. */
const DAY_OR_DAY = new RegExp(
  `(?:\\d(?:st|nd|rd|th|\\.)?|(?<![^\\P{L}]|\\u03B9)(?:${MONTH_NAMES_RE}|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\s*,?\\s+(?:or|oder|ou|o|eller|tai|albo|lub|nebo|veya|ya da)\\s+(?:(?:maybe|perhaps|else|the|on|am|le|el|il|den|em|no|na)\\s+)?(?:(?:${MONTH_NAMES_RE})\\.?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|\\.)?(?![\\d:])|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9))(?!\\s*(?:days?|weeks?|hours?|tage|jours|d[íi]as|sources?|times))`,
  'iu',
);
/** A sentence that says its days are a guess: "I think", "could also be", "nicht sicher", "creo que", "chyba". */
const UNSURE =
  /(?<![^\P{L}]|\u03B9)(?:not sure|unsure|i think|i believe|could (?:also )?(?:be|have been)|might (?:also )?(?:be|have been)|may (?:also )?have been|whichever|nicht sicher|glaube ich|ich glaube|je crois|je pense|pas s[ûu]re?|no estoy segur[oa]|creo que|n[ãa]o tenho certeza|acho que|non sono sicur[oa]|credo che|niet zeker|ik denk|nie jestem pewn\p{L}*|chyba|wydaje mi si[ęe]|jag tror|inte s[äa]ker|jeg tror|ikke sikker|luulen|en ole varma|nejsem si jist\p{L}*|emin de[ğg]ilim|san[ıi]r[ıi]m|たぶん|多分|かもしれ|好像|大概|아마)(?![^\P{L}]|\u03B9)/iu;
/** "11月16日か17日のどちらか", "16日或17日", "16일 또는 17일": one day or another, in Japanese, Chinese, Korean. */
const CJK_HEDGE = /[日号號일]\s*(?:か|或者?|还是|還是|또는|아니면)\s*\d{1,2}\s*[日号號일]|どちらか|かもしれ|可能是|不确定|不確定/u;
/** "last week, or possibly the week before", "förra veckan, eller möjligen veckan innan": a second week offered. */
const WEEK_OR_WEEK =
  /(?<![^\P{L}]|\u03B9)(?:or|eller|oder|of|ou|o)\s+(?:(?:maybe|possibly|perhaps|even|m[öo]jligen|kanske|eventuellt|vielleicht|eventuell|misschien|kanskje|peut-[êe]tre|quiz[áa]s?|tal vez)\s+)?(?:the\s+|die\s+|den\s+|de\s+|la\s+)?(?:week before(?: that| last)?|one before(?: that)?|veckan (?:innan|f[öo]re)|woche davor|vorwoche|week ervoor|uken f[øo]r|ugen f[øo]r|semaine (?:d['’]avant|pr[ée]c[ée]dente)|semana anterior|antepasada)(?![^\P{L}]|\u03B9)/iu;
/** "2 listopada, a może 3?", "the 4th, or maybe the 5th": a second day offered as a maybe. */
const HEDGED_DAY =
  /(?:[,.]\s*|\s+)(?:or|a|oder|ou|o|of|eller|tai|albo|lub|and)\s+(?:(?:maybe|perhaps|possibly|może|moze|vielleicht|eventuell|peut-être|peut-etre|quizás|quizá|quizas|tal vez|forse|misschien|kanskje|kanske|måske|ehkä|talvez)\s*,?\s+(?:(?:was it|it was|era|war es|es war|était-ce|c['’]était|fue|foi|was het|by[łl]o)\s+)?|(?:was it|era|war es|était-ce|fue|foi|was het|by[łl]o)\s+)(?:(?:on|am|le|el|il|o|den|the)\s+)?\d{1,2}(?:st|nd|rd|th|\.)?(?![\d])(?!\s*(?:days?|weeks?|hours?|tage|jours|d[íi]as|giorni|dagen|dni))/iu;

/**
 * "from 9am Nov 3 to 5pm Nov 4": chrono read "3 to 5pm Nov 4" and "Nov 3" was lost without a word. A
 * month name with its day that no reading took, no question named and no range holds is asked about
 * (dates about being away or about a past event are not).
 */
function askAboutUnreadMonthDays(out: DateExtraction, original: string, said: string): void {
  const read = (month: number, day: number): boolean => rangesHoldMonthDay(out.ranges, month, day);
  const evidence = out.evidence.map((e) => e.text);
  for (const m of allMatches(MONTH_NAMED_DAY, original)) {
    const month = MONTHS[m[1].toLowerCase().replace(/\.$/, '')];
    const day = Number(m[2]);
    const at = m.index ?? 0;
    if (!month || day < 1 || day > 31 || read(month, day) || said.includes(m[0]) || evidence.some((e) => e.includes(m[0]))) continue;
    const [from, to] = sentenceBounds(original, at, at + m[0].length);
    if (AWAY.test(original.slice(from, to)) || notADayToDelete(original.slice(Math.max(0, at - 60), at))) continue;
    out.ambiguities.push(`"${m[0]}" was not read as a day to delete — should it be deleted too?`);
  }
}

/**
 * "last Tuesday and Wednesday": a weekday listed after a day that was read, and read itself by nothing,
 * is asked about — the list is not read in part.
 */
function askAboutListedWeekdays(out: DateExtraction, original: string, said: string): void {
  for (const e of out.evidence) {
    const at = original.indexOf(e.text);
    if (at < 0) continue;
    const after = original.slice(at + e.text.length, at + e.text.length + 40);
    const next = LISTED_WEEKDAY.exec(after);
    if (!next || said.toLowerCase().includes(next[1].toLowerCase())) continue;
    // "last week, Monday to Sunday", "last weekend, Saturday and Sunday": the period spelled out.
    if (WHOLE_WEEK_SPELT.test(after)) continue;
    out.ambiguities.push(`"${e.text}${next[0]}" was read only in part — which days exactly?`);
  }
}
const WHOLE_WEEK_SPELT = /^\s*,?\s*(?:(?:from\s+)?monday\s*(?:to|through|till|until|-|–)\s*sunday|saturday\s*(?:and|&|to|-|–|through)\s*sunday)(?![^\P{L}]|\u03B9)/iu;
const LISTED_WEEKDAY = new RegExp(`^\\s*(?:,|&|\\+|and|or|plus|und|oder|et|ou|y|o|e|en|of|och|og|eller|i|oraz|ja)\\s+(?:(?:on|am|le|el|il|op|w)\\s+)?(?:the\\s+)?(${LONG_WEEKDAY})(?![^\\P{L}]|\\u03B9)`, 'iu');
/**
 * A day's number alone at the end of its clause: "tranne il 2 che ci serve ancora", "außer dem 2.",
 * "sauf le 2, merci". No reader takes it (it has no month), so the range around it would be deleted whole.
 */
// "den 4. bitte stehen lassen", "le 4 on le garde", "de 4e laten staan": a phrase of keeping (exclusionWords.ts) may follow it.
const BARE_DAY_NUMBER = new RegExp(
  String.raw`(?<![\d.,:/\p{L}])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|\.)?(?=[^\S\n]*(?:[,;:!?)\n]|\.(?!\d)|$)|\s+(?:che|que|qui|which|that|weil|because|da|den|das|since|wir|we|lo|ci|ne|y|and|und|et|e|please|bitte|merci|grazie|gracias|graag|though|untouched|alone|intact|out|off)(?![^\P{L}]|\u03B9)|\s+(?:${STAYS})(?![^\P{L}]|\u03B9))`,
  'giu',
);
/**
 * "dal 1 al 3 dicembre, tranne il 2": a day left out by its number alone, still inside the days read (one
 * a reader took out already, "1.-10. März außer dem 5.", is not). Which month is not said, so the days
 * around it are asked about, never deleted whole.
 */
function askAboutBareDaysLeftOut(out: DateExtraction, original: string, said: string): void {
  const months = new Set(out.ranges.flatMap((r) => monthsBetween(r.from, r.to)));
  const held = (day: number): boolean => [...months].some((ym) => rangesHoldMonthDay(out.ranges, Number(ym.slice(5, 7)), day));
  if (askAboutDaysLeftOutByNumberOrRule(out, original, held)) return;
  for (const m of allMatches(BARE_DAY_NUMBER, original)) {
    const at = m.index ?? 0;
    const before = EXCLUSION_BEFORE.exec(original.slice(Math.max(0, at - 40), at));
    const later = before ? null : KEPT_LATER.exec(original.slice(at + m[0].length, at + m[0].length + 40));
    if ((!before && !later) || said.includes(`"${m[0]}"`) || !held(Number(/\d+/.exec(m[0])?.[0]))) continue;
    const words = before ? `${before[0].trim()} ${m[0]}` : `${m[0]}${later?.[0] ?? ''}`;
    out.ambiguities.push(`"${words}" leaves out a day without its month — which days should be deleted?`);
    return;
  }
}

/** A day of the month written as its number alone: "6", "6th", "6.", "1er". */
const DAY_NUMBER = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|\\.)?';
/** Words that leave out what follows them, with the shorthand of notes ("w/o", "excl."). */
const LEFT_OUT_WORD = `(?:${EXCEPTION}|${WITHOUT}|w/o|w/out|but not|${NOT}|${OMISSION})`;
/**
 * "(not 6-7)", "w/o 6-7", "apart from days 6 and 7", "excl. 6-7", "(sauf 6-7)", "(menos 6-7)", "ohne 6.-7.":
 * days left out by their numbers alone, as a list or a span. A span or list is no month's days, so no
 * reader takes it out, and the days around it would be deleted whole.
 */
const BARE_DAYS_LEFT_OUT = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)${LEFT_OUT_WORD}\\s+(?:(?:on|the|days?|den|dem|die|tage[ns]?|le|les|jours?|el|los|d[íi]as?|il|i|giorni|o|os)\\s+){0,2}` +
    `(${DAY_NUMBER}(?:\\s*(?:[-–—]|to|through|bis|au|al|a|and|&|,|und|et|y|e)\\s*(?:the\\s+)?${DAY_NUMBER})+)` +
    `(?![\\d\\p{L}]|[^\\S\\n]*(?:[.:/]\\d|%|(?:${ANY_MONTH_RE}|h|am|pm|hours?|days?|tage|jours|d[íi]as|giorni)(?![^\\P{L}]|\\u03B9)))`,
  'iu',
);
/** "except Mondays", "but not on Tuesdays", "sauf les lundis", "außer montags": a weekday left out of every week. */
// ("except Monday March 8", "außer Montag, 8. März": the weekday of a date written after it, which the readers take.)
const WEEKDAYS_LEFT_OUT = new RegExp(`(?<![^\\P{L}]|\\u03B9)${LEFT_OUT_WORD}\\s+(?:(?:on|the|all|les|los|las|il|i|am|den)\\s+)?(${LONG_WEEKDAY})s?(?![^\\P{L}]|\\u03B9)(?!,?\\s*(?:the\\s+|den\\s+|le\\s+|el\\s+)?(?:\\d|(?:${ANY_MONTH_RE})(?![^\\P{L}]|\\u03B9)))`, 'iu');
/** "only the odd days", "even days only", "every other day", "jours pairs", "días impares", "ungerade Tage". */
const SOME_DAYS_BY_RULE =
  /(?<![^\P{L}]|\u03B9)(?:(?:odd|even|uneven|(?:un)?gerade[n]?|oneven)\s+(?:days?|dates|tage[n]?|dagen|numbered days)|(?:jours|d[íi]as|dias|giorni|dni)\s+(?:pairs|impairs|pares|impares|pari|dispari|parzyste|nieparzyste)|every (?:other|second) day|jeden zweiten tag|un jour sur deux|cada dos d[íi]as|a giorni alterni|om de dag)(?![^\P{L}]|\u03B9)/iu;

/**
 * Days left out by their numbers alone (BARE_DAYS_LEFT_OUT), by a weekday of every week ("except
 * Mondays") or by a rule ("only the odd days"), inside the days read: which days is not written as days
 * any reader takes, so it is asked, never deleted whole.
 */
function askAboutDaysLeftOutByNumberOrRule(out: DateExtraction, original: string, held: (day: number) => boolean): boolean {
  const numbers = BARE_DAYS_LEFT_OUT.exec(original);
  if (numbers && numbers[1].match(/\d+/g)?.some((d) => held(Number(d)))) {
    out.ambiguities.push(`"${numbers[0].trim().replace(/\.$/, '')}" leaves out days without their month — which days should be deleted?`);
    return true;
  }
  const weekday = WEEKDAYS_LEFT_OUT.exec(original);
  const wd = weekday ? weekdayNumber(weekday[1]) : undefined;
  if (weekday && wd !== undefined && out.ranges.some((r) => !everyDayIn(r, (d) => new Date(`${d}T00:00:00Z`).getUTCDay() !== wd))) {
    out.ambiguities.push(`"${weekday[0].trim()}" leaves out some days of those read — which days exactly should be deleted?`);
    return true;
  }
  const rule = out.ranges.some((r) => r.to > r.from) ? SOME_DAYS_BY_RULE.exec(original) : null;
  if (rule) out.ambiguities.push(`"${rule[0].trim()}" keeps only some days of the period — which days exactly should be deleted?`);
  return rule !== null;
}
/** "The 11th we need to keep", "the 11th, please leave it alone": a keep word later in the day's own clause. */
const KEPT_LATER = new RegExp(`^[^.!?;,—–\\n]{0,30}?(?<![^\\P{L}]|\\u03B9)(?:${KEEP}|(?:stay|remain)s?|${STAYS})(?![^\\P{L}]|\\u03B9)(?!\\s+(?:it|them)(?![^\\P{L}]|\\u03B9))`, 'iu');
const WHOLE_DATE = /(?<![\d.\/-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\d])/g;

function blank(s: string): string {
  return ' '.repeat(s.length);
}

/** "only", "nur", "только", "solo" right before the days (an article or "from" between): those days alone. */
const ONLY_BEFORE_DAYS = new RegExp(`(?:${RESTRICTING.source})\\s+(?:(?:the|den|dem|die|le|les|la|el|los|o|os|de|het|il|from|vom|von|du|des|del|dal|van|с|за)\\s+)?$`, 'iu');
/** Records a range read from `words` at `at..end`, with whether the words around it are about deleting. */
function addRange(reading: Reading, range: DayRange, words: string, at: number, end: number): void {
  const { out, mapped } = reading;
  out.ranges.push(range);
  (reading.added ??= []).push({ at, end, range });
  const [from, to] = clauseBounds(mapped.text, at, end);
  const clause = mapped.text.slice(from, at) + ' ' + mapped.text.slice(end, to);
  // "for two days — the 5th and 6th": days set off by a dash or colon after "for" are still its days.
  // "purge our test workspace, only 3-5 March", "nur 3.–5. März": days said to be all that is meant are
  // the days to delete, whatever their clause says.
  const before = mapped.text.slice(Math.max(0, at - 40), at);
  const tied = /\b(?:for|from|on|between|of)\s*$/i.test(before.slice(-8)) || /\b(?:for|on|during)\b[^.?!\n]{0,25}[—–:]\s*(?:the\s+|on\s+)?$/i.test(before) || ONLY_BEFORE_DAYS.test(before);
  out.evidence.push({ ...range, text: words, clause: DELETION_CONTEXT.test(clause) || deleteVerbIn(clause) || tied });
}

/**
 * "the last 3 days", "1-2 days max", "±1 day", "the past week": a count, a margin or a period whose days are not said (chrono
 * reads "1-2" as the 1st and 2nd, "past week" would be the calendar week) — blanked and asked about.
 * "weekends only" keeps some days of the period read: asked, the days stay to be shown.
 */
function askAboutCountsAndUnsaidBounds(mapped: MappedText, out: DateExtraction): void {
  // "the last 3 days", "die letzten 3 Tage": whether today counts is not said — asked, never guessed.
  // "the last 3 days of September 2026" counts from the month's end (read with the month, see partOfMonth).
  // "the last 3 days of last month" counts from that month's end (read with "last month", see readRelativeRange).
  const ofMonth = allMatches(LAST_N_DAYS, mapped.text).map((m) => {
    const after = mapped.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    return OF_MONTH_AFTER.test(after) || OF_LAST_MONTH_AFTER.test(after);
  });
  let n = 0;
  mapped.replace(LAST_N_DAYS, (whole) => {
    out.mentioned = true;
    if (!ofMonth[n++]) out.ambiguities.push(`"${whole}" does not say whether today counts — which days exactly?`);
    return blank(whole);
  });
  mapped.replace(DAY_COUNT_OR_MARGIN, (whole) => {
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" gives a number of days, not which days — which days exactly should be deleted?`);
    return blank(whole);
  });
  mapped.replace(PAST_WEEK, (whole) => {
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" may be the last seven days or the calendar week before this one — which days exactly?`);
    return blank(whole);
  });
  const weekends = WEEKENDS_ONLY.exec(mapped.text);
  if (weekends) out.ambiguities.push(`"${weekends[0]}" keeps only some days of the period — which days exactly should be deleted?`);
}

/** The text chrono will read, with what is never a date blanked and the "last N days" asked about. */
const BUILD_NUMBER = /(?<![^\P{L}]|\u03B9)(?:build|version|ver\.?|release|firmware|rev(?:ision)?|v)\s*#?\s*v?\d+(?:[.\-_]\d+)+(?![\d])/giu;

/**
 * Opening hours in a footer ("Mon-Fri 08:00-18:00 ET", "Lun-Vie 9:00-18:00 (GMT-5)", "segunda a sexta,
 * 9h às 18h", "月〜金 9:00-18:00"): a span of weekdays with hours is when someone answers, never a day.
 */
// The weekday words the letters already use (WEEKDAY_ALT), and the short forms opening hours add: Italian
// "gio", Dutch "ma–vr", Polish "pon–pt", Swedish "mån–fre", Finnish "ma–pe".
const WEEKDAY_ABBR = `(?:${WEEKDAY_ALT}|tues|thur|gio|ma|wo|vr|za|zo|pon|wt|[śs]r|czw|pt|sob|ndz|m[åa]n|tis|ons|tor|fre|l[öo]r|s[öo]n|ti|ke|to|pe|la|su)\\.?(?![^\\P{L}]|\\u03B9)`;
/** A time of day with its mark ("08:00", "9h", "6pm", "18 Uhr"), then maybe a bare hour after the dash. */
const OPENING_TIME = '\\d{1,2}(?:[:.h]\\d{2}\\s*(?:am|pm|h|uhr|hs)?|\\s*(?:am|pm|h|uhr|hs)(?![^\\P{L}]|\\u03B9))';
const OPENING_TIME_END = '\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:am|pm|h|uhr|hs)?';
const OPENING_HOURS = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:${WEEKDAY_ABBR}\\s*(?:[-–—/]|to|a|bis|à|al|t/m|till?)\\s*${WEEKDAY_ABBR}|[月火水木金土日](?:曜日?)?\\s*[〜~～\\-－]\\s*[月火水木金土日](?:曜日?)?|平日)[\\s,:]*(?:from|de|von|dalle|das|van|od)?\\s*${OPENING_TIME}\\s*(?:[-–—〜~～]|to|a|às|as|bis|à|alle|tot|do)\\s*${OPENING_TIME_END}(?:\\s*\\(?(?:[A-Z]{2,5}|(?:GMT|UTC)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?)\\)?)?`,
  'giu',
);

/**
 * "the last 48 hours", "die letzten 24 Stunden": hours back from a moment, never whole days as written
 * (asked). "from the third through the fifth of November": ordinal words in a date, as numbers.
 */
/**
 * "the last 48 hours", sent at 08:30 UTC on 20 December: 08:30 on the 18th to 08:30 on the 20th, which the
 * UTC days 18 to 20 cover. Those days are proposed in a question, like other hours; a number of hours only
 * (not "the last few hours"), counted back from the message's own instant.
 */
function readHoursBack(reading: Reading): void {
  const { out, mapped, sent } = reading;
  if (!sent || !/\d\s*(?:hours?|hrs?|stunden|heures|horas|uur|ore|godzin|timmar|timer|tuntia)/i.test(mapped.text)) return;
  const positions = allMatches(LAST_N_HOURS, mapped.text).map((m) => m.index ?? 0);
  let n = 0;
  mapped.replace(LAST_N_HOURS, (whole) => {
    const at = positions[n++] ?? 0;
    const hours = Number(/\d{1,3}/.exec(whole)?.[0]);
    if (!hours || !hoursBackAsked(mapped.text, at, whole)) return whole;
    const range = { from: utcDay(new Date(sent.getTime() - hours * 3_600_000)), to: utcDay(sent) };
    out.mentioned = true;
    addRange(reading, range, whole.trim(), at, at + whole.length);
    out.ambiguities.push(widened(whole.trim(), range));
    out.notes.push(`"${whole.trim()}" counted back from the message's own time, ${sent.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    return blank(whole);
  });
}

/**
 * Whether "the last 48 hours" asks for those hours to go: said in a sentence asking for a deletion, and
 * counted back from now — not "the last 2 hours of that day", "the last 48 hours of logs look clean".
 */
function hoursBackAsked(text: string, at: number, whole: string): boolean {
  if (HOURS_OF_ANOTHER_TIME.test(text.slice(at + whole.length, at + whole.length + 40))) return false;
  const sentence = sentenceAround(text, at, at + whole.length);
  return deleteVerbIn(sentence) || DELETION_CONTEXT.test(sentence);
}

/** "… of November 2026", "… of that day", "… before the outage": hours counted from another time than now. */
const HOURS_OF_ANOTHER_TIME = new RegExp(`^\\s*(?:(?:before|after|prior to|preceding|leading up to|vor|nach|avant|apr[èe]s|antes|despu[ée]s|prima|dopo)(?![^\\P{L}]|\\u03B9)|(?:of|von|vom|de|del|di|du|van)\\s+(?:(?:that|the|this|those|jenem|diesem|dem|ce|ese|quel|die)\\s+(?:day|night|date|month|week|tag|nacht|jour|nuit|d[ií]a|noche|giorno|dag)|(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)|(?:the\\s+)?\\d))`, 'iu');

const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30 };
/**
 * Dictated years after a day or a month: "february eleventh twenty twenty seven", "march 3rd two thousand
 * and twenty six". Unread, they sit between a range's days and hide the range word from its first day.
 */
const SPELLED_YEAR_START = '(?:twenty|two thousand(?:\\s+and)?)';
const SPELLED_YEAR = new RegExp(
  `${SPELLED_YEAR_START}(?<=(?:\\d(?:st|nd|rd|th)?|(?<![^\\P{L}]|\\u03B9)(?:${MONTH_NAMES_RE}))(?:\\s*,)?\\s+${SPELLED_YEAR_START})[\\s-]+(twenty|thirty)(?:[\\s-]+(${UNIT_WORDS.join('|')}))?(?![\\p{L}-])`,
  'giu',
);

const CARDINAL_DAYS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const CARDINAL_DAY = `(?:(twenty|thirty)[\\s-](${UNIT_WORDS.join('|')})|(${CARDINAL_DAYS.join('|')}|twenty|thirty))`;
const cardinalValue = (tens: string | undefined, unit: string | undefined, single: string | undefined): number =>
  tens ? (TENS_WORDS[tens.toLowerCase()] ?? 0) + UNIT_WORDS.indexOf((unit ?? '').toLowerCase()) + 1 : single ? (TENS_WORDS[single.toLowerCase()] ?? CARDINAL_DAYS.indexOf(single.toLowerCase()) + 1) : 0;
/**
 * Dictated days as cardinals: "march six 2027", "march eight twenty twenty seven". Only right after a
 * month and right before a year, where no other number fits; "march twenty twenty seven" stays the year.
 */
const CARDINAL_DAY_AFTER_MONTH = new RegExp(
  `(?<=(?<![^\\P{L}]|\\u03B9)(?:${MONTH_NAMES_RE})\\s+(?:the\\s+)?)${CARDINAL_DAY}(?=\\s*,?\\s+(?:(?:19|20)\\d{2}(?!\\d)|twenty[\\s-]+(?:twenty|thirty)|two thousand))`,
  'giu',
);
/** Swahili days as words after "tarehe" (date): "tarehe mbili hadi nne Machi" is the 2nd to the 4th. */
const SWAHILI_NUMBERS = ['moja', 'mbili', 'tatu', 'nne', 'tano', 'sita', 'saba', 'nane', 'tisa', 'kumi'];
const SWAHILI_DAY_WORDS = new RegExp(`(?<=(?<![^\\P{L}]|\\u03B9)tarehe\\s+)(${SWAHILI_NUMBERS.join('|')})(?:(\\s+(?:hadi|mpaka|na|-)\\s+)(${SWAHILI_NUMBERS.join('|')}))?(?![^\\P{L}]|\\u03B9)`, 'giu');
/** Malay "Mac" is March only between a day and a year ("1 hingga 3 Mac 2027"): elsewhere it is the computer. */
const MALAY_MARCH = /(?<=(?<![\d.])\d{1,2}\s+)mac(?=\s+(?:19|20)\d{2}(?!\d))/giu;

function rewriteCardinalDays(mapped: MappedText): void {
  mapped.replace(CARDINAL_DAY_AFTER_MONTH, (whole, tens?: string, unit?: string, single?: string) => `${cardinalValue(tens, unit, single) || whole}`);
  const sw = (w: string): number => SWAHILI_NUMBERS.indexOf(w.toLowerCase()) + 1;
  mapped.replace(SWAHILI_DAY_WORDS, (whole, a: string, join?: string, b?: string) => (b ? `${sw(a)}${join}${sw(b)}` : `${sw(a)}`));
  mapped.replace(MALAY_MARCH, () => 'March');
}

/**
 * "the end of October 2026", "Anfang Oktober": chrono reads some as one day ("end of October" as the 31st),
 * others as the whole month — neither is what was meant. Asked, in the words written ("krajem listopada",
 * not the month it was read as).
 */
function askAboutPartsOfMonths(mapped: MappedText, out: DateExtraction): void {
  // "the second week of November, more precisely 12 to 18 November": the days written after it say which.
  mapped.replace(PART_OF_MONTH_NARROWED, blank);
  const written = allMatches(PART_OF_MONTH_PHRASE, mapped.text).map((m) => mapped.originalOf(m.index ?? 0, (m.index ?? 0) + m[0].length));
  const background = allMatches(PART_OF_MONTH_PHRASE, mapped.text).map((m) => partToldAsBackground(mapped.text, m.index ?? 0, (m.index ?? 0) + m[0].replace(/[\s.!?。]+$/u, '').length));
  let n = 0;
  mapped.replace(PART_OF_MONTH_PHRASE, (whole) => {
    const shown = written[n] || whole.trim();
    if (background[n++]) out.notes.push(`"${shown}" is told as background (nothing in its sentence is about data), not a day to delete`);
    else {
      out.mentioned = true;
      out.ambiguities.push(`"${shown}" names only part of the month — which days exactly?`);
    }
    return blank(whole);
  });
}
/**
 * "I'm taking over the account from Priya, who moved to another team at the start of June. … please
 * delete … for 9 to 11 June": a part of a month told of the writer's life, in a sentence that neither
 * asks for a deletion nor speaks of data, while another sentence asks for one, is no day to ask about —
 * as a whole day told so is set aside (backgroundDays.ts).
 */
function partToldAsBackground(text: string, from: number, to: number): boolean {
  const [a, b] = sentenceBounds(text, from, to);
  const sentence = text.slice(a, b);
  const rest = `${text.slice(a, from)}${' '.repeat(to - from)}${text.slice(to, b)}`;
  const elsewhere = `${text.slice(0, a)} ${text.slice(b)}`;
  return !DELETION_CONTEXT.test(sentence) && !DELETE_VERB.test(sentence) && toldAsBackground(rest) && DELETE_VERB.test(elsewhere) && !occasionAskedFor(rest, elsewhere);
}

/**
 * "listopad" as October in Croatian mail, November in Polish and Czech (listopadMonth.ts); asked where the
 * mail shows neither language or both: the month table alone reads it as November.
 */
function rewriteListopad(mapped: MappedText, out: DateExtraction, languageText?: string): void {
  const month = listopadMonth(mapped.text, languageText);
  if (month === 10) mapped.replace(LISTOPAD, asOctober);
  if (month !== null) return;
  out.mentioned = true;
  pushOnce(out.ambiguities, LISTOPAD_QUESTION);
}

/**
 * "vom ersten bis zum dritten Mai", "du trois mai": days written as words, as digits (dayWords.ts). Unread,
 * the month stood alone and the whole of it was deleted; a day word still unread is asked about.
 */
function rewriteDayWords(mapped: MappedText, out: DateExtraction): void {
  for (const reader of DAY_WORD_READERS) {
    if (!reader.month.test(mapped.text)) continue;
    mapped.replace(reader.chain, reader.digits);
    mapped.replace(reader.unread, (whole) => {
      out.mentioned = true;
      pushOnce(out.ambiguities, dayWordQuestion(whole));
      // Not the month alone in its place: the days asked about are not its thirty.
      return blank(whole);
    });
  }
}

function rewriteHoursBackAndOrdinalWords(mapped: MappedText, out: DateExtraction, sent: boolean): void {
  const positions = allMatches(LAST_N_HOURS, mapped.text).map((m) => m.index ?? 0);
  let n = 0;
  mapped.replace(LAST_N_HOURS, (whole) => {
    // A number of hours back from a known instant, asked to go, is read as its days (readHoursBack), and asked about there.
    if (sent && /\d/.test(whole) && hoursBackAsked(mapped.text, positions[n++] ?? 0, whole)) return whole;
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" is hours, not whole UTC days — which days should be deleted?`);
    return blank(whole);
  });
  const asNumber = (whole: string, word: string): string => `${ORDINAL_WORDS[word.toLowerCase().replace(/[\s-]+/g, '-')] ?? word}`;
  // "the 5th day of February 2027", "the fifth day of February": that day of the month.
  mapped.replace(NTH_DAY_OF_MONTH, (whole, nth: string) => `${nth} of `);
  mapped.replace(ORDINAL_WORD_DAY, asNumber);
  // Dictated: "from november third to the fifth" — after a month, then the end of a range it began.
  mapped.replace(ORDINAL_WORD_AFTER_MONTH, asNumber);
  mapped.replace(ORDINAL_WORD_RANGE_END, asNumber);
  rewriteCardinalDays(mapped);
  mapped.replace(SPELLED_YEAR, (whole, tens: string, unit?: string) => `${2000 + (TENS_WORDS[tens.toLowerCase()] ?? 0) + (unit ? UNIT_WORDS.indexOf(unit.toLowerCase()) + 1 : 0)}`);
}

/** Lines of a table drawn with pipes ("| 1 | 2026-11-10 | 2026-11-11 |"), two or more in a row. */
const TABLE_BLOCK = /(?<=^|\n)(?:[^\S\n]*\|[^\n]*\|[^\S\n]*(?:\n|$)){2,}/g;
const FROM_HEADER = /^(?:from|start|start date|first day|begin|von|ab|beginn|desde|de|du|dal|da|van|vanaf|od|fra|från|alku|in[íi]cio|d[ée]but)$/i;
const TO_HEADER = /^(?:to|end|end date|last day|until|through|bis|ende|hasta|a|au|al|at[ée]|tot|tot en met|do|til|till|loppu|fim|fin)$/i;
const TABLE_RULE = /^[\s|:-]+$/;

/**
 * A table whose columns say from and to: each row is a range ("• 2026-11-10 to 2026-11-11"), a list item
 * under the line that asks for the deletion; the header and the rule under it are no text. Any other table
 * is left as it is (its days are asked about).
 */
/**
 * "Date        | Reason" over rows "2026-12-05  | duplicate feed": a table whose first column is the day,
 * each row a day of the line that asks for the deletion; the header and the other columns are no text.
 */
// The cells are split by pipes, tabs, or the colon an HTML table's row becomes ("2026-12-05: duplicate feed").
const DATE_COLUMN_TABLE = /(?<=^|\n)[^\S\n]*\|?[^\S\n]*(?:date|day|days|datum|tag|fecha|d[ií]a|data|jour|dag|dato|dzie[ńn]|p[äa]iv[äa]|giorno|dia)[^\S\n]*[|:\t][^\n]*(?:\n[^\S\n]*\|?[^\S\n]*[-=|: ]+[^\S\n]*(?=\n))?(?:\n[^\S\n]*\|?[^\S\n]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})[^\S\n]*[|:\t][^\n]*){2,}/giu;
// Any word that keeps, excepts or negates in the line above the table: its rows are asked about, not read.
const TABLE_KEEP = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${EXCEPTION}|${KEEP}|${WITHOUT}|${NOT}|kept|don['’]t|do not|skip|ignore|leave|stay|no)(?![^\\P{L}]|\\u03B9)`, 'iu');
function dateColumnRows(table: string): string {
  return table
    .split('\n')
    .map((line) => {
      // The day stays where it was written, so the words quoted for it are the customer's.
      const day = /^(\s*\|?\s*)(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\s*[|:\t]/.exec(line);
      return day ? `${' '.repeat(day[1].length)}${day[2]}`.padEnd(line.length) : ' '.repeat(line.length);
    })
    .join('\n');
}

function fromToRows(table: string): string {
  const lines = table.split('\n');
  const cellsOf = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim().replace(/[*_]/g, ''));
  // "first day (UTC)", "to (inclusive)": a note in brackets after a header's word does not change what it says.
  const header = cellsOf(lines[0]).map((c) => c.replace(/\s*\([^()]*\)$/, ''));
  const from = header.findIndex((c) => FROM_HEADER.test(c));
  const to = header.findIndex((c) => TO_HEADER.test(c));
  if (from < 0 || to !== from + 1) return table;
  return lines
    .map((line, i) => {
      if (i === 0 || TABLE_RULE.test(line)) return ' '.repeat(line.length);
      const cells = cellsOf(line);
      return cells.length === header.length ? `• ${cells[from]} to ${cells[to]}` : line;
    })
    .join('\n');
}

const DOTTED_DAY_MONTH_SPAN =
  /(?<![\d.,]|v|ver|version\s)(\d{1,2})\.(\d{1,2})\.?(\s*(?:-|–|—|to|through|until|till|bis|a|al|au|à|do|até|ate|עד|до|по|đến|hingga|sampai|έως|μέχρι|tot|til|till)\s*)(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2})(?![\d.]\d))?\.?(?![\d.]|\s*(?:%|[kmgt]i?b|ms|s|h|x|€|eur|usd|gb|mb|mio)(?![^\P{L}]|\u03B9))/giu;

/** A verb asking for a deletion in the clause; English "cancelled our subscription" is none (Italian "cancellate" is). */
function deleteVerbIn(clause: string): boolean {
  const m = DELETE_VERB.exec(clause);
  return m !== null && !/^cancel(?:l?ed|l?ing|s)?$/i.test(m[0]);
}

/**
 * Marks around days that are no part of them: an era after a year, a list's bullet or number, a table's
 * header, a Hebrew prefix; and day.month spans whose first end has no closing dot.
 */
function rewriteListsAndMarks(mapped: MappedText): void {
  // "… 2 November 2026 be erased": chrono reads "2026 BE" as a year of the Buddhist era (1483).
  mapped.replace(/(?<=\d{4})\s(?=(?:be|bc|bce|ad|ce)(?![^\P{L}]|\u03B9))/giu, () => ',');
  // "- 1 December 2026\n- 3 December 2026": a list's bullet dash is no "to" between the items' days.
  mapped.replace(/(?<=^|\n)([^\S\n]*)[-–—](?=[^\S\n])/g, (whole, indent: string) => `${indent}•`);
  mapped.replace(TABLE_BLOCK, fromToRows);
  // Only right under the line that asks for the deletion ("… for the days in the table:"): an incident
  // log's table elsewhere names days that happened, not days to delete.
  const asked = allMatches(DATE_COLUMN_TABLE, mapped.text).map((m) => {
    const intro = mapped.text.slice(0, m.index ?? 0).trimEnd().split('\n').pop() ?? '';
    // The line introduces the table ("…for the days in the table:"), leaves nothing out, and no row says to keep its day.
    return /:\s*$/.test(intro) && deleteVerbIn(intro) && !TABLE_KEEP.test(intro) && !TABLE_KEEP.test(m[0]);
  });
  let table = 0;
  mapped.replace(DATE_COLUMN_TABLE, (whole) => (asked[table++] ? dateColumnRows(whole) : whole));
  // "from 10.10 to 3.10", "vom 1.11 bis 3.11": day.month pairs joined by "to" are days, the first too (only
  // a pair with its closing dot was read, so "from 10.10 to 13.10." became one day).
  mapped.replace(DOTTED_DAY_MONTH_SPAN, (whole, d1: string, m1: string, join: string, d2: string, m2: string, year: string | undefined) =>
    [Number(d1), Number(d2)].every((d) => d >= 1 && d <= 31) && [Number(m1), Number(m2)].every((m) => m >= 1 && m <= 12) ? `${d1}.${m1}.${join}${d2}.${m2}.${year ?? ''}` : whole,
  );
  // Hebrew "from", "in", "the" written onto a day with a hyphen: "מ-10.10 עד 3.10", "ב-5.11" ("ו-" and
  // "ל-", "and" and "to", are read as such further on).
  mapped.replace(/(?<![^\P{L}]|\u03B9)[במה]-(?=\d)/gu, blank);
  // "1. 2026-11-02 to 2026-11-03\n2. 2026-11-04": a numbered item's number is no day ("1. 12. 2026",
  // a German day, is left alone).
  mapped.replace(/(?<=^|\n)([^\S\n]*)\d{1,2}[.)](?=[^\S\n]+\d)(?![^\S\n]+\d{1,2}\.[^\S\n]*(?:\d{2,4}|\p{L}))/gu, (whole, indent: string) => `${indent}•${' '.repeat(whole.length - indent.length - 1)}`);
}

/**
 * The text with the catalog names blanked (same length), but a name that is part of a time zone's
 * words: "по времени Алматы" beside a workspace "Алматы Карго".
 */
function namesMasked(input: string, scopeSpans: [number, number][]): string {
  let named = input;
  for (const [a, b] of scopeSpans) if (a >= 0 && b <= named.length && a < b && !partOfZone(input, a, b)) named = named.slice(0, a) + ' '.repeat(b - a) + named.slice(b);
  return named;
}

/** Whether the words from `a` to `b` are part of a time zone written around them ("Tokyo time", "по Новосибирску"). */
function partOfZone(text: string, a: number, b: number): boolean {
  const from = Math.max(0, a - 40);
  const window = text.slice(from, Math.min(text.length, b + 20));
  return ZONES_ALL.some(([re]) => {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      // Words of a zone, not an abbreviation: "Sol et Mar" holds "et", which is no Eastern Time.
      if (m[0].length >= 5 && from + m.index < b && from + m.index + m[0].length > a) return true;
      if (m[0] === '') re.lastIndex += 1;
    }
    return false;
  });
}

/** A day of a Hijri month (Arabic names and the transliterations English, Turkish and Indonesian write), with its year if given. */
const HIJRI_DATE =
  /(?<![\p{L}\p{N}])[\d\u0660-\u0669\u06F0-\u06F9]{1,2}\s*(?:من\s+)?(?:محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الاولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة|muharram|safar|rabi[‘'’]?\s?(?:al|ul)[- ]?(?:awwal|thani|akhir)|jumad[ae]\s?(?:al|ul)[- ]?(?:ula|awwal|akhirah|thani)|rajab|sha[‘'’]?ban|ramadh?an|ramazan|shawwal|syawal|[sş]evval|dhu[‘'’]?l?[- ]?(?:al[- ])?(?:qa[‘'’]?dah|hijjah)|zulkaidah|zulhijah)(?![^\P{L}]|\u03B9)(?:\s*[\d\u0660-\u0669\u06F0-\u06F9]{4})?\s*(?:هـ|ه(?![^\P{L}]|\u03B9)|AH(?![^\P{L}]|\u03B9)|H(?![^\P{L}]|\u03B9))?/giu;

/**
 * "١٥ رمضان ١٤٤٧هـ", "15 Ramadan 1447 AH": a day of the Hijri calendar, whose Gregorian day depends on
 * the calendar's variant (and the moon's sighting): asked for as a UTC day, never converted. Beside a
 * Gregorian year ("22 نوفمبر 2026 (الموافق 12 جمادى الأولى 1448)") it is the same day written twice.
 */
function askAboutHijriDates(mapped: MappedText, out: DateExtraction): void {
  const hijriAt = allMatches(HIJRI_DATE, mapped.text).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  let hijri = 0;
  mapped.replace(HIJRI_DATE, (whole) => {
    const [from, to] = hijriAt[hijri++] ?? [0, 0];
    if (GREGORIAN_YEAR.test(mapped.text.slice(Math.max(0, from - 40), from)) || GREGORIAN_YEAR.test(mapped.text.slice(to, to + 40))) return blank(whole);
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" is a Hijri date — which UTC day is it in the Gregorian calendar?`);
    return blank(whole);
  });
}

const GREGORIAN_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** `sent`: the message has an instant to count hours back from (see readHoursBack). */
/** "* ~~Nov 21~~": Markdown's strike-through in plain text, read as <s> in HTML is: words the writer took back. */
function blankStruckWords(mapped: MappedText, out: DateExtraction): void {
  mapped.replace(MARKDOWN_STRUCK, (whole) => {
    out.notes.push(`"${whole}" is struck through: its words are not read`);
    return blank(whole);
  });
}
function maskedText(input: string, scopeSpans: [number, number][], out: DateExtraction, sent: boolean, languageText?: string): MappedText {
  // A name from the catalog is never a date: "sol-y-mar" must not read as March, "Kasse 2024" as a year.
  const mapped = new MappedText(namesMasked(input, scopeSpans));
  mapped.replace(URL_OR_EMAIL, blank);
  mapped.replace(PHONE, blank);
  // "build 2026.11.05", "version 2026-11-05", "firmware v2026.11.1": a build's number, never a day;
  // "incident INC-2026-11-09", "Jira OPS-2026-11-12": a date inside a key names the ticket, not a day.
  mapped.replace(BUILD_NUMBER, blank);
  mapped.replace(IDENTIFIER_WITH_DATE, blank);
  blankItemNumbers(mapped, out);
  rewriteListopad(mapped, out, languageText);
  mapped.replace(OPENING_HOURS, blank);
  blankStruckWords(mapped, out);
  rewriteListsAndMarks(mapped);
  // Before any reader of written dates: "令和7年11月20日から22日" is a range of 2025.
  rewriteEraYears(mapped);
  // "dal 1° al 4 marzo", "del 1º al 3": an ordinal sign after a day number (same length, so the map holds).
  mapped.replace(/(?<=\d)[°º]/g, () => ' ');
  // Ordinal endings: Swedish "den 3:e mars", "1:a april", Polish "3-go marca", "1-ego" (blanked in place).
  mapped.replace(/(?<=\d)(?::[ae]|-(?:go|ego|ej|ty|tego))(?![\p{L}\d])/gu, blank);
  askAboutCountsAndUnsaidBounds(mapped, out);
  askAboutLastWeeksAndMonths(mapped, out);
  rewriteDayWords(mapped, out);
  rewriteHoursBackAndOrdinalWords(mapped, out, sent);
  // "the 3 days before yesterday", "two days prior to the outage": chrono reads one day of them.
  mapped.replace(/(?<![^\P{L}]|\u03B9)(?:the\s+)?(?:(?<!\p{N})\d+|two|three|four|five|six|seven|a few|several)\s+days\s+(?:before|prior to|after|following)\s+(?:yesterday|today|that|it|the\s+\p{L}+|\p{L}+day)(?![^\P{L}]|\u03B9)/giu, (whole) => {
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" does not say which days exactly — which days should be deleted?`);
    return blank(whole);
  });
  rewriteWeeksOfMonthStartingMonday(mapped);
  askAboutPartsOfMonths(mapped, out);
  askAboutHijriDates(mapped, out);
  rewriteWrittenRanges(mapped, out);
  // "the week of October 5", "die Woche vom 5. Oktober": which seven days is not said.
  for (const m of /woche|week|semaine|semana/i.test(mapped.text) ? allMatches(WEEK_OF, mapped.text) : []) {
    // "the week of 2-6 November 2026": the days are written out after it.
    if (WEEK_WRITTEN_OUT.test(mapped.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40))) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${m[0].trim()} …" does not say which seven days — which days exactly?`);
  }
  // "between 2026-10-01 and 2026-10-03 exclusive": the ends are not days to delete, or are they?
  if (EXCLUSIVE_RANGE.test(mapped.text)) out.ambiguities.push('the range is said to be exclusive — which days exactly should be deleted?');
  // "du 3 au 6 mars exclu", "not counting the 6th", Dutch "3 tot 6 maart": the end day maybe left out (endLeftOut.ts).
  const endQuestion = endDayQuestion(mapped.text);
  if (endQuestion) out.ambiguities.push(endQuestion);
  // "for October 3 — sorry, I meant October 4": both days are in the new text; which one stands is asked.
  const correction = correctionIn(mapped.text);
  if (correction) out.ambiguities.push(`"${correction}" corrects days written before it — which days exactly should be deleted?`);
  else mapped.replace(RANGE_MARK_BETWEEN_DAYS, () => '-');
  rewriteBareDaysAfterDates(mapped, out);
  mapped.replace(DASH_BETWEEN_NUMBERS, (whole) => whole.replace(/\s*[–—]\s*/, (d) => (d.length === 1 ? '-' : `${' '.repeat(d.length - 1)}-`)));
  return mapped;
}

/** A join of a range's last day: "to", "through", "until", "bis", "au", "al", "hasta", "tot", a dash, a tilde, an arrow. */
const TO_BARE_DAY = `(?:to|through|thru|until|till|bis(?:\\s+(?:zum|einschlie(?:ß|ss)lich))?|au|al|à|a|hasta(?:\\s+el)?|até(?:\\s+o)?|tot(?:\\s+en\\s+met)?|fino al|[-–—~～〜]|${RANGE_ARROW})`;
/** A day number alone whose clause ends with it: not a time, a count, a month's day or a version. */
const BARE_DAY_END = `(?!\\.?[^\\S\\n]*(?:(?:of|de)\\s+)?(?:${ANY_MONTH_RE})(?![^\\P{L}]|\\u03B9))(?:st|nd|rd|th|er|\\.)?(?![\\d\\p{L}:/]|[.,]\\d)(?=[^\\S\\n]*(?:[.;!?)\\n,]|$|(?:and|und|et|y|e|please|bitte|merci|gracias|grazie|danke|thanks|too|as well)(?![^\\P{L}]|\\u03B9)))`;
/** A whole date (month and year written) and what stands after it: "March 3, 2027 to 5", "3. März 2027 und 7.". */
const DATE_THEN_BARE_DAY = new RegExp(
  `(?:(?<![^\\P{L}]|\\u03B9)(${MONTH_NAMES_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*-\\s*(\\d{1,2})(?:st|nd|rd|th)?)?|(?<![\\d.,:/])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:\\s*-\\s*(\\d{1,2})(?:st|nd|rd|th|er|\\.)?)?\\s+(?:of\\s+|de\\s+)?(${ANY_MONTH_RE})\\.?)` +
    `,?\\s+(?:de\\s+)?(\\d{4})(\\s*(?:(${TO_BARE_DAY})|,|${AND_WORDS}|plus)\\s*)(?:the\\s+|le\\s+|el\\s+|den\\s+|dem\\s+|zum\\s+|il\\s+|o\\s+)?(\\d{1,2})${BARE_DAY_END}`,
  'giu',
);

/**
 * "March 3, 2027 to 5", "from 3 March 2027 through the 7th", "March 03-05 2027 and 07", "3.-5. März 2027
 * und 7.": a day number alone after a whole date takes that date's month and year. Read alone, the last
 * day was lost and only the first deleted. A day that cannot end or follow those days ("March 5, 2027 to
 * 3") has no month that is sure, and is asked about.
 */
function rewriteBareDaysAfterDates(mapped: MappedText, out: DateExtraction): void {
  mapped.replace(DATE_THEN_BARE_DAY, (whole, mName: string, md1: string, md2: string, dd1: string, dd2: string, dName: string, year: string, join: string, to: string, day: string) => {
    // (A group that did not take part is empty here, as MappedText passes it.)
    const name = (mName || dName).toLowerCase();
    const month = MONTHS[name.replace(/\.$/, '')] ?? FOREIGN_MONTHS[name];
    const [first, last] = [Number(md1 || dd1), Number(md2 || dd2 || md1 || dd1)];
    const end = month ? dayOf(Number(year), month, Number(day)) : null;
    if (!month || !end || Number(day) <= last) {
      out.mentioned = true;
      out.ambiguities.push(`"${whole.trim()}": "${day}" has no month — which days exactly should be deleted?`);
      return whole;
    }
    const date = (d: number): string => `${monthNameEn(month)} ${d}, ${year}`;
    const head = first === last ? date(first) : `${date(first)} to ${date(last)}`;
    return `${head}${to ? ' to ' : ' and '}${date(Number(day))}`;
  });
}

/** Ranges written in ways no later reader joins: whole dotted dates, ISO intervals, month abbreviations. */
/**
 * "the 3rd week of February 2027": where the month begins on a Monday, its first seven days are its first
 * Monday-to-Sunday week too, so the Nth week is the same seven days under every reading. In any other
 * month the words are left as they are and asked about (1–7 April, or the first Monday week?).
 */
function rewriteWeeksOfMonthStartingMonday(mapped: MappedText): void {
  mapped.replace(NTH_WEEK_OF_MONTH, (whole, nth: string, monthName: string, year: string) => {
    const month = MONTHS[monthName.toLowerCase()];
    const n = WEEK_ORDINALS.indexOf(nth.toLowerCase()) % 4;
    if (!month) return whole;
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (new Date(`${first}T00:00:00Z`).getUTCDay() !== 1) return whole;
    const [from, to] = [addDays(first, 7 * n), addDays(first, 7 * n + 6)];
    return `${from} to ${to}`;
  });
}
const WEEK_ORDINALS = ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'];
const NTH_WEEK_OF_MONTH = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:the\\s+)?(${WEEK_ORDINALS.join('|')})\\s+(?:full\\s+|calendar\\s+)?week\\s+(?:of|in)\\s+(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9),?\\s+(\\d{4})(?!\\d)`,
  'giu',
);

function rewriteWrittenRanges(mapped: MappedText, out: DateExtraction): void {
  // "01.10.2026 – 03.10.2026", "1.10.2026 bis 3.10.2026": two whole dotted dates (day first) as a range.
  mapped.replace(DOTTED_FULL_RANGE, (whole, d1: string, m1: string, y1: string, d2: string, m2: string, y2: string) => {
    const [a, b] = [dayOf(Number(y1), Number(m1), Number(d1)), dayOf(Number(y2), Number(m2), Number(d2))];
    return a && b ? `${monthNameEn(Number(m1))} ${Number(d1)}, ${y1} to ${monthNameEn(Number(m2))} ${Number(d2)}, ${y2}` : whole;
  });
  // "1–3 Oct. and 7 Oct. 2026": the dot of a month's abbreviation ends no sentence (blanked in place).
  mapped.replace(/(?<![^\P{L}]|\u03B9)(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.(?=\s+(?:and|&|,|\d|und|et|y|to|bis|through)\b)/giu, (whole) => `${whole.slice(0, -1)} `);
  // "October 1-2 and 5-6, 2026": day ranges sharing a month (and a year written once at the end).
  mapped.replace(MONTH_DAY_RANGES, (whole, month: string, first: string, more: string, year: string) => {
    const m = MONTHS[month.toLowerCase().replace(/\.$/, '')];
    if (!m) return whole;
    const y = year ? `, ${year}` : '';
    const pieces = [first, ...more.split(/\s*(?:,|and|&|und|et|y|e)\s*/i).filter((p) => p.trim() !== '')];
    return pieces.map((p) => p.split(/\s*[-–]\s*/).map((d) => `${monthNameEn(m)} ${Number(d)}${y}`).join(' to ')).join(' and ');
  });
  // "2026-10-01T00:00/2026-10-04": an ISO interval with times; where it starts and ends in whole days is asked.
  mapped.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?\s*\/\s*\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{4}-\d{2}-\d{2}\s*\/\s*\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?/g, (whole) => {
    out.mentioned = true;
    out.ambiguities.push(`"${whole}" could be two days or the days between them — which days are meant?`);
    return blank(whole);
  });
  // "2026-10-03..2026-10-05": the days between, as a range.
  mapped.replace(/(\d{4}-\d{2}-\d{2})\s*\.{2,3}\s*(?=\d{4}-\d{2}-\d{2})/g, (whole, from: string) => `${from} to `);
}

// A night window is one stretch of time from the evening of one day into the next: its UTC days are
// those of its start and its end, never just one of them.
function readNightWindows(reading: Reading): void {
  const { out, mapped, today, nowDay } = reading;
  const positions = allMatches(NIGHT_WINDOW, mapped.text).map((m) => m.index ?? 0);
  let n = 0;
  mapped.replace(NIGHT_WINDOW, (whole, a: string, b: string, month: string, year: string, h1: string, m1: string, half1: string, h2: string, m2: string, half2: string) => {
    const at = positions[n++] ?? 0;
    const mo = monthWord(month);
    const [d1, d2] = [Number(a), Number(b)];
    if (!mo || d2 !== d1 + 1) return whole;
    out.mentioned = true;
    const words = mapped.originalOf(at, at + whole.length);
    if (!h1) {
      pushOnce(out.ambiguities, nightQuestion(words));
      return `${monthNameEn(mo)} ${d1}${year ? `, ${year}` : ''} to ${monthNameEn(mo)} ${d2}${year ? `, ${year}` : ''}`;
    }
    if (!year && !today) {
      out.ambiguities.push(`"${words}" has no year and the message has no date — which days are meant?`);
      return blank(whole);
    }
    let y = year ? Number(year) : Number((today as string).slice(0, 4));
    if (!year && (dayOf(y, mo, d2) ?? '') > (today as string)) y -= 1;
    const first = dayOf(y, mo, d1);
    const second = dayOf(y, mo, d2);
    const zone = zoneOffset(mapped.text.slice(at, Math.min(mapped.text.length, at + whole.length + 24)), first) ?? 0;
    if (!first || !second) return whole;
    // "23:00–02:00" crosses midnight: evening of the first day into the second. Hours that do not cross
    // it lie on one day of the night: "1am to 5am" after midnight (the second), "8pm to 11pm" before it.
    const [t1, t2] = [clockMinutes(h1, m1, half1), clockMinutes(h2, m2, half2)];
    const crosses = t2 <= t1;
    const startDay = crosses || t1 >= 12 * 60 ? first : second;
    const endDay = crosses || t1 < 12 * 60 ? second : first;
    const start = new Date(Date.parse(`${startDay}T00:00:00Z`) + (t1 - zone) * 60_000);
    const end = new Date(Date.parse(`${endDay}T00:00:00Z`) + (t2 - zone) * 60_000);
    const range = { from: utcDay(start), to: utcDay(end) };
    if ((today && range.to > today) || (nowDay && range.to > nowDay)) {
      out.ambiguities.push(`"${words}" does not read as one night before the message date — which days are meant?`);
      return blank(whole);
    }
    addRange(reading, range, words, at, at + whole.length);
    out.notes.push(`"${words}" is a night window${zone ? ` in a time zone ${zone > 0 ? '+' : '-'}${String(Math.floor(Math.abs(zone) / 60)).padStart(2, '0')}:${String(Math.abs(zone) % 60).padStart(2, '0')} from UTC` : ''} from ${start.toISOString()} to ${end.toISOString()}: only whole UTC days can be deleted, so it is read as the UTC days ${range.from} to ${range.to}`);
    if (!year) out.notes.push(`"${words}" has no year: read as ${y}, the latest year not after the message date`);
    out.ambiguities.push(widened(words, range));
    return blank(whole);
  });
}

function pushOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** A night or an evening is part of a day: deleting it takes whole UTC days, which is asked first. */
function nightQuestion(words: string): string {
  return `"${words}" ${WHOLE_DAYS_QUESTION}: only whole UTC days can be deleted, all of each day it falls on — should those whole days be deleted?`;
}

/** Day ranges written in words chrono misreads, rewritten as "March 4 to March 6" which it reads. */
/** A day number before or after a month name, in any language the month names cover. */
const DAY_MONTH_NAMED = new RegExp(`(?<![\\d.,/:])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?(${MONTH_NAMES_RE}|${FOREIGN_MONTH_RE})(?![^\\P{L}]|\\u03B9)(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'giu');
const MONTH_NAMED_DAY = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${MONTH_NAMES_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:/]|\\.\\d)(?:,?\\s+(\\d{4}))?`, 'giu');

/**
 * "du 31 septembre au 2 octobre", "February 30th": a day the month does not have is asked about before
 * any reader sees it. Chrono drops such a day without a word, and a range would shrink to its valid end.
 */
function rejectImpossibleDays(mapped: MappedText, out: DateExtraction): void {
  const check = (whole: string, day: string, month: string, year: string | undefined): string => {
    const m = MONTHS[month.toLowerCase().replace(/\.$/, '')] ?? FOREIGN_MONTHS[month.toLowerCase()];
    const d = Number(day);
    if (!m || d < 1 || d > 31) return whole;
    return dayOf(year ? Number(year) : 2000, m, d) ? whole : invalidDate(out, whole);
  };
  mapped.replace(DAY_MONTH_NAMED, (whole, day: string, month: string, year: string | undefined) => check(whole, day, month, year));
  mapped.replace(MONTH_NAMED_DAY, (whole, month: string, day: string, year: string | undefined) => check(whole, day, month, year));
}

/**
 * Quarters, halves and whole years, written as the months they cover so the readers after this one see
 * ordinary dates: "Q3 2026" is July 1 to September 30, "H1 2026" January 1 to June 30, "all of 2025"
 * January 1 to December 31. A year is read only where words say the whole year is meant ("for all of
 * 2025", "das gesamte Jahr 2025", "for 2025." ending the request): a year alone ("since 2019", "our
 * 2025 contract") names no days. A fiscal year is the customer's own calendar: never read.
 */
/**
 * Periods and days the readers would take wrongly, asked about or written out first: a period naming a
 * report or a cohort ("the Q3 2026 report") is blanked and asked about; days written as a shorthand after
 * a date ("2026-11-03/05", "2026-11-03 + 2 days") keep their first day and are asked about; "2026-11-03..05"
 * is written out as the range it is.
 */
function askAboutNamedPeriodsAndShorthands(mapped: MappedText, out: DateExtraction): void {
  mapped.replace(PERIOD_NAMING_A_THING, (whole, period: string, noun: string) => {
    // A capital after the period begins a name or a sentence ("the October 2026 Acme invoice" aside), not a noun of it.
    if (noun[0] !== noun[0].toLowerCase()) return whole;
    out.mentioned = true;
    pushOnce(out.ambiguities, `"${whole} ${noun}" names a period for something else, so it was not read as days to delete — should ${period}'s days be deleted too?`);
    return whole.slice(0, whole.length - period.length) + blank(period);
  });
  // "über Ostern", "over the holidays": a time frame is named, but not its days (the feast alone, or the
  // days around it?). Asked; with a date written beside it, the date says which days.
  if (!DAY_AND_MONTH_WRITTEN.test(mapped.text)) {
    mapped.replace(OVER_A_HOLIDAY, (whole) => {
      out.mentioned = true;
      pushOnce(out.ambiguities, `"${whole.trim()}" does not say which days exactly (the feast alone, or the days around it?) — which days should be deleted?`);
      return blank(whole);
    });
  }
  mapped.replace(ISO_DAY_DOTS_DAY, (whole, y: string, m: string, d1: string, d2: string) => {
    const [from, to] = [dayOf(Number(y), Number(m), Number(d1)), dayOf(Number(y), Number(m), Number(d2))];
    if (from && to && from < to) return `${from} to ${to}`;
    out.mentioned = true;
    pushOnce(out.ambiguities, `"${whole}": which days exactly?`);
    return blank(whole);
  });
  mapped.replace(SHORTHAND_AFTER_DATE, (whole) => {
    const head = SHORTHAND_HEAD.exec(whole)?.[0] ?? '';
    out.mentioned = true;
    pushOnce(out.ambiguities, `"${whole.trim()}" writes the other days as a shorthand — which days exactly should be deleted?`);
    return head + blank(whole.slice(head.length));
  });
}
const OVER_A_HOLIDAY =
  /(?<![^\P{L}]|\u03B9)(?:over|during|[üu]ber|w[äa]hrend|pendant|durante)\s+(?:the\s+|die\s+|les\s+|las\s+|la\s+|o\s+)?(?:easter|christmas|holidays|ostern|weihnachten|pfingsten|feiertage|f[êe]tes|p[âa]ques|no[eë]l|navidad|pascua|p[áa]scoa|natal)(?![^\P{L}]|\u03B9)(?!\s*(?:sunday|monday|eve|day|weekend|break|sonntag|montag|wochenende|ferien|\d))/giu;
const SHORTHAND_HEAD = new RegExp(`^(?:\\d{4}-\\d{1,2}-\\d{1,2}|(?:${MONTH_NAMES_RE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)`, 'iu');

function rewritePartsOfYears(mapped: MappedText, out: DateExtraction): void {
  const months = (first: number, last: number, year: string, note: string, whole: string): string => {
    out.notes.push(`"${whole.trim()}" read as ${note}`);
    const end = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
    return `${monthNameEn(first)} 1, ${year} to ${monthNameEn(last)} ${end}, ${year}`;
  };
  askAboutFiscalPeriods(mapped, out);
  mapped.replace(QUARTER, (whole, q1: string, q2: string, q3: string, year: string) => {
    const q = Number(q1 || q2 || ORDINAL_QUARTER[(q3 || '').toLowerCase()] || 0);
    return q < 1 || q > 4 ? whole : months((q - 1) * 3 + 1, q * 3, year, "the quarter's days", whole);
  });
  mapped.replace(HALF_YEAR, (whole, h1: string, h2: string, year: string) => {
    const h = Number(h1 || ORDINAL_HALF[(h2 || '').toLowerCase()] || 0);
    return h < 1 || h > 2 ? whole : months(h === 1 ? 1 : 7, h === 1 ? 6 : 12, year, "the half year's days", whole);
  });
  mapped.replace(WHOLE_YEAR, (whole, lead: string, a: string, b: string, c: string) => `${lead}${months(1, 12, a || b || c, "the whole year's days", whole.slice(lead.length))}`);
}

/**
 * "fiscal Q2 FY27", "Q4 of our fiscal year 2026", "FY2026 Q4": a quarter of the customer's own business
 * year, whose days depend on when that year starts. Never read as the calendar quarter: the words are
 * days to delete all the same, so it is asked which. Where the mail says when the fiscal year starts, the
 * months it writes out are the days, and the fiscal words are left to them.
 */
function askAboutFiscalPeriods(mapped: MappedText, out: DateExtraction): void {
  if (FISCAL_START_STATED.test(mapped.text) || FISCAL_MONTHS_WRITTEN.test(mapped.text)) return;
  mapped.replace(FISCAL_QUARTER, (whole) => {
    out.mentioned = true;
    pushOnce(out.ambiguities, `"${whole.trim()}" is a quarter of your fiscal year, whose days depend on when that year starts — which days exactly?`);
    return blank(whole);
  });
}
const FISCAL_QUARTER =
  /(?<![\p{L}\d])(?:(?:fiscal|financial)\s+(?:year\s+)?Q[1-4](?:\s*(?:of\s+)?(?:FY\s*['’]?\d{2,4}|\d{4}))?|Q[1-4]\s*(?:of\s+)?(?:(?:our|the)\s+)?(?:FY\s*['’]?\d{2,4}|(?:fiscal|financial)\s+year(?:\s+\d{4})?)|FY\s*['’]?\d{2,4}\s*[/-]?\s*Q[1-4]|(?:the\s+)?(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))\s+(?:fiscal|financial)\s+quarter(?:\s+of\s+(?:FY\s*['’]?\d{2,4}|\d{4}))?)(?![\p{L}\d])/giu;
/** "Q1 of FY 2026-27 (April to June 2026)": the months the quarter is, written out in brackets right after it. */
const FISCAL_MONTHS_WRITTEN = new RegExp(`${FISCAL_QUARTER.source}(?:\\s*[-–/]\\s*['’]?\\d{2,4})?\\s*\\([^()\\n]*?(?<![\\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`, 'iu');
/** "our fiscal year starts on 1 July", "FY begins in April": the mail says which months its quarters are. */
const FISCAL_START_STATED = /(?<![\p{L}\d])(?:fiscal|financial|FY)(?:\s+year)?\s+(?:starts|begins|runs|started|began)(?![\p{L}\d])/iu;

/** "H1 2026", "the second half of 2025", "1. Halbjahr 2025", "premier semestre 2025". */
const HALF_YEAR =
  /(?<![\p{L}\d])(?:H([12])\s*[/-]?\s*|(?:the\s+)?(first|second|1st|2nd|ersten?|zweiten?|1\.|2\.|premier|second|primer|segundo|primeiro|primo|secondo|eerste|tweede)\s+(?:half|halbjahr|halbjahres|semestre|semester|helft|halvår)\s+(?:of\s+|de\s+|del\s+|van\s+|des\s+)?)(\d{4})(?![\d])/giu;
const ORDINAL_HALF: Record<string, number> = {
  first: 1, second: 2, '1st': 1, '2nd': 2, erste: 1, ersten: 1, zweite: 2, zweiten: 2, '1.': 1, '2.': 2, premier: 1,
  primer: 1, segundo: 2, primeiro: 1, primo: 1, secondo: 2, eerste: 1, tweede: 2,
};
/**
 * A whole year in words that say so: "all of 2025", "the whole of 2025", "the entire year 2025",
 * "calendar year 2025", "das gesamte Jahr 2025", "toute l'année 2025", "todo el año 2025", "het hele
 * jaar 2025", "cały rok 2025", "2025年全年"; and "for 2025" / "from 2025" where the year ends the
 * phrase (a period, comma, line end or "please"), not "for 2025-03" or "for 2025 Q3".
 */
const WHOLE_YEAR =
  /(^|[^\p{L}\d])(?:(?:all|the\s+whole|the\s+entire|the\s+full|whole|entire|full)\s+(?:of\s+)?(?:(?:the\s+)?(?:calendar\s+)?year\s+(?:of\s+)?)?(\d{4})|(?:(?:the\s+)?calendar\s+year|(?:das\s+)?(?:gesamte|ganze|komplette|vollständige)\s+(?:kalender)?jahr|toute\s+l['’]ann[ée]e|todo\s+el\s+a[ñn]o|todo\s+o\s+ano(?:\s+de)?|tutto\s+il\s+(?:l['’])?anno|l['’]intero\s+anno|het\s+hele\s+jaar|ca[łl]y\s+rok|hela\s+[åa]ret|hele\s+[åa]ret|koko\s+vuoden)\s+(\d{4})|(?<=(?:for|during)\s+(?:the\s+year\s+)?)(\d{4})(?=\s*(?:[.,;!)]|\s+please|$)))(?![\d/.-]\d)/gimu;
/** "Q3 2026", "the third quarter of 2026", "3. Quartal 2026", "T3 2026": the quarter's three months. */
const QUARTER =
  /(?<![\p{L}\d])(?:Q([1-4])\s*[/-]?\s*|([1-4])(?:\.|st|nd|rd|th|er|e|º)?\s+(?:quarter|quartal|trimestre|kwarta[łl])\s+(?:of\s+|de\s+|del\s+)?|(?:the\s+)?(first|second|third|fourth|ersten?|zweiten?|dritten?|vierten?|premier|deuxième|troisième|quatrième|primer|segundo|tercer|cuarto|primeiro|terceiro|quarto|primo|secondo|terzo|eerste|tweede|derde|vierde)\s+(?:quarter|quartal|trimestre|kwartaal)\s+(?:of\s+|de\s+|del\s+|van\s+)?)(\d{4})(?![\d])/giu;
const ORDINAL_QUARTER: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, erste: 1, ersten: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, vierte: 4, vierten: 4,
  premier: 1, deuxième: 2, troisième: 3, quatrième: 4, primer: 1, segundo: 2, tercer: 3, cuarto: 4,
  primeiro: 1, terceiro: 3, quarto: 4, primo: 1, secondo: 2, terzo: 3, eerste: 1, tweede: 2, derde: 3, vierde: 4,
};
/**
 * "the second Monday of March 2027", "the last business day of April": one day, written out as a date for
 * chrono; never the whole month, nor "last Friday" counted back from the message. "March 2027, week 2"
 * has no one agreed set of days (from the 1st? from the first Monday?): asked.
 */
function readDaysCountedInMonths(reading: Reading): void {
  const { mapped, today, out } = reading;
  mapped.replace(WEEK_OF_MONTH, (whole) => {
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}": weeks of a month are counted in more than one way — which days exactly?`);
    return blank(whole);
  });
  mapped.replace(ORDINAL_WEEKDAY_OF_MONTH, (whole, ordinal: string, kind: string, month: string, year: string | undefined) => {
    const read = ordinalWeekdayOfMonth(whole, { ordinal, kind, month, year }, today);
    out.mentioned = true;
    if ('question' in read) {
      out.ambiguities.push(read.question);
      return blank(whole);
    }
    out.notes.push(`"${read.said}" read as ${read.day}`);
    const [y, m, d] = read.day.split('-').map(Number);
    return `${monthNameEn(m)} ${d}, ${y}`;
  });
}

/**
 * "every Monday in October 2026", "all Mondays of October", "jeden Montag im Oktober": those days, never
 * the whole month. Without a year, the month's latest occurrence not after the sender's day.
 */
const EVERY_WEEKDAY_OF_MONTH = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:every|each|all(?:\\s+the)?|on|jeden|alle|chaque|tous\\s+les|cada|todos\\s+los|ogni|tutti\\s+i|elke|alle)\\s+(${LONG_WEEKDAY})s?\\s+(?:in|of|during|im|in\\s+der|en|de|di|van|in)\\s+(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)\\.?(?:,?\\s+(\\d{4}))?`,
  'giu',
);
function rewriteEveryWeekdayOfMonth(reading: Reading): void {
  const { mapped, today, out } = reading;
  mapped.replace(EVERY_WEEKDAY_OF_MONTH, (whole, weekday: string, monthName: string, yearWritten: string) => {
    const month = monthWord(monthName);
    const wd = weekdayNumber(weekday);
    if (!month || wd === undefined) return whole;
    let year = yearWritten ? Number(yearWritten) : today ? Number(today.slice(0, 4)) : null;
    if (year === null) return whole;
    if (!yearWritten && today && `${year}-${String(month).padStart(2, '0')}-01` > today) year -= 1;
    const days: number[] = [];
    for (let d = 1; d <= 31; d++) {
      const day = dayOf(year, month, d);
      if (day && new Date(`${day}T00:00:00Z`).getUTCDay() === wd) days.push(d);
    }
    out.notes.push(`"${whole.trim()}" read as the ${WEEKDAY_EN[wd]}s of ${monthNameEn(month)} ${year}: ${days.join(', ')}`);
    return daysOfMonth(month, days, String(year));
  });
}


/** "up to and including", "bis einschließlich": the end word of a range that keeps its last day. */
const ORDINAL_OF_MONTH_TO_ORDINAL = new RegExp(
  `(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+(${MONTH_NAMES_RE})(,?\\s+\\d{4})?\\s+(to|through|until|till)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?!\\s*(?:of\\s+)?(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9))(?![\\d\\p{L}])`,
  'giu',
);
const MONTH_ORDINAL_TO_ORDINAL = new RegExp(
  `(?<![\\d\\p{L}])(${MONTH_NAMES_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+(to|thru|through|until|till)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?!\\s*(?:of\\s+)?(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9))(,?\\s+\\d{4})?(?![\\d\\p{L}])`,
  'giu',
);
const UP_TO_INCLUDING = /(?<![^\P{L}]|\u03B9)(?:up\s+to\s+and\s+including|up\s+to\s*&\s*including|to\s+and\s+including|through\s+and\s+including|until\s+and\s+including|bis\s+einschlie(?:ß|ss)lich|bis\s+und\s+mit|t(?:o|\/)t\s+en\s+met)(?![^\P{L}]|\u03B9)/giu;

/** "for October", "all of October", "the whole of October": a month written alone, with no day or year after it. */
const MONTH_ALONE = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(for|during|all of|the whole of|the whole month of|the month of|the entire month of)\\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?![^\\P{L}]|\\u03B9)(?!\\s*,?\\s*\\d)`,
  'giu',
);
/** "… days of December": a month after "of"/"in", read alone only when counted days stand before it. */
const MONTH_AFTER_OF = /(?<=(?<![^\P{L}]|\u03B9)(?:of|in)\s+)(january|february|march|april|may|june|july|august|september|october|november|december)(?![^\P{L}]|\u03B9)(?!\s*,?\s*\d)/giu;

/**
 * "delete the Web data for all of October", written in November: the whole of the latest October. The
 * sender's own month (not over yet) is left to be asked about. "the last three days of December", written
 * on 2 January: that month's days, counted by partOfMonth from the words before it.
 */
function rewriteMonthAlone(mapped: MappedText, out: DateExtraction, today: string | null): void {
  if (!today) return;
  mapped.replace(MONTH_ALONE, (whole, lead: string, name: string) => {
    const read = latestMonth(out, today, whole, name, false);
    return read === null ? blank(whole) : read === '' ? whole : `${lead} ${read}`;
  });
  const positions = allMatches(MONTH_AFTER_OF, mapped.text).map((m) => mapped.originalAt(m.index ?? 0));
  let n = 0;
  mapped.replace(MONTH_AFTER_OF, (whole, name: string) => {
    const at = positions[n++] ?? 0;
    if (!FIRST_LAST_N_DAYS_OF.test(mapped.original.slice(Math.max(0, at - 40), at))) return whole;
    const read = latestMonth(out, today, whole, name, true);
    return read === null ? blank(whole) : read === '' ? whole : read;
  });
}

/** "October 2026", the latest one before the sender's day; '' to leave it; null when asked instead. */
function latestMonth(out: DateExtraction, today: string, whole: string, name: string, counted: boolean): string | null {
  const month = MONTHS[name.toLowerCase()];
  const thisMonth = Number(today.slice(5, 7));
  if (!month) return '';
  if (month === thisMonth && counted) {
    // "the last three days of December" written in December: not over yet, or last year's? Asked.
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" has no year, and this month is not over — which days are meant?`);
    return null;
  }
  if (month === thisMonth) return '';
  if (month > thisMonth && month - thisMonth <= 3) {
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" has no year: this year it is still ahead, last year it is long past — which days are meant?`);
    return null;
  }
  const year = Number(today.slice(0, 4)) - (month > thisMonth ? 1 : 0);
  out.notes.push(`"${whole.trim()}" has no year: read as ${monthNameEn(month)} ${year}, the latest one before the message`);
  return `${monthNameEn(month)} ${year}`;
}

/**
 * Vietnamese writes the month as a number after "tháng" (month) and the year after "năm" (year):
 * "từ ngày 10 đến ngày 12 tháng 11 năm 2026", "ngày 3 tháng 11 năm 2026", "trong tháng 10 năm 2026".
 */
function rewriteVietnameseDates(mapped: MappedText): void {
  const month = (m: string): string | null => (Number(m) >= 1 && Number(m) <= 12 ? monthNameEn(Number(m)) : null);
  mapped.replace(/(?<![^\P{L}]|\u03B9)ngày\s+(\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, (whole, d1: string, d2: string, m: string, y: string) => (month(m) ? `${month(m)} ${d1} to ${month(m)} ${d2}, ${y}` : whole));
  mapped.replace(/(?<![^\P{L}]|\u03B9)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, (whole, d: string, m: string, y: string) => (month(m) ? `${month(m)} ${d}, ${y}` : whole));
  mapped.replace(/(?<![^\P{L}]|\u03B9)tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, (whole, m: string, y: string) => (month(m) ? `${month(m)} ${y}` : whole));
  // "ngày 1 và 2 tháng 2", "ngày 3 tháng 2": days of a month with no year, read as "February 3" is.
  mapped.replace(/(?<![^\P{L}]|\u03B9)ngày\s+(\d{1,2})\s*(?:và|,)\s*(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?![\d\p{L}]|\s+năm)/giu, (whole, d1: string, d2: string, m: string) => (month(m) ? `${month(m)} ${d1} and ${month(m)} ${d2}` : whole));
  mapped.replace(/(?<![^\P{L}]|\u03B9)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?![\d\p{L}]|\s+năm)/giu, (whole, d: string, m: string) => (month(m) ? `${month(m)} ${d}` : whole));
}

/** "this morning between 2am and 4am PST": today, at the hours written. */
const PART_OF_TODAY_WITH_HOURS = /(?<![^\P{L}]|\u03B9)(?:this (?:morning|afternoon|evening)|earlier today|heute (?:morgen|früh|vormittag|nachmittag)|ce (?:matin|soir)|cet après-midi|esta (?:mañana|tarde)|bu (?:sabah|akşam|ö[ğg]leden sonra)|stamattina|stamani|stasera|oggi pomeriggio|(?:dzi[śs]|dzisiaj) (?:rano|wieczorem|po po[łl]udniu)|tadi (?:pagi|siang|sore|malam)|(?:pagi|siang|sore) ini|오늘 (?:아침|오전|오후|저녁)|vanochtend|vanmorgen|vanmiddag|vanavond|(?:hoje )?(?:esta manhã|de manhã hoje|hoje de manhã|hoje à tarde)|i morges|i formiddag|i ettermiddag|i kveld|tänä aamuna|tänään aamulla|(?:azi|astăzi) (?:dimineață|dimineaţă|dimineata|după-amiază)|ma (?:reggel|délelőtt|délután)|σήμερα το (?:πρωί|απόγευμα)|aaj subah|आज सुबह|今朝|今日の午前)(?=[^.!?\n]{0,20}?(?:(?:[01]?\d|2[0-3])(?::[0-5]\d|\s*(?:am|pm|uhr|h)(?![^\P{L}]|\u03B9))|(?<![^\P{L}]|\u03B9)(?:between|tussen|mellom|între|entre|από|μεταξύ|van)\s+(?:[01]?\d|2[0-3])\s+(?:and|en|og|și|e|και|tot|até|to|έως)\s+(?:[01]?\d|2[0-3])(?![\d\p{L}])))/giu;

const BARE_HOURS_OF_TODAY = /(?<=(?<![^\P{L}]|\u03B9)today\s+)(?:between|tussen|mellom|între|entre|από|μεταξύ|van)\s+([01]?\d|2[0-3])\s+(?:and|en|og|și|e|και|tot|até|to|έως)\s+([01]?\d|2[0-3])(?![\d\p{L}:])/giu;
/** Everyday words around dates, in the forms chrono reads: "up to and including", "this morning" with hours, a month alone, "kl.". */
const ASIDE_BEFORE_RANGE_END = /(?:\s\([^()\n]{1,80}\)|,\s*(?:when|where|as|after|because|since|wo|als|quand|cuando|quando)\s[^,.\n]{1,60},)(?=\s*(?:to|through|thru|until|till|bis|au|al|hasta|até|tot)\s)/giu;
/** "for Dec 2 - the day we found the bug - and Dec 3": an aside between dashes, with no day of its own. */
const ASIDE_BETWEEN_DASHES = /\s[-–—]\s[^\d\n\-–—]{3,60}\s[-–—](?=\s*(?:and|&|to|through|until|till|und|bis|et|y|e|,)\s)/giu;
/**
 * "for Boxing Day 2025", "from Black Friday through Cyber Monday": holidays whose day is fixed (or fixed by
 * the US Thanksgiving, the fourth Thursday of November), written where a day of the request goes, as their
 * dates. Without a year, the latest one not after the sender's day. A holiday as a reason ("the Black Friday
 * sale") or one whose day varies (Easter, Diwali, "Christmas") stays as it is, and is asked about.
 */
function rewriteHolidays(mapped: MappedText, today: string | null): void {
  if (!HOLIDAY_WORD.test(mapped.text)) return;
  mapped.replace(HOLIDAY_AS_DAY, (whole, name: string, year: string | undefined) => {
    const dayIn = (y: number): string | null => holidayDay(name, y);
    const written = year ? dayIn(Number(year)) : null;
    const thisYear = today ? dayIn(Number(today.slice(0, 4))) : null;
    const day = written ?? (thisYear && today && thisYear <= today ? thisYear : today ? dayIn(Number(today.slice(0, 4)) - 1) : null);
    return day ? `${monthNameEn(Number(day.slice(5, 7)))} ${Number(day.slice(8))}, ${day.slice(0, 4)}` : whole;
  });
}
const HOLIDAY_WORD = /friday|monday|tuesday|boxing|christmas|new year|halloween|heiligabend|silvester|noche|thanksgiving|valentine|patrick|singles|easter|memorial|mlk|luther|presidents/i;
const HOLIDAY_AS_DAY = new RegExp(
  String.raw`(?<=(?:(?:^|[\s(])(?:for|(?<!(?:write|writing|wrote|written|work|working|worked|email|emailing|mail|mailing|here|away|off|closed|open|even|back|born|married)\s+)on|from|through|thru|to|until|till|and|plus|since|am|vom|bis)|,)\s+(?:the\s+)?)(${DAY_HOLIDAY_NAMES})(?:,?\s+(\d{4}))?(?![^\P{L}]|\u03B9)(?!\s+(?:campaign|sale|sales|promo\p{L}*|deals?|traffic|rush|peak|offer|long|weekend|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![^\P{L}]|\u03B9))`,
  'giu',
);
/** A holiday whose day the year settles (Thanksgiving, Easter Monday, Valentine's Day) falls on a day of the range. */
function holidayInRange(name: string, r: DayRange): boolean {
  for (let y = Number(r.from.slice(0, 4)); y <= Number(r.to.slice(0, 4)); y++) {
    const d = holidayDay(name, y);
    if (d && r.from <= d && d <= r.to) return true;
  }
  return false;
}

/**
 * "2026-11-09 13:00-14:00": chrono reads "-14:00" as a zone offset and moves the day to 10 November. A
 * dash between two times of day that cannot be an offset (after the first time, beyond -12:00) is a span.
 * An ISO time with its offset ("2026-11-09T09:00-05:00") keeps it: a "T" stands before the time.
 */
const CLOCK_SPAN_AS_OFFSET = /(?<![T:\d])((\d{1,2}):\d{2})[-–—]((\d{1,2}):\d{2})(?![\d:])/gu;

function rewriteEverydayWords(mapped: MappedText, out: DateExtraction, today: string | null): void {
  rewriteHolidays(mapped, today);
  // "2026-12-03 00:00-24:00 UTC": the day's end, which chrono reads as the next day's start (and the next day alone).
  mapped.replace(/(?<=\d{4}-\d{2}-\d{2}[ T])(00:00(?::00)?\s*(?:-|–|—|to|until|bis)\s*)24:00(?![\d:])/giu, (whole, head: string) => `${head}23:59`);
  mapped.replace(CLOCK_SPAN_AS_OFFSET, (whole, first: string, firstHour: string, second: string, secondHour: string) =>
    Number(secondHour) > 12 || Number(secondHour) > Number(firstHour) ? `${first} - ${second}` : whole);
  // "from Dec 1 (when we deployed the bad SDK) through Dec 3", "from Dec 1, when we deployed, until Dec 3":
  // an aside between a range's ends is no part of it (chrono read two loose days and lost the 2nd).
  mapped.replace(ASIDE_BEFORE_RANGE_END, blank);
  mapped.replace(ASIDE_BETWEEN_DASHES, blank);
  if (/includ|einschlie|und mit|en met/i.test(mapped.text)) mapped.replace(UP_TO_INCLUDING, () => 'through');
  if (/morning|afternoon|evening|earlier today|heute|matin|soir|après-midi|mañana|tarde|bu |stam|stasera|pomeriggio|dzi|tadi|ini|오늘|van(?:ochtend|morgen|middag|avond)|manhã|i (?:morges|formiddag|ettermiddag|kveld)|aamu|dimineață|dimineaţă|dimineata|amiază|ma (?:reggel|dél)|σήμερα|subah|सुबह|今朝|今日の午前/i.test(mapped.text)) {
    mapped.replace(PART_OF_TODAY_WITH_HOURS, () => 'today');
    // "vanochtend tussen 8 en 10": bare hours of that morning, written as the clock times they are.
    mapped.replace(BARE_HOURS_OF_TODAY, (whole, from: string, to: string) => `${from}:00-${to}:00`);
  }
  if (/tháng/i.test(mapped.text)) rewriteVietnameseDates(mapped);
  // "from last Tues", "last Thurs": a phone's short weekday after "last", which chrono reads only in full.
  mapped.replace(LAST_SHORT_WEEKDAY, (whole, last: string, short: string) => `${last} ${SHORT_WEEKDAY_IN_FULL[short.toLowerCase().slice(0, 3)] ?? short}`);
  // "pls delete ystrdy data": the phone's shorthand for yesterday, which chrono reads only in full.
  mapped.replace(/(?<![^\P{L}]|\u03B9)(?:ystrdy|ystrday|ystdy|yday|yesterdy|yesteday)(?![^\P{L}]|\u03B9)/giu, () => 'yesterday');
  // "ystrdy and the day b4": the day before it, in the same shorthand.
  mapped.replace(/(?<=(?<![^\P{L}]|\u03B9)day\s+)b4(?![^\P{L}]|\u03B9)/giu, () => 'before');
  // "this past Tuesday": the last Tuesday before the sender's day, as chrono reads "last Tuesday".
  mapped.replace(/(?<![^\P{L}]|\u03B9)this past(?=\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![^\P{L}]|\u03B9))/giu, () => 'last');
  rewriteMonthAlone(mapped, out, today);
  // "kl. 00:00–02:00", "klo 14.00": the Nordic word before a clock time, which chrono does not know.
  mapped.replace(/(?<![^\P{L}]|\u03B9)(?:kl|klo)\.?\s*(?=(?:[01]?\d|2[0-3])[:.][0-5]\d)/giu, blank);
  // "from 10 PM Nov 5 to 2 AM Nov 6, 2026": chrono reads a clock time before its date as a day; after it, as the time.
  if (/\d\s*[ap]\.?m\b/i.test(mapped.text)) mapped.replace(TIME_BEFORE_DATE, (whole, time: string, gap: string, date: string) => `${date}${gap}${time}`);
  // "from 12:00 EST on Nov 5 to 12:00 EST on Nov 6, 2026": the same with a 24-hour time and its zone.
  if (/\d:\d\d[^.\n]{0,12}\son\s/i.test(mapped.text)) mapped.replace(TIME24_ON_DATE, (whole, time: string, date: string) => `${date} ${time}`);
  // "from 3 Nov 22:00 CET to 4 Nov 06:00 CET": chrono reads "from 3" as a day of its own when a clock
  // time follows a day-first date without its year; month first, it reads the date with its time.
  if (/\d:\d\d/.test(mapped.text)) mapped.replace(DAY_MONTH_BEFORE_TIME, (whole, day: string, month: string) => `${month} ${day} `);
}
const LAST_SHORT_WEEKDAY = /(?<![^\P{L}]|\u03B9)(last|this past)\s+(mon|tues?|weds?|thu|thurs?|fri|sat|sun)\.?(?![^\P{L}]|\u03B9)/giu;
const SHORT_WEEKDAY_IN_FULL: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const DAY_MONTH_BEFORE_TIME = new RegExp(`(?<![\\d\\p{L}.:/])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(${MONTH_NAMES_RE})\\.?,?\\s+(?=(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d]))`, 'giu');
const TIME24_ON_DATE = new RegExp(
  `(?<![\\d:.])(?<!(?:\\d\\s*[ap]\\.?m\\.?|\\d:\\d\\d)(?:\\s+[A-Z]{2,5})?\\s*(?:to|until|till|and|-|–)\\s*)((?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s+(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|IST|JST|KST|AEST|AEDT|NZST|NZDT|MSK|EET|EEST|WET|WEST))?)\\s+on\\s+((?:${MONTH_NAMES_RE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES_RE})\\.?(?:,?\\s*\\d{4})?)(?![\\d:])`,
  'giu',
);
const TIME_BEFORE_DATE = new RegExp(`(?<![\\d:.])(?<!(?:\\d\\s*[ap]\\.?m\\.?|\\d:\\d\\d)\\s*(?:to|until|till|and|-|–)\\s*)((?:[01]?\\d)(?::[0-5]\\d)?\\s*[ap]\\.?m\\.?)(\\s+(?:on\\s+)?)((?:${MONTH_NAMES_RE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?)(?![\\d:])`, 'giu');

/**
 * "from the 2nd of November up to and including the 4th", "Nov 3rd thru 5th": the end day is of the
 * same month, written out for chrono.
 */
function rewriteOrdinalEnds(mapped: MappedText): void {
  mapped.replace(ORDINAL_OF_MONTH_TO_ORDINAL, (whole, d1: string, month: string, year: string | undefined, join: string, d2: string) => `${month} ${d1}${year ?? ''} ${join} ${month} ${d2}${year ?? ''}`);
  mapped.replace(MONTH_ORDINAL_TO_ORDINAL, (whole, month: string, d1: string, join: string, d2: string, year: string | undefined) => `${month} ${d1} ${/^thru$/i.test(join) ? 'through' : join} ${month} ${d2}${year ?? ''}`);
  // "du 1er au 10 novembre": French writes the first of a month as an ordinal; as the start of a span it is "1".
  mapped.replace(/(?<![\p{L}\d])1er(?=\s*(?:au|et|jusqu|[-–]))/giu, () => '1');
}

/**
 * "2 Nov, 4 Nov and 9-10 Nov 2026": chrono reads "Nov, 4" as 4 November and the 2nd is lost. A comma
 * between two days written day first is "and".
 */
const DAY_MONTH_COMMA = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)\\.?,\\s+(?=\\d{1,2}\\.?(?:\\s*[-–]\\s*\\d{1,2}\\.?)?\\s+(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9))`, 'giu');

/**
 * "del 1 al 4 y del 7 al 8 de diciembre de 2026", "from 1 to 4 and from 7 to 8 December 2026": the first
 * span has its month and year only in the second; without them it was lost. They are written into it.
 */
const HOURS_JOIN = '(?:-|–|to|al|au|bis|a|até|tot|do|till|through|fino al)';
const SPAN_BEFORE_SPAN = new RegExp(
  `(?<![\\p{L}\\d.])(\\d{1,2})\\.?\\s*(${HOURS_JOIN})\\s*(\\d{1,2})\\.?\\s+(?=(?:and|y|et|und|e|en|i|och|og|ja)\\s+(?:(?:from|del|du|vom|dal|de|van|od|fra|från)\\s+)?\\d{1,2}\\.?\\s*${HOURS_JOIN}\\s*\\d{1,2}\\.?\\s+(?:de\\s+)?(${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?)`,
  'giu',
);

const GREETING_LINE = /(?<=^|\n)[^\S\n]*(?:good\s+)?(?:morning|afternoon|evening)(?:[^\S\n]+(?:all|team|everyone|folks|both))?[^\S\n]*[,!.]?[^\S\n]*(?=\n|$)/giu;
/** Lists of day-first days and spans that share one month, and nights: see the patterns above. */
function rewriteListsAndNights(mapped: MappedText, out: DateExtraction): void {
  // "Morning,\n\nthe night of Nov 10/11 …": a greeting on a line of its own is no time of the day below it.
  mapped.replace(GREETING_LINE, blank);
  mapped.replace(SPAN_BEFORE_SPAN, (whole, d1: string, join: string, d2: string, month: string, year: string | undefined) => `${d1} ${join} ${d2} ${month}${year ? ` ${year}` : ''} `);
  mapped.replace(DAY_MONTH_COMMA, (whole, day: string, month: string) => `${day} ${month} and `);
  // "the night of Feb 10/11": chrono reads "night of" as a time and moves the day; the night is its
  // days, proposed in a question (part of each day was asked for).
  mapped.replace(NIGHT_DAYS_RU, (whole, a: string, b: string) => `${a} - ${b}`);
  for (const m of allMatches(NIGHT_OF, mapped.text)) {
    const at = (m.index ?? 0) + m[0].length;
    // Its day, up to the end of the clause or the next day joined to it ("… to the evening of the 29th").
    const date = /^[^.!?\n;,]{0,24}?\d(?:[^.!?\n;,]|(?<=(?<!\d)\d{1,2})\.(?=\s\p{L}))*?(?=\s+(?:to|until|till|through|thru|and|bis|und|au|et|al|y|hasta|a|tot|en)\s|(?<=(?<!\d)\d{4})\s+\p{L}|\s*(?:[!?\n;,–-]|(?<!(?<!\d)\d{1,2})\.|\.(?!\s\p{L}))|\s*$)/iu.exec(mapped.text.slice(at, at + 48));
    if (date) pushOnce(out.ambiguities, nightQuestion(mapped.originalOf(m.index ?? 0, at + date[0].trimEnd().length)));
  }
  mapped.replace(NIGHT_OF, blank);
}

/** "tomorrow" in the languages "today" is read in (chrono's and FOREIGN_TODAY's). */
const TOMORROW_WORD =
  'tomorrow|morgen|demain|ma[ñn]ana|amanh[ãa]|domani|jutro|imorgon|i\\s+morgen|huomenna|yar[ıi]n|z[íi]tra|m[âa]ine|besok|bukas|ng[àa]y\\s+mai|αύριο|завтра|מחר';
/**
 * "for today and tomorrow", "heute und morgen", "hoy y mañana", "hari ini dan besok": a day after the
 * message joined to one it reads. chrono reads "today" and drops "tomorrow", so one day would come out
 * complete; future data cannot be deleted, so it is asked.
 */
const TODAY_THEN_TOMORROW = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|hoje|ontem|vandaag|gisteren)(?:[^\\S\\n]*(?:,|${AND_WORDS}|to|through|till|until|bis|au|à|a|al|hasta|até|tot|do|at|-|–|—)[^\\S\\n]*(?:(?:de|di|du|d['’])[^\\S\\n]*)?)(?:${TOMORROW_WORD})(?![^\\P{L}]|\\u03B9)|(?:today|今日)\\s*(?:和|与|跟|及|と|、|และ)?\\s*(?:明天|明日|พรุ่งนี้)`,
  'giu',
);
function askAboutTomorrow(mapped: MappedText, out: DateExtraction): void {
  for (const m of allMatches(TODAY_THEN_TOMORROW, mapped.text)) {
    const at = m.index ?? 0;
    const sentence = sentenceAround(mapped.text, at, at + m[0].length);
    if (!DELETE_VERB.test(sentence) && !DELETION_CONTEXT.test(sentence)) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${mapped.originalOf(at, at + m[0].length)}" reaches past the message date: data that does not exist yet cannot be deleted — which days are meant?`);
    return;
  }
}
/**
 * "last Tuesday through Thursday": "last" is said once for both ends, so the end is the Thursday of
 * that same week. chrono reads the bare "Thursday" as the coming one, and the span would reach into
 * days that do not exist yet. An end weekday before the first in the week is left as written.
 */
const WEEKDAY_NAME = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)`;
const LAST_WEEKDAY_SPAN = new RegExp(String.raw`(?<![^\P{L}]|\u03B9)(last|previous)\s+(${WEEKDAY_NAME})(\s*(?:through|thru|to|till|until|-|–)\s*)(${WEEKDAY_NAME})(?![^\P{L}]|\u03B9)`, 'giu');
function rewriteLastWeekdaySpans(mapped: MappedText): void {
  const order = (name: string): number => (WEEKDAY_EN.findIndex((w) => w.toLowerCase().startsWith(name.toLowerCase().slice(0, 3))) + 6) % 7;
  mapped.replace(LAST_WEEKDAY_SPAN, (whole, last: string, first: string, join: string, end: string) => (order(end) > order(first) ? `${last} ${first}${join}${last} ${end}` : whole));
}
const KOREAN_LAST_WEEKDAY = /지난\s*([월화수목금토일])요일/gu;
function rewriteSpelledRanges(mapped: MappedText, out: DateExtraction): void {
  rewriteOrdinalEnds(mapped);
  rewriteYearMonthBeforeDays(mapped, out);
  rewriteListsAndNights(mapped, out);
  mapped.replace(DAY_BEFORE_PAIR, (whole, join: string) => `yesterday${join}the day before yesterday`);
  mapped.replace(FOREIGN_DAY_BEFORE_PAIR, () => 'yesterday and the day before yesterday');
  mapped.replace(DAY_BEFORE_YESTERDAY, () => 'the day before yesterday');
  mapped.replace(FOREIGN_YESTERDAYS, () => "yesterday's");
  mapped.replace(FOREIGN_YESTERDAY, () => 'yesterday');
  mapped.replace(FOREIGN_LAST_WEEKDAY, (whole, ...names: string[]) => {
    const name = names.slice(0, 10).find((n) => n !== '') ?? '';
    const index = FOREIGN_WEEKDAY_INDEX.findIndex((re) => re.test(name));
    return index < 0 ? whole : `last ${WEEKDAY_EN[index]}`;
  });
  // "지난 화요일" (the past Tuesday): Korean says "last" before the weekday itself; "지난주 화요일" is a
  // weekday of last week, read with the week words.
  mapped.replace(KOREAN_LAST_WEEKDAY, (whole, day: string) => `last ${WEEKDAY_EN['일월화수목금토'.indexOf(day)]}`);
  rewriteLastWeekdaySpans(mapped);
  mapped.replace(FOREIGN_TODAY, () => 'today');
  askAboutTomorrow(mapped, out);
  mapped.replace(DAY_WORD, () => '');
  const everyDay = (whole: string, list: string, month: string, year: string | undefined): string => {
    const m = monthWord(month);
    const days = list.split(/\D+/).filter(Boolean).map(Number);
    if (!m || days.length < 3) return whole; // two days: DAY_AND_DAY_MONTH and the ranges read them
    return daysOfMonth(m, days, year);
  };
  mapped.replace(WEEKDAY_DAY_LIST, (whole, list: string, rest: string, month: string, year: string | undefined) => withoutListWeekdays(whole, list, rest, month, year));
  mapped.replace(DAY_LIST_MONTH, (whole, list: string, month: string, year: string) => everyDay(whole, list, month, year));
  mapped.replace(MONTH_DAY_LIST, (whole, month: string, list: string, year: string) => everyDay(whole, list, month, year));
  mapped.replace(MONTH_SLASH_DAYS, (whole, month: string, a: string, b: string) => slashDays(whole, month, a, b, out));
  mapped.replace(DAYS_SLASH_MONTH, (whole, a: string, b: string, month: string) => slashDays(whole, month, a, b, out));
  const twoDays = (month: string, a: string, b: string, year: string): string => daysOfMonth(monthWord(month)!, [Number(a), Number(b)], year);
  mapped.replace(DAY_MONTH_TO_DAY_MONTH, (whole, a: string, m1: string, b: string, m2: string, year: string) => {
    const [f, t] = [MONTHS[m1.toLowerCase()], MONTHS[m2.toLowerCase()]];
    if (!f || !t) return whole;
    const y = year ? `, ${year}` : '';
    return `${monthNameEn(f)} ${Number(a)}${y} to ${monthNameEn(t)} ${Number(b)}${y}`;
  });
  mapped.replace(RANGE_AND_RANGE_MONTH, (whole, a: string, b: string, c: string, d: string, month: string, year: string) => {
    const [first, second] = [twoDays(month, a, b, year), twoDays(month, c, d, year)].map((x) => x.replace(' and ', ' to '));
    return `${first} and ${second}`;
  });
  mapped.replace(DAY_TO_DAY_MONTH, (whole, a: string, b: string, month: string, year: string) => twoDays(month, a, b, year).replace(' and ', ' to '));
  mapped.replace(MONTH_DAY_AND_DAY, (whole, month: string, a: string, b: string, year: string) => twoDays(month, a, b, year));
  mapped.replace(DAY_AND_DAY_MONTH, (whole, a: string, b: string, month: string, year: string) => twoDays(month, a, b, year));
  rewriteDottedRanges(mapped);
  mapped.replace(CJK_DAY_AND_DAY, (whole, y: string | undefined, m: string, d1: string, d2: string) => daysOfMonth(Number(m), [Number(d1), Number(d2)], y));
  mapped.replace(JA_DAY_RANGE, (whole, y: string, m1: string, d1: string, m2: string, d2: string) => {
    const year = y ? `, ${y}` : '';
    return `${monthNameEn(Number(m1))} ${Number(d1)}${year} to ${monthNameEn(Number(m2 || m1))} ${Number(d2)}${year}`;
  });
  mapped.replace(JA_DAY, (whole, y: string, m1: string, d1: string) => `${monthNameEn(Number(m1))} ${Number(d1)}${y ? `, ${y}` : ''}`);
  // "2026年10月", "2026년 10월": a month with its year (a day after it was read just above).
  mapped.replace(/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?!\s*\d)/g, (whole, y: string, m: string) => (Number(m) >= 1 && Number(m) <= 12 ? `${monthNameEn(Number(m))} ${y}` : whole));
  mapped.replace(/\bt\/m\b|\btot en met\b/gi, (whole) => (whole.length === 3 ? 'tot' : 'tot en met'));
  // "October 2 between 7:00 and 8:00 am JST": chrono only joins the day and the times as "from … to".
  mapped.replace(BETWEEN_TIMES, (whole, t1: string, t2: string) => `from ${t1} to ${t2}`);
}

/**
 * "December 2026 1-3", "2026 Dec 1 to 3", "2026-12 1-3": the year and month first, then the days (year-first
 * order as Chinese, Japanese, Korean, Hungarian and Lithuanian writers carry it into English). chrono read
 * "2026 1-3" as 3 January 2026 and "2026 Dec 1-3" as Dec 1 alone: a wrong day, or days dropped. Written
 * here as a range it reads; days that are no span of that month are asked about.
 */
const DAYS_JOIN = '\\s*(?:-|–|—|~|to|through|thru|till|until)\\s*';
const DAYS_END = '(?![\\d\\p{L}:]|[.,/]\\d|\\s*(?:am|pm|a\\.m|p\\.m|h|hrs?|hours?|uhr|utc|gmt)(?![^\\P{L}]|\\u03B9))';
const YEAR_MONTH_DAYS = [
  new RegExp(`(?<![\\p{L}\\d])(${MONTH_NAMES_RE})\\.?,?\\s+(\\d{4}),?\\s+(\\d{1,2})${DAYS_JOIN}(\\d{1,2})${DAYS_END}`, 'giu'),
  new RegExp(`(?<![\\p{L}\\d.,/-])(\\d{4}),?\\s+(${MONTH_NAMES_RE})\\.?,?\\s+(\\d{1,2})${DAYS_JOIN}(\\d{1,2})${DAYS_END}`, 'giu'),
  new RegExp(`(?<![\\p{L}\\d.,/-])(\\d{4})[-/.](\\d{1,2})\\s+(\\d{1,2})${DAYS_JOIN}(\\d{1,2})${DAYS_END}`, 'giu'),
];
function rewriteYearMonthBeforeDays(mapped: MappedText, out: DateExtraction): void {
  YEAR_MONTH_DAYS.forEach((re, n) => mapped.replace(re, (whole, first: string, second: string, d1: string, d2: string) => {
    const [year, month] = n === 0 ? [Number(second), monthWord(first)] : n === 1 ? [Number(first), monthWord(second)] : [Number(first), Number(second)];
    const [from, to] = month ? [dayOf(year, month, Number(d1)), dayOf(year, month, Number(d2))] : [null, null];
    if (month && from && to && from < to) return `${monthNameEn(month)} ${Number(d1)}, ${year} to ${monthNameEn(month)} ${Number(d2)}, ${year}`;
    out.mentioned = true;
    pushOnce(out.ambiguities, `"${whole.trim()}": which days exactly?`);
    return blank(whole);
  }));
}

/** "04.–06.03.2024", "04.03.–06.03.2024", "vom 10.–12.12.": German day ranges sharing the month (and year) of the end. */
function rewriteDottedRanges(mapped: MappedText): void {
  mapped.replace(DOTTED_RANGE, (whole, d1: string, m1: string, d2: string, m2: string, y: string) => {
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    const from = dayOf(year, Number(m1 || m2), Number(d1));
    const to = dayOf(year, Number(m2), Number(d2));
    if (!from || !to) return whole;
    return `${monthNameEn(Number(m1 || m2))} ${Number(d1)}, ${year} to ${monthNameEn(Number(m2))} ${Number(d2)}, ${year}`;
  });
  // With no year: the latest year not after the message, as for any date without one.
  mapped.replace(DOTTED_RANGE_NO_YEAR, (whole, d1: string, m1: string, d2: string, m2: string) => {
    const [from, to] = [dayOf(2000, Number(m1 || m2), Number(d1)), dayOf(2000, Number(m2), Number(d2))];
    return from && to ? `${monthNameEn(Number(m1 || m2))} ${Number(d1)} to ${monthNameEn(Number(m2))} ${Number(d2)}` : whole;
  });
}

/** Numeric dates, read here because their day/month order and weekday need checking before chrono. */
const DOTTED_NO_YEAR = /(?<![\d.,/:\p{L}])(\d{1,2})\.(\d{1,2})\.(?![\d\p{L}])/gu;

/**
 * "30/10/2026 to 02/11/2026", "10/25/2026 - 11/03/2026": where one end of a range can only be read one
 * way (a number over 12), the other end written the same way is read in the same order. Keyed by the
 * position of the date among NUMERIC_DATE's matches. A word before the date that only day-first
 * languages write ("ngày", "tanggal") settles it too.
 */
const DAY_FIRST_WORD_BEFORE = /(?<![^\P{L}]|\u03B9)(?:ngày|từ ngày|đến ngày|tanggal|tgl\.?)\s*$/iu;
function ordersSettledByRange(text: string): Map<number, 'dm' | 'md'> {
  const matches = allMatches(NUMERIC_DATE, text);
  const orderOf = (m: RegExpMatchArray): 'dm' | 'md' | null => {
    if (m[1].length > 2 || m[2] === '.') return null;
    const [p, q] = [Number(m[1]), Number(m[3])];
    return p > 12 && q <= 12 ? 'dm' : q > 12 && p <= 12 ? 'md' : null;
  };
  const settled = new Map<number, 'dm' | 'md'>();
  // "ngày 01/12/2026", "tanggal 01/12/2026": Vietnamese and Indonesian write the day first, always.
  matches.forEach((m, i) => {
    if (DAY_FIRST_WORD_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0))) settled.set(i, 'dm');
  });
  for (let i = 0; i + 1 < matches.length; i++) {
    const [x, y] = [matches[i], matches[i + 1]];
    const between = text.slice((x.index ?? 0) + x[0].length, y.index ?? 0);
    if (x[2] !== y[2] || x[1].length > 2 || y[1].length > 2 || !RANGE_JOIN.test(between)) continue;
    const [ox, oy] = [orderOf(x), orderOf(y)];
    if (ox && !oy) settled.set(i + 1, ox);
    if (oy && !ox) settled.set(i, oy);
  }
  return settled;
}

/**
 * "1/12 - 1/14" without a year: both ends of a range are written the same way, so the end that reads
 * only one way (14 is no month) settles the other (12 January, not 1 December).
 */
function slashOrdersSettledByRange(text: string): Map<number, 'dm' | 'md'> {
  const matches = allMatches(SLASH_NO_YEAR, text);
  const orderOf = (m: RegExpMatchArray): 'dm' | 'md' | null => {
    const [p, q] = [Number(m[1]), Number(m[2])];
    return p > 12 && q <= 12 ? 'dm' : q > 12 && p <= 12 ? 'md' : null;
  };
  const settled = new Map<number, 'dm' | 'md'>();
  for (let i = 0; i + 1 < matches.length; i++) {
    const [x, y] = [matches[i], matches[i + 1]];
    if (!RANGE_JOIN.test(text.slice((x.index ?? 0) + x[0].length, y.index ?? 0))) continue;
    const [ox, oy] = [orderOf(x), orderOf(y)];
    if (ox && !oy) settled.set(i + 1, ox);
    if (oy && !ox) settled.set(i, oy);
  }
  return settled;
}

/** "2026-11-08T23:15:00Z", "2026-11-09T01:45+01:00": an ISO 8601 instant, read as its UTC day. */
const ISO_INSTANT = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|UTC(?!\s*[+\-−]\s*\d)|[+-]\d{2}:?\d{2})(?![\d:])/g;

/** "[2026-12-05T00:00:00Z, 2026-12-07T00:00:00Z)": an interval in brackets; ")" leaves its end out. */
const BRACKETED_INTERVAL = /\[\s*(\d{4}-\d{2}-\d{2}T[^\s,;\])]+)\s*[,;]\s*(\d{4}-\d{2}-\d{2}T[^\s,;\])]+)\s*([\])])/g;
function rewriteBracketedIntervals(mapped: MappedText): void {
  if (!mapped.text.includes('[')) return;
  mapped.replace(BRACKETED_INTERVAL, (whole, a: string, b: string, close: string) => {
    const end = Date.parse(b);
    if (Number.isNaN(Date.parse(a)) || Number.isNaN(end)) return whole;
    // An open end is the last second before it: "…, 2026-12-07T00:00:00Z)" ends with 6 December.
    return `${a} to ${close === ')' ? new Date(end - 1000).toISOString() : b}`;
  });
}

/** The UTC instant of an ISO_INSTANT match's groups (NaN when they name no instant). */
function isoInstantOf([, y, mo, d, h, mi, zone]: string[]): number {
  const offset = /^[+-]/.test(zone) ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) : 0;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) - offset * 60_000;
}
/** Between two instants of one span: "… to …", "… until …", "… - …", "… → …". */
const INSTANT_SPAN_JOIN = /^\s*(?:to|until|till|through|thru|and|-|–|—|->|→)\s*$/i;

/**
 * "from 2026-11-10T00:00Z to 2026-11-11T00:00Z" is 24 hours, all of them on the 10th: an end at UTC
 * midnight after its start is the instant the span stops, as in "[a, b)". Read as a day it added the 11th.
 * The index of each such end among the instants, in order.
 */
function midnightEnds(text: string): Set<number> {
  const all = allMatches(ISO_INSTANT, text);
  const ends = new Set<number>();
  for (let i = 1; i < all.length; i++) {
    const [a, b] = [all[i - 1], all[i]];
    const end = isoInstantOf(b);
    if (end % 86_400_000 !== 0 || !(end > isoInstantOf(a))) continue;
    if (INSTANT_SPAN_JOIN.test(text.slice((a.index ?? 0) + a[0].length, b.index ?? 0))) ends.add(i);
  }
  return ends;
}

function rewriteIsoInstants(mapped: MappedText, out: DateExtraction): void {
  rewriteBracketedIntervals(mapped);
  const read: { words: string; instant: number }[] = [];
  const exclusiveEnds = midnightEnds(mapped.text);
  let n = 0;
  mapped.replace(ISO_INSTANT, (whole, y: string, mo: string, d: string, h: string, mi: string, zone: string) => {
    const exclusive = exclusiveEnds.has(n++);
    const instant = isoInstantOf([whole, y, mo, d, h, mi, zone]) - (exclusive ? 60_000 : 0);
    if (!dayOf(Number(y), Number(mo), Number(d)) || Number.isNaN(instant)) return invalidDate(out, whole);
    const day = utcDay(new Date(instant));
    if (exclusive) out.notes.push(`"${whole}" ends the span at midnight UTC: the day it starts is not part of it`);
    read.push({ words: whole, instant });
    out.notes.push(`"${whole}" is a time of day: only whole UTC days can be deleted, and it falls on the UTC day ${day}`);
    return `${monthNameEn(Number(day.slice(5, 7)))} ${Number(day.slice(8))}, ${day.slice(0, 4)}`;
  });
  // "2026-12-08T00:00:00+02:00 to 2026-12-09T23:59:59+02:00" is 22:00 UTC on the 7th to 21:59 on the 9th:
  // part of two UTC days, asked about as hours are. Only UTC midnight and the day's last minute are whole days.
  const minuteOfDay = (instant: number): number => Math.floor((instant % 86_400_000) / 60_000);
  if (read.some((r) => minuteOfDay(r.instant) !== 0 && minuteOfDay(r.instant) !== 1439)) {
    const days = read.map((r) => utcDay(new Date(r.instant))).sort();
    out.ambiguities.push(widened(read.map((r) => r.words).join(' … '), { from: days[0]!, to: days[days.length - 1]! }));
  }
  // "2026-11-08T23:15Z -> 2026-11-09T00:45Z": an arrow between two dates is a range.
  mapped.replace(/(?<=\d{4})\s*(?:->|=>|→|⇒)\s*(?=[A-Z][a-z]+ \d)/g, () => ' to ');
  // "Dec 20-22, 2026 - the year-end simulation ran", "from Dec 30 to Jan 2 - the year-end promo": a dash
  // after a date's last number opens a clause of its own (chrono read "- the year" as the end of a range
  // and lost the days).
  mapped.replace(/(?<=\d)[^\S\n]+[-–—][^\S\n]+(?=(?:the|a|an|we|it|this|that|our|they|i)\s+(?!\d)\p{L})/giu, (whole) => `;${' '.repeat(whole.length - 1)}`);
  // "between 2026-12-09 13:00 and 15:30 UTC": the second time is of the same day (chrono gave it the
  // message's day), or of the next one when it is earlier than the first (the hours cross midnight).
  mapped.replace(SAME_DAY_HOURS, (whole, day: string, first: string, join: string, second: string) =>
    `${day}${first}${join}${(minutesOf(second) ?? 0) > (minutesOf(first.slice(1)) ?? 1440) ? day : addDays(day, 1)} ${second}`,
  );
}
const SAME_DAY_HOURS = /(\d{4}-\d{2}-\d{2})([ T]\d{1,2}:\d{2})(?![\d:])(\s+(?:and|to|until|till|through|und|bis)\s+)(\d{1,2}:\d{2})(?![\d:])/giu;

/** "2026/11/21-22", "2026-11-21–22": a year-first date whose day is followed by the last day of a span. */
function rewriteYearFirstSpans(mapped: MappedText): void {
  // "10月20日（火）から10月22日（木）まで", "Oct 20 (Tue) to Oct 22 (Thu)": a weekday written after its date
  // says nothing the date does not, and stands between the date and the word that joins it to the next.
  mapped.replace(WEEKDAY_AFTER_DATE, (whole) => blank(whole));
  // "25 s.d. 26 November", "6 hingga 9 September", "fra d. 16. til og med d. 19. november": a span's
  // join in a language whose months chrono reads in English, made one it reads.
  mapped.replace(DAY_SPAN_JOIN, (whole, d1: string, d2: string) => (Number(d1) < Number(d2) && Number(d2) <= 31 ? `${d1} to ${d2}` : whole));
  mapped.replace(GEORGIAN_SPAN, (whole, year: string, d1: string, m1: string, d2: string, m2: string) => {
    const [a, b] = [FOREIGN_MONTHS[m1], FOREIGN_MONTHS[m2]];
    return a && b ? `${monthNameEn(a)} ${d1}${year ? `, ${year}` : ''} to ${monthNameEn(b)} ${d2}${year ? `, ${year}` : ''}` : whole;
  });
  // Latvian "2026. gada 23. novembra": the year's genitive before the day.
  mapped.replace(LATVIAN_YEAR_FIRST, (whole, year: string, d: string, month: string) => {
    const mo = FOREIGN_MONTHS[month.toLowerCase()];
    return mo ? `${monthNameEn(mo)} ${Number(d)}, ${year}` : whole;
  });
  // Hungarian "október 5-től 9-ig", "február 9-től február 14-ig": from and until are endings of the days.
  // Written end first ("február 14-től február 9-ig") it is made the same span in words the reversed-range
  // check reads, so it is asked about rather than read as its first day.
  mapped.replace(HUNGARIAN_SPAN, (whole, d1: string, month: string | undefined, d2: string) => (Number(d2) <= 31 ? `${d1} to ${month ? `${month} ` : ''}${d2}` : whole));
  mapped.replace(/(?<![\d/.-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})\s*[-–—~〜]\s*(\d{1,2})(?![\d/:-]|\.\d)/g, (whole, y: string, sep: string, m: string, d1: string, d2: string) => {
    const [from, to] = [dayOf(Number(y), Number(m), Number(d1)), dayOf(Number(y), Number(m), Number(d2))];
    return from && to && from < to ? `${from} to ${to}` : whole;
  });
}

const WEEKDAY_AFTER_DATE = /(?<=[日\d])\s?[（(](?:[月火水木金土日](?:曜日?)?|周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天]|[월화수목금토일](?:요일)?|mon|tue|wed|thu|fri|sat|sun)\.?[)）]/giu;
const LATVIAN_YEAR_FIRST = new RegExp(`(?<![\\d.])(\\d{4})\\.\\s*gad(?:a|ā)\\s+(\\d{1,2})\\.\\s*(${FOREIGN_MONTH_RE})(?![^\\P{L}]|\\u03B9)`, 'giu');
const HUNGARIAN_SPAN = new RegExp(`(?<![\\d.,:/])(\\d{1,2})\\.?-(?:j?[éáe]?t[őóo]l)\\s+(?:(${FOREIGN_MONTH_RE})\\s+)?(\\d{1,2})\\.?-(?:j?[éáe]?ig)(?![^\\P{L}]|\\u03B9)`, 'giu');
const DAY_SPAN_JOIN =
  /(?<![\d.,:/])(\d{1,2})\.?\s*(?:s\.\s?d\.|s\/d|sampai(?:\s+dengan)?|hingga|hanggang(?:\s+sa)?|til\s+og\s+med|t\.o\.m\.|עד|ถึง|முதல்|থেকে|සිට|से|سے|تا|እስከ|se(?=\s))\s*(?:d\.\s*)?(\d{1,2})(?![\d:])/giu;
/** Georgian "2026 წლის 21 ნოემბრიდან 22 ნოემბრამდე": from and until are endings of the months. */
const GEORGIAN_SPAN = /(?:(\d{4})\s*წლის\s+)?(\d{1,2})\s+([\u10D0-\u10FF]+დან)\s+(\d{1,2})\s+([\u10D0-\u10FF]+მდე)/gu;

/** ISO instants as their UTC days, and "23. 11. 2026" (the Czech, Slovak and sometimes German spacing) closed up. */
function rewriteWrittenApart(mapped: MappedText, out: DateExtraction): void {
  rewriteIsoInstants(mapped, out);
  mapped.replace(/(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d])/g, (whole, d: string, m: string, y: string) => (Number(m) <= 12 ? `${d}.${m}.${y}` : whole));
  // "17. a 18.11.2026", "17. i 18.11.2026", "5.–7.11.2026": a day before a dotted date, in any language.
  mapped.replace(DOTTED_DAY_THEN_DATE, (whole, d1: string, join: string, d2: string, m: string, y: string) => {
    if (Number(d1) >= Number(d2) || Number(m) > 12) return whole;
    // Czech and Slovak "a" is "and", Portuguese and Spanish "to": only two days next to each other agree.
    if (join.trim().toLowerCase() === 'a') return Number(d2) === Number(d1) + 1 ? `${d1}.${m}.${y} to ${d2}.${m}.${y}` : whole;
    return /^[\s-–—]*$|^\s*(?:a[žz] do|do|bis|til|till|–)\s*$/i.test(join) ? `${d1}.${m}.${y} to ${d2}.${m}.${y}` : `${d1}.${m}.${y} and ${d2}.${m}.${y}`;
  });
  // "za okres 21–25.09.2026": chrono read "25.09" as a time and dropped the 21st; "5–7.11.2026" became 2011.
  mapped.replace(DAY_DASH_DOTTED_DATE, (whole, d1: string, d2: string, m: string, y: string) => {
    if (Number(d1) >= Number(d2) || Number(m) < 1 || Number(m) > 12 || Number(d2) > 31) return whole;
    const year = y.length === 2 ? `20${y}` : y;
    return `${d1}.${m}.${year} to ${d2}.${m}.${year}`;
  });
  // "Events 2–4.07", "2-4.07.": the same with no year. Read as one date, 2 July alone or 4 July 2007 was
  // deleted; read as days it may still be hours ("the outage lasted 9-10.05"), so it is always asked.
  mapped.replace(DAY_DASH_DOTTED_NO_YEAR, (whole, d1: string, d2: string, m: string | undefined, m2: string | undefined) => {
    const month = Number(m ?? m2);
    if (!(Number(d1) < Number(d2) && dayOf(2000, month, Number(d2)))) return whole;
    out.ambiguities.push(`"${whole.trim()}" may be days or hours — is it ${monthNameEn(month)} ${Number(d1)} to ${Number(d2)}?`);
    return `${monthNameEn(month)} ${Number(d1)} to ${monthNameEn(month)} ${Number(d2)}`;
  });
}
/**
 * "2–4.07", "2-4.07.", "2–4.7.": the month written with two digits or closed by its dot, and no year after
 * it. Not hours ("between 9-11.05", "9-11.05 UTC"): a clock word before or after leaves it to the hours' readers.
 */
const DAY_DASH_DOTTED_NO_YEAR =
  /(?<![\d.,:/\p{L}])(?<!(?:between|from|at|von|zwischen|um|ab|kl\.?|klo|godz\.?|w godz\.?|entre|de|dalle|ore|tra|mellan|fra|van|tussen)[^\S\n]{1,2})(\d{1,2})[^\S\n]?[-–][^\S\n]?(\d{1,2})\.(?:(0[1-9]|1[0-2])\.?|([1-9])\.)(?![\d\p{L}]|\.\d|[^\S\n]?(?:[-–:]|\d{2,4}|h(?!\p{L})|uhr|utc|gmt|ce[s]?t|am|pm|godz|klo|kl\.))/giu;
/** "21–25.09.2026", "5-7.11.26": a day with no dot of its own, a dash, then a dotted date with its year. */
const DAY_DASH_DOTTED_DATE = /(?<![\d.,:/])(\d{1,2})\s*[-–—]\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d{2})(?!\d|\.\d)/g;
const DOTTED_DAY_THEN_DATE = new RegExp(`(?<![\\d.,:/])(\\d{1,2})\\.(\\s*(?:${AND_WORDS}|a|-|–|—|a[žz] do|do|bis|til|till)\\s*|\\s*[-–—]\\s*)(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d])`, 'giu');

const DAY_THEN_SLASHED = /(?<![\d/.:,-])(\d{1,2})(\s*(?:-|–|a|al|au|à|to|bis|até|hasta|e|y|et|und|and)\s*)(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/gi;

function rewriteDayThenSlashed(mapped: MappedText): void {
  // "10/25/2026–10/27/2026": a dash with no space between two dates is a range word chrono reads.
  mapped.replace(/(?<=\d[/.]\d{2,4})\s*[-–—]\s*(?=\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d))/g, () => ' - ');
  // "04 a 06/10/2026", "5-7/11", "17 e 18/11/2026": a bare day before a slashed date, joined to it, is a
  // day of the same month — the date is written day first, and the two are a span or a pair of days.
  mapped.replace(DAY_THEN_SLASHED, (whole, d1: string, join: string, d2: string, m: string, y: string) => {
    const [a, b, month] = [Number(d1), Number(d2), Number(m)];
    if (month < 1 || month > 12 || a < 1 || a >= b || b > 31) return whole;
    const year = y ? ` ${y.length === 2 ? `20${y}` : y}` : '';
    const span = /^[-–]$|^(?:a|al|au|à|to|bis|até|hasta)$/i.test(join.trim());
    return span ? `${a} to ${b} ${monthNameEn(month)}${year}` : `${a} ${monthNameEn(month)}${year} and ${b} ${monthNameEn(month)}${year}`;
  });
}

/**
 * Whether the message is written in a language whose writers put the day first in a slashed date: its
 * prose mostly in Hebrew, Arabic, Cyrillic, Greek, Thai or Devanagari letters, or with Turkish's own
 * letters (ı, ğ). Month first is the way of US English (and of Chinese, Japanese and Korean, which are
 * not in the list); "5/4/26" from a Hebrew writer is 5 April. Names written in Latin letters ("iOS App",
 * "al-waha") do not count against it: only most of the letters need to be the language's.
 */
const DAY_FIRST_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/gu;
function writtenDayFirst(text: string): boolean {
  if (/(?<![^\P{L}]|\u03B9)\p{L}*[ığ]\p{L}*(?![^\P{L}]|\u03B9)/u.test(text)) return true;
  const dayFirst = text.match(DAY_FIRST_SCRIPT)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return dayFirst > 0 && dayFirst >= 2 * latin;
}

/**
 * Whether the message is written in Japanese, Korean or Chinese, whose writers put the month first in a
 * slashed date ("2/3" is 3 February). Names in Latin letters ("Kim Studio iOS App") are half the weight.
 */
const MONTH_FIRST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
function writtenMonthFirst(text: string): boolean {
  const monthFirst = text.match(MONTH_FIRST_SCRIPT)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return monthFirst > 0 && 2 * monthFirst >= latin && !writtenDayFirst(text);
}

function rewriteNumericDates(mapped: MappedText, out: DateExtraction, today: string | null): void {
  // "Mo., 5.3.2024" when 5 March 2024 is a Tuesday: one of the two is a typo, and we cannot tell which.
  mapped.replace(WEEKDAY_NUMERIC, (whole, wd: string, a: string, sep: string, b: string, yy: string) => weekdayNumeric(out, whole, wd, a, sep, b, yy));
  rewriteDayThenSlashed(mapped);
  const settled = ordersSettledByRange(mapped.text);
  const dayFirst = writtenDayFirst(mapped.text);
  let nth = -1;
  mapped.replace(NUMERIC_DATE, (whole, a: string, sep: string, b: string, c: string) => {
    nth += 1;
    out.mentioned = true;
    let y: number, m: number, d: number;
    if (a.length === 4) [y, m, d] = [Number(a), Number(b), Number(c)];
    else {
      if (a.length > 2) return blank(whole);
      y = c.length === 2 ? 2000 + Number(c) : Number(c);
      if (farPast(y, today)) return farPastNoted(out, whole);
      const [p, q] = [Number(a), Number(b)];
      if (sep === '.') [d, m] = [p, q];
      else if (p > 12 && q <= 12) [d, m] = [p, q];
      else if (q > 12 && p <= 12) [m, d] = [p, q];
      else if (p === q) [d, m] = [p, q];
      else if (settled.get(nth) === 'dm') [d, m] = [p, q];
      else if (settled.get(nth) === 'md') [m, d] = [p, q];
      else if (dayFirst) [d, m] = [p, q];
      else {
        out.ambiguities.push(`"${whole}" could be ${describe(y, q, p)} or ${describe(y, p, q)} — which one is meant?`);
        return blank(whole);
      }
    }
    const day = dayOf(y, m, d);
    if (!day) {
      out.ambiguities.push(`"${whole}" is not a valid date`);
      return blank(whole);
    }
    // Rewritten in words: chrono misreads ISO dates next to "through" ("01 through 2024-03" as times).
    return `${monthNameEn(m)} ${d}, ${y}`;
  });
  rewriteYearlessNumeric(mapped, out, today);
}

/** Numeric days without a year: dotted ("am 10.11."), slashed ("3/11") and slashed after a weekday ("Tue 3/11"). */
function rewriteYearlessNumeric(mapped: MappedText, out: DateExtraction, today: string | null): void {
  // "am 10.11.", "Löschung Shop 10.11.": day and month with dots and no year, as German, Polish, Czech
  // and the Nordic languages write them (the year is then inferred like any year-less date).
  const dottedAt = allMatches(DOTTED_NO_YEAR, mapped.text).map((m) => m.index ?? 0);
  let dotted = 0;
  mapped.replace(DOTTED_NO_YEAR, (whole, a: string, b: string) => {
    const at = dottedAt[dotted++] ?? 0;
    const [d, m] = [Number(a), Number(b)];
    // "Version 2.3.", "Art. 17.3.", "§ 4.1.": numbers of a version or a clause, not days.
    if (d < 1 || d > 31 || m < 1 || m > 12 || /(?:version|release|ver\.|v|kapitel|abschnitt|art\.?|artikel|§|nr\.?|no\.?|punkt|pkt\.?)\s*$/i.test(mapped.text.slice(Math.max(0, at - 12), at))) return whole;
    out.mentioned = true;
    return dayOf(2000, m, d) ? `${monthNameEn(m)} ${d}` : invalidDate(out, whole);
  });
  // "for 11/4 please. Wed 11/4.": a form the weekday settled is settled wherever it is written again.
  const byWeekday = new Map<string, string>();
  mapped.replace(WEEKDAY_SLASHED_NO_YEAR, (whole, wd: string, a: string, b: string) => {
    const day = weekdaySlashed(wd, a, b, today);
    if (!day) return whole;
    byWeekday.set(`${Number(a)}/${Number(b)}`, day);
    return `${whole.slice(0, whole.length - `${a}/${b}`.length)}${day}`;
  });
  const settled = slashOrdersSettledByRange(mapped.text);
  // A slashed day in a range ("9/5-9/7") is left to the readers of ranges, whatever the script.
  const monthFirst = writtenMonthFirst(mapped.text);
  const alone = allMatches(SLASH_NO_YEAR, mapped.text).map((m) => !/[-–—~〜]\s*$/.test(mapped.text.slice(0, m.index)) && !/^\s*[-–—~〜]/.test(mapped.text.slice((m.index ?? 0) + m[0].length)));
  let nth = -1;
  mapped.replace(SLASH_NO_YEAR, (whole, a: string, b: string) => {
    nth += 1;
    const [p, q] = [Number(a), Number(b)];
    if (p < 1 || q < 1 || (p > 12 && q > 12) || p > 31 || q > 31) return whole;
    out.mentioned = true;
    const settledByWeekday = byWeekday.get(`${p}/${q}`);
    if (settledByWeekday) return settledByWeekday;
    const order = settled.get(nth);
    if (order) return order === 'md' ? `${monthNameEn(p)} ${q}` : `${monthNameEn(q)} ${p}`;
    if (monthFirst && alone[nth] && p <= 12) return `${monthNameEn(p)} ${q}`;
    if (p !== q && p <= 12 && q <= 12) {
      out.ambiguities.push(`"${whole}" could be day ${p} of month ${q} or month ${p} day ${q} — which one is meant?`);
      return blank(whole);
    }
    const [d, m] = p > 12 ? [p, q] : [q, p];
    return `${monthNameEn(m)} ${d}`;
  });
}

/** A weekday (or none) before a day's number in a list of days: "Mon 3, Wed 5". Built once (see allMatches). */
const LIST_WEEKDAY_AND_DAY = new RegExp(`(${LONG_WEEKDAY})?\\.?,?\\s*(?:den\\s+|le\\s+|el\\s+)?(\\d{1,2})`, 'giu');
/**
 * A weekday before a numeric date: picks the one reading of "Tuesday 04/03/2025" it fits, and asks when it
 * contradicts a date that reads one way ("Mo., 5.3.2024" when 5 March 2024 is a Tuesday).
 */
/**
 * The day list without its weekdays, when every weekday is the weekday of its day (with a year to tell);
 * otherwise as written, and the days left unread are asked about.
 */
function withoutListWeekdays(whole: string, list: string, rest: string, month: string, year: string | undefined): string {
  const pairs = allMatches(LIST_WEEKDAY_AND_DAY, list);
  if (!pairs.some((p) => p[1])) return whole;
  const m = monthWord(month);
  if (!m || !year) return whole;
  for (const [, wd, d] of pairs) {
    if (!wd) continue;
    const written = weekdayNumber(wd);
    const day = dayOf(Number(year), m, Number(d));
    if (!day || new Date(`${day}T00:00:00Z`).getUTCDay() !== written) return whole;
  }
  return `${list.replace(new RegExp(LIST_WEEKDAY, 'giu'), '')}${rest}`;
}

/** The weekday a name says (Sunday = 0, as getUTCDay counts), in any language of WEEKDAY_WORDS. */
function weekdayNumber(name: string): number | undefined {
  return WEEKDAY_WORDS.find(([, w]) => new RegExp(`^(?:${w})$`, 'iu').test(name))?.[0];
}
/** Only a weekday that cannot be another word: "do 04/03/2025" is Polish "until", "di" Italian "of". */
function surelyWeekday(name: string): boolean {
  return name.length >= 4 || /^(?:mon|tue|wed|thu|fri|sat|sun)$/i.test(name);
}

const WEEKDAY_SLASHED_NO_YEAR = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${WEEKDAY_ALT})\\.?,?\\s*(\\d{1,2})/(\\d{1,2})(?![\\d/])`, 'giu');

/**
 * "Tue 3/11", "Thu 5/11": without a year, a weekday still says which way round the day is when only one
 * reading falls on it (each in its latest year not after the sender's day, as year-less dates are read).
 * The day in words ("November 3"), or null when the weekday settles nothing.
 */
function weekdaySlashed(wd: string, a: string, b: string, today: string | null): string | null {
  const [p, q] = [Number(a), Number(b)];
  const written = weekdayNumber(wd);
  if (!today || written === undefined || p === q || p > 12 || q > 12 || !surelyWeekday(wd)) return null;
  const fits = ([d, m]: [number, number]): boolean => {
    const thisYear = dayOf(Number(today.slice(0, 4)), m, d);
    const day = thisYear !== null && thisYear <= today ? thisYear : dayOf(Number(today.slice(0, 4)) - 1, m, d);
    return day !== null && new Date(`${day}T00:00:00Z`).getUTCDay() === written;
  };
  const readings = ([[p, q], [q, p]] as [number, number][]).filter(fits);
  if (readings.length !== 1) return null;
  const [d, m] = readings[0];
  return `${monthNameEn(m)} ${d}`;
}

function weekdayNumeric(out: DateExtraction, whole: string, wd: string, a: string, sep: string, b: string, yy: string): string {
  const [p, q] = [Number(a), Number(b)];
  const year = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
  const written = weekdayNumber(wd);
  const fits = (dm: [number, number]): boolean => {
    const day = dayOf(year, dm[1], dm[0]);
    return day !== null && new Date(`${day}T00:00:00Z`).getUTCDay() === written;
  };
  if (sep !== '.' && p <= 12 && q <= 12 && p !== q && written !== undefined && surelyWeekday(wd)) {
    // "Tuesday 04/03/2025": 4 March 2025 is a Tuesday, 3 April a Thursday — the weekday says which.
    const readings = ([[p, q], [q, p]] as [number, number][]).filter(fits);
    if (readings.length !== 1) return whole;
    const [d, m] = readings[0];
    const numeric = `${a}${sep}${b}${sep}${yy}`;
    return `${whole.slice(0, whole.length - numeric.length)}${monthNameEn(m)} ${d}, ${year}`;
  }
  const [d, m] = sep === '.' || p > 12 ? [p, q] : q > 12 ? [q, p] : [0, 0];
  const day = d ? dayOf(year, m, d) : null;
  if (!day || written === undefined || fits([d, m])) return whole;
  // "dados do 20/11/2026": Portuguese "of the", no Thursday. A short word is only taken for a weekday
  // that contradicts the date when it is written as one: a capital, then a dot or comma ("Do., 20.11.").
  if (!surelyWeekday(wd) && !/^\p{Lu}\p{L}*[.,]/u.test(whole)) return whole;
  out.mentioned = true;
  out.ambiguities.push(`"${whole}": ${day} is not a ${WEEKDAY_EN[written]} — which day is meant?`);
  return blank(whole);
}

/**
 * "10. October 2026", "10. November": a dotted day before an English month name, as Germans and
 * Scandinavians write it in English. chrono reads "10." as an hour and keeps only the month. A day that
 * ends a range ("1. bis 10. November") is left to the parsers that read the whole range.
 */
const DOTTED_DAY_ENGLISH_MONTH =
  /(?=\d)(?<![\d.:/])(?<!\d\.?\s*(?:bis|to|till|until|und|and|&|,|-|–|—)\s*)(\d{1,2})\.\s*(january|february|march|april|may|june|july|august|september|october|november|december)(?![^\P{L}]|\u03B9)(?:,?\s+(\d{4}))?/giu;

function rewriteFirstsAndTurkishSpans(mapped: MappedText): void {
  // "dia primeiro de dezembro", "el primero de diciembre", "le premier décembre", "il primo dicembre": the 1st.
  mapped.replace(FIRST_OF_MONTH, (whole, month: string) => `1 ${month}`);
  // "2 Kasım 2026 ile 4 Kasım 2026 arasındaki", "… (dahil) arasındaki", "… arası": between two days, in Turkish.
  if (/aras[ıi]/i.test(mapped.text)) mapped.replace(TURKISH_BETWEEN, (whole, a: string, b: string) => `${a} to ${b}`);
}
const FIRST_OF_MONTH = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:primeiro|primero|premier|primo)(?:\\s+(?:de|del|di))?\\s+(${ANY_MONTH_RE})(?![^\\P{L}]|\\u03B9)`, 'giu');
const TURKISH_DAY = `(?:\\d{1,2}\\.?\\s+(?:${ANY_MONTH_RE})(?:\\s+\\d{4})?|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2})`;
const TURKISH_BETWEEN = new RegExp(`(${TURKISH_DAY})(?:['’]?\\p{L}{0,4})?\\s+ile\\s+(${TURKISH_DAY})(?:['’]?\\p{L}{0,4})?(?:\\s+\\(?dahil\\)?)?\\s+(?:tarihleri\\s+)?aras[ıi](?:n\\p{L}*)?(?![\\p{L}])`, 'giu');
/** "zwischen 00:30 und 03:00 Uhr", "entre 10h et 12h": hours between two times, written as the range chrono reads. */
const BETWEEN_HOURS = /(?<![^\P{L}]|\u03B9)(zwischen|tussen|entre(?: las| os| as)?|tra|fra)\s+((?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?)\s*(?:uhr|h)?\s+(und|en|et|y|e|and)\s+(?:las\s+|os\s+|as\s+)?((?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?)(?=\s*(?:uhr|h)?(?![\p{L}\d]))/giu;
const BETWEEN_AS_RANGE: Record<string, [string, string]> = { zwischen: ['von', 'bis'], tussen: ['van', 'tot'], entre: ['de', 'à'], tra: ['dalle', 'alle'], fra: ['dalle', 'alle'] };

/** Spanish, Nordic, Slavic and Italian day forms chrono does not know, rewritten in English. */
/**
 * Years of other calendars, as the Gregorian years they are: the Thai Buddhist era ("20 พฤศจิกายน 2569",
 * "พ.ศ. 2569" is 2026), the Japanese era ("令和8年" is 2026) and Taiwan's Minguo era ("民國115年" is 2026).
 */
function rewriteEraYears(mapped: MappedText): void {
  rewriteChineseNumeralDates(mapped);
  rewriteTranslatedCjkDates(mapped);
  // Thai months as letters write them short: "1 ธ.ค. พ.ศ. 2569" is 1 December 2026.
  mapped.replace(THAI_SHORT_MONTH, (whole, short: string) => THAI_MONTHS[THAI_SHORT_MONTHS.indexOf(short.replace(/\s/g, ''))] ?? whole);
  mapped.replace(THAI_ERA_YEAR, (whole, month: string, year: string) => `${month} ${Number(year) - 543}`);
  mapped.replace(/令和\s*(\d{1,2}|元)\s*年/gu, (whole, n: string) => `${2018 + (n === '元' ? 1 : Number(n))}年`);
  // Taiwan's Minguo era: "民國115年11月20日" is 20 November 2026 (year 1 is 1912).
  mapped.replace(/(?:中華)?民[國国]\s*(\d{2,3})\s*年/gu, (whole, n: string) => `${1911 + Number(n)}年`);
  // "۳ تا ۵ آذر ۱۴۰۵" (its digits already ASCII): days of the Persian solar calendar, as Gregorian days.
  mapped.replace(PERSIAN_SOLAR_DAYS, (whole, d1: string, d2: string, month: string, year: string) => {
    const [from, to] = [persianDay(Number(year), PERSIAN_MONTHS.indexOf(month) + 1, Number(d1)), persianDay(Number(year), PERSIAN_MONTHS.indexOf(month) + 1, Number(d2 || d1))];
    return from && to ? (from === to ? from : `${from} to ${to}`) : whole;
  });
}
/**
 * "2026 year 4 month 8 day", "2026 year 4 month 20 day to 22 day": a machine translation of "2026年4月8日"
 * keeps the Chinese, Japanese or Korean order and turns each mark into its English word. With the year,
 * month and day each marked, it is that date; written back in the marks, the readers of those dates read it.
 */
function rewriteTranslatedCjkDates(mapped: MappedText): void {
  mapped.replace(TRANSLATED_CJK_DATE, (whole, y: string, m: string, d: string, m2?: string, d2?: string) =>
    `${y}年${m}月${d}日${d2 ? `～${m2 ? `${m2}月` : ''}${d2}日` : ''}`);
}
const TRANSLATED_CJK_DATE =
  /(?<![\d.,])(\d{4})\s+years?\s+(\d{1,2})\s+months?\s+(\d{1,2})\s+days?(?:\s*(?:to|until|till|through|-|–|~|～)\s*(?:(\d{1,2})\s+months?\s+)?(\d{1,2})\s+days?)?(?![^\P{L}]|\u03B9)/giu;

/** "二〇二六年四月七日", "十一月二十日": a year, month and day in Chinese numerals, as dates in digits are written. */
const CJK_NUMERAL_DATE = /(?:([〇零一二三四五六七八九]{4})\s*年\s*)?([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*([日号號])/gu;
/** "四月七日至九日": the end's day written alone after a range word. */
const CJK_NUMERAL_END_DAY = /(?<=\d[日号號]\s*(?:至|到|~|～|-|–|—)\s*)([一二三四五六七八九十]{1,3})(?=\s*[日号號])/gu;
const CJK_DIGIT = '〇一二三四五六七八九';
/** The value of a Chinese numeral up to 99 ("十一" 11, "二十" 20, "三十一" 31); a year digit by digit ("二〇二六"). */
function cjkNumber(written: string): number {
  if (!written.includes('十')) return Number([...written].map((c) => (c === '零' ? 0 : CJK_DIGIT.indexOf(c))).join(''));
  const [tens, ones] = written.split('十');
  return (tens ? CJK_DIGIT.indexOf(tens) : 1) * 10 + (ones ? CJK_DIGIT.indexOf(ones) : 0);
}
function rewriteChineseNumeralDates(mapped: MappedText): void {
  mapped.replace(CJK_NUMERAL_DATE, (whole, y: string | undefined, m: string, d: string, mark: string) => {
    const [month, day] = [cjkNumber(m), cjkNumber(d)];
    if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
    return `${y ? `${cjkNumber(y)}年` : ''}${month}月${day}${mark}`;
  });
  mapped.replace(CJK_NUMERAL_END_DAY, (whole, d: string) => {
    const day = cjkNumber(d);
    return day >= 1 && day <= 31 ? String(day) : whole;
  });
}
const HOURS_WRITTEN_OUT = /(?:(?:از|من)\s+)?(?:ساعت|الساعة)\s*(\d{1,2})\s*(?:تا|الی|إلى|الى|حتى|-|–|to)\s*(?:(?:ساعت|الساعة)\s*)?(\d{1,2})(?![\d:])/gu;
const PERSIAN_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const PERSIAN_SOLAR_DAYS = new RegExp(`(?<!\\d)(\\d{1,2})(?:\\s*(?:تا|الی|to|-|–)\\s*(\\d{1,2}))?\\s+(${PERSIAN_MONTHS.join('|')})\\s+(1[34]\\d{2})(?!\\d)`, 'gu');
/** Built at first use: most mail has no Persian date, and `parse --json` pays every module-load cost. */
let persianCalendar: Intl.DateTimeFormat | null = null;
function persianParts(day: Date): Record<string, string> {
  persianCalendar ??= new Intl.DateTimeFormat('en-US-u-ca-persian', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  return Object.fromEntries(persianCalendar.formatToParts(day).map((x) => [x.type, x.value]));
}
/** The Gregorian day (YYYY-MM-DD) of a Persian solar date, or null when it does not exist. */
function persianDay(year: number, month: number, day: number): string | null {
  if (month < 1 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  // 1 Farvardin falls on 20 or 21 March of the Gregorian year 621 later; count the days from there.
  for (const march of [19, 20, 21, 22]) {
    const start = new Date(Date.UTC(year + 621, 2, march));
    const p = persianParts(start);
    if (p.month !== '1' || p.day !== '1') continue;
    const offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
    const found = utcDay(new Date(start.getTime() + offset * 86_400_000));
    const q = persianParts(new Date(`${found}T00:00:00Z`));
    return q.month === String(month) && q.day === String(day) ? found : null;
  }
  return null;
}
const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const THAI_SHORT_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const THAI_SHORT_MONTH = new RegExp(`(?<=\\d\\s*)(${THAI_SHORT_MONTHS.map((m) => m.replace(/\./g, '\\.\\s?')).join('|')})`, 'gu');
const THAI_ERA_YEAR = /(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\s*(?:พ\.\s?ศ\.\s*)?(2[4-6]\d{2})(?!\d)/gu;

/**
 * Hungarian writes the year first: "2026. november 9.", "2026. november 9. és 11. között", "2026. november
 * 9–11."; Lithuanian "2027 m. gegužės 1, 2 ir 3 d.". Rewritten as English dates the readers know.
 */
function rewriteYearFirstDates(mapped: MappedText, out: DateExtraction): void {
  // "2026. október 26. és október 28. között": the second day may name its month again.
  mapped.replace(YEAR_FIRST_LIST, (whole, year: string, month: string, list: string) => {
    const mo = FOREIGN_MONTHS[month.toLowerCase()];
    const days = (list.match(/\d{1,2}/g) ?? []).map(Number);
    if (!mo || days.some((d) => !dayOf(Number(year), mo, d))) return invalidDate(out, whole);
    const dates = days.map((d) => `${monthNameEn(mo)} ${d}, ${year}`);
    return `${dates.slice(0, -1).join(', ')} and ${dates[dates.length - 1]}`;
  });
  mapped.replace(YEAR_FIRST_DAYS, (whole, year: string, month: string, d1: string, join: string | undefined, month2: string | undefined, d2: string | undefined, between: string | undefined) => {
    const mo = FOREIGN_MONTHS[month.toLowerCase()];
    const mo2 = month2 ? FOREIGN_MONTHS[month2.toLowerCase()] : mo;
    if (!mo || !mo2 || !dayOf(Number(year), mo, Number(d1)) || (d2 && !dayOf(Number(year), mo2, Number(d2)))) return invalidDate(out, whole);
    const m = monthNameEn(mo);
    if (!d2) return `${m} ${Number(d1)}, ${year}`;
    const range = between || !/^(?:és|es)$/i.test((join ?? '').trim());
    return `${m} ${Number(d1)}, ${year} ${range ? 'to' : 'and'} ${monthNameEn(mo2)} ${Number(d2)}, ${year}`;
  });
}

function rewriteForeignDates(mapped: MappedText, out: DateExtraction): void {
  rewriteFirstsAndTurkishSpans(mapped);
  // "از ساعت 14 تا 18", "من الساعة 10 إلى 12": hours as the clocks the readers know.
  mapped.replace(HOURS_WRITTEN_OUT, (whole, a: string, b: string) => (Number(a) < 24 && Number(b) <= 24 ? `from ${a}:00 to ${b}:00` : whole));
  if (/zwischen|tussen|entre|tra |fra /i.test(mapped.text)) mapped.replace(BETWEEN_HOURS, (whole, between: string, from: string, _and: string, to: string) => {
    const words = BETWEEN_AS_RANGE[between.toLowerCase().split(/\s/)[0]];
    if (!words || !/[:.h]/.test(from + to)) return whole;
    const clock = (t: string): string => t.replace(/[.h]/, ':');
    return `${words[0]} ${clock(from)} ${words[1]} ${clock(to)}`;
  });
  mapped.replace(DOTTED_DAY_ENGLISH_MONTH, (whole, d: string, month: string, year: string) => {
    const mo = MONTHS[month.toLowerCase()];
    if (!dayOf(year ? Number(year) : 2000, mo, Number(d))) return invalidDate(out, whole);
    return `${monthNameEn(mo)} ${Number(d)}${year ? `, ${year}` : ''}`;
  });
  rewriteMonthSpans(mapped, out);
  rewriteYearFirstDates(mapped, out);
  mapped.replace(SPANISH_RANGE, (whole, from: string, to: string, month: string, year?: string) => {
    const m = MONTHS[month.toLowerCase()];
    if (!m) return whole;
    const y = year ? Number(year) : null;
    return `${y ?? ''} ${monthNameEn(m)} ${from} to ${monthNameEn(m)} ${to}${y ? `, ${y}` : ''}`.trim();
  });

  // Names chrono also reads ("4 april 2024", "2 august") are left to it outside those languages: its
  // readings of Dutch or German ranges around them ("8 t/m 10 april") are longer than ours.
  const foreign = /[ąćęłńśźżčěřůýåæøäöşğıü]|(?<![^\P{L}]|[\u03B9\p{N}_])(?:proszę|prosimy|prosím|vi|og|och|ja|ve|il|dal|della|dni|dnia|den|kl|slett\w*|slet|radera|fra|til|från|poista\w*|tiedot|usu\w*|dane|dati|cancella\w*|giorn[oi]|dagar|dage|dager)(?![^\P{L}]|[\u03B9\p{N}_])/iu.test(mapped.text);
  // …but with no other word of those languages ("dari 30 Oktober 2026 hingga …" in Malay), no reader of
  // theirs reads the name, and ours must.
  const days = foreign ? FOREIGN_DAYS : LANG_HINTS.some(([hint]) => hint.test(mapped.text.replace(FOREIGN_MONTH_WORD, ' '))) ? FOREIGN_ONLY_DAYS : FOREIGN_NOT_ENGLISH_DAYS;
  mapped.replace(days, (whole, d1: string, join: string, d2: string, month: string, year: string) => {
    const mo = FOREIGN_MONTHS[month.toLowerCase()];
    const days = d2 ? [Number(d1), Number(d2)] : [Number(d1)];
    const invalid = days.find((d) => !dayOf(year ? Number(year) : 2000, mo, d));
    if (invalid !== undefined) return invalidDate(out, whole);
    const m = monthNameEn(mo);
    const y = year ? `, ${year}` : '';
    if (!d2) return `${m} ${Number(d1)}${y}`;
    return `${m} ${Number(d1)}${y} ${AND_WORD.test(join) ? 'and' : 'to'} ${m} ${Number(d2)}${y}`;
  });
  rewriteMonthFirst(mapped);
  mapped.replace(ITALIAN_DAY, (whole, d: string, month: string, year: string) => {
    const mo = MONTHS[month.toLowerCase()];
    if (!dayOf(year ? Number(year) : 2000, mo, Number(d))) return invalidDate(out, whole);
    return `${monthNameEn(mo)} ${d}${year ? `, ${year}` : ''}`;
  });
  mapped.replace(FOREIGN_MONTH_YEAR, (whole, month: string, year: string) => `${monthNameEn(FOREIGN_MONTHS[month.toLowerCase()])} ${year}`);
  mapped.replace(OTHER_MONTH_YEAR, (whole, month: string, year: string) => `${monthNameEn(MONTHS[month.toLowerCase()])} ${year}`);
}

/**
 * A date decades before the message ("Fundada em 12/05/1998", a birth date in a signature) is no day
 * of data anyone can hold: neither a range nor a question, only a note.
 */
const FAR_PAST_YEARS = 20;
function farPast(year: number, today: string | null): boolean {
  return today !== null && year < Number(today.slice(0, 4)) - FAR_PAST_YEARS;
}
function farPastNoted(out: DateExtraction, whole: string): string {
  out.notes.push(`"${whole.trim()}" lies more than ${FAR_PAST_YEARS} years before the message: not read as a day to delete`);
  return blank(whole);
}

/** "31 kwietnia", "30 febbraio": a day the month does not have is asked about, never dropped unsaid. */
function invalidDate(out: DateExtraction, whole: string): string {
  out.mentioned = true;
  out.ambiguities.push(`"${whole.trim()}" is not a valid date — which day is meant?`);
  return blank(whole);
}

/**
 * Spans of whole months written in any language: "marca i kwietnia 2025" (two months), "od stycznia do
 * marca 2025" (every day from the first of one to the last of the other, never just the two months).
 */
function rewriteMonthSpans(mapped: MappedText, out: DateExtraction): void {
  mapped.replace(MONTH_TO_MONTH, (whole, m1: string, m2: string, year: string) => {
    const [a, b, y] = [monthNumber(m1), monthNumber(m2), Number(year)];
    if (!a || !b) return whole;
    if (b < a) {
      out.mentioned = true;
      out.ambiguities.push(`"${whole.trim()}" ends before it starts — which days are meant?`);
      return blank(whole);
    }
    const last = monthRange(y, b).to.slice(8);
    return `${monthNameEn(a)} 1, ${y} to ${monthNameEn(b)} ${Number(last)}, ${y}`;
  });
  mapped.replace(MONTH_AND_MONTH, (whole, m1: string, m2: string, year: string) => {
    const [a, b] = [monthNumber(m1), monthNumber(m2)];
    if (!a || !b) return whole;
    return `${monthNameEn(a)} ${year} and ${monthNameEn(b)} ${year}`;
  });
}

/** Weekdays by the first letters of their names (Monday = 0), in the languages of ANY_WEEKDAY. */
const WEEKDAY_STEMS: RegExp[] = [
  /^(?:mon|montag|lundi|lunes|luned|maandag|segunda|poniedzia|m[åa]ndag|maanant|pond[ěe]l|pazartesi|月曜|星期一|[周週]一|월요일)/i,
  /^(?:tue|dienstag|mardi|martes|marted|dinsdag|ter[çc]a|wtor|tisdag|tirsdag|tiistai|[úu]ter|sal[ıi]|火曜|星期二|[周週]二|화요일)/i,
  /^(?:wed|mittwoch|mercredi|mi[ée]rcoles|mercoled|woensdag|quarta|[śs]rod|onsdag|keskiviikko|st[řr]ed|çarşamba|水曜|星期三|[周週]三|수요일)/i,
  /^(?:thu|donnerstag|jeudi|jueves|gioved|donderdag|quinta|czwart|torsdag|torstai|čtvrt|perşembe|木曜|星期四|[周週]四|목요일)/i,
  /^(?:fri|freitag|vendredi|viernes|venerd|vrijdag|sexta|pi[ąa]t|fredag|perjantai|p[áa]tek|cuma(?!rtesi)|金曜|星期五|[周週]五|금요일)/i,
  /^(?:sat|samstag|samedi|s[áa]bado|sabato|zaterdag|sobot|l[öø]rdag|lauantai|cumartesi|土曜|星期六|[周週]六|토요일)/i,
  /^(?:sun|sonntag|dimanche|domingo|domenica|zondag|niedziel|s[öø]ndag|sunnuntai|ned[ěe]l|pazar|日曜|星期[日天]|[周週]日|일요일)/i,
];
const WEEKDAY_RANGE_JOIN = /^\s*(?:-|–|—|〜|~|～|到|至|から|부터|to|through|till|until|bis|à|au|a|al|hasta(?: el)?|do|t\/m|tot(?: en met)?|fino a|até|ate|till och med|til og med|až(?: do)?|sampai|hingga|đến|עד|إلى|до|по|έως|până (?:la|în)|–)\s*(?:(?:el|le|la|den|o|a)\s+)?$/iu;
const WEEKDAY_LIST_JOIN = /^\s*(?:,|and|und|et|y|e|i|och|og|ja|en|a|ve)\s*(?:(?:el|le|la|den|o)\s+)?$/i;

/** ANY_WEEKDAY, every match; built once (see allMatches). */
const EVERY_WEEKDAY = new RegExp(ANY_WEEKDAY.source, 'giu');
/**
 * The weekdays a sentence names, as spans (Monday = 0): "od poniedziałku do środy" is [[0, 2]], "lundi
 * et mercredi" [[0, 0], [2, 2]]. Null when they are joined by anything else.
 */
function weekdaysWritten(sentence: string): [number, number][] | null {
  const found = allMatches(EVERY_WEEKDAY, sentence)
    .map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, day: WEEKDAY_STEMS.findIndex((re) => re.test(m[0])) }));
  if (found.some((f) => f.day < 0)) return null;
  const spans: [number, number][] = [];
  for (let i = 0; i < found.length; i++) {
    const between = i > 0 ? sentence.slice(found[i - 1].end, found[i].at) : '';
    const last = spans[spans.length - 1];
    if (i > 0 && WEEKDAY_RANGE_JOIN.test(between) && found[i].day >= last[0]) last[1] = found[i].day;
    else if (i === 0 || WEEKDAY_LIST_JOIN.test(between)) spans.push([found[i].day, found[i].day]);
    else return null;
  }
  return spans;
}

/** Someone's whereabouts right before "this week": away, on leave, travelling, in a city ("at our Oslo office"). */
const AWAY_BEFORE =
  /(?<![^\P{L}]|\u03B9)(?:(?:is|am|are|i['’]m|he['’]s|she['’]s|we['’]re|they['’]re|will be|['’]ll be|being)\s+(?:out(?: of (?:the )?office)?|away|off|ooo|on (?:leave|holiday|vacation|pto|sick leave)|travell?ing|sick)|(?:\(|^\s*|[.!?\n]\s*|(?:i['’]m|i am|we['’]re|we are|he['’]s|she['’]s)\s+)(?:in|at)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?|(?:\(\s*|(?:i['’]m|i am|we['’]re|we are|he['’]s|she['’]s)\s+)(?:in|at)\s+(?:(?:our|the|my|his|her|their)\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?:\s+(?:office|offices|hq|headquarters|branch|site|plant|warehouse|store))?|(?:ist|bin|sind)\s+(?:nicht da|im urlaub|krank|unterwegs)|(?:est|suis)\s+(?:absente?|en cong[ée]|en vacances))\s*$/iu;

/** "like DEL-300 last month", "as we did last week": when an earlier request was, not which days to delete. */
const EARLIER_REQUEST_BEFORE = /(?<![\p{L}\d])[A-Z]{2,6}-\d{1,7}\s*,?\s*$|(?<![^\P{L}]|\u03B9)(?:like|as) (?:we|you) did\s*$|(?<![^\P{L}]|\u03B9)(?:wie|comme|como|come|zoals) (?:bei |pour |con |per |bij )?[A-Z]{2,6}-\d{1,7}\s*$/u;

/**
 * "following up on the tagging bug from last week. Could you delete …: - iOS App: 3 Dec 2026": a period in
 * a sentence that neither asks for a deletion nor speaks of data, when the request elsewhere gives dates
 * of its own, tells when something happened. Asked about, never added.
 */
function toldBesideDatedRequest(text: string, from: number, to: number, added: Reading['added'] = []): 'told' | 'asked' | null {
  const [a, b] = sentenceBounds(text, from, to);
  // "aus der KW 9/2027 löschen. In dieser Woche lief ein Lasttest": days already read (and so blanked) in
  // another sentence date the request as much as days still written out.
  const readElsewhere = added.some((r) => r.end <= a || r.at >= b);
  const sentence = text.slice(a, b);
  if (deleteVerbIn(sentence)) return null;
  const rest = `${text.slice(0, a)}\n${text.slice(b)}`;
  if (!deleteVerbIn(rest)) return null;
  // A day with its month is dated as well as one with its year: "…for November 10" needs no "last week".
  const dated = (s: string): boolean => /\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/u.test(s) || DAY_AND_MONTH_WRITTEN.test(s);
  if (DELETION_CONTEXT.test(sentence)) {
    // "Last week our data team found that the iOS App had sent duplicates on 28 January. Please delete that
    // day.", "…for 4 Feb. This week we also rotated all our data keys": a period in a sentence that speaks
    // of data but asks for nothing, beside a day written out in it or in the request, may be when the
    // finding or something else happened. Asked about, never added.
    return dated(`${sentence.slice(0, from - a)} ${sentence.slice(to - a)}`) || dated(rest) || readElsewhere ? 'asked' : null;
  }
  if (!dated(rest) && !readElsewhere) return null;
  // "Same for last week, please", "Last month too": a short sentence that adds the period to the request.
  return ALSO_WANTED.test(sentence) ? 'asked' : 'told';
}
/** "same for", "too", "as well", "also", "please": a sentence that asks for more of the same. */
const ALSO_WANTED = /(?<![^\P{L}]|\u03B9)(?:same (?:for|with|goes for|applies to)|too|as well|also|likewise|please|pls|auch|aussi|también|tambien|também|anche|ook|också|også|myös|też)(?![^\P{L}]|\u03B9)/iu;
/**
 * "from 12 to 15 last month", "vom 12. bis 9. letzten Monats", "12-го прошлого месяца": day numbers right
 * before the period name some of its days (or, written end first, none); read as the whole period they
 * deleted days nobody named.
 */
const DAY_NUMBERS_BEFORE =
  /(?<![\d.,:/])\d{1,2}(?:st|nd|rd|th|\.|-?(?:го|е))?\s*(?:(?:to|till|until|through|thru|and|bis|und|zum|au|et|al|y|a|e|t\/m|tot|en|по|до|и|[-–—])\s*(?:the\s+|den\s+|le\s+|el\s+|o\s+)?\d{1,2}(?:st|nd|rd|th|\.|-?(?:го|е))?\s*)?(?:of\s+(?:the\s+)?|des\s+|de\s+|del\s+|van\s+)?$/iu;
/**
 * "from 1 to 2 February 2026 - the old test build from last year": a whole year named relatively in a
 * sentence whose days are written with that very year says when those days were. Read as days to
 * delete, it widened two days to every day of the year.
 */
function restatesWrittenYear(text: string, from: number, to: number, period: DayRange): boolean {
  if (!period.from.endsWith('-01-01') || !period.to.endsWith('-12-31')) return false;
  const [a, b] = sentenceBounds(text, from, to);
  const years = [...`${text.slice(a, from)} ${text.slice(to, b)}`.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => m[0]);
  return years.length > 0 && years.every((y) => y >= period.from.slice(0, 4) && y <= period.to.slice(0, 4));
}
/**
 * "the same window as the iOS request last month", "repeat last month's deletion": a period at `at` inside
 * a reference to an earlier request whose days are not written (asked in askAboutReferredDays) dates that
 * request; read as the days to delete, it deleted a whole month.
 */
function datesReferredRequest(text: string, at: number): boolean {
  return referredDays(text).some((r) => at >= r.at && at < r.end);
}
/**
 * "since last week's sales offsite we see junk events": the period owns an occasion (a summit, an
 * offsite, a release), so it dates that occasion — beside a request with days of its own, no days to
 * delete. "last week's events", "last week's import" own data, and stay asked about.
 */
function datesAnOccasion(text: string, end: number): boolean {
  const owned = /^['’]s[^\S\n]+((?:[\p{L}-]+[^\S\n]+){0,2}[\p{L}-]+)/u.exec(text.slice(end, end + 60));
  if (owned === null || DELETION_CONTEXT.test(owned[1]) || DATA_BEFORE_FROM.test(owned[1]) || DATA_OWNED.test(owned[1])) return false;
  // "Last week's webinar signups need to go as well": the sentence asks for the occasion's data.
  const [a, b] = sentenceBounds(text, end, end);
  const sentence = text.slice(a, b);
  return !DELETE_VERB.test(sentence) && !ASKED_TO_GO.test(sentence);
}
/** What a period may own that is data or its delivery: "last week's test run", "last month's release build". */
const DATA_OWNED = /(?<![^\P{L}]|\u03B9)(?:runs?|builds?|loads?|jobs?|sync(?:s|hronisation)?|exports?|backfills?|migrations?|releases?|deploy(?:ment)?s?|outages?|incidents?|bugs?|issues?)(?![^\P{L}]|\u03B9)/iu;

/** "last week", "this week", "last month": the days of that period counted from the sender's day. */
function readRelativeRange(reading: Reading, re: RegExp, make: (day: string) => DayRange, note: string): void {
  const { out, mapped, today } = reading;
  const positions = allMatches(re, mapped.text).map((m) => m.index ?? 0);
  let n = 0;
  mapped.replace(re, (whole) => {
    const at = positions[n++] ?? 0;
    const before = mapped.text.slice(Math.max(0, at - 40), at);
    // "Ben is out this week", "(in NYC this week)": where someone is, not which days to delete.
    // "the source we added last month": when something was done, not which days to delete.
    if (AWAY_BEFORE.test(before) || EARLIER_REQUEST_BEFORE.test(before) || DONE_BEFORE.test(before) || datesReferredRequest(mapped.text, at)) return blank(whole);
    out.mentioned = true;
    // "…for Dec 1, same as last week", "Thanks for deleting Nov 30 last week", "as agreed in our call last
    // week": a period compared with, or when an earlier deletion or a call was; read as days to delete it
    // adds a week nobody asked for.
    const contact = contactBefore(before, '', true, (gap) => deleteVerbIn(gap) || DELETION_CONTEXT.test(gap));
    const beside = toldBesideDatedRequest(mapped.text, at, at + whole.length, reading.added);
    if (beside === 'told' || (beside === 'asked' && datesAnOccasion(mapped.text, at + whole.length)) || (today && restatesWrittenYear(mapped.text, at, at + whole.length, make(today)))) {
      out.notes.push(`"${whole}" tells when something happened, beside a request with dates of its own; not a day to delete`);
      return blank(whole);
    }
    if (beside === 'asked' || COMPARED_BEFORE.test(before) || contact || doneAlready(mapped.text, at, at + whole.length)) {
      const question = `"${whole}" is mentioned outside the deletion request — should those days be deleted too?`;
      out.ambiguities.push(question);
      // "The events of last week (1-7 Feb) are duplicates. Please delete them.": a period told beside a
      // request that deletes every day of it anyway asks nothing more.
      reading.outside.push({ question, monthDays: beside === 'asked' && today ? [...monthDaysOf(make(today))] : [] });
      return blank(whole);
    }
    const part = PART_OF_MONTH_BEFORE.exec(before) ?? FIRST_LAST_N_DAYS_OF.exec(mapped.original.slice(Math.max(0, mapped.originalAt(at) - 60), mapped.originalAt(at))) ?? DAY_NUMBERS_BEFORE.exec(before);
    // "先月の一部": the part written after the period.
    const partAfter = PART_OF_MONTH_AFTER.exec(mapped.text.slice(at + whole.length, at + whole.length + 8));
    if (partAfter) {
      out.ambiguities.push(`"${whole}${partAfter[0].trim()}" names only some days — which days exactly?`);
    } else if (part) {
      readPartOfPeriod(reading, whole, at, today ? make(today) : null, part[0]);
    } else if (SOME_DAYS_OF.test(before) || SOME_DAYS_OF_MORE.test(before) || someDaysInSentenceBefore(mapped.text, at, at + whole.length)) {
      // "on two days last week", "يومين الأسبوع اللي فات": some days of it, not the week — which ones?
      const some = before.match(SOME_DAYS_OF) ?? before.match(SOME_DAYS_OF_MORE) ?? [someDaysInSentenceBefore(mapped.text, at, at + whole.length) ?? ''];
      out.ambiguities.push(`"${some?.[0].trim()} ${whole}" names only some days — which days exactly?`);
    } else if (!today) {
      out.ambiguities.push(`"${whole}" is relative but the message has no date — which days are meant?`);
    } else if (ANY_WEEKDAY.test(sentenceAround(mapped.text, at, at + whole.length))) {
      // "od poniedziałku do środy w tym tygodniu", "de lundi à mercredi la semaine dernière": some
      // weekdays of the week, not all of it.
      const week = make(today);
      const spans = weekdaysWritten(sentenceAround(mapped.text, at, at + whole.length));
      const ranges = spans?.map(([a, b]) => ({ from: addDays(week.from, a), to: addDays(week.from, b) }));
      if (!ranges || ranges.length === 0 || ranges.some((r) => r.to > today || r.to > week.to)) out.ambiguities.push(`"${whole}" is written with weekdays — which days of it exactly?`);
      else for (const r of ranges) addRange(reading, r, whole, at, at + whole.length);
      reading.relativeUsed = true;
    } else if (!askedAheadOfClock(reading, make(today), whole)) {
      const r = make(today);
      addRange(reading, r, whole, at, at + whole.length);
      out.notes.push(`"${whole}" read as ${r.from} to ${r.to} (${note}, relative to the sender's day ${today})`);
      reading.relativeUsed = true;
    }
    return blank(whole);
  });
}

/** A Date header ahead of the real clock: its "last week" holds days that have not happened yet, so it is asked. */
function askedAheadOfClock(reading: Reading, period: DayRange, whole: string): boolean {
  if (!reading.nowDay || !reading.today || period.to <= reading.nowDay) return false;
  reading.out.ambiguities.push(`"${whole}" counts from the message date ${reading.today}, which is in the future — which days are meant?`);
  return true;
}

/**
 * "KW 10/2025", "Kalenderwoche 10", "week nr 10", "semaine 10", "settimana 10", "tydzień 10", "vecka 10",
 * "uge 10", "uke 10", "viikko 10", "2025-W10", "第10周": Monday to Sunday of that ISO week. Without a
 * year, the sender's year (a week still ahead is the future and asked about like any date). A bare
 * English "week 3" is left alone: "last week 3 events failed" must not become a week of January.
 */
const ISO_WEEK =
  /(?<![\p{L}\d])(?:(?:KW|CW|Kalenderwoche|calendar week|(?:ISO\s+)?week(?:\s+(?:nr\.?|no\.?|number))?|weeknummer|semaine|semana|settimana|tydzień|tydzien|tygodni[au]|vecka|veckan|uge|uke|viikko|viikolla)\s*(?:nr\.?|no\.?|number|nummer|n[º°.]|numero|numer)?\s*(\d{1,2})(?:\s*(?:\/|of|de|del|van|,|\((?:ISO(?:\s+week)?,?\s*)?)?\s*(\d{4})\)?)?|(\d{4})-?W(\d{2}))(?![\p{L}\d])|(?<!月の?\s*)第\s*(\d{1,2})\s*[周週]|(?<![\p{L}\d-])W(\d{1,2})\s+(\d{4})(?![\p{L}\d-])/giu;
/** "March 2027, week 2", "week 2 of March": a week counted inside a month, not a calendar week. */
const WEEK_OF_MONTH = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:(?:${MONTH_NAMES_RE})\\.?(?:\\s+\\d{4})?,?\\s+(?:week|wk)\\.?\\s*(?:#|no\\.?\\s*)?\\d(?!\\d)|(?:week|wk)\\.?\\s*(?:#|no\\.?\\s*)?\\d(?!\\d)\\s+(?:of|in)\\s+(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)(?:,?\\s+\\d{4})?)`,
  'giu',
);
/**
 * "week 43" with no year and no "KW"/"ISO"/"calendar": a calendar week only in a sentence asking for a
 * deletion (`today` null otherwise), if it ended within the last ten weeks (or is about to end), and
 * not "week 2 of the campaign".
 */
function plainWeekIsCalendarWeek(whole: string, week: number, today: string | null, after: string): boolean {
  if (!/^\s*week\s*\d/i.test(whole)) return true;
  if (!today || /^\s+of\s+(?!\d)/i.test(after)) return false;
  const range = isoWeekRange(Number(today.slice(0, 4)), week);
  return range !== null && range.to >= addDays(today, -70) && range.from <= addDays(today, 14);
}

function readIsoWeeks(reading: Reading): void {
  const { out, mapped, today } = reading;

  const positions = allMatches(ISO_WEEK, mapped.text).map((m) => m.index ?? 0);
  let n = 0;
  mapped.replace(ISO_WEEK, (whole, w1: string, y1: string, y2: string, w2: string, w3: string, w4: string, y3: string) => {
    const at = positions[n++] ?? 0;
    // "W48 2026" in capitals, with its year: a ticket "W49" or a size "w32" is no week.
    if (w4 && !/^\s*W/.test(whole)) return whole;
    const week = Number(w1 || w2 || w3 || w4);
    const written = y1 || y2 || y3;
    const [from, to] = sentenceBounds(mapped.text, at, at + whole.length);
    const asked = reading.title || DELETE_VERB.test(mapped.text.slice(from, to));
    if (!written && !plainWeekIsCalendarWeek(whole, week, asked ? today : null, mapped.text.slice(at + whole.length, at + whole.length + 12))) return whole;
    out.mentioned = true;
    if (!written && !today) {
      out.ambiguities.push(`"${whole.trim()}" has no year and the message has no date — which days are meant?`);
      return blank(whole);
    }
    const range = isoWeekRange(written ? Number(written) : Number((today as string).slice(0, 4)), week);
    const otherStart = otherWeekStart(mapped.text.slice(Math.max(from, at - 20), to));
    // "the incident days in week 19": days the week bounds, not all of it.
    const some = someDaysInSentenceBefore(mapped.text, at, at + whole.length);
    if (some) {
      out.ambiguities.push(`"${whole.trim()}" with "${some}" names only some of its days — which days exactly?`);
    } else if (otherStart) {
      out.ambiguities.push(`"${whole.trim()}" with "${otherStart}" is not an ISO week (Monday to Sunday) — which days exactly?`);
    } else if (!range) {
      out.ambiguities.push(`"${whole.trim()}" is not a calendar week — which days are meant?`);
    } else if ((today && range.to > today) || (reading.nowDay && range.to > reading.nowDay)) {
      out.ambiguities.push(`"${whole.trim()}" (${range.from} to ${range.to}) is not over by the message date: future data cannot be deleted — which days are meant?`);
    } else {
      addRange(reading, range, mapped.originalOf(at, at + whole.length), at, at + whole.length);
      out.notes.push(`"${whole.trim()}" read as the ISO week ${range.from} to ${range.to} (Monday to Sunday)`);
    }
    return blank(whole);
  });
}

/**
 * "先週の金曜日", "지난주 금요일", "上周五": a weekday of last week (Monday = 0 here), not the whole week —
 * read before the week alone ("先週") is. "先週の月曜日から水曜日まで" is Monday to Wednesday of last week
 * (chrono reads the two weekdays in this week), and so is "先週（月曜〜日曜）". "来週の月曜日" and
 * "今週の金曜日" name a weekday of next and of this week: chrono reads the weekday alone, in this week,
 * so a day still ahead would become a past Monday deleted in its place.
 */
const CJK_WEEKDAY = String.raw`(?:([月火水木金土日])(?:曜日|曜(?!日))|([월화수목금토일])요일|(?:周|週|星期|礼拜|禮拜)?([一二三四五六日天]))`;
const CJK_LAST_WEEK = String.raw`先週の?|先週\s*|지난\s?주\s*|上周|上週|上星期|上个星期|上個星期|上礼拜|上禮拜`;
const CJK_NEXT_WEEK = String.raw`来週の?|來週の?|다음\s?주\s*|下周|下週|下星期|下个星期|下個星期|下礼拜|下禮拜`;
const CJK_THIS_WEEK = String.raw`今週の?|이번\s?주\s*|本周|本週|这周|這週|这个星期|這個星期|这礼拜|這禮拜`;
const CJK_WEEKDAY_OF_WEEK = new RegExp(
  String.raw`(${CJK_LAST_WEEK}|${CJK_NEXT_WEEK}|${CJK_THIS_WEEK})(?:\s*[（(]\s*)?${CJK_WEEKDAY}(?:\s*(?:から|より|~|〜|～|-|–|부터|에서|到|至)\s*${CJK_WEEKDAY}(?:まで|까지)?)?(?:\s*[)）])?(?!\s*(?:から|より|~|〜|-|–|부터|에서|到|至))`,
  'gu',
);
const CJK_WEEKDAY_INDEX: Record<string, number> = {
  月: 0, 火: 1, 水: 2, 木: 3, 金: 4, 土: 5, 日: 6, 월: 0, 화: 1, 수: 2, 목: 3, 금: 4, 토: 5, 일: 6, 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 天: 6,
};
const CJK_DEADLINE_AFTER = /^\s*(?:까지|までに|まで|迄|前|之前|以前)/u;
/** The Monday of the week a CJK week word names, counted from the sender's day. */
function mondayOfCjkWeek(week: string, today: string): string {
  if (new RegExp(`^(?:${CJK_NEXT_WEEK})$`, 'u').test(week)) return addDays(currentIsoWeekSoFar(today).from, 7);
  if (new RegExp(`^(?:${CJK_THIS_WEEK})$`, 'u').test(week)) return currentIsoWeekSoFar(today).from;
  return previousIsoWeek(today).from;
}
function readCjkWeekdaysOfWeek(reading: Reading): void {
  const { out, mapped, today } = reading;
  const positions = allMatches(CJK_WEEKDAY_OF_WEEK, mapped.text).map((m) => m.index ?? 0);
  let n = 0;
  mapped.replace(CJK_WEEKDAY_OF_WEEK, (whole, week: string, ja: string, ko: string, zh: string, ja2: string, ko2: string, zh2: string) => {
    const at = positions[n++] ?? 0;
    // "다음 주 월요일까지 복구가 되지 않으면", "今週の金曜日までに": a deadline of this or next week is no day to delete.
    if (!new RegExp(`^(?:${CJK_LAST_WEEK})$`, 'u').test(week) && CJK_DEADLINE_AFTER.test(mapped.text.slice(at + whole.length))) return whole;
    out.mentioned = true;
    if (!today) {
      out.ambiguities.push(`"${whole}" is relative but the message has no date — which days are meant?`);
      return blank(whole);
    }
    const monday = mondayOfCjkWeek(week, today);
    const from = addDays(monday, CJK_WEEKDAY_INDEX[ja || ko || zh]);
    const to = ja2 || ko2 || zh2 ? addDays(monday, CJK_WEEKDAY_INDEX[ja2 || ko2 || zh2]) : from;
    if (to < from) {
      out.ambiguities.push(`"${whole}" ends before it starts — which days are meant?`);
    } else if (to > today) {
      out.ambiguities.push(`${to} is after the message date ${today}: future data cannot be deleted — which days are meant?`);
    } else {
      addRange(reading, { from, to }, whole, at, at + whole.length);
    }
    reading.relativeUsed = true;
    return blank(whole);
  });
}

// "Monday and Tuesday this week", "on Friday last week": those weekdays of that week, not all of it.
function readWeekdaysOfWeek(reading: Reading): void {
  const { out, mapped, today } = reading;
  if (!/week/i.test(mapped.text)) return;
  // "We had an issue last week. Could you delete Tuesday and Wednesday of that week?": the week named
  // before is the week of those days, and only those days are asked for.
  const back = THAT_WEEK.exec(mapped.text);
  const named = back ? allMatches(/(?<![^\P{L}]|\u03B9)(this|last|previous) week(?![\p{L}'’])/giu, mapped.text.slice(0, back.index)).pop() : undefined;
  if (back && named) {
    let k = 0;
    const before = allMatches(/(?<![^\P{L}]|\u03B9)(?:this|last|previous) week(?![\p{L}'’])/giu, mapped.text.slice(0, back.index)).length;
    mapped.replace(/(?<![^\P{L}]|\u03B9)(?:this|last|previous) week(?![\p{L}'’])/giu, (whole) => (++k === before ? blank(whole) : whole));
    mapped.replace(new RegExp(THAT_WEEK.source, 'giu'), (whole, days: string) => `${days} of ${named[1]} week`);
  }
  const positions = allMatches(WEEKDAYS_OF_WEEK, mapped.text).map((m) => m.index ?? 0);
  let n = 0;
  mapped.replace(WEEKDAYS_OF_WEEK, (whole, daysBefore: string, whichBefore: string, whichAfter: string, daysAfter: string) => {
    const at = positions[n++] ?? 0;
    out.mentioned = true;
    if (!today) {
      out.ambiguities.push(`"${whole}" is relative but the message has no date — which days are meant?`);
      return blank(whole);
    }
    const which = whichBefore || whichAfter;
    const monday = /^this$/i.test(which) ? currentIsoWeekSoFar(today).from : previousIsoWeek(today).from;
    for (const [first, last] of weekdaySpans(daysBefore || daysAfter)) {
      const range = { from: addDays(monday, first), to: addDays(monday, last) };
      if (range.to > today) {
        out.ambiguities.push(`${range.to} is after the message date ${today}: future data cannot be deleted — which days are meant?`);
        continue;
      }
      addRange(reading, range, whole.trim(), at, at + whole.length);
    }
    reading.relativeUsed = true;
    return blank(whole);
  });
}

const WEEKEND_WORD = /week-?end|wochenende|fin de semana|finde|fim de semana|fine settimana|helg|viikonlop|周末|週末|주말/i;
/** A day of a month written with its number: "31 October", "Oct 31", "31.10.". */
const DAY_AND_MONTH_WRITTEN = new RegExp(`\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)(?:${MONTH_NAMES_RE})\\.?\\s+\\d{1,2}(?!\\d)|\\d{1,2}\\.\\d{1,2}\\.|\\d{4}-\\d{2}-\\d{2}`, 'iu');
// "helgen som var" (Swedish, "the weekend that was"), "the weekend just gone": the last weekend too. Only
// the phrase ending its clause: "helgen som var planerad i november" is a weekend that was planned.
const LAST_WEEKEND =
  /(?<![^\P{L}]|\u03B9)(?:(?:the )?weekend before last|(?:das |am )?vorletzte[sn]? wochenende|l['’]avant-dernier week-?end|el fin de semana antepasado|(?:last|this past|over the|the past) weekend|(?:(?:vom|am) )?(?:letzte[sn]?|vergangene[sn]?) wochenende|am wochenende|(?:le|ce) week-?end(?: dernier)?|el (?:pasado )?fin de semana(?: pasado)?|(?:el )?finde(?: pasado)?|(?:het )?(?:afgelopen|vorige) weekend|(?:no )?fim de semana passado|(?:lo )?scorso (?:fine settimana|weekend)|(?:w )?(?:zeszły|ostatni) weekend|(?:i )?(?:förra|sidste|forrige) (?:helgen|weekend|helg)|(?:(?:för |over )?helgen som (?:var|gick|gikk)|weekenden (?:som|der) var)(?=[^\S\n]*(?:[.,;:!?)\n]|$))|(?:the )?weekend just gone|viime viikonloppuna)(?![^\P{L}]|\u03B9)|先週末|上周末|上週末|지난 주말/giu;

const WEEKEND_BEFORE_LAST = /before last|vorletzte|avant-dernier|antepasado/i;
/**
 * "last weekend", "am Wochenende", "先週末": the Saturday and Sunday before the sender's day. Written on a
 * Saturday or a Sunday it could be this weekend or the one before, so it is asked about.
 */
function readLastWeekend(reading: Reading): void {
  const { out, mapped, today } = reading;
  if (!WEEKEND_WORD.test(mapped.text)) return;
  const positions = allMatches(LAST_WEEKEND, mapped.text).map((m) => m.index ?? 0);
  let n = 0;
  // "for Saturday 31 October … left in demo mode over the weekend": with a date written, "over the
  // weekend" is that date's weekend, not the one before the message.
  const dated = DAY_AND_MONTH_WRITTEN.test(mapped.text);
  mapped.replace(LAST_WEEKEND, (whole) => {
    const at = positions[n++] ?? 0;
    if (dated && /^over the/i.test(whole.trim())) return whole;
    // "excepto el fin de semana (21 y 22)": the weekend of the days read, left out (subtractWeekends).
    if (WEEKEND_LEFT_OUT.test(mapped.text.slice(Math.max(0, at - 24), at + whole.length + 12))) return blank(whole);
    out.mentioned = true;
    const weekday = today ? (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7 : -1;
    if (!today || weekday >= 5) {
      out.ambiguities.push(`"${whole}" could be this weekend or the one before — which days are meant?`);
      return blank(whole);
    }
    // "the weekend before last": a week before the last one.
    const saturday = addDays(currentIsoWeekSoFar(today).from, WEEKEND_BEFORE_LAST.test(whole) ? -9 : -2);
    addRange(reading, { from: saturday, to: addDays(saturday, 1) }, whole.trim(), at, at + whole.length);
    reading.relativeUsed = true;
    return blank(whole);
  });
}

/** "Monday, Wednesday to Friday": the spans of weekdays written (Monday = 0), a range word joining two ends. */
function weekdaySpans(spec: string): [number, number][] {
  const spans: [number, number][] = [];
  let joinedByRange = false;
  for (const m of allMatches(/([a-z]+)\.?|(to|through|thru|until|till|-|–|—)/gi, spec)) {
    if (m[2] || /^(?:to|through|thru|until|till)$/i.test(m[1])) {
      joinedByRange = true;
      continue;
    }
    const day = WEEKDAYS.indexOf(m[1].slice(0, 3).toLowerCase());
    if (day < 0) continue;
    const previous = spans[spans.length - 1];
    if (joinedByRange && previous && day >= previous[0]) previous[1] = day;
    else spans.push([day, day]);
    joinedByRange = false;
  }
  return spans;
}

/** Every date chrono read, kept when it belongs to the deletion request; returns the exclusions found. */
function readChronoDates(reading: Reading, found: Found[], reference: { instant: Date; timezone: number }): Exclusion[] {
  const exclusions: Exclusion[] = [];
  let consumedUntil = -1;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    // Hours already read with the day before them ("4. Juni, von 10 bis 12 Uhr MESZ").
    if (f.index < consumedUntil) continue;
    const joined = joinWithNext(reading, found, i);
    if (!joined) {
      i++;
      continue;
    }
    // From here `i` is the last date taken (the end's, when joined): the checks look at the date before it.
    i += joined.used;
    const candidate = candidateAt(reading, found, i, f, joined.endResult, joined.shownEnd, exclusions);
    if (!candidate || !inDeletionRequest(reading, found, candidate)) continue;
    const read = rangeOf(reading, found, i, candidate, reference);
    if (!read) continue;
    if (read.consumedUntil !== null) consumedUntil = read.consumedUntil;
    const range = checkedRange(reading, found, i, candidate, read.range, read.shownEnd);
    if (!range) continue;
    addRange(reading, range, candidate.words, f.index, read.shownEnd);
    if (joined.exclusiveEnd) leaveOutEnd(reading, range, joined, f.end, exclusions);
  }
  return exclusions;
}

/** "Nov 10 up to (but not including) Nov 12": the end day read is left out, as if excepted; any other end is asked. */
function leaveOutEnd(reading: Reading, range: DayRange, joined: { endResult: chrono.ParsedComponents | null; shownEnd: number }, from: number, exclusions: Exclusion[]): void {
  const end = joined.endResult ? componentDay(joined.endResult) : null;
  const words = reading.mapped.originalOf(from, joined.shownEnd).replace(/^[\s,]+/, '');
  // "until just before the Nov 5 release": a moment on the end day, whose early hours may be meant.
  const moment = /(?<![^\P{L}]|\u03B9)(?:before|including|incl\.?|excluding|of)[\s)]+the\s+\S/iu.test(words) || MOMENT_AFTER.test(reading.mapped.text.slice(joined.shownEnd, joined.shownEnd + 24));
  if (end && end === range.to && range.from < end && !moment) exclusions.push({ from: end, to: end, text: words, yearKnown: true });
  else reading.out.ambiguities.push(`"${words}" leaves the end out — which days should be deleted?`);
}

/** What happens at a moment of a day: "the Nov 12 hotfix deploy", "Nov 5 release". */
const MOMENT_AFTER = /^\s*(?:\d{4}\s+)?(?:release|deploy\w*|hot-?fix|launch|migration|cut-?over|incident|outage|roll-?out|upgrade|update|change|fix|patch|maintenance|switch|go-?live|cut-?off|meeting|call|run|job|batch|import|sync|push|build|version)(?![^\P{L}]|\u03B9)/iu;

/**
 * The end of the date at `found[i]`: its own, or the next date's when the words between join them
 * (`used` 1: that date is taken). Null when the join leaves it open whether the days between count.
 */
function joinWithNext(reading: Reading, found: Found[], i: number): { endResult: chrono.ParsedComponents | null; shownEnd: number; used: number; exclusiveEnd?: boolean } | null {
  const { out, mapped } = reading;
  const text = mapped.text;
  const f = found[i];
  let used = 0;
  const next = found[i + 1];
  let endResult: chrono.ParsedComponents | null = f.result.end ?? null;
  let shownEnd = f.end;
  // Only between two days: "mellan 02:00 och 04:00 CET den 3 februari" is hours of one day (asked about elsewhere).
  const bothDays = next && f.result.start.isCertain('day') && next.result.start.isCertain('day');
  if (!endResult && next && !next.result.end && bothDays && saidBetween(text, f, next, mapped.originalOf(f.index, next.end))) {
    endResult = next.result.start;
    shownEnd = next.end;
    used = 1;
  } else if (
    // Not across a line: "Mobile 2 → 5 Feb\nServer → 6 Feb" are two list lines, each its own source's day.
    !endResult && next && !next.result.end && /^[^\S\n]*(?:\/|->|=>|→|⇒|~|～|〜)[^\S\n]*$/.test(text.slice(f.end, next.index)) &&
    f.result.start.isCertain('day') && next.result.start.isCertain('day') && nextDay(f.result.start, next.result.start)
  ) {
    // "2026-10-01/2026-10-02", "2026-11-23 -> 2026-11-24", "2026-11-20 ~ 2026-11-21": two days or the days
    // between them are the same two days ("or" is one of them, and stays asked).
    endResult = next.result.start;
    shownEnd = next.end;
    used = 1;
  } else if (
    !endResult && next && !next.result.end && UNSURE_JOIN.test(text.slice(f.end, next.index)) &&
    f.result.start.isCertain('day') && next.result.start.isCertain('day') && !cjkRangeMark(text, f.end, next.index)
  ) {
    // "15.07.2024 o 17.07.2024", "3. bzw. 5. März": two days, or the days between? We cannot tell.
    out.ambiguities.push(`"${mapped.originalOf(f.index, next.end)}" could be two days or the days between them — which days are meant?`);
    return null;
  } else if (!endResult && next && !next.result.end && closedInterval(mapped, f, next)) {
    // "[2026-11-10, 2026-11-12]", "(Nov 10, Nov 12]": an interval's days, or two days listed in brackets?
    out.ambiguities.push(`"${mapped.originalOf(f.index, next.end)}" could be two days or the days between them — which days are meant?`);
    return null;
  } else if (!endResult && next && !next.result.end && exclusiveEndJoin(text, f, next)) {
    // "Nov 10 up to (but not including) Nov 12", "[2026-11-10, 2026-11-12)": a range whose last day is left out.
    return { endResult: next.result.start, shownEnd: next.end, used: 1, exclusiveEnd: true };
  } else if (
    !endResult && next && !next.result.end && (RANGE_JOIN.test(text.slice(f.end, next.index)) || cjkRangeMark(text, f.end, next.index)) &&
    f.result.start.isCertain('day') && f.result.start.isCertain('month') && next.result.start.isCertain('day') && next.result.start.isCertain('month')
  ) {
    // "15/07/2024 a 17/07/2024", "July 15 to July 17, 2024": two dates joined by "to" are one range.
    endResult = next.result.start;
    shownEnd = next.end;
    used = 1;
  }
  return { endResult, shownEnd, used };
}

/**
 * Whether the words between `f` and `next` join them into a range that leaves its end out: "up to (but
 * not including)", "up to but excluding", "until just before", or the half-open interval "[a, b)". Read
 * as "to", the end day would be deleted; read as an exclusion, the days between would be dropped (red
 * team 6). A join word is needed: "Nov 10, excluding Nov 12" is one day and a day left out.
 */
function exclusiveEndJoin(text: string, f: Found, next: Found): boolean {
  const certain = (c: chrono.ParsedComponents): boolean => c.isCertain('day') && c.isCertain('month');
  if (!certain(f.result.start) || !certain(next.result.start)) return false;
  const between = text.slice(f.end, next.index);
  if (EXCLUSIVE_END_JOIN.test(between)) return true;
  return /^\s*[,;]\s*$/.test(between) && /\[\s*$/.test(text.slice(Math.max(0, f.index - 4), f.index)) && /^\s*\)/.test(text.slice(next.end, next.end + 4));
}
/**
 * "[a, b]" or "(a, b]": interval notation that keeps its end (a plain "(a, b)" is two days in brackets).
 * A window of instants ("[1798416000, 1798588799]", rewritten to days) is read as one, not asked.
 */
function closedInterval(mapped: MappedText, f: Found, next: Found): boolean {
  const text = mapped.text;
  if (/^\d{10,13}$/.test(mapped.originalOf(f.index, f.end).trim())) return false;
  return /[[(]\s*$/.test(text.slice(Math.max(0, f.index - 4), f.index)) && /^\s*[,;]\s*$/.test(text.slice(f.end, next.index)) && /^\s*\]/.test(text.slice(next.end, next.end + 4));
}
const EXCLUSIVE_END_JOIN =
  /^[\s,]*(?:(?:up\s*to|up\s+till|until|till|to|through|thru|-|–)\s*[(,]?\s*(?:but\s+)?(?:not\s+including|not\s+incl\.?|excluding|exclusive\s+of)\s*[),]?|(?:up\s+to|up\s+till|until|till|to)\s+(?:just\s+|right\s+|immediately\s+)?before)\s*(?:the\s+)?$/iu;

/** The date `f` as a candidate (`found[i]` is the last date it took), or null when it is no day to delete (recorded as an exclusion or a question where it says so). */
function candidateAt(reading: Reading, found: Found[], i: number, f: Found, endResult: chrono.ParsedComponents | null, shownEnd: number, exclusions: Exclusion[]): Candidate | null {
  const { out, mapped, today, scopeSpans } = reading;
  const text = mapped.text;
  const shownText = text.slice(f.index, shownEnd);
  const words = mapped.originalOf(f.index, shownEnd);
  out.mentioned = true;
  const start = f.result.start;
  const relative = !/\d/.test(shownText) && !MONTH_WORD.test(shownText);
  if (relative && !RELATIVE_DAY.test(shownText)) return null;
  // "a bot we only detected today": a relative day counts only when it is tied to the data or the
  // deletion ("data from yesterday", "yesterday's events", "delete what we sent yesterday").
  // A one-line answer under a ticket ("igår") is tied to the desk's question which days.
  if (relative && !reading.answer && !RELATIVE_TIED_BEFORE.test(text.slice(Math.max(0, f.index - 30), f.index)) && !/^['’]s\b|^\s*(?:data|events)/i.test(text.slice(shownEnd, shownEnd + 8))) {
    const [cf, ct] = bareItemClause(text, f.index, shownEnd);
    const clause = text.slice(cf, ct);
    const clauseFrom = mapped.originalAt(cf);
    const clauseTo = mapped.originalAt(Math.min(ct, text.length - 1)) + 1;
    const namesScopeHere = scopeSpans.some(([a, b]) => a < clauseTo && b > clauseFrom);
    if (!namesScopeHere && !DELETE_VERB.test(clause) && !/\b(?:sent|sendt|gesendet|bekommen|erhalten|received|got|envoy\w*|enviad\w*|recibi\w*|ingested|tracked|came in|arrived)\b/i.test(clause)) return relativeDayLeftOut(reading, { start, endResult, shownEnd, words, hasDay: true }, exclusions);
  }
  if (start.isCertain('year') && farPast(start.get('year') as number, today)) {
    farPastNoted(out, words);
    return null;
  }
  const hasDay = start.isCertain('day') || start.isCertain('weekday') || relative;
  const monthOnly = !hasDay && start.isCertain('month') && start.isCertain('year');
  if ((hasDay || start.isCertain('month')) && leftOut(reading, f, { start, endResult, shownEnd, words, hasDay, listed: listLeftOut(text, found, found.indexOf(f)) }, exclusions)) return null;
  if (hasDay && (stillNeededAfter(text.slice(shownEnd, shownEnd + 60)) === 'ask' || NO_LONGER_NEEDED_AFTER.test(text.slice(shownEnd, shownEnd + 40)))) {
    pushOnce(out.ambiguities, `"${mapped.originalOf(f.index, Math.min(text.length, shownEnd + 40)).split(/[.!?\n]/)[0].trim()}": is "${words}" still needed (kept), or to be deleted — which days should be deleted?`);
  }
  if (!hasDay && !monthOnly) {
    // A time written apart from its day ("March 3. Between 7 and 8 am PST") would move the UTC day.
    const prev = found[i - 1];
    if (start.isCertain('hour') && start.isCertain('timezoneOffset') && prev && f.index - prev.end < 40) {
      out.ambiguities.push(`"${words}" gives a time zone apart from the day — which UTC days are meant?`);
    }
    return null;
  }
  const lineBefore = text.slice(text.lastIndexOf('\n', f.index - 1) + 1, f.index);
  const field = fieldDate(lineBefore) ?? (timelineEntry(mapped.original, mapped.originalAt(f.index)) ? "an incident timeline's entry" : null);
  if (field) {
    out.notes.push(`"${words}" is ${field} (${lineBefore.trim()}), not a day to delete`);
    return null;
  }
  const letterDate = letterOwnDate(text, f.index, shownEnd, lineBefore);
  if (letterDate) {
    out.notes.push(`"${words}" is ${letterDate}, not a day to delete`);
    return null;
  }
  // "(the 2026-10-04 batch is ok)", "3 October was fine": a day said to be fine is no day to delete.
  const remark = fineRemark(text, shownEnd);
  if (remark === 'fine') {
    leaveOutFineDays(reading, { start, endResult, shownEnd, words, hasDay }, exclusions);
    return null;
  }
  if (remark === 'contrasted') out.ambiguities.push(`"${words}" is said to look fine, then another day is not — should "${words}" be deleted?`);
  return { f, start, endResult, shownEnd, shownText, words, relative, monthOnly };
}

/**
 * "vorgestern war in Ordnung", "the day before yesterday was fine", "yesterday can stay": a day told by
 * its distance from the sender's day, in a sentence of its own, is no day to delete — but the customer
 * says it is fine or kept, so it is left out of the days asked for, as a dated day said to be fine is.
 * Without this the remark was passed over with the untied day, and both days stayed complete.
 */
function relativeDayLeftOut(reading: Reading, at: { start: chrono.ParsedComponents; endResult: chrono.ParsedComponents | null; shownEnd: number; words: string; hasDay: boolean }, exclusions: Exclusion[]): null {
  const text = reading.mapped.text;
  const remark = fineRemark(text, at.shownEnd);
  const after = text.slice(at.shownEnd, at.shownEnd + 60);
  const kept = remark === 'fine' || KEEP_AFTER.test(after) || stillNeededAfter(after) === 'keep';
  if (kept && keepTakenBack(text, at.shownEnd)) reading.out.ambiguities.push(`"${at.words}" is said to stay out, then asked about or taken back — should "${at.words}" be deleted?`);
  else if (kept) leaveOutFineDays(reading, at, exclusions);
  else if (remark === 'contrasted') reading.out.ambiguities.push(`"${at.words}" is said to look fine, then another day is not — should "${at.words}" be deleted?`);
  return null;
}

/**
 * "Yesterday can stay out of it? No — yesterday too.": a remark asked as a question, or answered "no"
 * or "too" right after, does not keep the day; which days are meant is asked.
 */
function keepTakenBack(text: string, shownEnd: number): boolean {
  const tail = text.slice(shownEnd, shownEnd + 160);
  const end = tail.search(/[.!?\n]/);
  if (end < 0) return false;
  const next = tail.slice(end + 1, end + 60);
  return tail[end] === '?' || /^[\s\p{P}]*(?:no|nope|nein|non|nee|nej|nie|не)(?![^\P{L}]|\u03B9)/iu.test(next) || /^[^.!?\n]*(?<![^\P{L}]|\u03B9)(?:too|as well|also|auch|aussi|también|também|anche|ook|också|også|też)(?![^\P{L}]|\u03B9)/iu.test(next);
}

/**
 * A day said to be fine is left out. "March 6-7 turned out to be clean": a finding made after the days
 * were asked for takes them back; which days the customer still wants is asked.
 */
function leaveOutFineDays(reading: Reading, at: { start: chrono.ParsedComponents; endResult: chrono.ParsedComponents | null; shownEnd: number; words: string; hasDay: boolean }, exclusions: Exclusion[]): void {
  exclusionAt(reading, at.start, at.endResult, at.words, at.hasDay, exclusions);
  const finding = FOUND_LATER.exec(reading.mapped.text.slice(at.shownEnd, at.shownEnd + 40));
  if (finding) reading.out.ambiguities.push(`"${at.words}${finding[0].trimEnd()}" takes back days asked for — which days exactly should be deleted?`);
}

/**
 * Whether the words around the date `f` leave its days out ("except Dec 5", "Dec 5 should stay"); recorded
 * as an exclusion. After "before", "after", "until", "since" the date is a boundary, not a kept day:
 * "Anything before Dec 1 doesn't need to be deleted", "After Dec 3 everything looked normal again" keep
 * the days on the far side of it, taken out like an exclusion open at that end.
 */
function leftOut(reading: Reading, f: Found, at: { start: chrono.ParsedComponents; endResult: chrono.ParsedComponents | null; shownEnd: number; words: string; hasDay: boolean; listed: boolean }, exclusions: Exclusion[]): boolean {
  const text = reading.mapped.text;
  const { start, endResult, shownEnd, words, hasDay } = at;
  const after = text.slice(shownEnd, shownEnd + 60);
  const kept = KEEP_AFTER.test(after) || stillNeededAfter(after) === 'keep';
  const before = text.slice(Math.max(0, f.index - 24), f.index);
  const dayBoundary = !endResult && hasDay && start.isCertain('day');
  const boundary = dayBoundary ? (OPEN_START_BEFORE.exec(before) ?? AFTER_BEFORE.exec(before) ?? OPEN_BEFORE.exec(before)) : null;
  const day = boundary && (kept || saidFine(text, shownEnd)) ? componentDay(start) : null;
  if (boundary && day) {
    const side = OPEN_START_BEFORE.test(before) ? 'before' : AFTER_BEFORE.test(before) ? 'after' : 'from';
    const span = side === 'before' ? { from: '0001-01-01', to: addDays(day, -1) } : { from: side === 'after' ? addDays(day, 1) : day, to: '9999-12-31' };
    exclusions.push({ ...span, text: `${boundary[0].trim()} ${words}`, yearKnown: start.isCertain('year'), open: true });
    return true;
  }
  const before40 = text.slice(Math.max(0, f.index - 40), f.index);
  const takenBack = takenBackDay(text, f.index, shownEnd);
  const exclusionBefore = EXCLUSION_BEFORE.test(before40) && !keptInRequest(text, before40);
  if (!exclusionBefore && !kept && !at.listed && !takenBack && !butAfterEveryDay(text, f.index, shownEnd)) return false;
  const count = exclusions.length;
  exclusionAt(reading, start, endResult, words, hasDay, exclusions);
  if (REPLACED_BEFORE.test(before40)) for (const x of exclusions.slice(count)) x.replaced = true;
  if (takenBack) for (const x of exclusions.slice(count)) x.takenBack = true;
  if (CONTRASTED_BEFORE.test(before40)) for (const x of exclusions.slice(count)) x.contrasted = true;
  return true;
}
/**
 * "the days are March 4–6, not March 3–5", "4.–6. März, nicht 3.–5.": a bare "not" right after a day and
 * its comma sets the day after it against the one before — the alternative turned down, or a day cut out
 * of it (see subtractExclusions).
 */
const CONTRASTED_BEFORE = new RegExp(`[\\p{N}\\p{L}.)][\\s)]*[,;]\\s*${NOT}\\s+${DAY_WORDS_BEFORE}$`, 'iu');
/**
 * "Remove March 4 from the list", "take March 4 out of it", "we no longer need March 4 deleted": a day
 * taken back from the request (exclusionWords.ts). "Remove March 4" alone is a deletion.
 */
function takenBackDay(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(end, end + 40);
  const partCancelled = CANCEL_BEFORE_DAY.test(before) && PART_AFTER_DAY.test(after);
  return partCancelled || (TAKE_BACK_BEFORE_DAY.test(before) && TAKEN_OUT_AFTER_DAY.test(after)) || (NO_LONGER_NEED_BEFORE_DAY.test(before) && DELETION_NOT_NEEDED.test(after));
}
/** "cancel the April 7 part", "drop the 7th bit": a day's part of the request cancelled is taken back from it. */
const CANCEL_BEFORE_DAY = new RegExp(`(?<![^\\P{L}]|\\u03B9)${CANCEL_PART_VERB}\\s+${DAY_WORDS_BEFORE}$`, 'iu');
const PART_AFTER_DAY = new RegExp(String.raw`^\s*${PART_WORD}(?![^\P{L}]|\u03B9)`, 'iu');
const TAKE_BACK_BEFORE_DAY = new RegExp(`(?<![^\\P{L}]|\\u03B9)${TAKE_BACK_VERB}\\s+${DAY_WORDS_BEFORE}$`, 'iu');
const TAKEN_OUT_AFTER_DAY = new RegExp(`^${TAKEN_OUT_OF_REQUEST}`, 'iu');
const NO_LONGER_NEED_BEFORE_DAY = new RegExp(`(?<![^\\P{L}]|\\u03B9)${NO_LONGER_NEED}\\s+${DAY_WORDS_BEFORE}$`, 'iu');
const DELETION_NOT_NEEDED = new RegExp(`^${DELETION_NOT_NEEDED_AFTER}`, 'iu');
/**
 * "Take Android App off DEL-512, keep iOS App for March 3-5": "keep" a name (masked here, so blank) and
 * then the days, beside a part taken back, keeps that name in the request; its days are asked for.
 */
function keptInRequest(text: string, before: string): boolean {
  return KEEP_NAME_BEFORE_DAY.test(before) && PART_TAKEN_BACK_ANYWHERE.test(text);
}
const KEEP_NAME_BEFORE_DAY = new RegExp(`(?<![^\\P{L}]|\\u03B9)${KEEP}\\s{3,}${DAY_WORDS_BEFORE}$`, 'iu');
const PART_TAKEN_BACK_ANYWHERE = new RegExp(`${PART_TAKEN_BACK}|${DELETION_NO_LONGER_NEEDED}`, 'iu');
/**
 * "March 4 is no longer needed": the day's data is not needed (a reason to delete it), or its deletion is
 * not (taken back)? Asked, the day kept among those read.
 */
const NO_LONGER_NEEDED_AFTER = /^[\s,]*(?:is|are)\s+(?:now\s+)?(?:no\s+longer|not)\s+(?:needed|required|wanted)(?:\s+any\s*more)?(?![^\P{L}]|\u03B9)/iu;

/**
 * "every day of March but March 5", "all days from March 1 to 10 but the 5th": after words for every day
 * of a span, "but" before a day excepts it. Not when the day is added ("but the 5th too", "but also
 * March 12"): that "but" is a contrast, and the day is asked for.
 */
function butAfterEveryDay(text: string, at: number, end: number): boolean {
  if (!BUT_BEFORE_DAY.test(text.slice(Math.max(0, at - 24), at))) return false;
  const sentenceStart = Math.max(text.lastIndexOf('\n', at - 1), ...['.', '!', '?', ';'].map((c) => text.lastIndexOf(`${c} `, at - 1)));
  return EVERY_DAY.test(text.slice(sentenceStart + 1, at)) && CLAUSE_ENDS_AFTER.test(text.slice(end, end + 24));
}
/**
 * The day after "but" ends its clause ("every day of April but the 7th.", "…but April 7, thanks"):
 * "but April 7 especially", "but April 7 matters most", "but the 7th too" stress or add the day.
 */
const CLAUSE_ENDS_AFTER = /^[^\S\n]*(?:[.,;:!)\n]|$|(?:please|pls|thanks|thank\s+you)(?![^\P{L}]|\u03B9))/iu;
const BUT_BEFORE_DAY = new RegExp(`(?<![^\\P{L}]|\\u03B9)but\\s+${DAY_WORDS_BEFORE}$`, 'iu');
const EVERY_DAY = /(?<![^\P{L}]|\u03B9)(?:every(?:\s+single)?|each|all(?:\s+(?:the|of\s+the))?)\s+(?:days?|dates?)(?![^\P{L}]|\u03B9)/iu;

/**
 * "Delete Web for 1–4 Feb. The 1st and 2nd are actually correct.", "… Only the 4th.", "Korrektur: 5.
 * Februar": a sentence after the one whose days were read that names some of those days again, or gives
 * days under a correction label, narrows or replaces them. Read alone it kept the first days, or their
 * union, complete. Asked — unless the sentence plainly leaves all its days out ("Feb 3 should stay":
 * subtracted already), or names every day read again ("that is Feb 1, 2, 3 and 4").
 */
function askAboutLaterSentencesOfDays(reading: Reading, found: Found[]): void {
  const { out, mapped } = reading;
  const added = reading.added ?? [];
  if (added.length === 0 || out.ranges.length === 0) return;
  const text = mapped.text;
  const firstEnd = Math.min(...added.map((a) => laterSentenceBounds(text, a.at, a.end)[1]));
  const later = text.slice(firstEnd);
  const days = [...found.map((g) => [g.index, g.end]), ...[...allMatches(ORDINAL_DAY, later), ...allMatches(SUFFIXED_DAY, later)].map((m) => [firstEnd + (m.index ?? 0), firstEnd + (m.index ?? 0) + m[0].length])];
  const seen = new Set<number>();
  for (const [at, end] of days.filter(([at]) => at >= firstEnd).sort((x, y) => x[0] - y[0])) {
    const [from, to] = laterSentenceBounds(text, at, end);
    if (seen.has(from)) continue;
    seen.add(from);
    const earlier = added.filter((a) => a.end <= from).map((a) => a.range);
    if (earlier.length === 0) continue;
    const labelled = CORRECTION_LABEL.test(text.slice(from, at)) || CORRECTION_LABEL_ENDING.test(text.slice(Math.max(0, from - 80), from));
    // "Correction: only yesterday please", "nur gestern bitte": a day told by its distance names a day to
    // delete when the sentence corrects or restricts; elsewhere ("we saw it yesterday") it tells when.
    const spans = daysNamedIn(text, from, to, found, earlier, labelled || RESTRICTING.test(text.slice(from, to)));
    // "CAB approval:       CAB-2026-47 (approved 2026-11-24)": a form's field below the days field says
    // when something else happened; a correction label or a note ("PS: only the 4th") does not.
    if (!labelled && reaffirmed(reading, from, to)) continue;
    // A days field ("Dates: 2–3 Feb") is no other thing's date.
    const field = FIELD_LINE.exec(text.slice(from, at))?.[0];
    if (!labelled && field && !DAY_WORDS.test(field) && !DATE_LABEL_LINE.test(field)) continue;
    const overlaps = spans.some((x) => earlier.some((r) => exclusionIn(x, r)));
    const coversAll = earlier.every((r) => everyDayIn(r, (d) => spans.some((x) => exclusionIn(x, { from: d, to: d }) !== null)));
    const stillAsked = spans.some((x) => out.ranges.some((r) => exclusionIn(x, r)));
    if (((labelled && spans.length > 0) || (overlaps && !coversAll && stillAsked)) && !keepsWhatIsLeft(out.ranges, spans, earlier)) {
      const words = reading.input.slice(mapped.originalAt(from), mapped.originalAt(to)).replace(/\s+/g, ' ').trim().slice(0, 120);
      out.ambiguities.push(`"${words}" comes after the days asked for and names ${labelled ? 'other' : 'only some of those'} days — which days exactly should be deleted?`);
    }
  }
}

/**
 * "Korrektur: nur gestern bitte, vorgestern war in Ordnung": the later sentence names only days first asked
 * for, leaves some of them out in its own words (already subtracted), and every day still asked for is
 * one it names — what is left is what it keeps, so nothing is left to ask. A day it names that was never
 * asked for ("Correction: the 6th and 7th") still asks.
 */
function keepsWhatIsLeft(ranges: readonly DayRange[], spans: readonly Exclusion[], earlier: readonly DayRange[]): boolean {
  const within = (x: Exclusion, rs: readonly DayRange[]): boolean => everyDayIn(x, (d) => rs.some((r) => exclusionIn({ ...x, from: d, to: d }, r) !== null));
  const named = (d: string): boolean => spans.some((x) => exclusionIn(x, { from: d, to: d }) !== null);
  return spans.length > 0 && spans.every((x) => within(x, earlier)) && spans.some((x) => !within(x, ranges)) && ranges.every((r) => everyDayIn(r, named));
}

/**
 * "Delete iOS for 3 to 5 Feb — sorry, only the 4th", "3.–5. Februar, äh, nur den 4.", "с 3 по 5 февраля,
 * точнее только 4-го": the sentence breaks off after its days and names days again. The same correction
 * written as a sentence of its own is asked about (askAboutLaterSentencesOfDays); so is this one.
 */
function askAboutDaysRepairedMidSentence(reading: Reading): void {
  const { out, mapped } = reading;
  const text = mapped.text;
  const added = reading.added ?? [];
  if (out.ranges.length === 0 || out.ambiguities.some((a) => a.includes('corrects days written before it'))) return;
  for (const repair of selfRepairs(text)) {
    if (!added.some((a) => a.end <= repair.at && sameSentence(text, a.end, repair.at))) continue;
    const rest = restOfSentence(text, repair.end);
    if (!namesADay(rest) || adds(rest)) continue;
    const words = reading.input.slice(mapped.originalAt(repair.at), mapped.originalAt(repair.end + rest.length)).replace(/\s+/g, ' ').replace(/[\s.。]+$/u, '').slice(0, 80);
    out.ambiguities.push(`"${words}" corrects days written before it — which days exactly should be deleted?`);
    return;
  }
}

const FIELD_LINE = /^\s*(?!(?:p\.?\s?s|n\.?\s?b|note|btw)\s*:)[\p{L}][\p{L}()./&' -]{0,40}:\s/iu;

/**
 * "Dec 2 is fine to delete too", "Dec 2 looked fine at first, but it has the duplicates too": a later
 * sentence that asks for its days again (a deletion word not negated, or "too"), with no word restricting
 * them and no source of their own ("For Android App, delete just the 4th" gives that source other days).
 */
function reaffirmed(reading: Reading, from: number, to: number): boolean {
  const sentence = reading.mapped.text.slice(from, to);
  if (RESTRICTING.test(sentence)) return false;
  if (!TOO.test(sentence) && !(deleteVerbIn(sentence) && !NEGATED.test(sentence))) return false;
  const [a, b] = [reading.mapped.originalAt(from), reading.mapped.originalAt(to)];
  return !reading.scopeSpans.some(([x, y]) => x >= a && y <= b);
}
const NEGATED = new RegExp(NEGATED_DELETION, 'iu');

/**
 * "After Dec 3 everything looked normal again", "Anything before Dec 1 …", "starting from Feb 3": a day
 * that bounds the days on one side of it names those days, not itself (as leftOut reads it).
 */
function boundarySpan(before: string, day: string): DayRange | null {
  if (OPEN_START_BEFORE.test(before)) return { from: '0001-01-01', to: addDays(day, -1) };
  if (AFTER_BEFORE.test(before)) return { from: addDays(day, 1), to: '9999-12-31' };
  return OPEN_BEFORE.test(before) ? { from: day, to: '9999-12-31' } : null;
}

/** Whether `test` holds for every day of `r` (ranges of more than two years are taken as held). */
function everyDayIn(r: DayRange, test: (day: string) => boolean): boolean {
  if (r.to > addDays(r.from, 731)) return true;
  for (let d = r.from; d <= r.to; d = addDays(d, 1)) if (!test(d)) return false;
  return true;
}

/** The sentence around a span, ended also by a full stop of Chinese or Japanese ("…4日。只要2月3日。"). */
function laterSentenceBounds(text: string, from: number, to: number): [number, number] {
  const [a, b] = sentenceBounds(text, from, to);
  const start = Math.max(a, ...['。', '！', '？'].map((c) => text.lastIndexOf(c, from - 1) + 1));
  const ends = ['。', '！', '？'].map((c) => text.indexOf(c, to)).filter((i) => i >= 0 && i < b);
  return [start, ends.length > 0 ? Math.min(...ends) : b];
}

/**
 * The days a sentence names: its dates read, and its days without a month ("only the 4th", "только 3-е")
 * taken in the months of the days read before it.
 */
function daysNamedIn(text: string, from: number, to: number, found: Found[], earlier: DayRange[], relativeToo = false): Exclusion[] {
  const spans: Exclusion[] = [];
  for (const g of found) {
    // Days written out only: "now", "today" in a later sentence tell when, not which days.
    const counted = /\d/.test(g.text) || (relativeToo && RELATIVE_DAY.test(g.text) && !/^(?:today|now)$/i.test(g.text.trim()));
    if (g.index < from || g.end > to || !g.result.start.isCertain('day') || !counted) continue;
    const a = componentDay(g.result.start);
    const b = g.result.end?.isCertain('day') ? componentDay(g.result.end) : a;
    const open = a && !g.result.end ? boundarySpan(text.slice(Math.max(0, g.index - 24), g.index), a) : null;
    if (open) spans.push({ ...open, text: g.text, yearKnown: true });
    else if (a && b) spans.push({ from: a <= b ? a : b, to: a <= b ? b : a, text: g.text, yearKnown: g.result.start.isCertain('year') });
  }
  const sentence = text.slice(from, to);
  // "Start from 3 Feb.": chrono may read a day and month as an hour of the month; the words still name the day.
  for (const m of allMatches(DAY_MONTH_NAMED, sentence)) {
    const at = from + (m.index ?? 0);
    const month = monthNumber(m[2]);
    const year = m[3] ? Number(m[3]) : Number(earlier[0].from.slice(0, 4));
    const d = month ? dayOf(year, month, Number(m[1])) : null;
    if (d && !found.some((g) => at >= g.index && at < g.end && g.result.start.isCertain('day'))) spans.push({ from: d, to: d, text: m[0], yearKnown: m[3] !== '' && m[3] !== undefined });
  }
  for (const m of [...allMatches(ORDINAL_DAY, sentence), ...allMatches(SUFFIXED_DAY, sentence)]) {
    const at = from + (m.index ?? 0);
    if (found.some((g) => at >= g.index && at < g.end)) continue;
    const day = Number(/\d+/.exec(m[0])?.[0]);
    for (const ym of new Set(earlier.flatMap((r) => monthsBetween(r.from, r.to)))) {
      const d = dayOf(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), day);
      if (d && earlier.some((r) => r.from <= d && d <= r.to)) spans.push({ from: d, to: d, text: m[0], yearKnown: true });
    }
  }
  return spans;
}

/**
 * "except February 1 and February 2", "February 1, February 2 and February 3 should stay": a day in a list
 * whose exception word stands before its first day, or whose keep words follow its last, is left out
 * with the rest of the list (read alone, only the day beside the words was).
 */
function listLeftOut(text: string, found: Found[], i: number): boolean {
  if (i < 0) return false;
  for (let j = i; j > 0 && LIST_JOIN.test(text.slice(found[j - 1].end, found[j].index)); j--) {
    if (EXCLUSION_BEFORE.test(text.slice(Math.max(0, found[j - 1].index - 40), found[j - 1].index))) return true;
  }
  for (let j = i; j + 1 < found.length && LIST_JOIN.test(text.slice(found[j].end, found[j + 1].index)); j++) {
    const end = found[j + 1].end;
    if (KEEP_AFTER.test(text.slice(end, end + 60)) || saidFine(text, end)) return true;
  }
  return false;
}
const LIST_JOIN = new RegExp(`^\\s*(?:,|,?\\s*(?:${AND_WORDS}))\\s*(?:the\\s+)?$`, 'iu');

/** "after" right before a date (the open-start "before"/"until" and open-end "since" words have their own lists). */
const AFTER_BEFORE = /(?<![^\P{L}]|\u03B9)(?:after|later than|nach(?: dem)?|apr[eè]s(?: le)?|despu[ée]s del?|dopo(?: il)?)\s*(?:the\s+)?$/iu;

/**
 * "(the 2026-10-04 batch is ok)", "3 October was fine": the day is said to be fine. Not when the remark is
 * about everything else ("Dec 1-3 (everything else looks fine)", "(the rest is fine)"), nor when a "but"
 * takes it back ("Dec 3 looked normal in the dashboard, but the raw events are broken too").
 */
function saidFine(text: string, shownEnd: number): boolean {
  return fineRemark(text, shownEnd) === 'fine';
}
// The words of exclusionWords.ts's contrast guard, without its "before": "Nov 4th was fine (the hotfix
// was deployed that day before it got rolled back)" still says the day is fine.
const CONTRAST_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)${CONTRAST}(?![^\\P{L}]|\\u03B9)`, 'iu');
/**
 * What the words after a day say of it: `fine` ("Dec 3 looked normal"), `contrasted` when a contrast
 * names another day ("Dec 3 looked normal but Dec 4 is broken": is Dec 3 to go or stay?), or null (no
 * remark, a remark on everything else, or "…, but the raw events are broken too": the day goes).
 */
function fineRemark(text: string, shownEnd: number): 'fine' | 'contrasted' | null {
  const after = text.slice(shownEnd, shownEnd + 40);
  const m = FINE_AFTER.exec(after);
  if (!m || /^[\s,]*\(?(?:[\p{L}-]+\s+){0,2}(?:else|rest|other|others|remaining|otherwise)(?![^\P{L}]|\u03B9)/iu.test(after)) return null;
  const clause = /^[^.!?\n)]*/.exec(text.slice(shownEnd + m[0].length))?.[0] ?? '';
  const contrast = CONTRAST_WORD.exec(clause);
  if (!contrast) return 'fine';
  return /\d/.test(clause.slice(contrast.index)) ? 'contrasted' : null;
}

/**
 * Whether a sentence with a deletion verb holds a date of its own (worked out once per reading). A time
 * alone ("only this hour", "that night's data", "08:00–12:00") names no day: the day is the story's.
 */
function deletionSentenceHasDays(reading: Reading, found: Found[]): boolean {
  if (reading.requestDays === undefined) {
    const text = reading.mapped.text;
    reading.requestDays = found.some((g) => {
      const start = g.result.start;
      if (!start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('month')) return false;
      const [a, b] = sentenceBounds(text, g.index, g.end);
      return DELETE_VERB.test(text.slice(a, b));
    });
  }
  return reading.requestDays;
}

/**
 * "please delete acme-inc-eu / Android App for:\n1. 2026-11-02 to 2026-11-03\n2. 2026-11-04": a list's
 * items under a line that asks for the deletion and ends with a colon are that request's days. (A
 * table's rows are not: which column is "from" and which is "to" is not read, so they stay asked about.)
 */
function listedUnderRequest(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (!LIST_ITEM.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return false;
  const before = text.slice(Math.max(0, lineStart - 2_000), lineStart).split('\n').slice(0, -1);
  for (let k = before.length - 1, seen = 0; k >= 0 && seen < 15; k--, seen++) {
    const line = before[k];
    if (line.trim() === '' || LIST_ITEM.test(line)) continue;
    return /:\s*$/.test(line) && (DELETE_VERB.test(line) || DELETION_CONTEXT.test(line));
  }
  return false;
}
const LIST_ITEM = /^\s*(?:[-*•·–]\s|\d{1,2}[.)]\s|[a-h][.)]\s|\(\w\)\s)/u;

/**
 * "Please delete Web for Dec 26, the bug started on Dec 25", "… because we deployed a bad build on Dec 25",
 * "(we noticed it on Dec 28)": a day in a clause of its own that tells what happened, after a day the
 * sentence asks to delete, is context; so is one in a sentence of its own that tells what happened, when
 * another asks for the deletion with days. Asked about like a day outside the request, never added.
 */
function describedBesideRequest(reading: Reading, found: Found[], c: Candidate, [sentenceFrom, sentenceTo]: [number, number], answers: boolean): boolean {
  const text = reading.mapped.text;
  const sentence = text.slice(sentenceFrom, sentenceTo);
  // "…for 30 October. We first noticed the broken events on October 31.": a sentence of its own that tells
  // what happened, when another sentence asks for the deletion with days of its own. So is any sentence
  // that neither asks (no deletion verb, no "too", "also", "please") nor answers (a list's item, a day
  // alone, a days field, a correction), whatever its verb or language: "our data plan invoice was issued
  // on 28 January", "The data freeze … is on 11 February", "Проблему в данных мы заметили 5 февраля".
  const toldApart = !deleteVerbIn(sentence) && !INCLUDE_WORDS.test(sentence) && deletionSentenceHasDays(reading, found) && (EVENT_WORDS.test(sentence) || (!answers && !ALSO_WANTED.test(sentence)));
  const before = text.slice(sentenceFrom, c.f.index);
  // A bracket closed before the day closes its clause too: "from Dec 1 (when we deployed the bad SDK) through Dec 3".
  const cut = Math.max(...allMatches(CLAUSE_OPENING, before).map((m) => (m.index ?? 0) + m[0].length), before.lastIndexOf(')') + 1 || -1, -1);
  const own = text.slice(sentenceFrom + Math.max(cut, 0), c.shownEnd);
  const askedEarlier = cut >= 0 && found.some((g) => g.index >= sentenceFrom && g.index < sentenceFrom + cut) && deleteVerbIn(before.slice(0, cut));
  const toldBeside = askedEarlier && EVENT_WORDS.test(own) && !deleteVerbIn(own) && !DELETION_CONTEXT.test(own);
  if (!toldApart && !toldBeside) return false;
  askAboutOutside(reading, c.words, c.start, c.endResult);
  return true;
}

/**
 * "We noticed duplicate iOS App events on 5 February … The duplicates themselves came in on 3 February.
 * Please delete them.": when the request's sentence has no days of its own, the story's days are the
 * request's — but a day whose own clause tells when someone noticed, reviewed or reported the problem
 * (`OBSERVED`), beside a day another clause gives the data, is when the story happened. Read as a day to
 * delete it would be deleted unasked; asked about instead. "We noticed bad data on 3 Feb, please delete
 * that day" has no other day, and keeps it.
 */
function observedBesideStory(reading: Reading, found: Found[], c: Candidate, [sentenceFrom, sentenceTo]: [number, number]): boolean {
  const text = reading.mapped.text;
  const sentence = text.slice(sentenceFrom, sentenceTo);
  if (deleteVerbIn(sentence) || INCLUDE_WORDS.test(sentence) || deletionSentenceHasDays(reading, found)) return false;
  const observed = (at: number, end: number): boolean => OBSERVED.test(wordsDating(text, found, at, end));
  if (!observed(c.f.index, c.shownEnd)) return false;
  // The data's day: in another clause ("two teams reported bad data: Dec 1-5 and Dec 3-8" names both in
  // one), a day of its own ("while reconciling last year's numbers we found…" has none), not observed.
  const [from, to] = ownClause(text, [sentenceFrom, sentenceTo], c.f.index, c.shownEnd);
  const dataDay = (g: Found): boolean => (g.end <= from || g.index >= to) && (g.result.start.isCertain('day') || g.result.start.isCertain('month')) && !observed(g.index, g.end);
  if (!found.some(dataDay)) return false;
  askAboutOutside(reading, c.words, c.start, c.endResult);
  return true;
}

/**
 * The words that tell what a day dates: those before it, back to its clause's start or the date before
 * it ("The data of 3 Feb was flagged by our analyst on 5 Feb": "flagged" dates 5 Feb, not 3 Feb); for a
 * day written first ("On 5 Feb we noticed…", "2月5日に発見"), those after it up to the next date.
 */
function wordsDating(text: string, found: Found[], at: number, end: number): string {
  const [from, to] = ownClause(text, sentenceBounds(text, at, end), at, end);
  const before = text.slice(Math.max(from, ...found.filter((g) => g.end <= at).map((g) => g.end)), at);
  if ((before.match(/\p{L}{2,}/gu) ?? []).length >= 2) return before;
  return text.slice(end, Math.min(to, ...found.filter((g) => g.index >= end).map((g) => g.index)));
}

/**
 * The clause a day stands in: from the last clause opening or "that" before it ("Last week our team found
 * that the app had sent duplicates on 28 Jan" dates the sending) to the next one after it.
 */
function ownClause(text: string, [sentenceFrom, sentenceTo]: [number, number], at: number, end: number): [number, number] {
  const before = text.slice(sentenceFrom, at);
  const openings = [...allMatches(CLAUSE_OPENING, before), ...allMatches(COMPLEMENT, before)].map((m) => (m.index ?? 0) + m[0].length);
  const after = text.slice(end, sentenceTo);
  const next = [CLAUSE_OPENING, COMPLEMENT].map((re) => new RegExp(re.source, 'iu').exec(after)?.index ?? after.length);
  return [sentenceFrom + Math.max(0, ...openings), end + Math.min(...next)];
}
/** Words that open a clause told as what someone found or said: "that", "dass", "que", "что". */
const COMPLEMENT = /(?<![^\P{L}]|\u03B9)(?:that|dass|daß|que|che|dat|att|что)\s/giu;

/**
 * Asks whether a day named outside the request is meant too. A day the request asks for anyway ("Then on
 * Nov 6 a flag flipped … please remove Nov 6 through Nov 8") settles the question later.
 */
function askAboutOutside(reading: Reading, words: string, start: chrono.ParsedComponents, endResult: chrono.ParsedComponents | null, settledByDaysRead = true): void {
  if (aheadOfMessage(reading.today, start)) {
    reading.out.notes.push(`"${words}" is after the message date: an appointment or a deadline, not a day to delete`);
    return;
  }
  const question = `"${words}" is mentioned outside the deletion request — should that day be deleted too?`;
  reading.out.ambiguities.push(question);
  if (!settledByDaysRead) return;
  const monthDay = (p: chrono.ParsedComponents | null): string | null => (p && p.isCertain('day') && p.isCertain('month') ? componentDay(p)?.slice(5) ?? null : null);
  const monthDays = [monthDay(start), monthDay(endResult)].filter((d): d is string => d !== null);
  const lastWeekday = endResult ? null : weekdayJustPast(reading.today, start);
  reading.outside.push({ question, monthDays: monthDays.length === (endResult ? 2 : 1) ? monthDays : lastWeekday ? [lastWeekday] : wholeMonthDays(start, endResult) });
}

/**
 * "Quick background: on Monday we shipped the release … please delete 19–21 April": a weekday alone told
 * as background is the last such day before the message (month and day, "04-19"). When the request's
 * days hold it, asking whether it is meant too asks about a day already asked for; any other Monday the
 * writer might have meant is still not added, only the question settled.
 */
function weekdayJustPast(today: string | null, start: chrono.ParsedComponents): string | null {
  if (!today || start.isCertain('day') || start.isCertain('month') || !start.isCertain('weekday')) return null;
  const back = (new Date(`${today}T00:00:00Z`).getUTCDay() - (start.get('weekday') as number) + 7) % 7 || 7;
  return addDays(today, -back).slice(5);
}

/**
 * "Our contract renews on March 1 and the QBR is on February 24, so I'd like the duplicates gone before
 * then": a day outside the request that lies after the message date holds no data yet, so it cannot be a
 * day the customer forgot to ask for. A day without a year counts as ahead when this year's lies within
 * the next three months (the reading the days of a request ask about); further off it is last year's.
 */
function aheadOfMessage(today: string | null, start: chrono.ParsedComponents): boolean {
  if (!today || !start.isCertain('day') || !start.isCertain('month')) return false;
  const yearKnown = start.isCertain('year');
  const day = dayOf(yearKnown ? (start.get('year') as number) : Number(today.slice(0, 4)), start.get('month') as number, start.get('day') as number);
  return day !== null && day > today && (yearKnown || day <= addDays(today, 92));
}

/**
 * "misconfigured the whole of October. Please delete … all of October 2026": a month described before the
 * request names it is settled only when the request deletes every day of it, so each day is listed.
 */
function wholeMonthDays(start: chrono.ParsedComponents, endResult: chrono.ParsedComponents | null): string[] {
  if (endResult || start.isCertain('day') || !start.isCertain('month')) return [];
  const month = start.get('month') as number;
  const year = start.isCertain('year') ? (start.get('year') as number) : 2000;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`);
}
/**
 * A day in the request's own sentence that dates something else: earlier contact or an event ("Per our
 * call on Monday, please delete Dec 1-2", "… for Dec 1-2 as agreed with Tom on Monday", "Bezugnehmend auf
 * unser Telefonat vom 30.11."), or a deletion already done ("Nov 30 was already deleted by your team",
 * "Thanks for deleting Nov 30"). The sentence has deletion words, so the check for a sentence without them
 * never sees it; read as a day to delete it would be deleted unasked. Asked about, never added.
 */
function datesSomethingElse(reading: Reading, c: Candidate, sentenceFrom: number): boolean {
  const text = reading.mapped.text;
  // chrono keeps the "on " of "on Monday" in the day's own words.
  const lead = /^(?:on|am|el|le|il|em|op|den|på|last|this past|previous)\s+/iu.exec(c.shownText)?.[0] ?? '';
  const before = text.slice(Math.max(sentenceFrom, c.f.index - 160), c.f.index) + lead;
  const contact = contactBefore(before, text.slice(c.shownEnd, c.shownEnd + 30), c.relative, (gap) => deleteVerbIn(gap) || DELETION_CONTEXT.test(gap));
  if (!contact && !doneAlready(text, c.f.index, c.shownEnd)) return false;
  // "Dec 1-3. Dec 2 we already deleted ourselves": a day reported done is set apart from the days asked
  // for even when they hold it, so its question stays (a call's day inside them settles nothing more).
  askAboutOutside(reading, c.words, c.start, c.endResult, contact !== null);
  return true;
}
const DONE_ALREADY_ALL = new RegExp(DONE_ALREADY.source, 'giu');
/**
 * Whether the clause around a day reports that day's deletion as done: words of a deletion done with no
 * asking word between them and the day. "Thanks for deleting Nov 30 please delete Dec 1 too" (no comma)
 * has done Nov 30 and asks for Dec 1.
 */
function doneAlready(text: string, from: number, to: number): boolean {
  const [a, b] = clauseBounds(text, from, to);
  // A Japanese sentence ends at 。 with no space after it, which sentenceBounds does not take as an end.
  const start = Math.max(a, text.lastIndexOf('。', from - 1) + 1);
  const clause = text.slice(start, b);
  const day: [number, number] = [from - start, to - start];
  for (const m of allMatches(DONE_ALREADY_ALL, clause)) {
    // Before the day, the words between them; after it ("Nov 30 was already deleted"), all before them:
    // "Please delete Dec 1 like last time" asks for Dec 1.
    const asking = m.index < day[0] ? clause.slice(m.index + m[0].length, day[0]) : clause.slice(0, m.index);
    if (!ASKING.test(asking)) return true;
  }
  return false;
}
/** "…so please include that day", "add Dec 4 too": a sentence adding its day to the request. */
const INCLUDE_WORDS = /(?<![^\P{L}]|\u03B9)(?:include|including|add|as well|too|also delete|einschlie(?:ß|ss)\p{L}*|dazu|inclu\p{L}*|ajout\p{L}*|aggiung\p{L}*|a[ñn]ad\p{L}*|incluy\p{L}*|toevoeg\p{L}*|meenemen|ook)(?![^\P{L}]|\u03B9)/iu;
/** Where a clause of its own begins: a comma, a semicolon, a dash or a bracket, or a word giving a reason. */
const CLAUSE_OPENING = /[,;(]|\s[-–—]\s|(?<![^\P{L}]|\u03B9)(?:because|since|as|when|after|weil|da|nachdem|parce que|car|porque|ya que|perché|omdat|eftersom|fordi|koska|ponieważ)\s/giu;
/** What happened on a day: "the bug started", "it broke", "we deployed", "we noticed it". */
const EVENT_WORDS = /(?<![^\P{L}]|\u03B9)(?:start(?:ed|s)?|began|begun|broke|broken|happen(?:ed|s)?|notic(?:ed|e)|deploy(?:ed)?|shipp?ed|releas(?:ed)?|launch(?:ed)?|went (?:live|down|wrong)|fail(?:ed)?|crash(?:ed)?|occurr(?:ed)?|introduc(?:ed)?|caus(?:ed)?|fixed|rolled (?:back|out)|discovered|found|seen|spotted|detected|begann|passiert|bemerkt|ausgerollt|commencé|remarqué|déployé|empezó|comenzó|notamos|desplegamos|iniziato|notato|begon|opgemerkt)(?![^\P{L}]|\u03B9)/iu;

/** A form's field for the days: "| Window (UTC) | 2026-12-08 .. 2026-12-09 |", "Time window: …", "Zeitfenster: …". */
const WINDOW_FIELD = /^\s*\|?\s*[*_]*(?:(?:time|deletion|data)\s+)?(?:window|zeitfenster|ventana|tidsf[öo]nster|fen[êe]tre)[*_]*\s*(?:\((?:utc|gmt|z)\))?\s*[:|]/iu;
/** Whether the candidate's sentence is about the deletion and the date can be read; asks when not. */
function inDeletionRequest(reading: Reading, found: Found[], c: Candidate): boolean {
  const { out, mapped, today, scopeSpans } = reading;
  const text = mapped.text;
  const { f, start, endResult, shownEnd, words, relative } = c;
  // "our workspace was deleted on 1 December 2020": when something happened, not a day to delete.
  if (notADayToDelete(text.slice(Math.max(0, f.index - 60), f.index))) return false;
  const [sentenceFrom, sentenceTo] = sentenceBounds(text, f.index, shownEnd);
  const sentence = text.slice(sentenceFrom, sentenceTo);
  if ((AWAY.test(sentence) || AWAY_MORE.test(sentence)) && !DELETE_VERB.test(sentence)) return false;
  const origFrom = mapped.originalAt(sentenceFrom);
  const origTo = mapped.originalAt(Math.min(sentenceTo, text.length - 1)) + 1;
  // A sentence naming the source counts as the request's ("Android: Nov 3 and 5") only when no sentence
  // asking for the deletion has days of its own: "Our Android app crashed on Nov 3. Please delete the
  // Android data for Nov 5" asks about the 3rd.
  const namesScope = scopeSpans.some(([a, b]) => a < origTo && b > origFrom) && !deletionSentenceHasDays(reading, found);
  let rest = sentence;
  for (const g of found) if (g.index >= sentenceFrom && g.end <= sentenceTo) rest = rest.slice(0, g.index - sentenceFrom) + ' '.repeat(g.end - g.index) + rest.slice(g.end - sentenceFrom);
  // A day alone ("2nd of March") answers which days — unless a sentence asking for the deletion has days
  // of its own: then a date alone on its line above it ("December 1, 2026") is the letter's, asked about.
  const bareAnswer = rest.replace(ANSWER_FILLER_MORE, ' ').replace(ANSWER_FILLER, '') === '' && !DATE_LABEL_LINE.test(rest) && !deletionSentenceHasDays(reading, found);
  // "…in the night of 4 March our ingestion replayed a queue. Please delete the affected data.": asked for next.
  const nextEnd = sentenceBounds(text, Math.min(sentenceTo + 2, text.length), Math.min(sentenceTo + 2, text.length))[1];
  const nextSentence = text.slice(sentenceTo + 1, nextEnd);
  // …unless that sentence names days of its own: then those are the days, and this one is context.
  // ("Can you remove that night's data?": chrono's "night" is a time of no day, no day of its own.)
  const nextHasDays = found.some((g) => g.index > sentenceTo && g.index < nextEnd && (g.result.start.isCertain('day') || g.result.start.isCertain('weekday') || g.result.start.isCertain('month')));
  const referredTo = !nextHasDays && DELETE_VERB.test(nextSentence) && AFFECTED_DATA.test(nextSentence);
  const listed = listedUnderRequest(text, f.index);
  const windowField = WINDOW_FIELD.test(sentence);
  if (!reading.title && !DELETION_CONTEXT.test(sentence) && !DELETE_VERB.test(sentence) && !namesScope && !bareAnswer && !referredTo && !listed && !CORRECTION.test(sentence) && !windowField) {
    setAsideOutsideDay(reading, c, [sentenceFrom, sentenceTo], rest, scopeSpans.some(([a, b]) => a < origTo && b > origFrom));
    return false;
  }
  const answers = listed || bareAnswer || windowField || CORRECTION.test(sentence) || DATE_LABEL_LINE.test(sentence);
  if (describedBesideRequest(reading, found, c, [sentenceFrom, sentenceTo], answers)) return false;
  if (!answers && observedBesideStory(reading, found, c, [sentenceFrom, sentenceTo])) return false;
  if (datesSomethingElse(reading, c, sentenceFrom)) return false;
  if ((relative || (!start.isCertain('year') && !(endResult?.isCertain('year') ?? false))) && !today) {
    out.ambiguities.push(`"${words}" needs the message date to be read, but the message has no Date header — which days are meant?`);
    return false;
  }
  // "Tuesday, March 4, 2024" when 4 March 2024 is a Monday: the weekday or the date is a typo.
  const contradicted = [start, endResult].find((c) => c && !relative && c.isCertain('weekday') && c.isCertain('day') && c.isCertain('year') && new Date(`${componentDay(c)}T00:00:00Z`).getUTCDay() !== c.get('weekday'));
  if (contradicted) {
    out.ambiguities.push(`"${words}": ${componentDay(contradicted)} is not a ${WEEKDAY_EN[contradicted.get('weekday') as number]} — which day is meant?`);
    return false;
  }
  return true;
}

/**
 * A day in a sentence that is not about the deletion: a meeting's, one already dealt with, one the
 * writer says to ignore, or one told as the writer's life around the request ("we had our quarterly
 * review with the board on 15 January", backgroundDays.ts) is left out with a note; any other is asked
 * about. `rest` is the sentence with its days blanked; `namesScope` whether it names the scope.
 */
function setAsideOutsideDay(reading: Reading, c: Candidate, [sentenceFrom, sentenceTo]: [number, number], rest: string, namesScope: boolean): void {
  const text = reading.mapped.text;
  const sentence = text.slice(sentenceFrom, sentenceTo);
  const [clauseFrom, clauseTo] = ownClause(text, [sentenceFrom, sentenceTo], c.f.index, c.shownEnd);
  const clause = text.slice(clauseFrom, clauseTo);
  const setAside = (why: string): void => {
    reading.out.notes.push(`"${c.words}" is ${why}, not a day to delete`);
    reading.background.add(c.f.index);
  };
  // "Staging am 19.11. war auch betroffen, aber das ist schon erledigt": a day already dealt with.
  // "I sent an invite for Thursday Nov 26 at 10:00 CET": a meeting's day, not data's — unless the
  // sentence tells of trouble on it ("right after our webinar on 9 March bots created fake orders").
  const meeting = MEETING.test(sentence) && !tellsOfTrouble(sentence);
  if (ALREADY_DEALT_WITH.test(sentence) || meeting) setAside(meeting ? 'the day of a meeting' : 'a day already dealt with');
  // "(it mentions 1 Oct 2026, ignore that)": the writer says the day is none of the request's.
  else if (IGNORE_IT.test(sentence)) setAside('a day the message says to ignore');
  // "we had our quarterly review with the board on 15 January": the writer's life, no day of data
  // ("… and the invoice is also still open" says "also" of the invoice, not of a day to delete).
  else if (toldAsBackground(rest) && !ALSO_WANTED.test(clause) && !namesScope && !occasionAskedFor(rest, `${text.slice(0, sentenceFrom)} ${text.slice(sentenceTo)}`)) setAside('told as background (nothing in its sentence is about data)');
  else askAboutOutside(reading, c.words, c.start, c.endResult);
}

/**
 * Words around a month that take only some of its days. "the first three days of October 2026" and "the
 * last 2 days of September" count days from one end of the month, exactly; "early", "mid-", "the first
 * week of", "Anfang", "fin", "上旬" name a part nobody can count: the caller asks. Null: the whole month.
 */
function partOfMonth(before: string, after: string, month: DayRange): { range: DayRange; words: string } | { words: string; after?: boolean } | null {
  const counted = FIRST_LAST_N_DAYS_OF.exec(before);
  if (counted) {
    const range = countedDaysOf(counted, month);
    return range ? { words: counted[0].trim(), range } : { words: counted[0].trim() };
  }
  const part = PART_OF_MONTH_BEFORE.exec(before);
  if (part) return { words: part[0].trim() };
  const written = PART_OF_MONTH_AFTER.exec(after);
  return written ? { words: written[0].trim(), after: true } : null;
}

/**
 * "с первого по третье мая 2027" in words no reader took: "мая" is the form May takes after a day, so
 * what stands alone is a date's month, never all its days ("весь май", "в мае", "im Mai" are the month).
 */
function dayLeftUnread(original: string, at: number): boolean {
  const word = /^\p{L}+/u.exec(original.slice(at, at + 40))?.[0];
  if (word === undefined) return false;
  const before = original.slice(Math.max(0, at - 40), at);
  const after = original.slice(at + word.length, at + word.length + 40);
  // "marca i kwietnia 2025": months listed together are each a whole month (rewriteMonthSpans), whatever their case.
  if (isMonthName(MONTH_LISTED_BEFORE.exec(before)?.[1] ?? '') || isMonthName(MONTH_LISTED_AFTER.exec(after)?.[1] ?? '')) return false;
  return monthFormAfterDay(word, before, after);
}
const MONTH_LISTED_BEFORE = /(\p{L}+)\.?\s*(?:,|and|und|et|y|e|en|i|a|och|og|ja|и|і|та|й)\s+$/iu;
const MONTH_LISTED_AFTER = /^\.?\s*(?:,|and|und|et|y|e|en|i|a|och|og|ja|и|і|та|й)\s+(\p{L}+)/iu;

/** The days of a month written alone: all of them, or the part the words around it count; null when asked. */
function monthDays(reading: Reading, c: Candidate): DayRange | null {
  const { out, mapped } = reading;
  const { start, words, shownEnd } = c;
  const month = monthRange(start.get('year') as number, start.get('month') as number);
  const at = mapped.originalAt(c.f.index);
  const part = partOfMonth(mapped.original.slice(Math.max(0, at - 60), at), mapped.text.slice(shownEnd, shownEnd + 8), month);
  // "the affected days in April 2027", "May 2027 (only the days with the spike)": days the month bounds.
  const some = part ? null : someDaysInSentenceBefore(mapped.original, at, mapped.originalAt(shownEnd));
  if (some) {
    out.ambiguities.push(`"${words}" with "${some}" names only some of its days — which days exactly?`);
    return null;
  }
  if (part && !('range' in part)) {
    // "early October", "the first week of October", "Anfang Oktober", "10月上旬": some of its days, never all.
    out.ambiguities.push(`"${'after' in part && part.after ? `${words}${part.words}` : `${part.words} ${words}`}" names only part of the month — which days exactly?`);
    return null;
  }
  if (!part && dayLeftUnread(mapped.original, at)) {
    out.ambiguities.push(`"${words}" is written the way a month follows its day, and no day was read before it — which days of ${monthNameEn(start.get('month') as number)}?`);
    return null;
  }
  const range = part?.range ?? month;
  out.notes.push(part ? `"${part.words} ${words}" read as ${range.from} to ${range.to}` : `"${words}" read as the whole month ${range.from} to ${range.to}`);
  return range;
}

/** The UTC days of a candidate: a whole month, a time of day widened to its days, or days in a zone. */
function rangeOf(
  reading: Reading,
  found: Found[],
  i: number,
  c: Candidate,
  reference: { instant: Date; timezone: number },
): { range: DayRange; shownEnd: number; consumedUntil: number | null } | null {
  const { out, mapped } = reading;
  const text = mapped.text;
  const { start, endResult, shownText, words, monthOnly } = c;
  let shownEnd = c.shownEnd;
  let consumedUntil: number | null = null;
  const sentence = text.slice(...sentenceBounds(text, c.f.index, c.shownEnd));
  let range: DayRange;
  if (monthOnly) {
    const whole = monthDays(reading, c);
    if (!whole) return null;
    range = whole;
  } else if (start.isCertain('hour') || (endResult?.isCertain('hour') ?? false) || timeAfter(text, shownEnd) || timeBefore(found, i, text)) {
    const zoned = zoneOfHours(reading, sentence, start, words);
    if (!zoned) return null;
    const { zone, shown } = zoned;
    const shift = (d: Date): Date => new Date(d.getTime() - (zone ?? 0) * 60_000);
    let from = shift(start.date());
    // "from November 3 22:00 to November 4 02:00 CET": chrono placed the end alone; it is not shifted twice.
    let to = endResult ? (endResult.isCertain('timezoneOffset') && !start.isCertain('timezoneOffset') ? endResult.date() : shift(endResult.date())) : from;
    const before = !start.isCertain('hour') ? timeBefore(found, i, text) : null;
    const times = !start.isCertain('hour') ? (timeAfter(text, shownEnd) ?? before) : null;
    if (times) {
      const hours = hoursOfTheDay(start, times, zone);
      if (!hours) return null;
      ({ from, to } = hours);
      if (times !== before) shownEnd = consumedUntil = times.end;
    }
    if (hoursEndBeforeStart(from, to, times ?? null, start, endResult)) {
      out.ambiguities.push(`"${words}" ends before it starts — which hours are meant?`);
      return null;
    }
    const whole = coversWholeUtcDays(from, to);
    if (to > from && to.getUTCHours() === 0 && to.getUTCMinutes() === 0) to = new Date(to.getTime() - 1);
    range = { from: utcDay(from), to: utcDay(to) };
    if (whole) {
      // "2025-03-03 00:00 UTC to 2025-03-04 23:59:59 UTC": the hours are the bounds of whole UTC days.
      out.notes.push(`"${words}" starts and ends on UTC midnight: the whole UTC days ${range.from} to ${range.to}`);
      return { range, shownEnd, consumedUntil };
    }
    if (shown) out.notes.push(`"${words}" is in a time zone ${shown > 0 ? '+' : '-'}${String(Math.floor(Math.abs(shown) / 60)).padStart(2, '0')}:${String(Math.abs(shown) % 60).padStart(2, '0')} from UTC`);
    // Whole UTC days are more than the hours asked for: taken with this note, never silently (the
    // confirmation and the card show it next to the days; the customer confirms them).
    out.notes.push(`"${words}" has a time of day: only whole UTC days can be deleted, so it is read as the UTC days ${range.from} to ${range.to}`);
    out.ambiguities.push(widened(words, range));
  } else {
    const days = dayRangeOf(out, text, c, sentence, shownText, reference, reading.senderOffset, zoneSaidApart(reading));
    if (!days) return null;
    range = days;
  }
  return { range, shownEnd, consumedUntil };
}

/**
 * The zone of hours: written as a zone zoneOffset() knows, chrono's own reading (then `zone` is 0: its
 * dates are already in UTC), or an abbreviation of several zones read as the sender's own when their
 * Date line is in one of them ("IST" from +05:30 is India's). `shown`: the offset to name in the note.
 * Null when asked: a zone that cannot be placed.
 */
function zoneOfHours(reading: Reading, sentence: string, start: chrono.ParsedComponents, words: string): { zone: number | null; shown: number | null } | null {
  const chronoZone = start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') as number) : null;
  const own = writtenZone(sentence, componentDay(start), reading.senderOffset, chronoZone !== null);
  // "All times below are CET.": hours that name no zone of their own are in the zone said apart.
  const apart = chronoZone === null && own.offset === null && !own.asked ? zoneSaidApart(reading) : null;
  const written = apart ? writtenZone(apart, componentDay(start), reading.senderOffset) : own;
  if (written.asked) {
    reading.out.ambiguities.push(written.several
      ? `"${words}": "${written.asked}" names more than one time zone — which one is meant?`
      : `"${words}" is in a time zone we cannot place ("${written.asked}") — which UTC days, or which time zone, is meant?`);
    return null;
  }
  // chrono applied its own reading of the abbreviation: only the difference to the sender's zone is left.
  if (written.several && chronoZone !== null && written.offset !== null) return { zone: written.offset - chronoZone, shown: written.offset };
  return { zone: written.offset, shown: written.offset };
}

/**
 * The zone a sentence is written in, for the hours or the day in it: an abbreviation of several zones
 * is the sender's own when their Date line is in one of them (else `asked` names it); a zone
 * zoneOffset() knows; one it cannot place (`asked`); or none (offset null). `placedByChrono`: chrono
 * read the zone itself, so only an abbreviation of several zones is looked at.
 */
function writtenZone(sentence: string, day: string | null, senderOffset: number | null, placedByChrono = false): { offset: number | null; several: boolean; asked: string | null } {
  const several = severalZones(sentence);
  if (several) {
    const own = senderOffset !== null && several.offsets.includes(senderOffset) ? senderOffset : null;
    return { offset: own, several: true, asked: own === null ? several.abbreviation : null };
  }
  if (placedByChrono) return { offset: 0, several: false, asked: null };
  const offset = zoneOffset(sentence, day);
  return { offset, several: false, asked: offset === null ? unplacedZone(sentence) : null };
}

/**
 * A sentence or a line that says which zone the message's dates are in, apart from them: "All dates
 * below are in CET.", "Note all our dates are in Singapore time.", "These are Melbourne dates, our
 * dashboards run on local time.", "The day is by our India time (UTC+5:30)." Those days are the
 * sender's local days, which two UTC days each cover; read as UTC days they would miss hours of them,
 * with no word said. Only words about the dates or the days count (a signature's "Berlin, CET" does not),
 * and not a time of day with its zone ("the bug started at 10:00 CET"), which dates one moment.
 */
function zoneSaidApart(reading: Reading): string | null {
  if (reading.zoneApart !== undefined) return reading.zoneApart;
  reading.zoneApart = null;
  // "The dates I give are UTC days, though our team works on CET", "Nov 3 (UTC)": UTC said plainly wins.
  if (!ABOUT_THE_DATES.test(reading.mapped.text) || PLAIN_UTC.test(reading.mapped.text)) return null;
  for (const piece of reading.mapped.text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!ABOUT_THE_DATES.test(piece) || CLOCK_TIME.test(piece.replace(ZONE_AS_OFFSET, ' '))) continue;
    const zone = writtenZone(piece, null, reading.senderOffset);
    if ((zone.offset !== null && zone.offset !== 0) || zone.asked) {
      reading.zoneApart = piece;
      break;
    }
  }
  return reading.zoneApart;
}
/** UTC or GMT written as the zone itself, not as the base of an offset ("UTC+1", "GMT -5"). */
const PLAIN_UTC = /(?<![^\P{L}]|\u03B9)(?:UTC|GMT)(?![\p{L}\d])(?!\s*[+\-−]\s*\d)/u;
const ABOUT_THE_DATES = /(?<![^\P{L}]|\u03B9)(?:dates?|days?|times|hours|time\s?zone|tz)(?![^\P{L}]|\u03B9)/iu;
const ZONE_AS_OFFSET = /(?:utc|gmt)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?/giu;

/**
 * A clock time in the sentence of a date, unless it stands in brackets that do not hold the date:
 * "Nov 6 and Nov 7 (the 5th is fine, it shipped at 23:00)" gives no hours to the 6th or the 7th.
 */
function clockOfTheDay(sentence: string, dateText: string): RegExpExecArray | null {
  const clock = CLOCK_TIME.exec(sentence);
  if (!clock) return null;
  const open = sentence.lastIndexOf('(', clock.index);
  const close = sentence.indexOf(')', clock.index);
  const aside = open >= 0 && close >= 0 && sentence.lastIndexOf(')', clock.index) < open ? sentence.slice(open, close + 1) : null;
  return aside !== null && !aside.includes(dateText) ? null : clock;
}

/** The days of a candidate written without hours; asked about when hours or a zone stand near it. */
function dayRangeOf(
  out: DateExtraction,
  text: string,
  c: Candidate,
  sentence: string,
  shownText: string,
  reference: { instant: Date; timezone: number },
  senderOffset: number | null,
  zoneApart: string | null,
): DayRange | null {
  const { start, endResult, words } = c;
  const from = componentDay(start);
  const to = endResult ? componentDay(endResult) : from;
  if (!from || !to) return null;
  const range = endResult && writtenReversed(shownText, from, reference) ? { from: to, to: from } : { from, to };
  // "de 10:00 a 12:00 hora de Madrid del 4 de marzo": hours no reading joined to the day are still
  // hours — the day alone would be wider than asked, and taking it silently looks complete.
  // The words right after the date too: "godz." ends a sentence for sentenceBounds.
  const clock = clockOfTheDay(sentence, c.f.text) ?? CLOCK_TIME.exec(text.slice(c.shownEnd, c.shownEnd + 24)) ?? DOTTED_HOURS.exec(sentence);
  if (clock && range.from <= range.to) {
    // The hours are not joined to the day, so which of its UTC days they fall on is not known: with a
    // zone written, the local day's UTC days on both sides are covered (and asked about).
    const written = writtenZone(sentence, range.from, senderOffset);
    if (written.asked) {
      out.ambiguities.push(`"${words}, ${clock[0].trim()}" is in a time zone we cannot place ("${written.asked}") — which UTC days, or which time zone, is meant?`);
      return null;
    }
    const zone = written.offset ?? 0;
    // "8 December 2026, full UTC day (00:00-24:00 UTC)": the hours are the whole UTC day.
    if (zone === 0 && WHOLE_DAY_HOURS.test(sentence)) {
      out.notes.push(`"${words}" comes with the hours of its whole UTC day`);
      return range;
    }
    const covered = hoursCovered(range, sentence, zone) ?? { from: zone > 0 ? addDays(range.from, -1) : range.from, to: zone < 0 ? addDays(range.to, 1) : range.to };
    out.notes.push(`"${words}" comes with a time of day ("${clock[0].trim()}"): only whole UTC days can be deleted`);
    out.ambiguities.push(widened(`${words}, ${clock[0].trim()}`, covered));
    return covered;
  }
  const { offset: dayZone, said, asked } = zoneOfTheDay(sentence, c.relative ? null : text.slice(c.shownEnd, c.shownEnd + 40), range, senderOffset, zoneApart);
  if (asked) {
    out.ambiguities.push(`"${words}" is a day ${asked} — which UTC days are meant?`);
    return null;
  }
  if (!dayZone || range.from > range.to) return range;
  const covered = dayZone > 0 ? { from: addDays(range.from, -1), to: range.to } : { from: range.from, to: addDays(range.to, 1) };
  out.notes.push(`"${words}" is a day in a time zone ${dayZone > 0 ? 'ahead of' : 'behind'} UTC${said}: it covers the UTC days ${covered.from} to ${covered.to}`);
  out.ambiguities.push(widened(words, covered));
  return covered;
}

/**
 * The zone a day without hours is in, with where it was said: "3 March, Tokyo time, the whole day" in its
 * own sentence; "All dates below are in CET." apart, for every day of the message that names no zone of
 * its own; "for Feb 3, Hawaii", "(we're in Sydney)": a place whose local day it is. A local day covers
 * two UTC days. `afterDate`: the words after the day, null for a day counted from the sender's own
 * ("yesterday"), whose calendar the Date line already gives. `asked`: why it cannot be placed, as the
 * question says it.
 */
function zoneOfTheDay(sentence: string, afterDate: string | null, range: DayRange, senderOffset: number | null, zoneApart: string | null): { offset: number | null; said: string; asked: string | null } {
  const own = writtenZone(sentence, range.from, senderOffset);
  const apart = own.offset === null && !own.asked && zoneApart ? writtenZone(zoneApart, range.from, senderOffset) : null;
  const { offset, asked } = apart ?? own;
  const said = apart ? ` (said apart: "${zoneApart?.trim()}")` : '';
  if (asked) return { offset: null, said, asked: `in a time zone we cannot place ("${asked}")${said}` };
  const place = offset === null && afterDate !== null && range.from <= range.to ? placeOfTheDay(sentence, afterDate, range.from) : null;
  if (!place) return { offset, said, asked: null };
  const at = ` (counted at "${place.words}")`;
  return { offset: place.offset, said: at, asked: place.offset === null ? `counted at a place whose time zone we cannot place ("${place.words}")` : null };
}

/**
 * The range with the year a date without one is read in: the year written at its end ("March 1 through
 * March 2, 2024"), else the latest year not after the message date. Null when asked: a day with no month,
 * or a year-less day a few weeks ahead of the message.
 */
/** "we're off for Midsummer on", "I'll be on leave from", "ich bin im Urlaub vom": the sender away on the days after it. */
const ABSENCE_LEAD =
  /(?<![^\P{L}]|\u03B9)(?:we['’]re|i['’]m|we are|i am|we['’]ll be|i['’]ll be|we will be|i will be)\s+(?:off|away|out(?: of (?:the )?office)?|on (?:leave|holiday|vacation|pto))(?:\s+(?:for|over)\s+[\p{L}'’]{2,20}(?:\s+[\p{L}'’]{2,20})?)?\s+(?:on|from|between)\s*$|(?<![^\P{L}]|\u03B9)(?:bin|sind)\s+(?:im urlaub|nicht da)\s+(?:am|vom)\s*$/iu;
function awayOnTheseDays(reading: Reading, c: Candidate, out: DateExtraction, words: string): boolean {
  if (!ABSENCE_LEAD.test(reading.mapped.text.slice(Math.max(0, c.f.index - 60), c.f.index))) return false;
  out.notes.push(`"${words}" is after the message date: an appointment or a deadline, not a day to delete`);
  return true;
}

function askedAhead(reading: Reading, c: Candidate, words: string): null {
  const question = `"${words}" has no year: this year it is still ahead, last year it is long past — which days are meant?`;
  reading.out.ambiguities.push(question);
  markedAhead(reading, c, question);
  return null;
}

function withYear(reading: Reading, c: Candidate, read: DayRange): DayRange | null {
  const { out, today } = reading;
  const { start, endResult, words, relative, monthOnly } = c;
  let range = read;
  if (!relative && !monthOnly && start.isCertain('day') && !start.isCertain('month')) {
    // "do 5" (a German weekday and a day) in a Portuguese sentence: a day with no month is never
    // placed in the current month silently.
    out.ambiguities.push(`"${words}" has no month — which day is meant?`);
    return null;
  }
  const endYearKnown = endResult?.isCertain('year') ?? false;
  if (!start.isCertain('year') && endYearKnown && !monthOnly && !/\d{4}/.test(words) && RELATIVE_DAY.test(words)) {
    // "desde el 30 de diciembre hasta ayer" written on 3 January: no year is written, the end is the
    // sender's yesterday, so the start is the latest such day not after it (the December just past).
    const sameYear = `${range.to.slice(0, 4)}${range.from.slice(4)}`;
    range = { from: sameYear <= range.to ? sameYear : `${Number(range.to.slice(0, 4)) - 1}${range.from.slice(4)}`, to: range.to };
    reading.relativeUsed = true;
    out.notes.push(`"${words}" has no year: read as ${range.from} to ${range.to}, the latest such start before its end`);
  } else if (!start.isCertain('year') && endYearKnown && !monthOnly) {
    // "March 1 through March 2, 2024": the year written once belongs to both ends. Never another year
    // to make a backwards range fit ("September 10 to September 5, 2024" is a typo to ask about).
    range = { from: `${range.to.slice(0, 4)}${range.from.slice(4)}`, to: range.to };
  } else if (!start.isCertain('year') && !relative && today && endResult?.isCertain('month') && start.isCertain('month') && (start.get('month') as number) > (endResult.get('month') as number)) {
    // "Dec 28 to Jan 3" without a year crosses a new year: the latest such days before the message.
    const endDay = componentDay(endResult)?.slice(5) ?? range.to.slice(5);
    const toYear = `${today.slice(0, 4)}-${endDay}` <= today ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
    range = { from: `${toYear - 1}-${range.from.slice(5)}`, to: `${toYear}-${endDay}` };
    // "Dec 28 to Jan 3" written on 20 November: last winter's, or the one a few weeks ahead? Asked.
    // Written on 28 December itself, the coming one starts today.
    const ahead = `${Number(range.from.slice(0, 4)) + 1}${range.from.slice(4)}`;
    if (ahead >= today && ahead <= addDays(today, 92)) {
      out.ambiguities.push(`"${words}" has no year: the coming one is still ahead, the last one almost a year past — which days are meant?`);
      return null;
    }
    // Only a short span: "September 10 to March 5" is more likely two ends swapped than half a year.
    if (addDays(range.from, 45) < range.to) {
      out.ambiguities.push(`"${words}" has no year and ends in an earlier month than it starts — which days are meant?`);
      return null;
    }
    // Written in August, last winter's days are months past: the ends may be swapped or another winter
    // meant, and which year each end is in is the customer's to say. In the months after the holidays it is plain.
    if (range.to < addDays(today, -YEAR_WRAP_RECENT_DAYS)) {
      out.ambiguities.push(`"${words}" has no year and crosses a new year — ${range.from} to ${range.to}, or other days?`);
      return null;
    }
    out.notes.push(`"${words}" has no year and crosses a new year: read as ${range.from} to ${range.to}, the latest such days not after the message date`);
  } else if (!start.isCertain('year') && !relative && today) {
    const sameYear = `${today.slice(0, 4)}${range.from.slice(4)}`;
    // "We're off for Midsummer on June 25-26": the sender's own days away, still ahead — no data's days.
    // "March 20-21" written on 10 March: ten days ahead, or almost a year ago? A person would ask.
    if (sameYear > today && sameYear <= addDays(today, YEARLESS_AHEAD_ASKED_DAYS)) return awayOnTheseDays(reading, c, out, words) ? null : askedAhead(reading, c, words);
    // "3. bis 5. Dez. 2024" read without its year by a form that stops at the dot: never this year's days.
    range = shiftYearToPast(range, today);
    const yearAfter = YEAR_RIGHT_AFTER.exec(reading.mapped.text.slice(c.f.end, c.f.end + 12));
    if (yearAfter && yearAfter[1] !== range.from.slice(0, 4)) {
      out.ambiguities.push(`"${words}" is followed by the year ${yearAfter[1]}, which was not read with it — which days are meant?`);
      return null;
    }
    out.notes.push(`"${words}" has no year: read as ${range.from.slice(0, 4)}, the latest year not after the message date`);
  }
  return range;
}

/**
 * "Delete tvos in helios-media from Jan 3.": English "from" a day, with no end after it, where the words
 * before it in the sentence name no data, may mean that day or every day since — read as the one day it
 * deletes too little or the wrong days, so it is asked. Where they do ("the events from 4 February",
 * "iOS data from Jan 5", "the data of our webshop source in Tulpen Tech from 9 November") the day is an
 * attribute of that data: that day's data. A list of days or a time of day after it is read on its own.
 */
function fromWithoutEnd(reading: Reading, found: Found[], i: number, at: number, shownEnd: number): boolean {
  const { mapped } = reading;
  const text = mapped.text;
  if (!/(?<![^\P{L}]|\u03B9)from\s+$/iu.test(text.slice(Math.max(0, at - 8), at))) return false;
  const [sentenceFrom] = sentenceBounds(text, at, shownEnd);
  // Read with the catalog's names, which the dates are read without: "the events from" names data.
  const before = reading.input.slice(mapped.originalAt(sentenceFrom), mapped.originalAt(at)).replace(/(?<![^\P{L}]|\u03B9)from\s+$/iu, '');
  // "the orders from Jan 12", "the sessions from": a plural noun right before it is records of that day too.
  if (DATA_BEFORE_FROM.test(before) || /(?<![^\P{L}]|\u03B9)\p{Ll}{3,}s(?<!ss|us|is|os|as)\s*$/u.test(before)) return false;
  const after = text.slice(shownEnd, shownEnd + 32);
  const next = found[i + 1];
  if (next && next.index - shownEnd < 16 && /^\s*(?:,|&|\+|and|or)\s*(?:the\s+)?$/i.test(text.slice(shownEnd, next.index))) return false;
  return !TIME_AFTER_FROM.test(after);
}
/** Words of data ("the events from", "iOS data from"): the day after "from" says which of it. */
const DATA_BEFORE_FROM = /(?<![^\P{L}]|\u03B9)(?:data|events?|records?|logs?|entries|traffic|hits|rows|duplicates|payloads?|messages|calls|batch(?:es)?|imports?|uploads?|pageviews|sessions|daten|datos|données|dati|dados|gegevens)(?![^\P{L}]|\u03B9)/iu;
/** "from November 12 between 6 pm and 11 pm", "from 12.11. 01:00": hours of the day, read by their own rules. */
const TIME_AFTER_FROM = /^\s*(?:\(?\d{4}\)?\s*)?,?\s*(?:between|at|around|about|from|\d{1,2}(?:[:.h]\d\d|\s*(?:am|pm|a\.m|p\.m|uhr|h)(?![^\P{L}]|\u03B9)))/iu;

/**
 * How far ahead this year's day may lie, for a day written without a year, before last year's is read
 * without asking: seven months, so last year's is then at least five months back — as far as the coming
 * one or further: "Dec 28-29 (a year-end rehearsal)" written in June is asked. Beyond it ("Dec 28-30" written
 * in January) last year's is plainly the one meant.
 */
const YEARLESS_AHEAD_ASKED_DAYS = 214;
/** A year-less range across a new year that ended within about five months of the message is read as those days; older ones are asked. */
const YEAR_WRAP_RECENT_DAYS = 150;

/** A year written right after days read without one: "5. Dez. 2024" where the dot ended the date. */
const YEAR_RIGHT_AFTER = /^[\s.,]{0,3}((?:19|20)\d{2})(?!\d)/;

/**
 * The bound word before a lone day ("before", "до", "sprzed") or after it ("öncesi", "以前"): the day ends a
 * range whose first day is not said. Polish and Czech "do" only where the customer wrote it right before
 * the day: the Portuguese "do dia 3" reads "do 3" once its "dia" is dropped.
 */
function openStartOf(mapped: MappedText, at: number, shownEnd: number): RegExpExecArray | null {
  const text = mapped.text;
  const before = OPEN_START_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (before && /^\s*do/i.test(before[0])) {
    const written = mapped.originalAt(at);
    if (!OPEN_START_BEFORE.test(mapped.original.slice(Math.max(0, written - 24), written))) return null;
  }
  return before ?? OPEN_START_AFTER.exec(text.slice(shownEnd, shownEnd + 24));
}

/** The range after year inference and the checks that make it a question instead (weekday, order, open, future). */
function checkedRange(reading: Reading, found: Found[], i: number, c: Candidate, read: DayRange, shownEnd: number): DayRange | null {
  const { out, mapped, today, nowDay } = reading;
  const text = mapped.text;
  const { f, start, endResult, words, relative, monthOnly } = c;
  const yeared = withYear(reading, c, read);
  if (!yeared) return null;
  const range = yeared;
  // "Tuesday, March 4" without a year, "Dienstag, 6. Juni 2024" (a weekday chrono reads apart): the
  // weekday must fit the day, in the year the date was given.
  const writtenDay = !relative && !monthOnly && start.isCertain('day') ? componentDay(start) : null;
  const weekday = writtenDay ? (start.isCertain('weekday') ? (start.get('weekday') as number) : weekdayBefore(text, f.index)) : null;
  const startDay = writtenDay ? `${start.isCertain('year') ? writtenDay.slice(0, 4) : range.from.slice(0, 4)}${writtenDay.slice(4)}` : null;
  if (startDay && weekday !== null && new Date(`${startDay}T00:00:00Z`).getUTCDay() !== weekday) {
    out.ambiguities.push(`"${words}": ${startDay} is not a ${WEEKDAY_EN[weekday]} — which day is meant?`);
    return null;
  }
  if (relative) reading.relativeUsed = true;
  if (range.to < range.from) {
    out.ambiguities.push(`"${words}" ends before it starts — which days are meant?`);
    return null;
  }
  const prevEnd = found[i - 1]?.end ?? -1000;
  const openStart = !endResult && f.index - prevEnd > 30 ? openStartOf(mapped, f.index, shownEnd) : null;
  if (openStart) {
    out.ambiguities.push(`"${openStart[0].trim()} ${words}" has no first day — which days exactly should be deleted?`);
    return null;
  }
  // "since our release on March 3": an event's words between "since" and the day (sinceEvent.ts).
  const oneDay = !endResult && !relative && f.result.start.isCertain('day');
  const sinceEvent = oneDay ? sinceEventBefore(text.slice(Math.max(0, f.index - 160), f.index), text.slice(shownEnd, shownEnd + 160)) : null;
  const isOpen = !endResult && (OPEN_BEFORE.test(text.slice(Math.max(0, f.index - 24), f.index)) || OPEN_AFTER.test(text.slice(shownEnd, shownEnd + 40)) || sinceEvent !== null);
  if (isOpen) {
    if (!today) {
      out.ambiguities.push(`"since ${words}" has no end and the message has no date — until when?`);
      return null;
    }
    // "since March 1" names no last day: up to the message date is the likely reading, but the
    // customer's words do not say it, and days after it may be meant too. Asked, with that reading.
    out.ambiguities.push(`"${words}" has no last day — from ${range.from} up to the message date ${today}, or which days exactly?`);
    return null;
  }
  if (!endResult && !relative && fromWithoutEnd(reading, found, i, f.index, shownEnd)) {
    out.ambiguities.push(`"from ${words}" has no last day — only ${words}, or every day since then (until when)?`);
    return null;
  }
  if ((today && range.to > today) || (nowDay && range.to > nowDay)) {
    // Future days hold no data yet (and a Date header ahead of the real clock is not trusted).
    const question = today && range.to > today
      ? `${range.to} is after the message date ${today}: future data cannot be deleted — which days are meant?`
      : `${range.to} is in the future: data that does not exist yet cannot be deleted — which days are meant?`;
    out.ambiguities.push(question);
    if (range.from > (today ?? nowDay ?? '')) markedAhead(reading, c, question);
    return null;
  }
  return range;
}

/**
 * "March 1-10, except March 5", "Q3 except August": kept to be subtracted below from the days it lies in
 * (a month without its day is all of it); asked about when it gives no day or month.
 */
function exclusionAt(reading: Reading, start: chrono.ParsedComponents, endResult: chrono.ParsedComponents | null, words: string, hasDay: boolean, exclusions: Exclusion[]): void {
  const yearKnown = start.isCertain('year') || (endResult?.isCertain('year') ?? false);
  if (!hasDay && start.isCertain('month') && !endResult) {
    const month = monthRange(start.get('year') as number, start.get('month') as number);
    exclusions.push({ ...month, text: words, yearKnown: start.isCertain('year'), wholeMonth: true });
    return;
  }
  const from = hasDay ? componentDay(start) : null;
  const to = endResult ? componentDay(endResult) : from;
  if (from && to && from <= to && (yearKnown || reading.today)) exclusions.push({ from, to, text: words, yearKnown: start.isCertain('year') });
  else reading.out.ambiguities.push(`"${words}" reads as an exclusion — which days exactly should be deleted?`);
}

/**
 * Takes each exclusion out of the days it overlaps. One that overlaps none ("the right dates are 16-17
 * November, not 19-20") leaves nothing to take out: those days are not deleted either way, so it is
 * only noted.
 */
function subtractExclusions(out: DateExtraction, exclusions: Exclusion[]): void {
  for (const x of exclusions) {
    // "Anything before Dec 1 doesn't need to be deleted" beside "Nov 28 - Dec 3": which days the boundary
    // keeps is the customer's to say; asked, never cut by our reading of "before".
    if (x.open && out.ranges.some((r) => exclusionIn(x, r))) {
      out.ambiguities.push(`"${x.text}": the days on one side of it are kept, and some of them are asked for — which days should be deleted?`);
      continue;
    }
    // "Nov 3-5 instead of Nov 3": the replaced day is also asked for — a slip, or the old scope kept? Asked.
    if (x.replaced && out.ranges.some((r) => exclusionIn(x, r))) {
      out.ambiguities.push(`"${x.text}" is replaced, yet among the days asked for — which days should be deleted?`);
      continue;
    }
    if (x.open) {
      out.notes.push(`"${x.text}" keeps days on one side of it, none of them asked for`);
      continue;
    }
    // "Please remove March 4 from DEL-512" with no days of its own: what remains of the ticket is not
    // written here. The day stays as read, and which days to delete is asked.
    if (x.takenBack && !out.ranges.some((r) => exclusionIn(x, r))) {
      out.ranges.push({ from: x.from, to: x.to });
      out.evidence.push({ from: x.from, to: x.to, text: x.text, clause: true });
      (out.takenBackAlone ??= []).push(x.text);
      continue;
    }
    // "stamped Nov 5 instead of Nov 4 … delete both days": the words may describe the data, not correct
    // the request; a replaced day is never dropped unasked.
    if (x.replaced) {
      out.ambiguities.push(`"${x.text}": is that day to be deleted too, or only the days asked for?`);
      continue;
    }
    // "nur am 03.03. und 04.03., nicht 1. bis 5. März": days left out that hold every day asked for leave
    // nothing to delete — the old scope these replace, or a slip. Asked, never read as nothing or as all.
    if (out.ranges.length > 0 && out.ranges.every((r) => { const cut = exclusionIn(x, r); return cut !== null && cut.from <= r.from && cut.to >= r.to; })) {
      out.ambiguities.push(`"${x.text}" is left out, but holds every day asked for — which days should be deleted?`);
      continue;
    }
    // "March 4–6, not March 3–5" (a correction) or "April 1–10, not April 8–12, we need those" (a part
    // kept): days set against the ones asked for that run past them read either way — asked, never cut
    // or kept unseen. Inside them ("March 1–10, not March 5") they are a part cut out.
    if (x.contrasted && out.ranges.some((r) => exclusionIn(x, r)) && !out.ranges.some((r) => holdsExclusion(r, x))) {
      out.ambiguities.push(`"${x.text}" is set against the days asked for and runs past them — are those days turned down for these, or left out of them? Which days should be deleted?`);
      continue;
    }
    let cutFrom: DayRange | null = null;
    for (let i = out.ranges.length - 1; i >= 0; i--) {
      const r = out.ranges[i];
      const cut = exclusionIn(x, r);
      if (!cut) continue;
      const parts = [{ from: r.from, to: addDays(cut.from, -1) }, { from: addDays(cut.to, 1), to: r.to }].filter((p) => p.from <= p.to);
      const ev = out.evidence[i];
      out.ranges.splice(i, 1, ...parts);
      out.evidence.splice(i, 1, ...parts.map((p) => ({ ...p, text: `${ev.text} except ${x.text}`, clause: ev.clause })));
      cutFrom = r;
    }
    out.notes.push(cutFrom ? `"${x.text}" is left out of ${cutFrom.from} to ${cutFrom.to}` : `"${x.text}" is left out, and is not among the days asked for`);
  }
}

/**
 * "from 16 to 22 November, except the weekend (21 and 22)", "od 2 do 8 listopada, z wyjątkiem weekendu":
 * the Saturdays and Sundays of the days read are left out. (Only the weekend, or only working days,
 * with no word that leaves the weekend out, is asked about: askAboutWeekendsOfWeekdays.)
 */
function subtractWeekends(out: DateExtraction, original: string): void {
  const filter = weekdaysKept(original, out.evidence);
  if (!filter || out.ranges.length === 0) return;
  const { left, kept } = filter;
  const dropped = (d: string): boolean => !kept.includes(new Date(`${d}T00:00:00Z`).getUTCDay());
  // "May 3, Saturdays only" with May 3 a Monday: nothing would be left — the days or the words are wrong.
  if (out.ranges.every((r) => daysOfRange(r).every(dropped))) {
    out.ambiguities.push(`"${left[0].trim()}" leaves none of the days read — which days should be deleted?`);
    return;
  }
  let cut = false;
  for (let i = out.ranges.length - 1; i >= 0; i--) {
    const r = out.ranges[i];
    if (r.to > addDays(r.from, 366)) continue;
    const parts: DayRange[] = [];
    for (let d = r.from; d <= r.to; d = addDays(d, 1)) {
      if (dropped(d)) continue;
      const last = parts[parts.length - 1];
      if (last && addDays(last.to, 1) === d) last.to = d;
      else parts.push({ from: d, to: d });
    }
    if (parts.length === 1 && parts[0].from === r.from && parts[0].to === r.to) continue;
    const ev = out.evidence[i];
    out.ranges.splice(i, 1, ...parts);
    out.evidence.splice(i, 1, ...parts.map((p) => ({ ...p, text: `${ev.text} ${left[0].trim()}`, clause: ev.clause })));
    cut = true;
  }
  if (cut) out.notes.push(`"${left[0].trim()}": only ${kept.map((k) => WEEKDAY_EN[k]).join(', ')} are kept of the days read`);
}
/** Words that leave the weekend out of the days around them. */
const WEEKEND_LEFT_OUT = new RegExp(WEEKEND_EXCEPTED, 'iu');
/**
 * Words that keep only some weekdays of the days around them: "May 1-16, Saturdays and Sundays only",
 * "April 1-30, but only the Saturdays". A weekday said once ("the Saturday flash sales") filters nothing.
 */
const WEEKDAY_PLURAL = '(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)';
const WEEKDAYS_NAMED_ONLY = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:(${WEEKDAY_PLURAL}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${WEEKDAY_PLURAL})*)\\s+only|(?:but\\s+)?only\\s+(?:on\\s+|for\\s+)?(?:the\\s+)?(${WEEKDAY_PLURAL}(?:\\s*(?:,|and|&)\\s*(?:the\\s+)?${WEEKDAY_PLURAL})*))(?![^\\P{L}]|\\u03B9)(?!\\s*(?:of|in)\\s)`,
  'iu',
);
/**
 * The weekdays (Sunday = 0) the words around the days keep, and the words; null when none are said of
 * the days to delete. "Support hours: Mondays only.", "Our store is open Saturdays and Sundays only."
 * tell of something else, and filter nothing: see weekdaysSaidOfTheDays.
 */
function weekdaysKept(original: string, evidence: { text: string }[]): { left: RegExpExecArray; kept: number[] } | null {
  for (const left of allMatches(new RegExp(WEEKEND_LEFT_OUT.source, 'giu'), original)) {
    if (weekdaysSaidOfTheDays(original, left, evidence)) return { left, kept: [1, 2, 3, 4, 5] };
  }
  for (const only of allMatches(new RegExp(WEEKDAYS_NAMED_ONLY.source, 'giu'), original)) {
    if (!weekdaysSaidOfTheDays(original, only, evidence)) continue;
    const named = (only[1] ?? only[2]).toLowerCase();
    const kept = WEEKDAY_EN.map((name, k) => (named.includes(`${name.toLowerCase()}s`) ? k : -1)).filter((k) => k >= 0);
    if (kept.length > 0) return { left: only, kept };
  }
  return null;
}
/**
 * Whether weekday words are said of the days to delete: in the sentence of those days ("May 1-14,
 * weekends excluded"), in a sentence asking for the deletion ("Delete only the Saturdays."), or in a
 * sentence that is nothing but the restriction ("Weekends excluded.", "Only the Saturdays, please.").
 */
const RESTRICTION_FILLER = /^(?:[\s,;:()–—-]|(?<![^\P{L}]|\u03B9)(?:please|but|and|also|thanks|thank you|so|again|as well|too)(?![^\P{L}]|\u03B9))*$/iu;
function weekdaysSaidOfTheDays(original: string, m: RegExpMatchArray, evidence: { text: string }[]): boolean {
  const at = m.index ?? 0;
  const sentence = sentenceAround(original, at, at + m[0].length);
  if (evidence.some((e) => e.text !== '' && sentence.includes(e.text))) return true;
  return deleteVerbIn(sentence) || RESTRICTION_FILLER.test(sentence.replace(m[0], ''));
}
function daysOfRange(r: DayRange): string[] {
  const days: string[] = [];
  for (let d = r.from; d <= r.to && days.length <= 366; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Whether every day of the exclusion lies in the range: a part of it cut out. */
function holdsExclusion(r: DayRange, x: Exclusion): boolean {
  const cut = exclusionIn(x, r);
  if (!cut) return false;
  const days = x.yearKnown ? x : { from: `${cut.from.slice(0, 4)}${x.from.slice(4)}`, to: `${cut.from.slice(0, 4)}${x.to.slice(4)}` };
  return cut.from <= days.from && cut.to >= days.to;
}

/**
 * The days of exclusion `x` that range `r` holds, or null. Without its year it is the same days in a
 * year the range spans ("Dec 28 to Jan 3, except Jan 1"); a month without its year has that year's length.
 */
function exclusionIn(x: Exclusion, r: DayRange): DayRange | null {
  const years = x.yearKnown ? [null] : [...new Set([Number(r.from.slice(0, 4)), Number(r.to.slice(0, 4))])];
  for (const y of years) {
    const days = y === null ? x : x.wholeMonth ? monthRange(y, Number(x.from.slice(5, 7))) : { from: `${y}${x.from.slice(4)}`, to: `${y}${x.to.slice(4)}` };
    const cut = { from: days.from > r.from ? days.from : r.from, to: days.to < r.to ? days.to : r.to };
    if (cut.from <= cut.to) return cut;
  }
  return null;
}

/**
 * A table pasted from a spreadsheet ("Web<TAB>2026-11-02<TAB>2026-11-04" under "Źródło<TAB>Od<TAB>Do"),
 * or typed with pipes ("Kundenportal Web | 01.01.2025 | 31.03.2025" under "Quelle | Von | Bis"): two
 * dates side by side in a row are its first and last day when the header says from and to; without such
 * a header, which they are is asked. Read as two single days, a quarter asked for lost every day between.
 */
function rewriteTableRanges(mapped: MappedText, out: DateExtraction): void {
  // A form's two lines "From (UTC): 2026-12-15" and "To (UTC): 2026-12-16": one range.
  mapped.replace(FORM_FROM_TO_LINES, (whole, a: string, b: string) => `from ${a} to ${b}`);
  // An HTML table's cells come as "iOS App: 26.02.2027: 28.02.2027" (htmlToText.ts), a pasted one with tabs or pipes.
  for (const [row, header] of [[TABLE_TWO_DATES, TABLE_FROM_TO], [CELLS_TWO_DATES, CELLS_FROM_TO]] as const) {
    if (mapped.text.search(row) < 0) continue;
    const fromTo = header.test(mapped.text);
    mapped.replace(row, (whole: string, a: string, gap: string, b: string) => {
      if (fromTo) return `${a} to ${b}`;
      out.ambiguities.push(`"${whole.trim()}": two days side by side in a table — from the first to the second, or only those two days?`);
      return whole;
    });
  }
}
const TABLE_DAY = '(\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4})';
/** Between two cells of a row: tabs, a pipe (with its spaces), or a run of spaces that lines up columns. */
const CELL_GAP = '(?:[ ]*\\t+[ ]*|[ \\t]*[|¦│][ \\t]*|[ ]{2,})';
/** The row goes on to its end, or to other cells of its own ("| 12,400 events |"). */
const ROW_REST = `(?=[ \\t]*(?:[|¦│\\t][^\\n]*)?(?:\\n|$))`;
const TABLE_TWO_DATES = new RegExp(`${TABLE_DAY}(${CELL_GAP})${TABLE_DAY}${ROW_REST}`, 'g');
/** A row of cells "label: day: day" alone on its line; the labels may be several ("Rápido MX: iOS App: day: day"). */
const CELLS_TWO_DATES = new RegExp(`(?<=^(?:[^\\n:]{1,60}:[ ]+){1,4})${TABLE_DAY}(:[ ]+)${TABLE_DAY}(?=[ \\t]*$)`, 'gm');
/** A form's day, or an ISO instant in it ("from: 2027-08-03T00:00:00Z"): the times are read as any other times are, after the lines are joined. */
const FORM_DAY = '(\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})';
const FORM_FROM_TO_LINES = new RegExp(
  `^[ \\t*•-]*(?:from|start|start date|first day|von|ab|desde|du|de|van|od|fra|från|in[íi]cio|d[ée]but|dal)(?:\\s*\\((?:utc|gmt)\\))?[ \\t]*:[ \\t]*${FORM_DAY}[ \\t]*\\n[ \\t*•-]*(?:to|end|end date|last day|until|through|bis|hasta|au|[àa]|tot|do|til|till|fim|fin|al)(?:\\s*\\((?:utc|gmt)\\))?[ \\t]*:[ \\t]*${FORM_DAY}[ \\t]*$`,
  'gimu',
);
/**
 * A header's first-day and last-day columns, in the words customers head them with: "From/To",
 * "Start/End", "Von/Bis", "Du/Au", "Desde/Hasta", "Dal/Al", "Van/Tot", "Od/Do", "Fra/Til", "Från/Till",
 * "Fecha inicio/Fecha fin", "開始/終了", "시작/종료", "с/по".
 */
const TABLE_FROM = '(?:(?:(?:date|datum|fecha|data|dato)\\s+(?:de\\s+|du\\s+)?)?(?:od|from|von|ab|du|desde|de|van|fra|från|start|begin|beginn|anfang|alku|inicio|in[íi]cio|d[ée]but|dal|da|first day|start date|from date|startdatum|start dag)|開始(?:日)?|开始(?:日期)?|起始日?|시작(?:일)?|с|от)(?:[ ]*\\((?:utc|gmt)\\))?';
const TABLE_TO = '(?:(?:(?:date|datum|fecha|data|dato)\\s+(?:de\\s+|du\\s+)?)?(?:do|to|bis|au|hasta|a|al|tot|til|till|end|ende|slut|loppu|fin|fim|last day|end date|to date|enddatum|slutdatum|slut dag|through|until)|終了(?:日)?|结束(?:日期)?|結束日?|종료(?:일)?|по|до)(?:[ ]*\\((?:utc|gmt)\\))?';
const TABLE_FROM_TO = new RegExp(`(?:^|${CELL_GAP})[ ]*${TABLE_FROM}[ ]*${CELL_GAP}[ ]*${TABLE_TO}[ \\t]*(?:[|¦│\\t]|[ ]{2,}|\\n|$)`, 'imu');
/** The header row of an HTML table: "Source: From (UTC): To (UTC)", "workspace: source: desde: hasta". */
const CELLS_FROM_TO = new RegExp(`^(?:[^\\n:]{1,40}:[ ]*){1,4}${TABLE_FROM}[ ]*:[ ]*${TABLE_TO}[ ]*:?[ ]*$`, 'imu');

/** "and also the day of the outage", "plus the night the job ran": a day only described, in the same sentence as no date. */
const HOLIDAY = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:${DAY_HOLIDAY_NAMES}|christmas|new year['’]?s|thanksgiving|easter|labou?r day|may day|mother['’]?s day|father['’]?s day|independence day|juneteenth|veterans['’]? day|columbus day|bank holiday|(?:melbourne )?cup day|diwali|deepavali|eid(?: al-\p{L}+)?|prime day|golden week|songkran|weihnachten|ostern|pfingsten|no[eë]l|navidad|natale|pasqua|carnaval|karneval)(?![^\P{L}]|\u03B9)`,
  'giu',
);
/**
 * "Prime Day (July 15-16)", "Labor Day, i.e. May 1", "Cup day this year, Tuesday 3 November": the holiday's own date written
 * after it. Only that explains it: a date joined by "and" ("Labor Day 2026 and Halloween 2026") is another
 * day of the list, and the holiday beside it was once dropped unsaid.
 */
const HOLIDAY_DATED_AFTER = new RegExp(`^(?:,?\\s+\\d{4})?(?:\\s+(?:day|this|last|year|long|weekend|\\p{L}+day))*\\s*(?:\\(\\s*|[:–—-]\\s*|,\\s*|\\s+(?=on\\s|i\\.e\\.|which\\s))(?:(?:on|i\\.e\\.|that is|which (?:is|was)|the|\\p{L}+day,?)\\s+)*(?:(?:${MONTH_NAMES_RE})\\.?\\s+)?(?:\\d{1,2}(?!\\d)|\\d{4}[-/.]\\d)`, 'iu');
const HOLIDAY_AS_REASON = /^\s*(?:campaign|sale|sales|promo\p{L}*|deals?|traffic|bots?|spike|rush|peak|special|offer|launch|kampagne|aktion|campagne|campa[ñn]a|promozione)(?![^\P{L}]|\u03B9)/iu;
const FIXED_HOLIDAYS: Record<string, string> = {
  'christmas eve': '12-24', heiligabend: '12-24', nochebuena: '12-24', christmas: '12-25', weihnachten: '12-25', navidad: '12-25', natale: '12-25', noel: '12-25', 'noël': '12-25',
  'boxing day': '12-26', 'new year': '01-01', silvester: '12-31', halloween: '10-31', 'independence day': '07-04', 'singles': '11-11',
};
/** The month-days ("10-31") of a range, up to a year of them. */
function monthDaysOf(r: DayRange): Set<string> {
  const out = new Set<string>();
  for (let d = r.from, n = 0; d <= r.to && n < 366; d = addDays(d, 1), n++) out.add(d.slice(5));
  return out;
}
const GREETING_BEFORE = /(?<![^\P{L}]|\u03B9)(?:happy|merry|wishing you|enjoy|season['’]?s greetings|frohe|frohes|sch[öo]ne|joyeux|joyeuses|bonne|feliz|felices|buon|buona|buone|prettige|fijne|wesołych)\W+(?:\p{L}+\W+)?$/iu;
const DAY_DESCRIBED = /(?<![^\P{L}]|\u03B9)(?:and|also|plus|as well as|und|et|y|e)\s+(?:also\s+)?(?:the|that)\s+(?:day|night|morning|evening|weekend)\s+(?:of|when)\s+(?:the\s+)?(?![^.!?\n]*\d)[^.!?\n]{3,60}/iu;

/** "the 6th and 8th are fine": days said to need nothing. */
const DAYS_SAID_FINE = /^(?:\s*(?:,|and|&)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th))*\s+(?:are|is|were|was)\s+(?:fine|ok(?:ay)?|clean|good|correct|not affected|unaffected)\b/i;
const NOT_BEFORE = /(?<![^\P{L}]|\u03B9)(?:not|except|excluding|but not|nicht|au(?:ß|ss)er|sauf|pas|excepto|menos|behalve|tranne|exceto)\s+(?:(?:the|den|le|el|il|o)\s+)?$/iu;

// "the 4th and 5th of March": chrono reads only "5th of March". A day ordinal outside every date it
// read means a day we would silently drop, so we ask.
/** "I checked the 26th twice, it's clean", "The 5th is fine, don't touch it": later in its sentence. */
const SAID_FINE_LATER = /(?<![^\P{L}]|\u03B9)(?:(?:it['’]s|it is|is|was|are|were)\s+(?:fine|clean|ok(?:ay)?|good|correct|not affected|unaffected)|don['’]t touch (?:it|that))(?![^\P{L}]|\u03B9)/iu;

/** Whether day `day` of every month the ranges reach is inside them (a day without its month names no new day). */
function heldInEveryMonth(ranges: DayRange[], day: number): boolean {
  if (ranges.length === 0) return false;
  const months = new Set(ranges.flatMap((r) => monthsBetween(r.from, r.to)));
  return [...months].every((ym) => rangesHoldMonthDay(ranges, Number(ym.slice(5, 7)), day));
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)), mo = Number(from.slice(5, 7)); `${y}-${String(mo).padStart(2, '0')}` <= to.slice(0, 7); mo === 12 ? ((mo = 1), y++) : mo++) {
    out.push(`${y}-${String(mo).padStart(2, '0')}`);
    if (out.length > 24) break;
  }
  return out;
}

/**
 * "ngày 5.", "el día 5.", "dnia 5!": the word for "day" and a number that ends the clause, with no month.
 * No reader takes it, and the request would otherwise look like one without any day: the customer gave a
 * day, so the question is which month, not whether there is a time frame.
 */
const DAY_NUMBER_ALONE = /(?<![^\P{L}]|\u03B9)(?:ngày|día|dia|giorno|jour|dzień|dnia|günü|gün|день|ημέρα)\s{1,3}(\d{1,2})(?=[ \t]*(?:[,;!?)\n]|\.(?!\d)|$))/giu;
function askAboutDayNumberAlone(out: DateExtraction, text: string, found: Found[]): void {
  if (out.ranges.length > 0 || out.mentioned) return;
  const m = allMatches(DAY_NUMBER_ALONE, text).find((x) => Number(x[1]) >= 1 && Number(x[1]) <= 31 && !found.some((f) => x.index < f.end && f.index < x.index + x[0].length));
  if (!m) return;
  out.mentioned = true;
  out.ambiguities.push(`"${m[0]}" has no month — which day is meant?`);
}

function askAboutLoneOrdinals(out: DateExtraction, text: string, found: Found[]): void {
  ORDINAL_DAY.lastIndex = 0;
  for (let m = ORDINAL_DAY.exec(text); m; m = ORDINAL_DAY.exec(text)) {
    const at = m.index;
    if (found.some((f) => at >= f.index && at < f.end)) continue;
    // "October 19th, 20th, 21st and the 23rd. Not the 22nd.": a day left out that no range holds.
    const day = Number(/\d+/.exec(m[0])?.[0]);
    const after = text.slice(at + m[0].length, at + m[0].length + 60);
    // "with the 13th not included", "the 13th should stay": kept by the words after it ("leaving the 11th
    // untouched" has its word before, and is asked in those words: askAboutBareDaysLeftOut).
    const keptAfter = KEEP_AFTER.test(after) && !EXCLUSION_BEFORE.test(text.slice(Math.max(0, at - 40), at));
    // "Please disregard the 6th", "ignore the 6th": left out by the words before it.
    const excludedBefore = DISREGARD_BEFORE.test(text.slice(Math.max(0, at - 40), at));
    const leftOut = excludedBefore || NOT_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || DAYS_SAID_FINE.test(after) || SAID_FINE_LATER.test(after.split(/[.!?\n]/)[0]) || keptAfter;
    if (leftOut && out.ranges.length > 0 && !out.ranges.some((r) => Number(r.from.slice(8)) <= day && day <= Number(r.to.slice(8)))) continue;
    // "On Tuesday (the 24th) … the 24th and the 25th of November": a day every month read already deletes
    // (in ranges of a week at most: "the 5th to the 7th of last month" is no whole month with a day in it).
    if (!leftOut && out.ranges.every((r) => addDays(r.from, 7) > r.to) && heldInEveryMonth(out.ranges, day)) continue;
    // "in October 2026 (1st to 31st)": days in brackets right after the month they are days of.
    if (!leftOut && bracketsSpellOutRange(text, at, found, out.ranges)) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${m[0]}" has no month — which day is meant?`);
  }
}

/**
 * Whether `at` lies inside brackets opened right after a date read that spell out a range read, its
 * first and its last day ("October 2026 (1st to 31st)"); "October 2026 (the 5th)" is another day.
 */
function bracketsSpellOutRange(text: string, at: number, found: Found[], ranges: DayRange[]): boolean {
  const open = text.lastIndexOf('(', at);
  const close = text.indexOf(')', at);
  if (open < 0 || close < 0 || text.slice(open, at).includes(')') || close - open > 40) return false;
  if (!found.some((f) => /^[\s,]*$/.test(text.slice(f.end, open)))) return false;
  const days = new Set(allMatches(/\d{1,2}/g, text.slice(open, close)).map((m) => Number(m[0])));
  return ranges.some((r) => days.size === 2 && days.has(Number(r.from.slice(8))) && days.has(Number(r.to.slice(8))));
}

/**
 * "από 2 Νοεμβρίου έως 4 Νοεμβρίου", "9 novembre fino al 11 novembre": two days joined by a word we do
 * not know as "and" may be a range we did not read. Deleting the two days alone would be less than was
 * asked, and deleting the days between more; so we ask.
 */
function askAboutUnknownJoins(out: DateExtraction, text: string, found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i], found[i + 1]];
    if (a.result.end || b.result.end || !a.result.start.isCertain('day') || !b.result.start.isCertain('day')) continue;
    const gap = text.slice(a.end, b.index);
    if ((gap.length > 16 && !rangeWordAfterUnread(gap)) || /[\n.;!?()]/.test(gap) || !/\p{L}/u.test(gap) || KNOWN_JOIN.test(gap) || RANGE_JOIN.test(gap) || cjkRangeMark(text, a.end, b.index) || NEGATED_JOIN.test(gap)) continue;
    const [from, to] = [componentDay(a.result.start), componentDay(b.result.start)];
    // Written later day first ("31 Ekim'den 28 Ekim"), the unknown word may make it a range written backwards.
    // ("two days — the 5th of November" is no range: only two dates written out can be one backwards.)
    if (!from || !to || from === to) continue;
    const backwards = to < from && /\d/.test(a.result.text) && /\d/.test(b.result.text);
    if ((from < to && addDays(from, 1) >= to) || (to < from && (!backwards || addDays(to, 1) >= from))) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${text.slice(a.index, b.end).trim()}": ${from < to ? 'every day from one to the other, or only those two days?' : 'only those two days, or a range written end first?'}`);
  }
}
/**
 * "for Nov 3-4, or if that is not possible, Nov 2-6", "Nov 3-4; otherwise Nov 3-6": days given as a fallback
 * for other days. Read together, the fallback's days would be deleted even where the first choice can be
 * done, and the first choice is what was asked for first — which set is meant is asked, neither is kept.
 */
function askAboutAlternativeDays(out: DateExtraction, mapped: MappedText, found: Found[]): void {
  const text = mapped.text;
  for (let i = 0; i + 1 < found.length; i++) {
    const gap = text.slice(found[i].end, found[i + 1].index);
    if (!ALTERNATIVE_GAP.test(gap)) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${mapped.originalOf(found[i].index, found[i + 1].end).replace(/\s+/g, ' ').trim()}": the second days are a fallback for the first — which days should be deleted?`);
    out.ranges = [];
    out.evidence = [];
    return;
  }
}
const ALTERNATIVE_GAP =
  /^[\s,;]*(?:or,?\s+(?:if|should|in case|where)\s+(?:that|this|it|those|these)\s+(?:is|are|were|was)(?:\s+not|n['’]t)\s+(?:possible|feasible|doable)|otherwise|failing that|alternatively|or else|if not(?:,)? (?:then)?)[\s,:;]*(?:(?:then|for|on|the)\s+)*$/iu;

/**
 * "February 11th twenty twenty seven through February 13th": a word of range right before the second day,
 * after words no reader took. Read as two days, the days between would be left out without a word; asked.
 */
function rangeWordAfterUnread(gap: string): boolean {
  if (gap.length > 40) return false;
  return allMatches(/(?<=\s)(?=\p{L})/gu, gap).some((m) => RANGE_JOIN.test(gap.slice(m.index)));
}
const KNOWN_JOIN = /^[\s,&/+]*(?:(?:and|und|et|y|e|i|och|og|ja|en|și|şi|or|oder|ou|o|eller|as well as|sowie|plus|and also|und auch|et aussi|y también|e anche|en ook|と|및|和|及)[\s,&/+]*)?(?:(?:also|too|auch|aussi|the|den|le|el|il|de|on|for)\s+)*$/iu;
const NEGATED_JOIN = /(?<![^\P{L}]|\u03B9)(?:not|but|except|without|nicht|außer|ausser|sauf|pas|sin|excepto|menos|tranne|behalve|niet|nie|inte|ikke|ei)(?![^\P{L}]|\u03B9)/iu;

/**
 * "…for Nov 3 2026, and probably Nov 4 too": a day added with a doubt. "Nov 3 and the following
 * two days", "yesterday's data, and the day before as well", "the weekend of Nov 7": days counted from
 * a date that no reader counts. Each is asked about, never guessed or dropped. "pour les jours suivants :"
 * with a colon announces the list of days written next; nothing is counted.
 */
function askAboutHedgesAndNeighbours(out: DateExtraction, text: string, found: Found[]): void {
  for (const f of found) {
    const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, f.index - 30), f.index));
    if (!hedge) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${hedge[1]} … ${f.text.trim()}": the day is not settled — which days exactly?`);
  }
  const counted = COUNTED_FROM_A_DAY.exec(text) ?? COUNTED_BY_OFFSET.exec(text) ?? weekendOfOneDay(text, found);
  if (counted && found.length > 0) {
    out.mentioned = true;
    out.ambiguities.push(`"${counted[0].trim()}" does not say which days exactly — which days should be deleted?`);
  }
}
/** "the weekend of Nov 7", "the July 4th weekend": which two days is not said ("the weekend of 13-14 July" says it). */
function weekendOfOneDay(text: string, found: Found[]): RegExpExecArray | null {
  const m = /(?<![^\P{L}]|\u03B9)(?:the\s+)?week-?end\s+(?:of|around|before|after)(?![^\P{L}]|\u03B9)/iu.exec(text);
  const next = m ? found.find((f) => f.index >= m.index + m[0].length && f.index <= m.index + m[0].length + 6) : undefined;
  if (m && next && !next.result.end) return m;
  // "the 4th of July weekend", "the July 4 long weekend": a weekend named by one day in it, which days not
  // said. A holiday's name ("Black Friday weekend") is asked about as a holiday.
  const before = found.find((f) => !f.result.end && /\d/.test(f.text) && /^[^\S\n]{1,2}(?:long[^\S\n]{1,2})?week-?end(?![^\P{L}]|\u03B9)/iu.test(text.slice(f.end, f.end + 20)));
  return before ? /^[^\n]{1,80}?week-?end/iu.exec(text.slice(before.index, before.end + 20)) : null;
}
const HEDGE_BEFORE =
  /(?<![^\P{L}]|\u03B9)(?:and|or|plus|also|und|oder|et|ou|y|o|e|en|of|och|og)\s+(?:also\s+|auch\s+|aussi\s+)?(probably|possibly|perhaps|maybe|likely|vielleicht|eventuell|evtl\.?|wahrscheinlich|peut-être|peut-etre|probablement|quizás|quizá|quizas|tal vez|probablemente|forse|probabilmente|misschien|waarschijnlijk|kanske|kanskje|måske|ehkä|talvez|provavelmente|może|prawdopodobnie)(?![^\P{L}]|\u03B9)[^.!?\n\d]{0,16}$/iu;
const COUNTED_FROM_A_DAY =
  /(?<![^\P{L}]|\u03B9)(?:(?:(?:and|plus)\s+)?the\s+(?:\p{L}+|\d+)\s+days?\s+(?:after|before)(?!\s+yesterday)|(?:and|plus|\+)\s+the\s+week-?end\s+(?:before|after)|(?:and\s+)?the\s+(?:following|next|previous|preceding|prior)\s+(?:\p{L}+\s+)?days?|(?:and\s+)?the\s+days?\s+(?:after|before)(?!\s+yesterday)(?:\s+(?:it|that|as well|too))?|(?:and\s+)?the\s+day\s+(?:after|before)(?!\s+yesterday)|(?:die|den)\s+(?:folgenden|nächsten|darauffolgenden)\s+(?:\p{L}+\s+)?tage?|(?:les|la)\s+(?:jours?|journée)\s+suivante?s?|(?:los|el)\s+d[íi]as?\s+siguientes?)(?![^\P{L}]|\u03B9)(?![^\S\n]*[:：])/iu;

const WEEKDAY_NAMES = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?';
const COUNT_WORD = '(?:a|an|one|two|three|four|five|six|seven|\\d{1,2})';
/**
 * A day counted from a written date by an offset (red team 6): "two days later", "a week later as well",
 * "the following Tuesday", "the Tuesday after", "the two Mondays after it", "the same, but shifted by one
 * day", "el martes siguiente", "una semana después", "une semaine plus tard", "le mardi suivant", "eine
 * Woche später". No reader counts it; dropped, the day is lost, and its source is given the first date.
 * Not a story told after it ("a week later we noticed"), and "shifted by a day" only with "same" or "but"
 * (timestamps "shifted by one day" tell what went wrong).
 */
const COUNTED_BY_OFFSET = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:${COUNT_WORD}\\s+(?:days?|weeks?)\\s+(?:later|afterwards?|on)|the\\s+(?:following|subsequent|next)\\s+${WEEKDAY_NAMES}|the\\s+(?:(?:${COUNT_WORD}|first|next)\\s+)?${WEEKDAY_NAMES}\\s+(?:after|following|before(?!\\s+last))(?:\\s+(?:it|that))?` +
    `|(?:but|same|likewise)\\s[^.!?\\n]{0,40}?(?:shifted|offset|moved)\\s+by\\s+${COUNT_WORD}\\s+(?:days?|weeks?)` +
    `|(?:el|los|del|al)\\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)s?\\s+siguientes?|(?:un|una|dos|tres|\\d{1,2})\\s+(?:d[íi]as?|semanas?)\\s+(?:despu[ée]s|m[áa]s\\s+tarde)` +
    `|(?:le|les)\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\\s+suivants?|(?:un|une|deux|trois|\\d{1,2})\\s+(?:jours?|semaines?)\\s+plus\\s+tard` +
    `|(?:den|am)\\s+(?:folgenden|darauffolgenden|nächsten)\\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:einen|eine|zwei|drei|\\d{1,2})\\s+(?:tage?|wochen?)\\s+(?:später|danach))` +
    `(?![^\\P{L}]|\\u03B9)(?![\\s,]+(?:we|i|they|it|he|she|you|our|the\\s+(?:bug|issue|problem|error|fix|team))(?![^\\P{L}]|\\u03B9))`,
  'iu',
);

/** "3, 4 e 5 de março" read as 5 March alone: a day number joined to a date but outside it is a part not read. */
function askAboutDaysLeftOut(out: DateExtraction, text: string, found: Found[]): void {
  for (const f of found) {
    const before = text.slice(Math.max(0, f.index - 16), f.index);
    const m = DAY_NUMBER_JOINED.exec(before) ?? UNKNOWN_DAY_JOIN.exec(before);
    // "week 45, Nov 2-8": a number that is no day of a month is not a day left out.
    if (!m || Number(m[1]) > 31 || /(?<![^\P{L}]|\u03B9)(?:week|uke|uge|vecka|viikko|woche|kw|semaine|semana|settimana|tydzie[ńn]|week nr)\.?\s*$/iu.test(text.slice(Math.max(0, f.index - before.length + m.index - 12), f.index - before.length + m.index))) continue;
    const at = f.index - before.length + m.index;
    if (found.some((g) => at >= g.index && at < g.end)) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${text.slice(at, f.end).trim()}": not every day written there was read — which days exactly?`);
  }
  // "Dec 1 + 2": the second day, or two days more? Either way not read.
  for (const f of found) {
    const plus = /^\s*\+\s*(\d{1,2})(?![\d:/]|\.\d|\s*(?:am|pm|h(?![^\P{L}]|\u03B9)))/iu.exec(text.slice(f.end, f.end + 12));
    if (!plus || !f.result.start.isCertain('day') || found.some((g) => g.index === f.end + plus[0].length - plus[1].length)) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${text.slice(f.index, f.end + plus[0].length).trim()}": not every day written there was read — which days exactly?`);
  }
  // "2026 நவம்பர் 5 முதல் 7 வரை": the day after the date, joined by a word no reader knows.
  for (const f of found) {
    const after = UNKNOWN_JOIN_DAY_AFTER.exec(text.slice(f.end, f.end + 24));
    if (!after || Number(after[1]) > 31 || !f.result.start.isCertain('day') || f.result.end) continue;
    const at = f.end + after[0].length - after[1].length;
    if (found.some((g) => at >= g.index && at < g.end)) continue;
    out.mentioned = true;
    out.ambiguities.push(`"${text.slice(f.index, f.end + after[0].length).trim()}": not every day written there was read — which days exactly?`);
  }
}
const UNKNOWN_JOIN_DAY_AFTER =
  /^[ \t]*(?:(?!(?:on|for|at|in|of|from|since|the|and|or|am|pm|h|uhr|x|days?|hours?|weeks?|months?|times?|apps?|sources?|events?|im|le|la|el|den|dem|der|um|à|a|ab|de|du|ore|kl|klo|godz|version|v|release|build|no|nr|number|page|item|step|の|的|에|의)(?![^\P{L}]|\u03B9))(?![\d])[\p{L}\p{M}'’/]{1,12}\.?[ \t]*){1,2}(\d{1,2})(?![\d:./]|,(?!\s*\d{4})|\s*(?:am|pm|a\.m|p\.m|h(?![^\P{L}]|\u03B9)|uhr|[時点시日つ件個分回天号개일%]|:))/iu;

/** A weekday at the end of the words before a day ("Do., "), built once rather than on every call. */
const WEEKDAY_AT_END = new RegExp(`(?<![^\\P{L}]|\\u03B9)(${WEEKDAY_ALT})(\\.?,?)\\s*(?:den\\s+|le\\s+|el\\s+|dia\\s+|the\\s+)?$`, 'iu');
/** The weekday written right before a date ("Dienstag, 6. Juni 2024", "mardi 4 juin"), 0 = Sunday, or null. */
function weekdayBefore(text: string, at: number): number | null {
  const m = WEEKDAY_AT_END.exec(text.slice(Math.max(0, at - 24), at));
  if (!m) return null;
  // A short form is a weekday only with its dot or comma ("Do., 6. März"): bare, "do dia 3" is
  // Portuguese "of the", "mi 3" Spanish "my", "so" English.
  if (m[1].length < 4 && !/^(?:mon|tue|wed|thu|fri|sat|sun)$/i.test(m[1]) && !m[2]) return null;
  return weekdayNumber(m[1]) ?? null;
}
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY_WORD = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?';
const WEEKDAY_JOIN = '\\s*(?:,?\\s*(?:and|&)|,|to|through|thru|until|till|-|–|—)\\s*';
const WEEKDAY_SPEC = `${WEEKDAY_WORD}(?:${WEEKDAY_JOIN}${WEEKDAY_WORD})*`;
/** "Monday and Tuesday of last week", "Mon-Wed last week", "last week's Monday to Wednesday". */
const WEEKDAYS_OF_WEEK = new RegExp(
  `\\b(?:(?:on|from)\\s+)?(${WEEKDAY_SPEC})\\s+(?:of\\s+)?(this|last|previous)\\s+week\\b|\\b(this|last|previous)\\s+week['’]s\\s+(${WEEKDAY_SPEC})(?![^\\P{L}]|\\u03B9)`,
  'giu',
);
const THAT_WEEK = new RegExp(`(${WEEKDAY_SPEC})\\s+of\\s+(?:that|the same)\\s+week(?![^\\P{L}]|\\u03B9)`, 'iu');
const PAST_EVENT_BEFORE =
  /\b(?:was|were|has been|had been|a été|ont été|wurde|wurden|fue|fueron|foi|foram|werd|werden|è stato|è stata)\s+(?:\S+\s+){0,2}(?:deleted|closed|removed|terminated|cancell?ed|shut down|satisfied|fulfill?ed|returned|exported|delivered|signed|erfüllt|retourniert|satisfaite?s?|remplie?s?|cumplid[oa]s?|adempiut[oa]|nagekomen|spełnion[ay]|splněn[aáo]?|splnen[aáo]?|izpolnjen[oa]?|ispunjen[oa]?|supprimée?s?|fermée?s?|résiliée?s?|gelöscht|geschlossen|gekündigt|eliminad[oa]s?|borrad[oa]s?|cerrad[oa]s?|exclu[íi]d[oa]s?|encerrad[oa]s?|verwijderd|opgeheven|cancellat[oa]|chius[oa])\s+(?:on|in|le|am|im|el|em|en|op|il)?\s*(?:the\s+)?$|(?<![^\P{L}]|\u03B9)(?:incorporated|founded|established|registered|gegründet|eingetragen|fond[ée]e?|cr[ée][ée]e?|fundad[oa]|constituid[oa]|opgericht|costituit[oa]|fondat[oa]|za[łl]o[żz]on\p{L}*|grundad|grundat|stiftet|etableret|perustettu|zalo[žz]en\p{L}*|kuruldu|usunięt\p{L}*|usuniet\p{L}*|zamknięt\p{L}*|zamkniet\p{L}*|skasowan\p{L}*|raderades|stängdes|avslutades|slettet|slettede|lukket|lukkede|avsluttet|poistettiin|poistettu|suljettiin|suljettu|chius[oa]|cerrad[oa]|encerrad[oa]|ferm[ée]e?|geschlossen|gesloten|opgeheven|stängd|lukket)\s+(?:w|we|dnia|i|den|d\.|ad|a|in|nel|nell['’]|en|em|am|im|op|le|el|il|)\s*$/iu;
/** "Date of request: 2026-11-26", "Submitted on", "Antragsdatum:": the day a form was filled in. */
const REQUEST_DATE_LABEL =
  /(?<![^\P{L}]|\u03B9)(?:date of (?:the )?request|request(?:ed)? (?:date|on)|date (?:requested|submitted)|submitted(?: on)?|signed(?: on)?|today['’]s date|datum der anfrage|antragsdatum|eingereicht am|date de (?:la )?demande|fecha de (?:la )?solicitud|data do pedido|data da solicita[çc][ãa]o|data della richiesta|datum (?:van )?aanvraag|data (?:zg[łl]oszenia|wniosku)|(?:ans[öo]knings|beg[äa]rans)datum)\s*[:=]?\s*$/iu;
/** Words just before a date that make it the day something else happened, never a day to delete. */
const ALREADY_DEALT_WITH =
  /(?<![^\P{L}]|\u03B9)(?:(?:is|was|were|are|has been|have been)\s+already\s+(?:done|handled|deleted|removed|cleaned(?: up)?|taken care of|sorted)|already\s+(?:done|handled|deleted|removed|cleaned up|taken care of|sorted)|(?:schon|bereits)\s+(?:erledigt|gelöscht|bereinigt)|déjà\s+(?:fait|réglé|supprimée?s?|traitée?s?)|ya\s+(?:est[áa]\s+)?(?:hecho|resuelto|borrad[oa]s?|eliminad[oa]s?)|al\s+(?:gedaan|verwijderd|opgelost)|già\s+(?:fatto|risolto|cancellat[oa]|eliminat[oa])|(?:issue|problem|problema|problème|problem),?\s+(?:was\s+|is\s+)?(?:resolved|fixed|closed|gelöst|behoben|erledigt|résolu|resuelto|risolto|resolvido|opgelost))(?![^\P{L}]|\u03B9)/iu;

const IGNORE_IT = /(?<![^\P{L}]|\u03B9)(?:ignore (?:that|it|this|those)|please ignore|can be ignored|bitte ignorieren|ignorieren sie|ignorez|à ignorer|ign[óo]ren(?:lo)?|ignorar|ignorate|negeer)(?![^\P{L}]|\u03B9)/iu;
const MEETING =
  /(?<![^\P{L}]|\u03B9)(?:invite|invitation|meeting|demo|call(?!\s*cent)|stand-?up|appointment|webinar|catch-?up|agenda|workshop|kick-?off|rescheduled|moved to|termin|besprechung|r[ée]union|rendez-vous|reuni[óo]n|reuni[ãa]o|sitzung|cita|riunione|appuntamento|vergadering|afspraak|spotkanie|m[öo]te|m[øo]de|kokous|会議|ミーティング|会议|회의)(?![^\P{L}]|\u03B9)/iu;

function notADayToDelete(before: string): boolean {
  return PAST_EVENT_BEFORE.test(before) || SLAVIC_DELETED_BEFORE.test(before) || CONTRACT_ENDS_BEFORE.test(before) || REQUEST_DATE_LABEL.test(before) || RELEASED_ASIDE.test(before) || SAME_AS_BEFORE.test(before) || LAST_UPDATED.test(before);
}
/**
 * "na základě ukončení smlouvy k 31. 3. 2027", "ingevolge de beëindiging van de overeenkomst per 31 maart
 * 2027", "following the termination of our contract as of 31 March": the day a contract ends is why a
 * purge is asked for, not a day of data; read, it turned a workspace purge into a one-day deletion.
 */
const CONTRACT_ENDS_BEFORE = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:termination|end|expiry|expiration|cancellation|ending|kündigung|beendigung|ende|ablauf|auflösung|résiliation|fin|beëindiging|opzegging|einde|terminación|finalización|rescisión|resolución|cessazione|risoluzione|scadenza|cessação|rescisão|termo|fim|rozwiązani\p{L}*|wygaśnięci\p{L}*|ukončení|ukončenia|ukončeniu|prenehanj\p{L}*|odpoved\p{L}*|raskid\p{L}*|prestank\p{L}*|nutraukim\p{L}*|pasibaigim\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:contract|agreement|subscription|services?|vertrag(?:s|es)?|vertragsverhältnisses|vereinbarung|abonnements?|contrat|overeenkomst|contrato|acuerdo|suscripción|contratto|accordo|abbonamento|acordo|assinatura|umowy|smlouvy|zmluvy|pogodbe|ugovora|sutarties)\s*(?:as of|effective(?: on)?|on|per|at|zum|am|mit|au|le|à compter du|op|met ingang van|a|al|el|con fecha|a partir del?|il|dal|em|com efeito a|z dniem|do|na dzień|k|ke|ku|z|s|dne|dňom|sa|dana|nuo|iki)?\s*$|(?<![^\P{L}]|\u03B9)(?:termination|kündigung|résiliation|opzegging|rescisión|disdetta|rescisão|wypowiedzeni\p{L}*|výpověď|výpoved\p{L}*)\s+(?:effective|wirksam|with effect from|mit wirkung zum|à effet au|met ingang van|con efecto a|con effetto dal|com efeito a|ze skutkiem na)(?: on| as of)?\s*$|(?<![^\P{L}]|\u03B9)(?:vertragsende|contract end(?:s|ed)?|contract (?:expires|expired|terminates|terminated|ends|ended)(?: on| as of)?|kraj ugovora|konec pogodbe)\s*(?:zum|am|per|on)?\s*$`,
  'iu',
);
/** "izbrisan je 30. studenoga 2020", "byl smazán dne", "został usunięty", "je bil izbrisan": deleted then, in Slavic and Baltic passives. */
const SLAVIC_DELETED_BEFORE =
  /(?<![^\P{L}]|\u03B9)(?:(?:izbrisan|obrisan|smaz[áa]n|vymaz[áa]n|zmazan|odstran[ěe]n|usuni[ęe]t|skasowan|ištrint|zamknięt|zrušen|ukinut|ugašen)\p{L}{0,3}\s+(?:je|su|byl[aoy]?|bol[aoi]?|zosta[łl][aoy]?|buvo|bil[aoi]?)?|(?:je|byl[aoy]?|bol[aoi]?|zosta[łl][aoy]?|buvo|je bil[aoi]?)\s+(?:izbrisan|obrisan|smaz[áa]n|vymaz[áa]n|zmazan|odstran[ěe]n|usuni[ęe]t|skasowan|ištrint|zrušen|ukinut|ugašen)\p{L}{0,3})\s*(?:dne|dňa|dnia|dana|d\.|w dniu|on)?\s*$/iu;
/** A footer's or policy's own date: "Son güncelleme: 01.01.2026", "Last updated: 1 Jan 2026", "Stand: 01/2026". */
const LAST_UPDATED =
  /(?<![^\P{L}]|\u03B9)(?:last updated|last revised|son g[üu]ncelleme|g[üu]ncelleme tarihi|stand|letzte aktualisierung|derni[èe]re mise [àa] jour|[úu]ltima actualizaci[óo]n|ultimo aggiornamento|laatst bijgewerkt|[úu]ltima atualiza[çc][ãa]o|آخر تحديث|تاريخ التحديث)\s*(?:on\s*)?[:：]?\s*$/iu;
/**
 * "the last 3 days of last month" counts days from the period's end, exactly (as "the last 3 days of
 * April" does); "the first week of last month", "Ende letzten Monats" name some of its days — asked.
 * The count is read in the original words: "the last 3 days" itself was blanked as a count asked about.
 */
function readPartOfPeriod(reading: Reading, whole: string, at: number, period: DayRange | null, partWords: string): void {
  const { mapped, out } = reading;
  const start = mapped.originalAt(at);
  const counted = FIRST_LAST_N_DAYS_OF.exec(mapped.original.slice(Math.max(0, start - 60), start));
  const range = counted && period ? countedDaysOf(counted, period) : null;
  if (!counted || !range) {
    out.ambiguities.push(`"${partWords.trim()} ${whole}" names only some days — which days exactly?`);
    return;
  }
  const words = `${counted[0].trim()} ${whole}`;
  addRange(reading, range, words, at, at + whole.length);
  out.notes.push(`"${words}" read as ${range.from} to ${range.to}`);
  reading.relativeUsed = true;
}

/** The days "the first three" or "the last 2 days of" count from one end of a period; null past its length. */
function countedDaysOf(counted: RegExpExecArray, period: DayRange): DayRange | null {
  const n = /^\d+$/.test(counted[2]) ? Number(counted[2]) : NUMBER_WORDS[counted[2].toLowerCase()] ?? 0;
  if (n < 1 || addDays(period.from, n - 1) > period.to) return null;
  const first = /^(?:first|erste|premiers|primeros|primi|eerste)/i.test(counted[1]);
  return first ? { from: period.from, to: addDays(period.from, n - 1) } : { from: addDays(period.to, 1 - n), to: period.to };
}

/** "the source we added last month", "the app they launched last week": what was done then. */
const DONE_BEFORE = /(?<![^\P{L}]|\u03B9)(?:we|i|they|you|he|she)\s+(?:added|created|set up|connected|installed|launched|introduced|onboarded|built|bought|hired|moved|migrated)\s*$/iu;
/** "(Wie schon am 02.10.)", "like last time on Oct 2": when it happened before, not a day of this request. */
const SAME_AS_BEFORE = /(?<![^\P{L}]|\u03B9)(?:wie (?:schon|bereits) (?:am|im)|like last time(?: on)?|same as last time(?: on)?|comme d[ée]j[àa] le|como ya el|come gi[àa] il)\s*$/iu;
/** "the watch firmware 3.2.1 (released Nov 12) doubled every reading": an aside on when something shipped. */
const RELEASED_ASIDE = /\((?:[^()\n]{0,30}\s)?(?:released|shipped|deployed|launched|published|rolled out|went live|veröffentlicht|publié|lanzad[oa]|rilasciat[oa])\s+(?:on\s+|am\s+|le\s+|el\s+|il\s+)?$/iu;
/** "on two days last week", "some days last month": a part of the period, not all of it. */
const MONTH_DAY_RANGES = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(${MONTH_NAMES_RE})\\.?\\s+(\\d{1,2}\\s*[-–]\\s*\\d{1,2})((?:\\s*(?:,|and|&|und|et|y|e)\\s*\\d{1,2}\\s*[-–]\\s*\\d{1,2}(?![\\d.:/]))+)(?:,?\\s+(\\d{4}))?(?![\\d])`,
  'giu',
);
const DOTTED_FULL_RANGE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\.?\s*(?:[-–—]|bis|to|au|al|tot|till|til|do|a|līdz|iki|kuni|до|по|až|ile|hingga|sampai|s\.\s?d\.|đến|ถึง|עד)\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/giu;
/** "the week of October 5" — a date must follow: "a week of traffic" names no week. */
const WEEK_OF = new RegExp(
  `(?:(?<![^\\P{L}]|\\u03B9)(?:the\\s+)?week\\s+(?:of|starting|beginning|commencing)\\s+|(?<![^\\P{L}]|\\u03B9)(?:die\\s+)?woche\\s+(?:vom|ab\\s+dem)\\s+|(?<![^\\P{L}]|\\u03B9)(?:la\\s+)?semaine\\s+du\\s+|(?<![^\\P{L}]|\\u03B9)(?:la\\s+)?semana\\s+del\\s+)(?=(?:(?:the|on|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?),?\\s+)*(?:\\d|(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)))`,
  'giu',
);
const WEEK_WRITTEN_OUT = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s*(?:[-–—]|to|through|till|until|bis|au|al)\\s*\\d{1,2}(?![\\d:])|(?:${MONTH_NAMES_RE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–—]|to|through|till|until)\\s*(?:(?:${MONTH_NAMES_RE})\\.?\\s+)?\\d{1,2}(?![\\d:]))`, 'iu');
const EXCLUSIVE_RANGE = /(?<![^\P{L}]|\u03B9)(?:exclusive|exclusively|non-inclusive|not inclusive|exklusive|ausschließlich|exclusivement|exclusivamente|esclus[io])(?![^\P{L}]|\u03B9)/iu;
/**
 * "sorry, I meant", "correction:", "make that", "(typo, should be Dec 1)", "or rather", "Tippfehler,
 * gemeint ist", "ou plutôt", "perdón, quise decir": the days after it replace the ones before.
 */
const CORRECTED =
  /(?<![^\P{L}]|\u03B9)(?:i meant|i mean|sorry,? (?:i meant|make (?:that|it))|make that|correction:|actually,? (?:make (?:that|it)|i meant)|typo|or rather|should (?:be|read|say|have been)(?=\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|ich meinte|gemeint (?:ist|war)|tippfehler|vertippt|je voulais dire|je veux dire|ou plut[ôo]t|faute de frappe|quise decir|quer[íi]a decir|o mejor dicho|mejor dicho|perd[óo]n,? (?:el|quise|me equivoqu\p{L}*)|ik bedoelde|of liever|intendevo|volevo dire|o meglio|anzi|ou melhor|quer dizer|quis dizer|queria dizer|chodzi(?:ło)? mi o|miał(?:em|am) na myśli|jag menade|menade jag|jeg mente|mente jeg|jeg meinte|tarkoitin|имел(?:а)? в виду|имею в виду|ма(?:в|ла) на увазі|маю на увазі|myslel(?:a)? (?:jsem|som)|měl(?:a)? jsem na mysli|am vrut să spun|úgy értettem|εννοούσα|maksud saya|ý tôi là|התכוונתי|قصدت|أقصد|मेरा मतलब)(?![^\P{L}]|\u03B9)|我是说|我是說|我的意思是/iu;
/**
 * The same, written after the day it puts in place (verb-final languages): "13 Şubat demek istedim",
 * "2月13日の間違いです" (a mistake for 13 February), "2월 13일의 오타입니다".
 */
const CORRECTED_AFTER_DAY = /(?<![^\P{L}]|\u03B9)(?:demek istedim|demek istemiştim|kastettim|kastetmiştim)(?![^\P{L}]|\u03B9)|の間違い|の誤り|의 오타|을 잘못|를 잘못/u;
/**
 * An apology set off before a day ("…, przepraszam, chodziło mi o 13 lutego", "förlåt, 13 februari",
 * "失礼しました、2月13日"): written after days, it takes back what came before. "Sorry for the delay" is
 * no correction: the apology must stand alone, a comma or a dash after it.
 */
const APOLOGY_SET_OFF =
  /(?:(?<![^\P{L}]|\u03B9)(?:sorry|oops|my bad|entschuldigung|sorry|pardon|d[ée]sol[ée]e?|excusez-moi|perd[óo]n|disculp\p{L}*|scusa(?:te|mi)?|desculp\p{L}*|excuses|przepraszam|förlåt|ursäkta|undskyld|unnskyld|beklager|anteeksi|promiň(?:te)?|omlouvám se|извините|простите|вибачте|пробачте|özür dilerim|affedersiniz|συγγνώμη|maaf|xin lỗi|סליחה|عذرا|آسف)(?![^\P{L}]|\u03B9)|失礼しました|すみません|申し訳(?:ありません|ございません)(?:でした)?|对不起|對不起|抱歉|죄송합니다|미안합니다)\s*[,，、!！:：—–-]/giu;
const DAY_LIKE = /\d{1,2}(?:st|nd|rd|th|er|\.)?\s*(?:(?:de|of)\s+)?(?:\p{L}{3,}|[./-]\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s*[月월]\s*\d{1,2}/iu;
const DAYS_LIKE = new RegExp(DAY_LIKE.source, 'giu');
/**
 * An arrow between two days with a word of correcting in its clause: "3 March → 4 March (corrected)",
 * "2027-03-03 -> 2027-03-04 (typo fixed)", "3.3. → 4.3. (korrigiert)". Without that word an arrow joins a
 * range (RANGE_MARK_BETWEEN_DAYS); with it, the days before it were taken back.
 */
const ARROW_CORRECTED = new RegExp(
  `${RANGE_ARROW}[^\\n.!?]{0,40}?(?<![^\\P{L}]|\\u03B9)(?:corrected|correction|corrige[ds]?|fixed|typo|amended|updated|changed|korrigiert|berichtigt|ge(?:ä|ae)ndert|corrig[ée]e?s?|rectifi[ée]e?|corregid[oa]|rectificad[oa]|corrett[oa]|rettificat[oa]|corrigid[oa]|gecorrigeerd|verbeterd|poprawion\\p{L}*|r(?:ä|a)ttad|rettet|исправлен\\p{L}*)(?![^\\P{L}]|\\u03B9)`,
  'iu',
);
/** What ends the sentence an apology is in: the day it puts in place comes before it. */
const SENTENCE_OR_LINE_END = /[.!?。！？\n]/u;

/** The words that correct days written before them ("sorry, I meant", "chodziło mi o", "13 Şubat demek istedim"); null when none. */
function correctionIn(text: string): string | null {
  const meant = CORRECTED.exec(text);
  // "Sorry for the Dutch, I mean: please delete Android for Nov 17": the same request again, translated.
  const translation = meant !== null && TRANSLATING.test(text.slice(Math.max(0, meant.index - 40), meant.index + meant[0].length + 20));
  if (meant && !translation && DAY_LIKE.test(text.slice(0, meant.index)) && DAY_LIKE.test(text.slice(meant.index))) return meant[0].trim();
  // "March 3, 2027 → March 4, 2027 (corrected)": an arrow from a day to a day, said to be a correction.
  const arrow = ARROW_CORRECTED.exec(text);
  if (arrow && DAY_LIKE.test(text.slice(Math.max(0, arrow.index - 30), arrow.index))) return arrow[0].trim();
  const after = CORRECTED_AFTER_DAY.exec(text);
  if (after && allMatches(DAYS_LIKE, text.slice(0, after.index)).length >= 2) return after[0].trim();
  for (const apology of allMatches(APOLOGY_SET_OFF, text)) {
    const at = apology.index ?? 0;
    const rest = text.slice(at + apology[0].length);
    const sentence = rest.slice(0, SENTENCE_OR_LINE_END.exec(rest)?.index ?? rest.length);
    if (DAY_LIKE.test(text.slice(0, at)) && DAY_LIKE.test(sentence)) return apology[0].replace(/[\s,，、!！:：—–-]+$/u, '');
  }
  return null;
}
/** "the first three days of", "die ersten 3 Tage im": a count of days from one end of the month. */
const FIRST_LAST_N_DAYS_OF =
  /\b(first|last|ersten?|letzten?|premiers|derniers|primeros|[úu]ltimos|primi|ultimi|eerste|laatste)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|due|tre|quattro|cinque|twee|drie|vijf)\s+(?:days?|tage?n?|jours|d[íi]as|giorni|dagen)\s+(?:of|in|im|vom|von|des|de|du|del|di|dei|van)\s+(?:the\s+month\s+of\s+)?$/i;
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, zwei: 2, drei: 3, vier: 4, fünf: 5, deux: 2, trois: 3,
  quatre: 4, cinq: 5, dos: 2, tres: 3, cuatro: 4, cinco: 5, due: 2, tre: 3, quattro: 4, cinque: 5, twee: 2, drie: 3, vijf: 5,
};
/**
 * " of September 2026", " im Oktober 2026", " of December" after "the last 3 days": days of that month,
 * not of today (a month without its year is the latest one, read with the month).
 */
const OF_MONTH_AFTER = new RegExp(`^\\s+(?:of|in|im|vom|von|des|de|du|del|di|dei|van)\\s+(?:the\\s+month\\s+of\\s+)?(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)`, 'iu');
/** " of last month", " im letzten Monat" after "the last 3 days": days of that month, counted from its end. */
const OF_LAST_MONTH_AFTER = new RegExp(`^\\s+(?:of|in|im|vom|von|des|de|du|del|di|dei|van)\\s+(?:${LAST_MONTH.source})`, 'iu');
/** Croatian, Polish and Czech: "drugi tjedan listopada", "krajem rujna", "ostatni tydzień maja", "první týden května". */
const SLAVIC_PART_WORDS =
  String.raw`(?:prv(?:i|og)|drug(?:i|og)|tre[cć](?:i|eg)|[cč]etvrt(?:i|og)|zadnj(?:i|eg)|posljednj(?:i|eg))\s+tjed(?:an|na)|(?:prv|drug|zadnj)(?:a|oj)\s+polovic(?:a|i)|po[cč]etkom|krajem|sredinom|(?:pierwszy|drugi|trzeci|czwarty|ostatni)\s+tydzie[nń]|(?:prvn[ií]|druh[yý]|t[řr]et[ií]|[čc]tvrt[yý]|posledn[ií])\s+t[yý]den`;
/** Words before a month that take an uncounted part of it: early, mid-, the first week of, Anfang, fin de… */
const PART_WORDS =
  String.raw`(?:the\s+)?(?:first|second|third|fourth|last|final|other)\s+(?:half|week|fortnight|part|days|few\s+days|weeks|couple\s+of\s+days)\s+(?:of|in)(?:\s+the\s+month\s+of)?|early|mid-?|late|(?:the\s+)?(?:beginning|start|end|middle|rest)\s+of|(?:a\s+|some\s+|one\s+)?parts?\s+of|(?:einen\s+)?teil\s+(?:des|der|vom)|une\s+partie\s+d[ue]|(?:una\s+|uma\s+)?parte\s+d(?:el|e|o|a)|een\s+deel\s+van|anfang|mitte|ende|beginn\s+des|(?:erste|zweite|letzte)n?\s+(?:hälfte|woche|tage)\s+(?:des|im|vom|von)|début|mi-|fin|milieu\s+de|(?:premi[èe]re|seconde|deuxi[èe]me|derni[èe]re)\s+(?:quinzaine|semaine|moitié)\s+(?:de|d')|(?:a\s+)?principios\s+de|mediados\s+de|finales\s+de|(?:al\s+)?inicio\s+de|(?:primera|segunda|[úu]ltima)\s+(?:quincena|semana|mitad)\s+de|inizio|met[àa]|fine|(?:prima|seconda|ultima)\s+(?:settimana|metà|quindicina)\s+di|begin|midden|eind|(?:eerste|tweede|laatste)\s+(?:helft|week)\s+van|pocz[ąa]tek|po[łl]owa|koniec|b[öo]rjan\s+av|slutet\s+av|mitten\s+av|za[čc][áa]t(?:ek|ku|kem)|polovin(?:a|ě|y)|kon(?:ec|ce|cem)|awal|pertengahan|akhir|начал(?:о|а|е)|середин(?:а|е|ы|і|и)|кон(?:ец|це|ца)|поч(?:аток|атку)|кін(?:ець|ці|ця)|${SLAVIC_PART_WORDS}`;
const PART_OF_MONTH_BEFORE = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${PART_WORDS})\\s*$`, 'iu');
/** The same with its month, read before chrono ("the end of October 2026" is no 31 October): asked. */
const PART_OF_MONTH_PHRASE = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${PART_WORDS})\\s*(?:${MONTH_NAMES_RE}|${FOREIGN_MONTH_RE})(?![^\\P{L}]|\\u03B9)\\.?(?:,?\\s+(?:de\\s+)?\\d{4})?`, 'giu');
/** "…, more precisely", "…, točnije", "…, genauer": the part of a month, then the days it is, written out. */
const NARROWED_AFTER =
  String.raw`\s*[,:(–—-]?\s*(?:more\s+precisely|precisely|namely|to\s+be\s+precise|to[cč]nije|dok[łl]adnie|konkretnie|p[řr]esn[ěe]ji|genauer(?:\s+gesagt)?|pr[ée]cis[ée]ment|plus\s+pr[ée]cis[ée]ment|concretamente|precisamente|preciezer)[\s,:]*(?:(?:od|from|vom|von|du|del|dal|de|van|z)\s+)?(?:the\s+)?\d`;
const PART_OF_MONTH_NARROWED = new RegExp(`${PART_OF_MONTH_PHRASE.source}(?=${NARROWED_AFTER})`, 'giu');
/** The same written after the month: "10月上旬", "2026年10月の前半", "10월 초". */
const PART_OF_MONTH_AFTER = /^\s*(?:上旬|中旬|下旬|初旬|初め|末|の前半|の後半|前半|後半|초|중순|하순|말|上半月|下半月|月初|月底|月末|の?(?:うち)?一部|的一部分|的部分|의 일부)/u;
const SOME_DAYS_OF_MORE =
  /(?<![^\P{L}]|\u03B9)(?:يومين|يومان|ثلاثة أيام|بضعة أيام|كام يوم|iki g[üu]n|birka[çc] g[üu]n|dua hari|beberapa hari|hai ngày|vài ngày|dva dny|několik dní|два дні|два дня|кілька днів|несколько дней|δύο μέρες|δυο μέρες|dou[ăa] zile|c[âa]teva zile|do din|kuch din|دو دن|چند دن)\s*$/iu;
const SOME_DAYS_OF = /\b(?:some|two|three|four|five|a few|few|several|certain|a couple of|\d+|one or two|zwei|drei|einigen|ein paar|deux|trois|quelques|dos|tres|algunos|twee|drie|enkele)\s+(?:of the\s+)?(?:days?|tage?n?|jours|d[íi]as|dagen)\s*(?:of|in|during|from|der|in der|de la|de|del|van)?\s*$/i;
const RELATIVE_TIED_BEFORE = /(?<![^\P{L}]|\u03B9)(?:for|from|of|on|since|during|des|vom|von|für|du|de|del|van|dal|da|di|dei|z|ze|från|fra|för|for|af|av|med)\s+(?:the\s+)?$/iu;

/**
 * Time zones written as words or abbreviations, in minutes east of UTC. Only zones with one meaning:
 * "CST" and "IST" name several zones and are not read (the UTC reading then stands, with its note).
 */
/**
 * Where a zone keeps summer time, the rule that says when (its offset is then an hour ahead): the US
 * (second Sunday of March to first Sunday of November), the EU (last Sunday of March to last Sunday of
 * October), south-east Australia (first Sunday of October to first Sunday of April).
 */
type SummerTime = 'us' | 'eu' | 'au' | 'nz';
const ZONES: [RegExp, number, SummerTime?][] = [
  [/\b(?:jst|japan(?:ese)? (?:standard )?time|tokyo time)\b|日本時間|日本標準時/i, 540],
  [/\b(?:kst|korea(?:n)? (?:standard )?time|seoul time)\b|한국 ?시간/i, 540],
  [/\b(?:sgt|hkt|singapore time|hong kong time|awst)\b/i, 480],
  [/\b(?:aest)\b/i, 600],
  [/\b(?:sydney time|melbourne time)\b/i, 600, 'au'],
  [/\b(?:aedt)\b/i, 660],
  [/\b(?:nzst)\b/i, 720],
  [/\b(?:nz time|new zealand time|auckland time|wellington time)\b/i, 720, 'nz'],
  [/\b(?:nzdt)\b/i, 780],
  [/\b(?:msk|moscow time)\b/i, 180],
  [/\b(?:eest)\b/i, 180],
  [/\b(?:eet)\b/i, 120],
  [/\b(?:suomen aikaa|helsinki time|finnish time)\b/i, 120, 'eu'],
  [/\b(?:cest|mesz|sommerzeit)\b/i, 120],
  [/\b(?:cet|mez|central european time)\b/i, 60],
  // Czech and Slovak write CET and CEST as SEČ and SELČ.
  [/(?<![^\P{L}]|\u03B9)selč(?![^\P{L}]|\u03B9)/iu, 120],
  [/(?<![^\P{L}]|\u03B9)seč(?![^\P{L}]|\u03B9)/iu, 60],
  [/(?:pražského|českého|středoevropského|bratislavského) času|magyar idő|budapesti idő|wiener zeit|österreichischer zeit|schweizer zeit/iu, 60, 'eu'],
  // A city's or a country's time is its clock that day, summer time included.
  [/\b(?:berlin time|paris time|madrid time|amsterdam time|rome time|vienna time|german time|french time|deutsche[nr]? zeit|heure de paris|heure fran[çc]aise|hora de madrid|hora peninsular|hora española|ora italiana|ora di roma|czasu polskiego|polskiego czasu|czasu warszawskiego|svensk tid|dansk tid|norsk tid|amsterdamse tijd|nederlandse tijd)\b/i, 60, 'eu'],
  [/北京时间|北京時間|中国时间|台北时间|台北時間|香港时间|香港時間/, 480],
  // Cities and countries whose clocks keep no summer time (or keep the rule named).
  [/\b(?:beijing|china|chinese|shanghai|shenzhen|taipei|taiwan|hong kong|manila|philippine|perth|kuala lumpur|malaysia|singapore)(?: standard)? time\b/i, 480],
  [/\b(?:bangkok|thailand|thai|jakarta|indonesia(?:n)?|western indonesia|hanoi|vietnam|ho chi minh)(?: standard)? time\b/i, 420],
  // Thai writes its clock as "เวลาประเทศไทย" / "เวลาไทย" (Thailand's time), Vietnamese as "giờ Việt Nam".
  [/เวลา(?:ประเทศ)?ไทย|เวลากรุงเทพ|(?<![^\P{L}]|\u03B9)giờ (?:việt nam|hà nội)(?![^\P{L}]|\u03B9)/iu, 420],
  [/\b(?:india|indian|mumbai|delhi|new delhi|bangalore|bengaluru|chennai|kolkata|hyderabad|pune)(?: standard)? time\b/i, 330],
  [/\b(?:pakistan|karachi|lahore)(?: standard)? time\b/i, 300],
  [/\b(?:dubai|abu dhabi|uae|gulf)(?: standard)? time\b/i, 240],
  [/\b(?:istanbul|turkey|turkish|riyadh|saudi|nairobi|kenya|east africa)(?: standard)? time\b/i, 180],
  [/\b(?:johannesburg|cape town|south africa(?:n)?|sast)(?: standard)? time\b|\bSAST\b/, 120],
  [/\b(?:lagos|nigeria|west africa)(?: standard)? time\b/i, 60],
  [/\b(?:athens|greek|greece|kyiv|kiev|ukraine|ukrainian|bucharest|romania|sofia|bulgaria|riga|vilnius|tallinn) time\b/i, 120, 'eu'],
  [/\b(?:stockholm|oslo|copenhagen|zurich|zürich|geneva|brussels|prague|budapest|warsaw|swedish|norwegian|danish|swiss|belgian|czech|austrian|spanish|italian|dutch|polish|central europe(?:an)? summer) time\b/i, 60, 'eu'],
  [/\b(?:lisbon|portugal|portuguese|dublin|ireland|irish) time\b/i, 0, 'eu'],
  // The same countries' clocks in their own words: "ora României", "ώρα Αθήνας", "hora de Lisboa", "भारतीय समय".
  [/(?<![^\P{L}]|\u03B9)(?:ora (?:rom[âa]niei|bucure[șşs]tiului|bucure[șşs]ti)|ώρα αθήνας)(?![^\P{L}]|\u03B9)/iu, 120, 'eu'],
  [/(?<![^\P{L}]|\u03B9)(?:hora (?:de )?(?:lisboa|portugal)|hora portuguesa|hora de portugal continental)(?![^\P{L}]|\u03B9)/iu, 0, 'eu'],
  [/भारतीय समय|भारत का समय/u, 330],
  [/\b(?:mexico city|mexico|mexican|guadalajara|monterrey)(?: standard)? time\b/i, -360],
  [/\b(?:bogot[áa]|colombia|lima|peru)(?: standard)? time\b/i, -300],
  // The same clocks as Spanish, Portuguese, Arabic, Turkish and Indonesian write them: "hora Bogotá",
  // "hora de Lima", "horário de Buenos Aires", "بتوقيت الرياض", "TSİ", "WIB".
  [/(?<![^\P{L}]|\u03B9)(?:hora|horario|horário)(?: de(?: la)?)? (?:bogot[áa]|colombia|lima|per[úu]|quito|ecuador|panam[áa])(?![^\P{L}]|\u03B9)/iu, -300],
  [/(?<![^\P{L}]|\u03B9)(?:hora|horario)(?: de(?: la)?)? (?:ciudad de m[ée]xico|cdmx|m[ée]xico|guadalajara|monterrey|costa rica|guatemala|el salvador|honduras)(?![^\P{L}]|\u03B9)/iu, -360],
  [/(?<![^\P{L}]|\u03B9)(?:hora|horario|horário)(?: de)? (?:buenos aires|argentina|s[ãa]o paulo|bras[íi]lia|montevideo|uruguay)(?![^\P{L}]|\u03B9)|\b(?:bras[íi]lia|buenos aires|argentina|s[ãa]o paulo|montevideo|uruguay) time\b/iu, -180],
  // Their abbreviations only in capitals ("art." is an article).
  [/(?<![^\P{L}]|\u03B9)(?:BRT|ART|UYT)(?![^\P{L}]|\u03B9)/u, -180],
  // Israel keeps summer time from the Friday before the EU's start to the EU's end: off by two days in March only.
  [/\b(?:israel|israeli|tel aviv|jerusalem) time\b|שעון ישראל|לפי שעון ישראל/iu, 120, 'eu'],
  [/за київським час\p{L}*|київського часу|по киевскому времени|ώρα ελλάδ\p{L}*/iu, 120, 'eu'],
  // Russia, Kazakhstan and their neighbours, which keep no summer time: "МСК", "по Новосибирску", "по времени Алматы".
  [/(?<![^\P{L}]|\u03B9)(?:мск|по москве|по московскому времени|московского времени|minsk time|минского времени|по минску)(?![^\P{L}]|\u03B9)/iu, 180],
  [/(?<![^\P{L}]|\u03B9)(?:samara time|по самаре|самарского времени|baku time|tbilisi time|yerevan time|по баку|по тбилиси|по еревану)(?![^\P{L}]|\u03B9)/iu, 240],
  [/(?<![^\P{L}]|\u03B9)(?:(?:almaty|astana|kazakhstan|tashkent|uzbekistan|yekaterinburg) time|по (?:времени )?(?:алматы|астаны|астане|ташкента|ташкенту|екатеринбургу|екатеринбурга)|(?:алматинского|астанинского|ташкентского|екатеринбургского) времени)(?![^\P{L}]|\u03B9)/iu, 300],
  [/(?<![^\P{L}]|\u03B9)(?:(?:omsk|bishkek) time|по омску|по бишкеку|омского времени)(?![^\P{L}]|\u03B9)/iu, 360],
  [/(?<![^\P{L}]|\u03B9)(?:(?:novosibirsk|krasnoyarsk) time|по (?:времени )?(?:новосибирску|новосибирска|красноярску|красноярска)|(?:новосибирского|красноярского) времени)(?![^\P{L}]|\u03B9)/iu, 420],
  [/(?<![^\P{L}]|\u03B9)(?:irkutsk time|по иркутску|иркутского времени)(?![^\P{L}]|\u03B9)/iu, 480],
  [/(?<![^\P{L}]|\u03B9)(?:vladivostok time|по владивостоку|владивостокского времени)(?![^\P{L}]|\u03B9)/iu, 600],
  [/بتوقيت (?:الرياض|السعودية|مكة|الكويت|الدوحة|قطر|البحرين|بغداد)|(?<![^\P{L}]|\u03B9)(?:tsi|tsİ|türkiye saati\p{L}*|istanbul saati\p{L}*)(?![^\P{L}]|\u03B9)/iu, 180],
  [/بتوقيت (?:دبي|الإمارات|أبوظبي|مسقط|عمان)/u, 240],
  [/(?<![^\P{L}]|\u03B9)WIB(?![^\P{L}]|\u03B9)/u, 420],
  [/\b(?:nepal|kathmandu)(?: standard)? time\b|नेपाल(?:ी)? समय/iu, 345],
  [/\b(?:iran|tehran)(?: standard)? time\b|(?:به )?وقت (?:تهران|ایران)/iu, 210],
  [/\b(?:afghanistan|kabul) time\b/i, 270],
  [/\b(?:myanmar|yangon) time\b/i, 390],
  [/\b(?:bangladesh|dhaka) time\b/i, 360],
  [/\b(?:sri lanka|colombo) time\b/i, 330],
  [/\b(?:ethiopia|addis ababa|uganda|kampala|tanzania|dar es salaam)(?: standard)? time\b|\bEAT\b/i, 180],
  [/\b(?:rwanda|kigali|zimbabwe|harare|zambia|lusaka)(?: standard)? time\b|\bCAT\b/, 120],
  [/\b(?:ghana|accra)(?: standard)? time\b/i, 0],
  [/(?<![^\P{L}]|\u03B9)(?:hora|horário|horario)(?: de)? (?:brasil|bras[íi]lia)(?![^\P{L}]|\u03B9)/iu, -180],
  [/(?<![^\P{L}]|\u03B9)WITA(?![^\P{L}]|\u03B9)/u, 480],
  [/(?<![^\P{L}]|\u03B9)WIT(?![^\P{L}]|\u03B9)/u, 540],
  [/\b(?:hawaii|honolulu|hst)(?:[- ]aleutian)?(?: standard)? time\b|\bHST\b/, -600],
  [/\b(?:alaska|anchorage)(?: standard| daylight)? time\b/i, -540, 'us'],
  [/\b(?:arizona|phoenix)(?: standard)? time\b/i, -420],
  [/\b(?:toronto|montreal|montréal|ottawa|boston|miami|atlanta|washington|new york|nyc|east coast) time\b/i, -300, 'us'],
  // The same clocks as Quebec writes them: "heure de Montréal", "heure du Québec".
  [/(?<![^\P{L}]|\u03B9)heure (?:de (?:montr[ée]al|toronto|ottawa|qu[ée]bec)|du qu[ée]bec)(?![^\P{L}]|\u03B9)/iu, -300, 'us'],
  [/\b(?:vancouver|west coast) time\b/i, -480, 'us'],
  [/\b(?:brisbane|queensland) time\b/i, 600],
  [/\b(?:bst|british summer time)\b/i, 60],
  [/\b(?:uk time|london time|british time)\b/i, 0, 'eu'],
  [/\b(?:brt|bras[íi]lia time|hor[áa]rio de bras[íi]lia|s[ãa]o paulo time)\b/i, -180],
  [/\b(?:art|buenos aires time)\b/i, -180],
  [/\b(?:edt)\b/i, -240],
  [/\b(?:est)\b/i, -300],
  [/\b(?:eastern(?: standard| daylight)? time|et|new york time|heure (?:normale )?de l['’]est|hne|hora del este)\b|(?<=\d\s*(?:[ap]\.?m\.?)?\s*\(?)eastern\b/i, -300, 'us'],
  [/\b(?:cdt)\b/i, -300],
  [/\b(?:central(?: standard| daylight)? time|chicago time)\b/i, -360, 'us'],
  [/\b(?:mdt)\b/i, -360],
  [/\b(?:mst)\b/i, -420],
  [/\b(?:mountain(?: standard| daylight)? time|denver time)\b/i, -420, 'us'],
  [/\b(?:pdt)\b/i, -420],
  [/\b(?:pst)\b/i, -480],
  // A bare "Pacific" is a zone only after a time ("11pm Pacific"): elsewhere it is more often a name
  // ("workspace Pacific Tiles"), and reading it as a zone shifted whole days into a question.
  [/\b(?:pacific(?: standard| daylight)? time|pt|california time|san francisco time|los angeles time|seattle time)\b|(?<=\d\s*(?:[ap]\.?m\.?)?\s*\(?)pacific\b/i, -480, 'us'],
];

/** The nth (1-based; 0 = last) Sunday of a month, as a day. */
function sunday(year: number, month: number, nth: number): string {
  if (nth === 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return utcDay(new Date(last.getTime() - last.getUTCDay() * 86_400_000));
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  return utcDay(new Date(first.getTime() + (((7 - first.getUTCDay()) % 7) + (nth - 1) * 7) * 86_400_000));
}

function inSummerTime(rule: SummerTime, day: string): boolean {
  const year = Number(day.slice(0, 4));
  if (rule === 'us') return day >= sunday(year, 3, 2) && day < sunday(year, 11, 1);
  if (rule === 'eu') return day >= sunday(year, 3, 0) && day < sunday(year, 10, 0);
  // New Zealand: the last Sunday of September to the first Sunday of April.
  if (rule === 'nz') return day >= sunday(year, 9, 0) || day < sunday(year, 4, 1);
  return day >= sunday(year, 10, 1) || day < sunday(year, 4, 1);
}

/**
 * The offset of a time zone written in the sentence ("UTC+9", "GMT-3", "JST", "horário de Brasília",
 * "Pacific"), or null. `day`: the day the times are on, for zones that keep summer time (without it,
 * their standard offset).
 */
function zoneOffset(sentence: string, day: string | null = null): number | null {
  const named = IANA_ZONE.exec(sentence);
  if (named) return ianaOffset(named[0], day);
  const m = /\b(?:utc|gmt)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\b/i.exec(sentence);
  if (m) return (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  // Each zone's pattern is run with exec, not matchAll: this runs for every date read, and matchAll
  // cloned each of the ~100 patterns every time, costlier than the search.
  for (const [re, offset, rule] of ZONES_ALL) {
    re.lastIndex = 0;
    // "c'est", "Est.", "ist", "pt": a zone abbreviation counts only in capitals ("EST", "IST", "PT").
    for (let z = re.exec(sentence); z !== null; z = re.exec(sentence)) {
      if (z[0] === '') re.lastIndex = advanceIndex(sentence, re.lastIndex, re.unicode);
      if (/^[a-z]{2,5}$/i.test(z[0]) && z[0] !== z[0].toUpperCase()) continue;
      re.lastIndex = 0;
      return rule && day && inSummerTime(rule, day) ? offset + 60 : offset;
    }
  }
  return null;
}
/**
 * A zone of the time zone database, as SQL, cron and config files write it: "AT TIME ZONE
 * 'Asia/Jerusalem'", "TZ=America/Los_Angeles". Its offset on the day (summer time included) comes from
 * the runtime's own copy of the database; a name it does not know is a zone that cannot be placed.
 */
const IANA_ZONE = /(?<![\p{L}\d/_-])(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada)\/[A-Za-z_]+(?:-[A-Za-z_]+)*(?:\/[A-Za-z_]+(?:-[A-Za-z_]+)*)?(?:[+-]\d{1,2})?(?![\p{L}\d/_-])/u;

/**
 * Abbreviations that name several zones, with the offsets they may mean: "IST" is India, Israel or
 * Ireland; "CST" the US centre or China; "AST" the Atlantic or Arabia.
 */
const SEVERAL_ZONES: Record<string, number[]> = {
  IST: [330, 120, 60], CST: [-360, 480, -300], AST: [-240, 180], GST: [240, -120], SST: [480, -660], ECT: [-300, -240], AMT: [-240, 240],
};
function severalZones(sentence: string): { abbreviation: string; offsets: number[] } | null {
  const m = /(?<![^\P{L}]|\u03B9)(IST|CST|AST|GST|SST|ECT|AMT)(?![^\P{L}]|\u03B9)/u.exec(sentence);
  return m ? { abbreviation: m[1], offsets: SEVERAL_ZONES[m[1]] } : null;
}

/**
 * A time zone written in the sentence that zoneOffset() cannot place: "Cairo time", "local time", "our
 * time", "Ortszeit". Reading the hours as UTC would be a guess about the days, so it is asked.
 */
function unplacedZone(sentence: string): string | null {
  for (const re of UNPLACED_ZONE) {
    const named = re.exec(sentence);
    if (named) return named[0].trim();
  }
  return null;
}
const UNPLACED_ZONE = [
  IANA_ZONE,
  /(?<![^\P{L}]|\u03B9)(?:(?:local|our|my|your|their|office|server|company|site|store|customers?'?|same)\s+time(?:\s+zone)?|local\s+(?:calendar\s+)?(?:days?|dates?)|ortszeit|lokalzeit|unserer zeit|heure locale|notre heure|hora local|nuestra hora|ora locale|lokale tijd|onze tijd|czasu lokalnego|lokal tid|paikallista aikaa|現地時間|当地时间|本地时间|當地時間|현지 ?시간|по местному времени|за місцевим часом|местного времени)(?![^\P{L}]|\u03B9)/iu,
  // "Cairo time", "Cape Verde Time", "hora de Lima": a place's clock, capitalised as a place is.
  /(?<![^\P{L}]|\u03B9)(?:(?!(?:Any|Each|Every|Last|This|Next|First|The|Same|Real|Some|One|That|At|By|In|On|For|From|Response|Processing|Delivery|Lead|Run|Up|Down|Free|Full|Part|Over|Half|Screen|Wall|Local|Our|My|Your|Their)\s)(?:\p{Lu}[\p{L}.]+\s+){1,2}(?:[Ss]tandard\s+|[Dd]aylight\s+|[Ss]ummer\s+)?[Tt]ime(?![^\P{L}]|\u03B9)|(?:hora|heure|ora) de \p{Lu}\p{L}+)/u,
];
/** ZONES with the global flag, built once, to look past a lower-case "est" to a later "EST". */
const ZONES_ALL: [RegExp, number, SummerTime?][] = ZONES.map(([re, offset, rule]) => [new RegExp(re.source, `${re.flags}g`), offset, rule]);

/**
 * Hours written just before their day ("between 23:00 and 01:30 CET in the night of 4 March"): the
 * time-only reading before this one, when only a few joining words lie between them. An end before
 * the start runs into the next day.
 */
function timeBefore(found: Found[], i: number, text: string): { from: number; to: number; end: number } | null {
  const prev = found[i - 1];
  const cur = found[i];
  if (!prev || !cur || cur.result.start.isCertain('hour') || !prev.result.start.isCertain('hour') || prev.result.start.isCertain('day')) return null;
  if (!/^[\s,]*(?:(?:in|on|of|the|am|an|le|el|der|den|dem|du|de|la|op|em|no|il|w|dnia|night|nacht|nuit|noche)\s+)*$/i.test(text.slice(prev.end, cur.index))) return null;
  // Only hours written as hours ("21h", "10:00", "3pm"): chrono reads a bare "19" in "le 19 et le 20
  // octobre" as seven in the evening, and a day would become hours of the next one.
  if (!CLOCK_TIME.test(text.slice(prev.index, prev.end))) return null;
  const minutes = (c: chrono.ParsedComponents): number => (c.get('hour') as number) * 60 + ((c.get('minute') as number) ?? 0);
  const tz = prev.result.start.isCertain('timezoneOffset') ? (prev.result.start.get('timezoneOffset') as number) : 0;
  // The day is read in the zone of the hours; the caller shifts by the zone it finds in the sentence,
  // so an explicit offset here is folded into the minutes.
  const shift = prev.result.start.isCertain('timezoneOffset') && zoneOffsetIsWritten(text, prev) ? 0 : -tz;
  const from = minutes(prev.result.start) + shift;
  const to = prev.result.end ? minutes(prev.result.end) + shift : from;
  return { from, to, end: cur.end };
}

/** "15 de maio de 2024, das 21h às 23h": the day from one reading, the hours from the words beside it. */
function hoursOfTheDay(start: chrono.ParsedComponents, times: { from: number; to: number }, zone: number | null): { from: Date; to: Date } | null {
  const day = componentDay(start);
  if (!day) return null;
  const base = Date.parse(`${day}T00:00:00Z`) - (zone ?? 0) * 60_000;
  const from = new Date(base + times.from * 60_000);
  const to = new Date(base + times.to * 60_000);
  return { from, to: to <= from ? new Date(to.getTime() + 86_400_000) : to };
}

/**
 * "11.12.2026 klo 18.00-14.00": hours that end before they start, 12 to 24 hours apart, as written — a
 * night would be "22:00-02:00"; this is more likely two hours swapped, so it is asked, never widened. (A
 * window of 12 to 24 hours across midnight with both days written is asked about too: it is rare.)
 */
function hoursEndBeforeStart(from: Date, to: Date, times: { from: number; to: number } | null, start: chrono.ParsedComponents, end: chrono.ParsedComponents | null | undefined): boolean {
  const span = to.getTime() - from.getTime();
  const written = (r: chrono.ParsedComponents | null | undefined): number | null => (r?.isCertain('hour') ? (r.get('hour') ?? 0) * 60 + (r.get('minute') ?? 0) : null);
  const [writtenFrom, writtenTo] = times ? [times.from, times.to] : [written(start), written(end)];
  return span > 12 * 3_600_000 && span < 24 * 3_600_000 && writtenFrom !== null && writtenTo !== null && writtenTo < writtenFrom;
}

/** Whether the zone of a time reading is written where zoneOffset() will find it (then it is not applied twice). */
function zoneOffsetIsWritten(text: string, f: Found): boolean {
  return zoneOffset(text.slice(f.index, f.end + 12)) !== null;
}

/**
 * Hours written after a day in words chrono does not join to it: "das 21h às 23h", "von 21 bis 23 Uhr",
 * "de 21h à 23h", "午前7時から8時". Minutes after midnight, and where the words end.
 */
function timeAfter(text: string, at: number): { from: number; to: number; end: number } | null {
  const after = text.slice(at, at + 60);
  // "2026年11月5日 北京时间 02:00 到 03:00": a zone written between the day and its hours.
  let m = /^[\s,の]*(?:[(（]?(?:北京时间|北京時間|日本時間|日本標準時|한국 ?시간|UTC|GMT)[)）]?\s*)?(?:from|between|das|de|von|dalle|entre|van|du|ab|între|intre|tussen|mellom|mellan|από|μεταξύ|从|從|自)?\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(h|uhr|am|pm|a\.m\.|p\.m\.)?\s*(?:to|and|-|–|às|as|a|à|bis|alle|y|e|tot|en|og|och|și|şi|si|ja|és|έως|ως|μέχρι|και|au|até|到|至|〜|~)\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(h\b|uhr|am|pm|a\.m\.|p\.m\.)?/i.exec(after);
  // "1 Oct 2026 00:00 to 3 Oct 2026 23:59": the "3" after "to" starts the next date, it is no hour.
  const nextDate = m !== null && (startsWithMonth(after.slice(m[0].length)) || /^[./-]\d/.test(after.slice(m[0].length)));
  if (m && (m[2] || m[3] || m[5] || m[6]) && !nextDate) {
    const half2 = m[6];
    const half1 = m[3] ?? (half2 && /[ap]/i.test(half2) ? half2 : undefined);
    return { from: clockMinutes(m[1], m[2], half1), to: clockMinutes(m[4], m[5], half2), end: at + m[0].length };
  }
  m = /^[\s,の]*(午前|午後)?(\d{1,2})時(?:(\d{1,2})分)?(?:から|〜|~|～|-|–)(午前|午後)?(\d{1,2})時(?:(\d{1,2})分)?(?:まで)?/.exec(after);
  if (m) return { from: clockMinutes(m[2], m[3], m[1]), to: clockMinutes(m[5], m[6], m[4] ?? m[1]), end: at + m[0].length };
  // Korean: "오전 7시부터 8시까지", "오후 2시 30분부터 4시까지".
  m = /^[\s,]*(오전|오후)?\s*(\d{1,2})시(?:\s*(\d{1,2})분)?\s*(?:부터|~|〜|-)\s*(오전|오후)?\s*(\d{1,2})시(?:\s*(\d{1,2})분)?(?:\s*까지)?/.exec(after);
  if (m) return { from: clockMinutes(m[2], m[3], m[1]), to: clockMinutes(m[5], m[6], m[4] ?? m[1]), end: at + m[0].length };
  return null;
}

const LAST_N_HOURS =
  /(?<![^\P{L}]|\u03B9)(?:the\s+)?(?:last|past|previous|letzten|derni[eè]res|[úu]ltimas|afgelopen|laatste|ultime|ostatnich|senaste|sidste|siste|viimeiset)\s+(?:\d{1,3}|few|couple of|several|paar|zwei|drei)\s+(?:hours?|hrs?|stunden|heures|horas|uur|ore|godzin|timmar|timer|tuntia)(?![^\P{L}]|\u03B9)/giu;
const ORDINAL_WORDS: Record<string, string> = Object.fromEntries(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
    .map((w, i) => [w, `${i + 1}${i === 0 ? 'st' : i === 1 ? 'nd' : i === 2 ? 'rd' : 'th'}`])
    .concat([['twenty-first', '21st'], ['twenty-second', '22nd'], ['twenty-third', '23rd'], ['thirtieth', '30th'], ['thirty-first', '31st']])
    .concat(['fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((w, i) => [`twenty-${w}`, `${24 + i}th`])),
);
/** An ordinal word as a day: before "of <month>", or before "through/to the <ordinal> of <month>". */
const ORDINAL_WORD_DAY = new RegExp(
  `(?<![\\p{L}-])(${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace('-', '[\\s-]')).join('|')})(?![\\p{L}-])(?=\\s+(?:of\\s+(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)|(?:to|through|till|until|and|-|–)\\s+(?:the\\s+)?(?:${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace('-', '[\\s-]')).join('|')})\\s+of\\s+(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9)))`,
  'giu',
);
/** "the 5th day of February", "the fifth day of February": the words "day of" between a day's ordinal and its month. */
const NTH_DAY_OF_MONTH = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace('-', '[\\s-]')).join('|')})\\s+day\\s+of\\s+(?=(?:${MONTH_NAMES_RE})(?![^\\P{L}]|\\u03B9))`,
  'giu',
);
/** "the second day of the import", "in May the first thing we did": an ordinal word of something else. */
const NOT_A_DAY_AFTER = '(?!\\s+(?:day|days|week|weeks|month|time|one|half|part|thing|things|batch|import|run|of\\s+the))';
const ORDINAL_WORD_ALTERNATIVES = Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace('-', '[\\s-]')).join('|');
/** "november third": an ordinal word right after a month name. */
const ORDINAL_WORD_AFTER_MONTH = new RegExp(`(?<=(?<![^\\P{L}]|\\u03B9)(?:${MONTH_NAMES_RE})\\s+(?:the\\s+)?)(${ORDINAL_WORD_ALTERNATIVES})(?![\\p{L}-])${NOT_A_DAY_AFTER}`, 'giu');
/** "… 3rd to the fifth", "… 3rd of feb through the fifth": an ordinal word ending a range whose start is a day ("the 3rd and the second day of the import" is no day). */
const ORDINAL_WORD_RANGE_END = new RegExp(`(?<=\\d(?:st|nd|rd|th)(?:\\s+of\\s+(?:${MONTH_NAMES_RE})\\.?)?\\s+(?:to|through|thru|till|until|-|–)\\s+(?:the\\s+)?)(${ORDINAL_WORD_ALTERNATIVES})(?![\\p{L}-])${NOT_A_DAY_AFTER}`, 'giu');
/**
 * "the last 2 weeks", "die letzten 3 Monate", "les deux dernières semaines": fourteen days up to today, up
 * to yesterday, or two calendar weeks? Chrono read "last 2 weeks" as the one day two weeks back, and "last 3
 * months" as one month. "the last 2 weeks of November" is part of that month, as uncounted. Both asked.
 */
const SPAN_COUNT = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple(?:\s+of)?|several|zwei|drei|vier|fünf|sechs|paar|deux|trois|quatre|cinq|six|quelques|dos|tres|cuatro|cinco|seis|due|tre|quattro|cinque|sei|twee|drie|vier|vijf|zes)`;
const SPAN_UNIT = String.raw`(?:weeks?|months?|years?|wochen|monaten?|jahren?|semaines|mois|ann[ée]es|ans|semanas|meses|años|anos|settimane|mesi|anni|weken|maanden|jaren)`;
const LAST_N_WEEKS = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:(?:(?:the|die|den|los|os|gli|de)\s+)?(?:last|past|previous|letzten|vergangenen|[úu]ltimos|ultimi|afgelopen|laatste)\s+${SPAN_COUNT}\s+${SPAN_UNIT}|(?:les\s+)?${SPAN_COUNT}\s+(?:derni[èe]re?s|pass[ée]e?s)\s+${SPAN_UNIT})(?![^\P{L}]|\u03B9)(?:\s+(?:of|in|im|vom|von|des|de|du|del|di|van)\s+(?:${MONTH_NAMES_RE})(?![^\P{L}]|\u03B9)\.?(?:,?\s+\d{4})?)?`,
  'giu',
);
function askAboutLastWeeksAndMonths(mapped: MappedText, out: DateExtraction): void {
  mapped.replace(LAST_N_WEEKS, (whole) => {
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" does not say which days exactly (whole calendar weeks or months, up to today or up to yesterday) — which days should be deleted?`);
    return blank(whole);
  });
  // "the data from 2 weeks ago", "1 month ago": chrono reads one day, or one calendar month, of a time
  // the writer only placed roughly — which days is asked. ("3 days ago" is a day, and stays one.)
  mapped.replace(WEEKS_OR_MONTHS_AGO, (whole) => {
    out.mentioned = true;
    out.ambiguities.push(`"${whole.trim()}" does not say which days exactly — which days should be deleted?`);
    return blank(whole);
  });
}
const WEEKS_OR_MONTHS_AGO = /(?<![^\P{L}]|\u03B9)(?:\d{1,3}|an?|one|two|three|four|five|six|a few|a couple of|several)\s+(?:weeks?|months?|years?)\s+(?:ago|back)(?![^\P{L}]|\u03B9)/giu;
// Russian and Ukrainian "за последние два дня" / "останні два дні", Romanian "ultimele două zile", Czech "posledních 2 dnů" too.
const LAST_N_DAYS =
  /(?<![^\P{L}]|\u03B9)(?:(?:the )?(?:last|past|previous)|(?:die |den )?letzten|(?:les )?(?:derniers|\d+ derniers)|(?:los )?[úu]ltimos|(?:de )?afgelopen|(?:de )?laatste|(?:gli )?ultimi|(?:os )?[úu]ltimos|ostatni(?:e|ch)|(?:de )?senaste|(?:de )?sista|(?:de )?sidste|(?:de )?siste|viimeiset|viimeisen|viimeisten|(?:за )?последни[еийх]|(?:за )?останні[хм]?|ultimele|posledn[íi](?:ch)?)\s+(?:\d{1,2}|two|three|four|five|six|seven|zwei|drei|vier|fünf|deux|trois|quatre|dos|tres|cuatro|twee|drie|vier|tre|due|quattro|dwa|dwóch|trzy|trzech|två|tre|fire|fyra|kaksi|kolme|два|две|двух|три|тр[её]х|четыре|пять|дві|двох|trei|dou[ăa]|dva|dvou|tři|tří)\s+(?:days?|tage[n]?|jours|d[íi]as|dagen|giorni|dias|dni|dagar(?:na)?|dage(?:ne)?|dager|dagene|päivää|päivän|päivien|дня|дней|день|суток|сутки|днів|дні|zile|dn[íůi]|dny)(?![^\P{L}]|\u03B9)|(?:过去|過去|最近|直近)\s*\d{1,2}\s*(?:天|日間|日)/giu;

/**
 * "delete all web data older than 60 days": an age counted back from a day that moves with the
 * day we delete, and no first day at all — which days is asked, never guessed. Like days held by another
 * request, no day is written, so the time frame stays missing. Beside days written out ("raw data older
 * than two years must go: please delete 1 January to 30 June 2024") the age is the policy behind them.
 */
function askAboutAgeLimit(out: DateExtraction, original: string): void {
  const age = out.ranges.length === 0 ? new RegExp(OLDER_THAN_AGE.source, 'iu').exec(original) : null;
  if (age) pushOnce(out.ambiguities, `"${age[0].trim()}"${AGE_QUESTION}`);
}
/** The question about an age: its field is the days, which it does not write (see index.ts). */
export const AGE_QUESTION = ' is an age, not days: it has no first day and its last moves with the day of deletion — which days exactly should be deleted?';
/** "older than 90 days", "more than six months old", "älter als 2 Jahre": data picked out by its age. */
const OLDER_THAN_AGE =
  /(?<![^\P{L}]|\u03B9)(?:older than\s+(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|thirty|sixty|ninety)\s+(?:days?|weeks?|months?|years?)|(?:more than|over)\s+(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|thirty|sixty|ninety)\s+(?:days?|weeks?|months?|years?)\s+old|(?:älter|aelter)\s+als\s+\d{1,4}\s+(?:tage[n]?|wochen|monate[n]?|jahre[n]?))(?![^\P{L}]|\u03B9)/giu;

/** Whether an instant span starts at a UTC midnight and ends at the next one (or 23:59 before it). */
function coversWholeUtcDays(from: Date, to: Date): boolean {
  // Seconds are not compared: chrono copies the end's ":59" onto a start written without seconds.
  const midnight = (d: Date): boolean => d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
  if (!midnight(from) || to <= from) return false;
  return midnight(to) || (to.getUTCHours() === 23 && to.getUTCMinutes() === 59);
}

/**
 * A time of day in any language: "10:00", "10h30", "21h", "3pm", "10 Uhr", "godz. 10", "kl. 10",
 * "klo 10", "ore 10", "10時", "10点".
 */
const CLOCK_TIME =
  /(?<![\d.:/])(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d?)(?![\d/])|(?<![\d.:/])(?:[01]?\d|2[0-3])\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)(?:godz\.?|godzin(?:a|ie|y)|kl\.|klo|ore)\s*\d{1,2}(?![\d/])|\d{1,2}\s*(?:時|点|點)|(?<![\d.:/])(?:[01]?\d|2[0-3])\s*óra(?![^\P{L}]|\u03B9)/iu;
/** CLOCK_TIME, every match; built once (see allMatches). */
const EVERY_CLOCK_TIME = new RegExp(CLOCK_TIME.source, 'giu');

/**
 * The UTC days that hours written apart from their day cover: "11月20日 9時〜12時 (JST)" is 00:00 to
 * 03:00 UTC on 20 November. Only for a single day and two clock times that read plainly; null otherwise.
 */
/**
 * "klo 00.00–01.30", "kl. 8.15-9.45": hours written with a dot, as Nordic clocks are. A dotted pair may
 * be days ("10.02-12.02"), so only after the word for o'clock or where one side is no day and month.
 */
const DOTTED_HOURS_RE = /(?<![\d.])(?:(?<=(?:klo|kello|kl\.?)\s*))?([01]?\d|2[0-3])\.([0-5]\d)\s*[–—-]\s*(?:klo\s*|kl\.?\s*)?([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])/iu;
const DOTTED_HOURS = {
  exec(sentence: string): RegExpExecArray | null {
    const m = DOTTED_HOURS_RE.exec(sentence);
    if (!m) return null;
    const noDay = (d: string, mo: string): boolean => Number(d) === 0 || Number(mo) === 0 || Number(mo) > 12;
    const cued = /(?:klo|kello|kl\.?)\s*$/iu.test(sentence.slice(0, m.index));
    return cued || noDay(m[1], m[2]) || noDay(m[3], m[4]) ? m : null;
  },
};
function hoursCovered(range: DayRange, sentence: string, zone: number): DayRange | null {
  const dotted = DOTTED_HOURS.exec(sentence);
  const times = dotted ? [clockMinutes(dotted[1], dotted[2], undefined), clockMinutes(dotted[3], dotted[4], undefined)] : allMatches(EVERY_CLOCK_TIME, sentence).map((m) => minutesOf(m[0]));
  if (range.from !== range.to || times.length !== 2 || times.some((t) => t === null)) return null;
  const [a, b] = times as number[];
  const start = Date.parse(`${range.from}T00:00:00Z`) + (a - zone) * 60_000;
  const end = Date.parse(`${range.from}T00:00:00Z`) + ((b > a ? b : b + 1440) - zone) * 60_000 - 1;
  return { from: utcDay(new Date(start)), to: utcDay(new Date(end)) };
}
/** "9時", "10:30", "3pm", "10 Uhr", "21h" as minutes after midnight; null for a form not read here. */
function minutesOf(clock: string): number | null {
  const m = /(\d{1,2})(?:[:h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/i.exec(clock);
  return m && Number(m[1]) < 24 ? clockMinutes(m[1], m[2], m[3]) : null;
}

/** An hour, its minutes and "am"/"pm" (or 午前/午後, 오전/오후) as minutes after midnight. */
function clockMinutes(h: string, m: string | undefined, half: string | undefined): number {
  let hour = Number(h);
  const ampm = (half ?? '').toLowerCase().replace(/\./g, '');
  if ((ampm === 'pm' || half === '午後' || half === '오후') && hour < 12) hour += 12;
  if ((ampm === 'am' || half === '午前' || half === '오전') && hour === 12) hour = 0;
  return hour * 60 + Number(m || 0);
}

/** What ONLY_THOSE_HOURS cannot match without: a clock time's separator or unit, or "rest". */
const HOURS_OR_REST = /\d[:h.]\d|\d\s*(?:am|pm|uhr|óra|h\b)|rest|reste|resto|reszt|resten|hours?/i;
/**
 * "between 14:00 and 15:00 UTC only — the rest of the day must stay": read as the UTC days that cover
 * the hours, which deletes what the customer asked to keep. Asked, with the days read.
 */
const ONLY_THOSE_HOURS = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)csak[^.!?\\n]{0,30}?(?:${CLOCK_TIME.source})|(?<![^\\P{L}]|\\u03B9)(?:chỉ|רק|μόνο|лише|тільки|только|doar|numai|hanya|sadece)\\s+(?:[\\p{L}]+\\s+){0,2}(?:${CLOCK_TIME.source})|เฉพาะ[^\\n]{0,12}?(?:${CLOCK_TIME.source})|(?:${CLOCK_TIME.source})[^.!?\\n]{0,20}?(?<![^\\P{L}]|\\u03B9)(?:only|nur|seulement|uniquement|solamente|únicamente|apenas|somente|soltanto|alleen|tylko|endast|kun|bare|vain|pouze)(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)(?:only|nur|seulement|uniquement|solo|sólo|solamente|apenas|somente|solo|alleen|tylko|endast|kun|bare|vain|jen)\\s+(?:(?:between|from|von|zwischen|entre|de|tra|fra|tussen|van|od|mellan|mellem|klo)\\s+)?(?:${CLOCK_TIME.source})|(?<![^\\P{L}]|\\u03B9)(?:only|just)\\s+(?:those|these|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,4}hours?(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)(?:rest|remainder) of (?:the|that|those) days?|outside (?:that|this|the|those) (?:window|hours?|time ?frame|time)|(?:window|hours?|time ?frame) only|everything else (?:on )?(?:that|this|the) day|rest of the (?:weekend|night)|resten av (?:dagen|helgen|døgnet|natten)|resten af (?:dagen|weekenden)|zbytek dne|(?:den|dny) předtím a potom|rest des tages|reste de la journée|resto del d[íi]a|resto do dia|resto della giornata|rest van de dag|reszt[ęa] dnia|resten av dagen|resten af dagen`,
  'iu',
);
/**
 * "delete 3 days of web: Dec 10–14", "Nov 2–6 (four days)": the writer counts the days as well as naming
 * them, and the count is not the number of days read. One of the two is a slip; which one is not said,
 * so the days are asked about, not kept. Only a count that is the object of the deletion or stands in
 * brackets: "we keep 30 days of logs" counts no days to delete.
 */
const COUNT_OF_DAYS = /(?:(?<![^\P{L}]|\u03B9)(?:delete|remove|purge|wipe|drop|erase|clear)\s+(?:(?:the|those|these|all|only|just)\s+)?|\(\s*)(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:full\s+|whole\s+|utc\s+|calendar\s+)?days?(?:\s+(?:of|worth\s+of)(?![^\P{L}]|\u03B9)|\s*\))/giu;
function askAboutCountsOfDays(out: DateExtraction, original: string): void {
  if (out.ranges.length === 0) return;
  const read = out.ranges.reduce((n, r) => n + (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 + 1, 0);
  for (const m of allMatches(COUNT_OF_DAYS, original)) {
    const said = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    if (m[0].startsWith('(') !== m[0].endsWith(')')) continue;
    if (said === read) continue;
    out.ambiguities.push(`"${m[1]} days" are counted, but the dates name ${read} ${read === 1 ? 'day' : 'days'} — which days should be deleted?`);
    out.ranges = [];
    out.evidence = [];
    return;
  }
}

/**
 * "only the morning data of 30 November", "11월 30일 오전 데이터만", "die Daten vom Vormittag": part of a
 * day with no hours, read as the day. Asked like hours are, with the day proposed.
 */
function askAboutPartsOfDays(out: DateExtraction, original: string): void {
  if (out.ambiguities.some((a) => a.includes(WHOLE_DAYS_QUESTION))) return;
  // Hours a reading already joined to their day were asked about there, or the customer accepted whole
  // days ("we understand you can only delete whole UTC days"): no second question about the hours.
  const hoursRead = out.notes.some((n) => n.includes('time of day')) || WHOLE_DAYS_ASKED.test(original);
  for (const e of out.evidence) {
    const at = original.indexOf(e.text);
    const sentence = at < 0 ? null : sentenceAround(original, at, at + e.text.length);
    const part = sentence === null ? null : (PART_OF_DAY.exec(sentence) ?? (hoursRead ? null : spanOfHours(sentence)));
    if (!part || sentence === null) continue;
    // The customer's words from the day to the part of it, whichever comes first ("30 Nov afternoon only").
    const partAt = original.lastIndexOf(sentence, at) + part.index + part[0].length - part[0].trimStart().length;
    const [from, to] = [Math.min(at, partAt), Math.max(at + e.text.length, partAt + part[0].trim().length)];
    out.ambiguities.push(`"${original.slice(from, to).replace(/\s+/g, ' ')}" ${WHOLE_DAYS_QUESTION}: only whole UTC days can be deleted, all of each day it falls on — should those whole days be deleted?`);
    return;
  }
}
/**
 * Two clock times joined as a span, in the sentence of a day: "上周五下午（北京时间 13:00–17:00）", "de anteayer
 * entre las 9 y las 12 hs", "Nov 3, 9am to 1pm". Whatever reading joined (or failed to join) the hours to
 * their day, the customer asked for some hours of it, and the whole day is more than that: asked, never
 * taken silently. Each side is a clock (10:00, 10h30) or an hour with its mark (9h, 12 hs, 3pm, 10 Uhr),
 * or the first is bare after "between"/"entre" and the last has its mark. Not UTC midnight to the day's
 * end (a whole UTC day), and not opening hours ("Mon-Fri 09:00-18:00").
 */
const HOUR_WITH_MARK = '(?:[01]?\\d|2[0-3])(?:(?::|h)[0-5]\\d(?:\\s*(?:h|hs|hrs|uhr|am|pm)(?![^\\P{L}]|\\u03B9))?|\\s*(?:h|hs|hrs|uhr|am|pm|a\\.m\\.|p\\.m\\.|時|点|點|시)(?![^\\P{L}]|\\u03B9))';
const HOUR_BARE = '(?:[01]?\\d|2[0-3])';
const CLOCK_SPAN_JOIN = '\\s*(?:[-–—~〜～]|to|until|till|and|bis|und|à|au|et|a|y|hasta|às|até|e|alle|tot|en|do|до|到|至)\\s*(?:(?:las|la|les|the|ore|le)\\s+)?';
const HOURS_SPAN = new RegExp(
  `(?<![\\d.:/T])(?:${HOUR_WITH_MARK}|(?<=(?:between|from|entre|zwischen|von|de|desde|das|dalle|tra|van|tussen|od)\\s+(?:(?:las|la|les|the|ore|le)\\s+)?)${HOUR_BARE})${CLOCK_SPAN_JOIN}${HOUR_WITH_MARK}`,
  'iu',
);
const MIDNIGHT_TO_MIDNIGHT = /^0?0(?::00)?\D+(?:24:00|23:59|0?0:00)/u;
function spanOfHours(sentence: string): RegExpExecArray | null {
  const span = HOURS_SPAN.exec(sentence);
  if (!span || MIDNIGHT_TO_MIDNIGHT.test(span[0])) return null;
  return new RegExp(OPENING_HOURS.source, 'iu').test(sentence) ? null : span;
}
const PART_OF_DAY = new RegExp(
  [
    // Only as what is to go: "the morning of Nov 3", "only the morning", "the morning's data", "evening events".
    "(?<![^\\P{L}]|\\u03B9)(?:(?:the|in the|only the|just the|for the)\\s+(?:morning|afternoon|evening)\\s+(?:of|on)|(?:only|just)\\s+the\\s+(?:morning|afternoon|evening)|(?:morning|afternoon|evening)(?:['’]s)?\\s+(?:data|events|traffic|records|hours))(?![^\\P{L}]|\\u03B9)",
    '(?<![^\\P{L}]|\\u03B9)(?:vormittagsdaten|nachmittagsdaten|daten (?:vom|des) (?:vormittag|nachmittag|abend)s?|donn[ée]es du (?:matin|soir)|datos de la (?:mañana|tarde|noche)|dados da (?:manhã|tarde|noite)|dati (?:della mattina|del pomeriggio|della sera)|данные за (?:утро|вечер|ночь))(?![^\\P{L}]|\\u03B9)',
    // Said after the day, or as an adverb: "30 Nov in the morning", "afternoon only", "vormittags", "por la tarde".
    '(?<![^\\P{L}]|\\u03B9)(?:(?:in|during) the (?:morning|afternoon|evening)|(?:morning|afternoon|evening) only|(?:vor|nach)mittags|morgens|abends|(?:am|nur den|nur am) (?:vormittag|nachmittag|abend)|por la (?:mañana|tarde|noche)|en la (?:mañana|tarde)|(?:au|le|du) matin|dans la (?:matinée|soirée)|en (?:matinée|soirée)|(?:di|la|al|in) mattin(?:a|ata|o)|(?:nel|il) pomeriggio|(?:di|la|in) sera(?:ta)?|(?:de|pela|na) manh[ãa]|(?:à|pela|na) (?:tarde|noite)|[\'’]s (?:ochtends|middags|avonds)|(?:in|alleen) de (?:ochtend|middag|avond)|(?:przed|po) południem|wieczorem|poranek|(?:på|om) (?:förmiddagen|eftermiddagen|morgonen|kvällen|formiddagen|morgenen|aftenen|ettermiddagen|kvelden)|aamupäivällä|iltapäivällä|aamulla|illalla|dopoledne|odpoledne|délelőtt|délután|dimineața|după-amiaza|öğleden sonra|το (?:πρωί|απόγευμα|βράδυ)|утром|вечером|с утра|ночью|вранці|зранку|увечері|ввечері|buổi (?:sáng|chiều|tối)|(?:pagi|siang|sore|malam) hari)(?![^\\P{L}]|\\u03B9)',
    '(?:ตอน|ช่วง)(?:เช้า|บ่าย|เย็น)|בבוקר|אחר הצהריים|בערב|صباحاً|صباحا|مساءً|في الصباح|في المساء|بعد الظهر|بعد از ظهر',
    '(?:오전|오후|아침|저녁|새벽)\\s*(?:의\\s*)?(?:데이터|이벤트|로그|분)|(?:上午|下午|早上|晚上|凌晨)(?:的)?(?:数据|數據|資料|事件|日志|日誌)|(?:午前|午後|夕方)(?:の)?(?:データ|分|イベント|ログ)',
  ].join('|'),
  'iu',
);

/**
 * Words that ask for the whole days themselves: "both days", "those two days", "whole days", "beide
 * Tage". Not "the whole day": written with a zone it is the local day, part of two UTC days.
 */
const WHOLE_DAYS_ASKED =
  /(?<![^\P{L}]|\u03B9)(?:both (?:utc |whole |full )?days|(?:those|these|the|both) (?:two|2) (?:utc |whole |full )?days|(?:the )?whole (?:utc )?days|entire (?:utc )?days|full (?:utc )?days|all of (?:both|those|these|the) days|beiden? tage|ganze tage|ces deux (?:jours|journ[ée]es)|les deux (?:jours|journ[ée]es)|journ[ée]es enti[èe]res|ambos d[ií]as|los dos d[ií]as|d[ií]as complet[oa]s|os dois dias|ambos os dias|dias inteiros|entrambi i giorni|tutti e due i giorni|giornate intere|beide dagen|oba dni|obydwa dni|całe dni|båda dagarna|hela dagarna|begge dage|begge dager|hele dagene|molemmat päivät|оба дня|обидва дні|оба дана|cả hai ngày)(?![^\P{L}]|\u03B9)/iu;
/** A sentence that denies or asks about the whole days: "not the whole days", "do you delete whole days?". */
const WHOLE_DAYS_DENIED = /\?|(?<![^\P{L}]|\u03B9)(?:not|no|don['’]?t|do not|cannot|can['’]t|never|nicht|kein\p{L}*|pas|ne|no|nunca|niet|geen|ikke|inte|ei|nie|non|n[ãa]o|δεν|nu)(?![^\P{L}]|\u03B9)/iu;

/** The words of the question about hours widened to whole UTC days: the days were read right. */
export const WHOLE_DAYS_QUESTION = 'is less than whole UTC days';
/** Drops every question about hours widened to whole UTC days (answered, or replaced by a sharper one). */
function dropWholeDaysQuestions(out: DateExtraction): void {
  out.ambiguities = out.ambiguities.filter((a) => !a.includes(WHOLE_DAYS_QUESTION));
}
/** The question for hours that no reading could join to their day: the days they cover are unknown. */
/** "00:00-24:00 UTC", "00:00 – 23:59 UTC": from UTC midnight to the day's end, said in UTC. */
const WHOLE_DAY_HOURS = /(?<![\d:])00:00(?::00)?\s*(?:-|–|—|to|until|bis|à|a)\s*(?:24:00|23:59(?::59)?)(?![\d:])\s*(?:h\s*)?(?:\(?\s*)?(?:utc|gmt|z)(?![^\P{L}]|\u03B9)/iu;
function widened(words: string, range: DayRange): string {
  return `"${words}" ${WHOLE_DAYS_QUESTION}: only whole UTC days can be deleted, which covers ${range.from} to ${range.to} — should those whole days be deleted?`;
}

/** "Feb 10/11": the two days of a night, or two days of one month; never a numeric month/day. */
function slashDays(whole: string, month: string, a: string, b: string, out: DateExtraction): string {
  // "natten mellan 11/12 maj": the month in any language the parser reads.
  const m = MONTHS[month.toLowerCase()] ?? FOREIGN_MONTHS[month.toLowerCase()];
  const [p, q] = [Number(a), Number(b)];
  if (!m || p < 1 || q > 31 || q <= p) return whole;
  if (q !== p + 1) {
    out.mentioned = true;
    out.ambiguities.push(`"${whole}" could be two days or the days between — which days are meant?`);
    return ' '.repeat(whole.length);
  }
  return `${monthNameEn(m)} ${p} to ${monthNameEn(m)} ${q}`;
}
function runChrono(text: string, reference: { instant: Date; timezone: number }): Found[] {
  const parsers: chrono.Chrono[] = [englishChrono];
  for (const [hint, parser] of LANG_HINTS) if (hint.test(text)) parsers.push(parser);
  if (HAS_CJK.test(text)) parsers.push(chrono.ja.casual);
  const all: Found[] = [];
  for (const parser of parsers) {
    for (const result of parser.parse(text, reference, { forwardDate: false })) {
      all.push({ index: result.index, end: result.index + result.text.length, text: result.text, result });
    }
  }
  // Keep the longest reading where parsers overlap (e.g. "1. bis 3. März" in German beats "3. März");
  // of two as long, the one that read a day ("10. November 2026": English reads "10." as an hour).
  const dayRead = (f: Found): number => (f.result.start.isCertain('day') ? 0 : 1);
  all.sort((a, b) => a.index - b.index || b.end - b.index - (a.end - a.index) || dayRead(a) - dayRead(b));
  const kept: Found[] = [];
  for (const f of all) {
    const last = kept[kept.length - 1];
    if (last && f.index < last.end) {
      if (f.end - f.index > last.end - last.index) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
}

/**
 * chrono silently swaps a range written backwards ("March 5 to March 2"); a reversed range is a sign
 * the customer mistyped, so we re-read the left side alone and report the range instead of guessing.
 */
function writtenReversed(text: string, from: string, reference: { instant: Date; timezone: number }): boolean {
  const split = RANGE_SPLIT.exec(text);
  if (!split || split.index === 0) return false;
  // The left side read in its own language too: "du 27 janvier 2027 au 24 janvier 2027".
  const left = runChrono(text.slice(0, split.index), reference)[0]?.result;
  if (!left || !left.start.isCertain('day')) return false;
  const leftDay = componentDay(left.start);
  return leftDay !== null && leftDay.slice(5) !== from.slice(5);
}

/** The clause around a date: its sentence, cut at commas, semicolons and dashes. */
/**
 * Keeps the question about days still ahead of the message apart (`ahead`) when the clause they are in
 * tells something else: "we switch provider on 1 March", "the company merges into a larger group on 1
 * March" date the request. Days the clause gives to the deletion stay its days, however wrong: "please
 * delete all data in X for March 3-4", "…, for March 3 and 4", "(March 3-4)", "the days are March 3 and 4".
 */
function markedAhead(reading: Reading, c: Candidate, question: string): void {
  const text = reading.mapped.text;
  const [a, b] = clauseBounds(text, c.f.index, c.shownEnd);
  const clause = text.slice(a, b);
  const from = c.f.index - a;
  // A bracket closes a clause too: "(closing March 15) please delete our account".
  const open = clause.lastIndexOf('(', from);
  const close = clause.indexOf(')', from);
  const bracketed = open >= 0 && close > from ? clause.slice(open + 1, close) : clause;
  // "…削除してください。ポイント制度を7月1日で終了するためです": a full-width stop ends the clause, space or not.
  const stop = bracketed.lastIndexOf('。', Math.max(0, from - (open >= 0 && close > from ? open + 1 : 0)));
  const own = stop >= 0 ? bracketed.slice(stop + 1) : bracketed;
  // Words of its own beside the days ("specifically March 3 and March 4 please" has hardly any).
  const words = (own.replace(MONTH_WORDS, ' ').match(/\p{L}{3,}/gu) ?? []).filter((w) => !FILLER_WORDS.test(w));
  if (wordCount(words) >= 3 && !deleteVerbIn(own) && !DAY_WORDS.test(own)) (reading.out.ahead ??= []).push(question);
}
/**
 * "ポイント制度を7月1日で終了するためです" (the points scheme ends on 1 July): Japanese and Chinese write no
 * spaces, so a clause of many words is one or two runs of letters; a run counts as a word per two signs.
 */
function wordCount(runs: string[]): number {
  return runs.reduce((n, w) => n + (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u.test(w) ? Math.floor([...w].length / 2) : 1), 0);
}
/** Words that call what they name days: "the days are", "Zeitraum", "les jours", "okres" (one "working day" is an event's). */
const DAY_WORDS = /(?<![^\P{L}]|\u03B9)(?:days|dates|range|period|time ?frames?|window|tage|zeitr(?:aum|äume)|jours|p[ée]riodes?|d[íi]as|per[íi]odos?|giorni|dagen|dagar(?:na)?|dni|okres\p{L}*)(?![^\P{L}]|\u03B9)/iu;
const MONTH_WORDS = new RegExp(MONTH_WORD.source, 'giu');
/** Words that only join or soften the days ("for March 3 and 4 please", "specifically"). */
const FILLER_WORDS = /^(?:and|und|et|y|e|och|oraz|also|only|just|specifically|please|bitte|the|for|from|through|until|till|thru|both|all|those|these)$/iu;

/**
 * The clause a relative day is read in. "pakidelete yung Web data, tala-pay, kahapon lang": a day that
 * stands between commas as an item of its own, with at most one short word beside it ("lang", "only",
 * "pls"), has no verb of its own — it belongs to the sentence that lists it, not to an empty clause.
 */
function bareItemClause(text: string, from: number, to: number): [number, number] {
  const [cf, ct] = clauseBounds(text, from, to);
  const beside = `${text.slice(cf, from)} ${text.slice(to, ct)}`.match(/\p{L}+/gu) ?? [];
  // One short word at most: "he left on Friday" has a subject and a verb of its own.
  if (beside.length <= 1 && beside.every((w) => w.length <= 6)) return sentenceBounds(text, from, to);
  return [cf, ct];
}

function clauseBounds(text: string, from: number, to: number): [number, number] {
  const [start, end] = sentenceBounds(text, from, to);
  let a = from;
  while (a > start && !/[,;—]/.test(text[a - 1])) a--;
  let b = to;
  while (b < end && !/[,;—]/.test(text[b])) b++;
  return [a, b];
}

function sentenceBounds(text: string, from: number, to: number): [number, number] {
  const ends = (i: number): boolean => SENTENCE_END.test(text[i]) && !wrappedAt(text, i);
  let start = from;
  while (start > 0 && !(ends(start - 1) && (start === 1 || /\s|[。]/.test(text[start]) || text[start - 1] === '\n'))) start--;
  let end = to;
  while (end < text.length && !ends(end)) end++;
  return [start, end];
}

/**
 * A line break that only wraps a sentence: after a long line (mail programs wrap near 72-78 characters)
 * that ends in no punctuation, with more words on the next line. "Pourriez-vous supprimer les données
 * de la source Boutique Web (espace de travail maison-celeste)\npour le 12 et le 13 novembre 2026 ?"
 * is one sentence; "Hi,\n" and a list's lines are not joined.
 */
function wrappedAt(text: string, i: number): boolean {
  if (text[i] !== '\n') return false;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const line = text.slice(lineStart, i).trimEnd();
  const next = text.slice(i + 1, i + 24);
  // A line of a wrapped sentence may also go on with a word in small letters ("… 7 de novembro de 2026\ninteiro,
  // considerando o horário de Brasília"): a sentence of its own begins with a capital, a list item with a mark.
  return line.length >= 50 && !/[.!?:;。]$/.test(line) && (CONTINUES.test(next) || ENDS_ON_A_PREPOSITION.test(line) || /^\p{Ll}\p{Ll}/u.test(next)) && !/^\d{1,2}[.)]\s/.test(next);
}
/** A line that stops on a word that cannot end a sentence: "… din spațiul de lucru lumen-books pentru". */
const ENDS_ON_A_PREPOSITION = /(?<![^\P{L}]|\u03B9)(?:for|from|on|at|to|of|the|pour|du|des|für|vom|von|para|por|del|per|dal|voor|van|pentru|din|dla|od|för|från|fra|til|za|pro|sa|untuk|dari|kwa|ya|mula|fyrir|за|для|ل|workspace|arbeitsbereich|espacio de trabajo|espace de travail|área de trabalho)$/iu;
/**
 * How the rest of a wrapped sentence begins: a date or a number, or a word that cannot start a sentence of
 * its own (a preposition, an article, "and", "to"). "we also had a glitch on November 5" starts a new one.
 */
const CONTINUES = new RegExp(
  String.raw`^(?:\d|\(|(?:for|from|on|in|at|to|until|till|through|between|and|or|of|the|a|an|as|with|pour|le|la|les|du|de|des|au|et|für|fur|vom|am|im|von|bis|zum|zur|und|der|die|das|del|el|los|las|para|por|en|y|dal|al|per|il|e|voor|van|op|tot|het|te|do|da|no|na|em|ou|i|och|og|fra|til|för|från|på|za|od|w|z|fyrir|за|už|nuo|kuanzia|untuk|dari|từ|ngày|من|ajavahemikus|utc|gmt|cet|cest|eet|eest|wet|west|pst|pdt|est|edt|cst|cdt|mst|mdt|jst|kst|ist|bst|aest|aedt|nzst|nzdt|pacific|eastern|mountain|atlantic|${ANY_MONTH_RE})(?![^\P{L}]|\u03B9))`,
  'iu',
);

function componentDay(c: chrono.ParsedComponents): string | null {
  return dayOf(c.get('year') as number, c.get('month') as number, c.get('day') as number);
}

function shiftYearToPast(range: DayRange, today: string): DayRange {
  const year = Number(today.slice(0, 4));
  const fromMd = range.from.slice(5);
  const toMd = range.to.slice(5);
  let fromYear = year;
  if (`${year}-${fromMd}` > today) fromYear = year - 1;
  // Only December into January crosses a year by itself ("Dec 28 – Jan 3"); "Sep 10 – Sep 5" is a typo
  // that stays backwards, so it is asked about instead of becoming a year.
  const wraps = toMd < fromMd && fromMd >= '11' && toMd < '03';
  const toYear = wraps ? fromYear + 1 : fromYear;
  const from = `${fromYear}-${fromMd}`;
  const to = `${toYear}-${toMd}`;
  return from === range.from && to === range.to ? range : { from, to };
}

/** The month of an English-reader month word ("März", "mar."), or undefined. */
function monthWord(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** "March 3, 2025 and March 7, 2025": days of one month written the way chrono reads them. */
function daysOfMonth(month: number, days: number[], year: string | undefined): string {
  const y = year ? `, ${year}` : '';
  return days.map((d) => `${monthNameEn(month)} ${d}${y}`).join(' and ');
}

/** Month names written first or abbreviated, and a day that shares the next one's month. */
function rewriteMonthFirst(mapped: MappedText): void {
  // "tgl 3-5 Des 2026", "17 Agu 2026": Indonesian abbreviations ("des" is a French word too: only between a day and a year).
  mapped.replace(/(?<=\d\.?[^\S\n]{1,3})(?:des|agu|agt)\.?(?=[^\S\n]+\d{4}(?!\d))/giu, (whole) => (/^des/i.test(whole) ? 'December' : 'August'));
  // "Setyembre 22 hanggang 24, 2026", "Nobyembre 23": the month first, as Tagalog writes it, in English words.
  mapped.replace(FOREIGN_MONTH_FIRST, (whole, month: string, d: string) => `${monthNameEn(FOREIGN_MONTHS[month.toLowerCase()])} ${d}`);
  mapped.replace(DAY_AND_MONTH_DAY, (whole, a: string, month: string, b: string, year: string | undefined) => {
    const m = monthWord(month);
    return m && Number(a) < Number(b) ? daysOfMonth(m, [Number(a), Number(b)], year) : whole;
  });
  // "do dia 9 ao dia 10 de fev. de 2027" once its end is read ("9 ao February 10, 2027"): the start takes its month.
  mapped.replace(DAY_TO_MONTH_DAY, (whole, a: string, month: string, b: string, year: string | undefined) => {
    const m = monthWord(month);
    const y = year ? `, ${year}` : '';
    return m && Number(a) < Number(b) ? `${monthNameEn(m)} ${a}${y} to ${monthNameEn(m)} ${b}${y}` : whole;
  });
}

/** Whether `b` is the day after `a` (as written: year, month and day). */
function nextDay(a: chrono.ParsedComponents, b: chrono.ParsedComponents): boolean {
  const day = (c: chrono.ParsedComponents): number => Date.UTC(c.get('year') ?? 0, (c.get('month') ?? 1) - 1, c.get('day') ?? 1);
  return day(b) - day(a) === 86_400_000;
}

function monthNameEn(m: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
}

function describe(y: number, m: number, d: number): string {
  return m >= 1 && m <= 12 ? `${d} ${monthNameEn(m)} ${y}` : 'an invalid date';
}

/**
 * "each Monday last month", "the weekends of January", "tutti i lunedì del mese scorso": those days of
 * the month, never the whole month or its first day; when which days is not told, asked. Then the
 * older reading of "every Monday in October" for what is left, and a question for anything still unread.
 */
function rewriteRecurringWeekdays(reading: Reading): void {
  const { mapped, today, out } = reading;
  mapped.replace(RECURRING_OF_MONTH, (whole, ...groups: string[]) => {
    const read = recurringDays(whole, groups, today);
    out.mentioned = true;
    if (!read.days) {
      out.ambiguities.push(`"${whole.trim()}" does not say which days of the month — which days exactly?`);
      return blank(whole);
    }
    out.notes.push(`"${whole.trim()}" read as ${read.said}: ${read.days.join(', ')}`);
    return daysInWords(read.days);
  });
  rewriteEveryWeekdayOfMonth(reading);
  askAboutRecurringWeekdaysLeft(reading);
}

/** Part of a day in words, and slashed numbers told apart from the request: asked (see below). */
function askAboutLooseDays(out: DateExtraction, original: string): void {
  askAboutLocalTimeWords(out, original);
  askAboutSlashDaysToldApart(out, original);
}

/**
 * "every other Monday last month", "Mondays in January, the ones the job ran": a weekday said of many
 * weeks beside a month that no reading turned into days. The month alone deletes too much, its first
 * day the wrong day: asked.
 */
function askAboutRecurringWeekdaysLeft(reading: Reading): void {
  const { mapped, out } = reading;
  const word = RECURRING_WEEKDAY_WORD.exec(mapped.text);
  if (!word) return;
  const sentence = sentenceAround(mapped.text, word.index, word.index + word[0].length);
  if (!MONTH_PERIOD.test(sentence)) return;
  out.mentioned = true;
  out.ambiguities.push(`"${word[0].trim()}" with a month does not say which days exactly — which days should be deleted?`);
}

/**
 * The words around the period at `at`..`end` in its sentence that take only some of its days ("a couple
 * of days last week", "the day of the outage last week", "May 2027 (only the days with the spike)"), or null.
 */
function someDaysInSentenceBefore(text: string, at: number, end = at): string | null {
  const start = Math.max(...['.', '\n', '!', '?'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const stops = ['.', '\n', '!', '?'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return someDaysOfPeriodBefore(text.slice(start, at), text.slice(end, stops.length > 0 ? Math.min(...stops) : text.length));
}

/**
 * "test orders 1/15 through 1/20", "import batches 1/12 to 1/14": numbers of things written after
 * their noun, with a slash; read as days they add days nobody asked for.
 */
function blankItemNumbers(mapped: MappedText, out: DateExtraction): void {
  mapped.replace(ITEM_NUMBERS, (whole) => {
    out.notes.push(`"${whole.trim()}" numbers things, not days: not read as dates`);
    return blank(whole);
  });
}

/** PART_OR_ZONE_OF_DAY, every match; built once (see allMatches). */
const EVERY_PART_OR_ZONE_OF_DAY = new RegExp(PART_OR_ZONE_OF_DAY.source, 'giu');
/**
 * "Feb 8 lunchtime onwards", "vom 8. Februar ab Mittag", "della sera dell'8 febbraio", "8. Februar
 * (deutsche Zeit)": part of a day, or a local day, said in words with no hours. Its UTC days are more
 * than what was asked (a local day covers two UTC days): whether to take them is asked. Written with
 * hours, the hours are read and asked about where they are.
 */
function askAboutLocalTimeWords(out: DateExtraction, original: string): void {
  if (out.ambiguities.some((a) => a.includes(WHOLE_DAYS_QUESTION)) || WHOLE_DAYS_ASKED.test(original)) return;
  for (const e of out.evidence) {
    const at = original.indexOf(e.text);
    if (at < 0) continue;
    const sentence = sentenceAround(original, at, at + e.text.length);
    if (CLOCK_TIME.test(sentence)) continue;
    const part = allMatches(EVERY_PART_OR_ZONE_OF_DAY, sentence).find((m) => !NOT_PART_OF_DAY_BEFORE.test(sentence.slice(0, m.index)) && !saidAsGreeting(sentence, m.index ?? 0, m[0].length));
    if (!part) continue;
    out.ambiguities.push(`"${e.text.trim()}" with "${part[0].trim()}" ${WHOLE_DAYS_QUESTION}: only whole UTC days can be deleted, all of each day it falls on — should those whole days be deleted?`);
    return;
  }
}

/**
 * "for Feb 8 - that's when the QA numbers 1/15 through 1/19 went through", "for Feb 8 (QA ran 1/15 -
 * 1/19)": slashed numbers in a clause of their own, with no word of deleting or data, beside days that
 * are asked for. They may be numbers of things as much as days: asked, like every day told outside the request.
 */
function askAboutSlashDaysToldApart(out: DateExtraction, original: string): void {
  if (out.evidence.length < 2) return;
  for (const e of out.evidence) {
    if (!SLASHED_DAY.test(e.text)) continue;
    const at = original.indexOf(e.text);
    if (at < 0) continue;
    const start = Math.max(...CLAUSE_ENDS.map((c) => original.lastIndexOf(c, at - 1))) + 1;
    const ends = CLAUSE_ENDS.map((c) => original.indexOf(c, at + e.text.length)).filter((i) => i >= 0);
    const end = ends.length > 0 ? Math.min(...ends) : original.length;
    const clause = `${original.slice(start, at)} ${original.slice(at + e.text.length, end)}`;
    if (DELETION_CONTEXT.test(clause) || deleteVerbIn(clause)) continue;
    if (!out.evidence.some((other) => other !== e && !SLASHED_DAY.test(other.text))) continue;
    out.ambiguities.push(`"${e.text.trim()}" is mentioned outside the deletion request — should those days be deleted too?`);
    return;
  }
}
const SLASHED_DAY = /(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])/;
const CLAUSE_ENDS = ['.', '\n', '!', '?', ';', '(', ')', ' - ', ' – ', ' — '];
