/**
 * Held inserts (adapters/db/heldInserts.ts): an intake batch writes its audit entries and
 * notifications at its end, in a few statements. What must not change: every entry is there, in
 * order, the chain verifies, and a held row that fails takes the whole transaction with it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, testDialects, type TestDb } from '../support/db';
import { appendAudit, verifyAudit } from '../../src/adapters/db/auditLog';
import { enqueueNotification } from '../../src/adapters/db/outboxStore';
import { flushHeldInserts, holdInserts } from '../../src/adapters/db/heldInserts';

describe.each(testDialects())('held inserts on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb(dialect);
  });
  afterEach(async () => t?.cleanup());

  const at = '2026-12-03T10:00:00.000Z';
  const entry = (i: number) => ({ ticketId: null, actor: 'system:test', action: `step_${i}`, detail: { i }, at });

  it('rows wait until the flush, then are all written in the order they were inserted, the chain intact', async () => {
    await t.db.transaction(async (trx) => appendAudit(trx, entry(0)));
    await t.db.transaction(async (trx) => {
      holdInserts(trx);
      for (let i = 1; i <= 250; i++) {
        await appendAudit(trx, entry(i));
        await enqueueNotification(trx, { ticketId: null, channel: 'email', dedupeKey: `held-${i}`, payload: { i }, now: at });
      }
      expect(Number((await trx('audit_log').count({ n: '*' }).first())!.n)).toBe(1);
      await flushHeldInserts(trx);
    });
    expect((await t.db('audit_log').orderBy('seq').select('action')).map((r: { action: string }) => r.action)).toEqual(Array.from({ length: 251 }, (_, i) => `step_${i}`));
    expect((await t.db('notifications').orderBy('id').select('dedupe_key')).map((r: { dedupe_key: string }) => r.dedupe_key)).toEqual(Array.from({ length: 250 }, (_, i) => `held-${i + 1}`));
    expect(await verifyAudit(t.db)).toEqual({ ok: true, entries: 251, problems: [] });
  });

  it('a held row that cannot be written fails the flush, and the transaction commits nothing', async () => {
    const attempt = t.db.transaction(async (trx) => {
      holdInserts(trx);
      await appendAudit(trx, entry(1));
      await enqueueNotification(trx, { ticketId: null, channel: 'email', dedupeKey: 'twice', payload: {}, now: at });
      await enqueueNotification(trx, { ticketId: null, channel: 'email', dedupeKey: 'twice', payload: {}, now: at });
      await flushHeldInserts(trx);
    });
    await expect(attempt).rejects.toThrow(/unique|duplicate/i);
    expect(Number((await t.db('audit_log').count({ n: '*' }).first())!.n)).toBe(0);
    expect(Number((await t.db('notifications').count({ n: '*' }).first())!.n)).toBe(0);
  });

  it('a transaction that does not hold writes each row at once', async () => {
    await t.db.transaction(async (trx) => {
      await appendAudit(trx, entry(1));
      expect(Number((await trx('audit_log').count({ n: '*' }).first())!.n)).toBe(1);
    });
  });
});
