/**
 * The whole product on loopback, for the end-to-end test and the failure drills: a private Dovecot,
 * the SMTP test server, the Slack Web API fake, an S3 store (s3rver or the in-process S3 server with
 * fault injection), a PostgreSQL database (a fresh schema on the shared server, or any URL such as a
 * private cluster), and `deletion-desk start` run as its own process, as an operator runs it.
 *
 * The test plays the customers (IMAP APPEND), the staff (signed Slack clicks on the cards the bot
 * posted) and the auditor (the database, the S3 store and the SMTP server's mail).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import type { Knex } from 'knex';
import { createDb } from '../../src/adapters/db/connect';
import { migrateLatest } from '../../src/adapters/db/migrate';
import { importCatalog } from '../../src/adapters/db/catalogStore';
import { validateCatalog } from '../../src/domain/catalogFile';
import { CARD_ACTIONS } from '../../src/domain/slack/card';
import type { Ticket } from '../../src/domain/ticket';
import type { PartitionFailure, Receipt } from '../../src/domain/execution/receipt';
import { freePort, startDovecot, type Dovecot } from './dovecot';
import { startSmtpServer, type TestSmtpServer, type ReceivedMail } from './smtpServer';
import { blockActionsPayload, interactionBody, postSigned, startSlackFake, type SlackFake, type StoredMessage } from './slackFake';
import { startTestArchive, type ArchiveKind, type TestArchive } from './s3ArchiveFixtures';
import { startProcess, type Started } from './process';
import { freshDb, type TestDb } from './db';
import { waitFor } from './wait';

export const SUPPORT = 'deletions@desk.example';
export const SIGNING_SECRET = 'e2e-signing-secret-5b1d';
export const CHANNEL = 'C0DESK';
export const STAFF = ['UALICE', 'UBOB'] as const;
export const CATALOG_FILE = path.resolve(__dirname, '..', 'fixtures', 'catalog.yaml');
const DAY_MS = 86_400_000;

export interface WorldOptions {
  /** S3 store: s3rver (a real server process) or the in-process server with fault injection. */
  archive?: Exclude<ArchiveKind, 'folder'>;
  /** A database URL to use instead of a fresh schema on the shared server (a private cluster). */
  databaseUrl?: string;
}

export interface Desk {
  port: number;
  process: Started;
  eventsUrl: string;
  /** SIGKILL, and wait for the exit. */
  kill(): Promise<void>;
  /** SIGTERM, and the exit code. */
  stop(): Promise<number | null>;
}

export interface World {
  dir: string;
  dovecot: Dovecot;
  smtp: TestSmtpServer;
  slack: SlackFake;
  archive: TestArchive;
  /** The test's own connection to the bot's database. */
  db: Knex;
  databaseUrl: string;
  /** Environment of `deletion-desk` (without PORT). */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Start `deletion-desk start` on a free port and wait until /healthz answers. */
  startDesk(extra?: Record<string, string>, options?: { waitReady?: boolean }): Promise<Desk>;
  /** Move the bot's clock (DELETION_DESK_CLOCK_FILE) this far ahead of real time. */
  setClockOffset(ms: number): void;
  clockOffset(): number;
  close(): Promise<void>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  warnIfBundleStale();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-e2e-'));
  const clockFile = path.join(dir, 'clock-offset-ms');
  fs.writeFileSync(clockFile, '0');
  const [dovecot, smtp, slack, archive, tdb] = await Promise.all([
    startDovecot(),
    startSmtpServer(),
    startSlackFake(),
    startTestArchive(options.archive ?? 's3rver'),
    options.databaseUrl ? Promise.resolve(null as TestDb | null) : freshDb('postgres'),
  ]);
  const databaseUrl = options.databaseUrl ?? tdb!.url;
  const db = tdb ? tdb.db : createDb(databaseUrl);
  if (!tdb) await migrateLatest(db);
  await importCatalog(db, validateCatalog(YAML.parse(fs.readFileSync(CATALOG_FILE, 'utf8'))), new Date());
  const desks: Desk[] = [];
  let offset = 0;

  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    DATABASE_URL: databaseUrl,
    IMAP_URL: dovecot.url('INBOX'),
    SMTP_URL: smtp.url,
    SUPPORT_ADDRESS: SUPPORT,
    ...archive.env,
    SLACK_API_URL: slack.apiUrl,
    SLACK_BOT_TOKEN: 'xoxb-e2e-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_CHANNEL: CHANNEL,
    SLACK_STAFF: STAFF.join(','),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    MAILDROP_DIR: path.join(dir, 'maildrop'),
    DELETION_DESK_CLOCK_FILE: clockFile,
    REPLIES_PER_SENDER_PER_HOUR: '1000',
    LOG_LEVEL: 'info',
    ...extra,
  });

  return {
    dir,
    dovecot,
    smtp,
    slack,
    archive,
    db,
    databaseUrl,
    env,
    async startDesk(extra = {}, startOptions = {}) {
      const port = await freePort();
      const proc = startProcess(['start'], env({ PORT: String(port), ...extra }));
      const desk: Desk = {
        port,
        process: proc,
        eventsUrl: `http://127.0.0.1:${port}/slack/events`,
        async kill() {
          await proc.stop('SIGKILL');
        },
        stop: () => proc.stop('SIGTERM'),
      };
      desks.push(desk);
      if (startOptions.waitReady !== false) await waitReady(desk);
      return desk;
    },
    setClockOffset(ms) {
      offset = ms;
      // Written whole and renamed in: the bot never reads half a number.
      fs.writeFileSync(`${clockFile}.tmp`, String(ms));
      fs.renameSync(`${clockFile}.tmp`, clockFile);
    },
    clockOffset: () => offset,
    async close() {
      await Promise.all(desks.map((d) => d.kill().catch(() => undefined)));
      if (tdb) await tdb.cleanup();
      else await db.destroy();
      await Promise.all([dovecot.close(), smtp.close(), slack.close(), archive.stop()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** bin/deletion-desk.js compiles the sources with tsx (~5 s a start) when dist/ is older than them. */
function warnIfBundleStale(): void {
  const root = path.resolve(__dirname, '..', '..');
  const newest = (dir: string): number => Math.max(0, ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)));
  let built = 0;
  try {
    built = fs.statSync(path.join(root, 'dist', 'cli.js')).mtimeMs;
  } catch {
    // no bundle
  }
  if (built < Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'migrations')))) {
    console.warn('[e2e] dist/cli.js is older than the sources: every deletion-desk start compiles them (slow). Run `npm run build` first.');
  }
}

/** Wait until the bot's HTTP server answers /healthz (it starts last, after migrations and intake). */
export async function waitReady(desk: Desk, timeoutMs = 120_000): Promise<void> {
  await waitFor(
    async () => {
      if (desk.process.child.exitCode !== null || desk.process.child.signalCode !== null) {
        throw new Error(`deletion-desk exited (${desk.process.child.exitCode ?? desk.process.child.signalCode}):\n${desk.process.output().slice(-3000)}`);
      }
      const res = await fetch(`http://127.0.0.1:${desk.port}/healthz`).catch(() => null);
      return res?.status === 200;
    },
    { timeoutMs, intervalMs: 50, what: `deletion-desk on port ${desk.port} to answer /healthz` },
  ).catch((error: Error) => {
    // Still running but not answering: what it said so far is the only clue to why.
    throw new Error(`${error.message}; its output so far:\n${desk.process.output().slice(-3000)}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Customers

let mailSeq = 0;

/** A customer email as a mail client sends it (multipart/alternative), with a Message-ID we know. */
export function customerEmail(o: { from: string; body: string; subject?: string; messageId?: string; inReplyTo?: string; name?: string }): { raw: Buffer; messageId: string } {
  mailSeq += 1;
  const messageId = o.messageId ?? `c${Date.now().toString(36)}.${mailSeq}@${o.from.split('@')[1]}`;
  const boundary = `b_${messageId.replace(/[^a-z0-9]/gi, '')}`;
  const html = `<div dir="ltr">${o.body.split('\n').map((l) => (l ? l.replace(/&/g, '&amp;').replace(/</g, '&lt;') : '<br>')).join('<br>')}</div>`;
  const threading = o.inReplyTo ? `In-Reply-To: <${o.inReplyTo}>\r\nReferences: <${o.inReplyTo}>\r\n` : '';
  const raw = Buffer.from(
    `From: ${o.name ?? 'Customer'} <${o.from}>\r\n` +
      `To: Deletions <${SUPPORT}>\r\n` +
      `Subject: ${o.subject ?? 'Data deletion request'}\r\n` +
      `Date: ${new Date().toUTCString()}\r\n` +
      `Message-ID: <${messageId}>\r\n` +
      threading +
      `MIME-Version: 1.0\r\n` +
      `Content-Type: multipart/alternative; boundary="${boundary}"\r\n\r\n` +
      `--${boundary}\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${o.body.replace(/\n/g, '\r\n')}\r\n` +
      `--${boundary}\r\nContent-Type: text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${html}\r\n` +
      `--${boundary}--\r\n`,
  );
  return { raw, messageId };
}

/** A reply in the thread of an email the bot sent (its [DEL-n] subject and Message-ID). */
export function customerReply(o: { from: string; to: SentEmail; body: string; name?: string }): { raw: Buffer; messageId: string } {
  return customerEmail({ from: o.from, name: o.name, subject: o.to.subject.startsWith('Re:') ? o.to.subject : `Re: ${o.to.subject}`, inReplyTo: o.to.messageId.replace(/^<|>$/g, ''), body: `${o.body}\n\nOn ${new Date().toUTCString()}, Deletions <${SUPPORT}> wrote:\n> ${o.to.text.split('\n').slice(0, 5).join('\n> ')}` });
}

// ---------------------------------------------------------------------------------------------
// Staff (Slack)

/** The card the bot posted for a ticket (top-level message whose header starts with `DEL-n `). */
export function cardOf(slack: SlackFake, ticketId: number): StoredMessage | undefined {
  return slack.cards(CHANNEL).find((c) => String(c.blocks[0]?.text?.text ?? '').startsWith(`DEL-${ticketId} `));
}

export function cardsOf(slack: SlackFake, ticketId: number): StoredMessage[] {
  return slack.cards(CHANNEL).filter((c) => String(c.blocks[0]?.text?.text ?? '').startsWith(`DEL-${ticketId} `));
}

export function cardButtons(card: StoredMessage): { action_id: string; value: string }[] {
  const actions = card.blocks.find((b) => b.type === 'actions');
  return actions ? actions.elements : [];
}

let clickSeq = 0;

/**
 * A staff member clicks Approve on the ticket's card, signed exactly as Slack signs it. Returns the
 * HTTP status, or null when there is no Approve button on the card yet (or the bot is down).
 */
export async function clickApprove(desk: Desk, slack: SlackFake, ticketId: number, user: string): Promise<number | null> {
  const card = cardOf(slack, ticketId);
  const button = card && cardButtons(card).find((b) => b.action_id === CARD_ACTIONS.approve);
  if (!card || !button) return null;
  clickSeq += 1;
  const payload = blockActionsPayload({ user, actionId: CARD_ACTIONS.approve, value: button.value, responseUrl: slack.responseUrl(`approve-${ticketId}-${user}-${clickSeq}`), messageTs: card.ts, channel: CHANNEL });
  const res = await postSigned(desk.eventsUrl, interactionBody(payload), { secret: SIGNING_SECRET }).catch(() => null);
  return res ? res.status : null;
}

// ---------------------------------------------------------------------------------------------
// The auditor

export async function tickets(db: Knex): Promise<Ticket[]> {
  const rows: { data: string }[] = await db('tickets').select('data').orderBy('id');
  return rows.map((r) => JSON.parse(r.data) as Ticket);
}

/** The execution result on a ticket (receipt and failures; `result` is open-ended in the domain type). */
export function execution(t: Ticket): { outcome: string; summary: string; receipt: Receipt; failures: PartitionFailure[] } {
  if (!t.result) throw new Error(`DEL-${t.id} has no result`);
  return t.result as unknown as { outcome: string; summary: string; receipt: Receipt; failures: PartitionFailure[] };
}

export async function ticketById(db: Knex, id: number): Promise<Ticket> {
  const row: { data: string } | undefined = await db('tickets').where({ id }).first('data');
  if (!row) throw new Error(`DEL-${id} does not exist`);
  return JSON.parse(row.data) as Ticket;
}

/** The ticket created by the inbound message with this Message-ID (null when not taken in yet). */
export async function ticketOfMessage(db: Knex, messageId: string): Promise<number | null> {
  const row: { ticket_id: number | null } | undefined = await db('messages').where({ direction: 'in', message_key: messageId }).first('ticket_id');
  return row?.ticket_id ?? null;
}

export interface SentEmail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  ticket: number | null;
}

/** Mail the SMTP server accepted, with the ticket named in its subject. */
export function sentEmails(received: ReceivedMail[]): SentEmail[] {
  return received.map((m) => {
    const ref = /\[DEL-(\d+)\]/.exec(m.message.subject ?? '');
    return { messageId: m.message.messageId ?? '', to: m.to.join(','), subject: m.message.subject ?? '', text: m.message.text ?? '', ticket: ref ? Number(ref[1]) : null };
  });
}

/** Templates of the email notifications queued for a ticket, in order, from the outbox. */
export async function queuedEmails(db: Knex, ticketId?: number): Promise<{ id: number; ticketId: number | null; template: string; messageId: string; status: string }[]> {
  const q = db('notifications').where({ channel: 'email' }).orderBy('id');
  if (ticketId !== undefined) q.andWhere({ ticket_id: ticketId });
  const rows: { id: number; ticket_id: number | null; payload: string; status: string }[] = await q.select('id', 'ticket_id', 'payload', 'status');
  return rows.map((r) => {
    const p = JSON.parse(r.payload) as { template: string; messageId: string };
    return { id: r.id, ticketId: r.ticket_id, template: p.template, messageId: p.messageId, status: r.status };
  });
}

export async function countRows(db: Knex, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const [row] = await db(table).where(where).count({ n: '*' });
  return Number((row as { n: number | string }).n);
}

/** UTC midnight of a YYYY-MM-DD day, in ms: the `{dayMs}` of the default layout. */
export function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = dayMs(from); t <= dayMs(to); t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** Keys of one source-day partition in the default layout: `segment-logs/{sourceId}/{dayMs}/part-NNNN.gz`. */
export function partitionKeys(sourceId: string, day: string, parts: number): string[] {
  return Array.from({ length: parts }, (_, i) => `segment-logs/${sourceId}/${dayMs(day)}/part-${String(i + 1).padStart(4, '0')}.gz`);
}

/** Source ids of the test catalog (test/fixtures/catalog.yaml). */
export const SOURCES = {
  acme: { 'ios-app': 'src_91ab', android: 'src_a2c4', web: 'src_w3e9', server: 'src_s4d1' },
  globex: { 'ios-app': 'src_g1x2', 'checkout-web': 'src_g2y3' },
  initech: { 'tps-reports': 'src_i1a', salesforce: 'src_i2b' },
  hooli: { nucleus: 'src_h1n', 'data-pipeline': 'src_h2p' },
} as const;

export const SPACES = { acme: ['spa_77', 'spa_78'], globex: ['spa_g1'], initech: [], hooli: ['spa_h1'] } as const;

export const CONTACTS = { acme: 'ana@acme.example', globex: 'hank@globex.example', initech: 'bill@initech.example', hooli: 'gavin@hooli.example' } as const;

/** Put many keys, a few at a time (s3rver is one process; a burst of parallel PUTs only queues). */
export async function putAll(archive: TestArchive, keys: string[], parallel = 16): Promise<void> {
  for (let i = 0; i < keys.length; i += parallel) await Promise.all(keys.slice(i, i + parallel).map((k) => archive.put(k, `${k}\n`.repeat(3))));
}
