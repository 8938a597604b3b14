import { describe, expect, it } from 'vitest';
import { SPACE_IN_LINE } from '../../src/domain/parse/kindWords';

// kindWords writes `[^\S\n]` out as a list, which is cheaper for V8 to compile under `iu`; the list must
// match exactly what the negated class matches, code point by code point, under the same flags.
describe('SPACE_IN_LINE', () => {
  it('matches what [^\\S\\n] matches, under the flags the patterns use', () => {
    for (const flags of ['iu', 'u', 'i', '']) {
      const negated = new RegExp('^[^\\S\\n]$', flags);
      const listed = new RegExp(`^${SPACE_IN_LINE}$`, flags);
      const differ: number[] = [];
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        const s = String.fromCodePoint(cp);
        if (negated.test(s) !== listed.test(s)) differ.push(cp);
      }
      expect(differ, flags).toEqual([]);
    }
  });
});
