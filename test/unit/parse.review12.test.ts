/**
 * Readings added in the round of corpora 49–50 and red-team round 12 that a review of the merged change
 * found complete and wrong, each in other words here: a line of names and days that is a remark, "but"
 * after "every day" that stresses a day, days set against the asked ones that run past them, a day's
 * part cancelled, and a working day counted past the fifth. What staff would see: the kind, the days,
 * and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const source = (id: string, slug: string, name: string) => ({ id, slug, name });
const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_m', slug: 'marlow', name: 'Marlow', contacts: ['ines@marlow.example'], admins: ['ines@marlow.example'], deletedAt: null,
      sources: [source('m1', 'checkout', 'Checkout'), source('m2', 'loyalty', 'Loyalty'), source('m3', 'web', 'Web')],
      spaces: [],
    },
  ],
} satisfies Catalog);
const parse = (text: string, subject = 'Checkout data'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ines@marlow.example', date: new Date('2027-06-20T09:00:00Z'), subject }), catalog, { now: new Date('2027-06-21T09:00:00Z') }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a line of the names and days followed by a remark', () => {
  it.each([
    'Marlow Checkout, June 6-8 2027: totals look doubled again. We are checking on our side first.',
    'Marlow Checkout June 6-8 2027 - fine now after the release.',
    'Marlow Checkout 2027-06-06: the dashboard shows twice the orders.',
  ])('is no request: %s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('unknown');
    expect(r.ranges).toEqual([]);
  });

  it('is still a request when only the days and a "maybe … too" follow', () => {
    const r = parse('marlow checkout data 2027-06-06, maybe the 7th too');
    expect(r.kind).toBe('source_data');
    expect(asks(r)).toBe(true);
  });
});

describe('"but" after "every day"', () => {
  it('stresses a day when words follow it, and leaves every day in', () => {
    const r = parse('Please delete Checkout in marlow for every day of June 1-10, 2027, but June 7 above all.');
    expect(r.ranges).toEqual([{ from: '2027-06-01', to: '2027-06-10' }]);
  });

  it('excepts a day that ends its clause', () => {
    const r = parse('Please delete Checkout in marlow for every day of June 1-10, 2027 but June 7.');
    expect(r.ranges).toEqual([{ from: '2027-06-01', to: '2027-06-06' }, { from: '2027-06-08', to: '2027-06-10' }]);
  });
});

describe('days set against the asked ones that run past them', () => {
  it('asks, whether they are a correction or days to keep', () => {
    for (const text of ['Please delete Checkout in marlow for June 1-10, 2027, not June 8-12, we still need those.', 'Please delete Checkout in marlow; the right days are June 4-6, 2027, not June 3-5, 2027.']) {
      const r = parse(text);
      expect(asks(r)).toBe(true);
    }
  });
});

describe('a day\'s part of the request cancelled', () => {
  it('takes that day out', () => {
    const r = parse('Please cancel the June 7 part, and delete Checkout in marlow for June 6-8, 2027.');
    expect(r.ranges).toEqual([{ from: '2027-06-06', to: '2027-06-06' }, { from: '2027-06-08', to: '2027-06-08' }]);
  });
});

describe('the Nth working day past the fifth', () => {
  it('is one day, not the whole month', () => {
    // June 2027 starts on a Tuesday: its working days are 1-4, 7-11, 14 …
    const r = parse('Please delete Checkout in marlow for the tenth working day of June 2027.');
    expect(r.ranges).toEqual([{ from: '2027-06-14', to: '2027-06-14' }]);
  });

  it('asks about a weekday the month has not that often', () => {
    const r = parse('Please delete Checkout in marlow for the sixth Monday of June 2027.');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});
