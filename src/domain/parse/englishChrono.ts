/**
 * chrono's casual English reader, with its two "time units" parsers ("3 days ago", "two weeks later")
 * tried only when the text has a number and a unit right before their closing word.
 *
 * Why: those two parsers' patterns repeat chrono's whole "number + unit" pattern eleven times (it reads
 * "2 days, 3 hours and 5 minutes ago"), and V8 compiles each of them, once per process and once more
 * for texts with characters beyond Latin-1, in about 50 ms: together an eighth of all the pattern
 * compiling that `parse` does over a thousand messages, for two patterns that match almost no mail.
 * The check below is a pattern's last "number + unit + closing word" alone, which those patterns cannot
 * match without, so what chrono reads is unchanged: where the check fails, the parser's own pattern
 * would have found nothing either.
 */
import * as chrono from 'chrono-node';

/**
 * chrono's NUMBER_PATTERN and TIME_UNIT_DICTIONARY (locales/en/constants.js), as far as the text right
 * before a unit goes: a digit, one of its number words ("one" … "twelve", "half an", "a few", "several",
 * "the", "a couple of"), or "a"/"an" as a word of its own ("I am out of the office" is no "a m out");
 * up to five spaces after it ("couple\s{0,2}" and then "\s{0,3}" in chrono).
 */
const NUMBER_END = '(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\\s{0,2}an?)?|an?\\b|few|several|the|couple|of)';
const UNIT = '(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)';
const lastUnitBefore = (closing: string): RegExp => new RegExp(`${NUMBER_END}\\s{0,5}${UNIT}\\s{0,5}(?:${closing})(?=\\W|$)`, 'i');

/** The parsers by class name, and what their pattern cannot match without (ENTimeUnit*FormatParser.js). */
const NEEDED: Record<string, RegExp> = {
  ENTimeUnitAgoFormatParser: lastUnitBefore('ago|before|earlier'),
  ENTimeUnitLaterFormatParser: lastUnitBefore('later|after|from now|henceforth|forward|out'),
};
/** Matches nothing: what a parser is given to try when its check fails. */
const NOTHING = /(?!)/;

function triedOnlyWith(needed: RegExp, parser: chrono.Parser): chrono.Parser {
  return {
    pattern: (context) => (needed.test(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}

const parsers = chrono.casual.parsers.map((parser) => {
  const needed = NEEDED[parser.constructor.name];
  return needed ? triedOnlyWith(needed, parser) : parser;
});
/** How many of chrono's parsers are behind a check: 2, unless a chrono update renamed them (its test says so). */
export const CHECKED_PARSERS = parsers.filter((p, i) => p !== chrono.casual.parsers[i]).length;

export const englishChrono = new chrono.Chrono({ parsers, refiners: chrono.casual.refiners });
