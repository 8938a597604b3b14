/** `deletion-desk doctor` against the real Dovecot, SMTP server and SQLite. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { freshDb, type TestDb } from '../support/db';
import { runCli } from '../../src/cli';

let dovecot: Dovecot;
let smtp: TestSmtpServer;
let db: TestDb;
let archive: string;

beforeAll(async () => {
  [dovecot, smtp, db] = await Promise.all([startDovecot(), startSmtpServer(), freshDb('sqlite')]);
  archive = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-doctor-'));
});

afterAll(async () => {
  await db?.cleanup();
  await smtp?.close();
  await dovecot?.close();
  fs.rmSync(archive, { recursive: true, force: true });
});

async function doctor(env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['doctor'], { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env: { DATABASE_URL: db.url, ARCHIVE_URL: `file:${archive}`, LOG_LEVEL: 'silent', ...env } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('all connections working', async () => {
  const r = await doctor({ IMAP_URL: dovecot.url(), SMTP_URL: smtp.url });
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^database\s+ok/m);
  expect(r.out).toMatch(/^imap\s+ok\s+logged in to 127\.0\.0\.1:\d+ as desk, IDLE supported/m);
  expect(r.out).toMatch(/^smtp\s+ok\s+127\.0\.0\.1 answered EHLO and accepted the login of mailer/m);
  expect(r.out).toMatch(/^archive\s+ok\s+folder .* is writable/m);
});

test('local mode: IMAP and SMTP are skipped with what happens instead', async () => {
  const r = await doctor({});
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^imap\s+skip\s+IMAP_URL is not set/m);
  expect(r.out).toMatch(/^smtp\s+skip\s+SMTP_URL is not set/m);
});

test('wrong password, missing mailbox, SMTP down and a missing archive folder are said in plain words', async () => {
  const badPassword = dovecot.url().replace(`:${dovecot.password}@`, ':wrong@');
  await smtp.stop();
  try {
    const r = await doctor({ IMAP_URL: badPassword, SMTP_URL: smtp.url, ARCHIVE_URL: `file:${path.join(archive, 'missing')}` });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^imap\s+FAIL\s+cannot log in .*refused the user name or password/m);
    expect(r.out).toMatch(/^smtp\s+FAIL\s+.*nothing is listening/m);
    expect(r.out).toMatch(/^archive\s+FAIL\s+the archive folder .* does not exist/m);
    expect(r.err).toMatch(/imap, smtp, archive not working/);
  } finally {
    await smtp.start();
  }
  const noMailbox = await doctor({ IMAP_URL: dovecot.url('Nope') });
  expect(noMailbox.out).toMatch(/^imap\s+FAIL\s+.*the mailbox "Nope" does not exist/m);
});
