/**
 * Complete-but-wrong results of the held-out parts of corpora 35 and 36, read after they were scored once,
 * in new words: a workspace's name in the plural where the catalog holds a staging copy of it, and a request
 * held in a postscript ("bitte warten Sie damit noch, bis …"). What staff would see: whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    { id: 'ws_o1', slug: 'orbis', name: 'Orbis', contacts: ['cto@orbis.example'], admins: ['cto@orbis.example'], deletedAt: null, sources: [{ id: 'src_o11', slug: 'api', name: 'API' }], spaces: [] },
    { id: 'ws_o2', slug: 'orbis-staging', name: 'Orbis Staging', contacts: ['cto@orbis.example'], admins: ['cto@orbis.example'], deletedAt: null, sources: [{ id: 'src_o21', slug: 'api', name: 'API' }], spaces: [] },
    { id: 'ws_k1', slug: 'kestrel', name: 'Kestrel', contacts: ['ops@kestrel.example'], admins: [], deletedAt: null, sources: [{ id: 'src_k11', slug: 'web', name: 'Web' }], spaces: [] },
  ],
} satisfies Catalog);

const parse = (text: string, from = 'cto@orbis.example'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2027-01-10T09:00:00Z'), subject: 'closing down' }), catalog, { now: new Date('2027-01-12T12:00:00Z') }));

describe('a workspace named in the plural', () => {
  it('asks which workspaces are meant when the name fits a staging copy too', () => {
    for (const text of ['We are closing down. Please purge our Orbis workspaces (production and staging) completely.', 'Please delete both Orbis workspaces, we no longer need them.']) {
      const r = parse(text);
      expect(r.kind).toBe('workspace_purge');
      expect(r.ambiguities.join(' ')).toContain('orbis, orbis-staging');
    }
  });

  it('still reads one workspace named in the singular, and a plural with no copy of that name', () => {
    const one = parse('We are closing down. Please delete the Orbis workspace and all its data.');
    expect(one).toMatchObject({ kind: 'workspace_purge', workspace: 'orbis', missing: [], ambiguities: [] });
    const alone = parse('Please delete our Kestrel workspaces and all their data, we are done with the product.', 'ops@kestrel.example');
    expect(alone).toMatchObject({ kind: 'workspace_purge', workspace: 'kestrel', ambiguities: [] });
  });
});

describe('a request held in a postscript', () => {
  it('asks when the writer says to wait with it until someone agrees, in German, English and Dutch', () => {
    for (const hold of [
      'Nachtrag: Bitte warten Sie damit noch, bis unser Datenschutzbeauftragter zugestimmt hat.',
      'PS: please wait with it until our DPO has signed off.',
      'PS: wacht er nog mee, tot onze jurist akkoord geeft.',
    ]) {
      const r = parse(`Please delete the API source in orbis for 2 January 2027.\n\n${hold}`);
      expect(r).toMatchObject({ kind: 'source_data', workspace: 'orbis', sources: ['api'] });
      expect(r.ambiguities.join(' ')).toContain('not settled');
    }
  });

  it('reads the request as written when nothing holds it', () => {
    const r = parse('Please delete the API source in orbis for 2 January 2027. Thanks, we will re-import once it is done.');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'orbis', sources: ['api'], ranges: [{ from: '2027-01-02', to: '2027-01-02' }], ambiguities: [] });
  });
});
