/**
 * Delivers one 'slack' outbox notice (queued by the ticket service with every transition): posts the
 * ticket's card the first time, `chat.update`s it in place afterwards, and notes the change in the
 * card's thread with who made it. Exactly one card per ticket: posting is claimed in the database, and
 * an attempt that takes over a claim left by one that did not finish first looks for the card that
 * attempt may have posted (by the card's message metadata), since chat.postMessage has no
 * idempotency key. The card is always rendered from the ticket's current state, so
 * retries and out-of-order deliveries converge on the right card. Errors from Slack reach the outbox
 * worker, which retries rate limits (Retry-After) and outages: a Slack outage delays cards, loses none.
 */
import type { Knex } from 'knex';
import type { Logger } from '../logger';
import { AppError, isAppError, toError } from '../errors';
import type { Ticket } from '../domain/ticket';
import { ticketRef } from '../domain/ticket';
import { fallbackCard, ticketCard, threadNote, type CardPreview, type PreviewCount, type SlackMessage } from '../domain/slack/card';
import { cardMetadata } from '../domain/slack/cardMetadata';
import { findWorkspace, type Catalog } from '../domain/catalog';
import type { TicketService } from './ticketService';
import type { SlackMessagesPort, SlackNotice } from '../ports/slack';

export type { SlackMessagesPort };
import type { CardRecord, CardStore, MessageStore } from '../ports/stores';

/**
 * What execution would delete (partitions, objects, bytes, and per source and day when `breakdown` is
 * given) — the hook for the archive preview (`deletion-desk preview DEL-n`). Return null when there
 * is nothing to preview yet. `truncated`: partitions counted in the totals but left out of `breakdown`.
 */
export type PreviewProvider = (ticket: Ticket) => Promise<{ partitions: number; objects: number; bytes: number; breakdown?: PreviewCount[]; truncated?: number } | null>;

export interface SlackCardPublisherDeps {
  db: Knex;
  /** Where each ticket's card is in Slack, and which thread notes were posted (adapters/slack/cardStore.ts). */
  cards: CardStore;
  /** Mail held for a ticket, counted on its card. */
  messages: Pick<MessageStore, 'heldEmails'>;
  tickets: Pick<TicketService, 'get'>;
  slack: SlackMessagesPort;
  channel: string;
  clock: () => Date;
  logger: Logger;
  preview?: PreviewProvider;
  /** Words for staff about the legacy archive rule, for archive purges (null: nothing to say). */
  archiveNote?: (ticket: Ticket) => Promise<string | null>;
  /** The catalog, for the workspace's name, id, sources and spaces on the card. */
  catalog?: () => Promise<Catalog>;
  /** GRACE_DAYS, for what Approve on a purge will do. */
  graceDays?: number;
}

/** The Slack error code an adapter error carries (`invalid_blocks`, `missing_scope`…), if any. */
function slackErrorOf(error: unknown): string | null {
  const code = (error as { slackError?: unknown } | null)?.slackError;
  return typeof code === 'string' ? code : null;
}

/** Slack refused the message itself (`invalid_blocks`…): no retry of the same blocks can succeed. */
function refusedBlocks(error: unknown): string | null {
  const code = slackErrorOf(error);
  return code && /^(invalid_blocks|invalid_blocks_format|msg_too_long)$/.test(code) ? code : null;
}

/** A claim older than this belongs to a worker that died between claiming and recording the card. */
const STALE_CLAIM_MS = 2 * 60_000;

/**
 * The history is read from this long before the first attempt began: the attempt's time is our
 * clock, a message's ts is Slack's, and a host clock some minutes fast must not hide the card.
 */
const CLOCK_MARGIN_MS = 10 * 60_000;

/** At most this many messages of history are read (five calls of 200) before posting regardless. */
const MAX_HISTORY_MESSAGES = 1_000;

export class SlackCardPublisher {
  constructor(private readonly deps: SlackCardPublisherDeps) {}

  async deliver(notice: SlackNotice): Promise<void> {
    if (notice.unanswered) {
      await this.deps.slack.post({ channel: this.deps.channel, text: unansweredLine(notice.unanswered) });
      return;
    }
    const ticket = await this.deps.tickets.get(notice.ticketId);
    const card = await this.postOrFallback(ticket, await this.render(ticket));
    const note = threadNote(notice, ticket);
    if (note && !(await this.deps.cards.hasNote(this.deps.db, ticket.id, notice.version))) {
      const { ts } = await this.deps.slack.post({ channel: card.channel, threadTs: card.ts, text: note });
      await this.deps.cards.recordNote(this.deps.db, ticket.id, notice.version, ts, this.now());
    }
  }

  /** The card of a ticket as it is now: the same for the channel and for `/deletion show`. */
  async render(ticket: Ticket): Promise<SlackMessage> {
    const held = (await this.deps.messages.heldEmails(this.deps.db, [ticket.id])).length;
    // undefined: no catalog to ask; null: the catalog does not know this workspace.
    const workspace = this.deps.catalog ? (findWorkspace(await this.deps.catalog(), ticket.workspace) ?? null) : undefined;
    return ticketCard(ticket, {
      preview: await this.preview(ticket),
      now: this.deps.clock(),
      heldEmails: held,
      archiveNote: (await this.deps.archiveNote?.(ticket)) ?? null,
      workspace,
      graceDays: this.deps.graceDays,
    });
  }

  /**
   * Slack refusing a card's blocks must not make the ticket invisible for ever (the outbox would give
   * up on it): a minimal card with the status and where to see the rest is posted instead, and logged.
   */
  private async postOrFallback(ticket: Ticket, message: SlackMessage): Promise<{ channel: string; ts: string }> {
    try {
      return await this.postOrUpdate(ticket, message);
    } catch (error) {
      const code = refusedBlocks(error);
      if (!code) throw error;
      this.deps.logger.error({ ticket: ticketRef(ticket.id), slackError: code, blocks: message.blocks.length, err: toError(error).message }, 'Slack refused the card; posted a minimal card instead');
      return this.postOrUpdate(ticket, fallbackCard(ticket));
    }
  }

  private async postOrUpdate(ticket: Ticket, message: SlackMessage): Promise<{ channel: string; ts: string }> {
    const { db } = this.deps;
    const card = await this.deps.cards.getCard(db, ticket.id);
    if (card?.ts) return this.update(ticket, message, { channel: card.channel, ts: card.ts });
    const claimedAt = await this.claim(ticket, card);
    const channel = card?.channel ?? this.deps.channel;
    try {
      // A row without a ts was left by an attempt that did not finish — it died, or its answer from
      // Slack was lost — and may have posted the card all the same: look for it before posting.
      const earlier = card ? await this.findEarlierCard(ticket, channel, card.firstClaimedAt) : null;
      if (earlier) {
        await this.deps.cards.setCardTs(db, ticket.id, earlier, this.now());
        this.deps.logger.info({ ticket: ticketRef(ticket.id), channel, ts: earlier }, 'found the Slack card an interrupted attempt had posted; updating it');
        return await this.update(ticket, message, { channel, ts: earlier });
      }
      const { ts } = await this.deps.slack.post({ ...message, channel, metadata: cardMetadata(ticket) });
      await this.deps.cards.setCardTs(db, ticket.id, ts, this.now());
      this.deps.logger.info({ ticket: ticketRef(ticket.id), channel, ts }, 'Slack card posted');
      return { channel, ts };
    } catch (error) {
      await this.deps.cards.releaseClaim(db, ticket.id, claimedAt).catch((e) => this.deps.logger.error({ err: toError(e) }, 'could not release a card claim'));
      throw error;
    }
  }

  private async update(ticket: Ticket, message: SlackMessage, card: { channel: string; ts: string }): Promise<{ channel: string; ts: string }> {
    try {
      await this.deps.slack.update({ ...message, channel: card.channel, ts: card.ts, metadata: cardMetadata(ticket) });
      return card;
    } catch (error) {
      if (!isAppError(error, 'not_found')) throw error;
      // Someone deleted the card in Slack: post a fresh one rather than lose the ticket from the channel.
      this.deps.logger.warn({ ticket: ticketRef(ticket.id) }, 'the Slack card was deleted; posting it again');
      await this.deps.cards.forgetCard(this.deps.db, ticket.id);
      return this.postOrUpdate(ticket, message);
    }
  }

  /**
   * Claims the posting of the card: a new claim, or the takeover of one that is stale (its worker
   * died) or released (its attempt failed). Returns our claim time; while another worker holds a live
   * claim, throws an error the outbox retries shortly.
   */
  private async claim(ticket: Ticket, card: CardRecord | undefined): Promise<string> {
    const { db } = this.deps;
    const now = this.now();
    const claimed = card
      ? Date.parse(card.claimedAt) < Date.parse(now) - STALE_CLAIM_MS && (await this.deps.cards.takeOverClaim(db, ticket.id, card.claimedAt, now))
      : await this.deps.cards.claimCard(db, ticket.id, this.deps.channel, now);
    if (!claimed) throw retryLater(`another worker is posting the card of ${ticketRef(ticket.id)}`, 1_000);
    return now;
  }

  /**
   * The ts of the ticket's card if an earlier attempt posted it, from the channel's history since
   * that attempt began (by the card's metadata). Without the history scope (an app installed before
   * it was needed) the card is posted regardless — a possible duplicate beats a ticket staff never see.
   */
  private async findEarlierCard(ticket: Ticket, channel: string, firstClaimedAt: string): Promise<string | null> {
    const since = new Date(Date.parse(firstClaimedAt) - CLOCK_MARGIN_MS);
    try {
      const found = await this.deps.slack.findPosted({ channel, since, metadata: cardMetadata(ticket), maxMessages: MAX_HISTORY_MESSAGES });
      if (!found.ts && !found.complete) {
        this.deps.logger.warn({ ticket: ticketRef(ticket.id), channel, since: since.toISOString(), read: MAX_HISTORY_MESSAGES }, 'the Slack channel has too many messages since the card was first attempted to look through; posting it');
      }
      return found.ts;
    } catch (error) {
      if (slackErrorOf(error) !== 'missing_scope') throw error;
      this.deps.logger.warn({ ticket: ticketRef(ticket.id), channel }, 'the Slack app lacks channels:history (groups:history for a private channel), so a card an interrupted attempt may have posted cannot be looked for; posting it');
      return null;
    }
  }

  private async preview(ticket: Ticket): Promise<CardPreview> {
    const open = ticket.status === 'needs_info' || ticket.status === 'awaiting_approval' || ticket.status === 'scheduled';
    // An account deletion deletes nothing itself: its workspace purges have their own cards and previews.
    if (!this.deps.preview || !open || ticket.missing.length > 0 || ticket.kind === 'account_purge') return { state: 'none' };
    try {
      const p = await this.deps.preview(ticket);
      return p ? { state: 'ready', partitions: p.partitions, objects: p.objects, bytes: p.bytes, ...(p.breakdown ? { breakdown: p.breakdown, truncated: p.truncated ?? 0 } : {}) } : { state: 'none' };
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
