/**
 * `npm run bench`: every benchmark in one run, printed as one table and written as JSON to
 * bench/results/latest.json. Each ratio compares two things measured side by side in this same run
 * (the machine is shared and noisy; absolute numbers from different runs are not comparable).
 *
 *   BENCH_ONLY=parse,purge npm run bench     # a subset
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spread, type PairsResult } from './pairs';
import { contestantRow, type BenchRow } from './row';

export type { BenchRow };


const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const log = (line: string) => process.stderr.write(`  ${line}\n`);

/** Rows of an interleaved measurement: the baseline (first contestant) and each other against it. */
export function pairRows(bench: string, result: PairsResult, count: number, unit: string): BenchRow[] {
  const base = result.contestants[0]!;
  return result.contestants.map((c, i) => ({
    ...contestantRow(bench, c, count, unit, result.rounds),
    ...(i === 0 ? {} : { ratio: round(result.ratios[i - 1]!.median), ratioMin: round(result.ratios[i - 1]!.min), ratioMax: round(result.ratios[i - 1]!.max), baseline: base.name }),
    note: i === 0 ? `load ${result.loadBefore[0]} → ${result.loadAfter[0]}` : undefined,
  }));
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  const run = async (name: string, fn: () => Promise<BenchRow[]>) => {
    if (!wanted(name)) return;
    process.stderr.write(`bench: ${name}…\n`);
    try {
      rows.push(...(await fn()));
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  };

  await run('parse', async () => {
    const { benchParse } = await import('./parse');
    const { benchParseCli } = await import('./parseCli');
    const { interleaved } = await import('./pairs');
    // The corpus is read-only: every round reads the same files.
    const result = await interleaved<null>({
      log,
      prepare: () => [null, null],
      contestants: [
        { name: 'parse: readMessage + parseRequest', run: async () => { const r = await benchParse(); return { seconds: r.seconds, peakRssMb: r.peakRssMb }; } },
        { name: 'deletion-desk parse --json (1 process)', run: async () => { const r = benchParseCli(1000); return { seconds: r.seconds, peakRssMb: r.peakRssMb ?? undefined }; } },
      ],
    });
    return pairRows('parse', result, 1000, 'messages');
  });

  await run('maildrop', async () => {
    const { benchMaildrop } = await import('./maildrop');
    return toRows('maildrop', await benchMaildrop());
  });

  await run('intake', async () => {
    const modulePath = path.join(ROOT, 'bench', 'intake.ts');
    if (!fs.existsSync(modulePath)) throw new Error('bench/intake.ts is missing');
    const { benchIntake } = await import('./intake');
    const result = await benchIntake({ log });
    return [...pairRows('intake', result.pairs, result.messages, 'messages'), ...toRows('intake', result.latency)];
  });

  await run('purge', async () => {
    const { benchPurge } = await import('./purge');
    const result = await benchPurge({ objects: Number(process.env.BENCH_OBJECTS ?? 200_000), partitions: Number(process.env.BENCH_PARTITIONS ?? 1_000), log });
    const rows = pairRows('purge', result.folder, result.objects, 'objects');
    // Under contention a single-threaded rm -rf gets a thin slice of a core while the executor's
    // threads get several: the CPU time each spent is the comparison that scheduling does not bend.
    const [rmRuns, executorRuns] = result.folder.contestants.map((c) => c.samples);
    if (rmRuns?.every((s) => s.extra?.cpuSeconds) && executorRuns) {
      const cpu = spread(executorRuns.map((s, i) => s.extra!.cpuSeconds! / rmRuns[i]!.extra!.cpuSeconds!));
      rows[1]!.note = `CPU time ${cpu.median}× rm -rf's (${cpu.min}–${cpu.max}); peak RSS ${rows[1]!.peakRssMb} MB`;
    }
    if (result.s3rver) {
      const s = result.s3rver;
      rows.push({ bench: 'purge', name: 'executor purge (s3rver, DeleteObjects): correctness check', count: s.objects, unit: 'objects', seconds: round(s.seconds), perSecond: Math.round(s.objects / s.seconds), peakRssMb: s.peakRssMb ?? null, rounds: 1, note: 's3rver takes ms per request: not a speed figure (see s3 rows)' });
    }
    return rows;
  });

  await run('s3', async () => {
    const { benchS3 } = await import('./s3');
    return benchS3({ log });
  });

  await run('desk', async () => {
    const { benchDesk } = await import('./desk');
    return benchDesk({ log });
  });

  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg().map((l) => round(l)) };
  const report = { at: new Date().toISOString(), machine, rows, failures };
  fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(table(rows));
  console.log(`\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GiB, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`);
  console.log('written: bench/results/latest.json');
  for (const f of failures) console.error(`FAILED ${f}`);
  if (failures.length) process.exitCode = 1;
}

/** Rows from a bench module that returns either rows already or an object of named results. */
function toRows(bench: string, value: unknown): BenchRow[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((r) => {
    const o = r as Record<string, unknown>;
    const num = (k: string) => (typeof o[k] === 'number' ? (o[k] as number) : null);
    const count = num('messages') ?? num('count') ?? num('objects') ?? 0;
    const seconds = num('seconds');
    return {
      bench,
      name: String(o.name ?? bench),
      count,
      unit: typeof o.unit === 'string' ? o.unit : 'messages',
      seconds,
      perSecond: num('perSecond') ?? num('messagesPerSecond') ?? (seconds ? Math.round(count / seconds) : null),
      p50Ms: num('p50Ms'),
      p95Ms: num('p95Ms'),
      peakRssMb: num('peakRssMb'),
      ratio: num('ratio') ?? num('ratioVsFloor'),
      baseline: typeof o.baseline === 'string' ? o.baseline : undefined,
    };
  });
}

function table(rows: BenchRow[]): string {
  const header = ['bench', 'what', 'n', 'seconds (median, min–max)', 'per second', 'p50 ms', 'p95 ms', 'peak RSS MB', 'ratio: median (min–max) vs baseline', 'rounds'];
  const body = rows.map((r) => [
    r.bench,
    r.name,
    `${r.count} ${r.unit}`,
    r.seconds === null ? '' : r.secondsMin != null ? `${r.seconds} (${r.secondsMin}–${r.secondsMax})` : String(r.seconds),
    r.perSecond === null ? '' : String(r.perSecond),
    r.p50Ms == null ? '' : String(r.p50Ms),
    r.p95Ms == null ? '' : String(r.p95Ms),
    r.peakRssMb == null ? '' : String(r.peakRssMb),
    r.ratio == null ? (r.note ?? '') : `${r.ratio}×${r.ratioMin != null ? ` (${r.ratioMin}–${r.ratioMax})` : ''} vs ${r.baseline ?? 'baseline'}${r.note ? `; ${r.note}` : ''}`,
    r.rounds == null ? '' : String(r.rounds),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

await main();
