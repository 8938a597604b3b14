/**
 * A counting semaphore: at most `size` holders at once, the others wait in arrival order (first
 * come, first served, so a partition that has waited longest deletes next). A wait ends early, without
 * a slot, when its signal aborts: a shutdown or a lost lease must not queue behind other partitions'
 * requests. Whoever acquires releases in `finally`.
 */
export class Slots {
  private held = 0;
  private readonly waiting: { grant: () => void; signal?: AbortSignal; onAbort: () => void }[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a slot count must be a positive integer, not ${size}`);
  }

  /** Slots held right now. */
  get inUse(): number {
    return this.held;
  }

  /**
   * Resolves with the release function once a slot is free, or with null if the signal aborted first
   * (nothing to release then). The release function is idempotent.
   */
  acquire(signal?: AbortSignal): Promise<(() => void) | null> {
    if (signal?.aborted) return Promise.resolve(null);
    if (this.held < this.size && this.waiting.length === 0) {
      this.held += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const waiter = {
        signal,
        grant: () => resolve(this.releaser()),
        onAbort: () => {
          const i = this.waiting.indexOf(waiter);
          if (i >= 0) this.waiting.splice(i, 1);
          resolve(null);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (!next) {
        this.held -= 1;
        return;
      }
      // The slot passes straight to the next waiter: the count does not change.
      next.signal?.removeEventListener('abort', next.onAbort);
      next.grant();
    };
  }
}
