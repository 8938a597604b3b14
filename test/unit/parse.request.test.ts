import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_8f2k1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], deletedAt: null,
      sources: [{ id: 'src_91ab', slug: 'ios-app', name: 'iOS App' }, { id: 'src_w3e9', slug: 'web', name: 'Website' }],
      spaces: [{ id: 'spa_78', name: 'Marketing' }],
    },
  ],
} satisfies Catalog);

function message(text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  return {
    messageId: 'm@x', from: { address: 'ana@acme.example', name: 'Ana' }, to: [], cc: [], replyTo: null, subject: 'deletion',
    date: new Date('2024-03-12T10:15:00Z'), text, html: null, inReplyTo: null, references: [], headers: {},
    contentType: 'text/plain', attachments: [], ...extra,
  };
}

describe('parseRequest', () => {
  it('returns the complete scope of a clear request, with the UTC note', () => {
    expect(parseRequest(message('Please delete the iOS App data of acme-inc for March 1-3, 2024.'), catalog)).toEqual({
      kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], space: null,
      ranges: [{ from: '2024-03-01', to: '2024-03-03' }], ticket: null, missing: [], unsettled: [], ambiguities: [], ambiguityFields: [], notes: ['dates are UTC days'],
      evidence: {
        kind: 'delete', workspace: 'acme-inc', sources: [{ slug: 'ios-app', text: 'iOS App' }], space: null,
        ranges: [{ from: '2024-03-01', to: '2024-03-03', text: 'March 1-3, 2024' }],
      },
      forwarded: null,
    });
  });

  it('lists missing fields in the order workspace, source, time frame', () => {
    expect(parseRequest(message('Please delete some data.'), catalog).missing).toEqual(['workspace', 'source', 'time frame']);
  });

  it('notes the sender is a contact when the workspace is missing, without resolving it', () => {
    const r = parseRequest(message('Please delete the data for 2024-03-01.'), catalog);
    expect(r.workspace).toBeNull();
    expect(r.notes).toContain('the sender is a contact of workspace acme-inc');
  });

  it('explains the whole-UTC-day widening of a time of day', () => {
    const r = parseRequest(message('Please delete web source data of acme-inc on March 3, 2024 from 22:00 to 23:30 PST.'), catalog);
    expect(r.ranges).toEqual([{ from: '2024-03-04', to: '2024-03-04' }]);
    expect(r.notes.join(' ')).toContain('only whole UTC days can be deleted');
  });

  it('does not read dates from the subject of a reply (it repeats the original request)', () => {
    const r = parseRequest(message('Please delete the web source of acme-inc for 2024-03-05.', { subject: 'Re: delete ios-app 2024-03-01', inReplyTo: 'a@b' }), catalog);
    expect(r.sources).toEqual(['web']);
    expect(r.ranges).toEqual([{ from: '2024-03-05', to: '2024-03-05' }]);
  });

  it('reads the subject of a new message', () => {
    const r = parseRequest(message('', { subject: 'Delete acme-inc ios-app 2024-03-02' }), catalog);
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], missing: [], ambiguities: [] });
  });

  it('asks which request a status question without ticket or workspace is about', () => {
    const r = parseRequest(message('Any news on my request?'), catalog);
    expect(r.kind).toBe('status');
    expect(r.ambiguities).toEqual(['no ticket (DEL-n) or workspace is named — which request is meant?']);
  });

  it('takes the ticket of a cancellation from the subject', () => {
    const r = parseRequest(message('Please cancel this, it was not us.', { subject: 'Re: [DEL-77] scheduled' }), catalog);
    expect(r).toMatchObject({ kind: 'cancel', ticket: 'DEL-77', ambiguities: [] });
  });

  it('keeps dates out of a workspace purge', () => {
    const r = parseRequest(message('We closed on March 1, 2024. Please delete our workspace acme-inc and all our data.'), catalog);
    expect(r).toMatchObject({ kind: 'workspace_purge', workspace: 'acme-inc', ranges: [], missing: [] });
  });

  it('asks about an archive purge of a workspace that is not deleted', () => {
    const r = parseRequest(message('Please purge the archive of our old workspace acme-inc.'), catalog);
    expect(r.kind).toBe('archive_purge');
    expect(r.ambiguities.join(' ')).toContain('is not deleted in the catalog');
  });
});
