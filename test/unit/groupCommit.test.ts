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

  it('lets a writer that can wait yield to another: its items wait while the other writes, and go together after', async () => {
    const events: string[] = [];
    let finishInventory!: () => void;
    const inventoryHeld = new Promise<void>((resolve) => (finishInventory = resolve));
    const inventories = new GroupCommit(async (items: string[]) => {
      events.push(`inventory ${items.join('+')}`);
      await inventoryHeld;
      return items;
    });
    const settles = new GroupCommit(async (items: string[]) => {
      events.push(`settle ${items.join('+')}`);
      return items;
    }, undefined, () => inventories.idle());
    const inventory = inventories.add('i1');
    await Promise.resolve();
    const first = settles.add('s1');
    await new Promise((resolve) => setImmediate(resolve));
    const second = settles.add('s2');
    expect(events).toEqual(['inventory i1']);
    finishInventory();
    expect(await Promise.all([inventory, first, second])).toEqual(['i1', 's1', 's2']);
    expect(events).toEqual(['inventory i1', 'settle s1+s2']);
  });

  it('is idle at once when nothing is queued or being written', async () => {
    const commit = new GroupCommit(async (items: string[]) => items);
    await expect(commit.idle()).resolves.toBeUndefined();
    await commit.add('a');
    await expect(commit.idle()).resolves.toBeUndefined();
  });
});
