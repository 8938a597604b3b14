/**
 * knex for SQLite (the embedded default) and PostgreSQL. `schema` isolates tests on PostgreSQL
 * (each test in its own schema, as pg-boss does).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Knex } from 'knex';
import type knexModule from 'knex';
import { AppError } from '../../errors';
import { finalizeStatementsOnClose, type SqliteConnection } from './sqliteStatements';

export type Db = Knex;
export type Dialect = 'sqlite' | 'postgres';

export interface DbOptions {
  /** PostgreSQL schema to use (created if missing). */
  schema?: string;
}

export function dialectOf(db: Knex): Dialect {
  const client = String(db.client.config.client);
  return client === 'pg' || client === 'postgres' || client === 'postgresql' ? 'postgres' : 'sqlite';
}

/**
 * knex prints pool errors ("Acquire connection error" with the driver's stack) to the console on its
 * own, before the same error reaches the caller: the caller reports it once, naming DATABASE_URL.
 */
const QUIET_KNEX_LOG = { warn: () => undefined, error: () => undefined, deprecate: () => undefined, debug: () => undefined };

/**
 * knex, loaded when a database is first opened rather than when this module is: with lodash it is
 * hundreds of files, and commands that open no database (`parse`, `--help`) import this module too.
 */
function knexFactory(config: Knex.Config): Knex {
  return (createRequire(import.meta.url)('knex') as typeof knexModule)(config);
}

export function createDb(databaseUrl: string, options: DbOptions = {}): Knex {
  if (/^postgres(ql)?:/i.test(databaseUrl)) {
    return knexFactory({
      client: 'pg',
      log: QUIET_KNEX_LOG,
      connection: databaseUrl,
      searchPath: options.schema ? [options.schema] : undefined,
      pool: {
        min: 0,
        max: 10,
        afterCreate(conn: { query: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, conn: unknown) => void) {
          if (!options.schema) return done(null, conn);
          conn.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema.replace(/"/g, '')}"`, (err) => done(err, conn));
        },
      },
    });
  }
  const file = sqlitePath(databaseUrl);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  return knexFactory({
    client: 'sqlite3',
    log: QUIET_KNEX_LOG,
    connection: { filename: file },
    useNullAsDefault: true,
    // One connection: SQLite has one writer anyway, and knex transactions on one connection
    // serialize in this process; other processes (the CLI) wait on busy_timeout.
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection & { exec: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, conn: unknown) => void) {
        finalizeStatementsOnClose(conn);
        conn.exec('PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;', (err) => done(err, conn));
      },
    },
  });
}

/** DATABASE_URL names a SQLite file that does not exist (yet): opening it would create it. */
export function isMissingSqliteFile(databaseUrl: string): boolean {
  if (!/^sqlite:/i.test(databaseUrl)) return false;
  const file = sqlitePath(databaseUrl);
  return file !== ':memory:' && !fs.existsSync(file);
}

export function sqlitePath(databaseUrl: string): string {
  const rest = databaseUrl.replace(/^sqlite:(\/\/)?/i, '');
  if (rest === '' ) throw new AppError('config_invalid', 'DATABASE_URL=sqlite: needs a file path, e.g. sqlite:./var/deletion-desk.sqlite');
  if (rest === ':memory:') return rest;
  return path.resolve(rest);
}

/** Rows store times as ISO-8601 UTC text: portable, and lexical order is time order. */
export function isoNow(now: Date = new Date()): string {
  return now.toISOString();
}
