/**
 * Days said beside a workspace purge, in a sentence of their own: when that sentence ties them to data
 * ("Only Feb 3 and Feb 4 are affected"), they may be all the customer means, and a purge cannot be
 * undone — the desk asks. When the day is the purge's story ("We ended the evaluation on 30 November"),
 * the purge goes through as written. What staff would see: the kind, and whether the desk asks.
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
      id: 'ws_b1', slug: 'brightpath', name: 'Brightpath', contacts: ['dana@brightpath.example'], admins: ['dana@brightpath.example'], deletedAt: null,
      sources: [{ id: 'src_b11', slug: 'ios-app', name: 'iOS App' }, { id: 'src_b12', slug: 'web', name: 'Web' }], spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-02-17T10:00:00Z');
const SENT = new Date('2027-02-10T09:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'dana@brightpath.example', date: SENT, subject: 'data deletion' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('days beside a purge', () => {
  it.each([
    'Please delete all the data in brightpath.\n\nOnly Feb 3 and Feb 4 are affected.',
    'Please delete all data in brightpath. We only need March 3 and 4 to go.',
    'Bitte löschen Sie alle Daten im Workspace brightpath. Betroffen sind nur der 3. und 4. Februar.',
  ])('that tie the days to data ask whether the whole workspace is meant: %s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('workspace_purge');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/the whole workspace, or only that data\?/);
  });

  it.each([
    'Please delete our workspace brightpath and all its data. We ended the evaluation on 30 November.',
    'Please close our workspace brightpath and delete all its data. We stopped using it on 3 February.',
    'Further to my email yesterday: please delete the workspace brightpath and all of its data.',
  ])('that tell the purge\'s story go through as written: %s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('brightpath');
    expect(r.ambiguities).toEqual([]);
  });
});
