/**
 * Purge benchmark: a generated archive of 200,000 objects over 1,000 day partitions in a folder, purged
 * by the real executor (SQLite job rows, checkpoints, inventory, delete, verification), timed against
 * `rm -rf` of a copy of the same tree in the same run; then the same kind of scope on s3rver (a smaller
 * archive: s3rver stores every object as files plus metadata and takes a few ms per request).
 *
 *   node bin/run-ts.js bench/purge.ts            # defaults
 *   BENCH_OBJECTS=20000 node bin/run-ts.js bench/purge.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { loadConfig } from '../src/config';
import { buildApp } from '../src/main';
import { silentLogger } from '../src/logger';
import { importCatalog } from '../src/adapters/db/catalogStore';
import type { Catalog } from '../src/domain/catalog';
import { startS3rver, testS3Client } from '../test/support/s3rver';

export interface PurgeBenchRow {
  name: string;
  objects: number;
  seconds: number;
  objectsPerSecond: number;
  peakRssMb: number;
  ratioVsRmRf?: number;
}

export interface PurgeBenchOptions {
  objects?: number;
  partitions?: number;
  s3Objects?: number;
  s3Partitions?: number;
  /** Skip the s3rver part (no child process). */
  skipS3?: boolean;
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2021, 0, 1);
const catalog: Catalog = {
  workspaces: [
    { id: 'ws_bench', slug: 'bench', name: 'Bench', contacts: ['ops@bench.example'], deletedAt: null, sources: [{ id: 'src_bench', slug: 'bench-src', name: 'Bench' }], spaces: [] },
    { id: 'ws_other', slug: 'other', name: 'Other', contacts: [], deletedAt: null, sources: [{ id: 'src_bench2', slug: 'neighbour', name: 'Neighbour' }], spaces: [] },
  ],
};

export async function benchPurge(options: PurgeBenchOptions = {}): Promise<PurgeBenchRow[]> {
  const objects = options.objects ?? 200_000;
  const partitions = options.partitions ?? 1_000;
  const perPartition = Math.ceil(objects / partitions);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-'));
  const rows: PurgeBenchRow[] = [];
  try {
    // The same tree twice: one for rm -rf, one for the executor.
    const treeA = path.join(work, 'rm');
    const treeB = path.join(work, 'archive');
    generateTree(treeA, partitions, perPartition);
    generateTree(treeB, partitions, perPartition);
    // A neighbour that must survive (look-alike source id).
    fs.mkdirSync(path.join(treeB, 'segment-logs', 'src_bench2', String(FIRST_DAY)), { recursive: true });
    fs.writeFileSync(path.join(treeB, 'segment-logs', 'src_bench2', String(FIRST_DAY), 'keep.gz'), 'keep');
    const total = partitions * perPartition;

    const rmStart = process.hrtime.bigint();
    const rm = spawnSync('rm', ['-rf', path.join(treeA, 'segment-logs')]);
    const rmSeconds = Number(process.hrtime.bigint() - rmStart) / 1e9;
    if (rm.status !== 0) throw new Error(`rm -rf failed: ${rm.stderr}`);
    rows.push({ name: 'rm -rf (folder, baseline)', objects: total, seconds: round(rmSeconds), objectsPerSecond: Math.round(total / rmSeconds), peakRssMb: 0 });

    const folder = await purge({ EXECUTOR_CONCURRENCY: process.env.EXECUTOR_CONCURRENCY ?? '8', DATABASE_URL: `sqlite:${path.join(work, 'bench.sqlite')}`, ARCHIVE_URL: `file:${treeB}`, OUTBOX_DIR: path.join(work, 'outbox'), MAILDROP_DIR: path.join(work, 'maildrop') });
    if (!fs.existsSync(path.join(treeB, 'segment-logs', 'src_bench2', String(FIRST_DAY), 'keep.gz'))) throw new Error('the neighbour was deleted');
    if (folder.objects !== total) throw new Error(`expected ${total} objects in the receipt, got ${folder.objects}`);
    rows.push({ name: 'executor purge (folder, SQLite)', objects: total, seconds: round(folder.seconds), objectsPerSecond: Math.round(total / folder.seconds), peakRssMb: folder.peakRssMb, ratioVsRmRf: round(folder.seconds / rmSeconds) });

    if (!options.skipS3) {
      const s3Partitions = options.s3Partitions ?? 20;
      const s3PerPartition = Math.ceil((options.s3Objects ?? 5_000) / s3Partitions);
      const server = await startS3rver(['bench-archive']);
      try {
        await uploadTree(server.endpoint, s3Partitions, s3PerPartition);
        const s3 = await purge({ DATABASE_URL: `sqlite:${path.join(work, 'bench-s3.sqlite')}`, ARCHIVE_URL: 's3://bench-archive/data', S3_ENDPOINT: server.endpoint, S3_FORCE_PATH_STYLE: 'true', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', OUTBOX_DIR: path.join(work, 'outbox'), MAILDROP_DIR: path.join(work, 'maildrop') });
        const n = s3Partitions * s3PerPartition;
        if (s3.objects !== n) throw new Error(`expected ${n} objects in the S3 receipt, got ${s3.objects}`);
        rows.push({ name: 'executor purge (s3rver, DeleteObjects)', objects: n, seconds: round(s3.seconds), objectsPerSecond: Math.round(n / s3.seconds), peakRssMb: s3.peakRssMb });
      } finally {
        await server.stop();
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return rows;

  function generateTree(root: string, count: number, per: number): void {
    const body = Buffer.alloc(64, 'x');
    for (let p = 0; p < count; p += 1) {
      const dir = path.join(root, 'segment-logs', 'src_bench', String(FIRST_DAY + p * DAY));
      fs.mkdirSync(dir, { recursive: true });
      for (let i = 0; i < per; i += 1) fs.writeFileSync(path.join(dir, `part-${String(i).padStart(5, '0')}.gz`), body);
    }
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

/** Purge the `bench` workspace's archive with the real app; returns the time of the execution alone. */
async function purge(env: Record<string, string>): Promise<{ seconds: number; peakRssMb: number; objects: number }> {
  let now = Date.parse('2024-06-01T00:00:00Z');
  const app = await buildApp(loadConfig(env), { clock: () => new Date(now), logger: silentLogger });
  try {
    await importCatalog(app.db, catalog, new Date(now));
    const t = await app.tickets.create({
      parse: { kind: 'archive_purge', workspace: 'bench', sources: [], space: null, ranges: [], ticket: null, missing: [], ambiguities: [], notes: [] },
      requester: 'ops@bench.example',
      createdBy: { type: 'customer', address: 'ops@bench.example' },
      verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
      requestedAt: new Date(now - 10 * DAY),
    });
    await app.tickets.apply(t.id, { type: 'approve', actor: { type: 'staff', id: 'U1' }, isStaff: true });
    now += 1000;
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const start = process.hrtime.bigint();
    await app.executor.drain();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    clearInterval(sampler);
    const done = await app.tickets.get(t.id);
    if (done.status !== 'completed') throw new Error(`purge ended ${done.status}: ${done.result?.summary}`);
    const receipt = done.result!.receipt as { partitions: { objects: number }[] };
    return { seconds, peakRssMb: Math.round(peak / 1e6), objects: receipt.partitions.reduce((n, p) => n + p.objects, 0) };
  } finally {
    await app.close();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

// Run directly: `node bin/run-ts.js bench/purge.ts` (tsx leaves the script in argv[1]).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const objects = process.env.BENCH_OBJECTS ? Number(process.env.BENCH_OBJECTS) : undefined;
  const rows = await benchPurge({ objects });
  console.table(rows);
}
