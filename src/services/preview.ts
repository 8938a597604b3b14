/**
 * What a ticket would delete, counted in the archive now: partitions, objects and bytes per source and
 * day (and per space). Shown to staff before approval (`deletion-desk preview`, the Slack card).
 */
import type { Archive } from '../ports/archive';
import type { Catalog } from '../domain/catalog';
import { archiveScope, type ArchiveLayouts, type ScopeTicket } from '../domain/scope';
import { receiptLabel } from '../domain/execution/receipt';
import { scopePartitions, type OutsideLayout } from './executorScope';

export interface PreviewPartition {
  prefix: string;
  /** Source slug, or `space: <name>`. */
  source: string;
  /** `YYYY-MM-DD`, or `all` for a space. */
  day: string;
  objects: number;
  bytes: number;
  /** More than `objects` on a versioned bucket (old versions and delete markers). */
  versions: number;
}

export interface Preview {
  archive: string;
  partitions: PreviewPartition[];
  totals: { partitions: number; objects: number; bytes: number; versions: number };
  /** True when nothing in the archive is in scope: approving would delete nothing. */
  empty: boolean;
  /** Keys under a source folder that are not in a day partition of the layout (left alone). */
  outsideLayout: OutsideLayout;
  /** How many partitions were left out of `partitions` (the totals still count them). */
  truncated: number;
}

export interface PreviewDeps {
  archive: Archive;
  catalog: Catalog;
  layouts: ArchiveLayouts;
}

/** Throws AppError('bad_input') when the scope itself is refused (unknown source, unsafe id). */
export async function previewTicket(deps: PreviewDeps, ticket: ScopeTicket, options: { signal?: AbortSignal; maxPartitions?: number } = {}): Promise<Preview> {
  const scope = archiveScope(ticket, deps.catalog, deps.layouts);
  const outsideLayout: OutsideLayout = { count: 0, samples: [] };
  const partitions: PreviewPartition[] = [];
  const totals = { partitions: 0, objects: 0, bytes: 0, versions: 0 };
  const max = options.maxPartitions ?? 10_000;
  for await (const p of scopePartitions(deps.archive, scope, { sizes: true, signal: options.signal, outside: outsideLayout })) {
    totals.partitions += 1;
    totals.objects += p.objects;
    totals.bytes += p.bytes;
    totals.versions += p.versions;
    if (partitions.length < max) partitions.push({ prefix: p.prefix, ...receiptLabel(p), objects: p.objects, bytes: p.bytes, versions: p.versions });
  }
  return { archive: await deps.archive.describe(), partitions, totals, empty: totals.versions === 0, outsideLayout, truncated: totals.partitions - partitions.length };
}

/** Plain text for the shell and for logs. */
export function previewText(ref: string, p: Preview): string {
  const lines = [`${ref} would delete from ${p.archive}:`];
  if (p.empty) {
    lines.push('  nothing: the scope is empty (no object exists in any partition of this ticket), so approving it deletes nothing.');
  }
  for (const x of p.partitions) {
    const versions = x.versions !== x.objects ? ` (${x.versions} versions and delete markers)` : '';
    lines.push(`  ${x.source.padEnd(20)} ${x.day.padEnd(10)}  ${String(x.objects).padStart(9)} objects  ${String(x.bytes).padStart(14)} bytes${versions}   ${x.prefix}`);
  }
  if (p.truncated) lines.push(`  … and ${p.truncated} more partitions`);
  lines.push(`  total: ${p.totals.partitions} partitions, ${p.totals.objects} objects, ${p.totals.bytes} bytes`);
  if (p.outsideLayout.count) lines.push(`  note: ${p.outsideLayout.count} objects under the source folders do not match the layout and will NOT be deleted (e.g. ${p.outsideLayout.samples.join(', ')})`);
  return lines.join('\n');
}
