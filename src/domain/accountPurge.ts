/**
 * Account purges ("delete my account"): every workspace the sender administers is purged, each by a
 * workspace purge of its own (its own ticket, grace, two approvals and deadline). The account purge
 * itself deletes nothing: it holds the list the customer confirmed and follows the purges it opened.
 * Pure: the ticket service reads the catalog and writes the tickets.
 */
import type { Catalog } from './catalog';
import { administeredBy } from './catalog';
import type { AccountWorkspace, NewTicketInput, Ticket, TicketStatus } from './ticket';
import { FINAL_STATUSES, ticketRef } from './ticket';
import type { ParseResult } from './request';

/** The workspaces an account purge from `address` covers, sorted by slug so a comparison is stable. */
export function accountScope(catalog: Catalog, address: string): AccountWorkspace[] {
  return administeredBy(catalog, address)
    .map((w) => ({ slug: w.slug, name: w.name }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Same workspaces (by slug): names may be corrected in the catalog without asking again. */
export function sameAccountScope(a: readonly AccountWorkspace[] | undefined, b: readonly AccountWorkspace[] | undefined): boolean {
  const slugs = (x: readonly AccountWorkspace[] | undefined) => (x ?? []).map((w) => w.slug).sort().join('\n');
  return slugs(a) === slugs(b);
}

/**
 * The workspace purge opened for one confirmed workspace of an account purge. It carries the parent's
 * confirmation (the customer confirmed this exact list, workspace by workspace), and its grace and
 * deadline count from now — the confirmation — not from the first email: the workspaces were only
 * settled then, and a purge must never run sooner than the full grace after its scope was fixed.
 */
export function childTicketInput(parent: Ticket, workspace: AccountWorkspace, now: Date): Omit<NewTicketInput, 'id'> {
  const parse: ParseResult = {
    kind: 'workspace_purge',
    workspace: workspace.slug,
    sources: [],
    space: null,
    ranges: [],
    ticket: null,
    missing: [],
    ambiguities: [],
    notes: [`part of the account deletion ${ticketRef(parent.id)} requested by ${parent.requester}`],
    evidence: parent.evidence ? { ...parent.evidence, workspace: null } : undefined,
  };
  return {
    parse,
    requester: parent.requester,
    // The customer asked (by email), not the system: nobody who created the parent may approve a child.
    createdBy: parent.createdBy.startsWith('staff:') ? { type: 'staff', id: parent.createdBy.slice('staff:'.length) } : { type: 'customer', address: parent.requester },
    // An administrator of the workspace is at least as entitled as a contact; trust stays as the parent's.
    verification: { ...parent.verification, contact: true },
    requestedAt: now,
    child: { parentId: parent.id, confirmation: parent.confirmation },
  };
}

export interface ChildrenOutcome {
  status: Extract<TicketStatus, 'completed' | 'partial' | 'failed' | 'cancelled'>;
  summary: string;
}

/**
 * Where an account purge stands once every workspace purge it opened is final; null while one is open.
 * All completed → completed; none deleted anything and none failed (all cancelled or rejected) →
 * cancelled; nothing completed and something failed → failed; any other mix → partial.
 */
export function childrenOutcome(children: readonly { id: number; status: TicketStatus }[]): ChildrenOutcome | null {
  if (children.length === 0 || children.some((c) => !FINAL_STATUSES.includes(c.status))) return null;
  const count = (...s: TicketStatus[]) => children.filter((c) => s.includes(c.status)).length;
  const completed = count('completed');
  const stopped = count('cancelled', 'rejected');
  const failed = count('failed');
  const summary = `Workspace purges: ${children.map((c) => `${ticketRef(c.id)} ${c.status}`).join(', ')}.`;
  if (completed === children.length) return { status: 'completed', summary };
  if (stopped === children.length) return { status: 'cancelled', summary };
  if (completed === 0 && count('partial') === 0 && failed > 0) return { status: 'failed', summary };
  return { status: 'partial', summary };
}
