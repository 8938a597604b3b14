/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * many workers retrying after one outage do not come back in lock-step.
 */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Sleep that ends early when the signal aborts (shutdown). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * A poll interval that can be cut short: `wait()` sleeps until the interval passes, `wake()` is
 * called (new work was queued) or the shutdown signal aborts. One AbortController per wait, so no
 * listener outlives its wait (a shared signal would collect one per wake-up).
 */
export class Waiter {
  private current: AbortController | null = null;

  async wait(ms: number, shutdown: AbortSignal): Promise<void> {
    const wait = new AbortController();
    const onShutdown = () => wait.abort();
    shutdown.addEventListener('abort', onShutdown, { once: true });
    this.current = wait;
    try {
      await sleep(ms, wait.signal);
    } finally {
      shutdown.removeEventListener('abort', onShutdown);
      this.current = null;
    }
  }

  wake(): void {
    this.current?.abort();
  }
}
