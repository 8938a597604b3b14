/**
 * Job rows and their partition checkpoints. One SQL operation per function; the caller passes the
 * database or transaction. A claim takes a lease (`locked_until`) and writes the claimer's token into
 * `locked_by`; every later write of that claim is fenced on the token, so a runner whose lease was
 * taken over (a long pause, a partition) cannot overwrite the new owner's progress.
 * Claim: `FOR UPDATE SKIP LOCKED` on PostgreSQL, compare-and-set on SQLite (pg-boss documents the same
 * split for databases without SKIP LOCKED).
 */
import type { Knex } from 'knex';
import { dialectOf } from './connect';
import { allPrepared } from './sqliteStatements';
import { prepareFirstWrites, writeInventories, writeSettlements, type InventoryItem, type SettleItem } from './partitionWrites';
import type { Claimable, JobKind, JobRow, JobStore, NewPartition, PartitionRow } from '../../ports/jobs';


type Db = Knex | Knex.Transaction;

/** Insert a job unless its key exists. Returns true when a row was created. */
export async function insertJob(db: Db, job: { key: string; kind: JobKind; ticketId: number; runAfter: string; detail?: Record<string, unknown>; now: string }): Promise<boolean> {
  const rows = await db('jobs')
    .insert({ key: job.key, kind: job.kind, ticket_id: job.ticketId, state: 'pending', phase: job.kind === 'execute' ? 'start' : 'fire', run_after: job.runAfter, detail: job.detail ? JSON.stringify(job.detail) : null, created_at: job.now, updated_at: job.now })
    .onConflict('key')
    .ignore()
    .returning('id');
  return rows.length > 0;
}

/**
 * A skipped execution of a ticket that is scheduled again (edited, then approved again with the same
 * runAfter, as purges are: request time + grace) must run: the reason it was skipped is gone.
 */
export async function reviveSkippedJob(db: Db, key: string, now: string): Promise<boolean> {
  return (await db('jobs').where({ key, state: 'skipped' }).update({ state: 'pending', phase: 'start', finished_at: null, last_error: null, locked_until: null, locked_by: null, run_after: now, updated_at: now })) === 1;
}

/** Scheduled tickets whose runAfter has passed, with the runAfter they were scheduled for. */
export async function dueScheduledTickets(db: Db, now: string): Promise<{ id: number; run_after: string }[]> {
  return db('tickets').select('id', 'run_after').where({ status: 'scheduled' }).andWhere('run_after', '<=', now).andWhere('version', '>', 0).orderBy('id');
}

/** Open purge tickets (their data carries the deadline). */
export async function openPurgeTickets(db: Db, finalStatuses: readonly string[]): Promise<{ id: number; data: string }[]> {
  return db('tickets').select('id', 'data').whereIn('kind', ['workspace_purge', 'archive_purge']).whereNotIn('status', finalStatuses).andWhere('version', '>', 0);
}


/**
 * Claim one due row of `table` for `leaseMs`: due (`run_after` ≤ now), pending, and not leased (or
 * its lease expired: the previous owner died). `extra` narrows the candidates.
 */
async function claimOne<R extends { id: number; attempts: number }>(db: Knex, table: Claimable, now: Date, leaseMs: number, owner: string, extra: (q: Knex.QueryBuilder) => Knex.QueryBuilder): Promise<R | null> {
  const nowIso = now.toISOString();
  const patch = { locked_until: new Date(now.getTime() + leaseMs).toISOString(), locked_by: owner };
  const due = (q: Knex.QueryBuilder) =>
    extra(q.where(`${table}.state`, 'pending').andWhere(`${table}.run_after`, '<=', nowIso).andWhere((w) => w.whereNull(`${table}.locked_until`).orWhere(`${table}.locked_until`, '<', nowIso)));
  if (dialectOf(db) === 'postgres') {
    return db.transaction(async (trx) => {
      const row = (await due(trx(table).select(`${table}.*`)).orderBy(`${table}.id`).first().forUpdate().skipLocked()) as R | undefined;
      if (!row) return null;
      await trx(table).where({ id: row.id }).update({ ...patch, attempts: row.attempts + 1 });
      return { ...row, ...patch, attempts: row.attempts + 1 };
    });
  }
  const candidates = (await due(db(table).select(`${table}.*`)).orderBy(`${table}.id`).limit(5)) as R[];
  for (const row of candidates) {
    // Compare-and-set on attempts: of two claimers that read the same row, one updates it.
    const n = await due(db(table).where({ id: row.id, attempts: row.attempts })).update({ ...patch, attempts: row.attempts + 1 });
    if (n === 1) return { ...row, ...patch, attempts: row.attempts + 1 };
  }
  return null;
}

/**
 * A job that needs a coordinator step: a timer, an execution to start or plan, or an execution whose
 * partitions are all settled (verify and finish). Executions still deleting are not claimed here.
 */
export function claimJob(db: Knex, now: Date, leaseMs: number, owner: string): Promise<JobRow | null> {
  return claimOne<JobRow>(db, 'jobs', now, leaseMs, owner, (q) =>
    q.andWhere((w) =>
      w.whereIn('jobs.phase', ['start', 'plan', 'fire']).orWhere((d) =>
        d.where('jobs.phase', 'delete').whereNotExists(function (this: Knex.QueryBuilder) {
          this.select(db.raw('1')).from('job_partitions').whereRaw('job_partitions.job_id = jobs.id').andWhere('job_partitions.state', 'pending');
        }),
      ),
    ),
  );
}

/** A partition of an execution in its delete phase. */
export function claimPartition(db: Knex, now: Date, leaseMs: number, owner: string): Promise<PartitionRow | null> {
  return claimOne<PartitionRow>(db, 'job_partitions', now, leaseMs, owner, (q) => q);
}

/** Extend a lease we hold; false when it is no longer ours. */
export async function extendLease(db: Db, table: Claimable, id: number, owner: string, now: Date, leaseMs: number): Promise<boolean> {
  const patch: Record<string, string> = { locked_until: new Date(now.getTime() + leaseMs).toISOString() };
  if (table === 'jobs') patch.heartbeat_at = now.toISOString();
  return (await db(table).where({ id, locked_by: owner }).update(patch)) === 1;
}

/** Update a job we hold (fenced on the claim token); false when the lease was lost. */
export async function updateJob(db: Db, id: number, owner: string, patch: Record<string, unknown>): Promise<boolean> {
  return (await db('jobs').where({ id, locked_by: owner }).update(patch)) === 1;
}

export async function getJob(db: Db, id: number): Promise<JobRow | undefined> {
  return db('jobs').where({ id }).first();
}

export async function executionJobOf(db: Db, ticketId: number): Promise<JobRow | undefined> {
  return db('jobs').where({ ticket_id: ticketId, kind: 'execute' }).orderBy('id', 'desc').first();
}

/** Add partitions to an execution (idempotent on the prefix). Returns how many were new. */
export async function insertPartitions(db: Db, jobId: number, partitions: NewPartition[], now: string): Promise<number> {
  let added = 0;
  // SQLite allows 999 bound variables per statement: 100 rows of 6 columns stay well below.
  for (let i = 0; i < partitions.length; i += 100) {
    const chunk = partitions.slice(i, i + 100).map((p) => ({ job_id: jobId, prefix: p.prefix, source: p.source ?? null, day: p.day ?? null, space: p.space ?? null, state: 'pending', run_after: now }));
    const rows = await db('job_partitions').insert(chunk).onConflict(['job_id', 'prefix']).ignore().returning('id');
    added += rows.length;
  }
  return added;
}

/** The partitions of a job, in prefix order, a page at a time (thousands of rows stay out of memory). */
export async function partitionsPage(db: Db, jobId: number, afterId: number, limit = 500): Promise<PartitionRow[]> {
  return db('job_partitions').where({ job_id: jobId }).andWhere('id', '>', afterId).orderBy('id').limit(limit);
}

export async function saveInventory(db: Db, id: number, owner: string, inv: { objects: number; bytes: number; versions: number; sha256: string; at: string }): Promise<boolean> {
  return (await db('job_partitions').where({ id, locked_by: owner }).update({ inventory_at: inv.at, objects: inv.objects, bytes: inv.bytes, versions: inv.versions, sha256: inv.sha256 })) === 1;
}

/** Settle a partition (done or failed for good) and count it on its job, together (partitionWrites.ts). */
export async function settlePartition(db: Knex, p: PartitionRow, owner: string, outcome: { state: 'done' | 'failed'; error?: string; now: string }): Promise<boolean> {
  return (await writeSettlements(db, [{ p, owner, outcome }]))[0]!;
}

/** Give a partition back: retry at `runAfter` (a transient error), or now (shutdown, not its fault). */
export async function releasePartition(db: Db, id: number, owner: string, runAfter: string, error: string | null, refundAttempt = false): Promise<void> {
  const patch: Record<string, unknown> = { locked_until: null, locked_by: null, run_after: runAfter, last_error: error };
  if (refundAttempt) patch.attempts = db.raw('attempts - 1');
  await db('job_partitions').where({ id, locked_by: owner }).update(patch);
}

/**
 * Claim up to `limit` due partitions at once under one token (one round trip for several partitions:
 * a purge of a thousand small partitions spent more time claiming than deleting). Same rules as
 * `claimPartition`; every later write stays fenced per row on the token.
 */
export async function claimPartitions(db: Knex, now: Date, leaseMs: number, owner: string, limit: number): Promise<PartitionRow[]> {
  const nowIso = now.toISOString();
  const patch = { locked_until: new Date(now.getTime() + leaseMs).toISOString(), locked_by: owner, attempts: db.raw('attempts + 1') };
  const due = (q: Knex.QueryBuilder) => q.where('state', 'pending').andWhere('run_after', '<=', nowIso).andWhere((w) => w.whereNull('locked_until').orWhere('locked_until', '<', nowIso));
  if (dialectOf(db) === 'postgres') {
    const ids = due(db('job_partitions').select('id')).orderBy('id').limit(limit).forUpdate().skipLocked();
    const rows = (await db('job_partitions').whereIn('id', ids).update(patch).returning('*')) as PartitionRow[];
    return rows.sort((a, b) => a.id - b.id);
  }
  // One statement (UPDATE … RETURNING, SQLite 3.35+), not a select, an update and a read-back: the
  // executor claims after every partition it finishes, and on one SQLite connection each statement
  // is a round trip the next partition's listing waits behind. SQLite runs it under its write lock,
  // and the due condition is checked again on the rows it updates: of two claimers, one gets each row.
  // Prepared once per connection (sqliteStatements.ts), not built and prepared for every claim.
  const rows = await allPrepared<PartitionRow>(db, CLAIM_PARTITIONS_SQLITE, [patch.locked_until, owner, nowIso, nowIso, nowIso, nowIso, limit]);
  // Their inventories and settlements follow: those statements are prepared while the partitions list.
  if (rows.length > 0) void prepareFirstWrites(db).catch(() => undefined);
  return rows.sort((a, b) => a.id - b.id);
}

const DUE_PARTITION = "state = 'pending' AND run_after <= ? AND (locked_until IS NULL OR locked_until < ?)";
/** `claimPartitions` on SQLite; values: locked_until, owner, now four times, limit. */
const CLAIM_PARTITIONS_SQLITE = `UPDATE job_partitions SET locked_until = ?, locked_by = ?, attempts = attempts + 1 WHERE ${DUE_PARTITION} AND id IN (SELECT id FROM job_partitions WHERE ${DUE_PARTITION} ORDER BY id LIMIT ?) RETURNING *`;

/** Several inventories in one statement (partitionWrites.ts); for each, whether its lease was still ours. */
export function saveInventories(db: Knex, items: InventoryItem[]): Promise<boolean[]> {
  return writeInventories(db, items);
}

/**
 * Settle several partitions (done or failed for good) and count them on their jobs, together, in one
 * statement (partitionWrites.ts). For each, whether its lease was still ours.
 */
export function settlePartitions(db: Knex, items: SettleItem[]): Promise<boolean[]> {
  return writeSettlements(db, items);
}

/** The job store port (ports/jobs.ts): the runner's and the executor's view of these tables. */
export const jobStore: JobStore = { insertJob, reviveSkippedJob, dueScheduledTickets, openPurgeTickets, claimJob, claimPartition, extendLease, updateJob, getJob, executionJobOf, insertPartitions, partitionsPage, saveInventory, settlePartition, releasePartition, claimPartitions, saveInventories, settlePartitions };
