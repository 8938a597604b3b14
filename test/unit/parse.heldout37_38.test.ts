/**
 * Complete-but-wrong results of the held-out parts of corpora 37 and 38, read after they were scored once,
 * in new words: a one-word source name written in lower case beside its numbered sibling ("mobile app" with
 * Mobile and Mobile 2), and a question about a ticket beside a new deletion ("Is DEL-12 done? And please also
 * delete …"), which the desk would otherwise file under that ticket. What staff would see: a question.
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
      id: 'ws_r1', slug: 'ridgeway', name: 'Ridgeway', contacts: ['ops@ridgeway.example'], admins: [], deletedAt: null, spaces: [],
      sources: [{ id: 'src_r1', slug: 'mobile', name: 'Mobile' }, { id: 'src_r2', slug: 'mobile-2', name: 'Mobile 2' }, { id: 'src_r3', slug: 'web', name: 'Web' }],
    },
  ],
} satisfies Catalog);

const parse = (text: string, subject = 'data'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@ridgeway.example', date: new Date('2027-01-21T09:00:00Z'), subject }), catalog, { now: new Date('2027-01-22T12:00:00Z') }));

describe('a one-word source beside its numbered sibling', () => {
  it('asks which one when the name is written in lower case as a word of the sentence', () => {
    const r = parse('Hi, please delete data of mobile app in Ridgeway for 20 jan 2027. Wrong events were pushed.');
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('fits mobile and mobile-2');
  });

  it('reads the source written as its name, marked as a source, or with the sibling named too', () => {
    for (const text of [
      'Please delete the Mobile data in Ridgeway for 20 January 2027.',
      'Please delete the mobile source in Ridgeway for 20 January 2027.',
      'Please delete the mobile data in Ridgeway for 20 January 2027, not Mobile 2.',
    ]) expect(parse(text), text).toMatchObject({ sources: ['mobile'], ranges: [{ from: '2027-01-20', to: '2027-01-20' }], missing: [], ambiguities: [] });
  });
});

describe('a question about a ticket beside a new deletion', () => {
  it('asks whether the new deletion is a request of its own', () => {
    const r = parse('Hi, is DEL-5150 done? And while you are at it, please also delete the Web data in Ridgeway for Jan 20 2027.', 'Re: DEL-5150 and a new one');
    expect(r).toMatchObject({ kind: 'source_data', sources: ['web'], ticket: 'DEL-5150' });
    expect(r.ambiguities.join(' ')).toContain('a request of its own, or part of DEL-5150');
  });

  it('asks nothing of a reply that only adds to its own ticket', () => {
    const r = parse('Please also delete the Web data in Ridgeway for Jan 20 2027.', 'Re: [DEL-5150] Ridgeway Web');
    expect(r.ambiguities).toEqual([]);
  });
});

describe('a workspace name with a short word of its own after it', () => {
  const twins = indexCatalog({
    workspaces: [
      { id: 'ws_t1', slug: 'tulpen', name: 'Tulpen BV', contacts: ['sanne@tulpen.example'], admins: [], deletedAt: null, spaces: [], sources: [{ id: 'src_t1', slug: 'webshop', name: 'Webshop' }] },
    ],
  } satisfies Catalog);
  const read = (text: string): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: 'sanne@tulpen.example', date: new Date('2027-01-27T09:00:00Z'), subject: 'webshop' }), twins, { now: new Date('2027-01-28T12:00:00Z') }));

  it('asks when a country code stands where the legal form is ("Tulpen BE" beside Tulpen BV)', () => {
    expect(read('Hoi, graag de Webshop in Tulpen BE verwijderen voor 26 januari 2027.').ambiguities.join(' ')).toContain('"Tulpen BE" is not a known workspace');
  });

  it('reads the name with its own legal form, or an abbreviation with dots', () => {
    for (const text of ['Hoi, graag de Webshop in Tulpen BV verwijderen voor 26 januari 2027.', 'Please delete the Webshop data of Tulpen B.V. for 26 January 2027.']) {
      expect(read(text), text).toMatchObject({ workspace: 'tulpen', sources: ['webshop'], ambiguities: [] });
    }
  });
});
