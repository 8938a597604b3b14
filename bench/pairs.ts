/**
 * Interleaved measurements for a shared, noisy machine. A ratio taken from one run of A then one run
 * of B mostly measures what the machine was doing at the time (another job, writeback of files just
 * written). Here every round prepares fresh identical inputs for each contestant, settles the page
 * cache the same way for all of them (`sync` after generating), then times them one after another;
 * the order alternates between rounds (A B, B A, …) so neither always runs on a cache or a disk the
 * other just stirred. After an untimed warm-up round, the ratio of each round is kept and the median,
 * min and max are reported with the machine's load average before and after.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';

export interface Sample {
  seconds: number;
  peakRssMb?: number;
  /** Anything else worth keeping per run (objects/s, p95…). */
  extra?: Record<string, number>;
}

export interface Contestant<I> {
  name: string;
  run: (input: I, round: number) => Promise<Sample>;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface ContestantResult {
  name: string;
  seconds: Spread;
  peakRssMb: Spread | null;
  extra: Record<string, Spread>;
  samples: Sample[];
}

export interface PairsResult {
  rounds: number;
  contestants: ContestantResult[];
  /** contestants[i].seconds / contestants[0].seconds, per round, for i ≥ 1. */
  ratios: Spread[];
  loadBefore: number[];
  loadAfter: number[];
}

export interface PairsOptions<I> {
  /** Timed rounds (≥ 5 unless BENCH_ROUNDS says otherwise). */
  rounds?: number;
  /** Untimed rounds first (caches, JIT, the database file). */
  warmup?: number;
  /** Fresh inputs for one round: one per contestant, identical. Runs before `sync`. */
  prepare: (round: number) => Promise<I[]> | I[];
  /** Remove what a round left behind (after every contestant of the round ran). */
  cleanup?: (inputs: I[]) => Promise<void> | void;
  contestants: Contestant<I>[];
  log?: (line: string) => void;
}

export function defaultRounds(fallback = 5): number {
  const n = Number(process.env.BENCH_ROUNDS ?? fallback);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export async function interleaved<I>(options: PairsOptions<I>): Promise<PairsResult> {
  const rounds = options.rounds ?? defaultRounds();
  const warmup = options.warmup ?? Number(process.env.BENCH_WARMUP ?? 1);
  const k = options.contestants.length;
  const samples: Sample[][] = options.contestants.map(() => []);
  const loadBefore = os.loadavg().map(round2);
  for (let r = -warmup; r < rounds; r += 1) {
    const inputs = await options.prepare(r);
    if (inputs.length !== k) throw new Error(`prepare returned ${inputs.length} inputs for ${k} contestants`);
    settle();
    // Alternate the order: A B C, then C B A, …
    const order = [...Array(k).keys()];
    if (r % 2 !== 0) order.reverse();
    const got: Sample[] = [];
    try {
      for (const i of order) got[i] = await options.contestants[i]!.run(inputs[i]!, r);
    } finally {
      await options.cleanup?.(inputs);
    }
    if (r >= 0) for (let i = 0; i < k; i += 1) samples[i]!.push(got[i]!);
    // Everything a round measured, so that an interrupted run still leaves its rounds in the log.
    const detail = (x: Sample) => [x.peakRssMb !== undefined ? `peak RSS ${x.peakRssMb} MB` : '', ...Object.entries(x.extra ?? {}).map(([k, v]) => `${k} ${v}`)].filter(Boolean).join(', ');
    options.log?.(`${r < 0 ? 'warm-up' : `round ${r + 1}/${rounds}`}: ${options.contestants.map((c, i) => `${c.name} ${got[i]!.seconds.toFixed(2)} s${detail(got[i]!) ? ` [${detail(got[i]!)}]` : ''}`).join(', ')} (load ${os.loadavg()[0]!.toFixed(2)})`);
  }
  const contestants = options.contestants.map((c, i) => {
    const s = samples[i]!;
    const extraKeys = [...new Set(s.flatMap((x) => Object.keys(x.extra ?? {})))];
    return {
      name: c.name,
      seconds: spread(s.map((x) => x.seconds)),
      peakRssMb: s.some((x) => x.peakRssMb !== undefined) ? spread(s.map((x) => x.peakRssMb ?? 0)) : null,
      extra: Object.fromEntries(extraKeys.map((key) => [key, spread(s.map((x) => x.extra?.[key] ?? 0))])),
      samples: s,
    };
  });
  const ratios = options.contestants.slice(1).map((_, j) => spread(samples[0]!.map((a, r) => samples[j + 1]![r]!.seconds / a.seconds)));
  return { rounds, contestants, ratios, loadBefore, loadAfter: os.loadavg().map(round2) };
}

/** Flush dirty pages so the writeback of what was just generated does not land inside a timing. */
export function settle(): void {
  spawnSync('sync', [], { stdio: 'ignore' });
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round3(median), min: round3(sorted[0]!), max: round3(sorted[sorted.length - 1]!) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
