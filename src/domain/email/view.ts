/**
 * Everything a customer email template may print, computed once from the ticket. Templates stay
 * logic-light (if/each only); every date, list and sentence that needs a decision is made here, where
 * it is typed and tested.
 */
import type { Ticket } from '../ticket';
import { CANCELLABLE_STATUSES, cancellableUntil, ticketRef } from '../ticket';
import type { CatalogWorkspace } from '../catalog';
import { isContact } from '../catalog';
import { confirmScopeLines } from './confirmScope';
import { DEFAULT_POLICY, approvalsNeeded, graceDaysFor } from '../policy';
import { formatDate, formatDateTime, formatDay, joinList } from './format';
import { customerNotes, humanDays, readableChange } from './customerText';
import { glanceFor, requestTopic, type Glance } from './glance';
import { receiptView, resultSentence, type EmailAttachment, type ReceiptView } from './receiptSummary';
import type { CustomerEmail } from '../ticket';
import type { MissingQuestion } from './summary';
import { namesAny, type Audience } from './audience';
import { archivePurgeNote, LEGACY_ARCHIVE_CUTOFF } from '../legacyArchive';
import { describeScope, describeStatus, missingQuestions } from './summary';

export interface EmailContext {
  /** The ticket the email is about (for `status`, the ticket the question was filed under). */
  ticket: Ticket;
  /** Where customers write to; shown in the footer. */
  supportAddress: string;
  /** The platform's name as customers know it, e.g. "Segment". */
  productName: string;
  /** Wait before space and workspace deletions (Config GRACE_DAYS). */
  graceDays: number;
  /**
   * The `data` of the email effect: `changes: string[]` (updated, from `describeChanges`),
   * `tickets: Ticket[]` (status; defaults to `[ticket]`), `notFound: string[]` (status: ticket refs we
   * could not show to this sender).
   */
  data?: Record<string, unknown>;
  /** The ticket's workspace from the catalog, for display names next to slugs. */
  workspace?: CatalogWorkspace;
  /**
   * The subject of the customer message we answer. When set, the email is sent as a reply in that
   * thread (`Re: [DEL-12] <their subject>`); otherwise it gets its own subject (`[DEL-12] Deletion
   * scheduled …`).
   */
  replyToSubject?: string;
  /** Base URL of the product's documentation; a placeholder under the product name when unset. */
  docsUrl?: string;
  /**
   * `stranger`: the recipient is no contact of the ticket's workspace, so the email names nothing of
   * it (see audience.ts). Contacts by default.
   */
  audience?: Audience;
  /** Names the recipient may not read (other workspaces and theirs); questions and notes naming one are replaced. */
  hiddenNames?: string[];
  /** LEGACY_ARCHIVE_CUTOFF (YYYY-MM-DD); archive purges of workspaces deleted since are told so. */
  legacyArchiveCutoff?: string;
}

export type { ReceiptView, EmailAttachment } from './receiptSummary';

export interface StatusEntryView {
  ref: string;
  scope: string;
  status: string;
}

/** The object every template is rendered with. */
export interface EmailView {
  ref: string;
  /** False for an answer that concerns no ticket (id 0): no ticket id is shown or asked to be kept. */
  hasTicket: boolean;
  /** The four lines at the top of every email: status, what happens next, what the reader can do. */
  glance: Glance;
  /** What the request is about, for the subject (`data purge of acme-inc`); generic for strangers. */
  topic: string;
  /** Files sent with the email (the complete receipt); not printed by templates. */
  attachments: EmailAttachment[];
  product: string;
  supportAddress: string;
  scope: string[];
  notes: string[];
  /** What the deletion touches, completing "touches only …". */
  touches: string;
  requestedAt: string;
  graceDays: number;
  /** Space and workspace deletions: wait `graceDays`, cancellable until then. */
  waits: boolean;
  /** Earliest run for kinds that wait (requestedAt + grace), formatted. */
  earliestRun: string | null;
  twoApprovals: boolean;
  deadline: string | null;
  unverified: boolean;
  workspace: string | null;
  runAt: string | null;
  runAtDate: string | null;
  cancelUntil: string | null;
  /** A cancel would still be accepted (the job has not started). */
  cancellable: boolean;
  /** Numbered from 1 for the templates. */
  questions: (MissingQuestion & { number: number })[];
  /** More than one question: "your answers" instead of "your answer". */
  manyQuestions: boolean;
  reason: string | null;
  changes: string[];
  reapproval: boolean;
  /** Who cancelled, as flags because templates have no equality helper. */
  cancelledBy: { you: boolean; contact: boolean; staff: boolean; system: boolean; address: string | null };
  outcome: { completed: boolean; partial: boolean; failed: boolean };
  summary: string | null;
  receipt: ReceiptView | null;
  statuses: StatusEntryView[];
  manyStatuses: boolean;
  notFound: string[];
  notFoundList: string;
  /** A sentence that replaces the status list when we answer without acting (refusals). */
  notice: string | null;
  /**
   * Archive purges of a workspace deleted on or after the legacy cutoff (or not deleted): what the
   * customer should know. Only for a contact of the workspace: nothing about a workspace reaches anyone else.
   */
  archiveNote: string | null;
  userDeletionUrl: string;
  /**
   * The customer's confirmation. `ask`: this email asks the requester (a contact) to confirm the
   * scope in `lines`; `elsewhere`: the requester is not a registered contact and is told, in words
   * that are the same whatever the workspace, that a registered contact must confirm.
   */
  confirm: { ask: boolean; elsewhere: boolean; pending: boolean; lines: string[]; contactLines: string[]; requester: string };
  /**
   * Account purges: the workspace purges opened (`account_opened`: `data.children` of `{ ref, label }`)
   * and the earliest time any of them may run (the grace counts from the customer's confirmation).
   */
  account: { children: { ref: string; label: string }[]; earliestRun: string | null } | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function buildEmailView(ctx: EmailContext, template: CustomerEmail = 'status'): EmailView {
  const full = fullView(ctx);
  const view = ctx.audience === 'stranger' ? strangerView(full) : ctx.hiddenNames?.length ? withoutHiddenNames(full, ctx.hiddenNames) : full;
  const manyQuestions = view.questions.length > 1;
  const glance = glanceFor(template, {
    ...view,
    receiptFile: Boolean(view.receipt?.file),
    questionCount: view.questions.length,
  });
  return { ...view, glance, manyQuestions };
}

/**
 * What a stranger may read: that we received something, where it stands, and staff's own words (a
 * reject reason, a notice) — never the scope, questions about it, notes, a receipt or another
 * person's address. Every such answer reads the same whatever the catalog holds.
 */
function strangerView(view: EmailView): EmailView {
  return {
    ...view,
    scope: ['The request you wrote to us about. Its details are shared only with the registered contacts of the workspace.'],
    notes: [],
    questions: [],
    changes: [],
    workspace: null,
    unverified: true,
    summary: null,
    receipt: null,
    attachments: [],
    topic: requestTopic({ kind: 'unknown', workspace: null }, true),
    statuses: [],
    manyStatuses: false,
    notFound: [],
    notFoundList: '',
    cancelledBy: { ...view.cancelledBy, address: null, contact: false, system: view.cancelledBy.system || view.cancelledBy.contact },
  };
}

/** A contact's email, minus questions and notes that name other customers. */
function withoutHiddenNames(view: EmailView, hidden: string[]): EmailView {
  let replaced = false;
  const questions: EmailView['questions'] = [];
  for (const q of view.questions) {
    if (!namesAny(`${q.question} ${q.example}`, hidden)) {
      questions.push(q);
    } else if (!replaced) {
      replaced = true;
      questions.push({ field: 'ambiguity', question: GENERIC_QUESTION, example: '', number: 0 });
    }
  }
  return {
    ...view,
    questions: questions.map((q, i) => ({ ...q, number: i + 1 })),
    notes: view.notes.filter((n) => !namesAny(n, hidden)),
    topic: namesAny(view.topic, hidden) ? requestTopic({ kind: 'unknown', workspace: null }, true) : view.topic,
    scope: view.scope.map((line) => (namesAny(line, hidden) ? 'Part of the request we could not match to your workspace yet.' : line)),
  };
}

const GENERIC_QUESTION =
  'Which workspace, sources and days do you mean? Part of your request does not clearly match your workspace: please reply with your workspace slug (Settings → General), the source slugs (Connections → Sources) and the first and last UTC day, with the month written out.';

function fullView(ctx: EmailContext): EmailView {
  const t = ctx.ticket;
  const grace = graceDaysFor(t.kind, { ...DEFAULT_POLICY, graceDays: ctx.graceDays });
  const cancelUntil = cancellableUntil(t);
  const product = ctx.productName.trim() || 'the platform';
  const docsUrl = (ctx.docsUrl ?? `https://docs.${slugify(product)}.example`).replace(/\/+$/, '');
  const data = ctx.data ?? {};
  const statuses = statusLines(data.tickets, t);
  const notFound = stringList(data.notFound);
  const receipt = receiptView(t.result?.receipt, ticketRef(t.id), ctx.workspace);
  return {
    ref: ticketRef(t.id),
    hasTicket: t.id > 0,
    // Replaced by buildEmailView, which knows the template and the questions left after filtering.
    glance: { status: '', next: '', action: '', accent: '' },
    manyQuestions: false,
    topic: requestTopic(t, false),
    attachments: receipt?.attachment ? [receipt.attachment] : [],
    product,
    supportAddress: ctx.supportAddress,
    scope: describeScope(t, ctx.workspace),
    notes: customerNotes(t.notes),
    touches: touchesFor(t.kind),
    requestedAt: formatDateTime(t.requestedAt),
    graceDays: ctx.graceDays,
    waits: grace > 0,
    earliestRun: earliestRunAfter(t.requestedAt, grace),
    twoApprovals: approvalsNeeded(t.kind) > 1,
    deadline: t.deadline ? formatDate(t.deadline) : null,
    unverified: !t.verification.contact,
    workspace: t.workspace,
    runAt: t.runAfter ? formatDateTime(t.runAfter) : null,
    // The subject's date: short, since a phone shows about 40 characters of a subject.
    runAtDate: t.runAfter ? formatDay(t.runAfter.slice(0, 10)) : null,
    cancelUntil: cancelUntil ? formatDateTime(cancelUntil) : null,
    cancellable: CANCELLABLE_STATUSES.includes(t.status),
    questions: missingQuestions(t, ctx.workspace).map((q, i) => ({ ...q, number: i + 1 })),
    reason: t.rejectReason,
    changes: stringList(data.changes).map(readableChange).filter((c): c is string => c !== null),
    reapproval: t.status === 'awaiting_approval' || t.status === 'needs_info',
    cancelledBy: cancelledBy(t),
    outcome: outcomeFlags(t),
    summary: resultSentence(t.result, ctx.workspace),
    receipt: receipt?.view ?? null,
    statuses,
    manyStatuses: statuses.length > 1,
    notFound,
    notFoundList: joinList(notFound),
    notice: typeof data.notice === 'string' && data.notice.trim() ? data.notice.trim() : null,
    archiveNote: (t.verification.contact && archivePurgeNote(t.kind, ctx.workspace, ctx.legacyArchiveCutoff ?? LEGACY_ARCHIVE_CUTOFF)?.customer) || null,
    userDeletionUrl: `${docsUrl}/privacy/user-deletion-and-suppression/`,
    confirm: confirmView(t, ctx.workspace),
    account: t.kind === 'account_purge' ? accountView(t, data, ctx.graceDays) : null,
  };
}

/** One line per ticket in a status answer. */
function statusLines(tickets: unknown, t: Ticket): EmailView['statuses'] {
  return ticketList(tickets, t).map((s) => ({
    ref: ticketRef(s.id),
    scope: describeScope(s).join(' '),
    status: describeStatus(s, approvalsNeeded(s.kind)),
  }));
}

/** The end of the waiting period counted from the request, when there is one. */
function earliestRunAfter(requestedAt: string, grace: number): string | null {
  const requested = Date.parse(requestedAt);
  return grace > 0 && Number.isFinite(requested) ? formatDateTime(new Date(requested + grace * DAY_MS)) : null;
}

function outcomeFlags(t: Ticket): EmailView['outcome'] {
  const outcome = t.result?.outcome ?? (t.status === 'partial' || t.status === 'failed' ? t.status : 'completed');
  return { completed: outcome === 'completed', partial: outcome === 'partial', failed: outcome === 'failed' };
}

function accountView(t: Ticket, data: Record<string, unknown>, graceDays: number): EmailView['account'] {
  const children = (Array.isArray(data.children) ? data.children : []).filter((c): c is { ref: string; label: string } => isRecord(c) && typeof c.ref === 'string' && typeof c.label === 'string');
  const confirmedAt = t.confirmation?.at ? Date.parse(t.confirmation.at) : NaN;
  return { children, earliestRun: Number.isFinite(confirmedAt) ? formatDateTime(new Date(confirmedAt + graceDays * DAY_MS)) : null };
}

function confirmView(t: Ticket, workspace: CatalogWorkspace | undefined): EmailView['confirm'] {
  const pending = t.confirmation?.state === 'pending';
  const requesterIsContact = isContact(workspace, t.requester);
  return {
    // An account purge is asked of its requester: its list is the workspaces that address administers.
    ask: pending && t.status === 'awaiting_approval' && (requesterIsContact || t.kind === 'account_purge'),
    elsewhere: pending && (t.status === 'awaiting_approval' || t.status === 'needs_info') && !requesterIsContact && t.kind !== 'account_purge',
    pending,
    lines: t.status === 'awaiting_approval' ? confirmScopeLines(t, workspace) : [],
    contactLines: t.status === 'awaiting_approval' ? confirmScopeLines(t, workspace, 'contact') : [],
    requester: t.requester,
  };
}

function touchesFor(kind: Ticket['kind']): string {
  switch (kind) {
    case 'unify_space':
      return 'the data stored for that Unify space';
    case 'workspace_purge':
      return "the raw event data in our archive and the workspace's Unify spaces";
    case 'account_purge':
      return "the raw event data in our archive and the Unify spaces of each workspace";
    default:
      return 'the raw event data in our archive';
  }
}

function cancelledBy(t: Ticket): EmailView['cancelledBy'] {
  const none = { you: false, contact: false, staff: false, system: false, address: null };
  const by = t.cancelledBy;
  if (!by) return none;
  if (by === `email:${t.requester}`) return { ...none, you: true };
  // Another contact of the workspace: the requester should know who, since anyone on the ticket may cancel.
  if (by.startsWith('email:')) return { ...none, contact: true, address: by.slice('email:'.length) };
  // Staff Slack ids mean nothing to a customer and are not theirs to see.
  if (by.startsWith('staff:')) return { ...none, staff: true };
  return { ...none, system: true };
}

function ticketList(value: unknown, fallback: Ticket): Ticket[] {
  if (!Array.isArray(value)) return [fallback];
  return value.filter((t): t is Ticket => isRecord(t) && typeof t.id === 'number' && typeof t.status === 'string' && typeof t.kind === 'string');
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'platform';
}
