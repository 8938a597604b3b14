/**
 * Mail after an incident: an erasure request for one person's address, and days that lie ahead of the
 * message (a renewal, a review call, a switch of provider) beside a request. What staff would see: the
 * kind, workspace, sources and days, and whether the desk asks.
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
      id: 'ws_b1', slug: 'brightpath', name: 'Brightpath', contacts: ['dana@brightpath.example'], admins: ['maya@brightpath.example'], deletedAt: null,
      sources: [{ id: 'src_b11', slug: 'ios-app', name: 'iOS App' }, { id: 'src_b12', slug: 'web', name: 'Web' }], spaces: [],
    },
    { id: 'ws_k1', slug: 'kasztan', name: 'Kasztan', contacts: ['a.w@kasztan.example'], admins: [], deletedAt: null, sources: [{ id: 'src_k11', slug: 'sklep', name: 'Sklep' }], spaces: [] },
  ],
} satisfies Catalog);

const NOW = new Date('2027-02-17T10:00:00Z');
const SENT = new Date('2027-02-10T09:00:00Z');
const parse = (text: string, from: string, subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe("data tied to one person's address", () => {
  it.each([
    'Please delete all data for k.zielinska@example.pl in workspace Kasztan.',
    'Dzień dobry,\n\nklientka złożyła żądanie na podstawie art. 17 RODO.\n\nProszę o usunięcie wszystkich danych użytkownika o adresie e-mail k.zielinska@example.pl w workspace Kasztan.',
    'Bitte löschen Sie alle Daten von max.muster@example.de im Workspace Kasztan.',
  ])('is one end user\'s request, never a workspace purge: %s', (text) => {
    const r = parse(text, 'a.w@kasztan.example');
    expect(r.kind).toBe('user_data');
    expect(r.workspace).toBe('kasztan');
  });

  it("keeps a contact's address beside the workspace's data the workspace's", () => {
    const r = parse('Please delete all the data in workspace Kasztan (contact ops@kasztan.example).', 'a.w@kasztan.example');
    expect(r.kind).toBe('workspace_purge');
  });
});

describe('days ahead of the message beside the request', () => {
  it('does not ask about a renewal or a review call after the message date', () => {
    const r = parse(
      'Our contract renews on March 1 and the QBR is on February 24. Please delete the iOS App data in brightpath for January 12 through January 15, 2027.\n\nI have also attached an invite for a review call on 23 February.',
      'dana@brightpath.example',
    );
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2027-01-12', to: '2027-01-15' }]);
    expect(asks(r)).toBe(false);
  });

  it('still asks about a past day outside the request', () => {
    const r = parse('Please delete the iOS App data in brightpath for 20 January 2027. We noticed it on 21 January.', 'dana@brightpath.example');
    expect(r.ambiguities.join(' ')).toMatch(/21 January/);
  });

  it("reads an admin's account deletion with a merger date as an account purge", () => {
    const r = parse('We are merging into a larger group on 1 March and will move to their data stack. Please delete my account and everything in it.', 'maya@brightpath.example', 'Close our account');
    expect(r.kind).toBe('account_purge');
    expect(asks(r)).toBe(false);
  });

  it.each([
    'Please delete all data in workspace brightpath for March 3-4.',
    'Please delete all data in brightpath, for March 3 and 4.',
    'Please delete all data in brightpath (March 3-4).',
    'Please delete all data in brightpath. The days are March 3 and 4.',
    'Please delete all data in brightpath, specifically March 3 and 4 please.',
  ])('keeps days given to the deletion its days, asked, never a purge: %s', (text) => {
    const r = parse(text, 'dana@brightpath.example');
    expect(r.kind).toBe('source_data');
    expect(asks(r)).toBe(true);
  });
});
