/** Group commit of the executor's partition writes: a lone write goes at once, the rest together. */
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/lib/groupCommit';

describe('GroupCommit', () => {
  it('writes a lone item before the loop runs the other callbacks that are ready', async () => {
    const events: string[] = [];
    const commit = new GroupCommit(async (items: string[]) => {
      events.push(`write ${items.join('+')}`);
      return items.map((i) => i.toUpperCase());
    });
    setImmediate(() => events.push('other callback'));
    const result = commit.add('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['write a', 'other callback']);
    expect(await result).toBe('A');
  });

  it('batches what arrives while a write is in progress, and keeps each caller its own result', async () => {
    const batches: string[][] = [];
    let finishFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (finishFirst = resolve));
    const commit = new GroupCommit(async (items: string[]) => {
      batches.push(items);
      if (batches.length === 1) await firstHeld;
      return items.map((i) => `${i}!`);
    });
    const first = commit.add('a');
    await Promise.resolve();
    await Promise.resolve();
    const later = ['b', 'c', 'd'].map((i) => commit.add(i));
    finishFirst();
    expect(await first).toBe('a!');
    expect(await Promise.all(later)).toEqual(['b!', 'c!', 'd!']);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('takes items asked for in the same synchronous run into one write, and fails each of them with it', async () => {
    const batches: string[][] = [];
    const commit = new GroupCommit(async (items: string[]) => {
      batches.push(items);
      throw new Error('database is down');
    });
    const results = await Promise.allSettled([commit.add('a'), commit.add('b')]);
    expect(batches).toEqual([['a', 'b']]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
