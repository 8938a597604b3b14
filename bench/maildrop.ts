/**
 * Local mode latency: a request `.eml` renamed into MAILDROP_DIR → its acknowledgement `.eml` in
 * OUTBOX_DIR, with the real `deletion-desk start` process (SQLite, folder archive). One message at a
 * time, so each sample is the whole path: watch event, intake, commit, outbox worker, file write.
 *
 *   node bin/run-ts.js bench/maildrop.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { invokedDirectly } from './invokedDirectly';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'deletion-desk.js');

export async function benchMaildrop(samples = 30): Promise<{ name: string; messages: number; seconds: number; p50Ms: number; p95Ms: number; peakRssMb: number | null }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-maildrop-'));
  fs.mkdirSync(path.join(dir, 'archive')); // `start` refuses a missing archive folder
  const env = { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, MAILDROP_DIR: path.join(dir, 'maildrop'), OUTBOX_DIR: path.join(dir, 'outbox'), ARCHIVE_URL: `file:${path.join(dir, 'archive')}`, PORT: '0', LOG_LEVEL: 'info' };
  spawnSync(process.execPath, [BIN, 'catalog', 'import', path.join(ROOT, 'examples', 'catalog.yaml')], { env });
  const bot = spawn(process.execPath, [BIN, 'start'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  bot.stderr.on('data', (d) => (log += d));
  try {
    await until(() => log.includes('drop .eml files into'), 60_000);
    const template = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sample-request.eml'), 'latin1');
    const latencies: number[] = [];
    const started = Date.now();
    for (let i = 0; i < samples; i++) {
      // A different sender each time: the per-sender reply limit (loop guard) would hold the 6th reply.
      const raw = template.replace(/Message-ID: <[^>]+>/i, `Message-ID: <bench-${i}@acme.example>`).replace(/^From: .*$/m, `From: Customer ${i} <customer${i}@acme.example>`);
      const tmp = path.join(dir, `m${i}.tmp`);
      fs.writeFileSync(tmp, raw, 'latin1');
      const before = outboxCount(env.OUTBOX_DIR);
      const t0 = process.hrtime.bigint();
      fs.renameSync(tmp, path.join(env.MAILDROP_DIR, `m${i}.eml`));
      await until(() => outboxCount(env.OUTBOX_DIR) > before, 30_000, 2);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!);
    return { name: 'maildrop drop → acknowledgement in outbox (start process)', messages: samples, seconds: Math.round((Date.now() - started) / 10) / 100, p50Ms: pct(50), p95Ms: pct(95), peakRssMb: peakRssOf(bot.pid) };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- bot log ---\n${log.slice(-3000)}`);
  } finally {
    bot.kill('SIGTERM');
    await new Promise((r) => bot.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The child's peak resident memory (VmHWM), Linux only. */
export function peakRssOf(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

function outboxCount(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).length : 0;
}

async function until(check: () => boolean, timeoutMs: number, intervalMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

if (invokedDirectly(import.meta.url)) console.log(JSON.stringify(await benchMaildrop()));
