/**
 * Third red-team round and corpus 34 on days already dealt with: a sentence that thanks the desk for one
 * day and asks for another, with no comma between them ("thanks for deleting Nov 30 please delete Dec 1
 * too"), added the day already deleted. Words of a deletion done count for a day when no asking word
 * stands between them and it. The must-still-work counterparts keep the readings that were right.
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
      id: 'ws_n1', slug: 'northwind-retail', name: 'Northwind Retail', contacts: ['priya@northwind.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_n1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_n2', slug: 'web', name: 'Web' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Saturday 5 December 2026.
const SENT = new Date('2026-12-05T10:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'priya@northwind.example', date: SENT, subject: '' }), catalog, { now: new Date('2026-12-05T12:00:00Z') }));
const DEC_1 = [{ from: '2026-12-01', to: '2026-12-01' }];

describe('a day the message says was already deleted is asked about, never added', () => {
  it.each([
    ['thanks, then a request with no comma', 'Hi, thanks for deleting Nov 30 please delete Dec 1 too for the iOS App in Northwind Retail.'],
    ['already deleted, then a request with no comma', 'Nov 30 was already deleted please delete Dec 1 for the iOS App in Northwind Retail.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' / ')).toContain('"Nov 30" is mentioned outside the deletion request');
  });
});

describe('an asking word between the thanks and the day makes the day the request', () => {
  it.each([
    ['thanks, comma, request', 'Thanks for deleting, please delete Dec 1 too for the iOS App in Northwind Retail.'],
    ['thanks for the data, request', 'thanks for deleting the data please delete Dec 1 for the iOS App in Northwind Retail.'],
    ['"like last time" after the request', 'Please delete Dec 1 for the iOS App in Northwind Retail like last time.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.ranges).toEqual(DEC_1);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('a span of hours after a date stays on that date', () => {
  // chrono read "-14:00" as a zone fourteen hours behind UTC and moved the day to the next; a time of day
  // always asks, but the question and the confirmation must name the day the customer wrote.
  it.each([
    ['a hyphen', 'Please delete the iOS App data in Northwind Retail for 2026-11-09 13:00-15:30 UTC.'],
    ['an en dash, no zone', 'Please delete the iOS App data in Northwind Retail for 2026-11-09 13:00–14:00.'],
    ['an ISO time with its offset', 'Please delete the iOS App data in Northwind Retail for 2026-11-09T09:00-05:00.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-09' }]);
    expect(r.ambiguities.join(' / ')).toContain('less than whole UTC days');
  });
});

describe('a day said to look fine, then a contrast naming another day, is asked about', () => {
  it('"Dec 3 looked normal but Dec 4 is broken" asks whether Dec 3 goes', () => {
    const r = parse('Please delete the iOS App data in Northwind Retail for Dec 1-4. Dec 3 looked normal but Dec 4 is broken.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' / ')).toContain('"Dec 3" is said to look fine');
  });
  it('"…, but the raw events are broken too" keeps every day asked for', () => {
    const r = parse('Please delete the iOS App data in Northwind Retail for Dec 1-4. Dec 3 looked normal, but the raw events are broken too.');
    expect(r.ranges).toEqual([{ from: '2026-12-01', to: '2026-12-04' }]);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('a year-less range across the new year, written on its first day, is asked about', () => {
  it('"Dec 28 - Jan 3" written on 28 December is not last winter\'s days', () => {
    const r = contractView(parseRequest(textMessage('Northwind Retail iOS App: please delete Dec 28 - Jan 3, we are testing then.', { from: 'priya@northwind.example', date: new Date('2026-12-28T06:00:00Z') }), catalog, { now: new Date('2026-12-28T08:00:00Z') }));
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' / ')).toContain('has no year');
  });
});

describe('a space the workspace does not have, named beside one it has, is asked about', () => {
  const withSpaces = indexCatalog({
    workspaces: [
      {
        id: 'ws_h1', slug: 'hangang-fit', name: 'Hangang Fitness', contacts: ['minji@hangangfit.example'], admins: [], deletedAt: null,
        sources: [{ id: 'src_h1', slug: 'app', name: 'App' }],
        spaces: [{ id: 'spa_h1', name: 'Default Space' }, { id: 'spa_h2', name: 'Members' }],
      },
    ],
  } satisfies Catalog);
  const parseSpaces = (text: string): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: 'minji@hangangfit.example', date: SENT, subject: 'spaces' }), withSpaces, { now: new Date('2026-12-05T12:00:00Z') }));
  it.each([
    ['English', 'Please delete both the Members space and the VIP space in Hangang Fitness.'],
    ['Korean', 'Hangang Fitness의 Members 스페이스랑 VIP 스페이스 둘 다 삭제해 주세요.'],
  ])('%s: VIP is asked about, not dropped while Members is deleted alone', (_, text) => {
    expect(parseSpaces(text).ambiguities.join(' / ')).toContain('"VIP" is named as a space but hangang-fit has no such space');
  });
  it('"Unify space" in a subject and a space kept beside it ask nothing', () => {
    const r = parseSpaces('Unify space: please delete the Members space in Hangang Fitness. Keep the Default Space.');
    expect(r.space).toBe('Members');
    expect(r.ambiguities).toEqual([]);
  });
});
