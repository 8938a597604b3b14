/**
 * The body of a DeleteObjects request, written directly. Profiling a purge of a million objects
 * (bench/s3.ts, `BENCH_CPU_PROF`) showed the SDK's request serializer among the largest costs of the
 * process: for every key it builds an input object, then walks the operation's schema into a tree of
 * XML nodes (one node and one text node per field) and prints the tree. A purge sends a thousand keys
 * per request and has nothing to gain from that generality.
 *
 * The body is sent by s3Wire.ts (with its CRC32, signed), or, when that module leaves a request to the
 * SDK, handed to the SDK (sendDeleteBody), which still serializes the rest of the request (method, path,
 * `?delete`, headers), then computes the body's checksum (`x-amz-checksum-crc32`: S3 refuses a
 * DeleteObjects without a Content-MD5 or a checksum header), signs it (SigV4 over the payload's
 * SHA-256), applies the endpoint, proxy, timeouts and user agent, and reads the response.
 * The bytes are the ones the SDK's serializer writes for the same keys (test/unit/s3DeleteRequest.test.ts
 * compares them), so any store that accepted the SDK's body accepts this one.
 */
import type { DeleteObjectsCommand } from '@aws-sdk/client-s3';

/**
 * What the SDK escapes in element text (@aws-sdk/xml-builder's escapeElement), the same way: markup
 * characters as entities, and line breaks as character references so that the store's XML parser
 * does not normalize a key's "\r\n" to "\n" (a different key: the object would stay).
 */
const ESCAPED = /[&"'<>\r\n\u0085\u2028]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;', '\r': '&#x0D;', '\n': '&#x0A;', '\u0085': '&#x85;', '\u2028': '&#x2028;' };
const NEEDS_ESCAPE = /[&"'<>\r\n\u0085\u2028]/;

/** Element text as XML; most keys have nothing to escape and are returned as they are. */
export function escapeXmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ENTITY[c]!) : text;
}

/** One key to delete: `prefix + key` is the object's key in the bucket; `versionId` a version of it. */
export interface DeleteTarget {
  key: string;
  versionId?: string;
}

/**
 * The XML body of DeleteObjects in Quiet mode (the response then lists only the keys that failed,
 * so it stays small whatever the batch's size), for keys `prefix + target.key`. Built as one string,
 * encoded once: no object per key.
 */
export function deleteObjectsBody(prefix: string, targets: readonly DeleteTarget[]): Buffer {
  const keyStart = `<Object><Key>${escapeXmlText(prefix)}`;
  let xml = '<?xml version="1.0" encoding="UTF-8"?><Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/">';
  for (const t of targets) {
    xml += keyStart + escapeXmlText(t.key);
    xml += t.versionId === undefined ? '</Key></Object>' : `</Key><VersionId>${escapeXmlText(t.versionId)}</VersionId></Object>`;
  }
  return Buffer.from(`${xml}<Quiet>true</Quiet></Delete>`, 'utf8');
}

/**
 * Send `body` as the command's body. The command is built with no keys (its serializer then has
 * nothing to walk); this middleware, first in the build step, puts the body in place after
 * serialization and before the checksum, the content length's check and the signature, which are
 * therefore computed over these bytes.
 */
export function sendDeleteBody(command: DeleteObjectsCommand, body: Buffer): void {
  command.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { body?: unknown; headers?: Record<string, string> };
      // Not an HTTP request: sending it would delete nothing and report success.
      if (!request.headers) throw new Error('DeleteObjects: the SDK built no HTTP request to put the body in');
      request.body = body;
      request.headers['content-length'] = String(body.byteLength);
      return next(args);
    },
    { step: 'build', priority: 'high', name: 'deletionDeskDeleteBody' },
  );
}
