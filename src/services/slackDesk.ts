/**
 * What staff do from Slack — buttons, modals, `/deletion` — as use cases over the ticket service.
 * Transport-free: the bolt handlers (adapters/slack/boltApp.ts) ack first, then call these and show
 * the answer. Only staff may act; anyone else is refused politely and the attempt is audited.
 */
import type { Knex } from 'knex';
import type { View } from '@slack/types';
import type { Logger } from '../logger';
import { AppError, isAppError, toError } from '../errors';
import type { Actor, Ticket, TicketEvent, Verification } from '../domain/ticket';
import { FINAL_STATUSES, TICKET_STATUSES, statusWords, ticketRef } from '../domain/ticket';
import { approvalsNeeded } from '../domain/policy';
import { findWorkspace, isContact } from '../domain/catalog';
import { plainTextMessage } from '../domain/message';
import { parseRequest } from '../domain/parse/index';
import { scopeFingerprint, ticketCard, type SlackMessage } from '../domain/slack/card';
import { clip, escapeMrkdwn, kindWords, shortDateTime } from '../domain/slack/text';
import { customerFromText, parseSlashCommand, USAGE } from '../domain/slack/command';
import { homeView, homeViewForOthers } from '../domain/slack/home';
import { scopeLine, ticketListText } from '../domain/slack/text';
import type { AuditLog } from '../ports/stores';
import type { CommandAnswer, DeskAction, DeskResult, SlackActions } from '../ports/slack';
import type { CatalogCache } from './catalogCache';
import type { TicketService } from './ticketService';
import type { StaffDirectory } from './slackStaff';

export type { CommandAnswer, DeskAction, DeskResult };

export interface SlackDeskDeps {
  db: Knex;
  audit: AuditLog;
  tickets: TicketService;
  catalog: CatalogCache;
  staff: Pick<StaffDirectory, 'isStaff'>;
  clock: () => Date;
  logger: Logger;
  /** LEGACY_ARCHIVE_CUTOFF as configured, for parsing `/deletion new` as the intake parses mail. */
  legacyArchiveCutoff?: string;
  /** The ticket's card as the channel shows it, preview included (services/slackCards.ts `render`). */
  card?: (ticket: Ticket) => Promise<SlackMessage>;
}

export const REFUSAL = "Sorry — only the deletion desk staff can do that. If you should be one of them, ask to be added to SLACK_STAFF (or its user group). This attempt was logged.";

export class SlackDesk implements SlackActions {
  constructor(private readonly deps: SlackDeskDeps) {}

  /** Staff check; a refusal is audited (who, what, which ticket). */
  async mayAct(userId: string, attempted: string, ticketId: number | null): Promise<boolean> {
    if (await this.deps.staff.isStaff(userId)) return true;
    await this.deps.db.transaction((trx) =>
      this.deps.audit.appendAudit(trx, { ticketId, actor: `slack:${userId}`, action: 'refused', detail: { attempted, reason: 'not staff' }, at: this.deps.clock().toISOString() }),
    );
    this.deps.logger.warn({ user: userId, attempted, ticket: ticketId && ticketRef(ticketId) }, 'Slack action refused: not staff');
    return false;
  }

  /** A button or modal action, or the same from `/deletion`. */
  async act(userId: string, action: DeskAction): Promise<DeskResult> {
    if (!(await this.mayAct(userId, action.type, action.ticket))) return { ok: false, text: REFUSAL };
    const actor: Actor = { type: 'staff', id: userId };
    const event: TicketEvent =
      action.type === 'approve'
        ? { type: 'approve', actor, isStaff: true, overrideSpoof: action.overrideSpoof }
        : action.type === 'reject'
          ? { type: 'reject', actor, isStaff: true, reason: action.reason }
          : action.type === 'cancel'
            ? { type: 'cancel', actor, isStaff: true, isContact: false, reason: `cancelled in Slack by ${userId}` }
            : action.type === 'waive'
              ? { type: 'waive', actor, isStaff: true, reason: action.reason }
              : { type: 'edit', actor, patch: action.patch };
    try {
      const ticket = await this.applyChecked(action.ticket, event, action.scope);
      return { ok: true, ticket, text: doneText(userId, action.type, ticket) };
    } catch (error) {
      if (isAppError(error) && error.code !== 'internal' && error.code !== 'transient') {
        if (error.code === 'not_allowed') {
          await this.deps.db.transaction((trx) =>
            this.deps.audit.appendAudit(trx, { ticketId: action.ticket, actor: `staff:${userId}`, action: 'refused', detail: { attempted: action.type, reason: error.message }, at: this.deps.clock().toISOString() }),
          );
        }
        return { ok: false, text: error.message };
      }
      this.deps.logger.error({ user: userId, ticket: ticketRef(action.ticket), err: toError(error) }, 'Slack action failed');
      return { ok: false, text: `Something went wrong applying ${action.type} to ${ticketRef(action.ticket)}; nothing was changed. Try again, or use the command line.` };
    }
  }

  /**
   * Apply an event, refusing it when the clicker saw another scope than the ticket has now (a card
   * not yet updated after an edit). The check runs inside `apply`, under the same row lock as the
   * write, and again if the write loses a race.
   */
  private applyChecked(id: number, event: TicketEvent, scope: string | undefined): Promise<Ticket> {
    const precondition = scope
      ? (current: Ticket) => {
          if (scopeFingerprint(current) !== scope) {
            throw new AppError('conflict', `${ticketRef(id)} was changed since this card was shown (scope now: ${kindWords(current.kind)}, ${scopeLine(current)}). Nothing was done; look at the updated card and try again.`);
          }
        }
      : undefined;
    return this.deps.tickets.apply(id, event, { precondition });
  }

  /** The ticket behind a Reject/Edit button, if the clicker may open its modal. */
  async ticketForModal(userId: string, ticketId: number, what: 'reject' | 'edit' | 'waive'): Promise<DeskResult> {
    if (!(await this.mayAct(userId, what, ticketId))) return { ok: false, text: REFUSAL };
    const ticket = await this.deps.tickets.find(ticketId);
    if (!ticket) return { ok: false, text: `${ticketRef(ticketId)} does not exist.` };
    if (FINAL_STATUSES.includes(ticket.status) || ticket.status === 'running') return { ok: false, text: `${ticketRef(ticketId)} is ${statusWords(ticket)} and can no longer be ${what === 'edit' ? 'edited' : what === 'waive' ? 'changed' : 'rejected'}.` };
    if (what === 'waive' && ticket.confirmation.state !== 'pending') return { ok: false, text: `${ticketRef(ticketId)} needs no waiver: the customer's confirmation is ${ticket.confirmation.state.replace('_', ' ')}.` };
    return { ok: true, ticket, text: '' };
  }

  async catalog() {
    return (await this.deps.catalog.get()).catalog;
  }

  async home(userId: string): Promise<View> {
    if (!(await this.deps.staff.isStaff(userId))) return homeViewForOthers();
    const tickets = await this.deps.tickets.list({ status: ['awaiting_approval', 'scheduled', 'running', 'needs_info', 'failed', 'partial'], limit: 500 });
    return homeView(tickets, this.deps.clock());
  }

  async command(userId: string, text: string): Promise<CommandAnswer> {
    const command = parseSlashCommand(text);
    if (command.type === 'help') return { text: USAGE, public: false };
    if (command.type === 'usage') return { text: `${command.problem}\n\n${USAGE}`, public: false };
    const ticketId = 'ticket' in command ? command.ticket : null;
    if (!(await this.mayAct(userId, `/deletion ${command.type}`, ticketId))) return { text: REFUSAL, public: false };
    switch (command.type) {
      case 'list': {
        const status = command.status === 'all' ? undefined : command.status === 'open' ? TICKET_STATUSES.filter((s) => !FINAL_STATUSES.includes(s)) : command.status;
        const tickets = await this.deps.tickets.list({ status, limit: 200 });
        return { text: ticketListText(tickets, command.status === 'all' ? 'All tickets' : Array.isArray(command.status) ? `Tickets — ${command.status.map((s) => s.replace(/_/g, ' ')).join(', ')}` : 'Open tickets'), public: false };
      }
      case 'show': {
        const ticket = await this.deps.tickets.find(command.ticket);
        if (!ticket) return { text: `${ticketRef(command.ticket)} does not exist.`, public: false };
        const card = this.deps.card ? await this.deps.card(ticket) : ticketCard(ticket, { preview: { state: 'none' }, now: this.deps.clock() });
        return { text: card.text, blocks: card.blocks, public: false };
      }
      case 'status': {
        const { catalog } = await this.deps.catalog.get();
        const ws = catalog.workspaces.find((w) => w.slug === command.workspace.toLowerCase() || w.id === command.workspace);
        if (!ws) return { text: `No workspace "${escapeMrkdwn(clip(command.workspace, 80))}" in the catalog.`, public: false };
        const tickets = await this.deps.tickets.list({ workspace: ws.slug, limit: 200 });
        return { text: ticketListText(tickets, `Tickets of ${escapeMrkdwn(ws.name)} (${escapeMrkdwn(ws.slug)})`), public: false };
      }
      case 'new':
        return this.create(userId, command.text);
      case 'approve':
      case 'cancel':
      case 'reject':
      case 'waive': {
        const result = await this.act(userId, command.type === 'reject' || command.type === 'waive' ? { type: command.type, ticket: command.ticket, reason: command.reason } : { type: command.type, ticket: command.ticket });
        return { text: result.text, public: result.ok };
      }
    }
  }

  /** `/deletion new …`: a request staff took by phone or chat, parsed exactly like an email. */
  private async create(userId: string, text: string): Promise<CommandAnswer> {
    const { address, body } = customerFromText(text);
    if (!address) return { text: "Include the customer's email address in the text: they get the acknowledgement and every update. Example: `/deletion new ana@acme.example asks to delete the ios-app source of acme-inc for 2024-03-01`", public: false };
    const { catalog, index } = await this.deps.catalog.get();
    const now = this.deps.clock();
    const message = plainTextMessage(address, body, now);
    const parse = parseRequest(message, index, { now, legacyArchiveCutoff: this.deps.legacyArchiveCutoff });
    if (parse.kind === 'unknown' || parse.kind === 'status' || parse.kind === 'cancel') {
      return { text: `I could not tell which deletion this is (read as: ${parse.kind}). Say what to delete, e.g. "delete workspace acme-inc" or "delete the ios-app source of acme-inc for 2024-03-01".`, public: false };
    }
    // Staff heard the customer, but the address must still be a contact of the workspace; no
    // DKIM/DMARC applies to a call.
    const verification: Verification = { contact: isContact(findWorkspace(catalog, parse.workspace), address), auth: 'none', spoofSuspected: false, overriddenBy: null };
    const ticket = await this.deps.tickets.create({ parse, requester: address, createdBy: { type: 'staff', id: userId }, verification, requestedAt: now });
    const open = clip(escapeMrkdwn([...ticket.missing.map((m) => `missing ${m}`), ...ticket.ambiguities].join('; ')), 1500);
    return {
      text: `<@${userId}> opened *${ticketRef(ticket.id)}* for ${escapeMrkdwn(address)}: ${kindWords(ticket.kind)}, ${scopeLine(ticket)} — ${statusWords(ticket)}${open ? ` (${open}; the customer was asked)` : ''}.${verification.contact ? '' : ` :warning: ${escapeMrkdwn(address)} is not a contact of the workspace.`} Another staff member must approve it.`,
      public: true,
    };
  }
}

function doneText(userId: string, action: DeskAction['type'], t: Ticket): string {
  const who = `<@${userId}>`;
  switch (action) {
    case 'approve':
      return t.status === 'scheduled'
        ? `${who} approved *${ticketRef(t.id)}*; ${t.runAfter && Date.parse(t.runAfter) > Date.parse(t.updatedAt) ? `it runs after ${shortDateTime(t.runAfter)} and can be cancelled until then` : 'it runs now'}.`
        : t.approvals.length >= approvalsNeeded(t.kind)
          ? `${who} approved *${ticketRef(t.id)}*; it waits for the customer's confirmation before it is scheduled.`
          : `${who} approved *${ticketRef(t.id)}* (${t.approvals.length} of ${approvalsNeeded(t.kind)}); another staff member must approve it too.`;
    case 'waive':
      return `${who} waived the customer's confirmation of *${ticketRef(t.id)}*${t.status === 'scheduled' ? '; it is scheduled' : ''}.`;
    case 'reject':
      return `${who} rejected *${ticketRef(t.id)}*; the customer was told why.`;
    case 'cancel':
      return `${who} cancelled *${ticketRef(t.id)}*; nothing will be deleted.`;
    case 'edit':
      return `${who} edited *${ticketRef(t.id)}*; approvals were reset and the customer was told what changed.`;
  }
}
