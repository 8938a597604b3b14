/**
 * Where a word starts and ends: no letter (or no letter, digit or underscore) just before or after it.
 *
 * Written `[^\P{L}]|\u03B9` ("not a non-letter, or iota") rather than `[\p{L}]`, for speed and with the
 * same meaning. Under the `i` and `u` flags, which nearly every parser pattern carries, V8 closes each
 * character class over case (every character that folds like a member joins it) when it compiles the
 * pattern, once for one-byte and once for two-byte text; for the 140,000 letters of `\p{L}` that
 * closure was the largest single cost of compiling the parser's ~1,200 patterns, and they are compiled
 * on every `parse --json` run. The negated class skips most of it.
 *
 * Why the iota: under `iu` a negated class leaves out every character that folds like a member of the
 * class it negates. U+0345 (combining ypogegrammeni, not a letter) folds to iota, so `[^\P{L}]` alone
 * would leave out iota's whole fold class (U+0345, U+0399, U+03B9, U+1FBE). `\u03B9` under `i` matches
 * exactly that class, which `[\p{L}]` under `iu` matches too (U+0345 included); without `i`, `[^\P{L}]`
 * is `\p{L}` and the iota adds nothing. Checked over every code point, with and without `i`, in
 * test/unit/parse.speed2.test.ts. The forms are written out in patterns that are regular expression
 * literals; patterns built from strings use these constants.
 */

/** No letter before: `(?<![\p{L}])`. */
export const L = '(?<![^\\P{L}]|\\u03B9)';
/** No letter after: `(?![\p{L}])`. */
export const R = '(?![^\\P{L}]|\\u03B9)';
/** No letter, digit or underscore before: `(?<![\p{L}\p{N}_])`. */
export const WORD_BEFORE = '(?<![^\\P{L}]|[\\u03B9\\p{N}_])';
/** No letter, digit or underscore after: `(?![\p{L}\p{N}_])`. */
export const WORD_AFTER = '(?![^\\P{L}]|[\\u03B9\\p{N}_])';
