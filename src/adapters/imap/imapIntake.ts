/**
 * IMAP intake: new messages in one mailbox → IntakeService, then `\Seen` and a MOVE to the Processed
 * folder (or Failed, when intake could not process the message; the reason is in the messages
 * table). Nothing is ever deleted.
 *
 * Exactly once: intake commits the message row with its effects; the move comes after the commit and
 * the checkpoint after the move. A crash in between leaves the message in the mailbox above the
 * checkpoint; it is read again, intake answers `duplicate`, and it is moved then. A batch (one FETCH,
 * up to 100 messages) is committed by intake in one transaction, so a crash before that commit
 * leaves the whole batch unrecorded and above the checkpoint, and one after it leaves the whole batch
 * recorded: read again, every message of it is a duplicate. A message intake could not record at all
 * (the database is down; `intakeDisposition` says `retry`) stops the batch there: it and the
 * messages after it stay in the mailbox, unflagged, and the checkpoint stays below it.
 *
 * New mail is noticed with IDLE (RFC 2177) through imapflow's `exists` event; imapflow polls with
 * NOOP when the server lacks IDLE, and so do we, on a timer. A dropped connection, a server restart
 * or a network cut ends the session; the next one starts after a backoff and catches up from the
 * checkpoint. As imapflow's documentation requires, no command is issued inside a fetch loop (UIDs
 * and sizes are collected first, sources batch by batch), a `false` result is a failure, and the
 * mailbox lock is released in `finally`.
 */
import { ImapFlow } from 'imapflow';
import type { Knex } from 'knex';
import type { Logger } from '../../logger';
import { AppError, toError } from '../../errors';
import { intakeDisposition } from '../../domain/intake';
import type { Arrival, IntakeOutcome, ReceiveMailBatch } from '../../ports/mail';
import { backoffMs, sleep } from '../../lib/backoff';
import { batches, newMessages, planScan, uidSet, type Checkpoint } from './cursor';
import { aloneOnMailbox, getCheckpoint, saveCheckpoint } from './checkpointStore';
import type { ImapSettings } from './imapUrl';

export interface ImapIntakeOptions {
  settings: ImapSettings;
  processedFolder: string;
  failedFolder: string;
  db: Knex;
  /** Intake of one batch, in UID order: one outcome per message, committed before it returns. */
  receive: ReceiveMailBatch;
  /**
   * Told of the next batch, fetched while the current one is received, so that it can start reading
   * it (services/intake.ts `readAhead`); `receive` is then called with these very arrivals.
   */
  readAhead?: (arrivals: Arrival[]) => void;
  logger: Logger;
  clock?: () => Date;
  onProcessed?: (outcome: IntakeOutcome) => void;
  /** Poll interval when the server has no IDLE (and a safety re-check interval when it has). */
  pollMs?: number;
  reconnectBaseMs?: number;
  reconnectCapMs?: number;
  /** Called after each pass over the mailbox (tests, benchmarks). */
  onPass?: () => void;
  /**
   * OAuth2 (IMAP_URL `?auth=oauth2`): a fresh access token for each connection; `renew` after the
   * server refused the last one (revoked or expired early).
   */
  accessToken?: (renew: boolean) => Promise<string>;
}

const BATCH_COUNT = 100;

/** One FETCH of full sources: the UIDs asked for, those still there, and what intake is handed. */
interface FetchedBatch {
  uids: number[];
  present: number[];
  arrivals: Arrival[];
}
const BATCH_BYTES = 20 * 1024 * 1024;
/** How soon a replica that found the mailbox taken by another looks again. */
const SKIPPED_PASS_RETRY_MS = 30_000;

export class ImapIntake {
  private readonly log: Logger;
  private readonly clock: () => Date;
  private wakeUp: (() => void) | null = null;
  private pending = false;
  /** Sessions started (tests observe reconnects through it). */
  sessions = 0;
  private renewToken = false;

  constructor(private readonly options: ImapIntakeOptions) {
    this.log = options.logger.child({ mailbox: options.settings.mailbox });
    this.clock = options.clock ?? (() => new Date());
  }

  /** Run until the signal aborts, reconnecting with backoff and jitter. */
  async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      const started = Date.now();
      try {
        await this.session(signal);
      } catch (error) {
        if (signal.aborted) break;
        // A session that ran for a while was healthy: start the backoff over.
        failures = Date.now() - started > 60_000 ? 1 : failures + 1;
        const delay = backoffMs(failures, this.options.reconnectBaseMs ?? 500, this.options.reconnectCapMs ?? 60_000);
        if ((error as { authenticationFailed?: boolean }).authenticationFailed) this.renewToken = true;
        this.log.warn({ err: toError(error).message, retryInMs: delay, attempt: failures }, 'IMAP connection lost or refused (check IMAP_URL if it persists); reconnecting');
        await sleep(delay, signal);
      }
    }
  }

  private async session(signal: AbortSignal): Promise<void> {
    const { settings } = this.options;
    this.sessions += 1;
    const auth = this.options.accessToken ? { user: settings.auth.user, accessToken: await this.options.accessToken(this.renewToken) } : settings.auth;
    this.renewToken = false;
    const client = new ImapFlow({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth,
      logger: false,
      // IDLE soon after the last command, so a new message is seen within a second; our passes issue
      // their commands back to back, so this rarely costs an extra IDLE/DONE round trip.
      autoIdleDelay: 100,
      // RFC 2177: re-issue IDLE well before the 30-minute server timeout.
      maxIdleTime: 5 * 60_000,
      // Fail a dead connection (network cut without RST) within a minute, not five.
      socketTimeout: 90_000,
      missingIdleCommand: 'NOOP',
    });
    let closed = false;
    client.on('error', (error: Error) => this.log.warn({ err: error.message }, 'IMAP error'));
    client.on('close', () => {
      closed = true;
      this.wake();
    });
    client.on('exists', () => {
      this.pending = true;
      this.wake();
    });
    const onAbort = () => this.wake();
    signal.addEventListener('abort', onAbort);
    try {
      await client.connect();
      const idle = client.capabilities.has('IDLE');
      this.log.info({ host: settings.host, idle }, idle ? 'IMAP connected; waiting for mail with IDLE' : `IMAP connected; the server has no IDLE, polling every ${(this.options.pollMs ?? 15_000) / 1000}s`);
      await this.ensureFolders(client);
      while (!signal.aborted && !closed) {
        this.pending = false;
        const alone = await aloneOnMailbox(this.options.db, settings.key, () => this.pass(client, signal));
        if (!alone) this.log.debug('another replica is taking in this mailbox; looking again later');
        this.options.onPass?.();
        if ((this.pending && alone) || signal.aborted || closed) continue;
        // With IDLE the timer is only a safety net (a lost notification); without it, it is the poll.
        // After a pass left to another replica, look again soon in case that replica stopped midway.
        const pollMs = this.options.pollMs ?? 15_000;
        await this.waitForWork(!alone ? Math.min(pollMs, SKIPPED_PASS_RETRY_MS) : idle ? 5 * 60_000 : pollMs, signal);
      }
      if (closed && !signal.aborted) throw new AppError('transient', 'the IMAP server closed the connection');
    } finally {
      signal.removeEventListener('abort', onAbort);
      if (!closed) await client.logout().catch(() => client.close());
    }
  }

  private wake(): void {
    this.wakeUp?.();
  }

  /** Until new mail is announced, the connection closes, the signal aborts or `ms` pass. */
  private async waitForWork(ms: number, signal: AbortSignal): Promise<void> {
    const timer = new AbortController();
    const onAbort = () => timer.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        void sleep(ms, timer.signal).then(resolve);
      });
    } finally {
      this.wakeUp = null;
      timer.abort(); // ends the sleep and removes its listener
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** Processed and Failed folders, created if missing. */
  private async ensureFolders(client: ImapFlow): Promise<void> {
    const existing = new Set((await client.list()).map((m) => m.path));
    for (const folder of [this.options.processedFolder, this.options.failedFolder]) {
      if (existing.has(folder)) continue;
      const created = await client.mailboxCreate(folder).catch((error: { serverResponseCode?: string }) => {
        if (error?.serverResponseCode === 'ALREADYEXISTS') return null; // created meanwhile by another replica
        throw error;
      });
      if (created) this.log.info({ folder }, `created IMAP folder ${folder}`);
    }
  }

  /** Take in everything above the checkpoint. */
  private async pass(client: ImapFlow, signal: AbortSignal): Promise<void> {
    const { settings, db } = this.options;
    const lock = await client.getMailboxLock(settings.mailbox);
    try {
      if (!client.mailbox) throw new AppError('transient', `mailbox ${settings.mailbox} is not open`);
      const uidValidity = String(client.mailbox.uidValidity);
      const plan = planScan(await getCheckpoint(db, settings.key), uidValidity);
      if (plan.reset === 'uidvalidity_changed') {
        this.log.warn({ uidValidity }, 'UIDVALIDITY changed: reading the whole mailbox again (already received messages are recognised by Message-ID)');
      }
      if (plan.reset) await saveCheckpoint(db, settings.key, plan.checkpoint, this.clock());
      // Collect first, act after: no command while a FETCH is streaming.
      const listed = await client.fetchAll(`${plan.fromUid}:*`, { uid: true, size: true }, { uid: true });
      const todo = newMessages(listed.map((m) => ({ uid: m.uid, size: m.size ?? 0 })), plan.fromUid);
      if (todo.length > 0) this.log.debug({ count: todo.length, fromUid: plan.fromUid }, 'new messages');
      let checkpoint: Checkpoint = plan.checkpoint;
      const uidBatches = batches(todo, BATCH_COUNT, BATCH_BYTES).map((batch) => batch.map((m) => m.uid));
      let next = uidBatches.length > 0 ? await this.fetchBatch(client, uidBatches[0]!, checkpoint) : null;
      for (let i = 0; next && i < uidBatches.length; i++) {
        if (signal.aborted) return;
        const current = next;
        const received = this.options.receive(current.arrivals);
        // The next batch's FETCH goes out while this one is taken in (intake issues no IMAP command),
        // and intake starts reading it; the move of this batch waits for both, so no other command is
        // issued while that FETCH streams.
        const following = (i + 1 < uidBatches.length ? this.fetchBatch(client, uidBatches[i + 1]!, checkpoint) : Promise.resolve(null)).then(
          (batch) => {
            if (batch) this.options.readAhead?.(batch.arrivals);
            return { batch };
          },
          (error: unknown) => ({ batch: null, error }),
        );
        const outcomes = await received.catch(async (error: unknown) => {
          await following;
          throw error;
        });
        const fetched = await following;
        checkpoint = await this.settle(client, current, outcomes, checkpoint);
        // A failed FETCH ends the pass once the batch before it is filed, as it would have without read-ahead.
        if ('error' in fetched) throw fetched.error;
        next = fetched.batch;
      }
    } finally {
      lock.release();
    }
  }

  /** The sources of one batch, as intake receives them (a message expunged since it was listed is left out). */
  private async fetchBatch(client: ImapFlow, uids: number[], checkpoint: Checkpoint): Promise<FetchedBatch> {
    const { settings } = this.options;
    const fetched = await client.fetchAll(uidSet(uids), { uid: true, source: true }, { uid: true });
    const sources = new Map(fetched.map((m) => [m.uid, m.source] as const));
    const present = uids.filter((uid) => sources.has(uid));
    return { uids, present, arrivals: present.map((uid) => ({ raw: sources.get(uid)!, origin: `imap:${settings.mailbox}:${checkpoint.uidValidity}:${uid}` })) };
  }

  /** One batch received: mark and move each message by its outcome, advance the checkpoint. */
  private async settle(client: ImapFlow, batch: FetchedBatch, outcomes: IntakeOutcome[], checkpoint: Checkpoint): Promise<Checkpoint> {
    const { settings, processedFolder, failedFolder } = this.options;
    const { uids, present } = batch;
    const sources = new Set(present);
    const processed: number[] = [];
    const failed: number[] = [];
    let stopped: Error | null = null;
    for (const [i, uid] of present.entries()) {
      const outcome = outcomes[i]!;
      const disposition = intakeDisposition(outcome);
      if (disposition === 'retry') {
        // Nothing was recorded (database down): keep the message where it is and try again later
        // instead of filing a good request under Failed; the ones after it wait with it.
        stopped = new AppError('transient', `message UID ${uid} could not be recorded: ${outcome.reason ?? 'unknown reason'}`);
        break;
      }
      (disposition === 'failed' ? failed : processed).push(uid);
      if (disposition === 'failed') this.log.warn({ uid, reason: outcome.reason }, `message UID ${uid} could not be processed; moved to ${failedFolder}`);
      else this.log.info({ uid, outcome: outcome.outcome, ticket: outcome.ticket }, 'message taken in');
      this.options.onProcessed?.(outcome);
    }
    await this.markAndMove(client, processed, processedFolder);
    await this.markAndMove(client, failed, failedFolder);
    // The checkpoint only passes messages that are moved out: the first one not handled stops it.
    const done = new Set([...processed, ...failed]);
    let lastUid = checkpoint.lastUid;
    for (const uid of uids) {
      if (!done.has(uid) && sources.has(uid)) break;
      lastUid = uid;
    }
    const next = { uidValidity: checkpoint.uidValidity, lastUid };
    if (lastUid !== checkpoint.lastUid) await saveCheckpoint(this.options.db, settings.key, next, this.clock());
    if (stopped) throw stopped;
    return next;
  }

  private async markAndMove(client: ImapFlow, uids: number[], folder: string): Promise<void> {
    if (uids.length === 0) return;
    const range = uidSet(uids);
    if (!(await client.messageFlagsAdd(range, ['\\Seen'], { uid: true }))) throw new AppError('transient', `could not mark UIDs ${range} as seen`);
    if (!client.capabilities.has('MOVE') && !client.capabilities.has('UIDPLUS')) {
      // imapflow's MOVE fallback would EXPUNGE every \Deleted message of the mailbox, including
      // messages a person flagged. Copy instead and leave the original (the checkpoint is past it).
      if (!(await client.messageCopy(range, folder, { uid: true }))) throw new AppError('transient', `could not copy UIDs ${range} to ${folder}`);
      return;
    }
    if (!(await client.messageMove(range, folder, { uid: true }))) throw new AppError('transient', `could not move UIDs ${range} to ${folder}`);
  }
}
