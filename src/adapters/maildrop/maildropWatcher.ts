/**
 * Local mode intake: `.eml` files dropped into MAILDROP_DIR. Each file is handed to intake, then moved
 * to `processed/` — or to `failed/` with `<name>.reason.txt` beside it. Never deleted.
 *
 * The folder is watched (fs.watch) and also scanned on an interval, because fs.watch misses events on
 * some file systems. A file still being written (modified within `settleMs`) waits for the next scan;
 * writers that can should write elsewhere and rename into the folder.
 * A crash between "committed" and "moved" re-reads the file on restart: intake sees the Message-ID
 * again, answers `duplicate`, and the file is moved then.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../logger';
import { toError } from '../../errors';
import { intakeDisposition } from '../../domain/intake';
import type { IntakeOutcome, ReceiveMail } from '../../ports/mail';
import { sleep } from '../../lib/backoff';

export interface MaildropOptions {
  dir: string;
  receive: ReceiveMail;
  logger: Logger;
  scanMs?: number;
  settleMs?: number;
  onProcessed?: (outcome: IntakeOutcome) => void;
}

export class MaildropWatcher {
  private scanning: Promise<void> | null = null;
  private rescan = false;

  constructor(private readonly options: MaildropOptions) {}

  get processedDir(): string {
    return path.join(this.options.dir, 'processed');
  }

  get failedDir(): string {
    return path.join(this.options.dir, 'failed');
  }

  async run(signal: AbortSignal): Promise<void> {
    await fsp.mkdir(this.processedDir, { recursive: true });
    await fsp.mkdir(this.failedDir, { recursive: true });
    let watcher: fs.FSWatcher | null = null;
    try {
      watcher = fs.watch(this.options.dir, () => void this.scan());
      watcher.on('error', (error) => this.options.logger.warn({ err: error }, 'maildrop watch failed; scanning on a timer only'));
    } catch (error) {
      this.options.logger.warn({ err: toError(error) }, 'cannot watch the maildrop; scanning on a timer only');
    }
    try {
      while (!signal.aborted) {
        await this.scan();
        await sleep(this.options.scanMs ?? 1000, signal);
      }
    } finally {
      watcher?.close();
      await this.scanning;
    }
  }

  /** One pass over the folder; concurrent calls coalesce into one more pass. */
  scan(): Promise<void> {
    if (this.scanning) {
      this.rescan = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      do {
        this.rescan = false;
        await this.scanOnce();
      } while (this.rescan);
    })().finally(() => {
      this.scanning = null;
    });
    return this.scanning;
  }

  private async scanOnce(): Promise<void> {
    let names: string[];
    try {
      names = (await fsp.readdir(this.options.dir)).filter((n) => n.toLowerCase().endsWith('.eml') && !n.startsWith('.')).sort();
    } catch (error) {
      this.options.logger.error({ err: toError(error), dir: this.options.dir }, 'cannot read the maildrop folder');
      return;
    }
    for (const name of names) {
      const file = path.join(this.options.dir, name);
      try {
        const stat = await fsp.stat(file);
        if (!stat.isFile()) continue;
        if (Date.now() - stat.mtimeMs < (this.options.settleMs ?? 150)) {
          this.rescan = true; // still being written; look again shortly
          continue;
        }
        await this.handle(file, name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // moved by another process
        this.options.logger.error({ err: toError(error), file: name }, 'maildrop file not handled; will retry');
      }
    }
  }

  private async handle(file: string, name: string): Promise<void> {
    const raw = await fsp.readFile(file);
    const outcome = await this.options.receive(raw, `maildrop:${name}`);
    const disposition = intakeDisposition(outcome);
    if (disposition === 'retry') {
      // Nothing was recorded (the database is unavailable): leave the file for the next scan.
      this.options.logger.warn({ file: name, reason: outcome.reason }, `${name} left in the maildrop; will retry`);
      return;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = `${stamp}-${name}`;
    if (disposition === 'failed') {
      await fsp.writeFile(path.join(this.failedDir, `${target}.reason.txt`), `${outcome.reason ?? 'unknown reason'}\n`);
      await fsp.rename(file, path.join(this.failedDir, target));
      this.options.logger.warn({ file: name, reason: outcome.reason }, `could not process ${name}; kept in failed/ with the reason`);
    } else {
      await fsp.rename(file, path.join(this.processedDir, target));
      this.options.logger.info({ file: name, outcome: outcome.outcome, ticket: outcome.ticket, reason: outcome.reason }, describe(name, outcome));
    }
    this.options.onProcessed?.(outcome);
  }
}

function describe(name: string, o: IntakeOutcome): string {
  switch (o.outcome) {
    case 'created':
      return `${name}: new request, ticket ${o.ticket}`;
    case 'info':
      return `${name}: reply with details for ${o.ticket}`;
    case 'note':
      return `${name}: message added to ${o.ticket}`;
    case 'status':
      return `${name}: status question answered (${o.ticket})`;
    case 'cancelled':
      return `${name}: cancellation of ${o.ticket}`;
    case 'refused':
      return `${name}: answered without acting (${o.reason})`;
    case 'ignored':
      return `${name}: automated message (${o.reason}); recorded, not answered`;
    case 'duplicate':
      return `${name}: already received earlier; nothing to do`;
    default:
      return `${name}: ${o.outcome}`;
  }
}
