/**
 * Parts of a request the customer takes back after writing it, which the parser read as still asked for:
 * - a later clause that says a source already asked for turned out fine, was settled or may stay, naming
 *   it by the short or common-word form that names nothing alone ("Android", "Web");
 * - a day without its month, or a day or source picked by its place in the list, said to stay;
 * - a purge that keeps one space, which must stay a purge (and ask) rather than become that space's
 *   deletion.
 * Each is asked about; the counterparts that must still work name the whole request plainly.
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
      id: 'ws_h', slug: 'harbor-tools', name: 'Harbor Tools', contacts: ['ines@harbor.example'], admins: ['ines@harbor.example'], deletedAt: null,
      sources: [source('h1', 'ios-app', 'iOS App'), source('h2', 'android-app', 'Android App'), source('h3', 'web', 'Web'), source('h4', 'checkout-api', 'Checkout API')],
      spaces: [{ id: 'sp1', name: 'Growth' }, { id: 'sp2', name: 'Default Space' }],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2027-02-24T09:12:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ines@harbor.example', date: SENT, subject: 'Data deletion' }), catalog, { now: new Date('2027-03-01T12:00:00Z') }));
const asks = (r: ParseResult): boolean => r.ambiguities.length > 0 || r.missing.length > 0;
const FEB_3 = [{ from: '2027-02-03', to: '2027-02-03' }];

describe('a source said later to be fine, settled or kept leaves the request and is asked about', () => {
  it.each([
    'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. Turns out Android was ok after all.',
    'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027 (Android: that was a false alarm).',
    'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. We sorted Android out on our side.',
    'Bitte löscht die iOS App und Android App Daten in harbor-tools für den 3. Februar 2027. Bei Android war es doch ein Fehlalarm.',
    'Merci de supprimer les données iOS App et Android App de harbor-tools du 3 février 2027. Pour Android, c’est réglé.',
    'Borren los datos de iOS App y Android App en harbor-tools del 3 de febrero de 2027. Lo de Android al final estaba bien.',
    'Cancellate i dati iOS App e Android App di harbor-tools del 3 febbraio 2027. Android alla fine si è rivelato un falso allarme.',
    'Verwijder de iOS App en Android App data in harbor-tools van 3 februari 2027. Android is inmiddels opgelost.',
    'Apaguem os dados iOS App e Android App de harbor-tools de 3 de fevereiro de 2027. O Android já está resolvido.',
    'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. Actually, keep Android.',
    'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. Hmm, Android may stay.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual(FEB_3);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/Android/);
  });

  it('names a common-word source again by its word alone ("Web")', () => {
    const r = parse('Please delete the iOS App and Web data in harbor-tools for Feb 3, 2027. We re-checked and Web turned out clean.');
    expect(r.sources).toEqual(['ios-app']);
    expect(asks(r)).toBe(true);
  });

  it.each([
    ['a later clause with nothing settled', 'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. Android got the same duplicate events.'],
    ['a remark on everything else', 'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. Everything else is fine.'],
    ['a negated remark', 'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. Android is not fine either.'],
    ['a remark that adds', 'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. Android as well, if that is ok.'],
    ['a remark turned by a contrast', 'Please remove the iOS App and Android App events in harbor-tools for Feb 3, 2027. Android looked fine at first, but it has the bad events too.'],
  ])('keeps both sources and takes neither back: %s', (_, text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['android-app', 'ios-app']);
    expect(r.ranges).toEqual(FEB_3);
    expect(r.ambiguities.join(' ')).not.toMatch(/leaving/);
  });
});

describe('days found fine later, or kept by their number alone, are asked about', () => {
  it('a day span that turned out clean is left out and asked', () => {
    const r = parse('Please delete the iOS App data in harbor-tools for Feb 1-8, 2027; Feb 4-5 turned out to be fine.');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/Feb 4-5/);
  });

  it.each([
    'Bitte löscht die iOS App Daten in harbor-tools vom 10. bis 12. Februar 2027, den 11. bitte in Ruhe lassen.',
    'Supprimez les données iOS App de harbor-tools du 10 au 12 février 2027, le 11 peut rester.',
    'Borren los datos de iOS App en harbor-tools del 10 al 12 de febrero de 2027, el 11 que se quede.',
    'Verwijder de iOS App data in harbor-tools van 10 t/m 12 februari 2027, de 11e mag blijven.',
    'Apaguem os dados iOS App de harbor-tools de 10 a 12 de fevereiro de 2027, o 11 pode ficar.',
    'Please delete the iOS App data in harbor-tools for Feb 10-12, 2027 — leave out the 11th though.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['ios-app']);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/11/);
  });

  it('a dated day that may stay is still subtracted without a question', () => {
    const r = parse('Please delete the iOS App data in harbor-tools for Feb 10-12, 2027; Feb 11 can stay.');
    expect(r.ranges).toEqual([{ from: '2027-02-10', to: '2027-02-10' }, { from: '2027-02-12', to: '2027-02-12' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('a day or a source picked by its place in the list is asked about', () => {
  it.each([
    'Please delete the iOS App data in harbor-tools for Feb 10, Feb 11 and Feb 12, 2027 — leave out the middle one.',
    'Please delete the iOS App, Android App and Web data in harbor-tools for Feb 3, 2027, except the first.',
    'Bitte löscht die iOS App Daten in harbor-tools für den 10., 11. und 12. Februar 2027, den letzten bitte nicht.',
    'Supprimez les données iOS App de harbor-tools pour les 10, 11 et 12 février 2027, sauf le dernier.',
    'Borren los datos de iOS App y Android App en harbor-tools del 3 de febrero de 2027, solo el primero.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/by its place in the list/);
  });

  it.each([
    ['a week of a month', 'Please delete the iOS App and Android App data in harbor-tools for the first week of February 2027.'],
    ['a time of asking', 'Please delete the iOS App and Android App data in harbor-tools for Feb 3, 2027. This is the second time we write about it.'],
  ])('reads no place in a list: %s', (_, text) => {
    expect(parse(text).ambiguities.join(' ')).not.toMatch(/by its place in the list/);
  });
});

describe('a purge that keeps a space stays a purge, and asks', () => {
  it.each([
    'Please purge the harbor-tools workspace, but the Growth space can stay.',
    'Borren todo el workspace harbor-tools; el espacio Growth que se quede.',
    'Bitte löscht den ganzen Workspace harbor-tools. Den Growth Space bitte in Ruhe lassen.',
    'Cancellate tutto il workspace harbor-tools, lo space Growth può restare.',
    'Apaguem todo o workspace harbor-tools — o espaço Growth pode ficar.',
    'Please delete everything in the harbor-tools workspace. Growth is the exception, leave it alone.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('workspace_purge');
    expect(r.space).toBeNull();
    expect(asks(r)).toBe(true);
  });

  it.each([
    ['a space deleted', 'Please delete the Growth space in harbor-tools.', 'unify_space'],
    ['a plain purge', 'Please purge the harbor-tools workspace and everything that remains in it.', 'workspace_purge'],
    ['the rest, in French', 'Supprimez tout le workspace harbor-tools et tout le reste.', 'workspace_purge'],
  ])('asks nothing of %s', (_, text, kind) => {
    const r = parse(text);
    expect(r.kind).toBe(kind);
    expect(asks(r)).toBe(false);
  });
});
