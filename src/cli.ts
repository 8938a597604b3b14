/**
 * The `deletion-desk` commands (docs/design.md, "Command line"): a registry of command name → module
 * (usage, summary, options, run), and `runCli`, which does for every command what must be done the
 * same way (help, did-you-mean, errors, exit codes). Each command lives in its own module under cli/.
 * `runCli` returns an exit code and writes to the given streams, so it is testable in-process;
 * bin/deletion-desk.js calls it.
 */
import fsSync from 'node:fs';
import path from 'node:path';
import { isAppError, toError } from './errors';
import { didYouMean, optionsOfUsage } from './cli/suggest';
import { packageRoot } from './paths';
import type { CliIo, Command } from './cli/command';
import { startCommand } from './cli/start';
import { migrateCommand } from './cli/migrate';
import { catalogCommand } from './cli/catalog';
import { parseCommand } from './cli/parse';
import { ingestCommand } from './cli/ingest';
import { showCommand, ticketsCommand } from './cli/tickets';
import { inboxCommand, openCommand } from './cli/inbox';
import { previewCommand } from './cli/preview';
import { approveCommand, cancelCommand, confirmCommand, rejectCommand } from './cli/decisions';
import { auditCommand } from './cli/audit';
import { doctorCommand } from './cli/doctor';

export type { CliIo } from './cli/command';
// Tests and the test app read catalog files the way `catalog import` does; `--by` is checked the same everywhere.
export { readCatalogFile } from './cli/catalog';
export { staffBy } from './cli/command';

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

/** Commands, by name, in the order `deletion-desk --help` lists them. */
const commands = new Map<string, Command>([
  ['start', startCommand],
  ['migrate', migrateCommand],
  ['catalog', catalogCommand],
  ['parse', parseCommand],
  ['ingest', ingestCommand],
  ['tickets', ticketsCommand],
  ['show', showCommand],
  ['inbox', inboxCommand],
  ['open', openCommand],
  ['preview', previewCommand],
  ['approve', approveCommand],
  ['confirm', confirmCommand],
  ['reject', rejectCommand],
  ['cancel', cancelCommand],
  ['audit', auditCommand],
  ['doctor', doctorCommand],
]);

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
