/**
 * A whole deletion-desk (buildApp) on a fresh database of one dialect, with temp maildrop/outbox
 * folders, a clock the test controls, and the sample catalog imported.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import { buildApp, type App, type AppOptions } from '../../src/main';
import { silentLogger } from '../../src/logger';
import { importCatalog } from '../../src/adapters/db/catalogStore';
import { readCatalogFile } from '../../src/cli';
import { freshDb, type TestDialect, type TestDb } from './db';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

export class TestClock {
  constructor(public current: Date = new Date('2024-03-12T10:00:00Z')) {}
  now = (): Date => new Date(this.current.getTime());
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  advanceDays(days: number): void {
    this.advance(days * 24 * 60 * 60 * 1000);
  }
}

export interface TestApp {
  app: App;
  clock: TestClock;
  testDb: TestDb;
  dir: string;
  config: Config;
  close(): Promise<void>;
}

export async function testApp(dialect: TestDialect, options: { env?: Record<string, string>; app?: AppOptions; catalog?: string | false } = {}): Promise<TestApp> {
  const testDb = await freshDb(dialect);
  // The app opens its own pool on the same database.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-app-'));
  const config = loadConfig({
    DATABASE_URL: testDb.dialect === 'sqlite' ? testDb.url : process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    MAILDROP_DIR: path.join(dir, 'maildrop'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    ARCHIVE_URL: `file:${path.join(dir, 'archive')}`,
    SUPPORT_ADDRESS: 'deletions@desk.example',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const clock = new TestClock();
  const app = await buildApp(config, { logger: silentLogger, clock: clock.now, schema: testDb.schema, ...options.app });
  if (options.catalog !== false) {
    await importCatalog(app.db, await readCatalogFile(options.catalog ?? path.join(FIXTURES, 'catalog.yaml')), clock.now());
  }
  return {
    app,
    clock,
    testDb,
    dir,
    config,
    async close() {
      await app.close();
      await testDb.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A plain-text email as a customer's client would send it. */
export function email(opts: { from?: string; to?: string; subject?: string; body: string; date?: string; messageId?: string | null; inReplyTo?: string; references?: string; headers?: Record<string, string> }): Buffer {
  counter += 1;
  const lines = [
    `From: ${opts.from ?? 'Ana Lopez <ana@acme.example>'}`,
    `To: ${opts.to ?? 'deletions@desk.example'}`,
    `Subject: ${opts.subject ?? 'Data deletion request'}`,
    `Date: ${opts.date ?? 'Tue, 12 Mar 2024 10:15:00 +0000'}`,
  ];
  if (opts.messageId !== null) lines.push(`Message-ID: <${opts.messageId ?? `t${Date.now()}.${counter}@acme.example`}>`);
  if (opts.inReplyTo) lines.push(`In-Reply-To: <${opts.inReplyTo}>`);
  if (opts.references) lines.push(`References: ${opts.references}`);
  for (const [k, v] of Object.entries(opts.headers ?? {})) lines.push(`${k}: ${v}`);
  lines.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', opts.body);
  return Buffer.from(lines.join('\r\n'));
}
