import { describe, expect, it } from 'vitest';
import { Turns } from '../../src/lib/turns';

describe('Turns: one piece of work per turn of the event loop', () => {
  it('gives turns in the order they were asked for, one at a time', async () => {
    const turns = new Turns();
    const order: string[] = [];
    await Promise.all(['a', 'b', 'c'].map(async (name) => {
      await turns.next();
      order.push(name);
    }));
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('lets what became ready meanwhile run between two turns', async () => {
    const turns = new Turns();
    const order: string[] = [];
    let answered: Promise<void> = Promise.resolve();
    const first = turns.next().then(() => {
      order.push('page 1');
      // An answer that arrives while page 1 is read (a timer stands for it) runs before page 2.
      answered = new Promise((resolve) => setTimeout(() => resolve(void order.push('answer')), 0));
      const until = Date.now() + 5;
      while (Date.now() < until);
    });
    const second = turns.next().then(() => order.push('page 2'));
    await Promise.all([first, second]);
    await answered;
    expect(order).toEqual(['page 1', 'answer', 'page 2']);
  });

  it('gives turns again after every waiting caller had one', async () => {
    const turns = new Turns();
    await turns.next();
    await turns.next();
    await Promise.all([turns.next(), turns.next()]);
  });
});
