/**
 * The words that leave something out (src/domain/parse/exclusionWords.ts) read the same wherever they
 * stand: an exception word of each language leaves out a day and a source alike, and the negation guard
 * ("don't forget", "please don't skip") and the contrast guard ("looked fine at first, but …") hold for
 * days and for sources alike.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'kite-tea', name: 'Kite Tea', contacts: ['ops@kite.example'], deletedAt: null,
      sources: [
        { id: 'src_1', slug: 'website', name: 'Website' },
        { id: 'src_2', slug: 'android-app', name: 'Android App' },
        { id: 'src_3', slug: 'server-api', name: 'Server API' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-12-10T10:00:00Z'), dateHeader: 'Thu, 10 Dec 2026 10:00:00 +0000' }), catalog, { now: new Date('2026-12-10T12:00:00Z') });
const day = (from: string, to = from) => ({ from, to });

describe('an exception word of each language leaves out a day and a source alike', () => {
  it.each([
    ['en', 'except'], ['en', 'minus'], ['de', 'außer'], ['de', 'bis auf'], ['fr', 'sauf'], ['fr', 'hormis'], ['es', 'excepto'],
    ['it', 'tranne'], ['nl', 'behalve'], ['pt', 'exceto'], ['sv', 'utom'], ['no', 'unntatt'], ['da', 'undtagen'],
    ['pl', 'oprócz'], ['cs', 'kromě'], ['fi', 'paitsi'], ['id', 'kecuali'], ['ru', 'кроме'], ['uk', 'крім'], ['el', 'εκτός από'],
  ])('%s "%s"', (_language, word) => {
    const days = parse(`Please delete the kite-tea Website data for Dec 1–3, 2026, ${word} Dec 2.`);
    expect(days.sources).toEqual(['website']);
    expect(days.ranges).toEqual([day('2026-12-01'), day('2026-12-03')]);
    expect(days.ambiguities).toEqual([]);
    const sources = parse(`Please delete all sources of kite-tea for Dec 1, 2026, ${word} the Android App.`);
    expect(sources.sources).toEqual(['server-api', 'website']);
    expect(sources.ranges).toEqual([day('2026-12-01')]);
    expect(sources.ambiguities).toEqual([]);
  });
});

describe('after "don\'t", "do not", "never", a word of omission asks FOR the thing', () => {
  it.each([
    ["and don't forget Dec 4", day('2026-12-01', '2026-12-04')],
    ["please don't skip Dec 4", day('2026-12-01', '2026-12-04')],
    ['and do not leave out Dec 4', day('2026-12-01', '2026-12-04')],
  ])('a day: "Dec 1–3, %s"', (words, range) => {
    const r = parse(`Please delete the kite-tea Website data for Dec 1–3, 2026, ${words}.`);
    expect(r.ranges).toEqual([range]);
  });
  it.each([
    ["and don't forget the Website", 'website'],
    ["and please don't skip the Server API", 'server-api'],
    ["and don't leave out the Server API", 'server-api'],
    ['and never omit the Server API', 'server-api'],
  ])('a source: "the Android App, %s"', (words, source) => {
    const r = parse(`Please delete the kite-tea data for Dec 1, 2026 from the Android App, ${words}.`);
    expect(r.sources).toEqual(['android-app', source]);
    expect(r.ranges).toEqual([day('2026-12-01')]);
  });
  it('without the negation the same word leaves the thing out', () => {
    expect(parse('Please delete the kite-tea Website data for Dec 1–4, 2026, but skip Dec 4.').ranges).toEqual([day('2026-12-01', '2026-12-03')]);
    expect(parse('Please delete all sources of kite-tea for Dec 1, 2026, but skip the Android App.').sources).toEqual(['server-api', 'website']);
  });
});

describe('a remark of "fine" taken back by a contrast leaves nothing out', () => {
  it('a day: "Dec 2 looked fine at first, but it has the duplicates too"', () => {
    const r = parse('Please delete the kite-tea Website data for Dec 1–3, 2026. Dec 2 looked fine at first, but it has the duplicates too.');
    expect(r.ranges).toEqual([day('2026-12-01', '2026-12-03')]);
    expect(r.ambiguities).toEqual([]);
  });
  it('a source: "The Server API looked fine at first, but it has the duplicates too"', () => {
    const r = parse('Please delete the kite-tea data for Dec 1, 2026 from the Android App and the Server API. The Server API looked fine at first, but it has the duplicates too.');
    expect(r.sources).toEqual(['android-app', 'server-api']);
    expect(r.ambiguities).toEqual([]);
  });
  it('without the contrast, the remark leaves the day out', () => {
    expect(parse('Please delete the kite-tea Website data for Dec 1–3, 2026. Dec 2 looked fine.').ranges).toEqual([day('2026-12-01'), day('2026-12-03')]);
  });
});
