/**
 * A part of a day written before its day with "on" ("all morning on 6 Nov 2026", "the afternoon on 20 Nov
 * 2026"), or in German with "am" ("den ganzen Vormittag am 6. November"): the day is a day the customer
 * wrote, so it is read as "the afternoon of" is, and asked about, never dropped without a word.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'marlow-tea', name: 'Marlow Tea', contacts: ['ops@marlow.example'], admins: ['ops@marlow.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'online-store', name: 'Online Store' }, { id: 'src_2', slug: 'ios-app', name: 'iOS App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-03T12:00:00Z');
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@marlow.example', date: new Date('2026-11-25T10:00:00Z') }), catalog, { now: NOW });
const asksAbout = (r: ParseResult, words: string): boolean => r.ambiguities.some((q) => q.includes(words) && /less than whole UTC days/.test(q));

describe('a part of a day said with "on" in the story is asked about', () => {
  it.each([
    ['The bots came back all morning on 6 Nov 2026.', 'all morning on 6 Nov 2026'],
    ['The bots came back in the evening on 6 Nov 2026.', 'in the evening on 6 Nov 2026'],
    ['The bots came back at night on 6 Nov 2026.', 'at night on 6 Nov 2026'],
    ['The bots came back all afternoon on November 6.', 'all afternoon on November 6'],
  ])('%s', (story, words) => {
    const r = parse(`Please delete the Online Store data of Marlow Tea from 2 to 4 Nov 2026. ${story}`);
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-04' }]);
    expect(asksAbout(r, words)).toBe(true);
    expect(r.ambiguities.some((q) => /mentioned outside the deletion request/.test(q))).toBe(true);
  });

  it.each([
    ['Die Bots kamen den ganzen Vormittag am 6. November 2026 zurück.', 'den ganzen Vormittag am 6. November 2026'],
    ['Die Bots kamen am Abend am 6. November 2026 zurück.', 'am Abend am 6. November 2026'],
  ])('German: %s', (story, words) => {
    const r = parse(`Bitte löschen Sie die Online Store Daten von Marlow Tea vom 2. bis 4. November 2026. ${story}`);
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-04' }]);
    expect(asksAbout(r, words)).toBe(true);
  });
});

describe('a part of a day said with "on" as the request is read as that day, with the question', () => {
  it.each([
    ['for the afternoon on 20 Nov 2026', 'the afternoon on 20 Nov 2026'],
    ['for all afternoon on 20 Nov 2026', 'all afternoon on 20 Nov 2026'],
    ['in the afternoon on 20 Nov 2026', 'in the afternoon on 20 Nov 2026'],
    ['for the morning on Nov 20, 2026', 'the morning on Nov 20'],
    ['for the night on 20 Nov 2026', 'the night on 20 Nov 2026'],
  ])('Please delete the Online Store data of Marlow Tea %s.', (when, words) => {
    const r = parse(`Please delete the Online Store data of Marlow Tea ${when}.`);
    expect(r.missing).toEqual([]);
    expect(r.ranges).toEqual([{ from: '2026-11-20', to: '2026-11-20' }]);
    expect(asksAbout(r, words)).toBe(true);
  });
});
