/**
 * The archive on S3 or an S3-compatible store (`ARCHIVE_URL=s3://bucket/prefix`).
 * - Listing: ListObjectsV2 pages (continuation token), or on a versioned bucket ListObjectVersions
 *   pages (key marker + version-id marker), so every version and delete marker is seen: on a
 *   versioned bucket a plain DELETE only adds a delete marker and the data stays.
 *   A 200 response is read by s3Listing.ts (keys, sizes, versions, markers only), which is most of
 *   a purge's CPU saved; anything else is the SDK's.
 * - Deleting: DeleteObjects, at most 1,000 keys per request (the API limit), its XML body written by
 *   s3DeleteRequest.ts; the response lists per-key Errors even when the request succeeds, so each
 *   one is inspected.
 * - Sending: both are signed by the SDK's signer and sent by the client's HTTP handler without the
 *   SDK's per-command pipeline (s3Wire.ts: its cost per request limited a purge with several
 *   DeleteObjects in flight); a setup or an answer that module does not handle goes through the SDK. At most `concurrency`
 *   (S3_DELETE_CONCURRENCY) DeleteObjects are on the wire at once in the process, every partition
 *   together: the executor runs more partitions than that, so some list while others delete.
 * - Retries: throttling (503 SlowDown, 429), 5xx and network errors, with exponential backoff and
 *   full jitter; per-key errors with a transient code are retried for those keys only.
 */
import { DeleteObjectsCommand, GetBucketVersioningCommand, ListObjectsV2Command, ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Logger } from '../../logger';
import { AppError, toError } from '../../errors';
import { connectionError } from '../../connectionErrors';
import { backoffMs, sleep } from '../../lib/backoff';
import { Slots } from '../../lib/slots';
import { deleteObjectsBody, sendDeleteBody } from './s3DeleteRequest';
import { parseObjectsPage, parseVersionsPage, readListingWith, type DeleteError, type ObjectsPage, type VersionsPage } from './s3Listing';
import { S3Wire } from './s3Wire';
import type { Archive, ArchiveEntry, DeleteFailure, ListOptions } from '../../ports/archive';

export type VersioningMode = 'auto' | 'on' | 'off';

export interface S3ArchiveOptions {
  client: S3Client;
  bucket: string;
  /** Key prefix of the archive inside the bucket ('' or ending with "/"). */
  basePrefix: string;
  /** `auto` asks GetBucketVersioning; `on`/`off` for stores that do not answer it. */
  versioning?: VersioningMode;
  /** DeleteObjects requests in flight at once in the process (`S3_DELETE_CONCURRENCY`). */
  concurrency?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  /** MaxKeys of a listing page (S3's default and maximum: 1,000); small in tests to exercise paging. */
  pageSize?: number;
  /** Send listings and DeleteObjects without the SDK's per-command pipeline (s3Wire.ts); default on. */
  leanRequests?: boolean;
  logger?: Logger;
}

const TRANSIENT_CODES = new Set(['SlowDown', 'Throttling', 'ThrottlingException', 'TooManyRequests', 'RequestTimeout', 'RequestTimeTooSkewed', 'InternalError', 'ServiceUnavailable', 'OperationAborted']);
const TRANSIENT_STATUS = new Set([429, 500, 502, 503, 504]);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'TimeoutError', 'RequestTimeoutException']);

/** Worth another try: throttling, a server error, or the network. Anything else is final. */
export function isTransientS3Error(error: unknown): boolean {
  const e = error as { name?: string; code?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  if (TRANSIENT_CODES.has(e?.name ?? '') || TRANSIENT_CODES.has(e?.Code ?? '')) return true;
  if (TRANSIENT_STATUS.has(e?.$metadata?.httpStatusCode ?? 0)) return true;
  if (NETWORK_CODES.has(e?.code ?? '') || NETWORK_CODES.has(e?.name ?? '')) return true;
  return /socket hang up|ECONNRESET|network/i.test(String((error as Error)?.message ?? ''));
}

/**
 * A request holds one of the process's slots only while it is on the wire: from when it is sent,
 * already built and signed, until its whole response is read. Building the next request (the XML of
 * 1,000 keys, its checksum, the signature), parsing the last response, listing and the database all
 * happen outside the slots, so on a distant endpoint the slots stay busy with round trips; and
 * however many partitions run, the store never has more than the configured requests at once.
 * A backoff between attempts holds no slot.
 */
function holdSlotOnTheWire(command: DeleteObjectsCommand, slots: Slots, signal: AbortSignal | undefined): void {
  command.middlewareStack.add(
    (next) => async (args) => {
      const release = await slots.acquire(signal);
      if (!release) throw Object.assign(new Error('stopped while waiting for a DeleteObjects slot'), { name: 'AbortError' });
      try {
        const result = await next(args);
        const response = result.response as { body?: unknown };
        if (response.body && typeof (response.body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
          const chunks: Buffer[] = [];
          for await (const chunk of response.body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
          response.body = new Uint8Array(Buffer.concat(chunks));
        }
        return result;
      } finally {
        release();
      }
    },
    // The innermost middleware: around the HTTP exchange itself, inside the response's deserializer.
    { step: 'deserialize', priority: 'low', name: 'deletionDeskDeleteSlot' },
  );
}

/** A listing's query string parameters as S3 names them; unset ones are left out. */
function listQuery(params: Record<string, string | number | undefined>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query[name] = String(value);
  return query;
}

export class S3Archive implements Archive {
  readonly batchSize = 1000;
  /** A thrown SDK error, or a DeleteObjects per-key failure (its `code` is the S3 error code). */
  readonly isTransient = (error: unknown): boolean => isTransientS3Error(error) || TRANSIENT_CODES.has((error as { code?: string } | null)?.code ?? '');
  /** DeleteObjects batches of one partition in flight: a partition of many thousands of objects may use every slot. */
  readonly concurrency: number;
  /** The process's DeleteObjects slots: every partition's requests together never exceed `concurrency`. */
  private readonly deleteSlots: Slots;
  private versioned: Promise<boolean> | null = null;
  /** The bucket's versioning once GetBucketVersioning has answered (or S3_VERSIONING said it). */
  private versionedKnown: boolean | null = null;
  private wire: Promise<S3Wire | null> | null = null;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;

  constructor(private readonly options: S3ArchiveOptions) {
    this.concurrency = options.concurrency ?? 4;
    this.deleteSlots = new Slots(this.concurrency);
    this.maxAttempts = options.maxAttempts ?? 8;
    this.baseDelayMs = options.baseDelayMs ?? 200;
  }

  async describe(): Promise<string> {
    return `s3://${this.options.bucket}/${this.options.basePrefix}${(await this.isVersioned()) ? ' (versioned: every version and delete marker is removed)' : ''}`;
  }

  isVersioned(): Promise<boolean> {
    this.versioned ??= this.detectVersioning().then(
      (versioned) => (this.versionedKnown = versioned),
      (error) => {
        this.versioned = null;
        throw error;
      },
    );
    return this.versioned;
  }

  /** GetBucketVersioning and the lean sender, asked together; a failure is reported by the request that needs them. */
  async prepare(): Promise<void> {
    await Promise.all([this.isVersioned().catch(() => undefined), this.leanWire()]);
  }

  async *list(prefix: string, options: ListOptions = {}): AsyncIterable<ArchiveEntry[]> {
    const base = this.options.basePrefix;
    const strip = (key: string) => key.slice(base.length);
    if (await this.isVersioned()) {
      for await (const page of this.versionPages(base + prefix, undefined, options.signal)) {
        const entries: ArchiveEntry[] = [
          ...(page.Versions ?? []).map((v) => ({ key: strip(v.Key!), size: v.Size ?? 0, versionId: v.VersionId ?? 'null' })),
          ...(page.DeleteMarkers ?? []).map((m) => ({ key: strip(m.Key!), size: 0, versionId: m.VersionId ?? 'null', deleteMarker: true })),
        ];
        // The two arrays of a page are each in key order; merge them (byte order, as S3 sorts).
        entries.sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
        if (entries.length) yield entries;
      }
      return;
    }
    for await (const page of this.objectPages(base + prefix, undefined, options.signal)) {
      const entries = (page.Contents ?? []).map((o) => ({ key: strip(o.Key!), size: o.Size ?? 0 }));
      if (entries.length) yield entries;
    }
  }

  async *listFolders(prefix: string, options: ListOptions = {}): AsyncIterable<string[]> {
    const base = this.options.basePrefix;
    const Prefix = base + prefix;
    // A store that ignores Delimiter (some S3-compatible ones do) answers with every key instead: the
    // folders are then read from the keys, so nothing is missed (a plan that missed a folder would
    // delete nothing there, and a verification would call it empty).
    let last: string | null = null;
    const folders = (page: { CommonPrefixes?: { Prefix?: string }[] }, keys: (string | undefined)[]) => {
      const found = new Set((page.CommonPrefixes ?? []).map((c) => c.Prefix!));
      for (const key of keys) {
        const cut = key ? key.indexOf('/', Prefix.length) : -1;
        if (cut >= 0) found.add(key!.slice(0, cut + 1));
      }
      const out = [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).filter((f) => f !== last);
      if (out.length) last = out[out.length - 1]!;
      return out.map((f) => f.slice(base.length));
    };
    // Until GetBucketVersioning has answered (a plan, the first thing an execution lists), the
    // unversioned listing's first page is asked for beside it rather than after it: one round trip
    // instead of two before the plan knows its partitions. On a versioned bucket that page is dropped
    // unread (it would miss old versions and delete markers) and the versions are listed.
    const speculative = this.versionedKnown === null && (this.options.versioning ?? 'auto') === 'auto' ? this.objectPage(Prefix, '/', undefined, options.signal) : undefined;
    speculative?.catch(() => undefined);
    if (await this.isVersioned()) {
      // Versions and delete markers count: a folder holding only old versions is not empty.
      for await (const page of this.versionPages(Prefix, '/', options.signal)) {
        const found = folders(page, [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map((v) => v.Key));
        if (found.length) yield found;
      }
      return;
    }
    for await (const page of this.objectPages(Prefix, '/', options.signal, speculative)) {
      const found = folders(page, (page.Contents ?? []).map((o) => o.Key));
      if (found.length) yield found;
    }
  }

  /** Every page of ListObjectVersions under a prefix (with a delimiter: folders as CommonPrefixes). */
  private async *versionPages(Prefix: string, Delimiter: string | undefined, signal: AbortSignal | undefined): AsyncIterable<VersionsPage> {
    let KeyMarker: string | undefined;
    let VersionIdMarker: string | undefined;
    for (;;) {
      const page: VersionsPage = await this.withRetry('ListObjectVersions', async () => {
        const query = listQuery({ versions: '', prefix: Prefix, delimiter: Delimiter, 'key-marker': KeyMarker, 'version-id-marker': VersionIdMarker, 'max-keys': this.options.pageSize });
        const lean = await (await this.leanWire())?.list(query, parseVersionsPage, signal);
        if (lean) return lean;
        const command = new ListObjectVersionsCommand({ Bucket: this.options.bucket, Prefix, Delimiter, KeyMarker, VersionIdMarker, MaxKeys: this.options.pageSize });
        const read = readListingWith(command, parseVersionsPage);
        const output = await this.options.client.send(command, { abortSignal: signal });
        return read() ?? output;
      }, signal);
      yield page;
      if (!page.IsTruncated) return;
      KeyMarker = page.NextKeyMarker;
      VersionIdMarker = page.NextVersionIdMarker;
      if (!KeyMarker) throw new AppError('internal', 'ListObjectVersions was truncated without NextKeyMarker');
    }
  }

  /**
   * Every page of ListObjectsV2 under a prefix (with a delimiter: folders as CommonPrefixes); `first`,
   * if given, is the first page already asked for.
   */
  private async *objectPages(Prefix: string, Delimiter: string | undefined, signal: AbortSignal | undefined, first?: Promise<ObjectsPage>): AsyncIterable<ObjectsPage> {
    let ContinuationToken: string | undefined;
    for (let next = first; ; next = undefined) {
      const page = await (next ?? this.objectPage(Prefix, Delimiter, ContinuationToken, signal));
      yield page;
      if (!page.IsTruncated) return;
      ContinuationToken = page.NextContinuationToken;
      if (!ContinuationToken) throw new AppError('internal', 'ListObjectsV2 was truncated without NextContinuationToken');
    }
  }

  /** One page of ListObjectsV2, retried on transient errors. */
  private objectPage(Prefix: string, Delimiter: string | undefined, ContinuationToken: string | undefined, signal: AbortSignal | undefined): Promise<ObjectsPage> {
    return this.withRetry('ListObjectsV2', async () => {
      const query = listQuery({ 'list-type': '2', prefix: Prefix, delimiter: Delimiter, 'continuation-token': ContinuationToken, 'max-keys': this.options.pageSize });
      const lean = await (await this.leanWire())?.list(query, parseObjectsPage, signal);
      if (lean) return lean;
      const command = new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix, Delimiter, ContinuationToken, MaxKeys: this.options.pageSize });
      const read = readListingWith(command, parseObjectsPage);
      const output = await this.options.client.send(command, { abortSignal: signal });
      return read() ?? output;
    }, signal);
  }

  async deleteBatch(entries: ArchiveEntry[], signal?: AbortSignal): Promise<DeleteFailure[]> {
    if (entries.length > this.batchSize) throw new AppError('internal', `DeleteObjects takes at most ${this.batchSize} keys`);
    let pending = entries;
    const permanent: DeleteFailure[] = [];
    let transient: DeleteFailure[] = [];
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      const body = deleteObjectsBody(this.options.basePrefix, pending);
      const result: { Errors?: DeleteError[] } = await this.withRetry('DeleteObjects', async () => {
        const lean = await (await this.leanWire())?.deleteObjects(body, this.deleteSlots, signal);
        if (lean) return lean;
        // Quiet, keys and versions are in `body` (s3DeleteRequest.ts); the SDK serializes no keys.
        const command = new DeleteObjectsCommand({ Bucket: this.options.bucket, Delete: { Objects: [] } });
        sendDeleteBody(command, body);
        holdSlotOnTheWire(command, this.deleteSlots, signal);
        return this.options.client.send(command, { abortSignal: signal });
      }, signal);
      const retry: ArchiveEntry[] = [];
      transient = [];
      // Looked up by key only when something failed: a batch that succeeds (nearly all) builds nothing per key.
      const byKey = result.Errors?.length ? new Map(pending.map((e) => [`${this.options.basePrefix + e.key}\0${e.versionId ?? ''}`, e])) : null;
      for (const err of result.Errors ?? []) {
        const entry = byKey?.get(`${err.Key}\0${err.VersionId ?? ''}`) ?? byKey?.get(`${err.Key}\0`) ?? { key: (err.Key ?? '').slice(this.options.basePrefix.length), size: 0, versionId: err.VersionId };
        // Already gone is what we wanted (a resumed run, or a concurrent delete).
        if (err.Code === 'NoSuchKey' || err.Code === 'NoSuchVersion') continue;
        const failure = { key: entry.key, versionId: entry.versionId, code: err.Code ?? 'Unknown', message: err.Message ?? 'no message' };
        if (TRANSIENT_CODES.has(err.Code ?? '')) {
          retry.push(entry);
          transient.push(failure);
        } else permanent.push(failure);
      }
      if (retry.length === 0 || attempt >= this.maxAttempts || signal?.aborted) return [...permanent, ...transient];
      this.options.logger?.warn({ keys: retry.length, attempt }, 'some keys of a DeleteObjects batch failed transiently; retrying them');
      pending = retry;
      await sleep(backoffMs(attempt, this.baseDelayMs, 20_000), signal);
    }
    return permanent;
  }

  async close(): Promise<void> {
    this.options.client.destroy();
  }

  private async detectVersioning(): Promise<boolean> {
    const mode = this.options.versioning ?? 'auto';
    if (mode !== 'auto') return mode === 'on';
    try {
      const v = await this.withRetry('GetBucketVersioning', () => this.options.client.send(new GetBucketVersioningCommand({ Bucket: this.options.bucket })));
      // A Suspended bucket still holds the versions written while it was Enabled.
      return v.Status === 'Enabled' || v.Status === 'Suspended';
    } catch (error) {
      const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (e.name === 'NotImplemented' || e.$metadata?.httpStatusCode === 501 || e.$metadata?.httpStatusCode === 405) {
        // Stores without versioning (s3rver, some appliances) refuse the call: nothing but current objects exists.
        this.options.logger?.warn({ bucket: this.options.bucket }, 'the store does not implement GetBucketVersioning; treating the bucket as unversioned (set S3_VERSIONING=on to override)');
        return false;
      }
      // Only a refusal of this one call is about the permission; no credentials, bad credentials, a
      // missing bucket or an unreachable endpoint would make the same advice send the operator astray.
      if (e.name === 'AccessDenied' || e.$metadata?.httpStatusCode === 403) {
        if (!['InvalidAccessKeyId', 'SignatureDoesNotMatch'].includes(e.name ?? '')) {
          throw new AppError('config_invalid', `Cannot tell whether s3://${this.options.bucket} is versioned (${toError(error).message}). Grant s3:GetBucketVersioning, or set S3_VERSIONING=on or off.`, { cause: error });
        }
      }
      throw connectionError('archive', `s3://${this.options.bucket}/${this.options.basePrefix}`, error);
    }
  }

  /**
   * The lean sender of this bucket (s3Wire.ts), learned once; null: everything goes through the SDK.
   * A failure to learn (credentials not yet available…) is not kept: this request goes through the
   * SDK, which reports it, and the next one tries again.
   */
  private leanWire(): Promise<S3Wire | null> {
    if (this.options.leanRequests === false) return Promise.resolve(null);
    this.wire ??= S3Wire.learn(this.options.client, this.options.bucket).catch((error) => {
      this.wire = null;
      this.options.logger?.debug({ err: toError(error).message }, 'S3 requests go through the SDK for now');
      return null;
    });
    return this.wire;
  }

  private async withRetry<T>(what: string, call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await call();
      } catch (error) {
        if (signal?.aborted || !isTransientS3Error(error) || attempt >= this.maxAttempts) throw error;
        const delay = backoffMs(attempt, this.baseDelayMs, 20_000);
        this.options.logger?.warn({ operation: what, attempt, retryInMs: delay, err: toError(error).message }, 'S3 call failed transiently; retrying');
        await sleep(delay, signal);
      }
    }
  }
}
