/**
 * Who counts as staff, and who may never approve a ticket. Pure: the configured ids come in as data.
 *
 * Staff ids are compared case-insensitively everywhere: `--by alice` and `--by ALICE` are one person,
 * so they cannot make the two approvals a workspace purge needs, and the audit shows the configured
 * spelling whatever was typed.
 */
import { AppError } from '../errors';
import type { Ticket } from './ticket';

export interface StaffConfig {
  /** STAFF: ids accepted by the CLI's `--by`. */
  staff: string[];
  /** SLACK_STAFF: Slack user ids (U…/W…) are staff too; a user group id (S…) names no one person. */
  slackStaff: string[];
}

export function sameStaffId(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The configured spelling of `by`, or AppError('not_allowed') with what to do about it. A shell has no
 * login, so `--by` is only a claim; requiring a configured id stops typos and customer addresses
 * (`--by ana@acme.example`) from counting as an approval.
 */
export function cliStaffId(by: string, config: StaffConfig): string {
  const wanted = by.trim();
  const known = [...config.staff, ...config.slackStaff.filter((id) => !id.startsWith('S'))];
  const match = known.find((id) => sameStaffId(id, wanted));
  if (match) return match;
  if (known.length === 0) {
    throw new AppError(
      'not_allowed',
      `--by ${JSON.stringify(wanted)} is not a staff id: no staff is configured. Set STAFF to the comma-separated ids staff use with --by (for example STAFF=alice,bob); the Slack user ids in SLACK_STAFF count too.`,
    );
  }
  throw new AppError(
    'not_allowed',
    `--by ${JSON.stringify(wanted)} is not a configured staff id (STAFF or SLACK_STAFF). Use your own staff id, or ask an operator to add it to STAFF (comma-separated) and restart.`,
  );
}

/** `staff:alice` → `alice`; other actor labels are not staff ids. */
function staffIdOf(actorLabel: string): string | null {
  return actorLabel.startsWith('staff:') ? actorLabel.slice('staff:'.length) : null;
}

/**
 * Why this staff member may not approve this ticket, or null. Nobody approves a request they made or
 * are part of: not its creator, not its requester, not any address that wrote or was written to in
 * its thread (a staff id that is an email address could otherwise approve its own request).
 */
export function approvalRefusal(ticket: Pick<Ticket, 'id' | 'createdBy' | 'requester' | 'approvals'>, actorLabel: string, threadAddresses: readonly string[] = []): { code: 'not_allowed' | 'conflict'; message: string } | null {
  const ref = `DEL-${ticket.id}`;
  const id = staffIdOf(actorLabel);
  if (sameStaffId(ticket.createdBy, actorLabel)) return { code: 'not_allowed', message: `${ref} was created by you; another staff member must approve it.` };
  if (id !== null && [ticket.requester, ...threadAddresses].some((a) => sameStaffId(a, id))) {
    return { code: 'not_allowed', message: `${ref} was requested by, or is in the email thread of, ${id}: the person who asks for a deletion can never approve it. Another staff member must approve it.` };
  }
  if (ticket.approvals.some((a) => sameStaffId(a.by, actorLabel))) {
    return { code: 'conflict', message: `You have already approved ${ref}; a second, different staff member must approve it.` };
  }
  return null;
}
