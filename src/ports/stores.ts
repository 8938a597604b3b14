/**
 * The stores a service may touch: tickets, messages, audit, outbox, Slack cards, catalog, held mail.
 * Declared here, implemented by adapters/db (and adapters/slack/cardStore.ts), wired in main.ts.
 * Every method takes the database handle first: a store writes inside the caller's transaction, so a
 * transition, its audit entry and its notifications commit together (docs/design.md, "Lifecycle").
 * The handle is knex's type; the port names it only as a type, nothing here runs a query.
 */
import type { Knex } from 'knex';
import type { Ticket, TicketStatus } from '../domain/ticket';
import type { Catalog } from '../domain/catalog';

/** A database handle or an open transaction. */
export type Db = Knex | Knex.Transaction;

// ── tickets ────────────────────────────────────────────────────────────────────────────────

export interface TicketFilter {
  status?: TicketStatus[];
  workspace?: string;
  /** The workspace purges an account purge opened. */
  parentId?: number;
  limit?: number;
}

export interface TicketStore {
  reserveTicketId(trx: Knex.Transaction, now: string): Promise<number>;
  saveNewTicket(trx: Knex.Transaction, ticket: Ticket): Promise<void>;
  /** False when the stored version is not `expectedVersion`: another writer won the race. */
  updateTicket(trx: Knex.Transaction, ticket: Ticket, expectedVersion: number): Promise<boolean>;
  /** `forUpdate` locks the row until the transaction ends (PostgreSQL; SQLite has one writer). */
  getTicket(db: Db, id: number, options?: { forUpdate?: boolean }): Promise<Ticket | undefined>;
  listTickets(db: Db, filter?: TicketFilter): Promise<Ticket[]>;
}

// ── audit ──────────────────────────────────────────────────────────────────────────────────

export interface AuditInput {
  ticketId: number | null;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
  at: string;
}

export interface AuditEntry extends AuditInput {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface AuditLog {
  appendAudit(trx: Knex.Transaction, input: AuditInput): Promise<AuditEntry>;
  /**
   * Take now the lock every append holds until its transaction ends. A transaction that will lock a
   * ticket row and then append takes this first, so that all writers lock in one order (audit log,
   * then rows): a batch intake holds it across several tickets, and a row locked before it would let
   * the two wait for each other.
   */
  lockForAppend(trx: Knex.Transaction): Promise<void>;
}

// ── outbox ─────────────────────────────────────────────────────────────────────────────────

export type Channel = 'email' | 'slack';
export type NotificationStatus = 'pending' | 'sent' | 'failed' | 'held';

export interface Notification<P = Record<string, unknown>> {
  id: number;
  ticketId: number | null;
  channel: Channel;
  dedupeKey: string | null;
  payload: P;
  status: NotificationStatus;
  attempts: number;
  runAfter: string;
  lastError: string | null;
}

export interface EnqueueInput {
  ticketId: number | null;
  channel: Channel;
  payload: Record<string, unknown>;
  dedupeKey?: string | null;
  status?: NotificationStatus;
  lastError?: string | null;
  now: string;
}

/** Queue side: written in the transaction of the change that caused the notification. */
export interface Outbox {
  enqueueNotification(trx: Db, input: EnqueueInput): Promise<void>;
}

/**
 * Inserts of the audit log, the outbox and the messages that a transaction holds back to its end and
 * writes in a few multi-row statements (adapters/db/heldInserts.ts): `flush` before the transaction
 * ends. A read of the messages in the transaction writes that table's held rows first.
 */
export interface HeldInserts {
  hold(trx: Knex.Transaction): void;
  flush(trx: Knex.Transaction): Promise<void>;
}

/** Delivery side, for the outbox worker: claim with a lease, then settle. */
export interface OutboxQueue {
  claimNotifications<P>(db: Knex, channel: Channel, now: Date, leaseMs: number, limit?: number): Promise<Notification<P>[]>;
  markSent(db: Knex, id: number, now: Date): Promise<void>;
  markAttemptFailed(db: Knex, id: number, error: string, retryAt: Date | null): Promise<void>;
}

// ── messages ───────────────────────────────────────────────────────────────────────────────

export interface MessageRecord {
  ticketId: number | null;
  direction: 'in' | 'out';
  messageKey: string;
  messageId: string | null;
  from: string | null;
  to: string[];
  subject: string | null;
  date: string | null;
  inReplyTo: string | null;
  references: string[];
  outcome: string;
  reason?: string | null;
  auth?: unknown;
  parse?: unknown;
  body?: string | null;
  origin?: string | null;
  rawSha256?: string | null;
  rawSize?: number | null;
  createdAt: string;
  /** Outbound: when it started counting toward the recipient's hourly limit; null never (yet). */
  countedAt?: string | null;
}

export interface ThreadEntry {
  messageId: string | null;
  direction: 'in' | 'out';
  subject: string | null;
  from: string | null;
  to: string | null;
  createdAt: string;
  outcome: string;
  body: string | null;
  auth: unknown;
}

export interface HeldEmail {
  ticketId: number | null;
  to: string;
  subject: string | null;
  since: string;
}

export interface KeptMessage {
  messageKey: string;
  messageId: string | null;
  ticketId: number | null;
  from: string | null;
  subject: string | null;
  date: string | null;
  receivedAt: string;
  outcome: string;
  reason: string | null;
  parse: unknown;
  auth: unknown;
}

export interface MessageStore {
  insertMessage(trx: Db, m: MessageRecord): Promise<void>;
  messageExists(db: Db, messageKey: string): Promise<{ id: number; ticketId: number | null; outcome: string } | undefined>;
  /** The stored messages of these keys, by key (one query per 500 keys). */
  messagesByKey(db: Db, keys: string[]): Promise<Map<string, { id: number; ticketId: number | null; outcome: string }>>;
  ticketForMessageIds(db: Db, ids: string[]): Promise<number | null>;
  threadOf(db: Db, ticketId: number): Promise<ThreadEntry[]>;
  /** The thread in order, headers only: what an answer threads under. */
  threadHeadersOf(db: Db, ticketId: number): Promise<Pick<ThreadEntry, 'messageId' | 'direction' | 'subject'>[]>;
  /**
   * Read the threads of these tickets now, in one query, for answers about to be queued on each in
   * this transaction (a cancellation of a workspace's tickets); a no-op where the store keeps nothing.
   */
  preloadThreads(trx: Db, ticketIds: number[]): Promise<void>;
  threadAddressesOf(db: Db, ticketId: number): Promise<string[]>;
  countOutboundSince(db: Db, to: string, sinceIso: string): Promise<number>;
  /** The reply limit's two counts for one address in one query: answers counting since a time, answers still held. */
  replyCounts(db: Db, to: string, sinceIso: string): Promise<{ recent: number; waiting: number }>;
  heldEmails(db: Db, ticketIds?: number[]): Promise<HeldEmail[]>;
  inboundMessage(db: Db, messageKey: string, options?: { forUpdate?: boolean }): Promise<KeptMessage | undefined>;
  attachMessage(db: Db, messageKey: string, ticketId: number, outcome: string, reason: string): Promise<void>;
}

// ── Slack cards ────────────────────────────────────────────────────────────────────────────

export interface CardRecord {
  ticketId: number;
  channel: string;
  /** null while a worker is posting the card (its claim). */
  ts: string | null;
  claimedAt: string;
  /**
   * When the first attempt to post this card began: any card an earlier attempt may have posted
   * without recording its ts was posted after it.
   */
  firstClaimedAt: string;
}

export interface CardStore {
  getCard(db: Knex, ticketId: number): Promise<CardRecord | undefined>;
  claimCard(db: Knex, ticketId: number, channel: string, now: string): Promise<boolean>;
  takeOverClaim(db: Knex, ticketId: number, previousClaim: string, now: string): Promise<boolean>;
  setCardTs(db: Knex, ticketId: number, ts: string, now: string): Promise<void>;
  /** Free our claim after a failed attempt; the row stays, so the next attempt looks for the card first. */
  releaseClaim(db: Knex, ticketId: number, claimedAt: string): Promise<void>;
  forgetCard(db: Knex, ticketId: number): Promise<void>;
  hasNote(db: Knex, ticketId: number, version: number): Promise<boolean>;
  recordNote(db: Knex, ticketId: number, version: number, ts: string | null, now: string): Promise<void>;
}

// ── catalog ────────────────────────────────────────────────────────────────────────────────

export interface CatalogStore {
  loadCatalog(db: Db): Promise<Catalog>;
  /** Changes whenever an import changed the tables: the cache reloads only then. */
  catalogVersion(db: Db): Promise<string>;
}

// ── held mail ──────────────────────────────────────────────────────────────────────────────

/** Mail held by the per-sender reply limit, released when the hour has room. */
export interface HeldMail {
  releaseHeldEmails(db: Knex, now: Date, perHour: number, options?: { slackEnabled?: boolean }): Promise<number>;
}
