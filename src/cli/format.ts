/**
 * How tickets look on the command line: the `--json` contract (docs/design.md, "Command line") and plain text
 * for people.
 */
import type { Ticket } from '../domain/ticket';
import { cancellableUntil, isVerified, statusWords, ticketRef } from '../domain/ticket';
import type { ParseResult } from '../domain/request';
import { approvalsNeeded } from '../domain/policy';

/** `children`: the workspace purges an account purge opened (looked up by the caller). */
export function ticketJson(t: Ticket, extra: { progress?: unknown; heldEmails?: number; children?: Ticket[] } = {}): Record<string, unknown> {
  return {
    id: ticketRef(t.id),
    kind: t.kind,
    status: t.status,
    workspace: t.workspace,
    sources: t.sources,
    space: t.space,
    ranges: t.ranges,
    requester: t.requester,
    verified: isVerified(t.verification),
    verification: t.verification,
    approvals: t.approvals,
    approvalsNeeded: approvalsNeeded(t.kind),
    // `state` with who/when: `by` is `email:<contact>` for a confirmation, `staff:<id>` for a waiver.
    confirmation: { state: t.confirmation.state, by: t.confirmation.by, at: t.confirmation.at, reason: t.confirmation.reason },
    runAfter: t.runAfter,
    cancellableUntil: cancellableUntil(t),
    deadline: t.deadline,
    missing: t.missing,
    ambiguities: t.ambiguities,
    notes: t.notes,
    rejectReason: t.rejectReason,
    cancelledBy: t.cancelledBy,
    createdBy: t.createdBy,
    requestedAt: t.requestedAt,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    progress: extra.progress ?? null,
    result: t.result,
    /** Emails to the customer waiting for the per-sender reply limit (sent when the hour allows). */
    heldEmails: extra.heldEmails ?? 0,
    // Account purges: the workspaces it covers and the workspace purges it opened; those say which one they are part of.
    accountOf: t.parentId ? ticketRef(t.parentId) : null,
    ...(t.kind === 'account_purge' ? { accountWorkspaces: t.accountWorkspaces ?? [] } : {}),
    // Only where the caller looked them up (`show`): an empty list must mean "none opened", never "not read".
    ...(t.kind === 'account_purge' && extra.children ? { workspacePurges: extra.children.map((c) => ({ id: ticketRef(c.id), workspace: c.workspace, status: c.status })) } : {}),
  };
}

export function daysText(ranges: { from: string; to: string }[], sep = '; '): string {
  return ranges.map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`)).join(sep);
}

export function scopeLine(t: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'>): string {
  if (t.kind === 'account_purge') return `account of ${(t as Partial<Ticket>).accountWorkspaces?.map((w) => w.slug).join(',') || '(no workspace)'}`;
  const parts = [t.workspace ?? '(workspace?)'];
  if (t.kind === 'source_data') {
    parts.push(t.sources.length ? t.sources.join(',') : '(source?)');
    parts.push(t.ranges.length ? daysText(t.ranges, ',') : '(days?)');
  }
  if (t.kind === 'unify_space') parts.push(t.space ?? '(space?)');
  return parts.join(' / ');
}

export function ticketLine(t: Ticket, heldEmails = 0): string {
  const verified = isVerified(t.verification) ? '' : ' [unverified]';
  const waiting = statusWords(t) !== t.status.replace('_', ' ') ? ` [${statusWords(t)}]` : t.status === 'awaiting_approval' && t.confirmation.state === 'pending' ? ' [not yet confirmed by the customer]' : '';
  const held = heldEmails ? ` [${heldEmails === 1 ? '1 email' : `${heldEmails} emails`} held]` : '';
  return `${ticketRef(t.id).padEnd(8)} ${t.status.padEnd(18)} ${t.kind.padEnd(16)} ${scopeLine(t)}  ${t.requester}${verified}${waiting}${held}`;
}

/** The `show` line for mail the per-sender reply limit holds. */
export function heldLine(held: { to: string; since: string }[]): string | null {
  if (held.length === 0) return null;
  return `  held:        ${held.length === 1 ? '1 email' : `${held.length} emails`} to ${[...new Set(held.map((h) => h.to))].join(', ')} (since ${held[0]!.since}) wait for the per-sender reply limit; sent automatically when the hour allows`;
}

export function ticketText(t: Ticket, children: Ticket[] = []): string {
  const v = t.verification;
  const lines = [
    `${ticketRef(t.id)}  ${t.kind}  —  ${statusWords(t)}`,
    `  requester:   ${t.requester} (${isVerified(v) ? 'verified' : 'UNVERIFIED'}: ${v.contact ? 'a contact of the workspace' : 'not a contact of the workspace'}, sender checks ${v.auth}${v.spoofSuspected ? ', POSSIBLY SPOOFED' : ''}${v.overriddenBy ? `, overridden by ${v.overriddenBy}` : ''})`,
    `  workspace:   ${t.workspace ?? '—'}`,
  ];
  if (t.parentId) lines.push(`  part of:     account deletion ${ticketRef(t.parentId)}`);
  if (t.kind === 'account_purge') {
    lines.push(`  covers:      ${(t.accountWorkspaces ?? []).map((w) => `${w.name} (${w.slug})`).join(', ') || 'no workspace (the sender administers none)'}`);
    for (const c of children) lines.push(`  workspace purge: ${ticketRef(c.id)} ${c.workspace ?? '?'} — ${statusWords(c)}`);
  }
  if (t.kind === 'source_data' || t.sources.length) lines.push(`  sources:     ${t.sources.join(', ') || '—'}`);
  if (t.kind === 'source_data' || t.ranges.length) lines.push(`  UTC days:    ${daysText(t.ranges) || '—'}`);
  if (t.kind === 'unify_space' || t.space) lines.push(`  space:       ${t.space ?? '—'}`);
  if (t.missing.length) lines.push(`  missing:     ${t.missing.join(', ')}`);
  for (const a of t.ambiguities) lines.push(`  unclear:     ${a}`);
  lines.push(`  approvals:   ${t.approvals.length}/${approvalsNeeded(t.kind)}${t.approvals.length ? ` (${t.approvals.map((a) => a.by).join(', ')})` : ''}`);
  lines.push(`  confirmation: ${confirmationLine(t)}`);
  lines.push(`  requested:   ${t.requestedAt}`);
  if (t.runAfter) lines.push(`  runs after:  ${t.runAfter}`);
  const until = cancellableUntil(t);
  if (until) lines.push(`  cancellable until: ${until}`);
  if (t.deadline) lines.push(`  deadline:    ${t.deadline} (the purge must be finished by then)`);
  if (t.rejectReason) lines.push(`  rejected:    ${t.rejectReason}`);
  if (t.cancelledBy) lines.push(`  cancelled by ${t.cancelledBy}`);
  if (t.result) lines.push(`  result:      ${t.result.outcome}: ${t.result.summary}`);
  for (const n of Array.isArray(t.result?.notes) ? (t.result.notes as unknown[]).filter((x): x is string => typeof x === 'string') : []) lines.push(`  follow-up:   ${n}`);
  for (const n of t.notes) lines.push(`  note:        ${n}`);
  return lines.join('\n');
}

/** The customer's confirmation for people: who confirmed and when, or pending, waived or not required. */
export function confirmationLine(t: Pick<Ticket, 'confirmation'>): string {
  const c = t.confirmation;
  switch (c.state) {
    case 'pending':
      return 'pending (a contact of the workspace must reply "confirm"; staff may waive it: deletion-desk confirm DEL-n --by ID --waive REASON)';
    case 'confirmed':
      return `confirmed by ${c.by ?? '?'} at ${c.at ?? '?'}`;
    case 'waived':
      return `waived by ${c.by ?? '?'} at ${c.at ?? '?'}: ${c.reason ?? ''}`;
    case 'not_required':
      return `not required${c.reason ? ` (${c.reason})` : ' (CUSTOMER_CONFIRMATION=off)'}`;
  }
}

export function parseText(file: string, r: ParseResult): string {
  const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ');
  const lines = [`${file}: ${r.kind}`];
  lines.push(`  workspace:  ${r.workspace ?? '—'}`);
  if (r.sources.length || r.kind === 'source_data') lines.push(`  sources:    ${r.sources.join(', ') || '—'}`);
  if (r.ranges.length || r.kind === 'source_data') lines.push(`  UTC days:   ${daysText(r.ranges) || '—'}`);
  if (r.space || r.kind === 'unify_space') lines.push(`  space:      ${r.space ?? '—'}`);
  if (r.ticket) lines.push(`  ticket:     ${r.ticket}`);
  if (r.forwarded) lines.push(`  forwarded:  from ${r.forwarded.originalFrom ?? 'unknown sender'}${r.forwarded.originalDate ? ` (${r.forwarded.originalDate})` : ''}, ${r.forwarded.intent}`);
  const ev = r.evidence;
  if (ev) {
    const quoted = [
      ev.kind && `kind "${oneLine(ev.kind)}"`,
      ev.workspace && `workspace "${oneLine(ev.workspace)}"`,
      ...ev.sources.map((s) => `${s.slug} "${oneLine(s.text)}"`),
      ev.space && `space "${oneLine(ev.space)}"`,
      ...ev.ranges.map((x) => `${x.from === x.to ? x.from : `${x.from} to ${x.to}`} "${oneLine(x.text)}"`),
    ].filter(Boolean);
    if (quoted.length) lines.push(`  words:      ${quoted.join('; ')}`);
  }
  if (r.missing.length) lines.push(`  missing:    ${r.missing.join(', ')}`);
  for (const a of r.ambiguities) lines.push(`  unclear:    ${oneLine(a)}`);
  for (const n of r.notes) lines.push(`  note:       ${oneLine(n)}`);
  lines.push(`  → ${nextStep(r)}`);
  return lines.join('\n');
}

/** What the bot would do with the message: only deletions go to staff for approval. */
function nextStep(r: ParseResult): string {
  if (r.missing.length || r.ambiguities.length) return 'the bot would ask the customer before anything else';
  switch (r.kind) {
    case 'status':
      return 'a status question: the bot would answer with the status (to a contact of the workspace)';
    case 'cancel':
      return 'a cancellation: the bot would cancel the open request while it can still be cancelled';
    case 'user_data':
      return 'an end user\'s request: the bot would point to the self-serve user deletion flow';
    case 'unknown':
      return 'not understood as a request: kept for staff';
    default:
      return 'complete: would go to the customer for confirmation and to staff for approval';
  }
}
