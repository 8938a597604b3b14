import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/ticket';
import { DEFAULT_POLICY } from '../../src/domain/policy';
import { CARD_ACTIONS, actorText, parseButtonValue, buttonValue, previewText, scopeFingerprint, threadNote, ticketCard } from '../../src/domain/slack/card';
import { customerFromText, parseSlashCommand } from '../../src/domain/slack/command';
import { editModal, readDays, readEditSubmission, readRejectReason, rejectModal } from '../../src/domain/slack/modals';
import { homeSections, homeView } from '../../src/domain/slack/home';
import type { Catalog } from '../../src/domain/catalog';

const NOW = new Date('2024-04-10T12:00:00Z');

function ticket(patch: Partial<Ticket> = {}): Ticket {
  return {
    id: 7, kind: 'source_data', status: 'awaiting_approval', workspace: 'acme-inc', sources: ['ios-app'], space: null,
    ranges: [{ from: '2024-03-01', to: '2024-03-02' }], missing: [], ambiguities: [], notes: [], requester: 'ana@acme.example',
    createdBy: 'email:ana@acme.example', verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    approvals: [], confirmation: { state: 'pending', by: null, at: null, reason: null }, requestedAt: '2024-04-01T09:00:00.000Z', runAfter: null, deadline: null, rejectReason: null, cancelledBy: null,
    result: null, version: 3, createdAt: '2024-04-01T09:00:00.000Z', updatedAt: '2024-04-01T09:00:00.000Z', ...patch,
  };
}

const actionIds = (t: Ticket) => {
  const actions = ticketCard(t, { preview: { state: 'none' }, now: NOW }).blocks.find((b) => b.type === 'actions') as { elements: { action_id: string }[] } | undefined;
  return actions?.elements.map((e) => e.action_id) ?? [];
};

describe('ticket card', () => {
  it.each([
    ['needs_info', [CARD_ACTIONS.reject, CARD_ACTIONS.edit, CARD_ACTIONS.cancel]],
    // The fixture's confirmation is pending: staff may waive it.
    ['awaiting_approval', [CARD_ACTIONS.approve, CARD_ACTIONS.waive, CARD_ACTIONS.reject, CARD_ACTIONS.edit, CARD_ACTIONS.cancel]],
    ['scheduled', [CARD_ACTIONS.reject, CARD_ACTIONS.edit, CARD_ACTIONS.cancel]],
    ['running', []],
    ['completed', []],
    ['failed', []],
    ['rejected', []],
    ['cancelled', []],
  ] as const)('%s offers %j', (status, expected) => {
    expect(actionIds(ticket({ status }))).toEqual(expected);
  });

  it("says who confirmed and when, or that the approved ticket waits for the customer's confirmation", () => {
    const approved = ticket({ approvals: [{ by: 'staff:UALICE', at: '2024-04-10T11:00:00.000Z' }] });
    const waiting = ticketCard(approved, { preview: { state: 'none' }, now: NOW });
    const text = JSON.stringify(waiting.blocks);
    expect(text).toContain("Approved; waiting for the customer's confirmation");
    expect(text).toContain('pending: a contact of the workspace must reply');
    expect(waiting.text).toContain("approved; waiting for the customer's confirmation");
    expect(actionIds(approved)).toEqual([CARD_ACTIONS.waive, CARD_ACTIONS.reject, CARD_ACTIONS.edit, CARD_ACTIONS.cancel]);
    const confirmed = JSON.stringify(ticketCard(ticket({ status: 'scheduled', confirmation: { state: 'confirmed', by: 'email:ana@acme.example', at: '2024-04-10T11:30:00.000Z', reason: null } }), { preview: { state: 'none' }, now: NOW }).blocks);
    expect(confirmed).toContain('confirmed by ana@acme.example (by email), Wed 10 Apr 2024, 11:30 UTC');
    const waived = JSON.stringify(ticketCard(ticket({ status: 'scheduled', confirmation: { state: 'waived', by: 'staff:UBOB', at: '2024-04-10T11:30:00.000Z', reason: 'confirmed on a call' } }), { preview: { state: 'none' }, now: NOW }).blocks);
    expect(waived).toContain('waived by <@UBOB>, Wed 10 Apr 2024, 11:30 UTC: confirmed on a call');
  });

  it("quotes the customer's words next to the scope when the parser recorded them", () => {
    const t = ticket({ evidence: { kind: 'delete', workspace: 'acme', sources: [{ slug: 'ios-app', text: 'the iOS source' }], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-02', text: 'March 1-2' }] } });
    const text = JSON.stringify(ticketCard(t, { preview: { state: 'none' }, now: NOW }).blocks);
    expect(text).toContain(`In the customer's words:_ workspace \\"acme\\" · ios-app \\"the iOS source\\" · Fri 1 Mar 2024 – Sat 2 Mar 2024 \\"March 1-2\\"`);
    expect(JSON.stringify(ticketCard(ticket(), { preview: { state: 'none' }, now: NOW }).blocks)).not.toContain("customer's words");
  });

  it('asks for an explicit override when the sender may be spoofed', () => {
    const t = ticket({ verification: { contact: true, auth: 'fail', spoofSuspected: true, overriddenBy: null } });
    expect(actionIds(t)[0]).toBe(CARD_ACTIONS.approveOverride);
    expect(JSON.stringify(ticketCard(t, { preview: { state: 'none' }, now: NOW }).blocks)).toContain('possibly spoofed');
  });

  it('shows scope, verification, missing fields, preview and timing', () => {
    const t = ticket({ kind: 'workspace_purge', sources: [], ranges: [], status: 'scheduled', runAfter: '2024-04-06T09:00:00.000Z', deadline: '2024-05-01T09:00:00.000Z', approvals: [{ by: 'staff:UALICE', at: '' }, { by: 'staff:UBOB', at: '' }] });
    const text = JSON.stringify(ticketCard(t, { preview: { state: 'ready', partitions: 1200, objects: 34567, bytes: 5 * 1024 ** 3 }, now: new Date('2024-04-02T00:00:00Z') }).blocks);
    expect(text).toContain('Complete workspace purge');
    expect(text).toContain('2 of 2 (<@UALICE>, <@UBOB>)');
    expect(text).toContain('34,567 objects, 5.4 GB in 1,200 partitions');
    expect(text).toContain('Runs after:* Sat 6 Apr 2024, 09:00 UTC');
    expect(text).toContain('Cancellable until:* Sat 6 Apr 2024, 09:00 UTC');
    expect(text).toContain('Must be finished by:* Wed 1 May 2024');
    const unclear = JSON.stringify(ticketCard(ticket({ status: 'needs_info', missing: ['source'], ambiguities: ['03/04 could be March or April'] }), { preview: { state: 'none' }, now: NOW }).blocks);
    expect(unclear).toContain('Missing:* source');
    expect(unclear).toContain('March or April');
  });

  it('escapes text from outside and names actors', () => {
    expect(actorText('staff:U123ABC')).toBe('<@U123ABC>');
    expect(actorText('staff:ops')).toBe('ops (command line)');
    expect(actorText('email:a@b.c')).toBe('a@b.c (by email)');
    expect(previewText({ state: 'failed', error: '<script>' })).toContain('&lt;script&gt;');
    expect(threadNote({ action: 'rejected', actor: 'staff:UBOB' }, ticket({ status: 'rejected', rejectReason: 'a <b> & c' }))).toBe(':no_entry: Rejected by <@UBOB>: a &lt;b&gt; &amp; c.');
    expect(threadNote({ action: 'created', actor: 'email:x@y.z' }, ticket())).toBeNull();
  });

  it('button values carry the ticket and a scope fingerprint that changes with the scope', () => {
    const t = ticket();
    expect(parseButtonValue(buttonValue(t))).toEqual({ ticket: 7, scope: scopeFingerprint(t) });
    expect(scopeFingerprint(ticket({ sources: ['web'] }))).not.toBe(scopeFingerprint(t));
    expect(scopeFingerprint(ticket({ version: 9, approvals: [{ by: 'x', at: '' }] }))).toBe(scopeFingerprint(t));
    expect(parseButtonValue('nope')).toBeNull();
  });
});

describe('/deletion parsing', () => {
  it.each([
    ['', { type: 'help' }],
    ['help', { type: 'help' }],
    ['list', { type: 'list', status: 'open' }],
    ['list all', { type: 'list', status: 'all' }],
    ['list awaiting-approval', { type: 'list', status: ['awaiting_approval'] }],
    ['show DEL-12', { type: 'show', ticket: 12 }],
    ['approve del-3', { type: 'approve', ticket: 3 }],
    ['cancel 4', { type: 'cancel', ticket: 4 }],
    ['reject DEL-5 not a contact, sorry', { type: 'reject', ticket: 5, reason: 'not a contact, sorry' }],
    ['waive DEL-6 confirmed by phone with Ana', { type: 'waive', ticket: 6, reason: 'confirmed by phone with Ana' }],
    ['status acme-inc', { type: 'status', workspace: 'acme-inc' }],
    ['new ana@acme.example wants ios-app deleted', { type: 'new', text: 'ana@acme.example wants ios-app deleted' }],
  ])('%j', (text, expected) => {
    expect(parseSlashCommand(text)).toEqual(expected);
  });

  it.each(['approve', 'approve DEL-x', 'reject DEL-5', 'waive DEL-6', 'waive', 'list bogus', 'status', 'new', 'delete everything', 'show DEL-1 extra'])('%j → usage', (text) => {
    expect(parseSlashCommand(text).type).toBe('usage');
  });

  it('finds the customer address, unwrapping Slack mailto markup', () => {
    expect(customerFromText('call from <mailto:Ana@Acme.example|Ana@Acme.example>: delete acme-inc')).toEqual({ address: 'ana@acme.example', body: 'call from Ana@Acme.example: delete acme-inc' });
    expect(customerFromText('delete acme-inc').address).toBeNull();
  });
});

const catalog: Catalog = {
  workspaces: [
    { id: 'ws_1', slug: 'acme-inc', name: 'Acme', contacts: [], deletedAt: null, sources: [{ id: 'src_1', slug: 'ios-app', name: 'iOS' }, { id: 'src_2', slug: 'web', name: 'Web' }], spaces: [{ id: 'spa_1', name: 'Marketing' }] },
  ],
};
const v = (kind: string, ws: string, sources: string, space: string, days: string) => ({
  kind: { value: { type: 'static_select', selected_option: { value: kind } } },
  workspace: { value: { type: 'plain_text_input', value: ws } },
  sources: { value: { type: 'plain_text_input', value: sources } },
  space: { value: { type: 'plain_text_input', value: space } },
  days: { value: { type: 'plain_text_input', value: days } },
});

describe('modals', () => {
  it('Edit validates against the catalog and clears fields the kind does not use', () => {
    expect(readEditSubmission(v('source_data', 'ws_1', 'src_2 ios-app', '', '2024-03-03, 2024-03-01..2024-03-02'), catalog)).toEqual({
      ok: true,
      patch: { kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app', 'web'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-03' }] },
    });
    expect(readEditSubmission(v('unify_space', 'acme-inc', 'web', 'marketing', ''), catalog)).toEqual({ ok: true, patch: { kind: 'unify_space', workspace: 'acme-inc', sources: [], space: 'Marketing', ranges: [] } });
    const bad = readEditSubmission(v('source_data', 'globex', '', '', '2024-02-30'), catalog);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['days', 'sources', 'workspace']);
    const noSource = readEditSubmission(v('source_data', 'acme-inc', 'nope', '', '03/04/2024'), catalog);
    expect(!noSource.ok && noSource.errors).toMatchObject({ sources: expect.stringContaining('"nope"'), days: expect.stringContaining('03/04/2024') });
  });

  it.each([
    ['2024-03-01', [{ from: '2024-03-01', to: '2024-03-01' }]],
    ['2024-03-01 .. 2024-03-05; 2024-03-06', [{ from: '2024-03-01', to: '2024-03-06' }]],
    ['2024-03-01 to 2024-03-02 2024-03-09', [{ from: '2024-03-01', to: '2024-03-02' }, { from: '2024-03-09', to: '2024-03-09' }]],
  ])('days %j', (text, expected) => {
    const errors: Record<string, string> = {};
    expect(readDays(text, errors)).toEqual(expected);
    expect(errors).toEqual({});
  });

  it.each(['2024-03-05..2024-03-01', '2024-13-01', 'yesterday', '2024-03-01T10:00'])('days %j are refused', (text) => {
    const errors: Record<string, string> = {};
    expect(readDays(text, errors)).toEqual([]);
    expect(errors.days).toBeTruthy();
  });

  it('Reject requires a reason and says the customer reads it; Edit is prefilled', () => {
    expect(readRejectReason({ reason: { reason_input: { type: 'plain_text_input', value: '  ' } } }).ok).toBe(false);
    expect(readRejectReason({ reason: { reason_input: { type: 'plain_text_input', value: ' Not a contact. ' } } })).toEqual({ ok: true, reason: 'Not a contact.' });
    expect(JSON.stringify(rejectModal(ticket()).blocks)).toContain('will receive this reason by email');
    expect(JSON.stringify(editModal(ticket()).blocks)).toContain('"initial_value":"2024-03-01..2024-03-02"');
  });
});

describe('App Home', () => {
  it('sorts tickets into awaiting, scheduled purges, at-risk purges and recent failures', () => {
    const tickets = [
      ticket({ id: 1 }),
      ticket({ id: 2, kind: 'workspace_purge', status: 'scheduled', runAfter: '2024-04-12T00:00:00Z', deadline: '2024-05-05T00:00:00Z' }),
      ticket({ id: 3, kind: 'archive_purge', status: 'awaiting_approval', deadline: '2024-04-15T00:00:00Z' }),
      ticket({ id: 4, status: 'failed', updatedAt: '2024-04-09T00:00:00Z' }),
      ticket({ id: 5, status: 'failed', updatedAt: '2024-01-01T00:00:00Z' }),
      ticket({ id: 6, kind: 'workspace_purge', status: 'completed', deadline: '2024-04-11T00:00:00Z' }),
      ticket({ id: 7, status: 'scheduled', runAfter: '2024-04-10T00:00:00Z' }),
    ];
    const s = homeSections(tickets, NOW, { ...DEFAULT_POLICY, atRiskDays: 10 });
    expect(s.awaiting.map((t) => t.id)).toEqual([1, 3]);
    expect(s.scheduled.map((t) => t.id)).toEqual([2]);
    expect(s.atRisk.map((t) => t.id)).toEqual([3]);
    expect(s.failures.map((t) => t.id)).toEqual([4]);
    const text = JSON.stringify(homeView(tickets, NOW).blocks);
    expect(text).toContain('4 days left');
    expect(text).toContain('Fri 12 Apr 2024');
  });
});
