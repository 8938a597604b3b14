/** `deletion-desk preview` and the `progress` of `show --json`, through the CLI entry point (SQLite, folder). */
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

it('previews a ticket per source and day, says so when the scope is empty, and shows progress once it ran', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-execcli-'));
  dirs.push(dir);
  const env = { DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, ARCHIVE_URL: `file:${path.join(dir, 'archive')}`, OUTBOX_DIR: path.join(dir, 'outbox'), MAILDROP_DIR: path.join(dir, 'maildrop'), LOG_LEVEL: 'silent', STAFF: 'U1' };
  const day = Date.parse('2024-03-01T00:00:00Z');
  fs.mkdirSync(path.join(dir, 'archive', 'segment-logs', 'src_1', String(day)), { recursive: true });
  fs.writeFileSync(path.join(dir, 'archive', 'segment-logs', 'src_1', String(day), 'a.gz'), '12345');
  fs.writeFileSync(path.join(dir, 'archive', 'segment-logs', 'src_1', String(day), 'b.gz'), '678');

  const app = await buildApp(loadConfig(env), { logger: silentLogger });
  let ids: number[];
  try {
    await importCatalog(app.db, { workspaces: [{ id: 'ws_1', slug: 'acme', name: 'Acme', contacts: ['a@acme.example'], deletedAt: null, sources: [{ id: 'src_1', slug: 'web', name: 'Web' }], spaces: [] }] }, new Date());
    const make = (from: string) =>
      app.tickets.create({
        parse: { kind: 'source_data', workspace: 'acme', sources: ['web'], space: null, ranges: [{ from, to: from }], ticket: null, missing: [], ambiguities: [], notes: [] },
        requester: 'a@acme.example', createdBy: { type: 'customer', address: 'a@acme.example' }, verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null }, requestedAt: new Date(),
      });
    ids = [(await make('2024-03-01')).id, (await make('2024-05-01')).id];
  } finally {
    await app.close();
  }

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const preview = await run('preview', `DEL-${ids[0]}`, '--json');
  expect(preview.code).toBe(0);
  expect(JSON.parse(preview.out)).toMatchObject({ empty: false, totals: { partitions: 1, objects: 2, bytes: 8 }, partitions: [{ source: 'web', day: '2024-03-01', objects: 2, bytes: 8 }] });
  const empty = await run('preview', `DEL-${ids[1]}`);
  expect(empty.out).toMatch(/nothing: the scope is empty/);

  expect((await run('approve', `DEL-${ids[0]}`, '--by', 'U1')).code).toBe(0);
  const app2 = await buildApp(loadConfig(env), { logger: silentLogger });
  try {
    await app2.executor.drain();
  } finally {
    await app2.close();
  }
  const shown = JSON.parse((await run('show', `DEL-${ids[0]}`, '--json')).out);
  expect(shown.status).toBe('completed');
  expect(shown.progress).toMatchObject({ state: 'done', partitionsDone: 1, partitionsTotal: 1, objects: 2, bytes: 8 });
  expect(shown.result.receipt.partitions).toEqual([expect.objectContaining({ source: 'web', day: '2024-03-01', objects: 2, bytes: 8 })]);
  expect((await run('show', `DEL-${ids[0]}`)).out).toMatch(/partitions:\s+1\/1 \(100%\)/);
});
