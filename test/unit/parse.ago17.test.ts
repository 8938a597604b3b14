/**
 * "2 weeks ago", "1 month ago": a time placed only roughly. Read as one day or as one calendar month it
 * would delete days the writer never named, with nothing asked; the desk asks which days. "3 days ago"
 * names one day and stays one.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_p1', slug: 'pine-row', name: 'Pine Row', contacts: ['dev@pinerow.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_p1', slug: 'checkout', name: 'Checkout' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const parse = (text: string) =>
  contractView(parseRequest(textMessage(`Hello,\n\n${text}\n\nDev`, { from: 'dev@pinerow.example', date: new Date('2027-06-07T09:00:00Z'), subject: 'Delete data' }), catalog, { now: new Date('2027-06-09T12:00:00Z') }));

describe('a time placed only roughly', () => {
  it.each(['2 weeks ago', '1 week ago', '2 months ago', '1 month ago', 'a couple of months ago', '3 weeks back'])('"%s" asks which days', (ago) => {
    const r = parse(`Please delete the Checkout data of Pine Row from ${ago}.`);
    expect(r.ranges).toEqual([]);
    expect(r.missing.length + r.ambiguities.length).toBeGreaterThan(0);
  });

  it('"3 days ago" is one day', () => {
    const r = parse('Please delete the Checkout data of Pine Row from 3 days ago.');
    expect(r.ranges).toEqual([{ from: '2027-06-04', to: '2027-06-04' }]);
    expect(r.ambiguities).toEqual([]);
  });
});
