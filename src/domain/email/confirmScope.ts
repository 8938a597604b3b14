/**
 * The scope as the customer is asked to confirm it: every item by its display name *and* its slug or
 * id, every UTC day range with weekdays and the number of days, and — when the parser recorded them —
 * the customer's own words next to each part ("you wrote: 'March 1-3'"), so a misreading is visible.
 * Pure; used by the confirmation request in the emails.
 */
import type { Ticket } from '../ticket';
import type { CatalogWorkspace } from '../catalog';
import { formatConfirmRange } from './format';

type ConfirmTicket = Pick<Ticket, 'kind' | 'workspace' | 'sources' | 'space' | 'ranges' | 'evidence'> & Partial<Pick<Ticket, 'accountWorkspaces'>>;

/** What each kind of request deletes, as the confirmation request says it (the parser knows these lines as the desk's own). */
export const KIND_TEXT: Record<string, string> = {
  source_data: 'delete the data of the sources below for the days below',
  unify_space: 'delete the Unify space below, with everything stored in it',
  workspace_purge: 'delete all data of the workspace: every archived day of every source below, and every Unify space below',
  archive_purge: 'purge the archive of the deleted workspace: every archived day of every source below',
  account_purge: 'delete your account: a complete data purge of every workspace below, the workspaces you administer',
};

/** `reader`: `requester` quotes "you wrote"; `contact` (someone else asked) quotes "the request says". */
export function confirmScopeLines(t: ConfirmTicket, workspace: CatalogWorkspace | undefined, reader: 'requester' | 'contact' = 'requester'): string[] {
  const e = t.evidence ?? null;
  const quote = reader === 'requester' ? 'you wrote' : 'the request says';
  const said = (text: string | null | undefined): string => (text && text.trim() ? ` (${quote}: "${oneLine(text)}")` : '');
  const lines: string[] = [];
  lines.push(`Request: ${KIND_TEXT[t.kind] ?? t.kind}${said(e?.kind)}`);
  if (t.kind === 'account_purge') {
    for (const w of t.accountWorkspaces ?? []) lines.push(`Workspace: ${w.name && w.name !== w.slug ? `${w.name} (${w.slug})` : w.slug}`);
    lines.push('Each workspace is purged on its own: every archived day of every one of its sources, and every one of its Unify spaces.');
    return lines;
  }
  const ws = workspace && workspace.slug === t.workspace ? workspace : undefined;
  lines.push(`Workspace: ${ws && ws.name !== ws.slug ? `${ws.name} (${ws.slug})` : (t.workspace ?? 'unknown')}${said(e?.workspace)}`);
  const sourceLine = (slug: string, name: string | undefined) => `Source: ${name && name !== slug ? `${name} (${slug})` : slug}${said(e?.sources.find((s) => s.slug === slug)?.text)}`;
  switch (t.kind) {
    case 'source_data':
      for (const slug of t.sources) lines.push(sourceLine(slug, ws?.sources.find((s) => s.slug === slug)?.name));
      for (const r of t.ranges) lines.push(`UTC days: ${formatConfirmRange(r)}${said(e?.ranges.find((x) => x.from === r.from && x.to === r.to)?.text)}`);
      break;
    case 'unify_space': {
      const space = ws?.spaces.find((s) => s.name === t.space) ?? ws?.spaces.find((s) => s.name.toLowerCase() === (t.space ?? '').toLowerCase());
      lines.push(`Unify space: ${space ? `${space.name} (${space.id})` : (t.space ?? 'unknown')}${said(e?.space)}`);
      break;
    }
    case 'workspace_purge':
    case 'archive_purge': {
      const sources = ws?.sources ?? [];
      if (sources.length === 0) lines.push('Sources: none registered today');
      for (const s of sources) lines.push(sourceLine(s.slug, s.name));
      if (t.kind === 'workspace_purge') {
        const spaces = ws?.spaces ?? [];
        if (spaces.length === 0) lines.push('Unify spaces: none registered today');
        for (const s of spaces) lines.push(`Unify space: ${s.name} (${s.id})`);
      }
      lines.push('Every archived day of these sources, whatever the date.');
      break;
    }
    default:
      break;
  }
  return lines;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 197)}…` : flat;
}
