/**
 * Drill: PostgreSQL restarted under a running deletion-desk. A private cluster (initdb + pg_ctl on a
 * free port; the shared server on 5432 is never touched) is stopped and started twice mid-flow: once
 * with `-m immediate` (a crash: connections cut, recovery on start) while tickets are approved and
 * executed, once with `-m fast` held down for a few seconds while new mail arrives. The bot must keep
 * running, reconnect, and finish everything: nothing lost or duplicated, exactly the approved scope
 * deleted. A reply accepted by SMTP whose "sent" mark could not be written waits for its lease (2
 * minutes) and may be sent again with the same Message-ID; the bot's clock is moved past that lease
 * after each outage, and such resends are counted, at most one per outage.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countRows, startWorld, type Desk, type World } from '../support/e2e';
import { Scenario } from '../support/e2eScenario';
import { startPostgresCluster, type PostgresCluster } from '../support/postgresCluster';
import { waitFor } from '../support/wait';

let cluster: PostgresCluster;
let world: World;
let scenario: Scenario;
let desk: Desk | null = null;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  world = await startWorld({ archive: 'versioned', databaseUrl: cluster.url });
  scenario = new Scenario(world, { requests: 8, vague: 1, objectsPerPartition: 5 });
  await scenario.seed();
  desk = await world.startDesk({ EXECUTOR_LEASE_MS: '5000', LOG_LEVEL: 'info' });
}, 120_000);

afterAll(async () => {
  await desk?.kill();
  await world?.close();
  await cluster?.close();
});

it('a PostgreSQL crash and a restart mid-flow lose and duplicate nothing', async () => {
  await scenario.appendNext(5);
  await waitFor(async () => (await countRows(world.db, 'tickets')) >= 3, { timeoutMs: 30_000, intervalMs: 20, what: 'the first tickets' });
  await waitFor(async () => (await scenario.approveAwaiting([desk!], world.slack)) > 0, { timeoutMs: 30_000, intervalMs: 100, what: 'a card to approve' });
  // The customers confirm in their threads: with the approval, that schedules an execution.
  await waitFor(async () => {
    await scenario.confirmAwaiting();
    return Number(((await world.db('jobs').where({ kind: 'execute' }).count({ n: '*' }))[0] as { n: number | string }).n) > 0;
  }, { timeoutMs: 30_000, intervalMs: 20, what: 'an execution' });
  await cluster.restart('immediate');
  world.setClockOffset(3 * 60_000);

  await scenario.appendAll();
  await cluster.stop('fast');
  await new Promise((r) => setTimeout(r, 3_000)); // down while the new mail waits in INBOX
  await cluster.start();
  world.setClockOffset(6 * 60_000);

  await scenario.settle(() => [desk!], { timeoutMs: 90_000 }).catch(async (error: Error) => {
    // What the bot's connections were doing, and what it logged: the clues when it does not recover.
    const activity = await world.db.raw("select pid, state, wait_event_type, wait_event, now() - state_change as for, left(query, 160) as query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()");
    throw new Error(`${error.message}\npg_stat_activity: ${JSON.stringify(activity.rows, null, 1)}\nbot output:\n${desk!.process.output().slice(-6000)}`);
  });
  expect(desk!.process.child.exitCode, desk!.process.output().slice(-3000)).toBeNull();
  const report = await scenario.verify({ kills: 2 });
  console.log(`[drill postgres] ${JSON.stringify(report)}`);
}, 180_000);
