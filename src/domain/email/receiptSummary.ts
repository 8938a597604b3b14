/**
 * The deletion receipt as a customer reads it: the body says per source which day ranges were
 * deleted and how much (a 3-year purge of 5 sources is a dozen lines, not 5,000 rows), and the
 * complete record travels as an attached CSV whose SHA-256 the body shows. The result sentence says
 * what happened in plain words: files and human sizes, never partitions, prefixes or storage errors.
 * Pure.
 */
import type { Ticket } from '../ticket';
import type { CatalogWorkspace } from '../catalog';
import { receiptCsv, sha256Hex } from '../execution/receipt';
import { formatBytes, formatCount, formatDateTime, formatDayRange, joinList, plural } from './format';

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface ReceiptSourceView {
  /** `iOS App (ios-app)` or `Unify space Marketing`. */
  name: string;
  /** `1,096 days · 3,288 files · 1.7 GB` (spaces: `3 files · 12 kB`). */
  totals: string;
  /** Consecutive days merged: `1 January 2022 to 31 December 2024 (1,096 days)`. */
  ranges: string[];
  /** `…and 7 more ranges (all in the attached file)`, or null. */
  more: string | null;
}

export interface ReceiptView {
  sha256: string;
  startedAt: string;
  finishedAt: string;
  /** Nothing was stored in scope: the body says so and there is no attachment. */
  empty: boolean;
  sources: ReceiptSourceView[];
  moreSources: string | null;
  totalFiles: string;
  totalSize: string;
  /** The complete record: its name, row count and SHA-256 (of the file's bytes). */
  file: { name: string; rows: string; sha256: string } | null;
}

interface Row {
  source: string;
  day: string;
  objects: number;
  bytes: number;
  sha256: string;
}

/** Ranges shown per source and sources shown in the body; the rest is in the attachment. */
const MAX_RANGES = 6;
const MAX_SOURCES = 12;

/** The receipt is built by the executor; accept it only if it has the documented shape. */
export function receiptRows(value: unknown): { sha256: string; startedAt: unknown; finishedAt: unknown; rows: Row[] } | null {
  if (!isRecord(value) || typeof value.sha256 !== 'string' || !Array.isArray(value.partitions)) return null;
  const rows = value.partitions
    .filter((p): p is Record<string, unknown> & { source: string; day: string; objects: number; bytes: number } =>
      isRecord(p) && typeof p.source === 'string' && typeof p.day === 'string' && typeof p.objects === 'number' && typeof p.bytes === 'number')
    .map((p) => ({ source: p.source, day: p.day, objects: p.objects, bytes: p.bytes, sha256: typeof p.sha256 === 'string' ? p.sha256 : '' }));
  return { sha256: value.sha256, startedAt: value.startedAt, finishedAt: value.finishedAt, rows };
}

export function receiptView(value: unknown, ref: string, workspace: CatalogWorkspace | undefined): { view: ReceiptView; attachment: EmailAttachment | null } | null {
  const receipt = receiptRows(value);
  if (!receipt) return null;
  const { rows } = receipt;
  const bySource = new Map<string, Row[]>();
  for (const r of rows) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  // Sources first, by slug, then Unify spaces: the order the customer's confirmation listed them in.
  const names = [...bySource.keys()].sort((a, b) => Number(a.startsWith('space: ')) - Number(b.startsWith('space: ')) || (a < b ? -1 : a > b ? 1 : 0));
  const sources = names.slice(0, MAX_SOURCES).map((source) => sourceView(source, bySource.get(source) ?? [], workspace));
  const csv = rows.length ? receiptCsv(rows) : null;
  const filename = `deletion-receipt-${ref}.csv`;
  return {
    view: {
      sha256: receipt.sha256,
      startedAt: typeof receipt.startedAt === 'string' ? formatDateTime(receipt.startedAt) : 'unknown',
      finishedAt: typeof receipt.finishedAt === 'string' ? formatDateTime(receipt.finishedAt) : 'unknown',
      empty: rows.length === 0,
      sources,
      moreSources: names.length > MAX_SOURCES ? `…and ${plural(names.length - MAX_SOURCES, 'more source')} (all in the attached file)` : null,
      totalFiles: plural(sum(rows, 'objects'), 'file'),
      totalSize: formatBytes(sum(rows, 'bytes')),
      file: csv ? { name: filename, rows: plural(rows.length, 'row'), sha256: sha256Hex(csv) } : null,
    },
    attachment: csv ? { filename, contentType: 'text/csv; charset=utf-8', content: csv } : null,
  };
}

function sourceView(source: string, rows: Row[], workspace: CatalogWorkspace | undefined): ReceiptSourceView {
  const files = plural(sum(rows, 'objects'), 'file');
  const size = formatBytes(sum(rows, 'bytes'));
  const space = /^space: (.*)$/.exec(source);
  if (space) return { name: `Unify space "${space[1]}"`, totals: `${files} · ${size}`, ranges: [], more: null };
  const name = workspace?.sources.find((s) => s.slug === source)?.name;
  const runs = dayRuns(rows.map((r) => r.day));
  const ranges = runs.slice(0, MAX_RANGES).map((r) => `${formatDayRange(r)}${r.from === r.to ? '' : ` (${plural(r.days, 'day')})`}`);
  return {
    name: name && name !== source ? `${name} (${source})` : source,
    totals: `${plural(new Set(rows.map((r) => r.day)).size, 'day')} · ${files} · ${size}`,
    ranges,
    more: runs.length > MAX_RANGES ? `…and ${plural(runs.length - MAX_RANGES, 'more range')} (all in the attached file)` : null,
  };
}

/** Sorted UTC days merged into runs of consecutive days. */
function dayRuns(days: string[]): { from: string; to: string; days: number }[] {
  const sorted = [...new Set(days)].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const runs: { from: string; to: string; days: number }[] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && Date.parse(`${day}T00:00:00Z`) - Date.parse(`${last.to}T00:00:00Z`) === 86_400_000) {
      last.to = day;
      last.days += 1;
    } else runs.push({ from: day, to: day, days: 1 });
  }
  return runs;
}

function sum(rows: Row[], key: 'objects' | 'bytes'): number {
  return rows.reduce((n, r) => n + r[key], 0);
}

/**
 * What happened, in one or two sentences for the customer: `Deleted 12 files (1.7 kB) from 3 days
 * of 1 source; we checked afterwards and nothing remains.` Failures are counted per source and day,
 * never quoted: their text is a storage error meant for our team.
 */
export function resultSentence(result: Ticket['result'], workspace?: CatalogWorkspace): string | null {
  if (!result) return null;
  const receipt = receiptRows(result.receipt);
  const rows = receipt?.rows ?? [];
  const failures = (Array.isArray(result.failures) ? result.failures : []).filter(isRecord);
  const deleted = rows.length ? `Deleted ${plural(sum(rows, 'objects'), 'file')} (${formatBytes(sum(rows, 'bytes'))}) from ${coverage(rows)}` : '';
  if (result.outcome === 'completed') {
    if (!receipt) return 'The deletion is complete.';
    return rows.length
      ? `${deleted}. We checked afterwards: nothing remains in what you asked us to delete.`
      : 'We found no stored data in what you asked us to delete, so there was nothing to remove. We checked: nothing remains.';
  }
  const failedSources = [...new Set(failures.map((f) => (typeof f.source === 'string' ? sourceName(f.source, workspace) : null)).filter((s): s is string => !!s))];
  const failedDays = new Set(failures.map((f) => `${String(f.source)}|${String(f.day)}`)).size;
  const what = failedSources.length
    ? `${plural(failedDays, 'day')} of ${joinList(failedSources.slice(0, 3))}${failedSources.length > 3 ? ` and ${formatCount(failedSources.length - 3)} more` : ''}`
    : 'part of the request';
  if (result.outcome === 'partial') return `${deleted ? `${deleted}. ` : ''}${capitalise(what)} could not be deleted yet.`;
  return 'Nothing could be deleted yet; our team has been alerted and is working on it.';
}

function coverage(rows: Row[]): string {
  const spaces = rows.filter((r) => r.source.startsWith('space: ')).length;
  const days = rows.filter((r) => !r.source.startsWith('space: ')).map((r) => r.day).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const sources = new Set(rows.filter((r) => !r.source.startsWith('space: ')).map((r) => r.source)).size;
  const span = days.length ? ` (${formatDayRange({ from: days[0], to: days[days.length - 1] })})` : '';
  const parts = [...(sources ? [`${plural(sources, 'source')}${span}`] : []), ...(spaces ? [plural(spaces, 'Unify space')] : [])];
  return parts.join(' and ');
}

function sourceName(slug: string, workspace: CatalogWorkspace | undefined): string {
  const space = /^space: (.*)$/.exec(slug);
  if (space) return `Unify space "${space[1]}"`;
  const name = workspace?.sources.find((s) => s.slug === slug)?.name;
  return name && name !== slug ? `${name} (${slug})` : slug;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
