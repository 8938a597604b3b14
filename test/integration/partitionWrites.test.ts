/**
 * The executor's grouped partition writes (src/adapters/db/partitionWrites.ts): a group is one
 * statement, yet the lease is still checked row by row — a row whose claim token no longer holds it
 * is reported lost and left as it was, the others are written — and a partition is counted on its
 * job once, whoever settles it twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { claimPartitions, insertJob, insertPartitions, saveInventories, settlePartition, settlePartitions } from '../../src/adapters/db/jobStore';
import type { JobRow, PartitionRow } from '../../src/ports/jobs';
import { freshDb, testDialects, type TestDb } from '../support/db';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

const NOW = new Date('2024-06-01T00:00:00Z');
const AT = NOW.toISOString();

async function claimed(t: TestDb, count: number): Promise<PartitionRow[]> {
  const [ticket] = (await t.db('tickets').insert({ kind: 'archive_purge', status: 'running', requester: 'ops@x.example', version: 1, data: '{}', created_at: AT, updated_at: AT }).returning('id')) as { id: number }[];
  await insertJob(t.db, { key: 'execute:1', kind: 'execute', ticketId: ticket!.id, runAfter: AT, now: AT });
  const job = (await t.db('jobs').first('id')) as { id: number };
  await insertPartitions(t.db, job.id, Array.from({ length: count }, (_, i) => ({ prefix: `segment-logs/src/${1000 + i}/`, source: 'src', day: null, space: null })), AT);
  return claimPartitions(t.db, NOW, 60_000, 'a#1', count);
}

const inventory = (n: number) => ({ objects: n, bytes: n * 10, versions: n, sha256: `sha-${n}`, at: AT });
const partitions = async (t: TestDb) => (await t.db('job_partitions').orderBy('id')) as PartitionRow[];
const job = async (t: TestDb) => (await t.db('jobs').first()) as JobRow & { updated_at: string };

describe.each(testDialects())('grouped partition writes on %s', (dialect) => {
  it('writes a group of inventories in one go, and reports the row whose lease was taken over as lost', async () => {
    const t = await freshDb(dialect);
    cleanups.push(() => t.cleanup());
    const [a, b, c] = await claimed(t, 3);
    // Another runner took b over after its lease expired.
    await t.db('job_partitions').where({ id: b!.id }).update({ locked_by: 'b#7' });
    expect(await saveInventories(t.db, [a, b, c].map((p, i) => ({ id: p!.id, owner: 'a#1', inventory: inventory(i + 1) })))).toEqual([true, false, true]);
    const rows = await partitions(t);
    expect(rows.map((r) => [r.inventory_at, Number(r.objects), Number(r.bytes), r.versions, r.sha256])).toEqual([
      [AT, 1, 10, 1, 'sha-1'],
      [null, 0, 0, 0, null],
      [AT, 3, 30, 3, 'sha-3'],
    ]);
  });

  it('settles a group and counts the settled rows on the job once: not a lost row, not a repeat', async () => {
    const t = await freshDb(dialect);
    cleanups.push(() => t.cleanup());
    const ps = await claimed(t, 4);
    await saveInventories(t.db, ps.map((p, i) => ({ id: p.id, owner: 'a#1', inventory: inventory(i + 1) })));
    const [a, b, c, d] = (await partitions(t)).map((r) => ({ ...r, locked_by: 'a#1' }));
    await t.db('job_partitions').where({ id: c!.id }).update({ locked_by: 'c#9' });
    const later = new Date(NOW.getTime() + 1000).toISOString();
    const results = await settlePartitions(t.db, [
      { p: a!, owner: 'a#1', outcome: { state: 'done', now: AT } },
      { p: b!, owner: 'a#1', outcome: { state: 'failed', error: 'AccessDenied', now: later } },
      { p: c!, owner: 'a#1', outcome: { state: 'done', now: AT } },
      { p: a!, owner: 'a#1', outcome: { state: 'done', now: AT } },
    ]);
    expect(results).toEqual([true, true, false, false]);
    // Already settled: a second settlement neither writes nor counts.
    expect(await settlePartition(t.db, a!, 'a#1', { state: 'failed', error: 'again', now: later })).toBe(false);
    expect(await settlePartition(t.db, d!, 'a#1', { state: 'done', now: AT })).toBe(true);
    const rows = await partitions(t);
    expect(rows.map((r) => [r.state, r.last_error, r.locked_until])).toEqual([
      ['done', null, null],
      ['failed', 'AccessDenied', null],
      ['pending', null, rows[2]!.locked_until],
      ['done', null, null],
    ]);
    expect(rows[2]!.locked_until).not.toBeNull();
    const j = await job(t);
    expect([j.partitions_done, j.partitions_failed, Number(j.objects), Number(j.bytes), j.updated_at]).toEqual([2, 1, 1 + 4, 10 + 40, AT]);
  });

  it('splits a group larger than one statement takes, with the same answers', async () => {
    const t = await freshDb(dialect);
    cleanups.push(() => t.cleanup());
    const ps = await claimed(t, 230);
    expect((await saveInventories(t.db, ps.map((p) => ({ id: p.id, owner: 'a#1', inventory: inventory(2) })))).every(Boolean)).toBe(true);
    const rows = await partitions(t);
    const results = await settlePartitions(t.db, rows.map((p) => ({ p, owner: 'a#1', outcome: { state: 'done' as const, now: AT } })));
    expect(results.filter(Boolean).length).toBe(230);
    const j = await job(t);
    expect([j.partitions_done, Number(j.objects), Number(j.bytes)]).toEqual([230, 460, 4600]);
  });
});
