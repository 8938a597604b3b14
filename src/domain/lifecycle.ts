/**
 * The ticket lifecycle (docs/design.md, "Lifecycle") as a pure transition function:
 * `transition(ticket, event, ctx) → { ticket, effects, audit }`. No I/O: the ticket service applies
 * the result in one database transaction (ticket row, audit entry, queued notifications).
 */
import type { DayRange, ParseResult } from './request';
import { isDeletionKind, requiredFields } from './request';
import { mergeEvidence, openQuestions, replyKind } from './replyMerge';
import type { Policy } from './policy';
import { approvalsNeeded, graceDaysFor } from './policy';
import { AppError } from '../errors';
import { childrenOutcome, sameAccountScope } from './accountPurge';
import type { Actor, Confirmation, Effect, NewTicketInput, ScopePatch, Ticket, TicketEvent, TicketStatus, Transition, TransitionContext, Verification } from './ticket';
import { actorLabel, CANCELLABLE_STATUSES, confirmationSettled, isVerified, ticketRef } from './ticket';
import { approvalRefusal } from './staff';

// Creating a ticket

/** The first state of a ticket made from a parsed request. */
export function createTicket(input: NewTicketInput, ctx: TransitionContext): Transition {
  const base = firstState(input, ctx);
  const ticket = settle(base, ctx);
  const effects: Effect[] = [{ type: 'slack' }];
  if (ticket.kind === 'user_data') {
    // Nothing to delete: the customer gets the self-serve instructions and the ticket is closed.
    ticket.status = 'completed';
    ticket.result = { outcome: 'completed', summary: 'Answered with the self-serve user deletion instructions; nothing deleted.' };
    effects.push({ type: 'email', template: 'user_data', to: ticket.requester });
  } else if (ticket.kind === 'account_purge' && (ticket.accountWorkspaces ?? []).length === 0) {
    // Only an administrator can delete an account. The answer is the same whatever the sender is
    // (a contact, a stranger, someone whose workspace does not exist), so it reveals nothing.
    ticket.status = 'rejected';
    ticket.rejectReason = 'The sender administers no workspace (catalog admins); nothing to delete.';
    effects.push({ type: 'email', template: 'account_not_admin', to: ticket.requester });
  } else if (input.child) {
    // Opened by a confirmed account purge: the customer hears about it in that ticket's email.
  } else {
    effects.push({ type: 'email', template: ticket.status === 'needs_info' ? 'needs_info' : 'received', to: ticket.requester });
    if (asksConfirmation(ticket)) effects.push({ type: 'confirm_request' });
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

/** The ticket as the parsed request describes it, before its status and answer are worked out. */
function firstState(input: NewTicketInput, ctx: TransitionContext): Ticket {
  const iso = ctx.now.toISOString();
  return {
    id: input.id,
    kind: input.parse.kind,
    status: 'needs_info',
    workspace: input.parse.workspace,
    sources: [...input.parse.sources].sort(),
    space: input.parse.space,
    ranges: input.parse.ranges.map((r) => ({ ...r })),
    missing: [],
    ambiguities: [...input.parse.ambiguities],
    ambiguityFields: input.parse.ambiguities.map((_, i) => input.parse.ambiguityFields?.[i] ?? null),
    evidence: input.parse.evidence ?? null,
    notes: [...input.parse.notes],
    requester: input.requester.toLowerCase(),
    createdBy: actorLabel(input.createdBy),
    verification: input.verification,
    approvals: [],
    confirmation: input.child ? { ...input.child.confirmation } : initialConfirmation(ctx),
    ...(input.parse.kind === 'account_purge' ? { accountWorkspaces: (input.administered ?? []).map((w) => ({ ...w })) } : {}),
    ...(input.child ? { parentId: input.child.parentId } : {}),
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
}

/** Recompute `missing`, the deadline and needs_info ⇄ awaiting_approval from the scope fields. */
function settle(ticket: Ticket, ctx: TransitionContext): Ticket {
  const next = { ...ticket };
  next.missing = missingFields(next);
  if (next.status === 'needs_info' || next.status === 'awaiting_approval') {
    const complete = (isDeletionKind(next.kind) || next.kind === 'account_purge') && next.missing.length === 0 && next.ambiguities.length === 0;
    next.status = complete ? 'awaiting_approval' : 'needs_info';
  }
  next.deadline = deadlineFor(next, ctx.policy);
  return next;
}

/** Before anything is confirmed: pending, or not_required when CUSTOMER_CONFIRMATION=off. */
function initialConfirmation(ctx: TransitionContext): Confirmation {
  return { state: ctx.policy.customerConfirmation === 'off' ? 'not_required' : 'pending', by: null, at: null, reason: null };
}

/** The scope is complete and waits for the customer's written confirmation: time to ask for it. */
function asksConfirmation(t: Ticket): boolean {
  return t.status === 'awaiting_approval' && t.confirmation.state === 'pending';
}

/** Approvals complete and the confirmation in place (either order): the ticket is scheduled. */
function scheduleIfReady(t: Ticket, ctx: TransitionContext): Ticket {
  // CUSTOMER_CONFIRMATION turned off while a ticket was pending: nothing is waited for any more.
  const confirmation: Confirmation = t.confirmation.state === 'pending' && ctx.policy.customerConfirmation === 'off' ? { state: 'not_required', by: null, at: null, reason: null } : t.confirmation;
  if (t.status !== 'awaiting_approval' || t.approvals.length < approvalsNeeded(t.kind) || !confirmationSettled(confirmation)) return t;
  // An account purge runs nothing itself: "scheduled" means its workspace purges are open, and it has
  // no time of its own (each workspace purge has its own grace).
  if (t.kind === 'account_purge') return { ...t, confirmation, status: 'scheduled', runAfter: null };
  return { ...t, confirmation, status: 'scheduled', runAfter: runAfterFor(t, ctx) };
}

export function missingFields(ticket: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'>): string[] {
  const missing: string[] = [];
  if (ticket.kind === 'unknown') return ['request'];
  // Nothing to purge (the requester administers no workspace any more): the workspace is what is missing.
  if (ticket.kind === 'account_purge' && (ticket as Partial<Ticket>).accountWorkspaces?.length === 0) return ['workspace'];
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
// Transitions: one function per event, chosen by the table below.

type EventOf = { [E in TicketEvent as E['type']]: E };
type EventStep<K extends keyof EventOf> = (current: Ticket, event: EventOf[K], ctx: TransitionContext) => Transition;

/** Every event type has its step; a new event type does not compile until it has one. */
const EVENT_STEPS: { [K in keyof EventOf]: EventStep<K> } = {
  info: takeInfo,
  waive: waiveConfirmation,
  edit: editScope,
  approve,
  reject,
  cancel,
  start,
  finish,
  children: followChildren,
};

/** Apply one event. Throws AppError('invalid_transition' | 'not_allowed') when the event is refused. */
export function transition(current: Ticket, event: TicketEvent, ctx: TransitionContext): Transition {
  return applyStep(event.type, current, event, ctx);
}

// Generic in the event type, so the compiler knows the table's entry and the event match (no cast).
function applyStep<K extends keyof EventOf>(type: K, current: Ticket, event: EventOf[K], ctx: TransitionContext): Transition {
  const step: EventStep<K> = EVENT_STEPS[type];
  return step(current, event, ctx);
}

/** The changed ticket as stored: one version later, updated now. */
function touched(current: Ticket, next: Ticket, ctx: TransitionContext): Ticket {
  return { ...next, version: current.version + 1, updatedAt: ctx.now.toISOString() };
}

/** New details (or a "confirm") by email: fill in, restart what a change of scope voids, answer. */
function takeInfo(current: Ticket, event: EventOf['info'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  // Once its workspace purges are open, an account purge's list is what was confirmed: new words go
  // to staff as a note, and changes are made on (or by cancelling) the workspace purges.
  requireStatus(current, current.kind === 'account_purge' ? ['needs_info', 'awaiting_approval'] : ['needs_info', 'awaiting_approval', 'scheduled'], 'take new details');
  const p = event.parse;
  const merged = mergeReply(current, event);
  const scopeChanged = !sameScope(current, merged);
  Object.assign(merged, openQuestions(current, p, scopeChanged, event.affirms === true));
  // Any change of scope starts over: approvals, the approved manifest and the customer's
  // confirmation were given for the old scope, and a scheduled ticket goes back for approval.
  const restarted: Ticket = scopeChanged
    ? { ...merged, approvals: [], approvedIds: null, manifest: null, confirmation: initialConfirmation(ctx), runAfter: null, status: current.status === 'scheduled' ? 'awaiting_approval' : current.status }
    : merged;
  let next = touched(current, settle(restartGrace(current, restarted, ctx), ctx), ctx);
  // A confirmation counts only from a verified contact of the workspace, on the complete scope it
  // was asked about, in a reply that changed nothing: anything else is new details, not a "yes".
  const confirmed = !scopeChanged && event.confirms === true && isVerified(event.verification) && next.status === 'awaiting_approval' && next.confirmation.state === 'pending';
  if (confirmed) next = scheduleIfReady({ ...next, confirmation: { state: 'confirmed', by: actor, at: ctx.now.toISOString(), reason: null } }, ctx);
  const effects: Effect[] = [{ type: 'slack' }];
  if (next.status === 'needs_info') effects.push({ type: 'email', template: 'needs_info', to: next.requester });
  else if (next.status === 'scheduled' && current.status !== 'scheduled') effects.push(scheduledEffect(next));
  else if (!confirmed && (current.status === 'needs_info' || scopeChanged)) {
    effects.push({ type: 'email', template: 'received', to: next.requester });
    if (asksConfirmation(next)) effects.push({ type: 'confirm_request' });
  }
  const detail = { from: current.status, to: next.status, scope: scopeOf(next), ambiguities: next.ambiguities, scopeChanged, confirmation: next.confirmation.state };
  return { ticket: next, effects, audit: { action: confirmed ? 'confirmed' : 'info', actor, detail } };
}

/** The ticket with a reply's details merged in (before questions, grace and status are worked out). */
function mergeReply(current: Ticket, event: EventOf['info']): Ticket {
  const p = event.parse;
  // A reply fills in and corrects; it never erases what is known with "nothing".
  const merged: Ticket = {
    ...current,
    kind: accountReplyKind(current, p) ?? replyKind(p) ?? current.kind,
    workspace: p.workspace ?? current.workspace,
    sources: p.sources.length > 0 ? [...p.sources].sort() : current.sources,
    space: p.space ?? current.space,
    ranges: p.ranges.length > 0 ? p.ranges.map((r) => ({ ...r })) : current.ranges,
    notes: unique([...current.notes, ...p.notes]),
    verification: rejudgeContact(mergeVerification(current.verification, event.verification), event.requesterIsContact),
    evidence: mergeEvidence(current.evidence ?? null, p),
  };
  if (merged.kind === 'account_purge') {
    // The scope of an account purge is the catalog's list of workspaces the requester administers,
    // read again now: a workspace gained or lost since the request is a change of scope.
    Object.assign(merged, { workspace: null, sources: [], space: null, ranges: [], accountWorkspaces: (event.administered ?? current.accountWorkspaces ?? []).map((w) => ({ ...w })) });
  }
  return merged;
}

function waiveConfirmation(current: Ticket, event: EventOf['waive'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  if (!event.isStaff) throw new AppError('not_allowed', "Only staff can waive the customer's confirmation.");
  requireStatus(current, ['awaiting_approval'], "have the customer's confirmation waived");
  const reason = event.reason.trim();
  if (!reason) throw new AppError('bad_input', "A reason is required to waive the customer's confirmation; it is audited and shown on the card.");
  if (current.confirmation.state !== 'pending') {
    throw new AppError('conflict', `${ticketRef(current.id)} needs no waiver: the customer's confirmation is ${current.confirmation.state.replace('_', ' ')}.`);
  }
  const next = touched(current, scheduleIfReady({ ...current, confirmation: { state: 'waived', by: actor, at: ctx.now.toISOString(), reason } }, ctx), ctx);
  const effects: Effect[] = [{ type: 'slack' }];
  if (next.status === 'scheduled') effects.push(scheduledEffect(next));
  return { ticket: next, effects, audit: { action: 'confirmation_waived', actor, detail: { reason, status: next.status, runAfter: next.runAfter } } };
}

function editScope(current: Ticket, event: EventOf['edit'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  requireStaffActor(event.actor, 'edit a ticket');
  requireStatus(current, current.kind === 'account_purge' ? ['needs_info', 'awaiting_approval'] : ['needs_info', 'awaiting_approval', 'scheduled'], 'be edited (edit or cancel the workspace purges it opened)');
  const p = event.patch;
  const edited: Ticket = {
    ...current,
    kind: p.kind ?? current.kind,
    workspace: p.workspace !== undefined ? p.workspace : current.workspace,
    sources: p.sources ? [...p.sources].sort() : current.sources,
    space: p.space !== undefined ? p.space : current.space,
    ranges: p.ranges ? p.ranges.map((r) => ({ ...r })) : current.ranges,
    ambiguities: [],
    ambiguityFields: [],
    approvals: [],
    approvedIds: null,
    manifest: null,
    confirmation: initialConfirmation(ctx),
    runAfter: null,
    // A scheduled ticket that is edited must be approved again.
    status: current.status === 'scheduled' ? 'awaiting_approval' : current.status,
  };
  // Another workspace: "a contact of the workspace" must be judged again, against the new one
  // (the caller looks it up; unknown means not a contact).
  if (edited.workspace !== current.workspace) {
    edited.verification = { ...current.verification, contact: event.requesterIsContact ?? false };
  }
  const next = touched(current, settle(restartGrace(current, edited, ctx), ctx), ctx);
  const changes = describeChanges(current, next);
  const effects: Effect[] = [{ type: 'slack' }, { type: 'email', template: 'updated', to: next.requester, data: { changes } }];
  if (asksConfirmation(next)) effects.push({ type: 'confirm_request' });
  return {
    ticket: next,
    effects,
    audit: { action: 'edited', actor, detail: { changes, status: next.status } },
  };
}

function approve(current: Ticket, event: EventOf['approve'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  if (!event.isStaff) throw new AppError('not_allowed', 'Only staff can approve a deletion.');
  if (current.kind === 'account_purge') {
    throw new AppError('invalid_transition', `${ticketRef(current.id)} is an account deletion: it is not approved itself. Once the customer confirms it, approve each workspace purge it opens.`);
  }
  requireStatus(current, ['awaiting_approval'], 'be approved');
  const refusal = approvalRefusal(current, actor, event.threadAddresses);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  if (current.approvals.length >= approvalsNeeded(current.kind)) throw new AppError('conflict', `${ticketRef(current.id)} is already approved; it waits for the customer's confirmation.`);
  const verification = spoofOverride(current, actor, event.overrideSpoof);
  const approvals = [...current.approvals, { by: actor, at: ctx.now.toISOString() }];
  const approvedIds = event.scopeIds ?? current.approvedIds ?? null;
  // The manifest is what the first approver saw; later approvals approve the same thing.
  const manifest = current.manifest ?? event.manifest ?? null;
  const needed = approvalsNeeded(current.kind);
  const approved = scheduleIfReady({ ...current, approvals, verification, approvedIds, manifest }, ctx);
  if (approved.status !== 'scheduled') {
    const next = touched(current, approved, ctx);
    const waiting = approvals.length >= needed ? 'confirmation' : 'approval';
    return { ticket: next, effects: [{ type: 'slack' }], audit: { action: 'approved', actor, detail: { approvals: approvals.length, needed, waiting, override: verification.overriddenBy === actor } } };
  }
  const runAfter = approved.runAfter;
  const next = touched(current, approved, ctx);
  return {
    ticket: next,
    effects: [{ type: 'slack' }, { type: 'email', template: 'scheduled', to: next.requester }],
    audit: { action: 'approved', actor, detail: { approvals: approvals.length, needed, runAfter, status: 'scheduled', override: verification.overriddenBy === actor } },
  };
}

/** A ticket suspected of spoofing is approved only with an explicit override, recorded with the approver. */
function spoofOverride(current: Ticket, actor: string, overrideSpoof: boolean | undefined): Verification {
  const verification = current.verification;
  if (!verification.spoofSuspected || verification.overriddenBy) return verification;
  if (!overrideSpoof) {
    throw new AppError('not_allowed', `${ticketRef(current.id)} may be spoofed (the sender's domain failed DMARC). Verify the request with the customer, then approve with an explicit override.`);
  }
  return { ...verification, overriddenBy: actor };
}

function reject(current: Ticket, event: EventOf['reject'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  if (!event.isStaff) throw new AppError('not_allowed', 'Only staff can reject a request.');
  requireStatus(current, current.kind === 'account_purge' ? ['needs_info', 'awaiting_approval'] : ['needs_info', 'awaiting_approval', 'scheduled'], 'be rejected (its workspace purges are open: cancel it, or reject them one by one)');
  const reason = event.reason.trim();
  if (!reason) throw new AppError('bad_input', 'A reason is required to reject a request; the customer will read it.');
  const next = touched(current, { ...current, status: 'rejected', rejectReason: reason, runAfter: null }, ctx);
  return {
    ticket: next,
    effects: [{ type: 'slack' }, { type: 'email', template: 'rejected', to: next.requester }],
    audit: { action: 'rejected', actor, detail: { reason, from: current.status } },
  };
}

function cancel(current: Ticket, event: EventOf['cancel'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  // docs/design.md, "Lifecycle": staff, or a contact of the workspace (the caller checks the catalog).
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
  const next = touched(current, { ...current, status: 'cancelled', cancelledBy: actor, runAfter: null }, ctx);
  const effects: Effect[] = [{ type: 'slack' }, { type: 'email', template: 'cancelled', to: next.requester }];
  // Cancelling an account deletion during the grace cancels every workspace purge it opened.
  if (current.kind === 'account_purge' && current.status === 'scheduled') effects.push({ type: 'cancel_children' });
  return {
    ticket: next,
    effects,
    audit: { action: 'cancelled', actor, detail: { from: current.status, reason: event.reason ?? null } },
  };
}

function start(current: Ticket, event: EventOf['start'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  requireStatus(current, ['scheduled'], 'start');
  if (current.kind === 'account_purge') throw new AppError('invalid_transition', `${ticketRef(current.id)} is an account deletion: its workspace purges run, not it.`);
  if (current.runAfter && Date.parse(current.runAfter) > ctx.now.getTime()) {
    throw new AppError('invalid_transition', `${ticketRef(current.id)} may not run before ${current.runAfter}.`);
  }
  const next = touched(current, { ...current, status: 'running' }, ctx);
  return { ticket: next, effects: [{ type: 'slack' }], audit: { action: 'started', actor, detail: {} } };
}

function finish(current: Ticket, event: EventOf['finish'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  requireStatus(current, ['running'], 'finish');
  const next = touched(current, { ...current, status: event.result.outcome, result: event.result }, ctx);
  return {
    ticket: next,
    effects: [{ type: 'slack' }, { type: 'email', template: 'completed', to: next.requester }],
    audit: { action: event.result.outcome, actor, detail: { summary: event.result.summary } },
  };
}

/** An account purge ends when all its workspace purges have: its outcome is theirs. */
function followChildren(current: Ticket, event: EventOf['children'], ctx: TransitionContext): Transition {
  const actor = actorLabel(event.actor);
  requireStatus(current, ['scheduled'], 'follow its workspace purges');
  const outcome = childrenOutcome(event.children);
  if (!outcome) throw new AppError('invalid_transition', `${ticketRef(current.id)} still has open workspace purges.`);
  const cancelled = outcome.status === 'cancelled';
  const next = touched(current, {
    ...current,
    status: outcome.status,
    cancelledBy: cancelled ? actor : current.cancelledBy,
    result: cancelled ? null : { outcome: outcome.status as 'completed' | 'partial' | 'failed', summary: outcome.summary, children: event.children },
  }, ctx);
  // Each workspace purge sent its own receipt or cancellation; the account's summary follows them.
  const effects: Effect[] = [{ type: 'slack' }];
  if (!cancelled) effects.push({ type: 'email', template: 'completed', to: next.requester });
  return { ticket: next, effects, audit: { action: outcome.status, actor, detail: { summary: outcome.summary } } };
}

/**
 * Any change of scope is a new request made now: for kinds that wait, the grace period (and the
 * deadline) start again — otherwise a reply that points a space deletion at another space on day 6
 * would run the moment it is approved, with no time to notice or cancel a malicious change.
 */
function restartGrace(before: Ticket, after: Ticket, ctx: TransitionContext): Ticket {
  if (graceDaysFor(after.kind, ctx.policy) === 0) return after;
  if (sameScope(before, after)) return after;
  // Filling in what was missing needs no explanation; changing what was known does.
  const changed = knownFieldChanged(before, after);
  const note = `the waiting period restarted on ${ctx.now.toISOString().slice(0, 10)}: the request changed to ${after.kind.replace('_', ' ')} of ${after.workspace ?? 'a workspace'}${after.kind === 'unify_space' && after.space ? ` (space ${after.space})` : ''}`;
  return { ...after, requestedAt: ctx.now.toISOString(), notes: changed ? unique([...after.notes, note]) : after.notes };
}

function knownFieldChanged(before: Ticket, after: Ticket): boolean {
  if (before.kind !== 'unknown' && before.kind !== after.kind) return true;
  if (before.workspace !== null && before.workspace !== after.workspace) return true;
  if (before.space !== null && before.space !== after.space) return true;
  if (before.sources.length > 0 && JSON.stringify(before.sources) !== JSON.stringify(after.sources)) return true;
  return before.ranges.length > 0 && JSON.stringify(before.ranges) !== JSON.stringify(after.ranges);
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

/**
 * "A contact of the workspace" is a fact about the requester and the ticket's workspace *now*: a
 * contact whose first mail named no workspace becomes one when her reply names it, and stops being
 * one when the workspace changes to one she is not a contact of. Unknown (not looked up): unchanged.
 */
function rejudgeContact(v: Verification, requesterIsContact: boolean | undefined): Verification {
  return requesterIsContact === undefined ? v : { ...v, contact: requesterIsContact };
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

/**
 * A reply in the thread of an account deletion that reads as "a purge" without naming a workspace
 * ("Re: Delete my account — I confirm") is the same account deletion in other words: it must not turn
 * the confirmed list into a workspace purge of no workspace (and void the confirmation it carries).
 */
function accountReplyKind(current: Ticket, p: ParseResult): Ticket['kind'] | null {
  if (current.kind !== 'account_purge') return null;
  return (p.kind === 'workspace_purge' || p.kind === 'archive_purge' || p.kind === 'account_purge') && p.workspace === null ? 'account_purge' : null;
}

/** The email (or, for an account purge, the opening of its workspace purges) of a newly scheduled ticket. */
function scheduledEffect(t: Ticket): Effect {
  return t.kind === 'account_purge' ? { type: 'open_children' } : { type: 'email', template: 'scheduled', to: t.requester };
}

export function scopeOf(t: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'>): ScopePatch {
  return { kind: t.kind, workspace: t.workspace, sources: t.sources, space: t.space, ranges: t.ranges };
}

function sameScope(a: Ticket, b: Ticket): boolean {
  if (JSON.stringify(scopeOf(a)) !== JSON.stringify(scopeOf(b))) return false;
  return b.kind !== 'account_purge' || sameAccountScope(a.accountWorkspaces, b.accountWorkspaces);
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
