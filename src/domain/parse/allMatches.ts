/**
 * `[...text.matchAll(pattern)]`, without the copy of `pattern` that matchAll makes on every call. Pure.
 *
 * matchAll runs a new RegExp built from the pattern's source and flags. V8 takes the compiled code for
 * that copy from a compilation cache that every full garbage collection ages out, so a long parser
 * pattern matched through matchAll was compiled again three to five times in one `parse --json` run
 * over a thousand messages (counted with `node --log-code`; compiling is most of the run's CPU). The
 * pattern itself keeps the code it was compiled to.
 *
 * The matches are the same: matchAll's copy starts at the pattern's lastIndex and, after an empty match,
 * steps one code point (one code unit without `u` or `v`) as the standard's AdvanceStringIndex does; so
 * does this. The pattern's lastIndex is left as it was found, as matchAll leaves it, so a pattern shared
 * by several readers reads the same for each. The matches are all taken before the caller sees the
 * first, which a loop that stops early pays for in matching, never in its results.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  // matchAll throws for a pattern without `g`; this would otherwise loop on the first match forever.
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const unicode = pattern.flags.includes('u') || pattern.flags.includes('v');
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '') pattern.lastIndex = stepPast(text, pattern.lastIndex, unicode);
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

/** The standard's AdvanceStringIndex: the index after the character at `at`. */
function stepPast(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? at + 2 : at + 1;
}
