/**
 * The `deletion-desk` commands (DESIGN.md section 3). `runCli` returns an exit code and writes to the
 * given streams, so it is testable in-process; bin/deletion-desk.js calls it.
 */
import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { loadConfig, type Config } from './config';
import { AppError, isAppError, toError } from './errors';
// The composition root, previews and doctor load Slack, S3, IMAP and SMTP clients: imported lazily,
// so `parse` and the other light commands start fast (esbuild splits them into their own chunks).
import type { App } from './main';
import { createLogger } from './logger';
import { createDb, sqlitePath } from './adapters/db/connect';
import { migrateLatest } from './adapters/db/migrate';
import { importCatalog, loadCatalog } from './adapters/db/catalogStore';
import { verifyAudit, auditForTicket } from './adapters/db/auditLog';
import { threadOf } from './adapters/db/messageStore';
import { validateCatalog } from './domain/catalogFile';
import type { Catalog } from './domain/catalog';
import { indexCatalog, parseRequest } from './domain/parse/index';
import { readMessage } from './adapters/mail/readMessage';
import { parseTicketRef, TICKET_STATUSES, type TicketStatus, type Actor } from './domain/ticket';
import { parseText, ticketJson, ticketLine, ticketText } from './cli/format';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: Record<string, string | undefined>;
}

const defaultIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

type Handler = (args: string[], io: CliIo) => Promise<number>;

interface Command {
  usage: string;
  summary: string;
  run: Handler;
}

/** Commands, by name. Other modules register theirs (preview, doctor) with `registerCommand`. */
const commands = new Map<string, Command>();

export function registerCommand(name: string, command: Command): void {
  commands.set(name, command);
}

export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return name ? 0 : 2;
  }
  const command = commands.get(name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isAppError(error)) {
      io.stderr(`${name}: ${error.message}`);
      return error.code === 'bad_input' ? 2 : 1;
    }
    const e = toError(error);
    if ((e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (e as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      io.stderr(`${name}: ${e.message}\nusage: deletion-desk ${command.usage}`);
      return 2;
    }
    io.stderr(`${name} failed: ${e.message}`);
    return 1;
  }
}

function helpText(): string {
  const width = Math.max(...[...commands.values()].map((c) => c.usage.length));
  return [
    'deletion-desk — the data-deletion desk bot',
    '',
    'usage: deletion-desk <command> [options]',
    '',
    ...[...commands.values()].map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from environment variables; see README.md.',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

function config(io: CliIo): Config {
  return loadConfig(io.env);
}

async function withApp<T>(io: CliIo, fn: (app: App) => Promise<T>): Promise<T> {
  const cfg = config(io);
  const { buildApp } = await import('./main');
  const app = await buildApp(cfg, { logger: createLogger(cfg.logLevel === 'info' ? 'warn' : cfg.logLevel) });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

/** After a change from the shell, deliver the emails it queued (the running bot would, too). */
async function flushEmail(app: App): Promise<void> {
  while ((await app.emailWorker.tick()) > 0) {
    /* deliver until nothing is due */
  }
}

function ticketIdArg(value: string | undefined, usage: string): number {
  const id = value ? parseTicketRef(value) : null;
  if (id === null) throw new AppError('bad_input', `expected a ticket id such as DEL-12.\nusage: deletion-desk ${usage}`);
  return id;
}

function requireOption(value: string | undefined, flag: string, usage: string): string {
  if (!value || !value.trim()) throw new AppError('bad_input', `${flag} is required.\nusage: deletion-desk ${usage}`);
  return value.trim();
}

const staff = (id: string): Actor => ({ type: 'staff', id });

registerCommand('start', {
  usage: 'start',
  summary: 'run everything configured: intake (IMAP or maildrop), executor, email and Slack notifiers, HTTP server',
  run: async (_args, io) => {
    const cfg = config(io);
    const logger = createLogger(cfg.logLevel);
    const { buildApp, runApp } = await import('./main');
    const app = await buildApp(cfg, { logger });
    const controller = new AbortController();
    const stop = (sig: string) => {
      if (controller.signal.aborted) return;
      logger.info({ signal: sig }, 'stopping: finishing the current step, then exiting');
      controller.abort();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    logger.info({ database: redact(cfg.databaseUrl), archive: cfg.archiveUrl, support: cfg.supportAddress }, 'deletion-desk starting');
    try {
      await runApp(app, controller.signal);
    } finally {
      await app.close();
      logger.info('stopped');
    }
    return 0;
  },
});

registerCommand('migrate', {
  usage: 'migrate',
  summary: 'apply database migrations (start does it too)',
  run: async (_args, io) => {
    const cfg = config(io);
    const db = createDb(cfg.databaseUrl);
    try {
      const applied = await migrateLatest(db);
      io.stdout(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    } finally {
      await db.destroy();
    }
    return 0;
  },
});

registerCommand('catalog', {
  usage: 'catalog import FILE',
  summary: 'load workspaces, sources, spaces and contacts from YAML or JSON',
  run: async (args, io) => {
    const [sub, file, ...extra] = args;
    if (sub !== 'import' || !file || extra.length) throw new AppError('bad_input', 'usage: deletion-desk catalog import FILE');
    const catalog = await readCatalogFile(file);
    return withApp(io, async (app) => {
      const s = await importCatalog(app.db, catalog, app.clock());
      io.stdout(`imported ${s.workspaces} workspaces (${s.created} new, ${s.updated} updated), ${s.sources} sources, ${s.spaces} spaces, ${s.contacts} contacts`);
      return 0;
    });
  },
});

export async function readCatalogFile(file: string): Promise<Catalog> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('bad_input', `cannot read ${file}: ${toError(error).message}`);
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new AppError('catalog_invalid', `${file} is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (nothing imported): ${toError(error).message}`);
  }
  return validateCatalog(data);
}

registerCommand('parse', {
  usage: 'parse [--json] [--catalog FILE] FILE.eml...',
  summary: 'show what the bot understands from messages, without side effects',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, catalog: { type: 'string' } } });
    if (positionals.length === 0) throw new AppError('bad_input', 'usage: deletion-desk parse [--json] [--catalog FILE] FILE.eml...');
    const catalog = values.catalog ? await readCatalogFile(values.catalog) : await readCatalogWithoutWriting(io);
    const index = indexCatalog(catalog);
    let failures = 0;
    for (const file of positionals) {
      try {
        const message = await readMessage(await fs.readFile(file));
        const result = parseRequest(message, index);
        io.stdout(values.json ? JSON.stringify({ file, ...result }) : `${parseText(file, result)}\n`);
      } catch (error) {
        failures += 1;
        const reason = toError(error).message;
        if (values.json) io.stdout(JSON.stringify({ file, error: reason }));
        io.stderr(`${file}: cannot be parsed: ${reason}`);
      }
    }
    return failures ? 1 : 0;
  },
});

/** The catalog from the database, read-only: a missing database is an empty catalog, not a new file. */
async function readCatalogWithoutWriting(io: CliIo): Promise<Catalog> {
  const cfg = config(io);
  if (cfg.databaseUrl.startsWith('sqlite') && !fsSync.existsSync(sqlitePath(cfg.databaseUrl))) {
    io.stderr('note: no database yet, so the catalog is empty (import one with `deletion-desk catalog import FILE`, or pass --catalog FILE)');
    return { workspaces: [] };
  }
  const db = createDb(cfg.databaseUrl);
  try {
    if (!(await db.schema.hasTable('workspaces'))) return { workspaces: [] };
    return await loadCatalog(db);
  } finally {
    await db.destroy();
  }
}

registerCommand('ingest', {
  usage: 'ingest FILE.eml...',
  summary: 'take messages in exactly as if they had arrived by email',
  run: async (args, io) => {
    if (args.length === 0) throw new AppError('bad_input', 'usage: deletion-desk ingest FILE.eml...');
    return withApp(io, async (app) => {
      let failed = 0;
      for (const file of args) {
        let raw: Buffer;
        try {
          raw = await fs.readFile(file);
        } catch (error) {
          io.stderr(`${file}: cannot read: ${toError(error).message}`);
          failed += 1;
          continue;
        }
        const o = await app.intake.receive(raw, `cli:${path.basename(file)}`);
        if (o.outcome === 'failed') failed += 1;
        io.stdout(`${file}: ${o.outcome}${o.ticket ? ` ${o.ticket}` : ''}${o.reason ? ` (${o.reason})` : ''}`);
      }
      await flushEmail(app);
      return failed ? 1 : 0;
    });
  },
});

/** A desk after years holds tens of thousands of tickets: the listing shows the newest by default. */
const TICKETS_DEFAULT_LIMIT = 200;

registerCommand('tickets', {
  usage: 'tickets [--status S] [--workspace SLUG] [--limit N] [--json]',
  summary: `list tickets, newest first (the newest ${TICKETS_DEFAULT_LIMIT}; --limit N for more)`,
  run: async (args, io) => {
    const { values } = parseArgs({ args, options: { status: { type: 'string' }, workspace: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } } });
    const limit = values.limit === undefined ? TICKETS_DEFAULT_LIMIT : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new AppError('bad_input', `--limit must be a whole number of tickets, 1 or more (got "${values.limit}")`);
    const statuses = values.status ? values.status.split(',').map((s) => s.trim()) : undefined;
    for (const s of statuses ?? []) {
      if (!(TICKET_STATUSES as readonly string[]).includes(s)) throw new AppError('bad_input', `unknown status "${s}": expected one of ${TICKET_STATUSES.join(', ')}`);
    }
    return withApp(io, async (app) => {
      // One more than asked: tells whether older tickets were left out, without counting them all.
      const list = await app.tickets.list({ status: statuses as TicketStatus[] | undefined, workspace: values.workspace, limit: limit + 1 });
      const more = list.length > limit;
      if (more) list.length = limit;
      if (values.json) for (const t of list) io.stdout(JSON.stringify(ticketJson(t)));
      else if (list.length === 0) io.stdout('no tickets');
      else for (const t of list) io.stdout(ticketLine(t));
      // On stderr: with --json, stdout stays one ticket per line.
      if (more) io.stderr(`showing the newest ${limit} tickets; older ones exist (--limit N shows more, --status/--workspace narrow the list)`);
      return 0;
    });
  },
});

registerCommand('show', {
  usage: 'show DEL-n [--json]',
  summary: 'one ticket with its history',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const id = ticketIdArg(positionals[0], 'show DEL-n [--json]');
    return withApp(io, async (app) => {
      const t = await app.tickets.get(id);
      const { executionProgress, progressText } = await import('./services/executorProgress');
      const progress = await executionProgress(app, id);
      if (values.json) {
        io.stdout(JSON.stringify(ticketJson(t, { progress })));
        return 0;
      }
      io.stdout(ticketText(t));
      if (progress) io.stdout(progressText(progress));
      io.stdout('\nhistory:');
      for (const e of await auditForTicket(app.db, id)) io.stdout(`  ${e.at}  ${e.action.padEnd(14)} ${e.actor}${summarizeDetail(e.detail)}`);
      io.stdout('\nemails:');
      for (const m of await threadOf(app.db, id)) io.stdout(`  ${m.createdAt}  ${m.direction === 'in' ? `from ${m.from ?? '?'}` : `to   ${m.to ?? '?'}`}  ${m.subject ?? ''}  [${m.outcome}]`);
      return 0;
    });
  },
});

registerCommand('preview', {
  usage: 'preview DEL-n [--json]',
  summary: 'what the ticket would delete: partitions, objects, bytes',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const id = ticketIdArg(positionals[0], 'preview DEL-n [--json]');
    return withApp(io, async (app) => {
      const t = await app.tickets.get(id);
      const { previewTicket, previewText } = await import('./services/preview');
      const preview = await previewTicket({ archive: app.archive, catalog: (await app.catalog.get()).catalog, layouts: app.layouts }, t);
      io.stdout(values.json ? JSON.stringify({ id: `DEL-${id}`, ...preview }) : previewText(`DEL-${id}`, preview));
      return 0;
    });
  },
});

function summarizeDetail(detail: Record<string, unknown>): string {
  const keys = ['reason', 'runAfter', 'error', 'changes', 'summary'].filter((k) => detail[k] !== undefined && detail[k] !== null);
  return keys.length ? `  ${keys.map((k) => `${k}: ${Array.isArray(detail[k]) ? (detail[k] as unknown[]).join('; ') : String(detail[k])}`).join(', ')}` : '';
}

registerCommand('approve', {
  usage: 'approve DEL-n --by ID [--override-spoof]',
  summary: 'approve as staff member ID',
  run: async (args, io) => {
    const usage = 'approve DEL-n --by ID [--override-spoof]';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, 'override-spoof': { type: 'boolean' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = requireOption(values.by, '--by', usage);
    return withApp(io, async (app) => {
      const t = await app.tickets.apply(id, { type: 'approve', actor: staff(by), isStaff: true, overrideSpoof: values['override-spoof'] });
      await flushEmail(app);
      io.stdout(t.status === 'scheduled' ? `${positionals[0]!.toUpperCase()} approved by ${by}: scheduled, runs after ${t.runAfter}` : `${positionals[0]!.toUpperCase()} approved by ${by}: ${t.approvals.length} approval(s) so far, another staff member must approve too`);
      return 0;
    });
  },
});

registerCommand('reject', {
  usage: 'reject DEL-n --by ID --reason TEXT',
  summary: 'reject; the reason is sent to the customer',
  run: async (args, io) => {
    const usage = 'reject DEL-n --by ID --reason TEXT';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, reason: { type: 'string' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = requireOption(values.by, '--by', usage);
    const reason = requireOption(values.reason, '--reason', usage);
    return withApp(io, async (app) => {
      await app.tickets.apply(id, { type: 'reject', actor: staff(by), isStaff: true, reason });
      await flushEmail(app);
      io.stdout(`DEL-${id} rejected by ${by}; the customer is told why`);
      return 0;
    });
  },
});

registerCommand('cancel', {
  usage: 'cancel DEL-n --by ID',
  summary: 'cancel before it runs',
  run: async (args, io) => {
    const usage = 'cancel DEL-n --by ID';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, reason: { type: 'string' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = requireOption(values.by, '--by', usage);
    return withApp(io, async (app) => {
      await app.tickets.apply(id, { type: 'cancel', actor: staff(by), isStaff: true, isContact: false, reason: values.reason });
      await flushEmail(app);
      io.stdout(`DEL-${id} cancelled by ${by}; the customer is told`);
      return 0;
    });
  },
});

registerCommand('audit', {
  usage: 'audit verify',
  summary: 'check that no audit entry was edited or deleted',
  run: async (args, io) => {
    if (args[0] !== 'verify') throw new AppError('bad_input', 'usage: deletion-desk audit verify');
    return withApp(io, async (app) => {
      const result = await verifyAudit(app.db);
      if (result.ok) {
        io.stdout(`audit log intact: ${result.entries} entries, hash chain verified`);
        return 0;
      }
      io.stderr(`audit log damaged (${result.entries} entries checked):`);
      for (const p of result.problems) io.stderr(`  - ${p}`);
      return 1;
    });
  },
});

registerCommand('doctor', {
  usage: 'doctor',
  summary: 'check the database, IMAP, SMTP and archive connections and say what is wrong',
  run: async (_args, io) => {
    const { runDoctor } = await import('./services/doctor');
    const checks = await runDoctor(config(io));
    const label = { ok: 'ok', warn: 'WARN', fail: 'FAIL', skip: 'skip' } as const;
    for (const c of checks) io.stdout(`${c.name.padEnd(9)} ${label[c.status].padEnd(5)} ${c.detail}`);
    const failed = checks.filter((c) => c.status === 'fail');
    if (failed.length) io.stderr(`doctor: ${failed.map((c) => c.name).join(', ')} not working (see above)`);
    return failed.length ? 1 : 0;
  },
});

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
