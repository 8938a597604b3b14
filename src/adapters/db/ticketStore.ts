/**
 * Tickets in the database: the whole Ticket as JSON plus indexed columns for queries.
 * One SQL operation per function; the caller passes the transaction.
 */
import type { Knex } from 'knex';
import type { Ticket } from '../../domain/ticket';
import { dialectOf } from './connect';
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

/** The reserved ticket written whole: PostgreSQL completes its placeholder row, SQLite inserts it. */
export async function saveNewTicket(trx: Knex.Transaction, ticket: Ticket): Promise<void> {
  if (dialectOf(trx as unknown as Knex) === 'postgres') await trx('tickets').where({ id: ticket.id, version: 0 }).update(toRow(ticket));
  else await trx('tickets').insert({ id: ticket.id, ...toRow(ticket) });
}

/** Write a ticket if nobody else wrote it since `expectedVersion` was read. */
export async function updateTicket(trx: Knex.Transaction, ticket: Ticket, expectedVersion: number): Promise<boolean> {
  const count = await trx('tickets').where({ id: ticket.id, version: expectedVersion }).update(toRow(ticket));
  return count === 1;
}

export async function getTicket(db: Knex | Knex.Transaction, id: number, options: { forUpdate?: boolean } = {}): Promise<Ticket | undefined> {
  let query = db<TicketRow>('tickets').select('id', 'data', 'version').where({ id }).andWhere('version', '>', 0);
  // Row lock on PostgreSQL; SQLite serializes writers already.
  if (options.forUpdate && dialectOf(db as Knex) === 'postgres') query = query.forUpdate();
  const row = await query.first();
  return row ? fromRow(row) : undefined;
}

export async function listTickets(db: Knex | Knex.Transaction, filter: TicketFilter = {}): Promise<Ticket[]> {
  let query = db<TicketRow>('tickets').select('id', 'data', 'version').where('version', '>', 0);
  if (filter.status?.length) query = query.whereIn('status', filter.status);
  if (filter.workspace) query = query.where('workspace', filter.workspace);
  if (filter.parentId !== undefined) query = query.where('parent_id', filter.parentId);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit ?? 500);
  return rows.map(fromRow);
}

export async function countTicketsByStatus(db: Knex): Promise<Record<string, number>> {
  const rows = await db('tickets').select('status').count({ n: '*' }).where('version', '>', 0).groupBy('status');
  return Object.fromEntries((rows as { status: string; n: unknown }[]).map((r) => [r.status, Number(r.n)]));
}

/** The ticket store port (ports/stores.ts), for main.ts to hand to the services. */
export const ticketStore: TicketStore = { reserveTicketId, saveNewTicket, updateTicket, getTicket, listTickets };
