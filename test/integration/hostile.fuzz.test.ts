/**
 * Hostile input, part 1: mutated real-world emails through `IntakeService.receive` on a real database.
 *
 * The property: whatever the bytes, receive() resolves (never throws, never leaves a rejected promise
 * behind), and the message ends in exactly one clear, recorded place — a ticket, a refusal, an ignored
 * robot, a duplicate of something already recorded, or `failed` with a reason in the messages table
 * (the channel keeps the raw bytes in its Failed folder). Replies queued along the way are rendered and
 * written out too, so hostile subjects and names also go through the email templates.
 *
 * Replay: FUZZ_SEED=<seed printed by the run> (and FUZZ_RUNS=<n> to scale up; PostgreSQL gets a fifth;
 * FUZZ_DEBUG=1 prints every case and its outcome).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testDialects, type TestDialect } from '../support/db';
import { FIXTURES, testApp, type TestApp } from '../support/app';
import { applyMutations, mutatedCaseArb, type MutatedCase } from '../support/mutateEmail';
import type { IntakeOutcome } from '../../src/services/intake';
import { verifyAudit } from '../../src/adapters/db/auditLog';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 250;
const runsFor = (dialect: TestDialect) => (dialect === 'sqlite' ? RUNS : Math.max(10, Math.floor(RUNS / 5)));

/** Every .eml of the corpus: customer requests in many clients and languages, robots and bounces. */
function corpus(): { name: string; raw: Buffer }[] {
  const out: { name: string; raw: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.eml')) out.push({ name: path.relative(FIXTURES, full), raw: fs.readFileSync(full) });
    }
  };
  walk(FIXTURES);
  return out;
}

const TICKET_OUTCOMES = ['created', 'info', 'note', 'status', 'cancelled'] as const;
/** What the messages row says for each outcome of receive(). */
const ROW_OUTCOME: Record<string, string> = { created: 'created', info: 'info', note: 'note', status: 'status', cancelled: 'cancel', refused: 'refused', ignored: 'ignored', unanswered: 'unanswered', failed: 'failed' };

describe.each(testDialects())('hostile input: mutated emails through intake on %s', (dialect) => {
  let t: TestApp;
  const emails = corpus();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => void rejections.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    t = await testApp(dialect);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await t?.close();
  });

  it(`every mutated message ends in a ticket, a refusal, an ignore, a duplicate or a recorded failure (seed ${SEED})`, async () => {
    const runs = runsFor(dialect);
    // Printed so a run can be replayed; fast-check also prints seed and path on failure.
    console.info(`hostile fuzz on ${dialect}: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} (${runs} runs here), ${emails.length} corpus messages`);
    const db = t.app.db;
    const tally: Record<string, number> = {};
    let caseNo = 0;
    let slowest = 0;
    const started = Date.now();

    await fc.assert(
      fc.asyncProperty(mutatedCaseArb, async (c: MutatedCase) => {
        caseNo += 1;
        const source = emails[c.file % emails.length]!;
        const ids = await db('messages').whereNotNull('message_id').orderBy('id').limit(200).pluck('message_id');
        const maxTicket = Number((await db('tickets').max({ m: 'id' }).first())?.m ?? 0);
        const raw = applyMutations(source.raw, c.mutations, { messageIds: ids, maxTicketId: maxTicket, freshMessageId: `fuzz-${SEED}-${dialect}-${caseNo}@fuzz.example` });
        const ticketsBefore = await db('tickets').count({ n: '*' }).first();

        if (process.env.FUZZ_DEBUG) console.error(`case ${caseNo} ${source.name} ${raw.length}B ${JSON.stringify(c.mutations).slice(0, 400)}`);
        let outcome: IntakeOutcome;
        const caseStarted = Date.now();
        try {
          outcome = await t.app.intake.receive(raw, `fuzz:${source.name}`);
        } catch (error) {
          throw new Error(`receive() threw on a mutation of ${source.name}: ${(error as Error).stack}`);
        }
        slowest = Math.max(slowest, Date.now() - caseStarted);
        tally[outcome.outcome] = (tally[outcome.outcome] ?? 0) + 1;
        if (process.env.FUZZ_DEBUG) console.error(`  → ${outcome.outcome} in ${Date.now() - caseStarted} ms: ${outcome.reason ?? ''}`.slice(0, 300));
        const where = `${source.name} → ${JSON.stringify(outcome)}`;

        // The message is recorded under the key receive() reports, whatever happened to it.
        const row = await db('messages').where({ message_key: outcome.messageKey, direction: 'in' }).first();
        expect(row, `no messages row for ${where}`).toBeTruthy();

        if (outcome.outcome === 'duplicate') {
          // Already recorded by an earlier case; nothing new was created.
          expect(Number((await db('tickets').count({ n: '*' }).first())?.n), where).toBe(Number(ticketsBefore?.n));
          return;
        }
        expect(row.outcome, where).toBe(ROW_OUTCOME[outcome.outcome]);
        if ((TICKET_OUTCOMES as readonly string[]).includes(outcome.outcome)) {
          expect(outcome.ticket, where).toMatch(/^DEL-\d+(,DEL-\d+)*$/);
          for (const ref of outcome.ticket!.split(',')) {
            expect(await db('tickets').where({ id: Number(ref.slice(4)) }).first(), `${ref} missing for ${where}`).toBeTruthy();
          }
          expect(row.ticket_id, where).not.toBeNull();
        } else {
          expect(['refused', 'ignored', 'unanswered', 'failed'], where).toContain(outcome.outcome);
          expect(outcome.reason, where).toBeTruthy();
          expect(row.reason, where).toBeTruthy();
        }
        if (outcome.outcome === 'created') {
          expect(Number((await db('tickets').count({ n: '*' }).first())?.n), where).toBe(Number(ticketsBefore?.n) + 1);
        }

        // Replies (acks, questions, refusals) are rendered from hostile text too: deliver them now.
        if (caseNo % 10 === 0) await drainEmail(t);
      }),
      { seed: SEED, numRuns: runs, endOnFailure: true, verbose: 1 },
    );
    await drainEmail(t);

    // No reply failed to render or to be written, and nothing rejected in the background.
    const failedMail = await db('notifications').where({ channel: 'email', status: 'failed' }).select('id', 'last_error');
    expect(failedMail).toEqual([]);
    expect(rejections).toEqual([]);
    // The tables and the audit chain are intact after all of it.
    expect((await verifyAudit(db)).ok).toBe(true);
    const inbound = Number((await db('messages').where({ direction: 'in' }).count({ n: '*' }).first())?.n);
    expect(inbound).toBeGreaterThan(0);
    console.info(`hostile fuzz on ${dialect}: ${runs} runs in ${Date.now() - started} ms (slowest message ${slowest} ms); outcomes ${JSON.stringify(tally)}`);
    // 250 messages take about 20 s on a quiet machine and three times that beside the other test files;
    // a slow message is caught by its own test (test/unit/hostile.parse.test.ts), not by this timeout.
  }, 240_000);
});

async function drainEmail(t: TestApp): Promise<void> {
  while ((await t.app.emailWorker.tick()) > 0) {
    /* deliver everything due */
  }
}
