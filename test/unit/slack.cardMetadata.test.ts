/**
 * The metadata a card carries, and which metadata read back from the channel is this ticket's card:
 * a table, one row per kind of message an interrupted attempt's successor may meet in the history.
 */
import { describe, expect, it } from 'vitest';
import { CARD_EVENT_TYPE, cardMetadata, metadataMatches } from '../../src/domain/slack/cardMetadata';

const ticket = { id: 12, createdAt: '2026-12-03T18:00:00.000Z' };
const wanted = cardMetadata(ticket);

describe('card metadata', () => {
  it('names the ticket and nothing of the customer', () => {
    expect(wanted).toEqual({ event_type: CARD_EVENT_TYPE, event_payload: { ticket: 'DEL-12', ticket_id: 12, ticket_created_at: '2026-12-03T18:00:00.000Z' } });
  });

  it.each([
    ['the card of this ticket', wanted, true],
    ['the card with keys Slack added', { ...wanted, event_payload: { ...wanted.event_payload, extra: 'x' } }, true],
    ['the card of another ticket', cardMetadata({ id: 13, createdAt: ticket.createdAt }), false],
    ["another desk's DEL-12 (another database, another creation time)", cardMetadata({ id: 12, createdAt: '2026-11-01T09:00:00.000Z' }), false],
    ["another app's event with the same payload", { event_type: 'task_created', event_payload: wanted.event_payload }, false],
    ['the id as a string', { ...wanted, event_payload: { ...wanted.event_payload, ticket_id: '12' } }, false],
    ['a payload missing a key', { event_type: CARD_EVENT_TYPE, event_payload: { ticket: 'DEL-12', ticket_id: 12 } }, false],
    ['no payload', { event_type: CARD_EVENT_TYPE }, false],
    ['a message without metadata', undefined, false],
    ['null', null, false],
    ['a string', 'deletion_desk_ticket_card', false],
  ])('%s → %s', (_name, found, expected) => {
    expect(metadataMatches(found, wanted)).toBe(expected);
  });
});
