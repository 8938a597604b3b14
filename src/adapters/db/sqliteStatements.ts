/**
 * SQLite statements the executor runs hundreds of times a purge (partition claims, grouped inventories
 * and settlements), prepared once per connection and run again with new values. Through knex each run
 * built the query and then node-sqlite3 prepared it afresh: two trips to its worker thread, and the
 * parse and plan of the statement each time. Measured on a 200-partition table, a claim cost 0.7–0.9
 * ms of CPU through knex's builder, 0.35–0.5 ms as raw SQL and 0.15–0.18 ms prepared once; in a purge
 * at four DeleteObjects slots these statements were about 235 ms of the main thread (on a busy
 * machine node-sqlite3's worker runs on the core the main thread is waiting for), and a first
 * partition's inventory took a trip to the worker thread more before its DeleteObjects could go.
 *
 * The connection is taken from knex's pool for each run and given back after it, exactly as a knex
 * query does, so a statement never runs inside another caller's transaction (the pool has one
 * connection). A statement that reaches SQLITE_DONE has finished: its implicit transaction is
 * committed before its callback runs, as when node-sqlite3 prepares and finalizes it each time.
 * Statements are finalized before their connection closes (SQLite refuses to close a connection
 * with unfinalized statements).
 */
import type { Knex } from 'knex';

/** The parts of node-sqlite3's Statement and Database used here. */
interface Statement {
  all(params: unknown[], callback: (error: Error | null, rows: unknown[]) => void): Statement;
  finalize(callback?: (error: Error | null) => void): void;
}

export interface SqliteConnection {
  prepare(sql: string, callback: (error: Error | null) => void): Statement;
  close(callback?: (error: Error | null) => void): void;
}

/** Prepared statements per connection, least recently used first. */
const prepared = new WeakMap<SqliteConnection, Map<string, Promise<Statement>>>();
/** Grouped writes have one statement per group size: bounded, the oldest finalized. */
const MAX_STATEMENTS = 64;

/**
 * The rows of `sql` run with `bindings` as a statement prepared once on the connection. A
 * transaction's statements must run on its connection, in it: they go through knex as before.
 */
export async function allPrepared<R>(db: Knex, sql: string, bindings: readonly (string | number | null)[]): Promise<R[]> {
  if (db.isTransaction) return (await db.raw(sql, [...bindings])) as R[];
  const connection: SqliteConnection = await db.client.acquireConnection();
  try {
    const statement = await statementOn(connection, sql);
    return await new Promise<R[]>((resolve, reject) => {
      statement.all([...bindings], (error, rows) => (error ? reject(error) : resolve(rows as R[])));
    });
  } finally {
    await db.client.releaseConnection(connection);
  }
}

/**
 * Prepare `sqls` on the connection now, without running them, so that their first run is one trip
 * to node-sqlite3's worker instead of two. A statement's first preparation is a round trip whose
 * answer waits for the main thread like any other: at the start of a purge, behind the listing pages
 * that arrive together, and the first partition's inventory (which its DeleteObjects waits for, with
 * every slot idle) waited 50–110 ms for its preparation alone. A failure is left for the run to report.
 */
export async function prepareAhead(db: Knex, sqls: readonly string[]): Promise<void> {
  if (db.isTransaction) return;
  const connection: SqliteConnection = await db.client.acquireConnection();
  try {
    await Promise.all(sqls.map((sql) => statementOn(connection, sql).catch(() => undefined)));
  } finally {
    await db.client.releaseConnection(connection);
  }
}

function statementOn(connection: SqliteConnection, sql: string): Promise<Statement> {
  let cache = prepared.get(connection);
  if (!cache) prepared.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement) {
    // Most recently used last.
    cache.delete(sql);
    cache.set(sql, statement);
    return statement;
  }
  for (const [oldSql, old] of cache) {
    if (cache.size < MAX_STATEMENTS) break;
    cache.delete(oldSql);
    void old.then((s) => s.finalize(), () => undefined);
  }
  // node-sqlite3 drops the calls queued on a statement whose preparation failed without calling them
  // back: the statement is used only once its preparation has succeeded.
  statement = new Promise<Statement>((resolve, reject) => {
    const s = connection.prepare(sql, (error) => (error ? reject(error) : resolve(s)));
  });
  cache.set(sql, statement);
  statement.catch(() => cache.delete(sql));
  return statement;
}

/** Make `connection.close` finalize this module's statements first (knex closes the pool's connections). */
export function finalizeStatementsOnClose(connection: SqliteConnection): void {
  const close = connection.close.bind(connection);
  connection.close = (callback) => {
    const cache = prepared.get(connection);
    prepared.delete(connection);
    const statements = [...(cache?.values() ?? [])].map((p) => p.then((s) => new Promise<void>((resolve) => s.finalize(() => resolve())), () => undefined));
    void Promise.all(statements).then(() => close(callback));
  };
}
