/**
 * The ticket lifecycle (DESIGN.md section 2) as a pure transition function:
 * `transition(ticket, event, ctx) → { ticket, effects, audit }`. No I/O: the ticket service applies
 * the result in one database transaction (ticket row, audit entry, queued notifications).
 */
import type { DayRange } from './request';
import { isDeletionKind, requiredFields } from './request';
import type { Policy } from './policy';
import { approvalsNeeded, graceDaysFor } from './policy';
import { AppError } from '../errors';
import type { Actor, Effect, NewTicketInput, ScopePatch, Ticket, TicketEvent, TicketStatus, Transition, TransitionContext, Verification } from './ticket';
import { actorLabel, CANCELLABLE_STATUSES, ticketRef } from './ticket';
import { approvalRefusal } from './staff';

// Creating a ticket

/** The first state of a ticket made from a parsed request. */
export function createTicket(input: NewTicketInput, ctx: TransitionContext): Transition {
  const iso = ctx.now.toISOString();
  const base: Ticket = {
    id: input.id,
    kind: input.parse.kind,
    status: 'needs_info',
    workspace: input.parse.workspace,
    sources: [...input.parse.sources].sort(),
    space: input.parse.space,
    ranges: input.parse.ranges.map((r) => ({ ...r })),
    missing: [],
    ambiguities: [...input.parse.ambiguities],
    notes: [...input.parse.notes],
    requester: input.requester.toLowerCase(),
    createdBy: actorLabel(input.createdBy),
    verification: input.verification,
    approvals: [],
    requestedAt: input.requestedAt.toISOString(),
    runAfter: null,
    deadline: null,
    rejectReason: null,
    cancelledBy: null,
    result: null,
    version: 1,
    createdAt: iso,
    updatedAt: iso,
  };
  const ticket = settle(base, ctx);
  const effects: Effect[] = [{ type: 'slack' }];
  if (ticket.kind === 'user_data') {
    // Nothing to delete: the customer gets the self-serve instructions and the ticket is closed.
    ticket.status = 'completed';
    ticket.result = { outcome: 'completed', summary: 'Answered with the self-serve user deletion instructions; nothing deleted.' };
    effects.push({ type: 'email', template: 'user_data', to: ticket.requester });
  } else {
    effects.push({ type: 'email', template: ticket.status === 'needs_info' ? 'needs_info' : 'received', to: ticket.requester });
  }
  return {
    ticket,
    effects,
    audit: {
      action: 'created',
      actor: ticket.createdBy,
      detail: { status: ticket.status, kind: ticket.kind, workspace: ticket.workspace, sources: ticket.sources, space: ticket.space, ranges: ticket.ranges, missing: ticket.missing, ambiguities: ticket.ambiguities },
    },
  };
}

/** Recompute `missing`, the deadline and needs_info ⇄ awaiting_approval from the scope fields. */
function settle(ticket: Ticket, ctx: TransitionContext): Ticket {
  const next = { ...ticket };
  next.missing = missingFields(next);
  if (next.status === 'needs_info' || next.status === 'awaiting_approval') {
    const complete = isDeletionKind(next.kind) && next.missing.length === 0 && next.ambiguities.length === 0;
    next.status = complete ? 'awaiting_approval' : 'needs_info';
  }
  next.deadline = deadlineFor(next, ctx.policy);
  return next;
}

export function missingFields(ticket: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'>): string[] {
  const missing: string[] = [];
  if (ticket.kind === 'unknown') return ['request'];
  for (const field of requiredFields(ticket.kind)) {
    if (field === 'workspace' && !ticket.workspace) missing.push(field);
    if (field === 'source' && ticket.sources.length === 0) missing.push(field);
    if (field === 'time frame' && ticket.ranges.length === 0) missing.push(field);
    if (field === 'space' && !ticket.space) missing.push(field);
  }
  return missing;
}

function deadlineFor(ticket: Ticket, policy: Policy): string | null {
  if (ticket.kind !== 'workspace_purge' && ticket.kind !== 'archive_purge') return null;
  return new Date(Date.parse(ticket.requestedAt) + policy.purgeSlaDays * DAY_MS).toISOString();
}

const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Transitions

/** Apply one event. Throws AppError('invalid_transition' | 'not_allowed') when the event is refused. */
export function transition(current: Ticket, event: TicketEvent, ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  const touched = (t: Ticket): Ticket => ({ ...t, version: current.version + 1, updatedAt: ctx.now.toISOString() });

  switch (event.type) {
    case 'info': {
      requireStatus(current, ['needs_info', 'awaiting_approval'], 'take new details');
      const p = event.parse;
      // A reply fills in and corrects; it never erases what is known with "nothing".
      const merged: Ticket = {
        ...current,
        kind: p.kind !== 'unknown' && isDeletionKind(p.kind) ? p.kind : current.kind,
        workspace: p.workspace ?? current.workspace,
        sources: p.sources.length > 0 ? [...p.sources].sort() : current.sources,
        space: p.space ?? current.space,
        ranges: p.ranges.length > 0 ? p.ranges.map((r) => ({ ...r })) : current.ranges,
        // Old ambiguities are answered by the reply; new ones come from the reply itself.
        ambiguities: [...p.ambiguities],
        notes: unique([...current.notes, ...p.notes]),
        verification: mergeVerification(current.verification, event.verification),
      };
      const scopeChanged = !sameScope(current, merged);
      const next = touched(settle(restartGrace(current, { ...merged, approvals: scopeChanged ? [] : current.approvals, approvedIds: scopeChanged ? null : (current.approvedIds ?? null) }, ctx), ctx));
      const effects: Effect[] = [{ type: 'slack' }];
      if (next.status === 'needs_info') effects.push({ type: 'email', template: 'needs_info', to: next.requester });
      else if (current.status === 'needs_info' || scopeChanged) effects.push({ type: 'email', template: 'received', to: next.requester });
      return { ticket: next, effects, audit: { action: 'info', actor, detail: { from: current.status, to: next.status, scope: scopeOf(next), ambiguities: next.ambiguities } } };
    }

    case 'edit': {
      requireStaffActor(event.actor, 'edit a ticket');
      requireStatus(current, ['needs_info', 'awaiting_approval', 'scheduled'], 'be edited');
      const p = event.patch;
      const edited: Ticket = {
        ...current,
        kind: p.kind ?? current.kind,
        workspace: p.workspace !== undefined ? p.workspace : current.workspace,
        sources: p.sources ? [...p.sources].sort() : current.sources,
        space: p.space !== undefined ? p.space : current.space,
        ranges: p.ranges ? p.ranges.map((r) => ({ ...r })) : current.ranges,
        ambiguities: [],
        approvals: [],
        approvedIds: null,
        runAfter: null,
        // A scheduled ticket that is edited must be approved again.
        status: current.status === 'scheduled' ? 'awaiting_approval' : current.status,
      };
      // Another workspace: "a contact of the workspace" must be judged again, against the new one
      // (the caller looks it up; unknown means not a contact).
      if (edited.workspace !== current.workspace) {
        edited.verification = { ...current.verification, contact: event.requesterIsContact ?? false };
      }
      const next = touched(settle(restartGrace(current, edited, ctx), ctx));
      const changes = describeChanges(current, next);
      return {
        ticket: next,
        effects: [{ type: 'slack' }, { type: 'email', template: 'updated', to: next.requester, data: { changes } }],
        audit: { action: 'edited', actor, detail: { changes, status: next.status } },
      };
    }

    case 'approve': {
      if (!event.isStaff) throw new AppError('not_allowed', 'Only staff can approve a deletion.');
      requireStatus(current, ['awaiting_approval'], 'be approved');
      const refusal = approvalRefusal(current, actor, event.threadAddresses);
      if (refusal) throw new AppError(refusal.code, refusal.message);
      let verification = current.verification;
      if (current.verification.spoofSuspected && !current.verification.overriddenBy) {
        if (!event.overrideSpoof) {
          throw new AppError('not_allowed', `${ticketRef(current.id)} may be spoofed (the sender's domain failed DMARC). Verify the request with the customer, then approve with an explicit override.`);
        }
        verification = { ...verification, overriddenBy: actor };
      }
      const approvals = [...current.approvals, { by: actor, at: ctx.now.toISOString() }];
      const approvedIds = event.scopeIds ?? current.approvedIds ?? null;
      const needed = approvalsNeeded(current.kind);
      if (approvals.length < needed) {
        const next = touched({ ...current, approvals, verification, approvedIds });
        return { ticket: next, effects: [{ type: 'slack' }], audit: { action: 'approved', actor, detail: { approvals: approvals.length, needed, override: verification.overriddenBy === actor } } };
      }
      const runAfter = runAfterFor(current, ctx);
      const next = touched({ ...current, approvals, verification, approvedIds, status: 'scheduled', runAfter });
      return {
        ticket: next,
        effects: [{ type: 'slack' }, { type: 'email', template: 'scheduled', to: next.requester }],
        audit: { action: 'approved', actor, detail: { approvals: approvals.length, needed, runAfter, status: 'scheduled', override: verification.overriddenBy === actor } },
      };
    }

    case 'reject': {
      if (!event.isStaff) throw new AppError('not_allowed', 'Only staff can reject a request.');
      requireStatus(current, ['needs_info', 'awaiting_approval', 'scheduled'], 'be rejected');
      const reason = event.reason.trim();
      if (!reason) throw new AppError('bad_input', 'A reason is required to reject a request; the customer will read it.');
      const next = touched({ ...current, status: 'rejected', rejectReason: reason, runAfter: null });
      return {
        ticket: next,
        effects: [{ type: 'slack' }, { type: 'email', template: 'rejected', to: next.requester }],
        audit: { action: 'rejected', actor, detail: { reason, from: current.status } },
      };
    }

    case 'cancel': {
      // DESIGN.md section 2: staff, or a contact of the workspace (the caller checks the catalog).
      if (!event.isStaff && !event.isContact) {
        throw new AppError('not_allowed', `Only staff or a contact of the workspace can cancel ${ticketRef(current.id)}.`);
      }
      if (!CANCELLABLE_STATUSES.includes(current.status)) {
        const why =
          current.status === 'running'
            ? 'the deletion has already started and cannot be stopped part-way safely'
            : `it is already ${current.status}`;
        throw new AppError('invalid_transition', `${ticketRef(current.id)} can no longer be cancelled: ${why}.`);
      }
      const next = touched({ ...current, status: 'cancelled', cancelledBy: actor, runAfter: null });
      return {
        ticket: next,
        effects: [{ type: 'slack' }, { type: 'email', template: 'cancelled', to: next.requester }],
        audit: { action: 'cancelled', actor, detail: { from: current.status, reason: event.reason ?? null } },
      };
    }

    case 'start': {
      requireStatus(current, ['scheduled'], 'start');
      if (current.runAfter && Date.parse(current.runAfter) > ctx.now.getTime()) {
        throw new AppError('invalid_transition', `${ticketRef(current.id)} may not run before ${current.runAfter}.`);
      }
      const next = touched({ ...current, status: 'running' });
      return { ticket: next, effects: [{ type: 'slack' }], audit: { action: 'started', actor, detail: {} } };
    }

    case 'finish': {
      requireStatus(current, ['running'], 'finish');
      const next = touched({ ...current, status: event.result.outcome, result: event.result });
      return {
        ticket: next,
        effects: [{ type: 'slack' }, { type: 'email', template: 'completed', to: next.requester }],
        audit: { action: event.result.outcome, actor, detail: { summary: event.result.summary } },
      };
    }
  }
}

/**
 * A reply or an edit that turns a ticket into a purge, or points a purge at another workspace, is a
 * new purge request made now: its grace period (and deadline) start now, not at the first email —
 * otherwise a request that became a purge on day 10 would run the moment it is approved.
 */
function restartGrace(before: Ticket, after: Ticket, ctx: TransitionContext): Ticket {
  if (graceDaysFor(after.kind, ctx.policy) === 0) return after;
  if (after.kind === before.kind && after.workspace === before.workspace) return after;
  // Filling in what was missing needs no explanation; changing what was known does.
  const changed = before.kind !== 'unknown' && before.workspace !== null;
  const note = `the waiting period restarted on ${ctx.now.toISOString().slice(0, 10)}: the request changed to ${after.kind.replace('_', ' ')} of ${after.workspace ?? 'a workspace'}`;
  return { ...after, requestedAt: ctx.now.toISOString(), notes: changed ? unique([...after.notes, note]) : after.notes };
}

/** When an approved ticket may run: now for source deletions, request + grace for purges. */
export function runAfterFor(ticket: Pick<Ticket, 'kind' | 'requestedAt'>, ctx: TransitionContext): string {
  const grace = graceDaysFor(ticket.kind, ctx.policy);
  if (grace === 0) return ctx.now.toISOString();
  return new Date(Date.parse(ticket.requestedAt) + grace * DAY_MS).toISOString();
}


function requireStatus(ticket: Ticket, allowed: readonly TicketStatus[], what: string): void {
  if (!allowed.includes(ticket.status)) {
    throw new AppError('invalid_transition', `${ticketRef(ticket.id)} is ${ticket.status.replace('_', ' ')} and cannot ${what}.`);
  }
}

function requireStaffActor(actor: Actor, what: string): void {
  if (actor.type !== 'staff') throw new AppError('not_allowed', `Only staff can ${what}.`);
}

function mergeVerification(a: Verification, b: Verification): Verification {
  // Trust can only go down through a thread: one failing message taints the ticket.
  return {
    contact: a.contact && b.contact,
    auth: a.auth === 'fail' || b.auth === 'fail' ? 'fail' : a.auth === 'pass' && b.auth !== 'none' ? 'pass' : a.auth,
    spoofSuspected: a.spoofSuspected || b.spoofSuspected,
    overriddenBy: a.overriddenBy,
  };
}

export function scopeOf(t: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'>): ScopePatch {
  return { kind: t.kind, workspace: t.workspace, sources: t.sources, space: t.space, ranges: t.ranges };
}

function sameScope(a: Ticket, b: Ticket): boolean {
  return JSON.stringify(scopeOf(a)) === JSON.stringify(scopeOf(b));
}

export function describeChanges(before: Ticket, after: Ticket): string[] {
  const changes: string[] = [];
  const show = (v: unknown): string => (Array.isArray(v) ? (v.length ? v.map((x) => (typeof x === 'object' ? `${(x as DayRange).from}..${(x as DayRange).to}` : String(x))).join(', ') : 'none') : v === null || v === undefined ? 'none' : String(v));
  for (const field of ['kind', 'workspace', 'sources', 'space', 'ranges'] as const) {
    const a = show(before[field]);
    const b = show(after[field]);
    if (a !== b) changes.push(`${field}: ${a} → ${b}`);
  }
  return changes;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
