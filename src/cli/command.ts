/**
 * What every command module shares: the `Command` shape the registry in cli.ts holds, the streams a
 * command writes to (`CliIo`), and the steps several commands take the same way (load the
 * configuration, open the desk, read a ticket id or `--by`, deliver the emails a change queued).
 */
import { AppError } from '../errors';
import { loadConfig, type Config } from '../config';
// The composition root loads Slack, S3, IMAP and SMTP clients: imported lazily (see withApp), so
// `parse` and the other light commands start fast (esbuild splits it into its own chunk).
import type { App } from '../main';
import { createLogger } from '../logger';
import { isMissingSqliteFile, sqlitePath } from '../adapters/db/connect';
import { parseTicketRef, type Actor } from '../domain/ticket';
import { cliStaffId } from '../domain/staff';

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

type Handler = (args: string[], io: CliIo) => Promise<number>;

export interface Command {
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

export function config(io: CliIo): Config {
  return loadConfig(io.env);
}

export async function withApp<T>(io: CliIo, fn: (app: App) => Promise<T>): Promise<T> {
  const cfg = config(io);
  if (!io.mayCreateDatabase) refuseMissingDatabase(cfg);
  const { buildApp } = await import('../main');
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
export async function flushEmail(app: App): Promise<void> {
  while ((await app.emailWorker.tick()) > 0) {
    /* deliver until nothing is due */
  }
}

export function ticketIdArg(value: string | undefined, usage: string): number {
  const id = value ? parseTicketRef(value) : null;
  if (id === null) throw new AppError('bad_input', `expected a ticket id such as DEL-12.\nusage: deletion-desk ${usage}`);
  return id;
}

export function requireOption(value: string | undefined, flag: string, usage: string): string {
  if (!value || !value.trim()) throw new AppError('bad_input', `${flag} is required.\nusage: deletion-desk ${usage}`);
  return value.trim();
}

export const staff = (id: string): Actor => ({ type: 'staff', id });

/** `--by ID`: required, and a configured staff id (STAFF, or a Slack user id of SLACK_STAFF), in its configured spelling. */
export function staffBy(value: string | undefined, usage: string, io: CliIo): string {
  const cfg = config(io);
  return cliStaffId(requireOption(value, '--by', usage), { staff: cfg.staff, slackStaff: cfg.slack.staff });
}
