/**
 * Slack over HTTP, end to end: requests signed exactly as Slack signs them go to POST /slack/events;
 * what the app sends back goes to the local Slack Web API fake (SLACK_API_URL), which we read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { waitFor } from '../support/wait';
import { blockActionsPayload, interactionBody, postSigned, slashCommandBody, viewSubmissionPayload, type StoredMessage } from '../support/slackFake';
import { CHANNEL, SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../support/slackHarness';
import { auditForTicket } from '../../src/adapters/db/auditLog';
import { buttonValue, CARD_ACTIONS } from '../../src/domain/slack/card';
import { MODALS } from '../../src/domain/slack/modals';
import type { Ticket } from '../../src/domain/ticket';

const signed = (h: SlackHarness, body: string, contentType?: string) => postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, contentType });

function buttons(card: StoredMessage): string[] {
  const actions = card.blocks.find((b) => b.type === 'actions');
  return actions ? actions.elements.map((e: { action_id: string }) => e.action_id) : [];
}

async function cardOf(h: SlackHarness, ticket: Ticket, check: (card: StoredMessage) => boolean = () => true): Promise<StoredMessage> {
  return waitFor(
    () => h.fake.cards(CHANNEL).find((c) => c.blocks[0]?.text?.text?.startsWith(`DEL-${ticket.id} `) && check(c)),
    { what: `the card of DEL-${ticket.id}` },
  );
}

let clickSeq = 0;
async function click(h: SlackHarness, user: string, actionId: string, ticket: Ticket): Promise<{ status: number; responseId: string }> {
  const responseId = `click-${++clickSeq}`;
  const payload = blockActionsPayload({ user, actionId, value: buttonValue(ticket), responseUrl: h.fake.responseUrl(responseId) });
  const res = await signed(h, interactionBody(payload));
  return { status: res.status, responseId };
}

async function command(h: SlackHarness, user: string, text: string): Promise<any> {
  const responseId = `cmd-${++clickSeq}`;
  const res = await signed(h, slashCommandBody({ user, text, responseUrl: h.fake.responseUrl(responseId) }));
  expect(res.status).toBe(200);
  const [answer] = await waitFor(() => (h.fake.responsesTo(responseId).length ? h.fake.responsesTo(responseId) : null), { what: `the answer to /deletion ${text}` });
  return answer;
}

describe('Slack over HTTP (SQLite)', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness('sqlite');
  });
  afterEach(async () => {
    await h.close();
  });

  it('posts a card per ticket and updates it in place, with a thread note, whoever changes it', async () => {
    const ticket = await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-03' }] });
    const card = await cardOf(h, ticket);
    const text = JSON.stringify(card.blocks);
    expect(text).toContain('Source data deletion');
    expect(text).toContain('acme-inc');
    expect(text).toContain('ios-app');
    expect(text).toContain('Fri 1 Mar 2024 – Sun 3 Mar 2024, 3 days');
    expect(text).toContain('ana@acme.example');
    expect(text).toContain('contact of the workspace; sender authenticated');
    expect(buttons(card)).toEqual([CARD_ACTIONS.approve, CARD_ACTIONS.reject, CARD_ACTIONS.edit, CARD_ACTIONS.cancel]);
    expect(h.fake.callsOf('chat.postMessage')[0].token).toBe('xoxb-test-token');

    const { status } = await click(h, 'UALICE', CARD_ACTIONS.approve, ticket);
    expect(status).toBe(200);
    await waitFor(async () => (await h.app.tickets.get(ticket.id)).status === 'scheduled', { what: 'scheduled' });
    const updated = await cardOf(h, ticket, (c) => !buttons(c).includes(CARD_ACTIONS.approve));
    expect(updated.ts).toBe(card.ts); // same message: chat.update, not a new card
    expect(h.fake.cards(CHANNEL)).toHaveLength(1);
    await waitFor(() => h.fake.threadOf(card.ts).some((m) => m.text.includes('Approved by <@UALICE>')), { what: 'the approval in the thread' });

    // A change from elsewhere (the command line, by another person) updates the same card.
    await h.app.tickets.apply(ticket.id, { type: 'cancel', actor: { type: 'staff', id: 'ops-oncall' }, isStaff: true, isContact: false });
    const cancelled = await cardOf(h, ticket, (c) => JSON.stringify(c.blocks).includes('Cancelled'));
    expect(cancelled.ts).toBe(card.ts);
    expect(buttons(cancelled)).toEqual([]); // decided: no buttons left
    await waitFor(() => h.fake.threadOf(card.ts).some((m) => m.text.includes('Cancelled by ops-oncall (command line)')), { what: 'the cancel in the thread' });
  });

  it('refuses non-staff politely, audits the attempt and changes nothing', async () => {
    const ticket = await h.newTicket('workspace_purge');
    await cardOf(h, ticket);
    const { responseId } = await click(h, 'UMALLORY', CARD_ACTIONS.approve, ticket);
    const [answer] = await waitFor(() => (h.fake.responsesTo(responseId).length ? h.fake.responsesTo(responseId) : null), { what: 'the refusal' });
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toMatch(/only the deletion desk staff/);
    const after = await h.app.tickets.get(ticket.id);
    expect(after.version).toBe(ticket.version);
    expect(after.approvals).toEqual([]);
    const audit = await auditForTicket(h.app.db, ticket.id);
    expect(audit.some((e) => e.action === 'refused' && e.actor === 'slack:UMALLORY')).toBe(true);

    const refused = await command(h, 'UMALLORY', `approve DEL-${ticket.id}`);
    expect(refused.text).toMatch(/only the deletion desk staff/);
    expect((await h.app.tickets.get(ticket.id)).approvals).toEqual([]);
  });

  it('accepts staff from the SLACK_STAFF user group (usergroups.users.list)', async () => {
    const ticket = await h.newTicket('unify_space', { space: 'Marketing' });
    await cardOf(h, ticket);
    await click(h, 'UCAROL', CARD_ACTIONS.approve, ticket);
    await waitFor(async () => (await h.app.tickets.get(ticket.id)).status === 'scheduled', { what: 'approved by a group member' });
    expect(h.fake.callsOf('usergroups.users.list').some((c) => c.args.usergroup === 'S0STAFF')).toBe(true);
  });

  it('refuses forged and stale signatures with nothing changed', async () => {
    const ticket = await h.newTicket('source_data', { sources: ['web'], ranges: [{ from: '2024-01-01', to: '2024-01-01' }] });
    await cardOf(h, ticket);
    const body = interactionBody(blockActionsPayload({ user: 'UALICE', actionId: CARD_ACTIONS.approve, value: buttonValue(ticket), responseUrl: h.fake.responseUrl('forged') }));
    const forged = await postSigned(h.eventsUrl, body, { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const tampered = await postSigned(h.eventsUrl, body.replace('UALICE', 'UBOB'), { secret: SIGNING_SECRET, signature: (await import('../support/slackFake')).slackSignature(SIGNING_SECRET, Math.floor(Date.now() / 1000), body) });
    expect(tampered.status).toBe(401);
    const stale = await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(unsigned.status).toBe(401);
    // A correctly signed request goes through, so the refusals above were about the signature.
    const ok = await postSigned(h.eventsUrl, slashCommandBody({ user: 'UALICE', text: 'help', responseUrl: h.fake.responseUrl('ok') }), { secret: SIGNING_SECRET });
    expect(ok.status).toBe(200);
    await waitFor(() => h.fake.responsesTo('ok').length === 1, { what: 'help answered' });
    const after = await h.app.tickets.get(ticket.id);
    expect(after.version).toBe(ticket.version);
    expect(after.status).toBe('awaiting_approval');
    expect(h.fake.responsesTo('forged')).toEqual([]);
  });

  it("with CUSTOMER_CONFIRMATION=required the card waits for the customer; Waive opens a modal whose reason is audited and shown", async () => {
    await h.close();
    h = await startSlackHarness('sqlite', { env: { CUSTOMER_CONFIRMATION: 'required' } });
    const ticket = await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-03' }] });
    const card = await cardOf(h, ticket);
    expect(JSON.stringify(card.blocks)).toContain('pending: a contact of the workspace must reply');
    expect(buttons(card)).toEqual([CARD_ACTIONS.approve, CARD_ACTIONS.waive, CARD_ACTIONS.reject, CARD_ACTIONS.edit, CARD_ACTIONS.cancel]);

    await click(h, 'UALICE', CARD_ACTIONS.approve, ticket);
    const waiting = await cardOf(h, ticket, (c) => JSON.stringify(c.blocks).includes("Approved; waiting for the customer's confirmation"));
    expect(buttons(waiting)).toEqual([CARD_ACTIONS.waive, CARD_ACTIONS.reject, CARD_ACTIONS.edit, CARD_ACTIONS.cancel]);
    expect((await h.app.tickets.get(ticket.id)).status).toBe('awaiting_approval');

    const approved = await h.app.tickets.get(ticket.id);
    const { responseId } = await click(h, 'UMALLORY', CARD_ACTIONS.waive, approved);
    await waitFor(() => h.fake.responsesTo(responseId)[0], { what: 'the refusal' });
    expect(h.fake.callsOf('views.open')).toEqual([]);

    await click(h, 'UBOB', CARD_ACTIONS.waive, approved);
    const view = (await waitFor(() => h.fake.callsOf('views.open')[0], { what: 'views.open' })).args.view;
    expect(view.callback_id).toBe(MODALS.waive);
    const submit = (reason: string) =>
      signed(h, interactionBody(viewSubmissionPayload({ user: 'UBOB', callbackId: MODALS.waive, privateMetadata: view.private_metadata, values: { waive_reason: { waive_reason_input: { type: 'plain_text_input', value: reason } } } })));
    expect(JSON.parse((await submit(' ')).text)).toMatchObject({ response_action: 'errors', errors: { waive_reason: expect.stringMatching(/reason is required/) } });
    expect((await submit('Ana confirmed this exact scope on a call')).status).toBe(200);
    await waitFor(async () => (await h.app.tickets.get(ticket.id)).status === 'scheduled', { what: 'scheduled after the waiver' });
    const shown = await cardOf(h, ticket, (c) => JSON.stringify(c.blocks).includes('waived by <@UBOB>'));
    expect(JSON.stringify(shown.blocks)).toContain('Ana confirmed this exact scope on a call');
    const audit = await auditForTicket(h.app.db, ticket.id);
    expect(audit.find((e) => e.action === 'confirmation_waived')).toMatchObject({ actor: 'staff:UBOB', detail: { reason: 'Ana confirmed this exact scope on a call' } });

    // The same from the slash command: a reason is required, staff only, audited.
    const other = await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-05', to: '2024-03-05' }] });
    expect((await command(h, 'UALICE', `approve DEL-${other.id}`)).response_type).toBe('in_channel');
    const noReason = await command(h, 'UBOB', `waive DEL-${other.id}`);
    expect(noReason.response_type).toBe('ephemeral');
    expect(noReason.text).toMatch(/`waive` needs a reason/);
    expect((await command(h, 'UMALLORY', `waive DEL-${other.id} trust me`)).text).toMatch(/only the deletion desk staff/);
    const waived = await command(h, 'UBOB', `waive DEL-${other.id} Ana confirmed by phone`);
    expect(waived.response_type).toBe('in_channel');
    expect(waived.text).toMatch(/waived the customer's confirmation/);
    expect(await h.app.tickets.get(other.id)).toMatchObject({ status: 'scheduled', confirmation: { state: 'waived', reason: 'Ana confirmed by phone' } });
    const again = await command(h, 'UBOB', `waive DEL-${other.id} twice`);
    expect(again.response_type).toBe('ephemeral');
  });

  it('Reject opens a modal that requires a reason the customer will see; the submission rejects', async () => {
    const ticket = await h.newTicket('workspace_purge');
    await cardOf(h, ticket);
    await click(h, 'UBOB', CARD_ACTIONS.reject, ticket);
    const open = await waitFor(() => h.fake.callsOf('views.open')[0], { what: 'views.open' });
    const view = open.args.view;
    expect(view.callback_id).toBe(MODALS.reject);
    expect(JSON.stringify(view.blocks)).toMatch(/customer.*will receive this reason/);
    const input = view.blocks.find((b: { type: string }) => b.type === 'input');
    expect(input.optional ?? false).toBe(false);
    expect(open.args.trigger_id).toMatch(/^trigger-UBOB/);

    const submit = (reason: string) =>
      signed(h, interactionBody(viewSubmissionPayload({ user: 'UBOB', callbackId: MODALS.reject, privateMetadata: view.private_metadata, values: { reason: { reason_input: { type: 'plain_text_input', value: reason } } } })));
    const blank = await submit('   ');
    expect(blank.status).toBe(200);
    expect(JSON.parse(blank.text)).toMatchObject({ response_action: 'errors', errors: { reason: expect.stringMatching(/customer/) } });
    expect((await h.app.tickets.get(ticket.id)).status).toBe('awaiting_approval');

    const done = await submit('This workspace belongs to another customer; please write from a contact address.');
    expect(done.status).toBe(200);
    await waitFor(async () => (await h.app.tickets.get(ticket.id)).status === 'rejected', { what: 'rejected' });
    const card = await cardOf(h, ticket, (c) => JSON.stringify(c.blocks).includes('another customer'));
    expect(buttons(card)).toEqual([]);
  });

  it('Edit opens a modal with the current scope, refuses unknown sources and applies a valid edit', async () => {
    const ticket = await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-01' }] });
    await cardOf(h, ticket);
    await click(h, 'UALICE', CARD_ACTIONS.edit, ticket);
    const view = (await waitFor(() => h.fake.callsOf('views.open')[0], { what: 'views.open' })).args.view;
    expect(view.callback_id).toBe(MODALS.edit);
    const initial = Object.fromEntries(view.blocks.filter((b: any) => b.type === 'input').map((b: any) => [b.block_id, b.element.initial_value ?? b.element.initial_option?.value]));
    expect(initial).toMatchObject({ kind: 'source_data', workspace: 'acme-inc', sources: 'ios-app', days: '2024-03-01' });

    const values = (sources: string) => ({
      kind: { value: { type: 'static_select', selected_option: { value: 'source_data' } } },
      workspace: { value: { type: 'plain_text_input', value: 'acme-inc' } },
      sources: { value: { type: 'plain_text_input', value: sources } },
      space: { value: { type: 'plain_text_input', value: null } },
      days: { value: { type: 'plain_text_input', value: '2024-03-01..2024-03-02' } },
    });
    const submit = (sources: string) => signed(h, interactionBody(viewSubmissionPayload({ user: 'UALICE', callbackId: MODALS.edit, privateMetadata: view.private_metadata, values: values(sources) })));
    const bad = await submit('ios-app, checkout-web');
    expect(JSON.parse(bad.text)).toMatchObject({ response_action: 'errors', errors: { sources: expect.stringContaining('checkout-web') } });
    await submit('ios-app, web');
    const edited = await waitFor(async () => {
      const t = await h.app.tickets.get(ticket.id);
      return t.version > ticket.version ? t : null;
    }, { what: 'the edit' });
    expect(edited.sources).toEqual(['ios-app', 'web']);
    expect(edited.ranges).toEqual([{ from: '2024-03-01', to: '2024-03-02' }]);
    const audit = await auditForTicket(h.app.db, ticket.id);
    expect(audit.find((e) => e.action === 'edited')?.actor).toBe('staff:UALICE');
    await cardOf(h, ticket, (c) => JSON.stringify(c.blocks).includes('web') && h.fake.threadOf(c.ts).some((m) => m.text.includes('Edited by <@UALICE>')));
  });

  it('refuses a click on a card that shows an older scope than the ticket has', async () => {
    const ticket = await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-01' }] });
    await h.app.tickets.apply(ticket.id, { type: 'edit', actor: { type: 'staff', id: 'UBOB' }, patch: { sources: ['android'] } });
    const { responseId } = await click(h, 'UALICE', CARD_ACTIONS.approve, ticket); // `ticket` = the old scope
    const [answer] = await waitFor(() => (h.fake.responsesTo(responseId).length ? h.fake.responsesTo(responseId) : null), { what: 'refusal' });
    expect(answer.text).toMatch(/changed since this card was shown/);
    expect((await h.app.tickets.get(ticket.id)).approvals).toEqual([]);
  });

  it('answers /deletion: help, unknown input, list, show, status, new, approve, reject, cancel', async () => {
    const help = await command(h, 'UALICE', 'help');
    expect(help.response_type).toBe('ephemeral');
    expect(help.text).toContain('/deletion list');
    const unknown = await command(h, 'UALICE', 'frobnicate DEL-1');
    expect(unknown.response_type).toBe('ephemeral');
    expect(unknown.text).toMatch(/do not know "frobnicate"[\s\S]*\/deletion show/);

    const created = await command(h, 'UALICE', 'new Ana <mailto:ana@acme.example|ana@acme.example> called: please delete our workspace acme-inc completely');
    expect(created.response_type).toBe('in_channel');
    const id = Number(/DEL-(\d+)/.exec(created.text)![1]);
    const t = await h.app.tickets.get(id);
    expect(t).toMatchObject({ kind: 'workspace_purge', workspace: 'acme-inc', requester: 'ana@acme.example', createdBy: 'staff:UALICE', status: 'awaiting_approval' });
    await cardOf(h, t);

    const list = await command(h, 'UBOB', 'list');
    expect(list.response_type).toBe('ephemeral');
    expect(list.text).toContain(`DEL-${id}`);
    const show = await command(h, 'UBOB', `show DEL-${id}`);
    expect(show.response_type).toBe('ephemeral');
    expect(JSON.stringify(show.blocks)).toContain('Complete workspace purge');
    const status = await command(h, 'UBOB', 'status ws_8f2k1');
    expect(status.text).toContain(`DEL-${id}`);

    const own = await command(h, 'UALICE', `approve DEL-${id}`);
    expect(own.response_type).toBe('ephemeral');
    expect(own.text).toMatch(/created by you/);
    const first = await command(h, 'UBOB', `approve DEL-${id}`);
    expect(first.response_type).toBe('in_channel');
    expect(first.text).toMatch(/1 of 2/);
    const noReason = await command(h, 'UBOB', `reject DEL-${id}`);
    expect(noReason.text).toMatch(/needs a reason/);
    const cancel = await command(h, 'UCAROL', `cancel DEL-${id}`);
    expect(cancel.response_type).toBe('in_channel');
    expect((await h.app.tickets.get(id)).status).toBe('cancelled');

    const other = await h.newTicket('unify_space', { space: 'Marketing' });
    const reject = await command(h, 'UBOB', `reject DEL-${other.id} The space is still in use by your team.`);
    expect(reject.response_type).toBe('in_channel');
    expect((await h.app.tickets.get(other.id)).rejectReason).toBe('The space is still in use by your team.');
  });

  it('publishes the App Home for staff', async () => {
    const ticket = await h.newTicket('workspace_purge');
    const event = { token: 'x', team_id: 'T0FAKE', api_app_id: 'A0FAKE', type: 'event_callback', event_id: 'Ev1', event_time: Math.floor(Date.now() / 1000), event: { type: 'app_home_opened', user: 'UALICE', channel: 'D0ALICE', tab: 'home', event_ts: `${Date.now() / 1000}` } };
    const res = await signed(h, JSON.stringify(event), 'application/json');
    expect(res.status).toBe(200);
    const publish = await waitFor(() => h.fake.callsOf('views.publish')[0], { what: 'views.publish' });
    expect(publish.args.user_id).toBe('UALICE');
    const text = JSON.stringify(publish.args.view.blocks);
    expect(text).toContain('Awaiting approval (1)');
    expect(text).toContain(`DEL-${ticket.id}`);
    expect(text).toContain('Scheduled purges');
    expect(text).toContain('at risk');
    expect(text).toContain('Recent failures');
  });

  it('retries Slack 429s (Retry-After) and outages through the outbox: cards are delayed, not lost', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const ticket = await h.newTicket('unify_space', { space: 'Marketing' });
    const card = await cardOf(h, ticket);
    const posts = h.fake.callsOf('chat.postMessage').filter((c) => !c.args.thread_ts);
    expect(posts).toHaveLength(2); // the rate-limited attempt, then the accepted one
    expect(h.fake.cards(CHANNEL)).toHaveLength(1);

    h.fake.failNext('chat.update', { status: 503 });
    await h.app.tickets.apply(ticket.id, { type: 'approve', actor: { type: 'staff', id: 'UBOB' }, isStaff: true });
    await cardOf(h, ticket, (c) => c.ts === card.ts && JSON.stringify(c.blocks).includes('Scheduled'));
    expect(h.fake.callsOf('chat.update').length).toBeGreaterThanOrEqual(2);
    await waitFor(() => h.fake.threadOf(card.ts).filter((m) => m.text.includes('Approved by <@UBOB>')).length === 1, { what: 'exactly one thread note' });
  });
});

describe.each(testDialects())('Slack approval rules on %s', (dialect) => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness(dialect);
  });
  afterEach(async () => {
    await h.close();
  });

  it('a workspace purge needs two different staff approvals', async () => {
    const ticket = await h.newTicket('workspace_purge');
    await cardOf(h, ticket);
    await click(h, 'UALICE', CARD_ACTIONS.approve, ticket);
    await waitFor(async () => (await h.app.tickets.get(ticket.id)).approvals.length === 1, { what: 'first approval' });
    expect((await h.app.tickets.get(ticket.id)).status).toBe('awaiting_approval');
    const card = await cardOf(h, ticket, (c) => JSON.stringify(c.blocks).includes('1 of 2'));
    expect(buttons(card)).toContain(CARD_ACTIONS.approve);

    const again = await click(h, 'UALICE', CARD_ACTIONS.approve, ticket);
    const [answer] = await waitFor(() => (h.fake.responsesTo(again.responseId).length ? h.fake.responsesTo(again.responseId) : null), { what: 'second click refused' });
    expect(answer.text).toMatch(/already approved/);
    expect((await h.app.tickets.get(ticket.id)).status).toBe('awaiting_approval');

    await click(h, 'UBOB', CARD_ACTIONS.approve, ticket);
    const done = await waitFor(async () => {
      const t = await h.app.tickets.get(ticket.id);
      return t.status === 'scheduled' ? t : null;
    }, { what: 'scheduled' });
    expect(done.approvals.map((a) => a.by)).toEqual(['staff:UALICE', 'staff:UBOB']);
  });

  it('concurrent clicks never approve twice or skip the two-approver rule', async () => {
    const purge = await h.newTicket('workspace_purge');
    const source = await h.newTicket('source_data', { sources: ['web'], ranges: [{ from: '2024-02-01', to: '2024-02-01' }] });
    await cardOf(h, purge);
    await cardOf(h, source);
    // Alice double-clicks while Bob clicks; on the source deletion, Alice and Bob click at once.
    const results = await Promise.all([
      click(h, 'UALICE', CARD_ACTIONS.approve, purge),
      click(h, 'UALICE', CARD_ACTIONS.approve, purge),
      click(h, 'UBOB', CARD_ACTIONS.approve, purge),
      click(h, 'UALICE', CARD_ACTIONS.approve, source),
      click(h, 'UBOB', CARD_ACTIONS.approve, source),
    ]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const [p, s] = await waitFor(async () => {
      const [p, s] = [await h.app.tickets.get(purge.id), await h.app.tickets.get(source.id)];
      return p.status === 'scheduled' && s.status === 'scheduled' ? [p, s] : null;
    }, { what: 'both scheduled' });
    // Every click got an answer or changed the ticket: wait for the refusals so nothing is still in flight.
    await waitFor(() => h.fake.responses.length >= 2, { what: 'the losing clicks answered' });
    expect(p.approvals.map((a) => a.by).sort()).toEqual(['staff:UALICE', 'staff:UBOB']);
    expect(s.approvals).toHaveLength(1);
    const purgeAudit = (await auditForTicket(h.app.db, purge.id)).filter((e) => e.action === 'approved');
    const sourceAudit = (await auditForTicket(h.app.db, source.id)).filter((e) => e.action === 'approved');
    expect(purgeAudit).toHaveLength(2);
    expect(sourceAudit).toHaveLength(1);
    expect(p.version).toBe(purge.version + 2);
    expect(s.version).toBe(source.version + 1);
  });
});
