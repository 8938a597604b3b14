/**
 * One inbound email → a ticket, new details on a ticket, a status answer, a cancellation, or a
 * recorded refusal. Used by every intake channel (maildrop, IMAP, `deletion-desk ingest`).
 *
 * Exactly once: the message row (unique Message-ID, or SHA-256 of the raw message) is written in the
 * same transaction as what it causes, so a message seen again after a crash is a no-op duplicate.
 * Nothing is lost: a message that cannot be read is still recorded, with the reason, and the channel
 * keeps the raw message (maildrop failed/ folder, IMAP Failed folder).
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from '../logger';
import { AppError, isAppError, toError } from '../errors';
import type { InboundMessage } from '../domain/message';
import type { ParseResult } from '../domain/request';
import { findWorkspace, isContact } from '../domain/catalog';
import { decideIntake, type IntakeAction } from '../domain/intake';
import { parseRequest, newText } from '../domain/parse/index';
import { detectAutomated } from '../domain/email/automated';
import { textConfirms } from '../domain/confirmation';
import { accountScope } from '../domain/accountPurge';
import type { Ticket, Verification } from '../domain/ticket';
import { parseTicketRef, ticketRef } from '../domain/ticket';
import { readMessage } from '../adapters/mail/readMessage';
import { inboundMessage, insertMessage, messageExists, ticketForMessageIds, type MessageRecord } from '../adapters/db/messageStore';
import { enqueueNotification } from '../adapters/db/outboxStore';
import { isAnyContact, unansweredReason, UNANSWERED } from '../domain/inbox';
import { isTransientDbError } from '../adapters/db/dbErrors';
import { getTicket, listTickets } from '../adapters/db/ticketStore';
import type { CatalogCache } from './catalogCache';
import type { InboundRecord, SlackNotice, TicketService } from './ticketService';
import type { CheckSender, IntakeOutcome, IntakeOutcomeType, SenderAuth } from '../ports/mail';

/** Sender authentication (DKIM/SPF/DMARC), provided by the email channel; absent in local mode. */
export type { CheckSender, SenderAuth };

export type { IntakeOutcome, IntakeOutcomeType };

/** Larger messages are kept and reported, not parsed (a deletion request is a few kilobytes). */
export const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

export interface IntakeDeps {
  db: Knex;
  tickets: TicketService;
  catalog: CatalogCache;
  clock: () => Date;
  logger: Logger;
  supportAddress: string;
  checkSender?: CheckSender;
  /** Post a quiet line in the Slack channel for mail kept without an answer. */
  slackEnabled?: boolean;
  /** How a message is understood: the parser unless a test substitutes a stand-in. */
  parse?: typeof parseRequest;
}

export class IntakeService {
  constructor(private readonly deps: IntakeDeps) {}

  async receive(raw: Buffer, origin: string): Promise<IntakeOutcome> {
    const rawSha256 = createHash('sha256').update(raw).digest('hex');
    let message: InboundMessage;
    try {
      if (raw.length > MAX_MESSAGE_BYTES) throw new AppError('bad_input', `the message is ${(raw.length / 1048576).toFixed(1)} MB, over the ${MAX_MESSAGE_BYTES / 1048576} MB limit`);
      if (raw.length === 0) throw new AppError('bad_input', 'the file is empty');
      message = await readMessage(raw);
    } catch (error) {
      return this.recordFailure(`sha256:${rawSha256}`, null, rawSha256, raw.length, origin, `could not read the message: ${toError(error).message}`);
    }
    const messageKey = message.messageId ?? `sha256:${rawSha256}`;
    try {
      return await this.process(raw, message, messageKey, rawSha256, origin);
    } catch (error) {
      if (isUniqueViolation(error)) return { outcome: 'duplicate', messageKey, reason: 'already received (by another worker)' };
      if (isTransientDbError(error)) {
        this.deps.logger.warn({ err: toError(error).message, messageKey, origin }, 'database unavailable; the message is left to be taken in later');
        return { outcome: 'failed', messageKey, reason: `database unavailable: ${toError(error).message}`, retry: true };
      }
      this.deps.logger.error({ err: toError(error), messageKey, origin }, 'intake failed');
      return this.recordFailure(messageKey, message, rawSha256, raw.length, origin, `could not process the message: ${toError(error).message}`);
    }
  }

  private async process(raw: Buffer, message: InboundMessage, messageKey: string, rawSha256: string, origin: string): Promise<IntakeOutcome> {
    const { db, logger } = this.deps;
    const seen = await messageExists(db, messageKey);
    if (seen) return { outcome: 'duplicate', messageKey, ticket: seen.ticketId ? ticketRef(seen.ticketId) : undefined, reason: `already received (${seen.outcome})` };

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

    const automated = detectAutomated(message, { supportAddress: this.deps.supportAddress, ownMessageIdDomain: this.deps.supportAddress.split('@')[1] ?? 'localhost' });
    const threadId = await this.threadTicketId(message);
    if (automated.automated) {
      // Recorded (and attached to its ticket, so staff see a bounce), never answered.
      await insertMessage(db, { ...base, ticketId: threadId, outcome: 'ignored', reason: automated.reason });
      logger.info({ messageKey, ticket: threadId && ticketRef(threadId), reason: automated.reason }, 'automated message recorded, not answered');
      return { outcome: 'ignored', messageKey, ticket: threadId ? ticketRef(threadId) : undefined, reason: automated.reason };
    }
    const sender = message.from?.address ?? null;
    if (!sender) return this.recordFailure(messageKey, message, rawSha256, raw.length, origin, 'the message has no From address to answer');

    const { catalog, index } = await this.deps.catalog.get();
    const parse = (this.deps.parse ?? parseRequest)(message, index, { now: this.deps.clock() });
    const senderAuth = this.deps.checkSender ? await this.deps.checkSender(raw, message) : { auth: 'none' as const, spoofSuspected: false, details: {} };
    const thread = threadId ? ((await getTicket(db, threadId)) ?? null) : null;
    const record: InboundRecord = { ...base, auth: senderAuth, parse, body: newText(message).slice(0, 20_000) };
    // No backscatter: spam, a forward asking whether something is legitimate, and mail from a
    // stranger that is no deletion request are kept for staff, never answered.
    const unanswered = unansweredReason({ message, parse, senderIsContact: isAnyContact(catalog, sender), inThread: thread !== null });
    if (unanswered) return this.keepUnanswered({ ...record, ticketId: thread?.id ?? null, outcome: UNANSWERED, reason: unanswered });
    const refId = parse.ticket ? parseTicketRef(parse.ticket) : null;
    const referenced = refId && refId !== threadId ? ((await getTicket(db, refId)) ?? null) : null;
    const workspaceOpen =
      !thread && !referenced && parse.workspace && (parse.kind === 'status' || parse.kind === 'cancel')
        ? await listTickets(db, { workspace: parse.workspace, status: ['needs_info', 'awaiting_approval', 'scheduled', 'running'] })
        : [];
    const decided = decideIntake({ sender, parse, thread, referenced, workspaceOpen, catalog });
    // A cancellation that fails DMARC for its From domain may come from anyone: it changes nothing.
    const action: IntakeAction =
      decided.type === 'cancel' && senderAuth.spoofSuspected
        ? { type: 'refuse', ticket: null, reason: 'cancel from a possibly spoofed sender', notice: 'We could not verify that this message comes from your domain (it failed DMARC), so it changed nothing. Please write from your registered address through your own mail server, or contact your account team.' }
        : decided;
    const verification = (workspaceSlug: string | null): Verification => ({
      contact: isContact(findWorkspace(catalog, workspaceSlug), sender),
      auth: senderAuth.auth,
      spoofSuspected: senderAuth.spoofSuspected,
      overriddenBy: null,
    });
    // An account purge covers the workspaces its requester administers, read from the catalog now; being
    // an administrator of one of them is what entitles the requester (as being a contact does elsewhere).
    const account = (requester: string) => {
      const administered = accountScope(catalog, requester);
      return { administered, verification: { ...verification(null), contact: administered.length > 0 } };
    };
    const customer = { type: 'customer' as const, address: sender };
    const senderMaySee = (t: Ticket) => t.requester === sender || isContact(findWorkspace(catalog, t.workspace), sender);

    return db.transaction(async (trx) => {
      switch (action.type) {
        case 'create': {
          const accountFacts = parse.kind === 'account_purge' ? account(sender) : null;
          const ticket = await this.deps.tickets.create(
            { parse, requester: sender, createdBy: customer, verification: accountFacts?.verification ?? verification(parse.workspace), requestedAt: this.deps.clock(), administered: accountFacts?.administered },
            { trx, inbound: { ...record, outcome: 'created' } },
          );
          return { outcome: 'created', messageKey, ticket: ticketRef(ticket.id) };
        }
        case 'info': {
          const ws = parse.workspace ?? action.ticket.workspace;
          const accountFacts = action.ticket.kind === 'account_purge' || parse.kind === 'account_purge' ? account(action.ticket.requester) : null;
          try {
            const ticket = await this.deps.tickets.apply(
              action.ticket.id,
              { type: 'info', actor: customer, parse, verification: accountFacts?.verification ?? verification(ws), confirms: textConfirms(record.body ?? ''), administered: accountFacts?.administered },
              { trx, inbound: { ...record, outcome: 'info' } },
            );
            return { outcome: 'info', messageKey, ticket: ticketRef(ticket.id) };
          } catch (error) {
            // The ticket moved on since we looked (approved a moment ago): keep the reply on it for staff.
            if (!isAppError(error, 'invalid_transition')) throw error;
            await insertMessage(trx, { ...record, ticketId: action.ticket.id, outcome: 'note', reason: error.message });
            return { outcome: 'note', messageKey, ticket: ticketRef(action.ticket.id), reason: error.message };
          }
        }
        case 'note': {
          await insertMessage(trx, { ...record, ticketId: action.ticket.id, outcome: 'note' });
          return { outcome: 'note', messageKey, ticket: ticketRef(action.ticket.id) };
        }
        case 'cancel': {
          const refs: string[] = [];
          const late: string[] = [];
          await insertMessage(trx, { ...record, ticketId: action.tickets[0]!.id, outcome: 'cancel' });
          for (const t of action.tickets) {
            try {
              await this.deps.tickets.apply(t.id, { type: 'cancel', actor: customer, isStaff: false, isContact: true, reason: newText(message).slice(0, 500) }, { trx });
              refs.push(ticketRef(t.id));
            } catch (error) {
              // One ticket started running since we looked: the others are still cancelled.
              if (!isAppError(error, 'invalid_transition')) throw error;
              late.push(error.message);
            }
          }
          if (late.length > 0) {
            await this.deps.tickets.sendAnswer(trx, {
              ticket: action.tickets[0]!,
              template: 'status',
              to: sender,
              data: { tickets: [], notice: late.join(' ') },
              audit: { actor: `email:${sender}`, action: 'refused', detail: { reason: 'not cancellable', tickets: late } },
            });
          }
          return refs.length ? { outcome: 'cancelled', messageKey, ticket: refs.join(',') } : { outcome: 'refused', messageKey, ticket: ticketRef(action.tickets[0]!.id), reason: late.join(' ') };
        }
        case 'status': {
          await insertMessage(trx, { ...record, ticketId: action.tickets[0]!.id, outcome: 'status' });
          const first = action.tickets[0]!;
          await this.deps.tickets.sendAnswer(trx, { ticket: first, template: 'status', to: sender, data: { tickets: action.tickets }, audit: { actor: `email:${sender}`, action: 'status_answered', detail: { tickets: action.tickets.map((t) => ticketRef(t.id)) } } });
          return { outcome: 'status', messageKey, ticket: action.tickets.map((t) => ticketRef(t.id)).join(',') };
        }
        case 'refuse': {
          await insertMessage(trx, { ...record, ticketId: action.ticket?.id ?? null, outcome: 'refused', reason: action.reason });
          // A refusal never names the ticket's scope to someone who may not see it.
          await this.deps.tickets.sendAnswer(trx, {
            ticket: action.ticket && senderMaySee(action.ticket) ? action.ticket : null,
            template: 'status',
            to: sender,
            data: { tickets: [], notice: action.notice },
            audit: { actor: `email:${sender}`, action: 'refused', detail: { reason: action.reason, kind: parse.kind, ticket: action.ticket ? ticketRef(action.ticket.id) : null } },
            replyTo: { messageId: message.messageId, subject: message.subject },
          });
          return { outcome: 'refused', messageKey, ticket: action.ticket ? ticketRef(action.ticket.id) : undefined, reason: action.reason };
        }
      }
    });
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
      const kept = await inboundMessage(trx, messageKey, { forUpdate: true });
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
  private async keepUnanswered(m: MessageRecord): Promise<IntakeOutcome> {
    await this.deps.db.transaction(async (trx) => {
      await insertMessage(trx, m);
      if (this.deps.slackEnabled) {
        const notice: SlackNotice = { ticketId: 0, action: 'unanswered', actor: `email:${m.from ?? ''}`, version: 0, unanswered: { messageKey: m.messageKey, from: m.from ?? '', subject: m.subject ?? '', reason: m.reason ?? '' } };
        await enqueueNotification(trx, { ticketId: null, channel: 'slack', dedupeKey: `unanswered:${m.messageKey}`.slice(0, 1000), payload: { ...notice }, now: this.deps.clock().toISOString() });
      }
    });
    this.deps.logger.info({ messageKey: m.messageKey, reason: m.reason }, 'message kept for staff, not answered');
    return { outcome: 'unanswered', messageKey: m.messageKey, ticket: m.ticketId ? ticketRef(m.ticketId) : undefined, reason: m.reason ?? undefined };
  }

  /** [DEL-n] in the subject, then In-Reply-To, then References (newest first). */
  private async threadTicketId(message: InboundMessage): Promise<number | null> {
    const fromSubject = /\[\s*DEL-(\d{1,9})\s*\]/i.exec(message.subject);
    if (fromSubject) {
      const id = Number(fromSubject[1]);
      if (await getTicket(this.deps.db, id)) return id;
    }
    const ids = [message.inReplyTo, ...[...message.references].reverse()].filter((x): x is string => !!x);
    return ids.length ? ticketForMessageIds(this.deps.db, ids) : null;
  }

  /**
   * Keep a trace of a message that could not be handled. It is stored under `failed:<key>`, not under
   * the message's own key, so that the same message moved back to the inbox after the cause is fixed
   * is taken in normally instead of being dismissed as a duplicate.
   */
  private async recordFailure(messageKey: string, message: InboundMessage | null, rawSha256: string, size: number, origin: string, reason: string): Promise<IntakeOutcome> {
    const failedKey = messageKey.startsWith('failed:') ? messageKey : `failed:${messageKey}`;
    this.deps.logger.warn({ messageKey, origin, reason }, 'message kept as failed');
    try {
      if (!(await messageExists(this.deps.db, failedKey))) {
        await insertMessage(this.deps.db, {
          ticketId: null, direction: 'in', messageKey: failedKey, messageId: message?.messageId ?? null, from: message?.from?.address ?? null,
          to: message?.to.map((a) => a.address) ?? [], subject: message?.subject ?? null, date: message?.date?.toISOString() ?? null,
          inReplyTo: message?.inReplyTo ?? null, references: message?.references ?? [], outcome: 'failed', reason, origin, rawSha256, rawSize: size,
          createdAt: this.deps.clock().toISOString(),
        });
      }
    } catch (error) {
      this.deps.logger.error({ err: toError(error), messageKey }, 'could not record the failed message');
      return { outcome: 'failed', messageKey: failedKey, reason, retry: isTransientDbError(error) };
    }
    return { outcome: 'failed', messageKey: failedKey, reason };
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT' || /UNIQUE constraint failed|duplicate key value/i.test(e?.message ?? '');
}

export type { ParseResult };
