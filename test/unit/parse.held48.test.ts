/**
 * Three scopes that went to staff as ready while a name in them was not the catalog's: a second space
 * listed after the plural word for spaces that the workspace does not have, a space's name with a word of
 * its longer sibling written before it, and a workspace's name qualified by words in brackets. Each asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_t', slug: 'tern-studio', name: 'Tern Studio', contacts: ['ops@tern.example'], admins: ['ops@tern.example'], deletedAt: null,
      sources: [{ id: 'src_t1', slug: 'game-client', name: 'Game Client' }],
      spaces: [{ id: 'spa_t1', name: 'Members' }, { id: 'spa_t2', name: 'Members US' }, { id: 'spa_t3', name: 'Fans' }],
    },
  ],
} satisfies Catalog);
const NOW = new Date('2027-04-21T16:00:00Z');
const parse = (text: string): ParseResult => parseRequest(textMessage(text, { from: 'ops@tern.example', date: new Date('2027-04-19T09:00:00Z') }), catalog, { now: NOW });
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('spaces listed after the plural word for spaces', () => {
  it('asks when one of them does not exist', () => {
    expect(asks(parse('Please delete the spaces Fans and Prospects in tern-studio.'))).toBe(true);
    expect(asks(parse('Merci de supprimer les espaces Fans et Prospects de tern-studio.'))).toBe(true);
  });
  it('does not ask for one known space', () => {
    const r = parse('Please delete the Fans space in tern-studio.');
    expect([r.kind, r.space, asks(r)]).toEqual(['unify_space', 'Fans', false]);
  });
});

describe("a space's name with a word of its longer sibling before it", () => {
  it('asks whether Members or Members US is meant', () => {
    const r = parse('Hi, please delete the US Members space in tern-studio.');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toContain('Members US');
  });
  it('does not ask for the sibling written as the catalog writes it', () => {
    const r = parse('Hi, please delete the Members US space in tern-studio.');
    expect([r.space, asks(r)]).toEqual(['Members US', false]);
  });
});

describe("a workspace's name qualified in brackets", () => {
  it('asks which workspace is meant, in English and in Chinese', () => {
    expect(asks(parse('Please delete Game Client in the Tern Studio (Berlin) workspace for 17 April 2027.'))).toBe(true);
    expect(asks(parse('请删除 Tern Studio（上海） 工作区 Game Client 2027年4月17日的数据。'))).toBe(true);
  });
  it('does not ask when the brackets hold its own slug', () => {
    const r = parse('Please delete Game Client in the Tern Studio (tern-studio) workspace for 17 April 2027.');
    expect([r.workspace, r.sources, asks(r)]).toEqual(['tern-studio', ['game-client'], false]);
  });
});
