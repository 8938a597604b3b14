/**
 * Slack over Socket Mode (when SLACK_APP_TOKEN is set): a WebSocket that the bot opens to Slack
 * (`apps.connections.open` with the app-level token), so no public URL is needed. Slack sends each
 * request as an envelope; we acknowledge it by `envelope_id`, optionally with a response payload
 * (https://api.slack.com/apis/socket-mode). Bolt's own SocketModeReceiver cannot be pointed at
 * SLACK_API_URL, so this one builds the client itself.
 */
import { proxyDispatcher } from '../http/proxy';
import { SocketModeClient } from '@slack/socket-mode';
import { ReceiverMultipleAckError, type App as BoltApp, type Receiver, type ReceiverEvent, type Logger as SlackLogger } from '@slack/bolt';

export interface SlackSocketModeReceiverOptions {
  appToken: string;
  apiUrl: string | null;
  logger: SlackLogger;
  /** HTTPS_PROXY when it applies to Slack (NO_PROXY), else null. */
  proxyUrl?: string | null;
}

export class SlackSocketModeReceiver implements Receiver {
  readonly client: SocketModeClient;
  private app: BoltApp | null = null;

  constructor(options: SlackSocketModeReceiverOptions) {
    const { logger } = options;
    this.client = new SocketModeClient({
      appToken: options.appToken,
      logger,
      clientOptions: options.apiUrl ? { slackApiUrl: options.apiUrl } : {},
      // HTTPS_PROXY: the WebSocket and apps.connections.open go through the proxy's dispatcher.
      ...(options.proxyUrl ? { dispatcher: proxyDispatcher(options.proxyUrl) } : {}),
    });
    this.client.on('slack_event', async (args: { ack: (response?: Record<string, unknown>) => Promise<void>; body: Record<string, unknown>; retry_num?: number; retry_reason?: string }) => {
      let acked = false;
      const event: ReceiverEvent = {
        body: args.body,
        ack: async (response?: unknown) => {
          if (acked) throw new ReceiverMultipleAckError();
          acked = true;
          await args.ack(response as Record<string, unknown> | undefined);
        },
        retryNum: args.retry_num,
        retryReason: args.retry_reason,
        customProperties: {},
      };
      try {
        await this.app?.processEvent(event);
      } catch (error) {
        logger.error(`Slack handler failed: ${(error as Error).message}`);
        if (!acked) await args.ack().catch(() => {});
      }
    });
  }

  init(app: BoltApp): void {
    this.app = app;
  }

  async start(): Promise<void> {
    await this.client.start();
  }

  async stop(): Promise<void> {
    await this.client.disconnect();
  }
}
