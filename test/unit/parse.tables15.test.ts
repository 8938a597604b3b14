/**
 * Tables in a request, in my own words. A row's other cells ("retain", "not affected", "pending") say
 * what becomes of its source, not only its day; and a table shown beside a request for one source
 * (error rates, release dates, a pasted status page) adds none of its own sources. A table that may be
 * the request but disagrees with the text is asked about.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    catalogWorkspace('brightwater', 'Brightwater', [
      ['mobile-app', 'Mobile App'],
      ['web', 'Web'],
      ['kiosk', 'Kiosk'],
      ['loyalty-api', 'Loyalty API'],
    ], [], ['ines@brightwater.example']),
  ],
});

const NOW = new Date('2027-06-10T12:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ines@brightwater.example', date: new Date('2027-06-09T08:00:00Z'), subject: 'Brightwater cleanup' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const MAY_2 = [{ from: '2027-05-02', to: '2027-05-02' }];

describe("a row's own cells", () => {
  const table = (header: string, mobile: string, other: string, name = 'Kiosk'): string =>
    `Hello, could you delete these rows in Brightwater:\n\n| Source | Date | ${header} |\n|---|---|---|\n| Mobile App | 2027-05-02 | ${mobile} |\n| ${name} | 2027-05-02 | ${other} |\n\nRegards, Ines`;

  it('leaves out a source whose row keeps it, under any column', () => {
    for (const [header, mobile, other] of [
      ['Action', 'delete', 'retain'],
      ['Action', 'purge', 'leave it'],
      ['To do', 'remove', 'skip'],
      ['Note', 'duplicated events', 'not affected'],
      ['Remark', 'test traffic', 'normal, no issues'],
      ['Comment', 'bad SDK release', 'baseline, for comparison'],
    ]) {
      const r = parse(table(header, mobile, other));
      expect(r.sources, `${header}: ${other}`).toEqual(['mobile-app']);
      expect(r.ranges).toEqual(MAY_2);
      expect(asks(r), `${header}: ${other}`).toBe(false);
    }
  });

  it('leaves out and asks about a source whose row is left open', () => {
    for (const other of ['pending', 'tbd', 'on hold', 'ok']) {
      const r = parse(table('Action', 'delete', other, 'Web'));
      expect(r.sources, other).toEqual(['mobile-app']);
      expect(r.ambiguities.join(' '), other).toMatch(/Web/);
    }
  });

  it('keeps every source whose row asks for the deletion or only describes it', () => {
    const r = parse(table('Action', 'delete', 'delete'));
    expect(r.sources).toEqual(['kiosk', 'mobile-app']);
    expect(asks(r)).toBe(false);
    const reasons = parse(table('Reason', 'duplicated events', 'bot traffic', 'Web'));
    expect(reasons.sources).toEqual(['mobile-app', 'web']);
    expect(asks(reasons)).toBe(false);
  });
});

describe('a table shown beside the request', () => {
  const request = 'Please delete the Mobile App data in Brightwater for May 2, 2027 — a faulty release double-sent every event.';

  it('adds none of its sources when it shows counts, rates or statuses', () => {
    for (const shown of [
      'Error rates per source:\n\n| Mobile App | 2027-05-02 | 14.2% |\n| Kiosk | 2027-05-02 | 0.3% |',
      'Our monitoring says:\nWeb\t2027-05-02\thealthy\nLoyalty API\t2027-05-02\thealthy\nMobile App\t2027-05-02\tdegraded',
      '| Source | Day | Hits |\n|---|---|---|\n| Web | 2027-05-02 | 88,120 |\n| Kiosk | 2027-05-02 | 1,044 |',
      'Release dates, just so you know:\n| Web | 2027-05-02 |\n| Kiosk | 2027-05-02 |',
    ]) {
      const r = parse(`${request}\n\n${shown}\n\nThanks, Ines`);
      expect(r.sources, shown).toEqual(['mobile-app']);
      expect(r.ranges).toEqual(MAY_2);
      expect(asks(r), shown).toBe(false);
    }
  });

  it('reads "all normal except" as the one that is not normal, not one to keep', () => {
    const r = parse(`${request}\n\nPage views (all normal except the Mobile App):\nWeb\t2027-05-02\t52,300\nKiosk\t2027-05-02\t900\n\nThanks`);
    expect(r.sources).toEqual(['mobile-app']);
    expect(asks(r)).toBe(false);
  });

  it('joins the request when the sentence above it asks to delete what it lists', () => {
    const r = parse(`${request} Please also delete the following:\n\n| Kiosk | 2027-05-02 |\n\nThanks`);
    expect(r.sources).toEqual(['kiosk', 'mobile-app']);
    expect(asks(r)).toBe(false);
  });

  it('asks when a table that may be the request names other sources than the text', () => {
    for (const table of ['Sources and dates:\n| Mobile App | 2027-05-02 |\n| Loyalty API | 2027-05-02 |', '| Mobile App | 2027-05-02 |\n| Loyalty API | 2027-05-02 |']) {
      const r = parse(`${request}\n\n${table}\n\nThanks`);
      expect(r.sources, table).not.toContain('loyalty-api');
      expect(r.ambiguities.join(' '), table).toMatch(/Loyalty API/);
    }
  });
});

describe('a table that is the whole scope', () => {
  it('is the request when nothing else names a source', () => {
    const r = parse('Hi, the list from our sheet (Brightwater):\n\nSource\tDay\nWeb\t2027-05-02\nKiosk\t2027-05-02\n\nThanks');
    expect(r.sources).toEqual(['kiosk', 'web']);
    expect(r.ranges).toEqual(MAY_2);
    expect(asks(r)).toBe(false);
  });

  it('is the request when its header has a column that asks to delete, whatever its cells hold', () => {
    const r = parse('Brightwater, 2 May 2027, see the sheet:\n| Source | Remove? |\n|---|---|\n| Mobile App | 1 |\n| Loyalty API | 0 |');
    expect(r.sources).toEqual(['mobile-app']);
    expect(asks(r)).toBe(false);
  });

  it('is not when it only shows counts and nothing asks for its rows', () => {
    const r = parse('Something went wrong in Brightwater on May 2, 2027, please delete the bad data.\n\nEvent counts per source:\n| Web | 2027-05-02 | 12,400 |\n| Kiosk | 2027-05-02 | 310,000 |\n\nThanks');
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});
