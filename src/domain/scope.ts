/**
 * What a ticket deletes, as key prefixes: one pure function from the ticket, the catalog and the
 * layouts (ARCHIVE_LAYOUT, SPACE_LAYOUT). Nothing here lists or deletes; the executor and the preview
 * use it, so staff approve exactly what later runs.
 *
 * Two shapes come out:
 * - `prefixes`: exact partitions (one source and UTC day, or one space). Each ends with "/" at the
 *   partition boundary, so `…/86400000/` can never match `…/864000000/`.
 * - `sourceRoots`: "every day of this source" (workspace and archive purges). The days are not known
 *   without listing, so a root carries the listing prefix and a matcher (`matchPartition`) that accepts
 *   only keys whose next part is a well-formed day token followed by the rest of the layout. A
 *   look-alike (`src_91ab2/` next to `src_91ab/`, `notes/`, `0086400000/`) never matches.
 *
 * Ids and slugs that would escape the layout (`..`, `/`, `\`, `%2e`, control characters, empty,
 * Unicode look-alikes such as `／` or `‥`) are refused with AppError('bad_input') before anything runs.
 */
import { AppError } from '../errors';
import type { Catalog, CatalogSource, CatalogSpace, CatalogWorkspace } from './catalog';
import type { DayRange, RequestKind } from './request';
import type { ApprovedManifest, ScopeIdentity } from './ticket';

export interface ArchiveLayouts {
  /** Prefix of one source-day partition, e.g. `segment-logs/{sourceId}/{dayMs}/`. */
  archive: string;
  /** Prefix of everything stored for one space, e.g. `unify/{spaceId}/`. */
  space: string;
}

/** One exact partition: a source-day, or a space. */
export interface ScopePrefix {
  prefix: string;
  /** Source slug (source partitions). */
  source?: string;
  /** `YYYY-MM-DD` (source partitions). */
  day?: string;
  /** Space name (space prefixes). */
  space?: string;
}

/** Every day partition of one source, found by listing `listPrefix`. */
export interface SourceRoot {
  source: string;
  sourceId: string;
  listPrefix: string;
  /** The layout with every token but the day ones filled in (input of `matchPartition`). */
  template: string;
}

export interface ArchiveScope {
  prefixes: ScopePrefix[];
  sourceRoots: SourceRoot[];
  /**
   * What joined the workspace after a purge was approved (re-import, a source moved in): not in the
   * approved manifest, so not deleted; staff are told so they can approve a follow-up.
   */
  additions: { sources: { id: string; slug: string }[]; spaces: { id: string; name: string }[] };
}

export interface ScopeTicket {
  kind: RequestKind;
  workspace: string | null;
  sources: string[];
  space: string | null;
  ranges: DayRange[];
  /** The catalog ids the names stood for when the ticket was approved (see `scopeIdentity`). */
  approvedIds?: ScopeIdentity | null;
  /** What staff approved, by id (see `approvedManifest`): when present, the only thing deleted. */
  manifest?: ApprovedManifest | null;
}

export type { ScopeIdentity };

/**
 * What the ticket's names mean in this catalog, or null when they do not resolve. Recorded at approval
 * and checked before deletion: a re-import that gives a slug to another workspace, or a name to another
 * space, must not redirect a purge that staff approved for something else.
 */
export function scopeIdentity(ticket: ScopeTicket, catalog: Catalog): ScopeIdentity | null {
  const workspace = catalog.workspaces.find((w) => w.slug === ticket.workspace);
  if (!workspace) return null;
  const sourceIds = ticket.kind === 'source_data' ? ticket.sources.map((slug) => workspace.sources.find((s) => s.slug === slug)?.id ?? `?${slug}`).sort() : [];
  let spaceId: string | null = null;
  if (ticket.kind === 'unify_space') {
    try {
      spaceId = findSpace(workspace, ticket.space).id;
    } catch {
      spaceId = null;
    }
  }
  return { workspaceId: workspace.id, sourceIds, spaceId };
}

/**
 * Freeze what an approval is for: the workspace, source and space ids (for purges every source and
 * space the workspace has now) and the days. Null when the names do not resolve in the catalog; the
 * execution then refuses with the reason.
 */
export function approvedManifest(ticket: ScopeTicket, catalog: Catalog, at: string): ApprovedManifest | null {
  const workspace = catalog.workspaces.find((w) => w.slug === ticket.workspace);
  if (!workspace) return null;
  let sourceIds: string[] = [];
  let spaceIds: string[] = [];
  switch (ticket.kind) {
    case 'source_data': {
      const found = ticket.sources.map((slug) => workspace.sources.find((s) => s.slug === slug));
      if (found.some((s) => !s)) return null;
      sourceIds = found.map((s) => s!.id);
      break;
    }
    case 'unify_space':
      try {
        spaceIds = [findSpace(workspace, ticket.space).id];
      } catch {
        return null;
      }
      break;
    case 'workspace_purge':
      sourceIds = workspace.sources.map((s) => s.id);
      spaceIds = workspace.spaces.map((s) => s.id);
      break;
    case 'archive_purge':
      sourceIds = workspace.sources.map((s) => s.id);
      break;
    default:
      return null;
  }
  return {
    kind: ticket.kind,
    workspaceId: workspace.id,
    workspaceSlug: workspace.slug,
    sourceIds: [...sourceIds].sort(),
    spaceIds: [...spaceIds].sort(),
    ranges: ticket.kind === 'source_data' ? ticket.ranges.map((r) => ({ ...r })) : [],
    approvedAt: at,
  };
}

/**
 * The prefixes of an approved manifest in today's catalog. Refuses (AppError bad_input, nothing
 * deleted) when the workspace is gone or an approved source or space is gone or now belongs to
 * another workspace: its partitions could be someone else's data. What the workspace gained since
 * approval is listed in `additions`, never deleted.
 */
function manifestScope(m: ApprovedManifest, catalog: Catalog, layouts: ArchiveLayouts): ArchiveScope {
  const refuse = (why: string): never => {
    throw new AppError('bad_input', `Refusing to run: ${why}. Nothing was deleted. Check the catalog, then edit the ticket so it is confirmed and approved again for what the workspace holds now.`);
  };
  const workspace = catalog.workspaces.find((w) => w.id === m.workspaceId) ?? refuse(`the approved workspace ${m.workspaceSlug} (${m.workspaceId}) is no longer in the catalog`);
  const owner = (has: (w: CatalogWorkspace) => boolean) => catalog.workspaces.find(has);
  const sources = m.sourceIds.map((id) => {
    const w = owner((x) => x.sources.some((s) => s.id === id)) ?? refuse(`the approved source ${id} is no longer in the catalog`);
    if (w.id !== m.workspaceId) refuse(`the approved source ${id} now belongs to another workspace (${w.id}), not ${m.workspaceSlug} (${m.workspaceId})`);
    return w.sources.find((s) => s.id === id)!;
  });
  const spaces = m.spaceIds.map((id) => {
    const w = owner((x) => x.spaces.some((s) => s.id === id)) ?? refuse(`the approved space ${id} is no longer in the catalog`);
    if (w.id !== m.workspaceId) refuse(`the approved space ${id} now belongs to another workspace (${w.id}), not ${m.workspaceSlug} (${m.workspaceId})`);
    return w.spaces.find((s) => s.id === id)!;
  });
  const prefixes: ScopePrefix[] = [];
  const sourceRoots: SourceRoot[] = [];
  const additions: ArchiveScope['additions'] = { sources: [], spaces: [] };
  switch (m.kind) {
    case 'source_data': {
      if (sources.length === 0 || m.ranges.length === 0) refuse('the approved manifest has no source or no day');
      const days = daysOf(m.ranges);
      for (const source of sources) for (const day of days) prefixes.push({ prefix: sourceDayPrefix(layouts.archive, workspace, source, day), source: source.slug, day });
      break;
    }
    case 'unify_space':
      for (const space of spaces) prefixes.push({ prefix: spacePrefix(layouts.space, workspace, space), space: space.name });
      break;
    case 'workspace_purge':
    case 'archive_purge': {
      for (const source of sources) sourceRoots.push(sourceRoot(layouts.archive, workspace, source));
      additions.sources = workspace.sources.filter((s) => !m.sourceIds.includes(s.id)).map((s) => ({ id: s.id, slug: s.slug }));
      if (m.kind === 'workspace_purge') {
        for (const space of spaces) prefixes.push({ prefix: spacePrefix(layouts.space, workspace, space), space: space.name });
        additions.spaces = workspace.spaces.filter((s) => !m.spaceIds.includes(s.id)).map((s) => ({ id: s.id, name: s.name }));
      }
      break;
    }
    default:
      refuse(`a ${m.kind} request deletes nothing from the archive`);
  }
  return sorted(prefixes, sourceRoots, additions);
}

function sorted(prefixes: ScopePrefix[], sourceRoots: SourceRoot[], additions: ArchiveScope['additions']): ArchiveScope {
  const seen = new Set<string>();
  const unique = prefixes.filter((p) => (seen.has(p.prefix) ? false : (seen.add(p.prefix), true)));
  return { prefixes: unique.sort((a, b) => compareKeys(a.prefix, b.prefix)), sourceRoots: sourceRoots.sort((a, b) => compareKeys(a.listPrefix, b.listPrefix)), additions };
}

const DAY_MS = 86_400_000;
/** A safety valve: a typo'd range of centuries must not plan millions of partitions. */
export const MAX_DAYS_PER_SOURCE = 20_000;

export function archiveScope(ticket: ScopeTicket, catalog: Catalog, layouts: ArchiveLayouts): ArchiveScope {
  if (ticket.manifest) return manifestScope(ticket.manifest, catalog, layouts);
  if (ticket.kind === 'account_purge') {
    throw new AppError('bad_input', 'An account deletion deletes nothing itself: each workspace purge it opens (listed by `deletion-desk show`) has its own preview.');
  }
  const workspace = catalog.workspaces.find((w) => w.slug === ticket.workspace);
  if (!workspace) throw new AppError('bad_input', `The workspace ${JSON.stringify(ticket.workspace)} is not in the catalog, so nothing can be deleted for it. Import the catalog or correct the ticket.`);
  if (ticket.approvedIds) {
    const now = scopeIdentity(ticket, catalog);
    if (JSON.stringify(now) !== JSON.stringify(ticket.approvedIds)) {
      throw new AppError('bad_input', `The catalog changed since this ticket was approved: its names now stand for ${JSON.stringify(now)} instead of ${JSON.stringify(ticket.approvedIds)}. Nothing was deleted; check the catalog, edit the ticket and approve it again.`);
    }
  }
  const prefixes: ScopePrefix[] = [];
  const sourceRoots: SourceRoot[] = [];
  switch (ticket.kind) {
    case 'source_data': {
      if (ticket.sources.length === 0 || ticket.ranges.length === 0) throw new AppError('bad_input', 'A source deletion needs at least one source and one day range.');
      const days = daysOf(ticket.ranges);
      for (const slug of ticket.sources) {
        const source = findSource(workspace, slug);
        for (const day of days) prefixes.push({ prefix: sourceDayPrefix(layouts.archive, workspace, source, day), source: source.slug, day });
      }
      break;
    }
    case 'unify_space': {
      const space = findSpace(workspace, ticket.space);
      prefixes.push({ prefix: spacePrefix(layouts.space, workspace, space), space: space.name });
      break;
    }
    case 'workspace_purge':
    case 'archive_purge': {
      for (const source of workspace.sources) sourceRoots.push(sourceRoot(layouts.archive, workspace, source));
      if (ticket.kind === 'workspace_purge') {
        for (const space of workspace.spaces) prefixes.push({ prefix: spacePrefix(layouts.space, workspace, space), space: space.name });
      }
      break;
    }
    default:
      throw new AppError('bad_input', `A ${ticket.kind} request deletes nothing from the archive.`);
  }
  return sorted(prefixes, sourceRoots, { sources: [], spaces: [] });
}

/**
 * If `key` (a full key under `root.listPrefix`) lies in a day partition of the root, that partition.
 * Anchored: the text after the list prefix must be exactly a canonical day token and the rest of the
 * layout, then anything.
 */
export function matchPartition(root: SourceRoot, key: string): { prefix: string; day: string } | null {
  if (!key.startsWith(root.listPrefix)) return null;
  const { regex, tokens } = compiledTemplate(root.template.slice(root.listPrefix.length));
  const m = regex.exec(key.slice(root.listPrefix.length));
  if (!m) return null;
  let day: string | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const value = m[i + 1];
    const d = tokens[i] === '{day}' ? canonicalDay(value) : canonicalDayMs(value);
    if (d === null || (day !== null && d !== day)) return null;
    day = d;
  }
  if (day === null) return null;
  return { prefix: root.listPrefix + m[0], day };
}

/** UTF-8 byte order: the order S3 lists keys in (and the order the receipt hashes them in). */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Refuse an id or slug that could leave its place in the layout. */
export function safeSegment(value: string, what: string): string {
  const problem = segmentProblem(value);
  if (problem) throw new AppError('bad_input', `Refusing to build an archive prefix from the ${what} ${JSON.stringify(value)}: ${problem}. Fix the catalog entry before running this deletion.`);
  return value;
}

function segmentProblem(value: string): string | null {
  if (value.length === 0) return 'it is empty';
  if (value.normalize('NFKC') !== value) return 'it contains Unicode look-alike characters (not in NFKC form)';
  if (/^\.+$/.test(value)) return 'it is made of dots only';
  if (/[/\\]/.test(value)) return 'it contains a path separator';
  if (value.includes('%')) return 'it contains a percent sign (an encoded character such as %2e or %2f)';
  if (/[\p{C}\p{Z}]/u.test(value)) return 'it contains control, format or space characters';
  // NFKC does not fold every look-alike: "∕" (U+2215), "⁄" (U+2044), "⧸" (U+29F8), "∖" (U+2216) stay.
  // Catalog ids and slugs are ASCII (domain/catalogFile.ts), so anything else is refused outright.
  if (/[^\x21-\x7e]/.test(value)) return 'it contains characters outside printable ASCII (such as look-alikes of "/" or "\\")';
  return null;
}

// ---------------------------------------------------------------------------------------------

function findSource(workspace: CatalogWorkspace, slug: string): CatalogSource {
  const source = workspace.sources.find((s) => s.slug === slug);
  if (!source) throw new AppError('bad_input', `The source ${JSON.stringify(slug)} is not a source of ${workspace.slug} in the catalog.`);
  return source;
}

function findSpace(workspace: CatalogWorkspace, name: string | null): CatalogSpace {
  const exact = workspace.spaces.find((s) => s.name === name);
  if (exact) return exact;
  const loose = workspace.spaces.filter((s) => name !== null && s.name.toLowerCase() === name.toLowerCase());
  if (loose.length === 1) return loose[0];
  throw new AppError('bad_input', `The space ${JSON.stringify(name)} is not a space of ${workspace.slug} in the catalog.`);
}

function fill(layout: string, values: Record<string, string>): string {
  return layout.replace(/\{(\w+)\}/g, (token, name: string) => (name in values ? values[name] : token));
}

function baseValues(workspace: CatalogWorkspace): Record<string, string> {
  return { workspaceId: safeSegment(workspace.id, 'workspace id'), workspaceSlug: safeSegment(workspace.slug, 'workspace slug') };
}

function sourceValues(workspace: CatalogWorkspace, source: CatalogSource): Record<string, string> {
  return { ...baseValues(workspace), sourceId: safeSegment(source.id, 'source id'), sourceSlug: safeSegment(source.slug, 'source slug') };
}

function sourceDayPrefix(layout: string, workspace: CatalogWorkspace, source: CatalogSource, day: string): string {
  return checkedPrefix(fill(layout, { ...sourceValues(workspace, source), day, dayMs: String(Date.parse(`${day}T00:00:00Z`)) }));
}

function spacePrefix(layout: string, workspace: CatalogWorkspace, space: CatalogSpace): string {
  return checkedPrefix(fill(layout, { ...baseValues(workspace), spaceId: safeSegment(space.id, 'space id') }));
}

function sourceRoot(layout: string, workspace: CatalogWorkspace, source: CatalogSource): SourceRoot {
  const template = fill(layout, sourceValues(workspace, source));
  const at = template.search(/\{(day|dayMs)\}/);
  if (at < 0) throw new AppError('bad_input', 'ARCHIVE_LAYOUT has no {day} or {dayMs} token.');
  checkedPrefix(template.replace(/\{day\}/g, '2000-01-01').replace(/\{dayMs\}/g, '946684800000'));
  return { source: source.slug, sourceId: source.id, listPrefix: template.slice(0, at), template };
}

/** Last line of defence: whatever the inputs, a prefix is relative, has no empty or dot segment, ends with "/". */
function checkedPrefix(prefix: string): string {
  const segments = prefix.split('/');
  const bad = !prefix.endsWith('/') || prefix.startsWith('/') || segments.slice(0, -1).some((s) => s === '' || s === '.' || s === '..') || /\{\w+\}/.test(prefix);
  if (bad) throw new AppError('bad_input', `Refusing the archive prefix ${JSON.stringify(prefix)}: it must be relative, end with "/" and contain no empty, "." or ".." part.`);
  return prefix;
}

function daysOf(ranges: DayRange[]): string[] {
  const days = new Set<string>();
  for (const r of ranges) {
    const from = canonicalDay(r.from);
    const to = canonicalDay(r.to);
    if (from === null || to === null || from > to) throw new AppError('bad_input', `The day range ${r.from}..${r.to} is not a valid range of UTC days.`);
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
      days.add(new Date(t).toISOString().slice(0, 10));
      if (days.size > MAX_DAYS_PER_SOURCE) throw new AppError('bad_input', `The day ranges cover more than ${MAX_DAYS_PER_SOURCE} days; check the dates.`);
    }
  }
  return [...days].sort();
}

function canonicalDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === value ? value : null;
}

function canonicalDayMs(value: string): string | null {
  // Canonical decimal only: `0086400000` or `8.64e7` is not the partition `86400000`.
  if (!/^(0|[1-9]\d{0,15})$/.test(value)) return null;
  const n = Number(value);
  if (n % DAY_MS !== 0) return null;
  const d = new Date(n);
  return Number.isFinite(d.getTime()) ? d.toISOString().slice(0, 10) : null;
}

const templateCache = new Map<string, { regex: RegExp; tokens: string[] }>();

function compiledTemplate(rest: string): { regex: RegExp; tokens: string[] } {
  let compiled = templateCache.get(rest);
  if (!compiled) {
    const tokens: string[] = [];
    const source = rest
      .split(/(\{day\}|\{dayMs\})/)
      .map((part) => {
        if (part === '{day}') return tokens.push(part), '(\\d{4}-\\d{2}-\\d{2})';
        if (part === '{dayMs}') return tokens.push(part), '(\\d{1,16})';
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    compiled = { regex: new RegExp(`^${source}`), tokens };
    templateCache.set(rest, compiled);
  }
  return compiled;
}
