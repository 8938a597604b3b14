/**
 * Short ticket texts for slash-command answers and the App Home (mrkdwn), and the helpers that keep
 * every text Slack receives inside its limits (https://api.slack.com/reference/block-kit/blocks):
 * whatever a ticket holds (130 day ranges, a 5,000-character ambiguity), the text is cut at a word and
 * says how much was left out, so no ticket can make a block Slack refuses.
 */
import type { Ticket } from '../ticket';
import { statusWords, ticketRef, waitsForConfirmation } from '../ticket';
import { approvalsNeeded } from '../policy';
import { formatCount } from '../email/format';

/** Slack mrkdwn needs &, < and > escaped in text that came from outside (an email subject, a reason, an S3 error). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `text` cut to at most `max` characters at a word boundary, ending with `…` when cut. Never cuts
 * inside an escape (`&amp;`) or a mention (`<@U123>`), which would leave markup Slack cannot read.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Back to the last space, unless the last word is a giant token (a URL, a key) that would leave little.
  const space = cut.search(/\s\S*$/);
  if (space > 0 && cut.length - space <= 40) cut = cut.slice(0, space);
  // An escape or a <…> cut in half would be shown as raw markup: drop the broken tail.
  cut = cut.replace(/&[a-z]*$/, '').replace(/<[^>]*$/, '');
  return `${cut.trimEnd()}…`;
}

/**
 * Lines joined with `sep` while they fit in `max` characters; the rest are counted:
 * `…and 12 more ranges`. A single line longer than the room is clipped.
 */
export function boundedLines(lines: readonly string[], max: number, options: { sep?: string; noun?: string } = {}): string {
  const sep = options.sep ?? '\n';
  const more = (n: number) => `…and ${formatCount(n)} more${options.noun ? ` ${options.noun}` : ''}`;
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const left = lines.length - i - 1;
    // Keep room for the "…and N more" line whenever something could still follow.
    const reserve = left > 0 ? sep.length + more(left + 1).length : 0;
    const cost = (out.length ? sep.length : 0) + lines[i].length;
    if (used + cost + reserve <= max) {
      out.push(lines[i]);
      used += cost;
      continue;
    }
    if (out.length === 0) {
      // Not even the first line fits whole: clip it, then count the rest.
      const tail = left > 0 ? sep.length + more(left).length : 0;
      out.push(clip(lines[i], Math.max(1, max - tail)));
      if (left > 0) out.push(more(left));
      return out.join(sep);
    }
    out.push(more(lines.length - i));
    return out.join(sep);
  }
  return out.join(sep);
}

const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_MS = 86_400_000;

/** `2024-03-01` → `Fri 1 Mar 2024` (a UTC day; anything else is returned as is). */
export function shortDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !Number.isFinite(t)) return day;
  const d = new Date(t);
  return `${SHORT_WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** `Tue 8 Dec 2026, 03:08 UTC` — an instant for staff, with its weekday. */
export function shortDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${SHORT_WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** How many days an inclusive range covers. */
export function rangeDays(r: { from: string; to: string }): number {
  const n = Math.round((Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`)) / DAY_MS) + 1;
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** `Fri 1 Mar 2024 – Mon 4 Mar 2024, 4 days`, or `Mon 4 Mar 2024, 1 day`. */
export function rangeWords(r: { from: string; to: string }): string {
  const n = rangeDays(r);
  return `${r.from === r.to ? shortDay(r.from) : `${shortDay(r.from)} – ${shortDay(r.to)}`}, ${n} ${n === 1 ? 'day' : 'days'}`;
}

/** Every range on its own line, then the total when there are several; bounded to `max` characters. */
export function rangesText(ranges: readonly { from: string; to: string }[], max: number): string {
  if (ranges.length === 0) return '';
  const total = ranges.reduce((n, r) => n + rangeDays(r), 0);
  const summary = ranges.length > 1 ? `${formatCount(total)} days in ${formatCount(ranges.length)} ranges (UTC)` : '(UTC)';
  return `${boundedLines(ranges.map(rangeWords), max - summary.length - 1, { noun: 'ranges' })}\n${summary}`;
}

/** One line of scope: `acme-inc / ios-app, web / Fri 1 Mar 2024 – Sat 2 Mar 2024, 2 days`, bounded. */
export function scopeLine(t: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'>, max = 400): string {
  const parts = [t.workspace ?? '(workspace not known yet)'];
  if (t.kind === 'source_data') {
    parts.push(t.sources.length ? boundedLines(t.sources, 120, { sep: ', ', noun: 'sources' }) : '(sources not known yet)');
    if (t.ranges.length === 0) parts.push('(days not known yet)');
    else if (t.ranges.length === 1) parts.push(rangeWords(t.ranges[0]));
    else parts.push(`${rangeWords(t.ranges[0])} and ${formatCount(t.ranges.length - 1)} more ranges (${formatCount(t.ranges.reduce((n, r) => n + rangeDays(r), 0))} days)`);
  }
  if (t.kind === 'unify_space') parts.push(t.space ? `space ${t.space}` : '(space not known yet)');
  if (t.kind === 'workspace_purge') parts.push('every source and space');
  if (t.kind === 'archive_purge') parts.push('everything left in the archive');
  return clip(escapeMrkdwn(parts.join(' / ')), max);
}

/** Kinds in words, for lists (the card has the long labels). */
const KIND_WORDS: Record<string, string> = {
  source_data: 'source data deletion',
  unify_space: 'space deletion',
  workspace_purge: 'workspace purge',
  archive_purge: 'archive purge',
  account_purge: 'account deletion',
  user_data: 'end-user data',
  status: 'status question',
  cancel: 'cancellation',
  unknown: 'not understood yet',
};

export function kindWords(kind: string): string {
  return KIND_WORDS[kind] ?? kind.replace(/_/g, ' ');
}

export function ticketListLine(t: Ticket): string {
  const where = waitsForConfirmation(t)
    ? "approved; waiting for the customer's confirmation"
    : t.status === 'awaiting_approval' && approvalsNeeded(t.kind) > 0
      ? `awaiting approval (${t.approvals.length} of ${approvalsNeeded(t.kind)}; customer confirmation ${t.confirmation.state.replace('_', ' ')})`
      : statusWords(t);
  const unverified = t.verification.contact ? '' : ' :warning: requester not a contact';
  return `• *${ticketRef(t.id)}* ${kindWords(t.kind)}, ${where} — ${scopeLine(t, 300)} — ${escapeMrkdwn(t.requester)}${unverified}`;
}

/** A titled list of tickets, within Slack's message size (the rest are counted, with where to see them). */
export function ticketListText(tickets: Ticket[], title: string, limit = 30): string {
  if (tickets.length === 0) return `${title}: none.`;
  const lines = tickets.slice(0, limit).map(ticketListLine);
  const body = boundedLines(lines, 3500, { noun: 'tickets' });
  const rest = tickets.length > limit ? `\n…and ${tickets.length - limit} more (\`deletion-desk tickets\` lists them all).` : '';
  return `${title} (${tickets.length}):\n${body}${rest}`;
}
