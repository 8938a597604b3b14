/**
 * Account purges on the pure lifecycle: the list the customer confirms, the workspace purges it opens
 * (each with the confirmation, its own grace and two approvals), and how the account follows them.
 * test/integration/accountPurge.test.ts replays the same through real email and both databases.
 */
import { describe, expect, it } from 'vitest';
import type { AccountWorkspace, Actor, Ticket, TicketEvent, TicketStatus, Verification } from '../../src/domain/ticket';
import { createTicket, transition } from '../../src/domain/lifecycle';
import type { ParseResult } from '../../src/domain/request';
import { REQUEST_KINDS } from '../../src/domain/request';
import { DEFAULT_POLICY } from '../../src/domain/policy';
import { accountScope, childTicketInput, childrenOutcome } from '../../src/domain/accountPurge';
import type { Catalog } from '../../src/domain/catalog';
import { confirmScopeLines } from '../../src/domain/email/confirmScope';
import { isAppError } from '../../src/errors';
import { decideIntake } from '../../src/domain/intake';

const NOW = new Date('2024-03-12T10:00:00Z');
const LATER = new Date('2024-03-13T09:00:00Z');
const ctx = (now = NOW) => ({ now, policy: DEFAULT_POLICY });
const ana: Actor = { type: 'customer', address: 'ana@acme.example' };
const alice: Actor = { type: 'staff', id: 'U_ALICE' };
const bob: Actor = { type: 'staff', id: 'U_BOB' };
const admin: Verification = { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null };
const ACME: AccountWorkspace = { slug: 'acme-inc', name: 'Acme Inc' };
const BETA: AccountWorkspace = { slug: 'beta-labs', name: 'Beta Labs' };

const catalog: Catalog = {
  workspaces: [
    { id: 'ws_1', slug: 'beta-labs', name: 'Beta Labs', contacts: ['ops@beta.example'], admins: ['ana@acme.example'], deletedAt: null, sources: [], spaces: [] },
    { id: 'ws_2', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], admins: ['ANA@acme.example'.toLowerCase()], deletedAt: null, sources: [], spaces: [] },
    { id: 'ws_3', slug: 'neighbour', name: 'Neighbour', contacts: ['ana@acme.example'], admins: ['zoe@n.example'], deletedAt: null, sources: [], spaces: [] },
  ],
};

function parse(over: Partial<ParseResult> = {}): ParseResult {
  return { kind: 'account_purge', workspace: null, sources: [], space: null, ranges: [], ticket: null, missing: [], ambiguities: [], notes: [], ...over };
}
const nothing = () => parse({ kind: 'unknown' });
function make(administered: AccountWorkspace[] = [ACME, BETA]) {
  return createTicket({ id: 7, parse: parse(), requester: 'ana@acme.example', createdBy: ana, verification: { ...admin, contact: administered.length > 0 }, requestedAt: NOW, administered }, ctx());
}
const confirm = (administered: AccountWorkspace[] = [ACME, BETA], verification = admin): TicketEvent => ({ type: 'info', actor: ana, parse: nothing(), verification, confirms: true, administered });
const step = (t: Ticket, e: TicketEvent, now = NOW) => transition(t, e, ctx(now));

function refusal(t: Ticket, e: TicketEvent): string {
  try {
    step(t, e);
  } catch (error) {
    expect(isAppError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('allowed');
}

describe('the account purge kind', () => {
  it('is a request kind, right after archive_purge', () => {
    expect(REQUEST_KINDS.indexOf('account_purge')).toBe(REQUEST_KINDS.indexOf('archive_purge') + 1);
  });

  it('covers exactly the workspaces the address administers, sorted, whatever the case of the address', () => {
    expect(accountScope(catalog, 'Ana@Acme.example ')).toEqual([ACME, BETA]);
    expect(accountScope(catalog, 'ops@beta.example')).toEqual([]);
  });
});

describe('an account purge from an administrator', () => {
  it('is complete with the workspace list, asks the requester to confirm it, and has no grace or deadline of its own', () => {
    const r = make();
    expect(r.ticket).toMatchObject({ kind: 'account_purge', status: 'awaiting_approval', workspace: null, accountWorkspaces: [ACME, BETA], deadline: null, confirmation: { state: 'pending' } });
    expect(r.effects).toEqual([{ type: 'slack' }, { type: 'email', template: 'received', to: 'ana@acme.example' }, { type: 'confirm_request' }]);
  });

  it('the confirmation lists every workspace by name and slug', () => {
    const lines = confirmScopeLines(make().ticket, undefined);
    expect(lines).toContain('Workspace: Acme Inc (acme-inc)');
    expect(lines).toContain('Workspace: Beta Labs (beta-labs)');
    expect(lines.join('\n')).not.toContain('unknown');
  });

  it('"confirm" opens the workspace purges: scheduled, with no run time of its own', () => {
    const r = step(make().ticket, confirm(), LATER);
    expect(r.ticket).toMatchObject({ status: 'scheduled', runAfter: null, confirmation: { state: 'confirmed', by: 'email:ana@acme.example', at: LATER.toISOString() } });
    expect(r.effects).toEqual([{ type: 'slack' }, { type: 'open_children' }]);
    expect(r.audit.action).toBe('confirmed');
  });

  it('a staff waiver opens them as well', () => {
    const r = step(make().ticket, { type: 'waive', actor: alice, isStaff: true, reason: 'confirmed by phone' });
    expect(r.ticket.status).toBe('scheduled');
    expect(r.effects).toContainEqual({ type: 'open_children' });
  });

  it('a workspace gained or lost before the confirmation is a change of scope: nothing opens, the new list is asked again', () => {
    for (const now of [[ACME], [ACME, BETA, { slug: 'gamma', name: 'Gamma' }]]) {
      const r = step(make().ticket, confirm(now), LATER);
      expect(r.ticket.status).toBe('awaiting_approval');
      expect(r.ticket.confirmation.state).toBe('pending');
      expect(r.ticket.accountWorkspaces).toEqual(now);
      expect(r.effects).not.toContainEqual({ type: 'open_children' });
      expect(r.effects).toContainEqual({ type: 'confirm_request' });
    }
  });

  it('a reply whose subject reads as a purge of no workspace ("Re: Delete my account") confirms the same account deletion', () => {
    const r = step(make().ticket, { ...confirm(), parse: parse({ kind: 'workspace_purge', evidence: { kind: 'Delete my account', workspace: null, sources: [], space: null, ranges: [] } }) } as TicketEvent, LATER);
    expect(r.ticket).toMatchObject({ kind: 'account_purge', status: 'scheduled' });
    // Naming a workspace is a different request: it is not confirmed as the account deletion.
    const named = step(make().ticket, { ...confirm(), parse: parse({ kind: 'workspace_purge', workspace: 'acme-inc' }) } as TicketEvent, LATER);
    expect(named.ticket).toMatchObject({ kind: 'workspace_purge', workspace: 'acme-inc', confirmation: { state: 'pending' } });
  });

  it('a renamed workspace is not a change of scope', () => {
    const r = step(make().ticket, confirm([{ ...ACME, name: 'Acme Incorporated' }, BETA]), LATER);
    expect(r.ticket.status).toBe('scheduled');
  });

  it('a confirmation from an address that no longer administers anything does not count', () => {
    const r = step(make().ticket, confirm([], { ...admin, contact: false }), LATER);
    expect(r.ticket.status).toBe('needs_info');
    expect(r.effects).not.toContainEqual({ type: 'open_children' });
  });

  it('is never approved itself, and cannot start', () => {
    expect(refusal(make().ticket, { type: 'approve', actor: alice, isStaff: true })).toMatch(/approve each workspace purge/);
    const scheduled = step(make().ticket, confirm()).ticket;
    expect(refusal(scheduled, { type: 'start', actor: { type: 'system', id: 'executor' } })).toMatch(/workspace purges run/);
  });

  it('once its purges are open, a reply naming a workspace changes nothing and a reject is refused (cancel instead)', () => {
    const scheduled = step(make().ticket, confirm()).ticket;
    expect(refusal(scheduled, { type: 'info', actor: ana, parse: parse({ kind: 'workspace_purge', workspace: 'neighbour' }), verification: admin })).toMatch(/cannot take new details/);
    expect(refusal(scheduled, { type: 'reject', actor: alice, isStaff: true, reason: 'no' })).toMatch(/cancel it/);
  });

  it('cancelling it during the grace cancels the workspace purges it opened', () => {
    const scheduled = step(make().ticket, confirm()).ticket;
    const r = step(scheduled, { type: 'cancel', actor: ana, isStaff: false, isContact: true });
    expect(r.ticket.status).toBe('cancelled');
    expect(r.effects).toContainEqual({ type: 'cancel_children' });
    // Before anything was opened there is nothing to cancel with it.
    expect(step(make().ticket, { type: 'cancel', actor: ana, isStaff: false, isContact: true }).effects).not.toContainEqual({ type: 'cancel_children' });
  });
});

describe('an account purge from someone who administers nothing', () => {
  it('is closed at once with the generic answer, for staff to see', () => {
    const r = make([]);
    expect(r.ticket.status).toBe('rejected');
    expect(r.ticket.rejectReason).toMatch(/administers no workspace/);
    expect(r.effects).toEqual([{ type: 'slack' }, { type: 'email', template: 'account_not_admin', to: 'ana@acme.example' }]);
  });
});

describe('the workspace purges it opens', () => {
  const parent = step(make().ticket, confirm(), LATER).ticket;
  const child = createTicket({ id: 8, ...childTicketInput(parent, BETA, LATER) }, ctx(LATER));

  it('carry the confirmation, the link, and their own grace and deadline counted from the confirmation', () => {
    expect(child.ticket).toMatchObject({ kind: 'workspace_purge', workspace: 'beta-labs', parentId: 7, requester: 'ana@acme.example', status: 'awaiting_approval', confirmation: parent.confirmation, requestedAt: LATER.toISOString() });
    expect(child.ticket.deadline).toBe(new Date(LATER.getTime() + 30 * 86_400_000).toISOString());
    // The customer hears about them in the account's own email, not once per workspace.
    expect(child.effects).toEqual([{ type: 'slack' }]);
  });

  it('need two different staff approvals, then wait the full grace from the confirmation', () => {
    const one = step(child.ticket, { type: 'approve', actor: alice, isStaff: true }, LATER);
    expect(one.ticket.status).toBe('awaiting_approval');
    const two = step(one.ticket, { type: 'approve', actor: bob, isStaff: true }, LATER);
    expect(two.ticket.status).toBe('scheduled');
    expect(two.ticket.runAfter).toBe(new Date(LATER.getTime() + 5 * 86_400_000).toISOString());
    expect(two.effects).toContainEqual({ type: 'email', template: 'scheduled', to: 'ana@acme.example' });
  });
});

describe('the account follows its workspace purges', () => {
  const c = (id: number, status: TicketStatus) => ({ id, status });
  it.each([
    [[c(8, 'completed'), c(9, 'completed')], 'completed'],
    [[c(8, 'cancelled'), c(9, 'rejected')], 'cancelled'],
    [[c(8, 'completed'), c(9, 'cancelled')], 'partial'],
    [[c(8, 'failed'), c(9, 'cancelled')], 'failed'],
    [[c(8, 'completed'), c(9, 'failed')], 'partial'],
  ] as const)('%j → %s', (children, status) => {
    expect(childrenOutcome([...children])?.status).toBe(status);
  });

  it('stays open while one is open', () => {
    expect(childrenOutcome([c(8, 'completed'), c(9, 'scheduled')])).toBeNull();
    const scheduled = step(make().ticket, confirm()).ticket;
    expect(refusal(scheduled, { type: 'children', actor: { type: 'system', id: 'account' }, children: [c(8, 'completed'), c(9, 'running')] })).toMatch(/still has open/);
  });

  it('completes with a summary naming each purge, and the customer gets the summary', () => {
    const scheduled = step(make().ticket, confirm()).ticket;
    const r = step(scheduled, { type: 'children', actor: { type: 'system', id: 'account' }, children: [c(8, 'completed'), c(9, 'completed')] });
    expect(r.ticket.status).toBe('completed');
    expect(r.ticket.result?.summary).toBe('Workspace purges: DEL-8 completed, DEL-9 completed.');
    expect(r.effects).toContainEqual({ type: 'email', template: 'completed', to: 'ana@acme.example' });
  });
});

describe('who may cancel a workspace purge of an account', () => {
  const parent = step(make().ticket, confirm(), LATER).ticket;
  const child = createTicket({ id: 9, ...childTicketInput(parent, BETA, LATER) }, ctx(LATER)).ticket;
  const cancelFrom = (sender: string, t: Ticket = child) =>
    decideIntake({ sender, parse: parse({ kind: 'cancel' }), thread: t, referenced: null, workspaceOpen: [], catalog }).type;

  it('its requester, an administrator of the workspace though not one of its contacts', () => {
    expect(cancelFrom('ana@acme.example')).toBe('cancel');
  });

  it('a contact of the workspace, as for any ticket', () => {
    expect(cancelFrom('ops@beta.example')).toBe('cancel');
  });

  it('not an administrator of another workspace, nor the same address on a purge it did not ask for', () => {
    expect(cancelFrom('zoe@n.example')).toBe('refuse');
    // A purge of that workspace that someone else asked for, outside any account purge: not hers to stop.
    const plain = { ...child, parentId: null, requester: 'ops@beta.example' };
    expect(cancelFrom('ana@acme.example', plain)).toBe('refuse');
  });
});
