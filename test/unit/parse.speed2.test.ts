/**
 * The word edges of the parser's patterns are written `[^\P{L}]|\u03B9` instead of `[\p{L}]` because
 * it compiles faster (src/domain/parse/letterEdges.ts). A customer must see no difference: the edges
 * match exactly the characters the letter class matched, over every code point, with and without
 * case-insensitivity (Greek iota and the combining mark that folds to it are the case that needs care).
 */
import { describe, expect, it } from 'vitest';
import { L, R, WORD_AFTER, WORD_BEFORE } from '../../src/domain/parse/letterEdges';

/** Every code point that is not a lone surrogate (lone surrogates are not text a mail decodes to). */
function* codePoints(): Generator<string> {
  for (let cp = 0; cp < 0x110000; cp++) if (cp < 0xd800 || cp > 0xdfff) yield String.fromCodePoint(cp);
}

/** The code points where two patterns disagree. */
function disagreements(a: RegExp, b: RegExp): string[] {
  const out: string[] = [];
  for (const c of codePoints()) if (a.test(c) !== b.test(c)) out.push(`U+${c.codePointAt(0)!.toString(16)}`);
  return out;
}

describe('the word edges mean what the letter class meant', () => {
  for (const flags of ['u', 'iu']) {
    it(`a letter before or after, under /${flags}`, () => {
      expect(disagreements(new RegExp(`^(?:${L.slice(4, -1)})$`, flags), new RegExp('^[\\p{L}]$', flags))).toEqual([]);
      expect(disagreements(new RegExp(`^x${R}`, flags), new RegExp('^x(?![\\p{L}])', flags))).toEqual([]);
      expect(disagreements(new RegExp(`${L}x$`, flags), new RegExp('(?<![\\p{L}])x$', flags))).toEqual([]);
    });
    it(`a letter, digit or underscore before or after, under /${flags}`, () => {
      expect(disagreements(new RegExp(`^x${WORD_AFTER}`, flags), new RegExp('^x(?![\\p{L}\\p{N}_])', flags))).toEqual([]);
      expect(disagreements(new RegExp(`${WORD_BEFORE}x$`, flags), new RegExp('(?<![\\p{L}\\p{N}_])x$', flags))).toEqual([]);
    });
  }
});

