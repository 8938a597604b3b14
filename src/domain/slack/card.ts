/**
 * The ticket card staff see in SLACK_CHANNEL, as Block Kit (https://api.slack.com/reference/block-kit).
 * Pure: ticket (+ preview) in, message out. The card always shows the ticket's *current* state, so
 * re-rendering it after any change (email, CLI, another staff member) and `chat.update`-ing it is
 * idempotent, whatever order the outbox delivers notices in.
 */
import type { KnownBlock, ActionsBlock, Button } from '@slack/types';
import type { Ticket, TicketStatus } from '../ticket';
import { CANCELLABLE_STATUSES, cancellableUntil, isVerified, statusWords, ticketRef, waitsForConfirmation } from '../ticket';
import { approvalsNeeded } from '../policy';
import { formatBytes, formatCount, formatDateTime, formatDayRanges } from '../email/format';

/** action_id of each card button (bolt routes clicks by these). */
export const CARD_ACTIONS = {
  approve: 'ticket_approve',
  approveOverride: 'ticket_approve_override',
  reject: 'ticket_reject',
  edit: 'ticket_edit',
  cancel: 'ticket_cancel',
  waive: 'ticket_waive_confirmation',
} as const;

/** What execution would remove, from the archive preview (`deletion-desk preview DEL-n`). */
export type CardPreview =
  | { state: 'ready'; partitions: number; objects: number; bytes: number }
  | { state: 'failed'; error: string }
  /** No preview provider is wired, or the scope is not complete yet. */
  | { state: 'none' };

export interface SlackMessage {
  /** Fallback text: notifications, screen readers, clients without Block Kit. */
  text: string;
  blocks: KnownBlock[];
}

/** What a button carries: the ticket and a fingerprint of the scope the clicker was looking at. */
export interface ButtonValue {
  ticket: number;
  scope: string;
}

export const KIND_LABELS: Record<string, string> = {
  source_data: 'Source data deletion',
  unify_space: 'Unify space deletion',
  workspace_purge: 'Complete workspace purge',
  archive_purge: 'Archive purge (deleted workspace)',
  account_purge: 'Account deletion (every workspace the sender administers)',
  user_data: 'End-user data (self-serve)',
  status: 'Status question',
  cancel: 'Cancellation',
  unknown: 'Not understood yet',
};

const STATUS_LABELS: Record<TicketStatus, string> = {
  needs_info: ':hourglass: Waiting for the customer',
  awaiting_approval: ':large_yellow_circle: Awaiting approval',
  scheduled: ':calendar: Scheduled',
  running: ':gear: Running',
  completed: ':white_check_mark: Completed',
  partial: ':warning: Partially completed',
  failed: ':x: Failed',
  rejected: ':no_entry: Rejected',
  cancelled: ':octagonal_sign: Cancelled',
};

export function statusLabel(status: TicketStatus): string {
  return STATUS_LABELS[status];
}

/**
 * A short, stable fingerprint of the scope (FNV-1a, 32 bit). A click on a card that shows an older
 * scope than the ticket has now (an edit landed while Slack was slow to update the card) is refused
 * instead of approving something the clicker never saw.
 */
export function scopeFingerprint(t: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'>): string {
  const text = JSON.stringify([t.kind, t.workspace, t.sources, t.space, t.ranges]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function buttonValue(t: Ticket): string {
  const value: ButtonValue = { ticket: t.id, scope: scopeFingerprint(t) };
  return JSON.stringify(value);
}

export function parseButtonValue(value: string | undefined): ButtonValue | null {
  try {
    const v = JSON.parse(value ?? '') as Partial<ButtonValue>;
    return typeof v.ticket === 'number' && typeof v.scope === 'string' ? { ticket: v.ticket, scope: v.scope } : null;
  } catch {
    return null;
  }
}

/** `staff:U123` → a mention; CLI names, email addresses and the bot itself as plain words. */
export function actorText(label: string): string {
  const [type, ...rest] = label.split(':');
  const id = rest.join(':');
  if (type === 'staff') return /^[UW][A-Z0-9]{2,}$/.test(id) ? `<@${id}>` : `${id} (command line)`;
  if (type === 'email') return `${id} (by email)`;
  if (type === 'system') return `the bot (${id})`;
  return label;
}

/** Slack mrkdwn needs &, < and > escaped in text that came from outside (an email subject, a reason). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function verificationText(t: Ticket): string {
  const v = t.verification;
  const parts = [v.contact ? 'a contact of the workspace' : '*not* a contact of the workspace'];
  parts.push(v.auth === 'pass' ? 'DKIM/DMARC pass' : v.auth === 'fail' ? '*DKIM/DMARC fail*' : 'no DKIM/DMARC results');
  if (v.spoofSuspected) parts.push(v.overriddenBy ? `spoofing suspected, overridden by ${actorText(v.overriddenBy)}` : '*possibly spoofed*');
  return `${isVerified(v) ? ':white_check_mark: verified' : ':warning: *UNVERIFIED*'}: ${parts.join(', ')}`;
}

function scopeFields(t: Ticket): string[] {
  const fields = [`*Kind*\n${KIND_LABELS[t.kind] ?? t.kind}`];
  if (t.kind === 'account_purge') {
    const list = (t.accountWorkspaces ?? []).map((w) => `${escapeMrkdwn(w.name)} (${w.slug})`);
    fields.push(`*Workspaces (one purge each)*\n${list.length ? list.join('\n') : '_none: the sender administers no workspace_'}`);
  } else fields.push(`*Workspace*\n${t.workspace ?? '_unknown_'}`);
  if (t.parentId) fields.push(`*Part of*\naccount deletion ${ticketRef(t.parentId)}`);
  if (t.kind === 'source_data' || t.sources.length) fields.push(`*Sources*\n${t.sources.length ? t.sources.join(', ') : '_unknown_'}`);
  if (t.kind === 'unify_space' || t.space) fields.push(`*Space*\n${t.space ?? '_unknown_'}`);
  if (t.kind === 'source_data' || t.ranges.length) fields.push(`*UTC days*\n${t.ranges.length ? formatDayRanges(t.ranges) : '_unknown_'}`);
  const needed = approvalsNeeded(t.kind);
  fields.push(`*Approvals*\n${t.approvals.length} of ${needed}${t.approvals.length ? ` (${t.approvals.map((a) => actorText(a.by)).join(', ')})` : ''}`);
  fields.push(`*Customer confirmation*\n${confirmationText(t)}`);
  return fields;
}

/** Who confirmed the exact scope and when, or that it is pending, waived (with the reason) or off. */
export function confirmationText(t: Pick<Ticket, 'confirmation'>): string {
  const c = t.confirmation;
  const when = c.at ? formatDateTime(c.at) : '';
  switch (c.state) {
    case 'pending':
      return ':hourglass: pending: a contact of the workspace must reply "confirm"';
    case 'confirmed':
      return `:white_check_mark: confirmed by ${c.by ? actorText(c.by) : 'a contact'}${when ? `, ${when}` : ''}`;
    case 'waived':
      return `:warning: waived by ${c.by ? actorText(c.by) : 'staff'}${when ? `, ${when}` : ''}: ${escapeMrkdwn(c.reason ?? '')}`;
    case 'not_required':
      return `not required${c.reason ? ` (${escapeMrkdwn(c.reason)})` : ' (CUSTOMER_CONFIRMATION=off)'}`;
  }
}

export function previewText(preview: CardPreview): string {
  switch (preview.state) {
    case 'ready':
      return `*What would be deleted:* ${formatCount(preview.partitions)} partitions, ${formatCount(preview.objects)} objects, ${formatBytes(preview.bytes)}`;
    case 'failed':
      return `*What would be deleted:* the preview failed (${escapeMrkdwn(preview.error)}); run \`deletion-desk preview DEL-n\` before approving.`;
    case 'none':
      return '*What would be deleted:* no preview yet.';
  }
}

function timingLines(t: Ticket, now: Date): string[] {
  const lines: string[] = [];
  if (t.runAfter) {
    const later = Date.parse(t.runAfter) > now.getTime();
    lines.push(`*Runs ${later ? 'after' : 'from'}:* ${formatDateTime(t.runAfter)}`);
  }
  const until = cancellableUntil(t);
  if (until) lines.push(`*Cancellable until:* ${formatDateTime(until)} (after that the deletion is irreversible)`);
  else if (CANCELLABLE_STATUSES.includes(t.status) && (t.kind === 'workspace_purge' || t.kind === 'archive_purge' || t.kind === 'unify_space')) {
    lines.push('*Cancellable:* until the grace period after approval ends');
  }
  if (t.deadline && !['completed', 'rejected', 'cancelled'].includes(t.status)) lines.push(`*Must be finished by:* ${formatDateTime(t.deadline)} (purge deadline)`);
  return lines;
}

/** The buttons a ticket in this state offers; decided tickets offer none. */
function actionsFor(t: Ticket): ActionsBlock | null {
  const value = buttonValue(t);
  const buttons: Button[] = [];
  if (t.status === 'awaiting_approval' && !waitsForConfirmation(t)) {
    const spoof = t.verification.spoofSuspected && !t.verification.overriddenBy;
    buttons.push(
      spoof
        ? {
            type: 'button',
            action_id: CARD_ACTIONS.approveOverride,
            text: { type: 'plain_text', text: 'Approve (override spoof check)' },
            style: 'danger',
            value,
            confirm: {
              title: { type: 'plain_text', text: 'Possibly spoofed request' },
              text: { type: 'mrkdwn', text: `The sender's domain failed DMARC. Approve ${ticketRef(t.id)} only after verifying the request with the customer through another channel. Your override is audited.` },
              confirm: { type: 'plain_text', text: 'I verified it, approve' },
              deny: { type: 'plain_text', text: 'Back' },
              style: 'danger',
            },
          }
        : { type: 'button', action_id: CARD_ACTIONS.approve, text: { type: 'plain_text', text: 'Approve' }, style: 'primary', value },
    );
  }
  if (t.status === 'awaiting_approval' && t.confirmation.state === 'pending') {
    buttons.push({ type: 'button', action_id: CARD_ACTIONS.waive, text: { type: 'plain_text', text: 'Waive confirmation' }, value });
  }
  if (t.status === 'needs_info' || t.status === 'awaiting_approval' || t.status === 'scheduled') {
    buttons.push({ type: 'button', action_id: CARD_ACTIONS.reject, text: { type: 'plain_text', text: 'Reject' }, value });
    buttons.push({ type: 'button', action_id: CARD_ACTIONS.edit, text: { type: 'plain_text', text: 'Edit' }, value });
  }
  if (CANCELLABLE_STATUSES.includes(t.status)) {
    buttons.push({
      type: 'button',
      action_id: CARD_ACTIONS.cancel,
      text: { type: 'plain_text', text: 'Cancel' },
      style: 'danger',
      value,
      confirm: {
        title: { type: 'plain_text', text: `Cancel ${ticketRef(t.id)}?` },
        text: { type: 'mrkdwn', text: 'Nothing will be deleted and the customer is told by email.' },
        confirm: { type: 'plain_text', text: 'Cancel the deletion' },
        deny: { type: 'plain_text', text: 'Keep it' },
      },
    });
  }
  return buttons.length ? { type: 'actions', block_id: `ticket_actions_${t.id}`, elements: buttons } : null;
}

/** `archiveNote`: the legacy archive rule's words for staff on an archive purge (domain/legacyArchive.ts). */
export function ticketCard(t: Ticket, options: { preview: CardPreview; now: Date; heldEmails?: number; archiveNote?: string | null }): SlackMessage {
  const ref = ticketRef(t.id);
  const status = waitsForConfirmation(t) ? ":large_yellow_circle: Approved; waiting for the customer's confirmation" : statusLabel(t.status);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `${ref} · ${KIND_LABELS[t.kind] ?? t.kind}` } },
    { type: 'section', text: { type: 'mrkdwn', text: `*${status}*` } },
    { type: 'section', fields: scopeFields(t).map((text) => ({ type: 'mrkdwn' as const, text })) },
    { type: 'section', text: { type: 'mrkdwn', text: `*Requester:* ${escapeMrkdwn(t.requester)}\n${verificationText(t)}\n_created by ${actorText(t.createdBy)}, requested ${formatDateTime(t.requestedAt)}_` } },
  ];
  const words = evidenceText(t);
  if (words) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: words }] });
  const open: string[] = [];
  if (t.missing.length) open.push(`*Missing:* ${t.missing.join(', ')} (the customer was asked)`);
  for (const a of t.ambiguities) open.push(`*Unclear:* ${escapeMrkdwn(a)}`);
  if (open.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: open.join('\n') } });
  if (options.archiveNote) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `:file_cabinet: ${escapeMrkdwn(options.archiveNote)}` } });
  if (['needs_info', 'awaiting_approval', 'scheduled'].includes(t.status)) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: previewText(options.preview) } });
  }
  const timing = timingLines(t, options.now);
  if (timing.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: timing.join('\n') } });
  if (options.heldEmails) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: heldText(options.heldEmails) } });
  const outcome: string[] = [];
  if (t.rejectReason) outcome.push(`*Rejected:* ${escapeMrkdwn(t.rejectReason)}`);
  if (t.cancelledBy) outcome.push(`*Cancelled by* ${actorText(t.cancelledBy)}`);
  if (t.result) outcome.push(`*Result:* ${t.result.outcome}: ${escapeMrkdwn(t.result.summary)}`);
  for (const note of resultNotes(t)) outcome.push(`:warning: ${escapeMrkdwn(note)}`);
  if (outcome.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: outcome.join('\n') } });
  const actions = actionsFor(t);
  if (actions) blocks.push(actions);
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Only the archive${t.kind === 'unify_space' || t.kind === 'workspace_purge' ? ' and spaces' : ''} are deleted; nothing is forwarded to destinations, warehouses or third parties. · v${t.version}` }] });
  return { text: `${ref} ${KIND_LABELS[t.kind] ?? t.kind} — ${t.workspace ?? 'workspace unknown'} — ${statusWords(t)}`, blocks };
}

/** The customer's own words behind the scope (when the parser recorded them), so staff can check the reading. */
function evidenceText(t: Ticket): string | null {
  const e = t.evidence;
  if (!e) return null;
  const q = (s: string) => `"${escapeMrkdwn(s.replace(/\s+/g, ' ').trim().slice(0, 120))}"`;
  const parts = [
    e.workspace ? `workspace ${q(e.workspace)}` : '',
    ...e.sources.map((s) => `${s.slug} ${q(s.text)}`),
    e.space ? `space ${q(e.space)}` : '',
    ...e.ranges.map((r) => `${r.from === r.to ? r.from : `${r.from}..${r.to}`} ${q(r.text)}`),
  ].filter(Boolean);
  return parts.length ? `_In the customer's words:_ ${parts.join(' · ')}` : null;
}

/** Notes the executor left on the result (e.g. sources that joined the workspace after approval). */
export function resultNotes(t: Ticket): string[] {
  const notes = t.result?.notes;
  return Array.isArray(notes) ? notes.filter((n): n is string => typeof n === 'string') : [];
}

/** Mail the per-sender limit holds: staff should know the customer has not been told yet. */
export function heldText(count: number): string {
  return `:mailbox_with_no_mail: *Held:* ${count === 1 ? '1 email' : `${count} emails`} to the customer ${count === 1 ? 'waits' : 'wait'} for the per-sender reply limit; sent automatically when the hour allows.`;
}

/** What one change says in the card's thread, or null for the creation (the card itself says it). */
export function threadNote(notice: { action: string; actor: string }, t: Ticket): string | null {
  const who = actorText(notice.actor);
  switch (notice.action) {
    case 'created':
      return null;
    case 'info':
      return `:incoming_envelope: New details from ${who}; the ticket is now ${t.status.replace('_', ' ')}.`;
    case 'edited':
      return `:pencil2: Edited by ${who}. Scope now: ${[t.workspace ?? 'workspace unknown', t.sources.join(', '), t.space ?? '', formatDayRanges(t.ranges)].filter(Boolean).join(' / ')}. Approvals were reset; the customer was told what changed.`;
    case 'approved': {
      const index = t.approvals.findIndex((a) => a.by === notice.actor);
      const needed = approvalsNeeded(t.kind);
      return `:white_check_mark: Approved by ${who}${index >= 0 ? ` (${index + 1} of ${needed})` : ''}.${waitsForConfirmation(t) ? " Waiting for the customer's confirmation before it is scheduled." : ''}`;
    }
    case 'confirmed':
      return `:white_check_mark: The customer confirmed the scope (${who}); the ticket is now ${t.status === 'scheduled' ? 'scheduled' : 'waiting for approval'}.`;
    case 'confirmation_waived':
      return `:warning: The customer's confirmation was waived by ${who}: ${escapeMrkdwn(t.confirmation.reason ?? '')}.`;
    case 'rejected':
      return `:no_entry: Rejected by ${who}${t.rejectReason ? `: ${escapeMrkdwn(t.rejectReason)}` : ''}.`;
    case 'cancelled':
      return `:octagonal_sign: Cancelled by ${who}.`;
    case 'started':
      return ':gear: The deletion started.';
    case 'email_released':
      return ':outbox_tray: An email to the customer that the per-sender limit held has been sent.';
    case 'completed':
    case 'partial':
    case 'failed':
      return `:checkered_flag: Finished (${notice.action})${t.result ? `: ${escapeMrkdwn(t.result.summary)}` : '.'}${resultNotes(t).map((n) => `\n:warning: ${escapeMrkdwn(n)}`).join('')}`;
    default:
      return `${notice.action} by ${who}.`;
  }
}
