/**
 * What we understood, in the customer's words rather than ours: the scope of a ticket as sentences,
 * and a question (with an example of a good answer) for every field we still need. Used by the email
 * templates; pure.
 */
import type { Ticket } from '../ticket';
import type { CatalogWorkspace } from '../catalog';
import { formatDateTime, formatDayRanges, joinList } from './format';
import { humanDays } from './customerText';
import { resultSentence } from './receiptSummary';

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

type QuestionTicket = Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges' | 'missing' | 'ambiguities'> & Partial<Pick<Ticket, 'ambiguityFields'>>;

/** `missing` names (parse --json) → the scope field an ambiguity about the same thing carries. */
const MISSING_FIELD: Record<string, string> = { request: 'kind', workspace: 'workspace', source: 'sources', 'time frame': 'ranges', space: 'space' };

/**
 * One question per thing we need, each asked once: a missing field and the parser's doubts about the
 * same field ("Which days?" and "'4/3' could be 4 March or 3 April") become one question, and several
 * doubts about the days become one question that quotes each. Examples reuse what we already know
 * (the workspace slug, a source) so the customer can copy and correct them; a date example is always
 * written "From 1 March 2024 to 3 March 2024." (a form the parser reads without doubt) and never uses
 * a day the customer already wrote, so copying it cannot look like agreeing with our reading.
 */
export function missingQuestions(ticket: QuestionTicket, workspace?: CatalogWorkspace): MissingQuestion[] {
  const wsSlug = ticket.workspace ?? 'acme-inc';
  const sourceSlug = ticket.sources[0] ?? workspace?.sources[0]?.slug ?? 'ios-app';
  const spaceName = workspace?.spaces[0]?.name ?? 'Default Space';
  const days = dateExample(ticket);
  const doubts = new Map<string, string[]>();
  ticket.ambiguities.forEach((text, i) => {
    const field = ticket.ambiguityFields?.[i] ?? fieldOf(text);
    const list = doubts.get(field) ?? [];
    if (!list.includes(text)) list.push(text);
    doubts.set(field, list);
  });
  const questions: MissingQuestion[] = [];
  const ask = (field: string, plain: string, example: string) => {
    const said = doubts.get(MISSING_FIELD[field] ?? field) ?? [];
    doubts.delete(MISSING_FIELD[field] ?? field);
    questions.push({ field, question: said.length ? `${reasons(said)} ${plain}` : plain, example });
  };
  for (const field of ticket.missing) {
    switch (field) {
      case 'request':
        ask(field, 'What would you like us to delete? We can delete the data of one or more sources for whole UTC days, a Unify space, or all data of a workspace.', `Please delete the data of source ${sourceSlug} in workspace ${wsSlug} ${days.charAt(0).toLowerCase()}${days.slice(1)}`);
        break;
      case 'workspace':
        ask(field, 'Which workspace? Please reply with its slug, as shown in Settings → General.', 'The workspace is acme-inc.');
        break;
      case 'source':
        ask(field, `Which source or sources${ticket.workspace ? ` of workspace ${ticket.workspace}` : ''}? Please reply with the source slug or name, as shown under Connections → Sources.`, `The sources are ${sourceSlug} and web-site.`);
        break;
      case 'time frame':
        ask(field, 'Which days? We delete whole UTC days; please give the first and the last day, with the month written out.', days);
        break;
      case 'space':
        ask(field, `Which Unify space${ticket.workspace ? ` of workspace ${ticket.workspace}` : ''}? Please reply with its name, as shown in Unify → Settings.`, `The space is "${spaceName}".`);
        break;
      default:
        ask(field, `Please tell us the ${field}.`, '');
    }
  }
  for (const [field, said] of doubts) {
    if (field === 'other') {
      for (const text of said) questions.push({ field: 'ambiguity', question: asQuestion(text), example: `Delete the data of source ${sourceSlug} in workspace ${wsSlug} ${days.charAt(0).toLowerCase()}${days.slice(1)}` });
      continue;
    }
    const example =
      field === 'ranges' ? days : field === 'workspace' ? `The workspace is ${wsSlug}.` : field === 'sources' ? `Only source ${sourceSlug}.` : field === 'space' ? `The space is "${spaceName}".` : '';
    questions.push({ field: 'ambiguity', question: said.length === 1 ? asQuestion(said[0]) : `${reasons(said)} ${FIELD_QUESTION[field] ?? 'Could you clarify?'}`, example });
  }
  return questions;
}

const FIELD_QUESTION: Record<string, string> = {
  ranges: 'Which days should we delete? Please give the first and the last day, with the month written out.',
  workspace: 'Which workspace is meant? Please reply with its slug, as shown in Settings → General.',
  sources: 'Which sources exactly? Please reply with the source slugs, as shown under Connections → Sources.',
  space: 'Which Unify space is meant?',
  kind: 'What would you like us to delete?',
};

/** Several doubts about one field, quoted as reasons: `"4/3" could be …; "next week" is relative …`. */
function reasons(said: readonly string[]): string {
  const parts = said.map((t) => humanDays(t.trim()).replace(/\s*[—–-]+\s*(which|is it|did you|should|until)\b[^—–]*\?\s*$/i, '').replace(/[.?!]+$/, ''));
  return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}

/** The parser words ambiguities as reasons; make sure the customer reads them as something to answer. */
function asQuestion(ambiguity: string): string {
  const text = humanDays(ambiguity.trim());
  if (/[?]$/.test(text)) return text;
  return `${text.replace(/[.!]$/, '')}. Could you clarify?`;
}

/** The field an ambiguity is about, from its words, when the parser did not say. */
function fieldOf(ambiguity: string): string {
  const a = ambiguity.toLowerCase();
  if (/\b(hours?|time of day|minutes?|o'clock|\d{1,2}:\d{2}|time ?zone|\d{1,2} ?[ap]m|date|days?|month|year|range|week|night|\d{1,2}[/.]\d{1,2})\b/.test(a)) return 'ranges';
  if (/\bworkspace/.test(a)) return 'workspace';
  if (/\bsources?\b/.test(a)) return 'sources';
  if (/\bspaces?\b/.test(a)) return 'space';
  return 'other';
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EXAMPLE_RANGES: [from: [day: number, month: number, year: number], to: [day: number, month: number, year: number]][] = [
  [[1, 3, 2024], [3, 3, 2024]],
  [[10, 6, 2024], [12, 6, 2024]],
  [[20, 9, 2023], [22, 9, 2023]],
  [[14, 11, 2024], [16, 11, 2024]],
];

/**
 * "From 1 March 2024 to 3 March 2024." unless the customer wrote one of those days (in any form we
 * can spot: ISO, "4 March", "March 4", "4/3" either way round); then the next candidate.
 */
function dateExample(ticket: QuestionTicket): string {
  const said = new Set<string>();
  const add = (day: number, month: number) => said.add(`${day}/${month}`);
  const texts = [...ticket.ambiguities, ...ticket.ranges.flatMap((r) => [r.from, r.to])].join(' ').toLowerCase();
  for (const m of texts.matchAll(/\b\d{4}-(\d{2})-(\d{2})\b/g)) add(Number(m[2]), Number(m[1]));
  const month = `(${MONTH_NAMES.join('|')}|${MONTH_NAMES.map((n) => n.slice(0, 3)).join('|')})`;
  for (const m of texts.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}`, 'g'))) add(Number(m[1]), monthIndex(m[2]));
  for (const m of texts.matchAll(new RegExp(`${month}\\.?\\s+(\\d{1,2})\\b`, 'g'))) add(Number(m[2]), monthIndex(m[1]));
  for (const m of texts.matchAll(/\b(\d{1,2})[/.](\d{1,2})\b/g)) {
    add(Number(m[1]), Number(m[2]));
    add(Number(m[2]), Number(m[1]));
  }
  const pick = EXAMPLE_RANGES.find(([a, b]) => !said.has(`${a[0]}/${a[1]}`) && !said.has(`${b[0]}/${b[1]}`)) ?? EXAMPLE_RANGES[EXAMPLE_RANGES.length - 1];
  const show = ([d, m, y]: [number, number, number]) => `${d} ${MONTH_NAMES[m - 1].replace(/^./, (c) => c.toUpperCase())} ${y}`;
  return `From ${show(pick[0])} to ${show(pick[1])}.`;
}

function monthIndex(name: string): number {
  return MONTH_NAMES.findIndex((n) => n.startsWith(name.slice(0, 3))) + 1;
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
      return `Completed on ${formatDateTime(ticket.updatedAt)}.${ticket.result ? ` ${resultSentence(ticket.result)}` : ''}`;
    case 'partial':
      return `Partly completed on ${formatDateTime(ticket.updatedAt)}; our team is finishing the rest.${ticket.result ? ` ${resultSentence(ticket.result)}` : ''}`;
    case 'failed':
      return 'The deletion could not be completed; our team has been alerted and is working on it.';
    case 'rejected':
      return `Rejected by our team. Reason: ${ticket.rejectReason ?? 'none given'}`;
    case 'cancelled':
      return 'Cancelled; nothing was deleted.';
  }
}
