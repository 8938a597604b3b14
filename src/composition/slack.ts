/**
 * Part of the composition root (main.ts is the only module that imports this folder): Slack, wired
 * from the configuration. The desk and the card publisher (services) are built here over their ports,
 * with the Web API client and the transport — the bolt app on HTTP (`POST /slack/events`, a route on
 * the bot's server) or on Socket Mode (SLACK_APP_TOKEN) — from adapters/slack, and the outbox worker
 * (jobs) that posts and updates ticket cards. main.ts mounts the routes and runs the worker; tests
 * build it the same way.
 */
import type { Knex } from 'knex';
import type { App as BoltApp } from '@slack/bolt';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { AppError } from '../errors';
import { archivePurgeNote } from '../domain/legacyArchive';
import { findWorkspace } from '../domain/catalog';
import type { SlackMessagesPort, SlackNotice } from '../ports/slack';
import type { CatalogCache } from '../services/catalogCache';
import type { TicketService } from '../services/ticketService';
import { SlackCardPublisher, type PreviewProvider } from '../services/slackCards';
import { SlackDesk } from '../services/slackDesk';
import { StaffDirectory } from '../services/slackStaff';
import { OutboxWorker } from '../jobs/outboxWorker';
import { auditLog } from '../adapters/db/auditLog';
import { outbox } from '../adapters/db/outboxStore';
import { messageStore } from '../adapters/db/messageStore';
import { cardStore } from '../adapters/slack/cardStore';
import type { HttpRoute } from '../adapters/http/httpServer';
import { createWebClient, slackMessages, userGroupMembers } from '../adapters/slack/webApi';
import { createSlackTransport } from '../adapters/slack/slackTransport';

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
  const web = createWebClient(botToken, { apiUrl, logger: log, proxy: config.proxy });
  const staff = new StaffDirectory({ staff: staffIds, listGroupMembers: (group) => userGroupMembers(web, group), clock, logger: log });
  if (staffIds.length === 0) log.warn('SLACK_STAFF is empty: nobody can approve, reject, edit or cancel from Slack');
  const cards = new SlackCardPublisher({
    db,
    cards: cardStore,
    messages: messageStore,
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
  const desk = new SlackDesk({ db, audit: auditLog, tickets: deps.tickets, catalog: deps.catalog, staff, clock, logger: log, legacyArchiveCutoff: config.legacyArchiveCutoff, card: (ticket) => cards.render(ticket) });
  const worker = new OutboxWorker<SlackNotice>({
    db,
    queue: outbox,
    channel: 'slack',
    logger: log,
    clock,
    pollMs: options.pollMs ?? 250,
    // A Slack outage may last hours: with the 10-minute backoff cap this keeps trying for days.
    maxAttempts: 500,
    deliver: (n) => cards.deliver(n.payload),
    onGiveUp: async (n, error) => {
      await db.transaction((trx) =>
        auditLog.appendAudit(trx, { ticketId: n.ticketId, actor: 'system:slack', action: 'slack_failed', detail: { notice: n.payload.action, error: error.message }, at: clock().toISOString() }),
      );
    },
  });
  const transport = createSlackTransport({ slack: config.slack, proxy: config.proxy, desk, logger: log });
  return {
    routes: transport.routes,
    worker,
    desk,
    cards,
    staff,
    bolt: transport.bolt,
    mode: transport.mode,
    async start() {
      await transport.start();
      void staff.refresh();
      log.info({ mode: transport.mode, channel }, transport.mode === 'socket' ? 'Slack: Socket Mode connected' : 'Slack: receiving on POST /slack/events');
    },
    stop: () => transport.stop(),
  };
}
