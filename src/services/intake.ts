/**
 * One inbound email → a ticket, new details on a ticket, a status answer, a cancellation, or a
 * recorded refusal. Used by every intake channel (maildrop, IMAP, `deletion-desk ingest`).
 *
 * Exactly once: the message row (unique Message-ID, or SHA-256 of the raw message) is written in the
 * same transaction as what it causes, so a message seen again after a crash is a no-op duplicate.
 * Nothing is lost: a message that cannot be read is still recorded, with the reason, and the channel
 * keeps the raw message (maildrop failed/ folder, IMAP Failed folder).
 *
 * A batch (what one IMAP FETCH brought) is taken in three steps: every message is decoded (`decode`),
 * then parsed and its sender checked (`understand`, `checkSender`), which needs no database; one
 * transaction decides and applies them in order (`decide`, `apply`), each seeing what the ones before
 * it wrote (a long batch commits every second and goes on in a new transaction). The transaction
 * starts once the batch is decoded and takes each message as soon as its parse is done, so parsing
 * the later messages fills the time the transaction waits on the database. When anything but the database
 * being unavailable fails that transaction, the batch is taken again one message per transaction, so
 * only the message at fault is recorded as failed.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from '../logger';
import { AppError, isAppError, toError } from '../errors';
import type { InboundMessage } from '../domain/message';
import type { ParseResult } from '../domain/request';
import { findWorkspace, isContact, type Catalog } from '../domain/catalog';
import { decideIntake, type Arrival, type IntakeAction, type IntakeOutcome } from '../domain/intake';
import { parseRequest, newText, type ParserCatalog } from '../domain/parse/index';
import { detectAutomated } from '../domain/email/automated';
import { ticketTagIn } from '../domain/email/threading';
import { textAffirms, textConfirms } from '../domain/confirmation';
import { accountScope } from '../domain/accountPurge';
import type { Ticket, Verification } from '../domain/ticket';
import { parseTicketRef, ticketRef } from '../domain/ticket';
import { isAnyContact, unansweredReason, UNANSWERED } from '../domain/inbox';
import type { CatalogCache } from './catalogCache';
import type { InboundRecord, SlackNotice, TicketService } from './ticketService';
import type { CheckSender, MessageReader, ParsedMessage, ReadMessage, SenderAuth } from '../ports/mail';
import type { HeldInserts, MessageRecord, MessageStore, Outbox, TicketStore } from '../ports/stores';

export type { Arrival, IntakeOutcome, IntakeOutcomeType } from '../domain/intake';

/** Sender authentication (DKIM/SPF/DMARC), provided by the email channel; absent in local mode. */
export type { CheckSender, SenderAuth };

/** Larger messages are kept and reported, not parsed (a deletion request is a few kilobytes). */
export const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

/** The stores intake reads and writes, inside the transaction of a batch. */
export interface IntakeStores {
  tickets: Pick<TicketStore, 'getTicket' | 'listTickets'>;
  messages: Pick<MessageStore, 'insertMessage' | 'inboundMessage' | 'messagesByKey' | 'ticketForMessageIds' | 'preloadThreads'>;
  outbox: Outbox;
  /** Audit entries and notifications of a batch written together at its end (absent: one by one). */
  heldInserts?: HeldInserts;
}

export interface IntakeDeps {
  db: Knex;
  stores: IntakeStores;
  /** Raw bytes to a message (adapters/mail/readMessage.ts). */
  readMessage: ReadMessage;
  /** Database errors worth another try (a dropped connection, a busy SQLite file): the batch is retried in parts. */
  isTransientStoreError: (error: unknown) => boolean;
  tickets: TicketService;
  catalog: CatalogCache;
  clock: () => Date;
  logger: Logger;
  supportAddress: string;
  /** LEGACY_ARCHIVE_CUTOFF as configured: the parser asks about source deletions of workspaces deleted since. */
  legacyArchiveCutoff?: string;
  checkSender?: CheckSender;
  /** Post a quiet line in the Slack channel for mail kept without an answer. */
  slackEnabled?: boolean;
  /** How a message is understood: the parser unless a test substitutes a stand-in. */
  parse?: typeof parseRequest;
  /**
   * Reading and parsing on another thread (adapters/mail/offThreadReader.ts), for batches of at least
   * OFF_THREAD_MIN messages while no stand-in parser is set; absent: everything in this thread.
   */
  reader?: MessageReader;
}

/**
 * A batch this long is read on the reader's thread: a backlog's parsing then runs beside its
 * transaction. A message or two (IDLE, the maildrop, `ingest`) is read here: the hand-over would
 * cost more than it saves, and a one-file command never starts a thread.
 */
const OFF_THREAD_MIN = 8;

/** What reads a batch's messages: the reader's thread, or this one. */
interface Readers {
  read: (raw: Buffer) => Promise<InboundMessage>;
  parse: (message: InboundMessage) => ParsedMessage | Promise<ParsedMessage>;
  /** Whether parses wait for each other (in this thread, one per turn of the event loop). */
  inTurns: boolean;
}

/** The catalog and its parser index, as the catalog cache hands them out. */
type CatalogNow = { catalog: Catalog; index: ParserCatalog };

/** How long one intake transaction may hold SQLite's single writer before committing what it has. */
const TRANSACTION_BUDGET_MS = 1000;

const NO_SENDER_CHECK: SenderAuth = { auth: 'none', spoofSuspected: false, details: {} };

/** A message read, before anything about it is written. */
type Reading = Failure | Understood;

/** A message decoded (its key known), not yet classified or parsed. */
type Decoded = Failure | { kind: 'decoded'; messageKey: string; message: InboundMessage; raw: Buffer; origin: string; rawSha256: string };

/** A message of the batch whose key is known and whose reading may still be under way. */
interface Arriving {
  messageKey: string;
  reading: Promise<Reading>;
}

/** A message that cannot be taken in: recorded under `failed:<key>` with the reason. */
interface Failure {
  kind: 'failure';
  messageKey: string;
  message: InboundMessage | null;
  origin: string;
  rawSha256: string;
  size: number;
  reason: string;
}

interface Understood {
  kind: 'understood';
  messageKey: string;
  message: InboundMessage;
  raw: Buffer;
  /** What is stored for the message whatever happens to it. */
  base: InboundRecord;
  automated: { automated: boolean; reason?: string };
  /** Null for automated mail, which is never parsed or answered. */
  parse: ParseResult | null;
  /** The message's new text (quoted history left out), worked out with the parse; '' when not parsed. */
  newText: string;
  senderAuth: SenderAuth;
}

/** A message about to be applied: who sent it, what it asks, what is stored for it. */
interface Decided {
  sender: string;
  parse: ParseResult;
  record: InboundRecord;
  message: InboundMessage;
  newText: string;
  auth: SenderAuth;
}

/** What a decision needs besides the message: read inside the transaction. */
interface Context {
  trx: Knex.Transaction;
  catalog: Catalog;
}

export class IntakeService {
  /** The batch announced by `readAhead`, being read. */
  private ahead: { arrivals: Arrival[]; reading: Promise<Arriving[]> } | null = null;
  /** The catalog of the last batch, which a batch read ahead is parsed against. */
  private lastCatalog: CatalogNow | null = null;

  constructor(private readonly deps: IntakeDeps) {}

  async receive(raw: Buffer, origin: string): Promise<IntakeOutcome> {
    const [outcome] = await this.receiveBatch([{ raw, origin }]);
    return outcome!;
  }

  /** Messages in the order they arrived → one outcome each, in the same order. */
  async receiveBatch(arrivals: Arrival[]): Promise<IntakeOutcome[]> {
    if (arrivals.length === 0) return [];
    const ahead = this.takeAhead(arrivals);
    let catalog: Catalog;
    let arriving: Arriving[];
    try {
      const cached = await this.deps.catalog.get();
      this.lastCatalog = cached;
      catalog = cached.catalog;
      arriving = await (ahead ?? this.read(arrivals, cached));
    } catch (error) {
      if (!this.deps.isTransientStoreError(error)) throw error;
      return arrivals.map((a) => this.unavailable(`sha256:${sha256(a.raw)}`, a.origin, error));
    }
    const outcomes: IntakeOutcome[] = [];
    while (outcomes.length < arriving.length) {
      const rest = arriving.slice(outcomes.length);
      try {
        outcomes.push(...(await this.deps.db.transaction((trx) => this.takeIn(rest, { trx, catalog }))));
      } catch (error) {
        if (rest.length === 1 || this.deps.isTransientStoreError(error)) {
          outcomes.push(...(await Promise.all(rest.map(async (a) => this.afterError(await a.reading, error)))));
          break;
        }
        this.deps.logger.warn({ err: toError(error).message, messages: rest.length }, 'a batch failed; taking its messages in one at a time');
        for (const a of rest) outcomes.push(await this.deps.db.transaction((trx) => this.takeIn([a], { trx, catalog })).then(([o]) => o!, async (e: unknown) => this.afterError(await a.reading, e)));
      }
    }
    return outcomes;
  }

  /**
   * The batch that will be received next (the IMAP adapter fetched it while the current one's
   * transaction runs): its messages start being decoded and parsed on the reader's thread now, so
   * that the transaction of this batch never waits for them. Parsed against the catalog of the batch
   * before (an import is seen by the batch after; the cache itself rechecks only every 500 ms). Only a
   * `receiveBatch` of these very arrivals uses the reading; anything else forgets it.
   */
  readAhead(arrivals: Arrival[]): void {
    const cached = this.lastCatalog;
    this.ahead = null;
    if (!cached || !this.offThread(arrivals.length)) return;
    this.ahead = { arrivals, reading: this.read(arrivals, cached) };
  }

  private takeAhead(arrivals: Arrival[]): Promise<Arriving[]> | null {
    const ahead = this.ahead;
    this.ahead = null;
    if (!ahead || ahead.arrivals.length !== arrivals.length || ahead.arrivals.some((a, i) => a !== arrivals[i])) return null;
    return ahead.reading;
  }

  private offThread(count: number): boolean {
    return this.deps.reader !== undefined && !this.deps.parse && count >= OFF_THREAD_MIN;
  }

  /** Decode every message (its key), then start understanding each: a reading promised per message. */
  private async read(arrivals: Arrival[], cached: CatalogNow): Promise<Arriving[]> {
    const readers = this.readers(arrivals.length, cached);
    let decoded: Decoded[];
    if (readers.inTurns) {
      decoded = [];
      for (const arrival of arrivals) decoded.push(await this.decode(arrival, readers));
    } else {
      decoded = await Promise.all(arrivals.map((arrival) => this.decode(arrival, readers)));
    }
    return this.understandAll(decoded, readers);
  }

  /** The reader's thread for a batch long enough (OFF_THREAD_MIN), else this one. */
  private readers(count: number, cached: CatalogNow): Readers {
    const { reader, clock, legacyArchiveCutoff } = this.deps;
    if (reader && this.offThread(count)) {
      return { read: (raw) => reader.read(raw), parse: (message) => reader.parse(message, cached, { now: clock(), legacyArchiveCutoff }), inTurns: false };
    }
    const parse = this.deps.parse ?? parseRequest;
    return { read: this.deps.readMessage, parse: (message) => ({ parse: parse(message, cached.index, { now: clock(), legacyArchiveCutoff }), newText: newText(message) }), inTurns: true };
  }

  /** Decode and check the size: what gives the message its key. */
  private async decode(arrival: Arrival, readers: Readers): Promise<Decoded> {
    const { raw, origin } = arrival;
    const rawSha256 = sha256(raw);
    try {
      if (raw.length > MAX_MESSAGE_BYTES) throw new AppError('bad_input', `the message is ${(raw.length / 1048576).toFixed(1)} MB, over the ${MAX_MESSAGE_BYTES / 1048576} MB limit`);
      if (raw.length === 0) throw new AppError('bad_input', 'the file is empty');
      const message = await readers.read(raw);
      return { kind: 'decoded', messageKey: message.messageId ?? `sha256:${rawSha256}`, message, raw, origin, rawSha256 };
    } catch (error) {
      return { kind: 'failure', messageKey: `sha256:${rawSha256}`, message: null, origin, rawSha256, size: raw.length, reason: `could not read the message: ${toError(error).message}` };
    }
  }

  /**
   * Parse and check the sender of each decoded message, one message per turn of the event loop, and
   * hand back a promise of each reading at once. The batch's transaction starts on the first message
   * while the others are still being parsed: the parser runs while the transaction waits on the
   * database (node-sqlite3 answers on the thread pool), instead of all parsing first and all writing
   * after. Sender checks (DNS) of different messages wait side by side, as they did for a whole batch.
   * On the reader's thread every parse is asked for at once: that thread works through them in order.
   */
  private understandAll(decoded: Decoded[], readers: Readers): Arriving[] {
    let previous: Promise<unknown> = Promise.resolve();
    return decoded.map((d) => {
      const turn = readers.inTurns ? previous.then(nextTurn) : Promise.resolve();
      // A fault outside the parser's own guard (a header no value can be made of) fails this message
      // alone: a rejected reading would fail every message after it, and nobody might await it.
      const understood = turn.then(() => this.understand(d, readers)).catch((error: unknown) => this.unreadable(d, error));
      previous = understood;
      return { messageKey: d.messageKey, reading: understood.then((r) => this.checkSender(r)) };
    });
  }

  private unreadable(d: Decoded, error: unknown): Failure {
    if (d.kind === 'failure') return d;
    this.deps.logger.error({ err: toError(error), messageKey: d.messageKey, origin: d.origin }, 'intake failed');
    return { kind: 'failure', messageKey: d.messageKey, message: d.message, origin: d.origin, rawSha256: d.rawSha256, size: d.raw.length, reason: `could not process the message: ${toError(error).message}` };
  }

  /** Classify and parse: everything that needs no database. A fault of the parser is a Failure. */
  private async understand(d: Decoded, readers: Readers): Promise<Reading> {
    if (d.kind === 'failure') return d;
    const { messageKey, message, raw, origin, rawSha256 } = d;
    const failure = (reason: string): Failure => ({ kind: 'failure', messageKey, message, origin, rawSha256, size: raw.length, reason });
    let automated: Understood['automated'];
    let parse: ParseResult | null = null;
    let text = '';
    try {
      automated = detectAutomated(message, { supportAddress: this.deps.supportAddress, ownMessageIdDomain: this.deps.supportAddress.split('@')[1] ?? 'localhost' });
      if (!automated.automated && !message.from?.address) return failure('the message has no From address to answer');
      if (!automated.automated) ({ parse, newText: text } = await readers.parse(message));
    } catch (error) {
      this.deps.logger.error({ err: toError(error), messageKey, origin }, 'intake failed');
      return failure(`could not process the message: ${toError(error).message}`);
    }
    const base: InboundRecord = {
      direction: 'in',
      messageKey,
      messageId: message.messageId,
      from: message.from?.address ?? null,
      to: message.to.map((a) => a.address),
      subject: message.subject,
      date: message.date?.toISOString() ?? null,
      inReplyTo: message.inReplyTo,
      references: message.references,
      outcome: 'received',
      origin,
      rawSha256,
      rawSize: raw.length,
      createdAt: this.deps.clock().toISOString(),
    };
    return { kind: 'understood', messageKey, message, raw, base, automated, parse, newText: text, senderAuth: NO_SENDER_CHECK };
  }

  /** DKIM/SPF/DMARC of a message that will be answered. Never throws: a fault is a Failure. */
  private async checkSender(r: Reading): Promise<Reading> {
    const check = this.deps.checkSender;
    if (!check || r.kind !== 'understood' || r.parse === null) return r;
    try {
      return { ...r, senderAuth: await check(r.raw, r.message) };
    } catch (error) {
      this.deps.logger.error({ err: toError(error), messageKey: r.messageKey }, 'intake failed');
      return { kind: 'failure', messageKey: r.messageKey, message: r.message, origin: r.base.origin ?? '', rawSha256: r.base.rawSha256 ?? '', size: r.raw.length, reason: `could not process the message: ${toError(error).message}` };
    }
  }

  /**
   * One transaction: each message in turn, duplicates (also within the batch) recognised by key.
   * It ends after the message that reaches TRANSACTION_BUDGET_MS, and the caller starts the next one
   * with the rest: SQLite has one writer, and a CLI command or a Slack action waiting behind a long
   * backlog transaction on a slow machine would otherwise wait seconds (a CLI gives up after its
   * 10 s busy timeout).
   */
  private async takeIn(arriving: Arriving[], ctx: Context): Promise<IntakeOutcome[]> {
    const started = Date.now();
    const keys = arriving.flatMap((a) => [a.messageKey, failedKey(a.messageKey)]);
    const known = new Map([...(await this.deps.stores.messages.messagesByKey(ctx.trx, keys))].map(([key, m]) => [key, { outcome: m.outcome, ticket: m.ticketId ? ticketRef(m.ticketId) : undefined }]));
    const outcomes: IntakeOutcome[] = [];
    // Audit entries, notifications and message rows are written at the batch's end, a few statements
    // for all (a read of the messages in between writes theirs first: heldInserts.ts).
    this.deps.stores.heldInserts?.hold(ctx.trx);
    for (const a of arriving) {
      const r = await a.reading;
      // A message that could not even be decoded has no key of its own to be a duplicate of.
      const seen = r.kind === 'failure' && r.message === null ? undefined : known.get(r.messageKey);
      let outcome: IntakeOutcome;
      if (seen) outcome = { outcome: 'duplicate', messageKey: r.messageKey, ticket: seen.ticket, reason: `already received (${seen.outcome})` };
      else if (r.kind === 'failure') outcome = await this.recordFailure(ctx.trx, r, known.has(failedKey(r.messageKey)));
      else outcome = await this.decideAndApply(r, ctx);
      if (outcome.outcome !== 'duplicate') known.set(outcome.messageKey, { outcome: outcome.outcome, ticket: outcome.ticket });
      outcomes.push(outcome);
      if (Date.now() - started >= TRANSACTION_BUDGET_MS) break;
    }
    await this.deps.stores.heldInserts?.flush(ctx.trx);
    return outcomes;
  }

  private async decideAndApply(r: Understood, ctx: Context): Promise<IntakeOutcome> {
    const { messageKey, message } = r;
    const thread = await this.threadTicket(ctx.trx, message);
    if (r.automated.automated || r.parse === null) {
      // Recorded (and attached to its ticket, so staff see a bounce), never answered.
      await this.deps.stores.messages.insertMessage(ctx.trx, { ...r.base, ticketId: thread?.id ?? null, outcome: 'ignored', reason: r.automated.reason });
      this.deps.logger.info({ messageKey, ticket: thread && ticketRef(thread.id), reason: r.automated.reason }, 'automated message recorded, not answered');
      return { outcome: 'ignored', messageKey, ticket: thread ? ticketRef(thread.id) : undefined, reason: r.automated.reason };
    }
    const sender = message.from!.address;
    const { parse } = r;
    const record: InboundRecord = { ...r.base, auth: r.senderAuth, parse, body: r.newText.slice(0, 20_000) };
    // No backscatter: spam, a forward asking whether something is legitimate, and mail from a
    // stranger that is no deletion request are kept for staff, never answered.
    const unanswered = unansweredReason({ message, parse, senderIsContact: isAnyContact(ctx.catalog, sender), inThread: thread !== null });
    if (unanswered) return this.keepUnanswered(ctx.trx, { ...record, ticketId: thread?.id ?? null, outcome: UNANSWERED, reason: unanswered });
    const action = await this.decide(ctx, { sender, parse, thread, spoofSuspected: r.senderAuth.spoofSuspected });
    return this.apply(ctx, action, { sender, parse, record, message, newText: r.newText, auth: r.senderAuth });
  }

  /** Load the tickets the message may concern, then the pure decision (domain/intake.ts). */
  private async decide(ctx: Context, m: { sender: string; parse: ParseResult; thread: Ticket | null; spoofSuspected: boolean }): Promise<IntakeAction> {
    const { trx, catalog } = ctx;
    const { parse, thread } = m;
    const refId = parse.ticket ? parseTicketRef(parse.ticket) : null;
    const referenced = refId && refId !== thread?.id ? ((await this.deps.stores.tickets.getTicket(trx, refId)) ?? null) : null;
    const workspaceOpen =
      !thread && !referenced && parse.workspace && (parse.kind === 'status' || parse.kind === 'cancel')
        ? await this.deps.stores.tickets.listTickets(trx, { workspace: parse.workspace, status: ['needs_info', 'awaiting_approval', 'scheduled', 'running'] })
        : [];
    return decideIntake({ sender: m.sender, spoofSuspected: m.spoofSuspected, parse, thread, referenced, workspaceOpen, catalog });
  }

  /** Carry out a decision in the batch's transaction. */
  private async apply(ctx: Context, action: IntakeAction, m: Decided): Promise<IntakeOutcome> {
    const { trx } = ctx;
    const { sender, parse, record } = m;
    const { messageKey } = record;
    const customer = { type: 'customer' as const, address: sender };
    switch (action.type) {
      case 'create': {
        const facts = this.senderFacts(ctx.catalog, m, parse.kind === 'account_purge' ? sender : null, parse.workspace);
        const ticket = await this.deps.tickets.create(
          { parse, requester: sender, createdBy: customer, verification: facts.verification, requestedAt: this.deps.clock(), administered: facts.administered },
          { trx, inbound: { ...record, outcome: 'created' } },
        );
        return { outcome: 'created', messageKey, ticket: ticketRef(ticket.id) };
      }
      case 'info': {
        const accountOwner = action.ticket.kind === 'account_purge' || parse.kind === 'account_purge' ? action.ticket.requester : null;
        const facts = this.senderFacts(ctx.catalog, m, accountOwner, parse.workspace ?? action.ticket.workspace);
        try {
          const ticket = await this.deps.tickets.apply(
            action.ticket.id,
            { type: 'info', actor: customer, parse, verification: facts.verification, confirms: textConfirms(record.body ?? ''), affirms: textAffirms(record.body ?? ''), administered: facts.administered },
            { trx, inbound: { ...record, outcome: 'info' } },
          );
          return { outcome: 'info', messageKey, ticket: ticketRef(ticket.id) };
        } catch (error) {
          // The ticket moved on since we looked (approved a moment ago): keep the reply on it for staff.
          if (!isAppError(error, 'invalid_transition')) throw error;
          await this.deps.stores.messages.insertMessage(trx, { ...record, ticketId: action.ticket.id, outcome: 'note', reason: error.message });
          return { outcome: 'note', messageKey, ticket: ticketRef(action.ticket.id), reason: error.message };
        }
      }
      case 'note': {
        await this.deps.stores.messages.insertMessage(trx, { ...record, ticketId: action.ticket.id, outcome: 'note' });
        return { outcome: 'note', messageKey, ticket: ticketRef(action.ticket.id) };
      }
      case 'cancel':
        return this.applyCancel(trx, action.tickets, m);
      case 'status': {
        await this.deps.stores.messages.insertMessage(trx, { ...record, ticketId: action.tickets[0]!.id, outcome: 'status' });
        const refs = action.tickets.map((t) => ticketRef(t.id));
        await this.deps.tickets.sendAnswer(trx, { ticket: action.tickets[0]!, template: 'status', to: sender, data: { tickets: action.tickets }, audit: { actor: `email:${sender}`, action: 'status_answered', detail: { tickets: refs } } });
        return { outcome: 'status', messageKey, ticket: refs.join(',') };
      }
      case 'refuse':
        return this.applyRefusal(ctx, action, m);
    }
  }

  /**
   * Whether the sender may ask for this: a contact of the workspace, or for an account purge an
   * administrator of the workspaces it covers (read from the catalog now), with the sender checks.
   */
  private senderFacts(catalog: Catalog, m: { sender: string; auth: SenderAuth }, accountOwner: string | null, workspaceSlug: string | null): { verification: Verification; administered?: ReturnType<typeof accountScope> } {
    const verification = (contact: boolean): Verification => ({ contact, auth: m.auth.auth, spoofSuspected: m.auth.spoofSuspected, overriddenBy: null });
    if (accountOwner === null) return { verification: verification(isContact(findWorkspace(catalog, workspaceSlug), m.sender)) };
    const administered = accountScope(catalog, accountOwner);
    return { verification: verification(administered.length > 0), administered };
  }

  private async applyCancel(trx: Knex.Transaction, tickets: Ticket[], m: Decided): Promise<IntakeOutcome> {
    const { sender, record } = m;
    const refs: string[] = [];
    const late: string[] = [];
    await this.deps.stores.messages.insertMessage(trx, { ...record, ticketId: tickets[0]!.id, outcome: 'cancel' });
    // Each cancellation answers on its ticket's thread: read them all at once, not one per ticket.
    await this.deps.stores.messages.preloadThreads(trx, tickets.map((t) => t.id));
    for (const t of tickets) {
      try {
        await this.deps.tickets.apply(t.id, { type: 'cancel', actor: { type: 'customer', address: sender }, isStaff: false, isContact: true, reason: m.newText.slice(0, 500) }, { trx });
        refs.push(ticketRef(t.id));
      } catch (error) {
        // One ticket started running since we looked: the others are still cancelled.
        if (!isAppError(error, 'invalid_transition')) throw error;
        late.push(error.message);
      }
    }
    if (late.length > 0) {
      await this.deps.tickets.sendAnswer(trx, {
        ticket: tickets[0]!,
        template: 'status',
        to: sender,
        data: { tickets: [], notice: late.join(' ') },
        audit: { actor: `email:${sender}`, action: 'refused', detail: { reason: 'not cancellable', tickets: late } },
      });
    }
    const messageKey = record.messageKey;
    return refs.length ? { outcome: 'cancelled', messageKey, ticket: refs.join(',') } : { outcome: 'refused', messageKey, ticket: ticketRef(tickets[0]!.id), reason: late.join(' ') };
  }

  private async applyRefusal(ctx: Context, action: Extract<IntakeAction, { type: 'refuse' }>, m: Decided): Promise<IntakeOutcome> {
    const { sender, record, message } = m;
    const { ticket } = action;
    await this.deps.stores.messages.insertMessage(ctx.trx, { ...record, ticketId: ticket?.id ?? null, outcome: 'refused', reason: action.reason });
    // A refusal never names the ticket's scope to someone who may not see it.
    const senderMaySee = (t: Ticket) => t.requester === sender || isContact(findWorkspace(ctx.catalog, t.workspace), sender);
    await this.deps.tickets.sendAnswer(ctx.trx, {
      ticket: ticket && senderMaySee(ticket) ? ticket : null,
      template: 'status',
      to: sender,
      data: { tickets: [], notice: action.notice },
      audit: { actor: `email:${sender}`, action: 'refused', detail: { reason: action.reason, kind: m.parse.kind, ticket: ticket ? ticketRef(ticket.id) : null } },
      replyTo: { messageId: message.messageId, subject: message.subject },
    });
    return { outcome: 'refused', messageKey: record.messageKey, ticket: ticket ? ticketRef(ticket.id) : undefined, reason: action.reason };
  }

  /**
   * Staff turn a kept message into a ticket (`deletion-desk open`): the normal create path, as if the
   * sender had asked — the requester is the sender, verification judges the sender as it would have
   * (contact of the workspace, the sender checks recorded on arrival). Created by the staff member,
   * so another one approves it.
   */
  async openUnanswered(messageKey: string, staffId: string): Promise<Ticket> {
    const { catalog } = await this.deps.catalog.get();
    return this.deps.db.transaction(async (trx) => {
      const kept = await this.deps.stores.messages.inboundMessage(trx, messageKey, { forUpdate: true });
      if (!kept) throw new AppError('not_found', `No received message has the key ${JSON.stringify(messageKey)}. \`deletion-desk inbox\` lists the kept ones with their keys.`);
      if (kept.outcome !== UNANSWERED) {
        throw new AppError('invalid_transition', `The message ${messageKey} is not waiting in the inbox: it was ${kept.outcome}${kept.ticketId ? ` (${ticketRef(kept.ticketId)})` : ''}.`);
      }
      const parse = kept.parse as ParseResult | null;
      if (!parse || !kept.from) throw new AppError('bad_input', `The message ${messageKey} was not read completely when it arrived, so it cannot become a ticket; ask the sender to write again.`);
      if (parse.kind === 'status' || parse.kind === 'cancel') {
        throw new AppError('bad_input', `The message ${messageKey} asks about a ${parse.kind === 'status' ? 'status' : 'cancellation'}, not for a deletion; answer it, or open a ticket with /deletion new.`);
      }
      const auth = (kept.auth ?? {}) as Partial<SenderAuth>;
      const verification: Verification = {
        contact: isContact(findWorkspace(catalog, parse.workspace), kept.from),
        auth: auth.auth ?? 'none',
        spoofSuspected: auth.spoofSuspected ?? false,
        overriddenBy: null,
      };
      return this.deps.tickets.create(
        { parse, requester: kept.from, createdBy: { type: 'staff', id: staffId }, verification, requestedAt: new Date(kept.receivedAt) },
        { trx, attach: { messageKey, reason: `opened from the inbox by staff:${staffId} (was: ${kept.reason ?? 'unanswered'})` } },
      );
    });
  }

  /** Record a message for staff without answering it, and tell the channel in one quiet line. */
  private async keepUnanswered(trx: Knex.Transaction, m: MessageRecord): Promise<IntakeOutcome> {
    await this.deps.stores.messages.insertMessage(trx, m);
    if (this.deps.slackEnabled) {
      const notice: SlackNotice = { ticketId: 0, action: 'unanswered', actor: `email:${m.from ?? ''}`, version: 0, unanswered: { messageKey: m.messageKey, from: m.from ?? '', subject: m.subject ?? '', reason: m.reason ?? '' } };
      await this.deps.stores.outbox.enqueueNotification(trx, { ticketId: null, channel: 'slack', dedupeKey: `unanswered:${m.messageKey}`.slice(0, 1000), payload: { ...notice }, now: this.deps.clock().toISOString() });
    }
    this.deps.logger.info({ messageKey: m.messageKey, reason: m.reason }, 'message kept for staff, not answered');
    return { outcome: 'unanswered', messageKey: m.messageKey, ticket: m.ticketId ? ticketRef(m.ticketId) : undefined, reason: m.reason ?? undefined };
  }

  /** The ticket a message replies to: our [DEL-n] subject tag, then In-Reply-To, then References (newest first). */
  private async threadTicket(trx: Knex.Transaction, message: InboundMessage): Promise<Ticket | null> {
    const tagged = ticketTagIn(message.subject);
    if (tagged !== null) {
      const ticket = await this.deps.stores.tickets.getTicket(trx, tagged);
      if (ticket) return ticket;
    }
    const ids = [message.inReplyTo, ...[...message.references].reverse()].filter((x): x is string => !!x);
    const id = ids.length ? await this.deps.stores.messages.ticketForMessageIds(trx, ids) : null;
    return id === null ? null : ((await this.deps.stores.tickets.getTicket(trx, id)) ?? null);
  }

  /**
   * Keep a trace of a message that could not be handled. It is stored under `failed:<key>`, not under
   * the message's own key, so that the same message moved back to the inbox after the cause is fixed
   * is taken in normally instead of being dismissed as a duplicate.
   */
  private async recordFailure(db: Knex | Knex.Transaction, f: Failure, alreadyRecorded: boolean): Promise<IntakeOutcome> {
    const key = failedKey(f.messageKey);
    const { message } = f;
    this.deps.logger.warn({ messageKey: f.messageKey, origin: f.origin, reason: f.reason }, 'message kept as failed');
    if (!alreadyRecorded) {
      await this.deps.stores.messages.insertMessage(db, {
        ticketId: null, direction: 'in', messageKey: key, messageId: message?.messageId ?? null, from: message?.from?.address ?? null,
        to: message?.to.map((a) => a.address) ?? [], subject: message?.subject ?? null, date: message?.date?.toISOString() ?? null,
        inReplyTo: message?.inReplyTo ?? null, references: message?.references ?? [], outcome: 'failed', reason: f.reason, origin: f.origin, rawSha256: f.rawSha256, rawSize: f.size,
        createdAt: this.deps.clock().toISOString(),
      });
    }
    return { outcome: 'failed', messageKey: key, reason: f.reason };
  }

  /** The outcome of a message whose own transaction failed. */
  private async afterError(r: Reading, error: unknown): Promise<IntakeOutcome> {
    const { messageKey } = r;
    const origin = r.kind === 'failure' ? r.origin : (r.base.origin ?? '');
    if (isUniqueViolation(error)) return { outcome: 'duplicate', messageKey, reason: 'already received (by another worker)' };
    if (this.deps.isTransientStoreError(error)) return this.unavailable(messageKey, origin, error);
    this.deps.logger.error({ err: toError(error), messageKey, origin }, 'intake failed');
    const failure: Failure =
      r.kind === 'failure' ? r : { kind: 'failure', messageKey, message: r.message, origin, rawSha256: r.base.rawSha256 ?? '', size: r.raw.length, reason: `could not process the message: ${toError(error).message}` };
    try {
      const recorded = (await this.deps.stores.messages.messagesByKey(this.deps.db, [failedKey(messageKey)])).size > 0;
      return await this.recordFailure(this.deps.db, failure, recorded);
    } catch (recordError) {
      // Nothing about the message is recorded: the channel keeps it and offers it again.
      this.deps.logger.error({ err: toError(recordError), messageKey }, 'could not record the failed message');
      return { outcome: 'failed', messageKey: failedKey(messageKey), reason: failure.reason, retry: true };
    }
  }

  private unavailable(messageKey: string, origin: string, error: unknown): IntakeOutcome {
    this.deps.logger.warn({ err: toError(error).message, messageKey, origin }, 'database unavailable; the message is left to be taken in later');
    return { outcome: 'failed', messageKey, reason: `database unavailable: ${toError(error).message}`, retry: true };
  }
}

/** Resolves on the next turn of the event loop, after the I/O callbacks waiting (a database answer). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function failedKey(messageKey: string): string {
  return messageKey.startsWith('failed:') ? messageKey : `failed:${messageKey}`;
}

function sha256(raw: Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT' || /UNIQUE constraint failed|duplicate key value/i.test(e?.message ?? '');
}

export type { ParseResult };
