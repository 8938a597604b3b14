/**
 * Slack as the services see it, and the desk as the Slack transport sees it. The Web API calls are
 * implemented by adapters/slack/webApi.ts; the desk (services/slackDesk.ts) implements
 * `SlackActions`, which the bolt app (adapters/slack/boltApp.ts) calls for buttons, modals, the slash
 * command and the Home tab — so the transport never imports a service.
 */
import type { View } from '@slack/types';
import type { Catalog } from '../domain/catalog';
import type { ScopePatch, Ticket } from '../domain/ticket';
import type { SlackMessage } from '../domain/slack/card';
import type { MessageMetadata } from '../domain/slack/cardMetadata';

/** The Web API calls cards need. */
export interface SlackMessagesPort {
  /** `metadata` lets the message be found again (findPosted): Slack has no idempotency key. */
  post(message: { channel: string; text: string; blocks?: SlackMessage['blocks']; threadTs?: string; metadata?: MessageMetadata }): Promise<{ ts: string }>;
  /** Throws AppError('not_found') when the message was deleted in Slack. */
  update(message: SlackMessage & { channel: string; ts: string; metadata?: MessageMetadata }): Promise<void>;
  /**
   * The top-level message of `channel` posted after `since` whose metadata matches `metadata` (the
   * newest, should there be several), read from the channel's history newest first, at most
   * `maxMessages` of them. `complete`: the window was read to its end or a match was found (false:
   * the window held more messages than that and none of those read matched).
   * Needs the channels:history scope (groups:history for a private channel).
   */
  findPosted(query: { channel: string; since: Date; metadata: MessageMetadata; maxMessages: number }): Promise<{ ts: string | null; complete: boolean }>;
}

/** What a card shows: the ticket changed (a card update), or mail kept without an answer. */
export interface SlackNotice {
  ticketId: number;
  action: string;
  actor: string;
  version: number;
  /** Mail kept without an answer (ticketId 0): one quiet line in the channel, not a card. */
  unanswered?: { messageKey: string; from: string; subject: string; reason: string };
}

/** `scope` is the fingerprint of the scope the clicker saw on the card (domain/slack/card.ts). */
export type DeskAction =
  | { type: 'approve'; ticket: number; scope?: string; overrideSpoof?: boolean }
  | { type: 'reject'; ticket: number; scope?: string; reason: string }
  | { type: 'cancel'; ticket: number; scope?: string }
  | { type: 'edit'; ticket: number; scope?: string; patch: ScopePatch }
  | { type: 'waive'; ticket: number; scope?: string; reason: string };

export type DeskResult = { ok: true; ticket: Ticket; text: string } | { ok: false; text: string };

/** A slash-command answer: ephemeral unless it changed a ticket. */
export interface CommandAnswer {
  text: string;
  blocks?: SlackMessage['blocks'];
  public: boolean;
}

/** What the Slack transport asks of the desk. */
export interface SlackActions {
  act(userId: string, action: DeskAction): Promise<DeskResult>;
  ticketForModal(userId: string, ticketId: number, what: 'reject' | 'edit' | 'waive'): Promise<DeskResult>;
  command(userId: string, text: string): Promise<CommandAnswer>;
  home(userId: string): Promise<View>;
  catalog(): Promise<Catalog>;
}
