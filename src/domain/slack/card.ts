/**
 * The ticket card staff see in SLACK_CHANNEL, as Block Kit (https://api.slack.com/reference/block-kit).
 * Pure: ticket (+ preview) in, message out. The card always shows the ticket's *current* state, so
 * re-rendering it after any change (email, CLI, another staff member) and `chat.update`-ing it is
 * idempotent, whatever order the outbox delivers notices in.
 */
import type { KnownBlock, ActionsBlock, Button, ConfirmationDialog } from '@slack/types';
import type { Ticket, TicketStatus } from '../ticket';
import { CANCELLABLE_STATUSES, cancellableUntil, statusWords, ticketRef, waitsForConfirmation } from '../ticket';
import { approvalsNeeded, DEFAULT_POLICY } from '../policy';
import type { CatalogWorkspace } from '../catalog';
import { formatBytes, formatCount, plural } from '../email/format';
import { boundedLines, clip, escapeMrkdwn, rangeDays, rangesText, scopeLine, shortDateTime, shortDay } from './text';

/** Re-exported: callers have always found it next to the card. */
export { escapeMrkdwn };

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
  | { state: 'ready'; partitions: number; objects: number; bytes: number; breakdown?: PreviewCount[]; truncated?: number }
  | { state: 'failed'; error: string }
  /** No preview provider is wired, or the scope is not complete yet. */
  | { state: 'none' };

/** One partition of the preview: a source (or `space: <name>`) and a UTC day (or `all`). */
export interface PreviewCount {
  source: string;
  day: string;
  objects: number;
  bytes: number;
}

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
  if (type === 'staff') return /^[UW][A-Z0-9]{2,}$/.test(id) ? `<@${id}>` : `${escapeMrkdwn(id)} (command line)`;
  if (type === 'email') return `${escapeMrkdwn(id)} (by email)`;
  if (type === 'system') return `the bot (${escapeMrkdwn(id)})`;
  return escapeMrkdwn(label);
}

/**
 * How sure we are that the requester may ask, in honest words: a contact whose mail carried no
 * DKIM/DMARC result is a contact whose sender was not authenticated, not "verified".
 */
export function verificationText(t: Pick<Ticket, 'verification' | 'workspace' | 'createdBy'>): string {
  const v = t.verification;
  const byStaff = t.createdBy.startsWith('staff:');
  const who = !t.workspace ? 'not judged yet: no workspace named' : v.contact ? 'contact of the workspace' : '*not a contact* of the workspace';
  const auth = v.auth === 'pass' ? 'sender authenticated (DKIM/DMARC pass)' : v.auth === 'fail' ? '*DKIM/DMARC failed*' : byStaff ? 'taken by staff, no email to authenticate' : 'sender not authenticated (no DKIM/DMARC results)';
  const spoof = v.spoofSuspected ? (v.overriddenBy ? `; spoofing suspected, overridden by ${actorText(v.overriddenBy)}` : '; *possibly spoofed*') : '';
  const icon = !v.contact || v.auth === 'fail' || (v.spoofSuspected && !v.overriddenBy) ? ':warning:' : v.auth === 'pass' ? ':white_check_mark:' : ':large_yellow_circle:';
  const label = !v.contact || v.auth === 'fail' || v.spoofSuspected ? '*UNVERIFIED*: ' : '';
  return `${icon} ${label}${who}; ${auth}${spoof}`;
}

/** `Acme Inc (acme-inc, id ws_1)`; the slug alone when the catalog does not know it. */
export function workspaceText(slug: string | null, ws: Pick<CatalogWorkspace, 'name' | 'id'> | null | undefined): string {
  if (!slug) return '_not known yet_';
  if (ws === undefined) return escapeMrkdwn(slug);
  if (ws === null) return `${escapeMrkdwn(slug)} _(not in the catalog)_`;
  return `${escapeMrkdwn(ws.name)} (${escapeMrkdwn(slug)}, id \`${escapeMrkdwn(ws.id)}\`)`;
}

const FIELD_MAX = 1900;

function scopeFields(t: Ticket, ws: CatalogWorkspace | null | undefined): string[] {
  const fields = [`*Kind*\n${KIND_LABELS[t.kind] ?? t.kind}`];
  if (t.kind === 'account_purge') {
    const list = (t.accountWorkspaces ?? []).map((w) => `${escapeMrkdwn(w.name)} (${escapeMrkdwn(w.slug)})`);
    fields.push(`*Workspaces (one purge each)*\n${list.length ? boundedLines(list, FIELD_MAX, { noun: 'workspaces' }) : '_none: the sender administers no workspace_'}`);
  } else fields.push(`*Workspace*\n${clip(workspaceText(t.workspace, ws), FIELD_MAX)}`);
  if (t.parentId) fields.push(`*Part of*\naccount deletion ${ticketRef(t.parentId)}`);
  if (t.kind === 'source_data' || t.sources.length) {
    fields.push(`*Sources*\n${t.sources.length ? boundedLines(t.sources.map((s) => sourceName(s, ws)), FIELD_MAX, { sep: ', ', noun: 'sources' }) : '_not known yet_'}`);
  }
  if (t.kind === 'unify_space' || t.space) fields.push(`*Space*\n${t.space ? escapeMrkdwn(t.space) : '_not known yet_'}`);
  if (t.kind === 'source_data' || t.ranges.length) fields.push(`*Days*\n${t.ranges.length ? rangesText(t.ranges, FIELD_MAX) : '_not known yet_'}`);
  const needed = approvalsNeeded(t.kind);
  if (needed > 0) fields.push(`*Approvals*\n${t.approvals.length} of ${needed}${t.approvals.length ? ` (${t.approvals.map((a) => actorText(a.by)).join(', ')})` : ''}`);
  fields.push(`*Customer confirmation*\n${clip(confirmationText(t), FIELD_MAX)}`);
  return fields;
}

function sourceName(slug: string, ws: CatalogWorkspace | null | undefined): string {
  const s = ws?.sources.find((x) => x.slug === slug);
  return s && s.name !== slug ? `${escapeMrkdwn(s.name)} (${escapeMrkdwn(slug)})` : escapeMrkdwn(slug);
}

/** What a workspace purge removes: every source and space the catalog lists for it now. */
function purgeScopeText(t: Ticket, ws: CatalogWorkspace | null | undefined): string | null {
  if (t.kind !== 'workspace_purge' && t.kind !== 'archive_purge') return null;
  if (!ws) return t.workspace && ws === null ? `*Removes:* everything of ${escapeMrkdwn(t.workspace)} in the archive; the catalog does not list its sources and spaces.` : null;
  const sources = ws.sources.map((s) => sourceName(s.slug, ws));
  const spaces = ws.spaces.map((s) => escapeMrkdwn(s.name));
  const lines = [
    `*Removes every source (${formatCount(sources.length)}):* ${sources.length ? boundedLines(sources, 1300, { sep: ', ', noun: 'sources' }) : '_none listed_'}`,
    ...(t.kind === 'workspace_purge' ? [`*And every space (${formatCount(spaces.length)}):* ${spaces.length ? boundedLines(spaces, 1300, { sep: ', ', noun: 'spaces' }) : '_none listed_'}`] : []),
  ];
  return lines.join('\n');
}

/** Who confirmed the exact scope and when, or that it is pending, waived (with the reason) or off. */
export function confirmationText(t: Pick<Ticket, 'confirmation'>): string {
  const c = t.confirmation;
  const when = c.at ? shortDateTime(c.at) : '';
  switch (c.state) {
    case 'pending':
      return ':hourglass: pending: a contact of the workspace must reply "confirm"';
    case 'confirmed':
      return `:white_check_mark: confirmed by ${c.by ? actorText(c.by) : 'a contact'}${when ? `, ${when}` : ''}`;
    case 'waived':
      return `:warning: waived by ${c.by ? actorText(c.by) : 'staff'}${when ? `, ${when}` : ''}: ${clip(escapeMrkdwn(c.reason ?? ''), 600)}`;
    case 'not_required':
      return `not required${c.reason ? ` (${clip(escapeMrkdwn(c.reason), 300)})` : ' (customer confirmation is turned off)'}`;
  }
}

/** One source's partitions in the preview, summed, with its days. */
interface SourceCounts {
  source: string;
  objects: number;
  bytes: number;
  days: { day: string; objects: number; bytes: number }[];
}

function bySource(partitions: readonly PreviewCount[]): SourceCounts[] {
  const map = new Map<string, SourceCounts>();
  for (const p of partitions) {
    const s = map.get(p.source) ?? { source: p.source, objects: 0, bytes: 0, days: [] };
    s.objects += p.objects;
    s.bytes += p.bytes;
    s.days.push({ day: p.day, objects: p.objects, bytes: p.bytes });
    map.set(p.source, s);
  }
  return [...map.values()].sort((a, b) => a.source.localeCompare(b.source));
}

const PER_SOURCE_DAYS = 8;

/** The preview as staff read it: totals, then per source and day, with the places where nothing is stored flagged. */
export function previewText(preview: CardPreview, scopeSources: readonly string[] = []): string {
  switch (preview.state) {
    case 'failed':
      return `*What would be deleted:* the preview failed (${clip(escapeMrkdwn(preview.error), 1500)}); run \`deletion-desk preview DEL-n\` before approving.`;
    case 'none':
      return '*What would be deleted:* no preview yet.';
    case 'ready': {
      const head = `*What would be deleted:* ${plural(preview.objects, 'object')}, ${formatBytes(preview.bytes)} in ${plural(preview.partitions, 'partition')}`;
      if (preview.objects === 0) return `${head}\n:warning: *Nothing stored there:* approving deletes nothing. Check the scope with the customer.`;
      const breakdown = preview.breakdown;
      if (!breakdown) return head;
      const sources = bySource(breakdown);
      const seen = new Set(sources.map((s) => s.source));
      const lines = sources.map((s) => {
        if (s.objects === 0) return `• *${escapeMrkdwn(s.source)}*: :warning: nothing stored there (${plural(s.days.length, 'partition')}, 0 objects)`;
        const days = s.days.filter((d) => d.day !== 'all');
        const shown = days.slice(0, PER_SOURCE_DAYS).map((d) => `${shortDay(d.day)}: ${d.objects === 0 ? 'nothing stored' : formatCount(d.objects)}`);
        const more = days.length > PER_SOURCE_DAYS ? `, …and ${formatCount(days.length - PER_SOURCE_DAYS)} more days` : '';
        return `• *${escapeMrkdwn(s.source)}*: ${plural(s.objects, 'object')}, ${formatBytes(s.bytes)}${shown.length ? ` — ${shown.join(', ')}${more}` : ''}`;
      });
      for (const s of scopeSources) if (!seen.has(s) && (preview.truncated ?? 0) === 0) lines.push(`• *${escapeMrkdwn(s)}*: :warning: nothing stored there`);
      const cut = preview.truncated ? `\n_(counts per source cover the first ${formatCount(breakdown.length)} partitions; the total covers all)_` : '';
      return `${head}\n${boundedLines(lines, 2700 - head.length - cut.length, { noun: 'sources' })}${cut}`;
    }
  }
}

/** When an approval now would let the ticket run (request + grace for purges; at once for source data). */
function runTimeIfApproved(t: Ticket, graceDays: number): string {
  const grace = t.kind === 'unify_space' || t.kind === 'workspace_purge' || t.kind === 'archive_purge' ? graceDays : 0;
  return new Date(Date.parse(t.requestedAt) + grace * 86_400_000).toISOString();
}

/**
 * What the Approve button will do, said before anyone clicks it: record one of two approvals, wait for
 * the customer, delete now (irreversible), or schedule after the grace period (cancellable until then).
 */
export function approveEffect(t: Ticket, now: Date, graceDays = DEFAULT_POLICY.graceDays): { line: string; runsNow: boolean } | null {
  if (t.status !== 'awaiting_approval' || waitsForConfirmation(t) || t.kind === 'account_purge') return null;
  const needed = approvalsNeeded(t.kind);
  if (t.approvals.length + 1 < needed) {
    return { line: `*Approve* records your approval (${t.approvals.length + 1} of ${needed}); a second staff member must approve too. Nothing is deleted yet.`, runsNow: false };
  }
  if (t.confirmation.state === 'pending') {
    return { line: "*Approve* completes the approvals; nothing runs until a contact of the workspace confirms the scope (or staff waive it).", runsNow: false };
  }
  const runAt = runTimeIfApproved(t, graceDays);
  if (Date.parse(runAt) <= now.getTime()) {
    const late = t.kind === 'source_data' ? '' : ` (the ${graceDays}-day grace from the request ended ${shortDateTime(runAt)})`;
    return { line: `:rotating_light: *Approve deletes now — irreversible*${late}.`, runsNow: true };
  }
  return { line: `*Approve* schedules it: runs after ${shortDateTime(runAt)} (${graceDays} days from the request), cancellable until then.`, runsNow: false };
}

/** The words of the Approve confirmation: the scope and what the preview counted (plain text, ≤300). */
function approveConfirm(t: Ticket, ws: CatalogWorkspace | null | undefined, preview: CardPreview, effect: { runsNow: boolean }, now: Date, graceDays: number): ConfirmationDialog {
  const name = ws ? `${ws.name} (${t.workspace})` : (t.workspace ?? 'an unknown workspace');
  const days = t.ranges.reduce((n, r) => n + rangeDays(r), 0);
  const scope =
    t.kind === 'source_data'
      ? `${t.sources.length && t.sources.length <= 3 ? t.sources.join(', ') : plural(t.sources.length, 'source')} of ${name}, ${plural(days, 'day')} in ${plural(t.ranges.length, 'range')}`
      : t.kind === 'unify_space'
        ? `the space ${t.space ?? '?'} of ${name}`
        : t.kind === 'archive_purge'
          ? `everything left in the archive of ${name}`
          : `the whole workspace ${name}${ws ? `: ${plural(ws.sources.length, 'source')} and ${plural(ws.spaces.length, 'space')}` : ''}`;
  const counts = preview.state === 'ready' ? `${plural(preview.objects, 'object')}, ${formatBytes(preview.bytes)}` : preview.state === 'failed' ? 'the preview failed, so nothing was counted' : 'nothing counted yet (no preview)';
  const when = effect.runsNow
    ? 'This deletes now and cannot be undone.'
    : t.approvals.length + 1 < approvalsNeeded(t.kind)
      ? 'This records your approval; a second staff member must approve too.'
      : t.confirmation.state === 'pending'
        ? 'Nothing runs until a contact of the workspace confirms the scope (or staff waive it).'
        : `Runs after ${shortDateTime(runTimeIfApproved(t, graceDays))}; cancellable until then.`;
  void now;
  return {
    title: { type: 'plain_text', text: clip(`Approve ${ticketRef(t.id)}?`, 100) },
    text: { type: 'plain_text', text: clip(`${when} Scope: ${scope}. Counted: ${counts}.`, 300) },
    confirm: { type: 'plain_text', text: effect.runsNow ? 'Delete now' : 'Approve' },
    deny: { type: 'plain_text', text: 'Back' },
    ...(effect.runsNow ? { style: 'danger' as const } : {}),
  };
}

function timingLines(t: Ticket, now: Date, graceDays: number): string[] {
  const lines: string[] = [];
  const effect = approveEffect(t, now, graceDays);
  if (effect) lines.push(effect.line);
  if (t.runAfter) {
    const later = Date.parse(t.runAfter) > now.getTime();
    lines.push(`*Runs ${later ? 'after' : 'from'}:* ${shortDateTime(t.runAfter)}`);
  }
  const until = cancellableUntil(t);
  if (until) lines.push(`*Cancellable until:* ${shortDateTime(until)} (after that the deletion is irreversible)`);
  else if (!effect && CANCELLABLE_STATUSES.includes(t.status) && (t.kind === 'workspace_purge' || t.kind === 'archive_purge' || t.kind === 'unify_space')) {
    lines.push(`*Cancellable:* until it runs, ${graceDays} days after the request (${shortDateTime(runTimeIfApproved(t, graceDays))}) at the earliest`);
  }
  if (t.deadline && !['completed', 'rejected', 'cancelled'].includes(t.status)) lines.push(`*Must be finished by:* ${shortDateTime(t.deadline)} (purge deadline)`);
  return lines;
}

interface CardContext {
  ws: CatalogWorkspace | null | undefined;
  preview: CardPreview;
  now: Date;
  graceDays: number;
}

/** The buttons a ticket in this state offers; decided tickets offer none. */
function actionsFor(t: Ticket, c: CardContext): ActionsBlock | null {
  const value = buttonValue(t);
  const buttons: Button[] = [];
  const effect = approveEffect(t, c.now, c.graceDays);
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
              ...approveConfirm(t, c.ws, c.preview, effect ?? { runsNow: false }, c.now, c.graceDays),
              title: { type: 'plain_text', text: 'Possibly spoofed request' },
              text: { type: 'plain_text', text: clip(`The sender's domain failed DMARC: approve only after verifying the request with the customer another way; your override is audited. ${approveConfirm(t, c.ws, c.preview, effect ?? { runsNow: false }, c.now, c.graceDays).text.text}`, 300) },
              confirm: { type: 'plain_text', text: 'I verified it, approve' },
              style: 'danger',
            },
          }
        : { type: 'button', action_id: CARD_ACTIONS.approve, text: { type: 'plain_text', text: 'Approve' }, style: 'primary', value, confirm: approveConfirm(t, c.ws, c.preview, effect ?? { runsNow: false }, c.now, c.graceDays) },
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
        text: { type: 'plain_text', text: 'Nothing will be deleted and the customer is told by email.' },
        confirm: { type: 'plain_text', text: 'Cancel the deletion' },
        deny: { type: 'plain_text', text: 'Keep it' },
      },
    });
  }
  return buttons.length ? { type: 'actions', block_id: `ticket_actions_${t.id}`, elements: buttons } : null;
}

const SECTION_MAX = 2900;

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, SECTION_MAX) } };
}

export interface CardOptions {
  preview: CardPreview;
  now: Date;
  heldEmails?: number;
  /** The legacy archive rule's words for staff on an archive purge (domain/legacyArchive.ts). */
  archiveNote?: string | null;
  /** The ticket's workspace in the catalog (its name and id, its sources and spaces). */
  workspace?: CatalogWorkspace | null;
  /** GRACE_DAYS: how long after the request a purge may run. */
  graceDays?: number;
}

export function ticketCard(t: Ticket, options: CardOptions): SlackMessage {
  const ref = ticketRef(t.id);
  const ws = options.workspace;
  const c: CardContext = { ws, preview: options.preview, now: options.now, graceDays: options.graceDays ?? DEFAULT_POLICY.graceDays };
  const status = waitsForConfirmation(t) ? ":large_yellow_circle: Approved; waiting for the customer's confirmation" : statusLabel(t.status);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(`${ref} · ${KIND_LABELS[t.kind] ?? t.kind}`, 150) } },
    section(`*${status}*`),
    { type: 'section', fields: scopeFields(t, ws).map((text) => ({ type: 'mrkdwn' as const, text: clip(text, 2000) })) },
  ];
  const purge = purgeScopeText(t, ws);
  if (purge) blocks.push(section(purge));
  blocks.push(section(`*Requester:* ${escapeMrkdwn(t.requester)}\n${verificationText(t)}\n_created by ${actorText(t.createdBy)}, requested ${shortDateTime(t.requestedAt)}_`));
  const words = evidenceText(t);
  if (words) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: words }] });
  const open: string[] = [];
  if (t.missing.length) open.push(`*Missing:* ${escapeMrkdwn(t.missing.join(', '))} (the customer was asked)`);
  for (const a of t.ambiguities) open.push(`*Unclear:* ${clip(escapeMrkdwn(a), 1000)}`);
  if (open.length) blocks.push(section(boundedLines(open, SECTION_MAX, { noun: 'open questions' })));
  if (options.archiveNote) blocks.push(section(`:file_cabinet: ${escapeMrkdwn(options.archiveNote)}`));
  if (['needs_info', 'awaiting_approval', 'scheduled'].includes(t.status) && t.kind !== 'account_purge') {
    blocks.push(section(previewText(options.preview, t.kind === 'source_data' ? t.sources : [])));
  }
  const timing = timingLines(t, options.now, c.graceDays);
  if (timing.length) blocks.push(section(timing.join('\n')));
  if (options.heldEmails) blocks.push(section(heldText(options.heldEmails)));
  const outcome: string[] = [];
  if (t.rejectReason) outcome.push(`*Rejected:* ${clip(escapeMrkdwn(t.rejectReason), 1200)}`);
  if (t.cancelledBy) outcome.push(`*Cancelled by* ${actorText(t.cancelledBy)}`);
  if (t.result) outcome.push(`*Result:* ${t.result.outcome}: ${clip(escapeMrkdwn(t.result.summary), 1200)}`);
  for (const note of resultNotes(t)) outcome.push(`:warning: ${clip(escapeMrkdwn(note), 600)}`);
  if (outcome.length) blocks.push(section(boundedLines(outcome, SECTION_MAX, { noun: 'notes' })));
  const actions = actionsFor(t, c);
  if (actions) blocks.push(actions);
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Only ${t.kind === 'unify_space' || t.kind === 'workspace_purge' ? 'the archive and spaces are' : 'the archive is'} deleted; nothing is forwarded to destinations, warehouses or third parties. · v${t.version}` }] });
  return { text: clip(`${ref} ${KIND_LABELS[t.kind] ?? t.kind} — ${t.workspace ?? 'workspace unknown'} — ${statusWords(t)}`, 300), blocks };
}

/**
 * What is posted instead of the card when Slack refuses the card's blocks (`invalid_blocks`): the
 * ticket stays visible in the channel with a pointer to the full view, and nothing is lost.
 */
export function fallbackCard(t: Ticket): SlackMessage {
  const ref = ticketRef(t.id);
  const text = `${ref} ${KIND_LABELS[t.kind] ?? t.kind} — ${t.workspace ?? 'workspace unknown'} — ${statusWords(t)}. Slack refused the full card; \`/deletion show ${ref}\` shows it, \`deletion-desk show ${ref}\` too.`;
  return { text: clip(escapeMrkdwn(text), 2900), blocks: [section(escapeMrkdwn(text))] };
}

/** The customer's own words behind the scope (when the parser recorded them), so staff can check the reading. */
function evidenceText(t: Ticket): string | null {
  const e = t.evidence;
  if (!e) return null;
  const q = (s: string) => `"${clip(escapeMrkdwn(s.replace(/\s+/g, ' ').trim()), 160)}"`;
  const parts = [
    e.workspace ? `workspace ${q(e.workspace)}` : '',
    ...e.sources.map((s) => `${escapeMrkdwn(s.slug)} ${q(s.text)}`),
    e.space ? `space ${q(e.space)}` : '',
    ...e.ranges.map((r) => `${r.from === r.to ? shortDay(r.from) : `${shortDay(r.from)} – ${shortDay(r.to)}`} ${q(r.text)}`),
  ].filter(Boolean);
  return parts.length ? `_In the customer's words:_ ${boundedLines(parts, 2800, { sep: ' · ', noun: 'quotes' })}` : null;
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
      return `:incoming_envelope: New details from ${who}; the ticket is now ${statusWords(t)}.`;
    case 'edited':
      return `:pencil2: Edited by ${who}. Scope now: ${scopeLine(t, 1500)}. Approvals were reset; the customer was told what changed.`;
    case 'approved': {
      const index = t.approvals.findIndex((a) => a.by === notice.actor);
      const needed = approvalsNeeded(t.kind);
      return `:white_check_mark: Approved by ${who}${index >= 0 ? ` (${index + 1} of ${needed})` : ''}.${waitsForConfirmation(t) ? " Waiting for the customer's confirmation before it is scheduled." : ''}`;
    }
    case 'confirmed':
      return `:white_check_mark: The customer confirmed the scope (${who}); the ticket is now ${t.status === 'scheduled' ? 'scheduled' : 'waiting for approval'}.`;
    case 'confirmation_waived':
      return `:warning: The customer's confirmation was waived by ${who}: ${clip(escapeMrkdwn(t.confirmation.reason ?? ''), 2000)}.`;
    case 'rejected':
      return `:no_entry: Rejected by ${who}${t.rejectReason ? `: ${clip(escapeMrkdwn(t.rejectReason), 2000)}` : ''}.`;
    case 'cancelled':
      return `:octagonal_sign: Cancelled by ${who}.`;
    case 'started':
      return ':gear: The deletion started.';
    case 'email_released':
      return ':outbox_tray: An email to the customer that the per-sender limit held has been sent.';
    case 'completed':
    case 'partial':
    case 'failed':
      return `:checkered_flag: Finished (${notice.action})${t.result ? `: ${clip(escapeMrkdwn(t.result.summary), 1500)}` : '.'}${boundedLines(resultNotes(t).map((n) => `\n:warning: ${clip(escapeMrkdwn(n), 500)}`), 2500, { sep: '', noun: 'notes' })}`;
    default:
      return `${notice.action} by ${who}.`;
  }
}
