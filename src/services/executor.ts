/**
 * The steps of an execution, each idempotent so a crash at any point only repeats work:
 * start (ticket `scheduled` → `running`, in the same transaction as the job's phase: a cancel that
 * committed first makes the start fail), plan (write one checkpoint row per partition), delete one
 * partition (inventory, then delete, then tidy), finish (look again for anything left in scope, then
 * `finish` with the receipt). Also the SLA timer. The runner (jobs/executionRunner.ts) claims the rows.
 */
import type { Knex } from 'knex';
import type { Logger } from '../logger';
import type { Archive, ArchiveEntry, DeleteFailure } from '../ports/archive';
import type { AuditLog, Outbox } from '../ports/stores';
import { AppError, isAppError } from '../errors';
import type { Catalog } from '../domain/catalog';
import { archiveScope, matchPartition, type ArchiveLayouts, type ArchiveScope } from '../domain/scope';
import { readAhead } from '../lib/readAhead';
import { buildResult, KeyDigest, type PartitionFailure, type SettledPartition } from '../domain/execution/receipt';
import { ticketRef, type Actor, type Ticket } from '../domain/ticket';
import type { TicketService } from './ticketService';
import { daysAreFolders, discoverPartitions, type FoundPartition } from './executorScope';
import type { JobRow, JobStore, NewPartition, PartitionRow } from '../ports/jobs';
import { GroupCommit } from '../lib/groupCommit';

export const EXECUTOR: Actor = { type: 'system', id: 'executor' };

export interface ExecutorDeps {
  db: Knex;
  /** The job and partition rows (adapters/db/jobStore.ts). */
  jobs: JobStore;
  /** The SLA warning's audit entry and Slack notice, written in the job's transaction. */
  audit: AuditLog;
  outbox: Outbox;
  archive: Archive;
  tickets: TicketService;
  catalog: () => Promise<Catalog>;
  layouts: ArchiveLayouts;
  clock: () => Date;
  logger: Logger;
  slackEnabled: boolean;
}

/** Settles the job as well: the caller only releases its lease when this returns 'again'. */
export type StepOutcome = 'done' | 'again';

/** `start`: move the ticket to running, or give up quietly if it is no longer scheduled. */
export async function startExecution(deps: ExecutorDeps, job: JobRow, owner: string): Promise<StepOutcome> {
  // The plan's first listing needs these; asked now, they are on the wire while the start commits.
  void deps.archive.prepare?.().catch(() => undefined);
  const ticket = await deps.tickets.get(job.ticket_id);
  const now = deps.clock().toISOString();
  if (ticket.status !== 'scheduled') {
    await deps.jobs.updateJob(deps.db, job.id, owner, { state: 'skipped', last_error: `ticket is ${ticket.status}, not scheduled`, finished_at: now, locked_until: null, updated_at: now });
    deps.logger.info({ ticket: ticketRef(ticket.id), job: job.id, status: ticket.status }, 'execution skipped: the ticket is no longer scheduled');
    return 'done';
  }
  let scopeError: string | null = null;
  let additions = 0;
  try {
    const scope = archiveScope(ticket, await deps.catalog(), deps.layouts);
    additions = scope.additions.sources.length + scope.additions.spaces.length;
  } catch (error) {
    if (!isAppError(error, 'bad_input')) throw error;
    scopeError = error.message;
  }
  try {
    await deps.db.transaction(async (trx) => {
      await deps.tickets.apply(ticket.id, { type: 'start', actor: EXECUTOR }, { trx });
      if (!(await deps.jobs.updateJob(trx, job.id, owner, { phase: 'plan', started_at: now, updated_at: now }))) throw new AppError('conflict', 'lost the job lease');
      if (scopeError !== null) {
        // Refused before anything is touched: the ticket fails with the reason, for staff to fix.
        await deps.tickets.apply(ticket.id, { type: 'finish', actor: EXECUTOR, result: buildResult({ done: [], failures: [{ prefix: '', source: null, day: null, error: scopeError }], startedAt: now, finishedAt: now }) }, { trx });
        await deps.jobs.updateJob(trx, job.id, owner, { state: 'done', last_error: scopeError, finished_at: now, locked_until: null });
      }
    });
  } catch (error) {
    if (isAppError(error, 'invalid_transition')) {
      // A cancel (or an edit) committed first: it wins, nothing runs.
      await deps.jobs.updateJob(deps.db, job.id, owner, { state: 'skipped', last_error: error.message, finished_at: now, locked_until: null, updated_at: now });
      deps.logger.info({ ticket: ticketRef(ticket.id), job: job.id, reason: error.message }, 'execution skipped');
      return 'done';
    }
    throw error;
  }
  deps.logger.info({ ticket: ticketRef(ticket.id), job: job.id }, scopeError ? 'execution refused: the scope is not safe' : 'execution started');
  if (additions > 0) deps.logger.warn({ ticket: ticketRef(ticket.id), job: job.id, additions }, 'the workspace gained sources or spaces since approval: they are not deleted; staff are told in the result');
  return scopeError ? 'done' : 'again';
}

/** `plan`: one checkpoint row per partition in scope (exact ones, and the days found under sources). */
export async function planExecution(deps: ExecutorDeps, job: JobRow, owner: string, signal: AbortSignal): Promise<StepOutcome> {
  const ticket = await deps.tickets.get(job.ticket_id);
  const scope = archiveScope(ticket, await deps.catalog(), deps.layouts);
  const now = deps.clock().toISOString();
  let total = await deps.jobs.insertPartitions(deps.db, job.id, scope.prefixes.map((p) => ({ prefix: p.prefix, source: p.source, day: p.day, space: p.space })), now);
  total += await addDiscovered(deps, job.id, scope, signal);
  if (signal.aborted) return 'again';
  const counted = await deps.db('job_partitions').where({ job_id: job.id }).count({ n: '*' }).first();
  await deps.jobs.updateJob(deps.db, job.id, owner, { phase: 'delete', partitions_total: Number((counted as { n: unknown }).n), updated_at: deps.clock().toISOString() });
  deps.logger.info({ ticket: ticketRef(ticket.id), job: job.id, partitions: Number((counted as { n: unknown }).n), added: total }, 'execution planned');
  return 'again';
}

/**
 * Add the day partitions found under the scope's sources (those already planned are not added again).
 * `folders`, if given, collects the day folders found under sources whose days are folders.
 */
async function addDiscovered(deps: ExecutorDeps, jobId: number, scope: ArchiveScope, signal: AbortSignal, folders?: Set<string>): Promise<number> {
  let added = 0;
  let chunk: NewPartition[] = [];
  const flush = async () => {
    added += await deps.jobs.insertPartitions(deps.db, jobId, chunk, deps.clock().toISOString());
    chunk = [];
  };
  for (const root of scope.sourceRoots) {
    const byFolder = folders && daysAreFolders(deps.archive, root);
    for await (const p of discoverPartitions(deps.archive, root, { sizes: false, signal })) {
      if (byFolder) folders.add(p.prefix);
      chunk.push({ prefix: p.prefix, source: p.source, day: p.day });
      if (chunk.length >= 500) await flush();
    }
  }
  await flush();
  return added;
}

type Inventory = { objects: number; bytes: number; versions: number; sha256: string; at: string };
type Settlement = { state: 'done' | 'failed'; error?: string; now: string };

/**
 * A database's partition writes, grouped: partitions that finish their listing (inventory) or their
 * deletion (settle) while a write is in progress go together in the next transaction, so a purge of
 * many small partitions does not pay a transaction for each one.
 */
export interface PartitionLedger {
  saveInventory(id: number, owner: string, inventory: Inventory): Promise<boolean>;
  settle(p: PartitionRow, owner: string, outcome: Settlement): Promise<boolean>;
}

const ledgers = new WeakMap<Knex, PartitionLedger>();

/** One ledger per database handle, written through the job store it was first asked with (an app has one). */
export function partitionLedger(db: Knex, jobs: Pick<JobStore, 'saveInventories' | 'settlePartitions'>): PartitionLedger {
  let ledger = ledgers.get(db);
  if (!ledger) {
    const inventories = new GroupCommit((items: { id: number; owner: string; inventory: Inventory }[]) => jobs.saveInventories(db, items));
    const settles = new GroupCommit((items: { p: PartitionRow; owner: string; outcome: Settlement }[]) => jobs.settlePartitions(db, items));
    ledger = { saveInventory: (id, owner, inventory) => inventories.add({ id, owner, inventory }), settle: (p, owner, outcome) => settles.add({ p, owner, outcome }) };
    ledgers.set(db, ledger);
  }
  return ledger;
}

export interface PartitionRunResult {
  objects: number;
  bytes: number;
  failures: DeleteFailure[];
}

/**
 * One partition: inventory (count, bytes, digest of the keys — kept, so a resumed run still reports
 * what was there when deletion began), then delete in batches with bounded concurrency, then tidy.
 */
export async function deletePartition(deps: ExecutorDeps, p: PartitionRow, owner: string, signal: AbortSignal): Promise<PartitionRunResult> {
  const { archive } = deps;
  // A partition that lists in one page (most do) is deleted from that page: no second listing.
  let listed: ArchiveEntry[] | null = null;
  if (!p.inventory_at) {
    const digest = new KeyDigest();
    let bytes = 0;
    let versions = 0;
    let pages = 0;
    for await (const page of archive.list(p.prefix, { signal, sizes: true })) {
      pages += 1;
      listed = pages === 1 ? page : null;
      for (const e of page) {
        digest.add(e.key);
        bytes += e.size;
        versions += 1;
      }
    }
    if (signal.aborted) throw new AppError('transient', 'stopped');
    const inventory = { objects: digest.keys, bytes, versions, sha256: digest.hex(), at: deps.clock().toISOString() };
    if (!(await partitionLedger(deps.db, deps.jobs).saveInventory(p.id, owner, inventory))) throw new AppError('conflict', 'lost the partition lease');
    Object.assign(p, { inventory_at: inventory.at, objects: inventory.objects, bytes: inventory.bytes, versions: inventory.versions, sha256: inventory.sha256 });
  }
  const failures: DeleteFailure[] = [];
  const inFlight = new Set<Promise<void>>();
  let firstError: unknown = null;
  const launch = (batch: ArchiveEntry[]) => {
    const task: Promise<void> = archive
      .deleteBatch(batch, signal)
      .then((f) => void failures.push(...f))
      .catch((error) => void (firstError ??= error))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  let batch: ArchiveEntry[] = [];
  // The next page is listed while this one's batches wait for slots or are on the wire.
  for await (const page of listed ? [listed] : readAhead(archive.list(p.prefix, { signal, sizes: false }))) {
    for (const e of page) {
      batch.push(e);
      if (batch.length >= archive.batchSize) {
        launch(batch);
        batch = [];
        while (inFlight.size >= archive.concurrency) await Promise.race(inFlight);
        if (firstError) break;
      }
    }
    if (firstError || signal.aborted) break;
  }
  if (batch.length && !firstError && !signal.aborted) launch(batch);
  await Promise.all(inFlight);
  if (firstError) throw firstError;
  if (signal.aborted) throw new AppError('transient', 'stopped');
  if (failures.length === 0) await archive.afterPartition?.(p.prefix);
  return { objects: Number(p.objects), bytes: Number(p.bytes), failures };
}

/**
 * The day folders under the scope's sources whose days are folders, listed after every partition was
 * settled; first (at most twice) new day partitions are added, and then the step must run again
 * ('again'). The listing that looks for new partitions is the verification's listing too: one round
 * trip fewer than listing the folders a second time.
 */
async function foldersAfterDeletion(deps: ExecutorDeps, job: JobRow, owner: string, scope: ArchiveScope, signal: AbortSignal): Promise<Set<string> | 'again'> {
  const present = new Set<string>();
  if (job.verify_rounds < 2 && scope.sourceRoots.length > 0) {
    const added = await addDiscovered(deps, job.id, scope, signal, present);
    if (signal.aborted) return 'again';
    if (added > 0) {
      deps.logger.warn({ ticket: ticketRef(job.ticket_id), job: job.id, added }, 'verification found new partitions in scope; deleting them too');
      await deps.jobs.updateJob(deps.db, job.id, owner, { verify_rounds: job.verify_rounds + 1, partitions_total: job.partitions_total + added, updated_at: deps.clock().toISOString() });
      return 'again';
    }
    return present;
  }
  for (const root of scope.sourceRoots.filter((r) => daysAreFolders(deps.archive, r))) {
    for await (const folders of deps.archive.listFolders!(root.listPrefix, { signal })) for (const f of folders) present.add(f);
  }
  return present;
}

/**
 * `finish`: look at the scope again — new day partitions under a source are added and deleted (at most
 * twice), settled partitions must list empty — then finish the ticket with the receipt.
 */
export async function finishExecution(deps: ExecutorDeps, job: JobRow, owner: string, signal: AbortSignal): Promise<StepOutcome> {
  const ticket = await deps.tickets.get(job.ticket_id);
  const scope = archiveScope(ticket, await deps.catalog(), deps.layouts);
  const present = await foldersAfterDeletion(deps, job, owner, scope, signal);
  if (present === 'again' || signal.aborted) return 'again';
  // A day partition of a source whose days are folders is proven empty by its folder's absence from
  // the source's folder listing (one request per thousand days); a folder still there, and every other
  // partition, is listed itself.
  const byFolder = scope.sourceRoots.filter((r) => daysAreFolders(deps.archive, r));
  const provenEmpty = (prefix: string) => !present.has(prefix) && byFolder.some((r) => matchPartition(r, prefix)?.prefix === prefix);
  const done: SettledPartition[] = [];
  const failures: PartitionFailure[] = [];
  for (let after = 0; ; ) {
    const page = await deps.jobs.partitionsPage(deps.db, job.id, after);
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    // Listed several at a time (as partitions are deleted): one at a time, a thousand partitions on
    // a distant S3 region took a thousand round trips end to end. Order is kept for the receipt.
    const lefts = await mapLimited(page, deps.archive.concurrency * VERIFY_IN_FLIGHT, (p) => (p.state === 'failed' || provenEmpty(p.prefix) ? Promise.resolve([]) : firstEntries(deps.archive, p.prefix, signal)));
    if (signal.aborted) return 'again';
    for (const [i, p] of page.entries()) {
      if (p.state === 'failed') {
        failures.push({ prefix: p.prefix, source: p.source, day: p.day, error: p.last_error ?? 'failed' });
        continue;
      }
      const left = lefts[i]!;
      if (left.length > 0) failures.push({ prefix: p.prefix, source: p.source, day: p.day, error: `${left.length}${left.length >= 10 ? '+' : ''} objects still present after deletion (e.g. ${left[0].key}); written during the deletion?` });
      else done.push({ prefix: p.prefix, source: p.source, day: p.day, space: p.space, objects: Number(p.objects), bytes: Number(p.bytes), sha256: p.sha256 });
    }
  }
  if (scope.sourceRoots.length > 0 && job.verify_rounds >= 2) {
    const known = new Set([...done.map((d) => d.prefix), ...failures.map((f) => f.prefix)]);
    for (const root of scope.sourceRoots) {
      for await (const extra of discoverPartitions(deps.archive, root, { sizes: false, signal })) {
        if (!known.has(extra.prefix)) failures.push(newPartitionFailure(extra));
      }
    }
  }
  const finishedAt = deps.clock().toISOString();
  const checked = { ticket: ticketRef(ticket.id), workspaceId: ticket.approvedIds?.workspaceId ?? ticket.workspace ?? '', prefixes: [...scope.prefixes.map((p) => p.prefix), ...scope.sourceRoots.map((r) => r.listPrefix)] };
  const result = buildResult({ done, failures, startedAt: job.started_at ?? finishedAt, finishedAt, checked, notes: additionNotes(ticket, scope) });
  await deps.db.transaction(async (trx) => {
    if (!(await deps.jobs.updateJob(trx, job.id, owner, { state: 'done', finished_at: finishedAt, locked_until: null, updated_at: finishedAt }))) throw new AppError('conflict', 'lost the job lease');
    await deps.tickets.apply(ticket.id, { type: 'finish', actor: EXECUTOR, result }, { trx });
  });
  deps.logger.info({ ticket: ticketRef(ticket.id), job: job.id, outcome: result.outcome, partitions: done.length, failed: failures.length }, 'execution finished');
  return 'done';
}

/**
 * What joined the workspace after approval was left alone (it was never approved, nor confirmed by the
 * customer); staff read this in the result, on the card and in its thread, and can open a follow-up.
 */
function additionNotes(ticket: Ticket, scope: ArchiveScope): string[] {
  const ws = ticket.manifest?.workspaceSlug ?? ticket.workspace ?? 'the workspace';
  return [
    ...scope.additions.sources.map((s) => `Not deleted: source ${s.slug} (${s.id}) joined ${ws} after approval; open and approve a follow-up request to delete it.`),
    ...scope.additions.spaces.map((s) => `Not deleted: space ${s.name} (${s.id}) joined ${ws} after approval; open and approve a follow-up request to delete it.`),
  ];
}

function newPartitionFailure(p: FoundPartition): PartitionFailure {
  return { prefix: p.prefix, source: p.source, day: p.day, error: 'appeared while the purge was running and kept reappearing' };
}

/** Verification listings in flight per unit of the archive's delete concurrency. */
const VERIFY_IN_FLIGHT = 8;

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

async function firstEntries(archive: Archive, prefix: string, signal: AbortSignal): Promise<ArchiveEntry[]> {
  for await (const page of archive.list(prefix, { signal, sizes: false })) return page.slice(0, 10);
  return [];
}

/** SLA timer: a purge that is not finished when the timer fires is at risk; staff are told. */
export async function fireSlaWarning(deps: ExecutorDeps, job: JobRow, owner: string): Promise<StepOutcome> {
  const ticket: Ticket = await deps.tickets.get(job.ticket_id);
  const now = deps.clock();
  const detail = JSON.parse(job.detail ?? '{}') as { daysBefore?: number };
  const settled = ['completed', 'cancelled', 'rejected'].includes(ticket.status);
  await deps.db.transaction(async (trx) => {
    if (!(await deps.jobs.updateJob(trx, job.id, owner, { state: settled ? 'skipped' : 'done', finished_at: now.toISOString(), locked_until: null, updated_at: now.toISOString() }))) throw new AppError('conflict', 'lost the job lease');
    if (settled) return;
    const daysLeft = ticket.deadline ? Math.ceil((Date.parse(ticket.deadline) - now.getTime()) / 86_400_000) : null;
    const warning = { deadline: ticket.deadline, daysLeft, daysBefore: detail.daysBefore ?? null, status: ticket.status };
    await deps.audit.appendAudit(trx, { ticketId: ticket.id, actor: 'system:executor', action: 'sla_warning', detail: warning, at: now.toISOString() });
    if (deps.slackEnabled) {
      await deps.outbox.enqueueNotification(trx, { ticketId: ticket.id, channel: 'slack', payload: { ticketId: ticket.id, action: 'sla_warning', actor: 'system:executor', version: ticket.version, ...warning }, now: now.toISOString() });
    }
  });
  if (!settled) deps.logger.warn({ ticket: ticketRef(ticket.id), deadline: ticket.deadline, status: ticket.status }, 'purge deadline at risk: staff warned');
  return 'done';
}
