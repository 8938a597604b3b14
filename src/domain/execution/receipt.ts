/**
 * The deletion receipt and the outcome of an execution, as pure functions.
 *
 * The checksum (also in docs/execution.md, so a customer can recompute it):
 * - a partition digest is SHA-256 over each deleted key (relative to the archive root, UTF-8) followed
 *   by "\n", keys in UTF-8 byte order, each key once (on a versioned bucket: once for all its versions);
 * - the receipt's `sha256` is SHA-256 over one line per partition, partitions in UTF-8 byte order of
 *   their prefix: `<prefix>\t<partition digest, lower-case hex>\n`.
 * Two levels because an execution is resumable partition by partition: a hash state cannot be saved
 * across a crash, a finished partition's digest can.
 */
import { createHash, type Hash } from 'node:crypto';
import type { TicketResult } from '../ticket';
import { compareKeys } from '../scope';
import { formatBytes, plural } from '../email/format';

export interface ReceiptPartition {
  source: string;
  day: string;
  objects: number;
  bytes: number;
  prefix: string;
  sha256: string;
}

export interface Receipt {
  sha256: string;
  startedAt: string;
  finishedAt: string;
  partitions: ReceiptPartition[];
}

export interface PartitionFailure {
  prefix: string;
  source: string | null;
  day: string | null;
  error: string;
}

export interface SettledPartition {
  prefix: string;
  source: string | null;
  day: string | null;
  space: string | null;
  objects: number;
  bytes: number;
  sha256: string | null;
}

/**
 * Streams keys (already in byte order) into a partition digest, counting each key once. The digest
 * is SHA-256 over "key\n" for each key; the keys are handed to the hash some 64 KB at a time, not
 * one call per key: a million calls into the hash were a visible share of a large purge's CPU.
 */
export class KeyDigest {
  private readonly hash: Hash = createHash('sha256');
  private last: string | null = null;
  private pending = '';
  keys = 0;

  add(key: string): void {
    if (key === this.last) return;
    this.last = key;
    this.keys += 1;
    this.pending += `${key}\n`;
    if (this.pending.length >= 65_536) this.flush();
  }

  hex(): string {
    this.flush();
    return this.hash.digest('hex');
  }

  private flush(): void {
    if (this.pending) this.hash.update(this.pending, 'utf8');
    this.pending = '';
  }
}

export function receiptDigest(partitions: readonly { prefix: string; sha256: string }[]): string {
  const hash = createHash('sha256');
  for (const p of [...partitions].sort((a, b) => compareKeys(a.prefix, b.prefix))) hash.update(`${p.prefix}\t${p.sha256}\n`, 'utf8');
  return hash.digest('hex');
}

/** How a partition is named on the receipt: a source and UTC day, or a space (`space: Marketing`, day `all`). */
export function receiptLabel(p: Pick<SettledPartition, 'source' | 'day' | 'space'>): { source: string; day: string } {
  if (p.space) return { source: `space: ${p.space}`, day: 'all' };
  return { source: p.source ?? 'unknown', day: p.day ?? 'all' };
}

/**
 * What an execution looked at, for the receipt of a deletion that found nothing. The two-level digest
 * of no partitions is SHA-256 of nothing, the same for every ticket, so it would identify nothing;
 * instead the checksum covers the ticket, the workspace id, the finish time and every prefix that was
 * listed (sorted, UTF-8 byte order), one line each:
 * `empty\t<ticket>\t<workspace id>\t<finished at>\n` then `<prefix>\n` per prefix.
 */
export interface CheckedScope {
  ticket: string;
  workspaceId: string;
  prefixes: string[];
}

export function emptyReceiptDigest(checked: CheckedScope, finishedAt: string): string {
  const hash = createHash('sha256');
  hash.update(`empty\t${checked.ticket}\t${checked.workspaceId}\t${finishedAt}\n`, 'utf8');
  for (const prefix of [...new Set(checked.prefixes)].sort(compareKeys)) hash.update(`${prefix}\n`, 'utf8');
  return hash.digest('hex');
}

export function buildResult(input: { done: SettledPartition[]; failures: PartitionFailure[]; startedAt: string; finishedAt: string; notes?: string[]; checked?: CheckedScope }): TicketResult {
  const partitions: ReceiptPartition[] = input.done
    .map((p) => ({ ...receiptLabel(p), objects: p.objects, bytes: p.bytes, prefix: p.prefix, sha256: p.sha256 ?? createHash('sha256').digest('hex') }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const sha256 = partitions.length === 0 && input.checked ? emptyReceiptDigest(input.checked, input.finishedAt) : receiptDigest(partitions);
  const receipt: Receipt = { sha256, startedAt: input.startedAt, finishedAt: input.finishedAt, partitions };
  const objects = partitions.reduce((n, p) => n + p.objects, 0);
  const bytes = partitions.reduce((n, p) => n + p.bytes, 0);
  const outcome: TicketResult['outcome'] = input.failures.length === 0 ? 'completed' : partitions.length === 0 ? 'failed' : 'partial';
  const summary =
    outcome === 'completed'
      ? partitions.length === 0
        ? 'No stored objects were found in scope, so there was nothing to delete; verified: nothing remains in scope.'
        : `Deleted ${deleted(objects, bytes, partitions.length)}; verified: nothing remains in scope.`
      : outcome === 'partial'
        ? `Deleted ${deleted(objects, bytes, partitions.length)}; ${plural(input.failures.length, 'partition')} could not be deleted: ${failureText(input.failures)}.`
        : `Nothing could be deleted: ${failureText(input.failures)}.`;
  return { outcome, summary, receipt, failures: input.failures, notes: input.notes ?? [] };
}

/** `3 objects (1.2 MB) in 2 partitions`, `1 object (37 bytes) in 1 partition`. */
function deleted(objects: number, bytes: number, partitions: number): string {
  return `${plural(objects, 'object')} (${formatBytes(bytes)}) in ${plural(partitions, 'partition')}`;
}

function failureText(failures: PartitionFailure[]): string {
  const shown = failures.slice(0, 3).map((f) => `${f.prefix} (${f.error})`);
  return failures.length > 3 ? `${shown.join('; ')} and ${failures.length - 3} more` : shown.join('; ');
}

/**
 * The complete receipt as a CSV file (RFC 4180), attached to the completion email: one row per
 * deleted partition, so the email body can stay a short summary (Gmail clips a message body past
 * about 102 KB, and a clipped receipt would hide its checksum and the "not forwarded" notice).
 * Columns: `source` (slug, or `space: <name>`), `day` (UTC, YYYY-MM-DD, or `all` for a space),
 * `files`, `bytes`, `partition_sha256` (the partition digest described above). No archive prefix or
 * catalog id: the file goes to the customer. A cell starting with = + - @ is prefixed with `'` so a
 * spreadsheet never runs it as a formula (OWASP "CSV injection").
 */
export function receiptCsv(partitions: readonly Pick<ReceiptPartition, 'source' | 'day' | 'objects' | 'bytes' | 'sha256'>[]): string {
  const rows = [...partitions].sort((a, b) => compareKeys(a.source, b.source) || compareKeys(a.day, b.day));
  const lines = ['source,day,files,bytes,partition_sha256'];
  for (const p of rows) lines.push([csvCell(p.source), csvCell(p.day), String(p.objects), String(p.bytes), csvCell(p.sha256)].join(','));
  // RFC 4180 §2: records end with CRLF, the last one included.
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** SHA-256 of a text's UTF-8 bytes, lower-case hex: the checksum of an attachment, shown in the body. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface ExecutionProgress {
  state: string;
  phase: string;
  partitionsDone: number;
  partitionsFailed: number;
  partitionsTotal: number;
  objects: number;
  bytes: number;
  startedAt: string | null;
  finishedAt: string | null;
  /** Seconds left at the pace so far (partitions per second), null before the first partition. */
  etaSeconds: number | null;
  lastError: string | null;
}

export function progressOf(job: { state: string; phase: string; partitions_done: number; partitions_failed: number; partitions_total: number; objects: number | string; bytes: number | string; started_at: string | null; finished_at: string | null; last_error: string | null }, now: Date): ExecutionProgress {
  const settled = job.partitions_done + job.partitions_failed;
  const remaining = Math.max(0, job.partitions_total - settled);
  let etaSeconds: number | null = null;
  if (job.state !== 'pending' || remaining === 0) etaSeconds = job.phase === 'delete' || job.state !== 'pending' ? 0 : null;
  else if (job.started_at && settled > 0) {
    const elapsed = (now.getTime() - Date.parse(job.started_at)) / 1000;
    etaSeconds = Math.round((elapsed / settled) * remaining);
  }
  return {
    state: job.state === 'pending' ? (job.phase === 'start' ? 'waiting' : 'running') : job.state,
    phase: job.phase,
    partitionsDone: job.partitions_done,
    partitionsFailed: job.partitions_failed,
    partitionsTotal: job.partitions_total,
    objects: Number(job.objects),
    bytes: Number(job.bytes),
    startedAt: job.started_at,
    finishedAt: job.finished_at,
    etaSeconds,
    lastError: job.last_error,
  };
}
