/**
 * The parse result as `parse --json` shows it. Sources and spaces exist inside a workspace, so when no
 * workspace is resolved none of them is: they are left out and named in `missing` (the question says
 * which workspaces have them). A ticket keeps the names the customer wrote (the reply that gives the
 * workspace completes it without asking again); the contract shows only what resolved. Pure.
 */
import { MISSING_FIELDS, requiredFields, type MissingField, type ParseResult } from '../request';

export function contractView(result: ParseResult): ParseResult {
  if (result.workspace !== null || result.kind === 'account_purge' || (result.sources.length === 0 && result.space === null)) return result;
  const required = new Set(requiredFields(result.kind));
  const missing = new Set<MissingField>(result.missing);
  if (result.sources.length > 0 && required.has('source')) missing.add('source');
  if (result.space !== null && required.has('space')) missing.add('space');
  return {
    ...result,
    sources: [],
    space: null,
    missing: MISSING_FIELDS.filter((f) => missing.has(f)),
    evidence: result.evidence ? { ...result.evidence, sources: [], space: null } : result.evidence,
  };
}
