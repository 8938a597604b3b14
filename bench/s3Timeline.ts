/**
 * Where a purge's wall time goes against the 25 ms endpoint (bench/fakeS3.ts): one run per slot
 * count, each read from the endpoint's own timeline of requests (arrival, body read, answer) on the
 * machine's monotonic clock, lined up with the executor's start and end:
 * - before the first DeleteObjects (start, plan, the first listings) and after the last (verification, finish);
 * - during the delete phase: slot-time busy, and of the idle slot-time how much had no partition
 *   ready (a listing in flight, or none) — idle slots with nothing to send;
 * - a DeleteObjects on the endpoint: body upload (arrival → read) and read → answer (the delay and the
 *   endpoint's own work);
 * - per partition: its last listing answered → its DeleteObjects arriving (inventory write, waiting for a slot);
 * - CPU seconds of each process, and how busy the executor's main thread was.
 *
 * Cold (the default): the purge is the first work of a fresh process, as the benchmark's own process
 * per purge makes it. Warm (`BENCH_S3_WARM=1`): the same process first purges a small workspace of
 * its own (5 partitions, untimed, bench/purgeRun.ts), as the bot's long-lived process has by its
 * second purge; the endpoint's timeline is read from the measured purge's start. Each line says its `mode`.
 *
 *   BENCH_S3_SLOTS=1,2,4 node bin/run-ts.js bench/s3Timeline.ts
 *   BENCH_S3_SLOTS=4 BENCH_S3_WARM=1 node bin/run-ts.js bench/s3Timeline.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeS3, type TimelineEntry } from './fakeS3';
import { runPurgeProcess, s3PurgeEnv } from './purge';
import { FIRST_DAY, WARM_SOURCE } from './purgeRun';
import { invokedDirectly } from './invokedDirectly';

const DELAY_MS = 25;
/** Partitions of the warm-up purge (BENCH_S3_WARM=1). */
const WARM_PARTITIONS = 5;

export type TimelineMode = 'cold' | 'warm';

export interface TimelineReport {
  /** cold: the purge is the process's first work; warm: a small purge ran before it in the same process. */
  mode: TimelineMode;
  slots: number;
  partitionsInProgress: number;
  seconds: number;
  pctOfIdeal: number;
  beforeFirstDeleteMs: number;
  afterLastDeleteMs: number;
  slotBusyPct: number;
  /** Idle slot-time in the delete phase while no DeleteObjects could have been waiting (ms). */
  idleSlotMs: number;
  deleteUploadMs: number;
  deleteAnswerMs: number;
  listAnswerMs: number;
  listToDeleteMs: { median: number; p90: number };
  listsInFlightDuringDeletes: number;
  /** Partitions between their first listing's arrival and their DeleteObjects' answer, on average over the delete phase. */
  partitionsSeenInProgress: number;
  executorCpuSeconds: number;
  /** Since the fill: in warm mode it includes the warm-up's requests (5 partitions of the 200 + 5). */
  endpointCpuSeconds: number;
  mainThreadBusy: number;
}

export async function s3Timeline(slots: number[], objects: number, ahead: number, mode: TimelineMode = 'cold'): Promise<TimelineReport[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-tl-'));
  const server = await startFakeS3({ delayMs: DELAY_MS });
  const reports: TimelineReport[] = [];
  try {
    for (const [i, n] of slots.entries()) {
      const bucket = `tl-${i}`;
      const partitions = objects / 1000;
      const extraSources = mode === 'warm' ? [{ id: WARM_SOURCE, partitions: WARM_PARTITIONS }] : [];
      await server.fill({ bucket, versioned: false, prefix: 'data/', partitions, perPartition: 1000, firstDayMs: FIRST_DAY, sources: ['src_bench', 'src_bench2'], extraSources });
      const r = runPurgeProcess(s3PurgeEnv({ executorConcurrency: n * ahead, deleteConcurrency: n, database: path.join(work, `${bucket}.sqlite`), bucket, endpoint: server.endpoint, work }), { warmUp: mode === 'warm' });
      const t = await server.timeline();
      // The warm-up's requests were all answered before the measured purge started.
      const measured = t.requests.filter((q) => q.arrived >= r.startedMs);
      reports.push({ mode, ...analyse(n, n * ahead, objects, r, measured, t.cpuSeconds) });
    }
  } finally {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  return reports;
}

function analyse(slots: number, inProgress: number, objects: number, r: ReturnType<typeof runPurgeProcess>, requests: TimelineEntry[], endpointCpu: number): Omit<TimelineReport, 'mode'> {
  if (process.env.DD_TIMELINE_DUMP) {
    const rel = (x: number) => Math.round((x - r.startedMs) * 10) / 10;
    for (const q of [...requests.slice(0, 8), ...requests.slice(-5)]) process.stderr.write(`${q.op} ${q.partition} arrived ${rel(q.arrived)} answered ${rel(q.answered)}\n`);
    process.stderr.write(`end ${rel(r.endedMs)}\n`);
  }
  const deletes = requests.filter((q) => q.op === 'DeleteObjects');
  if (process.env.DD_TIMELINE_DUMP && slots === 1) {
    const ds = [...deletes].sort((a, b) => a.arrived - b.arrived);
    const gaps = ds.slice(1).map((d, i) => d.arrived - ds[i]!.answered).sort((a, b) => a - b);
    const q = (f: number) => Math.round(gaps[Math.floor(f * (gaps.length - 1))]! * 10) / 10;
    process.stderr.write(`gaps: p10 ${q(0.1)} p50 ${q(0.5)} p75 ${q(0.75)} p90 ${q(0.9)} p99 ${q(0.99)} max ${q(1)} sum ${Math.round(gaps.reduce((a, b) => a + b, 0))}\n`);
  }
  const lists = requests.filter((q) => q.op.startsWith('List'));
  const first = Math.min(...deletes.map((d) => d.arrived));
  const last = Math.max(...deletes.map((d) => d.answered));
  // Slot-time busy in the delete phase: the integral of DeleteObjects in flight.
  const busy = deletes.reduce((s, d) => s + (d.answered - d.arrived), 0);
  const window = last - first;
  // Per partition: the end of its last listing before its DeleteObjects → the DeleteObjects' arrival.
  const listedAt = new Map<string, number>();
  for (const l of lists) if (l.partition && l.answered < (deletes.find((d) => d.partition === l.partition)?.arrived ?? Infinity)) listedAt.set(l.partition, Math.max(listedAt.get(l.partition) ?? 0, l.answered));
  const waits = deletes.filter((d) => listedAt.has(d.partition!)).map((d) => d.arrived - listedAt.get(d.partition!)!);
  const ideal = (slots * 1000) / (DELAY_MS / 1000);
  const firstListed = new Map<string, number>();
  for (const l of lists) if (l.partition && !firstListed.has(l.partition)) firstListed.set(l.partition, l.arrived);
  const seen = deletes.reduce((s, d) => s + Math.max(0, Math.min(d.answered, last) - Math.max(firstListed.get(d.partition!) ?? d.arrived, first)), 0) / window;
  return {
    slots,
    partitionsInProgress: inProgress,
    seconds: round(r.seconds),
    pctOfIdeal: round((100 * objects) / r.seconds / ideal),
    beforeFirstDeleteMs: Math.round(first - r.startedMs),
    afterLastDeleteMs: Math.round(r.endedMs - last),
    slotBusyPct: round((100 * busy) / (window * slots)),
    idleSlotMs: Math.round(window * slots - busy),
    deleteUploadMs: round(median(deletes.map((d) => d.read - d.arrived))),
    deleteAnswerMs: round(median(deletes.map((d) => d.answered - d.read))),
    listAnswerMs: round(median(lists.map((l) => l.answered - l.arrived))),
    listToDeleteMs: { median: round(median(waits)), p90: round(quantile(waits, 0.9)) },
    listsInFlightDuringDeletes: round(lists.reduce((s, l) => s + Math.max(0, Math.min(l.answered, last) - Math.max(l.arrived, first)), 0) / window),
    partitionsSeenInProgress: round(seen),
    executorCpuSeconds: round(r.cpuSeconds),
    endpointCpuSeconds: round(endpointCpu),
    mainThreadBusy: r.mainThreadBusy,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => quantile(xs, 0.5);

if (invokedDirectly(import.meta.url)) {
  const slots = (process.env.BENCH_S3_SLOTS ?? '1,2,4').split(',').map(Number);
  const objects = Math.round(Number(process.env.BENCH_S3_DELAYED_OBJECTS ?? 200_000) / 1000) * 1000;
  const mode: TimelineMode = process.env.BENCH_S3_WARM === '1' ? 'warm' : 'cold';
  for (const report of await s3Timeline(slots, objects, Number(process.env.BENCH_S3_LIST_AHEAD ?? 4), mode)) console.log(JSON.stringify(report));
}
