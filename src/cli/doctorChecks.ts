/**
 * `deletion-desk doctor`: checks each configured connection and says what is wrong in plain words.
 * Database (connect, migrations), IMAP (login, the mailbox, IDLE, MOVE), SMTP (EHLO and login),
 * archive (the folder is writable / the bucket answers). Nothing is changed anywhere.
 */
import fs from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import { ImapFlow } from 'imapflow';
import type { Config } from '../config';
import { isMissingS3Credentials, plainWords, redactUrl, SETTINGS_TO_CHECK } from '../connectionErrors';
import { createDb, isMissingSqliteFile, sqlitePath } from '../adapters/db/connect';
import { migrations } from '../../migrations/index';
import { parseImapUrl } from '../adapters/imap/imapUrl';
import { SmtpMailer } from '../adapters/smtp/smtpMailer';
import { OAuth2Tokens } from '../adapters/mail/oauth2';
import { createArchive, folderPath } from '../adapters/archive/createArchive';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface DoctorCheck {
  name: 'database' | 'imap' | 'smtp' | 'archive';
  status: CheckStatus;
  detail: string;
}

export interface DoctorOptions {
  timeoutMs?: number;
  schema?: string;
}

export async function runDoctor(config: Config, options: DoctorOptions = {}): Promise<DoctorCheck[]> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const guard = (name: DoctorCheck['name'], check: () => Promise<DoctorCheck>): Promise<DoctorCheck> =>
    withDeadline(check(), timeoutMs, name).catch((error: unknown) => ({ name, status: 'fail' as const, detail: `${plainWords(error)} (check ${SETTINGS_TO_CHECK[name === 'archive' && isMissingS3Credentials(error) ? 's3Credentials' : name]})` }));
  return Promise.all([
    guard('database', () => checkDatabase(config, options.schema)),
    guard('imap', () => checkImap(config)),
    guard('smtp', () => checkSmtp(config, timeoutMs)),
    guard('archive', () => checkArchive(config)),
  ]);
}

async function checkDatabase(config: Config, schema?: string): Promise<DoctorCheck> {
  // Opening a missing SQLite file would create it: a mistyped path must be reported, not made.
  if (isMissingSqliteFile(config.databaseUrl)) return { name: 'database', status: 'fail', detail: `there is no database at ${sqlitePath(config.databaseUrl)} (DATABASE_URL=${config.databaseUrl}): check DATABASE_URL, or create it with \`deletion-desk migrate\`` };
  const db = createDb(config.databaseUrl, { schema });
  try {
    await db.raw('select 1');
    const applied = (await db.schema.hasTable('knex_migrations')) ? ((await db('knex_migrations').select('name')) as { name: string }[]).map((r) => r.name) : [];
    const pending = migrations.map(([name]) => name).filter((n) => !applied.includes(n));
    const where = redactUrl(config.databaseUrl);
    if (pending.length) return { name: 'database', status: 'warn', detail: `${where} is reachable; ${pending.length} migration(s) not applied yet (${pending.join(', ')}): run \`deletion-desk migrate\` or start the bot` };
    return { name: 'database', status: 'ok', detail: `${where} is reachable and up to date` };
  } finally {
    await db.destroy();
  }
}

async function checkImap(config: Config): Promise<DoctorCheck> {
  if (!config.imapUrl) return { name: 'imap', status: 'skip', detail: `IMAP_URL is not set: requests are read from .eml files in ${config.maildropDir}` };
  const s = parseImapUrl(config.imapUrl);
  const auth = s.oauth2 && config.oauth2 ? { user: s.auth.user, accessToken: await new OAuth2Tokens(s.auth.user, config.oauth2).accessToken() } : s.auth;
  const client = new ImapFlow({ host: s.host, port: s.port, secure: s.secure, auth, logger: false, disableAutoIdle: true, connectionTimeout: 15_000, greetingTimeout: 15_000 });
  client.on('error', () => undefined);
  const where = `${s.host}:${s.port}`;
  try {
    await client.connect();
  } catch (error) {
    return { name: 'imap', status: 'fail', detail: `cannot log in to ${where} as ${s.auth.user}: ${plainWords(error)} (check IMAP_URL)` };
  }
  try {
    const status = await client.status(s.mailbox, { messages: true }).catch(() => false as const);
    if (!status) return { name: 'imap', status: 'fail', detail: `logged in to ${where}, but the mailbox "${s.mailbox}" does not exist (the path of IMAP_URL names it)` };
    const folders = new Set((await client.list()).map((m) => m.path));
    const missing = [config.imapProcessedFolder, config.imapFailedFolder].filter((f) => !folders.has(f));
    const notes: string[] = [`${status.messages ?? 0} message(s) waiting in ${s.mailbox}`];
    if (missing.length) notes.push(`${missing.join(' and ')} will be created on start`);
    let result: CheckStatus = 'ok';
    if (!client.capabilities.has('IDLE')) {
      result = 'warn';
      notes.push('the server does not support IDLE, so new mail is found by polling every 15 seconds');
    }
    if (!client.capabilities.has('MOVE') && !client.capabilities.has('UIDPLUS')) {
      result = 'warn';
      notes.push('the server supports neither MOVE nor UIDPLUS: handled mail is copied to the Processed folder and left in place');
    }
    return { name: 'imap', status: result, detail: `logged in to ${where} as ${s.auth.user}${client.capabilities.has('IDLE') ? ', IDLE supported' : ''}; ${notes.join('; ')}` };
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function checkSmtp(config: Config, timeoutMs: number): Promise<DoctorCheck> {
  if (!config.smtpUrl) return { name: 'smtp', status: 'skip', detail: `SMTP_URL is not set: replies are written as .eml files to ${config.outboxDir}` };
  const url = new URL(config.smtpUrl);
  const mailer = new SmtpMailer({ url: config.smtpUrl, connectionTimeoutMs: Math.min(timeoutMs, 15_000), oauth2: config.oauth2 });
  try {
    await mailer.verify();
    return { name: 'smtp', status: 'ok', detail: `${url.hostname} answered EHLO${url.username ? ` and accepted the login of ${decodeURIComponent(url.username)}` : ''}` };
  } catch (error) {
    return { name: 'smtp', status: 'fail', detail: `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}: ${plainWords(error)} (check SMTP_URL)` };
  } finally {
    await mailer.close();
  }
}

async function checkArchive(config: Config): Promise<DoctorCheck> {
  if (config.archiveUrl.startsWith('file:')) {
    const dir = folderPath(config.archiveUrl);
    try {
      const stat = await fs.stat(dir);
      if (!stat.isDirectory()) return { name: 'archive', status: 'fail', detail: `${dir} is not a folder (ARCHIVE_URL)` };
      await fs.access(dir, fsConstants.W_OK);
      return { name: 'archive', status: 'ok', detail: `folder ${dir} exists and is writable` };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { name: 'archive', status: 'fail', detail: `the archive folder ${dir} does not exist (ARCHIVE_URL)` };
      if (code === 'EACCES') return { name: 'archive', status: 'fail', detail: `this user may not write to the archive folder ${dir}, so nothing could be deleted` };
      throw error;
    }
  }
  const archive = createArchive(config);
  try {
    // One page of a listing proves the bucket exists and the credentials may list it.
    for await (const page of archive.list('', { sizes: false })) {
      void page;
      break;
    }
    return { name: 'archive', status: 'ok', detail: `${await archive.describe()} answers` };
  } finally {
    await archive.close();
  }
}

/** An error as an operator can act on it (shared with the CLI and `start`). */
export { plainWords };

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000}s`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}


