/**
 * Requests that lean on something the message does not hold, which the parser read as complete:
 * - days given by reference to an earlier request, a ticket or a file ("the same days as DEL-311, and
 *   also May 4"): the referred days were dropped and only the day written was deleted;
 * - a time word that dates that earlier request ("the same window as the iOS request last month",
 *   "repeat last month's deletion"): it was read as the days themselves, a whole month or week;
 * - a source named in that reference ("as the Android App deletion"), taken into this request's scope;
 * - a count of sources beyond those named ("both mobile sources", "the two mobile apps (iOS App)",
 *   "each of the mobile apps", "and the other app as well"): the unnamed one was silently left out.
 * Each is asked about, keeping the days and sources the words do settle; the counterparts write the days
 * or name every source, and stay complete.
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
      id: 'ws_q', slug: 'quayside-cargo', name: 'Quayside Cargo', contacts: ['mia@quayside.example'], admins: ['mia@quayside.example'], deletedAt: null,
      sources: [source('q1', 'ios-app', 'iOS App'), source('q2', 'android-app', 'Android App'), source('q3', 'rates-api', 'Rates API')],
      spaces: [{ id: 'sp1', name: 'Shippers' }],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2027-06-02T09:12:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'mia@quayside.example', date: SENT, subject: 'Data deletion' }), catalog, { now: new Date('2027-06-03T12:00:00Z') }));
const asks = (r: ParseResult): boolean => r.ambiguities.length > 0 || r.missing.length > 0;
const MAY_4 = [{ from: '2027-05-04', to: '2027-05-04' }];

describe('days given by reference to an earlier request or a file are asked about; the days written stay', () => {
  it.each([
    'Please delete the Rates API data in Quayside Cargo for the same days as DEL-412, and also May 4, 2027.',
    'Please delete the Rates API data in Quayside Cargo for the days listed in DEL-390 as well as 4 May 2027.',
    'Please delete the Rates API data in Quayside Cargo for the dates in the attached spreadsheet, and May 4, 2027.',
    'Please delete the Rates API data in Quayside Cargo for the range from our previous ticket DEL-377, extended by May 4, 2027.',
    'Please delete the Rates API data in Quayside Cargo for the dates we sent in the CSV, plus May 4, 2027.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(asks(r)).toBe(true);
    expect(r.ranges).toEqual(MAY_4);
    expect(r.sources).toEqual(['rates-api']);
  });
});

describe('a time word that dates the earlier request is not the days to delete', () => {
  it.each([
    'Please delete the Rates API data in Quayside Cargo for the same days as the iOS deletion you did for us last month.',
    "Could you repeat last month's deletion for the Rates API source in Quayside Cargo? Same days as before.",
    'Please delete the Rates API data in Quayside Cargo for the days in the incident report I sent you last week.',
    'Please repeat the deletion from last month for the Rates API source in Quayside Cargo.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.missing).toContain('time frame');
  });

  it('keeps the day written beside it', () => {
    const r = parse('Please delete the Rates API data in Quayside Cargo for the same window as the iOS request last month, plus May 4, 2027.');
    expect(asks(r)).toBe(true);
    expect(r.ranges).toEqual(MAY_4);
  });
});

describe('a source named in the reference belongs to the earlier deletion', () => {
  it('is left out of the scope', () => {
    const r = parse('Please delete the Rates API data in Quayside Cargo for the same two days as the Android App deletion in April.');
    expect(r.sources).toEqual(['rates-api']);
    expect(r.missing).toContain('time frame');
  });
});

describe('days written out with the reference, or a month meant as the days, stay complete', () => {
  it.each([
    ['Following up on DEL-412: please also delete the Rates API data in Quayside Cargo for May 3-5, 2027.', [{ from: '2027-05-03', to: '2027-05-05' }]],
    ['Please delete the Rates API data in Quayside Cargo for the same dates as the iOS request (May 3-5, 2027).', [{ from: '2027-05-03', to: '2027-05-05' }]],
    ['Please delete all Rates API data in Quayside Cargo for last month, May 2027.', [{ from: '2027-05-01', to: '2027-05-31' }]],
  ])('%s', (text, ranges) => {
    const r = parse(text);
    expect(asks(r)).toBe(false);
    expect(r.ranges).toEqual(ranges);
  });
});

describe('more sources counted than named is asked about, keeping the named one', () => {
  it.each([
    'Please delete the iOS App data in Quayside Cargo for May 4, 2027, for both mobile sources.',
    'Please delete the data of the two mobile apps (iOS App) in Quayside Cargo for May 4, 2027.',
    'Please delete the iOS App data in Quayside Cargo for May 4, 2027 on both platforms.',
    'Please delete the iOS App data in Quayside Cargo for May 4, 2027, and do the same for each of the mobile apps.',
    'Please delete the iOS App data in Quayside Cargo for May 4, 2027, and the other app as well.',
    'Please delete the iOS App data in Quayside Cargo for May 4, 2027, and the other mobile app too.',
    'Please delete the iOS App data in Quayside Cargo for May 4, 2027 for all of our mobile apps.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(asks(r)).toBe(true);
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual(MAY_4);
  });

  it.each([
    'Please delete the iOS App and Android App data in Quayside Cargo for May 4, 2027 — both apps.',
    'Please delete the Rates API data in Quayside Cargo for May 4, 2027 — just that one source.',
    'Please delete the iOS App data in Quayside Cargo for May 4, 2027. Android is fine, leave it.',
  ])('a count the names meet stays complete: %s', (text) => {
    expect(asks(parse(text))).toBe(false);
  });
});
