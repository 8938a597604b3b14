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
