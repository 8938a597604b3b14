/**
 * Where intake's time goes: one backlog of realistic messages (bench/intake.ts's corpus) taken in by
 * the bot from a private Dovecot, with every SQL statement counted and timed by kind (knex's `query`
 * and `query-response` events; a statement's time includes any wait for the main thread). Not a
 * benchmark (no floor, one run): run it under `node --cpu-prof` for the CPU side.
 *
 *   node bin/run-ts.js bench/intakeProfile.ts                       # 1,000 messages on SQLite
 *   BENCH_INTAKE_MESSAGES=300 BENCH_DIALECT=postgres node bin/run-ts.js bench/intakeProfile.ts
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/run-ts.js bench/intakeProfile.ts
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { startDovecot } from '../test/support/dovecot';
import { freshDb } from '../test/support/db';
import { loadConfig } from '../src/config';
import { buildApp } from '../src/main';
import { silentLogger } from '../src/logger';
import { importCatalog } from '../src/adapters/db/catalogStore';
import { validateCatalog } from '../src/domain/catalogFile';
import { ImapIntake } from '../src/adapters/imap/imapIntake';
import { parseImapUrl } from '../src/adapters/imap/imapUrl';
import { corpus } from './intake';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const total = Number(process.env.BENCH_INTAKE_MESSAGES ?? 1000);
const dialect = process.env.BENCH_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

interface Kind {
  n: number;
  ms: number;
}

/** One line per statement shape: bindings and IN lists folded, long column lists cut. */
const shape = (sql: string) => sql.replace(/\(\?(, ?\?)*\)(, ?\(\?(, ?\?)*\))*/g, '(?…)').replace(/ in \(.*?\)/gi, ' in (…)').slice(0, 110);

const dovecot = await startDovecot();
const db = await freshDb(dialect);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'dd-intake-profile-'));
try {
  await dovecot.append(corpus(total, 'profile'));
  const config = loadConfig({ DATABASE_URL: db.url, IMAP_URL: dovecot.url(), SUPPORT_ADDRESS: 'deletions@desk.example', OUTBOX_DIR: path.join(tmp, 'outbox'), LOG_LEVEL: 'silent', REPLIES_PER_SENDER_PER_HOUR: '1000' });
  // No DNS here, as in the benchmark: sender checks are measured by their own tests.
  const app = await buildApp(config, { logger: silentLogger, schema: db.schema, checkSender: async () => ({ auth: 'none', spoofSuspected: false, details: {} }) });
  await importCatalog(app.db, validateCatalog(parseYaml(readFileSync(path.join(FIXTURES, 'catalog.yaml'), 'utf8'))), new Date());
  const kinds = new Map<string, Kind>();
  const running = new Map<string, { sql: string; at: number }>();
  app.db.on('query', (q: { __knexQueryUid: string; sql: string }) => running.set(q.__knexQueryUid, { sql: shape(q.sql), at: performance.now() }));
  const settle = (q: { __knexQueryUid: string }) => {
    const r = running.get(q.__knexQueryUid);
    if (!r) return;
    running.delete(q.__knexQueryUid);
    const k = kinds.get(r.sql) ?? { n: 0, ms: 0 };
    k.n += 1;
    k.ms += performance.now() - r.at;
    kinds.set(r.sql, k);
  };
  app.db.on('query-response', (_response: unknown, q: { __knexQueryUid: string }) => settle(q));
  app.db.on('query-error', (_error: unknown, q: { __knexQueryUid: string }) => settle(q));
  let receiveMs = 0;
  const controller = new AbortController();
  const intake = new ImapIntake({
    settings: parseImapUrl(config.imapUrl!),
    processedFolder: 'Processed',
    failedFolder: 'Failed',
    db: app.db,
    logger: silentLogger,
    receive: async (arrivals) => {
      const started = performance.now();
      const outcomes = await app.intake.receiveBatch(arrivals);
      receiveMs += performance.now() - started;
      return outcomes;
    },
    readAhead: (arrivals) => app.intake.readAhead(arrivals),
    onProcessed: () => app.emailWorker.wake(),
  });
  const started = performance.now();
  const loops = [intake.run(controller.signal), app.emailWorker.run(controller.signal)];
  while ((await dovecot.count('Processed')) + (await dovecot.count('Failed')) < total) await new Promise((r) => setTimeout(r, 5));
  const seconds = (performance.now() - started) / 1000;
  controller.abort();
  await Promise.allSettled(loops);
  const rows = [...kinds.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const statements = rows.reduce((sum, [, k]) => sum + k.n, 0);
  console.log(JSON.stringify({ dialect, messages: total, seconds: Math.round(seconds * 100) / 100, inReceiveBatch: Math.round(receiveMs / 10) / 100, statements, perMessage: Math.round((statements / total) * 10) / 10 }));
  console.log('  count  ms each  ms total  statement');
  for (const [sql, k] of rows.slice(0, 30)) console.log(`${String(k.n).padStart(7)} ${(k.ms / k.n).toFixed(3).padStart(8)} ${Math.round(k.ms).toString().padStart(9)}  ${sql}`);
  await app.close();
} finally {
  await db.cleanup();
  await dovecot.close();
  rmSync(tmp, { recursive: true, force: true });
}
