/**
 * What a reply changes on a ticket, besides the scope fields it names: which open questions it
 * answers, which kind it asks for, and the customer's own words to keep. Pure; used by the lifecycle.
 */
import type { ParseEvidence, ParseResult, ScopeField } from './request';
import { isDeletionKind } from './request';
import { WHOLE_DAYS_QUESTION } from './parse/dates';
import type { Ticket } from './ticket';

/**
 * The open questions after a reply. A question stays open until a reply gives the field it is about a
 * value: an answer that only says "yes, as I wrote" leaves "March 1–10 except March 5?" unanswered,
 * so the ticket cannot go on with 1–10 March. A question whose field is unknown stays unless the reply
 * changes the scope. The reply's own questions are added. A "yes" (`affirms`) answers the question
 * whether hours may be widened to whole UTC days.
 */
export function openQuestions(current: Ticket, p: ParseResult, scopeChanged: boolean, affirms = false): Pick<Ticket, 'ambiguities' | 'ambiguityFields'> {
  const fields = current.ambiguityFields ?? [];
  const kept = current.ambiguities
    .map((text, i) => ({ text, field: fields[i] ?? null }))
    .filter((q) => (q.field === null ? !scopeChanged : !givesValue(p, q.field)))
    // "Should those whole days be deleted?" — "Yes." answers it when it is the only question open: a
    // yes beside other questions could be the answer to any of them.
    .filter((q) => !(affirms && !scopeChanged && current.ambiguities.length === 1 && q.text.includes(WHOLE_DAYS_QUESTION)));
  const asked = p.ambiguities.map((text, i) => ({ text, field: p.ambiguityFields?.[i] ?? null }));
  const all = [...kept.filter((q) => !asked.some((a) => a.text === q.text)), ...asked];
  return { ambiguities: all.map((q) => q.text), ambiguityFields: all.map((q) => q.field) };
}

/**
 * The kind a reply asks for, or null when it asks for none. A reply's subject ("Re: Data deletion
 * request") reads as a source deletion even when the body only says "Confirmed." or "thanks": that
 * must not turn a space deletion into a source deletion (and void its confirmation). So a reply's
 * kind counts when the parser quoted words for it, or — without quotes — when it is a space or purge
 * kind, or comes with a source or a day.
 */
export function replyKind(p: ParseResult): ParseResult['kind'] | null {
  if (!isDeletionKind(p.kind)) return null;
  if (p.evidence) return p.evidence.kind ? p.kind : null;
  return p.kind !== 'source_data' || p.sources.length > 0 || p.ranges.length > 0 ? p.kind : null;
}

function givesValue(p: ParseResult, field: ScopeField): boolean {
  switch (field) {
    case 'kind':
    case 'request':
      return replyKind(p) !== null;
    case 'workspace':
      return p.workspace !== null;
    case 'sources':
      return p.sources.length > 0;
    case 'space':
      return p.space !== null;
    case 'ranges':
      return p.ranges.length > 0;
  }
}

/** The customer's words for each part of the scope, from the reply that last set that part. */
export function mergeEvidence(before: ParseEvidence | null, p: ParseResult): ParseEvidence | null {
  const e = p.evidence;
  if (!e) return before;
  if (!before) return e;
  return {
    kind: isDeletionKind(p.kind) ? e.kind : before.kind,
    workspace: p.workspace !== null ? e.workspace : before.workspace,
    sources: p.sources.length > 0 ? e.sources : before.sources,
    space: p.space !== null ? e.space : before.space,
    ranges: p.ranges.length > 0 ? e.ranges : before.ranges,
  };
}
