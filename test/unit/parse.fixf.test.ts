/**
 * The review of round 17: a day or a part of a month told beside an occasion is still the request's when
 * the mail asks for it ("… is in scope as well", "I'd include …", the occasion named again where the
 * deletion is asked for), when the occasion itself makes data (a sale, a newsletter, an offer), or when
 * the sentence says data came of it ("generated signups that aren't real"). Relative days read in part
 * ("kal aur aaj", "ystrdy and the day b4", "any day before yesterday") are not read as one day.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_q1', slug: 'quill-co', name: 'Quill Co', contacts: ['sam@quill.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_q1', slug: 'storefront', name: 'Storefront' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const parse = (text: string) =>
  contractView(parseRequest(textMessage(`Hi,\n${text}\nSam`, { from: 'sam@quill.example', date: new Date('2027-06-07T09:00:00Z'), subject: 'Deletion' }), catalog, { now: new Date('2027-06-09T12:00:00Z') }));
const REQUEST = 'please delete the Quill Co Storefront data for 2 June 2027.';

describe('a day beside an occasion that the mail still wants', () => {
  it.each([
    ['a sale period named in the request', 'please delete the Quill Co Storefront data for 2 June 2027 and for the whole sale period. The sale ran in the second half of May.'],
    ['a newsletter that also has to go', `${REQUEST} The partner newsletter at the end of May also has to be taken out.`],
    ['a launch party in scope', `${REQUEST} Our launch party in early May is in scope as well.`],
    ['the launch party named in the request', "please delete the Quill Co Storefront data for 2 June 2027, plus the launch party's traffic. The launch party was mid-May."],
    ['French, the launch named in the request', 'Merci de supprimer les données Storefront de Quill Co du 2 juin 2027 ainsi que celles de notre lancement. Le lancement a eu lieu début mai.'],
  ])('%s: the part of the month is asked about', (_, text) => {
    const r = parse(text);
    expect(r.ambiguities.length).toBeGreaterThan(0);
  });

  it.each([
    ["I'd include", `${REQUEST}\nI'd include our spring sale on 4 May.`],
    ['covered by the request', `${REQUEST}\nI'd like the launch party on 4 May covered by this request.`],
    ['belongs in there', `${REQUEST} The launch party on 4 May belongs in there as well.`],
    ['a sale to include', `${REQUEST} The Black Friday sale on 4 May should be included.`],
    ['signups that are not real', `${REQUEST} Our agency's launch party on 4 May generated signups that aren't real.`],
    ['a load script during a webinar', `${REQUEST} During the webinar on 4 May someone ran a load script against production.`],
  ])('%s: the day is asked about', (_, text) => {
    expect(parse(text).ambiguities.join(' ')).toMatch(/4 May/);
  });

  it('a board review and an invoice stay background', () => {
    const r = parse(`${REQUEST} We had our quarterly review with the board on 15 January 2027, and the invoice from 7 April 2027 is still open.`);
    expect(r.ranges).toEqual([{ from: '2027-06-02', to: '2027-06-02' }]);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('relative days read only in part', () => {
  it.each([
    ['kal aur aaj', 'Quill Co ke Storefront ka kal aur aaj ka data delete kar do please.'],
    ['any day before yesterday', 'please delete all Quill Co Storefront data from any day before yesterday.'],
  ])('%s: not one day, complete', (_, text) => {
    const r = parse(text);
    expect(r.missing.length + r.ambiguities.length).toBeGreaterThan(0);
  });

  it('"ystrdy and the day b4" is both days', () => {
    expect(parse('pls delete Quill Co Storefront data for ystrdy and the day b4').ranges).toEqual([{ from: '2027-06-05', to: '2027-06-06' }]);
  });
});

describe('a condition opened by "only if"', () => {
  it('"Only if you still have a backup" holds the deletion: asked', () => {
    const r = parse('Only if you still have a backup of it on your side: please delete the Quill Co Storefront data for 2 June 2027.');
    expect(r.ambiguities.join(' ')).toMatch(/condition/);
  });
});

describe('a Spanish status question needs its question mark', () => {
  it('"y mi solicitud de borrar …" without one is a request to delete', () => {
    const r = parse('Hola, y mi solicitud de borrar Storefront de Quill Co del 2 de junio de 2027 también, por favor');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2027-06-02', to: '2027-06-02' }]);
  });
});
