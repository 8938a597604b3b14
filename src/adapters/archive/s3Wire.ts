/**
 * The three requests a purge sends by the thousand (ListObjectsV2, ListObjectVersions, DeleteObjects),
 * sent without the SDK's per-command pipeline. Profiling a purge against an endpoint 25 ms away
 * (bench/s3.ts, `BENCH_CPU_PROF`) showed the SDK's per-request work (resolving a middleware stack for
 * every command, serializing, evaluating the endpoint rules, flexible checksums, user agent, retry
 * bookkeeping) as the largest share of the executor's main thread, about 1.3 ms a request: at four
 * DeleteObjects in flight that alone was most of a core.
 *
 * Nothing is reinvented. The SDK builds the first ListObjectsV2 of the bucket as it always would
 * (endpoint, region, path or virtual-host style, user agent, the chosen auth scheme), and a
 * middleware placed just before its signing step copies that request's shape and the auth scheme,
 * then stops it: nothing is sent. Every later request takes that shape with its own query and body,
 * is signed by the SDK's own signer (SigV4 with the client's credentials provider and clock-skew
 * offset, so refreshed credentials are picked up) and is sent by the client's own HTTP handler
 * (keep-alive agent, proxy, connection and request timeouts, abort signal). The signer is the one the
 * client's config resolves for the learned request, resolved once: the SDK's auth-scheme glue resolves
 * a new one for every request (a copy of the client's whole config and two signer objects each time),
 * which was a visible share of the executor's main thread at four DeleteObjects in flight.
 *
 * Whatever this module does not handle is left to the SDK: a setup other than plain SigV4 with
 * headers it knows (S3 Express, SigV4a access points, a plugin adding headers) is never sent this way;
 * a 3xx or 4xx answer, or a 200 whose body the lean readers (s3Listing.ts) do not understand, makes
 * the caller send the same request through the SDK (its errors, redirects handling and clock-skew
 * correction then apply as before; a listing reads nothing and DeleteObjects is idempotent). Only
 * 429 and 5xx answers are thrown from here, as errors the archive's retry policy recognizes.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { Slots } from '../../lib/slots';
import { Turns } from '../../lib/turns';
import { parseDeleteResult, parseErrorDocument, type DeleteError } from './s3Listing';

/** The fields of the SDK's HttpRequest this module reads and writes (the SDK checks them by shape). */
interface WireRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: Uint8Array;
}

interface WireResponse {
  statusCode: number;
  headers: Record<string, string | undefined>;
  body?: unknown;
}

/** The SDK's selected auth scheme: its id and signing properties (the client's resolved config, the request's context). */
interface AuthScheme {
  httpAuthOption: { schemeId: string; signingProperties?: SigningProperties };
}

interface SigningProperties {
  config?: SignerConfig;
  context?: { endpointV2?: { properties?: { authSchemes?: unknown[] } }; authSchemes?: { name?: string; signingRegion?: string; signingName?: string }[] };
  signingRegion?: string;
  signingName?: string;
}

/** The SigV4 signer the client's config resolves (@smithy/signature-v4, or S3's multi-region wrapper of it). */
interface RequestSigner {
  sign(request: WireRequest, options: { signingDate: Date; signingRegion?: string; signingService?: string }): Promise<WireRequest>;
}

/** The parts of the client's resolved config that signing reads (resolveAwsSdkSigV4Config). */
interface SignerConfig {
  signer?: (authScheme?: unknown) => Promise<RequestSigner>;
  /** Kept current by the SDK from its responses' Date headers: read at every signature. */
  systemClockOffset?: number;
  disableClockSkewCorrection?: () => Promise<boolean> | boolean;
}

/** A signer resolved once for the bucket, and the region and service it signs for. */
interface BucketSigner {
  signer: RequestSigner;
  config: SignerConfig;
  signingRegion?: string;
  signingService?: string;
}

interface RequestHandler {
  handle(request: WireRequest, options: { abortSignal?: AbortSignal }): Promise<{ response: WireResponse }>;
}

/** What a lean request gave: its 200 body, or `sdk` when the SDK should send the request instead. */
type Answer = { body: Buffer } | 'sdk';

/** Headers of the learned request that are the same for every request of the bucket. */
const KEPT_HEADERS = new Set(['host', 'user-agent', 'x-amz-user-agent']);
/** Per-attempt headers of the SDK (its invocation id and retry count): not copied, not a reason to refuse. */
const PER_ATTEMPT_HEADERS = new Set(['amz-sdk-invocation-id', 'amz-sdk-request']);
const SIGV4 = 'aws.auth#sigv4';
/** The key the SDK keeps its own part of a handler context under (@smithy/core's getSmithyContext). */
const SMITHY_CONTEXT = '__smithy_context';

class Learned extends Error {
  constructor(readonly request: WireRequest, readonly scheme: AuthScheme | null) {
    super('request shape learned; nothing sent');
  }
}

export class S3Wire {
  /**
   * Listing pages are read one per turn of the event loop. Pages that arrive together (sixteen at
   * the start of a purge, a few at a time later) were read one after another in one batch of network
   * events, 1–2 ms each and 10–15 ms before the reader is optimised, while the answers that free a
   * DeleteObjects slot and the database writes a DeleteObjects waits for queued behind all of them.
   */
  private readonly pages = new Turns();

  private constructor(
    private readonly shape: WireRequest,
    private readonly signing: BucketSigner,
    private readonly handler: RequestHandler,
  ) {}

  /**
   * The wire for `bucket`, learned from the SDK; null when the client's setup is one this module
   * leaves to the SDK. Throws what the SDK threw while building the request (no credentials…).
   */
  static async learn(client: S3Client, bucket: string): Promise<S3Wire | null> {
    const command = new ListObjectsV2Command({ Bucket: bucket });
    command.middlewareStack.addRelativeTo(
      (_next: unknown, context: Record<string, unknown>) => async (args: { request: unknown }): Promise<never> => {
        const smithy = context[SMITHY_CONTEXT] as { selectedHttpAuthScheme?: AuthScheme } | undefined;
        throw new Learned(args.request as WireRequest, smithy?.selectedHttpAuthScheme ?? null);
      },
      { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: 'deletionDeskLearnRequest' },
    );
    try {
      await client.send(command);
    } catch (error) {
      if (!(error instanceof Learned)) throw error;
      return S3Wire.from(error, client.config.requestHandler as unknown as RequestHandler);
    }
    return null;
  }

  private static async from(learned: Learned, handler: RequestHandler): Promise<S3Wire | null> {
    const { request, scheme } = learned;
    if (!scheme || scheme.httpAuthOption.schemeId !== SIGV4 || typeof handler?.handle !== 'function') return null;
    const signing = await bucketSigner(scheme.httpAuthOption.signingProperties ?? {});
    if (!signing) return null;
    if (request.method !== 'GET' || Object.keys(request.query).join() !== 'list-type' || request.body !== undefined) return null;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      const lower = name.toLowerCase();
      if (KEPT_HEADERS.has(lower)) headers[lower] = value;
      else if (!PER_ATTEMPT_HEADERS.has(lower)) return null;
    }
    const shape: WireRequest = { method: 'GET', protocol: request.protocol, hostname: request.hostname, port: request.port, path: request.path, query: {}, headers };
    return new S3Wire(shape, signing, handler);
  }

  /** A listing GET with `query`; its page read by `parse`, or null: send it through the SDK. */
  async list<T>(query: Record<string, string>, parse: (xml: Buffer) => T | null, signal?: AbortSignal): Promise<T | null> {
    const answer = await this.exchange({ ...this.shape, query, headers: { ...this.shape.headers } }, null, signal);
    if (answer === 'sdk') return null;
    await this.pages.next();
    return parse(answer.body);
  }

  /**
   * DeleteObjects with `body` (s3DeleteRequest.ts), holding one of `slots` only while on the wire;
   * its per-key Errors, or null: send it through the SDK. S3 refuses a DeleteObjects without
   * Content-MD5 or a checksum header; this sends the CRC32 the SDK sends.
   */
  async deleteObjects(body: Buffer, slots: Slots, signal?: AbortSignal): Promise<{ Errors: DeleteError[] } | null> {
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    const headers = {
      ...this.shape.headers,
      'content-type': 'application/xml',
      'content-length': String(body.byteLength),
      'x-amz-sdk-checksum-algorithm': 'CRC32',
      'x-amz-checksum-crc32': crc.toString('base64'),
    };
    const request: WireRequest = { ...this.shape, method: 'POST', query: { delete: '' }, headers, body };
    const answer = await this.exchange(request, slots, signal);
    return answer === 'sdk' ? null : parseDeleteResult(answer.body);
  }

  /**
   * Sign as the SDK's AwsSdkSigV4Signer does, with the signer resolved once: the date corrected by the
   * client's current clock-skew offset (unless the client turned that off), the credentials asked of
   * the client's provider by the signer itself (refreshed ones are picked up).
   */
  private async sign(request: WireRequest): Promise<WireRequest> {
    const { signer, config, signingRegion, signingService } = this.signing;
    const noSkewCorrection = (await config.disableClockSkewCorrection?.()) === true;
    const signingDate = noSkewCorrection ? new Date() : new Date(Date.now() + (config.systemClockOffset ?? 0));
    return signer.sign(request, { signingDate, signingRegion, signingService });
  }

  /** Sign and send `request` (holding a slot of `slots`, if given, from sending to the body's end). */
  private async exchange(request: WireRequest, slots: Slots | null, signal: AbortSignal | undefined): Promise<Answer> {
    const signed = await this.sign(request);
    const release = slots ? await slots.acquire(signal) : () => undefined;
    if (!release) throw Object.assign(new Error('stopped while waiting for a DeleteObjects slot'), { name: 'AbortError' });
    let response: WireResponse;
    let body: Buffer;
    try {
      ({ response } = await this.handler.handle(signed, { abortSignal: signal }));
      body = await readBody(response.body);
    } finally {
      release();
    }
    if (response.statusCode === 200) return { body };
    if (response.statusCode === 429 || response.statusCode >= 500) throw serverError(response, body);
    return 'sdk';
  }
}

/**
 * The signer the client's config gives for the learned request, with the region and service the
 * SDK's AwsSdkSigV4Signer would pass it (the second of a sigv4a-then-sigv4 pair of auth schemes);
 * null when the config does not resolve one the way the SDK's SigV4 config does (the SDK then signs).
 */
async function bucketSigner(properties: SigningProperties): Promise<BucketSigner | null> {
  const { config, context } = properties;
  if (typeof config?.signer !== 'function') return null;
  const signer = await config.signer(context?.endpointV2?.properties?.authSchemes?.[0]);
  if (typeof signer?.sign !== 'function') return null;
  let signingRegion = properties.signingRegion;
  let signingService = properties.signingName;
  const [first, second] = context?.authSchemes ?? [];
  if (first?.name === 'sigv4a' && second?.name === 'sigv4') {
    signingRegion = second.signingRegion ?? signingRegion;
    signingService = second.signingName ?? signingService;
  }
  return { signer, config, signingRegion, signingService };
}

/** A 429 or 5xx as the SDK would throw it: `name` the S3 error code, `$metadata.httpStatusCode`. */
function serverError(response: WireResponse, body: Buffer): Error {
  const doc = parseErrorDocument(body);
  const code = doc?.Code ?? `HTTP${response.statusCode}`;
  return Object.assign(new Error(doc?.Message ?? `S3 answered ${response.statusCode}`), {
    name: code,
    Code: code,
    $metadata: { httpStatusCode: response.statusCode, requestId: response.headers['x-amz-request-id'] },
  });
}

/**
 * The whole body. A Node stream (the HTTP handler's response) is read through its events: an async
 * iterator over it (a stream wrapper, several promises and ticks per response) cost more than the
 * bytes of a quiet DeleteObjects answer. The stream's error rejects, and so does a close before its
 * end (the connection dropped or the request aborted), as `for await` would.
 */
function readBody(body: unknown): Promise<Buffer> {
  if (body instanceof Readable) return readStream(body);
  return readIterable(body);
}

function readStream(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    stream.on('data', (chunk: Uint8Array | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
    stream.once('end', () => {
      ended = true;
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    stream.once('error', reject);
    stream.once('close', () => {
      // What `for await` over the stream throws then (Node's finished(): ERR_STREAM_PREMATURE_CLOSE).
      if (!ended) reject(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    });
  });
}

async function readIterable(body: unknown): Promise<Buffer> {
  if (!body || typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
