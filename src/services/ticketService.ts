/**
 * Applies the pure lifecycle (domain/ticket.ts) durably: each transition is one transaction that
 * writes the ticket (with a version check), one audit entry and the notifications it causes.
 * Racing writers (two staff clicking Approve) are serialized by a row lock on PostgreSQL and by the
 * version check everywhere; the loser re-reads and is judged against the new state.
 */
import type { Knex } from 'knex';
import type { Logger } from '../logger';
import { AppError, isAppError } from '../errors';
import type { CustomerEmail, Effect, NewTicketInput, Ticket, TicketEvent, Transition } from '../domain/ticket';
import { actorFromLabel, CANCELLABLE_STATUSES, FINAL_STATUSES, ticketRef } from '../domain/ticket';
import { childTicketInput, childrenOutcome } from '../domain/accountPurge';
import { createTicket, transition } from '../domain/lifecycle';
import type { Policy } from '../domain/policy';
import { isContact, type Catalog, type CatalogWorkspace } from '../domain/catalog';
import { readershipOf, type Readership } from '../domain/email/audience';
import { approvedManifest, scopeIdentity } from '../domain/scope';
import type { AuditLog, MessageRecord, MessageStore, Outbox, ThreadEntry, TicketFilter, TicketStore } from '../ports/stores';
import type { EmailAttachment, OutboundEmail } from '../ports/mail';
import type { SlackNotice } from '../ports/slack';

export type { OutboundEmail, SlackNotice };

/** An inbound message recorded on the ticket in the same transaction as the transition. */
export type InboundRecord = Omit<MessageRecord, 'ticketId'>;

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
  /** Files sent with it (the complete deletion receipt as CSV). */
  attachments?: EmailAttachment[];
}

/** Renders a customer email for a ticket (templates/, wired in main.ts). */
export type ComposeEmail = (
  template: CustomerEmail,
  ticket: Ticket,
  data: Record<string, unknown>,
  context: { originalSubject: string | null; workspace: CatalogWorkspace | undefined; readership: Readership },
) => ComposedEmail;

/** The stores a transition writes to, all inside its one transaction. */
export interface TicketStores {
  tickets: TicketStore;
  messages: Pick<MessageStore, 'insertMessage' | 'attachMessage' | 'threadHeadersOf' | 'threadAddressesOf' | 'replyCounts'>;
  audit: AuditLog;
  outbox: Outbox;
}

export interface TicketServiceDeps {
  db: Knex;
  stores: TicketStores;
  clock: () => Date;
  policy: Policy;
  supportAddress: string;
  composeEmail: ComposeEmail;
  /** Queue Slack card updates (only when Slack is configured). */
  slackEnabled: boolean;
  logger: Logger;
  newMessageId: () => string;
  /** The catalog entry of a workspace, for display names in emails. */
  findWorkspace: (slug: string, trx: Knex.Transaction) => Promise<CatalogWorkspace | undefined>;
  /** The whole catalog: who an email's recipient is a contact of, and what they may not read. */
  catalog?: (trx: Knex.Transaction) => Promise<Catalog>;
  /** A deadlock or serialization failure: the database rolled the transaction back; run it again. */
  isWriteConflict?: (error: unknown) => boolean;
}

export interface ApplyOptions {
  /** Apply inside the caller's transaction; a lost race then propagates as `lost_race`. */
  trx?: Knex.Transaction;
  inbound?: InboundRecord;
  /**
   * Checked against the ticket as read under the row lock, before the event is judged: throw to refuse
   * (the Slack card's "was this the scope the clicker saw" check). Runs again after a lost race.
   */
  precondition?: (current: Ticket) => void;
}

/** A lost race is retried this many times before the caller sees `lost_race`. */
const APPLY_ATTEMPTS = 5;

export class TicketService {
  private readonly stores: TicketStores;
  /**
   * What the reply limit counted for each address, per transaction, kept up to date by the answers
   * queued in it: an intake batch answers the same few addresses again and again (a requester, a
   * workspace's contacts), and counting again for each answer was one statement per answer. Only this
   * service writes outbound mail inside a transaction, so the count stays what a new query would say
   * (or above it, when an hour-old answer leaves the window while the transaction runs: the guard errs
   * on holding). Forgotten with the transaction object, so a rolled-back transaction takes nothing along.
   */
  private readonly replyCountsIn = new WeakMap<Knex.Transaction, Map<string, ReplyCounts>>();

  constructor(private readonly deps: TicketServiceDeps) {
    this.stores = deps.stores;
  }

  get db(): Knex {
    return this.deps.db;
  }

  async get(id: number): Promise<Ticket> {
    const ticket = await this.find(id);
    if (!ticket) throw new AppError('not_found', `${ticketRef(id)} does not exist.`);
    return ticket;
  }

  /** The ticket, or undefined when there is none (for callers that answer "does not exist" themselves). */
  find(id: number): Promise<Ticket | undefined> {
    return this.stores.tickets.getTicket(this.deps.db, id);
  }

  list(filter: TicketFilter = {}): Promise<Ticket[]> {
    return this.stores.tickets.listTickets(this.deps.db, filter);
  }

  /** Create a ticket; `trx` lets intake record the message in the same transaction. */
  async create(input: Omit<NewTicketInput, 'id'>, options: { trx?: Knex.Transaction; inbound?: InboundRecord; attach?: { messageKey: string; reason: string } } = {}): Promise<Ticket> {
    const run = async (t: Knex.Transaction) => {
      const now = this.deps.clock();
      const id = await this.stores.tickets.reserveTicketId(t, now.toISOString());
      const result = createTicket({ ...input, id }, { now, policy: this.deps.policy });
      await this.stores.tickets.saveNewTicket(t, result.ticket);
      // The request itself joins the thread before the acknowledgement is composed (In-Reply-To).
      if (options.inbound) await this.stores.messages.insertMessage(t, { ...options.inbound, ticketId: id });
      // A message already kept (staff opened it from the inbox) joins the thread the same way.
      if (options.attach) await this.stores.messages.attachMessage(t, options.attach.messageKey, id, 'created', options.attach.reason);
      // The new ticket's thread is known without reading it back (its answers thread under it),
      // except for an attached message, whose headers are in the database.
      const thread: ThreadSoFar | undefined = options.attach ? undefined : options.inbound ? [{ messageId: options.inbound.messageId, subject: options.inbound.subject, direction: 'in' }] : [];
      await this.record(t, result, now, thread);
      this.deps.logger.info({ ticket: ticketRef(id), kind: result.ticket.kind, status: result.ticket.status }, 'ticket created');
      return result.ticket;
    };
    return options.trx ? run(options.trx) : this.deps.db.transaction(run);
  }

  /**
   * Apply an event. The ticket is read under its row lock and written with a version check; when
   * another writer got there first (`lost_race`), the whole transaction is retried, so the event is
   * judged again against the state that won. This is the one lost-race loop of the desk: callers
   * with a condition of their own pass it as `precondition` instead of locking the row themselves.
   * A deadlock or serialization failure the database reports is retried the same way.
   */
  async apply(id: number, event: TicketEvent, options: ApplyOptions = {}): Promise<Ticket> {
    const attempt = (t: Knex.Transaction) => this.applyOnce(t, id, event, options);
    if (options.trx) return attempt(options.trx);
    for (let tries = 1; ; tries++) {
      try {
        return await this.deps.db.transaction(attempt);
      } catch (error) {
        const again = isAppError(error, 'lost_race') || this.deps.isWriteConflict?.(error) === true;
        if (!again || tries >= APPLY_ATTEMPTS) throw error;
      }
    }
  }

  private async applyOnce(t: Knex.Transaction, id: number, event: TicketEvent, options: ApplyOptions): Promise<Ticket> {
    await this.stores.audit.lockForAppend(t); // before the row: one lock order for every writer
    const current = await this.stores.tickets.getTicket(t, id, { forUpdate: true });
    if (!current) throw new AppError('not_found', `${ticketRef(id)} does not exist.`);
    options.precondition?.(current);
    const now = this.deps.clock();
    const judged = await this.withCatalogFacts(t, current, event);
    const result = transition(current, judged, { now, policy: this.deps.policy });
    if (!(await this.stores.tickets.updateTicket(t, result.ticket, current.version))) {
      throw new AppError('lost_race', `${ticketRef(id)} changed while this action was applied; try again.`);
    }
    if (options.inbound) await this.stores.messages.insertMessage(t, { ...options.inbound, ticketId: id });
    await this.record(t, result, now);
    this.deps.logger.info({ ticket: ticketRef(id), action: result.audit.action, actor: result.audit.actor, status: result.ticket.status }, 'ticket changed');
    if (result.ticket.parentId && FINAL_STATUSES.includes(result.ticket.status) && !FINAL_STATUSES.includes(current.status)) await this.followAccount(t, result.ticket.parentId);
    return result.ticket;
  }

  /** Facts from the catalog a transition needs: contacts after an edit, the ids an approval stands for. */
  private async withCatalogFacts(trx: Knex.Transaction, current: Ticket, event: TicketEvent): Promise<TicketEvent> {
    if (event.type === 'info' && current.kind !== 'account_purge' && event.parse.kind !== 'account_purge' && !current.parentId) {
      // Judged again on every reply, against the workspace the ticket will have (a reply fills it in
      // or changes it); an account purge's entitlement is the administered list instead.
      const workspace = event.parse.workspace ?? current.workspace;
      return { ...event, requesterIsContact: workspace ? isContact(await this.deps.findWorkspace(workspace, trx), current.requester) : false };
    }
    if (event.type === 'edit' && event.patch.workspace !== undefined && event.patch.workspace !== current.workspace) {
      return { ...event, requesterIsContact: event.patch.workspace ? isContact(await this.deps.findWorkspace(event.patch.workspace, trx), current.requester) : false };
    }
    if (event.type === 'approve') {
      const threadAddresses = await this.stores.messages.threadAddressesOf(trx, current.id);
      if (!current.workspace) return { ...event, threadAddresses };
      const workspace = await this.deps.findWorkspace(current.workspace, trx);
      const catalog = { workspaces: workspace ? [workspace] : [] };
      return { ...event, threadAddresses, scopeIds: workspace ? scopeIdentity(current, catalog) : null, manifest: workspace ? approvedManifest(current, catalog, this.deps.clock().toISOString()) : null };
    }
    return event;
  }

  /**
   * Queue an email that is not a transition (a status answer, a refusal), with its audit entry.
   * `replyTo` threads it to the inbound message when that message belongs to no ticket.
   */
  async sendAnswer(
    trx: Knex.Transaction,
    answer: { ticket: Ticket | null; template: CustomerEmail; to: string; data: Record<string, unknown>; audit: { actor: string; action: string; detail: Record<string, unknown> }; replyTo?: { messageId: string | null; subject: string } },
  ): Promise<void> {
    const now = this.deps.clock();
    await this.stores.audit.appendAudit(trx, { ticketId: answer.ticket?.id ?? null, ...answer.audit, at: now.toISOString() });
    await this.queueEmail(trx, answer.ticket, { type: 'email', template: answer.template, to: answer.to, data: answer.data }, now, { replyTo: answer.replyTo, guarded: true });
  }

  /** `thread`: the ticket's thread when the caller knows it (a ticket created in this transaction). */
  private async record(trx: Knex.Transaction, result: Transition, now: Date, thread?: ThreadSoFar): Promise<void> {
    const { ticket } = result;
    await this.stores.audit.appendAudit(trx, {
      ticketId: ticket.id,
      actor: result.audit.actor,
      action: result.audit.action,
      detail: { ...result.audit.detail, version: ticket.version },
      at: now.toISOString(),
    });
    for (const effect of result.effects) await this.applyEffect(trx, ticket, effect, result.audit, now, thread);
  }

  private async applyEffect(trx: Knex.Transaction, ticket: Ticket, effect: Effect, audit: Transition['audit'], now: Date, thread?: ThreadSoFar): Promise<void> {
    if (effect.type === 'slack') {
      if (!this.deps.slackEnabled) return;
      const notice: SlackNotice = { ticketId: ticket.id, action: audit.action, actor: audit.actor, version: ticket.version };
      await this.stores.outbox.enqueueNotification(trx, { ticketId: ticket.id, channel: 'slack', payload: { ...notice }, now: now.toISOString() });
      return;
    }
    if (effect.type === 'confirm_request') {
      await this.requestConfirmation(trx, ticket, audit, now, thread);
      return;
    }
    if (effect.type === 'open_children') {
      await this.openWorkspacePurges(trx, ticket, audit, now);
      return;
    }
    if (effect.type === 'cancel_children') {
      await this.cancelWorkspacePurges(trx, ticket, audit);
      return;
    }
    // The loop guard is for answers to incoming mail; what staff or the executor cause (scheduled,
    // cancelled, the completion receipt) is never held.
    await this.queueEmail(trx, ticket, effect, now, { guarded: audit.actor.startsWith('email:'), action: audit.action, thread });
  }

  /**
   * A confirmed account purge: one workspace purge per confirmed workspace, in the same transaction as
   * the confirmation, so a crash never leaves an account half opened. The customer gets one email
   * listing them all (each workspace purge then writes when it is scheduled and when it is done).
   */
  private async openWorkspacePurges(trx: Knex.Transaction, parent: Ticket, audit: Transition['audit'], now: Date): Promise<void> {
    const children: { ref: string; label: string }[] = [];
    for (const workspace of parent.accountWorkspaces ?? []) {
      const child = await this.create(childTicketInput(parent, workspace, now), { trx });
      children.push({ ref: ticketRef(child.id), label: workspace.name && workspace.name !== workspace.slug ? `${workspace.name} (${workspace.slug})` : workspace.slug });
    }
    await this.stores.audit.appendAudit(trx, { ticketId: parent.id, actor: audit.actor, action: 'workspace_purges_opened', detail: { children }, at: now.toISOString() });
    await this.queueEmail(trx, parent, { type: 'email', template: 'account_opened', to: parent.requester, data: { children } }, now, { guarded: audit.actor.startsWith('email:') });
  }

  /** The account purge was cancelled: so is every workspace purge it opened that has not started. */
  private async cancelWorkspacePurges(trx: Knex.Transaction, parent: Ticket, audit: Transition['audit']): Promise<void> {
    const actor = actorFromLabel(audit.actor);
    for (const child of await this.stores.tickets.listTickets(trx, { parentId: parent.id })) {
      if (!CANCELLABLE_STATUSES.includes(child.status)) continue;
      // Whoever could cancel the account purge may cancel its parts: the authority was checked on it.
      await this.apply(child.id, { type: 'cancel', actor, isStaff: actor.type === 'staff', isContact: true, reason: `cancelled with the account deletion ${ticketRef(parent.id)}` }, { trx });
    }
  }

  /**
   * A workspace purge of an account purge reached a final state: when all have, the account purge
   * follows (completed, partial, failed or cancelled). The parent row is locked before the siblings
   * are read, so two purges finishing at once on PostgreSQL are judged one after the other and the
   * second sees the first — neither leaves the account purge open forever.
   */
  private async followAccount(trx: Knex.Transaction, parentId: number): Promise<void> {
    const parent = await this.stores.tickets.getTicket(trx, parentId, { forUpdate: true });
    if (!parent || parent.kind !== 'account_purge' || parent.status !== 'scheduled') return;
    const children = (await this.stores.tickets.listTickets(trx, { parentId })).map((c) => ({ id: c.id, status: c.status })).sort((a, b) => a.id - b.id);
    if (!childrenOutcome(children)) return;
    await this.apply(parentId, { type: 'children', actor: { type: 'system', id: 'account' }, children }, { trx });
  }

  /**
   * Who is asked to confirm the scope. A requester who is a contact of the workspace finds the request
   * in their own acknowledgement (the `received`/`updated` email of the same transition). Anyone else
   * cannot confirm a deletion of a workspace they are not registered for: the workspace's contacts
   * get the `confirm` email, and the requester's acknowledgement only says that a registered contact
   * must confirm, in words that are the same whether the workspace exists or not.
   */
  private async requestConfirmation(trx: Knex.Transaction, ticket: Ticket, audit: Transition['audit'], now: Date, thread?: ThreadSoFar): Promise<void> {
    // An account purge is confirmed by its requester: the list is the workspaces that address administers.
    if (ticket.kind === 'account_purge') return;
    const workspace = ticket.workspace ? await this.deps.findWorkspace(ticket.workspace, trx) : undefined;
    if (isContact(workspace, ticket.requester)) return;
    const contacts = [...new Set((workspace?.contacts ?? []).map((c) => c.trim().toLowerCase()))].filter((c) => c && c !== ticket.requester);
    if (contacts.length === 0) this.deps.logger.warn({ ticket: ticketRef(ticket.id) }, 'no contact to ask for the confirmation; staff may waive it');
    for (const to of contacts) await this.queueEmail(trx, ticket, { type: 'email', template: 'confirm', to }, now, { guarded: audit.actor.startsWith('email:'), thread });
  }

  private async queueEmail(
    trx: Knex.Transaction,
    ticket: Ticket | null,
    effect: Extract<Effect, { type: 'email' }>,
    now: Date,
    options: { guarded: boolean; replyTo?: { messageId: string | null; subject: string }; action?: string; thread?: ThreadSoFar },
  ): Promise<void> {
    const to = effect.to.trim().toLowerCase();
    const ticketId = ticket?.id ?? null;
    if (!to || to === this.deps.supportAddress) {
      // Never write to ourselves: that is how mail loops start.
      this.deps.logger.warn({ ticket: ticketId && ticketRef(ticketId), template: effect.template }, 'no customer address to reply to; email not queued');
      return;
    }
    const thread = options.thread ?? (await this.threadFor(trx, ticketId, options.replyTo));
    const ids = thread.map((m) => m.messageId).filter((m): m is string => !!m);
    const originalSubject = thread.find((m) => m.direction === 'in')?.subject ?? null;
    const workspace = ticket?.workspace ? await this.deps.findWorkspace(ticket.workspace, trx) : undefined;
    const readership = await this.readershipFor(trx, ticket, to);
    if (readership.audience === 'stranger' && options.action !== undefined && options.action !== 'created' && ABOUT_THE_SCOPE.includes(effect.template)) {
      // A stranger was told once that we received their message. Whether a later reply of theirs
      // brings a question or not depends on what the catalog resolved, so nothing more goes out.
      this.deps.logger.info({ ticket: ticketId && ticketRef(ticketId), template: effect.template }, 'no follow-up to someone who is not a contact of the workspace');
      return;
    }
    const composed = this.deps.composeEmail(effect.template, ticket ?? placeholderTicket(to, now), effect.data ?? {}, { originalSubject, workspace, readership });
    const email = outboundEmail(this.deps.supportAddress, to, ticketId, effect.template, ids, composed, this.deps.newMessageId());
    const guard = await this.replyLimit(trx, to, now, options.guarded);
    await this.recordOutbound(trx, ticketId, email, now, options.guarded, guard);
    if (options.guarded) this.countAnswer(trx, to, guard.held);
    // The next email of the same transition threads under this one, as a read of the thread would say.
    options.thread?.push({ messageId: email.messageId, subject: email.subject, direction: 'out' });
    if (guard.held) this.deps.logger.warn({ ticket: ticketId && ticketRef(ticketId), to }, 'reply held by the per-sender rate limit');
  }

  /** The messages an answer threads under: the ticket's, or the one message answered without a ticket. */
  private async threadFor(
    trx: Knex.Transaction,
    ticketId: number | null,
    replyTo: { messageId: string | null; subject: string } | undefined,
  ): Promise<ThreadSoFar> {
    if (ticketId) return this.stores.messages.threadHeadersOf(trx, ticketId);
    return replyTo ? [{ messageId: replyTo.messageId, subject: replyTo.subject, direction: 'in' as const }] : [];
  }

  private async readershipFor(trx: Knex.Transaction, ticket: Ticket | null, to: string): Promise<Readership> {
    // Without a catalog (some tests) everyone reads as a contact of what the ticket names.
    return this.deps.catalog ? readershipOf(await this.deps.catalog(trx), ticket?.workspace ?? null, to) : { audience: 'contact', hiddenNames: [] };
  }

  /**
   * Loop guard: at most N answers to incoming mail per address per hour (two bots answering each
   * other would otherwise exchange mail forever). What staff or the executor cause neither counts
   * nor waits: a customer who wrote a lot this hour still gets the cancellation she asked for. An
   * answer behind held ones waits too, so mail arrives in order; the outbox releases held mail as
   * soon as the hour has room (adapters/db/heldMail.ts).
   */
  private async replyLimit(trx: Knex.Transaction, to: string, now: Date, guarded: boolean): Promise<ReplyLimit> {
    const since = new Date(now.getTime() - 60 * 60 * 1000).toISOString();
    if (!guarded) return { recent: 0, waiting: 0, held: false };
    let counted = this.replyCountsIn.get(trx);
    if (!counted) this.replyCountsIn.set(trx, (counted = new Map()));
    let counts = counted.get(to);
    if (!counts) counted.set(to, (counts = await this.stores.messages.replyCounts(trx, to, since)));
    const { recent, waiting } = counts;
    const held = recent >= this.deps.policy.repliesPerSenderPerHour || waiting > 0;
    return { recent, waiting, held };
  }

  /** A guarded answer was written: it counts for the hour, or waits behind the limit. */
  private countAnswer(trx: Knex.Transaction, to: string, held: boolean): void {
    const counts = this.replyCountsIn.get(trx)?.get(to);
    if (!counts) return;
    if (held) counts.waiting += 1;
    else counts.recent += 1;
  }

  /** The outbound message row and its outbox notification, both held when the reply limit says so. */
  private async recordOutbound(trx: Knex.Transaction, ticketId: number | null, email: OutboundEmail, now: Date, guarded: boolean, guard: ReplyLimit): Promise<void> {
    const { recent, waiting, held } = guard;
    const to = email.to;
    await this.stores.messages.insertMessage(trx, {
      ticketId,
      direction: 'out',
      messageKey: email.messageId,
      messageId: email.messageId,
      from: email.from,
      to: [to],
      subject: email.subject,
      date: now.toISOString(),
      inReplyTo: email.inReplyTo,
      references: email.references,
      outcome: held ? 'held' : 'queued',
      reason: held ? `held by the reply limit: ${recent} answers to ${to} in the last hour${waiting ? `, ${waiting} held before it` : ''}; sent when the hour allows` : null,
      createdAt: now.toISOString(),
      countedAt: guarded && !held ? now.toISOString() : null,
    });
    await this.stores.outbox.enqueueNotification(trx, {
      ticketId,
      channel: 'email',
      dedupeKey: email.messageId,
      payload: { ...email },
      status: held ? 'held' : 'pending',
      lastError: held ? `held: ${this.deps.policy.repliesPerSenderPerHour} answers to ${to} within an hour (loop guard); sent when the hour allows` : null,
      now: now.toISOString(),
    });
  }
}

/** What an answer needs of its ticket's thread, in the order the messages were written. */
type ThreadSoFar = Pick<ThreadEntry, 'messageId' | 'subject' | 'direction'>[];

/** Answers to one address counted by the reply limit: in the last hour, and held back. */
interface ReplyCounts {
  recent: number;
  waiting: number;
}

/** What the reply limit counted for one address, and whether the answer waits. */
interface ReplyLimit extends ReplyCounts {
  held: boolean;
}

function outboundEmail(
  from: string,
  to: string,
  ticketId: number | null,
  template: CustomerEmail,
  ids: string[],
  composed: ComposedEmail,
  messageId: string,
): OutboundEmail {
  return {
    from,
    to,
    subject: composed.subject,
    text: composed.text,
    html: composed.html,
    messageId,
    inReplyTo: ids.at(-1) ?? null,
    references: ids,
    ticket: ticketId ? ticketRef(ticketId) : null,
    template,
    ...(composed.attachments?.length ? { attachments: composed.attachments } : {}),
  };
}

/** The acknowledgement, a question, an update: what a stranger reads once, as `not_a_contact`. */
const ABOUT_THE_SCOPE: readonly CustomerEmail[] = ['received', 'needs_info', 'updated'];

/** Answers that concern no ticket of this sender render with id 0: no [DEL-n] tag, no details. */
function placeholderTicket(to: string, now: Date): Ticket {
  const iso = now.toISOString();
  return {
    id: 0, kind: 'status', status: 'completed', workspace: null, sources: [], space: null, ranges: [], missing: [], ambiguities: [], notes: [],
    requester: to, createdBy: 'system:intake', verification: { contact: false, auth: 'none', spoofSuspected: false, overriddenBy: null },
    approvals: [], confirmation: { state: 'not_required', by: null, at: null, reason: null }, requestedAt: iso, runAfter: null, deadline: null, rejectReason: null, cancelledBy: null, result: null, version: 0, createdAt: iso, updatedAt: iso,
  };
}
