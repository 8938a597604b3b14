/**
 * Every email of a ticket, inbound and outbound, keyed by Message-ID (unique). Inbound messages
 * without a Message-ID are keyed by the SHA-256 of their raw bytes. Threading looks replies up here.
 */
import type { Knex } from 'knex';
import { dialectOf } from './connect';
import { flushHeldTable, insertOrHold } from './heldInserts';
import type { MessageRecord, ThreadEntry, HeldEmail, KeptMessage, MessageStore } from '../../ports/stores';
export type { MessageRecord, ThreadEntry, HeldEmail, KeptMessage };

type ThreadHeader = Pick<ThreadEntry, 'messageId' | 'direction' | 'subject'>;

/**
 * The thread headers of tickets, as a SQLite transaction has read them or begun them, kept up to date
 * by its own inserts: what `threadHeadersOf` would read again (the transaction reads one snapshot and
 * is the one writer; ticketStore.ts says why). Every answer an intake batch queues reads its ticket's
 * thread, and each read first wrote the held message rows: two statements an answer. PostgreSQL
 * transactions see others' commits, so nothing is kept for them. Forgotten with the transaction.
 */
const threadsIn = new WeakMap<Knex.Transaction, Map<number, ThreadHeader[]>>();

function keptThreads(db: Knex | Knex.Transaction): Map<number, ThreadHeader[]> | undefined {
  if (!(db as Knex.Transaction).isTransaction || dialectOf(db as Knex) !== 'sqlite') return undefined;
  const trx = db as Knex.Transaction;
  let threads = threadsIn.get(trx);
  if (!threads) threadsIn.set(trx, (threads = new Map()));
  return threads;
}

/** A ticket created in this transaction: its thread is empty so far (ticketStore.saveNewTicket). */
export function beginThread(trx: Knex.Transaction, ticketId: number): void {
  keptThreads(trx)?.set(ticketId, []);
}

/**
 * Written now, or held to the end of an intake batch's transaction (heldInserts.ts): every read of
 * this table below first writes what the transaction holds for it.
 */
export async function insertMessage(trx: Knex | Knex.Transaction, m: MessageRecord): Promise<void> {
  await insertOrHold(trx, 'messages', {
    ticket_id: m.ticketId,
    direction: m.direction,
    message_key: m.messageKey,
    message_id: m.messageId,
    from_addr: m.from,
    to_addr: m.to.join(', '),
    subject: m.subject,
    date: m.date,
    in_reply_to: m.inReplyTo,
    refs: JSON.stringify(m.references),
    outcome: m.outcome,
    reason: m.reason ?? null,
    auth: m.auth === undefined ? null : JSON.stringify(m.auth),
    parse: m.parse === undefined ? null : JSON.stringify(m.parse),
    body: m.body ?? null,
    origin: m.origin ? m.origin.slice(0, 255) : null,
    raw_sha256: m.rawSha256 ?? null,
    raw_size: m.rawSize ?? null,
    created_at: m.createdAt,
    counted_at: m.countedAt ?? null,
  });
  if (m.ticketId !== null) keptThreads(trx)?.get(m.ticketId)?.push({ messageId: m.messageId, direction: m.direction, subject: m.subject });
}

export async function messageExists(db: Knex | Knex.Transaction, messageKey: string): Promise<{ id: number; ticketId: number | null; outcome: string } | undefined> {
  await flushHeldTable(db, 'messages');
  const row = await db('messages').select('id', 'ticket_id', 'outcome').where({ message_key: messageKey }).first();
  return row ? { id: row.id, ticketId: row.ticket_id, outcome: row.outcome } : undefined;
}

/** Which of these keys are recorded already, with their ticket and outcome: one query per 500 keys (a batch of intake). */
export async function messagesByKey(db: Knex | Knex.Transaction, keys: string[]): Promise<Map<string, { id: number; ticketId: number | null; outcome: string }>> {
  await flushHeldTable(db, 'messages');
  const found = new Map<string, { id: number; ticketId: number | null; outcome: string }>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows: { id: number; message_key: string; ticket_id: number | null; outcome: string }[] = await db('messages').select('id', 'message_key', 'ticket_id', 'outcome').whereIn('message_key', unique.slice(i, i + 500));
    for (const r of rows) found.set(r.message_key, { id: r.id, ticketId: r.ticket_id, outcome: r.outcome });
  }
  return found;
}

/** The ticket that one of these Message-IDs belongs to (In-Reply-To first, then References newest first). */
export async function ticketForMessageIds(db: Knex | Knex.Transaction, ids: string[]): Promise<number | null> {
  await flushHeldTable(db, 'messages');
  for (const id of ids) {
    const row = await db('messages').select('ticket_id').where({ message_id: id }).whereNotNull('ticket_id').first();
    if (row) return row.ticket_id as number;
  }
  return null;
}

export async function threadOf(db: Knex | Knex.Transaction, ticketId: number): Promise<ThreadEntry[]> {
  await flushHeldTable(db, 'messages');
  const rows = await db('messages').where({ ticket_id: ticketId }).orderBy('id');
  return rows.map((r) => ({
    messageId: r.message_id,
    direction: r.direction,
    subject: r.subject,
    from: r.from_addr,
    to: r.to_addr,
    createdAt: r.created_at,
    outcome: r.outcome,
    body: r.body,
    auth: r.auth ? JSON.parse(r.auth) : null,
  }));
}

/**
 * What an answer threads under (In-Reply-To, References, the original subject): a ticket's messages in
 * order, without their bodies (up to 20,000 characters each, read for nothing by `threadOf`).
 */
export async function threadHeadersOf(db: Knex | Knex.Transaction, ticketId: number): Promise<ThreadHeader[]> {
  const kept = keptThreads(db);
  const known = kept?.get(ticketId);
  if (known) return known.map((h) => ({ ...h }));
  await flushHeldTable(db, 'messages');
  const rows: { message_id: string | null; direction: 'in' | 'out'; subject: string | null }[] = await db('messages').select('message_id', 'direction', 'subject').where({ ticket_id: ticketId }).orderBy('id');
  const thread = rows.map((r) => ({ messageId: r.message_id, direction: r.direction, subject: r.subject }));
  kept?.set(ticketId, thread.map((h) => ({ ...h })));
  return thread;
}

export async function preloadThreads(db: Knex | Knex.Transaction, ticketIds: number[]): Promise<void> {
  const kept = keptThreads(db);
  const missing = kept ? [...new Set(ticketIds)].filter((id) => !kept.has(id)) : [];
  if (!kept || missing.length === 0) return;
  await flushHeldTable(db, 'messages');
  for (let i = 0; i < missing.length; i += 500) {
    const part = missing.slice(i, i + 500);
    const rows: { ticket_id: number; message_id: string | null; direction: 'in' | 'out'; subject: string | null }[] = await db('messages').select('ticket_id', 'message_id', 'direction', 'subject').whereIn('ticket_id', part).orderBy('id');
    for (const id of part) kept.set(id, []);
    for (const r of rows) kept.get(r.ticket_id)?.push({ messageId: r.message_id, direction: r.direction, subject: r.subject });
  }
}

/** Every address that wrote to or was written to in a ticket's thread, lower-cased (who may not approve it). */
export async function threadAddressesOf(db: Knex | Knex.Transaction, ticketId: number): Promise<string[]> {
  await flushHeldTable(db, 'messages');
  const rows: { from_addr: string | null; to_addr: string | null; direction: string }[] = await db('messages').select('from_addr', 'to_addr', 'direction').where({ ticket_id: ticketId });
  const addresses = new Set<string>();
  for (const r of rows) {
    // Our own address is on every outbound message; it is not a person of the thread.
    const people = r.direction === 'in' ? [r.from_addr] : (r.to_addr ?? '').split(',');
    for (const a of people) if (a && a.trim()) addresses.add(a.trim().toLowerCase());
  }
  return [...addresses];
}

/**
 * Answers to an address that count toward the per-sender reply limit since a time: those queued or
 * released since then. Staff- and executor-caused mail has no `counted_at` and never counts.
 */
export async function countOutboundSince(db: Knex | Knex.Transaction, to: string, sinceIso: string): Promise<number> {
  await flushHeldTable(db, 'messages');
  const row = await db('messages').where({ direction: 'out', to_addr: to }).andWhere('counted_at', '>=', sinceIso).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/**
 * Both counts of the reply limit for one address, in one pass over its outbound rows: the answers
 * counting toward the hour since `sinceIso` (as `countOutboundSince`), and those still held by the
 * limit (a new answer waits behind them, so mail stays in order). Every answer to incoming mail
 * asks both; two statements each were a tenth of an intake backlog's database time.
 */
export async function replyCounts(db: Knex | Knex.Transaction, to: string, sinceIso: string): Promise<{ recent: number; waiting: number }> {
  await flushHeldTable(db, 'messages');
  const row = await db('messages')
    .where({ direction: 'out', to_addr: to })
    .select(db.raw('count(case when counted_at >= ? then 1 end) as recent', [sinceIso]), db.raw("count(case when outcome = 'held' then 1 end) as waiting"))
    .first();
  return { recent: Number(row?.recent ?? 0), waiting: Number(row?.waiting ?? 0) };
}

/** Held emails, oldest first, of some tickets (all when `ticketIds` is omitted): what staff see. */
export async function heldEmails(db: Knex | Knex.Transaction, ticketIds?: number[]): Promise<HeldEmail[]> {
  await flushHeldTable(db, 'messages');
  const q = db('messages').select('ticket_id', 'to_addr', 'subject', 'created_at').where({ direction: 'out', outcome: 'held' }).orderBy('id');
  if (ticketIds) q.whereIn('ticket_id', ticketIds);
  const rows: { ticket_id: number | null; to_addr: string; subject: string | null; created_at: string }[] = await q;
  return rows.map((r) => ({ ticketId: r.ticket_id, to: r.to_addr, subject: r.subject, since: r.created_at }));
}

export async function recentMessages(db: Knex, limit = 50): Promise<(ThreadEntry & { ticketId: number | null; reason: string | null })[]> {
  await flushHeldTable(db, 'messages');
  const rows = await db('messages').orderBy('id', 'desc').limit(limit);
  return rows.map((r) => ({ ticketId: r.ticket_id, messageId: r.message_id, direction: r.direction, subject: r.subject, from: r.from_addr, to: r.to_addr, createdAt: r.created_at, outcome: r.outcome, body: null, auth: null, reason: r.reason }));
}

/** An outbound email the server accepted (or one given up on): what `show` lists. */
export async function setOutboundOutcome(db: Knex, messageId: string, outcome: 'sent' | 'failed', reason: string | null = null): Promise<void> {
  await flushHeldTable(db, 'messages');
  await db('messages').where({ message_key: messageId, direction: 'out' }).update({ outcome, reason });
}

function keptFromRow(r: Record<string, unknown>): KeptMessage {
  return {
    messageKey: r.message_key as string,
    messageId: (r.message_id as string | null) ?? null,
    ticketId: (r.ticket_id as number | null) ?? null,
    from: (r.from_addr as string | null) ?? null,
    subject: (r.subject as string | null) ?? null,
    date: (r.date as string | null) ?? null,
    receivedAt: r.created_at as string,
    outcome: r.outcome as string,
    reason: (r.reason as string | null) ?? null,
    parse: typeof r.parse === 'string' ? JSON.parse(r.parse) : null,
    auth: typeof r.auth === 'string' ? JSON.parse(r.auth) : null,
  };
}

/** Inbound mail kept for staff without an answer (`deletion-desk inbox`), newest first. */
export async function messagesWithOutcome(db: Knex | Knex.Transaction, outcome: string, limit = 200): Promise<KeptMessage[]> {
  await flushHeldTable(db, 'messages');
  const rows = await db('messages').where({ direction: 'in', outcome }).orderBy('id', 'desc').limit(limit);
  return rows.map(keptFromRow);
}

export async function inboundMessage(db: Knex | Knex.Transaction, messageKey: string, options: { forUpdate?: boolean } = {}): Promise<KeptMessage | undefined> {
  await flushHeldTable(db, 'messages');
  const q = db('messages').where({ message_key: messageKey, direction: 'in' }).first();
  if (options.forUpdate && dialectOf(db as Knex) === 'postgres') q.forUpdate();
  const row = await q;
  return row ? keptFromRow(row) : undefined;
}

/** Attach an inbound message to the ticket it became (staff opened it from the inbox). */
export async function attachMessage(db: Knex | Knex.Transaction, messageKey: string, ticketId: number, outcome: string, reason: string): Promise<void> {
  // The message leaves whatever thread it was in and joins this one: read the threads afresh.
  if ((db as Knex.Transaction).isTransaction) threadsIn.delete(db as Knex.Transaction);
  await flushHeldTable(db, 'messages');
  await db('messages').where({ message_key: messageKey, direction: 'in' }).update({ ticket_id: ticketId, outcome, reason });
}

/** The message store port (ports/stores.ts). */
export const messageStore: MessageStore = { insertMessage, messageExists, messagesByKey, ticketForMessageIds, threadOf, threadHeadersOf, preloadThreads, threadAddressesOf, countOutboundSince, replyCounts, heldEmails, inboundMessage, attachMessage };
