/**
 * The executor loop of one replica: turn due tickets and deadlines into job rows, then claim work —
 * a coordinator step of a job (start, plan, finish, a timer) or one partition to delete — under a lease
 * that a heartbeat extends while the work runs. A crashed replica's leases expire and another replica
 * (or the same one after a restart) takes the row over from its checkpoint. Several replicas share one
 * PostgreSQL database: a partition is leased to one of them at a time.
 */
import { randomBytes } from 'node:crypto';
import { isAppError, toError } from '../errors';
import { FINAL_STATUSES, ticketRef, type Ticket } from '../domain/ticket';
import { progressOf } from '../domain/execution/receipt';
import { deletePartition, finishExecution, partitionLedger, fireSlaWarning, planExecution, startExecution, type ExecutorDeps, type PartitionRunResult, type StepOutcome } from '../services/executor';
import { backoffMs, Waiter } from '../lib/backoff';
import { AbortFanOut } from '../lib/abortFanOut';
import type { JobRow, JobStore, PartitionRow } from '../ports/jobs';

export interface ExecutionRunnerOptions extends ExecutorDeps {
  /** Errors of the database worth another try (a dropped connection, a busy SQLite file). */
  isTransientStoreError?: (error: unknown) => boolean;
  /**
   * Partitions in progress at once in this replica (listing, inventory, deleting; a finished one's
   * outcome, still being written, holds no place). On S3 more than the archive's DeleteObjects
   * slots: the surplus lists while the others delete.
   */
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  /** Attempts of a partition (transient errors) and of a coordinator step before giving up. */
  maxAttempts?: number;
  retryBaseMs?: number;
  /** SLA warnings, in days before the deadline. */
  slaWarningDays?: number[];
  /** Progress is logged at most this often per job. */
  progressLogMs?: number;
  /** Identifies this replica in `locked_by` (hostname-pid by default). */
  name?: string;
}


export class ExecutionRunner {
  private readonly name: string;
  private claims = 0;
  private readonly running = new Set<Promise<void>>();
  /** Outcomes of partitions whose deletion ended, still being written (they hold no place). */
  private readonly recording = new Set<Promise<void>>();
  private readonly lastProgressLog = new Map<number, number>();
  private readonly waiter = new Waiter();
  /** Each partition's work, aborted when the runner's signal aborts (one listener on it for all). */
  private readonly partitionWork = new AbortFanOut();
  private lastSchedule = 0;
  private lastJobClaim = 0;

  /**
   * Worth another try: a transient AppError or a lost race or lease, what the archive calls transient
   * (it knows its store's errors), or a database error the store calls transient.
   */
  private isTransient(error: unknown): boolean {
    if (isAppError(error)) return error.code === 'transient' || error.code === 'conflict' || error.code === 'lost_race';
    return this.options.archive.isTransient(error) || (this.options.isTransientStoreError?.(error) ?? false);
  }

  constructor(private readonly options: ExecutionRunnerOptions) {
    this.name = options.name ?? `executor-${process.pid}-${randomBytes(3).toString('hex')}`;
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? 60_000;
  }

  /** Run until the signal aborts; partitions in progress stop at their next batch and are given back. */
  async run(signal: AbortSignal): Promise<void> {
    const { logger } = this.options;
    logger.info({ runner: this.name, archive: await this.options.archive.describe().catch((e) => `unreachable: ${toError(e).message}`) }, 'executor started');
    while (!signal.aborted) {
      let busy = false;
      try {
        busy = await this.tick(signal);
      } catch (error) {
        logger.error({ err: toError(error) }, 'executor poll failed; retrying');
      }
      if (!busy && !signal.aborted) await this.waiter.wait(this.options.pollMs ?? 1_000, signal);
    }
    await Promise.allSettled([...this.running]);
    await Promise.allSettled([...this.recording]);
  }

  wake(): void {
    this.waiter.wake();
  }

  /**
   * One round: schedule, then claim while there is capacity. Returns true when it claimed something
   * (call again soon). Partition work continues in the background; `drain` waits for it.
   */
  async tick(signal: AbortSignal = new AbortController().signal): Promise<boolean> {
    // Scheduling scans tickets: once per poll interval, not after every partition.
    if (Date.now() - this.lastSchedule >= (this.options.pollMs ?? 1_000) || this.running.size === 0) {
      this.lastSchedule = Date.now();
      await this.schedule();
    }
    // Partitions first: a partition that just ended frees a place that a waiting partition should
    // take at once (its listing is a round trip the delete slots wait on); the job query comes after.
    let claimed = await this.claimPartitions(signal);
    // While partitions are being claimed, their job is deleting and cannot be claimed; other jobs (a
    // timer, another ticket's start) are looked for once per poll interval then, as tickets are
    // scheduled. A job query after every partition cost CPU and held the one SQLite connection that
    // the other partitions' inventories and settlements wait for.
    const pollMs = this.options.pollMs ?? 1_000;
    if (!claimed || Date.now() - this.lastJobClaim >= pollMs) {
      this.lastJobClaim = Date.now();
      for (;;) {
        if (signal.aborted) return claimed;
        const job = await this.options.jobs.claimJob(this.options.db, this.options.clock(), this.leaseMs, this.token());
        if (!job) break;
        claimed = true;
        await this.runJobStep(job, signal);
      }
    }
    // A job step (the plan) may have made partitions due.
    if (await this.claimPartitions(signal)) claimed = true;
    if (this.running.size >= (this.options.concurrency ?? 2) && !signal.aborted) await Promise.race(this.running);
    return claimed;
  }

  /** Claim partitions into every free place (one round trip for several); they run in the background. */
  private async claimPartitions(signal: AbortSignal): Promise<boolean> {
    const capacity = this.options.concurrency ?? 2;
    let claimed = false;
    while (this.running.size < capacity && !signal.aborted) {
      const partitions = await this.options.jobs.claimPartitions(this.options.db, this.options.clock(), this.leaseMs, this.token(), capacity - this.running.size);
      if (partitions.length === 0) break;
      claimed = true;
      for (const partition of partitions) {
        // A partition whose outcome cannot be written (the database is down) must not reject unobserved:
        // Node would end the whole process. Its lease expires and it is claimed again.
        const task = this.runPartition(partition, signal).catch((error) => this.unrecorded(partition, error)).finally(() => {
          this.running.delete(task);
          this.wake();
        });
        this.running.add(task);
      }
    }
    return claimed;
  }

  /**
   * Work until nothing is due (tests, drills, the CLI): until a whole round that began with no
   * partition running claimed nothing. A partition that ends while a round is under way may have made
   * its job's next step due after that round looked, so that round alone proves nothing.
   */
  async drain(signal: AbortSignal = new AbortController().signal): Promise<void> {
    for (;;) {
      const busy = this.running.size > 0 || this.recording.size > 0;
      // A round that claimed something, with every place taken, has already waited for one partition
      // to end: claim again at once. Waiting here too left two places empty until the next claim, so
      // a purge ran with one or two partitions fewer than EXECUTOR_CONCURRENCY.
      if (await this.tick(signal)) continue;
      if (this.running.size > 0) await Promise.race(this.running);
      else if (this.recording.size > 0) await Promise.race(this.recording);
      else if (!busy) return;
    }
  }

  /** Due tickets become execution jobs; open purges get their deadline warnings. Idempotent. */
  async schedule(): Promise<void> {
    const { db, clock } = this.options;
    const now = clock().toISOString();
    for (const t of await this.options.jobs.dueScheduledTickets(db, now)) {
      // Keyed on runAfter too: a ticket edited and approved again gets a fresh job.
      const key = `execute:${t.id}:${t.run_after}`;
      if ((await this.options.jobs.insertJob(db, { key, kind: 'execute', ticketId: t.id, runAfter: t.run_after, now })) || (await this.options.jobs.reviveSkippedJob(db, key, now))) {
        this.options.logger.info({ ticket: ticketRef(t.id) }, 'ticket is due: execution queued');
      }
    }
    const active = FINAL_STATUSES;
    for (const row of await this.options.jobs.openPurgeTickets(db, active)) {
      const ticket = JSON.parse(row.data) as Ticket;
      if (!ticket.deadline) continue;
      for (const days of this.options.slaWarningDays ?? [7, 0]) {
        const at = new Date(Date.parse(ticket.deadline) - days * 86_400_000).toISOString();
        await this.options.jobs.insertJob(db, { key: `sla:${row.id}:${days}`, kind: 'sla_warning', ticketId: row.id, runAfter: at, detail: { daysBefore: days }, now });
      }
    }
  }

  private token(): string {
    this.claims += 1;
    return `${this.name}#${this.claims}`;
  }

  private async runJobStep(job: JobRow, signal: AbortSignal): Promise<void> {
    const owner = job.locked_by!;
    const { db, logger, clock } = this.options;
    const step = new AbortController();
    const stop = () => step.abort();
    signal.addEventListener('abort', stop, { once: true });
    const heartbeat = this.keepLease('jobs', job.id, owner, step);
    try {
      let outcome: StepOutcome;
      if (job.kind === 'sla_warning') outcome = await fireSlaWarning(this.options, job, owner);
      else if (job.phase === 'start') outcome = await startExecution(this.options, job, owner);
      else if (job.phase === 'plan') outcome = await planExecution(this.options, job, owner, step.signal);
      else outcome = await finishExecution(this.options, job, owner, step.signal);
      if (outcome === 'again') await this.options.jobs.updateJob(db, job.id, owner, { locked_until: null, last_error: null, attempts: 0 });
    } catch (raw) {
      const error = toError(raw);
      const giveUp = !this.isTransient(raw) || job.attempts >= (this.options.maxAttempts ?? 8);
      const retryAt = new Date(clock().getTime() + backoffMs(job.attempts, this.options.retryBaseMs ?? 5_000, 10 * 60_000));
      // A coordinator step is retried even after a permanent error, slowly: staff fix the cause
      // (catalog, credentials) and the job goes on; the error is visible in `show`.
      await this.options.jobs.updateJob(db, job.id, owner, { locked_until: null, run_after: (giveUp ? new Date(clock().getTime() + 10 * 60_000) : retryAt).toISOString(), last_error: error.message, updated_at: clock().toISOString() });
      logger.error({ ticket: ticketRef(job.ticket_id), job: job.id, phase: job.phase, err: error }, 'execution step failed; it will be retried');
    } finally {
      clearInterval(heartbeat);
      signal.removeEventListener('abort', stop);
    }
  }

  /**
   * One partition. Its deletion holds a place; writing its outcome (a group commit with others' and
   * claims on the one SQLite connection) does not: the next partition is claimed and listed
   * meanwhile, so the places list ahead of the DeleteObjects slots instead of waiting on the
   * database. The lease is kept until the outcome is written; `drain` and `run` wait for it.
   */
  private async runPartition(p: PartitionRow, signal: AbortSignal): Promise<void> {
    const owner = p.locked_by!;
    const { controller: work, release } = this.partitionWork.child(signal);
    const heartbeat = this.keepLease('job_partitions', p.id, owner, work);
    let outcome: Promise<void>;
    try {
      const result = await deletePartition(this.options, p, owner, work.signal);
      outcome = this.recordResult(p, owner, result);
    } catch (raw) {
      outcome = this.recordError(p, owner, raw, signal, work.signal);
    }
    const recorded: Promise<void> = outcome
      .catch((error) => this.unrecorded(p, error))
      .finally(() => {
        clearInterval(heartbeat);
        release();
        this.recording.delete(recorded);
        this.wake();
      });
    this.recording.add(recorded);
  }

  private async recordResult(p: PartitionRow, owner: string, result: PartitionRunResult): Promise<void> {
    if (result.failures.length === 0) {
      await partitionLedger(this.options.db, this.options.jobs).settle(p, owner, { state: 'done', now: this.options.clock().toISOString() });
    } else {
      const f = result.failures;
      const codes = [...new Set(f.map((x) => x.code))].join(', ');
      const message = `${f.length} objects could not be deleted (${codes}), e.g. ${f[0].key}: ${f[0].message}`;
      await this.failOrRetry(p, owner, message, f.every((x) => this.options.archive.isTransient(x)));
    }
    await this.logProgress(p.job_id);
  }

  private async recordError(p: PartitionRow, owner: string, raw: unknown, signal: AbortSignal, work: AbortSignal): Promise<void> {
    const { db, logger, clock } = this.options;
    if (signal.aborted) {
      // Shutdown, not the partition's fault: give it back at once, attempt refunded.
      await this.options.jobs.releasePartition(db, p.id, owner, clock().toISOString(), 'interrupted by shutdown', true).catch(() => undefined);
    } else if (work.aborted) {
      logger.warn({ job: p.job_id, partition: p.prefix }, 'lost the lease of a partition; another runner has it');
    } else {
      await this.failOrRetry(p, owner, toError(raw).message, this.isTransient(raw));
    }
  }

  /** A partition whose outcome cannot be written (the database is down): its lease expires and it is claimed again. */
  private unrecorded(p: PartitionRow, error: unknown): void {
    this.options.logger.error({ err: toError(error), job: p.job_id, partition: p.prefix }, 'could not record the outcome of a partition; it will be retried when its lease expires');
  }

  private async failOrRetry(p: PartitionRow, owner: string, message: string, transient: boolean): Promise<void> {
    const { db, clock, logger } = this.options;
    if (transient && p.attempts < (this.options.maxAttempts ?? 8)) {
      const delay = backoffMs(p.attempts, this.options.retryBaseMs ?? 5_000, 10 * 60_000);
      await this.options.jobs.releasePartition(db, p.id, owner, new Date(clock().getTime() + delay).toISOString(), message);
      logger.warn({ job: p.job_id, partition: p.prefix, attempt: p.attempts, retryInMs: delay, err: message }, 'partition failed; will retry');
    } else {
      await this.options.jobs.settlePartition(db, p, owner, { state: 'failed', error: message, now: clock().toISOString() });
      logger.error({ job: p.job_id, partition: p.prefix, attempts: p.attempts, err: message }, 'partition failed for good');
    }
  }

  /** Extend the lease every third of its length; if it was lost, abort the work (another runner owns it). */
  private keepLease(table: 'jobs' | 'job_partitions', id: number, owner: string, work: AbortController): NodeJS.Timeout {
    const timer = setInterval(() => {
      this.options.jobs.extendLease(this.options.db, table, id, owner, this.options.clock(), this.leaseMs).then(
        (ok) => {
          if (!ok) work.abort();
        },
        (error) => this.options.logger.warn({ err: toError(error), table, id }, 'could not extend a lease; will try again'),
      );
    }, Math.max(50, Math.floor(this.leaseMs / 3)));
    timer.unref();
    return timer;
  }

  private async logProgress(jobId: number): Promise<void> {
    const now = Date.now();
    const last = this.lastProgressLog.get(jobId) ?? 0;
    if (now - last < (this.options.progressLogMs ?? 10_000)) return;
    this.lastProgressLog.set(jobId, now);
    const job = await this.options.jobs.getJob(this.options.db, jobId);
    if (!job) return;
    const p = progressOf(job, this.options.clock());
    this.options.logger.info({ ticket: ticketRef(job.ticket_id), job: jobId, partitions: `${p.partitionsDone + p.partitionsFailed}/${p.partitionsTotal}`, failed: p.partitionsFailed, objects: p.objects, bytes: p.bytes, etaSeconds: p.etaSeconds }, 'purge progress');
  }
}
