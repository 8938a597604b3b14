/**
 * Hidden HTML (display:none, white on white, a zero font size): what the person sending the message does
 * not see is never part of the scope. It is asked about only when it names a different scope than the
 * visible text: a decoy ("also delete ios-app"), or a purge the sender never saw. A preheader with no
 * deletion words ("Newsletter 2025-01-01 – your monthly digest"), or hidden text repeating the visible
 * request, says nothing new, and asking about it would only stall a clear request.
 */
import { isDeletionKind, type DayRange, type RequestKind } from '../request';
import type { ParserCatalog } from './catalogIndex';
import { asksForWholeWorkspace, asksToDelete, classifyKind } from './classify';
import { extractRanges, type DateOptions } from './dates';
import { hiddenHtmlText } from './htmlToText';
import { MAX_BODY_CHARS } from './newText';
import { resolveScope } from './resolveScope';

export interface VisibleScope {
  kind: RequestKind | 'unknown';
  workspace: string | null;
  sources: string[];
  space: string | null;
  ranges: DayRange[];
}

const HIDING = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide|font-size\s*:\s*0|opacity\s*:\s*0|\shidden[\s>=]|color/i;

export function hiddenNamesOtherScope(html: string, catalog: ParserCatalog, visible: VisibleScope, sent: Date | null, dateOptions: DateOptions): boolean {
  if (!HIDING.test(html)) return false;
  const hidden = hiddenHtmlText(html).slice(0, MAX_BODY_CHARS);
  if (hidden.trim() === '') return false;
  const scope = resolveScope(hidden, catalog);
  const otherName = (scope.workspace !== null && scope.workspace !== visible.workspace) || scope.sources.some((s) => !visible.sources.includes(s)) || (scope.space !== null && scope.space !== visible.space);
  if (otherName) return true;
  // Without a word for deleting, a date or a name that fits nothing for sure ("news from Heron") asks for nothing.
  if (!asksToDelete(hidden)) return false;
  if (scope.spans.length > 0 && (scope.ambiguities.length > 0 || (scope.workspace === null && scope.sources.length === 0 && scope.space === null))) return true;
  const dates = extractRanges(hidden, sent, dateOptions);
  const hiddenKind = classifyKind(hidden, {
    hasTicket: false, namedSource: scope.named.source, namedSpace: scope.named.space, namedWorkspace: scope.named.workspace,
    hasDates: dates.mentioned, workspaceDeletedAt: scope.workspaceDeletedAt,
  });
  const deletes = isDeletionKind(hiddenKind) || hiddenKind === 'account_purge' || hiddenKind === 'user_data';
  if ((deletes && hiddenKind !== visible.kind) || (asksForWholeWorkspace(hidden) && visible.kind === 'source_data')) return true;
  if (dates.ambiguities.length > 0) return dates.mentioned;
  return dates.ranges.some((r) => !visible.ranges.some((v) => v.from <= r.from && r.to <= v.to));
}
