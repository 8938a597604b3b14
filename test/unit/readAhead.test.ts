/** readAhead: the next page is asked for while the current one is worked on; stopping early closes the source. */
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/lib/readAhead';

/** A source that records when each item is asked for and whether it was closed. */
function pages(count: number, log: string[], failAt = -1) {
  return (async function* () {
    try {
      for (let i = 1; i <= count; i += 1) {
        log.push(`list ${i}`);
        await Promise.resolve();
        if (i === failAt) throw new Error(`listing ${i} failed`);
        yield i;
      }
    } finally {
      log.push('closed');
    }
  })();
}

describe('readAhead', () => {
  it('lists page n+1 before the consumer has finished with page n, and yields every page in order', async () => {
    const log: string[] = [];
    for await (const page of readAhead(pages(3, log))) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.push(`deleted ${page}`);
    }
    // The source ends (and closes) while the last page is still being deleted.
    expect(log).toEqual(['list 1', 'list 2', 'deleted 1', 'list 3', 'deleted 2', 'closed', 'deleted 3']);
  });

  it('a consumer that stops early leaves no request pending and closes the source', async () => {
    const log: string[] = [];
    for await (const page of readAhead(pages(5, log))) if (page === 2) break;
    expect(log).toEqual(['list 1', 'list 2', 'list 3', 'closed']);
  });

  it('a listing that fails fails the loop, after the pages before it', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    await expect((async () => {
      for await (const page of readAhead(pages(5, log, 3))) seen.push(page);
    })()).rejects.toThrow('listing 3 failed');
    expect(seen).toEqual([1, 2]);
    expect(log.at(-1)).toBe('closed');
  });
});
