/**
 * IMAP intake against a real Dovecot, replies through a loopback SMTP server (issue 4, "Done means").
 * Each test uses its own mailbox and folders on one Dovecot, and its own SQLite database.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import { startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { freshDb, type TestDb } from '../support/db';
import { waitFor } from '../support/wait';
import { MAIL_TEST_DIALECT, messageRows, requestMessage, startBot, ticketCount, SUPPORT, type RunningBot } from './imap.helpers';
import { getCheckpoint } from '../../src/adapters/imap/checkpointStore';
import { parseImapUrl } from '../../src/adapters/imap/imapUrl';

let dovecot: Dovecot;
let smtp: TestSmtpServer;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  dovecot = await startDovecot();
  smtp = await startSmtpServer();
});

afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  await smtp?.close();
  await dovecot?.close();
});

/** A database, a mailbox of its own, and a bot on them. */
async function setup(name: string, opts: { start?: boolean } = {}) {
  const db: TestDb = await freshDb(MAIL_TEST_DIALECT);
  cleanups.push(() => db.cleanup());
  const env = { databaseUrl: db.url, schema: db.schema, imapUrl: dovecot.url(`${name}-in`), smtpUrl: smtp.url, processed: `${name}-done`, failed: `${name}-failed` };
  const client = await dovecot.client();
  await client.mailboxCreate(`${name}-in`);
  await client.logout();
  let bot: RunningBot | null = null;
  const ctx = {
    env,
    inbox: `${name}-in`,
    processed: `${name}-done`,
    failed: `${name}-failed`,
    get bot() {
      if (!bot) throw new Error('bot not started');
      return bot;
    },
    async start() {
      bot = await startBot(env);
      return bot;
    },
    async stop() {
      await bot?.stop();
      bot = null;
    },
  };
  cleanups.push(() => ctx.stop());
  if (opts.start !== false) await ctx.start();
  return ctx;
}

const sentTo = (messageId: string) => smtp.received.filter((m) => m.message.inReplyTo === messageId);

describe('IMAP intake with Dovecot', () => {
  test('a request appended to the mailbox becomes a ticket and a threaded acknowledgement arrives at the SMTP server', async () => {
    const t = await setup('ack');
    await dovecot.append([requestMessage({ messageId: 'ack-1@acme.example' })], t.inbox);
    const [reply] = await waitFor(() => (sentTo('ack-1@acme.example').length ? sentTo('ack-1@acme.example') : null), { timeoutMs: 15_000, what: 'the acknowledgement' });
    expect(await ticketCount(t.bot.app)).toBe(1);
    const ticket = (await t.bot.app.tickets.list({}))[0]!;
    expect(ticket.status).toBe('awaiting_approval');
    const m = reply!.message;
    expect(reply!.to).toEqual(['ana@acme.example']);
    expect(m.from?.address).toBe(SUPPORT);
    expect(m.subject).toMatch(new RegExp(`\\[DEL-${ticket.id}\\]`));
    expect(m.references).toContain('ack-1@acme.example');
    expect(m.headers['auto-submitted']).toBe('auto-replied');
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.html).toBeTruthy();
    // Moved out of the mailbox, marked seen, never deleted.
    await waitFor(async () => (await dovecot.count(t.processed)) === 1, { what: 'the move to Processed' });
    expect(await dovecot.count(t.inbox)).toBe(0);
    const client = await dovecot.client();
    try {
      const lock = await client.getMailboxLock(t.processed);
      try {
        const [msg] = await client.fetchAll('1:*', { flags: true, envelope: true });
        expect(msg!.flags?.has('\\Seen')).toBe(true);
        expect(msg!.envelope?.messageId).toBe('<ack-1@acme.example>');
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }
  });

  test('a reply to the needs-info question completes the ticket', async () => {
    const t = await setup('info');
    await dovecot.append([requestMessage({ messageId: 'info-1@acme.example', body: 'Hi, please delete the iOS App data of our workspace acme-inc.\n\nAna' })], t.inbox);
    const [question] = await waitFor(() => (sentTo('info-1@acme.example').length ? sentTo('info-1@acme.example') : null), { timeoutMs: 15_000, what: 'the needs-info question' });
    const first = (await t.bot.app.tickets.list({}))[0]!;
    expect(first.status).toBe('needs_info');
    const questionId = question!.message.messageId!;
    await dovecot.append(
      [requestMessage({ messageId: 'info-2@acme.example', subject: `Re: ${question!.message.subject}`, inReplyTo: questionId, body: 'Please delete the data from March 1-3, 2024.\n\nThanks,\nAna\n\nOn Tue, 12 Mar 2024, Deletions wrote:\n> Which days should we delete?' })],
      t.inbox,
    );
    await waitFor(async () => (await messageRows(t.bot.app)).length === 2, { timeoutMs: 15_000, what: 'the reply taken in' });
    await waitFor(async () => (await t.bot.app.tickets.get(first.id)).status === 'awaiting_approval', { timeoutMs: 15_000, what: 'the ticket to be complete' });
    expect(await ticketCount(t.bot.app)).toBe(1);
    expect((await t.bot.app.tickets.get(first.id)).ranges).toEqual([{ from: '2024-03-01', to: '2024-03-03' }]);
  });

  test('an auto-reply and a bounce are recorded and moved, and get no answer', async () => {
    const t = await setup('robots');
    const ooo = fs.readFileSync(`${__dirname}/../fixtures/automated/outlook-oof.eml`);
    const bounce = fs.readFileSync(`${__dirname}/../fixtures/automated/postfix-bounce.eml`);
    const before = smtp.received.length;
    await dovecot.append([ooo, bounce], t.inbox);
    await waitFor(async () => (await dovecot.count(t.processed)) === 2, { timeoutMs: 15_000, what: 'both messages handled' });
    const rows = await messageRows(t.bot.app);
    expect(rows.map((r) => r.outcome).sort()).toEqual(['ignored', 'ignored']);
    expect(await ticketCount(t.bot.app)).toBe(0);
    await t.bot.app.emailWorker.tick();
    expect(smtp.received.length).toBe(before);
  });

  test('a message that cannot be processed goes to the Failed folder with the reason recorded', async () => {
    const t = await setup('bad');
    const noFrom = Buffer.from('To: deletions@desk.example\r\nSubject: delete\r\nMessage-ID: <nofrom-1@x.example>\r\n\r\nplease delete acme-inc\r\n');
    await dovecot.append([noFrom], t.inbox);
    await waitFor(async () => (await dovecot.count(t.failed)) === 1, { timeoutMs: 15_000, what: 'the move to Failed' });
    const [row] = await messageRows(t.bot.app);
    expect(row!.outcome).toBe('failed');
    expect(row!.reason).toMatch(/no From address/);
    expect(await dovecot.count(t.inbox)).toBe(0);
  });

  test('500 messages appended while the bot is stopped are all processed exactly once', async () => {
    const t = await setup('many', { start: false });
    const messages = Array.from({ length: 500 }, (_, i) => requestMessage({ messageId: `many-${i}@acme.example`, from: i % 2 ? 'ana@acme.example' : 'ops@acme.example' }));
    await dovecot.append(messages, t.inbox);
    // One message appears twice (a client re-sent it): still one ticket.
    await dovecot.append([messages[7]!], t.inbox);
    await t.start();
    await waitFor(async () => (await dovecot.count(t.processed)) === 501, { timeoutMs: 90_000, intervalMs: 200, what: '501 messages moved' });
    expect(await ticketCount(t.bot.app)).toBe(500);
    expect((await messageRows(t.bot.app)).length).toBe(500);
    expect(await dovecot.count(t.inbox)).toBe(0);
    const cp = await getCheckpoint(t.bot.app.db, parseImapUrl(t.env.imapUrl).key);
    expect(cp?.lastUid).toBe(501);
  }, 120_000);

  test('a backlog read on the worker thread keeps its order and its failures: a reply after its request, a message with no From filed as failed', async () => {
    const t = await setup('backlog', { start: false });
    const request = requestMessage({ messageId: 'backlog-0@acme.example', body: 'Hi, please delete the iOS App data of our workspace acme-inc.\n\nAna' });
    const others = Array.from({ length: 20 }, (_, i) => requestMessage({ messageId: `backlog-${i + 1}@acme.example` }));
    const noFrom = Buffer.from('To: deletions@desk.example\r\nSubject: delete\r\nMessage-ID: <backlog-nofrom@x.example>\r\n\r\nplease delete acme-inc\r\n');
    const reply = requestMessage({ messageId: 'backlog-reply@acme.example', subject: 'Re: [DEL-1] Your deletion request', body: 'Please delete the data from March 1-3, 2024.\n\nThanks,\nAna' });
    await dovecot.append([request, ...others.slice(0, 10), noFrom, ...others.slice(10), reply], t.inbox);
    await t.start();
    await waitFor(async () => (await dovecot.count(t.processed)) + (await dovecot.count(t.failed)) === 23, { timeoutMs: 60_000, intervalMs: 200, what: '23 messages moved' });
    expect(await dovecot.count(t.failed)).toBe(1);
    const [failed] = await messageRows(t.bot.app, { outcome: 'failed' });
    expect(failed!.reason).toMatch(/no From address/);
    expect(await ticketCount(t.bot.app)).toBe(21);
    const first = await t.bot.app.tickets.get(1);
    expect(first.status).toBe('awaiting_approval');
    expect(first.ranges).toEqual([{ from: '2024-03-01', to: '2024-03-03' }]);
    expect(await messageRows(t.bot.app, { message_key: 'backlog-reply@acme.example' })).toEqual([expect.objectContaining({ outcome: 'info', ticket_id: 1 })]);
  }, 90_000);

  test('a ticket committed but not moved (crash in between) is not duplicated on restart', async () => {
    const t = await setup('crash', { start: false });
    const raw = requestMessage({ messageId: 'crash-1@acme.example' });
    await dovecot.append([raw], t.inbox);
    // "Ticket committed": the first run took it in; the process died before the MOVE.
    const first = await startBot(t.env);
    expect((await first.app.intake.receive(raw, 'imap:crash-in:1')).outcome).toBe('created');
    await first.stop();
    await t.start();
    await waitFor(async () => (await dovecot.count(t.processed)) === 1, { timeoutMs: 15_000, what: 'the message to be moved' });
    expect(await ticketCount(t.bot.app)).toBe(1);
  });
});

describe('IMAP intake drills (Dovecot restarts, UIDVALIDITY)', () => {
  test('Dovecot restarted mid-stream loses nothing', async () => {
    const t = await setup('restart');
    const batch = (from: number, n: number) => Array.from({ length: n }, (_, i) => requestMessage({ messageId: `restart-${from + i}@acme.example` }));
    await dovecot.append(batch(0, 120), t.inbox);
    await waitFor(async () => (await ticketCount(t.bot.app)) > 0, { timeoutMs: 15_000, what: 'intake to start' });
    await dovecot.restart();
    await dovecot.append(batch(120, 40), t.inbox);
    await waitFor(async () => (await ticketCount(t.bot.app)) === 160, { timeoutMs: 60_000, intervalMs: 100, what: 'all 160 tickets' });
    await waitFor(async () => (await dovecot.count(t.processed)) === 160, { timeoutMs: 30_000, what: 'all 160 moved' });
    expect(await dovecot.count(t.inbox)).toBe(0);
  }, 90_000);

  test('a UIDVALIDITY change neither re-ingests nor skips', async () => {
    // resetUidValidity works on INBOX, so this test uses it.
    const db = await freshDb(MAIL_TEST_DIALECT);
    cleanups.push(() => db.cleanup());
    const env = { databaseUrl: db.url, schema: db.schema, imapUrl: dovecot.url('INBOX'), smtpUrl: smtp.url, processed: 'uv-done', failed: 'uv-failed' };
    const old = requestMessage({ messageId: 'uv-1@acme.example' });
    await dovecot.append([old, requestMessage({ messageId: 'uv-2@acme.example' })]);
    let bot = await startBot(env);
    await waitFor(async () => (await dovecot.count('uv-done')) === 2, { timeoutMs: 15_000, what: 'the first two moved' });
    const key = parseImapUrl(env.imapUrl).key;
    // The checkpoint is written after the move is seen: wait for it rather than race it.
    await waitFor(async () => (await getCheckpoint(bot.app.db, key))?.lastUid === 2, { timeoutMs: 15_000, what: 'the checkpoint at UID 2' });
    const before = await getCheckpoint(bot.app.db, key);
    expect(before?.lastUid).toBe(2);
    await bot.stop();
    // A message already taken in comes back (someone moved it back), a new one arrives, and the
    // server renumbers the mailbox: both now have UIDs at or below the old checkpoint.
    await dovecot.append([old, requestMessage({ messageId: 'uv-3@acme.example' })]);
    await dovecot.resetUidValidity();
    const client = await dovecot.client();
    const status = await client.status('INBOX', { uidValidity: true, uidNext: true });
    await client.logout();
    expect(status && String(status.uidValidity)).not.toBe(before?.uidValidity);
    expect(status && status.uidNext).toBeLessThanOrEqual(3);
    bot = await startBot(env);
    cleanups.push(() => bot.stop());
    await waitFor(async () => (await dovecot.count('uv-done')) === 4, { timeoutMs: 15_000, what: 'both moved after the renumbering' });
    expect(await ticketCount(bot.app)).toBe(3);
    expect((await messageRows(bot.app)).map((r) => r.message_key).sort()).toEqual(['uv-1@acme.example', 'uv-2@acme.example', 'uv-3@acme.example']);
    const after = await getCheckpoint(bot.app.db, key);
    expect(after?.uidValidity).toBe(String(status && status.uidValidity));
  });
});
