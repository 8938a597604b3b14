/**
 * Group commit: writes that arrive while one batch is being written wait and go together in the next
 * one (one transaction for many partitions instead of one each). A lone write is not delayed beyond
 * the current turn of the event loop; under load, batches grow by themselves.
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
        // Let the writes of this turn (partitions finishing together) join the batch.
        setImmediate(() => void this.flush());
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
