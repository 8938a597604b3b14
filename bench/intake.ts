/**
 * IMAP intake benchmark against a private Dovecot (needs `apt-get install -y dovecot-imapd`).
 *
 * 1. backlog, in interleaved rounds (bench/pairs.ts): each round appends 2,000 fresh realistic
 *    messages (the labelled corpus, cycled, each with its own Message-ID) while the bot is stopped,
 *    then times, in alternating order,
 *    - the floor: a bare imapflow FETCH of those 2,000 sources + mailparser, no database (what the
 *      libraries allow), over the folder the messages are in at that moment (INBOX, or Processed and
 *      Failed once the bot moved them: the same messages either way);
 *    - the bot (a fresh SQLite database per round): from start until every message is committed and
 *      moved out of INBOX.
 * 2. latency: the bot idle in IDLE; one message appended at a time; APPEND start → intake committed.
 *
 * Run: node bin/run-ts.js bench/intake.ts (BENCH_ROUNDS, BENCH_WARMUP, BENCH_INTAKE_MESSAGES).
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { startDovecot, type Dovecot } from '../test/support/dovecot';
import { freshDb, type TestDb } from '../test/support/db';
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
import { interleaved, type PairsResult } from './pairs';

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

export function corpus(count: number, tag: string): Buffer[] {
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
    receive: async (arrivals): Promise<IntakeOutcome[]> => {
      const outcomes = await app.intake.receiveBatch(arrivals);
      const at = performance.now();
      for (const o of outcomes) committed.set(o.messageKey, at);
      return outcomes;
    },
    readAhead: (arrivals) => app.intake.readAhead(arrivals),
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

const round1 = (n: number) => Math.round(n * 10) / 10;

const FLOOR = 'floor: bare imapflow FETCH + mailparser, same mailbox';
const BOT = 'deletion-desk IMAP intake: backlog → committed and moved';

interface Round {
  app: App;
  db: TestDb;
  tmp: string;
  imapUrl: string;
  /** Where the round's messages are now: INBOX until the bot moved them. */
  folders: string[];
}

export interface IntakeBench {
  pairs: PairsResult;
  messages: number;
  latency: BenchRow;
}

export async function benchIntake(options: { messages?: number; latencySamples?: number; log?: (line: string) => void } = {}): Promise<IntakeBench> {
  const total = options.messages ?? Number(process.env.BENCH_INTAKE_MESSAGES ?? 2000);
  const samples = options.latencySamples ?? 100;
  const dovecot = await startDovecot();
  const catalog = validateCatalog(parseYaml(readFileSync(path.join(FIXTURES, 'catalog.yaml'), 'utf8')));
  const open = async (): Promise<Round> => {
    const db = await freshDb('sqlite');
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'dd-bench-intake-'));
    const config = loadConfig({ DATABASE_URL: db.url, IMAP_URL: dovecot.url(), SUPPORT_ADDRESS: 'deletions@desk.example', OUTBOX_DIR: path.join(tmp, 'outbox'), LOG_LEVEL: 'silent', REPLIES_PER_SENDER_PER_HOUR: '1000' });
    // No DNS in a benchmark: sender checks are measured by their own tests.
    const app = await buildApp(config, { logger: silentLogger, checkSender: async () => ({ auth: 'none', spoofSuspected: false, details: {} }) });
    await importCatalog(app.db, catalog, new Date());
    return { app, db, tmp, imapUrl: config.imapUrl!, folders: ['INBOX'] };
  };
  const close = async (round: Round) => {
    await round.app.close();
    await round.db.cleanup();
    rmSync(round.tmp, { recursive: true, force: true });
  };
  try {
    const pairs = await interleaved<Round>({
      log: options.log,
      prepare: async (r) => {
        await emptyFolders(dovecot, ['INBOX', 'Processed', 'Failed']);
        await dovecot.append(corpus(total, `backlog-${r + 1}`));
        const round = await open();
        return [round, round];
      },
      cleanup: async ([round]) => close(round!),
      contestants: [
        {
          name: FLOOR,
          run: async (round) => {
            const started = performance.now();
            const { value: parsed, peakRssMb } = await withPeakRss(() => fetchAndParse(dovecot, round.folders));
            const seconds = (performance.now() - started) / 1000;
            if (parsed !== total) throw new Error(`the floor read ${parsed} messages of ${total}`);
            return { seconds, peakRssMb };
          },
        },
        {
          name: BOT,
          run: async (round) => {
            const started = performance.now();
            const { peakRssMb } = await withPeakRss(() =>
              withBot(round.app, round.imapUrl, async () => {
                await untilMoved(dovecot, total);
              }),
            );
            const seconds = (performance.now() - started) / 1000;
            round.folders = ['Processed', 'Failed'];
            return { seconds, peakRssMb };
          },
        },
      ],
    });

    // Latency with IDLE, one message at a time.
    await emptyFolders(dovecot, ['INBOX', 'Processed', 'Failed']);
    const round = await open();
    const fresh = corpus(samples, 'latency');
    const latencies: number[] = [];
    const appender = await dovecot.client();
    try {
      await withBot(round.app, round.imapUrl, async (_intake, committed) => {
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
      await close(round);
    }
    latencies.sort((a, b) => a - b);
    const latency: BenchRow = {
      name: 'APPEND → ticket committed, bot in IDLE (one message at a time)',
      messages: samples,
      p50Ms: round1(percentile(latencies, 50)),
      p95Ms: round1(percentile(latencies, 95)),
      note: `max ${round1(latencies[latencies.length - 1]!)} ms`,
    };
    return { pairs, messages: total, latency };
  } finally {
    await dovecot.close();
  }
}

/**
 * Until `total` messages are in Processed and Failed, asked with STATUS over one connection. A new
 * connection per look (dovecot.count) costs a login, and Dovecot a new imap process, every few
 * milliseconds: CPU taken from the bot being timed, on a machine of two cores.
 */
async function untilMoved(dovecot: Dovecot, total: number): Promise<void> {
  const client = await dovecot.client();
  const moved = async (folder: string) => {
    const status = await client.status(folder, { messages: true }).catch(() => false as const);
    return status ? (status.messages ?? 0) : 0;
  };
  try {
    await until(async () => (await moved('Processed')) + (await moved('Failed')) >= total, 600_000, 'the backlog');
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** The floor: fetch every source of these folders once and parse it, nothing else. */
async function fetchAndParse(dovecot: Dovecot, folders: string[]): Promise<number> {
  const client = await dovecot.client();
  let parsed = 0;
  try {
    for (const folder of folders) {
      const status = await client.status(folder, { messages: true }).catch(() => null);
      if (!status || !status.messages) continue;
      const lock = await client.getMailboxLock(folder);
      try {
        for await (const m of client.fetch('1:*', { uid: true, source: true }, { uid: true })) {
          await simpleParser(m.source!, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
          parsed += 1;
        }
      } finally {
        lock.release();
      }
    }
  } finally {
    await client.logout();
  }
  return parsed;
}

/** Remove every message of these folders (a benchmark's own Dovecot; nothing of value is there). */
async function emptyFolders(dovecot: Dovecot, folders: string[]): Promise<void> {
  const client = await dovecot.client();
  try {
    for (const folder of folders) {
      if ((await dovecot.count(folder)) === 0) continue;
      const lock = await client.getMailboxLock(folder);
      try {
        if (!(await client.messageDelete('1:*'))) throw new Error(`could not empty ${folder}`);
      } finally {
        lock.release();
      }
    }
  } finally {
    await client.logout();
  }
}

if (invokedDirectly(import.meta.url)) {
  const result = await benchIntake({ log: (line) => process.stderr.write(`  ${line}\n`) });
  const ratio = result.pairs.ratios[0]!;
  console.log(JSON.stringify({ messages: result.messages, ratio, seconds: result.pairs.contestants.map((c) => ({ name: c.name, ...c.seconds })), load: [result.pairs.loadBefore, result.pairs.loadAfter], latency: result.latency }));
}
