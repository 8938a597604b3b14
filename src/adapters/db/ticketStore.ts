/**
 * Tickets in the database: the whole Ticket as JSON plus indexed columns for queries.
 * One SQL operation per function; the caller passes the transaction.
 */
import type { Knex } from 'knex';
import type { Ticket } from '../../domain/ticket';
import { dialectOf } from './connect';
import { flushHeldTable, holdsInserts, holdUpsert, insertOrHold } from './heldInserts';
import { beginThread } from './messageStore';
import type { TicketFilter, TicketStore } from '../../ports/stores';
export type { TicketFilter };

interface TicketRow {
  id: number;
  data: string;
  version: number;
}

function toRow(t: Ticket) {
  return {
    kind: t.kind,
    status: t.status,
    workspace: t.workspace,
    requester: t.requester,
    run_after: t.runAfter,
    confirmation: t.confirmation.state,
    parent_id: t.parentId ?? null,
    version: t.version,
    data: JSON.stringify(t),
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  };
}

function fromRow(row: TicketRow): Ticket {
  const ticket = JSON.parse(row.data) as Ticket;
  return { ...ticket, confirmation: ticket.confirmation ?? legacyConfirmation(ticket), id: row.id, version: row.version };
}

/**
 * A ticket written before confirmations existed: one still open must be confirmed like any other;
 * one already scheduled or decided was approved under the old rules and is left to finish.
 */
function legacyConfirmation(t: Ticket): Ticket['confirmation'] {
  const open = t.status === 'needs_info' || t.status === 'awaiting_approval';
  return open ? { state: 'pending', by: null, at: null, reason: null } : { state: 'not_required', by: null, at: null, reason: 'approved before customer confirmation was required' };
}

/**
 * The ids of the tickets a SQLite transaction creates after its first one: the transaction holds the
 * one writer, so the next id is the one after the last it took (an intake batch creates a ticket for
 * most of its messages; a placeholder row inserted and then updated was two statements a ticket).
 * A reservation read from a snapshot another process has since written past cannot write: SQLite
 * refuses the stale transaction's first write (WAL: SQLITE_BUSY_SNAPSHOT), and the batch is retried.
 * Forgotten with the transaction object.
 */
const nextTicketIdIn = new WeakMap<Knex.Transaction, number>();

/**
 * Reserve a ticket id, written by `saveNewTicket` in the same transaction. PostgreSQL: a placeholder
 * row (version 0, which every reader skips) takes the id from the table's sequence. SQLite: no row;
 * AUTOINCREMENT never gives an id twice, so the next one is past both the table's sequence and its
 * largest id.
 */
export async function reserveTicketId(trx: Knex.Transaction, now: string): Promise<number> {
  if (dialectOf(trx as unknown as Knex) === 'postgres') {
    const [row] = await trx('tickets')
      .insert({ kind: 'unknown', status: 'needs_info', requester: '', version: 0, data: '{}', created_at: now, updated_at: now })
      .returning('id');
    return typeof row === 'object' ? (row as { id: number }).id : (row as number);
  }
  let id = nextTicketIdIn.get(trx);
  if (id === undefined) {
    const row: { id: number } | undefined = await trx
      .select(trx.raw("max(coalesce((select seq from sqlite_sequence where name = 'tickets'), 0), coalesce((select max(id) from tickets), 0)) + 1 as id"))
      .first();
    id = Number(row?.id ?? 1);
  }
  nextTicketIdIn.set(trx, id + 1);
  return id;
}

/**
 * The ticket rows a SQLite transaction has read or written, by id. A SQLite transaction reads one
 * snapshot from its first read to its end (WAL), and while it writes no other connection can (one
 * writer; a snapshot another process wrote past fails the transaction's first write with
 * SQLITE_BUSY_SNAPSHOT). So a row read or written earlier in the transaction is what reading it again
 * would return: an intake batch that cancels a workspace's tickets, or answers on a ticket named in a
 * subject, read each ticket two or three times, a statement each. PostgreSQL transactions read what
 * others committed meanwhile (and lock rows with FOR UPDATE): nothing is kept for them.
 * Forgotten with the transaction object, so a rolled-back transaction leaves nothing behind.
 */
const rowsIn = new WeakMap<Knex.Transaction, Map<number, TicketRow>>();

/** The rows kept for this handle: only an open SQLite transaction keeps any. */
function keptRows(db: Knex | Knex.Transaction): Map<number, TicketRow> | undefined {
  if (!(db as Knex.Transaction).isTransaction || dialectOf(db as Knex) !== 'sqlite') return undefined;
  const trx = db as Knex.Transaction;
  let rows = rowsIn.get(trx);
  if (!rows) rowsIn.set(trx, (rows = new Map()));
  return rows;
}

/**
 * The reserved ticket written whole: PostgreSQL completes its placeholder row, SQLite inserts it (held
 * to the end of an intake batch, with the batch's other rows: heldInserts.ts; every read and update
 * below writes the held tickets first, or answers from the rows kept).
 */
export async function saveNewTicket(trx: Knex.Transaction, ticket: Ticket): Promise<void> {
  const row = toRow(ticket);
  if (dialectOf(trx as unknown as Knex) === 'postgres') {
    await trx('tickets').where({ id: ticket.id, version: 0 }).update(row);
    return;
  }
  await insertOrHold(trx, 'tickets', { id: ticket.id, ...row });
  keptRows(trx)?.set(ticket.id, { id: ticket.id, data: row.data, version: row.version });
  // A ticket created now has no message yet: its thread is known without reading it.
  beginThread(trx, ticket.id);
}

/**
 * Write a ticket if nobody else wrote it since `expectedVersion` was read. In a SQLite transaction
 * that holds its inserts and has the row at that version (kept above), nobody can have: the write is
 * held too, as the whole row over the stored one (a cancellation of a workspace's tickets was one
 * statement a ticket).
 */
export async function updateTicket(trx: Knex.Transaction, ticket: Ticket, expectedVersion: number): Promise<boolean> {
  const row = toRow(ticket);
  const kept = keptRows(trx);
  if (kept && holdsInserts(trx) && kept.get(ticket.id)?.version === expectedVersion) {
    holdUpsert(trx, 'tickets', 'id', { id: ticket.id, ...row });
    kept.set(ticket.id, { id: ticket.id, data: row.data, version: row.version });
    return true;
  }
  await flushHeldTable(trx, 'tickets');
  const count = await trx('tickets').where({ id: ticket.id, version: expectedVersion }).update(row);
  if (count === 1) kept?.set(ticket.id, { id: ticket.id, data: row.data, version: row.version });
  else kept?.delete(ticket.id);
  return count === 1;
}

export async function getTicket(db: Knex | Knex.Transaction, id: number, options: { forUpdate?: boolean } = {}): Promise<Ticket | undefined> {
  const kept = keptRows(db);
  const known = kept?.get(id);
  if (known) return fromRow(known);
  await flushHeldTable(db, 'tickets');
  let query = db<TicketRow>('tickets').select('id', 'data', 'version').where({ id }).andWhere('version', '>', 0);
  // Row lock on PostgreSQL; SQLite serializes writers already.
  if (options.forUpdate && dialectOf(db as Knex) === 'postgres') query = query.forUpdate();
  const row = await query.first();
  if (row) kept?.set(row.id, row);
  return row ? fromRow(row) : undefined;
}

export async function listTickets(db: Knex | Knex.Transaction, filter: TicketFilter = {}): Promise<Ticket[]> {
  await flushHeldTable(db, 'tickets');
  let query = db<TicketRow>('tickets').select('id', 'data', 'version').where('version', '>', 0);
  if (filter.status?.length) query = query.whereIn('status', filter.status);
  if (filter.workspace) query = query.where('workspace', filter.workspace);
  if (filter.parentId !== undefined) query = query.where('parent_id', filter.parentId);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit ?? 500);
  const kept = keptRows(db);
  if (kept) for (const row of rows) kept.set(row.id, row);
  return rows.map(fromRow);
}

export async function countTicketsByStatus(db: Knex): Promise<Record<string, number>> {
  const rows = await db('tickets').select('status').count({ n: '*' }).where('version', '>', 0).groupBy('status');
  return Object.fromEntries((rows as { status: string; n: unknown }[]).map((r) => [r.status, Number(r.n)]));
}

/** The ticket store port (ports/stores.ts), for main.ts to hand to the services. */
export const ticketStore: TicketStore = { reserveTicketId, saveNewTicket, updateTicket, getTicket, listTickets };
