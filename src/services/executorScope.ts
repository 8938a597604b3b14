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

/** The day partitions of one source that exist in the archive, in key order. */
export async function* discoverPartitions(archive: Archive, root: SourceRoot, options: { sizes: boolean; signal?: AbortSignal; outside?: OutsideLayout }): AsyncIterable<FoundPartition> {
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
