/**
 * SMTP replies through the outbox to a loopback smtp-server: at least once, never twice in normal
 * operation, retried on 4xx and outages, a 5xx recorded on the ticket for staff.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { freshDb, type TestDb } from '../support/db';
import { buildApp, type App } from '../../src/main';
import { silentLogger } from '../../src/logger';
import { runCli } from '../../src/cli';
import { AppError, isAppError } from '../../src/errors';
import { classifySmtpError, SmtpMailer } from '../../src/adapters/smtp/smtpMailer';
import { botConfig, importTestCatalog, MAIL_TEST_DIALECT, noSenderCheck, requestMessage, SUPPORT } from './imap.helpers';

let smtp: TestSmtpServer;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
});

afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  await smtp?.close();
});

/** An app on SMTP with a clock the test moves (the retry backoff is minutes long in real time). */
async function setup() {
  const db: TestDb = await freshDb(MAIL_TEST_DIALECT);
  let now = new Date('2024-03-12T10:20:00Z').getTime();
  const clock = () => new Date(now);
  const config = botConfig({ databaseUrl: db.url, schema: db.schema, smtpUrl: smtp.url });
  const mailer = new SmtpMailer({ url: smtp.url, clock, connectionTimeoutMs: 2_000 });
  const app: App = await buildApp(config, { logger: silentLogger, clock, schema: db.schema, checkSender: noSenderCheck, mailer });
  await importTestCatalog(app);
  cleanups.push(async () => {
    await app.close();
    await db.cleanup();
  });
  return { app, db, advance: (ms: number) => (now += ms) };
}

async function emailRows(app: App) {
  return app.db('notifications').where({ channel: 'email' }).select('status', 'attempts', 'last_error', 'dedupe_key');
}

describe('SMTP replies', () => {
  test('SMTP down for a while delays the acknowledgement but loses none, and it is sent once', async () => {
    const { app, advance } = await setup();
    await smtp.stop();
    const before = smtp.received.length;
    expect((await app.intake.receive(requestMessage({ messageId: 'down-1@acme.example' }), 'test')).outcome).toBe('created');
    for (let i = 0; i < 3; i++) {
      await app.emailWorker.tick();
      advance(15 * 60_000);
    }
    const [pending] = await emailRows(app);
    expect(pending!.status).toBe('pending');
    expect(pending!.attempts).toBe(3);
    expect(pending!.last_error).toMatch(/could not reach the mail server/);
    await smtp.start();
    expect(await app.emailWorker.tick()).toBe(1);
    await app.emailWorker.tick();
    const arrived = smtp.received.slice(before).filter((m) => m.message.inReplyTo === 'down-1@acme.example');
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.message.messageId).toBe(pending!.dedupe_key);
    expect(arrived[0]!.message.from?.address).toBe(SUPPORT);
    expect((await emailRows(app))[0]!.status).toBe('sent');
  });

  test('a 4xx answer is retried with backoff', async () => {
    const { app, advance } = await setup();
    smtp.mode = 'tempfail';
    try {
      await app.intake.receive(requestMessage({ messageId: 'temp-1@acme.example' }), 'test');
      await app.emailWorker.tick();
      const [row] = await emailRows(app);
      expect(row!.status).toBe('pending');
      expect(row!.last_error).toMatch(/451/);
      // Not due before its backoff.
      expect(await app.emailWorker.tick()).toBe(0);
    } finally {
      smtp.mode = 'accept';
    }
    advance(15 * 60_000);
    expect(await app.emailWorker.tick()).toBe(1);
    expect(smtp.received.filter((m) => m.message.inReplyTo === 'temp-1@acme.example')).toHaveLength(1);
  });

  test('a 5xx answer is permanent: recorded on the ticket and shown to staff by `show`', async () => {
    const { app, db } = await setup();
    smtp.mode = 'permfail';
    try {
      const outcome = await app.intake.receive(requestMessage({ messageId: 'perm-1@acme.example' }), 'test');
      await app.emailWorker.tick();
      const [row] = await emailRows(app);
      expect(row!.status).toBe('failed');
      expect(row!.attempts).toBe(1);
      const out: string[] = [];
      const code = await runCli(['show', outcome.ticket!], {
        stdout: (l) => out.push(l),
        stderr: (l) => out.push(l),
        env: { DATABASE_URL: db.url, LOG_LEVEL: 'silent', SUPPORT_ADDRESS: SUPPORT },
      });
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(/email_failed.*550/);
    } finally {
      smtp.mode = 'accept';
    }
  });
});

describe('classifySmtpError', () => {
  const cases: [string, object, 'transient' | 'permanent'][] = [
    ['421 service not available', { code: 'EENVELOPE', responseCode: 421, response: '421 try later' }, 'transient'],
    ['451 greylisted', { code: 'EMESSAGE', responseCode: 451, response: '451 4.7.1 greylisted' }, 'transient'],
    ['452 mailbox full', { code: 'EENVELOPE', responseCode: 452 }, 'transient'],
    ['550 no such user', { code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 unknown' }, 'permanent'],
    ['554 rejected as spam', { code: 'EMESSAGE', responseCode: 554 }, 'permanent'],
    ['535 login failed (operator fixes SMTP_URL)', { code: 'EAUTH', responseCode: 535 }, 'transient'],
    ['connection refused', { code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:25' }, 'transient'],
    ['timeout', { code: 'ETIMEDOUT', message: 'Connection timeout' }, 'transient'],
    ['DNS', { code: 'EDNS', message: 'getaddrinfo ENOTFOUND' }, 'transient'],
  ];
  test.each(cases)('%s', (_name, error, expected) => {
    const e = classifySmtpError(error);
    expect(isAppError(e, 'transient') ? 'transient' : 'permanent').toBe(expected);
    expect(e).toBeInstanceOf(Error);
    if (expected === 'permanent') expect(e).not.toBeInstanceOf(AppError);
  });
});
