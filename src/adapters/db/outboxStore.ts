/**
 * The notification outbox: rows written in the same transaction as the change that caused them,
 * then delivered by a worker (email, Slack). A row is claimed with a lease (`locked_until`), so a
 * crashed sender's rows come back; a sent row is marked `sent` after the server accepted it.
 * Claim: `FOR UPDATE SKIP LOCKED` on PostgreSQL, compare-and-set on SQLite.
 */
import type { Knex } from 'knex';
import { dialectOf } from './connect';
import { insertOrHold } from './heldInserts';
import type { Channel, NotificationStatus, Notification, EnqueueInput, Outbox, OutboxQueue } from '../../ports/stores';
export type { Channel, NotificationStatus, Notification, EnqueueInput };

interface Row {
  id: number;
  ticket_id: number | null;
  channel: Channel;
  dedupe_key: string | null;
  payload: string;
  status: NotificationStatus;
  attempts: number;
  run_after: string;
  last_error: string | null;
}

function fromRow<P>(r: Row): Notification<P> {
  return { id: r.id, ticketId: r.ticket_id, channel: r.channel, dedupeKey: r.dedupe_key, payload: JSON.parse(r.payload) as P, status: r.status, attempts: r.attempts, runAfter: r.run_after, lastError: r.last_error };
}

/** Queued in the caller's transaction (held to its end when it holds its inserts: heldInserts.ts). */
export async function enqueueNotification(trx: Knex.Transaction | Knex, input: EnqueueInput): Promise<void> {
  await insertOrHold(trx, 'notifications', {
    ticket_id: input.ticketId,
    channel: input.channel,
    dedupe_key: input.dedupeKey ?? null,
    payload: JSON.stringify(input.payload),
    status: input.status ?? 'pending',
    attempts: 0,
    run_after: input.now,
    last_error: input.lastError ?? null,
    created_at: input.now,
  });
}

/** Claim up to `limit` due rows of a channel for `leaseMs`. Each row goes to one claimer at a time. */
export async function claimNotifications<P>(db: Knex, channel: Channel, now: Date, leaseMs: number, limit = 10): Promise<Notification<P>[]> {
  const nowIso = now.toISOString();
  const lockedUntil = new Date(now.getTime() + leaseMs).toISOString();
  const due = (q: Knex.QueryBuilder) =>
    q
      .where({ channel, status: 'pending' })
      .andWhere('run_after', '<=', nowIso)
      .andWhere((w) => w.whereNull('locked_until').orWhere('locked_until', '<', nowIso));
  if (dialectOf(db) === 'postgres') {
    return db.transaction(async (trx) => {
      const rows = await due(trx('notifications').select('*')).orderBy('id').limit(limit).forUpdate().skipLocked();
      if (rows.length === 0) return [];
      await trx('notifications').whereIn('id', rows.map((r: Row) => r.id)).update({ locked_until: lockedUntil, attempts: trx.raw('attempts + 1') });
      return rows.map((r: Row) => fromRow<P>({ ...r, attempts: r.attempts + 1 }));
    });
  }
  const candidates: Row[] = await due(db('notifications').select('*')).orderBy('id').limit(limit);
  const claimed: Notification<P>[] = [];
  for (const r of candidates) {
    // Compare-and-set: only one claimer sees the old locked_until / attempts.
    const n = await db('notifications')
      .where({ id: r.id, attempts: r.attempts, status: 'pending' })
      .update({ locked_until: lockedUntil, attempts: r.attempts + 1 });
    if (n === 1) claimed.push(fromRow<P>({ ...r, attempts: r.attempts + 1 }));
  }
  return claimed;
}

export async function markSent(db: Knex, id: number, now: Date): Promise<void> {
  await db('notifications').where({ id }).update({ status: 'sent', sent_at: now.toISOString(), locked_until: null, last_error: null });
}

/** Retry later (transient failure) or give up (`failed`, permanent). */
export async function markAttemptFailed(db: Knex, id: number, error: string, retryAt: Date | null): Promise<void> {
  await db('notifications')
    .where({ id })
    .update(retryAt ? { run_after: retryAt.toISOString(), locked_until: null, last_error: error } : { status: 'failed', locked_until: null, last_error: error });
}

export async function outboxCounts(db: Knex): Promise<Record<string, number>> {
  const rows = await db('notifications').select('channel', 'status').count({ n: '*' }).groupBy('channel', 'status');
  return Object.fromEntries((rows as { channel: string; status: string; n: unknown }[]).map((r) => [`${r.channel}_${r.status}`, Number(r.n)]));
}

export async function notificationsForTicket(db: Knex, ticketId: number): Promise<Notification[]> {
  const rows: Row[] = await db('notifications').where({ ticket_id: ticketId }).orderBy('id');
  return rows.map((r) => fromRow(r));
}

/** The outbox ports (ports/stores.ts): queueing for services, claiming for the worker. */
export const outbox: Outbox & OutboxQueue = { enqueueNotification, claimNotifications, markSent, markAttemptFailed };
