/**
 * A number word before a month joined to another word ("zwei Mai-Wochen", "tre maggio-campagne") is no
 * day of that month, nor is "die ersten zwei Mai": those mails are asked about. Slovenian "listopad" is
 * November, as in Polish and Czech; "izbrišite podatke" is written alike in Croatian and Slovenian and
 * does not make a Slovenian mail Croatian.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_91', slug: 'nova-labs', name: 'Nova Labs', contacts: ['ines@nova.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_911', slug: 'staging', name: 'Staging' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ines@nova.example', date: new Date('2027-06-07T08:00:00Z'), subject: 'Data deletion' }), catalog, {
    now: new Date('2027-06-07T12:00:00Z'),
  });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const days = (from: string, to = from) => [{ from, to }];

describe('a number word before a month compound is no day', () => {
  it.each([
    'Hallo,\nbitte löscht die Staging-Daten von Nova Labs für die ersten zwei Mai-Wochen 2027.',
    'Hallo,\nbitte löscht die Staging-Daten von Nova Labs für unsere drei Mai-Kampagnen 2027.',
    'Ciao,\nper favore cancellate i dati Staging di Nova Labs per le tre maggio-campagne 2027.',
    'Hallo,\nbitte löscht die Staging-Daten von Nova Labs für die ersten zwei Mai 2027.',
  ])('asks: %s', (body) => {
    const r = parse(body);
    expect(complete(r)).toBe(false);
    expect(r.ranges).toEqual([]);
  });

  it('control: "vom ersten bis zum dritten Mai 2027" stays the first to the third', () => {
    const r = parse('Hallo,\nbitte löscht die Staging-Daten von Nova Labs vom ersten bis zum dritten Mai 2027.');
    expect(complete(r)).toBe(true);
    expect(r.workspace).toBe('nova-labs');
    expect(r.sources).toEqual(['staging']);
    expect(r.ranges).toEqual(days('2027-05-01', '2027-05-03'));
  });

  it('control: "am zwei Mai 2027" is the second', () => {
    const r = parse('Hallo,\nbitte löscht die Staging-Daten von Nova Labs am zwei Mai 2027.');
    expect(complete(r)).toBe(true);
    expect(r.ranges).toEqual(days('2027-05-02'));
  });
});

describe('"listopad" in Slovenian mail is November', () => {
  it('Slovenian: "izbrišite podatke" does not make it Croatian', () => {
    const r = parse('Pozdravljeni,\nlepo vas naprošam, izbrišite podatke vira Staging v Nova Labs od 3. do 5. listopada 2026.\nLep pozdrav, Ines');
    expect(complete(r)).toBe(true);
    expect(r.workspace).toBe('nova-labs');
    expect(r.ranges).toEqual(days('2026-11-03', '2026-11-05'));
  });

  it('Slovenian with a closing "lp" and a Slovenian month name elsewhere', () => {
    const r = parse('Živjo,\nizbrišite podatke vira Staging v Nova Labs od 3. do 5. listopada 2026 (poročilo iz oktobra).\nlp, Ines');
    expect(complete(r)).toBe(true);
    expect(r.ranges).toEqual(days('2026-11-03', '2026-11-05'));
  });

  it('control: Croatian mail stays October', () => {
    const r = parse('Poštovani,\nmolim izbrišite podatke izvora Staging u Nova Labs od 3. do 5. listopada 2026.\nLijep pozdrav, Ines');
    expect(complete(r)).toBe(true);
    expect(r.ranges).toEqual(days('2026-10-03', '2026-10-05'));
  });

  it('control: Croatian "izbrišite podatke" alone still reads October', () => {
    const r = parse('Poštovani,\nizbrišite podatke izvora Staging u Nova Labs od 3. do 5. listopada 2026.\nLijep pozdrav, Ines');
    expect(complete(r)).toBe(true);
    expect(r.ranges).toEqual(days('2026-10-03', '2026-10-05'));
  });

  it('control: Polish "3 listopada" stays November', () => {
    const r = parse('Dzień dobry,\nproszę usunąć dane Staging w Nova Labs z 3 listopada 2026.\nPozdrawiam, Ines');
    expect(complete(r)).toBe(true);
    expect(r.ranges).toEqual(days('2026-11-03'));
  });

  it('Croatian and Slovenian words together: asked', () => {
    const r = parse('Pozdravljeni,\nmolim obrišite podatke Staging u Nova Labs od 3. do 5. listopada 2026.\nLijep pozdrav, Ines');
    expect(complete(r)).toBe(false);
  });
});

describe('a dash after a year in an identifier makes no day', () => {
  it('"build 2027-2" is no time frame', () => {
    const r = parse('Please delete Staging data in Nova Labs for build 2027-2.');
    expect(complete(r)).toBe(false);
    expect(r.ranges).toEqual([]);
  });

  it('control: "1 May 2027-3 May 2027" is the range', () => {
    const r = parse('Please delete Staging data in Nova Labs for 1 May 2027-3 May 2027.');
    expect(complete(r)).toBe(true);
    expect(r.ranges).toEqual(days('2027-05-01', '2027-05-03'));
  });
});
