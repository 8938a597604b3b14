/**
 * A small, faithful S3 server for what s3rver lacks: bucket versioning. Path-style requests only.
 * Follows the Amazon S3 API Reference for: CreateBucket, Put/GetBucketVersioning, PutObject,
 * GetObject, HeadObject, DeleteObject (with versionId), DeleteObjects (Quiet, VersionId, per-key
 * Errors, at most 1,000 keys), ListObjectsV2 (prefix, start-after, continuation-token, max-keys) and
 * ListObjectVersions (prefix, key-marker, version-id-marker, max-keys; versions of a key newest first,
 * delete markers interleaved). Keys are ordered by UTF-8 bytes. Only the access key `S3RVER` is
 * accepted; signatures are not verified (the SDK computes them; checking them adds nothing here).
 * DeleteObjects needs a Content-MD5 or x-amz-checksum-crc32 header that matches its body, as S3 does
 * (400 InvalidRequest without one, 400 BadDigest when it does not match): the archive writes that
 * body itself. Faults can be injected: throttling (503 SlowDown) and per-key DeleteObjects errors.
 */
import http from 'node:http';
import { randomBytes, createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

interface Version {
  versionId: string;
  deleteMarker: boolean;
  body: Buffer;
  etag: string;
  lastModified: string;
}

interface Bucket {
  versioning: 'Enabled' | 'Suspended' | null;
  objects: Map<string, Version[]>; // newest first
}

export interface S3Faults {
  /** Answer this many upcoming requests with 503 SlowDown. */
  slowDown: number;
  /** A per-key error for DeleteObjects (null: delete it). */
  deleteError: ((key: string) => { code: string; message: string } | null) | null;
}

export interface VersionedS3 {
  endpoint: string;
  faults: S3Faults;
  requests: { method: string; query: string }[];
  /** Every stored version and delete marker, for assertions. */
  dump(bucket: string): { key: string; versionId: string; deleteMarker: boolean }[];
  stop(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export async function startVersionedS3(): Promise<VersionedS3> {
  const buckets = new Map<string, Bucket>();
  const faults: S3Faults = { slowDown: 0, deleteError: null };
  const requests: { method: string; query: string }[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        handle(req, Buffer.concat(chunks), res);
      } catch (error) {
        send(res, 500, errorXml('InternalError', (error as Error).message));
      }
    });
  });

  function send(res: http.ServerResponse, status: number, body: string | Buffer = '', headers: Record<string, string> = {}) {
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { 'content-length': String(buf.length), ...(typeof body === 'string' && body ? { 'content-type': 'application/xml' } : {}), 'x-amz-request-id': randomBytes(8).toString('hex'), ...headers });
    res.end(buf);
  }
  function errorXml(code: string, message: string) {
    return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${esc(message)}</Message></Error>`;
  }

  function handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    requests.push({ method: req.method ?? '', query: url.search });
    const auth = String(req.headers.authorization ?? '');
    if (!/Credential=S3RVER\//.test(auth)) return send(res, 403, errorXml('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'));
    if (faults.slowDown > 0) {
      faults.slowDown -= 1;
      return send(res, 503, errorXml('SlowDown', 'Please reduce your request rate.'));
    }
    const [, bucketName = '', ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const name = decodeURIComponent(bucketName);
    if (!key) {
      if (req.method === 'PUT' && !q.has('versioning')) {
        if (name.length < 3) return send(res, 400, errorXml('InvalidBucketName', 'The specified bucket is not valid.'));
        if (!buckets.has(name)) buckets.set(name, { versioning: null, objects: new Map() });
        return send(res, 200);
      }
    }
    const bucket = buckets.get(name);
    if (!bucket) return send(res, 404, errorXml('NoSuchBucket', 'The specified bucket does not exist'));
    if (!key) {
      if (q.has('versioning') && req.method === 'PUT') {
        const status = /<Status>(Enabled|Suspended)<\/Status>/.exec(body.toString())?.[1] as Bucket['versioning'];
        if (!status) return send(res, 400, errorXml('MalformedXML', 'bad versioning configuration'));
        bucket.versioning = status;
        return send(res, 200);
      }
      if (q.has('versioning')) return send(res, 200, `<?xml version="1.0" encoding="UTF-8"?><VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${bucket.versioning ? `<Status>${bucket.versioning}</Status>` : ''}</VersioningConfiguration>`);
      if (q.has('delete') && req.method === 'POST') {
        const refusal = bodyChecksumRefusal(req.headers, body);
        if (refusal) return send(res, 400, errorXml(refusal.code, refusal.message));
        return deleteObjects(bucket, body, res);
      }
      if (q.has('versions')) return listVersions(bucket, q, res);
      if (q.get('list-type') === '2') return listV2(bucket, q, res);
      return send(res, 405, errorXml('MethodNotAllowed', 'The specified method is not allowed against this resource.'));
    }
    const versions = bucket.objects.get(key) ?? [];
    if (req.method === 'PUT') {
      const data = decodeChunked(req, body);
      const v: Version = { versionId: bucket.versioning === 'Enabled' ? randomBytes(12).toString('base64url') : 'null', deleteMarker: false, body: data, etag: `"${createHash('md5').update(data).digest('hex')}"`, lastModified: new Date().toISOString() };
      bucket.objects.set(key, [v, ...versions.filter((x) => x.versionId !== v.versionId)]);
      return send(res, 200, '', { etag: v.etag, ...(bucket.versioning ? { 'x-amz-version-id': v.versionId } : {}) });
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const vid = q.get('versionId');
      const v = vid ? versions.find((x) => x.versionId === vid) : versions[0];
      if (!v || v.deleteMarker) return send(res, 404, req.method === 'HEAD' ? '' : errorXml('NoSuchKey', 'The specified key does not exist.'));
      const headers = { etag: v.etag, 'last-modified': new Date(v.lastModified).toUTCString(), 'content-type': 'application/octet-stream' };
      if (req.method === 'HEAD') {
        res.writeHead(200, { ...headers, 'content-length': String(v.body.length) });
        return res.end();
      }
      return send(res, 200, v.body, headers);
    }
    if (req.method === 'DELETE') {
      const outcome = deleteOne(bucket, key, q.get('versionId') ?? undefined);
      return send(res, 204, '', outcome.markerId ? { 'x-amz-delete-marker': 'true', 'x-amz-version-id': outcome.markerId } : {});
    }
    return send(res, 405, errorXml('MethodNotAllowed', 'The specified method is not allowed against this resource.'));
  }

  /** DeleteObject semantics: with a version id, remove that version for good; without, on a versioned bucket, add a delete marker. */
  function deleteOne(bucket: Bucket, key: string, versionId: string | undefined): { markerId?: string } {
    const versions = bucket.objects.get(key) ?? [];
    if (versionId !== undefined) {
      const left = versions.filter((v) => v.versionId !== versionId);
      if (left.length) bucket.objects.set(key, left);
      else bucket.objects.delete(key);
      return {};
    }
    if (bucket.versioning === null) {
      bucket.objects.delete(key);
      return {};
    }
    const marker: Version = { versionId: bucket.versioning === 'Enabled' ? randomBytes(12).toString('base64url') : 'null', deleteMarker: true, body: Buffer.alloc(0), etag: '', lastModified: new Date().toISOString() };
    bucket.objects.set(key, [marker, ...versions.filter((v) => v.versionId !== marker.versionId)]);
    return { markerId: marker.versionId };
  }

  /** S3 refuses a DeleteObjects without an integrity header, or whose header does not match the body. */
  function bodyChecksumRefusal(headers: http.IncomingHttpHeaders, body: Buffer): { code: string; message: string } | null {
    const md5 = headers['content-md5'];
    const crc = headers['x-amz-checksum-crc32'];
    if (!md5 && !crc) return { code: 'InvalidRequest', message: 'Missing required header for this request: Content-MD5 OR x-amz-checksum-*' };
    if (md5 && md5 !== createHash('md5').update(body).digest('base64')) return { code: 'BadDigest', message: 'The Content-MD5 you specified did not match what we received.' };
    const expected = Buffer.alloc(4);
    expected.writeUInt32BE(zlib.crc32(body));
    if (crc && crc !== expected.toString('base64')) return { code: 'BadDigest', message: 'The CRC32 you specified did not match the calculated checksum.' };
    return null;
  }

  function deleteObjects(bucket: Bucket, body: Buffer, res: http.ServerResponse) {
    const xml = body.toString('utf8');
    const quiet = /<Quiet>true<\/Quiet>/.test(xml);
    const objects = [...xml.matchAll(/<Object>([\s\S]*?)<\/Object>/g)].map((m) => ({ key: unesc(/<Key>([\s\S]*?)<\/Key>/.exec(m[1])?.[1] ?? ''), versionId: /<VersionId>([\s\S]*?)<\/VersionId>/.exec(m[1])?.[1] }));
    if (objects.length === 0 || objects.length > 1000) return send(res, 400, errorXml('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema'));
    const parts: string[] = [];
    for (const o of objects) {
      const injected = faults.deleteError?.(o.key) ?? null;
      if (injected) {
        parts.push(`<Error><Key>${esc(o.key)}</Key>${o.versionId ? `<VersionId>${esc(o.versionId)}</VersionId>` : ''}<Code>${injected.code}</Code><Message>${esc(injected.message)}</Message></Error>`);
        continue;
      }
      const outcome = deleteOne(bucket, o.key, o.versionId);
      if (!quiet) parts.push(`<Deleted><Key>${esc(o.key)}</Key>${o.versionId ? `<VersionId>${esc(o.versionId)}</VersionId>` : ''}${outcome.markerId ? `<DeleteMarker>true</DeleteMarker><DeleteMarkerVersionId>${outcome.markerId}</DeleteMarkerVersionId>` : ''}</Deleted>`);
    }
    send(res, 200, `<?xml version="1.0" encoding="UTF-8"?><DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${parts.join('')}</DeleteResult>`);
  }

  function listV2(bucket: Bucket, q: URLSearchParams, res: http.ServerResponse) {
    const prefix = q.get('prefix') ?? '';
    const max = Math.min(1000, Number(q.get('max-keys') ?? 1000));
    const token = q.get('continuation-token');
    const after = token ? Buffer.from(token, 'base64url').toString('utf8') : (q.get('start-after') ?? '');
    const keys = [...bucket.objects.keys()].filter((k) => k.startsWith(prefix) && byBytes(k, after) > 0 && !bucket.objects.get(k)![0].deleteMarker).sort(byBytes);
    const page = keys.slice(0, max);
    const truncated = keys.length > max;
    const contents = page.map((k) => {
      const v = bucket.objects.get(k)![0];
      return `<Contents><Key>${esc(k)}</Key><LastModified>${v.lastModified}</LastModified><ETag>${esc(v.etag)}</ETag><Size>${v.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
    });
    send(res, 200, `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>x</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${truncated ? `<NextContinuationToken>${Buffer.from(page[page.length - 1]).toString('base64url')}</NextContinuationToken>` : ''}${contents.join('')}</ListBucketResult>`);
  }

  function listVersions(bucket: Bucket, q: URLSearchParams, res: http.ServerResponse) {
    const prefix = q.get('prefix') ?? '';
    const max = Math.min(1000, Number(q.get('max-keys') ?? 1000));
    const keyMarker = q.get('key-marker') ?? '';
    const versionMarker = q.get('version-id-marker');
    const rows: { key: string; v: Version; latest: boolean }[] = [];
    const keys = [...bucket.objects.keys()].filter((k) => k.startsWith(prefix)).sort(byBytes);
    let truncated = false;
    outer: for (const k of keys) {
      const cmp = byBytes(k, keyMarker);
      if (keyMarker && cmp < 0) continue;
      const versions = bucket.objects.get(k)!;
      let start = 0;
      if (keyMarker && cmp === 0) {
        // key-marker alone: start after every version of that key; with version-id-marker: after that version.
        if (!versionMarker) continue;
        start = versions.findIndex((v) => v.versionId === versionMarker) + 1;
        if (start === 0) continue;
      }
      for (let i = start; i < versions.length; i += 1) {
        if (rows.length === max) {
          truncated = true;
          break outer;
        }
        rows.push({ key: k, v: versions[i], latest: i === 0 });
      }
    }
    const items = rows.map(({ key, v, latest }) =>
      v.deleteMarker
        ? `<DeleteMarker><Key>${esc(key)}</Key><VersionId>${v.versionId}</VersionId><IsLatest>${latest}</IsLatest><LastModified>${v.lastModified}</LastModified></DeleteMarker>`
        : `<Version><Key>${esc(key)}</Key><VersionId>${v.versionId}</VersionId><IsLatest>${latest}</IsLatest><LastModified>${v.lastModified}</LastModified><ETag>${esc(v.etag)}</ETag><Size>${v.body.length}</Size><StorageClass>STANDARD</StorageClass></Version>`,
    );
    const last = rows[rows.length - 1];
    send(res, 200, `<?xml version="1.0" encoding="UTF-8"?><ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>x</Name><Prefix>${esc(prefix)}</Prefix><KeyMarker>${esc(keyMarker)}</KeyMarker><VersionIdMarker>${esc(versionMarker ?? '')}</VersionIdMarker><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${truncated && last ? `<NextKeyMarker>${esc(last.key)}</NextKeyMarker><NextVersionIdMarker>${last.v.versionId}</NextVersionIdMarker>` : ''}${items.join('')}</ListVersionsResult>`);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    faults,
    requests,
    dump(name) {
      const bucket = buckets.get(name);
      if (!bucket) return [];
      return [...bucket.objects.entries()].sort(([a], [b]) => byBytes(a, b)).flatMap(([key, vs]) => vs.map((v) => ({ key, versionId: v.versionId, deleteMarker: v.deleteMarker })));
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** SDK v3 may send `aws-chunked` bodies: `<hex size>;chunk-signature=…\r\n<data>\r\n…0…`. */
function decodeChunked(req: http.IncomingMessage, body: Buffer): Buffer {
  const mode = String(req.headers['x-amz-content-sha256'] ?? '');
  const encoding = String(req.headers['content-encoding'] ?? '');
  if (!mode.startsWith('STREAMING-') && !encoding.includes('aws-chunked')) return body;
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString().split(';')[0], 16);
    if (!size) break;
    out.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}
