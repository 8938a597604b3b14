/**
 * Two readings a customer cannot see go wrong. Names with accents: the catalog's names are also indexed
 * without their accents, and now the message's words are compared the same way, so "Jäger Partners"
 * (beside Jäger AG and Jager Partners) is seen as a whole name the catalog does not have and asked about,
 * not read as the short form of Jäger AG. Quoted history written by clients that do not quote with "> ":
 * GroupWise's ">>> … >>>" heading, "| " and ": " quote prefixes, Lotus Notes' "Forwarded by" line in a
 * reply and Gmail's Hebrew attribution; the quoted request's sources and days must not join the new one.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][]): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts: [],
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
});
const catalog = indexCatalog({
  workspaces: [
    ws('jaeger-ag', 'Jäger AG', [['portal', 'Portal'], ['kiosk', 'Kiosk']]),
    ws('jager-partners', 'Jager Partners', [['portal', 'Portal'], ['kiosk', 'Kiosk']]),
    ws('sante-plus', 'Santé Plus', [['booking', 'Booking']]),
    ws('sante-clinic', 'Sante Clinic', [['booking', 'Booking']]),
    ws('sao-bento', 'Sao Bento Foods', [['orders', 'Orders']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-05-20T12:00:00Z');
const parse = (text: string, subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'someone@customer.example', date: new Date('2027-05-10T09:00:00Z'), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a name written with an accent its catalog name does not have', () => {
  it('asks about "Jäger Partners" (Jäger AG as written, Jager Partners without the accent) instead of taking Jäger AG', () => {
    const r = parse('Could you erase the Kiosk records of Jäger Partners for 4 April 2027?');
    expect(r.workspace).toBeNull();
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('Jäger Partners');
    expect(asks(r)).toBe(true);
  });

  it('asks the same when the name is written in lower case or in capitals', () => {
    for (const name of ['jäger partners', 'JÄGER PARTNERS']) {
      const r = parse(`please erase kiosk data in ${name} for april 4 2027`);
      expect(r.workspace).toBeNull();
      expect(asks(r)).toBe(true);
    }
  });

  it('asks about "santé clinic" in lower case, the accent of Santé Plus on the words of Sante Clinic', () => {
    const r = parse('hi, we need the booking data in santé clinic removed for april 4 2027');
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toContain('santé clinic');
  });

  it('still takes each name written as the catalog writes it, or without its accents', () => {
    const cases: [string, string][] = [['Jäger AG', 'jaeger-ag'], ['Jager AG', 'jaeger-ag'], ['Jager Partners', 'jager-partners'], ['Santé Plus', 'sante-plus'], ['Sante Clinic', 'sante-clinic']];
    for (const [name, slug] of cases) {
      const r = parse(`Please erase the Kiosk and Booking data in ${name} for 4 April 2027.`);
      expect(r.workspace).toBe(slug);
    }
  });

  it('takes "São Bento Foods" as Sao Bento Foods when no other name is written with that accent', () => {
    const r = parse('Please erase the Orders data of São Bento Foods for 4 April 2027.');
    expect(r.workspace).toBe('sao-bento');
    expect(r.sources).toEqual(['orders']);
    expect(asks(r)).toBe(false);
  });
});

const REPLY = 'Hello,\n\nKindly remove the Kiosk data in jaeger-ag too, on the dates we agreed earlier.\n\nMarta\n\n';
const OLD_REQUEST = 'Remove the Portal data for 2 April 2027.';

describe('quoted history below a reply, as other mail programs write it', () => {
  const histories: [string, string][] = [
    ['GroupWise heading with a date', `>>> Desk <deletions@desk.example> 12.04.2027 09:15 >>>\n${OLD_REQUEST}\n`],
    ['GroupWise heading with "wrote:"', `>>> On 4/12/2027 at 9:15 AM, in message <77@desk>, Desk wrote:\n${OLD_REQUEST}\n`],
    ['"| " quote prefix', `| ${OLD_REQUEST}\n| The desk\n`],
    ['"| " quote prefix under an attribution', `|  The desk wrote:\n|  ${OLD_REQUEST}\n`],
    ['": " quote prefix', `: ${OLD_REQUEST}\n: The desk\n`],
    ['Lotus Notes forward line', `----- Forwarded by Marta Kovac/JAEGER on 04/12/2027 09:15 AM -----\n${OLD_REQUEST}\n`],
    ['Lotus Notes forward line in German', `----- Weitergeleitet von Marta Kovac/JAEGER am 12.04.2027 09:15 -----\n${OLD_REQUEST}\n`],
    ['Gmail attribution in Hebrew', `בתאריך יום ב׳, 12 באפר׳ 2027 ב-9:15 מאת \u202aDesk\u202c <deletions@desk.example>:\u200f\n${OLD_REQUEST}\n`],
  ];
  for (const [label, history] of histories) {
    it(`does not read the quoted source and day under a ${label}`, () => {
      const r = parse(REPLY + history, 'Re: data deletion');
      expect(r.workspace).toBe('jaeger-ag');
      expect(r.sources).toEqual(['kiosk']);
      expect(r.ranges).toEqual([]);
      expect(r.missing).toContain('time frame');
    });
  }

  it('reads a reply that answers with a "| " table', () => {
    const r = parse('Hello,\n\nThese are the ones for jaeger-ag:\n\n| Source | Day |\n| Kiosk | 4 April 2027 |\n| Portal | 4 April 2027 |\n', 'Re: data deletion');
    expect(r.sources).toEqual(['kiosk', 'portal']);
    expect(r.ranges).toEqual([{ from: '2027-04-04', to: '2027-04-04' }]);
  });

  it('reads ": " lines a request writes under its own labels', () => {
    const r = parse('Please delete, in jaeger-ag:\n\nSource\n: Kiosk\nDay\n: 4 April 2027\n');
    expect(r.sources).toEqual(['kiosk']);
    expect(r.ranges).toEqual([{ from: '2027-04-04', to: '2027-04-04' }]);
  });

  it('still reads a Lotus Notes forward whose subject says it is one', () => {
    const r = parse('FYI, please handle.\n\n----- Forwarded by Marta Kovac/JAEGER on 04/12/2027 09:15 AM -----\nPlease remove the Portal data in jaeger-ag for 2 April 2027.\n', 'Fw: data deletion');
    expect(r.sources).toEqual(['portal']);
    expect(r.ranges).toEqual([{ from: '2027-04-02', to: '2027-04-02' }]);
  });

  it('keeps an answer written below a ">>>" line inside a block of quoted lines (a quote three levels deep)', () => {
    const r = parse('> Which source and which day?\n>>> On 4/12/2027 at 9:15 AM, Desk <deletions@desk.example> wrote:\nThe Kiosk one in jaeger-ag, for 4 April 2027 please.\n', 'Re: data deletion');
    expect(r.sources).toEqual(['kiosk']);
    expect(r.ranges).toEqual([{ from: '2027-04-04', to: '2027-04-04' }]);
  });
});
