/**
 * The Slack transport: the bolt app on HTTP (`POST /slack/events`, a route on the bot's server) or on
 * Socket Mode (SLACK_APP_TOKEN), calling the desk through its port. It builds no service: the desk is
 * handed in (composition/slack.ts wires it).
 */
import type { App as BoltApp } from '@slack/bolt';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { SlackActions } from '../../ports/slack';
import { proxyFor } from '../http/proxy';
import type { HttpRoute } from '../http/httpServer';
import { slackLogger } from './slackLogger';
import { SlackHttpReceiver } from './httpReceiver';
import { SlackSocketModeReceiver } from './socketModeReceiver';
import { createSlackApp } from './boltApp';

export interface SlackTransportOptions {
  slack: Config['slack'];
  proxy?: Config['proxy'];
  desk: SlackActions;
  logger: Logger;
}

export interface SlackTransport {
  /** `POST /slack/events`; empty in Socket Mode. */
  routes: HttpRoute[];
  bolt: BoltApp;
  mode: 'http' | 'socket';
  /** Connects Socket Mode (nothing to do over HTTP). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createSlackTransport(options: SlackTransportOptions): SlackTransport {
  const { slack, proxy, desk, logger } = options;
  const { botToken, signingSecret, appToken, apiUrl } = slack;
  const bridge = slackLogger(logger);
  const socket = appToken ? new SlackSocketModeReceiver({ appToken, apiUrl, logger: bridge, proxyUrl: proxy ? proxyFor(apiUrl ?? 'https://slack.com/api/', proxy) : null }) : null;
  const http = socket ? null : new SlackHttpReceiver({ signingSecret: signingSecret!, logger: bridge });
  const bolt = createSlackApp({ token: botToken!, receiver: (socket ?? http)!, apiUrl, desk, logger, slackLogger: bridge });
  return {
    routes: http ? [http.route()] : [],
    bolt,
    mode: socket ? 'socket' : 'http',
    async start() {
      if (socket) await socket.start();
    },
    async stop() {
      if (socket) await socket.stop();
    },
  };
}
