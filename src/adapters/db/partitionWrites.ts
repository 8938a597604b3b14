/**
 * The executor's grouped partition writes (services/executor.ts `partitionLedger`): the inventories,
 * and the settlements with their counts on the job, of every partition that finished while the
 * previous write was in progress. A group is one statement, not one per partition: on SQLite's one
 * connection each statement is a round trip that every other partition's write and claim waits
 * behind, and most of the executor's database time was spent building and sending them.
 *
 * The lease stays per row: each row of the group is updated only where its own claim token still
 * holds it (`locked_by`), and `RETURNING` says which rows were, so a partition whose lease was taken
 * over is reported lost exactly as when it was written alone.
 *
 * The rows travel as a `VALUES` list named by a `WITH` (SQLite cannot name the columns of a `VALUES`
 * in `FROM`); every value is cast, because PostgreSQL reads an untyped parameter in `VALUES` as text
 * and then refuses to compare it with an integer column. SQLite has `UPDATE … FROM` and `RETURNING`
 * since 3.33 and 3.35.
 */
import type { Knex } from 'knex';
import { dialectOf } from './connect';
import { allPrepared, prepareAhead } from './sqliteStatements';
import type { PartitionRow } from '../../ports/jobs';

export type Inventory = { objects: number; bytes: number; versions: number; sha256: string; at: string };
export type Settlement = { state: 'done' | 'failed'; error?: string; now: string };
export type InventoryItem = { id: number; owner: string; inventory: Inventory };
export type SettleItem = { p: PartitionRow; owner: string; outcome: Settlement };
/** What a settlement's SQL reads of an item. */
type SettleRow = { p: Pick<PartitionRow, 'id'>; owner: string; outcome: Settlement };

/** SQLite's historical limit is 999 bound values a statement; groups above this many rows are split. */
const ROWS_PER_STATEMENT = 100;

interface Sql {
  sql: string;
  bindings: (string | number | null)[];
}

/** `WITH v(columns) AS (VALUES (…), …)` for `rows`, each column cast to its type. */
function valuesCte(columns: [name: string, type: 'INTEGER' | 'BIGINT' | 'TEXT'][], rows: (string | number | null)[][]): Sql {
  const tuple = `(${columns.map(([, type]) => `CAST(? AS ${type})`).join(', ')})`;
  return { sql: `WITH v(${columns.map(([name]) => name).join(', ')}) AS (VALUES ${rows.map(() => tuple).join(', ')})`, bindings: rows.flat() };
}

/** The inventories of a group, each written only where its lease still holds. */
export function inventoriesSql(items: InventoryItem[]): Sql {
  const v = valuesCte(
    [['id', 'INTEGER'], ['owner', 'TEXT'], ['at', 'TEXT'], ['objects', 'BIGINT'], ['bytes', 'BIGINT'], ['versions', 'INTEGER'], ['sha256', 'TEXT']],
    items.map(({ id, owner, inventory: i }) => [id, owner, i.at, i.objects, i.bytes, i.versions, i.sha256]),
  );
  return {
    sql: `${v.sql} UPDATE job_partitions SET inventory_at = v.at, objects = v.objects, bytes = v.bytes, versions = v.versions, sha256 = v.sha256 FROM v WHERE job_partitions.id = v.id AND job_partitions.locked_by = v.owner RETURNING job_partitions.id, job_partitions.locked_by`,
    bindings: v.bindings,
  };
}

const SETTLE_COLUMNS: [string, 'INTEGER' | 'TEXT'][] = [['id', 'INTEGER'], ['owner', 'TEXT'], ['state', 'TEXT'], ['error', 'TEXT'], ['done_at', 'TEXT']];
const SETTLE_SET = 'SET state = v.state, last_error = v.error, done_at = v.done_at, locked_until = NULL FROM v';
// Only a pending row is settled: a partition is counted on its job once, whoever asks twice.
const SETTLE_WHERE = "WHERE job_partitions.id = v.id AND job_partitions.locked_by = v.owner AND job_partitions.state = 'pending'";

function settleValues(items: SettleRow[]): Sql {
  return valuesCte(SETTLE_COLUMNS, items.map(({ p, owner, outcome }) => [p.id, owner, outcome.state, outcome.error ?? null, outcome.now]));
}

/**
 * SQLite: the settlements of a group; the trigger of migration 013 counts each settled row on its job
 * within this statement (SQLite writes one table a statement).
 */
export function settleSql(items: SettleRow[]): Sql {
  const v = settleValues(items);
  return { sql: `${v.sql} UPDATE job_partitions ${SETTLE_SET} ${SETTLE_WHERE} RETURNING job_partitions.id, job_partitions.locked_by`, bindings: v.bindings };
}

/**
 * PostgreSQL: the settlements and their counts on the jobs in one statement (a data-modifying `WITH`:
 * both updates commit together, as the trigger's count does on SQLite). On both, the counts are of
 * the rows the statement settled, read from them: objects and bytes of each done row's inventory.
 */
export function settleAndCountSql(items: SettleItem[]): Sql {
  const v = settleValues(items);
  const settled = `settled AS (UPDATE job_partitions ${SETTLE_SET} ${SETTLE_WHERE} RETURNING job_partitions.id, job_partitions.job_id, job_partitions.locked_by, job_partitions.state, job_partitions.objects, job_partitions.bytes, job_partitions.done_at)`;
  const perJob =
    "SELECT job_id, count(*) FILTER (WHERE state = 'done') AS done, count(*) FILTER (WHERE state = 'failed') AS failed, coalesce(sum(objects) FILTER (WHERE state = 'done'), 0) AS objects, coalesce(sum(bytes) FILTER (WHERE state = 'done'), 0) AS bytes, max(done_at) AS at FROM settled GROUP BY job_id";
  const counted = `counted AS (UPDATE jobs SET partitions_done = jobs.partitions_done + c.done, partitions_failed = jobs.partitions_failed + c.failed, objects = jobs.objects + c.objects, bytes = jobs.bytes + c.bytes, updated_at = c.at FROM (${perJob}) c WHERE jobs.id = c.job_id)`;
  return { sql: `${v.sql}, ${settled}, ${counted} SELECT id, locked_by FROM settled`, bindings: v.bindings };
}

type Written = { id: number; locked_by: string };

function rowsOf<R extends Written>(result: unknown): R[] {
  // knex returns the rows of a raw statement as they come: an array from sqlite3, `{ rows }` from pg.
  return Array.isArray(result) ? (result as R[]) : (result as { rows: R[] }).rows;
}

/**
 * The rows `q` returned. On SQLite the statement is prepared once per group size and run again
 * (sqliteStatements.ts; in a transaction, through knex as before).
 */
async function run(db: Knex | Knex.Transaction, q: Sql): Promise<Written[]> {
  if (dialectOf(db) === 'sqlite') return allPrepared<Written>(db, q.sql, q.bindings);
  return rowsOf(await db.raw(q.sql, q.bindings));
}

/** For each item, whether its row was written: the same id and token, once (a repeat finds it written). */
function answered(items: { id: number; owner: string }[], written: Written[]): boolean[] {
  const left = new Set(written.map((w) => `${w.id}\n${w.locked_by}`));
  return items.map(({ id, owner }) => left.delete(`${id}\n${owner}`));
}

async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<boolean[]>): Promise<boolean[]> {
  const out: boolean[] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) out.push(...(await write(items.slice(i, i + ROWS_PER_STATEMENT))));
  return out;
}

/** Inventories, one statement a group (a statement is atomic by itself: no BEGIN and COMMIT). */
export async function writeInventories(db: Knex | Knex.Transaction, items: InventoryItem[]): Promise<boolean[]> {
  const write = async (chunk: InventoryItem[]) => {
    const q = inventoriesSql(chunk);
    return answered(chunk.map((i) => ({ id: i.id, owner: i.owner })), await run(db, q));
  };
  if (items.length <= ROWS_PER_STATEMENT) return write(items);
  return db.transaction((trx) => inChunks(items, (chunk) => writeInventories(trx, chunk)));
}

/** Settlements and their counts on the jobs: one statement a group on both databases. */
export async function writeSettlements(db: Knex | Knex.Transaction, items: SettleItem[]): Promise<boolean[]> {
  const write = async (chunk: SettleItem[]) => {
    const q = dialectOf(db) === 'postgres' ? settleAndCountSql(chunk) : settleSql(chunk);
    return answered(chunk.map(({ p, owner }) => ({ id: p.id, owner })), await run(db, q));
  };
  if (items.length <= ROWS_PER_STATEMENT) return write(items);
  return db.transaction((trx) => inChunks(items, (chunk) => writeSettlements(trx, chunk)));
}

/** The SQL of a one-row group's inventory and settlement (the values do not change the statement). */
const ONE_ROW_WRITES = [
  inventoriesSql([{ id: 0, owner: '', inventory: { objects: 0, bytes: 0, versions: 0, sha256: '', at: '' } }]).sql,
  settleSql([{ p: { id: 0 }, owner: '', outcome: { state: 'done', now: '' } }]).sql,
];
const preparedFor = new WeakSet<Knex>();

/**
 * SQLite: prepare the statements of a one-row inventory and settlement, the first writes of newly
 * claimed partitions, while those partitions list (sqliteStatements.ts `prepareAhead`); once per
 * database handle (a statement dropped since is prepared again by its next run, as before).
 */
export async function prepareFirstWrites(db: Knex): Promise<void> {
  if (dialectOf(db) !== 'sqlite' || preparedFor.has(db)) return;
  preparedFor.add(db);
  await prepareAhead(db, ONE_ROW_WRITES);
}
