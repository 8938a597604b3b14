/**
 * IMAP intake benchmark against a private Dovecot (needs `apt-get install -y dovecot-imapd`).
 *
 * 1. backlog: 2,000 realistic messages (the labelled corpus, cycled, each with its own Message-ID)
 *    appended while the bot is stopped; time from start until every message is committed and moved.
 * 2. floor: a bare imapflow FETCH of the same 2,000 sources + mailparser, no database: what the
 *    libraries allow.
 * 3. latency: the bot idle in IDLE; one message appended at a time; APPEND start → intake committed.
 *
 * Run: node bin/run-ts.js bench/intake.ts
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { startDovecot } from '../test/support/dovecot';
import { freshDb } from '../test/support/db';
import { loadConfig } from '../src/config';
import { buildApp, type App } from '../src/main';
import { silentLogger } from '../src/logger';
import { importCatalog } from '../src/adapters/db/catalogStore';
import { validateCatalog } from '../src/domain/catalogFile';
import { parse as parseYaml } from 'yaml';
import { ImapIntake } from '../src/adapters/imap/imapIntake';
import { parseImapUrl } from '../src/adapters/imap/imapUrl';
import type { IntakeOutcome } from '../src/services/intake';
import { invokedDirectly } from './invokedDirectly';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export interface BenchRow {
  name: string;
  messages: number;
  seconds?: number;
  perMessageMs?: number;
  p50Ms?: number;
  p95Ms?: number;
  peakRssMb?: number;
  /** seconds / the baseline's seconds, both measured in this run. */
  ratio?: number;
  baseline?: string;
  note?: string;
}

/** Peak resident memory of this process while `fn` runs, sampled every 50 ms. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    const value = await fn();
    return { value, peakRssMb: Math.round(Math.max(peak, process.memoryUsage.rss()) / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

function corpus(count: number, tag: string): Buffer[] {
  const dir = path.join(FIXTURES, 'emails');
  const raws = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => readFileSync(path.join(dir, f), 'latin1'));
  return Array.from({ length: count }, (_, i) => {
    const raw = raws[i % raws.length]!;
    const id = `<bench-${tag}-${i}@bench.example>`;
    // A fresh Message-ID (intake de-duplicates by it) and no thread to an unknown ticket.
    const body = raw.replace(/^(Message-ID|In-Reply-To|References):.*(\r?\n[ \t].*)*\r?\n/gim, '');
    return Buffer.from(`Message-ID: ${id}\r\n${body}`, 'latin1');
  });
}

async function withBot<T>(app: App, imapUrl: string, fn: (intake: ImapIntake, committed: Map<string, number>) => Promise<T>): Promise<T> {
  const committed = new Map<string, number>();
  const controller = new AbortController();
  const intake = new ImapIntake({
    settings: parseImapUrl(imapUrl),
    processedFolder: 'Processed',
    failedFolder: 'Failed',
    db: app.db,
    logger: silentLogger,
    receive: async (raw, origin): Promise<IntakeOutcome> => {
      const outcome = await app.intake.receive(raw, origin);
      committed.set(outcome.messageKey, performance.now());
      return outcome;
    },
    onProcessed: () => app.emailWorker.wake(),
  });
  const loops = [intake.run(controller.signal), app.emailWorker.run(controller.signal)];
  try {
    return await fn(intake, committed);
  } finally {
    controller.abort();
    await Promise.allSettled(loops);
  }
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

export async function benchIntake(options: { messages?: number; latencySamples?: number } = {}): Promise<BenchRow[]> {
  const total = options.messages ?? 2000;
  const samples = options.latencySamples ?? 100;
  const dovecot = await startDovecot();
  const db = await freshDb('sqlite');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dd-bench-intake-'));
  const rows: BenchRow[] = [];
  let app: App | null = null;
  try {
    const config = loadConfig({ DATABASE_URL: db.url, IMAP_URL: dovecot.url(), SUPPORT_ADDRESS: 'deletions@desk.example', OUTBOX_DIR: path.join(tmp, 'outbox'), LOG_LEVEL: 'silent', REPLIES_PER_SENDER_PER_HOUR: '1000' });
    // No DNS in a benchmark: sender checks are measured by their own tests.
    app = await buildApp(config, { logger: silentLogger, checkSender: async () => ({ auth: 'none', spoofSuspected: false, details: {} }) });
    await importCatalog(app.db, validateCatalog(parseYaml(readFileSync(path.join(FIXTURES, 'catalog.yaml'), 'utf8'))), new Date());
    const bot = app;

    // 1. Backlog.
    const backlog = corpus(total, 'backlog');
    const appendStarted = performance.now();
    await dovecot.append(backlog);
    const appendSeconds = (performance.now() - appendStarted) / 1000;
    const started = performance.now();
    const backlogRun = await withPeakRss(() =>
      withBot(bot, config.imapUrl!, async () => {
        await until(async () => (await dovecot.count('Processed')) + (await dovecot.count('Failed')) >= total, 600_000, 'the backlog');
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const [tickets] = await bot.db('tickets').count({ n: '*' });
    const [inbound] = await bot.db('messages').where({ direction: 'in' }).count({ n: '*' });
    rows.push({
      name: 'deletion-desk IMAP intake: backlog → committed and moved',
      messages: total,
      seconds: round(seconds, 2),
      perMessageMs: round((seconds * 1000) / total, 2),
      peakRssMb: backlogRun.peakRssMb,
      note: `${Number((tickets as { n: number }).n)} tickets, ${Number((inbound as { n: number }).n)} messages recorded (the rest of the corpus are replies/notes/automated mail); APPEND of the backlog took ${round(appendSeconds, 1)}s`,
    });

    // 2. The floor: fetch every source once and parse it, nothing else.
    const client = await dovecot.client();
    const floorStarted = performance.now();
    let parsed = 0;
    const floorRun = await withPeakRss(async () => {
      const lock = await client.getMailboxLock('Processed');
      try {
        for await (const m of client.fetch('1:*', { uid: true, source: true }, { uid: true })) {
          await simpleParser(m.source!, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
          parsed += 1;
        }
      } finally {
        lock.release();
        await client.logout();
      }
    });
    const floorSeconds = (performance.now() - floorStarted) / 1000;
    const floorName = 'floor: bare imapflow FETCH + mailparser, same mailbox';
    rows.push({ name: floorName, messages: parsed, seconds: round(floorSeconds, 2), perMessageMs: round((floorSeconds * 1000) / parsed, 2), peakRssMb: floorRun.peakRssMb });
    rows[0]!.ratio = round(seconds / floorSeconds, 1);
    rows[0]!.baseline = floorName;

    // 3. Latency with IDLE, one message at a time.
    const fresh = corpus(samples, 'latency');
    const latencies: number[] = [];
    const appender = await dovecot.client();
    try {
      await withBot(bot, config.imapUrl!, async (_intake, committed) => {
        // Let the bot connect and settle into IDLE on the empty INBOX (a benchmark may wait).
        await new Promise((r) => setTimeout(r, 1000));
        for (const raw of fresh) {
          const key = /^Message-ID: <([^>]+)>/m.exec(raw.toString('latin1'))![1]!;
          const t0 = performance.now();
          if (!(await appender.append('INBOX', raw))) throw new Error('APPEND failed');
          await until(() => committed.has(key), 30_000, `message ${key}`);
          latencies.push(committed.get(key)! - t0);
        }
      });
    } finally {
      await appender.logout();
    }
    latencies.sort((a, b) => a - b);
    rows.push({
      name: 'APPEND → ticket committed, bot in IDLE (one message at a time)',
      messages: samples,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      note: `max ${round(latencies[latencies.length - 1]!)} ms`,
    });
    return rows;
  } finally {
    await app?.close();
    await db.cleanup();
    await dovecot.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}


if (invokedDirectly(import.meta.url)) {
  for (const row of await benchIntake()) console.log(JSON.stringify(row));
}
