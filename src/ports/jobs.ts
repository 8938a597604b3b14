/**
 * The durable job tables as the runner (jobs/executionRunner.ts) and the executor see them: a job is
 * a row with a lease, its partitions are checkpoints (docs/design.md, "Layers"). Implemented by
 * adapters/db/jobStore.ts, which explains the claim (SKIP LOCKED on PostgreSQL, compare-and-set on
 * SQLite) and the token that fences every write of a claim.
 */
import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export type JobKind = 'execute' | 'sla_warning';
export type JobState = 'pending' | 'done' | 'skipped';
export type JobPhase = 'start' | 'plan' | 'delete' | 'fire';

export interface JobRow {
  id: number;
  key: string;
  kind: JobKind;
  ticket_id: number;
  state: JobState;
  phase: JobPhase;
  attempts: number;
  run_after: string;
  locked_until: string | null;
  locked_by: string | null;
  heartbeat_at: string | null;
  last_error: string | null;
  detail: string | null;
  verify_rounds: number;
  partitions_total: number;
  partitions_done: number;
  partitions_failed: number;
  objects: number | string;
  bytes: number | string;
  started_at: string | null;
  finished_at: string | null;
}

export interface PartitionRow {
  id: number;
  job_id: number;
  prefix: string;
  source: string | null;
  day: string | null;
  space: string | null;
  state: 'pending' | 'done' | 'failed';
  attempts: number;
  run_after: string;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  inventory_at: string | null;
  objects: number | string;
  bytes: number | string;
  versions: number;
  sha256: string | null;
  done_at: string | null;
}

export interface NewPartition {
  prefix: string;
  source?: string | null;
  day?: string | null;
  space?: string | null;
}

/** The two leased tables. */
export type Claimable = 'jobs' | 'job_partitions';

export interface JobStore {
  /** Insert a job unless its key exists. Returns true when a row was created. */
  insertJob(db: Db, job: { key: string; kind: JobKind; ticketId: number; runAfter: string; detail?: Record<string, unknown>; now: string }): Promise<boolean>;
  reviveSkippedJob(db: Db, key: string, now: string): Promise<boolean>;
  dueScheduledTickets(db: Db, now: string): Promise<{ id: number; run_after: string }[]>;
  openPurgeTickets(db: Db, finalStatuses: readonly string[]): Promise<{ id: number; data: string }[]>;
  claimJob(db: Knex, now: Date, leaseMs: number, owner: string): Promise<JobRow | null>;
  claimPartition(db: Knex, now: Date, leaseMs: number, owner: string): Promise<PartitionRow | null>;
  /** Up to `limit` due partitions under one token, in one round trip. */
  claimPartitions(db: Knex, now: Date, leaseMs: number, owner: string, limit: number): Promise<PartitionRow[]>;
  extendLease(db: Db, table: Claimable, id: number, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /** Fenced on the claim token: false when another runner holds the job now. */
  updateJob(db: Db, id: number, owner: string, patch: Record<string, unknown>): Promise<boolean>;
  getJob(db: Db, id: number): Promise<JobRow | undefined>;
  executionJobOf(db: Db, ticketId: number): Promise<JobRow | undefined>;
  insertPartitions(db: Db, jobId: number, partitions: NewPartition[], now: string): Promise<number>;
  partitionsPage(db: Db, jobId: number, afterId: number, limit?: number): Promise<PartitionRow[]>;
  saveInventory(db: Db, id: number, owner: string, inv: { objects: number; bytes: number; versions: number; sha256: string; at: string }): Promise<boolean>;
  settlePartition(db: Knex, p: PartitionRow, owner: string, outcome: { state: 'done' | 'failed'; error?: string; now: string }): Promise<boolean>;
  /** Several inventories in one transaction; for each, whether its lease was still ours. */
  saveInventories(db: Knex, items: { id: number; owner: string; inventory: { objects: number; bytes: number; versions: number; sha256: string; at: string } }[]): Promise<boolean[]>;
  /** Several settlements in one transaction; for each, whether its lease was still ours. */
  settlePartitions(db: Knex, items: { p: PartitionRow; owner: string; outcome: { state: 'done' | 'failed'; error?: string; now: string } }[]): Promise<boolean[]>;
  releasePartition(db: Db, id: number, owner: string, runAfter: string, error: string | null, refundAttempt?: boolean): Promise<void>;
}
