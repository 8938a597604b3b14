/**
 * The production kit as an operator installs it (SLOW: a few minutes, most of it compiling sqlite3
 * for the installed copy): `npm pack`, `npm install -g` of the tarball into a temporary prefix,
 * `deletion-desk --version`, `deletion-desk start` in an empty folder until /healthz answers, and the
 * systemd unit checked with `systemd-analyze verify` against the installed command.
 * The Dockerfile and compose.yaml are not exercised here: this machine has no Docker daemon.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../support/wait';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const INSTALL_MS = 15 * 60_000;

let work: string;
let bin: string;
let installEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-kit-'));
  // Pack a copy of the tracked files, so building dist/ for the tarball never rewrites the bundle that
  // other tests running at the same time are executing.
  const copy = path.join(work, 'src');
  fs.mkdirSync(copy);
  const { stdout: files } = await run('git', ['ls-files', '-z'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  for (const file of files.split('\0').filter(Boolean)) {
    if (!fs.existsSync(path.join(ROOT, file))) continue;
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(copy, file));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  const nodeDir = path.dirname(path.dirname(process.execPath));
  installEnv = {
    ...process.env,
    // The node that runs this test (20 or 24 in CI) installs and runs the package.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    // Build sqlite3 from source against this node's headers: the prebuilt download and node-gyp's
    // header download need hosts this machine cannot reach (and would wait for their timeouts).
    npm_config_build_from_source: 'true',
    ...(fs.existsSync(path.join(nodeDir, 'include', 'node', 'node.h')) ? { npm_config_nodedir: nodeDir } : {}),
  };
  const { stdout } = await run('npm', ['pack', '--pack-destination', work], { cwd: copy, env: installEnv, maxBuffer: 64 * 1024 * 1024 });
  const tarball = path.join(work, stdout.trim().split('\n').at(-1)!);
  expect(fs.existsSync(tarball)).toBe(true);
  const prefix = path.join(work, 'prefix');
  await run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], { env: installEnv, timeout: INSTALL_MS, maxBuffer: 64 * 1024 * 1024 });
  bin = path.join(prefix, 'bin', 'deletion-desk');
}, INSTALL_MS + 60_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the npm package, installed globally (slow)', () => {
  it('prints its version', async () => {
    const { stdout } = await run(bin, ['--version'], { env: installEnv });
    expect(stdout.trim()).toBe(`deletion-desk ${VERSION}`);
  });

  it('starts on the embedded defaults in an empty folder and answers /healthz', async () => {
    const cwd = fs.mkdtempSync(path.join(work, 'run-'));
    const env: NodeJS.ProcessEnv = { ...installEnv, PORT: '0', LOG_LEVEL: 'info' };
    for (const name of ['DATABASE_URL', 'ARCHIVE_URL', 'MAILDROP_DIR', 'OUTBOX_DIR', 'IMAP_URL', 'SMTP_URL', 'SLACK_BOT_TOKEN']) delete env[name];
    const child = spawn(bin, ['start'], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (d) => (log += d));
    try {
      // The start line names the listen address and port ("HTTP on 0.0.0.0 port 41234: …").
      const port = await waitFor(() => /HTTP on \S+ port (\d+)/.exec(log)?.[1] ?? (child.exitCode !== null ? 'exited' : null), { timeoutMs: 90_000, what: 'the HTTP server' });
      expect(port, log).not.toBe('exited');
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
      // The quick start's folders, created where it runs.
      expect(fs.existsSync(path.join(cwd, 'var', 'deletion-desk.sqlite'))).toBe(true);
      expect(fs.statSync(path.join(cwd, 'var', 'archive')).isDirectory()).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));
    expect(code).toBe(0);
  }, 120_000);
});

describe('the systemd unit', () => {
  const analyze = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((p) => fs.existsSync(p));
  it('passes systemd-analyze verify with ExecStart pointing at the installed command', async () => {
    if (!analyze) {
      console.warn('systemd-analyze is not installed here: the unit was not verified (apt-get install systemd)');
      return;
    }
    const unit = fs.readFileSync(path.join(ROOT, 'deploy', 'deletion-desk.service'), 'utf8');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/deletion-desk start$/m);
    const dir = fs.mkdtempSync(path.join(work, 'unit-'));
    fs.writeFileSync(path.join(dir, 'deletion-desk.service'), unit.replace(/^ExecStart=\/usr\/bin\/deletion-desk/m, `ExecStart=${bin}`));
    const { stdout, stderr } = await run(analyze, ['verify', path.join(dir, 'deletion-desk.service')]);
    expect(stdout + stderr).toBe('');
  });
});
