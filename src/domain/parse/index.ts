/**
 * Email → draft deletion request (the `parse --json` contract of DESIGN.md section 3). Pure: no I/O.
 *
 * Safety contract: a result with `missing: []` and `ambiguities: []` must be exactly right. Whenever a
 * piece is uncertain (a near-miss slug, a source of another workspace, an ambiguous date, no workspace
 * named) the field stays missing or an ambiguity says what to ask.
 */
import type { InboundMessage } from '../message';
import { requiredFields, type MissingField, type ParseResult } from '../request';
import { classifyKind } from './classify';
import { indexCatalog, type ParserCatalog } from './catalogIndex';
import { extractRanges } from './dates';
import { newText } from './newText';
import { resolveScope } from './resolveScope';
import { findTicketRef } from './ticketRef';

export { indexCatalog, newText, findTicketRef };
export type { ParserCatalog };

const SUBJECT_PREFIX = /^\s*(?:(?:re|aw|sv|vs|antw|ref|rif|tr|wg|fwd?|fw|rv|enc|r)\s*(?:\[\d+\])?\s*:\s*)+/i;

export function parseRequest(message: InboundMessage, catalog: ParserCatalog): ParseResult {
  const body = newText(message);
  // A subject is one header line (RFC 5322: at most 998 characters); more is not read (see MAX_BODY_CHARS).
  const subject = message.subject.slice(0, 1_000).replace(SUBJECT_PREFIX, '').trim();
  // The subject is read with the body ("Delete iOS data for March 3" is often all there is), but a
  // reply's subject repeats the original request, so for replies only the body gives dates and scope.
  const isReply = SUBJECT_PREFIX.test(message.subject) || message.inReplyTo !== null;
  const text = isReply ? body : `${subject}\n\n${body}`;
  const ticket = findTicketRef(message.subject) ?? findTicketRef(body);

  const scope = resolveScope(text, catalog);
  const dates = extractRanges(text, message.date);
  const kindText = `${subject}\n\n${body}`;
  const kind = classifyKind(kindText, {
    hasTicket: ticket !== null,
    namedSource: scope.named.source,
    namedSpace: scope.named.space,
    hasDates: dates.mentioned,
    workspaceDeletedAt: scope.workspaceDeletedAt,
  });

  const ambiguities = [...scope.ambiguities];
  const notes: string[] = [];
  const isSourceData = kind === 'source_data';
  // Dates only matter to source deletions; for other kinds a date is context ("we closed on March 3").
  if (isSourceData) {
    ambiguities.push(...dates.ambiguities);
    notes.push(...dates.notes);
  }
  const ranges = isSourceData ? dates.ranges : [];
  const sources = isSourceData || kind === 'unknown' ? scope.sources : [];
  // A ParseResult applies every range to every source. "ios-app for March 1-3 and android for March 5"
  // would widen both, so with several sources and several dates we ask how they pair up.
  if (isSourceData && sources.length > 1 && dates.expressions > 1) {
    ambiguities.push(`several sources (${sources.join(', ')}) and several dates are named — should every day be deleted for every source?`);
  }
  const space = kind === 'unify_space' ? scope.space : null;
  if (kind === 'archive_purge' && scope.workspace && !scope.workspaceDeletedAt) {
    ambiguities.push(`workspace ${scope.workspace} is not deleted in the catalog, but the message asks for the archive of a deleted workspace — which is meant?`);
  }
  if (kind === 'workspace_purge' || kind === 'unify_space') {
    if (scope.named.source) ambiguities.push('the message names sources, but asks for a whole workspace or space — which is meant?');
  }

  const found: Record<MissingField, boolean> = {
    workspace: scope.workspace !== null,
    source: sources.length > 0,
    'time frame': ranges.length > 0,
    space: space !== null,
  };
  const missing = requiredFields(kind).filter((f) => !found[f]);
  if ((kind === 'status' || kind === 'cancel') && !ticket && !scope.workspace) {
    ambiguities.push(`no ticket (DEL-n) or workspace is named — which request is meant?`);
  }
  if (missing.includes('workspace') && message.from) {
    const owners = catalog.catalog.workspaces.filter((w) => w.contacts.includes(message.from?.address ?? ''));
    if (owners.length === 1) notes.push(`the sender is a contact of workspace ${owners[0].slug}`);
  }
  return {
    kind,
    workspace: scope.workspace,
    sources,
    space,
    ranges,
    ticket,
    missing,
    ambiguities: [...new Set(ambiguities)],
    notes: [...new Set(notes)],
  };
}
