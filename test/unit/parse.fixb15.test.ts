/**
 * Tables beside a request, in my own words. A table that the text adds to the request ("Same for:",
 * "Other affected sources:", a sign-off per source, a "Remove" column) brings its sources along; one the
 * parser cannot place is asked about, never dropped while the rest reads complete. And a row's status
 * word decides its source only under a column about what becomes of the row: a "normal" priority or a
 * test run that "passed" keeps nothing out.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    catalogWorkspace('tidewell', 'Tidewell', [
      ['mobile-app', 'Mobile App'],
      ['kiosk', 'Kiosk'],
      ['loyalty-api', 'Loyalty API'],
      ['partner-portal', 'Partner Portal'],
    ], [], ['oskar@tidewell.example']),
  ],
});

const NOW = new Date('2027-06-10T12:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'oskar@tidewell.example', date: new Date('2027-06-09T08:00:00Z'), subject: 'Tidewell data' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const APRIL_14 = [{ from: '2027-04-14', to: '2027-04-14' }];
const REQUEST = 'Could you remove the Mobile App data in Tidewell for 14 April 2027?';

describe('a table the text adds to the request', () => {
  it('adds the rows of a table whose header has a column that asks to delete', () => {
    const r = parse(`${REQUEST}\n\n| Source | Remove |\n|---|---|\n| Kiosk | ok |\n| Loyalty API | ok |\n\nBest, Oskar`);
    expect(r.sources).toEqual(['kiosk', 'loyalty-api', 'mobile-app']);
    expect(r.ranges).toEqual(APRIL_14);
    expect(asks(r)).toBe(false);
  });

  it('adds the counted rows under "Other affected sources:"', () => {
    const r = parse(`${REQUEST}\n\nOther affected sources:\n\n| Kiosk | 8,210 |\n| Partner Portal | 455 |\n\nBest, Oskar`);
    expect(r.sources).toEqual(['kiosk', 'mobile-app', 'partner-portal']);
    expect(asks(r)).toBe(false);
  });

  it('never leaves out unasked the "ok" rows after "Same for:" or a sign-off per source', () => {
    for (const intro of ['Same for:', 'The owners agreed, this is the sign-off per source:']) {
      const r = parse(`${REQUEST} ${intro}\n\n| Kiosk | ok |\n| Loyalty API | ok |\n\nBest, Oskar`);
      const taken = ['kiosk', 'loyalty-api'].every((s) => r.sources.includes(s));
      expect(taken || asks(r), intro).toBe(true);
      if (!taken) expect(r.ambiguities.join(' '), intro).toMatch(/Kiosk|Loyalty API/);
    }
  });

  it('asks about a table it cannot place, even when it only shows statuses', () => {
    const r = parse(`${REQUEST}\n\n| Kiosk | fine |\n| Partner Portal | fine |\n\nBest, Oskar`);
    expect(r.sources).not.toContain('kiosk');
    expect(r.ambiguities.join(' ')).toMatch(/Kiosk/);
  });

  it('still drops unasked a table labelled as context', () => {
    const r = parse(`${REQUEST}\n\nFor reference, the other sources that day:\n\n| Kiosk | fine |\n| Partner Portal | fine |\n\nBest, Oskar`);
    expect(r.sources).toEqual(['mobile-app']);
    expect(asks(r)).toBe(false);
  });
});

describe("a row's status word under a column about something else", () => {
  const table = (header: string, mobile: string, other: string): string =>
    `Hello, please remove the following in Tidewell:\n\n| Source | Date | ${header} |\n|---|---|---|\n| Mobile App | 2027-04-14 | ${mobile} |\n| Kiosk | 2027-04-14 | ${other} |\n\nBest, Oskar`;

  it('keeps the row in the request', () => {
    for (const [header, mobile, other] of [
      ['Notes', 'crash loop', 'none'],
      ['Priority', 'urgent', 'normal'],
      ['Backup taken', 'yes', 'none'],
      ['Test run', 'failed', 'passed'],
      ['Comment', 'doubled events', '-'],
    ]) {
      const r = parse(table(header, mobile, other));
      expect(r.sources, `${header}: ${other}`).toEqual(['kiosk', 'mobile-app']);
      expect(r.ranges).toEqual(APRIL_14);
      expect(asks(r), `${header}: ${other}`).toBe(false);
    }
  });

  it('still leaves out a row whose own cell keeps it, or whose action column says it is fine', () => {
    for (const [header, mobile, other] of [
      ['Priority', 'urgent', 'skip'],
      ['Owner team', 'apps', 'exclude'],
      ['Affected', 'badly', 'fine'],
      ['Action', 'purge', 'none'],
    ]) {
      const r = parse(table(header, mobile, other));
      expect(r.sources, `${header}: ${other}`).toEqual(['mobile-app']);
    }
  });
});
