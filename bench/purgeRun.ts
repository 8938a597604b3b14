/**
 * One executor purge in a process of its own, so its peak RSS is the executor's alone (not the
 * benchmark harness's, nor a previous run's) and `BENCH_CPU_PROF=dir` can profile it:
 *
 *   node bin/run-ts.js bench/purgeRun.ts '{"DATABASE_URL":"sqlite:/tmp/x.sqlite","ARCHIVE_URL":"file:/tmp/a"}' ['{"warmUp":true}']
 *
 * Prints one JSON line: { seconds, objects, partitions, peakRssMb }. `seconds` times the execution
 * (start, plan, delete, verify, finish) and nothing before it (process start, catalog, ticket).
 * With `{"warmUp":true}` a small purge of another workspace in the same archive runs first, untimed
 * (PurgeRunOptions.warmUp): the bot's long-lived process rather than a fresh one.
 */
import { loadConfig } from '../src/config';
import { buildApp } from '../src/main';
import { createLogger, silentLogger } from '../src/logger';
import { importCatalog } from '../src/adapters/db/catalogStore';
import type { Catalog } from '../src/domain/catalog';
import type { Ticket } from '../src/domain/ticket';
import { invokedDirectly } from './invokedDirectly';

export const DAY = 86_400_000;
export const FIRST_DAY = Date.UTC(2021, 0, 1);

/** What the warm-up purge deletes before the measured one (BENCH_S3_WARM=1): a workspace of its own in the same archive. */
export const WARM_SOURCE = 'src_warm';

export const benchCatalog: Catalog = {
  workspaces: [
    { id: 'ws_bench', slug: 'bench', name: 'Bench', contacts: ['ops@bench.example'], deletedAt: null, sources: [{ id: 'src_bench', slug: 'bench-src', name: 'Bench' }], spaces: [] },
    { id: 'ws_other', slug: 'other', name: 'Other', contacts: [], deletedAt: null, sources: [{ id: 'src_bench2', slug: 'neighbour', name: 'Neighbour' }], spaces: [] },
    { id: 'ws_warm', slug: 'warm', name: 'Warm', contacts: ['ops@warm.example'], deletedAt: null, sources: [{ id: WARM_SOURCE, slug: 'warm-src', name: 'Warm' }], spaces: [] },
  ],
};

export interface PurgeRunResult {
  seconds: number;
  /** CPU time of the execution: on a machine where others compete for the cores, the fairer figure. */
  cpuSeconds: number;
  objects: number;
  partitions: number;
  peakRssMb: number;
  /** Distinct transient errors the run retried after (0 on a quiet machine). */
  retries: number;
  /** The execution's start and end on the machine's monotonic clock (ms), to line up with an endpoint's timeline. */
  startedMs: number;
  endedMs: number;
  /** Share of the execution the main thread was not waiting in the event loop (event loop utilization). */
  mainThreadBusy: number;
}

export interface PurgeRunOptions {
  /**
   * Purge the `warm` workspace first, untimed, in the same app (same database, same archive client):
   * the bot runs the executor in its long-lived process (src/main.ts), where the cold costs of a fresh
   * process (loading and optimising code, the SDK's first request, GetBucketVersioning, the first
   * listings read before they are optimised) are paid by the first purge only.
   */
  warmUp?: boolean;
}

type App = Awaited<ReturnType<typeof buildApp>>;

/** Purge the `bench` workspace's archive with the real app (archive purge, approved, due now). */
export async function purgeOnce(env: Record<string, string>, options: PurgeRunOptions = {}): Promise<PurgeRunResult> {
  // The desk's clock runs at real speed from a fixed date, so that a partition retried after a backoff
  // (a transient error under load) becomes due again.
  let base = Date.parse('2024-06-01T00:00:00Z');
  const started = Date.now();
  const app = await buildApp(loadConfig({ CUSTOMER_CONFIRMATION: 'off', ...env }), { clock: () => new Date(base + (Date.now() - started)), logger: process.env.BENCH_TRACE ? createLogger('debug') : silentLogger });
  try {
    await importCatalog(app.db, benchCatalog, new Date(base));
    if (options.warmUp) {
      const warm = await scheduledPurge(app, 'warm', new Date(base - 10 * DAY));
      base += 1000;
      const done = await runUntilSettled(app, warm, new Set());
      if (done.status !== 'completed') throw new Error(`the warm-up purge ended ${done.status}: ${done.result?.summary}`);
    }
    const id = await scheduledPurge(app, 'bench', new Date(base - 10 * DAY));
    base += 1000;
    const start = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const eluBefore = performance.eventLoopUtilization();
    const retried = new Set<string>();
    const done = await runUntilSettled(app, id, retried);
    const end = process.hrtime.bigint();
    const seconds = Number(end - start) / 1e9;
    // User + system time of every thread of this process (main, libuv's pool, sqlite3's).
    const cpu = process.cpuUsage(cpuBefore);
    if (done.status !== 'completed') throw new Error(`purge ended ${done.status}: ${done.result?.summary}`);
    const receipt = done.result!.receipt as { partitions: { objects: number }[] };
    return {
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      retries: retried.size,
      startedMs: Number(start) / 1e6,
      endedMs: Number(end) / 1e6,
      mainThreadBusy: Math.round(performance.eventLoopUtilization(eluBefore).utilization * 1000) / 1000,
      objects: receipt.partitions.reduce((n, p) => n + p.objects, 0),
      partitions: receipt.partitions.length,
      // maxRSS (KiB) is the true peak of the process, not a sample of it.
      peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
    };
  } finally {
    await app.close();
  }
}

/** An archive purge of `workspace` (a contact of it asks), approved by two staff: scheduled, due now. */
async function scheduledPurge(app: App, workspace: string, requestedAt: Date): Promise<Ticket['id']> {
  const requester = `ops@${workspace}.example`;
  const t = await app.tickets.create({
    parse: { kind: 'archive_purge', workspace, sources: [], space: null, ranges: [], ticket: null, missing: [], ambiguities: [], notes: [] },
    requester,
    createdBy: { type: 'customer', address: requester },
    verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    requestedAt,
  });
  // A purge takes two approvers; the customer's written confirmation is switched off in the env.
  let approved = await app.tickets.apply(t.id, { type: 'approve', actor: { type: 'staff', id: 'U1' }, isStaff: true });
  if (approved.status !== 'scheduled') approved = await app.tickets.apply(t.id, { type: 'approve', actor: { type: 'staff', id: 'U2' }, isStaff: true });
  if (approved.status !== 'scheduled') throw new Error(`the ${workspace} ticket is ${approved.status} after two approvals, not scheduled`);
  return t.id;
}

/** Run the executor until the ticket is no longer scheduled or running; `retried` collects the transient errors met. */
async function runUntilSettled(app: App, id: Ticket['id'], retried: Set<string>): Promise<Ticket> {
  for (;;) {
    await app.executor.drain();
    const done = await app.tickets.get(id);
    if (!['scheduled', 'running'].includes(done.status)) return done;
    // drain stops when nothing is due: partitions waiting out a retry backoff. Say why, and wait.
    for (const row of (await app.db('job_partitions').whereNotNull('last_error').select('last_error').limit(3)) as { last_error: string }[]) {
      if (!retried.has(row.last_error)) process.stderr.write(`retrying after: ${row.last_error}\n`);
      retried.add(row.last_error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

if (invokedDirectly(import.meta.url)) {
  const env = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
  const options = JSON.parse(process.argv[3] ?? '{}') as PurgeRunOptions;
  const result = await purgeOnce(env, options);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
