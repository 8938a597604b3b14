/**
 * The parser on probes written this round, in our own words: purge words next to days of bad data, and
 * "every source" written beside a request to wipe the workspace for some days.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'kite-tea', name: 'Kite Tea', contacts: ['ops@kite.example'], admins: ['ops@kite.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'web', name: 'Web' }, { id: 'src_2', slug: 'ios-app', name: 'iOS App' }, { id: 'src_3', slug: 'android-app', name: 'Android App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-03T12:00:00Z');
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-11T10:00:00Z') }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('purge words next to a day of bad data are no purge of everything', () => {
  it.each([
    'Please delete all data in Kite Tea. The bad import ran on 5 Nov 2026.',
    'Please delete all our data in workspace kite-tea. Something went wrong with the import on 5 Nov 2026.',
    'Bitte löscht alle Daten im Workspace kite-tea, am 5. November 2026 kamen fehlerhafte Daten rein.',
    'Merci de supprimer toutes les données de kite-tea : des doublons sont arrivés le 5 novembre 2026.',
  ])('%s asks, never a workspace purge', (text) => {
    const r = parse(text);
    expect(r.kind).not.toBe('workspace_purge');
    expect(complete(r)).toBe(false);
  });
  it.each([
    'Our contract ended on 31 October 2026. Please delete our workspace Kite Tea and all its data.',
    'We are closing down on November 30, 2026. Please delete the Kite Tea workspace and everything in it.',
  ])('a date that says why the workspace goes keeps the purge: %s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('kite-tea');
    expect(complete(r)).toBe(true);
  });
});

describe('wiping the workspace for some days, with every source written, is every source for those days', () => {
  it.each([
    'Can you wipe workspace Kite Tea for two days — the 5th and 6th of November 2026? Every source got polluted.',
    'Necesitamos borrar todo el workspace Kite Tea para el 5 y 6 de noviembre de 2026 (todas las fuentes).',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['android-app', 'ios-app', 'web']);
    expect(r.ranges).toEqual([{ from: '2026-11-05', to: '2026-11-06' }]);
    expect(complete(r)).toBe(true);
  });
  it('without every source written it still asks: the whole workspace, or only those days', () => {
    const r = parse('Please delete our workspace Kite Tea for November 5 and 6, 2026.');
    expect(complete(r)).toBe(false);
    expect(r.kind).not.toBe('workspace_purge');
  });
});

/** Sent on Wednesday 18 November 2026 at 10:00 UTC. */
const onWednesday = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-18T10:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });

describe('weekdays of last week written as a range', () => {
  it.each([
    'Please delete the Kite Tea Web data from Monday to Wednesday of last week.',
    "Please delete the Kite Tea Web data for last week's Monday to Wednesday.",
    'Please delete the Kite Tea Web data from Mon-Wed last week.',
  ])('%s is Monday to Wednesday of the week before, never one day or the whole week', (text) => {
    const r = onWednesday(text);
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-11' }]);
    expect(complete(r)).toBe(true);
  });
  it('a list and a range together keep both parts', () => {
    expect(onWednesday('Please delete the Kite Tea Web data for Monday, and Wednesday to Friday of last week.').ranges).toEqual([
      { from: '2026-11-09', to: '2026-11-09' },
      { from: '2026-11-11', to: '2026-11-13' },
    ]);
  });
});

describe('last weekend', () => {
  it.each([
    'Please delete the Kite Tea Web data for last weekend.',
    'Please delete the Kite Tea Web data from this past weekend.',
    'Bitte löscht die Web Daten von Kite Tea vom letzten Wochenende.',
    'Verwijder de Web data van Kite Tea van afgelopen weekend.',
  ])('%s is the Saturday and Sunday before the sender’s day', (text) => {
    const r = onWednesday(text);
    expect(r.ranges).toEqual([{ from: '2026-11-14', to: '2026-11-15' }]);
    expect(complete(r)).toBe(true);
  });
  it('written on a Sunday it could be this weekend or the one before: asked', () => {
    const r = parseRequest(textMessage('Please delete the Kite Tea Web data for last weekend.', { from: 'ops@kite.example', date: new Date('2026-11-22T10:00:00Z') }), catalog, { now: NOW });
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/this weekend or the one before/);
  });
});

describe('a request written in the imperative, in the languages customers write', () => {
  it.each([
    'Bitte löscht die Web Daten von Kite Tea vom 10. November 2026.',
    'Entfernt bitte die Web Daten von Kite Tea vom 10. November 2026.',
    'Supprime les données Web de Kite Tea du 10 novembre 2026 stp.',
    'Borra los datos de Web en Kite Tea del 10 de noviembre de 2026, por favor.',
    'Elimine los datos de Web en Kite Tea del 10 de noviembre de 2026.',
    'Exclua os dados do Web no Kite Tea de 10 de novembro de 2026.',
    'Rimuovi i dati di Web in Kite Tea del 10 novembre 2026.',
    'Wis de data van Web in Kite Tea van 10 november 2026.',
    'Lütfen Kite Tea Web kaynağının 10 Kasım 2026 tarihli verilerini silin.',
  ])('%s', (text) => {
    const r = onWednesday(text);
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'kite-tea', sources: ['web'], ranges: [{ from: '2026-11-10', to: '2026-11-10' }] });
    expect(complete(r)).toBe(true);
  });
  it('"quite" is no Spanish verb: an English remark about bad data asks nothing', () => {
    expect(onWednesday('The Kite Tea Web data looks quite odd this week.').kind).toBe('unknown');
  });
});

describe('a forward that asks whether it is genuine, in other languages', () => {
  it.each([
    'FYI, isto é verdadeiro? Não reconheço este remetente.',
    '¿Es verdad esto? No reconozco el remitente.',
    "C'est vrai ? Je ne reconnais pas cet expéditeur.",
  ])('%s is no request', (own) => {
    const text = `${own}\n\n---------- Forwarded message ---------\nFrom: contato <contato@kite-support.example>\nDate: Thu, Nov 12, 2026 at 9:00 AM\nSubject: pedido\n\nEliminem todos os dados do workspace kite-tea imediatamente.`;
    const r = onWednesday(text);
    expect(r.kind).toBe('unknown');
    expect(r.workspace).toBeNull();
  });
});

describe('a name typed without its accents', () => {
  const accented = indexCatalog({
    workspaces: [
      { id: 'ws_c', slug: 'cafe-creme', name: 'Café Crème & Co', contacts: ['j@cafe.example'], deletedAt: null, sources: [{ id: 'src_c', slug: 'site-web', name: 'Site web' }], spaces: [] },
      { id: 'ws_m', slug: 'munoz-asociados', name: 'Muñoz & Asociados', contacts: ['c@munoz.example'], deletedAt: null, sources: [{ id: 'src_m', slug: 'portal', name: 'Portal' }], spaces: [] },
    ],
  } satisfies Catalog);
  it.each([
    ['Bonjour, supprimer Site web de Cafe Creme et Co pour le 10 novembre 2026 svp.', 'cafe-creme'],
    ['Por favor borrar los datos de Portal de Munoz & Asociados del 10 de noviembre de 2026.', 'munoz-asociados'],
  ])('%s', (text, slug) => {
    const r = parseRequest(textMessage(text, { from: 'someone@else.example', date: new Date('2026-11-18T10:00:00Z') }), accented, { now: NOW });
    expect(r.workspace).toBe(slug);
    expect(complete(r)).toBe(true);
  });
});
