/**
 * How source and workspace names are resolved when the words are not the catalog's own: a source told
 * as done or kept, a region word written before a name ("the EU web data"), a lower-case common word
 * that fits several sources ("the app data"), a name run together or mistyped, and a count of sources
 * ("all three sources"). What the customer and staff would see: the sources, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const sources = (prefix: string, names: string[]): { id: string; slug: string; name: string }[] =>
  names.map((name, k) => ({ id: `src_${prefix}${k}`, slug: name.toLowerCase().replace(/\s+/g, '-'), name }));
const catalog = indexCatalog({
  workspaces: [
    { id: 'ws_k1', slug: 'kestrel-outdoor', name: 'Kestrel Outdoor', contacts: ['ops@kestrel.example'], admins: [], deletedAt: null, sources: sources('k', ['iOS App', 'Web App', 'Android App']), spaces: [] },
    { id: 'ws_t1', slug: 'tidewater-books', name: 'Tidewater Books', contacts: ['ops@tidewater.example'], admins: [], deletedAt: null, sources: sources('t', ['Web', 'Web EU', 'iOS App', 'iOS App 2', 'Android App']), spaces: [] },
    { id: 'ws_s1', slug: 'solana-mercado', name: 'Solana Mercado', contacts: ['ops@solana.example'], admins: [], deletedAt: null, sources: sources('s', ['App', 'App 2', 'Sitio']), spaces: [] },
    { id: 'ws_c1', slug: 'coral-tiles', name: 'Coral Tiles', contacts: ['ops@coral.example'], admins: [], deletedAt: null, sources: sources('c', ['POS Sync', 'Webshop', 'Loyalty Feed']), spaces: [] },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-04T12:00:00Z');
const parse = (text: string, from: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2026-12-03T10:00:00Z'), subject: 'Data deletion' }), catalog, { now: NOW }));
const KESTREL = 'ops@kestrel.example';
const TIDEWATER = 'ops@tidewater.example';
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');
const DEC_1 = [{ from: '2026-12-01', to: '2026-12-01' }];

describe('a source the customer says is done or kept is never deleted', () => {
  it.each([
    ['"hold the Web App one"', 'Please delete the iOS App data in kestrel-outdoor for Dec 1 and hold the Web App one.'],
    ['"skip the Web App"', 'Please delete the iOS App data in kestrel-outdoor for Dec 1, skip the Web App.'],
  ])('%s leaves it out of a request that names another source', (_, text) => {
    const r = parse(text, KESTREL);
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual(DEC_1);
  });

  it('"the normal Web source is grand, leave it alone" leaves Web out', () => {
    const r = parse('Please delete Web EU in tidewater-books for Dec 1. Only that one, the normal Web source is grand, leave it alone.', TIDEWATER);
    expect(r.sources).toEqual(['web-eu']);
    expect(r.ambiguities).toEqual([]);
  });

  it.each([
    ['already taken care of', 'Please delete the iOS App and Web App data in kestrel-outdoor for Dec 1. Web App is already taken care of.'],
    ['already handled', 'Please delete the iOS App and Web App data in kestrel-outdoor for Dec 1. The Web App is already handled.'],
    ['done on our side', 'Please delete the iOS App and Web App data in kestrel-outdoor for Dec 1. Web App is done on our side.'],
    ['German: bereits erledigt', 'Bitte löschen Sie die Daten der Quellen iOS App und Web App in kestrel-outdoor für den 1.12.2026. Die Web App ist bereits erledigt.'],
    ['Spanish: ya está hecha', 'Por favor borren los datos de iOS App y Web App en kestrel-outdoor del 1 de diciembre de 2026. La Web App ya está hecha.'],
    ['French: déjà faite', 'Merci de supprimer les données iOS App et Web App de kestrel-outdoor pour le 1 décembre 2026. La Web App est déjà faite.'],
  ])('a source asked for and then told as done (%s) is asked about, never complete', (_, text) => {
    const r = parse(text, KESTREL);
    expect(asked(r)).toMatch(/Web App.*reads as leaving Web App out/);
  });

  it('"handle the iOS App part only — the Web App part is already done" above a forward asking for both asks', () => {
    const r = parse(
      'Please handle the iOS App part only — the Web App part is already done.\n\n---------- Forwarded message ---------\nFrom: Ana <ops@kestrel.example>\nDate: Tue, 1 Dec 2026 10:00:00 +0000\nSubject: deletion\n\nPlease delete the iOS App and Web App data in kestrel-outdoor for Dec 1.',
      KESTREL,
    );
    // iOS App alone, or a question: never both deleted.
    const iosAlone = r.sources.join(',') === 'ios-app';
    expect(iosAlone || /reads as leaving Web App out/.test(asked(r))).toBe(true);
  });

  it('still complete: "tell us once the Web App is done" is the deletion to come, not one done', () => {
    const r = parse('Please delete the iOS App and Web App data in kestrel-outdoor for Dec 1 and tell us once the Web App is done.', KESTREL);
    expect(r.sources).toEqual(['ios-app', 'web-app']);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('word order and common words', () => {
  it('"the EU web data" with Web and Web EU is Web EU, never Web', () => {
    const r = parse('Please delete the EU web data in tidewater-books for Dec 1.', TIDEWATER);
    expect(r.sources).toEqual(['web-eu']);
    expect(r.ambiguities).toEqual([]);
  });

  it('"the app data" with iOS App, iOS App 2 and Android App asks which', () => {
    const r = parse('Can ye delete the EU web data and the app data in tidewater-books for 1 Dec 2026?', TIDEWATER);
    expect(r.sources).toEqual(['web-eu']);
    expect(asked(r)).toMatch(/"app data" could be android-app, ios-app, ios-app-2/);
  });

  it('"the app data" with App and App 2 asks which, and deletes neither meanwhile', () => {
    const r = parse('Please delete the app data in solana-mercado for Dec 1.', 'ops@solana.example');
    expect(r.sources).toEqual([]);
    expect(asked(r)).toMatch(/could be app, app-2/);
  });

  it.each([
    ['"App", as the catalog writes it', 'Please delete the App data in solana-mercado for Dec 1.'],
    ['"the source app"', 'Please delete the data of the source app in solana-mercado for Dec 1.'],
  ])('still resolves: %s', (_, text) => {
    const r = parse(text, 'ops@solana.example');
    expect(r.sources).toEqual(['app']);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('near misses of a name', () => {
  it.each([
    ['"PosSync in CORALTILES"', 'Please delete PosSync in CORALTILES for Dec 1.'],
    ['"POSSYNC"', 'Please delete POSSYNC in coral-tiles for Dec 1.'],
  ])('the same letters without their spaces resolve: %s', (_, text) => {
    const r = parse(text, 'ops@coral.example');
    expect(r.workspace).toBe('coral-tiles');
    expect(r.sources).toEqual(['pos-sync']);
    expect(r.ambiguities).toEqual([]);
  });

  it('"Andriod App" is proposed in a question, never resolved', () => {
    const r = parse('Please delete data from source "Andriod App" in tidewater-books for Dec 1.', TIDEWATER);
    expect(r.sources).toEqual([]);
    expect(asked(r)).toMatch(/"Andriod App" is not a known source — is it android-app\?/);
  });

  it('"Tidewatr Books" is proposed in a question, never resolved', () => {
    const r = parse('Please delete the Android App data in workspace Tidewatr Books for Dec 1.', TIDEWATER);
    expect(r.workspace).toBeNull();
    expect(asked(r)).toMatch(/"Tidewatr Books" is not a known workspace — is it tidewater-books\?/);
  });

  it.each([
    ['an inflection ("Kestrel Outdoors")', 'Please delete the iOS App data in kestrel-outdoor for Dec 1. Kestrel Outdoors team'],
    ['a plural ("the Android Apps")', 'Please delete the Android App data in kestrel-outdoor for Dec 1, both Android Apps misbehaved.'],
  ])('no question for %s', (_, text) => {
    const r = parse(text, KESTREL);
    expect(asked(r)).not.toMatch(/is not a known/);
  });
});

describe('a count of sources', () => {
  it('"every source except the two web sources (Web and Web EU)" is every other source', () => {
    const r = parse('For tidewater-books, please delete Dec 1 from every source except the two web sources (Web and Web EU).', TIDEWATER);
    expect(r.sources).toEqual(['android-app', 'ios-app', 'ios-app-2']);
    expect(r.ambiguities).toEqual([]);
  });

  it.each([
    ['English', 'Please delete all three sources in coral-tiles for Dec 1.'],
    ['German', 'Bitte alle drei Quellen in coral-tiles für den 1.12.2026 löschen.'],
    ['Spanish', 'Por favor borren todas las tres fuentes de coral-tiles del 1 de diciembre de 2026.'],
    ['digits', 'Please delete all 3 sources in coral-tiles for Dec 1.'],
  ])('the workspace\'s own count is every source (%s)', (_, text) => {
    const r = parse(text, 'ops@coral.example');
    expect(r.sources).toEqual(['loyalty-feed', 'pos-sync', 'webshop']);
    expect(r.ranges).toEqual(DEC_1);
    expect(r.ambiguities).toEqual([]);
  });

  it('a count that is not the workspace\'s asks, and deletes nothing meanwhile', () => {
    const r = parse('Please delete all three sources in tidewater-books for Dec 1.', TIDEWATER);
    expect(r.sources).toEqual([]);
    expect(asked(r)).toMatch(/"all three sources" but tidewater-books has 5 sources/);
  });

  it('a count that is not the number of sources named asks', () => {
    const r = parse('Please delete the three sources Web and Web EU in tidewater-books for Dec 1.', TIDEWATER);
    expect(asked(r)).toMatch(/"the three sources" but tidewater-books has 5 sources .* and 2 are named/);
  });
});
