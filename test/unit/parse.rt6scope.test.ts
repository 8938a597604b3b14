/**
 * Scopes read wider than, or beside, what the customer meant (red team, round 6): our own confirmation
 * list kept in a reply read as new words, "my account (acme-inc)" from the admin of two workspaces read as
 * both, a twin workspace or source said in other words, some users' events read as whole source days, a
 * source's whole days dropped for one person's data, and a workspace purge that remarks on a space read as
 * that space's deletion. Each must now ask (or read right); the ordinary requests beside them stay complete.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_o1', slug: 'orchard', name: 'Orchard', contacts: ['kim@orchard.example'], admins: ['kim@orchard.example'], deletedAt: null,
      sources: [
        { id: 'src_o1', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_o2', slug: 'ios-app-2', name: 'iOS App 2' },
        { id: 'src_o3', slug: 'android', name: 'Android App' },
        { id: 'src_o4', slug: 'web', name: 'Web' },
        { id: 'src_o5', slug: 'server', name: 'Server' },
      ],
      spaces: [{ id: 'spa_o1', name: 'Marketing' }, { id: 'spa_o2', name: 'Default Space' }],
    },
    { id: 'ws_o2', slug: 'orchard-staging', name: 'Orchard Staging', contacts: ['kim@orchard.example'], admins: ['kim@orchard.example'], deletedAt: null, sources: [{ id: 'src_s1', slug: 'android', name: 'Android App' }], spaces: [] },
    { id: 'ws_o3', slug: 'orchard-eu', name: 'Orchard EU', contacts: ['kim@orchard.example'], admins: [], deletedAt: null, sources: [{ id: 'src_e1', slug: 'web', name: 'Web' }], spaces: [] },
    { id: 'ws_p1', slug: 'pebble', name: 'Pebble', contacts: ['lu@pebble.example'], admins: ['lu@pebble.example'], deletedAt: null, sources: [{ id: 'src_p1', slug: 'web', name: 'Web' }], spaces: [] },
  ],
} satisfies Catalog);

const SENT = new Date('2026-12-02T10:00:00Z');
const NOW = new Date('2026-12-02T12:00:00Z');
const parse = (text: string, options: { from?: string; subject?: string; reply?: boolean } = {}): ParseResult =>
  parseRequest(
    textMessage(`Hi,\n\n${text}\n\nThanks`, { from: options.from ?? 'kim@orchard.example', date: SENT, subject: options.subject ?? 'Deletion request' }, options.reply ? { inReplyTo: '<del-7@desk.example>' } : {}),
    catalog,
    { now: NOW },
  );
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const day = (d: string) => ({ from: d, to: d });

const DESK_LIST = [
  'Please confirm exactly what will be deleted:',
  '- Request: delete the data of the sources below for the days below',
  '- Workspace: Orchard (orchard)',
  '- Source: iOS App (ios-app)',
  '- UTC days: Tue 3 November 2026 – Thu 5 November 2026, 3 days',
].join('\n');

describe('our confirmation list kept in a reply is our text, not the customer’s', () => {
  it('a correction above the unquoted list does not keep the old source', () => {
    const r = parse(`Please do the Android App in orchard instead, for November 3, 2026.\n\n${DESK_LIST}`, { subject: 'Re: [DEL-7] Please confirm', reply: true });
    expect(r.sources).toEqual(['android']);
    expect(r.ranges).toEqual([day('2026-11-03')]);
  });
  it('a list changed inline is asked about', () => {
    const edited = DESK_LIST.replace('- Source: iOS App (ios-app)', '- Source: Android App').replace('3 days', '3 days (drop the 5th)');
    const r = parse(`Corrected:\n\n${edited}`, { subject: 'Re: [DEL-7] Please confirm', reply: true });
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toMatch(/changes our confirmation list/);
  });
  it('a plain reply with the days written as a list of the customer’s own stays complete', () => {
    const r = parse('Workspace: orchard\nSource: Android App\nDays: November 3, 2026', { subject: 'Re: [DEL-7] Please confirm', reply: true });
    expect(r.sources).toEqual(['android']);
    expect(r.ambiguities.join(' ')).not.toMatch(/confirmation list/);
  });
});

describe('"my account" naming one of several workspaces the sender administers', () => {
  it.each([
    ['the workspace in brackets', 'Please delete my account (orchard) and all of its data.'],
    ['"close my account for"', 'Please close my account for Orchard and delete all data.'],
    ['a label', 'Account: orchard\nRequest: please delete my account and all associated data.'],
  ])('%s asks whether only that workspace is meant', (_, text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toMatch(/delete only orchard, or the whole account/);
  });
  it('the whole account, said so, stays complete', () => {
    expect(complete(parse('Please delete my account and all of the workspaces I administer.'))).toBe(true);
  });
  it('the admin of one workspace naming it stays complete', () => {
    const r = parse('Pebble is closing down. Please delete my account and everything in it.', { from: 'lu@pebble.example' });
    expect(r.kind).toBe('account_purge');
    expect(complete(r)).toBe(true);
  });
});

describe('a twin said in other words', () => {
  it.each([
    ['"our staging workspace, not prod"', 'Please delete the Android App data in orchard for November 3, 2026. This is our staging workspace, not prod.'],
    ['a "Staging cleanup:" label', 'Staging cleanup: please delete the Android App data in orchard for November 3, 2026.'],
    ['"our EU region only"', 'Please delete the Web data in Orchard for November 3, 2026. This concerns our EU region only.'],
    ['"European entity"', 'Please delete the Web data in Orchard for November 3, 2026 (GDPR, European entity).'],
    ['"our second iOS App"', 'Please delete the data of our second iOS App in orchard for November 3, 2026.'],
    ['"the new one … not the original"', 'Please delete the iOS App data in orchard for November 3, 2026 — the new one we launched in October, not the original.'],
    ['one noun phrase naming two sources', 'Please delete the data that our web server sent to orchard on November 3, 2026.'],
  ])('%s asks', (_, text) => {
    expect(complete(parse(text))).toBe(false);
  });
  it.each([
    ['the base workspace', 'Please delete the Android App data in orchard for November 3, 2026.', ['android']],
    ['two sources joined by "and"', 'Please delete the Web and Server data in orchard for November 3, 2026.', ['server', 'web']],
    ['production said', 'Please delete the Android App data in orchard (production) for November 3, 2026.', ['android']],
  ])('%s stays complete', (_, text, sources) => {
    const r = parse(text);
    expect(complete(r)).toBe(true);
    expect(r.sources).toEqual(sources);
  });
});

describe("some users' events are not whole source days", () => {
  it.each([
    ['users who signed up', 'Please delete the data of all users who signed up via the Web source in orchard on November 3, 2026.'],
    ['test accounts', 'Please remove the events from the test accounts in the iOS App source of orchard on November 3, 2026.'],
    ['visitors from a country', 'Please delete the Web data in orchard for visitors from Germany on November 3, 2026.'],
    ['anonymous users', 'Please delete the Server data in orchard for November 3, 2026 that belongs to anonymous users.'],
    ["a bot user's \"its data\"", "Our bot user 'synthetic-monitor' pollutes the Server source. Please delete its data in orchard for November 3, 2026."],
  ])('%s asks', (_, text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
  });
  it.each([
    ['all users', 'Please delete the Web data in orchard for all users on November 3, 2026.'],
    ['an end user as the cause', 'One of our end users was sending garbage events. Please delete all Web data in orchard for November 3, 2026.'],
  ])('%s stays the whole day', (_, text) => {
    const r = parse(text);
    expect(complete(r)).toBe(true);
    expect(r.ranges).toEqual([day('2026-11-03')]);
  });
});

describe("a source's whole days beside end users' data", () => {
  it.each([
    ['"the whole day"', 'We need to erase the data of user 4471, our load test bot; it sent 2M events to the Server source in orchard on November 3, 2026. Please delete the whole day.'],
    ['all data a source collected', 'Please delete all end-user data that the Web source in orchard collected between November 3 and November 5, 2026.'],
  ])('%s asks instead of pointing to self-serve', (_, text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toMatch(/whole days/);
  });
  it("one user's events from a source stay one person's data", () => {
    const r = parse('Please delete the events of user id 88123 from the Web source in orchard for November 2026.');
    expect(r.kind).toBe('user_data');
    expect(complete(r)).toBe(true);
  });
});

describe('a workspace purge that mentions a space', () => {
  it.each([
    ['a space remarked on', 'Please purge the workspace orchard. The Default Space is already empty so that one doesn’t matter.'],
    ['a space said to be big', 'Please delete our workspace orchard with all its data. Note the Marketing space is the big one.'],
  ])('%s asks', (_, text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toMatch(/whole workspace, or only the space/);
  });
  it('what came into a space during an incident asks', () => {
    const r = parse('Please wipe the Marketing space in orchard — everything that was synced into it during the November 3, 2026 incident.');
    expect(complete(r)).toBe(false);
  });
  it.each([
    ['a space', 'Please delete the Marketing space in our workspace orchard.', 'unify_space'],
    ['a workspace with its space', 'Please delete workspace orchard entirely, including the Marketing space.', 'workspace_purge'],
  ])('%s stays complete', (_, text, kind) => {
    const r = parse(text);
    expect(r.kind).toBe(kind);
    expect(complete(r)).toBe(true);
  });
});
