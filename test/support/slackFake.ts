/**
 * A local fake of the Slack Web API (reached through SLACK_API_URL) that records what the app sends:
 * chat.postMessage, chat.update, views.open, views.publish, usergroups.users.list, auth.test,
 * apps.connections.open, and POSTs to response_url. It answers like Slack (`{ ok, … }`, HTTP 200 for
 * platform errors) and can be told to fail the next calls of a method: 429 with Retry-After, a 5xx,
 * a platform error, or a call carried out whose answer is lost (the connection drops).
 * Also: requests signed exactly as Slack signs them, for `POST /slack/events`.
 *
 * Messages behave as Slack's Web API reference documents them (conversations.history, and message
 * metadata on chat.postMessage / chat.update): a ts is the post time in seconds with six digits of
 * microseconds, unique and increasing in a channel; chat.postMessage keeps `metadata`
 * ({ event_type, event_payload }) and refuses a malformed one; chat.update replaces it when given;
 * conversations.history lists a channel's top-level messages (no thread replies) newest first, after
 * `oldest` and before `latest` (exclusive unless `inclusive`), `limit` a page (default 100, at most
 * 999), with `has_more` and an opaque `response_metadata.next_cursor` for the next page, and returns
 * metadata only with `include_all_metadata`.
 */
import http from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { blockKitProblems, type Surface } from './blockKit';

export interface SlackCall {
  method: string;
  // Slack arguments are free-form JSON.
  args: Record<string, any>;
  token: string | null;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: any[];
  threadTs: string | null;
  updates: number;
  metadata: { event_type: string; event_payload: Record<string, unknown> } | null;
}

/** `lostAnswer`: the call is carried out (a message is posted) but the connection drops before the answer. */
export type Failure = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { error: string } | { lostAnswer: true };

export interface SlackFake {
  /** `http://127.0.0.1:port/api/` — the value for SLACK_API_URL. */
  apiUrl: string;
  origin: string;
  calls: SlackCall[];
  responses: { id: string; body: any }[];
  messages: Map<string, StoredMessage>;
  /** usergroup id → member user ids. */
  groups: Map<string, string[]>;
  /**
   * Every payload checked against Slack's documented Block Kit rules (test/support/blockKit.ts):
   * structural problems are refused with `invalid_blocks`, as Slack does; unescaped &, < and > are
   * rendered wrongly by Slack rather than refused, so they are only recorded here for tests to assert.
   */
  blockProblems: { method: string; problems: string[] }[];
  /** What apps.connections.open answers (the Socket Mode fake's URL). */
  socketUrl: string | null;
  callsOf(method: string): SlackCall[];
  failNext(method: string, ...failures: Failure[]): void;
  /** A response_url for a request (Slack gives one per command / interaction). */
  responseUrl(id: string): string;
  responsesTo(id: string): any[];
  /** Top-level card messages (not thread replies) in a channel. */
  cards(channel: string): StoredMessage[];
  /** A message someone (a person, another app) posts in a channel; returns its ts. */
  say(channel: string, text: string): string;
  threadOf(ts: string): StoredMessage[];
  close(): Promise<void>;
}

export async function startSlackFake(): Promise<SlackFake> {
  const calls: SlackCall[] = [];
  const responses: { id: string; body: any }[] = [];
  const messages = new Map<string, StoredMessage>();
  const groups = new Map<string, string[]>();
  const failures = new Map<string, Failure[]>();
  const blockProblems: { method: string; problems: string[] }[] = [];
  /** The problems of one payload; returns those Slack refuses the call for. */
  const check = (method: string, payload: unknown, surface: Surface): string[] => {
    const problems = blockKitProblems(payload, surface);
    if (problems.length) blockProblems.push({ method, problems });
    return problems.filter((p) => !p.includes('unescaped'));
  };
  const nextTs = tsClock();
  const fake = {} as SlackFake;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://x');
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      const response = /^\/response\/([^/]+)$/.exec(url.pathname);
      if (response) {
        const body = raw ? JSON.parse(raw) : null;
        if (body) check('response_url', body, 'message');
        responses.push({ id: decodeURIComponent(response[1]), body });
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('ok');
      }
      const m = /^\/api\/([\w.]+)$/.exec(url.pathname);
      if (!m) return json(404, { ok: false, error: 'unknown_method' });
      const method = m[1];
      const args = parseArgs(req.headers['content-type'] ?? '', raw, url.searchParams);
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof args.token === 'string' ? args.token : null;
      calls.push({ method, args, token });
      const failure = failures.get(method)?.shift();
      if (failure && 'lostAnswer' in failure) {
        answer(method, args);
        return res.socket?.destroy();
      }
      if (failure) {
        if ('error' in failure) return json(200, { ok: false, error: failure.error });
        if (failure.status === 429) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
        return json(failure.status, { ok: false, error: 'service_unavailable' });
      }
      const refused =
        method === 'chat.postMessage' || method === 'chat.update'
          ? check(method, args, 'message')
          : method === 'views.open' || method === 'views.publish'
            ? check(method, args.view, args.view?.type === 'home' ? 'home' : 'modal')
            : [];
      if (refused.length) return json(200, { ok: false, error: 'invalid_blocks', errors: refused });
      json(200, answer(method, args));
    });
  });

  function answer(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'deletion-desk', team_id: 'T0FAKE', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage': {
        const metadata = args.metadata === undefined ? null : validMetadata(args.metadata);
        if (metadata === 'invalid') return { ok: false, error: 'invalid_metadata_format' };
        const ts = nextTs();
        const stored: StoredMessage = { channel: args.channel, ts, text: args.text ?? '', blocks: args.blocks ?? [], threadTs: args.thread_ts ?? null, updates: 0, metadata };
        messages.set(ts, stored);
        return { ok: true, channel: args.channel, ts, message: { text: stored.text, ts } };
      }
      case 'chat.update': {
        const stored = messages.get(args.ts);
        if (!stored || stored.channel !== args.channel) return { ok: false, error: 'message_not_found' };
        const metadata = args.metadata === undefined ? stored.metadata : validMetadata(args.metadata);
        if (metadata === 'invalid') return { ok: false, error: 'invalid_metadata_format' };
        stored.text = args.text ?? stored.text;
        stored.blocks = args.blocks ?? stored.blocks;
        stored.metadata = metadata;
        stored.updates += 1;
        return { ok: true, channel: args.channel, ts: args.ts, text: stored.text };
      }
      case 'conversations.history':
        return channelHistory([...messages.values()], args);
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${calls.length}`, ...(args.view ?? {}) } };
      case 'usergroups.users.list': {
        const users = groups.get(args.usergroup);
        return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'apps.connections.open':
        return fake.socketUrl ? { ok: true, url: fake.socketUrl } : { ok: false, error: 'invalid_auth' };
      default:
        return { ok: true };
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(fake, {
    apiUrl: `${origin}/api/`,
    origin,
    calls,
    responses,
    messages,
    groups,
    blockProblems,
    socketUrl: null,
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    failNext: (method: string, ...f: Failure[]) => failures.set(method, [...(failures.get(method) ?? []), ...f]),
    responseUrl: (id: string) => `${origin}/response/${encodeURIComponent(id)}`,
    responsesTo: (id: string) => responses.filter((r) => r.id === id).map((r) => r.body),
    cards: (channel: string) => [...messages.values()].filter((m) => m.channel === channel && m.threadTs === null),
    say: (channel: string, text: string) => {
      const ts = nextTs();
      messages.set(ts, { channel, ts, text, blocks: [], threadTs: null, updates: 0, metadata: null });
      return ts;
    },
    threadOf: (ts: string) => [...messages.values()].filter((m) => m.threadTs === ts),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  } satisfies Partial<SlackFake>);
  return fake;
}

/** Slack's message ts: the time in seconds and microseconds, made unique by counting up when the clock has not moved. */
function tsClock(): () => string {
  let last = 0n;
  return () => {
    const now = BigInt(Date.now()) * 1000n;
    last = now > last ? now : last + 1n;
    return `${last / 1_000_000n}.${String(last % 1_000_000n).padStart(6, '0')}`;
  };
}

/** Orders ts strings exactly (seconds, then microseconds). */
function tsMicros(ts: string): bigint {
  const [seconds, micros = '0'] = ts.split('.');
  return BigInt(seconds) * 1_000_000n + BigInt(micros.padEnd(6, '0').slice(0, 6));
}

/** Metadata as chat.postMessage / chat.update take it: an event_type string and an event_payload object. */
function validMetadata(value: unknown): StoredMessage['metadata'] | 'invalid' {
  const m = value as { event_type?: unknown; event_payload?: unknown } | null;
  if (typeof m !== 'object' || m === null || typeof m.event_type !== 'string' || !m.event_type) return 'invalid';
  if (typeof m.event_payload !== 'object' || m.event_payload === null || Array.isArray(m.event_payload)) return 'invalid';
  return { event_type: m.event_type, event_payload: m.event_payload as Record<string, unknown> };
}

const truthy = (value: unknown) => value === true || value === 'true' || value === '1' || value === 1;

/**
 * conversations.history: top-level messages of one channel, newest first, a page of `limit`; the
 * cursor (opaque to the app; here base64 of `next_ts:<ts>`, as Slack's look) resumes at that message.
 */
function channelHistory(all: StoredMessage[], args: Record<string, any>): Record<string, unknown> {
  if (!args.channel) return { ok: false, error: 'channel_not_found' };
  const inclusive = truthy(args.inclusive);
  const oldest = args.oldest === undefined ? null : tsMicros(String(args.oldest));
  const latest = args.latest === undefined ? null : tsMicros(String(args.latest));
  let resumeAt: bigint | null = null;
  if (args.cursor) {
    const decoded = /^next_ts:(\d+\.\d+)$/.exec(Buffer.from(String(args.cursor), 'base64').toString('utf8'));
    if (!decoded) return { ok: false, error: 'invalid_cursor' };
    resumeAt = tsMicros(decoded[1]);
  }
  const requested = Number(args.limit ?? 100);
  const limit = Number.isInteger(requested) && requested > 0 ? Math.min(requested, 999) : 100;
  const inWindow = (t: bigint) =>
    (oldest === null || (inclusive ? t >= oldest : t > oldest)) && (latest === null || (inclusive ? t <= latest : t < latest)) && (resumeAt === null || t <= resumeAt);
  const listed = all
    .filter((m) => m.channel === args.channel && m.threadTs === null && inWindow(tsMicros(m.ts)))
    .sort((a, b) => (tsMicros(b.ts) > tsMicros(a.ts) ? 1 : -1));
  const page = listed.slice(0, limit);
  const next = listed[limit];
  const withMetadata = truthy(args.include_all_metadata);
  const replies = (ts: string) => all.filter((m) => m.threadTs === ts);
  return {
    ok: true,
    messages: page.map((m) => ({
      type: 'message',
      user: 'UBOT',
      bot_id: 'BBOT',
      app_id: 'A0FAKE',
      team: 'T0FAKE',
      text: m.text,
      ts: m.ts,
      ...(m.blocks.length ? { blocks: m.blocks } : {}),
      ...(replies(m.ts).length ? { thread_ts: m.ts, reply_count: replies(m.ts).length } : {}),
      ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
    })),
    has_more: next !== undefined,
    pin_count: 0,
    ...(next ? { response_metadata: { next_cursor: Buffer.from(`next_ts:${next.ts}`).toString('base64') } } : {}),
  };
}

/** The Web API takes form-encoded arguments (objects as JSON strings) or JSON bodies. */
function parseArgs(contentType: string, raw: string, query: URLSearchParams): Record<string, any> {
  const args: Record<string, any> = Object.fromEntries(query);
  if (contentType.includes('application/json')) return { ...args, ...(raw ? JSON.parse(raw) : {}) };
  for (const [k, v] of new URLSearchParams(raw)) {
    args[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return args;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

// ---------------------------------------------------------------------------------------------
// Requests as Slack sends them to the app (https://api.slack.com/authentication/verifying-requests-from-slack)

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replace the computed signature (forgeries). */
  signature?: string;
  contentType?: string;
}

/** POST a body to /slack/events signed like Slack; returns status and body text. */
export async function postSigned(url: string, body: string, options: SignedPostOptions): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, body),
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** A slash command body (form-encoded fields, as Slack posts them). */
export function slashCommandBody(fields: { user: string; text: string; responseUrl: string; channel?: string; triggerId?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: fields.channel ?? 'C0DESK',
    channel_name: 'deletions',
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    command: '/deletion',
    text: fields.text,
    api_app_id: 'A0FAKE',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? `trigger-${fields.user}`,
  }).toString();
}

/** The JSON of a block_actions payload for a button on a message. */
export function blockActionsPayload(fields: { user: string; actionId: string; value: string; responseUrl: string; channel?: string; messageTs?: string; triggerId?: string }): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0FAKE', domain: 'fake' },
    user: { id: fields.user, username: fields.user.toLowerCase(), name: fields.user.toLowerCase(), team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: fields.messageTs ?? '1.0', channel_id: fields.channel ?? 'C0DESK', is_ephemeral: false },
    trigger_id: fields.triggerId ?? `trigger-${fields.user}-${fields.actionId}`,
    channel: { id: fields.channel ?? 'C0DESK', name: 'deletions' },
    message: { type: 'message', ts: fields.messageTs ?? '1.0', text: 'card' },
    response_url: fields.responseUrl,
    actions: [{ type: 'button', action_id: fields.actionId, block_id: 'ticket_actions', value: fields.value, action_ts: `${Date.now() / 1000}` }],
  };
}

/** The JSON of a view_submission payload for one of our modals. */
export function viewSubmissionPayload(fields: { user: string; callbackId: string; privateMetadata: string; values: Record<string, Record<string, unknown>> }): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'T0FAKE', domain: 'fake' },
    user: { id: fields.user, username: fields.user.toLowerCase(), name: fields.user.toLowerCase(), team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    trigger_id: `trigger-${fields.user}-submit`,
    view: {
      id: 'V0MODAL',
      team_id: 'T0FAKE',
      type: 'modal',
      callback_id: fields.callbackId,
      private_metadata: fields.privateMetadata,
      state: { values: fields.values },
      hash: 'h1',
      app_id: 'A0FAKE',
      bot_id: 'BBOT',
    },
  };
}

/** Interactivity arrives form-encoded with the JSON in one `payload` field. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
