/** One listener on the runner's signal for every partition's work (no MaxListenersExceededWarning). */
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { AbortFanOut } from '../../src/lib/abortFanOut';

describe('AbortFanOut', () => {
  it('aborts every child still held when the parent aborts, with one listener on the parent', () => {
    const parent = new AbortController();
    const fanOut = new AbortFanOut();
    const children = Array.from({ length: 40 }, () => fanOut.child(parent.signal));
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(1);
    children[0]!.release();
    parent.abort();
    expect(children[0]!.controller.signal.aborted).toBe(false);
    expect(children.slice(1).every((c) => c.controller.signal.aborted)).toBe(true);
  });

  it('gives an aborted child for a parent aborted already, and a child aborted alone leaves the others', () => {
    const fanOut = new AbortFanOut();
    expect(fanOut.child(AbortSignal.abort()).controller.signal.aborted).toBe(true);
    const parent = new AbortController();
    const a = fanOut.child(parent.signal);
    const b = fanOut.child(parent.signal);
    a.controller.abort();
    expect(b.controller.signal.aborted).toBe(false);
    expect(parent.signal.aborted).toBe(false);
  });
});
