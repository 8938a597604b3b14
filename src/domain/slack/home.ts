/**
 * The App Home tab (https://api.slack.com/surfaces/app-home): what needs staff attention now.
 * Pure: the tickets and the clock in, a `home` view out.
 */
import type { KnownBlock, View } from '@slack/types';
import type { Ticket } from '../ticket';
import { ticketRef, waitsForConfirmation } from '../ticket';
import { approvalsNeeded } from '../policy';
import { KIND_LABELS } from './card';
import { boundedLines, clip, escapeMrkdwn, scopeLine, shortDateTime } from './text';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Slack refuses views with more than 100 blocks; each section lists at most this many tickets. */
const MAX_PER_SECTION = 15;

export interface HomeSections {
  awaiting: Ticket[];
  scheduled: Ticket[];
  atRisk: Ticket[];
  failures: Ticket[];
}

const PURGES = ['workspace_purge', 'archive_purge'];
const DONE = ['completed', 'rejected', 'cancelled'];

/**
 * Sort tickets into the home sections. A purge is at risk when it is not done and its deadline
 * (request + PURGE_SLA_DAYS) is less than `atRiskDays` away, or already passed; failures are failed or
 * partial tickets changed in the last `recentDays`.
 */
export function homeSections(tickets: Ticket[], now: Date, options: { atRiskDays?: number; recentDays?: number } = {}): HomeSections {
  const atRiskMs = (options.atRiskDays ?? 10) * DAY_MS;
  const recentMs = (options.recentDays ?? 14) * DAY_MS;
  const t0 = now.getTime();
  const byId = (a: Ticket, b: Ticket) => a.id - b.id;
  return {
    awaiting: tickets.filter((t) => t.status === 'awaiting_approval').sort(byId),
    scheduled: tickets
      .filter((t) => t.status === 'scheduled' && t.kind !== 'source_data')
      .sort((a, b) => (a.runAfter ?? '').localeCompare(b.runAfter ?? '') || byId(a, b)),
    atRisk: tickets
      .filter((t) => PURGES.includes(t.kind) && !DONE.includes(t.status) && t.deadline !== null && Date.parse(t.deadline) - t0 < atRiskMs)
      .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || byId(a, b)),
    failures: tickets
      .filter((t) => (t.status === 'failed' || t.status === 'partial') && t0 - Date.parse(t.updatedAt) < recentMs)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || byId(a, b)),
  };
}

function section(title: string, empty: string, items: Ticket[], line: (t: Ticket) => string): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: `${title} (${items.length})` } }];
  if (items.length === 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: empty }] });
    return blocks;
  }
  const shown = items.slice(0, MAX_PER_SECTION);
  // Each line is cut at a word, and lines that do not fit are counted rather than cut mid-word.
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: boundedLines(shown.map((t) => clip(line(t), 600)), 2900, { noun: 'tickets' }) } });
  if (items.length > shown.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${items.length - shown.length} more: \`/deletion list\`` }] });
  blocks.push({ type: 'divider' });
  return blocks;
}

function head(t: Ticket): string {
  return `*${ticketRef(t.id)}* ${KIND_LABELS[t.kind] ?? t.kind} — ${scopeLine(t)}`;
}

export function homeView(tickets: Ticket[], now: Date, options: { atRiskDays?: number; recentDays?: number } = {}): View {
  const s = homeSections(tickets, now, options);
  const daysLeft = (iso: string) => Math.floor((Date.parse(iso) - now.getTime()) / DAY_MS);
  return {
    type: 'home',
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*Deletion desk* — as of ${shortDateTime(now)}. Use \`/deletion help\` for commands.` } },
      { type: 'divider' },
      ...section('Awaiting approval', 'Nothing is waiting for approval.', s.awaiting, (t) => `${head(t)} — ${waitsForConfirmation(t) ? "approved; waiting for the customer's confirmation" : `${t.approvals.length} of ${approvalsNeeded(t.kind)} approvals, customer confirmation ${t.confirmation.state.replace('_', ' ')}`}`),
      ...section('Scheduled purges', 'No space or workspace deletion is scheduled.', s.scheduled, (t) => `${head(t)} — runs after ${t.runAfter ? shortDateTime(t.runAfter) : 'approval'}`),
      ...section('Purges at risk of missing the deadline', 'Every purge is on time.', s.atRisk, (t) => {
        const left = daysLeft(t.deadline!);
        return `:rotating_light: ${head(t)} — ${t.status.replace('_', ' ')}, ${left < 0 ? `deadline passed ${-left} days ago` : `${left} days left`} (deadline ${shortDateTime(t.deadline!)})`;
      }),
      ...section('Recent failures', 'No failures in the last two weeks.', s.failures, (t) => `:x: ${head(t)} — ${t.status}${t.result ? `: ${escapeMrkdwn(t.result.summary)}` : ''}`),
    ],
  };
}

/** What a person who is not staff sees in the Home tab. */
export function homeViewForOthers(): View {
  return {
    type: 'home',
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'This app runs the data-deletion desk. Its tickets are visible to the deletion staff only.' } }],
  };
}
