/**
 * Where one kind of request ends and the next begins: all of a workspace's data with a space listed as
 * part of it is the workspace's purge, not the space's deletion; things held in a space (audiences,
 * traits, profiles) named as what to delete, or the space said to stay, never make a complete space
 * deletion, whatever order the sentence puts them in or whatever language it is in.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_n1', slug: 'norvik-north', name: 'Norvik North', contacts: ['lea@norvik.example'], admins: ['lea@norvik.example'], deletedAt: null,
      sources: [{ id: 'src_n1', slug: 'store', name: 'Store' }],
      spaces: [{ id: 'spa_n1', name: 'Shoppers North' }, { id: 'spa_n2', name: 'Retention' }],
    },
    {
      id: 'ws_n2', slug: 'norvik-south', name: 'Norvik South', contacts: ['lea@norvik.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_n2', slug: 'store-south', name: 'Store' }],
      spaces: [],
    },
    {
      id: 'ws_n4', slug: 'norvik-games', name: 'Norvik Games', contacts: ['lea@norvik.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_n4', slug: 'console', name: 'Console' }, { id: 'src_n5', slug: 'console-2', name: 'Console 2' }],
      spaces: [],
    },
    { id: 'ws_n3', slug: 'norvik-old', name: 'Norvik Old', contacts: ['lea@norvik.example'], admins: [], deletedAt: '2023-04-01', sources: [{ id: 'src_n3', slug: 'kiosk', name: 'Kiosk' }], spaces: [] },
  ],
} satisfies Catalog);

const SENT = new Date('2026-11-20T10:00:00Z');
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(`Hello,\n\n${text}\n\nLea`, { from: 'lea@norvik.example', date: SENT, subject: 'Cleanup' }), catalog, { now: new Date('2026-11-21T00:00:00Z') });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('all of a workspace, a space listed as part of it', () => {
  it('"all our data in X, including the Y space" purges the workspace', () => {
    const r = parse('We are moving everything to the south team. Please remove all of our data in Norvik North, including the Shoppers North space. Norvik South is not affected.');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('norvik-north');
    expect(r.space).toBeNull();
  });

  it('all the data of a space, named as such, stays the space deletion', () => {
    const r = parse('Please delete all data in the Retention space of norvik-north.');
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Retention');
  });
});

describe('something held in a space, or the space kept, is never a complete space deletion', () => {
  it.each([
    ['the space named first, then the audience', 'Over in the Retention space of norvik-north, please remove the "Lapsed 2025" audience and the churn_score computed trait. Leave the rest alone.'],
    ['German, the space to remain', 'Könnt ihr bitte alle Profile mit dem Trait is_bot=true aus dem Space Retention in norvik-north löschen? Der Space soll bleiben.'],
    ['English, the space to stay', 'Please delete the bot profiles from Retention in norvik-north; the space itself should stay.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(complete(r) && r.kind === 'unify_space').toBe(false);
  });

  it('the space itself, with its audiences going along, is still a complete space deletion', () => {
    const r = parse('Please delete the Retention space in norvik-north, audiences and traits included.');
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Retention');
    expect(complete(r)).toBe(true);
  });
});

describe('the kind of request at its boundaries', () => {
  it('"nuke the whole workspace" is its purge', () => {
    const r = parse("We're closing the north shop. Just nuke the whole norvik-north workspace, nothing should remain.");
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('norvik-north');
  });

  it('all data of a workspace "we left in 2023" (its year of deletion) is its archive purge, not days of 2023', () => {
    const r = parse('Please delete all data of our old workspace Norvik Old (we left in 2023).');
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBe('norvik-old');
  });

  it('a Polish "stop the deletion" with nothing named is a cancellation that asks which request', () => {
    const r = parse('Proszę wstrzymać usuwanie danych, to pomyłka.');
    expect(r.kind).toBe('cancel');
    expect(r.missing).toContain('workspace');
  });

  it('"Já terminou?" under a ticket asks how far it is', () => {
    const r = parseRequest(textMessage('já terminou?\n\nRui', { from: 'lea@norvik.example', date: SENT, subject: 'Re: [DEL-77] Pedido' }), catalog, { now: new Date('2026-11-21T00:00:00Z') });
    expect(r.kind).toBe('status');
  });

  it('a question whether one must ask for deletion asks nothing of us', () => {
    const r = parse('How long do you keep our raw events? Do we need to request a deletion eventually, or are they dropped on their own?');
    expect(r.kind).toBe('unknown');
    expect(r.ambiguities).toEqual([]);
  });

  it.each([
    ['English', 'Please cancel DEL-301, we picked the wrong day. Instead please delete the Store data of norvik-north for 4 November 2026.'],
    ['Norwegian', 'Avbryt DEL-301. Slett heller Store (norvik-north) for 4. november 2026.'],
  ])('a cancellation with a new deletion beside it asks (%s)', (_, text) => {
    const r = parse(text);
    expect(r.ambiguities.join(' ')).toMatch(/new deletion/);
  });

  it('a plain cancellation that mentions the deletion and its day stays complete', () => {
    const r = parse('Please cancel DEL-301. The deletion for 4 November 2026 is no longer needed.');
    expect(r.kind).toBe('cancel');
    expect(r.ambiguities).toEqual([]);
  });
});

describe('verbs and exclusions written the way the language writes them', () => {
  it('an Italian verb with its object pronoun attached ("cancellarli") asks to delete', () => {
    const r = parse('Il 4 novembre 2026 la sorgente Store di norvik-north ha ricevuto eventi doppi. Potete cancellarli?');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['store']);
  });

  it('a Korean "(not X)" after a name leaves it out', () => {
    const r = parse('norvik-games 의 Console 소스 (Console 2 아님) 2026년 11월 4일 데이터 삭제 부탁드립니다.');
    expect(r.sources).toEqual(['console']);
    expect(r.ambiguities).toEqual([]);
  });
});
