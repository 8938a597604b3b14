/**
 * The DeleteObjects response and error documents as the lean reader (s3Listing.ts) reads them for
 * the lean requests (s3Wire.ts), against the SDK's own deserializer on the same bodies: a per-key
 * failure read wrong would be a key reported deleted that is still there.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DeleteObjectsCommand, S3Client } from '@aws-sdk/client-s3';
import { parseDeleteResult, parseErrorDocument } from '../../src/adapters/archive/s3Listing';

function clientAnswering(body: string): S3Client {
  return new S3Client({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 1,
    requestHandler: { handle: async () => ({ response: { statusCode: 200, headers: { 'content-type': 'application/xml' }, body: Readable.from([Buffer.from(body)]) } }) },
  });
}

const XMLNS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const partial = `<?xml version="1.0" encoding="UTF-8"?>
<DeleteResult ${XMLNS}><Deleted><Key>data/ok</Key><DeleteMarker>true</DeleteMarker><DeleteMarkerVersionId>m1</DeleteMarkerVersionId></Deleted>
<Error><Key>data/a&amp;b &lt;c&gt;</Key><VersionId>v&amp;1</VersionId><Code>AccessDenied</Code><Message>Access &quot;Denied&quot;</Message></Error>
<Error><Key>data/caf&#233;/日本 +%.gz</Key><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error></DeleteResult>`;

describe('the lean DeleteObjects reader', () => {
  it('reads per-key Errors as the SDK does: escaped and non-ASCII keys, version ids, codes, messages', async () => {
    const sdk = await clientAnswering(partial).send(new DeleteObjectsCommand({ Bucket: 'b', Delete: { Objects: [{ Key: 'x' }] } }));
    const lean = parseDeleteResult(Buffer.from(partial));
    expect(lean!.Errors).toEqual(sdk.Errors!.map(({ Key, VersionId, Code, Message }) => ({ Key, VersionId, Code, Message })));
    expect(lean!.Errors.map((e) => e.Key)).toEqual(['data/a&b <c>', 'data/café/日本 +%.gz']);
  });

  it('a quiet success lists nothing', () => {
    expect(parseDeleteResult(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<DeleteResult ${XMLNS}></DeleteResult>`))).toEqual({ Errors: [] });
    expect(parseDeleteResult(Buffer.from(`<DeleteResult ${XMLNS}/>`))).toBeNull();
  });

  it.each([
    ['an error document (S3 may answer 200 with one)', '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>'],
    ['a CDATA section', partial.replace('<Key>data/ok</Key>', '<Key><![CDATA[data/ok]]></Key>')],
    ['a carriage return', partial.replace('data/ok', 'data/o\r\nk')],
    ['a truncated body', partial.slice(0, partial.length - 20)],
    ['an empty body', ''],
  ])('%s is not read as a result (the SDK gets the request)', (_what, body) => {
    expect(parseDeleteResult(Buffer.from(body))).toBeNull();
  });

  it('reads the code and message of an error document, and nothing else', () => {
    expect(parseErrorDocument(Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code><Message>Please reduce &amp; retry</Message><RequestId>1</RequestId></Error>'))).toEqual({ Code: 'SlowDown', Message: 'Please reduce & retry' });
    expect(parseErrorDocument(Buffer.from(partial))).toBeNull();
    expect(parseErrorDocument(Buffer.from('<html>bad gateway</html'))).toBeNull();
  });
});
