/**
 * One executor purge in a process of its own, so its peak RSS is the executor's alone (not the
 * benchmark harness's, nor a previous run's) and `BENCH_CPU_PROF=dir` can profile it:
 *
 *   node bin/run-ts.js bench/purgeRun.ts '{"DATABASE_URL":"sqlite:/tmp/x.sqlite","ARCHIVE_URL":"file:/tmp/a"}'
 *
 * Prints one JSON line: { seconds, objects, partitions, peakRssMb }. `seconds` times the execution
 * (start, plan, delete, verify, finish) and nothing before it (process start, catalog, ticket).
 */
import { loadConfig } from '../src/config';
import { buildApp } from '../src/main';
import { createLogger, silentLogger } from '../src/logger';
import { importCatalog } from '../src/adapters/db/catalogStore';
import type { Catalog } from '../src/domain/catalog';
import { invokedDirectly } from './invokedDirectly';

export const DAY = 86_400_000;
export const FIRST_DAY = Date.UTC(2021, 0, 1);

export const benchCatalog: Catalog = {
  workspaces: [
    { id: 'ws_bench', slug: 'bench', name: 'Bench', contacts: ['ops@bench.example'], deletedAt: null, sources: [{ id: 'src_bench', slug: 'bench-src', name: 'Bench' }], spaces: [] },
    { id: 'ws_other', slug: 'other', name: 'Other', contacts: [], deletedAt: null, sources: [{ id: 'src_bench2', slug: 'neighbour', name: 'Neighbour' }], spaces: [] },
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

/** Purge the `bench` workspace's archive with the real app (archive purge, approved, due now). */
export async function purgeOnce(env: Record<string, string>): Promise<PurgeRunResult> {
  // The desk's clock runs at real speed from a fixed date, so that a partition retried after a backoff
  // (a transient error under load) becomes due again.
  let base = Date.parse('2024-06-01T00:00:00Z');
  const started = Date.now();
  const app = await buildApp(loadConfig({ CUSTOMER_CONFIRMATION: 'off', ...env }), { clock: () => new Date(base + (Date.now() - started)), logger: process.env.BENCH_TRACE ? createLogger('debug') : silentLogger });
  try {
    await importCatalog(app.db, benchCatalog, new Date(base));
    const t = await app.tickets.create({
      parse: { kind: 'archive_purge', workspace: 'bench', sources: [], space: null, ranges: [], ticket: null, missing: [], ambiguities: [], notes: [] },
      requester: 'ops@bench.example',
      createdBy: { type: 'customer', address: 'ops@bench.example' },
      verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
      requestedAt: new Date(base - 10 * DAY),
    });
    // A purge takes two approvers; the customer's written confirmation is switched off in the env.
    let approved = await app.tickets.apply(t.id, { type: 'approve', actor: { type: 'staff', id: 'U1' }, isStaff: true });
    if (approved.status !== 'scheduled') approved = await app.tickets.apply(t.id, { type: 'approve', actor: { type: 'staff', id: 'U2' }, isStaff: true });
    if (approved.status !== 'scheduled') throw new Error(`the bench ticket is ${approved.status} after two approvals, not scheduled`);
    base += 1000;
    const start = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const eluBefore = performance.eventLoopUtilization();
    let done = await app.tickets.get(t.id);
    const retried = new Set<string>();
    for (;;) {
      await app.executor.drain();
      done = await app.tickets.get(t.id);
      if (!['scheduled', 'running'].includes(done.status)) break;
      // drain stops when nothing is due: partitions waiting out a retry backoff. Say why, and wait.
      for (const row of (await app.db('job_partitions').whereNotNull('last_error').select('last_error').limit(3)) as { last_error: string }[]) {
        if (!retried.has(row.last_error)) process.stderr.write(`retrying after: ${row.last_error}\n`);
        retried.add(row.last_error);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
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

if (invokedDirectly(import.meta.url)) {
  const env = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
  const result = await purgeOnce(env);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
