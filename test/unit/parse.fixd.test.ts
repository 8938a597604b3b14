/**
 * A day the customer wants must never be dropped while the answer looks complete. A sentence that points
 * back at the request ("the same happened on …", "needs the same treatment", "genauso verfahren",
 * "pareil pour …"), data approved by someone and still asked to go, an occasion's data that "needs to go
 * as well" and a day said to stay out and then taken back ("… stay out of it? No — … too") either add
 * their day or ask about it. Days of the writer's life and a plain sign-off date stay left out.
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
      id: 'ws_p1', slug: 'pebble-post', name: 'Pebble Post', contacts: ['lu@pebble.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_p1', slug: 'newsletter', name: 'Newsletter' }, { id: 'src_p2', slug: 'shop', name: 'Shop' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Monday 7 June 2027.
const SENT = new Date('2027-06-07T09:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(`Hello,\n${text}\nLu`, { from: 'lu@pebble.example', date: SENT, subject: 'Deletion' }), catalog, { now: new Date('2027-06-08T12:00:00Z') }));
const REQUEST = 'please delete the Newsletter data of Pebble Post for 10 May 2027.';
const covers = (r: ParseResult, day: string): boolean => r.ranges.some((x) => x.from <= day && day <= x.to);

describe('a day that may be wanted is read or asked about, never silently dropped', () => {
  it.each([
    ['the same happened', 'The same thing happened on 11 May 2027 with the kiosk screens.', '2027-05-11'],
    ['the same treatment', '11 May 2027 needs the same treatment.', '2027-05-11'],
    ['the same campaign', 'Our agency ran the same campaign on 11 May 2027.', '2027-05-11'],
    ['should go as well', "Last Friday's newsletter signups should go as well.", '2027-06-04'],
    ['German genauso', 'Mit dem 11. Mai 2027 bitte genauso verfahren.', '2027-05-11'],
    ['French pareil', "Pareil pour le 11 mai 2027, merci.", '2027-05-11'],
    ['Spanish lo mismo', 'El 11 de mayo de 2027 ocurrió lo mismo en la tienda.', '2027-05-11'],
    ['Portuguese o mesmo', 'No dia 11 de maio de 2027 aconteceu o mesmo na loja.', '2027-05-11'],
    ['Italian lo stesso', "L'11 maggio 2027 è successo lo stesso nel negozio.", '2027-05-11'],
    ['Polish tak samo', 'Tak samo było 11 maja 2027 w sklepie.', '2027-05-11'],
    ['Swedish samma', 'Samma sak hände den 11 maj 2027 i butiken.', '2027-05-11'],
    ['approved data that needs to go', 'The test signups were approved by marketing on 12 May 2027 and need to go too.', '2027-05-12'],
    ["an occasion's data asked to go", "Last week's webinar signups need to go as well.", '2027-06-01'],
    ['a keep taken back', 'Yesterday can stay out of it? No — yesterday too.', '2027-06-06'],
  ])('%s', (_name, sentence, day) => {
    const r = parse(`${REQUEST} ${sentence}`);
    expect(r.workspace).toBe('pebble-post');
    expect(r.sources).toEqual(['newsletter']);
    expect(r.ambiguities.length > 0 || covers(r, day)).toBe(true);
  });

  it('data approved in the request\'s own sentence is a day to delete', () => {
    const r = parse('please delete the Newsletter data of Pebble Post for 10 May 2027 and the test signups authorised by our marketing team on 12 May 2027.');
    expect(r.ambiguities.length > 0 || covers(r, '2027-05-12')).toBe(true);
    expect(covers(r, '2027-05-10')).toBe(true);
  });
});

describe('controls that stay exact', () => {
  it('a sign-off date asks nothing', () => {
    const r = parse(`${REQUEST} The request was approved by our DPO on 1 June 2027.`);
    expect(r.ranges).toEqual([{ from: '2027-05-10', to: '2027-05-10' }]);
    expect(r.ambiguities).toEqual([]);
    expect(r.missing).toEqual([]);
  });
  // Round seventeen: a day of the writer's life is left out only beside an occasion the parser knows
  // leaves no data (backgroundDays.ts OCCASION); "our yearly team dinner" names none and is asked about now.
  it('a day of the writer\'s life asks nothing', () => {
    const r = parse(`${REQUEST} We had our yearly board review at the harbour on 20 May 2027, a lovely evening.`);
    expect(r.ranges).toEqual([{ from: '2027-05-10', to: '2027-05-10' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('a day said to stay out is left out', () => {
    const r = parse('please delete the Newsletter data of Pebble Post for 5 and 6 June 2027. Yesterday can stay, though.');
    expect(covers(r, '2027-06-06')).toBe(false);
  });
});
