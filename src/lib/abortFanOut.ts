/**
 * Controllers that abort when a parent signal aborts, through one listener on the parent however many
 * children it has at once. A listener per child on the runner's signal passed Node's limit of 10 at
 * EXECUTOR_CONCURRENCY 16 (a place's partition and those whose outcome is still being written each
 * held one), and Node printed a MaxListenersExceededWarning: a leak that was not one.
 */
export class AbortFanOut {
  private readonly children = new WeakMap<AbortSignal, Set<AbortController>>();

  /** A controller aborted with `parent` (at once if it has been already); `release` it when its work ends. */
  child(parent: AbortSignal): { controller: AbortController; release: () => void } {
    const controller = new AbortController();
    if (parent.aborted) {
      controller.abort();
      return { controller, release: () => undefined };
    }
    let children = this.children.get(parent);
    if (!children) {
      const created = new Set<AbortController>();
      children = created;
      this.children.set(parent, created);
      parent.addEventListener('abort', () => {
        for (const c of created) c.abort();
        created.clear();
      }, { once: true });
    }
    const set = children;
    set.add(controller);
    return { controller, release: () => void set.delete(controller) };
  }
}
