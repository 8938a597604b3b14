/**
 * Agencies writing for several clients, in our own words: a list whose common-word items stand one per
 * line with no bullets (an HTML list read as text), an item set off by an arrow ("<- SKIP"), items whose
 * value is "delete", "Client Source - please delete …", "the three clients" counting the workspaces
 * the mail names, a client "nothing for now", a part of a month told in a handover's story, a source
 * another client has written as the kind of trouble, a kept source described, and a
 * cancellation that picks one of several requests without its ticket.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const AGENCY = 'kim@agency.example';
const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'fernhill', name: 'Fernhill Bakery', contacts: [AGENCY], admins: [], deletedAt: null,
      sources: [
        { id: 's_1', slug: 'web', name: 'Web' },
        { id: 's_2', slug: 'email', name: 'Email' },
        { id: 's_3', slug: 'loyalty-portal', name: 'Loyalty Portal' },
        { id: 's_4', slug: 'events', name: 'Events' },
      ],
      spaces: [],
    },
    {
      id: 'ws_2', slug: 'tidewater', name: 'Tidewater Hotels', contacts: [AGENCY], admins: [], deletedAt: null,
      sources: [
        { id: 's_5', slug: 'booking-engine', name: 'Booking Engine' },
        { id: 's_6', slug: 'sync', name: 'Sync' },
        { id: 's_7', slug: 'legacy-api', name: 'API' },
        { id: 's_8', slug: 'api-v3', name: 'API v3' },
      ],
      spaces: [],
    },
    {
      id: 'ws_3', slug: 'quarry-labs', name: 'Quarry Labs', contacts: [AGENCY], admins: [], deletedAt: null,
      sources: [{ id: 's_9', slug: 'kiosk', name: 'Kiosk' }, { id: 's_10', slug: 'feedback', name: 'Feedback' }],
      spaces: [],
    },
  ],
});

const SENT = new Date('2027-06-14T09:00:00Z');
const parse = (text: string, subject = 'Data deletion'): ParseResult =>
  parseRequest(textMessage(text, { from: AGENCY, date: SENT, subject }), catalog, { now: new Date('2027-06-20T12:00:00Z') });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => `${x.from}..${x.to}`);

describe('names listed one per line, with or without bullets', () => {
  it.each([
    ['Fernhill Bakery, 2 June 2027, please delete:\nWeb\nLoyalty Portal\nKim', ['loyalty-portal', 'web']],
    ['Fernhill Bakery, 2 June 2027, please delete:\n- Web\n- Loyalty Portal\nKim', ['loyalty-portal', 'web']],
    ['Fernhill Bakery, 2 June 2027, please delete:\nWeb\nEmail\nLoyalty Portal\nKim', ['email', 'loyalty-portal', 'web']],
    ['Fernhill Bakery, 2 June 2027, please delete:\nLoyalty Portal\nWeb\nKim', ['loyalty-portal', 'web']],
  ])('reads every item of %j', (text, sources) => {
    const r = parse(text);
    expect(r.sources).toEqual(sources);
    expect(days(r)).toEqual(['2027-06-02..2027-06-02']);
    expect(complete(r)).toBe(true);
  });

  it('an HTML list keeps its common-word item', () => {
    const html = '<p>Fernhill Bakery, 2 June 2027, please delete:</p><ul><li>Web</li><li>Loyalty Portal</li></ul><p>Kim</p>';
    const r = parseRequest({ ...textMessage('', { from: AGENCY, date: SENT }), html, contentType: 'text/html' }, catalog, { now: new Date('2027-06-20T12:00:00Z') });
    expect(r.sources).toEqual(['loyalty-portal', 'web']);
  });
});

describe('what an item says after its name', () => {
  it('an arrow sets off the item\'s note: "<- SKIP" leaves it out', () => {
    const r = parse('For Fernhill Bakery, 2 June 2027, please delete these sources:\n\n- Web\n- Loyalty Portal\n- Events   <- SKIP, client still needs this one\n\nKim');
    expect(r.sources).toEqual(['loyalty-portal', 'web']);
    expect(complete(r)).toBe(true);
  });

  it('"Web - delete" lines name their sources', () => {
    const r = parse('Hi,\nFernhill Bakery, 2 June 2027:\nWeb - delete\nEvents - delete\nThanks, Kim');
    expect(r.sources).toEqual(['events', 'web']);
    expect(complete(r)).toBe(true);
  });

  it('"Client Source - please delete …" names the source', () => {
    const r = parse('Hi, Fernhill Bakery Web - please delete 2 to 3 June 2027. Kim');
    expect(r.sources).toEqual(['web']);
    expect(days(r)).toEqual(['2027-06-02..2027-06-03']);
  });
});

describe('mail about several clients', () => {
  it('"the three clients" counts the workspaces the mail names, not sources', () => {
    const r = parse('Hi,\n\nRound-up for the three clients we run for you:\n\n* Quarry Labs - nothing to do.\n* Tidewater Hotels - nothing to do either.\n* Fernhill Bakery - please delete the Loyalty Portal source data for 1 June 2027 to 3 June 2027.\n\nKim');
    expect(r.workspace).toBe('fernhill');
    expect(r.sources).toEqual(['loyalty-portal']);
    expect(complete(r)).toBe(true);
  });

  it('a client with "nothing for now" is left out', () => {
    const r = parse("Hi desk,\n\nI'm taking over Fernhill Bakery and Tidewater Hotels from Lars.\n\nTidewater Hotels: please delete the Booking Engine source for 1 and 2 June 2027.\nFernhill Bakery: nothing for now, just update your notes please.\n\nKim");
    expect(r.workspace).toBe('tidewater');
    expect(r.sources).toEqual(['booking-engine']);
    expect(complete(r)).toBe(true);
  });

  it("a part of a month in the handover's story is not asked about", () => {
    const r = parse("Hi all,\n\nI'm taking over the Fernhill Bakery account from Priya, who moved to another team at the start of June. Please delete the data of the Email source in Fernhill Bakery for 9 to 11 June 2027.\n\nKim");
    expect(days(r)).toEqual(['2027-06-09..2027-06-11']);
    expect(complete(r)).toBe(true);
  });

  it("another client's source word written as the trouble asks nothing", () => {
    const r = parse('Hello, Fernhill Bakery Web: please delete 2 to 4 March 2027 (old sync problem).');
    expect(r.sources).toEqual(['web']);
    expect(complete(r)).toBe(true);
  });

  it('a described source the mail keeps is left out without a question', () => {
    const r = parse('Hello, please delete the API v3 source data in Tidewater Hotels for 3 June 2027. The old API source is fine.');
    expect(r.sources).toEqual(['api-v3']);
    expect(complete(r)).toBe(true);
  });
});

describe('what is still asked', () => {
  it('a cancellation that picks one of several requests without its ticket', () => {
    const r = parse('Hi, please cancel one of our pending deletions for Fernhill Bakery - the older one. Kim', 'cancel one of them');
    expect(r.kind).toBe('cancel');
    expect(r.ambiguities.join(' ')).toContain('which request is meant');
  });
});
