/**
 * SQLite statements prepared once per connection (src/adapters/db/sqliteStatements.ts): run again
 * with new values, never inside another caller's transaction, a bad statement rejects (node-sqlite3
 * drops calls queued on a statement whose preparation failed, which would hang), and the connection
 * still closes with its statements prepared.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { allPrepared, prepareAhead } from '../../src/adapters/db/sqliteStatements';
import { freshDb, type TestDb } from '../support/db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

async function sqlite(): Promise<TestDb> {
  const t = await freshDb('sqlite');
  cleanups.push(() => t.cleanup());
  await t.db.schema.createTable('counters', (c) => {
    c.integer('id').primary();
    c.integer('n').notNullable();
  });
  await t.db('counters').insert([{ id: 1, n: 0 }, { id: 2, n: 0 }]);
  return t;
}

const BUMP = 'UPDATE counters SET n = n + ? WHERE id = ? RETURNING id, n';

describe('SQLite statements prepared once', () => {
  it('runs the same statement again with new values, each run committed', async () => {
    const t = await sqlite();
    expect(await allPrepared(t.db, BUMP, [5, 1])).toEqual([{ id: 1, n: 5 }]);
    expect(await allPrepared(t.db, BUMP, [2, 1])).toEqual([{ id: 1, n: 7 }]);
    expect(await allPrepared(t.db, BUMP, [1, 2])).toEqual([{ id: 2, n: 1 }]);
    expect(await t.db('counters').orderBy('id').select('n')).toEqual([{ n: 7 }, { n: 1 }]);
  });

  it('waits for a transaction in progress instead of running inside it', async () => {
    const t = await sqlite();
    let outside: Promise<unknown> | null = null;
    await t.db
      .transaction(async (trx) => {
        await trx('counters').where({ id: 1 }).update({ n: 100 });
        outside = allPrepared(t.db, BUMP, [1, 1]);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    // The rolled-back 100 is gone; the prepared run came after the transaction, on the committed 0.
    expect(await outside).toEqual([{ id: 1, n: 1 }]);
  });

  it('runs in a transaction through knex when given the transaction', async () => {
    const t = await sqlite();
    await t.db
      .transaction(async (trx) => {
        expect(await allPrepared(trx, BUMP, [3, 2])).toEqual([{ id: 2, n: 3 }]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await t.db('counters').where({ id: 2 }).first('n')).toEqual({ n: 0 });
  });

  it('rejects a statement SQLite cannot prepare, and the next good one still runs', async () => {
    const t = await sqlite();
    await expect(allPrepared(t.db, 'UPDATE no_such_table SET n = 1 RETURNING n', [])).rejects.toThrow(/no such table/);
    await expect(allPrepared(t.db, 'UPDATE no_such_table SET n = 1 RETURNING n', [])).rejects.toThrow(/no such table/);
    expect(await allPrepared(t.db, BUMP, [1, 1])).toEqual([{ id: 1, n: 1 }]);
  });

  it('closes the connection with many statements prepared on it', async () => {
    const t = await sqlite();
    for (let i = 1; i <= 80; i += 1) await allPrepared(t.db, `${BUMP} -- ${i}`, [1, 1]);
    expect(await t.db('counters').where({ id: 1 }).first('n')).toEqual({ n: 80 });
    await t.db.destroy();
    // SQLite removes the write-ahead log when its last connection closes cleanly; a close refused
    // for unfinalized statements leaves it.
    expect(fs.existsSync(`${t.url.slice('sqlite:'.length)}-wal`)).toBe(false);
  });

  it('prepares statements ahead without running them; a bad one is left for its run to report', async () => {
    const t = await sqlite();
    await prepareAhead(t.db, [BUMP, 'UPDATE no_such_table SET n = 1 RETURNING n']);
    expect(await t.db('counters').orderBy('id').select('n')).toEqual([{ n: 0 }, { n: 0 }]);
    expect(await allPrepared(t.db, BUMP, [4, 2])).toEqual([{ id: 2, n: 4 }]);
    await expect(allPrepared(t.db, 'UPDATE no_such_table SET n = 1 RETURNING n', [])).rejects.toThrow(/no such table/);
    await t.db.destroy();
    expect(fs.existsSync(`${t.url.slice('sqlite:'.length)}-wal`)).toBe(false);
  });
});
