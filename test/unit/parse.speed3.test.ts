/**
 * The parser takes every match of a pattern with allMatches instead of `text.matchAll(pattern)`, for
 * speed (src/domain/parse/allMatches.ts): matchAll copies the pattern on every call, and V8 compiles
 * the copy again once its compilation cache has been aged out. A customer must see no difference: the
 * matches (text, index, groups) are matchAll's, and the pattern is left as matchAll leaves it.
 */
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/domain/parse/allMatches';

/** What a match shows a reader: its text, where it is, its groups. */
const shown = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

const CASES: { name: string; pattern: RegExp; text: string }[] = [
  { name: 'words under iu with the word edges', pattern: /(?<![^\P{L}]|\u03B9)(?:delete|löschen)(?![^\P{L}]|\u03B9)/giu, text: 'Please delete, LÖSCHEN and undelete; delete.' },
  { name: 'named groups', pattern: /(?<day>\d{1,2})\.(?<month>\d{1,2})\./g, text: 'vom 3.11. bis 5.11. und 7.12.' },
  { name: 'empty matches without u (one code unit each)', pattern: /(?=[a-z])|x*/g, text: 'a😀b' },
  { name: 'empty matches under u (one code point each)', pattern: /(?=\p{L})|x*/gu, text: 'a😀b😀' },
  { name: 'empty matches at every position', pattern: /(?:)/gu, text: '𝒳y𝒵' },
  { name: 'sticky as well as global', pattern: /\d/gy, text: '12a34' },
  { name: 'no match', pattern: /zzz/gi, text: 'nothing here' },
  { name: 'an empty text', pattern: /\s*/g, text: '' },
  { name: 'a lone surrogate at the end', pattern: /(?:)/gu, text: 'a\ud83d' },
];

describe('allMatches gives what matchAll gives', () => {
  for (const { name, pattern, text } of CASES) {
    it(name, () => {
      expect(shown(allMatches(pattern, text))).toEqual(shown(text.matchAll(pattern)));
      expect(pattern.lastIndex).toBe(0);
    });
  }

  it('starts where the pattern was left and leaves it there, as matchAll does with its copy', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    const expected = shown('12 34 56'.matchAll(pattern));
    expect(shown(allMatches(pattern, '12 34 56'))).toEqual(expected);
    expect(expected.map((m) => m.all[0])).toEqual(['34', '56']);
    expect(pattern.lastIndex).toBe(3);
  });

  it('a loop that reads the same pattern again inside sees the same matches', () => {
    const pattern = /\w+/g;
    const inner: number[] = [];
    const outer = allMatches(pattern, 'one two three').map((m) => {
      inner.push(allMatches(pattern, m[0]).length);
      return m[0];
    });
    expect(outer).toEqual(['one', 'two', 'three']);
    expect(inner).toEqual([1, 1, 1]);
  });

  it('refuses a pattern without g, as matchAll does (it would find its first match forever)', () => {
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
