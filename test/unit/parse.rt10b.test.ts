/**
 * Three ways a request's days were read complete but wrong, each met as a mechanism:
 * - a range joined by a mark no reader knew (a wave dash, a full-width tilde, an arrow, another keyboard's
 *   hyphen), or ending in a day number alone after a whole date ("Jan 12, 2027 through 15", "… 2027 and 18");
 * - a day corrected in the same sentence by a word the readers did not know ("erm", "typo", "digo",
 *   "cioè", "/ make that", "→ … (corrected)"), or a count of days or hours set beside a day;
 * - days left out by their numbers alone ("w/o 14-15", "(sauf 14-15)"), by a weekday of every week
 *   ("except Fridays") or by a rule ("only the even days").
 * Corrections and exclusions are asked about (which days is the customer's to say); ranges written plainly
 * are read. Each has a must-still-work neighbour.
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
      id: 'ws_o', slug: 'orchard', name: 'Orchard', contacts: ['kim@orchard.example'], admins: [], deletedAt: null,
      sources: [source('o1', 'checkout', 'Checkout'), source('o2', 'tablet-app', 'Tablet App')],
      spaces: [],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2027-02-24T09:12:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'kim@orchard.example', date: SENT, subject: 'Data deletion' }), catalog, { now: new Date('2027-03-01T12:00:00Z') }));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');
const JAN_12_15 = [{ from: '2027-01-12', to: '2027-01-15' }];

describe('a range joined by any range mark is read whole', () => {
  it.each([
    ['Please delete the Checkout data in Orchard for 12～15 January 2027.'],
    ['Please delete the Checkout data in Orchard for 12〜15 January 2027.'],
    ['Please delete the Checkout data in Orchard for 2027/01/12～15.'],
    ['Please delete the Checkout data in Orchard for Jan 12 ⇒ 15, 2027.'],
    ['Please delete the Checkout data in Orchard for January 12 -> 15, 2027.'],
    ['Please delete the Checkout data in Orchard for January 12‒15, 2027.'],
    ['Please delete the Checkout data in Orchard from January 12, 2027 through 15.'],
    ['Please delete the Checkout data in Orchard from January 12, 2027 until the 15th.'],
    ['Bitte löscht die Checkout-Daten in Orchard vom 12. Januar 2027 bis 15.'],
    ['Merci de supprimer les données Checkout de Orchard du 12 janvier 2027 au 15.'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual(JAN_12_15);
    expect(asked(r)).toBe('');
  });

  it('reads a day number alone listed after a whole date with that month', () => {
    expect(parse('Please delete the Checkout data in Orchard for Jan 12-13 2027 and 18.').ranges).toEqual([{ from: '2027-01-12', to: '2027-01-13' }, { from: '2027-01-18', to: '2027-01-18' }]);
    expect(parse('Bitte löscht die Checkout-Daten in Orchard vom 12.-13. Januar 2027 und 18.').ranges).toEqual([{ from: '2027-01-12', to: '2027-01-13' }, { from: '2027-01-18', to: '2027-01-18' }]);
    expect(parse('Please delete the Checkout data in Orchard for January 12 & 14 & 16 2027.').ranges).toEqual([
      { from: '2027-01-12', to: '2027-01-12' }, { from: '2027-01-14', to: '2027-01-14' }, { from: '2027-01-16', to: '2027-01-16' },
    ]);
  });

  it('asks about a day number alone that cannot end the range', () => {
    const r = parse('Please delete the Checkout data in Orchard from January 12, 2027 through 9.');
    expect(r.ranges).toEqual([]);
    expect(asked(r)).toContain('has no month');
  });

  it('asks when the arrow is said to correct', () => {
    const r = parse('Please delete the Checkout data in Orchard for January 12, 2027 -> January 14, 2027 (typo fixed).');
    expect(asked(r)).toContain('corrects days');
    expect(r.ranges).toEqual([]);
  });

  it('still reads a plain range and a time span', () => {
    expect(parse('Please delete the Checkout data in Orchard for January 12-15, 2027.').ranges).toEqual(JAN_12_15);
    expect(parse('Please delete the Checkout data in Orchard for 2027年1月12日～15日.').ranges).toEqual(JAN_12_15);
  });
});

describe('a day corrected mid-sentence is asked about', () => {
  it.each([
    ['Please delete the Tablet App data in Orchard for January 12, 2027 - erm, January 13.'],
    ['Please delete the Tablet App data in Orchard for January 12, 2027, ummm, the 13th.'],
    ['Please delete the Tablet App data in Orchard for January 12 (no wait, 13), 2027.'],
    ['Please delete the Tablet App data in Orchard for January 12 — typo, 21 — 2027.'],
    ['Please delete the Tablet App data in Orchard for January 12, 2027 (correction: 13).'],
    ['Please delete the Tablet App data in Orchard for January 12 / make that 13, 2027.'],
    ['Please delete the Tablet App data in Orchard for January 12, 2027, well, January 13 it is.'],
    ['Por favor borren los datos de Tablet App en Orchard del 12 de enero de 2027, digo, del 13 de enero.'],
    ['Vi prego di cancellare i dati Tablet App di Orchard del 12 gennaio 2027, cioè del 13 gennaio.'],
  ])('%s', (text) => {
    const r = parse(text);
    expect(asked(r)).toContain('corrects days');
    expect(r.ranges).toEqual([]);
  });

  it('still reads a day with a "well" that corrects nothing', () => {
    expect(parse('Please delete the Tablet App data in Orchard for January 12, 2027. Well, thanks a lot!').ranges).toEqual([{ from: '2027-01-12', to: '2027-01-12' }]);
  });
});

describe('a count of days or hours beside a day is asked about', () => {
  it.each([
    ['Please delete the Tablet App data in Orchard for January 12, 2027 and 3 more days.', 'and 3 more days'],
    ['Please delete the Tablet App data in Orchard for January 12, 2027 plus the 2 following days.', 'plus the 2 following days'],
    ['Bitte löscht die Tablet App Daten in Orchard vom 12. Januar 2027 und 3 weitere Tage.', 'und 3 weitere Tage'],
    ['Please delete the Tablet App data in Orchard for January 12 2027 (48 hours).', '(48 hours)'],
  ])('%s', (text, words) => {
    const r = parse(text);
    expect(asked(r)).toContain(words);
    expect(r.ranges).toEqual([]);
  });

  it('still reads a day beside its own 24 hours', () => {
    expect(parse('Please delete the Tablet App data in Orchard for January 12 2027 (24 hours).').ranges).toEqual([{ from: '2027-01-12', to: '2027-01-12' }]);
  });
});

describe('days left out by number, weekday or rule are asked about', () => {
  it.each([
    ['Please delete the Checkout data in Orchard for January 10-20 2027 w/o 14-15.', 'w/o 14-15'],
    ['Please delete the Checkout data in Orchard for January 10-20 2027 (but not 14 and 15).', 'not 14 and 15'],
    ['Please delete the Checkout data in Orchard for January 10-20 2027, excluding days 14 to 15.', 'excluding days 14 to 15'],
    ['Merci de supprimer les données Checkout de Orchard du 10 au 20 janvier 2027 (sauf 14-15).', 'sauf 14-15'],
    ['Por favor borren los datos de Checkout en Orchard del 10 al 20 de enero de 2027, excepto 14 y 15.', 'excepto 14 y 15'],
    ['Please delete the Checkout data in Orchard for January 10-20 2027 except Fridays.', 'except Fridays'],
    ['Bitte löscht die Checkout-Daten in Orchard vom 10. bis 20. Januar 2027, außer Freitag.', 'außer Freitag'],
    ['Please delete the Checkout data in Orchard for January 10-20 2027, only the even days.', 'even days'],
    ['Please delete the Checkout data in Orchard for January 10-20 2027, every other day.', 'every other day'],
  ])('%s', (text, words) => {
    const r = parse(text);
    expect(asked(r)).toContain(words);
    expect(r.ranges).toEqual([]);
  });

  it('still reads days left out with their month, and a weekday the days do not hold', () => {
    expect(parse('Please delete the Checkout data in Orchard for January 10-20 2027 minus 14-15 January.').ranges).toEqual([
      { from: '2027-01-10', to: '2027-01-13' }, { from: '2027-01-16', to: '2027-01-20' },
    ]);
    // 12 and 13 January 2027 are a Tuesday and a Wednesday.
    expect(parse('Please delete the Checkout data in Orchard for January 12-13 2027 except Fridays.').ranges).toEqual([{ from: '2027-01-12', to: '2027-01-13' }]);
  });
});
