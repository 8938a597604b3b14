/**
 * "~~Android App~~", "~~and March 6~~": Markdown's strike-through in a plain-text mail is the writer
 * crossing words out, as <s> or line-through is in HTML (htmlToText.ts leaves those out). Both the day
 * reader and the source reader leave struck words unread, so a crossed-out source or day is never
 * deleted. At most 80 characters on one line, opened and closed next to a word: "~~" alone or "~ 3 days"
 * is no strike-through. Pure.
 */
export const MARKDOWN_STRUCK = /~~(?=\S)[^~\n]{1,80}?(?<=\S)~~/g;

/** The text with every struck run blanked, position for position (offsets into the text still hold). */
export function withoutStruckWords(text: string): string {
  return text.replace(MARKDOWN_STRUCK, (m) => ' '.repeat(m.length));
}
