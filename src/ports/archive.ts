/**
 * The archive port: the few operations execution and preview need, whatever the store (a folder, S3).
 * Keys are relative to the archive root (`ARCHIVE_URL`) and use "/" as separator. Implemented by
 * adapters/archive (folder, S3); the runner and the executor see only this.
 */

/** One stored object, or on a versioned bucket one version or delete marker of it. */
export interface ArchiveEntry {
  key: string;
  /** Bytes (0 for a delete marker, and when listed without sizes). */
  size: number;
  /** Set on versioned buckets: the version (or delete marker) to remove. */
  versionId?: string;
  deleteMarker?: boolean;
}

export interface DeleteFailure {
  key: string;
  versionId?: string;
  /** The store's error code (`AccessDenied`, `EACCES`…). */
  code: string;
  message: string;
}

export interface ListOptions {
  signal?: AbortSignal;
  /** Sizes are needed for an inventory, not for a delete pass (saves a stat per file on a folder). */
  sizes?: boolean;
}

export interface Archive {
  /** For logs and previews: `folder /srv/archive`, `s3://bucket/prefix (versioned)`. */
  describe(): Promise<string>;
  /**
   * Every entry whose key starts with `prefix`, in UTF-8 byte order of the key (the order S3 lists
   * in), page by page so memory stays flat. On a versioned bucket, every version and delete marker.
   */
  list(prefix: string, options?: ListOptions): AsyncIterable<ArchiveEntry[]>;
  /**
   * The folders directly under `prefix`: each distinct `prefix + name + "/"` that some entry's key
   * starts with (S3: a listing with Delimiter "/", its CommonPrefixes; on a versioned bucket old
   * versions and delete markers count), in key order, page by page. A plan finds a source's day
   * partitions with one request per thousand days instead of listing every key. Optional: without it
   * callers list every key.
   */
  listFolders?(prefix: string, options?: ListOptions): AsyncIterable<string[]>;
  /** Delete at most `batchSize` entries. Resolves with those that could not be deleted after retries. */
  deleteBatch(entries: ArchiveEntry[], signal?: AbortSignal): Promise<DeleteFailure[]>;
  /** Largest batch `deleteBatch` accepts (S3 DeleteObjects: 1,000 keys). */
  readonly batchSize: number;
  /** How many `deleteBatch` calls may be in flight at once. */
  readonly concurrency: number;
  /**
   * Learn now what the first requests will need (S3: whether the bucket is versioned, how requests
   * are signed), so that an execution's first listing does not wait for it. Optional; a failure is
   * not kept: the request that needs the answer asks again and reports it.
   */
  prepare?(): Promise<void>;
  /** After a partition is emptied, tidy what the store leaves behind (empty folders). */
  afterPartition?(prefix: string): Promise<void>;
  /**
   * Whether an error this archive threw, or a `DeleteFailure` it returned, is worth another try
   * (throttling, a busy file, the network): the runner retries only those, and it must not know the
   * store's error classes to tell. A property, not a method, so a wrapper that spreads an archive
   * (`{ ...archive, deleteBatch }`) keeps it.
   */
  readonly isTransient: (error: unknown) => boolean;
  close(): Promise<void>;
}
