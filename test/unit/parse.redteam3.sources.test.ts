/**
 * Sources taken back, sources left out of "all sources", and days that belong to something other than the
 * source read. Each of these once came back complete and wrong: "all sources … the Android App doesn't
 * need to be deleted" deleted only the Android App; a source withdrawn later stayed in; the day of an
 * unknown source or of a space went to the source named first; "respectively" crossed every day with
 * every source. Each must now be read right, or asked about.
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
      id: 'ws_n1', slug: 'northwind', name: 'Northwind Retail', contacts: ['lea@northwind.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_n1', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_n2', slug: 'android', name: 'Android App' },
        { id: 'src_n3', slug: 'web', name: 'Website' },
        { id: 'src_n4', slug: 'server', name: 'Server API' },
      ],
      spaces: [{ id: 'spa_n1', name: 'Marketing' }],
    },
    {
      id: 'ws_h1', slug: 'hangang-fit', name: 'Hangang Fitness', contacts: ['minji@hangang.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_h1', slug: 'app', name: 'App' },
        { id: 'src_h2', slug: 'app-2', name: 'App 2' },
        { id: 'src_h3', slug: 'watch', name: 'Watch' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Thursday 3 December 2026.
const SENT = new Date('2026-12-03T10:00:00Z');
const parse = (text: string, from = 'lea@northwind.example'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject: 'Deletion' }), catalog, { now: new Date('2026-12-03T12:00:00Z') }));
const DEC_1 = [{ from: '2026-12-01', to: '2026-12-01' }];
const asks = (r: ParseResult): boolean => r.ambiguities.length > 0 || r.missing.length > 0;

describe('"all sources" with one of them left out is every other source', () => {
  it.each([
    ['a sentence after', 'Please delete the data of all sources in northwind for Dec 1. The Android App doesn\'t need to be deleted.'],
    ['"no need for"', 'Please delete the data of all sources in northwind for Dec 1. No need for the Android App.'],
    ['"can stay"', 'Please delete the data of all sources in northwind for Dec 1, though the Android App can stay.'],
    ['"out of scope"', 'Please delete the data of all sources in northwind for Dec 1. Android App is out of scope.'],
    ['Spanish', 'Por favor borren los datos de todas las fuentes en northwind del 1 de diciembre. La Android App no hace falta borrarla.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('northwind');
    expect(r.sources).toEqual(['ios-app', 'server', 'web']);
    expect(r.ranges).toEqual(DEC_1);
  });

  it('reads German "mit Ausnahme der Website" as an exception', () => {
    const r = parse('Hallo, bitte löschen Sie die Daten aller Quellen in northwind vom 1.12.2026, mit Ausnahme der Website.');
    expect(r.sources).toEqual(['android', 'ios-app', 'server']);
    expect(r.ranges).toEqual(DEC_1);
  });
});

describe('"all sources" with one source named besides is asked about, never that source alone', () => {
  it.each([
    ['told as the worst', 'Please delete the data of all sources in northwind for Dec 1. The Android App was the worst.'],
    ['asked about', 'Please delete the data of all sources in northwind for Dec 1. Does that include the Android App too?'],
    ['where it was noticed', "Please delete every source's data in northwind for Dec 1 -- we first noticed it on the iOS App."],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' / ')).toMatch(/every source of northwind, or only/);
  });
});

describe('a source named in the request and withdrawn later is asked about', () => {
  it.each([
    ['"scratch"', 'Please delete the iOS App and Android App data in northwind for Dec 1, actually scratch the Android App.'],
    ['"doesn\'t need to be deleted"', 'Please delete the iOS App and Android App data in northwind for Dec 1. The Android App doesn\'t need to be deleted.'],
    ['"looked normal"', 'Please delete the iOS App and Android App data in northwind for Dec 1. The Android App looked normal.'],
    ['"no action needed"', 'Please delete the iOS App and Android App data in northwind for Dec 1. Android App: no action needed.'],
    ['"we already cleaned"', 'Please delete the iOS App and Android App data in northwind for Dec 1. The Android App we already cleaned ourselves.'],
    ['"leave the Website out"', 'Please delete the iOS App, Android App and Website data in northwind for Dec 1. On second thought, leave the Website out.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' / ')).toMatch(/reads as leaving (?:Android App|Website) out/);
  });
});

describe('a day of something else is not added to the source read', () => {
  it.each([
    ['an unknown source', 'Please delete the iOS App data in northwind for Dec 1, and the Shopify source for Dec 2.', 'Shopify'],
    ['an unknown name in lower case with its data word', 'Please delete the iOS App data in northwind for Dec 1 and the tvOS data for Dec 2.', 'tvOS'],
    ['a list with an unknown item', 'Please delete in northwind:\n- iOS App (Dec 1)\n- Shopify (Dec 2)', 'Shopify'],
    ['a space', 'Please delete the iOS App data in northwind for Dec 1, and the Marketing space data for Dec 2.', 'Marketing'],
    ['a common-word source name', 'Please delete the iOS App data in northwind for Dec 1, and the Website for Dec 2.', 'Website'],
    ['pairs after a semicolon', 'Please delete northwind data: iOS App Dec 1; Website Dec 2.', 'Website'],
  ])('%s', (_, text, other) => {
    const r = parse(text);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' / ')).toContain(`"${other}" is named between the days`);
  });

  it('still reads one source with two days and nothing between them', () => {
    const r = parse('Please delete the iOS App data in northwind for Dec 1 and Dec 2.');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2026-12-01', to: '2026-12-02' }]);
    expect(r.ambiguities).toEqual([]);
  });

  it('does not take a day\'s own name for a thing ("Cyber Monday")', () => {
    const r = parse('Please delete the iOS App data in northwind for Black Friday (Nov 27) and Cyber Monday (Nov 30).');
    expect(r.ambiguities.join(' / ')).not.toContain('is named between the days');
  });
});

describe('"respectively" pairs each day with one source', () => {
  it('asks how the days pair up instead of deleting both days of both', () => {
    const r = parse('Please delete the iOS App and Website data in northwind for Dec 1 and Dec 2 respectively.');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' / ')).toContain('should every day be deleted for every source?');
  });
});

describe('the common word after a source\'s name is part of that name', () => {
  it('reads "the Watch app data" as Watch alone, not Watch and App', () => {
    const r = parse('Please delete the Watch app data in Hangang Fitness for 2026-11-15 and 2026-11-16.', 'minji@hangang.example');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('hangang-fit');
    expect(r.sources).toEqual(['watch']);
    expect(r.ranges).toEqual([{ from: '2026-11-15', to: '2026-11-16' }]);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('round 4', () => {
  it('asks which source stands when "scratch that" takes back the one written before it', () => {
    const r = parse('Please delete the iOS App data in northwind for Dec 1. Scratch that, the Android App data for Dec 1 is what needs deleting.');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('northwind');
    // Never the iOS App alone: that is the one taken back.
    expect(r.sources).not.toEqual(['ios-app']);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' / ')).toContain('"Scratch that" takes back something written before it (iOS App)');
  });

  it('still reads "scratch the Android App" as taking the Android App back', () => {
    const r = parse('Please delete the iOS App and Android App data in northwind for Dec 1, actually scratch the Android App.');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' / ')).toMatch(/reads as leaving Android App out/);
  });

  it.each([
    ['"don\'t forget the Server API"', "Please delete the iOS App and Android App data in northwind for Dec 1. And don't forget the Server API!", 'Server API'],
    ['"don\'t forget about the Website"', "Please delete the iOS App data in northwind for Dec 1 - and please don't forget about the Website this time, it was missed last time.", 'Website'],
  ])('never drops a source the customer reminds us of: %s', (_, text, name) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' / ')).toContain(`"${name}" is named outside the deletion request`);
  });

  it.each([
    ['"don\'t skip the Website"', "Please delete the data of all sources in northwind for Dec 1. Please don't skip the Website this time.", 'web'],
    ['"looked fine at first, but"', 'Please delete the data of all sources in northwind for Dec 1. The Android App looked fine at first, but it has the same duplicates.', 'android'],
    ['"we already fixed the bug"', 'The tracking plan bug hit every source. Please delete the data of all sources in northwind for Dec 1.\nIn the Server API we already fixed the bug, the others follow tomorrow.', 'server'],
  ])('does not take a source out of "all sources" over %s', (_, text, named) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('northwind');
    expect(r.ranges).toEqual(DEC_1);
    // Every source minus the one named would be complete and wrong; which is meant is asked.
    expect(r.sources).toContain(named);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' / ')).toMatch(/every source of northwind, or only/);
  });

  it('still leaves out a source that "looked fine" with nothing said against it', () => {
    const r = parse('Please delete the data of all sources in northwind for Dec 1. The Android App looked fine.');
    expect(r.sources).toEqual(['ios-app', 'server', 'web']);
    expect(r.ranges).toEqual(DEC_1);
  });
});
