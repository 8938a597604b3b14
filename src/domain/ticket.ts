/**
 * The ticket (docs/design.md, "Lifecycle"): its states, who acts on it, the events it takes and the effects
 * they cause. The transitions themselves are in lifecycle.ts.
 */
import type { DayRange, ParseEvidence, ParseResult, RequestKind, ScopeField } from './request';
import type { Policy } from './policy';
import { approvalsNeeded } from './policy';

export const TICKET_STATUSES = [
  'needs_info',
  'awaiting_approval',
  'scheduled',
  'running',
  'completed',
  'partial',
  'failed',
  'rejected',
  'cancelled',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** States from which nothing moves any more. */
export const FINAL_STATUSES: readonly TicketStatus[] = ['completed', 'partial', 'failed', 'rejected', 'cancelled'];
/** States a cancel can still stop (the job has not started). */
export const CANCELLABLE_STATUSES: readonly TicketStatus[] = ['needs_info', 'awaiting_approval', 'scheduled'];

/** Who acts: a staff member (Slack user id or CLI `--by`), a customer by email, or the bot itself. */
export type Actor =
  | { type: 'staff'; id: string }
  | { type: 'customer'; address: string }
  | { type: 'system'; id: string };

export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case 'staff':
      return `staff:${actor.id}`;
    case 'customer':
      return `email:${actor.address}`;
    case 'system':
      return `system:${actor.id}`;
  }
}

/** The Actor behind an `actorLabel` (effects carry the label; a follow-up action acts as the same actor). */
export function actorFromLabel(label: string): Actor {
  const [type, ...rest] = label.split(':');
  const id = rest.join(':');
  if (type === 'staff') return { type: 'staff', id };
  if (type === 'email') return { type: 'customer', address: id };
  return { type: 'system', id: id || label };
}

/** How much we trust the requester. Staff see all of it before approving. */
export interface Verification {
  /** The From address is a contact of the resolved workspace. */
  contact: boolean;
  /** DKIM/SPF/DMARC summary from the sender checks, 'none' when the message carried none. */
  auth: 'pass' | 'fail' | 'none';
  /** The From domain failed DMARC: approval needs a staff override. */
  spoofSuspected: boolean;
  /** Set when a staff member overrode a spoof suspicion (audited). */
  overriddenBy: string | null;
}

export interface Approval {
  by: string;
  at: string;
}

/**
 * The customer's written confirmation of the exact scope (the second of the three keys: the parser,
 * the customer, staff). `pending` until a contact of the workspace replies "confirm" to the email that
 * lists the scope; `waived` by staff with a reason; `not_required` when CUSTOMER_CONFIRMATION=off.
 * Any change of scope puts it back to `pending`.
 */
export const CONFIRMATION_STATES = ['pending', 'confirmed', 'waived', 'not_required'] as const;
export type ConfirmationState = (typeof CONFIRMATION_STATES)[number];

export interface Confirmation {
  state: ConfirmationState;
  /** `email:<address>` of the contact who confirmed, or `staff:<id>` who waived it. */
  by: string | null;
  at: string | null;
  /** Why staff waived it. */
  reason: string | null;
}

/** Confirmation or its waiver is in place: the ticket may be scheduled once approvals are complete. */
export function confirmationSettled(c: Confirmation): boolean {
  return c.state !== 'pending';
}

/** Staff approvals are complete and only the customer's confirmation is missing. */
export function waitsForConfirmation(t: Pick<Ticket, 'status' | 'confirmation' | 'approvals' | 'kind'>): boolean {
  return t.status === 'awaiting_approval' && t.confirmation.state === 'pending' && t.approvals.length >= approvalsNeeded(t.kind);
}

/** Where a ticket stands, for staff lists: the status, or "approved; waiting for the customer's confirmation". */
export function statusWords(t: Pick<Ticket, 'status' | 'confirmation' | 'approvals' | 'kind'>): string {
  // An account purge is never approved itself: it waits for the customer, then follows its workspace purges.
  if (t.kind === 'account_purge' && t.status === 'awaiting_approval') return "waiting for the customer's confirmation";
  if (t.kind === 'account_purge' && t.status === 'scheduled') return 'workspace purges opened';
  return waitsForConfirmation(t) ? "approved; waiting for the customer's confirmation" : t.status.replace('_', ' ');
}

/** The catalog ids behind a ticket's workspace slug, source slugs and space name (domain/scope.ts). */
export interface ScopeIdentity {
  workspaceId: string;
  sourceIds: string[];
  spaceId: string | null;
}

/**
 * What staff approved, frozen at the first approval: the catalog ids (not the names) and the days.
 * Execution deletes these partitions and nothing else; a source or space that joins the workspace
 * later is left alone and reported, and an id that now belongs to another workspace stops the run.
 */
export interface ApprovedManifest {
  kind: RequestKind;
  workspaceId: string;
  workspaceSlug: string;
  /** Source deletions: the named sources; purges: every source of the workspace at approval. */
  sourceIds: string[];
  /** Space deletions: the space; workspace purges: every space of the workspace at approval. */
  spaceIds: string[];
  /** Source deletions: the inclusive UTC day ranges approved. */
  ranges: DayRange[];
  approvedAt: string;
}

export interface TicketResult {
  outcome: 'completed' | 'partial' | 'failed';
  summary: string;
  [key: string]: unknown;
}

export interface Ticket {
  /** Numeric id; shown as `DEL-<id>`. */
  id: number;
  kind: RequestKind;
  status: TicketStatus;
  /** Canonical workspace slug, or null while unknown. */
  workspace: string | null;
  sources: string[];
  space: string | null;
  ranges: DayRange[];
  missing: string[];
  ambiguities: string[];
  notes: string[];
  /** The customer's lower-cased address (the From of the request, or given by staff). */
  requester: string;
  /** `actorLabel` of who created it: `email:…` or `staff:…` (nobody approves their own ticket). */
  createdBy: string;
  verification: Verification;
  approvals: Approval[];
  /** ISO time the request was made (the first message's arrival), the start of grace and SLA. */
  requestedAt: string;
  /** ISO time after which the job may run, set when scheduled. */
  runAfter: string | null;
  /** ISO time by which a complete purge must be finished, or null. */
  deadline: string | null;
  rejectReason: string | null;
  cancelledBy: string | null;
  result: TicketResult | null;
  /** The catalog ids the scope stood for at the last approval; execution refuses if they changed. */
  approvedIds?: ScopeIdentity | null;
  /** Frozen at approval (see ApprovedManifest); cleared with the approvals on any change of scope. */
  manifest?: ApprovedManifest | null;
  /** The customer's confirmation of the exact scope (absent on rows written before it existed). */
  confirmation: Confirmation;
  /** For each entry of `ambiguities` (same order), the field the question is about, or null if unknown. */
  ambiguityFields?: (ScopeField | null)[];
  /** The customer's own words for the scope, from the latest message that set it (quoted back to them). */
  evidence?: ParseEvidence | null;
  /**
   * Account purges: the workspaces the requester administered (catalog `admins`) when the scope was
   * last read — what the customer is asked to confirm and what one workspace purge each is opened for.
   */
  accountWorkspaces?: AccountWorkspace[];
  /** A workspace purge opened by an account purge: that ticket's id ("part of DEL-n"). */
  parentId?: number | null;
  /** Incremented on every write: optimistic concurrency for racing clicks. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One workspace of an account purge, by slug (the scope) and name (for the customer to recognise). */
export interface AccountWorkspace {
  slug: string;
  name: string;
}

export function ticketRef(id: number): string {
  return `DEL-${id}`;
}

export function parseTicketRef(ref: string): number | null {
  const m = /^\s*(?:DEL-?)?(\d{1,9})\s*$/i.exec(ref);
  return m ? Number(m[1]) : null;
}

export function isVerified(v: Verification): boolean {
  return v.contact && v.auth !== 'fail' && !v.spoofSuspected;
}

// ---------------------------------------------------------------------------------------------
// Events and effects

/** The scope fields a reply or an edit can change. */
export interface ScopePatch {
  kind?: RequestKind;
  workspace?: string | null;
  sources?: string[];
  space?: string | null;
  ranges?: DayRange[];
}

export type TicketEvent =
  /**
   * Information arrived by email on a ticket in needs_info / awaiting_approval. `confirms`: the new
   * text says "confirm" (see domain/confirmation.ts); it confirms only from a verified contact and
   * only when it changes nothing in the scope.
   */
  | {
      type: 'info';
      actor: Actor;
      parse: ParseResult;
      verification: Verification;
      confirms?: boolean;
      /** The new text begins with "yes" (see domain/confirmation.ts): it answers a yes-or-no question. */
      affirms?: boolean;
      /** Account purges: the workspaces the requester administers now (a change is a change of scope). */
      administered?: AccountWorkspace[];
      /**
       * Whether the requester is a contact of the workspace the ticket has after this reply (looked up
       * by the service): "contact" follows the ticket's workspace, up and down.
       */
      requesterIsContact?: boolean;
    }
  /** Staff waive the customer's confirmation, with a reason (audited). */
  | { type: 'waive'; actor: Actor; isStaff: boolean; reason: string }
  /** Staff corrected the scope (Slack Edit modal, CLI). Approvals are cleared. */
  | { type: 'edit'; actor: Actor; patch: ScopePatch; requesterIsContact?: boolean }
  | {
      type: 'approve';
      actor: Actor;
      isStaff: boolean;
      overrideSpoof?: boolean;
      scopeIds?: ScopeIdentity | null;
      manifest?: ApprovedManifest | null;
      /** Every address of the ticket's email thread: none of them may approve (looked up by the service). */
      threadAddresses?: string[];
    }
  | { type: 'reject'; actor: Actor; isStaff: boolean; reason: string }
  | { type: 'cancel'; actor: Actor; isStaff: boolean; isContact: boolean; reason?: string }
  | { type: 'start'; actor: Actor }
  | { type: 'finish'; actor: Actor; result: TicketResult }
  /** Account purges: one of the workspace purges it opened changed status; these are all of them now. */
  | { type: 'children'; actor: Actor; children: { id: number; status: TicketStatus }[] };

/** A customer email to queue; rendered from templates/ by the ticket service. */
export type CustomerEmail =
  | 'received'
  | 'needs_info'
  | 'scheduled'
  | 'rejected'
  | 'cancelled'
  | 'updated'
  | 'completed'
  | 'status'
  | 'user_data'
  | 'confirm'
  /** What someone who is not a contact of the workspace reads instead of an acknowledgement or a question. */
  | 'not_a_contact'
  | 'account_opened'
  | 'account_not_admin';

export type Effect =
  | { type: 'email'; template: CustomerEmail; to: string; data?: Record<string, unknown> }
  /**
   * Ask for the customer's confirmation. The requester's own acknowledgement carries the request when
   * the requester is a contact; otherwise the service sends the `confirm` email to the workspace's
   * contacts (the lifecycle does not know them).
   */
  | { type: 'confirm_request' }
  /** Account purges, once confirmed: open one workspace purge per confirmed workspace, linked to this one. */
  | { type: 'open_children' }
  /** Account purges, when cancelled: cancel the workspace purges it opened that can still be cancelled. */
  | { type: 'cancel_children' }
  | { type: 'slack' };

export interface TransitionContext {
  now: Date;
  policy: Policy;
}

export interface Transition {
  ticket: Ticket;
  effects: Effect[];
  audit: { action: string; actor: string; detail: Record<string, unknown> };
}

/** Until when the customer can still cancel (null when only staff timing applies). */
export function cancellableUntil(ticket: Ticket): string | null {
  return CANCELLABLE_STATUSES.includes(ticket.status) ? ticket.runAfter : null;
}

export interface NewTicketInput {
  id: number;
  parse: ParseResult;
  requester: string;
  createdBy: Actor;
  verification: Verification;
  requestedAt: Date;
  /** Account purges: the workspaces the requester administers (the service reads the catalog). */
  administered?: AccountWorkspace[];
  /** A workspace purge opened by a confirmed account purge (see domain/accountPurge.ts). */
  child?: { parentId: number; confirmation: Confirmation };
}
