/**
 * Messages that came out complete — ready for staff to approve — while asking for something else than what
 * would be deleted: a thing inside a space read as the whole space, part of a workspace's data read as a
 * purge of all of it, a plan, a template or a request taken back read as a request, a deletion from another
 * system read as the archive's, and an attached old request read as the new one. Each now asks (or reads
 * only what was asked); the must-still-work counterparts keep the true requests complete.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { readMessage } from '../../src/adapters/mail/readMessage';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_a1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], admins: ['ana@acme.example'], deletedAt: null,
      sources: [
        { id: 'src_a1', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_a2', slug: 'android-app', name: 'Android App' },
      ],
      spaces: [{ id: 'spa_a1', name: 'Default Space' }, { id: 'spa_a2', name: 'Marketing' }],
    },
    {
      id: 'ws_i1', slug: 'initech', name: 'Initech', contacts: ['bill@initech.example'], admins: ['bill@initech.example'], deletedAt: null,
      sources: [{ id: 'src_i1', slug: 'test', name: 'Test' }, { id: 'src_i3', slug: 'events', name: 'Events' }],
      spaces: [{ id: 'spa_i1', name: 'Sales' }, { id: 'spa_i2', name: 'Events' }],
    },
  ],
} satisfies Catalog);

const ANA = 'ana@acme.example';
const BILL = 'bill@initech.example';
const NOW = new Date('2026-12-04T12:00:00Z');
const SENT = new Date('2026-12-04T11:00:00Z');
const parse = (text: string, from = ANA, subject = 'Data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject }), catalog, { now: NOW }));
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');

describe('a thing inside a space is not the space', () => {
  it.each([
    ["please delete the 'Churned users' audience in the Marketing space of acme-inc.", ANA, 'audience'],
    ["please delete the computed trait 'ltv_score' in the Default Space of acme-inc.", ANA, 'computed trait'],
    ['please delete the Marketing space profiles in acme-inc that are older than two years.', ANA, 'space profiles'],
    ['please delete the duplicate profiles in the Marketing space of acme-inc.', ANA, 'duplicate profiles'],
    ['please delete the Amplitude destination connected to the Marketing space in acme-inc.', ANA, 'destination connected to'],
    ["we'd like to reset the Marketing space in acme-inc: please delete all its profiles and audiences but keep the space.", ANA, 'keep the space'],
    ["please delete the Events space's November data in initech.", BILL, "space's November data"],
  ])('%s asks whether the whole space is meant', (text, from, words) => {
    const r = parse(text, from);
    expect(complete(r)).toBe(false);
    expect(asked(r)).toContain(words);
    expect(asked(r)).toContain('should the whole space be deleted?');
  });

  it.each([
    ['please delete the Marketing space in acme-inc.', 'Marketing'],
    ['Please delete our Unify space Marketing in acme-inc. We will rebuild the audiences from scratch.', 'Marketing'],
    ['please delete the Default Space of acme-inc, keep the Marketing space.', 'Default Space'],
  ])('still deletes a space asked for as such: %s', (text, space) => {
    const r = parse(text);
    expect(r).toMatchObject({ kind: 'unify_space', workspace: 'acme-inc', space });
    expect(complete(r)).toBe(true);
  });
});

describe('part of the data is not a purge of all of it', () => {
  it.each([
    ['we need a clean slate before launch: please delete all data in initech from the testing phase.', BILL],
    ['please delete all data in acme-inc from before our relaunch.', ANA],
    ['please delete all the data we sent to acme-inc by mistake from our staging app.', ANA],
    ['please delete all data older than two years in acme-inc, per our retention policy.', ANA],
    ['please delete all data in acme-inc from the load test.', ANA],
    ['please delete all events with the name "Test Event" from acme-inc.', ANA],
  ])('%s is no purge, and asks which data', (text, from) => {
    const r = parse(text, from);
    expect(r.kind).not.toBe('workspace_purge');
    expect(complete(r)).toBe(false);
  });

  it.each([
    'please delete all data in acme-inc.',
    'Please delete our workspace acme-inc and all of its data.',
    'Please purge all data of workspace acme-inc, we moved to a new platform.',
  ])('still purges a whole workspace: %s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ kind: 'workspace_purge', workspace: 'acme-inc' });
    expect(complete(r)).toBe(true);
  });
});

describe('not (yet) a request', () => {
  it.each([
    ['please review this deletion plan and let me know if it looks right: delete the iOS App data in acme-inc for November 10.', 'review a plan'],
    ['please delete the iOS App data in acme-inc for November 10. This is a test of your new process, please don\'t actually run it.', 'not to run the deletion yet'],
    ['Here is a template for our team:\n\n  Please delete the <source> data in <workspace> for <days>.\n  Example: Please delete the iOS App data in acme-inc for November 10.\n\nDoes this format work for you?', 'template or an example'],
    ['our auditor asks whether a request like "delete the iOS App data in acme-inc for November 10" would be logged. Is it?', 'quotes a request as an example'],
    ["please delete the iOS App data in acme-inc for November 10.\n\nActually, forget it, we'll fix it in our dashboards instead.", 'takes its request back'],
    ["please prepare (but don't run yet) a deletion of the iOS App data in acme-inc for November 10.", 'not to run the deletion yet'],
    ['please schedule the deletion of the iOS App data in acme-inc for November 10 for next Monday.', 'for later'],
    ['we would like to delete the Marketing space in acme-inc at some point next year.', 'for later'],
  ])('%s asks', (text, question) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(asked(r)).toContain(question);
  });

  it('a forward to handle "once I confirm with my boss" waits for that confirmation', () => {
    const text = [
      'Our agency sent this. Please handle once I confirm with my boss.',
      '',
      '-------- Forwarded Message --------',
      'Subject: Data cleanup',
      'Date: Wed, 2 Dec 2026 09:15:00 +0000',
      'From: Tom Becker <tom@agency.example>',
      'To: ana@acme.example',
      '',
      'Hi Ana, please have the iOS App data in acme-inc deleted for November 10. Tom',
    ].join('\n');
    const r = parse(text, ANA, 'Fwd: Data cleanup');
    expect(complete(r)).toBe(false);
    expect(asked(r)).toContain('"once I confirm with my boss": the request depends on a condition');
  });

  it.each([
    'please delete the iOS App data in acme-inc for November 10.',
    'please delete the iOS App data in acme-inc for November 10. Production might follow next year, but not now.',
    'please delete the iOS App data in acme-inc for November 10. Hvis I har spørgsmål, så skriv.',
  ])('still takes a plain request: %s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], ranges: [{ from: '2026-11-10', to: '2026-11-10' }] });
    expect(complete(r)).toBe(true);
  });
});

describe('a deletion elsewhere is not a deletion of the archive', () => {
  it.each([
    ['please delete the iOS App data for November 10 from our BigQuery warehouse (acme-inc).', 'from our BigQuery warehouse'],
    ['please delete the iOS App data for November 10 from Amplitude (acme-inc).', 'from Amplitude'],
    ['please delete the iOS App data in acme-inc for November 10 from the Marketing space.', 'from the Marketing space'],
  ])('%s asks whether the archive is meant', (text, words) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(asked(r)).toContain(`"${words}": the desk deletes only our archive's days`);
  });
});

describe('an attached text file is kept, not read as the request', () => {
  const raw = [
    'From: Ana Silva <ana@acme.example>',
    'To: deletions@desk.example',
    'Date: Fri, 04 Dec 2026 11:00:00 +0000',
    'Subject: Data deletion',
    'Message-ID: <a03@redteam5.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="MIX"',
    '',
    '--MIX',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi,',
    '',
    'please delete the iOS App data in acme-inc for November 10.',
    'For reference, our October request is attached (DEL-12, done).',
    '',
    'Thanks, Ana',
    '',
    '--MIX',
    'Content-Type: text/plain; charset=utf-8; name="request-october.txt"',
    'Content-Disposition: inline; filename="request-october.txt"',
    '',
    'Please delete the iOS App data in acme-inc for October 5 to October 9.',
    '',
    '--MIX--',
    '',
  ].join('\r\n');

  it('reads November 10 only, and keeps the file among the attachments', async () => {
    const message = await readMessage(raw);
    expect(message.text).not.toContain('October 5');
    expect(message.attachments).toEqual([expect.objectContaining({ filename: 'request-october.txt', contentType: 'text/plain' })]);
    const r = contractView(parseRequest(message, catalog, { now: NOW }));
    expect(r).toMatchObject({ kind: 'source_data', sources: ['ios-app'], ranges: [{ from: '2026-11-10', to: '2026-11-10' }] });
  });

  it('keeps a body split into inline parts without a file name', async () => {
    const split = raw.replace('Content-Disposition: inline; filename="request-october.txt"', 'Content-Disposition: inline').replace('; name="request-october.txt"', '');
    expect((await readMessage(split)).text).toContain('October 5');
  });
});
