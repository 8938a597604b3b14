/**
 * Delivers the notification outbox of one channel (email or Slack): claim due rows with a lease,
 * hand each to the channel, mark it sent once the other side accepted it. At least once, and — since
 * an email's Message-ID is fixed when queued and the sent-mark follows acceptance — not twice in
 * normal operation. Only errors marked transient are retried, with backoff and jitter.
 */
import type { Knex } from 'knex';
import type { Logger } from '../logger';
import { isAppError, toError } from '../errors';
import type { Channel, Notification, OutboxQueue } from '../ports/stores';
import { backoffMs, Waiter } from '../lib/backoff';

export interface OutboxWorkerOptions<P> {
  db: Knex;
  /** The outbox rows (adapters/db/outboxStore.ts). */
  queue: OutboxQueue;
  channel: Channel;
  deliver: (notification: Notification<P>) => Promise<void>;
  logger: Logger;
  clock?: () => Date;
  pollMs?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** Called after a notification is marked sent; its errors are logged, never retried (it was sent). */
  onDelivered?: (notification: Notification<P>) => Promise<void>;
  /** Run before each claim: makes rows due that were waiting (mail held by the reply limit). */
  release?: (now: Date) => Promise<number>;
  /** Called once when a notification is given up (permanent error or too many attempts). */
  onGiveUp?: (notification: Notification<P>, error: Error) => Promise<void>;
}

/** An error worth retrying: AppError('transient'), or anything carrying `retryAfterMs`. */
export function retryDelay(error: unknown, attempt: number): number | null {
  const hinted = (error as { retryAfterMs?: unknown })?.retryAfterMs;
  if (typeof hinted === 'number' && hinted >= 0) return hinted;
  if (isAppError(error, 'transient')) return backoffMs(attempt, 2_000, 10 * 60_000);
  return null;
}

export class OutboxWorker<P = Record<string, unknown>> {
  private readonly waiter = new Waiter();
  private readonly clock: () => Date;

  constructor(private readonly options: OutboxWorkerOptions<P>) {
    this.clock = options.clock ?? (() => new Date());
  }

  /** Deliver what is due now; returns how many were handled. Exposed for tests and drills. */
  async tick(): Promise<number> {
    const { db, channel, logger } = this.options;
    if (this.options.release) {
      try {
        const released = await this.options.release(this.clock());
        if (released > 0) logger.info({ channel, released }, 'held mail released: the hour has room again');
      } catch (error) {
        // Releasing is retried at the next poll; it must not stop delivery of what is due.
        logger.warn({ channel, err: toError(error).message }, 'could not release held mail; will retry');
      }
    }
    // One row per claim: its lease then covers one delivery, however slow the server is, so another
    // replica never takes over a row that is still being sent.
    const batch = await this.options.queue.claimNotifications<P>(db, channel, this.clock(), this.options.leaseMs ?? 120_000, 1);
    for (const n of batch) {
      try {
        await this.options.deliver(n);
      } catch (raw) {
        const error = toError(raw);
        const delay = retryDelay(raw, n.attempts);
        const giveUp = delay === null || n.attempts >= (this.options.maxAttempts ?? 12);
        await this.options.queue.markAttemptFailed(db, n.id, error.message, giveUp ? null : new Date(this.clock().getTime() + (delay ?? 0)));
        if (giveUp) {
          logger.error({ notification: n.id, channel, ticket: n.ticketId, err: error }, 'notification failed for good');
          await this.options.onGiveUp?.(n, error).catch((e) => logger.error({ err: toError(e) }, 'could not record a failed notification'));
        } else {
          logger.warn({ notification: n.id, channel, ticket: n.ticketId, attempt: n.attempts, retryInMs: delay, err: error.message }, 'notification will be retried');
        }
        continue;
      }
      // Delivered. A failure to record it is not a failed delivery: the row keeps its lease and is
      // retried after it expires (one resend at most, with the same Message-ID).
      try {
        await this.options.queue.markSent(db, n.id, this.clock());
      } catch (error) {
        logger.error({ notification: n.id, channel, err: toError(error) }, 'delivered, but could not mark it sent; it may be sent once more');
        continue;
      }
      await this.options.onDelivered?.(n).catch((e) => logger.warn({ err: toError(e), notification: n.id }, 'delivered, but could not record it on the message'));
      logger.debug({ notification: n.id, channel, ticket: n.ticketId }, 'notification delivered');
    }
    return batch.length;
  }

  /** Run until the signal aborts. */
  async run(signal: AbortSignal): Promise<void> {
    const pollMs = this.options.pollMs ?? 500;
    while (!signal.aborted) {
      let handled = 0;
      try {
        handled = await this.tick();
      } catch (error) {
        this.options.logger.error({ channel: this.options.channel, err: toError(error) }, 'outbox poll failed; retrying');
      }
      if (handled === 0 && !signal.aborted) await this.waiter.wait(pollMs, signal);
    }
  }

  /** Something was queued: look now instead of at the next poll. */
  wake(): void {
    this.waiter.wake();
  }
}
