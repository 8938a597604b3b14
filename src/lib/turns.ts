/**
 * Work taken one piece per turn of the event loop: `next()` resolves when the caller's turn comes, a
 * `setImmediate` each, in arrival order. Between two pieces the loop polls again, so whatever became
 * ready meanwhile (a response that frees a DeleteObjects slot, a database write a DeleteObjects waits
 * for) runs in between, rather than after every piece that arrived in the same batch of network events.
 */
export class Turns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves on the caller's own turn; the caller's work runs then, before the next caller's. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(this.take);
      }
    });
  }

  private readonly take = (): void => {
    const turn = this.waiting.shift();
    if (this.waiting.length > 0) setImmediate(this.take);
    else this.scheduled = false;
    turn?.();
  };
}
