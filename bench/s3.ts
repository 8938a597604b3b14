/**
 * The executor's own ceiling on S3 (bench/fakeS3.ts answers from memory), in interleaved rounds:
 * - instant endpoint, 100,000 and 1,000,000 objects over 1,000 partitions: objects/s, and peak RSS of
 *   the executor's process at both sizes (memory must not grow with the scope);
 * - the same endpoint with 25 ms added to every request, against the ideal for the configured
 *   concurrency: in-flight DeleteObjects × 1,000 keys / 25 ms, over the whole execution (start, plan,
 *   verification and finish included): at 200,000 objects for each slot count, and at 1,000,000 for
 *   the slot counts of `BENCH_S3_DELAYED_LARGE_SLOTS` (default 4), where that fixed work weighs a fifth
 *   as much, as on a large purge.
 *
 *   node bin/run-ts.js bench/s3.ts
 *   BENCH_S3_OBJECTS=200000 BENCH_ROUNDS=3 node bin/run-ts.js bench/s3.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contestantRow, type BenchRow } from './row';
import { startFakeS3, type FakeS3Handle } from './fakeS3';
import { interleaved, type ContestantResult, type PairsResult, type Sample } from './pairs';
import { runPurgeProcess, s3PurgeEnv } from './purge';
import { FIRST_DAY } from './purgeRun';
import { invokedDirectly } from './invokedDirectly';

const PARTITIONS = 1_000;
const DELAY_MS = 25;

export interface S3BenchOptions {
  large?: number;
  small?: number;
  delayedObjects?: number;
  /** Objects of the larger 25 ms rows (`BENCH_S3_DELAYED_LARGE_OBJECTS`, 1,000,000). */
  delayedLargeObjects?: number;
  rounds?: number;
  log?: (line: string) => void;
}

/** Settings of the instant-endpoint runs (the defaults a user gets unless the env says otherwise). */
function settings(): { executorConcurrency: number; deleteConcurrency: number } {
  return { executorConcurrency: Number(process.env.EXECUTOR_CONCURRENCY ?? 8), deleteConcurrency: Number(process.env.S3_DELETE_CONCURRENCY ?? 4) };
}

interface DelayedRun {
  slots: number;
  executorConcurrency: number;
  /** Objects purged, 1,000 per partition. */
  objects: number;
}

/**
 * The 25 ms runs: one per configured S3_DELETE_CONCURRENCY (DeleteObjects in flight per process,
 * `BENCH_S3_SLOTS`, default 1,2,4,8) at `objects`, then one per slot count of
 * `BENCH_S3_DELAYED_LARGE_SLOTS` (default 4; empty: none) at `largeObjects`; each with
 * EXECUTOR_CONCURRENCY = `BENCH_S3_LIST_AHEAD` (4) × it partitions in progress, so that partitions list
 * while others delete. `4:2` is 4 slots with 2 × 4 partitions (to compare how far ahead to list).
 */
function delayedSettings(objects: number, largeObjects: number): DelayedRun[] {
  const ahead = Number(process.env.BENCH_S3_LIST_AHEAD ?? 4);
  const runs = (specs: string, n: number) =>
    specs
      .split(',')
      .filter((spec) => spec.trim() !== '')
      .map((spec) => {
        const [slots, factor] = spec.split(':').map(Number);
        return { slots: slots!, executorConcurrency: Math.min(64, slots! * (factor ?? ahead)), objects: n };
      });
  return [...runs(process.env.BENCH_S3_SLOTS ?? '1,2,4,8', objects), ...(largeObjects > 0 ? runs(process.env.BENCH_S3_DELAYED_LARGE_SLOTS ?? '4', largeObjects) : [])];
}

interface PurgeSettings {
  executorConcurrency: number;
  deleteConcurrency: number;
}

export async function benchS3(options: S3BenchOptions = {}): Promise<BenchRow[]> {
  const large = options.large ?? Number(process.env.BENCH_S3_OBJECTS ?? 1_000_000);
  const small = options.small ?? Math.min(100_000, large);
  const delayedObjects = options.delayedObjects ?? Number(process.env.BENCH_S3_DELAYED_OBJECTS ?? 200_000);
  const delayedLargeObjects = options.delayedLargeObjects ?? Number(process.env.BENCH_S3_DELAYED_LARGE_OBJECTS ?? 1_000_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-s3-'));
  const instant = await startFakeS3();
  const delayed = await startFakeS3({ delayMs: DELAY_MS });
  const instantSettings = settings();
  // The 25 ms runs: partitions of exactly 1,000 objects, so every DeleteObjects is a full one.
  const thousands = (n: number) => Math.round(n / 1000) * 1000;
  const delays = delayedSettings(Math.max(1000, thousands(delayedObjects)), thousands(delayedLargeObjects));
  let runs = 0;
  const purge = async (server: FakeS3Handle, objects: number, partitions: number, set: PurgeSettings): Promise<Sample> => {
    runs += 1;
    const bucket = `bench-${runs}`;
    const perPartition = Math.ceil(objects / partitions);
    await server.fill({ bucket, versioned: false, prefix: 'data/', partitions, perPartition, firstDayMs: FIRST_DAY, sources: ['src_bench', 'src_bench2'] });
    const db = path.join(work, `${bucket}.sqlite`);
    const r = runPurgeProcess(s3PurgeEnv({ executorConcurrency: set.executorConcurrency, deleteConcurrency: set.deleteConcurrency, database: db, bucket, endpoint: server.endpoint, work }));
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
    const total = perPartition * partitions;
    if (r.objects !== total) throw new Error(`expected ${total} objects in the receipt, got ${r.objects}`);
    // The neighbour source (same count) must be untouched.
    const left = await server.count(bucket);
    if (left !== total) throw new Error(`expected the neighbour's ${total} objects to remain, found ${left}`);
    const requests = await server.requests();
    const d = await server.deletes();
    if (d.maxInFlight > set.deleteConcurrency) throw new Error(`${d.maxInFlight} DeleteObjects were in flight at once; S3_DELETE_CONCURRENCY=${set.deleteConcurrency}`);
    return {
      seconds: r.seconds,
      peakRssMb: r.peakRssMb,
      extra: {
        objectsPerSecond: Math.round(total / r.seconds),
        cpuPer100k: round((r.cpuSeconds * 100_000) / total),
        occupancyPct: d.windowSeconds > 0 ? round((100 * d.slotSeconds) / (d.windowSeconds * set.deleteConcurrency)) : 0,
        maxInFlight: d.maxInFlight,
        deleteRequests: requests.DeleteObjects ?? 0,
        listRequests: (requests.ListObjectsV2 ?? 0) + (requests.ListObjectVersions ?? 0),
      },
    };
  };
  try {
    const result = await interleaved<null>({
      rounds: options.rounds,
      log: options.log,
      prepare: () => [null, null, ...delays.map(() => null)],
      contestants: [
        { name: `executor purge, instant S3 endpoint, ${small.toLocaleString('en')} objects`, run: () => purge(instant, small, PARTITIONS, instantSettings) },
        { name: `executor purge, instant S3 endpoint, ${large.toLocaleString('en')} objects`, run: () => purge(instant, large, PARTITIONS, instantSettings) },
        ...delays.map((d) => ({
          name: `executor purge, S3 endpoint + ${DELAY_MS} ms per request, ${d.objects.toLocaleString('en')} objects (1,000 per partition), S3_DELETE_CONCURRENCY=${d.slots}, EXECUTOR_CONCURRENCY=${d.executorConcurrency}`,
          run: () => purge(delayed, d.objects, d.objects / 1000, { deleteConcurrency: d.slots, executorConcurrency: d.executorConcurrency }),
        })),
      ],
    });
    return s3Rows(result, { small, large, delays, instantSettings });
  } finally {
    await instant.stop();
    await delayed.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The table rows: instant endpoint at two sizes (objects/s, peak RSS), then one row per slot count. */
function s3Rows(result: PairsResult, run: { small: number; large: number; delays: DelayedRun[]; instantSettings: PurgeSettings }): BenchRow[] {
  const [a, b, ...cs] = result.contestants as [ContestantResult, ContestantResult, ...ContestantResult[]];
  const load = `load ${result.loadBefore[0]} → ${result.loadAfter[0]}`;
  const row = (cr: ContestantResult, count: number, note: string): BenchRow => ({ ...contestantRow('s3', cr, count, 'objects', result.rounds), note });
  const ops = (cr: ContestantResult) => cr.extra.objectsPerSecond!;
  const cpu = (cr: ContestantResult) => `CPU ${cr.extra.cpuPer100k!.median} s per 100,000 objects (${cr.extra.cpuPer100k!.min}–${cr.extra.cpuPer100k!.max})`;
  const smallN = Math.ceil(run.small / PARTITIONS) * PARTITIONS;
  const largeN = Math.ceil(run.large / PARTITIONS) * PARTITIONS;
  const rss = (cr: ContestantResult) => `${cr.peakRssMb!.median} MB (${cr.peakRssMb!.min}–${cr.peakRssMb!.max})`;
  const { executorConcurrency, deleteConcurrency } = run.instantSettings;
  const instantNote = `EXECUTOR_CONCURRENCY=${executorConcurrency}, S3_DELETE_CONCURRENCY=${deleteConcurrency}`;
  return [
    row(a, smallN, `${ops(a).min}–${ops(a).max} objects/s; peak RSS ${rss(a)}; ${cpu(a)}; ${instantNote}; ${load}`),
    row(b, largeN, `${ops(b).min}–${ops(b).max} objects/s; peak RSS ${rss(b)}, ${round(b.peakRssMb!.median / a.peakRssMb!.median)}× the ${smallN.toLocaleString('en')}-object run; ${cpu(b)}; ${instantNote}`),
    ...cs.map((c, i) => {
      const { slots, objects } = run.delays[i]!;
      // One DeleteObjects of 1,000 keys every 25 ms in each slot.
      const ideal = (slots * 1000) / (DELAY_MS / 1000);
      const pct = (n: number) => round((100 * n) / ideal);
      const occ = c.extra.occupancyPct!;
      return row(c, objects, `**${pct(ops(c).median)}%** (${pct(ops(c).min)}–${pct(ops(c).max)}%) of the ideal ${Math.round(ideal).toLocaleString('en')} objects/s = ${slots} DeleteObjects in flight × 1,000 keys / ${DELAY_MS} ms; slots busy ${occ.median}% (${occ.min}–${occ.max}%) of the delete phase, at most ${c.extra.maxInFlight!.max} in flight (endpoint's count); ${cpu(c)}; ${c.extra.listRequests!.median} list and ${c.extra.deleteRequests!.median} DeleteObjects requests`);
    }),
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

if (invokedDirectly(import.meta.url)) {
  const rows = await benchS3({ log: (l) => process.stderr.write(`${l}\n`) });
  for (const r of rows) console.log(JSON.stringify(r));
}
