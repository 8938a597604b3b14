/**
 * From a ticket's scope (domain/scope.ts) to the concrete partitions in the archive: exact prefixes as
 * they are, and for "every day of a source" the day partitions found by listing the source's folder.
 * Listing is streamed and keys under one partition are contiguous in key order, so partitions are
 * counted one after another with flat memory.
 */
import type { Archive } from '../ports/archive';
import { matchPartition, type ArchiveScope, type SourceRoot } from '../domain/scope';

export interface FoundPartition {
  prefix: string;
  source: string | null;
  day: string | null;
  space: string | null;
  /** Counted only when listed with sizes (preview); 0 otherwise. */
  objects: number;
  bytes: number;
  versions: number;
}

export interface OutsideLayout {
  /** Keys under a source folder that are not in any day partition of the layout: never touched. */
  count: number;
  samples: string[];
}

/**
 * Whether a source's day partitions are exactly the folders directly under its list prefix (the day
 * is the layout's last segment, as in `segment-logs/{sourceId}/{dayMs}/`): then listing folders finds
 * them without listing their keys.
 */
export function daysAreFolders(archive: Archive, root: SourceRoot): boolean {
  const rest = root.template.slice(root.listPrefix.length);
  return archive.listFolders !== undefined && rest.indexOf('/') === rest.length - 1;
}

/**
 * The day partitions of one source that exist in the archive, in key order. Without sizes (a plan,
 * a verification) and where the layout allows, by folder: one request per thousand days.
 */
export async function* discoverPartitions(archive: Archive, root: SourceRoot, options: { sizes: boolean; signal?: AbortSignal; outside?: OutsideLayout }): AsyncIterable<FoundPartition> {
  if (!options.sizes && !options.outside && daysAreFolders(archive, root)) {
    for await (const folders of archive.listFolders!(root.listPrefix, { signal: options.signal })) {
      for (const folder of folders) {
        const match = matchPartition(root, folder);
        // A folder that is not a day of the layout (`segment-logs/src_1/tmp/`) is never touched.
        if (match && match.prefix === folder) yield { prefix: folder, source: root.source, day: match.day, space: null, objects: 0, bytes: 0, versions: 0 };
      }
    }
    return;
  }
  let current: FoundPartition | null = null;
  let lastKey: string | null = null;
  for await (const page of archive.list(root.listPrefix, { sizes: options.sizes, signal: options.signal })) {
    for (const entry of page) {
      if (current && entry.key.startsWith(current.prefix)) {
        count(current, entry.key, entry.size);
        continue;
      }
      const match = matchPartition(root, entry.key);
      if (!match) {
        if (options.outside) {
          options.outside.count += 1;
          if (options.outside.samples.length < 5) options.outside.samples.push(entry.key);
        }
        continue;
      }
      if (current) yield current;
      current = { prefix: match.prefix, source: root.source, day: match.day, space: null, objects: 0, bytes: 0, versions: 0 };
      lastKey = null;
      count(current, entry.key, entry.size);
    }
  }
  if (current) yield current;

  function count(p: FoundPartition, key: string, size: number): void {
    p.versions += 1;
    p.bytes += size;
    if (key !== lastKey) p.objects += 1;
    lastKey = key;
  }
}

/** Count what one exact prefix holds now. */
export async function measurePrefix(archive: Archive, prefix: string, signal?: AbortSignal): Promise<{ objects: number; bytes: number; versions: number }> {
  let objects = 0;
  let bytes = 0;
  let versions = 0;
  let lastKey: string | null = null;
  for await (const page of archive.list(prefix, { sizes: true, signal })) {
    for (const e of page) {
      versions += 1;
      bytes += e.size;
      if (e.key !== lastKey) objects += 1;
      lastKey = e.key;
    }
  }
  return { objects, bytes, versions };
}

/** Every partition of a scope: the exact prefixes, then what the source roots hold. */
export async function* scopePartitions(archive: Archive, scope: ArchiveScope, options: { sizes: boolean; signal?: AbortSignal; outside?: OutsideLayout }): AsyncIterable<FoundPartition> {
  for (const p of scope.prefixes) {
    const counts = options.sizes ? await measurePrefix(archive, p.prefix, options.signal) : { objects: 0, bytes: 0, versions: 0 };
    yield { prefix: p.prefix, source: p.source ?? null, day: p.day ?? null, space: p.space ?? null, ...counts };
  }
  for (const root of scope.sourceRoots) yield* discoverPartitions(archive, root, options);
}
