/**
 * The customer's confirmation and "any change of scope starts over", through real email (intake, the
 * real parser) on SQLite and PostgreSQL. Failures 1 and 5 of the three-keys issue were found this way:
 * each test here failed on the desk before confirmations existed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { email, testApp, type TestApp } from '../support/app';
import { notificationsForTicket } from '../../src/adapters/db/outboxStore';

describe.each(testDialects())('confirmation through email on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(async () => t?.close());

  let n = 0;
  /** A message in the ticket's thread (the [DEL-n] subject) from `from`. */
  const reply = (id: number, body: string, from = 'Ana Lopez <ana@acme.example>') => {
    n += 1;
    return t.app.intake.receive(email({ from, subject: `Re: [DEL-${id}] Data deletion request`, body, messageId: `reply-${n}-${Date.now()}@mail.example` }), 'test');
  };
  const request = async (body: string, from?: string) => {
    const outcome = await t.app.intake.receive(email({ body, from }), 'test');
    return Number(outcome.ticket!.slice('DEL-'.length));
  };
  const approve = (id: number, staff = 'U_ALICE') => t.app.tickets.apply(id, { type: 'approve', actor: { type: 'staff', id: staff }, isStaff: true });
  const emailsOf = async (id: number) => (await notificationsForTicket(t.app.db, id)).filter((x) => x.channel === 'email').map((x) => x.payload as { to: string; template: string; text: string });

  it('failure 1: "Yes, exactly as I wrote — please keep that one day" never widens the scope: 5 March is never approved', async () => {
    // The parser reads the exception itself now: 5 March is not in the scope it shows for confirmation.
    const id = await request('Please delete the ios-app source of acme-inc for March 1–10 2024, except March 5.');
    const read = await t.app.tickets.get(id);
    expect(read.ranges).toEqual([{ from: '2024-03-01', to: '2024-03-04' }, { from: '2024-03-06', to: '2024-03-10' }]);
    await reply(id, 'Yes, exactly as I wrote — please keep that one day.');
    const kept = await t.app.tickets.get(id);
    expect(kept.ranges).toEqual(read.ranges);
    // "Yes, exactly as I wrote" is no written confirmation of the listed days: nothing can run yet.
    expect(kept.confirmation.state).toBe('pending');
    const ack = (await emailsOf(id)).find((e) => e.template === 'received')!;
    expect(ack.text).toContain('UTC days: Fri 1 March 2024 – Mon 4 March 2024, 4 days');
    expect(ack.text).toContain('UTC days: Wed 6 March 2024 – Sun 10 March 2024, 5 days');
  });

  it('failure 1: a reply that answers nothing keeps the open question; the scope it was about is never approved', async () => {
    // 03/04/2024 reads two ways (3 April or 4 March): the bot asks.
    const id = await request('Please delete the ios-app source of acme-inc for 03/04/2024.');
    const asked = await t.app.tickets.get(id);
    expect(asked.status).toBe('needs_info');
    expect(asked.ambiguities).toHaveLength(1);

    await reply(id, 'Yes, exactly as I wrote — please keep that one day.');
    const after = await t.app.tickets.get(id);
    expect(after.status).toBe('needs_info');
    expect(after.ambiguities).toEqual(asked.ambiguities);
    await expect(approve(id)).rejects.toThrow(/cannot be approved/);
    expect((await emailsOf(id)).map((e) => e.template)).toEqual(['needs_info', 'needs_info']);

    // Naming the day answers the question; the customer is then asked to confirm exactly that.
    await reply(id, 'Please delete 4 March 2024.');
    const answered = await t.app.tickets.get(id);
    expect(answered.status).toBe('awaiting_approval');
    expect(answered.ranges).toEqual([{ from: '2024-03-04', to: '2024-03-04' }]);
    const ack = (await emailsOf(id)).at(-1)!;
    expect(ack.template).toBe('received');
    expect(ack.text).toContain('UTC days: Mon 4 March 2024 – Mon 4 March 2024, 1 day');
  });

  it('failure 5: a reply that changes the Unify space restarts the grace period, voids the confirmation and asks again', async () => {
    const id = await request('Please delete the Unify space Default Space in workspace acme-inc.');
    await reply(id, 'I confirm.');
    expect((await t.app.tickets.get(id)).confirmation.state).toBe('confirmed');
    t.clock.advanceDays(6);
    await reply(id, 'Please delete the space Marketing of workspace acme-inc instead.');
    const moved = await t.app.tickets.get(id);
    expect(moved.space).toBe('Marketing');
    expect(moved.requestedAt).toBe(t.clock.now().toISOString());
    expect(moved.confirmation.state).toBe('pending');
    expect(moved.notes.join(' ')).toMatch(/waiting period restarted/);
    expect((await emailsOf(id)).at(-1)!.text).toContain('Unify space: Marketing (spa_78)');
    await reply(id, 'Confirmed.');
    const scheduled = await approve(id);
    expect(scheduled.status).toBe('scheduled');
    // Five days from the change, not from the first email six days ago.
    expect(scheduled.runAfter).toBe(new Date(t.clock.now().getTime() + 5 * 86_400_000).toISOString());
  });

  it('approved first, then the reply "confirm" schedules it; "Confirmed." does not turn a space deletion into a source deletion', async () => {
    const id = await request('Please delete the Unify space Marketing in workspace acme-inc.');
    expect((await approve(id)).status).toBe('awaiting_approval');
    await reply(id, 'Confirmed.');
    const done = await t.app.tickets.get(id);
    expect(done).toMatchObject({ kind: 'unify_space', space: 'Marketing', status: 'scheduled', confirmation: { state: 'confirmed', by: 'email:ana@acme.example' } });
    expect((await emailsOf(id)).map((e) => e.template)).toEqual(['received', 'scheduled']);
  });

  it('German, French and Spanish confirmations count; a question about confirming does not', async () => {
    for (const [words, state] of [['Ich bestätige.', 'confirmed'], ['Je confirme.', 'confirmed'], ['Confirmado.', 'confirmed'], ['Can you confirm which days these are?', 'pending']] as const) {
      const id = await request('Please delete the ios-app source of acme-inc for 2024-03-01.');
      await reply(id, words);
      expect((await t.app.tickets.get(id)).confirmation.state, words).toBe(state);
    }
  });

  it("a stranger's request: the confirmation goes to the workspace's contacts, and only a contact's reply confirms", async () => {
    const id = await request('Please delete the ios-app source of acme-inc for 2024-03-01.', 'Eve <eve@elsewhere.example>');
    const sent = await emailsOf(id);
    expect(sent.map((e) => [e.template, e.to])).toEqual([['received', 'eve@elsewhere.example'], ['confirm', 'ana@acme.example'], ['confirm', 'ops@acme.example']]);
    expect(sent[0]!.text).not.toContain('Please confirm exactly');
    // The stranger's own "confirm" is kept as a note, not a confirmation.
    await reply(id, 'I confirm.', 'Eve <eve@elsewhere.example>');
    expect((await t.app.tickets.get(id)).confirmation.state).toBe('pending');
    await reply(id, 'I confirm.', 'Ops <ops@acme.example>');
    expect((await t.app.tickets.get(id)).confirmation).toMatchObject({ state: 'confirmed', by: 'email:ops@acme.example' });
  });

  it("every email a new ticket sends threads under the request and the emails before it, as the customer's and the contacts' mail clients show them", async () => {
    const raw = email({ body: 'Please delete the ios-app source of acme-inc for 2024-03-01.', from: 'Eve <eve@elsewhere.example>', messageId: 'eve-request@elsewhere.example' });
    const id = Number((await t.app.intake.receive(raw, 'test')).ticket!.slice('DEL-'.length));
    const sent = (await notificationsForTicket(t.app.db, id)).filter((x) => x.channel === 'email').map((x) => x.payload as { template: string; messageId: string; inReplyTo: string | null; references: string[] });
    expect(sent.map((e) => e.template)).toEqual(['received', 'confirm', 'confirm']);
    const [received, first, second] = sent;
    expect(received).toMatchObject({ inReplyTo: 'eve-request@elsewhere.example', references: ['eve-request@elsewhere.example'] });
    expect(first).toMatchObject({ inReplyTo: received!.messageId, references: ['eve-request@elsewhere.example', received!.messageId] });
    expect(second).toMatchObject({ inReplyTo: first!.messageId, references: ['eve-request@elsewhere.example', received!.messageId, first!.messageId] });
  });

  it('a scope change on a scheduled ticket stops it: back to approval and confirmation', async () => {
    const id = await request('Please delete the ios-app source of acme-inc for 2024-03-01 to 2024-03-03.');
    await reply(id, 'Confirmed.');
    expect((await approve(id)).status).toBe('scheduled');
    await reply(id, 'Correction: please delete the ios-app source of acme-inc for 2024-03-02 to 2024-03-03 only.');
    const changed = await t.app.tickets.get(id);
    expect(changed).toMatchObject({ status: 'awaiting_approval', approvals: [], runAfter: null, manifest: null, confirmation: { state: 'pending' }, ranges: [{ from: '2024-03-02', to: '2024-03-03' }] });
  });
});
