/**
 * Drill: the S3 store throttles and fails keys. Against the S3 test server (versioned bucket) with
 * fault injection, deletion-desk running as its own process:
 * - 503 SlowDown on the next requests after an approval: retried with backoff, the ticket completes;
 * - a transient per-key error (InternalError) in DeleteObjects, twice per key: those keys are retried
 *   alone and the ticket completes;
 * - a permanent per-key error (AccessDenied) on one key: the product promises `partial`, naming the
 *   partition and why; the other partition is done, every other key in scope is gone, that key stays;
 * and nothing outside the approved scopes is touched.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardOf, startWorld, ticketById, ticketOfMessage, type Desk, type World } from '../support/e2e';
import { Scenario } from '../support/e2eScenario';
import { waitFor } from '../support/wait';

let world: World;
let scenario: Scenario;
let desk: Desk | null = null;

beforeAll(async () => {
  world = await startWorld({ archive: 'versioned' });
  scenario = new Scenario(world, { requests: 3, objectsPerPartition: 12 });
  await scenario.seed();
  desk = await world.startDesk({ EXECUTOR_LEASE_MS: '5000', LOG_LEVEL: 'warn' });
}, 120_000);

afterAll(async () => {
  await desk?.kill();
  await world?.close();
});

it('retries throttling and transient key errors to success; a key that keeps failing ends the ticket partial, nothing else touched', async () => {
  const fake = world.archive.fake!;
  const [throttled, flaky, denied] = scenario.requests;
  const flakyKeys = new Set(flaky.keys.slice(0, 5));
  const deniedKey = denied.keys[denied.keys.length - 1];
  const calls = new Map<string, number>();
  fake.faults.deleteError = (key) => {
    const k = key.replace(/^\//, '');
    const n = (calls.get(k) ?? 0) + 1;
    calls.set(k, n);
    if (flakyKeys.has(k) && n <= 2) return { code: 'InternalError', message: 'We encountered an internal error. Please try again.' };
    if (k === deniedKey) return { code: 'AccessDenied', message: 'Access Denied' };
    return null;
  };
  await scenario.appendAll();
  const ids = await waitFor(async () => {
    const all = await Promise.all(scenario.requests.map((r) => ticketOfMessage(world.db, r.messageId)));
    return all.every((x) => x !== null) ? (all as number[]) : null;
  }, { timeoutMs: 30_000, what: 'the three tickets' });

  // Throttling: the next requests after this approval are answered 503 SlowDown.
  await waitFor(() => ids.every((id) => cardOf(world.slack, id)), { timeoutMs: 30_000, what: 'the three cards' });
  expect(await scenario.approveAwaiting([desk!], world.slack)).toBe(3);
  fake.faults.slowDown = 4;
  await scenario.settle(() => [desk!], { timeoutMs: 60_000 });
  expect(fake.faults.slowDown).toBe(0); // every injected 503 was served
  for (const k of flakyKeys) expect(calls.get(k)).toBeGreaterThanOrEqual(3); // failed twice, then deleted
  expect((await ticketById(world.db, ids[0])).status).toBe('completed');
  expect((await ticketById(world.db, ids[1])).status).toBe('completed');
  expect(throttled.keys.length).toBeGreaterThan(0);

  const deniedDay = deniedKey.split('/')[2];
  const report = await scenario.verify({ kills: 0, partial: new Map([[denied.messageId, { left: [deniedKey], error: new RegExp(`AccessDenied`) }]]) });
  const partial = await ticketById(world.db, ids[2]);
  expect(JSON.stringify(partial.result)).toContain(deniedDay);
  expect(report.resent).toBe(0);
  console.log(`[drill s3] ${JSON.stringify(report)}`);
}, 180_000);
