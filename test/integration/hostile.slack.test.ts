/**
 * Hostile input, part 3 (Slack side), over HTTP against POST /slack/events exactly as Slack calls it:
 * - forged requests — random bodies, random or wrong-secret signatures, a body changed after signing,
 *   stale or future timestamps, missing headers — are refused and change nothing (property-based);
 * - non-staff clicks and commands are refused and audited;
 * - SQL-looking command text is answered like any text and stored verbatim; tables stay intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testDialects } from '../support/db';
import { waitFor } from '../support/wait';
import { blockActionsPayload, interactionBody, postSigned, slackSignature, slashCommandBody } from '../support/slackFake';
import { CHANNEL, SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../support/slackHarness';
import { auditForTicket, verifyAudit } from '../../src/adapters/db/auditLog';
import { buttonValue, CARD_ACTIONS } from '../../src/domain/slack/card';
import type { Ticket } from '../../src/domain/ticket';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 60;

const SQLISH = ["'; DROP TABLE tickets; --", '" OR 1=1 --', "acme-inc' OR '1'='1", 'DEL-1; DELETE FROM audit_log', "Robert'); DROP TABLE messages;--"];

let seq = 0;
async function command(h: SlackHarness, user: string, text: string): Promise<{ text?: string; blocks?: unknown[]; response_type?: string }> {
  const id = `hostile-cmd-${++seq}`;
  const res = await postSigned(h.eventsUrl, slashCommandBody({ user, text, responseUrl: h.fake.responseUrl(id) }), { secret: SIGNING_SECRET });
  expect(res.status).toBe(200);
  const [answer] = await waitFor(() => (h.fake.responsesTo(id).length ? h.fake.responsesTo(id) : null), { what: `the answer to /deletion ${text}` });
  return answer;
}

async function snapshot(h: SlackHarness, tickets: Ticket[]) {
  const versions = await Promise.all(tickets.map(async (t) => (await h.app.tickets.get(t.id)).version));
  const audit = Number((await h.app.db('audit_log').count({ n: '*' }).first())?.n);
  return { versions, audit, ticketCount: Number((await h.app.db('tickets').count({ n: '*' }).first())?.n) };
}

describe.each(testDialects())('hostile Slack requests on %s', (dialect) => {
  let h: SlackHarness;
  let tickets: Ticket[];
  beforeAll(async () => {
    h = await startSlackHarness(dialect);
    tickets = [
      await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-01' }] }),
      await h.newTicket('workspace_purge'),
    ];
    for (const t of tickets) await waitFor(() => h.fake.cards(CHANNEL).find((c) => c.blocks[0]?.text?.text?.startsWith(`DEL-${t.id} `)), { what: `the card of DEL-${t.id}` });
  });
  afterAll(async () => h?.close());

  it(`forged, tampered, stale and unsigned requests are refused and change nothing (seed ${SEED})`, async () => {
    const runs = dialect === 'sqlite' ? RUNS : Math.max(10, Math.floor(RUNS / 3));
    console.info(`hostile Slack fuzz on ${dialect}: FUZZ_SEED=${SEED} (${runs} runs)`);
    const before = await snapshot(h, tickets);
    const responseIds: string[] = [];

    // What an attacker would most like through: a staff member's Approve/Cancel/Reject, or a command.
    const dangerousBody = fc.record({ ticket: fc.constantFrom(0, 1), action: fc.constantFrom(CARD_ACTIONS.approve, CARD_ACTIONS.cancel, CARD_ACTIONS.reject), user: fc.constantFrom('UALICE', 'UBOB', 'UCAROL') }).map(({ ticket, action, user }) => {
      const id = `forged-${++seq}`;
      responseIds.push(id);
      return interactionBody(blockActionsPayload({ user, actionId: action, value: buttonValue(tickets[ticket]!), responseUrl: h.fake.responseUrl(id) }));
    });
    const commandBody = fc.constantFrom('approve DEL-1', 'approve DEL-2', 'cancel DEL-1', 'reject DEL-2 forged', 'new ana@acme.example delete workspace acme-inc').map((text) => {
      const id = `forged-${++seq}`;
      responseIds.push(id);
      return slashCommandBody({ user: 'UALICE', text, responseUrl: h.fake.responseUrl(id) });
    });
    const randomBody = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.json().map((j) => `payload=${encodeURIComponent(j)}`));
    const now = () => Math.floor(Date.now() / 1000);
    const forgery = fc.oneof(
      fc.record({ how: fc.constant('wrong secret' as const), secret: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== SIGNING_SECRET) }),
      fc.record({ how: fc.constant('random signature' as const), signature: fc.oneof(fc.stringMatching(/^v0=[0-9a-f]{64}$/), fc.string({ maxLength: 80 }), fc.constantFrom('', 'v0=', 'v1=' + '0'.repeat(64))) }),
      fc.record({ how: fc.constant('tampered body' as const), extra: fc.string({ minLength: 1, maxLength: 20 }) }),
      fc.record({ how: fc.constant('stale timestamp' as const), ageSeconds: fc.integer({ min: 5 * 60 + 30, max: 10 * 365 * 86_400 }) }),
      fc.record({ how: fc.constant('future timestamp' as const), aheadSeconds: fc.integer({ min: 5 * 60 + 30, max: 10 * 365 * 86_400 }) }),
      fc.record({ how: fc.constant('bad timestamp' as const), timestamp: fc.constantFrom('', 'abc', '1e10', '-1', '0x10', ' ') }),
      fc.record({ how: fc.constant('no signature headers' as const) }),
    );

    await fc.assert(
      fc.asyncProperty(fc.oneof(dangerousBody, commandBody, randomBody), forgery, async (body, f) => {
        let status: number;
        switch (f.how) {
          case 'wrong secret':
            status = (await postSigned(h.eventsUrl, body, { secret: f.secret })).status;
            break;
          case 'random signature':
            status = (await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, signature: f.signature })).status;
            break;
          case 'tampered body': {
            // Signed correctly, then changed on the way: the signature no longer covers the body.
            const ts = now();
            status = (await postSigned(h.eventsUrl, body + f.extra, { secret: SIGNING_SECRET, timestamp: ts, signature: slackSignature(SIGNING_SECRET, ts, body) })).status;
            break;
          }
          case 'stale timestamp':
            // Correctly signed for its timestamp — a replayed old request.
            status = (await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, timestamp: now() - f.ageSeconds })).status;
            break;
          case 'future timestamp':
            status = (await postSigned(h.eventsUrl, body, { secret: SIGNING_SECRET, timestamp: now() + f.aheadSeconds })).status;
            break;
          case 'bad timestamp': {
            const res = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': f.timestamp, 'x-slack-signature': slackSignature(SIGNING_SECRET, Number(f.timestamp) || 0, body) }, body });
            await res.text();
            status = res.status;
            break;
          }
          case 'no signature headers': {
            const res = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
            await res.text();
            status = res.status;
            break;
          }
        }
        expect(status, `${f.how} got ${status}`).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: runs, endOnFailure: true },
    );

    // A correctly signed request still works, so the refusals were about the signatures — and once it
    // is answered, anything a forged request had started would have had time to show.
    const probe = await command(h, 'UALICE', 'help');
    expect(probe.text).toContain('/deletion');
    const after = await snapshot(h, tickets);
    expect(after).toEqual(before);
    for (const id of responseIds) expect(h.fake.responsesTo(id)).toEqual([]);
    expect(h.fake.callsOf('views.open')).toEqual([]);
  });

  it('non-staff clicks and commands are refused, audited, and change nothing', async () => {
    const [source, purge] = tickets as [Ticket, Ticket];
    const before = await snapshot(h, tickets);
    const users = ['UMALLORY', 'U0RANDOM', 'S0STAFF', 'ualice', 'UALICE ', 'W0ENTERPRISE'];
    for (const user of users) {
      for (const [action, t] of [[CARD_ACTIONS.approve, purge], [CARD_ACTIONS.approve, source], [CARD_ACTIONS.cancel, source], [CARD_ACTIONS.reject, purge]] as const) {
        const id = `nonstaff-${++seq}`;
        const res = await postSigned(h.eventsUrl, interactionBody(blockActionsPayload({ user, actionId: action, value: buttonValue(t), responseUrl: h.fake.responseUrl(id) })), { secret: SIGNING_SECRET });
        expect(res.status).toBe(200);
        const [answer] = await waitFor(() => (h.fake.responsesTo(id).length ? h.fake.responsesTo(id) : null), { what: `the refusal of ${user}` });
        expect(answer.text).toMatch(/only the deletion desk staff/);
      }
      for (const text of [`approve DEL-${purge.id}`, `cancel DEL-${source.id}`, `reject DEL-${purge.id} no`]) {
        expect((await command(h, user, text)).text).toMatch(/only the deletion desk staff/);
      }
    }
    const after = await snapshot(h, tickets);
    expect(after.versions).toEqual(before.versions);
    for (const t of tickets) {
      const current = await h.app.tickets.get(t.id);
      expect([current.status, current.approvals]).toEqual(['awaiting_approval', []]);
    }
    const refusals = [...(await auditForTicket(h.app.db, source.id)), ...(await auditForTicket(h.app.db, purge.id))].filter((e) => e.action === 'refused');
    for (const user of ['UMALLORY', 'U0RANDOM', 'S0STAFF']) expect(refusals.some((e) => e.actor === `slack:${user}`), user).toBe(true);
    expect(h.fake.callsOf('views.open')).toEqual([]);
  });

  it('SQL-looking command text is read as text, stored verbatim, and every table is intact', async () => {
    const counts = async () => Object.fromEntries(await Promise.all(['workspaces', 'sources', 'spaces', 'contacts', 'tickets', 'messages', 'audit_log'].map(async (tb) => [tb, Number((await h.app.db(tb).count({ n: '*' }).first())?.n)] as const)));
    const before = await counts();
    for (const sql of SQLISH) {
      const status = await command(h, 'UBOB', `status ${sql}`);
      expect(status.text ?? JSON.stringify(status.blocks)).not.toMatch(/DEL-\d+.*DEL-\d+.*DEL-\d+/s);
      await command(h, 'UBOB', `show ${sql}`);
      await command(h, 'UBOB', `list ${sql}`);
    }
    // A ticket opened from Slack with SQL in it, and rejected with SQL as the reason.
    const created = await command(h, 'UBOB', `new ana@acme.example called: please delete the ios-app source of acme-inc for 2024-03-05 ${SQLISH[0]}`);
    const id = Number(/DEL-(\d+)/.exec(created.text ?? '')?.[1]);
    expect(id).toBeGreaterThan(0);
    const made = await h.app.tickets.get(id);
    expect([made.workspace, made.sources]).toEqual(['acme-inc', ['ios-app']]);
    const reason = `Not ours ${SQLISH[3]} ${SQLISH[1]}`;
    await command(h, 'UALICE', `reject DEL-${id} ${reason}`);
    expect((await h.app.tickets.get(id)).rejectReason).toBe(reason);

    const after = await counts();
    expect([after.workspaces, after.sources, after.spaces, after.contacts]).toEqual([before.workspaces, before.sources, before.spaces, before.contacts]);
    expect(after.tickets).toBe(before.tickets + 1);
    expect(after.audit_log).toBeGreaterThan(before.audit_log);
    expect((await verifyAudit(h.app.db)).ok).toBe(true);
  });
});
