/**
 * Two ways a request named less than a source's whole days while the parser read them whole:
 * - words that narrow the data to some of a day's events — duplicates, test or bot events, what came from
 *   some devices, an IP, an app version, an event's name, one store of a POS — in the languages read;
 * - a source named with a describing word no catalog name has ("the old Web data", "der alten App",
 *   "the POS kiosk data"), or a source whose name is a common word written as that word ("the test data"
 *   in a workspace with a source Test).
 * Each is asked about; the must-still-work counterparts name whole days of a source plainly.
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
      id: 'ws_a', slug: 'acme-analytics', name: 'Acme Analytics', contacts: ['ana@acme.example'], admins: ['ana@acme.example'], deletedAt: null,
      sources: [source('s1', 'ios-app', 'iOS App'), source('s2', 'android-app', 'Android App'), source('s3', 'web', 'Web'), source('s4', 'checkout-api', 'Checkout API')],
      spaces: [],
    },
    {
      id: 'ws_b', slug: 'bluefin', name: 'Bluefin', contacts: ['tom@bluefin.example'], admins: [], deletedAt: null,
      sources: [source('s5', 'server', 'Server'), source('s6', 'pos', 'POS')],
      spaces: [],
    },
    {
      id: 'ws_k', slug: 'kettle-de', name: 'Kettle DE', contacts: ['jonas@kettle.example'], admins: [], deletedAt: null,
      sources: [source('s7', 'app', 'App'), source('s8', 'shop', 'Shop')],
      spaces: [],
    },
    {
      id: 'ws_l', slug: 'lumen', name: 'Lumen', contacts: ['dev@lumen.example'], admins: [], deletedAt: null,
      sources: [source('s9', 'events', 'Events'), source('s10', 'test', 'Test'), source('s11', 'android-app', 'Android App')],
      spaces: [],
    },
    {
      id: 'ws_m', slug: 'mercado-sol', name: 'Mercado Sol', contacts: ['lucia@mercadosol.example'], admins: [], deletedAt: null,
      sources: [source('s12', 'tienda-web', 'Tienda Web')],
      spaces: [],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2027-02-24T09:12:00Z');
const parse = (text: string, from = 'ana@acme.example'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject: 'Data deletion' }), catalog, { now: new Date('2027-03-01T12:00:00Z') }));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');
const FEB_3 = [{ from: '2027-02-03', to: '2027-02-03' }];

describe('some of a source day is asked about, in every language read', () => {
  it.each([
    ['Please delete the duplicated Android App events in acme-analytics from Feb 3.', 'duplicated'],
    ['Please delete the Android App data in acme-analytics for Feb 3 that came from our QA test devices.', 'came from'],
    ['Please delete the Android App data in acme-analytics for Feb 3 that was sent by our load-test script.', 'sent by'],
    ["Please delete the 'Order Completed' events of the Android App in acme-analytics on Feb 3.", 'Order Completed'],
    ['Please delete the Android App data in acme-analytics for Feb 3 from app version 4.2.0, which had the bug.', '4.2.0'],
    ['Please delete the Android App data in acme-analytics for Feb 3 coming from IP 203.0.113.7.', '203.0.113.7'],
    ['Please remove the bot traffic from the Android App in acme-analytics on Feb 3.', 'bot traffic'],
    ['merci de supprimer les événements en double de l\'Android App dans acme-analytics du 3 février.', 'en double'],
    ['vi chiedo di cancellare gli eventi duplicati della Android App in acme-analytics del 3 febbraio.', 'duplicati'],
    ['proszę usunąć zduplikowane zdarzenia Android App w acme-analytics z 3 lutego.', 'zduplikowane'],
    ['Graag de dubbele events van de Android App in acme-analytics van 3 februari verwijderen.', 'dubbele'],
    ['пожалуйста, удалите дублированные события Android App в acme-analytics за 3 февраля.', 'дублированные'],
    ["acme-analytics çalışma alanındaki Android App'in 3 Şubat tarihli test cihazlarından gelen verilerini silebilir misiniz?", 'gelen'],
  ])('%s', (text, words) => {
    const r = parse(text);
    expect(r.sources).toEqual(['android-app']);
    expect(r.ranges).toEqual(FEB_3);
    expect(asked(r)).toContain(words);
    expect(asked(r)).toContain('only whole days of a source can be deleted');
  });

  it('reads a German relative clause past the full stop of a day', () => {
    const r = parse('bitte löscht die Daten der App in kettle-de vom 3. Februar, die von unseren Testgeräten kamen.', 'jonas@kettle.example');
    expect(r.sources).toEqual(['app']);
    expect(asked(r)).toContain('die von unseren Testgeräten kamen');
  });

  it('asks about test events in Spanish and Japanese', () => {
    expect(asked(parse('por favor borren los eventos de prueba de Tienda Web en mercado-sol del 3 de febrero.', 'lucia@mercadosol.example'))).toContain('eventos de prueba');
    expect(asked(parse('lumen の Android App の2月3日のテスト端末からのイベントを削除してください。', 'dev@lumen.example'))).toContain('テスト');
  });

  it("asks about one store's POS", () => {
    expect(asked(parse('Please delete the data of the POS in our Vienna store in bluefin for Feb 3.', 'tom@bluefin.example'))).toContain('POS in our Vienna store');
  });

  it.each([
    'Please delete all Android App events in acme-analytics for Feb 3, the whole day.',
    'Please delete the Android App events in acme-analytics from Feb 3.',
    "merci de supprimer toutes les données de l'Android App dans acme-analytics du 3 février.",
    'Please delete the Android App data in acme-analytics for Feb 3. Thanks for your help!',
    'Please delete the Android App data that came in on Feb 3 in acme-analytics.',
  ])('still reads whole days: %s', (text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['android-app']);
    expect(r.ranges).toEqual(FEB_3);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('a source named with a describing word, or by a common word, is asked about', () => {
  it.each([
    ['Please delete the old Web data in acme-analytics for Feb 3.', 'old Web'],
    ['Please delete the legacy Web source data in acme-analytics for Feb 3.', 'legacy Web'],
    ["Please delete the new iOS App's data in acme-analytics for Feb 3.", 'new iOS App'],
    ['Please delete the sandbox Checkout API data in acme-analytics for Feb 3.', 'sandbox Checkout API'],
  ])('%s', (text, words) => {
    const r = parse(text);
    expect(r.sources).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(asked(r)).toContain(`"${words}" is not a known source`);
  });

  it('reads German and the word after the name', () => {
    const de = parse('bitte löscht die Daten der alten App in kettle-de vom 3. Februar.', 'jonas@kettle.example');
    expect(de.sources).toEqual([]);
    expect(asked(de)).toContain('alten App');
    expect(asked(parse('Please delete the POS kiosk data in bluefin for Feb 3.', 'tom@bluefin.example'))).toContain('POS kiosk');
  });

  it.each([
    ['Please delete the test data in lumen from Feb 3.', 'test data'],
    ['merci de supprimer les données de test dans lumen du 3 février.', 'données de test'],
  ])('%s', (text, words) => {
    const r = parse(text, 'dev@lumen.example');
    expect(r.sources).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(asked(r)).toContain(`"${words}" may describe the data`);
  });

  it.each([
    ['Please delete the Test source data in lumen from Feb 3.', 'dev@lumen.example', ['test']],
    ['Please delete the Test data in lumen from Feb 3.', 'dev@lumen.example', ['test']],
    ['Please delete the iOS App data in acme-analytics for Feb 3.', 'ana@acme.example', ['ios-app']],
    ['bitte löscht die App-Daten in kettle-de vom 3. Februar.', 'jonas@kettle.example', ['app']],
  ])('still names the source: %s', (text, from, sources) => {
    const r = parse(text, from);
    expect(r.sources).toEqual(sources);
    expect(r.ambiguities).toEqual([]);
  });
});
