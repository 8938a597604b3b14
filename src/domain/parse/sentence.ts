/**
 * The sentence around a span of text: from the last sentence end before it to the first one after it.
 * A line break ends a sentence too (mail is written in lines); `ends` widens or narrows what counts as
 * an end (":" and ";" part "Further to my email yesterday: please delete …" into two).
 */
export const SENTENCE_ENDS = ['.', '\n', '!', '?'] as const;

export function sentenceAround(text: string, from: number, to: number, ends: readonly string[] = SENTENCE_ENDS): string {
  const start = Math.max(...ends.map((c) => text.lastIndexOf(c, from - 1))) + 1;
  const after = ends.map((c) => text.indexOf(c, to)).filter((i) => i >= 0);
  return text.slice(start, after.length > 0 ? Math.min(...after) : text.length);
}
