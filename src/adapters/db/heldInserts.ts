/**
 * Inserts a transaction holds back until just before it commits, then writes as one multi-row
 * statement per table. An intake batch writes a ticket, an audit entry, a queued notification and two
 * or three message rows (the request, its answers) for nearly every message; with node-sqlite3 every
 * statement is a few thread-pool round trips, so a hundred single-row inserts cost far more than one.
 * Nothing in the batch reads the audit entries or notifications back; a read of a table whose rows
 * are held (the thread of a ticket, a reply's In-Reply-To) first writes that table's rows
 * (`flushHeldTable`), so it sees what a transaction without held rows would see, in the same order of
 * ids. Messages refer to tickets (a foreign key SQLite checks at once): held tickets are written
 * before any other held row.
 *
 * Only a transaction that asked for it (`holdInserts`) holds rows, and it must `flushHeldInserts`
 * before it ends: the rows are then written inside it, so they commit or roll back with everything
 * else it wrote. A held row that fails (a duplicate dedupe key) fails the flush, and with it the
 * transaction, as it would have failed the statement. Forgotten with the transaction object.
 */
import type { Knex } from 'knex';
import type { HeldInserts } from '../../ports/stores';

type Row = Record<string, unknown>;

/** Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const ROWS_PER_INSERT = 100;

/** A held row; `key` makes it an upsert on that column (a later write of the same row replaces it). */
type HeldRow = { table: string; row: Row; key?: string };

const held = new WeakMap<object, HeldRow[]>();

/** From now until `flushHeldInserts`, rows this transaction inserts through `insertOrHold` wait. */
export function holdInserts(trx: Knex.Transaction): void {
  if (!held.has(trx)) held.set(trx, []);
}

/** Insert now, or hold the row when the transaction holds its inserts. */
export async function insertOrHold(db: Knex | Knex.Transaction, table: string, row: Row): Promise<void> {
  const rows = held.get(db);
  if (rows) rows.push({ table, row });
  else await db(table).insert(row);
}

/** Tables other held rows refer to: written first, whatever was held first. */
const PARENT_TABLES = ['tickets'];

/** Whether this transaction holds its inserts now. */
export function holdsInserts(db: Knex | Knex.Transaction): boolean {
  return held.has(db);
}

/**
 * Hold a whole row to be written over the stored row of the same `key` (or inserted when there is
 * none), replacing any row held for it: for a caller that knows the write cannot miss (ticketStore.ts
 * says when). Only while the transaction holds its inserts.
 */
export function holdUpsert(db: Knex | Knex.Transaction, table: string, key: string, row: Row): void {
  const rows = held.get(db);
  if (!rows) throw new Error('holdUpsert outside a transaction that holds its inserts');
  const earlier = rows.find((r) => r.table === table && r.row[key] === row[key]);
  if (earlier) earlier.row = row;
  else rows.push({ table, row, key });
}

/**
 * Write the held rows: each table's rows in the order they were inserted (ids and audit sequence
 * numbers follow it), up to ROWS_PER_INSERT a statement. Parents (PARENT_TABLES) go first; the other
 * tables held reference no row of each other, so one may go before another.
 */
export async function flushHeldInserts(trx: Knex.Transaction): Promise<void> {
  const rows = held.get(trx);
  if (!rows) return;
  held.delete(trx);
  const byTable = new Map<string, HeldRow[]>(PARENT_TABLES.map((t) => [t, []]));
  for (const r of rows) {
    const list = byTable.get(r.table) ?? [];
    if (list.length === 0) byTable.set(r.table, list);
    list.push(r);
  }
  for (const [table, tableRows] of byTable) if (tableRows.length > 0) await insertRows(trx, table, tableRows);
}

/**
 * Before a read or an update of `table`: write the rows this transaction holds for it (after the held
 * parents its rows may refer to); the other tables' wait on.
 */
export async function flushHeldTable(db: Knex | Knex.Transaction, table: string): Promise<void> {
  if (!PARENT_TABLES.includes(table)) for (const parent of PARENT_TABLES) await flushHeldTable(db, parent);
  const rows = held.get(db);
  if (!rows || !rows.some((r) => r.table === table)) return;
  held.set(db, rows.filter((r) => r.table !== table));
  await insertRows(db, table, rows.filter((r) => r.table === table));
}

/** A table's held rows; when some are upserts, every statement of it is (a new row is then inserted). */
async function insertRows(db: Knex | Knex.Transaction, table: string, rows: HeldRow[]): Promise<void> {
  const key = rows.find((r) => r.key)?.key;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT).map((r) => r.row);
    if (key) await db(table).insert(part).onConflict(key).merge();
    else await db(table).insert(part);
  }
}

/** The port (ports/stores.ts), for main.ts to hand to intake. */
export const heldInserts: HeldInserts = { hold: holdInserts, flush: flushHeldInserts };
