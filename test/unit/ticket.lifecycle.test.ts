import { describe, expect, it } from 'vitest';
import type { Actor, Ticket, TicketEvent, Verification } from '../../src/domain/ticket';
import { createTicket, transition } from '../../src/domain/lifecycle';
import type { ParseResult, RequestKind } from '../../src/domain/request';
import { DEFAULT_POLICY } from '../../src/domain/policy';
import { isAppError } from '../../src/errors';

const NOW = new Date('2024-03-12T10:00:00Z');
const ctx = (now = NOW) => ({ now, policy: DEFAULT_POLICY });
const ana: Actor = { type: 'customer', address: 'ana@acme.example' };
const alice: Actor = { type: 'staff', id: 'U_ALICE' };
const bob: Actor = { type: 'staff', id: 'U_BOB' };
const verified: Verification = { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null };

function parse(over: Partial<ParseResult>): ParseResult {
  return { kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-03' }], ticket: null, missing: [], ambiguities: [], notes: [], ...over };
}

function make(over: Partial<ParseResult> = {}, opts: { createdBy?: Actor; verification?: Verification } = {}): Ticket {
  return createTicket({ id: 7, parse: parse(over), requester: 'ana@acme.example', createdBy: opts.createdBy ?? ana, verification: opts.verification ?? verified, requestedAt: NOW }, ctx()).ticket;
}

function refused(ticket: Ticket, event: TicketEvent, code: string, now = NOW): string {
  try {
    transition(ticket, event, ctx(now));
  } catch (error) {
    expect(isAppError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
    return (error as Error).message;
  }
  throw new Error('the transition was allowed');
}

/**
 * A complete ticket the customer has confirmed by replying "confirm": the approval tests below are
 * about approvals, so the other key (the customer's confirmation) is already in place.
 */
function ready(over: Partial<ParseResult> = {}, opts: { createdBy?: Actor; verification?: Verification } = {}): Ticket {
  const t = make(over, opts);
  return transition(t, { type: 'info', actor: ana, parse: parse({ kind: 'unknown', workspace: null, sources: [], ranges: [] }), verification: verified, confirms: true }, ctx()).ticket;
}

const approve = (actor: Actor, extra: Partial<Extract<TicketEvent, { type: 'approve' }>> = {}): TicketEvent => ({ type: 'approve', actor, isStaff: true, ...extra });

describe('creating a ticket', () => {
  it.each<[string, Partial<ParseResult>, string, string[]]>([
    ['a complete source deletion waits for approval', {}, 'awaiting_approval', []],
    ['no workspace', { workspace: null }, 'needs_info', ['workspace']],
    ['no source and no days', { sources: [], ranges: [] }, 'needs_info', ['source', 'time frame']],
    ['a space deletion without the space', { kind: 'unify_space', sources: [], ranges: [] }, 'needs_info', ['space']],
    ['a complete workspace purge', { kind: 'workspace_purge', sources: [], ranges: [] }, 'awaiting_approval', []],
    ['an ambiguity alone keeps it in needs_info', { ambiguities: ['03/04/2024 reads two ways'] }, 'needs_info', []],
    ['an unknown request asks what is wanted', { kind: 'unknown', workspace: null, sources: [], ranges: [] }, 'needs_info', ['request']],
  ])('%s', (_name, over, status, missing) => {
    const t = make(over);
    expect(t.status).toBe(status);
    expect(t.missing).toEqual(missing);
  });

  it('acknowledges a complete request and asks about an incomplete one', () => {
    const ok = createTicket({ id: 1, parse: parse({}), requester: 'ana@acme.example', createdBy: ana, verification: verified, requestedAt: NOW }, ctx());
    expect(ok.effects).toContainEqual({ type: 'email', template: 'received', to: 'ana@acme.example' });
    const ask = createTicket({ id: 2, parse: parse({ workspace: null }), requester: 'ana@acme.example', createdBy: ana, verification: verified, requestedAt: NOW }, ctx());
    expect(ask.effects).toContainEqual({ type: 'email', template: 'needs_info', to: 'ana@acme.example' });
    expect(ask.audit.action).toBe('created');
  });

  it('answers an end-user deletion with the self-serve flow and closes the ticket', () => {
    const r = createTicket({ id: 3, parse: parse({ kind: 'user_data', workspace: null, sources: [], ranges: [] }), requester: 'ana@acme.example', createdBy: ana, verification: verified, requestedAt: NOW }, ctx());
    expect(r.ticket.status).toBe('completed');
    expect(r.effects).toContainEqual({ type: 'email', template: 'user_data', to: 'ana@acme.example' });
  });

  it('gives purges a 30-day deadline from the request', () => {
    expect(make({ kind: 'workspace_purge' }).deadline).toBe('2024-04-11T10:00:00.000Z');
    expect(make().deadline).toBeNull();
  });
});

describe('details arriving in a reply', () => {
  it('completes a needs_info ticket and tells the customer', () => {
    const t = make({ workspace: null });
    const r = transition(t, { type: 'info', actor: ana, parse: parse({ kind: 'unknown', sources: [], ranges: [] }), verification: verified }, ctx());
    expect(r.ticket.status).toBe('awaiting_approval');
    expect(r.ticket.workspace).toBe('acme-inc');
    expect(r.ticket.sources).toEqual(['ios-app']);
    expect(r.effects).toContainEqual({ type: 'email', template: 'received', to: 'ana@acme.example' });
  });

  it('keeps asking while something is still missing or unclear', () => {
    const t = make({ workspace: null, ranges: [] });
    const r = transition(t, { type: 'info', actor: ana, parse: parse({ workspace: 'acme-inc', sources: [], ranges: [], ambiguities: ['03/04/2024 reads two ways'] }), verification: verified }, ctx());
    expect(r.ticket.status).toBe('needs_info');
    expect(r.ticket.missing).toEqual(['time frame']);
    expect(r.effects).toContainEqual({ type: 'email', template: 'needs_info', to: 'ana@acme.example' });
  });

  it('a scope change clears earlier approvals', () => {
    const t = transition(make({ kind: 'workspace_purge', sources: [], ranges: [] }), approve(alice), ctx()).ticket;
    expect(t.approvals).toHaveLength(1);
    const r = transition(t, { type: 'info', actor: ana, parse: parse({ kind: 'workspace_purge', workspace: 'globex', sources: [], ranges: [] }), verification: verified }, ctx());
    expect(r.ticket.workspace).toBe('globex');
    expect(r.ticket.approvals).toEqual([]);
  });

  it('a reply from someone who is not a contact makes the ticket unverified', () => {
    const r = transition(make(), { type: 'info', actor: { type: 'customer', address: 'x@evil.example' }, parse: parse({}), verification: { ...verified, contact: false } }, ctx());
    expect(r.ticket.verification.contact).toBe(false);
  });

  it.each(['running', 'completed', 'cancelled', 'rejected'] as const)('is refused on a %s ticket', (status) => {
    refused({ ...make(), status }, { type: 'info', actor: ana, parse: parse({}), verification: verified }, 'invalid_transition');
  });
});

describe('approval', () => {
  it('only staff approve', () => {
    expect(refused(make(), { type: 'approve', actor: ana, isStaff: false }, 'not_allowed')).toMatch(/Only staff/);
  });

  it('nobody approves a ticket they created', () => {
    const t = ready({}, { createdBy: alice });
    expect(refused(t, approve(alice), 'not_allowed')).toMatch(/created by you/);
    expect(transition(t, approve(bob), ctx()).ticket.status).toBe('scheduled');
  });

  it('a source deletion is scheduled to run at approval time', () => {
    const later = new Date('2024-03-13T09:00:00Z');
    const r = transition(ready(), approve(alice), ctx(later));
    expect(r.ticket.status).toBe('scheduled');
    expect(r.ticket.runAfter).toBe(later.toISOString());
    expect(r.effects).toContainEqual({ type: 'email', template: 'scheduled', to: 'ana@acme.example' });
  });

  it.each<[RequestKind, Partial<ParseResult>]>([
    ['unify_space', { kind: 'unify_space', space: 'Default Space', sources: [], ranges: [] }],
    ['archive_purge', { kind: 'archive_purge', sources: [], ranges: [] }],
  ])('a %s waits GRACE_DAYS from the request, not from the approval', (_kind, over) => {
    const r = transition(ready(over), approve(alice), ctx(new Date('2024-03-14T08:00:00Z')));
    expect(r.ticket.status).toBe('scheduled');
    expect(r.ticket.runAfter).toBe('2024-03-17T10:00:00.000Z');
  });

  it('a workspace purge needs two different staff members', () => {
    const t = ready({ kind: 'workspace_purge', sources: [], ranges: [] });
    const first = transition(t, approve(alice), ctx());
    expect(first.ticket.status).toBe('awaiting_approval');
    expect(first.effects).toEqual([{ type: 'slack' }]);
    expect(refused(first.ticket, approve(alice), 'conflict')).toMatch(/already approved/);
    const second = transition(first.ticket, approve(bob), ctx());
    expect(second.ticket.status).toBe('scheduled');
    expect(second.ticket.approvals.map((a) => a.by)).toEqual(['staff:U_ALICE', 'staff:U_BOB']);
    expect(second.ticket.runAfter).toBe('2024-03-17T10:00:00.000Z');
  });

  it('a ticket that may be spoofed needs an explicit override, which is recorded', () => {
    const t = { ...ready(), verification: { ...verified, auth: 'fail' as const, spoofSuspected: true } };
    expect(refused(t, approve(alice), 'not_allowed')).toMatch(/spoofed/);
    const r = transition(t, approve(alice, { overrideSpoof: true }), ctx());
    expect(r.ticket.status).toBe('scheduled');
    expect(r.ticket.verification.overriddenBy).toBe('staff:U_ALICE');
    expect(r.audit.detail.override).toBe(true);
  });

  it.each(['needs_info', 'scheduled', 'running', 'completed', 'rejected', 'cancelled'] as const)('is refused on a %s ticket', (status) => {
    refused({ ...ready(), status }, approve(alice), 'invalid_transition');
  });
});

describe('reject', () => {
  it('needs staff and a reason, which the customer is sent', () => {
    refused(make(), { type: 'reject', actor: ana, isStaff: false, reason: 'no' }, 'not_allowed');
    refused(make(), { type: 'reject', actor: alice, isStaff: true, reason: '   ' }, 'bad_input');
    const r = transition(make(), { type: 'reject', actor: alice, isStaff: true, reason: 'Not the account owner' }, ctx());
    expect(r.ticket.status).toBe('rejected');
    expect(r.ticket.rejectReason).toBe('Not the account owner');
    expect(r.effects).toContainEqual({ type: 'email', template: 'rejected', to: 'ana@acme.example' });
  });
});

describe('cancel', () => {
  const cancelBy = (actor: Actor, isStaff: boolean, isContact: boolean): TicketEvent => ({ type: 'cancel', actor, isStaff, isContact });

  it.each(['needs_info', 'awaiting_approval', 'scheduled'] as const)('staff or a contact can cancel a %s ticket', (status) => {
    const t = { ...make(), status };
    expect(transition(t, cancelBy(alice, true, false), ctx()).ticket.status).toBe('cancelled');
    expect(transition(t, cancelBy(ana, false, true), ctx()).ticket.status).toBe('cancelled');
  });

  it('someone who is neither staff nor a contact cannot cancel', () => {
    expect(refused(make(), cancelBy({ type: 'customer', address: 'x@evil.example' }, false, false), 'not_allowed')).toMatch(/contact/);
  });

  it('a running deletion can no longer be cancelled, and says why', () => {
    expect(refused({ ...make(), status: 'running' }, cancelBy(alice, true, false), 'invalid_transition')).toMatch(/already started/);
  });

  it.each(['completed', 'partial', 'failed', 'rejected', 'cancelled'] as const)('a %s ticket cannot be cancelled', (status) => {
    refused({ ...make(), status }, cancelBy(alice, true, false), 'invalid_transition');
  });
});

describe('edit', () => {
  it('staff edits are described for the customer and need a new approval', () => {
    const scheduled = transition(ready(), approve(alice), ctx()).ticket;
    const r = transition(scheduled, { type: 'edit', actor: bob, patch: { ranges: [{ from: '2024-03-02', to: '2024-03-02' }] } }, ctx());
    expect(r.ticket.status).toBe('awaiting_approval');
    expect(r.ticket.approvals).toEqual([]);
    expect(r.ticket.runAfter).toBeNull();
    expect(r.audit.detail.changes).toEqual(['ranges: 2024-03-01..2024-03-03 → 2024-03-02..2024-03-02']);
    expect(r.effects).toContainEqual({ type: 'email', template: 'updated', to: 'ana@acme.example', data: { changes: ['ranges: 2024-03-01..2024-03-03 → 2024-03-02..2024-03-02'] } });
  });

  it('customers cannot edit', () => {
    refused(make(), { type: 'edit', actor: ana, patch: { workspace: 'globex' } }, 'not_allowed');
  });
});

describe('execution', () => {
  it('does not start before runAfter, then runs and finishes', () => {
    const scheduled = transition(ready({ kind: 'workspace_purge', sources: [], ranges: [] }), approve(alice), ctx()).ticket;
    const twice = transition(scheduled, approve(bob), ctx()).ticket;
    const system: Actor = { type: 'system', id: 'executor' };
    expect(refused(twice, { type: 'start', actor: system }, 'invalid_transition', new Date('2024-03-17T09:59:59Z'))).toMatch(/may not run before/);
    const running = transition(twice, { type: 'start', actor: system }, ctx(new Date('2024-03-17T10:00:00Z'))).ticket;
    expect(running.status).toBe('running');
    const done = transition(running, { type: 'finish', actor: system, result: { outcome: 'partial', summary: '2 partitions failed' } }, ctx());
    expect(done.ticket.status).toBe('partial');
    expect(done.effects).toContainEqual({ type: 'email', template: 'completed', to: 'ana@acme.example' });
  });

  it('a cancelled ticket never starts', () => {
    const cancelled = transition(transition(ready(), approve(alice), ctx()).ticket, { type: 'cancel', actor: ana, isStaff: false, isContact: true }, ctx()).ticket;
    refused(cancelled, { type: 'start', actor: { type: 'system', id: 'executor' } }, 'invalid_transition');
  });
});

it('every transition bumps the version', () => {
  const t = make();
  expect(t.version).toBe(1);
  expect(transition(t, approve(alice), ctx()).ticket.version).toBe(2);
  expect(transition(t, { type: 'waive', actor: alice, isStaff: true, reason: 'phone' }, ctx()).ticket.version).toBe(2);
});

describe('the grace period belongs to the purge request, not to the first email', () => {
  it('a source request that becomes a workspace purge on day 10 waits GRACE_DAYS from day 10', () => {
    const t = ready();
    const day10 = new Date('2024-03-22T10:00:00Z');
    const changed = transition(t, { type: 'info', actor: ana, parse: parse({ kind: 'workspace_purge', sources: [], ranges: [] }), verification: verified }, ctx(day10)).ticket;
    expect(changed.confirmation.state).toBe('pending');
    const purge = transition(changed, { type: 'info', actor: ana, parse: parse({ kind: 'unknown', workspace: null, sources: [], ranges: [] }), verification: verified, confirms: true }, ctx(day10)).ticket;
    expect(purge.kind).toBe('workspace_purge');
    expect(purge.requestedAt).toBe(day10.toISOString());
    expect(purge.deadline).toBe('2024-04-21T10:00:00.000Z');
    expect(purge.notes.join(' ')).toMatch(/waiting period restarted on 2024-03-22/);
    const once = transition(purge, approve(alice), ctx(day10)).ticket;
    const twice = transition(once, approve(bob), ctx(day10)).ticket;
    expect(twice.runAfter).toBe('2024-03-27T10:00:00.000Z');
  });

  it('staff moving a scheduled purge to another workspace restarts its wait', () => {
    const scheduled = transition(ready({ kind: 'archive_purge', sources: [], ranges: [] }), approve(alice), ctx()).ticket;
    const later = new Date('2024-03-20T08:00:00Z');
    const moved = transition(scheduled, { type: 'edit', actor: bob, patch: { workspace: 'globex' } }, ctx(later)).ticket;
    expect(moved.requestedAt).toBe(later.toISOString());
    const waived = transition(moved, { type: 'waive', actor: bob, isStaff: true, reason: 'confirmed by phone with the globex contact' }, ctx(later)).ticket;
    expect(transition(waived, approve(alice), ctx(later)).ticket.runAfter).toBe('2024-03-25T08:00:00.000Z');
  });

  it('filling in the missing workspace of a purge does not restart anything it had not started', () => {
    const t = ready({ kind: 'workspace_purge', workspace: null, sources: [], ranges: [] });
    const next = transition(t, { type: 'info', actor: ana, parse: parse({ kind: 'unknown', workspace: 'acme-inc', sources: [], ranges: [] }), verification: verified }, ctx(new Date('2024-03-13T10:00:00Z'))).ticket;
    expect(next.status).toBe('awaiting_approval');
    expect(next.notes.join(' ')).not.toMatch(/restarted/);
  });
});

describe('verification follows the workspace', () => {
  it('an edit to another workspace judges the requester against that workspace', () => {
    const t = make();
    const elsewhere = transition(t, { type: 'edit', actor: bob, patch: { workspace: 'globex' } }, ctx()).ticket;
    expect(elsewhere.verification.contact).toBe(false);
    const stillContact = transition(t, { type: 'edit', actor: bob, patch: { workspace: 'globex' }, requesterIsContact: true }, ctx()).ticket;
    expect(stillContact.verification.contact).toBe(true);
    const sameWorkspace = transition(t, { type: 'edit', actor: bob, patch: { sources: ['android'] } }, ctx()).ticket;
    expect(sameWorkspace.verification.contact).toBe(true);
  });
});
