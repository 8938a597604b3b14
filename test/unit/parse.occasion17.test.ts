/**
 * A day beside a request is left out as the writer's background only when its sentence names an
 * occasion of the writer's business (a review, an invoice, a holiday, a contract, a ticket's own dates).
 * A sentence that tells of something else that happened on a day — in words no list of trouble holds
 * ("someone hijacked our coupons", "un becario conectó por equivocación…", "scrapers hit the shop") — is
 * asked about, and so is a meeting's day on which something went wrong with data.
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
      id: 'ws_m1', slug: 'marlow-tea', name: 'Marlow Tea', contacts: ['ines@marlow.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_m1', slug: 'online-store', name: 'Online Store' },
        { id: 'src_m2', slug: 'rewards-app', name: 'Rewards App' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const read = (text: string): ParseResult =>
  parseRequest(textMessage(`Hi,\n\n${text}\n\nInes`, { from: 'ines@marlow.example', date: new Date('2027-06-07T09:00:00Z'), subject: 'Data removal' }), catalog, { now: new Date('2027-06-09T12:00:00Z') });
const parse = (text: string): ParseResult => contractView(read(text));
const REQUEST = 'Please remove the Online Store data of Marlow Tea from 10 to 12 May 2027.';
const MAY_10_TO_12 = [{ from: '2027-05-10', to: '2027-05-12' }];

describe('a day told beside a dated request', () => {
  it.each([
    ['a stolen login', 'On 20 May 2027 somebody got into our admin login and ran up hundreds of orders.'],
    ['coupons hijacked', 'Someone hijacked our coupon codes on 20 May 2027.'],
    ['scrapers', 'Scrapers hammered the store for six hours on 20 May 2027.'],
    ['an inflated dashboard', 'Our sales dashboard looked wildly inflated on 20 May 2027.'],
    ['a load generator', 'Our QA people pointed a load generator at the live store on 20 May 2027.'],
    ['Spanish, by mistake', 'El 20 de mayo de 2027 un becario conectó por equivocación la tienda de pruebas.'],
    ['Italian, by mistake', 'Il 20 maggio 2027 un collega ha collegato per sbaglio il negozio di prova.'],
    ['Russian, by chance', '20 мая 2027 года стажёр случайно подключил тестовый магазин.'],
    ['a note line', 'Note: 20 May 2027, the agency pointed their sandbox at our live key.'],
    ['a P.S.', 'P.S. 20 May 2027 – the intern pushed a half-built checkout.'],
  ])('%s: the other day is asked about, not dropped', (_, story) => {
    const r = parse(`${REQUEST}\n\n${story}`);
    expect(r.ambiguities.join(' ')).toMatch(/20 May 2027|20 de mayo de 2027|20 maggio 2027|20 мая 2027/);
    expect(r.missing).toEqual([]);
  });

  it.each([
    ['bots after a webinar', 'Right after our webinar on 20 May 2027 bots opened hundreds of fake accounts.'],
    ['a workshop that duplicated orders', 'During the workshop on 20 May 2027 a trainee duplicated every order by mistake.'],
    ['a French meeting with duplicates', 'Pendant la réunion du 20 mai 2027 un prestataire a injecté des doublons.'],
  ])('a meeting\'s day with trouble on it, %s: asked about', (_, story) => {
    expect(parse(`${REQUEST}\n\n${story}`).ambiguities.join(' ')).toMatch(/20 May 2027|20 mai 2027/);
  });

  it.each([
    ['a board review', 'We had our board review on 15 January 2027 and everyone agreed on the cleanup.'],
    ['an open invoice', 'Our accountant is still chasing your invoice from 7 April 2027, by the way.'],
    ['a call', 'I sent you an invite for a call on 22 June 2027 to walk through it.'],
    ['a webinar', 'Thanks again for the webinar on 15 January 2027, it was very helpful.'],
    ['a legal approval', 'Die Freigabe durch unsere Rechtsabteilung erfolgte am 3. Mai 2027.'],
  ])('%s: left out with a note, nothing asked', (_, story) => {
    const r = parse(`${REQUEST}\n\n${story}`);
    expect(r.ranges).toEqual(MAY_10_TO_12);
    expect(r.ambiguities).toEqual([]);
    expect(r.missing).toEqual([]);
  });
});
