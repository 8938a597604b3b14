/**
 * Drill: the mail servers go away. deletion-desk runs as its own process against a real Dovecot and
 * the SMTP test server:
 * - SMTP answers 451 to every message for a while, then accepts: replies wait in the outbox and are
 *   retried; each arrives exactly once (no process dies here, so no resend is allowed either);
 * - Dovecot is restarted while a stream of requests is being taken in: intake reconnects and catches up
 *   from its checkpoint; every email has exactly one ticket, none is lost or taken in twice.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countRows, startWorld, type Desk, type World } from '../support/e2e';
import { Scenario } from '../support/e2eScenario';
import { waitFor } from '../support/wait';

let world: World;
let scenario: Scenario;
let desk: Desk | null = null;

beforeAll(async () => {
  world = await startWorld({ archive: 'versioned' });
  scenario = new Scenario(world, { requests: 10, vague: 1, objectsPerPartition: 5 });
  await scenario.seed();
  desk = await world.startDesk({ EXECUTOR_LEASE_MS: '5000', LOG_LEVEL: 'warn' });
}, 120_000);

afterAll(async () => {
  await desk?.kill();
  await world?.close();
});

it('SMTP refusing mail for a while and Dovecot restarted mid-stream lose and duplicate nothing', async () => {
  world.smtp.mode = 'tempfail';
  await scenario.appendNext(4);
  // Mid-stream: once some of the first requests are in, Dovecot restarts while more arrive.
  await waitFor(async () => (await countRows(world.db, 'tickets')) >= 1, { timeoutMs: 30_000, intervalMs: 20, what: 'the first tickets' });
  await scenario.appendNext(3);
  await world.dovecot.restart();
  await scenario.appendAll();
  // SMTP has refused every reply so far: each was tried and is waiting for a retry.
  await waitFor(async () => {
    const rows = await world.db('notifications').where({ channel: 'email' }).whereNotNull('last_error').count({ n: '*' });
    return Number((rows[0] as { n: number | string }).n) >= 3;
  }, { timeoutMs: 30_000, what: 'replies refused with 451' });
  expect(world.smtp.received).toHaveLength(0);
  world.smtp.mode = 'accept';

  await scenario.settle(() => [desk!], { timeoutMs: 90_000 });
  const report = await scenario.verify({ kills: 0 });
  expect(report.resent).toBe(0);
  expect(report.duplicateCards).toBe(0);
  const retried = await world.db('notifications').where({ channel: 'email' }).andWhere('attempts', '>', 1).count({ n: '*' });
  expect(Number((retried[0] as { n: number | string }).n)).toBeGreaterThanOrEqual(3);
  expect(desk!.process.child.exitCode).toBeNull();
  console.log(`[drill mail servers] ${JSON.stringify(report)}`);
}, 180_000);
