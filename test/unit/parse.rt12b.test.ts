/**
 * Two shapes of mail that read as a complete deletion of the wrong days: a weekday counted inside a
 * month ("the second Tuesday of June") read as the whole month, and a week number that is not an ISO
 * week ("week 23, weeks start on Sunday"); and a grid of days by sources, one mark per cell, read as every
 * source on every day. Each is read as the one day or the marked cells, or asked about; never widened.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { contractView } from '../../src/domain/parse/contractView';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_9', slug: 'harbor-tea', name: 'Harbor Tea', contacts: ['lee@harbortea.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_91', slug: 'kiosk', name: 'Kiosk' },
        { id: 'src_92', slug: 'loyalty-app', name: 'Loyalty App' },
        { id: 'src_93', slug: 'storefront', name: 'Storefront' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-04T12:00:00Z');
/** What `parse --json` shows for a plain-text message sent on 2 December 2026. */
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'lee@harbortea.example', date: new Date('2026-12-02T09:00:00Z'), subject: 'Data deletion' }), catalog, { now: NOW }));
const day = (d: string): { from: string; to: string } => ({ from: d, to: d });
const asks = (r: ParseResult): boolean => r.ambiguities.length > 0 || r.missing.length > 0;

describe('a weekday counted inside a month is that one day', () => {
  it.each([
    ['the second Tuesday of June 2026', '2026-06-09'],
    ['the 1st Thursday in October 2026', '2026-10-01'],
    ['the last Saturday of August 2026', '2026-08-29'],
    ['the fourth Sunday of May 2026', '2026-05-24'],
    ['the last working day of September 2026', '2026-09-30'],
    ['the first business day of November 2026', '2026-11-02'],
    ['the third Monday of July', '2026-07-20'],
  ])('%s', (when, expected) => {
    const r = parse(`Hello, please remove the Kiosk data in harbor-tea for ${when}. Thanks, Lee`);
    expect(r.ranges).toEqual([day(expected)]);
    expect(r.sources).toEqual(['kiosk']);
    expect(asks(r)).toBe(false);
  });

  it('asks when the month has no such weekday', () => {
    const r = parse('Hello, please remove the Kiosk data in harbor-tea for the fifth Friday of February 2026. Thanks, Lee');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('asks when a public holiday may move a counted business day', () => {
    const r = parse('Hello, please remove the Kiosk data in harbor-tea for the first business day of January 2026. Thanks, Lee');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('still reads every such weekday of a month as those days', () => {
    const r = parse('Hello, please remove the Kiosk data in harbor-tea for every Tuesday in June 2026. Thanks, Lee');
    expect(r.ranges).toEqual(['2026-06-02', '2026-06-09', '2026-06-16', '2026-06-23', '2026-06-30'].map(day));
  });
});

describe('a week that is not an ISO week is asked about', () => {
  it.each([
    'Hello, please remove the Kiosk data in harbor-tea for week 23 of 2026 (our weeks start on Sunday). Thanks, Lee',
    'Hello, please remove the Kiosk data in harbor-tea for US calendar week 23, 2026. Thanks, Lee',
    'Hello, please remove the Kiosk data in harbor-tea for week 23 of 2026, Sun-Sat. Thanks, Lee',
    'Hello, please remove the Kiosk data in harbor-tea for June 2026, week 3. Thanks, Lee',
    'Hello, please remove the Kiosk data in harbor-tea for week 3 of June 2026. Thanks, Lee',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('still reads an ISO week as Monday to Sunday', () => {
    const r = parse('Hello, please remove the Kiosk data in harbor-tea for 2026-W23. Thanks, Lee');
    expect(r.ranges).toEqual([{ from: '2026-06-01', to: '2026-06-07' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('a grid of days by sources is read cell by cell', () => {
  it('asks, keeping the marked days and sources, when the marks are not every day for every source', () => {
    const r = parse('Hi, in harbor-tea please clear:\n\nDate\tKiosk\tLoyalty App\tStorefront\n2026-11-10\tdelete\tkeep\tkeep\n2026-11-11\tkeep\tdelete\tkeep\n\nLee');
    expect(r.sources).toEqual(['kiosk', 'loyalty-app']);
    expect(r.ranges).toEqual([{ from: '2026-11-10', to: '2026-11-11' }]);
    expect(asks(r)).toBe(true);
  });

  it('asks when days head the columns and one source has a single mark', () => {
    const r = parse('Hi, in harbor-tea please clear:\n\n| Source | Nov 10, 2026 | Nov 11, 2026 |\n|---|---|---|\n| Kiosk | ✓ | ✓ |\n| Loyalty App | | ✓ |\n\nLee');
    expect(r.sources).toEqual(['kiosk', 'loyalty-app']);
    expect(asks(r)).toBe(true);
  });

  it('reads a grid whose marks make one whole block, leaving out the column marked no throughout', () => {
    const r = parse('Hi, in harbor-tea please clear:\n\nDate        Kiosk   Loyalty App   Storefront\n2026-11-10  yes     no            yes\n2026-11-11  yes     no            yes\n\nLee');
    expect(r.sources).toEqual(['kiosk', 'storefront']);
    expect(r.ranges).toEqual([{ from: '2026-11-10', to: '2026-11-11' }]);
    expect(asks(r)).toBe(false);
  });

  it('asks about a cell that is neither yes nor no', () => {
    const r = parse('Hi, in harbor-tea please clear:\n\nDate\tKiosk\tLoyalty App\n2026-11-10\tyes\tmaybe\n2026-11-11\tyes\tyes\n\nLee');
    expect(asks(r)).toBe(true);
  });

  it('still reads one column of yes and no for one day', () => {
    const r = parse('Hi, in harbor-tea please clear 10 November 2026:\n\nSource\tClear?\nKiosk\tyes\nLoyalty App\tno\n\nLee');
    expect(r.sources).toEqual(['kiosk']);
    expect(r.ranges).toEqual([day('2026-11-10')]);
  });
});
