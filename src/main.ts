/**
 * The composition root: the one place where adapters are built and wired. Importing it does nothing;
 * `buildApp` connects, `runApp` starts the loops until the signal aborts.
 */
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import type { Config } from './config';
import { createLogger, type Logger } from './logger';
import { toError } from './errors';
import { connectionError } from './connectionErrors';
import { createDb } from './adapters/db/connect';
import { migrateLatest } from './adapters/db/migrate';
import { auditLog } from './adapters/db/auditLog';
import { messageStore, setOutboundOutcome } from './adapters/db/messageStore';
import { heldMail } from './adapters/db/heldMail';
import { ticketStore } from './adapters/db/ticketStore';
import { outbox } from './adapters/db/outboxStore';
import { heldInserts } from './adapters/db/heldInserts';
import { catalogStore } from './adapters/db/catalogStore';
import { jobStore } from './adapters/db/jobStore';
import { isTransientDbError, isWriteConflict } from './adapters/db/dbErrors';
import type { Policy } from './domain/policy';
import { findWorkspace } from './domain/catalog';
import { ticketRef } from './domain/ticket';
import { renderCustomerEmail, type TemplateSet } from './domain/email/render';
import { domainOf, newMessageId } from './domain/email/threading';
import { loadEmailTemplates } from './services/emailTemplates';
import { CatalogCache } from './services/catalogCache';
import { IntakeService, type CheckSender, type IntakeDeps } from './services/intake';
import { TicketService } from './services/ticketService';
import type { Mailer, OutboundEmail } from './ports/mail';
import { OutboxWorker } from './jobs/outboxWorker';
import { FileMailer } from './adapters/maildrop/fileMailer';
import { MaildropWatcher } from './adapters/maildrop/maildropWatcher';
import { SmtpMailer } from './adapters/smtp/smtpMailer';
import { ImapIntake } from './adapters/imap/imapIntake';
import { parseImapUrl } from './adapters/imap/imapUrl';
import { OAuth2Tokens } from './adapters/mail/oauth2';
import { createSenderCheck } from './adapters/mail/senderAuth';
import { readMessage } from './adapters/mail/readMessage';
import { processReader } from './adapters/mail/offThreadReader';
import { startHttpServer, type HttpRoute } from './adapters/http/httpServer';
import { createSlackRuntime } from './composition/slack';
import { previewTicket } from './services/preview';
import type { Archive } from './ports/archive';
import { createArchive } from './adapters/archive/createArchive';
import { ExecutionRunner } from './jobs/executionRunner';
import type { ArchiveLayouts } from './domain/scope';

export interface AppOptions {
  clock?: () => Date;
  logger?: Logger;
  /** PostgreSQL schema (tests isolate themselves this way). */
  schema?: string;
  /** Replace the mailer (SMTP, tests). Defaults to files in OUTBOX_DIR. */
  mailer?: Mailer;
  checkSender?: CheckSender;
  /** Replace how messages are understood (tests that need a kind before the parser knows it). */
  parse?: IntakeDeps['parse'];
}

export interface App {
  config: Config;
  db: Knex;
  logger: Logger;
  clock: () => Date;
  policy: Policy;
  catalog: CatalogCache;
  tickets: TicketService;
  intake: IntakeService;
  mailer: Mailer;
  emailWorker: OutboxWorker<OutboundEmail>;
  /** The archive (ARCHIVE_URL) and the layouts the scope of a ticket is computed with. */
  archive: Archive;
  layouts: ArchiveLayouts;
  /** Deletes approved scopes: a durable job runner over the database (src/jobs/executionRunner.ts). */
  executor: ExecutionRunner;
  close(): Promise<void>;
}

export async function buildApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? (config.clockFile ? offsetClock(config.clockFile) : () => new Date());
  const db = await connectDatabase(config, options.schema);
  const policy = policyFrom(config);
  const catalog = new CatalogCache(db, catalogStore);
  const templates = await loadEmailTemplates();
  const tickets = buildTicketService(config, db, catalog, templates, clock, policy, logger);
  // Its worker starts on the first batch long enough to need it (a backlog), never for one file.
  const reader = processReader(logger);
  const intake = new IntakeService({ db, stores: { tickets: ticketStore, messages: messageStore, outbox, heldInserts }, readMessage, reader, isTransientStoreError: isTransientDbError, tickets, catalog, clock, logger, supportAddress: config.supportAddress, legacyArchiveCutoff: config.legacyArchiveCutoff, checkSender: options.checkSender ?? defaultSenderCheck(config), slackEnabled: Boolean(config.slack.botToken), parse: options.parse });
  const mailer = options.mailer ?? defaultMailer(config, clock);
  const emailWorker = buildEmailWorker(config, db, mailer, policy, clock, logger);
  const archive = createArchive(config, logger);
  const layouts: ArchiveLayouts = { archive: config.archiveLayout, space: config.spaceLayout };
  const executor = buildExecutor(config, db, archive, layouts, tickets, catalog, clock, logger);
  return {
    config,
    db,
    logger,
    clock,
    policy,
    catalog,
    tickets,
    intake,
    mailer,
    emailWorker,
    archive,
    layouts,
    executor,
    async close() {
      await (mailer as Mailer).close?.();
      await archive.close();
      await db.destroy();
    },
  };
}

/** Opens the database and brings its schema up to date. */
async function connectDatabase(config: Config, schema: string | undefined): Promise<Knex> {
  const db = createDb(config.databaseUrl, { schema });
  try {
    await migrateLatest(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    // The first contact with the database: a wrong URL, a refused login or a server that is down
    // is named here with the setting to check, instead of surfacing as a driver error.
    throw connectionError('database', config.databaseUrl, error);
  }
  return db;
}

function policyFrom(config: Config): Policy {
  return { graceDays: config.graceDays, purgeSlaDays: config.purgeSlaDays, repliesPerSenderPerHour: config.repliesPerSenderPerHour, customerConfirmation: config.customerConfirmation };
}

function buildTicketService(
  config: Config,
  db: Knex,
  catalog: CatalogCache,
  templates: TemplateSet,
  clock: () => Date,
  policy: Policy,
  logger: Logger,
): TicketService {
  const messageIdDomain = domainOf(config.supportAddress);
  return new TicketService({
    db,
    stores: { tickets: ticketStore, messages: messageStore, audit: auditLog, outbox },
    clock,
    policy,
    supportAddress: config.supportAddress,
    logger,
    slackEnabled: Boolean(config.slack.botToken),
    newMessageId: () => newMessageId(messageIdDomain),
    findWorkspace: async (slug, trx) => findWorkspace((await catalog.get(trx)).catalog, slug),
    catalog: async (trx) => (await catalog.get(trx)).catalog,
    isWriteConflict,
    composeEmail: (template, ticket, data, context) =>
      renderCustomerEmail(templates, template, {
        ticket,
        supportAddress: config.supportAddress,
        productName: config.productName,
        docsUrl: config.docsUrl ?? undefined,
        graceDays: config.graceDays,
        legacyArchiveCutoff: config.legacyArchiveCutoff,
        data,
        workspace: context.workspace,
        replyToSubject: context.originalSubject ?? undefined,
        audience: context.readership.audience,
        hiddenNames: context.readership.hiddenNames,
      }),
  });
}

/** SMTP when SMTP_URL is set, files in OUTBOX_DIR otherwise (independently of IMAP_URL). */
function defaultMailer(config: Config, clock: () => Date): Mailer {
  return config.smtpUrl ? new SmtpMailer({ url: config.smtpUrl, clock, oauth2: config.oauth2, fromName: config.supportName }) : new FileMailer(config.outboxDir, clock, config.supportName);
}

function buildEmailWorker(config: Config, db: Knex, mailer: Mailer, policy: Policy, clock: () => Date, logger: Logger): OutboxWorker<OutboundEmail> {
  return new OutboxWorker<OutboundEmail>({
    db,
    queue: outbox,
    channel: 'email',
    logger,
    clock,
    pollMs: 250,
    deliver: (n) => mailer.send(n.payload),
    release: (now) => heldMail.releaseHeldEmails(db, now, policy.repliesPerSenderPerHour, { slackEnabled: Boolean(config.slack.botToken) }),
    onDelivered: (n) => setOutboundOutcome(db, n.payload.messageId, 'sent'),
    onGiveUp: async (n, error) => {
      await setOutboundOutcome(db, n.payload.messageId, 'failed', error.message);
      // A permanent failure is visible on the ticket (audit) for staff.
      await db.transaction((trx) =>
        auditLog.appendAudit(trx, { ticketId: n.ticketId, actor: 'system:mailer', action: 'email_failed', detail: { to: n.payload.to, template: n.payload.template, error: error.message }, at: clock().toISOString() }),
      );
    },
  });
}

function buildExecutor(
  config: Config,
  db: Knex,
  archive: Archive,
  layouts: ArchiveLayouts,
  tickets: TicketService,
  catalog: CatalogCache,
  clock: () => Date,
  logger: Logger,
): ExecutionRunner {
  return new ExecutionRunner({
    db,
    jobs: jobStore,
    audit: auditLog,
    outbox,
    isTransientStoreError: isTransientDbError,
    archive,
    tickets,
    catalog: async () => (await catalog.get()).catalog,
    layouts,
    clock,
    logger,
    slackEnabled: Boolean(config.slack.botToken),
    concurrency: config.executor.concurrency,
    leaseMs: config.executor.leaseMs,
  });
}

/** Everything `deletion-desk start` runs, until the signal aborts. */
export async function runApp(app: App, signal: AbortSignal, extraRoutes: HttpRoute[] = []): Promise<void> {
  const { config, logger } = app;
  const loops: Promise<void>[] = [];
  await logCatalogSize(app);
  await startIntake(app, signal, loops);
  if (!config.smtpUrl && !isCustomMailer(app)) logger.info({ dir: config.outboxDir }, `local outbox: replies are written to ${config.outboxDir}`);
  loops.push(app.emailWorker.run(signal));
  loops.push(app.executor.run(signal));
  // Slack (issue 5): the card worker, and POST /slack/events or a Socket Mode connection.
  const slack = config.slack.botToken ? buildSlackRuntime(app) : null;
  if (slack) {
    extraRoutes = [...extraRoutes, ...slack.routes];
    loops.push(slack.worker.run(signal));
  }

  const server = await startHttp(app, extraRoutes);
  if (slack) {
    await slack.start();
    signal.addEventListener('abort', () => void slack.stop(), { once: true });
  }
  logger.info({ host: config.http.host, port: server.port }, `HTTP on ${config.http.host} port ${server.port}: /healthz, /metrics${config.http.metricsToken ? ' (bearer token required)' : ''}`);
  loops.push(
    new Promise<void>((resolve) => {
      signal.addEventListener('abort', () => void server.close().then(resolve, resolve), { once: true });
    }),
  );
  const results = await Promise.allSettled(loops);
  for (const r of results) if (r.status === 'rejected') logger.error({ err: toError(r.reason) }, 'a component stopped with an error');
}

async function logCatalogSize(app: App): Promise<void> {
  const { catalog } = await app.catalog.get();
  if (catalog.workspaces.length === 0) {
    app.logger.warn('the catalog is empty: no workspace, source or contact is known, so every request will ask for its workspace. Import one with `deletion-desk catalog import FILE` (see examples/catalog.yaml)');
  } else {
    app.logger.info({ workspaces: catalog.workspaces.length }, 'catalog loaded');
  }
}

/** Starts the intake loop (a maildrop folder without IMAP_URL, the IMAP mailbox with it) and adds it to `loops`. */
async function startIntake(app: App, signal: AbortSignal, loops: Promise<void>[]): Promise<void> {
  const { config, logger } = app;
  if (!config.imapUrl) {
    await fs.mkdir(config.maildropDir, { recursive: true });
    const watcher = new MaildropWatcher({
      dir: config.maildropDir,
      logger,
      receive: (raw, origin) => app.intake.receive(raw, origin),
      onProcessed: () => app.emailWorker.wake(),
    });
    logger.info({ dir: config.maildropDir }, `local intake: drop .eml files into ${config.maildropDir}`);
    loops.push(watcher.run(signal));
  } else {
    const settings = parseImapUrl(config.imapUrl);
    const imap = new ImapIntake({
      settings,
      processedFolder: config.imapProcessedFolder,
      failedFolder: config.imapFailedFolder,
      db: app.db,
      logger,
      clock: app.clock,
      receive: (arrivals) => app.intake.receiveBatch(arrivals),
      readAhead: (arrivals) => app.intake.readAhead(arrivals),
      onProcessed: () => app.emailWorker.wake(),
      accessToken: imapTokens(settings, config),
    });
    logger.info({ host: settings.host, mailbox: settings.mailbox }, `IMAP intake: ${settings.mailbox} on ${settings.host}; handled mail moves to ${config.imapProcessedFolder} (or ${config.imapFailedFolder})`);
    loops.push(imap.run(signal));
  }
}

function buildSlackRuntime(app: App): ReturnType<typeof createSlackRuntime> {
  return createSlackRuntime(app, {
    preview: async (t) => {
      const p = await previewTicket({ archive: app.archive, catalog: (await app.catalog.get()).catalog, layouts: app.layouts }, t, { maxPartitions: 2000 });
      return { ...p.totals, breakdown: p.partitions, truncated: p.truncated };
    },
  });
}

function startHttp(app: App, routes: HttpRoute[]): ReturnType<typeof startHttpServer> {
  const { config } = app;
  return startHttpServer({
    port: config.port,
    host: config.http.host,
    db: app.db,
    logger: app.logger,
    routes,
    metricsToken: config.http.metricsToken,
    limits: { headersTimeoutMs: config.http.headersTimeoutMs, requestTimeoutMs: config.http.requestTimeoutMs, maxInFlight: config.http.maxInFlight },
  });
}

/**
 * Tests only (DELETION_DESK_CLOCK_FILE): the real clock plus the milliseconds written in a file, so a
 * test can move time past a grace period of a process it started. Read on every call: with a cached
 * value, a reply that arrived within the cache window after the test moved the clock was stamped with
 * the old time (seen as a grace period that did not restart in the end-to-end test).
 */
function offsetClock(file: string): () => Date {
  let offset = 0;
  return () => {
    try {
      const value = Number(readFileSync(file, 'utf8').trim());
      if (Number.isFinite(value)) offset = value;
    } catch {
      // A missing file keeps the last offset.
    }
    return new Date(Date.now() + offset);
  };
}

/** Sender checks (DKIM/SPF/DMARC) for mail from a real mailbox; local drops are the operator's own files. */
function defaultSenderCheck(config: Config): CheckSender | undefined {
  if (!config.imapUrl) return undefined;
  return createSenderCheck({ trustedAuthServIds: config.trustedAuthServIds, mta: domainOf(config.supportAddress) });
}

/** OAuth2 for IMAP (`?auth=oauth2`): tokens refreshed from OAUTH2_REFRESH_TOKEN. */
function imapTokens(settings: ReturnType<typeof parseImapUrl>, config: Config): ((renew: boolean) => Promise<string>) | undefined {
  if (!settings.oauth2 || !config.oauth2) return undefined;
  const tokens = new OAuth2Tokens(settings.auth.user, config.oauth2);
  return (renew) => tokens.accessToken(renew);
}

function isCustomMailer(app: App): boolean {
  return !(app.mailer instanceof FileMailer);
}

export { ticketRef };
