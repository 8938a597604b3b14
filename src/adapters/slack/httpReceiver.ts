/**
 * Slack over HTTP as a bolt Receiver mounted on the bot's own HTTP server (one PORT): `POST
 * /slack/events` for slash commands, interactivity and events. Each request's signature is checked
 * (v0 HMAC-SHA256 of `v0:timestamp:body` with the signing secret; timestamps older than five minutes
 * are refused as replays — https://api.slack.com/authentication/verifying-requests-from-slack) before
 * anything is parsed. The HTTP answer is sent when a handler calls ack(), so handlers ack first and
 * work afterwards (Slack gives up after 3 seconds).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions as httpFunc, HTTPResponseAck, type App as BoltApp, type Receiver, type ReceiverEvent, type Logger as SlackLogger } from '@slack/bolt';
import type { HttpRoute } from '../http/httpServer';

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  logger: SlackLogger;
  path?: string;
  /** For tests of stale timestamps; defaults to the real clock. */
  nowMs?: () => number;
}

const FIVE_MINUTES_MS = 5 * 60 * 1000;

export class SlackHttpReceiver implements Receiver {
  private app: BoltApp | null = null;

  constructor(private readonly options: SlackHttpReceiverOptions) {}

  init(app: BoltApp): void {
    this.app = app;
  }

  /** Nothing to start: requests arrive through `route()` on the bot's HTTP server. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  route(): HttpRoute {
    return { method: 'POST', path: this.options.path ?? '/slack/events', handler: (req, res) => this.handle(req, res) };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.options;
    let buffered;
    try {
      buffered = await httpFunc.parseAndVerifyHTTPRequest({ enabled: true, signingSecret: this.options.signingSecret, nowMilliseconds: this.options.nowMs, logger }, req);
    } catch (error) {
      if (httpFunc.isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413)) return httpFunc.buildNoBodyResponse(res, 413);
      logger.warn(`refused a request to /slack/events: ${(error as Error).message}`);
      return httpFunc.buildNoBodyResponse(res, 401);
    }
    // bolt refuses only timestamps more than five minutes old; Slack's rule is five minutes either way
    // ("more than five minutes from local time"), so a request signed far ahead cannot be replayed for
    // years. Found by the hostile-input Slack fuzz test.
    const timestampSec = Number(req.headers['x-slack-request-timestamp']);
    if (!(timestampSec * 1000 <= (this.options.nowMs?.() ?? Date.now()) + FIVE_MINUTES_MS)) {
      logger.warn('refused a request to /slack/events: its timestamp is more than five minutes in the future');
      return httpFunc.buildNoBodyResponse(res, 401);
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
