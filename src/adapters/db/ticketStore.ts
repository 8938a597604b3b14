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

/** Reserve a ticket id (the row is completed by `saveNewTicket` in the same transaction). */
export async function reserveTicketId(trx: Knex.Transaction, now: string): Promise<number> {
  const [row] = await trx('tickets')
    .insert({ kind: 'unknown', status: 'needs_info', requester: '', version: 0, data: '{}', created_at: now, updated_at: now })
    .returning('id');
  return typeof row === 'object' ? (row as { id: number }).id : (row as number);
}

export async function saveNewTicket(trx: Knex.Transaction, ticket: Ticket): Promise<void> {
  await trx('tickets').where({ id: ticket.id, version: 0 }).update(toRow(ticket));
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
