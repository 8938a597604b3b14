/**
 * The lean S3 requests (src/adapters/archive/s3Wire.ts) against the stores the archive is tested on,
 * behind a proxy that checks every request's SigV4 signature and DeleteObjects checksum as S3 does
 * (s3rver and the versioned fake do not): a listing or a delete that reaches the store was signed
 * right, path, query string, headers and body included. The versioned fake injects throttling and
 * per-key failures.
 */
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { ArchiveEntry } from '../../src/ports/archive';
import { S3Archive } from '../../src/adapters/archive/s3Archive';
import { S3Wire } from '../../src/adapters/archive/s3Wire';
import { parseObjectsPage } from '../../src/adapters/archive/s3Listing';
import { Slots } from '../../src/lib/slots';
import { startTestArchive, type TestArchive } from '../support/s3ArchiveFixtures';
import { startSigV4Proxy, type SigV4Proxy } from '../support/sigv4Proxy';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

/** A test store, and the signature-checking proxy in front of it (the endpoint the archive is given). */
async function store(kind: 's3rver' | 'versioned'): Promise<TestArchive & { proxy: SigV4Proxy }> {
  const s = await startTestArchive(kind);
  cleanups.push(() => s.stop());
  const proxy = await startSigV4Proxy(s.env.S3_ENDPOINT!, 'S3RVER');
  cleanups.push(() => proxy.stop());
  return Object.assign(s, { proxy });
}

/** A client like the archive's, which records the name of every command the SDK is asked to send. */
function countingClient(endpoint: string, secret = 'S3RVER'): { client: S3Client; commands: string[] } {
  // As testS3Client builds it, with a secret of the test's choosing.
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: secret }, maxAttempts: 1 });
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  cleanups.push(async () => client.destroy());
  return { client, commands };
}

async function listAll(archive: S3Archive, prefix: string): Promise<ArchiveEntry[]> {
  const out: ArchiveEntry[] = [];
  for await (const page of archive.list(prefix)) out.push(...page);
  return out;
}

// Characters a query string or an XML body could get wrong: spaces, "+", "%", "&", "<", quotes, "=", "?", non-ASCII.
const AWKWARD = ['p/a b.gz', 'p/a+b.gz', 'p/100%.gz', 'p/%2F.gz', 'p/x&y<z>.gz', `p/"it's".gz`, 'p/k=v?q.gz', 'p/café/日本.gz', 'p/~tilde*.gz'];

describe('lean S3 requests', () => {
  it('signed as S3 checks: awkward keys listed across truncated pages and deleted, nothing else touched', async () => {
    const s = await store('s3rver');
    for (const k of [...AWKWARD, 'p-neighbour/a b.gz', 'q/100%.gz']) await s.put(k);
    // The check accepts what the SDK itself signs (an awkward prefix in the query string).
    const sdk = countingClient(s.proxy.endpoint).client;
    expect((await sdk.send(new ListObjectsV2Command({ Bucket: 'archive-plain', Prefix: 'data/p/a+b %' }))).KeyCount).toBe(0);
    const { client, commands } = countingClient(s.proxy.endpoint);
    const archive = new S3Archive({ client, bucket: 'archive-plain', basePrefix: 'data/', versioning: 'off', pageSize: 2, baseDelayMs: 5 });
    // A prefix with awkward characters of its own goes into the query string too.
    expect((await listAll(archive, 'p/a ')).map((e) => e.key)).toEqual(['p/a b.gz']);
    const listed = await listAll(archive, 'p/');
    expect(listed.map((e) => e.key).sort()).toEqual([...AWKWARD].sort());
    expect(await archive.deleteBatch(listed)).toEqual([]);
    expect(await listAll(archive, 'p/')).toEqual([]);
    expect(await s.remaining()).toEqual(['p-neighbour/a b.gz', 'q/100%.gz']);
    // The SDK built one request to learn its shape and sent nothing else: the rest went the lean way.
    expect(commands).toEqual(['ListObjectsV2Command']);
    expect(s.proxy.verified).toBeGreaterThan(AWKWARD.length / 2);
  });

  it('a request the store refuses goes through the SDK, and the caller gets the SDK\'s error', async () => {
    const s = await store('s3rver');
    await s.put('p/a');
    const { client, commands } = countingClient(s.proxy.endpoint, 'not-the-secret');
    const archive = new S3Archive({ client, bucket: 'archive-plain', basePrefix: 'data/', versioning: 'off', baseDelayMs: 5 });
    await expect(listAll(archive, 'p/')).rejects.toMatchObject({ name: 'SignatureDoesNotMatch', $metadata: { httpStatusCode: 403 } });
    await expect(archive.deleteBatch([{ key: 'p/a', size: 1 }])).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    expect(commands).toEqual(['ListObjectsV2Command', 'ListObjectsV2Command', 'DeleteObjectsCommand']);
    expect(await s.remaining()).toEqual(['p/a']);
  });

  it('the wire itself: a truncated page names its continuation, and a bad signature is left to the SDK', async () => {
    const s = await store('s3rver');
    for (const k of ['p/1', 'p/2', 'p/3']) await s.put(k);
    const good = await S3Wire.learn(countingClient(s.proxy.endpoint).client, 'archive-plain');
    expect(good).not.toBeNull();
    const first = await good!.list({ 'list-type': '2', prefix: 'data/p/', 'max-keys': '2' }, parseObjectsPage);
    expect(first).toMatchObject({ IsTruncated: true, Contents: [{ Key: 'data/p/1', Size: 3 }, { Key: 'data/p/2', Size: 3 }] });
    const second = await good!.list({ 'list-type': '2', prefix: 'data/p/', 'max-keys': '2', 'continuation-token': first!.NextContinuationToken! }, parseObjectsPage);
    expect(second).toMatchObject({ IsTruncated: false, Contents: [{ Key: 'data/p/3' }] });
    const bad = await S3Wire.learn(countingClient(s.proxy.endpoint, 'wrong').client, 'archive-plain');
    expect(await bad!.list({ 'list-type': '2', prefix: 'data/p/' }, parseObjectsPage)).toBeNull();
    expect(await bad!.deleteObjects(Buffer.from('<Delete/>'), new Slots(1))).toBeNull();
    expect(await s.remaining()).toEqual(['p/1', 'p/2', 'p/3']);
  });

  it('versioned bucket: throttling retried, partial DeleteObjects failures named per key (escaped keys too)', async () => {
    const s = await store('versioned');
    const keys = ['e/a&b', 'e/ü <1>', 'e/c', 'e/d'];
    for (const k of keys) await s.put(k);
    const { client, commands } = countingClient(s.proxy.endpoint);
    const archive = new S3Archive({ client, bucket: 'archive-ver', basePrefix: '', versioning: 'on', pageSize: 3, baseDelayMs: 5 });
    s.fake!.faults.slowDown = 2;
    const entries = await listAll(archive, 'e/');
    expect(entries.map((e) => e.key)).toEqual(['e/a&b', 'e/c', 'e/d', 'e/ü <1>']);
    let flaky = 1;
    s.fake!.faults.slowDown = 1;
    s.fake!.faults.deleteError = (key) => (key === 'e/ü <1>' && flaky-- > 0 ? { code: 'SlowDown', message: 'slow' } : key === 'e/a&b' ? { code: 'AccessDenied', message: 'Access "Denied"' } : null);
    const failures = await archive.deleteBatch(entries);
    expect(failures).toEqual([{ key: 'e/a&b', versionId: entries[0]!.versionId, code: 'AccessDenied', message: 'Access "Denied"' }]);
    expect(s.fake!.dump('archive-ver').map((v) => v.key)).toEqual(['e/a&b']);
    expect(commands).toEqual(['ListObjectsV2Command']);
  });

  it('an ordinary client on AWS (virtual-hosted bucket, SigV4) is learned without sending anything', async () => {
    const client = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1, requestHandler: { handle: async () => Promise.reject(new Error('nothing may be sent')) } });
    cleanups.push(async () => client.destroy());
    expect(await S3Wire.learn(client, 'my-bucket')).not.toBeNull();
  });
});

describe('credentials', () => {
  it("each request is signed with the credentials the client's provider gives then (refreshed ones too)", async () => {
    let issued = 0;
    const signedWith: string[] = [];
    const client = new S3Client({
      region: 'us-east-1',
      maxAttempts: 1,
      // Credentials about to expire: the SDK asks its provider again before each signature.
      credentials: async () => ({ accessKeyId: `KEY${(issued += 1)}`, secretAccessKey: 's', expiration: new Date(Date.now() + 1000) }),
      requestHandler: {
        handle: async (request: { headers: Record<string, string> }) => {
          signedWith.push(/Credential=([^/]+)/.exec(request.headers.authorization ?? '')?.[1] ?? 'unsigned');
          return { response: { statusCode: 200, headers: {}, body: Readable.from([Buffer.from('<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>')]) } };
        },
      },
    });
    cleanups.push(async () => client.destroy());
    const wire = await S3Wire.learn(client, 'my-bucket');
    for (let i = 0; i < 2; i += 1) expect(await wire!.list({ 'list-type': '2' }, parseObjectsPage)).toEqual({ IsTruncated: false, NextContinuationToken: undefined });
    expect(signedWith).toHaveLength(2);
    expect(signedWith[0]).toMatch(/^KEY\d+$/);
    expect(signedWith[1]).not.toBe(signedWith[0]);
  });
});

describe('clock skew', () => {
  it("each request is signed at the client's clock corrected by its current skew offset", async () => {
    const signedAt: number[] = [];
    const client = new S3Client({
      region: 'us-east-1',
      maxAttempts: 1,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      requestHandler: {
        handle: async (request: { headers: Record<string, string> }) => {
          const d = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(request.headers['x-amz-date'] ?? '')!;
          signedAt.push(Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +d[4]!, +d[5]!, +d[6]!));
          return { response: { statusCode: 200, headers: {}, body: Readable.from([Buffer.from('<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>')]) } };
        },
      },
    });
    cleanups.push(async () => client.destroy());
    const wire = await S3Wire.learn(client, 'my-bucket');
    await wire!.list({ 'list-type': '2' }, parseObjectsPage);
    // The SDK moves the offset when a response says the clock is off (RequestTimeTooSkewed and Date headers).
    (client.config as { systemClockOffset: number }).systemClockOffset = 3_600_000;
    await wire!.list({ 'list-type': '2' }, parseObjectsPage);
    expect(Math.abs(signedAt[0]! - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(signedAt[1]! - (Date.now() + 3_600_000))).toBeLessThan(60_000);
  });
});

describe('setups left to the SDK', () => {
  it('a client whose plugin adds a header is never sent the lean way', async () => {
    const client = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1 });
    cleanups.push(async () => client.destroy());
    client.middlewareStack.add((next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers['x-amz-expected-bucket-owner'] = '111122223333';
      return next(args);
    }, { step: 'build', name: 'expectedOwner' });
    expect(await S3Wire.learn(client, 'my-bucket')).toBeNull();
  });

  it('a client without credentials: learning fails as the SDK fails, and the SDK reports it', async () => {
    const client = new S3Client({ region: 'eu-west-1', credentials: async () => Promise.reject(Object.assign(new Error('no credentials here'), { name: 'CredentialsProviderError' })), maxAttempts: 1 });
    cleanups.push(async () => client.destroy());
    await expect(S3Wire.learn(client, 'my-bucket')).rejects.toThrow('no credentials here');
    const archive = new S3Archive({ client, bucket: 'my-bucket', basePrefix: '', versioning: 'off', maxAttempts: 1 });
    await expect(listAll(archive, 'p/')).rejects.toThrow('no credentials here');
    await expect(client.send(new ListObjectsV2Command({ Bucket: 'my-bucket' }))).rejects.toThrow('no credentials here');
  });
});
