/**
 * Group commit: writes that arrive while one batch is being written wait and go together in the next
 * one (one transaction for many partitions instead of one each). A write that finds none in progress
 * goes as soon as the code that asked for it yields (writes asked for in the same synchronous run
 * join it); under load, batches grow by themselves.
 */
export class GroupCommit<T, R> {
  private queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private writing = false;
  private idleWaiters: (() => void)[] = [];

  /**
   * `write` gets the items in arrival order and returns one result per item, in the same order.
   * `yieldTo`, if given, is awaited before each batch is taken: writes that arrive meanwhile join it.
   */
  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly maxBatch = 200,
    private readonly yieldTo?: () => Promise<void>,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        // Not setImmediate: that waited for every other callback of the loop's turn. At the start of a
        // purge, sixteen listings answer together, and the first partition's inventory (which its
        // DeleteObjects waits for, with every slot idle) was not even sent to the database before all
        // sixteen pages were read; now it is on the database's thread while they are. The others join
        // the next batch, written while this one is.
        queueMicrotask(() => void this.flush());
      }
    });
  }

  /**
   * Resolves when nothing is queued or being written (at once if so now): another writer on the same
   * connection whose writes can wait lets this one's go first.
   */
  idle(): Promise<void> {
    if (!this.writing) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      if (this.yieldTo) await this.yieldTo();
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const results = await this.write(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(results[i]!));
      } catch (error) {
        // One failed transaction fails every write in it: each caller handles it as it did alone.
        for (const b of batch) b.reject(error);
      }
    }
    this.writing = false;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
