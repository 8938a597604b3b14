/**
 * The HTTP endpoint: `GET /healthz`, `GET /metrics` (Prometheus text format), and routes other
 * adapters add (Slack's `POST /slack/events`).
 *
 * The endpoint faces the internet when Slack reaches it over HTTP, so every request is bounded
 * before any work is done for it:
 * - a body larger than its route accepts is refused with 413 as soon as Content-Length says so, and a
 *   chunked body stops being read at the limit (`readBody`); routes that read no body accept none.
 *   Refusals close the connection, so Node never drains the rest of an oversized body;
 * - headers must arrive within `headersTimeoutMs` and the whole request within `requestTimeoutMs`
 *   (a slow-loris client is answered 408 and cut off);
 * - requests to routes that read a body are counted while they are read and handled; beyond
 *   `maxInFlight` they are answered 503 at once, so a flood costs a counter, not memory;
 * - `/metrics` can require `Authorization: Bearer <METRICS_TOKEN>`.
 */
import http from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import type { Logger } from '../../logger';
import { toError } from '../../errors';
import { countTicketsByStatus } from '../db/ticketStore';
import { outboxCounts } from '../db/outboxStore';

export interface HttpRoute {
  method: string;
  path: string;
  /** The largest body this route reads, in bytes (read it with `readBody`). Unset: it reads none. */
  maxBodyBytes?: number;
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;
}

export interface HttpLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** How long an idle kept-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** Requests to body-reading routes being read or handled at once; more are answered 503. */
  maxInFlight: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxInFlight: 64 };

export interface HttpServerOptions {
  port: number;
  /** The listen address; all interfaces by default. */
  host?: string;
  db: Knex;
  logger: Logger;
  routes?: HttpRoute[];
  /** When set, `/metrics` answers only requests carrying `Authorization: Bearer <token>`. */
  metricsToken?: string | null;
  limits?: Partial<HttpLimits>;
}

export interface HttpServer {
  port: number;
  /** Requests to body-reading routes being read or handled now. */
  inFlight(): number;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { db, logger } = options;
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const inFlight = { count: 0 };
  const metricsToken = options.metricsToken ? digest(options.metricsToken) : null;
  // The given routes first: a route of the same method and path replaces a built-in one.
  const routes = [...(options.routes ?? []), healthzRoute(db), metricsRoute(db, metricsToken, () => inFlight.count)];
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above only this often (30 s by default): a slow client would
      // otherwise hold its connection up to 30 s past its limit.
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => handleRequest(req, res, { routes, limits, inFlight, logger }),
  );
  // Node's own clientError handling answers a client too slow with its headers or request 408, and
  // garbage 400, and closes the connection: left as it is.
  await listen(server, options.port, options.host ?? '0.0.0.0');
  // Without a listener a socket error after start (accept failing under a flood of connections, for
  // one) would be thrown and end the whole process, intake and execution with it.
  server.on('error', (error) => logger.error({ err: toError(error) }, 'HTTP server error'));
  return {
    port: (server.address() as AddressInfo).port,
    inFlight: () => inFlight.count,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface RequestContext {
  routes: HttpRoute[];
  limits: HttpLimits;
  /** Requests to body-reading routes being read or handled now (shared by every request). */
  inFlight: { count: number };
  logger: Logger;
}

/** One request: bounded first (body size, requests in flight), then its route, or 404. */
function handleRequest(req: http.IncomingMessage, res: http.ServerResponse, ctx: RequestContext): void {
  const path = (req.url ?? '/').split('?')[0];
  const route = ctx.routes.find((r) => r.method === req.method && r.path === path);
  const declared = declaredLength(req);
  // A route that reads no body (the GETs, unknown paths) accepts none; Content-Length: 0 is no body.
  const maxBody = route?.maxBodyBytes ?? 0;
  if (declared === 'invalid') return refuse(res, 400, 'bad Content-Length\n');
  if ((declared === 'chunked' && maxBody === 0) || (typeof declared === 'number' && declared > maxBody)) {
    return refuse(res, 413, `request body too large (at most ${maxBody} bytes)\n`);
  }
  const counted = route?.maxBodyBytes !== undefined;
  if (counted && ctx.inFlight.count >= ctx.limits.maxInFlight) {
    res.setHeader('retry-after', '1');
    return refuse(res, 503, 'busy, try again\n');
  }
  if (counted) ctx.inFlight.count += 1;
  const handle = async () => (route ? route.handler(req, res) : send(res, 404, 'text/plain', 'not found\n'));
  handle()
    .catch((error) => {
      ctx.logger.error({ err: toError(error), path }, 'HTTP handler failed');
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error\n');
    })
    .finally(() => {
      if (counted) ctx.inFlight.count -= 1;
    });
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
function healthzRoute(db: Knex): HttpRoute {
  return {
    method: 'GET',
    path: '/healthz',
    handler: async (_req, res) => {
      try {
        await db.raw('select 1');
        return send(res, 200, 'application/json', JSON.stringify({ ok: true }));
      } catch (error) {
        return send(res, 503, 'application/json', JSON.stringify({ ok: false, error: 'database unreachable' }));
      }
    },
  };
}

/** `GET /metrics` in Prometheus text format, behind the bearer token when one is configured. */
function metricsRoute(db: Knex, token: Buffer | null, inFlight: () => number): HttpRoute {
  return {
    method: 'GET',
    path: '/metrics',
    handler: async (req, res) => {
      if (token && !bearerMatches(req.headers.authorization, token)) {
        res.setHeader('www-authenticate', 'Bearer');
        return send(res, 401, 'text/plain', 'a bearer token is required\n');
      }
      return send(res, 200, 'text/plain; version=0.0.4', await metrics(db, inFlight()));
    },
  };
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body larger than ${limit} bytes`);
  }
}

/**
 * The request's body, read up to `limit` bytes: past the limit reading stops at once (the rest is
 * never buffered) and BodyTooLargeError is thrown; answer it with `refuse(res, 413)`, which closes the
 * connection. A client that goes away mid-body rejects the promise too.
 */
export function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('the client closed the connection before sending its whole body'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * A refusal that closes the connection: whatever the client still sends is not read (Node would
 * otherwise read an unread body to its end, discarding it, to reuse the connection).
 *
 * Destroying a socket while the client is still sending makes the kernel answer with a reset, and a
 * reset can destroy our answer before the client has read it (it would see ECONNRESET instead of
 * 413). So when the body is still arriving, the answer is sent and our side half-closed, reading
 * stops (the client's writes fill the kernel's buffers and then block), and the socket is destroyed
 * LINGER_MS later: time for the client to read the answer, at the cost of one idle socket.
 */
export function refuse(res: http.ServerResponse, status: number, body = ''): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const socket = res.socket;
  const req = res.req;
  if (socket && !req.complete) {
    // Node ends a `Connection: close` exchange with destroySoon(), right after it has set the unread
    // body flowing (into nothing) to drain it: both are replaced here.
    socket.destroySoon = () => {
      req.pause();
      socket.pause();
      socket.end();
      const timer = setTimeout(() => socket.destroy(), LINGER_MS);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
    };
  }
  res.shouldKeepAlive = false;
  res.writeHead(status, { 'content-type': 'text/plain', connection: 'close', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const LINGER_MS = 2_000;

function declaredLength(req: http.IncomingMessage): number | 'chunked' | 'invalid' | null {
  const raw = req.headers['content-length'];
  if (raw !== undefined) return /^\d+$/.test(raw) ? Number(raw) : 'invalid';
  return req.headers['transfer-encoding'] !== undefined ? 'chunked' : null;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compared as SHA-256 digests: equal lengths for timingSafeEqual, and no early exit on length. */
function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), expected);
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

async function metrics(db: Knex, inFlight: number): Promise<string> {
  const [tickets, outbox] = await Promise.all([countTicketsByStatus(db), outboxCounts(db)]);
  const lines = ['# HELP deletion_desk_tickets Tickets by status.', '# TYPE deletion_desk_tickets gauge'];
  for (const [status, n] of Object.entries(tickets)) lines.push(`deletion_desk_tickets{status="${status}"} ${n}`);
  lines.push('# HELP deletion_desk_notifications Outbox notifications by channel and status.', '# TYPE deletion_desk_notifications gauge');
  for (const [key, n] of Object.entries(outbox)) {
    const [channel, status] = key.split('_');
    lines.push(`deletion_desk_notifications{channel="${channel}",status="${status}"} ${n}`);
  }
  lines.push('# HELP deletion_desk_http_in_flight Slack requests being read or handled now (refused with 503 beyond HTTP_MAX_IN_FLIGHT).', '# TYPE deletion_desk_http_in_flight gauge');
  lines.push(`deletion_desk_http_in_flight ${inFlight}`);
  return `${lines.join('\n')}\n`;
}
