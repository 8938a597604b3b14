/**
 * The audit log: append-only, each entry carrying the hash of the previous one, so that editing
 * or deleting an entry breaks the chain (`deletion-desk audit verify`).
 *
 * hash = sha256(prev_hash + "\n" + canonical JSON of {seq, ticketId, actor, action, detail, at}).
 * Appends are serialized: on PostgreSQL with a transaction-scoped advisory lock (two transactions
 * reading the same head would fork the chain), on SQLite by its single writer.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { dialectOf } from './connect';
import { insertOrHold } from './heldInserts';
import type { AuditInput, AuditEntry, AuditLog } from '../../ports/stores';
export type { AuditInput, AuditEntry };

export const GENESIS_HASH = '0'.repeat(64);
/** An arbitrary constant naming "the audit log" among advisory locks. */
const AUDIT_LOCK_KEY = 74_726_151;

interface AuditRow {
  seq: number;
  ticket_id: number | null;
  actor: string;
  action: string;
  detail: string;
  at: string;
  prev_hash: string;
  hash: string;
}

export function entryHash(prevHash: string, e: AuditInput & { seq: number }): string {
  const canonical = JSON.stringify({ seq: e.seq, ticketId: e.ticketId, actor: e.actor, action: e.action, detail: canonicalize(e.detail), at: e.at });
  return createHash('sha256').update(`${prevHash}\n${canonical}`).digest('hex');
}

/** JSON with sorted keys, so that a round trip through the database hashes the same. */
function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, canonicalize((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Transactions that hold the append lock already (PostgreSQL): it is not asked for again. */
const lockHeld = new WeakSet<Knex.Transaction>();

/** Held until the transaction ends; taking it again in the same transaction does not wait (nor ask). */
async function lockForAppend(trx: Knex.Transaction): Promise<void> {
  if (lockHeld.has(trx) || dialectOf(trx as unknown as Knex) !== 'postgres') return;
  await trx.raw('SELECT pg_advisory_xact_lock(?)', [AUDIT_LOCK_KEY]);
  lockHeld.add(trx);
}

/**
 * The head each open transaction wrote last. Once a transaction has appended, nobody else can append
 * before it ends — it holds the advisory lock (PostgreSQL) or the write lock (SQLite, which a write
 * takes until commit) — so its next append follows the entry it wrote, without reading the head
 * again: a batch of intake appends one entry per message. Set only after the insert succeeded;
 * forgotten with the transaction object. (No code appends in a nested transaction, which is another
 * object; one that did would collide on `seq`, the primary key, and fail rather than fork the chain.)
 */
const headWritten = new WeakMap<Knex.Transaction, { seq: number; hash: string }>();

export async function appendAudit(trx: Knex.Transaction, input: AuditInput): Promise<AuditEntry> {
  await lockForAppend(trx);
  const head = headWritten.get(trx) ?? (await trx<AuditRow>('audit_log').select('seq', 'hash').orderBy('seq', 'desc').first());
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const detail = canonicalize(input.detail) as Record<string, unknown>;
  const hash = entryHash(prevHash, { ...input, detail, seq });
  await insertOrHold(trx, 'audit_log', {
    seq,
    ticket_id: input.ticketId,
    actor: input.actor,
    action: input.action,
    detail: JSON.stringify(detail),
    at: input.at,
    prev_hash: prevHash,
    hash,
  });
  headWritten.set(trx, { seq, hash });
  return { ...input, detail, seq, prevHash, hash };
}

export async function auditForTicket(db: Knex, ticketId: number): Promise<AuditEntry[]> {
  const rows = await db<AuditRow>('audit_log').where({ ticket_id: ticketId }).orderBy('seq');
  return rows.map(fromRow);
}

function fromRow(r: AuditRow): AuditEntry {
  return { seq: r.seq, ticketId: r.ticket_id, actor: r.actor, action: r.action, detail: JSON.parse(r.detail), at: r.at, prevHash: r.prev_hash, hash: r.hash };
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  problems: string[];
}

/**
 * Walk the chain in order. Detects an edited entry (hash mismatch), a deleted entry in the middle
 * (seq gap or prev_hash mismatch) and, for ticket entries, a deleted tail: every ticket version
 * must have its audit entry (each transition records `detail.version`).
 */
export async function verifyAudit(db: Knex, pageSize = 5000): Promise<AuditVerification> {
  const problems: string[] = [];
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  // Per ticket a few numbers, not every version seen: memory follows the number of tickets, not of
  // entries (a desk after years has millions of entries and tens of thousands of tickets).
  const versionsSeen = new Map<number, VersionTally>();
  for (;;) {
    const rows = await db<AuditRow>('audit_log').where('seq', '>=', expectedSeq).orderBy('seq').limit(pageSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      const e = fromRow(row);
      entries += 1;
      if (e.seq !== expectedSeq) problems.push(`entries ${expectedSeq}..${e.seq - 1} are missing (deleted)`);
      if (e.prevHash !== prevHash) problems.push(`entry ${e.seq} does not follow the entry before it (an entry before it was deleted or changed)`);
      if (entryHash(e.prevHash, e) !== e.hash) problems.push(`entry ${e.seq} (${e.action} by ${e.actor}) was edited: its content does not match its hash`);
      prevHash = e.hash;
      expectedSeq = e.seq + 1;
      const version = (e.detail as { version?: unknown }).version;
      if (e.ticketId !== null && typeof version === 'number') tally(versionsSeen, e.ticketId, version);
    }
  }
  const tickets = await db('tickets').select('id', 'version').where('version', '>', 0).orderBy('id');
  for (const t of tickets as { id: number; version: number }[]) {
    const seen = versionsSeen.get(t.id);
    // The common case decided from the tally: distinct whole versions, all within 1..version, as many
    // as the ticket's version. Anything else is checked exactly from the ticket's own entries.
    if (seen && seen.ordered && seen.min >= 1 && seen.max === t.version && seen.distinct === t.version) continue;
    const exact = new Set((await auditForTicket(db, t.id)).map((e) => (e.detail as { version?: unknown }).version).filter((v): v is number => typeof v === 'number'));
    const lost: number[] = [];
    for (let v = 1; v <= t.version; v++) if (!exact.has(v)) lost.push(v);
    if (lost.length) problems.push(`DEL-${t.id}: the audit entries of version ${lost.join(', ')} are missing (deleted), or the ticket was changed outside the bot`);
  }
  return { ok: problems.length === 0, entries, problems };
}

interface VersionTally {
  last: number;
  distinct: number;
  min: number;
  max: number;
  /** Versions arrived in non-decreasing whole steps (so counting changes counts distinct values). */
  ordered: boolean;
}

function tally(map: Map<number, VersionTally>, ticketId: number, version: number): void {
  const t = map.get(ticketId);
  if (!t) {
    map.set(ticketId, { last: version, distinct: 1, min: version, max: version, ordered: Number.isInteger(version) });
    return;
  }
  if (version === t.last) return;
  if (version < t.last || !Number.isInteger(version)) t.ordered = false;
  t.distinct += 1;
  t.last = version;
  t.min = Math.min(t.min, version);
  t.max = Math.max(t.max, version);
}

/** The audit port (ports/stores.ts). */
export const auditLog: AuditLog = { appendAudit, lockForAppend };
