/**
 * Drill: `deletion-desk start` killed with SIGKILL at random points of intake, approval, deletion and
 * mail sending, restarted, DRILL_ROUNDS times (seeded by DRILL_SEED; both printed). Real Dovecot,
 * SMTP server, Slack fake, PostgreSQL and the S3 test server (versioned bucket).
 *
 * After each kill the bot's clock is moved 3 minutes ahead, as if the operator took that long to
 * restart it: leases held by the dead process (outbox rows: 2 minutes, Slack card claims: 2 minutes,
 * execution: EXECUTOR_LEASE_MS) have expired by then, exactly as they would in real time.
 *
 * Customers confirm their requests by replying "I confirm." (the reply arrives through IMAP like any
 * mail, so kills land while confirmations are taken in too).
 *
 * At the end: every appended email has exactly one ticket; every customer got exactly the emails
 * they should (each queued once; at the SMTP server every Message-ID that was queued and no other;
 * a resend — a kill between the server's 250 and the sent-mark — keeps its Message-ID and is counted);
 * the deletions removed exactly the approved partitions (every version) and nothing else.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWorld, type Desk, type World } from '../support/e2e';
import { Scenario, drillSettings } from '../support/e2eScenario';
import { waitFor } from '../support/wait';

const { seed, rounds, random } = drillSettings('kill -9', 5);
const between = (lo: number, hi: number) => Math.round(lo + random() * (hi - lo));
const LEASE_SKIP_MS = 3 * 60_000;
const DESK_ENV = { EXECUTOR_LEASE_MS: '5000', LOG_LEVEL: process.env.DRILL_DEBUG ? 'debug' : 'warn' };
// The limit grows with the rounds: a round takes ~3 s on an idle machine (one process start plus its
// phase), ~17 s on a busy shared one and ~35 s on one at load 25 (where 30 s a round ran out); the
// fixed part covers the world's start, the last process settling everything (up to 6 minutes) and
// the audit. A hang is caught sooner, by each step's own wait.
const TIME_LIMIT_MS = 600_000 + rounds * 60_000;

let world: World;
let scenario: Scenario;
let desk: Desk | null = null;

beforeAll(async () => {
  world = await startWorld({ archive: 'versioned' });
  scenario = new Scenario(world, { requests: Math.min(40, 4 + rounds), vague: 1, objectsPerPartition: 10 });
  await scenario.seed();
}, 120_000);

afterAll(async () => {
  await desk?.kill();
  await world?.close();
});

type Phase = 'startup' | 'intake' | 'approval' | 'deletion' | 'mail';

async function running(): Promise<boolean> {
  const rows = await world.db('jobs').where({ kind: 'execute', state: 'pending' }).count({ n: '*' });
  return Number((rows[0] as { n: number | string }).n) > 0;
}

async function pendingMail(): Promise<boolean> {
  const rows = await world.db('notifications').where({ channel: 'email', status: 'pending' }).count({ n: '*' });
  return Number((rows[0] as { n: number | string }).n) > 0;
}

it(`survives SIGKILL at random points (DRILL_SEED=${seed}, DRILL_ROUNDS=${rounds})`, async () => {
  const started = Date.now();
  const phases: string[] = [];
  const killsByPhase: Record<Phase, number> = { startup: 0, intake: 0, approval: 0, deletion: 0, mail: 0 };
  let kills = 0;
  for (let round = 1; round <= rounds; round += 1) {
    const phase: Phase = (['startup', 'intake', 'intake', 'approval', 'deletion', 'mail'] as const)[Math.floor(random() * 6)];
    const delay = between(0, phase === 'startup' ? 2_500 : phase === 'intake' ? 1_500 : 600);
    // Drawn every round, used or not: a seed replays the same phases and delays whatever the timing.
    const count = between(1, 3);
    const t0 = Date.now();
    desk = await world.startDesk(DESK_ENV, { waitReady: phase !== 'startup' });
    if (phase === 'intake' || (phase === 'mail' && !(await pendingMail()))) {
      // New mail arrives; the kill lands while it is read, committed, moved or answered.
      await scenario.appendNext(count);
    }
    const tReady = Date.now() - t0;
    if (tReady > 5000 && process.env.DRILL_DEBUG) console.log(`slow start at ${new Date(t0).toISOString()}:\n${desk.process.output().slice(0, 4000)}`);
    if (phase === 'approval' || phase === 'deletion') {
      // Something to approve: a fresh request, if nothing waits, and its card; the customer confirms it.
      if (!(await scenario.approveAwaiting([desk], world.slack)) && (await scenario.appendNext(1))) {
        await waitFor(async () => (await scenario.approveAwaiting([desk!], world.slack)) > 0, { timeoutMs: 10_000, intervalMs: 50 }).catch(() => undefined);
      }
      await scenario.confirmAwaiting();
    }
    const tApproved = Date.now() - t0;
    if (phase === 'deletion') await waitFor(running, { timeoutMs: 5_000, intervalMs: 10 }).catch(() => undefined);
    if (phase === 'mail') await waitFor(pendingMail, { timeoutMs: 5_000, intervalMs: 10 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, delay));
    await desk.kill();
    kills += 1;
    killsByPhase[phase] += 1;
    phases.push(`${phase}+${delay}ms (ready ${tReady}, approved ${tApproved}, total ${Date.now() - t0}ms)`);
    world.setClockOffset(world.clockOffset() + LEASE_SKIP_MS);
    // Staff keep working while the bot is down: their clicks fail and are repeated later.
  }
  console.log(`[drill kill -9] kills: ${phases.join(', ')}`);

  // Whatever was not appended yet arrives now; the last process runs to the end.
  await scenario.appendAll();
  const t1 = Date.now();
  desk = await world.startDesk(DESK_ENV);
  // Generous: the last process executes every deletion the killed ones left (up to 40 tickets, two
  // partitions each, EXECUTOR_CONCURRENCY at a time). That took ~100 s with five drills on a busy
  // 2-core machine, and did not finish in 90 s there for two seeds, whose tickets were all still moving.
  await scenario.settle(() => [desk!], { timeoutMs: 360_000 });
  console.log(`[drill kill -9] settled in ${Date.now() - t1}ms`);
  const report = await scenario.verify({ kills });
  console.log(`[drill kill -9] DRILL_SEED=${seed} rounds=${rounds} ${JSON.stringify(report)} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  expect(report.tickets).toBe(scenario.appended.length);
  expect(await desk.stop()).toBe(0);
  desk = null;
  // One line for `npm run drills` (scripts/drills.js) to tabulate; printed only when every check held.
  console.log(`[drill kill -9] RESULT ${JSON.stringify({ seed, rounds, kills: killsByPhase, report, seconds: Math.round((Date.now() - started) / 1000) })}`);
}, TIME_LIMIT_MS);
