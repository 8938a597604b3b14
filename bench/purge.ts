/**
 * Purge benchmark: a generated archive of 200,000 objects over 1,000 day partitions in a folder, purged
 * by the real executor (SQLite job rows, checkpoints, inventory, delete, verification, receipt) in a
 * process of its own, against `rm -rf` of an identical tree, in interleaved rounds (bench/pairs.ts):
 * each round generates both trees afresh, runs `sync`, then times the two, alternating which goes
 * first. Then one purge of a smaller archive on s3rver: a correctness check of the S3 path (s3rver
 * takes milliseconds per request; bench/s3.ts measures the executor's own S3 ceiling).
 *
 *   node bin/run-ts.js bench/purge.ts
 *   BENCH_OBJECTS=20000 BENCH_ROUNDS=3 node bin/run-ts.js bench/purge.ts
 *   BENCH_CPU_PROF=/tmp/prof node bin/run-ts.js bench/purge.ts     # a .cpuprofile per executor run
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startS3rver, testS3Client } from '../test/support/s3rver';
import { interleaved, type PairsResult, type Sample } from './pairs';
import { DAY, FIRST_DAY, type PurgeRunOptions, type PurgeRunResult } from './purgeRun';
import { invokedDirectly } from './invokedDirectly';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface PurgeBenchOptions {
  objects?: number;
  partitions?: number;
  rounds?: number;
  s3Objects?: number;
  s3Partitions?: number;
  /** Skip the s3rver part (no child process). */
  skipS3?: boolean;
  log?: (line: string) => void;
}

export interface PurgeBenchResult {
  objects: number;
  folder: PairsResult;
  s3rver: (Sample & { objects: number }) | null;
}

export async function benchPurge(options: PurgeBenchOptions = {}): Promise<PurgeBenchResult> {
  const partitions = options.partitions ?? 1_000;
  const perPartition = Math.ceil((options.objects ?? 200_000) / partitions);
  const total = partitions * perPartition;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-'));
  try {
    const folder = await interleaved<string>({
      rounds: options.rounds,
      log: options.log,
      prepare: (round) => {
        const dirs = ['rm', 'executor'].map((name) => path.join(work, `${name}-${round + 1}`));
        for (const dir of dirs) generateTree(dir, partitions, perPartition);
        // A neighbour that must survive (a look-alike source id) in the executor's tree.
        const keep = path.join(dirs[1]!, 'segment-logs', 'src_bench2', String(FIRST_DAY));
        fs.mkdirSync(keep, { recursive: true });
        fs.writeFileSync(path.join(keep, 'keep.gz'), 'keep');
        return dirs;
      },
      cleanup: (dirs) => {
        for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
      },
      contestants: [
        {
          name: 'rm -rf (folder, baseline)',
          run: async (dir) => {
            // GNU time reports rm's user and system seconds (its CPU time) on its last stderr line.
            const timed = fs.existsSync('/usr/bin/time');
            const start = process.hrtime.bigint();
            const rm = timed ? spawnSync('/usr/bin/time', ['-f', '%U %S', 'rm', '-rf', path.join(dir, 'segment-logs')], { encoding: 'utf8' }) : spawnSync('rm', ['-rf', path.join(dir, 'segment-logs')], { encoding: 'utf8' });
            const seconds = Number(process.hrtime.bigint() - start) / 1e9;
            if (rm.status !== 0) throw new Error(`rm -rf failed: ${rm.stderr}`);
            const cpu = timed ? rm.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [];
            const extra: Record<string, number> = cpu.length === 2 ? { cpuSeconds: cpu[0]! + cpu[1]! } : {};
            return { seconds, extra };
          },
        },
        {
          name: 'executor purge (folder, SQLite)',
          run: async (dir) => {
            const r = runPurgeProcess({ EXECUTOR_CONCURRENCY: process.env.EXECUTOR_CONCURRENCY ?? '8', DATABASE_URL: `sqlite:${dir}.sqlite`, ARCHIVE_URL: `file:${dir}`, OUTBOX_DIR: path.join(work, 'outbox'), MAILDROP_DIR: path.join(work, 'maildrop') });
            fs.rmSync(`${dir}.sqlite`, { force: true });
            for (const suffix of ['-wal', '-shm']) fs.rmSync(`${dir}.sqlite${suffix}`, { force: true });
            if (!fs.existsSync(path.join(dir, 'segment-logs', 'src_bench2', String(FIRST_DAY), 'keep.gz'))) throw new Error('the neighbour was deleted');
            if (r.objects !== total) throw new Error(`expected ${total} objects in the receipt, got ${r.objects}`);
            if (fs.existsSync(path.join(dir, 'segment-logs', 'src_bench'))) {
              const left = fs.readdirSync(path.join(dir, 'segment-logs', 'src_bench'));
              if (left.length) throw new Error(`${left.length} partitions left after the purge`);
            }
            return { seconds: r.seconds, peakRssMb: r.peakRssMb, extra: { cpuSeconds: r.cpuSeconds } };
          },
        },
      ],
    });

    let s3rver: PurgeBenchResult['s3rver'] = null;
    if (!options.skipS3) {
      const s3Partitions = options.s3Partitions ?? 20;
      const s3PerPartition = Math.ceil((options.s3Objects ?? 5_000) / s3Partitions);
      const server = await startS3rver(['bench-archive']);
      try {
        await uploadTree(server.endpoint, s3Partitions, s3PerPartition);
        const r = runPurgeProcess({ DATABASE_URL: `sqlite:${path.join(work, 'bench-s3.sqlite')}`, ARCHIVE_URL: 's3://bench-archive/data', S3_ENDPOINT: server.endpoint, S3_FORCE_PATH_STYLE: 'true', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', OUTBOX_DIR: path.join(work, 'outbox'), MAILDROP_DIR: path.join(work, 'maildrop') });
        const n = s3Partitions * s3PerPartition;
        if (r.objects !== n) throw new Error(`expected ${n} objects in the S3 receipt, got ${r.objects}`);
        s3rver = { seconds: r.seconds, peakRssMb: r.peakRssMb, objects: n };
      } finally {
        await server.stop();
      }
    }
    return { objects: total, folder, s3rver };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The environment of a purge run against a bench S3 endpoint: one SQLite file, the bucket's data/ prefix. */
export function s3PurgeEnv(o: { executorConcurrency: number; deleteConcurrency: number; database: string; bucket: string; endpoint: string; work: string }): Record<string, string> {
  return {
    EXECUTOR_CONCURRENCY: String(o.executorConcurrency),
    S3_DELETE_CONCURRENCY: String(o.deleteConcurrency),
    DATABASE_URL: `sqlite:${o.database}`,
    ARCHIVE_URL: `s3://${o.bucket}/data`,
    S3_ENDPOINT: o.endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    OUTBOX_DIR: `${o.work}/outbox`,
    MAILDROP_DIR: `${o.work}/maildrop`,
  };
}

/**
 * One executor purge in its own process (bench/purgeRun.ts), run from an esbuild bundle as
 * `deletion-desk` runs from dist/: compiling TypeScript on load (tsx) would add its own memory to the
 * executor's peak RSS. `BENCH_CPU_PROF=dir` profiles the run; `options.warmUp` purges another
 * workspace first in the same process (bench/purgeRun.ts).
 */
export function runPurgeProcess(env: Record<string, string>, options: PurgeRunOptions = {}): PurgeRunResult {
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawnSync(process.execPath, [...prof, purgeRunBundle(), JSON.stringify({ LOG_LEVEL: 'silent', ...env }), JSON.stringify(options)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 2 ** 20, env: { ...process.env, NODE_OPTIONS: '' } });
  if (child.status !== 0) throw new Error(`executor run failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as PurgeRunResult;
}

let bundled: string | null = null;

function purgeRunBundle(): string {
  if (bundled) return bundled;
  const out = path.join(ROOT, 'dist', 'bench', 'purgeRun.mjs');
  // esbuild is a dependency already (scripts/build.js); its CLI keeps this synchronous.
  const build = spawnSync(path.join(ROOT, 'node_modules', 'esbuild', 'bin', 'esbuild'), [path.join(ROOT, 'bench', 'purgeRun.ts'), '--bundle', '--platform=node', '--target=node20', '--format=esm', '--packages=external', `--outfile=${out}`, '--log-level=warning'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`could not bundle bench/purgeRun.ts: ${build.stderr}`);
  bundled = out;
  return out;
}

export function generateTree(root: string, count: number, per: number): void {
  const body = Buffer.alloc(64, 'x');
  for (let p = 0; p < count; p += 1) {
    const dir = path.join(root, 'segment-logs', 'src_bench', String(FIRST_DAY + p * DAY));
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < per; i += 1) fs.writeFileSync(path.join(dir, `part-${String(i).padStart(5, '0')}.gz`), body);
  }
}

async function uploadTree(endpoint: string, count: number, per: number): Promise<void> {
  const client = testS3Client(endpoint);
  const keys: string[] = [];
  for (let p = 0; p < count; p += 1) for (let i = 0; i < per; i += 1) keys.push(`data/segment-logs/src_bench/${FIRST_DAY + p * DAY}/part-${String(i).padStart(5, '0')}.gz`);
  let next = 0;
  const body = Buffer.alloc(64, 'x');
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < keys.length) await client.send(new PutObjectCommand({ Bucket: 'bench-archive', Key: keys[next++], Body: body }));
    }),
  );
  client.destroy();
}

if (invokedDirectly(import.meta.url)) {
  const objects = process.env.BENCH_OBJECTS ? Number(process.env.BENCH_OBJECTS) : undefined;
  const partitions = process.env.BENCH_PARTITIONS ? Number(process.env.BENCH_PARTITIONS) : undefined;
  const result = await benchPurge({ objects, partitions, skipS3: process.env.BENCH_SKIP_S3 === '1', log: (l) => process.stderr.write(`${l}\n`) });
  console.log(JSON.stringify(result, null, 2));
}
