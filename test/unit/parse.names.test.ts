/**
 * Source and space names written so that they could be another name: a variant word after the name's
 * type word, a word that begins like the next word of a longer name, a name broken into words by
 * autocorrect, a numbered name the catalog does not have, the words several names begin with, a short
 * name in the subject above the whole name in the body, a workspace's name written before its own source,
 * and a space written like the workspace's spaces. What the customer gets: the fields, and whether the
 * desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const SENDER = 'ops@harbourline.example';
const ws = (slug: string, name: string, sources: [string, string][], spaces: string[] = []): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts: [SENDER],
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: spaces.map((n, k) => ({ id: `spa_${slug}_${k}`, name: n })),
});
const catalog = indexCatalog({
  workspaces: [
    ws('harbourline', 'Harbourline', [['hl-ios', 'iOS App'], ['hl-ios-2', 'iOS App 2'], ['hl-tablet', 'Tablet App'], ['hl-tablet-beta', 'Tablet App Beta']], ['Segments', 'Segments Staging']),
    ws('orchard', 'Orchard', [['orchard-market', 'Market Place'], ['till', 'Till'], ['orchard-web', 'Web']]),
    ws('quarry', 'Quarry', [['quarry-kiosk', 'Kiosk'], ['scanner-east', 'Scanner East'], ['scanner-west', 'Scanner West']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-20T12:00:00Z');
const parse = (text: string, subject = 'data deletion', date = '2027-06-10T09:00:00Z'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: SENDER, date: new Date(date), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a variant word after the name and its type word', () => {
  it('asks about "the iOS App 2 source staging data" instead of taking iOS App 2', () => {
    const r = parse('Could you remove the iOS App 2 source staging data in Harbourline for 4 June 2027?');
    expect(r.workspace).toBe('harbourline');
    expect(r.sources).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('does not take the source from a subject that names it, when the body writes it with the variant word', () => {
    const r = parse('Could you remove the iOS App 2 source staging data in Harbourline for 4 June 2027?', 'iOS App 2 source - staging');
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('still takes "the iOS App 2 source data" and "the iOS App source old data" as the source', () => {
    const a = parse('Could you remove the iOS App 2 source data in Harbourline for 4 June 2027?');
    expect(a.sources).toEqual(['hl-ios-2']);
    expect(asks(a)).toBe(false);
    const b = parse('Could you remove the iOS App source old data in Harbourline for 4 June 2027?');
    expect(b.sources).toEqual(['hl-ios']);
  });
});

describe('a word that begins like the next word of a longer name', () => {
  it('asks whether "tablet app bet data" is Tablet App or Tablet App Beta', () => {
    const r = parse('please wipe the tablet app bettor data in harbourline for june 3 2027');
    expect(r.workspace).toBe('harbourline');
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/Tablet App Beta/);
  });

  it('reads a describing word that is no part of a name as the data of the source', () => {
    const r = parse('please wipe the tablet app duplicate data in harbourline for june 3 2027');
    expect(r.sources).toEqual(['hl-tablet']);
    expect(asks(r)).toBe(false);
  });
});

describe('a name broken into words by autocorrect', () => {
  it('proposes Market Place for "mark it place" and asks', () => {
    const r = parse('pls delete the mark it place data in orchard for june 2 2027');
    expect(r.workspace).toBe('orchard');
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/orchard-market/);
  });
});

describe('a numbered name the catalog does not have', () => {
  it('asks about "Till 2" and does not read its 2 as a day', () => {
    const r = parse('Slet venligst data fra Till 2 i Orchard den 30. maj 2027.');
    expect(r.workspace).toBe('orchard');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual([{ from: '2027-05-30', to: '2027-05-30' }]);
    expect(asks(r)).toBe(true);
  });
});

describe('a longer name that runs into a date', () => {
  // The number asked about is the date's own: the days are still read, and the name still asks.
  it.each([
    ['a dotted date', 'Bitte löscht die Kiosk-Daten von Quarry Mining 3.6.2027.'],
    ['a month before the day', 'Please delete the Kiosk data of Quarry Mining June 3, 2027.'],
    ['a month after the day', 'Please delete the Kiosk data of Quarry Mining 3 June 2027.'],
  ])('%s', (_how, text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([{ from: '2027-06-03', to: '2027-06-03' }]);
    expect(asks(r)).toBe(true);
  });
});

describe('the words several names begin with', () => {
  it('asks which Scanner is meant, and does not list the source as missing', () => {
    const r = parse('Please delete the Scanner data in Quarry for 1 June 2027.');
    expect(r.workspace).toBe('quarry');
    expect(r.sources).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/Scanner East or Scanner West/);
  });

  it("does not read the workspace's own name before a data word as the start of its sources' names", () => {
    const own = indexCatalog({ workspaces: [ws('fernway', 'Fernway', [['fw-ios', 'Fernway iOS'], ['fw-web', 'Fernway Web']])] } satisfies Catalog);
    const r = contractView(parseRequest(textMessage('Please delete all Fernway data for 1 June 2027.', { from: SENDER, date: new Date('2027-06-10T09:00:00Z'), subject: 'deletion' }), own, { now: NOW }));
    expect(r.ambiguities.join(' ')).not.toMatch(/Fernway iOS or Fernway Web/);
  });

  it('lists the source as missing when no source is written at all', () => {
    const r = parse('Please delete the data in Quarry for 1 June 2027.');
    expect(r.missing).toEqual(['source']);
  });
});

describe('a short name in the subject above the whole name in the body', () => {
  it('reads subject "Tablet data" over "the tablet app data" as Tablet App, without asking', () => {
    const r = parse('hi please delete the tablet app data in harbourline for the third of june 2027', 'Tablet data');
    expect(r.workspace).toBe('harbourline');
    expect(r.sources).toEqual(['hl-tablet']);
    expect(asks(r)).toBe(false);
  });

  it('still asks about the short name of a subject that lists things ("Tablet + kiosk")', () => {
    const r = parse('hi please delete the tablet app and kiosk data in harbourline for the third of june 2027', 'Tablet + kiosk');
    expect(asks(r)).toBe(true);
  });

  it('still asks when the whole name below is only background', () => {
    const r = parse('Please delete the events of 3 June 2027 in Harbourline. They came from a test tablet that also has Tablet App Beta installed.', 'Tablet - 3 June 2027');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/Tablet/);
  });

  it('still asks about a short name in the subject when the body writes no whole name', () => {
    const r = parse('hi please delete that data in harbourline for the third of june 2027', 'Tablet data');
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});

describe("a workspace's name written before its own source", () => {
  const quarry = indexCatalog({ workspaces: [ws('quarry', 'Quarry', [['quarry-kiosk', 'Kiosk'], ['quarry-web', 'Web']])] } satisfies Catalog);
  const read = (text: string): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: SENDER, date: new Date('2027-06-10T09:00:00Z'), subject: 'deletion' }), quarry, { now: NOW }));

  it('takes "the Quarry Kiosk source" as workspace Quarry and its Kiosk source', () => {
    const r = read('Please delete the Quarry Kiosk source data for 8 June 2027.');
    expect(r.workspace).toBe('quarry');
    expect(r.sources).toEqual(['quarry-kiosk']);
    expect(asks(r)).toBe(false);
  });

  it('does not read the slug "quarry-kiosk" alone as naming the workspace', () => {
    const r = read('Please delete the quarry-kiosk source data for 8 June 2027.');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });
});

describe('a space written like the spaces of the workspace', () => {
  it('asks about "the Segment space" beside Segments and Segments Staging, naming both', () => {
    const r = parse('Please delete the Segment space in Harbourline.');
    expect(r.kind).toBe('unify_space');
    expect(r.workspace).toBe('harbourline');
    expect(r.space).toBeNull();
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/Segments or Segments Staging/);
  });
});
