/**
 * Real databases for tests: a fresh SQLite file, and a fresh PostgreSQL schema on
 * TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) — each test its own, as
 * pg-boss does. Set TEST_DATABASE=sqlite or TEST_DATABASE=postgres to run only one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { createDb } from '../../src/adapters/db/connect';
import { migrateLatest } from '../../src/adapters/db/migrate';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TestDialect = 'sqlite' | 'postgres';

/** The dialects to run database tests on (both by default). */
export function testDialects(): TestDialect[] {
  const only = process.env.TEST_DATABASE;
  if (only === 'sqlite' || only === 'postgres') return [only];
  return ['sqlite', 'postgres'];
}

export interface TestDb {
  dialect: TestDialect;
  /** A DATABASE_URL for this database (for a process started by the test). */
  url: string;
  /** PostgreSQL schema name, for `buildApp(config, { schema })`. */
  schema?: string;
  db: Knex;
  /** Drop everything this test created. */
  cleanup(): Promise<void>;
}

/** A fresh, migrated database of the given dialect. */
export async function freshDb(dialect: TestDialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-sqlite-'));
    const url = `sqlite:${path.join(dir, 'test.sqlite')}`;
    const db = createDb(url);
    await migrateLatest(db);
    return {
      dialect,
      url,
      db,
      async cleanup() {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const db = createDb(PG_URL, { schema });
  await migrateLatest(db);
  return {
    dialect,
    url: `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    schema,
    db,
    async cleanup() {
      await db.destroy();
      const admin = knexFactory({ client: 'pg', connection: PG_URL, pool: { min: 0, max: 1 } });
      try {
        await admin.raw(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await admin.destroy();
      }
    },
  };
}
