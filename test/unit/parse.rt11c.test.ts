/**
 * Holidays and whole months beside other days, in our own words. A holiday whose day the year settles
 * (a fixed day, a day counted from Easter, a US holiday set by a weekday rule) is read as that day; one
 * whose day depends on the country or a company (Labor Day, Mother's Day, Prime Day) is asked about; and
 * no holiday or month named beside days read is ever dropped without a word. Months listed or spanned
 * are every month named, whole.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'harbor-shop', name: 'Harbor Shop', contacts: ['lee@harbor.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'checkout-web', name: 'Checkout Web' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-04-12T12:00:00Z');
const SENT = '2027-04-08T09:30:00Z';
const parse = (text: string, sent = SENT): ParseResult =>
  parseRequest(textMessage(`Hello,\n\n${text}\n\nLee`, { from: 'lee@harbor.example', date: new Date(sent), subject: 'Data deletion' }), catalog, { now: NOW });
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const day = (d: string): { from: string; to: string } => ({ from: d, to: d });

describe('holidays whose day the year settles, beside other days', () => {
  it.each([
    ["the Harbor Shop Checkout Web events on Valentine's Day and on March 9, 2027", [day('2027-02-14'), day('2027-03-09')]],
    ['the Harbor Shop Checkout Web data for Memorial Day 2026 and for June 30, 2026', [day('2026-05-25'), day('2026-06-30')]],
    ['the Harbor Shop Checkout Web data on Good Friday 2026 and on Easter Monday 2026', [day('2026-04-03'), day('2026-04-06')]],
    ['the Harbor Shop Checkout Web data on MLK Day 2027 and on January 25, 2027', [day('2027-01-18'), day('2027-01-25')]],
    ['the Harbor Shop Checkout Web data on Cyber Monday, Giving Tuesday 2026 and December 4, 2026', [{ from: '2026-11-30', to: '2026-12-01' }, day('2026-12-04')]],
  ])('"Please delete %s" reads every day', (words, ranges) => {
    const r = parse(`Please delete ${words}.`);
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('harbor-shop');
    expect(r.sources).toEqual(['checkout-web']);
    expect(r.ranges).toEqual(ranges);
    expect(asks(r)).toBe(false);
  });
});

describe('holidays whose day depends on the country or a company are asked about, never dropped', () => {
  it.each([
    'Please delete the Harbor Shop Checkout Web data for Labor Day 2026 and Christmas Day 2026.',
    "Please delete the Harbor Shop Checkout Web data on Father's Day 2026 and on June 22, 2026.",
    'Please delete the Harbor Shop Checkout Web data on Prime Day 2026 plus July 20, 2026.',
    // In October in Canada, in November in the US.
    'Please delete the Harbor Shop Checkout Web data for Thanksgiving 2026 and for Black Friday.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.workspace).toBe('harbor-shop');
    expect(r.ambiguities.some((a) => /holiday/.test(a))).toBe(true);
  });

  it('"Prime Day 2026 (July 15-16)" is explained by the days written after it: no question', () => {
    const r = parse('Please delete the Harbor Shop Checkout Web data for Prime Day 2026 (July 15-16, 2026).');
    expect(r.ranges).toEqual([{ from: '2026-07-15', to: '2026-07-16' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('whole months listed or spanned', () => {
  it.each([
    ['for November and December', [{ from: '2026-11-01', to: '2026-12-31' }]],
    ['for October, November and December', [{ from: '2026-10-01', to: '2026-12-31' }]],
    ['for February and January', [{ from: '2027-01-01', to: '2027-02-28' }]],
    ['for October and December', [{ from: '2026-10-01', to: '2026-10-31' }, { from: '2026-12-01', to: '2026-12-31' }]],
    ['for November through January', [{ from: '2026-11-01', to: '2027-01-31' }]],
    ['for November 2026 through January 2027', [{ from: '2026-11-01', to: '2027-01-31' }]],
    ['for Q3 2026 and October', [{ from: '2026-07-01', to: '2026-10-31' }]],
    ['for December & February', [{ from: '2026-12-01', to: '2026-12-31' }, { from: '2027-02-01', to: '2027-02-28' }]],
  ])('"%s" is every month named, whole', (words, ranges) => {
    const r = parse(`Please delete the Harbor Shop Checkout Web data ${words}.`);
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual(ranges);
    expect(asks(r)).toBe(false);
  });

  it('"March and April", written on 8 April: April is not over, so it asks', () => {
    const r = parse('Please delete the Harbor Shop Checkout Web data for March and April.');
    expect(asks(r)).toBe(true);
  });

  it('"the 2nd of March 2027 and all of January" keeps January too', () => {
    const r = parse('Please delete the Harbor Shop Checkout Web data for the 2nd of March 2027, and all of January.');
    expect(r.ranges).toEqual([{ from: '2027-01-01', to: '2027-01-31' }, day('2027-03-02')]);
  });
});
