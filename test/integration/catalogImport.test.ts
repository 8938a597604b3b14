import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { testApp, type TestApp } from '../support/app';
import { runCli, type CliIo } from '../../src/cli';
import { loadCatalog } from '../../src/adapters/db/catalogStore';

function io(env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env };
  return { cli, out, err };
}

describe.each(testDialects())('catalog import on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, { catalog: false });
  });
  afterEach(async () => t?.close());

  const env = () => ({ DATABASE_URL: t.config.databaseUrl, ...(t.testDb.schema ? { DATABASE_URL: t.testDb.url } : {}), LOG_LEVEL: 'silent' });

  it('imports, then updates in place on re-import', async () => {
    const file = path.join(t.dir, 'catalog.yaml');
    fs.writeFileSync(file, 'workspaces:\n  - id: ws_1\n    slug: acme-inc\n    name: Acme\n    contacts: [ana@acme.example]\n    admins: [Ana@Acme.example, it@acme.example]\n    sources:\n      - { id: src_1, slug: ios-app, name: iOS App }\n      - { id: src_2, slug: android, name: Android }\n');
    const first = io(env());
    expect(await runCli(['catalog', 'import', file], first.cli)).toBe(0);
    expect(first.out.join('\n')).toMatch(/imported 1 workspaces \(1 new, 0 updated\), 2 sources/);
    // Admins are kept lower-cased, and need not be contacts (an account deletion is theirs to ask for).
    expect((await loadCatalog(t.app.db)).workspaces[0]?.admins).toEqual(['ana@acme.example', 'it@acme.example']);

    fs.writeFileSync(file, 'workspaces:\n  - id: ws_1\n    slug: acme\n    name: Acme Inc\n    contacts: [ops@acme.example]\n    sources:\n      - { id: src_1, slug: ios, name: iOS App }\n');
    const second = io(env());
    expect(await runCli(['catalog', 'import', file], second.cli)).toBe(0);
    expect(second.out.join('\n')).toMatch(/\(0 new, 1 updated\)/);
    const catalog = await loadCatalog(t.app.db);
    expect(catalog.workspaces).toEqual([{ id: 'ws_1', slug: 'acme', name: 'Acme Inc', deletedAt: null, contacts: ['ops@acme.example'], admins: [], sources: [{ id: 'src_1', slug: 'ios', name: 'iOS App' }], spaces: [] }]);
  });

  it('rejects a bad file whole, naming the bad field, and changes nothing', async () => {
    const file = path.join(t.dir, 'catalog.json');
    fs.writeFileSync(file, JSON.stringify({ workspaces: [{ id: 'ws_1', slug: 'ok', name: 'OK' }, { id: 'ws_2', slug: 'Bad Slug', name: 'Bad' }] }));
    const run = io(env());
    expect(await runCli(['catalog', 'import', file], run.cli)).toBe(1);
    expect(run.err.join('\n')).toMatch(/workspaces\[1\]\.slug: expected lower-case letters/);
    expect((await loadCatalog(t.app.db)).workspaces).toEqual([]);
  });

  it('says so when the file is not YAML at all', async () => {
    const file = path.join(t.dir, 'catalog.yaml');
    fs.writeFileSync(file, 'workspaces: [\n  - : :');
    const run = io(env());
    expect(await runCli(['catalog', 'import', file], run.cli)).toBe(1);
    expect(run.err.join('\n')).toMatch(/is not valid YAML \(nothing imported\)/);
  });
});
