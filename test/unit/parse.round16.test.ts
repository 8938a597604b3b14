/**
 * Round sixteen's own findings. A subject's lower-case word that the body uses for its story ("staging in
 * nova labs" above "our staging environment leaked into the App 2024 source … please delete App 2024")
 * names no source when the body's request names another: read as the Staging source, it would delete a
 * source the customer never asked for.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_n1', slug: 'nova-labs', name: 'Nova Labs', contacts: ['ines@nova.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_n1', slug: 'app-2024', name: 'App 2024' },
        { id: 'src_n2', slug: 'staging', name: 'Staging' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const parse = (subject: string, text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ines@nova.example', date: new Date('2027-06-11T09:00:00Z'), subject }), catalog, { now: new Date('2027-06-12T12:00:00Z') }));

describe('a subject\'s word that echoes the body\'s story', () => {
  it('"staging in nova labs" above a story of the staging environment and a request for App 2024 only', () => {
    const r = parse('staging in nova labs', 'hi, our staging environment leaked into the App 2024 source of nova labs on june 9 2027. please delete App 2024 for that day only.');
    expect(r.workspace).toBe('nova-labs');
    expect(r.sources).toEqual(['app-2024']);
    expect(r.ranges).toEqual([{ from: '2027-06-09', to: '2027-06-09' }]);
    expect(r.ambiguities).toEqual([]);
  });

  it('a body that asks for the staging data itself still names the source', () => {
    const r = parse('staging in nova labs', 'hi, please delete the Staging source of nova labs for june 9 2027.');
    expect(r.sources).toEqual(['staging']);
  });

  it('the subject alone above a body naming no source keeps the subject\'s source', () => {
    const r = parse('Staging in Nova Labs', 'hi, please delete everything of june 9 2027 there.');
    expect(r.sources).toEqual(['staging']);
  });
});
