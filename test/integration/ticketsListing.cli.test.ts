/** `deletion-desk tickets` on a desk with more tickets than one listing shows (SQLite). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { loadConfig } from '../../src/config';
import { buildApp } from '../../src/main';
import { silentLogger } from '../../src/logger';
import { importCatalog } from '../../src/adapters/db/catalogStore';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

it('lists the newest tickets by default, says when older ones exist, and --limit shows more', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-listing-'));
  dirs.push(dir);
  const env = { DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, OUTBOX_DIR: path.join(dir, 'outbox'), MAILDROP_DIR: path.join(dir, 'maildrop'), LOG_LEVEL: 'silent' };
  const app = await buildApp(loadConfig(env), { logger: silentLogger });
  const total = 205;
  try {
    await importCatalog(app.db, { workspaces: [{ id: 'ws_1', slug: 'acme', name: 'Acme', contacts: ['a@acme.example'], deletedAt: null, sources: [{ id: 'src_1', slug: 'web', name: 'Web' }], spaces: [] }] }, new Date());
    for (let i = 0; i < total; i += 1) {
      await app.tickets.create({
        parse: { kind: 'source_data', workspace: 'acme', sources: ['web'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-01' }], ticket: null, missing: [], ambiguities: [], notes: [] },
        requester: 'a@acme.example', createdBy: { type: 'customer', address: 'a@acme.example' }, verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null }, requestedAt: new Date(),
      });
    }
  } finally {
    await app.close();
  }
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env });
    return { code, out, err };
  };

  const byDefault = await run('tickets', '--json');
  expect(byDefault.code).toBe(0);
  expect(byDefault.out).toHaveLength(200);
  expect(JSON.parse(byDefault.out[0]!).id).toBe(`DEL-${total}`);
  expect(byDefault.err.join('\n')).toMatch(/showing the newest 200 tickets; older ones exist \(--limit N/);

  const all = await run('tickets', '--limit', '1000');
  expect(all.out).toHaveLength(total);
  expect(all.err).toEqual([]);

  const bad = await run('tickets', '--limit', 'lots');
  expect(bad.code).not.toBe(0);
  expect(bad.err.join('\n')).toMatch(/--limit must be a whole number/);
});
