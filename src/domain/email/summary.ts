/**
 * What we understood, in the customer's words rather than ours: the scope of a ticket as sentences,
 * and a question (with an example of a good answer) for every field we still need. Used by the email
 * templates; pure.
 */
import type { Ticket } from '../ticket';
import type { CatalogWorkspace } from '../catalog';
import { formatDateTime, formatDayRanges, joinList } from './format';

export { formatBytes, formatCount, formatDate, formatDateTime, formatDay, formatDayRange, formatDayRanges, joinList } from './format';

type Scope = Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges'> & Partial<Pick<Ticket, 'accountWorkspaces'>>;

/**
 * The scope in plain words, one sentence per line. `workspace` (from the catalog) adds display
 * names next to the slugs: `source ios-app (iOS App)`. Unknown parts are said to be unknown, never
 * filled in.
 */
export function describeScope(ticket: Scope, workspace?: CatalogWorkspace): string[] {
  const ws = workspaceLabel(ticket.workspace, workspace);
  switch (ticket.kind) {
    case 'source_data': {
      const sources =
        ticket.sources.length === 0
          ? 'a source we could not identify yet'
          : `${ticket.sources.length === 1 ? 'source' : 'sources'} ${joinList(ticket.sources.map((s) => sourceLabel(s, workspace)))}`;
      const days = ticket.ranges.length === 0 ? 'days we do not know yet' : formatDayRanges(ticket.ranges);
      return [`Delete the data of ${sources} in ${ws} for ${days}.`];
    }
    case 'unify_space': {
      const space = ticket.space ? `the Unify space "${ticket.space}"` : 'a Unify space we could not identify yet';
      return [`Delete ${space} in ${ws}, with everything stored in it.`];
    }
    case 'workspace_purge':
      return [`Delete all data of ${ws}: every archived day of every source, and every Unify space.`];
    case 'archive_purge':
      return [`Purge the archive of the deleted ${ws}: every archived day of every one of its sources.`];
    case 'account_purge': {
      const list = (ticket.accountWorkspaces ?? []).map((w) => (w.name && w.name !== w.slug ? `${w.slug} (${w.name})` : w.slug));
      return list.length
        ? [`Delete your account: all data of every workspace you administer, ${list.length === 1 ? 'workspace' : 'workspaces'} ${joinList(list)}, each purged on its own.`]
        : ['Delete your account.'];
    }
    case 'user_data':
      return ['Delete the data of one or more end users (people tracked by your sources).'];
    case 'status':
      return [`Tell you the status of your deletion request${ticket.workspace ? ` for ${ws}` : ''}.`];
    case 'cancel':
      return [`Cancel a deletion request${ticket.workspace ? ` for ${ws}` : ''}.`];
    case 'unknown':
      return ['We could not yet tell what you would like us to delete.'];
  }
}

function workspaceLabel(slug: string | null, workspace: CatalogWorkspace | undefined): string {
  if (!slug) return 'a workspace we could not identify yet';
  const name = workspace && workspace.slug === slug && workspace.name && workspace.name !== slug ? ` (${workspace.name})` : '';
  return `workspace ${slug}${name}`;
}

function sourceLabel(slug: string, workspace: CatalogWorkspace | undefined): string {
  const name = workspace?.sources.find((s) => s.slug === slug)?.name;
  return name && name !== slug ? `${slug} (${name})` : slug;
}

// ---------------------------------------------------------------------------------------------

export interface MissingQuestion {
  /** `workspace`, `source`, `time frame`, `space`, `request`, or `ambiguity`. */
  field: string;
  question: string;
  /** What a good answer looks like, written so it is itself unambiguous. */
  example: string;
}

/**
 * One question per missing field, then one per ambiguity the parser reported. Examples reuse what we
 * already know (the workspace slug, a source) so the customer can copy and correct them, and write
 * dates with the month spelled out so the answer cannot be ambiguous again.
 */
export function missingQuestions(ticket: Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges' | 'missing' | 'ambiguities'>, workspace?: CatalogWorkspace): MissingQuestion[] {
  const wsSlug = ticket.workspace ?? 'acme-inc';
  const sourceSlug = ticket.sources[0] ?? workspace?.sources[0]?.slug ?? 'ios-app';
  const spaceName = workspace?.spaces[0]?.name ?? 'Default Space';
  const questions: MissingQuestion[] = [];
  for (const field of ticket.missing) {
    switch (field) {
      case 'request':
        questions.push({
          field,
          question: 'What would you like us to delete? We can delete the data of one or more sources for whole UTC days, a Unify space, or all data of a workspace.',
          example: `Please delete the data of source ${sourceSlug} in workspace ${wsSlug} from 1 March 2024 to 3 March 2024.`,
        });
        break;
      case 'workspace':
        questions.push({
          field,
          question: 'Which workspace? Please reply with its slug, as shown in Settings → General.',
          example: 'The workspace is acme-inc.',
        });
        break;
      case 'source':
        questions.push({
          field,
          question: `Which source or sources${ticket.workspace ? ` of workspace ${ticket.workspace}` : ''}? Please reply with the source slug or name, as shown under Connections → Sources.`,
          example: `The sources are ${sourceSlug} and web-site.`,
        });
        break;
      case 'time frame':
        questions.push({
          field,
          question: 'Which days? We delete whole UTC days; please give the first and the last day, with the month written out.',
          example: 'From 1 March 2024 to 3 March 2024.',
        });
        break;
      case 'space':
        questions.push({
          field,
          question: `Which Unify space${ticket.workspace ? ` of workspace ${ticket.workspace}` : ''}? Please reply with its name, as shown in Unify → Settings.`,
          example: `The space is "${spaceName}".`,
        });
        break;
      default:
        questions.push({ field, question: `Please tell us the ${field}.`, example: '' });
    }
  }
  for (const ambiguity of ticket.ambiguities) {
    questions.push({ field: 'ambiguity', question: asQuestion(ambiguity), example: exampleFor(ambiguity, wsSlug, sourceSlug, spaceName) });
  }
  return questions;
}

/** The parser words ambiguities as reasons; make sure the customer reads them as something to answer. */
function asQuestion(ambiguity: string): string {
  const text = ambiguity.trim();
  if (/[?]$/.test(text)) return text;
  return `${text.replace(/[.!]$/, '')}. Could you clarify?`;
}

/** Pick an example that fits what the ambiguity is about (dates, hours, workspace, source, space). */
function exampleFor(ambiguity: string, ws: string, source: string, space: string): string {
  const a = ambiguity.toLowerCase();
  if (/\b(hours?|time of day|minutes?|o'clock|\d{1,2}:\d{2}|time ?zone|\d{1,2} ?[ap]m)\b/.test(a)) {
    return 'Delete the whole UTC days 4 March 2024 to 5 March 2024 (we cannot delete parts of a day).';
  }
  if (/\b(date|day|month|year|range|week|\d{1,2}[/.]\d{1,2})\b/.test(a)) return 'The day is 4 March 2024 (or, in ISO form, 2024-03-04).';
  if (/\bworkspace/.test(a)) return `The workspace is ${ws}.`;
  if (/\bsource/.test(a)) return `Only source ${source}.`;
  if (/\bspace\b/.test(a)) return `The space is "${space}".`;
  return `Delete the data of source ${source} in workspace ${ws} from 1 March 2024 to 3 March 2024.`;
}

// ---------------------------------------------------------------------------------------------

type StatusTicket = Pick<Ticket, 'id' | 'kind' | 'status' | 'approvals' | 'runAfter' | 'deadline' | 'rejectReason' | 'result' | 'updatedAt' | 'missing' | 'ambiguities'> & { confirmation?: Ticket['confirmation'] };

/**
 * Where a ticket stands, in one or two sentences for the customer. Staff identities are never shown;
 * a reject reason is quoted as staff wrote it.
 */
export function describeStatus(ticket: StatusTicket, approvalsNeeded: number): string {
  // An account deletion is confirmed by its requester and then followed through its workspace purges.
  if (ticket.kind === 'account_purge' && ticket.status === 'awaiting_approval') {
    return 'Waiting for your written confirmation of the list of workspaces (a reply saying "confirm" to our email); nothing has been deleted.';
  }
  if (ticket.kind === 'account_purge' && ticket.status === 'scheduled') {
    return 'Confirmed: one workspace purge is open for each workspace; each is approved by our team and runs after its waiting period, and each has its own status.';
  }
  switch (ticket.status) {
    case 'needs_info': {
      const n = ticket.missing.length + ticket.ambiguities.length;
      return `Waiting for information from you (${n === 1 ? '1 open question' : `${n} open questions`}); nothing has been deleted.`;
    }
    case 'awaiting_approval':
      if (ticket.confirmation?.state === 'pending') {
        return ticket.approvals.length >= approvalsNeeded
          ? 'Approved by our team; waiting for the written confirmation of a registered contact of the workspace (a reply saying "confirm" to our email). Nothing has been deleted.'
          : 'Waiting for the written confirmation of a registered contact of the workspace (a reply saying "confirm" to our email) and for approval by our team; nothing has been deleted.';
      }
      return approvalsNeeded > 1
        ? `Waiting for approval by our team (${ticket.approvals.length} of ${approvalsNeeded} approvals so far); nothing has been deleted.`
        : 'Waiting for approval by our team; nothing has been deleted.';
    case 'scheduled':
      return ticket.runAfter
        ? `Approved and scheduled to run on ${formatDateTime(ticket.runAfter)}. Until then it can still be cancelled.`
        : 'Approved and scheduled to run shortly.';
    case 'running':
      return 'Running now. It can no longer be cancelled.';
    case 'completed':
      return `Completed on ${formatDateTime(ticket.updatedAt)}.${ticket.result?.summary ? ` ${ticket.result.summary}` : ''}`;
    case 'partial':
      return `Partly completed on ${formatDateTime(ticket.updatedAt)}; our team is finishing the rest.${ticket.result?.summary ? ` ${ticket.result.summary}` : ''}`;
    case 'failed':
      return 'The deletion could not be completed; our team has been alerted and is working on it.';
    case 'rejected':
      return `Rejected by our team. Reason: ${ticket.rejectReason ?? 'none given'}`;
    case 'cancelled':
      return 'Cancelled; nothing was deleted.';
  }
}
