/**
 * What to do with one inbound email, decided from plain data (the message is already parsed and the
 * candidate tickets are loaded). Pure, so every branch is a table test.
 */
import type { Catalog } from './catalog';
import { findWorkspace, isAdmin, isContact } from './catalog';
import { isAnyContact } from './inbox';
import type { ParseResult } from './request';
import type { Ticket } from './ticket';
import { CANCELLABLE_STATUSES, FINAL_STATUSES, ticketRef } from './ticket';

export type IntakeAction =
  | { type: 'create' }
  /** New details for an open ticket (a reply in its thread). */
  | { type: 'info'; ticket: Ticket }
  /** A message on a ticket that takes no action (e.g. "thanks" on a scheduled ticket). */
  | { type: 'note'; ticket: Ticket }
  | { type: 'cancel'; tickets: Ticket[] }
  | { type: 'status'; tickets: Ticket[] }
  /** Answer without acting, and say why (never leaking another workspace's tickets). */
  | { type: 'refuse'; ticket: Ticket | null; notice: string; reason: string };

export interface IntakeFacts {
  sender: string;
  /** The sender checks found the From domain failing DMARC: the message may come from anyone (absent: no checks ran, as in local mode). */
  spoofSuspected?: boolean;
  parse: ParseResult;
  /** The ticket this message replies to ([DEL-n] in the subject, In-Reply-To or References). */
  thread: Ticket | null;
  /** The ticket named in the text (DEL-n), when it is not the thread. */
  referenced: Ticket | null;
  /** Open tickets of the workspace named in the message (status/cancel without a ticket id). */
  workspaceOpen: Ticket[];
  catalog: Catalog;
}

const NOT_A_CONTACT =
  'For the safety of our customers\' data we share the status of a deletion request only with the registered contacts of its workspace, and accept cancellations only from them or from whoever made the request. If you are a registered contact, please write from that address and include the ticket id (for example DEL-12); if we asked you a question about your request, please answer it in that email thread.';

const SPOOFED_CANCEL =
  'We could not verify that this message comes from your domain (it failed DMARC), so it changed nothing. Please write from your registered address through your own mail server, or contact your account team.';

export function decideIntake(f: IntakeFacts): IntakeAction {
  const action = decideForSender(f);
  // A cancellation that fails DMARC for its From domain may come from anyone: it changes nothing.
  if (action.type === 'cancel' && f.spoofSuspected) return { type: 'refuse', ticket: null, reason: 'cancel from a possibly spoofed sender', notice: SPOOFED_CANCEL };
  return action;
}

/** The decision as if the From address were the sender's own. */
function decideForSender(f: IntakeFacts): IntakeAction {
  const { parse, sender } = f;
  // A workspace purge opened by an account deletion answers to that account's administrator as well:
  // its emails go to them and invite a "cancel", though they need not be a contact of the workspace.
  const senderIsContactOf = (t: Ticket) => isContact(findWorkspace(f.catalog, t.workspace), sender) || (t.parentId != null && t.requester === sender && isAdmin(findWorkspace(f.catalog, t.workspace), sender));
  const onTicket = (t: Ticket) => senderIsContactOf(t) || t.requester === sender;

  if (parse.kind === 'status' || parse.kind === 'cancel') {
    const targets = f.thread ? [f.thread] : f.referenced ? [f.referenced] : f.workspaceOpen;
    // Status details go to contacts of the ticket's workspace only — not to a requester who is none:
    // whether their ticket found its workspace would tell them whether the workspace exists. Anyone may
    // withdraw their own request; a cancellation reads the same whatever the ticket resolved to.
    const allowed = targets.filter((t) => (t.workspace !== null && senderIsContactOf(t)) || (parse.kind === 'cancel' && t.requester === sender));
    if (allowed.length === 0) {
      // Anyone else gets one answer, the same whether the workspace, the ticket or open tickets exist:
      // "no ticket found" to a stranger would tell them which workspaces have none.
      const mayKnow = targets.length === 0 && (parse.workspace ? isContact(findWorkspace(f.catalog, parse.workspace), sender) : !parse.ticket && isAnyContact(f.catalog, sender));
      if (!mayKnow) return { type: 'refuse', ticket: f.thread, reason: targets.length ? 'sender is not a contact of the workspace' : 'no ticket this sender may see', notice: NOT_A_CONTACT };
      return {
        type: 'refuse',
        ticket: null,
        reason: 'no ticket found',
        notice: `We could not tell which request you mean. Please reply with the ticket id (for example DEL-12, from the subject of our emails) or your workspace slug.`,
      };
    }
    if (parse.kind === 'status') return { type: 'status', tickets: allowed };
    const cancellable = allowed.filter((t) => CANCELLABLE_STATUSES.includes(t.status));
    if (cancellable.length === 0) {
      const t = allowed[0]!;
      const why = t.status === 'running' ? 'the deletion has already started and cannot be stopped safely part-way' : `it is already ${t.status.replace('_', ' ')}`;
      return { type: 'refuse', ticket: t, reason: `not cancellable (${t.status})`, notice: `${ticketRef(t.id)} can no longer be cancelled: ${why}.` };
    }
    return { type: 'cancel', tickets: cancellable };
  }

  const target = f.thread ?? (f.referenced && onTicket(f.referenced) ? f.referenced : null);
  if (target) {
    // Only the requester or a contact of the ticket's workspace may change its scope; anyone else
    // who writes into the thread (a [DEL-n] subject is easy to forge) is recorded for staff, not merged.
    if (!onTicket(target)) return { type: 'note', ticket: target };
    if (target.status === 'needs_info' || target.status === 'awaiting_approval') return { type: 'info', ticket: target };
    // A reply that names a scope on a scheduled ticket must stop it (the lifecycle sends a changed
    // scope back for confirmation and approval) rather than be filed as a note while the old scope runs.
    const namesScope = parse.workspace !== null || parse.sources.length > 0 || parse.space !== null || parse.ranges.length > 0;
    if (target.status === 'scheduled' && namesScope) return { type: 'info', ticket: target };
    if (!FINAL_STATUSES.includes(target.status) || parse.kind === 'unknown') return { type: 'note', ticket: target };
    // A new request on a closed thread is a new ticket.
    if (parse.kind === 'user_data' || parse.missing.length === 0) return { type: 'create' };
    return { type: 'note', ticket: target };
  }
  return { type: 'create' };
}

/** One message as a channel hands it over: the raw bytes and where they came from (for the log and the record). */
export interface Arrival {
  raw: Buffer;
  origin: string;
}

export type IntakeOutcomeType = 'created' | 'info' | 'note' | 'status' | 'cancelled' | 'refused' | 'ignored' | 'unanswered' | 'duplicate' | 'failed';

/** What intake did with one message, as every channel (IMAP, maildrop, `ingest`) reads it. */
export interface IntakeOutcome {
  outcome: IntakeOutcomeType;
  messageKey: string;
  ticket?: string;
  reason?: string;
  /** Nothing was recorded (the database is unavailable): leave the message and try again later. */
  retry?: boolean;
}

/**
 * Where a channel puts a message after intake, one rule for IMAP and the maildrop: a message of
 * which nothing was recorded stays where it is and is read again later (filing a good request under
 * Failed because the database was down would lose it from view); a recorded failure goes beside
 * its reason (Failed folder, `failed/`); everything else is done (Processed, `processed/`).
 */
export function intakeDisposition(outcome: IntakeOutcome): 'retry' | 'failed' | 'processed' {
  if (outcome.retry) return 'retry';
  return outcome.outcome === 'failed' ? 'failed' : 'processed';
}
