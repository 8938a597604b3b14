/**
 * Group commit: writes that arrive while one batch is being written wait and go together in the next
 * one (one transaction for many partitions instead of one each). A write that finds none in progress
 * goes as soon as the code that asked for it yields (writes asked for in the same synchronous run
 * join it); under load, batches grow by themselves.
 */
export class GroupCommit<T, R> {
  private queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private writing = false;

  /** `write` gets the items in arrival order and returns one result per item, in the same order. */
  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly maxBatch = 200,
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

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
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
  }
}
