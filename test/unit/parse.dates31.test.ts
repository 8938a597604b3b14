/**
 * What corpora 31 and 32 showed about how days are read, in my own words: a workspace named like a time
 * zone, a month named twice, a moving holiday inside the dates given, the Japanese range marks, a day with
 * no month but its weekday, "the last N weeks", the counted days of a month without its year, a year-less
 * start that runs to "yesterday" across the new year, and "last year".
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_k1', slug: 'pacific-kelp', name: 'Pacific Kelp', contacts: ['ops@pacifickelp.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_k1', slug: 'shop', name: 'Shop' }, { id: 'src_k2', slug: 'kiosk', name: 'Kiosk' }],
      spaces: [],
    },
    {
      id: 'ws_k2', slug: 'tidewater', name: 'Tidewater', contacts: ['data@tidewater.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_t1', slug: 'mobile', name: 'Mobile' }, { id: 'src_t2', slug: 'portal', name: 'Portal' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-01-08T12:00:00Z');
const parse = (text: string, sent: string, dateHeader?: string, from = 'data@tidewater.example'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date(sent), subject: 'deletion', dateHeader }), catalog, { now: NOW }));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');

describe('days written plainly are read as written', () => {
  it('a workspace called "Pacific …" is no time zone: plain days stay whole UTC days', () => {
    const r = parse('Please remove the Shop data of workspace Pacific Kelp for April 7-9, 2026. A bad release.', '2026-04-14T21:00:00Z', 'Wed, 15 Apr 2026 09:00:00 +1200', 'ops@pacifickelp.example');
    expect(r.ranges).toEqual([{ from: '2026-04-07', to: '2026-04-09' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('"11pm Pacific" is still a zone', () => {
    const r = parse('Please remove Mobile in Tidewater for Aug 3 2026 from 9pm to 11pm Pacific.', '2026-08-10T12:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-08-04', to: '2026-08-04' }]);
    expect(asked(r)).toMatch(/less than whole UTC days/);
  });
  it('a month described, then asked for with its year, is no second question', () => {
    const r = parse('Tracking double-counted the whole of September. Please wipe Portal in Tidewater for all of September 2026.', '2026-10-06T10:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-09-01', to: '2026-09-30' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('a month described while only some of it is asked for stays a question', () => {
    const r = parse('Tracking double-counted the whole of September. Please wipe Portal in Tidewater for September 1-20, 2026.', '2026-10-06T10:00:00Z');
    expect(asked(r)).toMatch(/"the whole of September" is mentioned outside the deletion request/);
  });
  it('Thanksgiving inside the dates given is their reason, not another day', () => {
    const r = parse('Please remove Mobile in Tidewater for 11/26/2025 through 11/28/2025, a crawler hit us over Thanksgiving.', '2025-12-01T15:00:00Z');
    expect(r.ranges).toEqual([{ from: '2025-11-26', to: '2025-11-28' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('Thanksgiving outside the dates given is still asked about', () => {
    const r = parse('Please remove Mobile in Tidewater for 11/18/2025 through 11/20/2025 and Thanksgiving.', '2025-12-01T15:00:00Z');
    expect(asked(r)).toMatch(/"Thanksgiving" names a day by its holiday/);
  });
  it.each([
    ['full-width tilde', '2026/09/14～2026/09/16'],
    ['wave dash', '2026/09/14〜2026/09/16'],
  ])('a %s between two dates is a range, even in an English sentence', (_, span) => {
    const r = parse(`Please delete the Mobile data of Tidewater for ${span}.`, '2026-09-20T01:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-09-14', to: '2026-09-16' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('an ASCII tilde between two dates in English is still asked about', () => {
    const r = parse('Please delete the Mobile data of Tidewater for 2026/09/14~2026/09/16.', '2026-09-20T01:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(asked(r)).toMatch(/could be two days or the days between/);
  });
});

describe('a day with no month, and its weekday', () => {
  it('"Tuesday the 8th" is the latest 8th when it was a Tuesday', () => {
    const r = parse('Please delete Portal in Tidewater for Tuesday the 8th.', '2026-09-15T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-09-08', to: '2026-09-08' }]);
  });
  it('"the 8th (a Tuesday)" reads the same', () => {
    const r = parse('Please delete Portal in Tidewater for the 8th (a Tuesday).', '2026-09-15T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-09-08', to: '2026-09-08' }]);
  });
  it('a weekday that does not fit the latest such day asks', () => {
    const r = parse('Please delete Portal in Tidewater for Wednesday the 8th.', '2026-09-15T09:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(asked(r)).toMatch(/has no month/);
  });
  it('"the 8th" alone still asks', () => {
    const r = parse('Please delete Portal in Tidewater for the 8th.', '2026-09-15T09:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(asked(r)).toMatch(/has no month/);
  });
});

describe('counted spans', () => {
  it.each([
    ['the past 3 weeks'], ['the last two weeks'], ['the last 6 months'], ['the last couple of weeks'], ['den letzten 2 Wochen'], ['the last 2 weeks of October 2026'],
  ])('"%s" is never one day or one month: asked', (span) => {
    const r = parse(`Please delete Mobile in Tidewater for ${span}.`, '2026-11-10T10:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(asked(r)).toMatch(/does not say which days exactly/);
  });
  it('"the last four days of October" without a year: that month just past', () => {
    const r = parse('Please delete the last four days of October for Mobile in Tidewater.', '2026-11-10T10:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-10-28', to: '2026-10-31' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('"the first two days of October" without a year: two days, never the month', () => {
    const r = parse('Please delete the first two days of October for Mobile in Tidewater.', '2026-11-10T10:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-10-01', to: '2026-10-02' }]);
  });
  it('the counted days of the sender\'s own month, not over yet, are asked about', () => {
    const r = parse('Please delete the last three days of November for Mobile in Tidewater.', '2026-11-10T10:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.length).toBeGreaterThan(0);
  });
  it('"the last 3 days" alone still asks whether today counts', () => {
    expect(asked(parse('Please delete Mobile in Tidewater for the last 3 days.', '2026-11-10T10:00:00Z'))).toMatch(/whether today counts/);
  });
});

describe('across the new year, and last year', () => {
  it('"from December 29 until yesterday" written on 4 January starts in the December just past', () => {
    const r = parse('Please delete Mobile in Tidewater from December 29 until yesterday.', '2027-01-04T15:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-12-29', to: '2027-01-03' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('"desde el 29 de diciembre hasta ayer" reads the same', () => {
    const r = parse('Por favor borren Mobile de Tidewater desde el 29 de diciembre hasta ayer.', '2027-01-04T15:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-12-29', to: '2027-01-03' }]);
  });
  it('a written year that ends before it starts is still asked about', () => {
    const r = parse('Please delete Mobile in Tidewater from December 29, 2027 until January 3, 2027.', '2027-01-05T15:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(asked(r)).toMatch(/ends before it starts/);
  });
  it('"all our data from last year" is the previous calendar year', () => {
    const r = parse('For our retention policy please delete the Portal data in Tidewater from last year.', '2026-10-02T10:00:00Z');
    expect(r.ranges).toEqual([{ from: '2025-01-01', to: '2025-12-31' }]);
  });
  it('"last year" said in passing adds no year of days', () => {
    const r = parse('Please delete the Portal data in Tidewater for March 3-4, 2026 (the same bug as last year).', '2026-10-02T10:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-03-03', to: '2026-03-04' }]);
    const s = parse('Please delete the Portal data in Tidewater for March 3, 2026, like we did for last year\'s outage.', '2026-10-02T10:00:00Z');
    expect(s.ranges).toEqual([{ from: '2026-03-03', to: '2026-03-03' }]);
  });
});
