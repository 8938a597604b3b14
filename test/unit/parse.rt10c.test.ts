/**
 * Sources whose one-word names are also ordinary words — a month ("August", "Mai"), a common noun
 * ("Journal", "Boutique", "Mercado", "Web"). Such a name counts as the source only where it is written
 * as a name (a source or data word beside it, in a list of sources, quoted, capitalised where the
 * sentence would not); written as a word beside another source it is asked about and left out; a month
 * with a day or a year is a date, read as one.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const source = (id: string, slug: string, name: string) => ({ id, slug, name });
const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_h', slug: 'harbor-post', name: 'Harbor Post', contacts: ['eda@harborpost.example'], admins: [], deletedAt: null,
      sources: [source('h1', 'reader-app', 'Reader App'), source('h2', 'journal', 'Journal'), source('h3', 'august', 'August'), source('h4', 'web', 'Web')],
      spaces: [],
    },
    {
      id: 'ws_k', slug: 'kaffeehaus', name: 'Kaffeehaus', contacts: ['jo@kaffeehaus.example'], admins: [], deletedAt: null,
      sources: [source('k1', 'kasse-app', 'Kasse App'), source('k2', 'mai', 'Mai')],
      spaces: [],
    },
    {
      id: 'ws_b', slug: 'boulangerie', name: 'Boulangerie', contacts: ['luc@boulangerie.example'], admins: [], deletedAt: null,
      sources: [source('b1', 'caisse-app', 'Caisse App'), source('b2', 'boutique', 'Boutique')],
      spaces: [],
    },
    {
      id: 'ws_c', slug: 'casa-luna', name: 'Casa Luna', contacts: ['ines@casaluna.example'], admins: [], deletedAt: null,
      sources: [source('c1', 'app-clientes', 'App Clientes'), source('c2', 'mercado', 'Mercado')],
      spaces: [],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2027-02-24T09:12:00Z');
const parse = (text: string, from = 'eda@harborpost.example'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject: 'Data deletion' }), catalog, { now: new Date('2027-03-01T12:00:00Z') }));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');
const FEB_3 = [{ from: '2027-02-03', to: '2027-02-03' }];

describe('a month that is a source name, written with a day or a year, is a date', () => {
  it('reads "3 August 2026 and August 5, 2026" as two days, not as the August source', () => {
    const r = parse('Please delete the Reader App data in harbor-post for 3 August 2026 and August 5, 2026.');
    expect(r.sources).toEqual(['reader-app']);
    expect(r.ranges).toEqual([{ from: '2026-08-03', to: '2026-08-03' }, { from: '2026-08-05', to: '2026-08-05' }]);
    expect(asked(r)).not.toMatch(/august/i);
  });
  it('reads the German "2. Mai 2026" as the day where a source is called Mai', () => {
    const r = parse('Hallo, bitte löscht die Daten der Kasse App in kaffeehaus vom 2. Mai 2026.', 'jo@kaffeehaus.example');
    expect(r.sources).toEqual(['kasse-app']);
    expect(r.ranges).toEqual([{ from: '2026-05-02', to: '2026-05-02' }]);
  });
});

describe('a name written as an ordinary word is asked about, not added', () => {
  it.each([
    ['a month in a sentence', 'In August we moved hosts. Please delete the Reader App data in harbor-post for Feb 3, 2027.', 'august'],
    ['a common noun describing what happened', 'Hi, our journal export flooded the Reader App source in harbor-post; please delete Feb 3, 2027.', 'journal'],
    ['a common noun at the start of a sentence', 'Journal exports flooded the Reader App source in harbor-post. Please delete Feb 3, 2027.', 'journal'],
  ])('%s', (_, text, word) => {
    const r = parse(text);
    expect(r.sources).toEqual(['reader-app']);
    expect(r.ranges).toEqual(FEB_3);
    expect(asked(r)).toContain(`should ${word} be deleted too?`);
  });
  it('French: "la boutique en ligne" is the shop, not the Boutique source', () => {
    const r = parse('Bonjour, merci de supprimer les données de la Caisse App dans boulangerie du 3 février 2027, ce sont des commandes de la boutique en ligne.', 'luc@boulangerie.example');
    expect(r.sources).toEqual(['caisse-app']);
    expect(asked(r)).toContain('should boutique be deleted too?');
  });
  it('Spanish: "el mercado de los sábados" is a market, not the Mercado source', () => {
    const r = parse('Hola, borren los datos de la App Clientes en casa-luna del 3 de febrero de 2027, eran pedidos del mercado de los sábados.', 'ines@casaluna.example');
    expect(r.sources).toEqual(['app-clientes']);
    expect(asked(r)).toContain('should mercado be deleted too?');
  });
  it('a month-named source alone, written as a word, is not the scope', () => {
    const r = parse('Since august the tracking is broken, please delete the data in harbor-post for Feb 3, 2027.');
    expect(r.sources).not.toContain('august');
    expect(r.ambiguities.length + r.missing.length).toBeGreaterThan(0);
  });
  it('"web data … for the Reader App" may describe the Reader App data: asked', () => {
    const r = parse('please delete web data in harbor-post for the Reader App on Feb 3, 2027.');
    expect(r.sources).toEqual(['reader-app']);
    expect(asked(r)).toContain('should web be deleted too?');
  });
  it('"the web version\'s data too" asks whether the Web source is meant', () => {
    const r = parse('please delete the Reader App data in harbor-post for Feb 3, 2027 and the web version\'s data too.');
    expect(r.sources).toEqual(['reader-app']);
    expect(asked(r)).toContain('should web be deleted too?');
  });
});

describe('the same names written as names still name their sources', () => {
  it.each([
    ['with a source word', 'Please delete the August source in harbor-post for Feb 3, 2027.', ['august']],
    ['in a list of sources', 'Please delete the Reader App and August data in harbor-post for Feb 3, 2027.', ['august', 'reader-app']],
    ['quoted', 'Please delete "journal" and the Reader App in harbor-post for Feb 3, 2027.', ['journal', 'reader-app']],
    ['capitalised inside a sentence', 'Please delete the Reader App data for Feb 3, 2027 in harbor-post, and Journal for the same day.', ['journal', 'reader-app']],
    ['with its data word, beside another name in a list', 'Please delete the web data and the Reader App data in harbor-post for Feb 3, 2027.', ['reader-app', 'web']],
  ])('%s', (_, text, sources) => {
    const r = parse(text);
    expect(r.sources).toEqual(sources);
    expect(r.ranges).toEqual(FEB_3);
    expect(asked(r)).toBe('');
  });
  it('French: "la source Boutique"', () => {
    const r = parse('Bonjour, merci de supprimer la source Boutique dans boulangerie pour le 3 février 2027.', 'luc@boulangerie.example');
    expect(r.sources).toEqual(['boutique']);
    expect(r.ranges).toEqual(FEB_3);
    expect(asked(r)).toBe('');
  });
  it('a lower-case name that is the only source named is still that source', () => {
    const r = parse('please delete journal in harbor-post for Feb 3, 2027.');
    expect(r.sources).toEqual(['journal']);
    expect(asked(r)).toBe('');
  });
  it('"the web team" tells what happened and asks nothing', () => {
    const r = parse('The web team shipped a bad build. Please delete the Reader App data in harbor-post for Feb 3, 2027.');
    expect(r.sources).toEqual(['reader-app']);
    expect(asked(r)).toBe('');
  });
});
