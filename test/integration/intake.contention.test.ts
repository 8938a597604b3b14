/**
 * A batch on PostgreSQL when the database says "not now" for one of its messages: another
 * connection holds the row that message must lock. Whether PostgreSQL gives up waiting
 * (`lock_timeout`, as an operator may set in DATABASE_URL), the waiting statement is cancelled
 * (`statement_timeout`, an administrator) or its backend is terminated, the message is left to the
 * channel to offer again (`retry`): nothing is recorded for it, and nothing in the batch is filed as
 * failed (a good request under Failed is lost from the customer's point of view). Offered again once
 * the lock is gone, every message of the batch is taken in exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { PG_URL, testDialects } from '../support/db';
import { email, testApp, type TestApp } from '../support/app';
import { intakeDisposition, type Arrival, type IntakeOutcome } from '../../src/domain/intake';

const onPostgres = testDialects().includes('postgres');

function batch(): Arrival[] {
  return [
    { raw: email({ body: 'Please delete ios-app data of acme-inc for 2024-03-05.', messageId: 'lock-a@acme.example' }), origin: 'inbox:2' },
    // A reply on DEL-1: applying it locks DEL-1's row, which the other connection holds.
    { raw: email({ subject: 'Re: [DEL-1] Data deletion request', body: 'Thanks, also for 2024-03-02 please.', messageId: 'lock-b@acme.example' }), origin: 'inbox:3' },
    { raw: email({ body: 'Please delete ios-app data of acme-inc for 2024-03-07.', messageId: 'lock-c@acme.example' }), origin: 'inbox:4' },
  ];
}

async function messageKeys(t: TestApp): Promise<string[]> {
  const rows = await t.app.db('messages').where({ direction: 'in' }).orderBy('message_key').select<{ message_key: string }[]>('message_key');
  return rows.map((r) => r.message_key);
}

/** Another session holding DEL-1's row lock, and its backend pid. */
async function holdTicketRow(t: TestApp): Promise<{ holder: Knex.Transaction; pid: number }> {
  const holder = await t.testDb.db.transaction();
  await holder('tickets').where({ id: 1 }).forUpdate().select('id');
  const { rows } = (await holder.raw('SELECT pg_backend_pid() AS pid')) as { rows: { pid: number }[] };
  return { holder, pid: rows[0]!.pid };
}

/** The first message (DEL-1) is in; then the batch arrives while DEL-1's row is held elsewhere. */
async function firstTicket(t: TestApp): Promise<void> {
  expect(await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', messageId: 'lock-first@acme.example' }), 'inbox:1')).toMatchObject({ outcome: 'created', ticket: 'DEL-1' });
}

/** What the channel does: keeps what is to be retried, offers it again; the result is exactly once. */
async function offeredAgain(t: TestApp, arrivals: Arrival[], first: IntakeOutcome[]): Promise<void> {
  const kept = arrivals.filter((_, i) => intakeDisposition(first[i]!) === 'retry');
  const again = await t.app.intake.receiveBatch(kept);
  expect(again.every((o) => !o.retry && o.outcome !== 'failed'), JSON.stringify(again)).toBe(true);
  expect(await messageKeys(t)).toEqual(['lock-a@acme.example', 'lock-b@acme.example', 'lock-c@acme.example', 'lock-first@acme.example']);
  expect(await t.app.tickets.list()).toHaveLength(3);
}

/**
 * How the wait for DEL-1's row ends: PostgreSQL gives up after `lock_timeout` (set for the app's
 * connections in DATABASE_URL; long enough that the audit log's lock, shared with other test files
 * running at the same time, is not what times out), or an administrator cancels the statement or
 * terminates the backend that waits.
 */
const ENDINGS = [
  { ending: 'lock_timeout runs out', lockTimeoutMs: 3000, admin: null },
  { ending: 'the waiting statement is cancelled', lockTimeoutMs: 0, admin: 'pg_cancel_backend' },
  { ending: 'the waiting backend is terminated', lockTimeoutMs: 0, admin: 'pg_terminate_backend' },
] as const;

/**
 * The batch, taken in while DEL-1's row is held. With `admin`, every backend that waits for the row
 * is cancelled or terminated as soon as it waits, until the batch has its outcomes (each time
 * intake tries again the row is still held, as it would be behind a stuck session).
 */
async function batchWhileHeld(t: TestApp, arrivals: Arrival[], admin: 'pg_cancel_backend' | 'pg_terminate_backend' | null): Promise<IntakeOutcome[]> {
  const { holder, pid } = await holdTicketRow(t);
  try {
    const pending = t.app.intake.receiveBatch(arrivals);
    let done = false;
    void pending.finally(() => (done = true)).catch(() => undefined);
    while (admin && !done) {
      const { rows } = (await t.testDb.db.raw('SELECT pid FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))', [pid])) as { rows: { pid: number }[] };
      for (const r of rows) await t.testDb.db.raw(`SELECT ${admin}(?)`, [r.pid]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return await pending;
  } finally {
    await holder.rollback();
  }
}

describe.skipIf(!onPostgres)('intake on postgres when a row one message needs is held by another session', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it.each(ENDINGS)('$ending: the message is left to be retried, nothing filed as failed, then all taken in exactly once', async ({ lockTimeoutMs, admin }) => {
    const env: Record<string, string> = lockTimeoutMs ? { DATABASE_URL: `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c lock_timeout=${lockTimeoutMs}`)}` } : {};
    t = await testApp('postgres', { env });
    await firstTicket(t);
    const arrivals = batch();
    const outcomes = await batchWhileHeld(t, arrivals, admin);
    expect(outcomes[1], JSON.stringify(outcomes[1])).toMatchObject({ messageKey: 'lock-b@acme.example', retry: true });
    expect(intakeDisposition(outcomes[1]!)).toBe('retry');
    expect(outcomes.filter((o) => intakeDisposition(o) === 'failed'), JSON.stringify(outcomes)).toEqual([]);
    expect(await messageKeys(t), 'nothing recorded for the retried message').not.toContain('failed:lock-b@acme.example');
    await offeredAgain(t, arrivals, outcomes);
  });
});
