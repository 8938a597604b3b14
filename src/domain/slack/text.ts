/**
 * Short ticket texts for slash-command answers and the App Home (mrkdwn).
 */
import type { Ticket } from '../ticket';
import { isVerified, ticketRef, waitsForConfirmation } from '../ticket';
import { approvalsNeeded } from '../policy';
import { formatDayRanges } from '../email/format';

export function scopeLine(t: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'>): string {
  const parts = [t.workspace ?? '(workspace?)'];
  if (t.kind === 'source_data') {
    parts.push(t.sources.length ? t.sources.join(', ') : '(sources?)');
    parts.push(t.ranges.length ? formatDayRanges(t.ranges) : '(days?)');
  }
  if (t.kind === 'unify_space') parts.push(t.space ?? '(space?)');
  return parts.join(' / ');
}

export function ticketListLine(t: Ticket): string {
  const flags = [isVerified(t.verification) ? '' : ' :warning: unverified', waitsForConfirmation(t) ? " (approved; waiting for the customer's confirmation)" : t.status === 'awaiting_approval' ? ` (${t.approvals.length}/${approvalsNeeded(t.kind)} approvals, customer confirmation ${t.confirmation.state.replace('_', ' ')})` : ''].join('');
  return `• *${ticketRef(t.id)}* \`${t.status}\` ${t.kind} — ${scopeLine(t)} — ${t.requester}${flags}`;
}

export function ticketListText(tickets: Ticket[], title: string, limit = 30): string {
  if (tickets.length === 0) return `${title}: none.`;
  const lines = tickets.slice(0, limit).map(ticketListLine);
  if (tickets.length > limit) lines.push(`…and ${tickets.length - limit} more (use \`deletion-desk tickets\` for all).`);
  return `${title} (${tickets.length}):\n${lines.join('\n')}`;
}
