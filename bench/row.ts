import type { ContestantResult } from './pairs';

/** One row of the benchmark table (printed by bench/index.ts, written to bench/results/latest.json). */
export interface BenchRow {
  bench: string;
  name: string;
  count: number;
  unit: string;
  seconds: number | null;
  perSecond: number | null;
  p50Ms?: number | null;
  p95Ms?: number | null;
  peakRssMb: number | null;
  /** This row's time divided by its baseline's: the median over interleaved rounds (bench/pairs.ts). */
  ratio?: number | null;
  ratioMin?: number | null;
  ratioMax?: number | null;
  baseline?: string;
  /** Timed rounds behind `seconds` (a median) and its spread; 1 for a single correctness run. */
  rounds?: number;
  secondsMin?: number | null;
  secondsMax?: number | null;
  /** A figure that is not a time (objects/s against an ideal, entries/s…), said in words. */
  note?: string;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The timing part of a row for one contestant of an interleaved measurement: its median, spread and peak RSS. */
export function contestantRow(bench: string, c: ContestantResult, count: number, unit: string, rounds: number): BenchRow {
  return {
    bench,
    name: c.name,
    count,
    unit,
    seconds: round(c.seconds.median),
    secondsMin: round(c.seconds.min),
    secondsMax: round(c.seconds.max),
    perSecond: Math.round(count / c.seconds.median),
    peakRssMb: c.peakRssMb ? Math.round(c.peakRssMb.max) : null,
    rounds,
  };
}
