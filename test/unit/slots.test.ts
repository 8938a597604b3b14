/** The semaphore behind S3_DELETE_CONCURRENCY: its bound, its order, and a wait that is abandoned. */
import { describe, expect, it } from 'vitest';
import { Slots } from '../../src/lib/slots';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Slots', () => {
  it('grants at most its size at once, then the waiters in arrival order as slots are released', async () => {
    const slots = new Slots(2);
    const granted: string[] = [];
    const releases = new Map<string, () => void>();
    for (const name of ['a', 'b', 'c', 'd']) {
      void slots.acquire().then((release) => {
        granted.push(name);
        releases.set(name, release!);
      });
    }
    await turn();
    expect(granted).toEqual(['a', 'b']);
    expect(slots.inUse).toBe(2);
    releases.get('b')!();
    // Released twice: still one slot given back, not two.
    releases.get('b')!();
    await turn();
    expect(granted).toEqual(['a', 'b', 'c']);
    expect(slots.inUse).toBe(2);
    releases.get('a')!();
    await turn();
    expect(granted).toEqual(['a', 'b', 'c', 'd']);
    releases.get('c')!();
    releases.get('d')!();
    expect(slots.inUse).toBe(0);
  });

  it('a wait whose signal aborts ends without a slot and leaves the queue to the others', async () => {
    const slots = new Slots(1);
    const first = (await slots.acquire())!;
    const stop = new AbortController();
    const abandoned = slots.acquire(stop.signal);
    const next = slots.acquire();
    stop.abort();
    expect(await abandoned).toBeNull();
    first();
    const release = await next;
    expect(release).not.toBeNull();
    expect(slots.inUse).toBe(1);
    release!();
    expect(slots.inUse).toBe(0);
    // Already aborted: no wait at all, and no slot taken.
    expect(await slots.acquire(stop.signal)).toBeNull();
    expect(slots.inUse).toBe(0);
  });

  it('refuses a size that bounds nothing', () => {
    expect(() => new Slots(0)).toThrow(RangeError);
  });
});
