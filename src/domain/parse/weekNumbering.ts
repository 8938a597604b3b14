/**
 * Week numbers count from a Monday only under ISO 8601. "US week 10", "week 10 (Sunday start)", "Sun–Sat
 * weeks" number other weeks: read as ISO weeks they delete a Monday nobody asked for and keep the Sunday
 * that was. Which days are meant is asked.
 */
const OTHER_WEEK_START =
  /(?<![^\P{L}]|\u03B9)(?:sundays?[\s-]+(?:start(?:s|ing|ed)?|first|based)|(?:start(?:s|ing|ed)?|begin(?:s|ning)?)\s+(?:on\s+(?:a\s+)?)?sundays?|sun(?:day)?\s*(?:[-–—]|to|through|thru)\s*sat(?:urday)?|(?:U\.?S\.?|american|retail|broadcast|fiscal)\s+(?:calendar\s+)?weeks?)(?![^\P{L}]|\u03B9)/iu;

/** The words saying a week number in `sentence` is not an ISO week, or null. */
export function otherWeekStart(sentence: string): string | null {
  return OTHER_WEEK_START.exec(sentence)?.[0] ?? null;
}
