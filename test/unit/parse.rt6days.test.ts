/**
 * Sixth red-team round on days: three ways a message read complete gave days the customer never asked
 * for, or lost some they did. A month or a quarter naming a report or a cohort ("the Q3 2026 report"),
 * other days written as a shorthand after a date ("2026-11-03/05", "+ 2 days"), and the sender's zone said
 * in a sentence of its own ("All dates below are in CET."). The customer sees the days meant, or a
 * question; plain requests for a month or a day read as before.
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
      id: 'ws_a1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], admins: ['ana@acme.example'], deletedAt: null,
      sources: [{ id: 'src_a1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_a2', slug: 'web', name: 'Website' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Wednesday 2 December 2026, read a few days later.
const SENT = new Date('2026-12-02T10:00:00Z');
const parse = (text: string, subject = 'Deletion'): ParseResult =>
  contractView(parseRequest(textMessage(`Hi,\n\n${text}\n\nThanks, Ana`, { from: 'ana@acme.example', date: SENT, subject }), catalog, { now: new Date('2026-12-06T12:00:00Z') }));

function expectDays(r: ParseResult, source: string, ranges: { from: string; to: string }[]): void {
  expect(r.kind).toBe('source_data');
  expect(r.workspace).toBe('acme-inc');
  expect(r.sources).toEqual([source]);
  expect(r.ranges).toEqual(ranges);
  expect(r.missing).toEqual([]);
  expect(r.ambiguities).toEqual([]);
}
/** Not complete: a question is asked, and the period or the shorthand is named in it. */
function expectAsked(r: ParseResult, about: RegExp): void {
  expect(r.ambiguities.length).toBeGreaterThan(0);
  expect(r.ambiguities.join('\n')).toMatch(about);
}
const NOV_3 = [{ from: '2026-11-03', to: '2026-11-03' }];

describe('a month or a quarter that names a report, a cohort or a release is no time frame to delete', () => {
  it.each([
    ['a report to rebuild', 'We need the Website data in acme-inc for November 3, 2026 deleted before we rebuild the Q3 2026 report.', /Q3 2026 report/],
    ['dashboards as the reason', 'We need the Website data in acme-inc for November 3, 2026 deleted, otherwise our Q3 2026 dashboards stay wrong.', /Q3 2026 dashboards/],
    ['an invoice', 'Please delete the Website data in acme-inc for November 3, 2026, it shows up in our October 2026 invoice reconciliation.', /October 2026 invoice/],
    ['a release name', 'Please delete the Website data in acme-inc for November 3, 2026 (the Nov 2026 release candidate leaked test traffic).', /Nov 2026 release/],
    ['a cohort', 'Please delete the Website data in acme-inc for November 3, 2026 as it inflates our September 2026 cohort.', /September 2026 cohort/],
    ['a replayed backlog', 'Please delete the Website data in acme-inc for November 3, 2026, the day the December 2025 backlog was replayed.', /December 2025 backlog/],
  ])('%s: asked about, its months never deleted unasked', (_, text, about) => {
    const r = parse(text);
    expectAsked(r, about);
    expect(r.ranges.every((g) => g.from === '2026-11-03' && g.to === '2026-11-03')).toBe(true);
  });
  it('a subject naming the report does not add its quarter either: the day of the body only', () => {
    expectDays(parse('We need the Website data in acme-inc for November 3, 2026 deleted.', 'Cleanup before the Q3 2026 report'), 'web', NOV_3);
  });
  it.each([
    ['"delete October 2026 data"', 'Please delete October 2026 data for the Website in acme-inc.', [{ from: '2026-10-01', to: '2026-10-31' }]],
    ['"the October 2026 data"', 'Please delete the October 2026 data of the Website in acme-inc.', [{ from: '2026-10-01', to: '2026-10-31' }]],
    ['"the Q3 2026 events"', 'Please delete the Q3 2026 events of the Website in acme-inc.', [{ from: '2026-07-01', to: '2026-09-30' }]],
    ['"for October 2026 please"', 'Please delete the Website data in acme-inc for October 2026 please.', [{ from: '2026-10-01', to: '2026-10-31' }]],
  ])('%s is still the whole period', (_, text, ranges) => {
    expectDays(parse(text), 'web', ranges);
  });
});

describe('other days written as a shorthand after a date are read or asked about, never dropped', () => {
  it.each([
    ['"2026-11-3/5"', 'for 2026-11-3/5.'],
    ['an ISO interval "2026-11-03/05"', 'for the interval 2026-11-03/05.'],
    ['"+ 2 days"', 'for 2026-11-03 + 2 days.'],
    ['"-04 and -05"', 'for 2026-11-03, -04 and -05.'],
    ['"(+4, 5)"', 'for Nov 3 (+4, 5).'],
  ])('%s: asked which days', (words, tail) => {
    const r = parse(`Please delete the iOS App data in acme-inc ${tail}`);
    expectAsked(r, /shorthand/);
    expect(r.ranges).not.toEqual([{ from: '2026-11-05', to: '2026-11-05' }]);
    expect(words).toBeTruthy();
  });
  it('"2026-11-03..05" is the days 3 to 5', () => {
    expectDays(parse('Please delete the iOS App data in acme-inc for 2026-11-03..05.'), 'ios-app', [{ from: '2026-11-03', to: '2026-11-05' }]);
  });
  it('two whole dates joined by a slash on consecutive days are still those days', () => {
    expectDays(parse('Please delete the iOS App data in acme-inc for 2026-11-03/2026-11-04.'), 'ios-app', [{ from: '2026-11-03', to: '2026-11-04' }]);
  });
});

describe('a time zone said apart from the days makes them local days', () => {
  it.each([
    ['a sentence before', 'All dates below are in CET.\nPlease delete the iOS App data in acme-inc for November 3, 2026.'],
    ['a note after', 'Please delete the iOS App data in acme-inc for November 3, 2026. Note all our dates are in Singapore time.'],
    ['an offset after', 'Please delete the iOS App data in acme-inc for November 3, 2026. The day is by our India time (UTC+5:30).'],
  ])('%s: the two UTC days the local day covers are proposed, and asked', (_, text) => {
    const r = parse(text);
    expectAsked(r, /2026-11-02 to 2026-11-03/);
  });
  it('a zone database name in brackets ("timezone: US/Pacific") covers the next UTC day', () => {
    expectAsked(parse('Please delete the iOS App data in acme-inc for November 3, 2026 as it appears in our Mixpanel project (timezone: US/Pacific).'), /2026-11-03 to 2026-11-04/);
  });
  it.each([
    ['"our local day, we are in Sydney"', 'Please delete the iOS App data in acme-inc for November 3, 2026 (our local day, we are in Sydney).'],
    ['"Melbourne dates … local time"', 'Please delete the iOS App data in acme-inc for November 3 and 4, 2026. These are Melbourne dates, our dashboards run on local time.'],
  ])('%s: a zone that cannot be placed is asked about', (_, text) => {
    expectAsked(parse(text), /time zone we cannot place/);
  });
  it('dates said to be UTC stay the UTC day', () => {
    expectDays(parse('All dates below are in UTC.\nPlease delete the iOS App data in acme-inc for November 3, 2026.'), 'ios-app', NOV_3);
  });
  it('a zone in a signature, not about the dates, changes nothing', () => {
    expectDays(parse('Please delete the iOS App data in acme-inc for November 3, 2026.\n\nAna Ruiz\nBerlin office (CET)'), 'ios-app', NOV_3);
  });
});

describe('hours with their zone said apart are placed in that zone', () => {
  it('"between 00:30 and 02:00" with "All times are in CET." reaches back into the UTC day before', () => {
    expectAsked(parse('Please delete the iOS App data in acme-inc for November 3, 2026 between 00:30 and 02:00. All times are in CET.'), /2026-11-02 to 2026-11-03/);
  });
  it('"between 10:00 and 12:00" CET stays within its UTC day, still asked as part of a day', () => {
    expectAsked(parse('Please delete the iOS App data in acme-inc for November 3, 2026 between 10:00 and 12:00. All times are in CET.'), /2026-11-03 to 2026-11-03/);
  });
});
