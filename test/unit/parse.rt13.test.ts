/**
 * Red team 13, in our own words: a source crossed out with Markdown tildes, a table's "no" written as N,
 * false, 0 or an empty cell (and a table whose Delete? column is not the second), an end day left out in
 * words after the range, Dutch bare "tot", a day after "since <event words>", and a short source name
 * added back by "ditto", "likewise", "idem" or "its … twin".
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'kite-tea', name: 'Kite Tea', contacts: ['ops@kite.example'], admins: ['ops@kite.example'], deletedAt: null,
      sources: [
        { id: 'src_1', slug: 'web-shop', name: 'Web Shop' },
        { id: 'src_2', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_3', slug: 'android-app', name: 'Android App' },
        { id: 'src_4', slug: 'billing-api', name: 'Billing API' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-03T12:00:00Z');
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-20T10:00:00Z') }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => `${x.from}..${x.to}`);

describe('a source crossed out with ~~tildes~~ is not deleted', () => {
  it.each([
    ['Kite Tea: please remove ~~Android App and~~ Billing API data of 4 November 2026.', ['billing-api']],
    ['Kite Tea, 4 November 2026, please delete:\n- Web Shop\n- ~~Billing API~~\n- iOS App', ['ios-app', 'web-shop']],
    ['Please wipe the ~~Web Shop~~ Android App data in Kite Tea for 4 November 2026.', ['android-app']],
  ])('%s', (text, sources) => {
    const r = parse(text);
    expect(r.sources).toEqual(sources);
    expect(days(r)).toEqual(['2026-11-04..2026-11-04']);
    expect(complete(r)).toBe(true);
  });
  it('a struck day is still left out', () => {
    const r = parse('Please delete the iOS App data in Kite Tea for 4 November 2026 ~~and 6 November 2026~~.');
    expect(days(r)).toEqual(['2026-11-04..2026-11-04']);
    expect(complete(r)).toBe(true);
  });
});

describe("a table's no under its Delete? column leaves the row's source out", () => {
  const table = (rows: string): string => `Kite Tea, 4 November 2026, as below:\n| Source | Delete? |\n|---|---|\n${rows}`;
  it.each([
    table('| Web Shop | Y |\n| Billing API | N |'),
    table('| Web Shop | TRUE |\n| Billing API | false |'),
    table('| Web Shop | 1 |\n| Billing API | 0 |'),
    table('| Web Shop | x |\n| Billing API |  |'),
    'Kite Tea, as below:\n| Source | Day | Delete? |\n|---|---|---|\n| Web Shop | 2026-11-04 | yes |\n| Billing API | 2026-11-04 | no |',
    'Kite Tea, as below:\n| Day | Source | Delete? |\n|---|---|---|\n| 2026-11-04 | Web Shop | yes |\n| 2026-11-04 | Billing API | no |',
    'Kite Tea, 4 November 2026, as marked:\nSource       Delete\nWeb Shop     Y\nBilling API  N',
    'Kite Tea, 4 November 2026, as marked:\nSource\tDelete?\nWeb Shop\tY\nBilling API\tN',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['web-shop']);
    expect(days(r)).toEqual(['2026-11-04..2026-11-04']);
    expect(complete(r)).toBe(true);
  });
  it('N or 0 after a list item, with no column above it, is no answer: the sources stay', () => {
    const r = parse('Please delete these in Kite Tea for 4 November 2026:\n- Web Shop: N\n- Billing API: 0');
    expect(r.sources).toEqual(['billing-api', 'web-shop']);
  });
});

describe('an end day left out in words after the range is asked about', () => {
  it.each([
    'Merci de supprimer les données iOS App de Kite Tea du 3 au 6 novembre 2026, 6 novembre non compris.',
    'Merci de supprimer les données iOS App de Kite Tea du 3 novembre au 6 novembre 2026 exclu.',
    'Borren los datos de iOS App en Kite Tea del 3 al 6 de noviembre de 2026, sin incluir el 6.',
    'Apaguem os dados do iOS App no Kite Tea de 3 a 6 de novembro de 2026 (sem incluir o dia 6).',
    'Please delete the iOS App data in Kite Tea from November 3 to November 6, 2026, not counting the 6th.',
    'Graag de iOS App data in Kite Tea verwijderen van 3 november tot en met 6 november 2026 (6 november niet meegerekend).',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ambiguities.length).toBeGreaterThan(0);
    expect(complete(r)).toBe(false);
  });
});

describe('Dutch bare "tot" between two days asks whether the last day is in', () => {
  it.each([
    'Graag de iOS App data in Kite Tea verwijderen van 3 november tot 6 november 2026.',
    'Graag de iOS App data in Kite Tea verwijderen: 3 tot 6 november 2026.',
  ])('%s', (text) => {
    expect(complete(parse(text))).toBe(false);
  });
  it.each([
    'Graag de iOS App data in Kite Tea verwijderen van 3 november tot en met 6 november 2026.',
    'Slet venligst iOS App data i Kite Tea fra 3. november til 6. november 2026.',
  ])('the inclusive forms read the days: %s', (text) => {
    const r = parse(text);
    expect(days(r)).toEqual(['2026-11-03..2026-11-06']);
    expect(complete(r)).toBe(true);
  });
});

describe('a day after "since <event words>" is the start of an open range, asked', () => {
  it.each([
    'Please delete the iOS App data in Kite Tea since our app update on November 3, 2026.',
    'Please delete all iOS App data in Kite Tea ever since the SDK change of 3 November 2026.',
    'Bitte löschen Sie die iOS App Daten in Kite Tea seit dem Update am 3. November 2026.',
    'Please delete the iOS App data in Kite Tea, everything after our November 3, 2026 rollout.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
  it('words asking for the deletion end the span: the day stands', () => {
    const r = parse('Since the outage we are behind. Please delete the iOS App data in Kite Tea for November 3, 2026.');
    expect(days(r)).toEqual(['2026-11-03..2026-11-03']);
    expect(complete(r)).toBe(true);
  });
});

describe('a short source name added back by a back-reference is asked about', () => {
  it.each([
    'Please delete the iOS App data in Kite Tea for November 3, 2026. Ditto for Android.',
    'Please delete the iOS App data in Kite Tea for November 3, 2026; Android likewise.',
    'Please delete the iOS App data in Kite Tea for November 3, 2026. Android, idem.',
    'Please delete the iOS App and its Android twin in Kite Tea for November 3, 2026.',
    'Please delete the iOS App data in Kite Tea for November 3, 2026. Billing got the same junk; that one as well please.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['ios-app']);
    expect(complete(r)).toBe(false);
  });
});
