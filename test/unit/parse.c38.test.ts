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
