/**
 * The customer's confirmation (the second key) and "any change of scope starts over", on the pure
 * lifecycle. Integration tests replay the same failures through real email and a real database.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Ticket, TicketEvent, Verification } from '../../src/domain/ticket';
import { createTicket, transition } from '../../src/domain/lifecycle';
import type { ParseResult } from '../../src/domain/request';
import { DEFAULT_POLICY, type Policy } from '../../src/domain/policy';
import { isAppError } from '../../src/errors';
import { textAffirms } from '../../src/domain/confirmation';

const NOW = new Date('2024-03-12T10:00:00Z');
const ctx = (now = NOW, policy: Policy = DEFAULT_POLICY) => ({ now, policy });
const ana: Actor = { type: 'customer', address: 'ana@acme.example' };
const eve: Actor = { type: 'customer', address: 'eve@elsewhere.example' };
const alice: Actor = { type: 'staff', id: 'U_ALICE' };
const bob: Actor = { type: 'staff', id: 'U_BOB' };
const contact: Verification = { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null };
const stranger: Verification = { ...contact, contact: false };

function parse(over: Partial<ParseResult> = {}): ParseResult {
  return { kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-03' }], ticket: null, missing: [], ambiguities: [], notes: [], ...over };
}
/** What the parser returns for a reply that names no scope at all ("confirm", "yes, as I wrote"). */
const nothing = (over: Partial<ParseResult> = {}) => parse({ kind: 'unknown', workspace: null, sources: [], ranges: [], ...over });

function make(over: Partial<ParseResult> = {}, policy: Policy = DEFAULT_POLICY): Ticket {
  return createTicket({ id: 7, parse: parse(over), requester: 'ana@acme.example', createdBy: ana, verification: contact, requestedAt: NOW }, ctx(NOW, policy)).ticket;
}
const reply = (p: ParseResult, opts: { actor?: Actor; verification?: Verification; confirms?: boolean; affirms?: boolean } = {}): TicketEvent => ({ type: 'info', actor: opts.actor ?? ana, parse: p, verification: opts.verification ?? contact, confirms: opts.confirms, affirms: opts.affirms });
const confirm = (opts: { actor?: Actor; verification?: Verification } = {}) => reply(nothing(), { ...opts, confirms: true });
const approve = (actor: Actor): TicketEvent => ({ type: 'approve', actor, isStaff: true });
const step = (t: Ticket, e: TicketEvent, now = NOW, policy: Policy = DEFAULT_POLICY) => transition(t, e, ctx(now, policy));

function refusedCode(t: Ticket, e: TicketEvent): string {
  try {
    step(t, e);
  } catch (error) {
    expect(isAppError(error)).toBe(true);
    return (error as { code: string }).code;
  }
  throw new Error('allowed');
}

describe('the confirmation request', () => {
  it('a complete request starts pending and asks for the confirmation with the acknowledgement', () => {
    const r = createTicket({ id: 1, parse: parse(), requester: 'ana@acme.example', createdBy: ana, verification: contact, requestedAt: NOW }, ctx());
    expect(r.ticket.confirmation).toEqual({ state: 'pending', by: null, at: null, reason: null });
    expect(r.effects).toEqual([{ type: 'slack' }, { type: 'email', template: 'received', to: 'ana@acme.example' }, { type: 'confirm_request' }]);
  });

  it('an incomplete request asks its questions first, and the confirmation once it is complete', () => {
    const open = createTicket({ id: 1, parse: parse({ workspace: null }), requester: 'ana@acme.example', createdBy: ana, verification: contact, requestedAt: NOW }, ctx());
    expect(open.effects).not.toContainEqual({ type: 'confirm_request' });
    const complete = step(open.ticket, reply(nothing({ workspace: 'acme-inc' })));
    expect(complete.ticket.status).toBe('awaiting_approval');
    expect(complete.effects).toContainEqual({ type: 'confirm_request' });
  });

  it('CUSTOMER_CONFIRMATION=off: not required, and one approval schedules', () => {
    const off: Policy = { ...DEFAULT_POLICY, customerConfirmation: 'off' };
    const t = make({}, off);
    expect(t.confirmation.state).toBe('not_required');
    expect(createTicket({ id: 1, parse: parse(), requester: 'ana@acme.example', createdBy: ana, verification: contact, requestedAt: NOW }, ctx(NOW, off)).effects).not.toContainEqual({ type: 'confirm_request' });
    expect(step(t, approve(alice), NOW, off).ticket.status).toBe('scheduled');
  });
});

describe('approval and confirmation, in either order', () => {
  it('approved first: nothing is scheduled until the contact confirms, then it runs', () => {
    const approved = step(make(), approve(alice));
    expect(approved.ticket.status).toBe('awaiting_approval');
    expect(approved.ticket.approvals).toHaveLength(1);
    expect(approved.ticket.runAfter).toBeNull();
    expect(approved.audit.detail.waiting).toBe('confirmation');
    const later = new Date('2024-03-12T11:00:00Z');
    const confirmed = step(approved.ticket, confirm(), later);
    expect(confirmed.ticket.status).toBe('scheduled');
    expect(confirmed.ticket.confirmation).toEqual({ state: 'confirmed', by: 'email:ana@acme.example', at: later.toISOString(), reason: null });
    expect(confirmed.ticket.runAfter).toBe(later.toISOString());
    expect(confirmed.audit.action).toBe('confirmed');
    expect(confirmed.effects).toContainEqual({ type: 'email', template: 'scheduled', to: 'ana@acme.example' });
  });

  it('confirmed first: waits for staff, and the approval schedules it', () => {
    const confirmed = step(make(), confirm());
    expect(confirmed.ticket.status).toBe('awaiting_approval');
    expect(confirmed.ticket.confirmation.state).toBe('confirmed');
    expect(step(confirmed.ticket, approve(alice)).ticket.status).toBe('scheduled');
  });

  it('a third approval while waiting for the customer is refused, not counted', () => {
    const approved = step(make(), approve(alice)).ticket;
    expect(refusedCode(approved, approve(bob))).toBe('conflict');
  });

  it('a workspace purge needs both approvals and the confirmation', () => {
    const purge = make({ kind: 'workspace_purge', sources: [], ranges: [] });
    const one = step(step(purge, confirm()).ticket, approve(alice)).ticket;
    expect(one.status).toBe('awaiting_approval');
    expect(step(one, approve(bob)).ticket.status).toBe('scheduled');
  });
});

describe('what counts as a confirmation', () => {
  it('a reply that confirms and changes the scope is a scope change, not a confirmation', () => {
    const approved = step(make(), approve(alice)).ticket;
    const r = step(approved, reply(parse({ ranges: [{ from: '2024-03-01', to: '2024-03-02' }] }), { confirms: true }));
    expect(r.ticket.confirmation.state).toBe('pending');
    expect(r.ticket.approvals).toEqual([]);
    expect(r.ticket.status).toBe('awaiting_approval');
    expect(r.effects).toContainEqual({ type: 'confirm_request' });
  });

  it('a "confirm" from someone who is not a contact of the workspace does not confirm', () => {
    const r = step(make(), confirm({ actor: eve, verification: stranger }));
    expect(r.ticket.confirmation.state).toBe('pending');
  });

  it('a "confirm" that fails the sender checks does not confirm', () => {
    const r = step(make(), confirm({ verification: { ...contact, auth: 'fail', spoofSuspected: true } }));
    expect(r.ticket.confirmation.state).toBe('pending');
  });

  it('a "confirm" on a ticket with an open question does not confirm', () => {
    const r = step(make({ ambiguities: ['Which year?'], ambiguityFields: ['ranges'] }), confirm());
    expect(r.ticket.status).toBe('needs_info');
    expect(r.ticket.confirmation.state).toBe('pending');
  });

  it('"Confirmed." read as a source deletion (by its "Data deletion request" subject) confirms a space deletion, not changes it', () => {
    const space = make({ kind: 'unify_space', space: 'Marketing', sources: [], ranges: [] });
    const r = step(space, reply(parse({ kind: 'source_data', workspace: null, sources: [], ranges: [], missing: ['workspace', 'source', 'time frame'] }), { confirms: true }));
    expect(r.ticket.kind).toBe('unify_space');
    expect(r.ticket.confirmation.state).toBe('confirmed');
  });

  it('a reply without confirm words leaves it pending', () => {
    expect(step(make(), reply(nothing())).ticket.confirmation.state).toBe('pending');
  });
});

describe('staff waive the confirmation', () => {
  it('with a reason, audited; it then schedules with the approvals', () => {
    const approved = step(make(), approve(alice)).ticket;
    const r = step(approved, { type: 'waive', actor: bob, isStaff: true, reason: 'confirmed on a call with the account owner' });
    expect(r.ticket.confirmation).toEqual({ state: 'waived', by: 'staff:U_BOB', at: NOW.toISOString(), reason: 'confirmed on a call with the account owner' });
    expect(r.ticket.status).toBe('scheduled');
    expect(r.audit).toMatchObject({ action: 'confirmation_waived', actor: 'staff:U_BOB', detail: { reason: 'confirmed on a call with the account owner' } });
  });

  it('refuses customers, a blank reason, an incomplete ticket and a confirmation already given', () => {
    expect(refusedCode(make(), { type: 'waive', actor: ana, isStaff: false, reason: 'x' })).toBe('not_allowed');
    expect(refusedCode(make(), { type: 'waive', actor: bob, isStaff: true, reason: '  ' })).toBe('bad_input');
    expect(refusedCode(make({ workspace: null }), { type: 'waive', actor: bob, isStaff: true, reason: 'call' })).toBe('invalid_transition');
    expect(refusedCode(step(make(), confirm()).ticket, { type: 'waive', actor: bob, isStaff: true, reason: 'call' })).toBe('conflict');
  });
});

describe('any change of scope starts over', () => {
  it.each<[string, Partial<ParseResult>]>([
    ['workspace', { workspace: 'globex' }],
    ['source', { sources: ['android'] }],
    ['days', { ranges: [{ from: '2024-03-02', to: '2024-03-03' }] }],
    ['kind', { kind: 'workspace_purge', sources: [], ranges: [] }],
  ])('a reply that changes the %s voids approvals and the confirmation', (_field, over) => {
    const ready = step(step(make(), confirm()).ticket, approve(alice)).ticket;
    expect(ready.status).toBe('scheduled');
    const r = step(ready, reply(nothing(over)));
    expect(r.ticket.status).toBe('awaiting_approval');
    expect(r.ticket.approvals).toEqual([]);
    expect(r.ticket.manifest ?? null).toBeNull();
    expect(r.ticket.runAfter).toBeNull();
    expect(r.ticket.confirmation.state).toBe('pending');
    expect(r.audit.detail.scopeChanged).toBe(true);
  });

  it('a staff edit voids a waiver too, and the customer is asked again', () => {
    const waived = step(make(), { type: 'waive', actor: bob, isStaff: true, reason: 'call' }).ticket;
    const r = step(waived, { type: 'edit', actor: bob, patch: { sources: ['android'] } });
    expect(r.ticket.confirmation.state).toBe('pending');
    expect(r.effects).toContainEqual({ type: 'confirm_request' });
  });

  it('failure 5: the grace period restarts when a reply changes the Unify space', () => {
    const t = make({ kind: 'unify_space', space: 'Default Space', sources: [], ranges: [] });
    const day6 = new Date('2024-03-18T10:00:00Z');
    const moved = step(t, reply(nothing({ space: 'Marketing' })), day6).ticket;
    expect(moved.space).toBe('Marketing');
    expect(moved.requestedAt).toBe(day6.toISOString());
    expect(moved.notes.join(' ')).toMatch(/waiting period restarted on 2024-03-18/);
    const scheduled = step(step(moved, confirm(), day6).ticket, approve(alice), day6).ticket;
    expect(scheduled.runAfter).toBe('2024-03-23T10:00:00.000Z');
  });
});

describe('open questions are kept until their field is answered', () => {
  const except = () => make({ ranges: [{ from: '2024-03-01', to: '2024-03-10' }], ambiguities: ['You asked for March 1–10 except March 5: should 5 March be kept?'], ambiguityFields: ['ranges'] });

  it('failure 1: "Yes, exactly as I wrote — please keep that one day" does not move the ticket on with 1–10 March', () => {
    const t = except();
    expect(t.status).toBe('needs_info');
    const r = step(t, reply(nothing()));
    expect(r.ticket.status).toBe('needs_info');
    expect(r.ticket.ambiguities).toEqual(t.ambiguities);
    expect(r.effects).toContainEqual({ type: 'email', template: 'needs_info', to: 'ana@acme.example' });
    expect(() => step(r.ticket, approve(alice))).toThrow(/cannot be approved/);
  });

  it('a reply that gives the days answers the question about the days', () => {
    const r = step(except(), reply(nothing({ ranges: [{ from: '2024-03-01', to: '2024-03-04' }, { from: '2024-03-06', to: '2024-03-10' }] })));
    expect(r.ticket.ambiguities).toEqual([]);
    expect(r.ticket.status).toBe('awaiting_approval');
    expect(r.ticket.ranges).toEqual([{ from: '2024-03-01', to: '2024-03-04' }, { from: '2024-03-06', to: '2024-03-10' }]);
  });

  it('a reply about another field leaves the question open', () => {
    const r = step(except(), reply(nothing({ sources: ['android'] })));
    expect(r.ticket.ambiguities).toHaveLength(1);
    expect(r.ticket.status).toBe('needs_info');
  });

  it('a question whose field is unknown stays until the scope changes', () => {
    const t = make({ ambiguities: ['Did you mean the whole workspace?'] });
    expect(step(t, reply(nothing())).ticket.ambiguities).toEqual(['Did you mean the whole workspace?']);
    expect(step(t, reply(nothing({ sources: ['android'] }))).ticket.ambiguities).toEqual([]);
  });

  it("the reply's own questions are added to the ones still open", () => {
    const r = step(except(), reply(nothing({ sources: ['android'], ambiguities: ['Which android source?'], ambiguityFields: ['sources'] })));
    expect(r.ticket.ambiguities).toEqual(['You asked for March 1–10 except March 5: should 5 March be kept?', 'Which android source?']);
    expect(r.ticket.ambiguityFields).toEqual(['ranges', 'sources']);
  });
});

describe("the customer's own words", () => {
  it('are kept from the parse and replaced only for the parts a reply sets', () => {
    const evidence = { kind: 'delete', workspace: 'acme', sources: [{ slug: 'ios-app', text: 'the iOS source' }], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-03', text: 'March 1-3' }] };
    const t = make({ evidence });
    expect(t.evidence).toEqual(evidence);
    const r = step(t, reply(nothing({ ranges: [{ from: '2024-03-02', to: '2024-03-03' }], evidence: { kind: null, workspace: null, sources: [], space: null, ranges: [{ from: '2024-03-02', to: '2024-03-03', text: 'only the 2nd and 3rd' }] } })));
    expect(r.ticket.evidence).toEqual({ ...evidence, ranges: [{ from: '2024-03-02', to: '2024-03-03', text: 'only the 2nd and 3rd' }] });
    expect(make().evidence).toBeNull();
  });
});

describe('hours widened to whole UTC days: the question a "yes" answers', () => {
  const HOURS = '"3 March 2024 from 10:00 to 12:00" is less than whole UTC days: only whole UTC days can be deleted, which covers 2024-03-03 to 2024-03-03 — should those whole days be deleted?';
  const asked = () => make({ ranges: [{ from: '2024-03-03', to: '2024-03-03' }], ambiguities: [HOURS], ambiguityFields: ['ranges'] });

  it('"Yes, delete the whole day" settles it and the exact scope goes for confirmation', () => {
    const t = asked();
    expect(t.status).toBe('needs_info');
    const r = step(t, reply(nothing(), { affirms: textAffirms('Yes, delete the whole day.\n\nAna') }));
    expect(r.ticket.ambiguities).toEqual([]);
    expect(r.ticket.status).toBe('awaiting_approval');
    expect(r.effects).toContainEqual({ type: 'confirm_request' });
  });

  it('a greeting before the yes is no part of it', () => {
    const r = step(asked(), reply(nothing(), { affirms: textAffirms('Hi Desk team,\nyes please, delete the whole day.') }));
    expect(r.ticket.status).toBe('awaiting_approval');
  });

  it('"Yes, confirmed" settles it and confirms in the same reply', () => {
    const r = step(asked(), reply(nothing(), { affirms: textAffirms('Yes, confirmed.'), confirms: true }));
    expect(r.ticket.status).toBe('awaiting_approval');
    expect(r.ticket.confirmation.state).toBe('confirmed');
  });

  it('"No, only those two hours", "Yes?" and a yes with a limit or a delay leave it open', () => {
    for (const words of ['No, only those two hours please.', 'Yes? What do you mean by whole days?', 'Ja, aber nicht den ganzen Tag.', 'Yes, but only the hours 10:00-12:00 please.', 'Yes. No, only those two hours.', 'OK, I will check with the team and come back to you.', 'Sí, pero solo de 10 a 12.']) {
      const r = step(asked(), reply(nothing(), { affirms: textAffirms(words) }));
      expect(r.ticket.ambiguities, words).toEqual([HOURS]);
      expect(r.ticket.status, words).toBe('needs_info');
    }
  });

  it('a "yes" beside another open question answers neither', () => {
    const t = make({ ranges: [{ from: '2024-03-03', to: '2024-03-03' }], ambiguities: [HOURS, 'source "iOS" fits ios-app and ios-app-2 — which one is meant?'], ambiguityFields: ['ranges', 'sources'] });
    const r = step(t, reply(nothing(), { affirms: textAffirms('Yes, I meant that one.') }));
    expect(r.ticket.ambiguities).toHaveLength(2);
  });

  it('a "yes" does not answer any other question', () => {
    const t = make({ workspace: 'acme-inc', ambiguities: ['"the 4th" has no month — which day is it?'], ambiguityFields: ['ranges'] });
    const r = step(t, reply(nothing(), { affirms: textAffirms('Yes.') }));
    expect(r.ticket.status).toBe('needs_info');
  });
});
