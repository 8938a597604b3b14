/**
 * Drill: two replicas — two `deletion-desk start` processes on one PostgreSQL database — take in the
 * same mailbox and run the same jobs at once. Staff click Approve on both (the same click reaching both
 * replicas, as a retried Slack delivery could). Then one replica is killed mid-flow and the other
 * finishes its work once the dead one's leases expire (the bot's clock is moved past them).
 * Checks: no duplicate ticket, email or Slack card; one approval per ticket; no key is sent to
 * DeleteObjects by both replicas (no double deletion); exactly the approved scope deleted.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countRows, startWorld, type Desk, type World } from '../support/e2e';
import { Scenario } from '../support/e2eScenario';
import { waitFor } from '../support/wait';

let world: World;
let scenario: Scenario;
let desks: Desk[] = [];

beforeAll(async () => {
  world = await startWorld({ archive: 'versioned' });
  scenario = new Scenario(world, { requests: 10, vague: 1, objectsPerPartition: 5 });
  await scenario.seed();
}, 120_000);

afterAll(async () => {
  await Promise.all(desks.map((d) => d.kill()));
  await world?.close();
});

it('two replicas on one database: no duplicate ticket, email, card or deletion', async () => {
  const fake = world.archive.fake!;
  const deletes = new Map<string, number>();
  fake.faults.deleteError = (key) => {
    deletes.set(key, (deletes.get(key) ?? 0) + 1);
    return null;
  };
  await scenario.appendAll();
  const env = { EXECUTOR_LEASE_MS: '5000', LOG_LEVEL: 'warn' };
  const t0 = Date.now();
  desks = await Promise.all([world.startDesk(env), world.startDesk(env)]);
  const tStarted = Date.now() - t0;

  // The same Approve click reaches both replicas at once, ticket after ticket; the customers confirm.
  await waitFor(async () => {
    await scenario.confirmAwaiting();
    await Promise.all([scenario.approveAwaiting([desks[0]], world.slack), scenario.approveAwaiting([desks[1]], world.slack)]);
    const done = await world.db('tickets').whereIn('status', ['scheduled', 'running', 'completed']).count({ n: '*' });
    return Number((done[0] as { n: number | string }).n) >= 5;
  }, { timeoutMs: 60_000, intervalMs: 100, what: 'half of the tickets approved' });

  const tApproved = Date.now() - t0;
  // One replica dies mid-flow; the survivor takes over once its leases have expired.
  await desks[0].kill();
  world.setClockOffset(3 * 60_000);
  await scenario.settle(() => [desks[1]], { timeoutMs: 90_000 });
  const tSettled = Date.now() - t0;
  const report = await scenario.verify({ kills: 1 });
  console.log(`[drill replicas] started ${tStarted}ms, half approved ${tApproved}ms, settled ${tSettled}ms, verified ${Date.now() - t0}ms`);

  // Both replicas took part in intake (messages) or execution; neither did the other's work twice.
  const twice = [...deletes.entries()].filter(([, n]) => n > 1);
  expect(twice, 'keys sent to DeleteObjects more than once').toEqual([]);
  // A replica killed between Slack accepting chat.postMessage and the card's ts being recorded leaves a
  // claim the survivor takes over once it is stale; Slack has no idempotency key, so the survivor
  // looks for the card by its metadata in the channel's history and updates it instead of posting
  // another (test/integration/slack.cardTakeover.test.ts makes that window deterministically).
  expect(report.duplicateCards).toBe(0);
  expect(await countRows(world.db, 'tickets')).toBe(scenario.appended.length);
  expect(desks[1].process.child.exitCode).toBeNull();
  // How many card postings were taken over and looked for in the channel first (most runs: none).
  console.log(`[drill replicas] ${JSON.stringify(report)} resent=${report.resent} cardLookups=${world.slack.callsOf('conversations.history').length}`);
}, 180_000);
