/**
 * Mail the bot keeps for staff without answering it (no backscatter). Answering every message means
 * answering spam, newsletters, job applications and other mail to a public address — strangers get
 * mail they never asked for, with our domain's reputation on it. Such mail is kept (message outcome
 * `unanswered`), listed for staff (`deletion-desk inbox`, a quiet Slack line), and staff can turn one
 * into a ticket (`deletion-desk open`). Pure: every rule is a table row.
 */
import type { Catalog } from './catalog';
import type { InboundMessage } from './message';
import type { ParseResult } from './request';

/** The outcome recorded on a message kept for staff without an answer. */
export const UNANSWERED = 'unanswered';

/** `X-Spam-Flag: YES` (SpamAssassin, rspamd) or `X-Spam-Status: Yes, score=…`. */
export function isSpamFlagged(headers: Record<string, string>): boolean {
  return /^\s*yes\b/i.test(headers['x-spam-flag'] ?? '') || /^\s*yes\b/i.test(headers['x-spam-status'] ?? '');
}

/** The sender is a contact of at least one workspace: someone we may ask a question. */
export function isAnyContact(catalog: Catalog, address: string): boolean {
  const wanted = address.trim().toLowerCase();
  return catalog.workspaces.some((w) => w.contacts.includes(wanted));
}

export interface ScreenFacts {
  message: Pick<InboundMessage, 'headers'>;
  parse: Pick<ParseResult, 'kind' | 'forwarded' | 'ticket' | 'ranges'>;
  /** The sender is a contact of some workspace. */
  senderIsContact: boolean;
  /** The message belongs to a ticket's thread (its handling is the ticket's: a note, new details). */
  inThread: boolean;
}

/** Why this message gets no automatic answer and no ticket action, or null to handle it normally. */
export function unansweredReason(f: ScreenFacts): string | null {
  if (isSpamFlagged(f.message.headers)) return 'flagged as spam by the mail server';
  // "Is this legit?" about a forwarded request is a question for staff, never the request itself.
  if (f.parse.forwarded?.intent === 'question') return 'a forwarded message with a question about it, not a request';
  if (f.inThread || f.senderIsContact) return null;
  if (f.parse.kind === 'unknown') return 'not a deletion request, from an address that is no contact';
  // Source data without a single day is what the parser makes of "clean up old feature flags": no
  // request we could act on. Only what the catalog does not decide counts here (kind, days), so a
  // stranger learns nothing from whether we answer.
  if (f.parse.kind === 'source_data' && f.parse.ranges.length === 0) return 'no deletion we could act on (no days named), from an address that is no contact';
  // "What is the status of my application?" is no question for this desk. A stranger who names a
  // ticket (DEL-n) still gets the one answer every stranger gets; one who names none gets none.
  if ((f.parse.kind === 'status' || f.parse.kind === 'cancel') && !f.parse.ticket) return `a ${f.parse.kind === 'status' ? 'status' : 'cancellation'} question naming no ticket, from an address that is no contact`;
  return null;
}
