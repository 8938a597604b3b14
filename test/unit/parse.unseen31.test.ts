/**
 * What corpora 31 and 32 showed, in my own words: mail that came through machines (a team's mailing
 * list, a calendar, a privacy platform, a law firm) and requests that refer to others ("hold DEL-180",
 * "besides the purge already requested", "export it first").
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
      id: 'ws_k1', slug: 'kestrel-games', name: 'Kestrel Games', contacts: ['liveops@kestrel.example'], admins: ['liveops@kestrel.example'], deletedAt: null,
      sources: [{ id: 'src_k1', slug: 'game-server', name: 'Game Server' }, { id: 'src_k2', slug: 'game-client', name: 'Game Client' }],
      spaces: [{ id: 'spa_k1', name: 'Players' }, { id: 'spa_k2', name: 'Players EU' }],
    },
    {
      id: 'ws_k2', slug: 'nordlicht-gmbh', name: 'Nordlicht GmbH', contacts: ['recht@kanzlei.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_n1', slug: 'shop', name: 'Shop' }],
      spaces: [],
    },
    {
      id: 'ws_k3', slug: 'pinecone-bank', name: 'Pinecone Bank', contacts: ['compliance@pinecone.example'], admins: ['compliance@pinecone.example'], deletedAt: '2022-03-01T00:00:00Z',
      sources: [{ id: 'src_p1', slug: 'portal', name: 'Portal' }],
      spaces: [],
    },
  ],
} satisfies Catalog);
const NOW = new Date('2026-12-28T10:00:00Z');
const SENT = new Date('2026-12-22T10:00:00Z');
const parse = (text: string, options: { from?: string; subject?: string; headers?: Record<string, string>; attachments?: { filename: string; contentType: string; size: number }[] } = {}): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: options.from ?? 'liveops@kestrel.example', date: SENT, subject: options.subject ?? 'Game Server' }, { headers: options.headers ?? {}, attachments: options.attachments ?? [] }), catalog, { now: NOW }));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');
const LIST = { 'list-id': '<kestrel-liveops.lists.kestrel.example>', precedence: 'list' };

describe('mail that came through a machine', () => {
  it('a contact\'s request through their team\'s mailing list is read, and the list\'s [tag] is no workspace', () => {
    const r = parse('Hi desk,\n\nplease delete the Game Server source data in Kestrel Games for 21 December 2026.\n\nLiveOps', { subject: '[kestrel-liveops] Game Server cleanup Dec 21', headers: LIST });
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'kestrel-games', sources: ['game-server'], ranges: [{ from: '2026-12-21', to: '2026-12-21' }], ambiguities: [] });
  });
  it('a newsletter through a list, from no contact, is no request', () => {
    const r = parse('This week: how to delete the Game Server data of Kestrel Games for 21 December 2026 in three clicks.', { from: 'news@weekly.example', headers: LIST });
    expect(r.kind).toBe('unknown');
  });
  it('a calendar invitation with its agenda is no request', () => {
    const r = parse('You have been invited to the following event.\n\nData deletion sync\nWhen: Tue Jan 12, 2027 10am - 10:30am\nAgenda: walk through the Game Server clean-up of Dec 2-3', {
      subject: 'Invitation: Data deletion sync @ Tue Jan 12, 2027 10am', attachments: [{ filename: 'invite.ics', contentType: 'text/calendar', size: 387 }],
    });
    expect(r.kind).toBe('unknown');
    expect(r.ranges).toEqual([]);
  });
  it('a privacy platform\'s erasure task, sent by a machine, is one person\'s data', () => {
    const r = parse('Request type: Right to Erasure\nData subject email: j.doe@mail.example\n\nPlease delete all personal data you process about this data subject.', {
      from: 'no-reply@privacy.example', subject: 'Action required: Data Subject Request 2026-1187 (Erasure)', headers: { 'auto-submitted': 'auto-generated' },
    });
    expect(r.kind).toBe('user_data');
  });
  it('an auto-reply stays no request, whatever it says', () => {
    const r = parse('I am away. For deletions of the Game Server data in Kestrel Games write to ops.', { headers: { 'auto-submitted': 'auto-replied' } });
    expect(r.kind).toBe('unknown');
  });
});

describe('words that look like another kind', () => {
  it('"the status page" is no status question', () => {
    const r = parse('please delete the Game Server data in Kestrel Games for the days of the outage. You should have the details from the status page.');
    expect(r.kind).toBe('source_data');
    expect(r.missing).toContain('time frame');
  });
  it('a law firm acting for a company that wants its workspace gone asks for a purge, not for one person\'s data', () => {
    const text = 'Namens und in Vollmacht unserer Mandantin fordern wir Sie auf, sämtliche Daten des Workspace „Nordlicht GmbH“ (nordlicht-gmbh) vollständig zu löschen und den Workspace zu entfernen.';
    expect(parse(text, { from: 'recht@kanzlei.example', subject: 'Löschung' }).kind).toBe('workspace_purge');
    expect(parse('Namens und in Vollmacht unseres Mandanten Max Muster fordern wir Sie auf, alle Daten über ihn bei nordlicht-gmbh zu löschen.', { from: 'recht@kanzlei.example', subject: 'Löschung' }).kind).toBe('user_data');
  });
  it('"pls del" is a deletion, written on a phone', () => {
    const r = parse('pls del game server data kestrel games 21 december 2026');
    expect(r).toMatchObject({ kind: 'source_data', sources: ['game-server'], ranges: [{ from: '2026-12-21', to: '2026-12-21' }] });
  });
});

describe('a request that refers to another', () => {
  it('"hold DEL-180" asks whether to cancel or wait', () => {
    const r = parse('Please hold DEL-180 for now, we are double-checking with legal.', { subject: 'Re: DEL-180' });
    expect(r.kind).toBe('unknown');
    expect(asked(r)).toContain('asks to hold the request');
  });
  it('"do not delete anything else besides the purge already requested" withdraws nothing and asks about the earlier request', () => {
    const r = parse('To add to our letter: we do not need anything else besides the archive purge already requested for Pinecone Bank. Please do not delete anything else.', { from: 'compliance@pinecone.example', subject: 'Our letter' });
    expect(r.kind).not.toBe('cancel');
    expect(asked(r)).toContain('refers to a request made before');
  });
  it('"do not delete anything" still withdraws', () => {
    expect(parse('Please do not delete anything. It was a test.', { subject: 'Re: DEL-12' }).kind).toBe('cancel');
  });
  it('"cancel deletion, account compromised" in a subject withdraws the request (it read as an account being cancelled)', () => {
    const r = parse('Please cancel the deletion of our Kestrel Games workspace immediately. Our mailbox was compromised over the weekend.', { subject: 'URGENT - cancel deletion, account compromised' });
    expect(r.kind).toBe('cancel');
    expect(r.ranges).toEqual([]);
  });
  it('"We cancelled our subscription" stays the reason for a purge, not a withdrawal', () => {
    expect(parse('We cancelled our subscription last month. Please delete the Kestrel Games workspace and all its data.', { subject: 'Closing' }).kind).toBe('workspace_purge');
  });
  it('"How is the purge of the workspace going?" is a status question, whatever day the board meets', () => {
    const r = parse('How is the purge of the Kestrel Games workspace going? Our board meets on 10 December and will ask.', { subject: 'Purge' });
    expect(r.kind).toBe('status');
    expect(r.ranges).toEqual([]);
  });
  it('"please remove the stuff we talked about" asks what to delete rather than going unanswered', () => {
    const r = parse('Hi,\nas discussed on the call, please remove the stuff we talked about. Thanks!', { subject: 'as discussed' });
    expect(r.kind).toBe('unknown');
    expect(asked(r)).toContain('asks to delete something but does not say what');
  });
  it('a note with no ask in it stays unanswered', () => {
    expect(parse('Thanks for the call today, talk soon.', { subject: 'call' }).ambiguities).toEqual([]);
  });
});

describe('what the held-out parts showed once scored', () => {
  it('"sorry to write on New Year\'s Day" is when the mail was written, not a day to delete', () => {
    const r = parse("Hi, sorry to write on New Year's Day - please delete the Game Server data (Kestrel Games) for Dec 30, 2026.", { subject: 'cleanup' });
    expect(r.ranges.some((x) => x.from === '2027-01-01')).toBe(false);
  });
  it('"Game Server data on Boxing Day 2025" is still that day', () => {
    expect(parse('Please delete the Game Server data (Kestrel Games) on Boxing Day 2025.', { subject: 'cleanup' }).ranges).toEqual([{ from: '2025-12-26', to: '2025-12-26' }]);
  });
  it('"the players space" in lower case, or "the Players spaces", asks between Players and Players EU', () => {
    for (const text of ['Hi, please delete the players space in Kestrel Games, the one with the test profiles.', 'Hi, can you delete the Players spaces in Kestrel Games? Thanks']) {
      const r = parse(text, { subject: 'spaces' });
      expect(r.space, text).toBeNull();
      expect(asked(r), text).toContain('could be the space Players or Players EU');
    }
  });
  it('"the Players space", as the catalog writes it, is that space', () => {
    expect(parse('Hi, please delete the Players space in Kestrel Games.', { subject: 'space' }).space).toBe('Players');
  });
});
