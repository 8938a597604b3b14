/**
 * Everything Slack, built from the configuration: the bolt app on HTTP (`POST /slack/events`, a route
 * on the bot's server) or on Socket Mode (SLACK_APP_TOKEN), and the outbox worker that posts and
 * updates ticket cards. main.ts mounts the routes and runs the worker; tests build it the same way.
 */
import { proxyFor } from '../http/proxy';
import { archivePurgeNote } from '../../domain/legacyArchive';
import { findWorkspace } from '../../domain/catalog';
import type { Knex } from 'knex';
import type { App as BoltApp } from '@slack/bolt';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { AppError } from '../../errors';
import type { HttpRoute } from '../http/httpServer';
import { appendAudit } from '../db/auditLog';
import { OutboxWorker } from '../../jobs/outboxWorker';
import type { CatalogCache } from '../../services/catalogCache';
import type { SlackNotice, TicketService } from '../../services/ticketService';
import { SlackCardPublisher, type PreviewProvider, type SlackMessagesPort } from '../../services/slackCards';
import { SlackDesk } from '../../services/slackDesk';
import { StaffDirectory } from '../../services/slackStaff';
import { createWebClient, slackMessages, userGroupMembers } from './webApi';
import { slackLogger } from './slackLogger';
import { SlackHttpReceiver } from './httpReceiver';
import { SlackSocketModeReceiver } from './socketModeReceiver';
import { createSlackApp } from './boltApp';

export interface SlackRuntimeDeps {
  config: Pick<Config, 'slack' | 'legacyArchiveCutoff'> & { proxy?: Config['proxy']; graceDays?: Config['graceDays'] };
  db: Knex;
  tickets: TicketService;
  catalog: CatalogCache;
  clock: () => Date;
  logger: Logger;
}

export interface SlackRuntimeOptions {
  /** What the card shows under "What would be deleted" (the archive preview); none when unset. */
  preview?: PreviewProvider;
  /** Outbox polling (tests make it fast). */
  pollMs?: number;
  /** Replace the card calls (tests of failure modes). */
  messages?: SlackMessagesPort;
}

export interface SlackRuntime {
  /** `POST /slack/events`; empty in Socket Mode. */
  routes: HttpRoute[];
  worker: OutboxWorker<SlackNotice>;
  desk: SlackDesk;
  cards: SlackCardPublisher;
  staff: StaffDirectory;
  bolt: BoltApp;
  mode: 'http' | 'socket';
  /** Connects Socket Mode (nothing to do over HTTP). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createSlackRuntime(deps: SlackRuntimeDeps, options: SlackRuntimeOptions = {}): SlackRuntime {
  const { config, db, clock, logger } = deps;
  const { botToken, signingSecret, appToken, channel, staff: staffIds, apiUrl } = config.slack;
  // config.ts already refuses these combinations with a readable message; this guards direct callers.
  if (!botToken || !channel || (!appToken && !signingSecret)) {
    throw new AppError('config_invalid', 'Slack needs SLACK_BOT_TOKEN, SLACK_CHANNEL and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)');
  }
  const log = logger.child({ component: 'slack' });
  const bridge = slackLogger(log);
  const web = createWebClient(botToken, { apiUrl, logger: log, proxy: config.proxy });
  const staff = new StaffDirectory({ staff: staffIds, listGroupMembers: (group) => userGroupMembers(web, group), clock, logger: log });
  if (staffIds.length === 0) log.warn('SLACK_STAFF is empty: nobody can approve, reject, edit or cancel from Slack');
  const cards = new SlackCardPublisher({
    db,
    tickets: deps.tickets,
    slack: options.messages ?? slackMessages(web),
    channel,
    clock,
    logger: log,
    preview: options.preview,
    archiveNote: async (ticket) => archivePurgeNote(ticket.kind, findWorkspace((await deps.catalog.get()).catalog, ticket.workspace), config.legacyArchiveCutoff)?.staff ?? null,
    catalog: async () => (await deps.catalog.get()).catalog,
    graceDays: config.graceDays,
  });
  // `/deletion show` answers with the card exactly as the channel has it (preview included).
  const desk = new SlackDesk({ db, tickets: deps.tickets, catalog: deps.catalog, staff, clock, logger: log, card: (ticket) => cards.render(ticket) });
  const worker = new OutboxWorker<SlackNotice>({
    db,
    channel: 'slack',
    logger: log,
    clock,
    pollMs: options.pollMs ?? 250,
    // A Slack outage may last hours: with the 10-minute backoff cap this keeps trying for days.
    maxAttempts: 500,
    deliver: (n) => cards.deliver(n.payload),
    onGiveUp: async (n, error) => {
      await db.transaction((trx) =>
        appendAudit(trx, { ticketId: n.ticketId, actor: 'system:slack', action: 'slack_failed', detail: { notice: n.payload.action, error: error.message }, at: clock().toISOString() }),
      );
    },
  });

  const socket = appToken ? new SlackSocketModeReceiver({ appToken, apiUrl, logger: bridge, proxyUrl: config.proxy ? proxyFor(apiUrl ?? 'https://slack.com/api/', config.proxy) : null }) : null;
  const http = socket ? null : new SlackHttpReceiver({ signingSecret: signingSecret!, logger: bridge });
  const bolt = createSlackApp({ token: botToken, receiver: (socket ?? http)!, apiUrl, desk, logger: log, slackLogger: bridge });
  return {
    routes: http ? [http.route()] : [],
    worker,
    desk,
    cards,
    staff,
    bolt,
    mode: socket ? 'socket' : 'http',
    async start() {
      if (socket) await socket.start();
      void staff.refresh();
      log.info({ mode: socket ? 'socket' : 'http', channel }, socket ? 'Slack: Socket Mode connected' : 'Slack: receiving on POST /slack/events');
    },
    async stop() {
      if (socket) await socket.stop();
    },
  };
}
