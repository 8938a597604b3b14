/**
 * Careless writers: a line that is only the names and the days, a longer workspace name misspelt around a
 * shorter one, a numbered source followed by a word that only starts like a month, "the 5th day of" a
 * month, the Nth week of a month that begins on a Monday, and one part of a request cancelled under its
 * ticket. What staff would see: the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], contacts: string[] = []): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts,
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
});
const catalog = indexCatalog({
  workspaces: [
    ws('harbor-point', 'Harbor Point', [['ledger', 'Ledger'], ['ledger-2', 'Ledger 2'], ['portal', 'Portal']], ['mo@harbor.example']),
    ws('harbor', 'Harbor', [['portal', 'Portal'], ['crm', 'CRM']], ['mo@harbor.example']),
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-20T10:00:00Z');
const SENT = new Date('2027-03-16T09:00:00Z');
const parse = (text: string, subject = 'data', extra: Parameters<typeof textMessage>[2] = {}): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'mo@harbor.example', date: SENT, subject }, extra), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a line that is only the names and then the days', () => {
  it('is a source deletion, asked about where the days are not settled', () => {
    const invalid = parse('harbor point portal data 30/02/2027 thanks');
    expect(invalid.kind).toBe('source_data');
    expect(invalid.workspace).toBe('harbor-point');
    expect(invalid.sources).toEqual(['portal']);
    expect(asks(invalid)).toBe(true);
    const hedged = parse('Harbor Point portal 2027-02-11, perhaps the day after as well');
    expect(hedged.kind).toBe('source_data');
    expect(asks(hedged)).toBe(true);
  });

  it('is no request when a verb stands between the name and the days', () => {
    expect(parse('Harbor Point portal looked odd on 2027-02-11, no idea why').kind).toBe('unknown');
  });
});

describe('a longer workspace name written one letter off', () => {
  it('settles neither it nor the shorter workspace inside it', () => {
    const r = parse('Please delete Portal in Harbor Pointe for 2027-02-11.');
    expect(r.workspace).toBeNull();
    expect(r.ranges).toEqual([{ from: '2027-02-11', to: '2027-02-11' }]);
    expect(r.ambiguities.join(' ')).toMatch(/Harbor Pointe/);
  });

  it('still reads the shorter name written alone', () => {
    const r = parse('Please delete CRM in Harbor for 2027-02-11.');
    expect(r.workspace).toBe('harbor');
    expect(r.sources).toEqual(['crm']);
    expect(asks(r)).toBe(false);
  });
});

describe('a numbered source followed by a word that only starts like a month', () => {
  it('keeps the number as part of the name', () => {
    const greeting = parse('Hello team,\nplease delete Ledger 2 in Harbor Point for 2027-02-11.', 'Harbor Point Ledger 2');
    expect(greeting.sources).toEqual(['ledger-2']);
    expect(asks(greeting)).toBe(false);
    const out = parse('Please leave Ledger 2 out of this and delete only Ledger in Harbor Point for 2027-02-11.');
    expect(out.sources).toEqual(['ledger']);
    expect(asks(out)).toBe(false);
  });
});

describe('ordinal days and weeks of a month', () => {
  it('reads "the 5th day of February 2027" and "the fifth day of February 2027" as 5 February', () => {
    for (const text of ['Please delete Portal in Harbor for the 5th day of February 2027.', 'Please delete Portal in Harbor for the fifth day of February 2027.']) {
      const r = parse(text);
      expect(r.ranges).toEqual([{ from: '2027-02-05', to: '2027-02-05' }]);
      expect(asks(r)).toBe(false);
    }
  });

  it('reads the Nth week of a month that begins on a Monday, and asks about one that does not', () => {
    const monday = parse('Please delete Portal in Harbor for the third week of February 2027.');
    expect(monday.ranges).toEqual([{ from: '2027-02-15', to: '2027-02-21' }]);
    expect(asks(monday)).toBe(false);
    const thursday = parse('Please delete Portal in Harbor for the 1st week of April 2026.');
    expect(thursday.ranges).toEqual([]);
    expect(asks(thursday)).toBe(true);
  });
});

describe('one part of a request cancelled under its ticket', () => {
  it('is a change of scope that keeps what is restated', () => {
    const r = parse('Please cancel the Ledger part, but do go on deleting Portal in Harbor Point for 2027-02-11.', 'Re: [DEL-77] your request');
    expect(r.kind).toBe('source_data');
    expect(r.ticket).toBe('DEL-77');
    expect(r.sources).toEqual(['portal']);
    expect(asks(r)).toBe(false);
  });

  it('asks about the rest when nothing else is restated, without calling the source missing', () => {
    const r = parse('drop the portal bit please, everything else stays as it was', 'Re: [DEL-78] your request');
    expect(r.kind).toBe('source_data');
    expect(r.missing).not.toContain('source');
    expect(asks(r)).toBe(true);
  });
});

describe('a quarter of the fiscal year', () => {
  it('asks which days, and does not call the time frame missing', () => {
    for (const text of ['Please delete Portal in Harbor for fiscal Q2 FY27.', 'Please delete Portal in Harbor for Q4 of our fiscal year 2026.', 'Please delete Portal in Harbor for FY2026 Q1.']) {
      const r = parse(text);
      expect(r.ranges).toEqual([]);
      expect(r.missing).not.toContain('time frame');
      expect(asks(r)).toBe(true);
    }
  });

  it('reads the months written out in brackets right after it', () => {
    const r = parse('Please delete Portal in Harbor for fiscal Q3 FY 2026-27 (October to December 2026).');
    expect(r.ranges).toEqual([{ from: '2026-10-01', to: '2026-12-31' }]);
    expect(asks(r)).toBe(false);
  });

  it('still reads a calendar quarter', () => {
    const r = parse('Please delete Portal in Harbor for Q4 2026.');
    expect(r.ranges).toEqual([{ from: '2026-10-01', to: '2026-12-31' }]);
    expect(asks(r)).toBe(false);
  });
});
