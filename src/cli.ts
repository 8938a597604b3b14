/**
 * The `deletion-desk` commands (docs/design.md, "Command line"). `runCli` returns an exit code and writes to the
 * given streams, so it is testable in-process; bin/deletion-desk.js calls it.
 */
import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { DEFAULT_ARCHIVE_URL, loadConfig, type Config } from './config';
import { AppError, isAppError, toError } from './errors';
// The composition root, previews and doctor load Slack, S3, IMAP and SMTP clients: imported lazily,
// so `parse` and the other light commands start fast (esbuild splits them into their own chunks).
import type { App } from './main';
import { createLogger } from './logger';
import { createDb, isMissingSqliteFile, sqlitePath } from './adapters/db/connect';
import { didYouMean, optionsOfUsage } from './cli/suggest';
import { packageRoot } from './paths';
import { connectionError, redactUrl } from './connectionErrors';
import { migrateLatest } from './adapters/db/migrate';
import { importCatalog, loadCatalog } from './adapters/db/catalogStore';
import { verifyAudit, auditForTicket } from './adapters/db/auditLog';
import { heldEmails, messagesWithOutcome, threadOf } from './adapters/db/messageStore';
import { UNANSWERED } from './domain/inbox';
import { validateCatalog } from './domain/catalogFile';
import type { Catalog } from './domain/catalog';
import { indexCatalog, parseRequest } from './domain/parse/index';
import { readMessage } from './adapters/mail/readMessage';
import { isVerified, parseTicketRef, TICKET_STATUSES, type TicketStatus, type Actor } from './domain/ticket';
import { heldLine, parseText, ticketJson, ticketLine, ticketText } from './cli/format';
import { cliStaffId } from './domain/staff';
import { approvalsNeeded } from './domain/policy';
import { archivePurgeNote } from './domain/legacyArchive';
import { findWorkspace } from './domain/catalog';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: Record<string, string | undefined>;
  /**
   * Set by `runCli` from the command's registration: whether the command may create a missing SQLite
   * database. Only commands that set a desk up do; the others say which DATABASE_URL has none.
   */
  mayCreateDatabase?: boolean;
}

/**
 * Whether stdout's reader went away (`deletion-desk tickets | head -1`). The rest of the output is
 * dropped and the command finishes its work (an `ingest` piped into `head` still takes every file in);
 * exit code and stderr are unchanged.
 */
let stdoutClosed = false;

const defaultIo: CliIo = {
  stdout: (line) => {
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  },
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

let epipeHandled = false;
function endQuietlyWhenStdoutCloses(): void {
  if (epipeHandled) return;
  epipeHandled = true;
  // Without a listener, EPIPE on a closed pipe is an unhandled 'error' event: a stack trace and exit 1.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      stdoutClosed = true;
      return;
    }
    throw error;
  });
}

type Handler = (args: string[], io: CliIo) => Promise<number>;

interface Command {
  usage: string;
  summary: string;
  /** More lines for `deletion-desk COMMAND --help`: options and what they do. */
  details?: string[];
  /**
   * The command may create the SQLite database when it is missing (start, migrate, catalog import,
   * ingest: setting a desk up). Every other command, including ones added later, refuses instead, so a
   * mistyped DATABASE_URL never answers "no tickets" from a database made on the spot.
   */
  createsDatabase?: boolean;
  run: Handler;
}

/** Commands, by name. Other modules register theirs (preview, doctor) with `registerCommand`. */
const commands = new Map<string, Command>();

export function registerCommand(name: string, command: Command): void {
  commands.set(name, command);
}

/** The registered commands with the options their usage names (tests walk every one). */
export function registeredCommands(): { name: string; usage: string; createsDatabase: boolean }[] {
  return [...commands].map(([name, c]) => ({ name, usage: c.usage, createsDatabase: c.createsDatabase === true }));
}

/**
 * Runs one command. Everything every command must do the same way lives here, so a command added later
 * gets it without asking: `--help`/`-h` anywhere before `--` prints that command's help and does
 * nothing else; a mistyped command or option gets "did you mean"; errors are one line in the desk's
 * words (the stack only with LOG_LEVEL=debug); a closed stdout ends the output quietly.
 */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  if (io === defaultIo) endQuietlyWhenStdoutCloses();
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`deletion-desk ${packageVersion()}`);
    return 0;
  }
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const about = name === 'help' && rest[0] ? commands.get(rest[0]) : undefined;
    io.stdout(about ? commandHelp(rest[0]!, about) : helpText());
    return name ? 0 : 2;
  }
  const command = commands.get(name);
  if (!command) {
    const hint = name.startsWith('-') ? didYouMean(name, ['--help', '--version']) : didYouMean(name, commands.keys());
    io.stderr(`Unknown command "${name}".${hint}\nRun \`deletion-desk --help\` for the list of commands.`);
    return 2;
  }
  if (asksForHelp(rest)) {
    io.stdout(commandHelp(name, command));
    return 0;
  }
  try {
    return await command.run(rest, { ...io, mayCreateDatabase: command.createsDatabase === true });
  } catch (error) {
    return reportError(name, command, error, io);
  }
}

/** `--help` or `-h` among the arguments, before a `--` that ends the options. */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

const PARSE_ARGS_CODES = new Set(['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL']);

function reportError(name: string, command: Command, error: unknown, io: CliIo): number {
  const debug = (io.env.LOG_LEVEL ?? '').trim().toLowerCase();
  const showStack = debug === 'debug' || debug === 'trace';
  const e = toError(error);
  const code = (e as { code?: string }).code ?? '';
  let exitCode = 1;
  if (isAppError(error)) {
    io.stderr(`${name}: ${error.message}`);
    exitCode = error.code === 'bad_input' ? 2 : 1;
  } else if (PARSE_ARGS_CODES.has(code)) {
    io.stderr(`${name}: ${argumentProblem(e.message, command)}\nusage: deletion-desk ${command.usage}\n(deletion-desk ${name} --help says more)`);
    exitCode = 2;
  } else {
    io.stderr(`${name} failed: ${e.message}`);
  }
  if (showStack) {
    io.stderr(e.stack ?? '');
    if (e.cause) io.stderr(`caused by: ${toError(e.cause).stack ?? String(e.cause)}`);
  }
  return exitCode;
}

/** node:util parseArgs' message, shortened, with the option the user probably meant. */
function argumentProblem(message: string, command: Command): string {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (unknown) {
    const known = optionsOfUsage(command.usage);
    const hint = didYouMean(unknown, known);
    return `unknown option ${unknown}.${hint || (known.length ? ` Options: ${known.join(', ')}.` : ' This command takes no options.')}`;
  }
  return message;
}

function commandHelp(name: string, command: Command): string {
  return [`usage: deletion-desk ${command.usage}`, '', `${command.summary}.`, ...(command.details?.length ? ['', ...command.details] : []), '', '-h, --help  show this help and do nothing else'].join('\n');
}

function packageVersion(): string {
  try {
    return (JSON.parse(fsSync.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
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
    '`deletion-desk COMMAND --help` describes one command; `deletion-desk --version` prints the version.',
    'Configuration comes from environment variables; see README.md.',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

function config(io: CliIo): Config {
  return loadConfig(io.env);
}

async function withApp<T>(io: CliIo, fn: (app: App) => Promise<T>): Promise<T> {
  const cfg = config(io);
  if (!io.mayCreateDatabase) refuseMissingDatabase(cfg);
  const { buildApp } = await import('./main');
  const app = await buildApp(cfg, { logger: createLogger(cfg.logLevel === 'info' ? 'warn' : cfg.logLevel) });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

/** A SQLite DATABASE_URL whose file does not exist: say so instead of creating an empty database. */
function refuseMissingDatabase(cfg: Config): void {
  if (!isMissingSqliteFile(cfg.databaseUrl)) return;
  throw new AppError(
    'not_found',
    `there is no database at ${sqlitePath(cfg.databaseUrl)} (DATABASE_URL=${cfg.databaseUrl}). Check DATABASE_URL; to create a new desk there, run \`deletion-desk migrate\` (or \`deletion-desk start\`).`,
  );
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

/** `--by ID`: required, and a configured staff id (STAFF, or a Slack user id of SLACK_STAFF), in its configured spelling. */
export function staffBy(value: string | undefined, usage: string, io: CliIo): string {
  const cfg = config(io);
  return cliStaffId(requireOption(value, '--by', usage), { staff: cfg.staff, slackStaff: cfg.slack.staff });
}

registerCommand('start', {
  usage: 'start',
  summary: 'run everything configured: intake (IMAP or maildrop), executor, email and Slack notifiers, HTTP server',
  details: ['Stops cleanly on SIGINT/SIGTERM. Configuration: environment variables (README.md, .env.example).'],
  createsDatabase: true,
  run: async (args, io) => {
    if (args.length) throw new AppError('bad_input', `start takes no arguments (got ${args.join(' ')}); configuration comes from environment variables.`);
    const cfg = config(io);
    await prepareArchiveFolder(cfg);
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
    logger.info({ database: redactUrl(cfg.databaseUrl), archive: cfg.archiveUrl, support: cfg.supportAddress }, 'deletion-desk starting');
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
  summary: 'apply database migrations (start does it too); creates the SQLite file if there is none',
  createsDatabase: true,
  run: async (args, io) => {
    if (args.length) throw new AppError('bad_input', `migrate takes no arguments (got ${args.join(' ')}); the database is DATABASE_URL.`);
    const cfg = config(io);
    const db = createDb(cfg.databaseUrl);
    try {
      const applied = await migrateLatest(db).catch((error: unknown) => {
        throw connectionError('database', cfg.databaseUrl, error);
      });
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
  details: ['Re-importing updates the workspaces in the file; others are left alone. A file with any problem is rejected whole.'],
  createsDatabase: true,
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
        // The real clock: a Date header ahead of it is not trusted, and its future days are asked about.
        const result = parseRequest(message, index, { now: new Date() });
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
  createsDatabase: true,
  run: async (args, io) => {
    // parseArgs so that a mistyped option is an error, not a file to read (a file named "-x": ./-x).
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length === 0) throw new AppError('bad_input', 'usage: deletion-desk ingest FILE.eml...');
    return withApp(io, async (app) => {
      let failed = 0;
      for (const file of positionals) {
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
      if (values.workspace) await requireKnownWorkspace(app, values.workspace);
      // One more than asked: tells whether older tickets were left out, without counting them all.
      const list = await app.tickets.list({ status: statuses as TicketStatus[] | undefined, workspace: values.workspace, limit: limit + 1 });
      const more = list.length > limit;
      if (more) list.length = limit;
      const held = countBy((await heldEmails(app.db, list.map((t) => t.id))).map((h) => h.ticketId));
      if (values.json) for (const t of list) io.stdout(JSON.stringify(ticketJson(t, { heldEmails: held.get(t.id) ?? 0 })));
      else if (list.length === 0) io.stdout('no tickets');
      else for (const t of list) io.stdout(ticketLine(t, held.get(t.id) ?? 0));
      // On stderr: with --json, stdout stays one ticket per line.
      if (more) io.stderr(`showing the newest ${limit} tickets; older ones exist (--limit N shows more, --status/--workspace narrow the list)`);
      return 0;
    });
  },
});

/** `--workspace nope` must not answer "no tickets" as if the workspace existed and were quiet. */
async function requireKnownWorkspace(app: App, wanted: string): Promise<void> {
  const { catalog } = await app.catalog.get();
  const needle = wanted.trim().toLowerCase();
  if (catalog.workspaces.some((w) => w.slug === needle || w.id.toLowerCase() === needle)) return;
  const hint = didYouMean(needle, catalog.workspaces.map((w) => w.slug));
  throw new AppError('not_found', `there is no workspace "${wanted}" in the catalog.${hint || (catalog.workspaces.length ? '' : ' The catalog is empty: import one with `deletion-desk catalog import FILE`.')}`);
}

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
      const held = await heldEmails(app.db, [id]);
      const children = t.kind === 'account_purge' ? (await app.tickets.list({ parentId: t.id })).sort((a, b) => a.id - b.id) : [];
      // The legacy archive rule, for archive purges: staff see whether the archive should still exist.
      const archive = archivePurgeNote(t.kind, findWorkspace((await app.catalog.get()).catalog, t.workspace), app.config.legacyArchiveCutoff);
      if (values.json) {
        io.stdout(JSON.stringify({ ...ticketJson(t, { progress, heldEmails: held.length, children }), ...(archive ? { archiveStanding: archive.standing } : {}) }));
        return 0;
      }
      io.stdout(ticketText(t, children));
      const heldNote = heldLine(held);
      if (heldNote) io.stdout(heldNote);
      if (archive) io.stdout(`archive:   ${archive.staff}`);
      if (progress) io.stdout(progressText(progress));
      io.stdout('\nhistory:');
      for (const e of await auditForTicket(app.db, id)) io.stdout(`  ${e.at}  ${e.action.padEnd(14)} ${e.actor}${summarizeDetail(e.detail)}`);
      io.stdout('\nemails:');
      for (const m of await threadOf(app.db, id)) io.stdout(`  ${m.createdAt}  ${m.direction === 'in' ? `from ${m.from ?? '?'}` : `to   ${m.to ?? '?'}`}  ${m.subject ?? ''}  [${m.outcome}]`);
      return 0;
    });
  },
});

registerCommand('inbox', {
  usage: 'inbox [--json]',
  summary: 'mail kept without an answer (spam, non-requests from non-contacts, forwards asking "is this legit?"), newest first',
  run: async (args, io) => {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
    return withApp(io, async (app) => {
      const kept = await messagesWithOutcome(app.db, UNANSWERED);
      if (values.json) {
        for (const m of kept) io.stdout(JSON.stringify({ messageKey: m.messageKey, messageId: m.messageId, from: m.from, subject: m.subject, date: m.date, receivedAt: m.receivedAt, reason: m.reason, ticket: m.ticketId ? `DEL-${m.ticketId}` : null }));
      } else if (kept.length === 0) {
        io.stdout('the inbox is empty: every message was answered or handled');
      } else {
        for (const m of kept) io.stdout(`${m.receivedAt}  ${m.from ?? '?'}  ${JSON.stringify(m.subject ?? '')}  (${m.reason ?? 'unanswered'})${m.ticketId ? ` in the thread of DEL-${m.ticketId}` : ''}\n    key: ${m.messageKey}`);
        io.stdout(`\n${kept.length} message(s). Make one a ticket with: deletion-desk open KEY --by ID`);
      }
      return 0;
    });
  },
});

registerCommand('open', {
  usage: 'open MESSAGE-KEY --by ID',
  summary: 'make a ticket of a message in the inbox, as if its sender had asked (the sender is the requester)',
  run: async (args, io) => {
    const usage = 'open MESSAGE-KEY --by ID';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' } } });
    const key = positionals[0]?.replace(/^<|>$/g, '');
    if (!key || positionals.length > 1) throw new AppError('bad_input', `expected one message key, as \`deletion-desk inbox\` lists it.\nusage: deletion-desk ${usage}`);
    const by = staffBy(values.by, usage, io);
    return withApp(io, async (app) => {
      const t = await app.intake.openUnanswered(key, by);
      await flushEmail(app);
      io.stdout(`opened DEL-${t.id} for ${t.requester} (${t.kind}, ${t.status.replace('_', ' ')}${isVerified(t.verification) ? '' : ', unverified'}); the sender was answered as for any request`);
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
    const by = staffBy(values.by, usage, io);
    return withApp(io, async (app) => {
      const t = await app.tickets.apply(id, { type: 'approve', actor: staff(by), isStaff: true, overrideSpoof: values['override-spoof'] });
      await flushEmail(app);
      const ref = positionals[0]!.toUpperCase();
      io.stdout(
        t.status === 'scheduled'
          ? `${ref} approved by ${by}: scheduled, runs after ${t.runAfter}`
          : t.approvals.length >= approvalsNeeded(t.kind)
            ? `${ref} approved by ${by}: approved; waiting for the customer's confirmation (nothing runs until a contact replies "confirm" or staff waive it)`
            : `${ref} approved by ${by}: ${t.approvals.length} approval(s) so far, another staff member must approve too`,
      );
      return 0;
    });
  },
});

registerCommand('confirm', {
  usage: 'confirm DEL-n --by ID --waive REASON',
  summary: "waive the customer's written confirmation, with a reason (audited, shown on the card)",
  run: async (args, io) => {
    const usage = 'confirm DEL-n --by ID --waive REASON';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, waive: { type: 'string' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = staffBy(values.by, usage, io);
    // Only staff can waive; a customer confirms by replying "confirm" to the email, never through the CLI.
    const reason = requireOption(values.waive, '--waive', `${usage}\n(a contact confirms by replying "confirm" to our email; staff can only waive it, with a reason)`);
    return withApp(io, async (app) => {
      const t = await app.tickets.apply(id, { type: 'waive', actor: staff(by), isStaff: true, reason });
      await flushEmail(app);
      io.stdout(t.status === 'scheduled' ? `DEL-${id}: customer confirmation waived by ${by}; scheduled, runs after ${t.runAfter}` : `DEL-${id}: customer confirmation waived by ${by}; it still needs ${t.status === 'awaiting_approval' ? 'staff approval' : 'the missing details'}`);
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
    const by = staffBy(values.by, usage, io);
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
  usage: 'cancel DEL-n --by ID [--reason TEXT]',
  summary: 'cancel before it runs',
  run: async (args, io) => {
    const usage = 'cancel DEL-n --by ID [--reason TEXT]';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, reason: { type: 'string' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = staffBy(values.by, usage, io);
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
    if (args[0] !== 'verify' || args.length > 1) throw new AppError('bad_input', 'usage: deletion-desk audit verify');
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

function countBy<T>(items: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * A folder archive must exist before the bot runs: with a mistyped ARCHIVE_URL every deletion would
 * "succeed" finding nothing, and the receipt would tell the customer nothing was stored while the data
 * stays where it is. Only the default folder of local mode (the quick start) is created.
 */
async function prepareArchiveFolder(cfg: Config): Promise<void> {
  if (!cfg.archiveUrl.startsWith('file:')) return;
  const { folderPath } = await import('./adapters/archive/createArchive');
  const dir = path.resolve(folderPath(cfg.archiveUrl));
  if (cfg.archiveUrl === DEFAULT_ARCHIVE_URL) {
    await fs.mkdir(dir, { recursive: true });
    return;
  }
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat) throw new AppError('config_invalid', `the archive folder ${dir} does not exist (ARCHIVE_URL=${cfg.archiveUrl}). Check ARCHIVE_URL; the bot does not create it, so that a typo cannot make every deletion find nothing.`);
  if (!stat.isDirectory()) throw new AppError('config_invalid', `ARCHIVE_URL=${cfg.archiveUrl} names ${dir}, which is not a folder. Check ARCHIVE_URL.`);
  await refuseLayoutThatMatchesNothing(cfg, dir);
}

/**
 * An archive that holds data but nothing under the fixed start of ARCHIVE_LAYOUT (`logs/{sourceId}/…`
 * against a folder of `segment-logs/…`) would make every deletion find nothing and report success.
 * An empty archive is a new one and fine.
 */
async function refuseLayoutThatMatchesNothing(cfg: Config, dir: string): Promise<void> {
  const fixed = cfg.archiveLayout.slice(0, cfg.archiveLayout.indexOf('{')).replace(/[^/]*$/, '');
  if (!fixed) return;
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  if (entries.length === 0 || fsSync.existsSync(path.join(dir, fixed))) return;
  throw new AppError(
    'config_invalid',
    `ARCHIVE_LAYOUT=${cfg.archiveLayout} cannot be used with ${dir}: the archive holds ${entries.slice(0, 3).map((e) => `${e}/`).join(', ')}${entries.length > 3 ? ' …' : ''} but nothing under ${fixed}, so every deletion would find nothing. Check ARCHIVE_LAYOUT and ARCHIVE_URL.`,
  );
}
