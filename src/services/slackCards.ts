/**
 * Delivers one 'slack' outbox notice (queued by the ticket service with every transition): posts the
 * ticket's card the first time, `chat.update`s it in place afterwards, and notes the change in the
 * card's thread with who made it. The card is always rendered from the ticket's current state, so
 * retries and out-of-order deliveries converge on the right card. Errors from Slack reach the outbox
 * worker, which retries rate limits (Retry-After) and outages: a Slack outage delays cards, loses none.
 */
import type { Knex } from 'knex';
import type { Logger } from '../logger';
import { AppError, isAppError, toError } from '../errors';
import type { Ticket } from '../domain/ticket';
import { ticketRef } from '../domain/ticket';
import { ticketCard, threadNote, type CardPreview, type SlackMessage } from '../domain/slack/card';
import type { TicketService } from './ticketService';
import type { SlackMessagesPort, SlackNotice } from '../ports/slack';

export type { SlackMessagesPort };
import { heldEmails } from '../adapters/db/messageStore';
import { claimCard, forgetCard, getCard, hasNote, recordNote, releaseClaim, setCardTs, takeOverClaim } from '../adapters/slack/cardStore';

/**
 * What execution would delete (partitions, objects, bytes) — the hook for the archive preview
 * (`deletion-desk preview DEL-n`). Return null when there is nothing to preview yet.
 */
export type PreviewProvider = (ticket: Ticket) => Promise<{ partitions: number; objects: number; bytes: number } | null>;

export interface SlackCardPublisherDeps {
  db: Knex;
  tickets: Pick<TicketService, 'get'>;
  slack: SlackMessagesPort;
  channel: string;
  clock: () => Date;
  logger: Logger;
  preview?: PreviewProvider;
  /** Words for staff about the legacy archive rule, for archive purges (null: nothing to say). */
  archiveNote?: (ticket: Ticket) => Promise<string | null>;
}

/** A claim older than this belongs to a worker that died between claiming and posting. */
const STALE_CLAIM_MS = 2 * 60_000;

export class SlackCardPublisher {
  constructor(private readonly deps: SlackCardPublisherDeps) {}

  async deliver(notice: SlackNotice): Promise<void> {
    if (notice.unanswered) {
      await this.deps.slack.post({ channel: this.deps.channel, text: unansweredLine(notice.unanswered) });
      return;
    }
    const ticket = await this.deps.tickets.get(notice.ticketId);
    const held = (await heldEmails(this.deps.db, [ticket.id])).length;
    const message = ticketCard(ticket, { preview: await this.preview(ticket), now: this.deps.clock(), heldEmails: held, archiveNote: (await this.deps.archiveNote?.(ticket)) ?? null });
    const card = await this.postOrUpdate(ticket, message);
    const note = threadNote(notice, ticket);
    if (note && !(await hasNote(this.deps.db, ticket.id, notice.version))) {
      const { ts } = await this.deps.slack.post({ channel: card.channel, threadTs: card.ts, text: note });
      await recordNote(this.deps.db, ticket.id, notice.version, ts, this.now());
    }
  }

  private async postOrUpdate(ticket: Ticket, message: SlackMessage): Promise<{ channel: string; ts: string }> {
    const { db } = this.deps;
    const card = await getCard(db, ticket.id);
    if (card?.ts) {
      try {
        await this.deps.slack.update({ ...message, channel: card.channel, ts: card.ts });
        return { channel: card.channel, ts: card.ts };
      } catch (error) {
        if (!isAppError(error, 'not_found')) throw error;
        // Someone deleted the card in Slack: post a fresh one rather than lose the ticket from the channel.
        this.deps.logger.warn({ ticket: ticketRef(ticket.id) }, 'the Slack card was deleted; posting it again');
        await forgetCard(db, ticket.id);
        return this.postOrUpdate(ticket, message);
      }
    }
    const now = this.now();
    const claimed = card
      ? Date.parse(card.claimedAt) < Date.parse(now) - STALE_CLAIM_MS && (await takeOverClaim(db, ticket.id, card.claimedAt, now))
      : await claimCard(db, ticket.id, this.deps.channel, now);
    if (!claimed) throw retryLater(`another worker is posting the card of ${ticketRef(ticket.id)}`, 1_000);
    const channel = card?.channel ?? this.deps.channel;
    try {
      const { ts } = await this.deps.slack.post({ ...message, channel });
      await setCardTs(db, ticket.id, ts, this.now());
      this.deps.logger.info({ ticket: ticketRef(ticket.id), channel, ts }, 'Slack card posted');
      return { channel, ts };
    } catch (error) {
      await releaseClaim(db, ticket.id).catch((e) => this.deps.logger.error({ err: toError(e) }, 'could not release a card claim'));
      throw error;
    }
  }

  private async preview(ticket: Ticket): Promise<CardPreview> {
    const open = ticket.status === 'needs_info' || ticket.status === 'awaiting_approval' || ticket.status === 'scheduled';
    // An account deletion deletes nothing itself: its workspace purges have their own cards and previews.
    if (!this.deps.preview || !open || ticket.missing.length > 0 || ticket.kind === 'account_purge') return { state: 'none' };
    try {
      const p = await this.deps.preview(ticket);
      return p ? { state: 'ready', ...p } : { state: 'none' };
    } catch (error) {
      this.deps.logger.warn({ ticket: ticketRef(ticket.id), err: toError(error).message }, 'preview for the Slack card failed');
      return { state: 'failed', error: toError(error).message };
    }
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }
}

/** One short line, not a card: staff look at kept mail when they choose to. */
export function unansweredLine(m: { messageKey: string; from: string; subject: string; reason: string }): string {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const subject = m.subject.length > 80 ? `${m.subject.slice(0, 79)}…` : m.subject;
  return `:mailbox_with_mail: Not answered: mail from ${esc(m.from)} — "${esc(subject)}" (${esc(m.reason)}). \`deletion-desk inbox\` lists it; \`deletion-desk open ${esc(m.messageKey)} --by ID\` makes it a ticket.`;
}

function retryLater(message: string, ms: number): AppError & { retryAfterMs: number } {
  return Object.assign(new AppError('transient', message), { retryAfterMs: ms });
}
