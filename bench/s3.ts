/**
 * The executor's own ceiling on S3 (bench/fakeS3.ts answers from memory), in interleaved rounds:
 * - instant endpoint, 100,000 and 1,000,000 objects over 1,000 partitions: objects/s, and peak RSS of
 *   the executor's process at both sizes (memory must not grow with the scope);
 * - the same endpoint with 25 ms added to every request, against the ideal for the configured
 *   concurrency: in-flight DeleteObjects × 1,000 keys / 25 ms.
 *
 *   node bin/run-ts.js bench/s3.ts
 *   BENCH_S3_OBJECTS=200000 BENCH_ROUNDS=3 node bin/run-ts.js bench/s3.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from './row';
import { startFakeS3, type FakeS3Handle } from './fakeS3';
import { interleaved, type Sample } from './pairs';
import { runPurgeProcess } from './purge';
import { FIRST_DAY } from './purgeRun';
import { invokedDirectly } from './invokedDirectly';

const PARTITIONS = 1_000;
const DELAY_MS = 25;

export interface S3BenchOptions {
  large?: number;
  small?: number;
  delayedObjects?: number;
  rounds?: number;
  log?: (line: string) => void;
}

/** Settings of the executor under test; the 25 ms row's ideal follows from them. */
function settings(): { executorConcurrency: number; deleteConcurrency: number } {
  return { executorConcurrency: Number(process.env.EXECUTOR_CONCURRENCY ?? 8), deleteConcurrency: Number(process.env.S3_DELETE_CONCURRENCY ?? 4) };
}

export async function benchS3(options: S3BenchOptions = {}): Promise<BenchRow[]> {
  const large = options.large ?? Number(process.env.BENCH_S3_OBJECTS ?? 1_000_000);
  const small = options.small ?? Math.min(100_000, large);
  const delayedObjects = options.delayedObjects ?? Number(process.env.BENCH_S3_DELAYED_OBJECTS ?? 200_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-s3-'));
  const instant = await startFakeS3();
  const delayed = await startFakeS3({ delayMs: DELAY_MS });
  const { executorConcurrency, deleteConcurrency } = settings();
  // The 25 ms run: partitions of exactly 1,000 objects, so every DeleteObjects is a full one.
  const delayedN = Math.max(1, Math.round(delayedObjects / 1000)) * 1000;
  let runs = 0;
  const purge = async (server: FakeS3Handle, objects: number, partitions = PARTITIONS): Promise<Sample> => {
    runs += 1;
    const bucket = `bench-${runs}`;
    const perPartition = Math.ceil(objects / partitions);
    await server.fill({ bucket, versioned: false, prefix: 'data/', partitions, perPartition, firstDayMs: FIRST_DAY, sources: ['src_bench', 'src_bench2'] });
    const db = path.join(work, `${bucket}.sqlite`);
    const r = runPurgeProcess({
      EXECUTOR_CONCURRENCY: String(executorConcurrency),
      S3_DELETE_CONCURRENCY: String(deleteConcurrency),
      DATABASE_URL: `sqlite:${db}`,
      ARCHIVE_URL: `s3://${bucket}/data`,
      S3_ENDPOINT: server.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      OUTBOX_DIR: path.join(work, 'outbox'),
      MAILDROP_DIR: path.join(work, 'maildrop'),
    });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
    const total = perPartition * partitions;
    if (r.objects !== total) throw new Error(`expected ${total} objects in the receipt, got ${r.objects}`);
    // The neighbour source (same count) must be untouched.
    const left = await server.count(bucket);
    if (left !== total) throw new Error(`expected the neighbour's ${total} objects to remain, found ${left}`);
    const requests = await server.requests();
    return { seconds: r.seconds, peakRssMb: r.peakRssMb, extra: { objectsPerSecond: Math.round(total / r.seconds), deleteRequests: requests.DeleteObjects ?? 0, listRequests: (requests.ListObjectsV2 ?? 0) + (requests.ListObjectVersions ?? 0) } };
  };
  try {
    const result = await interleaved<null>({
      rounds: options.rounds,
      log: options.log,
      prepare: () => [null, null, null],
      contestants: [
        { name: `executor purge, instant S3 endpoint, ${small.toLocaleString('en')} objects`, run: () => purge(instant, small) },
        { name: `executor purge, instant S3 endpoint, ${large.toLocaleString('en')} objects`, run: () => purge(instant, large) },
        { name: `executor purge, S3 endpoint + ${DELAY_MS} ms per request, ${delayedN.toLocaleString('en')} objects (1,000 per partition)`, run: () => purge(delayed, delayedN, delayedN / 1000) },
      ],
    });
    const [a, b, c] = result.contestants as [typeof result.contestants[0], typeof result.contestants[0], typeof result.contestants[0]];
    // One DeleteObjects of 1,000 keys per partition: each partition in flight is one request in flight.
    const inFlight = executorConcurrency;
    const ideal = (inFlight * 1000) / (DELAY_MS / 1000);
    const load = `load ${result.loadBefore[0]} → ${result.loadAfter[0]}`;
    const row = (cr: typeof a, count: number, note: string): BenchRow => ({
      bench: 's3',
      name: cr.name,
      count,
      unit: 'objects',
      seconds: round(cr.seconds.median),
      secondsMin: round(cr.seconds.min),
      secondsMax: round(cr.seconds.max),
      perSecond: Math.round(count / cr.seconds.median),
      peakRssMb: cr.peakRssMb ? Math.round(cr.peakRssMb.max) : null,
      rounds: result.rounds,
      note,
    });
    const objectsPerSecond = (cr: typeof a) => cr.extra.objectsPerSecond!;
    const smallN = Math.ceil(small / PARTITIONS) * PARTITIONS;
    const largeN = Math.ceil(large / PARTITIONS) * PARTITIONS;
    const rss = (cr: typeof a) => `${cr.peakRssMb!.median} MB (${cr.peakRssMb!.min}–${cr.peakRssMb!.max})`;
    return [
      row(a, smallN, `${objectsPerSecond(a).min}–${objectsPerSecond(a).max} objects/s; peak RSS ${rss(a)}; ${load}`),
      row(b, largeN, `${objectsPerSecond(b).min}–${objectsPerSecond(b).max} objects/s; peak RSS ${rss(b)}, ${round(b.peakRssMb!.median / a.peakRssMb!.median)}× the ${smallN.toLocaleString('en')}-object run`),
      row(c, delayedN, `${round((100 * objectsPerSecond(c).median) / ideal)}% (${round((100 * objectsPerSecond(c).min) / ideal)}–${round((100 * objectsPerSecond(c).max) / ideal)}%) of the ideal ${Math.round(ideal)} objects/s = ${inFlight} DeleteObjects in flight (EXECUTOR_CONCURRENCY=${executorConcurrency}, S3_DELETE_CONCURRENCY=${deleteConcurrency}) × 1,000 keys / ${DELAY_MS} ms; ${c.extra.listRequests!.median} list and ${c.extra.deleteRequests!.median} DeleteObjects requests`),
    ];
  } finally {
    await instant.stop();
    await delayed.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

if (invokedDirectly(import.meta.url)) {
  const rows = await benchS3({ log: (l) => process.stderr.write(`${l}\n`) });
  for (const r of rows) console.log(JSON.stringify(r));
}
