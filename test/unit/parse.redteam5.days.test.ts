/**
 * Fifth red-team round on days: messages read complete but wrong. A period that dates something else
 * ("I emailed you last week"), a date inside a ticket key ("INC-2026-11-09"), an end at midnight, a count
 * of days read as days of the month ("1-2 days max"), and open ends or counts the days shown leave out
 * ("as of", "to present", "(2 days)", "±1 day"). The customer sees the days asked for, or a question.
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
      sources: [{ id: 'src_a1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_a2', slug: 'android-app', name: 'Android App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Friday 4 December 2026.
const SENT = new Date('2026-12-04T11:00:00Z');
const parse = (text: string, subject = 'Data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(`${text}\n\nThanks, Ana`, { from: 'ana@acme.example', date: SENT, subject }), catalog, { now: new Date('2026-12-04T12:00:00Z') }));
const NOV_10 = [{ from: '2026-11-10', to: '2026-11-10' }];

function expectDays(r: ParseResult, ranges: { from: string; to: string }[]): void {
  expect(r.kind).toBe('source_data');
  expect(r.workspace).toBe('acme-inc');
  expect(r.sources).toEqual(['ios-app']);
  expect(r.ranges).toEqual(ranges);
  expect(r.missing).toEqual([]);
  expect(r.ambiguities).toEqual([]);
}
function expectAsked(r: ParseResult, about: RegExp): void {
  expect(r.ambiguities.join('\n')).toMatch(about);
}

describe('a relative period that dates something else is not added to the days', () => {
  it('"our release last week broke …", then a request for one day: that day only', () => {
    expectDays(parse('our release last week broke the iOS App tracking. Please delete the iOS App data in acme-inc for November 10.'), NOV_10);
  });
  it('a forward whose note says when someone left: the day of the forwarded request only', () => {
    const text = 'Please handle. (Tom left the company last week.)\n\n-------- Forwarded Message --------\nSubject: Data cleanup\nDate: Wed, 2 Dec 2026 09:15:00 +0000\nFrom: Tom Becker <tom@agency.example>\nTo: ana@acme.example\n\nHi Ana, please have the iOS App data in acme-inc deleted for November 10. Tom';
    expectDays(parse(text, 'Fwd: Data cleanup'), NOV_10);
  });
  it('"I emailed you last week about this: please delete … November 10": asked, never a week added', () => {
    const r = parse('I emailed you last week about this: please delete the iOS App data in acme-inc for November 10.');
    expectAsked(r, /last week/);
    expect(r.ranges).not.toContainEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
});

describe('a date inside an identifier is not a day', () => {
  it.each([
    ['an incident key', 'please delete the iOS App data in acme-inc for November 10 (incident INC-2026-11-09).'],
    ['a Jira key', 'please delete the iOS App data in acme-inc for November 10 (Jira OPS-2026-11-12).'],
  ])('%s', (_, text) => {
    expectDays(parse(text), NOV_10);
  });
});

describe('boundaries and counts of periods are not widened', () => {
  it('an ISO span ending at midnight UTC leaves out the day it ends on', () => {
    expectDays(parse('please delete the iOS App data in acme-inc from 2026-11-10T00:00Z to 2026-11-11T00:00Z.'), NOV_10);
  });
  it('a span between two midnights written with chrono times covers the days before the end', () => {
    expectDays(parse('please delete the iOS App data in acme-inc between Nov 10 00:00 and Nov 12 00:00 UTC.'), [{ from: '2026-11-10', to: '2026-11-11' }]);
  });
  it.each([
    ['"1-2 days max" is a count, not Nov 1-2', 'please delete the iOS App data in acme-inc for November 10, 1-2 days max.', /1-2 days/],
    ['"weekends only" keeps some days of November', 'please delete the iOS App data in acme-inc for November weekends only.', /weekends only/],
    ['"the past week" is seven days or the calendar week', 'please delete the iOS App data in acme-inc for the past week.', /past week/],
    ['"yesterday (November 9)" names two different days', 'please delete yesterday (November 9) for the iOS App in acme-inc.', /yesterday/],
  ])('%s: asked', (_, text, about) => {
    const r = parse(text);
    expectAsked(r, about);
    expect(r.ranges).toEqual([]);
  });
  it('a relative day with the same date beside it is that day', () => {
    expectDays(parse('please delete yesterday (December 3) for the iOS App in acme-inc.'), [{ from: '2026-12-03', to: '2026-12-03' }]);
  });
  it('a count in brackets that matches the days written changes nothing', () => {
    expectDays(parse('please delete the iOS App data in acme-inc for November 10-11 (2 days).'), [{ from: '2026-11-10', to: '2026-11-11' }]);
  });
});

describe('an open end or a count the days do not show is asked about', () => {
  it.each([
    ['"from the 5th of November", no last day', 'please delete the iOS App data in acme-inc from the 5th of November.', /no last day/],
    ['"as of November 25"', 'please delete the iOS App data in acme-inc as of November 25.', /no last day/],
    ['"Nov 10 to present"', 'please delete the iOS App data in acme-inc for Nov 10 to present.', /no last day/],
    ['"(2 days)" beside one day', 'please delete the iOS App data in acme-inc for November 10 (2 days).', /2 days/],
    ['"plus/minus one day"', 'please delete the iOS App data in acme-inc for November 10 plus/minus one day.', /plus\/minus one day/],
    ['"±1 day"', 'please delete the iOS App data in acme-inc for November 10 ±1 day.', /±1 day/],
  ])('%s', (_, text, about) => {
    const r = parse(text);
    expectAsked(r, about);
    expect(r.ranges).toEqual([]);
  });
});
