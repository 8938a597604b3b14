/**
 * The lean listing reader (src/adapters/archive/s3Listing.ts) against the SDK's own deserializer: the
 * same response bodies go through a real S3Client twice, once read by the SDK and once by the reader,
 * and the fields the archive reads must agree. Bodies it does not handle must reach the SDK untouched.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ListObjectsV2Command, ListObjectVersionsCommand, S3Client } from '@aws-sdk/client-s3';
import { parseObjectsPage, parseVersionsPage, readListingWith } from '../../src/adapters/archive/s3Listing';

/** A real client whose "network" answers every request with one body. */
function clientAnswering(body: string, statusCode = 200): S3Client {
  return new S3Client({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 1,
    requestHandler: { handle: async () => ({ response: { statusCode, headers: { 'content-type': 'application/xml' }, body: Readable.from([Buffer.from(body)]) } }) },
  });
}

const XMLNS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const contents = (key: string, size: number) => `<Contents><Key>${key}</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>&quot;0&quot;</ETag><Size>${size}</Size><Owner><ID>x</ID><DisplayName>Key</DisplayName></Owner><StorageClass>STANDARD</StorageClass></Contents>`;

const objectsBody = `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult ${XMLNS}><Name>b</Name><Prefix>data/</Prefix><KeyCount>4</KeyCount><MaxKeys>4</MaxKeys><IsTruncated>true</IsTruncated>
${contents('data/a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;.gz', 64)}${contents('data/caf&#233;/&#x263A;.gz', 0)}${contents('data/日本/ü.gz', 12345678901)}
<CommonPrefixes><Prefix>data/x/</Prefix></CommonPrefixes><NextContinuationToken>tok&amp;en</NextContinuationToken></ListBucketResult>`;

const versionsBody = `<?xml version="1.0" encoding="UTF-8"?>
<ListVersionsResult ${XMLNS}><Name>b</Name><Prefix>data/</Prefix><KeyMarker></KeyMarker><VersionIdMarker/><NextKeyMarker>data/b</NextKeyMarker><NextVersionIdMarker>v&amp;2</NextVersionIdMarker><MaxKeys>3</MaxKeys><IsTruncated>true</IsTruncated>
<Version><Key>data/a</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>&quot;0&quot;</ETag><Size>3</Size><Owner><ID>o</ID></Owner><StorageClass>STANDARD</StorageClass></Version>
<DeleteMarker><Owner><ID>o</ID></Owner><Key>data/b</Key><VersionId>null</VersionId><IsLatest>true</IsLatest><LastModified>2024-01-01T00:00:00.000Z</LastModified></DeleteMarker>
<Version><Key>data/b</Key><VersionId>v2</VersionId><IsLatest>false</IsLatest><Size>0</Size></Version></ListVersionsResult>`;

/** What the SDK makes of a body, and what the reader made of it (null: it left it to the SDK). */
async function both<T>(body: string, kind: 'objects' | 'versions'): Promise<{ sdk: Record<string, unknown>; fast: T | null; outputOfFastSend: Record<string, unknown> }> {
  const make = () => (kind === 'objects' ? new ListObjectsV2Command({ Bucket: 'b', Prefix: 'data/' }) : new ListObjectVersionsCommand({ Bucket: 'b', Prefix: 'data/' }));
  const sdk = (await clientAnswering(body).send(make() as ListObjectsV2Command)) as unknown as Record<string, unknown>;
  const command = make();
  const read = readListingWith(command, (kind === 'objects' ? parseObjectsPage : parseVersionsPage) as (xml: Buffer) => T | null);
  const outputOfFastSend = (await clientAnswering(body).send(command as ListObjectsV2Command)) as unknown as Record<string, unknown>;
  return { sdk, fast: read(), outputOfFastSend };
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

describe('the lean S3 listing reader', () => {
  it('reads a ListObjectsV2 page as the SDK does: keys with entities and non-ASCII, sizes, folders, token', async () => {
    const { sdk, fast } = await both<Record<string, unknown>>(objectsBody, 'objects');
    expect(fast).not.toBeNull();
    const items = (sdk.Contents as Record<string, unknown>[]).map((c) => pick(c, ['Key', 'Size']));
    expect(fast!.Contents).toEqual(items);
    expect(fast!.CommonPrefixes).toEqual(sdk.CommonPrefixes);
    expect(pick(fast!, ['IsTruncated', 'NextContinuationToken'])).toEqual(pick(sdk, ['IsTruncated', 'NextContinuationToken']));
    expect((fast!.Contents as { Key: string }[]).map((c) => c.Key)).toEqual(['data/a&b <c> "d" \'e\'.gz', 'data/café/☺.gz', 'data/日本/ü.gz']);
  });

  it('reads sizes as the SDK does: zero, leading zeros, more digits than a number holds exactly', async () => {
    const body = objectsBody.replace('<Size>64</Size>', '<Size>007</Size>').replace('<Size>0</Size>', '<Size>12345678901234567</Size>').replace('<Size>12345678901</Size>', '<Size>0</Size>');
    const { sdk, fast } = await both<Record<string, unknown>>(body, 'objects');
    expect(fast!.Contents).toEqual((sdk.Contents as Record<string, unknown>[]).map((c) => pick(c, ['Key', 'Size'])));
    expect((fast!.Contents as { Size?: number }[]).map((c) => c.Size)).toEqual([7, 12345678901234568, 0]);
  });

  it('a character reference beyond the BMP is the character (the SDK\'s own decoder drops it)', () => {
    const page = parseObjectsPage(Buffer.from(objectsBody.replace('&#x263A;', '&#x1F600;')));
    expect(page!.Contents![1]!.Key).toBe('data/café/😀.gz');
  });

  it('reads a ListObjectVersions page as the SDK does: versions, delete markers, both markers', async () => {
    const { sdk, fast } = await both<Record<string, unknown>>(versionsBody, 'versions');
    expect(fast).not.toBeNull();
    expect(fast!.Versions).toEqual((sdk.Versions as Record<string, unknown>[]).map((v) => pick(v, ['Key', 'VersionId', 'Size'])));
    expect(fast!.DeleteMarkers).toEqual((sdk.DeleteMarkers as Record<string, unknown>[]).map((v) => pick(v, ['Key', 'VersionId'])));
    expect(pick(fast!, ['IsTruncated', 'NextKeyMarker', 'NextVersionIdMarker'])).toEqual(pick(sdk, ['IsTruncated', 'NextKeyMarker', 'NextVersionIdMarker']));
  });

  it('reads closing tags with spaces before their ">" and mismatched ones as the SDK does', async () => {
    const spaced = objectsBody.replace('</Key>', '</Key >').replace('</Contents>', '</Contents\n>').replace('</IsTruncated>', '</IsTruncated\t>');
    const { sdk, fast } = await both<Record<string, unknown>>(spaced, 'objects');
    expect(fast).not.toBeNull();
    expect(fast!.Contents).toEqual((sdk.Contents as Record<string, unknown>[]).map((c) => pick(c, ['Key', 'Size'])));
    expect(pick(fast!, ['IsTruncated', 'NextContinuationToken'])).toEqual(pick(sdk, ['IsTruncated', 'NextContinuationToken']));
    // A closing tag of another element (`</Kez>`, `</Keys>`) is not the end of <Key>: the page is not read.
    expect(parseObjectsPage(Buffer.from(objectsBody.replace('</Key>', '</Kez>')))).toBeNull();
    expect(parseObjectsPage(Buffer.from(objectsBody.replace('</Key>', '</Keys>')))).toBeNull();
  });

  it('an empty last page: not truncated, no items', async () => {
    const { fast } = await both<Record<string, unknown>>(`<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult ${XMLNS}><Name>b</Name><Prefix>zz/</Prefix><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>`, 'objects');
    expect(fast).toEqual({ IsTruncated: false, NextContinuationToken: undefined });
  });

  it.each([
    ['a CDATA section', objectsBody.replace('<Key>data/日本/ü.gz</Key>', '<Key><![CDATA[data/日本/ü.gz]]></Key>')],
    ['a comment inside a key', objectsBody.replace('<Key>data/日本/ü.gz</Key>', '<Key>data/日本/<!-- not part of the key -->ü.gz</Key>')],
    ['a comment between items', objectsBody.replace('<Contents>', '<!-- a comment --><Contents>')],
    ['a carriage return in a key', objectsBody.replace('data/日本/ü.gz', 'data/line\r\nbreak')],
    ['URL-encoded keys', objectsBody.replace('<IsTruncated>', '<EncodingType>url</EncodingType><IsTruncated>')],
    ['an unknown entity', objectsBody.replace('&amp;b', '&nbsp;b')],
    ['an attribute on an inner element', objectsBody.replace('<Contents>', '<Contents a="1">')],
  ])('leaves a body with %s to the SDK, which still answers', async (_what, body) => {
    const { sdk, fast, outputOfFastSend } = await both<Record<string, unknown>>(body, 'objects');
    expect(fast).toBeNull();
    expect(pick(outputOfFastSend, ['Contents', 'CommonPrefixes', 'IsTruncated', 'NextContinuationToken'])).toEqual(pick(sdk, ['Contents', 'CommonPrefixes', 'IsTruncated', 'NextContinuationToken']));
  });

  it('an error response is the SDK\'s: the same error is thrown', async () => {
    const command = new ListObjectsV2Command({ Bucket: 'b' });
    const read = readListingWith(command, parseObjectsPage);
    const error = await clientAnswering('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>no</Message></Error>', 403).send(command).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect(read()).toBeNull();
  });
});
