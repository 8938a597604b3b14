/**
 * A reverse proxy in front of a test S3 endpoint that checks every request's AWS Signature Version 4
 * (Authorization header) the way S3 does, written from the SigV4 specification and independent of the
 * SDK's signer: s3rver does not check V4 signatures at all. It recomputes the canonical request from
 * what arrived on the wire (the path and query string re-encoded per RFC 3986, the signed headers,
 * the payload hash), checks that x-amz-content-sha256 is the body's SHA-256 and that a DeleteObjects
 * carries a matching Content-MD5 or x-amz-checksum-crc32, and answers 403 SignatureDoesNotMatch (or
 * 400 BadDigest / InvalidRequest) instead of passing a request on.
 */
import http from 'node:http';
import { createHash, createHmac } from 'node:crypto';
import zlib from 'node:zlib';

export interface SigV4Proxy {
  endpoint: string;
  /** Requests whose signature was checked and passed on. */
  verified: number;
  stop(): Promise<void>;
}

/** RFC 3986 percent-encoding of everything but the unreserved characters, as SigV4 asks. */
const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalQuery(raw: string): string {
  if (!raw) return '';
  const pairs = raw.split('&').map((part) => {
    const eq = part.indexOf('=');
    const [k, v] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    return [encode(decodeURIComponent(k)), encode(decodeURIComponent(v))] as const;
  });
  pairs.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Why S3 would refuse this request's signature or checksum, or null if it would accept it. */
export function sigV4Refusal(req: { method: string; url: string; headers: http.IncomingHttpHeaders }, body: Buffer, secret: string): { status: number; code: string } | null {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(String(req.headers.authorization ?? ''));
  if (!auth) return { status: 403, code: 'AccessDenied' };
  const [, , day, region, service, signedHeaders, signature] = auth;
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
  if (!amzDate.startsWith(day!) || !signedHeaders!.split(';').includes('host')) return { status: 403, code: 'SignatureDoesNotMatch' };
  if (payloadHash !== sha256(body)) return { status: 400, code: 'XAmzContentSHA256Mismatch' };
  const q = req.url.indexOf('?');
  const rawPath = q < 0 ? req.url : req.url.slice(0, q);
  const canonicalUri = rawPath.split('/').map((segment) => encode(decodeURIComponent(segment))).join('/');
  const headers = signedHeaders!.split(';').map((name) => `${name}:${String(req.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonical = [req.method, canonicalUri, canonicalQuery(q < 0 ? '' : req.url.slice(q + 1)), headers, signedHeaders, payloadHash].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day!), region!), service!), 'aws4_request');
  if (hmac(key, ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n')).toString('hex') !== signature) return { status: 403, code: 'SignatureDoesNotMatch' };
  if (req.method === 'POST' && /[?&]delete(=|&|$)/.test(req.url)) {
    const md5 = req.headers['content-md5'];
    const crc = req.headers['x-amz-checksum-crc32'];
    const expected = Buffer.alloc(4);
    expected.writeUInt32BE(zlib.crc32(body));
    if (!md5 && !crc) return { status: 400, code: 'InvalidRequest' };
    if ((md5 && md5 !== createHash('md5').update(body).digest('base64')) || (crc && crc !== expected.toString('base64'))) return { status: 400, code: 'BadDigest' };
  }
  return null;
}

export async function startSigV4Proxy(target: string, secret: string): Promise<SigV4Proxy> {
  const upstream = new URL(target);
  const proxy: SigV4Proxy = { endpoint: '', verified: 0, stop: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const refusal = sigV4Refusal({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, body, secret);
      if (refusal) {
        res.writeHead(refusal.status, { 'content-type': 'application/xml' });
        res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>refused by the SigV4 check</Message></Error>`);
        return;
      }
      proxy.verified += 1;
      const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  proxy.endpoint = `http://127.0.0.1:${port}`;
  proxy.stop = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return proxy;
}
