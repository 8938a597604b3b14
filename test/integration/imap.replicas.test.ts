/**
 * Two replicas — two bots on one PostgreSQL database — watching the same mailbox. Only one takes in
 * at a time: each message becomes one ticket and lands in Processed once. (Two sessions moving the
 * same message at once can each copy it into Processed before either expunges it.)
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { freshDb, type TestDb } from '../support/db';
import { waitFor } from '../support/wait';
import { requestMessage, startBot, type RunningBot } from './imap.helpers';

let dovecot: Dovecot;
let smtp: TestSmtpServer;
let db: TestDb;
const bots: RunningBot[] = [];

beforeAll(async () => {
  [dovecot, smtp, db] = await Promise.all([startDovecot(), startSmtpServer(), freshDb('postgres')]);
});

afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop().catch(() => undefined)));
  await db?.cleanup();
  await smtp?.close();
  await dovecot?.close();
});

const count = async (table: string, where: Record<string, string> = {}) => Number(((await db.db(table).where(where).count({ n: '*' }))[0] as { n: number | string }).n);

test('two replicas on one database and one mailbox: every message taken in once and moved once', async () => {
  const total = 60;
  await dovecot.append(Array.from({ length: total }, (_, i) => requestMessage({ messageId: `replica-${i}@acme.example` })));
  const env = { databaseUrl: db.url, schema: db.schema, imapUrl: dovecot.url('INBOX'), smtpUrl: smtp.url };
  // One after the other: each test bot imports the test catalog as it starts.
  bots.push(await startBot(env));
  bots.push(await startBot(env));

  await waitFor(async () => (await dovecot.count('INBOX')) === 0, { timeoutMs: 60_000, intervalMs: 200, what: 'the mailbox emptied' });
  // Both replicas are still watching; give a late duplicate move the time to show.
  await dovecot.append([requestMessage({ messageId: 'replica-late@acme.example' })]);
  await waitFor(async () => (await dovecot.count('INBOX')) === 0, { timeoutMs: 30_000, intervalMs: 200, what: 'the late message taken in' });
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  expect(await dovecot.count('Processed')).toBe(total + 1);
  expect(await count('tickets')).toBe(total + 1);
  expect(await count('messages', { direction: 'in' })).toBe(total + 1);
  expect(await dovecot.count('Failed')).toBe(0);
}, 120_000);
