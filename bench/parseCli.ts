/**
 * `deletion-desk parse --json` over 1,000 typical emails in one process, as an operator would run
 * it: the command's whole wall time, module loading included.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { invokedDirectly } from './invokedDirectly';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function benchParseCli(messages = 1000): { name: string; messages: number; seconds: number; perMessageMs: number; peakRssMb: number | null } {
  const corpus = path.join(ROOT, 'test', 'fixtures', 'emails');
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.eml')).sort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-parse-'));
  try {
    const inputs: string[] = [];
    for (let i = 0; i < messages; i++) {
      const target = path.join(dir, `${String(i).padStart(4, '0')}.eml`);
      fs.copyFileSync(path.join(corpus, files[i % files.length]!), target);
      inputs.push(target);
    }
    const args = [path.join(ROOT, 'bin', 'deletion-desk.js'), 'parse', '--json', '--catalog', path.join(ROOT, 'test', 'fixtures', 'catalog.yaml'), ...inputs];
    const started = process.hrtime.bigint();
    // GNU time reports the child's peak RSS (%M, KiB) on its last stderr line, when it is installed.
    const timed = fs.existsSync('/usr/bin/time');
    const run = timed
      ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LOG_LEVEL: 'silent' } })
      : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LOG_LEVEL: 'silent' } });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) throw new Error(`parse failed: ${run.stderr}`);
    const peakKb = timed ? Number(run.stderr.trim().split('\n').at(-1)) : NaN;
    const lines = run.stdout.trim().split('\n').length;
    if (lines !== messages) throw new Error(`expected ${messages} lines, got ${lines}`);
    return { name: 'deletion-desk parse --json (1 process)', messages, seconds: Math.round(seconds * 1000) / 1000, perMessageMs: Math.round((seconds * 1e6) / messages) / 1000, peakRssMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (invokedDirectly(import.meta.url)) {
  console.log(JSON.stringify(benchParseCli()));
}
