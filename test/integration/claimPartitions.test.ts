/**
 * Claiming partitions (src/adapters/db/jobStore.ts): due, pending, unleased rows, oldest first, each
 * to one claimer, also when two processes' connections claim at the same moment on one database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../../src/adapters/db/connect';
import { claimPartitions, insertJob, insertPartitions } from '../../src/adapters/db/jobStore';
import { freshDb, testDialects, type TestDb } from '../support/db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

const NOW = new Date('2024-06-01T00:00:00Z');

async function jobWithPartitions(t: TestDb, count: number): Promise<number> {
  const at = NOW.toISOString();
  const [ticket] = (await t.db('tickets').insert({ kind: 'archive_purge', status: 'running', requester: 'ops@x.example', version: 1, data: '{}', created_at: at, updated_at: at }).returning('id')) as { id: number }[];
  await insertJob(t.db, { key: 'execute:1', kind: 'execute', ticketId: ticket!.id, runAfter: at, now: at });
  const job = (await t.db('jobs').first('id')) as { id: number };
  await insertPartitions(t.db, job.id, Array.from({ length: count }, (_, i) => ({ prefix: `segment-logs/src/${1000 + i}/`, source: 'src', day: null, space: null })), at);
  return job.id;
}

describe.each(testDialects())('claimPartitions on %s', (dialect) => {
  it('claims the oldest due partitions up to the limit, leases them to the claimer, and never hands one out twice', async () => {
    const t = await freshDb(dialect);
    cleanups.push(() => t.cleanup());
    await jobWithPartitions(t, 5);
    const first = await claimPartitions(t.db, NOW, 60_000, 'a#1', 3);
    expect(first.map((p) => p.prefix)).toEqual(['segment-logs/src/1000/', 'segment-logs/src/1001/', 'segment-logs/src/1002/']);
    expect(first.every((p) => p.locked_by === 'a#1' && p.attempts === 1 && p.locked_until === new Date(NOW.getTime() + 60_000).toISOString())).toBe(true);
    const rest = await claimPartitions(t.db, NOW, 60_000, 'b#1', 10);
    expect(rest.map((p) => p.prefix)).toEqual(['segment-logs/src/1003/', 'segment-logs/src/1004/']);
    expect(await claimPartitions(t.db, NOW, 60_000, 'c#1', 10)).toEqual([]);
    // Once a lease has expired, the partition is due again (its owner died).
    const later = await claimPartitions(t.db, new Date(NOW.getTime() + 61_000), 60_000, 'd#1', 1);
    expect(later.map((p) => [p.prefix, p.attempts])).toEqual([['segment-logs/src/1000/', 2]]);
  });

  it('two connections claiming at once get disjoint partitions and every one is claimed', async () => {
    const t = await freshDb(dialect);
    cleanups.push(() => t.cleanup());
    await jobWithPartitions(t, 40);
    const other = dialect === 'sqlite' ? createDb(t.url) : t.db;
    if (other !== t.db) cleanups.push(() => other.destroy());
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => claimPartitions(i % 2 ? other : t.db, NOW, 60_000, `r${i}`, 4)));
    const prefixes = claims.flat().map((p) => p.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(prefixes.length).toBe(40);
  });
});
