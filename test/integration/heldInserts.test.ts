/**
 * Held inserts (adapters/db/heldInserts.ts): an intake batch writes its audit entries and
 * notifications at its end, in a few statements. What must not change: every entry is there, in
 * order, the chain verifies, and a held row that fails takes the whole transaction with it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, testDialects, type TestDb } from '../support/db';
import { appendAudit, verifyAudit } from '../../src/adapters/db/auditLog';
import { enqueueNotification } from '../../src/adapters/db/outboxStore';
import { flushHeldInserts, holdInserts, insertOrHold } from '../../src/adapters/db/heldInserts';
import { insertMessage } from '../../src/adapters/db/messageStore';

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

  it('a message held before the ticket it belongs to is written after it: held tickets go first', async () => {
    const ticketRow = { id: 7, kind: 'source_data', status: 'needs_info', requester: 'ana@acme.example', version: 1, data: '{}', created_at: at, updated_at: at };
    const message = { ticketId: 7, direction: 'in' as const, messageKey: 'held-order@test', messageId: 'held-order@test', from: 'ana@acme.example', to: [], subject: 'order', date: at, inReplyTo: null, references: [], outcome: 'created', createdAt: at };
    await t.db.transaction(async (trx) => {
      holdInserts(trx);
      await insertMessage(trx, message);
      await insertOrHold(trx, 'tickets', ticketRow);
      await flushHeldInserts(trx);
    });
    expect(await t.db('messages').where({ message_key: 'held-order@test' }).select('ticket_id')).toEqual([{ ticket_id: 7 }]);
    expect(await t.db('tickets').where({ id: 7 }).select('id')).toEqual([{ id: 7 }]);
  });
});
