/**
 * A benchmark fixture, not a product feature: an S3 endpoint that answers the three calls a purge
 * makes — ListObjectsV2, ListObjectVersions, DeleteObjects (and GetBucketVersioning) — from memory,
 * instantly or after a fixed delay per request (`delayMs`, like a distant region). It measures the
 * executor's own ceiling, which s3rver (milliseconds of disk work per request) hides.
 *
 * It runs in a child process so that its memory (a million keys) and its CPU are not the executor's.
 * Objects are created through a control call (`POST /_bench/fill`), not PUT: uploading a million
 * objects would take longer than the benchmark. Responses follow the S3 API reference's XML; keys are
 * kept sorted (S3 lists in UTF-8 byte order; the generated keys are ASCII).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { invokedDirectly } from './invokedDirectly';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

interface Bucket {
  versioned: boolean;
  keys: string[];
  /** 1 while the key (its one version, on a versioned bucket) exists. */
  alive: Uint8Array;
  index: Map<string, number>;
  live: number;
  /** Every folder ("a/", "a/b/", …) a key is under, numbered. */
  folderIds: Map<string, number>;
  /** Keys present under each folder, by number: a listing by folder skips an emptied one at once. */
  liveUnder: Int32Array;
  /** The folders of key i are folderOf[folderStart[i]] … folderOf[folderStart[i + 1] - 1]. */
  folderStart: Int32Array;
  folderOf: Int32Array;
  /** Each key's listing item, as bytes, written once (see ItemBytes). */
  items: { contents?: ItemBytes; versions?: ItemBytes };
}

/**
 * One listing item per key (a <Contents> or a <Version> element), in key order in one Buffer: item i
 * is bytes[at[i]] … bytes[at[i + 1]]. A page of keys in a row is then one slice of it. Written per
 * request, the items of a 1,000-key page were a 200 KB string each time: V8 puts strings that large
 * in its large-object space, and the endpoint spent more CPU in the garbage collector than answering.
 */
interface ItemBytes {
  bytes: Buffer;
  at: Float64Array;
}

export interface FillRequest {
  bucket: string;
  versioned: boolean;
  /** Every key, in any order (sorted here). */
  prefix: string;
  partitions: number;
  perPartition: number;
  firstDayMs: number;
  /** Source ids whose partitions are generated (the first is the one purged, the rest neighbours). */
  sources: string[];
  /** More sources with partitions of their own count (a small workspace purged before the measured one). */
  extraSources?: { id: string; partitions: number }[];
}

/**
 * DeleteObjects in flight from the endpoint's side: a request counts from its arrival to the end of
 * its response. `slotSeconds` is the time integral of that count over `windowSeconds`, the span from
 * the first DeleteObjects' arrival to the last one's answer; slotSeconds / (windowSeconds × slots)
 * is how busy the client kept its slots while it was deleting.
 */
export interface DeleteOccupancy {
  maxInFlight: number;
  slotSeconds: number;
  windowSeconds: number;
}

/** One S3 request as the endpoint saw it (ms on the machine's monotonic clock, as `process.hrtime` reads it in any process). */
export interface TimelineEntry {
  op: string;
  arrived: number;
  /** Its body read: the delay (if any) starts here. */
  read: number;
  /** Its answer written (0: not yet). */
  answered: number;
  /** The day folder it is about, if any. */
  partition?: string;
}

export interface FakeS3Handle {
  endpoint: string;
  fill(request: FillRequest): Promise<void>;
  /** Keys still present in a bucket. */
  count(bucket: string): Promise<number>;
  /** Requests answered, by operation, since the last fill. */
  requests(): Promise<Record<string, number>>;
  /** DeleteObjects requests in flight as this endpoint saw them, since the last fill. */
  deletes(): Promise<DeleteOccupancy>;
  /** Every S3 request since the last fill, and the endpoint's CPU seconds since then. */
  timeline(): Promise<{ now: number; cpuSeconds: number; requests: TimelineEntry[] }>;
  stop(): Promise<void>;
}

/** Start the endpoint in a child process. */
export async function startFakeS3(options: { delayMs?: number } = {}): Promise<FakeS3Handle> {
  // BENCH_CPU_PROF profiles the endpoint too (its own .cpuprofile files, one per thread: the main one reads bench/fakeS3.ts), apart from the executor's.
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...prof, path.join(ROOT, 'bin', 'run-ts.js'), path.join(ROOT, 'bench', 'fakeS3.ts'), String(options.delayMs ?? 0)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += String(c);
      if (out.includes('\n')) resolve(Number(JSON.parse(out.split('\n')[0]!).port));
    });
    child.once('exit', (code) => reject(new Error(`fake S3 exited with ${code}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const control = async (what: string, body?: unknown) => {
    const call = () => fetch(`${endpoint}/_bench/${what}`, { method: body ? 'POST' : 'GET', body: body ? JSON.stringify(body) : undefined });
    // A pooled connection may have been closed by the server's keep-alive timeout during a long run
    // (EPIPE, "fetch failed"): try again on a fresh one, a few times.
    const res = await call().catch(call).catch(call).catch(call);
    if (!res.ok) throw new Error(`fake S3 ${what}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  return {
    endpoint,
    fill: async (request) => void (await control('fill', request)),
    count: async (bucket) => Number(((await control(`count?bucket=${encodeURIComponent(bucket)}`)) as { count: number }).count),
    requests: async () => (await control('requests')) as Record<string, number>,
    deletes: async () => (await control('deletes')) as DeleteOccupancy,
    timeline: async () => (await control('timeline')) as { now: number; cpuSeconds: number; requests: TimelineEntry[] },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function serve(delayMs: number): http.Server {
  const buckets = new Map<string, Bucket>();
  let requests: Record<string, number> = {};
  const deletes = deleteMeter();
  // Every S3 request since the last fill: operation, arrival, end of its body, end of its answer (ms).
  let timeline: TimelineEntry[] = [];
  let cpuAtFill = process.cpuUsage();
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && (req.url ?? '').includes('?delete')) deletes.track(res);
    const entry: TimelineEntry = { op: '', arrived: ms(), read: 0, answered: 0 };
    res.once('finish', () => (entry.answered = ms()));
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = Buffer.concat(chunks).toString('utf8');
      if (url.pathname.startsWith('/_bench/')) return controlCall(url, body, res);
      const op = operationOf(req.method ?? 'GET', url);
      requests[op] = (requests[op] ?? 0) + 1;
      entry.op = op;
      entry.read = ms();
      // The partition (day folder) a request is about: a listing's prefix, a DeleteObjects' first key.
      entry.partition = /\/(\d{10,})\//.exec(op === 'DeleteObjects' ? body.slice(0, 400) : (url.searchParams.get('prefix') ?? ''))?.[1] ?? '';
      timeline.push(entry);
      // The delay runs from the request's arrival, and the endpoint's own work (parsing 1,000 keys,
      // writing a page of them: a few ms) happens inside it, as a remote store's work is part of the
      // latency a client sees. Added after the work, it made every request 25 ms + that work, and
      // ideal = slots × 1,000 keys / 25 ms unreachable whatever the client did.
      if (delayMs > 0) answerAt.set(res, entry.arrived + delayMs);
      try {
        s3Call(op, url, body, res);
      } catch (error) {
        reply(res, 500, `<Error><Code>InternalError</Code><Message>${xml((error as Error).message)}</Message></Error>`);
      }
    });
  });
  server.keepAliveTimeout = 60_000;

  function controlCall(url: URL, body: string, res: http.ServerResponse): void {
    if (url.pathname === '/_bench/fill') {
      const f = JSON.parse(body) as FillRequest;
      const keys: string[] = [];
      for (const { id, partitions } of [...f.sources.map((id) => ({ id, partitions: f.partitions })), ...(f.extraSources ?? [])])
        for (let p = 0; p < partitions; p += 1)
          for (let i = 0; i < f.perPartition; i += 1) keys.push(`${f.prefix}segment-logs/${id}/${f.firstDayMs + p * 86_400_000}/part-${String(i).padStart(5, '0')}.gz`);
      keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const bucket: Bucket = { versioned: f.versioned, keys, alive: new Uint8Array(keys.length).fill(1), index: new Map(keys.map((k, i) => [k, i])), live: keys.length, ...folderCounts(keys), items: {} };
      // Written now, outside the measured CPU (a versioned bucket's version items too; an unversioned
      // one's only if ListObjectVersions is ever asked of it).
      bucket.items.contents = itemBytes(keys, contentsItem);
      if (f.versioned) bucket.items.versions = itemBytes(keys, versionItem);
      buckets.set(f.bucket, bucket);
      requests = {};
      deletes.reset();
      timeline = [];
      cpuAtFill = process.cpuUsage();
      return json(res, { keys: keys.length });
    }
    if (url.pathname === '/_bench/count') return json(res, { count: buckets.get(url.searchParams.get('bucket') ?? '')?.live ?? 0 });
    if (url.pathname === '/_bench/requests') return json(res, requests);
    if (url.pathname === '/_bench/deletes') return json(res, deletes.read());
    if (url.pathname === '/_bench/timeline') {
      const cpu = process.cpuUsage(cpuAtFill);
      return json(res, { now: ms(), cpuSeconds: (cpu.user + cpu.system) / 1e6, requests: timeline });
    }
    json(res, { error: 'unknown control call' }, 404);
  }

  function s3Call(op: string, url: URL, body: string, res: http.ServerResponse): void {
    const name = decodeURIComponent(url.pathname.split('/')[1] ?? '');
    const bucket = buckets.get(name);
    if (!bucket) return reply(res, 404, `<Error><Code>NoSuchBucket</Code><Message>no bucket ${xml(name)}</Message></Error>`);
    const q = url.searchParams;
    if (op === 'GetBucketVersioning') return reply(res, 200, `<VersioningConfiguration xmlns="${XMLNS}">${bucket.versioned ? '<Status>Enabled</Status>' : ''}</VersioningConfiguration>`);
    if (op === 'ListObjectsV2' || op === 'ListObjectVersions') {
      const prefix = q.get('prefix') ?? '';
      const max = Math.min(1000, Number(q.get('max-keys') ?? 1000) || 1000);
      // Tokens and markers: the last key returned (ListObjectVersions: one version per key here).
      const after = op === 'ListObjectsV2' ? (q.get('continuation-token') ?? q.get('start-after') ?? '') : (q.get('key-marker') ?? '');
      // Delimiter "/" (the only one the executor sends): keys below the next "/" roll up into one
      // CommonPrefixes entry, which counts toward max-keys like a key (the S3 API reference).
      const delimiter = q.get('delimiter') ?? '';
      if (delimiter && delimiter !== '/') return reply(res, 501, `<Error><Code>NotImplemented</Code><Message>delimiter other than "/"</Message></Error>`);
      // Past a common prefix: the first key after every key under it ("/" + 1 is "0").
      const pastFolder = (folder: string) => lowerBound(bucket.keys, `${folder.slice(0, -1)}0`);
      const from = after && after >= prefix ? (delimiter && after.endsWith('/') && after.length > prefix.length ? pastFolder(after) : upperBound(bucket.keys, after)) : lowerBound(bucket.keys, prefix);
      // The keys of the page, as runs of consecutive indices [from, to): their items are slices of bucket.items.
      const runs: number[] = [];
      let count = 0;
      const folders: string[] = [];
      let i = from;
      let truncated = false;
      let last = '';
      for (; i < bucket.keys.length; i += 1) {
        const key = bucket.keys[i]!;
        if (!key.startsWith(prefix)) break;
        if (!bucket.alive[i]) {
          // A folder whose keys are all deleted is passed in one step (S3 does not walk deleted keys one by one).
          const cut = delimiter ? key.indexOf('/', prefix.length) : -1;
          if (cut >= 0 && !bucket.liveUnder[bucket.folderIds.get(key.slice(0, cut + 1)) ?? -1]) i = pastFolder(key.slice(0, cut + 1)) - 1;
          continue;
        }
        if (count + folders.length === max) {
          truncated = true;
          break;
        }
        const cut = delimiter ? key.indexOf('/', prefix.length) : -1;
        if (cut >= 0) {
          last = key.slice(0, cut + 1);
          folders.push(last);
          i = pastFolder(last) - 1;
          continue;
        }
        if (runs.length && runs[runs.length - 1] === i) runs[runs.length - 1] = i + 1;
        else runs.push(i, i + 1);
        count += 1;
        last = key;
      }
      const common = folders.map((f) => `<CommonPrefixes><Prefix>${xml(f)}</Prefix></CommonPrefixes>`).join('') + (delimiter ? `<Delimiter>${delimiter}</Delimiter>` : '');
      const items = op === 'ListObjectsV2' ? bucket.items.contents! : (bucket.items.versions ??= itemBytes(bucket.keys, versionItem));
      const slices: Buffer[] = [];
      for (let r = 0; r < runs.length; r += 2) slices.push(items.bytes.subarray(items.at[runs[r]!], items.at[runs[r + 1]!]));
      if (op === 'ListObjectsV2') {
        return reply(res, 200, [`<ListBucketResult xmlns="${XMLNS}"><Name>${xml(name)}</Name><Prefix>${xml(prefix)}</Prefix><KeyCount>${count + folders.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${truncated ? `<NextContinuationToken>${xml(last)}</NextContinuationToken>` : ''}`, ...slices, `${common}</ListBucketResult>`]);
      }
      return reply(res, 200, [`<ListVersionsResult xmlns="${XMLNS}"><Name>${xml(name)}</Name><Prefix>${xml(prefix)}</Prefix><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${truncated ? `<NextKeyMarker>${xml(last)}</NextKeyMarker><NextVersionIdMarker>v1</NextVersionIdMarker>` : ''}`, ...slices, `${common}</ListVersionsResult>`]);
    }
    if (op === 'DeleteObjects') {
      const quiet = /<Quiet>\s*true\s*<\/Quiet>/.test(body);
      const deleted: string[] = [];
      // A batch is usually keys in a row (a listing page): the key after the last one found is tried
      // before the index, a lookup in a Map of every key that took most of this endpoint's CPU.
      let found = -1;
      for (const object of objectsOf(body)) {
        const key = unxml(between(object, '<Key>', '</Key>') ?? '');
        const versionId = between(object, '<VersionId>', '</VersionId>');
        const i = bucket.keys[found + 1] === key ? found + 1 : bucket.index.get(key);
        if (i !== undefined) found = i;
        // Deleting what is not there succeeds in S3 (unversioned key, or a version already gone).
        if (i !== undefined && bucket.alive[i] && (!bucket.versioned || versionId === 'v1')) {
          bucket.alive[i] = 0;
          bucket.live -= 1;
          for (let j = bucket.folderStart[i]!; j < bucket.folderStart[i + 1]!; j += 1) bucket.liveUnder[bucket.folderOf[j]!] -= 1;
        }
        if (!quiet) deleted.push(`<Deleted><Key>${xml(key)}</Key>${versionId ? `<VersionId>${xml(versionId)}</VersionId>` : ''}</Deleted>`);
      }
      return reply(res, 200, `<DeleteResult xmlns="${XMLNS}">${deleted.join('')}</DeleteResult>`);
    }
    reply(res, 501, `<Error><Code>NotImplemented</Code><Message>${xml(op)} is not part of this benchmark endpoint</Message></Error>`);
  }
  return server;
}

/** The time-weighted count of DeleteObjects requests in flight (see DeleteOccupancy). */
function deleteMeter() {
  let inFlight = 0;
  let maxInFlight = 0;
  let slotNs = 0n;
  let first: bigint | null = null;
  let last: bigint | null = null;
  let changed = 0n;
  const step = (by: number) => {
    const now = process.hrtime.bigint();
    if (inFlight > 0) slotNs += BigInt(inFlight) * (now - changed);
    changed = now;
    inFlight += by;
    maxInFlight = Math.max(maxInFlight, inFlight);
    first ??= now;
    if (by < 0) last = now;
  };
  return {
    track(res: http.ServerResponse): void {
      step(1);
      let done = false;
      const end = () => {
        if (!done) step(-1);
        done = true;
      };
      res.once('finish', end);
      res.once('close', end);
    },
    reset(): void {
      maxInFlight = inFlight;
      slotNs = 0n;
      first = last = null;
    },
    read(): DeleteOccupancy {
      return { maxInFlight, slotSeconds: Number(slotNs) / 1e9, windowSeconds: first !== null && last !== null ? Number(last - first) / 1e9 : 0 };
    },
  };
}

/** The text of each <Object> element of a DeleteObjects body (indexOf, not a regular expression: it is cheaper). */
function* objectsOf(body: string): Iterable<string> {
  for (let at = body.indexOf('<Object>'); at >= 0; ) {
    const end = body.indexOf('</Object>', at);
    if (end < 0) return;
    yield body.slice(at + 8, end);
    at = body.indexOf('<Object>', end);
  }
}

function between(text: string, open: string, close: string): string | undefined {
  const from = text.indexOf(open);
  if (from < 0) return undefined;
  const to = text.indexOf(close, from + open.length);
  return to < 0 ? undefined : text.slice(from + open.length, to);
}

/** Every folder a key is under: "a/b/c" → "a/", "a/b/". */
function foldersOf(key: string): string[] {
  const out: string[] = [];
  for (let cut = key.indexOf('/'); cut >= 0; cut = key.indexOf('/', cut + 1)) out.push(key.slice(0, cut + 1));
  return out;
}

/** The folders of every key, numbered, and how many keys each holds (all of them present). */
function folderCounts(keys: string[]): Pick<Bucket, 'folderIds' | 'liveUnder' | 'folderStart' | 'folderOf'> {
  const folderIds = new Map<string, number>();
  const folderStart = new Int32Array(keys.length + 1);
  const of: number[] = [];
  for (const [i, key] of keys.entries()) {
    folderStart[i] = of.length;
    for (const folder of foldersOf(key)) {
      let id = folderIds.get(folder);
      if (id === undefined) folderIds.set(folder, (id = folderIds.size));
      of.push(id);
    }
  }
  folderStart[keys.length] = of.length;
  const liveUnder = new Int32Array(folderIds.size);
  for (const id of of) liveUnder[id] += 1;
  return { folderIds, liveUnder, folderStart, folderOf: Int32Array.from(of) };
}

const contentsItem = (key: string) => `<Contents><Key>${xml(key)}</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>&quot;0&quot;</ETag><Size>64</Size><StorageClass>STANDARD</StorageClass></Contents>`;
const versionItem = (key: string) => `<Version><Key>${xml(key)}</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>&quot;0&quot;</ETag><Size>64</Size><StorageClass>STANDARD</StorageClass></Version>`;

/** Every key's item, in key order (see ItemBytes). */
function itemBytes(keys: string[], item: (key: string) => string): ItemBytes {
  const at = new Float64Array(keys.length + 1);
  for (const [i, key] of keys.entries()) at[i + 1] = at[i]! + Buffer.byteLength(item(key));
  const bytes = Buffer.allocUnsafe(at[keys.length]!);
  for (const [i, key] of keys.entries()) bytes.write(item(key), at[i]!, 'utf8');
  return { bytes, at };
}

function operationOf(method: string, url: URL): string {
  const q = url.searchParams;
  if (method === 'GET' && q.has('versioning')) return 'GetBucketVersioning';
  if (method === 'GET' && q.has('versions')) return 'ListObjectVersions';
  if (method === 'GET' && q.get('list-type') === '2') return 'ListObjectsV2';
  if (method === 'POST' && q.has('delete')) return 'DeleteObjects';
  return `${method} ${url.pathname}`;
}

function lowerBound(keys: string[], target: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(keys: string[], target: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The machine's monotonic clock in ms: the executor's process reads the same one. */
const ms = () => Number(process.hrtime.bigint()) / 1e6;

/** When each delayed request is to be answered (its arrival + the delay). */
const answerAt = new WeakMap<http.ServerResponse, number>();

const XML_DECLARATION = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n');

/** Answer with the XML declaration and `body` (text, or parts: text and slices of item bytes). */
function reply(res: http.ServerResponse, status: number, body: string | (string | Buffer)[]): void {
  const parts = [XML_DECLARATION, ...(typeof body === 'string' ? [body] : body).map((p) => (typeof p === 'string' ? Buffer.from(p) : p))];
  const send = () => {
    res.writeHead(status, { 'content-type': 'application/xml', 'content-length': parts.reduce((n, p) => n + p.byteLength, 0), 'x-amz-request-id': 'bench' });
    // Written as they are (no copy into one Buffer), in one writev.
    res.cork();
    for (const p of parts) res.write(p);
    res.end();
    res.uncork();
  };
  const wait = (answerAt.get(res) ?? 0) - ms();
  if (wait > 0) setTimeout(send, wait);
  else send();
}

function json(res: http.ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

// Most keys have nothing to escape: tested first (the endpoint's CPU is taken from the executor's cores).
const xml = (s: string) => (/[&<>"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : s);
const unxml = (s: string) => !s.includes('&') ? s : s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

if (invokedDirectly(import.meta.url)) {
  const server = serve(Number(process.argv[2] ?? 0));
  server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}
