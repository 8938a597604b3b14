/**
 * Iterate an async source one item ahead: the next item is asked for as soon as the current one is
 * handed out, so the source's work (a listing request) runs while the consumer works on the current
 * item (deleting its keys). Without it, a partition of many pages lists its next page only after
 * waiting for a free DeleteObjects slot, and on one slot the slot then sits idle for every listing's
 * round trip.
 *
 * At most one item is held ahead. When the consumer stops early (break, an error), the pending request
 * is waited for and its outcome dropped, then the source is closed, so its own cleanup runs.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | null = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const result: IteratorResult<T> = await pending;
      if (result.done) {
        finished = true;
        return;
      }
      pending = iterator.next();
      // Awaited on the next turn; until then a rejection must not count as unhandled.
      pending.catch(() => undefined);
      yield result.value;
    }
  } catch (error) {
    // The source threw: it is finished already, nothing to close.
    finished = true;
    throw error;
  } finally {
    if (!finished) {
      await pending?.catch(() => undefined);
      await iterator.return?.();
    }
  }
}
