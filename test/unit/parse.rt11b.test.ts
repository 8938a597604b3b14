/**
 * The parser on probes written this round, in our own words: a build or version written after a
 * source's name, two sources offered as alternatives, and corrections or questions on a thread that
 * come from (or go to) a colleague. What the customer and staff would see: the workspace, the sources,
 * the days, and whether the desk asks before anything is deleted.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';
import { contractView } from '../../src/domain/parse/contractView';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_h', slug: 'harbour-radio', name: 'Harbour Radio', contacts: ['ops@harbour.example', 'kim.lee@harbour.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_1', slug: 'phone-app', name: 'Phone App' },
        { id: 'src_2', slug: 'phone-app-beta', name: 'Phone App Beta' },
        { id: 'src_3', slug: 'car-app', name: 'Car App' },
        { id: 'src_4', slug: 'web-player', name: 'Web Player' },
        { id: 'src_5', slug: 'smart-tv', name: 'Smart TV' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-04-10T12:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@harbour.example', date: new Date('2027-04-09T10:00:00Z') }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const FEB_9 = [{ from: '2027-02-09', to: '2027-02-09' }];

describe('a build or version of a source is no source: the desk asks before deleting whole days', () => {
  it.each([
    'Please remove the Harbour Radio Phone App version 3 data for February 9, 2027.',
    'Please remove the Harbour Radio Phone App 3.0 data for February 9, 2027.',
    'Please remove the Harbour Radio Smart TV app v3 data for February 9, 2027.',
    'Please remove the Harbour Radio Phone App data for February 9, 2027 (internal testers only, the beta testers).',
    'Please remove the Harbour Radio Phone App data for February 9, 2027. Just the TestFlight build misbehaved.',
    'Please remove the Harbour Radio Web Player data for February 9, 2027 (only the v3 player).',
    'Please remove the Harbour Radio Phone App data for February 9, 2027, and the same for the Lite version.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('harbour-radio');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual(FEB_9);
    expect(asks(r)).toBe(true);
  });
  it.each([
    ['Please remove the Harbour Radio Phone App Beta data for February 9, 2027.', ['phone-app-beta']],
    ['Please remove the Harbour Radio Smart TV data for February 9, 2027.', ['smart-tv']],
    ['The beta build sent junk on February 9, 2027. Please remove Phone App Beta (Harbour Radio) for that day.', ['phone-app-beta']],
    ['Please remove the Harbour Radio Phone App data for February 9, 2027. It started after the 3.2 release.', ['phone-app']],
  ])('a source named whole stays that source: %s', (text, sources) => {
    const r = parse(text);
    expect(r.sources).toEqual(sources);
    expect(r.ranges).toEqual(FEB_9);
    expect(asks(r)).toBe(false);
  });
});

describe('two sources offered as alternatives are a choice the customer has not made', () => {
  it.each([
    'Please remove the Harbour Radio Phone App or Car App data for February 9, 2027.',
    'Please remove the Harbour Radio Car App and/or Web Player data for February 9, 2027.',
    'Please remove the Harbour Radio Car App (or Smart TV) data for February 9, 2027.',
    'Please remove the Harbour Radio Car App / Smart TV data for February 9, 2027.',
    'Please remove the February 9, 2027 data of the Harbour Radio Phone App or the Web Player.',
    'Could you remove the Harbour Radio Phone App data, or the Car App data, for February 9, 2027?',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.workspace).toBe('harbour-radio');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual(FEB_9);
    expect(asks(r)).toBe(true);
  });
  it.each([
    ['Please remove the Harbour Radio Phone App and Car App data for February 9, 2027.', ['car-app', 'phone-app']],
    ['Please remove the Harbour Radio Phone App, Car App and Web Player data for February 9, 2027.', ['car-app', 'phone-app', 'web-player']],
    ['Please remove both the Harbour Radio Car App and Smart TV data for February 9, 2027.', ['car-app', 'smart-tv']],
    ['Please remove the February 9, 2027 data of the Harbour Radio Phone App and the Web Player.', ['phone-app', 'web-player']],
  ])('"and" lists both: %s', (text, sources) => {
    const r = parse(text);
    expect(r.sources).toEqual(sources);
    expect(asks(r)).toBe(false);
  });
});

describe('a correction passed on from a colleague, or a question to one, adds no source', () => {
  const FEB_8_10 = [{ from: '2027-02-08', to: '2027-02-10' }];
  it.each([
    'Please remove the Harbour Radio Phone App data for February 8-10, 2027. My colleague corrected me: the Car App is the one with the bad events.',
    'Please remove the Harbour Radio Phone App data for February 8-10, 2027. Turns out the Car App is where the bad events are.',
    'Please remove the Harbour Radio Phone App data for February 8-10, 2027. Kim pointed out the bad events are in the Car App, so please do that one.',
  ])('the correction is asked about, never both deleted complete: %s', (text) => {
    const r = parse(text);
    expect(r.workspace).toBe('harbour-radio');
    expect(r.ranges).toEqual(FEB_8_10);
    expect(asks(r)).toBe(true);
  });
  it.each([
    'Please remove the Harbour Radio Phone App data for February 8-10, 2027.\nKim, could you check whether the Car App needs the same?',
    'Please remove the Harbour Radio Phone App data for February 8-10, 2027.\nKim: the Car App may be affected too, can you have a look?',
  ])('a question to a colleague on the thread leaves the request as it was: %s', (text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['phone-app']);
    expect(r.ranges).toEqual(FEB_8_10);
    expect(asks(r)).toBe(false);
  });
});
