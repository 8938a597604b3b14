/** `deletion-desk start`: runs the desk until SIGINT/SIGTERM, after checking the archive folder it will delete in. */
import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import path from 'node:path';
import { DEFAULT_ARCHIVE_URL, type Config } from '../config';
import { AppError } from '../errors';
import { createLogger } from '../logger';
import { redactUrl } from '../connectionErrors';
import { config, type Command } from './command';

export const startCommand: Command = {
  usage: 'start',
  summary: 'run everything configured: intake (IMAP or maildrop), executor, email and Slack notifiers, HTTP server',
  details: ['Stops cleanly on SIGINT/SIGTERM. Configuration: environment variables (README.md, .env.example).'],
  createsDatabase: true,
  run: async (args, io) => {
    if (args.length) throw new AppError('bad_input', `start takes no arguments (got ${args.join(' ')}); configuration comes from environment variables.`);
    const cfg = config(io);
    await prepareArchiveFolder(cfg);
    const logger = createLogger(cfg.logLevel);
    const { buildApp, runApp } = await import('../main');
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
};

/**
 * A folder archive must exist before the bot runs: with a mistyped ARCHIVE_URL every deletion would
 * "succeed" finding nothing, and the receipt would tell the customer nothing was stored while the data
 * stays where it is. Only the default folder of local mode (the quick start) is created.
 */
async function prepareArchiveFolder(cfg: Config): Promise<void> {
  if (!cfg.archiveUrl.startsWith('file:')) return;
  const { folderPath } = await import('../adapters/archive/createArchive');
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
