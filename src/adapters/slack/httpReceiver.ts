/**
 * Slack over HTTP as a bolt Receiver mounted on the bot's own HTTP server (one PORT): `POST
 * /slack/events` for slash commands, interactivity and events. Each request's signature is checked
 * (v0 HMAC-SHA256 of `v0:timestamp:body` with the signing secret; timestamps older than five minutes
 * are refused as replays — https://api.slack.com/authentication/verifying-requests-from-slack) before
 * anything is parsed. The work a stranger can cause is bounded: the timestamp header is checked before
 * the body is read, the body is read up to SLACK_MAX_BODY_BYTES only, and the HTTP server caps how
 * many of these requests are read or handled at once. The HTTP answer is sent when a handler calls ack(), so handlers ack first and
 * work afterwards (Slack gives up after 3 seconds).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions as httpFunc, HTTPResponseAck, type App as BoltApp, type BufferedIncomingMessage, type Receiver, type ReceiverEvent, type Logger as SlackLogger } from '@slack/bolt';
import { BodyTooLargeError, readBody, refuse, type HttpRoute } from '../http/httpServer';

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  logger: SlackLogger;
  path?: string;
  /** For tests of stale timestamps; defaults to the real clock. */
  nowMs?: () => number;
}

const FIVE_MINUTES_MS = 5 * 60 * 1000;
/**
 * Slack's payloads are a few kilobytes (a modal submission with every field filled stays far below
 * this); anything larger is not from Slack and is refused before it is buffered.
 */
export const SLACK_MAX_BODY_BYTES = 1024 * 1024;

export class SlackHttpReceiver implements Receiver {
  private app: BoltApp | null = null;
  private readonly refusals: RefusalLog;

  constructor(private readonly options: SlackHttpReceiverOptions) {
    this.refusals = new RefusalLog(options.logger, options.path ?? '/slack/events');
  }

  init(app: BoltApp): void {
    this.app = app;
  }

  /** Nothing to start: requests arrive through `route()` on the bot's HTTP server. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  route(): HttpRoute {
    return { method: 'POST', path: this.options.path ?? '/slack/events', maxBodyBytes: SLACK_MAX_BODY_BYTES, handler: (req, res) => this.handle(req, res) };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.options;
    // The timestamp is checked before a byte of the body is read: a request without one, or signed
    // more than five minutes from now either way, cannot be genuine (Slack's rule — "more than five
    // minutes from local time" — also stops a request signed far ahead being replayed for years).
    const header = req.headers['x-slack-request-timestamp'];
    const timestampSec = typeof header === 'string' && /^\d{1,12}$/.test(header.trim()) ? Number(header) : Number.NaN;
    const nowMs = this.options.nowMs?.() ?? Date.now();
    if (!(Math.abs(timestampSec * 1000 - nowMs) <= FIVE_MINUTES_MS)) {
      this.refusals.note('its X-Slack-Request-Timestamp is missing or more than five minutes from now');
      return refuse(res, 401);
    }
    let buffered: BufferedIncomingMessage;
    try {
      (req as BufferedIncomingMessage).rawBody = await readBody(req, SLACK_MAX_BODY_BYTES);
      buffered = await httpFunc.parseAndVerifyHTTPRequest({ enabled: true, signingSecret: this.options.signingSecret, nowMilliseconds: this.options.nowMs, logger }, req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        this.refusals.note(error.message);
        return refuse(res, 413);
      }
      this.refusals.note((error as Error).message);
      return refuse(res, 401);
    }
    // biome-ignore lint: Slack request bodies are untyped until bolt routes them
    let body: Record<string, any>;
    try {
      body = httpFunc.parseHTTPRequestBody(buffered);
    } catch (error) {
      logger.warn(`malformed Slack request body: ${(error as Error).message}`);
      return httpFunc.buildNoBodyResponse(res, 400);
    }
    if (body.ssl_check === '1') return httpFunc.buildSSLCheckResponse(res);
    if (body.type === 'url_verification') return httpFunc.buildUrlVerificationResponse(res, body);
    const ack = new HTTPResponseAck({ logger, processBeforeResponse: false, httpRequest: buffered, httpRequestBody: body, httpResponse: res });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: httpFunc.extractRetryNumFromHTTPRequest(req),
      retryReason: httpFunc.extractRetryReasonFromHTTPRequest(req),
      customProperties: {},
    };
    try {
      await this.app?.processEvent(event);
    } catch (error) {
      logger.error(`Slack handler failed: ${(error as Error).message}`);
      // Acknowledge anyway: a retry from Slack would repeat an action that may have half happened.
      if (!res.headersSent) ack.ack();
    }
  }
}

/**
 * Refusals are logged one in REFUSAL_LOG_WINDOW_MS, with a count of the others: a flood of forged
 * requests must not become a flood of log lines (disk, and the CPU to write them).
 */
const REFUSAL_LOG_WINDOW_MS = 10_000;

class RefusalLog {
  private windowOpen = false;
  private more = 0;
  private last = '';

  constructor(
    private readonly logger: SlackLogger,
    private readonly path: string,
  ) {}

  note(reason: string): void {
    if (this.windowOpen) {
      this.more += 1;
      this.last = reason;
      return;
    }
    this.logger.warn(`refused a request to ${this.path}: ${reason}`);
    this.windowOpen = true;
    setTimeout(() => {
      if (this.more > 0) this.logger.warn(`refused ${this.more} more request(s) to ${this.path} in ${REFUSAL_LOG_WINDOW_MS / 1000} s (the last: ${this.last})`);
      this.windowOpen = false;
      this.more = 0;
    }, REFUSAL_LOG_WINDOW_MS).unref();
  }
}
