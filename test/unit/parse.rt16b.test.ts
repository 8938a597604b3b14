/**
 * Ranges whose first day was lost while the request still looked complete:
 * - a dash range between two whole dates ("4 March 2027 – 6 March 2027", "4.III.2027 – 6.III.2027"):
 *   the dash glued to the second day after the year read as a time zone, and the range kept one end;
 *   a Roman "V" or "I" without its year as the first end ("4.V–6.V.2027") was not read as a month;
 * - Swedish, Danish and Norwegian "från den 4 till den 6 maj" and its variants ("t.o.m.", "till och med",
 *   "den 4–den 6"): with a month name only those languages use, the article before the second day
 *   cut the first day off;
 * - "between the 8th and the 11th" in Italian, Swedish, Norwegian, Danish, Polish, Portuguese and
 *   Finnish: read as two single days, the days in between left out.
 * The counterparts that must stay exact: single days, two days listed with "and", hours between.
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
      id: 'ws_p', slug: 'pinewood-labs', name: 'Pinewood Labs', contacts: ['tove@pinewood.example'], deletedAt: null,
      sources: [{ id: 'p1', slug: 'checkout-web', name: 'Checkout Web' }, { id: 'p2', slug: 'loyalty-app', name: 'Loyalty App' }],
      spaces: [{ id: 'sp1', name: 'Main Space' }],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2027-07-15T08:30:00Z');
const parse = (body: string): ParseResult =>
  contractView(parseRequest(textMessage(`Pinewood Labs, Checkout Web: ${body}`, { from: 'tove@pinewood.example', date: SENT, subject: 'Data deletion' }), catalog, { now: new Date('2027-07-16T12:00:00Z') }));
const asks = (r: ParseResult): boolean => r.ambiguities.length > 0 || r.missing.length > 0;
const range = (from: string, to: string) => [{ from, to }];

function expectComplete(r: ParseResult, ranges: { from: string; to: string }[]): void {
  expect(r.kind).toBe('source_data');
  expect(r.workspace).toBe('pinewood-labs');
  expect(r.sources).toEqual(['checkout-web']);
  expect(r.ranges).toEqual(ranges);
  expect(asks(r)).toBe(false);
}

describe('a dash between two whole dates keeps both ends', () => {
  it.each([
    ['please delete the data for 4 March 2027 – 6 March 2027.', range('2027-03-04', '2027-03-06')],
    ['please delete the data for 11 May 2027-13 May 2027.', range('2027-05-11', '2027-05-13')],
    ['please delete the data for 29 June 2027 – 1 July 2027.', range('2027-06-29', '2027-07-01')],
    ['please delete the data for 4.III.2027 – 6.III.2027.', range('2027-03-04', '2027-03-06')],
    ['please delete the data for 4.V.2027–6.V.2027.', range('2027-05-04', '2027-05-06')],
    ['please delete the data for 11 V 2027 – 13 V 2027.', range('2027-05-11', '2027-05-13')],
    ['please delete the data for 29.IV.2027 – 1.V.2027.', range('2027-04-29', '2027-05-01')],
    ['please delete the data for 30.V.2027 – 1.VI.2027.', range('2027-05-30', '2027-06-01')],
  ])('%s', (body, ranges) => expectComplete(parse(body), ranges));
});

describe('a Roman V or I without its year is a month when the other end of its range has one', () => {
  it.each([
    ['please delete the data for 4.V–6.V.2027.', range('2027-05-04', '2027-05-06')],
    ['please delete the data for 4 V – 6 V 2027.', range('2027-05-04', '2027-05-06')],
    ['please delete the data for 20.I–22.I.2027.', range('2027-01-20', '2027-01-22')],
  ])('%s', (body, ranges) => expectComplete(parse(body), ranges));

  it('two Roman dates joined by "and" are the two days', () => {
    expectComplete(parse('please delete the data for 4 V and 6 V 2027.'), [{ from: '2027-05-04', to: '2027-05-04' }, { from: '2027-05-06', to: '2027-05-06' }]);
  });

  it('controls: a single Roman date, and a date with a time after its dash', () => {
    expectComplete(parse('please delete the data for 14.V.2027.'), range('2027-05-14', '2027-05-14'));
    expectComplete(parse('please delete the data for 4–6.VI.2027.'), range('2027-06-04', '2027-06-06'));
  });
});

describe('Nordic "from the 4th to the 6th" with a Nordic month name keeps its first day', () => {
  it.each([
    'radera data från den 4 till den 6 maj 2027.',
    'radera data från den 4:e till den 6:e maj 2027.',
    'radera data fr.o.m. den 4 t.o.m. den 6 maj 2027.',
    'radera data från och med den 4 till och med den 6 maj 2027.',
    'radera data den 4–den 6 maj 2027.',
    'slet venligst data fra den 4 til den 6 maj 2027.',
    'radera data från och med den 4 till och med den 6 juni 2027.',
  ])('%s', (body) => {
    const r = parse(body);
    const month = body.includes('juni') ? '06' : '05';
    expectComplete(r, range(`2027-${month}-04`, `2027-${month}-06`));
  });

  it('two days listed with "och den" are both kept; Polish "od dnia … do dnia" is the range', () => {
    expectComplete(parse('radera data den 4 och den 6 maj 2027.'), [{ from: '2027-05-04', to: '2027-05-04' }, { from: '2027-05-06', to: '2027-05-06' }]);
    expectComplete(parse('prosimy usunąć dane od dnia 4 do dnia 6 maja 2027.'), range('2027-05-04', '2027-05-06'));
  });
});

describe('"between the 8th and the 11th" is every day from the 8th to the 11th', () => {
  it.each([
    'cancellate i dati tra l’8 e l’11 giugno 2027.',
    'cancellate i dati fra l’8 e l’11 giugno 2027.',
    'cancellate i dati tra 8 e 11 giugno 2027.',
    'radera data mellan den 8 och den 11 juni 2027.',
    'radera data mellan 8:e och 11:e juni 2027.',
    'slett data mellom den 8. og den 11. juni 2027.',
    'slet data mellem den 8. og 11. juni 2027.',
    'usuńcie dane między 8 i 11 czerwca 2027.',
    'apaguem os dados entre os dias 8 e 11 de junho de 2027.',
    'poistakaa tiedot 8. ja 11. kesäkuuta 2027 välillä.',
    'please delete the data between the 8th and the 11th of June 2027.',
  ])('%s', (body) => expectComplete(parse(body), range('2027-06-08', '2027-06-11')));

  it('controls: Danish "fra" (from) before two days joined by "og" is the two days', () => {
    expectComplete(parse('slet data fra den 8. og 11. juni 2027.'), [{ from: '2027-06-08', to: '2027-06-08' }, { from: '2027-06-11', to: '2027-06-11' }]);
  });

  it('controls: hours between, on one day, are still asked about', () => {
    const r = parse('radera data mellan 02:00 och 04:00 CET den 3 juni 2027.');
    expect(asks(r)).toBe(true);
  });
});
