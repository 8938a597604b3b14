/**
 * Shared by the IMAP/SMTP integration tests: a bot built by the real composition root (buildApp +
 * runApp) against the test Dovecot and SMTP server, and realistic request messages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { loadConfig } from '../../src/config';
import { buildApp, runApp, type App, type AppOptions } from '../../src/main';
import { silentLogger } from '../../src/logger';
import { importCatalog } from '../../src/adapters/db/catalogStore';
import { validateCatalog } from '../../src/domain/catalogFile';
import type { CheckSender } from '../../src/services/intake';
import type { TestDialect } from '../support/db';

export const SUPPORT = 'deletions@desk.example';

/** SQLite (the embedded default) unless TEST_DATABASE=postgres. */
export const MAIL_TEST_DIALECT: TestDialect = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/** No DNS in tests: every sender check sees "no DKIM/SPF/DMARC evidence". */
export const noSenderCheck: CheckSender = async () => ({ auth: 'none', spoofSuspected: false, details: {} });

export interface RunningBot {
  app: App;
  stop(): Promise<void>;
}

export interface BotEnv {
  databaseUrl: string;
  /** PostgreSQL schema of a test database. */
  schema?: string;
  imapUrl?: string;
  smtpUrl?: string;
  processed?: string;
  failed?: string;
  extra?: Record<string, string>;
}

export function botConfig(env: BotEnv) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bot-'));
  return loadConfig({
    DATABASE_URL: env.databaseUrl,
    IMAP_URL: env.imapUrl,
    SMTP_URL: env.smtpUrl,
    IMAP_PROCESSED_FOLDER: env.processed,
    IMAP_FAILED_FOLDER: env.failed,
    SUPPORT_ADDRESS: SUPPORT,
    OUTBOX_DIR: path.join(tmp, 'outbox'),
    MAILDROP_DIR: path.join(tmp, 'maildrop'),
    ARCHIVE_URL: `file:${path.join(tmp, 'archive')}`,
    PORT: '0',
    LOG_LEVEL: 'silent',
    REPLIES_PER_SENDER_PER_HOUR: '1000',
    ...env.extra,
  });
}

export async function importTestCatalog(app: App): Promise<void> {
  const catalog = validateCatalog(YAML.parse(fs.readFileSync(path.join(__dirname, '../fixtures/catalog.yaml'), 'utf8')));
  await importCatalog(app.db, catalog, new Date());
}

export async function startBot(env: BotEnv, options: AppOptions = {}): Promise<RunningBot> {
  const app = await buildApp(botConfig(env), { logger: silentLogger, checkSender: noSenderCheck, schema: env.schema, ...options });
  await importTestCatalog(app);
  const controller = new AbortController();
  const running = runApp(app, controller.signal);
  return {
    app,
    async stop() {
      controller.abort();
      await running;
      await app.close();
    },
  };
}

export interface RequestOptions {
  from?: string;
  messageId: string;
  subject?: string;
  body?: string;
  inReplyTo?: string;
  headers?: Record<string, string>;
  date?: Date;
}

/** A realistic customer email (multipart/alternative, as mail clients send). */
export function requestMessage(o: RequestOptions): Buffer {
  const body = o.body ?? 'Hello,\n\nplease delete the iOS App data of our workspace acme-inc for March 1-3, 2024. A release sent duplicate events on those days.\n\nThanks,\nAna Lopez\nAcme Inc';
  const boundary = `b_${o.messageId.replace(/[^a-z0-9]/gi, '')}`;
  const extra = Object.entries(o.headers ?? {}).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  const threading = o.inReplyTo ? `In-Reply-To: <${o.inReplyTo}>\r\nReferences: <${o.inReplyTo}>\r\n` : '';
  const html = `<div dir="ltr">${body.split('\n').map((l) => (l ? l.replace(/&/g, '&amp;').replace(/</g, '&lt;') : '<br>')).join('<br>')}</div>`;
  return Buffer.from(
    `From: Ana Lopez <${o.from ?? 'ana@acme.example'}>\r\n` +
      `To: Deletions <${SUPPORT}>\r\n` +
      `Subject: ${o.subject ?? 'Data deletion request'}\r\n` +
      `Date: ${(o.date ?? new Date('2024-03-12T10:15:00Z')).toUTCString()}\r\n` +
      `Message-ID: <${o.messageId}>\r\n` +
      threading +
      extra +
      `MIME-Version: 1.0\r\n` +
      `Content-Type: multipart/alternative; boundary="${boundary}"\r\n\r\n` +
      `--${boundary}\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n` +
      `--${boundary}\r\nContent-Type: text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${html}\r\n` +
      `--${boundary}--\r\n`,
  );
}

export async function ticketCount(app: App): Promise<number> {
  const [row] = await app.db('tickets').count({ n: '*' });
  return Number((row as { n: number | string }).n);
}

export async function messageRows(app: App, where: Record<string, unknown> = {}): Promise<{ message_key: string; outcome: string; reason: string | null; ticket_id: number | null }[]> {
  return app.db('messages').where({ direction: 'in', ...where }).select('message_key', 'outcome', 'reason', 'ticket_id');
}
