/**
 * The message metadata every ticket card carries, so that the card can be found again in the channel.
 *
 * Why: chat.postMessage has no idempotency key. A process that Slack answered but that died before
 * recording the card's ts (or whose connection dropped before the answer arrived) leaves a card nobody
 * knows about; the next attempt would post a second one. With metadata on the card, that attempt reads
 * the channel's recent history (conversations.history with include_all_metadata) and adopts the card.
 *
 * Slack shows metadata to every member and app that can read the channel's history, so it names the
 * ticket and nothing of the customer: the ticket ref, its id and when it was created. The creation
 * time tells apart two desks (two databases, each with its own DEL-1) posting into one channel.
 */
import type { Ticket } from '../ticket';
import { ticketRef } from '../ticket';

/** Slack's message metadata: an event type and a flat payload, as chat.postMessage takes it. */
export interface MessageMetadata {
  event_type: string;
  event_payload: Record<string, string | number | boolean>;
}

/** Alphanumeric and human readable, as Slack asks of an event_type; it may appear to developers. */
export const CARD_EVENT_TYPE = 'deletion_desk_ticket_card';

export function cardMetadata(ticket: Pick<Ticket, 'id' | 'createdAt'>): MessageMetadata {
  return { event_type: CARD_EVENT_TYPE, event_payload: { ticket: ticketRef(ticket.id), ticket_id: ticket.id, ticket_created_at: ticket.createdAt } };
}

/**
 * Whether metadata read back from a message is `wanted`: the same event type and every key of the
 * wanted payload with the same value (Slack may add keys; it never drops ours). Anything malformed —
 * another app's metadata, a message without any — is not a match.
 */
export function metadataMatches(found: unknown, wanted: MessageMetadata): boolean {
  if (typeof found !== 'object' || found === null) return false;
  const { event_type: type, event_payload: payload } = found as { event_type?: unknown; event_payload?: unknown };
  if (type !== wanted.event_type || typeof payload !== 'object' || payload === null) return false;
  const values = payload as Record<string, unknown>;
  return Object.entries(wanted.event_payload).every(([key, value]) => values[key] === value);
}
