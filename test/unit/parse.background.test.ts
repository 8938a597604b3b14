/**
 * Days of the writer's life around a request — a board review, an unpaid invoice, the launch party the
 * agency set things up for, a bank holiday, a helpdesk's "Created:" line — are not days of data. They are
 * left out with a note; the request's own days are read as written and nothing is asked about them. A
 * sentence that tells of trouble or a change ("the update went out on …", "… was a mess") still asks, and
 * a sentence that adds ("and …", "… too") is still the request's.
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
      id: 'ws_k1', slug: 'kettle-corner', name: 'Kettle Corner', contacts: ['jo@kettle.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_k1', slug: 'web-shop', name: 'Web Shop' },
        { id: 'src_k2', slug: 'loyalty-app', name: 'Loyalty App' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Monday 7 June 2027.
const SENT = new Date('2027-06-07T09:00:00Z');
const read = (text: string): ParseResult =>
  parseRequest(textMessage(`Hello,\n\n${text}\n\nJo`, { from: 'jo@kettle.example', date: SENT, subject: 'Please delete some data' }), catalog, { now: new Date('2027-06-09T12:00:00Z') });
const parse = (text: string): ParseResult => contractView(read(text));
const REQUEST = 'Could you please delete the Web Shop data in Kettle Corner from 2 May 2027 to 4 May 2027?';
const MAY_2_TO_4 = [{ from: '2027-05-02', to: '2027-05-04' }];

describe('a day of the writer\'s life beside a dated request', () => {
  it.each([
    ['a board review and an invoice', `A bit of background: we had our quarterly review with the board on 15 January 2027, and our accountant is still chasing the invoice from 7 April 2027.\n\n${REQUEST}`],
    ['the launch party', `Our agency set everything up for us at our launch party on 19 January 2027 and since then we have mostly looked at the charts.\n\n${REQUEST}`],
    ['a bank holiday', `We closed the shop for the bank holiday on 31 May 2027, a lovely long weekend.\n\n${REQUEST}`],
    ['German, a quarterly meeting', `Kurz zum Hintergrund: Wir hatten am 23. Februar 2027 unsere Quartalsbesprechung mit dem Vorstand.\n\n${REQUEST}`],
    ['Chinese, the shop\'s opening', `代理公司在2027年3月20日开业前帮我们配置好了一切。\n\n${REQUEST}`],
    ['a helpdesk footer', `${REQUEST}\n\nTicket #8812 | Status: Open | Priority: Medium | Created: 03.06.2027 16:44`],
  ])('%s: only the request\'s days, nothing asked', (_, text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('kettle-corner');
    expect(r.sources).toEqual(['web-shop']);
    expect(r.ranges).toEqual(MAY_2_TO_4);
    expect(r.missing).toEqual([]);
    expect(r.ambiguities).toEqual([]);
    expect(read(text).notes.some((n) => /told as background/.test(n))).toBe(true);
  });

  it('a request without days of its own asks for them, and the story\'s day is not offered as one', () => {
    const r = parse('Our agency set everything up for the launch party on 6 April 2027.\n\nCould you delete the Web Shop data in Kettle Corner for the days the tracking failed?');
    expect(r.ranges).toEqual([]);
    expect(r.missing).toEqual(['time frame']);
  });
});

describe('a day beside the request that may still be the request\'s', () => {
  it.each([
    ['a change', 'The update of our shop went out on 1 May 2027 in the evening.', /1 May/],
    ['trouble in other words', 'Honestly, 5 May 2027 was a mess as well for us.', /5 May/],
    ['a crash', 'Our loyalty program crashed on 5 May 2027 around noon.', /5 May/],
    ['a sentence that adds', 'And 5 May 2027 for the same reason, the whole day.', /5 May/],
  ])('%s: asked about, never dropped silently', (_, story, about) => {
    const r = parse(`${REQUEST}\n\n${story}`);
    expect(r.ambiguities.some((a) => about.test(a))).toBe(true);
  });
});
