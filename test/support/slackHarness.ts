/**
 * The whole bot with Slack over HTTP (or Socket Mode) against the Slack fake, on a fresh database:
 * buildApp + createSlackRuntime as main.ts wires them, the HTTP server on a free port, the card worker.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { loadConfig } from '../../src/config';
import { buildApp, type App } from '../../src/main';
import { silentLogger } from '../../src/logger';
import { importCatalog } from '../../src/adapters/db/catalogStore';
import { validateCatalog } from '../../src/domain/catalogFile';
import { startHttpServer, type HttpServer } from '../../src/adapters/http/httpServer';
import { createSlackRuntime, type SlackRuntime } from '../../src/composition/slack';
import type { PreviewProvider } from '../../src/services/slackCards';
import type { Ticket } from '../../src/domain/ticket';
import type { RequestKind, ParseResult } from '../../src/domain/request';
import { freshDb, type TestDb, type TestDialect } from './db';
import { startSlackFake, type SlackFake } from './slackFake';

export const SIGNING_SECRET = 'test-signing-secret-8f7d6c';
export const CHANNEL = 'C0DESK';
/** UALICE and UBOB are staff by id, UCAROL through the S0STAFF user group; UMALLORY is not staff. */
export const STAFF = 'UALICE,UBOB,S0STAFF';

export interface SlackHarness {
  tdb: TestDb;
  fake: SlackFake;
  app: App;
  slack: SlackRuntime;
  server: HttpServer;
  eventsUrl: string;
  newTicket(kind: RequestKind, scope?: Partial<ParseResult>, options?: { spoofed?: boolean }): Promise<Ticket>;
  close(): Promise<void>;
}

/** `worker: false`: the card worker does not run (tests that deliver notices themselves). */
export async function startSlackHarness(dialect: TestDialect, options: { appToken?: string; socketUrl?: string; env?: Record<string, string>; preview?: PreviewProvider; worker?: boolean } = {}): Promise<SlackHarness> {
  const tdb = await freshDb(dialect);
  const fake = await startSlackFake();
  fake.groups.set('S0STAFF', ['UCAROL']);
  if (options.socketUrl) fake.socketUrl = options.socketUrl;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-slack-'));
  const config = loadConfig({
    DATABASE_URL: tdb.url,
    ARCHIVE_URL: `file:${path.join(dir, 'archive')}`,
    OUTBOX_DIR: path.join(dir, 'outbox'),
    MAILDROP_DIR: path.join(dir, 'maildrop'),
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_APP_TOKEN: options.appToken,
    SLACK_CHANNEL: CHANNEL,
    SLACK_STAFF: STAFF,
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: 'silent',
    // The Slack tests are about staff actions; the customer's confirmation (the other key) has its own
    // tests, and the waiver test here turns it back on with `env`.
    CUSTOMER_CONFIRMATION: 'off',
    ...options.env,
  });
  const app = await buildApp(config, { schema: tdb.schema, logger: silentLogger });
  const catalogYaml = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'catalog.yaml'), 'utf8');
  await importCatalog(app.db, validateCatalog(YAML.parse(catalogYaml)), new Date());
  const slack = createSlackRuntime(app, { pollMs: 20, preview: options.preview });
  const server = await startHttpServer({ port: 0, host: '127.0.0.1', db: app.db, logger: silentLogger, routes: slack.routes });
  const controller = new AbortController();
  const worker = options.worker === false ? Promise.resolve() : slack.worker.run(controller.signal);
  await slack.start();
  return {
    tdb,
    fake,
    app,
    slack,
    server,
    eventsUrl: `http://127.0.0.1:${server.port}/slack/events`,
    newTicket(kind, scope = {}, opts = {}) {
      const parse: ParseResult = { kind, workspace: 'acme-inc', sources: [], space: null, ranges: [], ticket: null, missing: [], ambiguities: [], notes: [], ...scope };
      return app.tickets.create({
        parse,
        requester: 'ana@acme.example',
        createdBy: { type: 'customer', address: 'ana@acme.example' },
        verification: { contact: true, auth: opts.spoofed ? 'fail' : 'pass', spoofSuspected: opts.spoofed ?? false, overriddenBy: null },
        requestedAt: new Date(),
      });
    },
    async close() {
      controller.abort();
      await worker;
      await slack.stop();
      await server.close();
      await app.close();
      await tdb.cleanup();
      await fake.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
