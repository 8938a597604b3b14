/**
 * What staff see in Slack, through the real app and the Slack fake (which refuses blocks Slack would
 * refuse): `/deletion show` is the channel's card, preview included; list and approve answer in
 * words; a card Slack refuses with `invalid_blocks` is replaced by a minimal card instead of never
 * being posted; and nothing the desk sends in these flows breaks a Block Kit rule. SQLite and PostgreSQL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { waitFor } from '../support/wait';
import { blockActionsPayload, interactionBody, postSigned, slashCommandBody, type StoredMessage } from '../support/slackFake';
import { CHANNEL, SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../support/slackHarness';
import { buttonValue, CARD_ACTIONS } from '../../src/domain/slack/card';
import type { Ticket } from '../../src/domain/ticket';
import type { PreviewProvider } from '../../src/services/slackCards';

/** What the archive preview would count: ios-app has data on one day, android nothing at all. */
const preview: PreviewProvider = async (t) =>
  t.kind === 'source_data'
    ? { partitions: 3, objects: 12, bytes: 1701, breakdown: [{ source: 'ios-app', day: '2024-03-01', objects: 12, bytes: 1701 }, { source: 'android', day: '2024-03-01', objects: 0, bytes: 0 }, { source: 'android', day: '2024-03-02', objects: 0, bytes: 0 }], truncated: 0 }
    : { partitions: 40, objects: 5000, bytes: 9_000_000 };

let seq = 0;
async function command(h: SlackHarness, user: string, text: string): Promise<{ response_type: string; text: string; blocks?: unknown[] }> {
  const id = `cmd-${++seq}`;
  const res = await postSigned(h.eventsUrl, slashCommandBody({ user, text, responseUrl: h.fake.responseUrl(id) }), { secret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  const [answer] = await waitFor(() => (h.fake.responsesTo(id).length ? h.fake.responsesTo(id) : null), { what: `the answer to /deletion ${text}` });
  return answer;
}

async function cardOf(h: SlackHarness, t: Ticket, check: (c: StoredMessage) => boolean = () => true): Promise<StoredMessage> {
  return waitFor(() => h.fake.cards(CHANNEL).find((c) => c.text.startsWith(`DEL-${t.id} `) && check(c)), { what: `the card of DEL-${t.id}` });
}

describe.each(testDialects())('what staff see in Slack on %s', (dialect) => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness(dialect, { preview });
  });
  afterEach(async () => h?.close());

  it('/deletion show is the card the channel has, preview and all; list and approve answer in words', async () => {
    const t = await h.newTicket('source_data', { sources: ['android', 'ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-04' }] });
    const card = await cardOf(h, t, (c) => JSON.stringify(c.blocks).includes('What would be deleted:* 12 objects'));
    const text = JSON.stringify(card.blocks);
    expect(text).toContain('Acme Inc (acme-inc, id `ws_8f2k1`)');
    expect(text).toContain('Fri 1 Mar 2024 – Mon 4 Mar 2024, 4 days');
    expect(text).toContain('*android*: :warning: nothing stored there');
    expect(text).toContain('Approve deletes now — irreversible');

    const show = await command(h, 'UBOB', `show DEL-${t.id}`);
    expect(show.blocks).toEqual(card.blocks);

    const list = await command(h, 'UBOB', 'list');
    expect(list.text).toContain(`*DEL-${t.id}* source data deletion, awaiting approval (0 of 1; customer confirmation not required)`);
    expect(list.text).not.toMatch(/awaiting_approval|source_data|`/);

    const purge = await h.newTicket('workspace_purge');
    await command(h, 'UALICE', `approve DEL-${purge.id}`);
    const second = await command(h, 'UBOB', `approve DEL-${purge.id}`);
    expect(second.text).toMatch(/it runs after \w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC and can be cancelled until then/);
    expect(second.text).not.toMatch(/\d{4}-\d\d-\d\dT/);

    const help = await command(h, 'UBOB', 'help');
    expect(help.text).toContain('`/deletion reject DEL-12 &lt;reason&gt;`');
    // Everything sent in this flow keeps to Slack's rules, escaping included.
    expect(h.fake.blockProblems).toEqual([]);
  });

  it('a card Slack refuses with invalid_blocks is replaced by a minimal card, and the full card comes back with the next change', async () => {
    h.fake.failNext('chat.postMessage', { error: 'invalid_blocks' });
    const t = await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-01' }] });
    const fallback = await cardOf(h, t);
    expect(fallback.text).toContain(`Slack refused the full card; \`/deletion show DEL-${t.id}\` shows it`);
    expect(fallback.blocks).toHaveLength(1);

    const res = await postSigned(h.eventsUrl, interactionBody(blockActionsPayload({ user: 'UALICE', actionId: CARD_ACTIONS.approve, value: buttonValue(t), responseUrl: h.fake.responseUrl('approve') })), { secret: SIGNING_SECRET });
    // The fallback has no buttons; staff approve from /deletion or a button they saw before. The
    // approval updates the same message with the full card.
    expect(res.status).toBe(200);
    const full = await cardOf(h, t, (c) => JSON.stringify(c.blocks).includes('Scheduled'));
    expect(full.ts).toBe(fallback.ts);
    expect(h.fake.cards(CHANNEL)).toHaveLength(1);
  });

  it('modals and the Home tab keep to the rules', async () => {
    const t = await h.newTicket('unify_space', { space: 'Marketing' });
    await cardOf(h, t);
    for (const actionId of [CARD_ACTIONS.reject, CARD_ACTIONS.edit]) {
      const res = await postSigned(h.eventsUrl, interactionBody(blockActionsPayload({ user: 'UALICE', actionId, value: buttonValue(t), responseUrl: h.fake.responseUrl(actionId) })), { secret: SIGNING_SECRET });
      expect(res.status).toBe(200);
    }
    await waitFor(() => h.fake.callsOf('views.open').length === 2, { what: 'two modals opened' });
    const home = await postSigned(h.eventsUrl, JSON.stringify({ type: 'event_callback', team_id: 'T0FAKE', api_app_id: 'A0FAKE', event: { type: 'app_home_opened', user: 'UALICE', channel: 'D0HOME', tab: 'home', event_ts: `${Date.now() / 1000}` }, event_id: 'Ev1', event_time: Math.floor(Date.now() / 1000) }), { secret: SIGNING_SECRET, contentType: 'application/json' });
    expect(home.status).toBe(200);
    const published = await waitFor(() => h.fake.callsOf('views.publish')[0], { what: 'the Home tab' });
    expect(JSON.stringify(published.args.view)).toContain(`DEL-${t.id}`);
    expect(h.fake.blockProblems).toEqual([]);
  });
});
