/**
 * kill -9 of a real `deletion-desk start` while it takes in a backlog from Dovecot: on restart,
 * nothing is lost and no ticket is created twice. Intake commits a whole batch before it moves the
 * batch; the moment between the two is short and a kill timed from outside can miss it (on a loaded
 * machine the whole backlog was committed and moved before the kill arrived). So the Processed folder
 * refuses new messages while the first process runs: every ticket is committed, every MOVE fails,
 * and the kill finds the process exactly between "ticket committed" and "message moved".
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { freshDb, type TestDb } from '../support/db';
import { waitFor } from '../support/wait';
import { runCli } from '../../src/cli';
import { requestMessage, SUPPORT } from './imap.helpers';

let dovecot: Dovecot;
let smtp: TestSmtpServer;
let db: TestDb;
let tmp: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  [dovecot, smtp, db] = await Promise.all([startDovecot(), startSmtpServer(), freshDb('sqlite')]);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-crash-'));
  fs.mkdirSync(path.join(tmp, 'archive')); // `start` refuses a missing archive folder
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await db?.cleanup();
  await smtp?.close();
  await dovecot?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const env = () => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATABASE_URL: db.url,
  IMAP_URL: dovecot.url('INBOX'),
  SMTP_URL: smtp.url,
  SUPPORT_ADDRESS: SUPPORT,
  PORT: '0',
  LOG_LEVEL: 'warn',
  OUTBOX_DIR: path.join(tmp, 'outbox'),
  MAILDROP_DIR: path.join(tmp, 'maildrop'),
  ARCHIVE_URL: `file:${path.join(tmp, 'archive')}`,
  REPLIES_PER_SENDER_PER_HOUR: '1000',
});

function start(): ChildProcess {
  const child = spawn(process.execPath, [path.resolve('bin/deletion-desk.js'), 'start'], { env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', () => undefined);
  children.push(child);
  return child;
}

async function count(table: 'tickets' | 'messages'): Promise<number> {
  const [row] = await db.db(table).count({ n: '*' });
  return Number((row as { n: number | string }).n);
}

test('kill -9 between "ticket committed" and "message moved" creates no duplicate on restart', async () => {
  const io = { stdout: () => undefined, stderr: () => undefined, env: env() };
  expect(await runCli(['catalog', 'import', 'test/fixtures/catalog.yaml'], io)).toBe(0);
  const total = 80;
  await dovecot.append(Array.from({ length: total }, (_, i) => requestMessage({ messageId: `kill-${i}@acme.example` })));

  await dovecot.refuseInserts('Processed', true);
  const first = start();
  await waitFor(async () => (await count('tickets')) === total, { timeoutMs: 60_000, intervalMs: 50, what: 'every ticket committed' });
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const committed = await count('tickets');
  const moved = await dovecot.count('Processed');
  // The point of the drill: tickets exist whose messages are still in INBOX.
  expect(committed).toBe(total);
  expect(moved).toBe(0);
  expect(await dovecot.count('INBOX')).toBe(total);

  await dovecot.refuseInserts('Processed', false);
  const second = start();
  await waitFor(async () => (await dovecot.count('Processed')) === total, { timeoutMs: 60_000, intervalMs: 200, what: 'every message moved after the restart' });
  expect(await count('tickets')).toBe(total);
  expect(await count('messages')).toBeGreaterThanOrEqual(total); // inbound rows + sent acknowledgements
  const inbound = await db.db('messages').where({ direction: 'in' }).count({ n: '*' });
  expect(Number((inbound[0] as { n: number }).n)).toBe(total);
  expect(await dovecot.count('INBOX')).toBe(0);
  second.kill('SIGTERM');
  await new Promise((resolve) => second.once('exit', resolve));
}, 120_000);
