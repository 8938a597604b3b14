/**
 * The DeleteObjects body written directly (src/adapters/archive/s3DeleteRequest.ts) against the SDK's
 * own serializer: the same keys go through a real S3Client twice, once as the SDK's input and once as
 * the written body, and what would go on the wire must be the same bytes, with a checksum and a length
 * that match them.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeleteObjectsCommand, S3Client } from '@aws-sdk/client-s3';
import { deleteObjectsBody, escapeXmlText, sendDeleteBody, type DeleteTarget } from '../../src/adapters/archive/s3DeleteRequest';

interface Sent {
  body: Buffer;
  headers: Record<string, string>;
}

/** A real client whose "network" records the request and answers an empty DeleteResult. */
function recordingClient(sent: Sent[]): S3Client {
  return new S3Client({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    forcePathStyle: true,
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { body?: unknown; headers: Record<string, string> }) => {
        sent.push({ body: Buffer.from(request.body as string | Uint8Array), headers: { ...request.headers } });
        return { response: { statusCode: 200, headers: { 'content-type': 'application/xml' }, body: Readable.from([Buffer.from('<?xml version="1.0" encoding="UTF-8"?><DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></DeleteResult>')]) } };
      },
    },
  });
}

const PREFIX = 'data/a&b/';
const TARGETS: DeleteTarget[] = [
  { key: 'segment-logs/src_1/1609459200000/part-00001.gz' },
  { key: 'a&b <c> "d" \'e\'.gz', versionId: 'v&1' },
  { key: 'line\r\nbreak\u0085\u2028end', versionId: 'null' },
  { key: 'café/日本/ü/😀.gz' },
  { key: 'tab\tand]]>cdata-end' },
];

async function sdkWire(targets: DeleteTarget[]): Promise<Sent> {
  const sent: Sent[] = [];
  await recordingClient(sent).send(new DeleteObjectsCommand({ Bucket: 'bkt', Delete: { Quiet: true, Objects: targets.map((t) => ({ Key: PREFIX + t.key, VersionId: t.versionId })) } }));
  return sent[0]!;
}

async function directWire(targets: DeleteTarget[]): Promise<Sent> {
  const sent: Sent[] = [];
  const command = new DeleteObjectsCommand({ Bucket: 'bkt', Delete: { Objects: [] } });
  sendDeleteBody(command, deleteObjectsBody(PREFIX, targets));
  await recordingClient(sent).send(command);
  return sent[0]!;
}

describe('the DeleteObjects body written directly', () => {
  it('is byte for byte what the SDK serializes for the same keys (escapes, line breaks, non-ASCII, versions, Quiet)', async () => {
    const [sdk, direct] = [await sdkWire(TARGETS), await directWire(TARGETS)];
    expect(direct.body.toString('utf8')).toBe(sdk.body.toString('utf8'));
    expect(direct.body.equals(sdk.body)).toBe(true);
  });

  it('goes out with the length, the CRC32 checksum and the signed payload hash of those bytes', async () => {
    const [sdk, direct] = [await sdkWire(TARGETS), await directWire(TARGETS)];
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(direct.body));
    expect(direct.headers['content-length']).toBe(String(direct.body.length));
    expect(direct.headers['x-amz-checksum-crc32']).toBe(crc.toString('base64'));
    for (const header of ['content-length', 'content-type', 'x-amz-checksum-crc32', 'x-amz-sdk-checksum-algorithm', 'x-amz-content-sha256']) expect(direct.headers[header]).toBe(sdk.headers[header]);
    expect(direct.headers.authorization).toMatch(/SignedHeaders=[^,]*x-amz-checksum-crc32/);
  });

  it('a full batch of 1,000 keys is the SDK\'s body too', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ key: `segment-logs/src_1/1609459200000/part-${String(i).padStart(5, '0')}.gz`, versionId: i % 3 === 0 ? `v${i}` : undefined }));
    expect((await directWire(many)).body.equals((await sdkWire(many)).body)).toBe(true);
  });

  it('escapes only what XML needs in element text', () => {
    expect(escapeXmlText('plain/key-1.gz')).toBe('plain/key-1.gz');
    expect(escapeXmlText('a&b<c>"d"\'e\'\r\n')).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#x0D;&#x0A;');
  });
});
