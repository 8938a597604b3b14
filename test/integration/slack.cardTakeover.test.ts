/**
 * One Slack card per ticket, whatever happens between Slack accepting chat.postMessage and the card's
 * ts being recorded. chat.postMessage has no idempotency key, so an attempt that takes over a claim
 * left by one that did not finish (the process was killed, or Slack's answer was lost) looks for the
 * card by its message metadata in the channel's history, and updates it instead of posting another.
 *
 * The window is made deterministically: a publisher whose database writes fail after Slack answered
 * leaves exactly what a process killed at that point leaves (the card in the channel, the claim in
 * the database without a ts); a second publisher, its clock past the stale-claim limit, takes over.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { waitFor } from '../support/wait';
import { CHANNEL, startSlackHarness, type SlackHarness } from '../support/slackHarness';
import { silentLogger } from '../../src/logger';
import { isAppError } from '../../src/errors';
import { SlackCardPublisher } from '../../src/services/slackCards';
import { cardStore, getCard } from '../../src/adapters/slack/cardStore';
import { messageStore } from '../../src/adapters/db/messageStore';
import { outbox } from '../../src/adapters/db/outboxStore';
import { createWebClient, slackMessages } from '../../src/adapters/slack/webApi';
import type { CardStore } from '../../src/ports/stores';
import type { SlackNotice } from '../../src/ports/slack';
import type { Ticket } from '../../src/domain/ticket';
import type { StoredMessage } from '../support/slackFake';

const MINUTE = 60_000;

function cardsOf(h: SlackHarness, ticket: Ticket): StoredMessage[] {
  return h.fake.cards(CHANNEL).filter((c) => String(c.blocks[0]?.text?.text ?? '').startsWith(`DEL-${ticket.id} `));
}

/** A process as main.ts builds it, with its own clock and, for the one that dies, its own card store. */
function publisher(h: SlackHarness, clock: () => Date, cards: CardStore = cardStore): SlackCardPublisher {
  const web = createWebClient('xoxb-test-token', { apiUrl: h.fake.apiUrl, logger: silentLogger });
  return new SlackCardPublisher({ db: h.app.db, cards, messages: messageStore, tickets: h.app.tickets, slack: slackMessages(web), channel: CHANNEL, clock, logger: silentLogger });
}

/** The process is killed right after Slack answered chat.postMessage: no later database write happens. */
const killedAfterPosting: CardStore = {
  ...cardStore,
  setCardTs: () => Promise.reject(new Error('killed before recording the ts')),
  releaseClaim: () => Promise.reject(new Error('killed before releasing the claim')),
};

/** The Slack notices the ticket service queued (no worker runs here: the test delivers them). */
async function queuedNotices(h: SlackHarness): Promise<SlackNotice[]> {
  return (await outbox.claimNotifications<SlackNotice>(h.app.db, 'slack', new Date(), 60_000, 50)).map((n) => n.payload);
}

describe.each(testDialects())('one Slack card per ticket across interrupted attempts (%s)', (dialect) => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness(dialect, { worker: false });
  });
  afterEach(async () => {
    await h.close();
  });

  it('a process killed between chat.postMessage and recording the ts: the survivor updates that card instead of posting another', async () => {
    const t0 = Date.now();
    const ticket = await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-03' }] });
    const [created] = await queuedNotices(h);

    await expect(publisher(h, () => new Date(t0), killedAfterPosting).deliver(created)).rejects.toThrow('killed before recording the ts');
    const [posted] = cardsOf(h, ticket);
    expect(posted.metadata).toEqual({ event_type: 'deletion_desk_ticket_card', event_payload: { ticket: `DEL-${ticket.id}`, ticket_id: ticket.id, ticket_created_at: ticket.createdAt } });
    expect((await getCard(h.app.db, ticket.id))?.ts).toBeNull(); // the dead process's claim

    // While the claim is younger than the stale limit, another process leaves it alone.
    const early = await publisher(h, () => new Date(t0 + MINUTE)).deliver(created).catch((e: unknown) => e);
    expect(isAppError(early, 'transient')).toBe(true);
    expect(h.fake.callsOf('conversations.history')).toHaveLength(0);

    // Past it, the survivor takes the claim over, finds the card in the history and updates it.
    const survivor = publisher(h, () => new Date(t0 + 3 * MINUTE));
    await survivor.deliver(created);
    expect(cardsOf(h, ticket)).toHaveLength(1);
    expect(cardsOf(h, ticket)[0]).toMatchObject({ ts: posted.ts, updates: 1 });
    expect((await getCard(h.app.db, ticket.id))?.ts).toBe(posted.ts);
    const [history] = h.fake.callsOf('conversations.history');
    expect(history.args).toMatchObject({ channel: CHANNEL, include_all_metadata: 'true' });
    expect(Number(history.args.oldest)).toBeLessThan(Number(posted.ts)); // bounded by when the claim began
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(1);

    // Later changes land on that card and in its thread.
    await h.app.tickets.apply(ticket.id, { type: 'approve', actor: { type: 'staff', id: 'UBOB' }, isStaff: true });
    for (const notice of await queuedNotices(h)) await survivor.deliver(notice);
    expect(cardsOf(h, ticket)).toHaveLength(1);
    expect(JSON.stringify(cardsOf(h, ticket)[0].blocks)).toContain('Scheduled');
    expect(h.fake.threadOf(posted.ts).map((m) => m.text)).toEqual([expect.stringContaining('Approved by <@UBOB>')]);
  });

  it("the card is found among other tickets' cards and messages, past the first page of history", async () => {
    const t0 = Date.now();
    const ticket = await h.newTicket('unify_space', { space: 'Marketing' });
    const [created] = await queuedNotices(h);
    await expect(publisher(h, () => new Date(t0), killedAfterPosting).deliver(created)).rejects.toThrow();
    const [posted] = cardsOf(h, ticket);

    // The channel moves on: another ticket's card, and more messages than one page of history.
    const other = await h.newTicket('source_data', { sources: ['web'], ranges: [{ from: '2024-04-01', to: '2024-04-01' }] });
    const healthy = publisher(h, () => new Date(t0));
    for (const notice of await queuedNotices(h)) await healthy.deliver(notice);
    for (let i = 0; i < 230; i += 1) h.fake.say(CHANNEL, `chatter ${i}`);

    await publisher(h, () => new Date(t0 + 3 * MINUTE)).deliver(created);
    expect(cardsOf(h, ticket).map((c) => c.ts)).toEqual([posted.ts]);
    expect(cardsOf(h, other)).toHaveLength(1);
    const history = h.fake.callsOf('conversations.history');
    expect(history).toHaveLength(2); // two pages, the second one from the first's cursor
    expect(history[1].args.cursor).toEqual(expect.any(String));
    expect((await getCard(h.app.db, ticket.id))?.ts).toBe(posted.ts);
  });

  it('without the history scope the survivor posts the card again rather than leave staff without it', async () => {
    const t0 = Date.now();
    const ticket = await h.newTicket('unify_space', { space: 'Marketing' });
    const [created] = await queuedNotices(h);
    await expect(publisher(h, () => new Date(t0), killedAfterPosting).deliver(created)).rejects.toThrow();
    h.fake.failNext('conversations.history', { error: 'missing_scope' });
    await publisher(h, () => new Date(t0 + 3 * MINUTE)).deliver(created);
    expect(cardsOf(h, ticket)).toHaveLength(2);
    expect((await getCard(h.app.db, ticket.id))?.ts).toBe(cardsOf(h, ticket)[1].ts);
  });
});

describe('one Slack card when the answer to chat.postMessage is lost (SQLite)', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness('sqlite');
  });
  afterEach(async () => {
    await h.close();
  });

  it('Slack posted the card but the connection dropped before its answer: the retry finds that card', async () => {
    h.fake.failNext('chat.postMessage', { lostAnswer: true });
    const ticket = await h.newTicket('unify_space', { space: 'Marketing' });
    const recorded = await waitFor(async () => (await getCard(h.app.db, ticket.id))?.ts, { what: 'the card ts recorded after the retry' });
    expect(cardsOf(h, ticket).map((c) => c.ts)).toEqual([recorded]);
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(1);
    expect(h.fake.callsOf('conversations.history')).toHaveLength(1);
  });
});
