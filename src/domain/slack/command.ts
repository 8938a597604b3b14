/**
 * The `/deletion` slash command: text → one command, or usage help. Pure; the Slack adapter runs it.
 */
import type { TicketStatus } from '../ticket';
import { TICKET_STATUSES, parseTicketRef } from '../ticket';
import { clip, escapeMrkdwn } from './text';

export type SlashCommand =
  | { type: 'help' }
  | { type: 'list'; status: TicketStatus[] | 'open' | 'all' }
  | { type: 'show'; ticket: number }
  | { type: 'new'; text: string }
  | { type: 'approve'; ticket: number }
  | { type: 'reject'; ticket: number; reason: string }
  | { type: 'waive'; ticket: number; reason: string }
  | { type: 'cancel'; ticket: number }
  | { type: 'status'; workspace: string }
  /** Input we could not read: answered with the usage and what was wrong. */
  | { type: 'usage'; problem: string };

/** `<reason>` would be read by Slack as a link: placeholders are escaped (`&lt;reason&gt;`). */
export const USAGE = [
  '*`/deletion` — the deletion desk*',
  '`/deletion list [status|open|all]` — tickets (open ones by default)',
  '`/deletion show DEL-12` — one ticket in full',
  '`/deletion status acme-inc` — the tickets of a workspace',
  '`/deletion new &lt;request, with the customer\'s email address&gt;` — open a ticket for a customer (from a call or a chat)',
  '`/deletion approve DEL-12` — approve (workspace purges need two different staff members)',
  '`/deletion reject DEL-12 &lt;reason&gt;` — reject; the customer reads the reason',
  '`/deletion waive DEL-12 &lt;reason&gt;` — run without the customer\'s confirmation (audited, shown on the card)',
  '`/deletion cancel DEL-12` — cancel while it can still be cancelled',
  '`/deletion help` — this help',
].join('\n');

const REASON_NEEDED = {
  reject: '`reject` needs a reason, which the customer will read: `/deletion reject DEL-12 &lt;reason&gt;`.',
  waive: '`waive` needs a reason, kept in the audit log and shown on the card: `/deletion waive DEL-12 &lt;reason, e.g. confirmed by phone with the account owner&gt;`.',
};

export function parseSlashCommand(raw: string): SlashCommand {
  const text = raw.trim();
  if (!text) return { type: 'help' };
  const [word, ...rest] = text.split(/\s+/);
  const verb = word.toLowerCase();
  const args = text.slice(word.length).trim();
  const needTicket = (what: string): number | { problem: string } => {
    const id = rest[0] ? parseTicketRef(rest[0]) : null;
    return id ?? { problem: `\`${what}\` needs a ticket id, for example \`/deletion ${what} DEL-12\`.` };
  };
  switch (verb) {
    case 'help':
      return { type: 'help' };
    case 'list': {
      const s = (rest[0] ?? 'open').toLowerCase();
      if (s === 'open' || s === 'all') return { type: 'list', status: s };
      const status = s.replace(/[-\s]/g, '_');
      if ((TICKET_STATUSES as readonly string[]).includes(status)) return { type: 'list', status: [status as TicketStatus] };
      return { type: 'usage', problem: `"${escapeMrkdwn(clip(rest[0], 80))}" is not a status; use one of ${TICKET_STATUSES.join(', ')}, open or all.` };
    }
    case 'show':
    case 'approve':
    case 'cancel': {
      const id = needTicket(verb);
      if (typeof id !== 'number') return { type: 'usage', ...id };
      if (rest.length > 1 && verb !== 'cancel') return { type: 'usage', problem: `\`${verb}\` takes only a ticket id.` };
      return { type: verb, ticket: id };
    }
    case 'reject':
    case 'waive': {
      const id = needTicket(verb);
      if (typeof id !== 'number') return { type: 'usage', ...id };
      const reason = args.slice(rest[0].length).trim();
      if (!reason) return { type: 'usage', problem: REASON_NEEDED[verb] };
      return { type: verb, ticket: id, reason };
    }
    case 'new':
      if (!args) return { type: 'usage', problem: '`new` needs the request text, including the customer\'s email address.' };
      return { type: 'new', text: args };
    case 'status':
      if (!rest[0]) return { type: 'usage', problem: '`status` needs a workspace slug or id.' };
      return { type: 'status', workspace: rest[0] };
    default:
      return { type: 'usage', problem: `I do not know "${escapeMrkdwn(clip(word, 80))}".` };
  }
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * The customer's address in `/deletion new` text. Slack rewrites addresses as `<mailto:a@b|a@b>`, so
 * the markup is unwrapped first. Returns the text without the markup, for parsing like an email body.
 */
export function customerFromText(text: string): { address: string | null; body: string } {
  const body = text.replace(/<mailto:([^|>]+)\|[^>]*>/g, '$1').replace(/<(https?:[^|>]+)\|([^>]*)>/g, '$2');
  const address = EMAIL.exec(body)?.[0]?.toLowerCase() ?? null;
  return { address, body };
}
