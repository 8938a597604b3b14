/**
 * The top of every email, read on a phone before anything else: the ticket, where it stands, what
 * happens next and what the reader can do — four short lines, so nobody has to read the whole email
 * to know whether they must act. Also the topic of the subject, which says the status first
 * (`[DEL-12] Completed: data purge of acme-inc`) so an inbox list shows where a request stands.
 * Pure; computed from the view so it can never disagree with the body below it.
 */
import type { CustomerEmail, Ticket } from '../ticket';

export interface Glance {
  status: string;
  next: string;
  action: string;
  /** Colour of the status line: green done, amber waiting on someone, red stopped, blue information. */
  accent: string;
}

/** What the glance reads from the view (a subset, so this file does not depend on all of view.ts). */
export interface GlanceInput {
  waits: boolean;
  earliestRun: string | null;
  runAt: string | null;
  cancelUntil: string | null;
  cancellable: boolean;
  reapproval: boolean;
  confirm: { ask: boolean; elsewhere: boolean; pending: boolean };
  outcome: { completed: boolean; partial: boolean; failed: boolean };
  account: { earliestRun: string | null } | null;
  manyStatuses: boolean;
  /** A refusal answered without acting (status emails): replaces the status list. */
  notice: string | null;
  receiptFile: boolean;
  questionCount: number;
}

const GREEN = '#1a7f37';
const AMBER = '#9a6700';
const RED = '#cf222e';
const BLUE = '#0969da';

export function glanceFor(template: CustomerEmail, v: GlanceInput): Glance {
  switch (template) {
    case 'received':
      return receivedGlance(v);
    case 'needs_info':
      return { status: 'We need your answer', next: 'Nothing happens, and nothing is deleted, until you answer.', action: `Reply with your ${v.questionCount === 1 ? 'answer to the question' : `answers to the ${v.questionCount} questions`} below.`, accent: AMBER };
    case 'scheduled':
      return scheduledGlance(v);
    case 'rejected':
      return { status: 'Not approved: nothing was deleted', next: 'Nothing further happens on this request.', action: 'Reply if you can give us what is missing, or send a new request.', accent: RED };
    case 'cancelled':
      return { status: 'Cancelled: nothing was deleted', next: 'Nothing further happens on this request.', action: 'Send a new request if you still want this data deleted.', accent: RED };
    case 'updated':
      return updatedGlance(v);
    case 'completed':
      return completedGlance(v);
    case 'status':
      if (v.notice) return { status: 'Our answer to your message', next: 'Nothing was changed.', action: 'Reply with any question.', accent: BLUE };
      return { status: v.manyStatuses ? 'Status of your requests' : 'Status of your request', next: 'Where each request stands is below.', action: 'Reply with any question.', accent: BLUE };
    case 'user_data':
      return { status: 'End-user data: please use the self-serve flow', next: 'This ticket deletes nothing; our support team knows about your request.', action: "Use your workspace's User Deletion and Suppression settings (steps below).", accent: BLUE };
    case 'confirm':
      return { status: 'Please confirm a deletion request', next: 'Nothing is deleted until a registered contact confirms and our team approves.', action: 'Reply "confirm" if you expected it, or "cancel" if you did not.', accent: AMBER };
    case 'not_a_contact':
      return { status: 'Received', next: 'A registered contact of the workspace must confirm before anything happens.', action: 'Ask a registered contact of the workspace to write to us.', accent: AMBER };
    case 'account_opened':
      return {
        status: 'Confirmed: one workspace purge per workspace',
        next: `Each is approved by our team and runs ${v.account?.earliestRun ? `not before ${v.account.earliestRun}` : 'after the waiting period'}.`,
        action: 'Reply "cancel" before then to stop all of them.',
        accent: BLUE,
      };
    case 'account_not_admin':
      return { status: 'Not accepted: nothing was deleted', next: 'Nothing further happens on this request.', action: "Write again from a workspace administrator's address.", accent: RED };
  }
}

function receivedGlance(v: GlanceInput): Glance {
  const runs = v.waits ? (v.earliestRun ? `not before ${v.earliestRun}` : 'after the waiting period') : 'at once';
  if (v.account) {
    return { status: 'Received: waiting for your confirmation', next: 'Once you confirm, we open one workspace purge per workspace; each is approved by our team and waits before it runs.', action: 'Reply "confirm" if the list below is right, or reply with a correction.', accent: AMBER };
  }
  if (v.confirm.ask) {
    return { status: 'Received: please confirm', next: `Once you confirm and our team approves it, it runs ${runs}.`, action: 'Reply "confirm" if the scope below is right, or reply with a correction.', accent: AMBER };
  }
  if (v.confirm.elsewhere) {
    return { status: 'Received: waiting for a registered contact', next: 'A registered contact of the workspace must confirm it; then our team reviews it.', action: 'Ask a registered contact of the workspace to confirm it.', accent: AMBER };
  }
  return {
    status: 'Received: waiting for approval',
    next: `Our team reviews it; once approved it runs ${runs}.`,
    action: v.waits ? 'Reply "cancel" to stop it before it runs, or reply if anything below is wrong.' : 'Reply if anything below is wrong.',
    accent: BLUE,
  };
}

function scheduledGlance(v: GlanceInput): Glance {
  if (!v.waits) return { status: 'Approved: running now', next: 'We email you a receipt when it is done.', action: 'Nothing to do. It can no longer be stopped.', accent: BLUE };
  return {
    status: `Scheduled: runs ${v.runAt ?? 'soon'}`,
    next: 'We email you when it is done.',
    action: v.cancelUntil ? `Reply "cancel" before ${v.cancelUntil} to stop it.` : 'Nothing to do.',
    accent: BLUE,
  };
}

function updatedGlance(v: GlanceInput): Glance {
  return {
    status: 'Updated by our team',
    next: v.confirm.ask ? 'Once you confirm and our team approves, it runs.' : v.reapproval ? 'Our team approves the updated request before it runs.' : v.runAt ? `It runs ${v.runAt}.` : 'We email you when it is scheduled.',
    action: v.confirm.ask ? 'Reply "confirm" if the new scope is right, or reply with a correction.' : v.cancellable ? 'Reply with a correction, or "cancel" to stop it.' : 'Reply if this is not what you want.',
    accent: v.confirm.ask ? AMBER : BLUE,
  };
}

function completedGlance(v: GlanceInput): Glance {
  if (v.outcome.partial) return { status: 'Partly completed', next: 'Our team has been alerted; they finish the rest or contact you.', action: 'Nothing to do now. Keep this email: it is your receipt so far.', accent: AMBER };
  if (v.outcome.failed) return { status: 'Could not be completed', next: 'Our team has been alerted and will contact you.', action: 'Nothing to do now; reply if you have a question.', accent: RED };
  return { status: 'Completed', next: 'Nothing more: the deletion is done.', action: `Keep this email as your receipt${v.receiptFile ? ' (the complete list is attached)' : ''}.`, accent: GREEN };
}

/**
 * What the request is about, for the subject: `data purge of acme-inc`. Someone who is not a contact
 * of the workspace reads the same words whatever they asked (`your data deletion request`).
 */
export function requestTopic(t: Pick<Ticket, 'kind' | 'workspace'>, stranger: boolean): string {
  const ws = stranger ? null : t.workspace;
  if (t.kind === 'account_purge') return 'account deletion';
  if (!ws) return 'your data deletion request';
  switch (t.kind) {
    case 'source_data':
      return `source data of ${ws}`;
    case 'unify_space':
      return `Unify space of ${ws}`;
    case 'workspace_purge':
      return `data purge of ${ws}`;
    case 'archive_purge':
      return `archive purge of ${ws}`;
    default:
      return `deletion request for ${ws}`;
  }
}
