/**
 * The parse result as `parse --json` shows it. Sources and spaces exist inside a workspace, so when no
 * workspace is resolved none of them is: they are left out, and `missing` names the workspace (the
 * source or space was found; the question says which workspaces have it). Fields the words do give but a question is about (a name that fits
 * several entries, days that cannot be used as written) are in `ambiguities`, not `missing`: `missing`
 * names what was not found. A ticket keeps the names the customer wrote (the reply that gives the
 * workspace completes it without asking again); the contract shows only what resolved, and no days
 * while which days are meant is a question. Pure.
 */
import { MISSING_FIELDS, requiredFields, type ParseResult } from '../request';
import { WHOLE_DAYS_QUESTION } from './dates';
import { PAIRING_QUESTION } from './index';
import { REFERRED_DAYS_QUESTION } from './referredDays';

export function contractView(input: ParseResult): ParseResult {
  const unsettled = new Set(input.unsettled ?? []);
  const doubted = daysInDoubt(input);
  const result = doubted ? { ...input, ranges: [], evidence: input.evidence ? { ...input.evidence, ranges: [] } : input.evidence } : input;
  // Days left out while a question is about them are not known yet: the ticket counts them as missing.
  const leftOut = doubted && input.ranges.length > 0 && requiredFields(input.kind).includes('time frame') && !result.missing.includes('time frame');
  const known = leftOut ? MISSING_FIELDS.filter((f) => f === 'time frame' || result.missing.includes(f)) : result.missing;
  const settledMissing = known.filter((f) => !unsettled.has(f));
  if (result.workspace !== null || result.kind === 'account_purge' || (result.sources.length === 0 && result.space === null)) return { ...result, missing: settledMissing };
  return {
    ...result,
    sources: [],
    space: null,
    missing: settledMissing,
    evidence: result.evidence ? { ...result.evidence, sources: [], space: null } : result.evidence,
  };
}

/**
 * A question about which days are meant ("Feb 29, 2026 is not a valid date", "the 4th, or maybe the
 * 5th"): the days shown would be a guess, so none are. Hours widened to whole UTC days, days to pair
 * with several sources and days written beside others given by reference ("…as DEL-311, and also May 4")
 * were read right; they stay.
 */
function daysInDoubt(result: ParseResult): boolean {
  return (result.ambiguityFields ?? []).some((field, i) => {
    const question = result.ambiguities[i] ?? '';
    return field === 'ranges' && ![WHOLE_DAYS_QUESTION, PAIRING_QUESTION, REFERRED_DAYS_QUESTION].some((read) => question.includes(read));
  });
}
