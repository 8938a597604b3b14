/**
 * Hostile input, part 3 (email side): spoofed senders and SQL-looking text do nothing they should not.
 *
 * - A workspace purge from an address that is not a contact is unverified and cannot run without two
 *   staff approvals; nothing the sender writes afterwards approves it.
 * - Cancel and status from a non-contact — by ticket id, by thread, by workspace name, with a forged
 *   display name — leave the ticket unchanged and the reply names no scope.
 * - SQL-looking subjects, bodies, names and slugs are stored verbatim and parsed like any text; every
 *   table is intact afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { testDialects } from '../support/db';
import { email, testApp, type TestApp } from '../support/app';
import { auditForTicket, verifyAudit } from '../../src/adapters/db/auditLog';
import { isVerified } from '../../src/domain/ticket';

async function deliverAll(t: TestApp): Promise<void> {
  while ((await t.app.emailWorker.tick()) > 0) {
    /* deliver everything due */
  }
}

/** Every email written to the outbox so far, addressed to `to`. */
async function mailTo(t: TestApp, to: string): Promise<ParsedMail[]> {
  await deliverAll(t);
  const dir = t.config.outboxDir;
  if (!fs.existsSync(dir)) return [];
  const all = await Promise.all(fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map(async (f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
  return all.filter((m) => (m.to && 'text' in m.to ? m.to.text : '').toLowerCase().includes(to));
}

/** Words of acme-inc's scope that a stranger must never read. */
const SCOPE_WORDS = /acme-inc|acme inc|ios-app|android|Default Space|Marketing|ws_8f2k1|src_|spa_|ana@acme|ops@acme/i;

const SQLISH = ["'; DROP TABLE tickets; --", '" OR 1=1 --', "') OR ('1'='1", "Robert'); DROP TABLE messages;--", '1; DELETE FROM audit_log WHERE 1=1', "\\'; TRUNCATE notifications; --"];

async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['workspaces', 'sources', 'spaces', 'contacts', 'tickets', 'messages', 'audit_log', 'notifications']) {
    out[table] = Number((await t.app.db(table).count({ n: '*' }).first())?.n);
  }
  return out;
}

describe.each(testDialects())('hostile senders on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(async () => t?.close());

  it('a workspace purge from a non-contact is unverified and cannot complete without two staff approvals', async () => {
    const created = await t.app.intake.receive(email({ from: 'Ana Lopez <mallory@evil.example>', subject: 'Complete data purge', body: 'Please delete our workspace acme-inc completely, all our data.' }), 'test');
    expect(created).toMatchObject({ outcome: 'created', ticket: 'DEL-1' });
    const ticket = await t.app.tickets.get(1);
    expect(ticket.kind).toBe('workspace_purge');
    expect(ticket.verification.contact).toBe(false);
    expect(isVerified(ticket.verification)).toBe(false);
    expect(ticket.status).toBe('awaiting_approval');

    // A customer actor can never approve, even through the service directly.
    await expect(t.app.tickets.apply(1, { type: 'approve', actor: { type: 'customer', address: 'mallory@evil.example' }, isStaff: false })).rejects.toMatchObject({ code: 'not_allowed' });
    // One staff approval is not enough for a purge; the second must be a different person.
    await t.app.tickets.apply(1, { type: 'approve', actor: { type: 'staff', id: 'UALICE' }, isStaff: true });
    await expect(t.app.tickets.apply(1, { type: 'approve', actor: { type: 'staff', id: 'UALICE' }, isStaff: true })).rejects.toMatchObject({ code: 'conflict' });
    expect((await t.app.tickets.get(1)).status).toBe('awaiting_approval');

    // Nothing the sender writes approves it, however it is phrased, in the thread or not.
    const [ack] = await mailTo(t, 'mallory@evil.example');
    const ackId = ack!.messageId!.replace(/[<>]/g, '');
    for (const raw of [
      email({ from: 'mallory@evil.example', subject: 'Re: [DEL-1] Complete data purge', body: 'Approved. Go ahead and run DEL-1 now, approval: yes, approved by staff.' }),
      email({ from: 'mallory@evil.example', subject: 'Re: approval', inReplyTo: ackId, body: '/deletion approve DEL-1' }),
      email({ from: '"Deletion Desk Staff" <deletions@desk.example.evil.example>', subject: '[DEL-1] approved', body: 'Staff approval granted for DEL-1.' }),
    ]) {
      const before = await t.app.tickets.get(1);
      await t.app.intake.receive(raw, 'test');
      const after = await t.app.tickets.get(1);
      expect(after.approvals.length).toBeLessThanOrEqual(before.approvals.length);
    }
    // Time passes well beyond the grace period; nothing is scheduled or runs without two approvals.
    t.clock.advanceDays(40);
    const after = await t.app.tickets.get(1);
    expect(['awaiting_approval', 'needs_info']).toContain(after.status);
    expect(after.approvals.length).toBeLessThan(2);
    expect(after.runAfter).toBeNull();
    expect(isVerified(after.verification)).toBe(false);
    expect(Number((await t.app.db('jobs').count({ n: '*' }).first())?.n)).toBe(0);
  });

  it('a stranger replying in a ticket thread is recorded for staff and changes nothing', async () => {
    await t.app.intake.receive(email({ body: 'Please delete our workspace acme-inc completely, all our data.' }), 'test');
    await t.app.tickets.apply(1, { type: 'approve', actor: { type: 'staff', id: 'UALICE' }, isStaff: true });
    const before = await t.app.tickets.get(1);
    expect([before.kind, before.approvals.length, isVerified(before.verification)]).toEqual(['workspace_purge', 1, true]);
    const outcome = await t.app.intake.receive(email({ from: 'eve@evil.example', subject: 'Re: [DEL-1] Data deletion request', body: 'Actually delete only the ios-app source of acme-inc for 2024-03-01.' }), 'test');
    expect(outcome).toMatchObject({ outcome: 'note', ticket: 'DEL-1' });
    const after = await t.app.tickets.get(1);
    expect(after).toEqual(before);
  });

  it('cancel and status from a non-contact change nothing and leak no scope, however they point at the ticket', async () => {
    await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', messageId: 'orig@acme.example' }), 'test');
    const before = await t.app.tickets.get(1);
    expect(before.status).toBe('awaiting_approval');
    const [ack] = await mailTo(t, 'ana@acme.example');
    const ackId = ack!.messageId!.replace(/[<>]/g, '');
    const auditBefore = (await auditForTicket(t.app.db, 1)).length;

    const attempts = [
      email({ from: 'eve@evil.example', subject: 'cancel', body: 'Cancel the deletion DEL-1 please.' }),
      email({ from: 'eve@evil.example', subject: 'Re: [DEL-1] Data deletion request', body: 'Please cancel this deletion, our workspace was deleted maliciously!' }),
      email({ from: 'eve@evil.example', subject: 'Re: your deletion', inReplyTo: ackId, references: `<orig@acme.example> <${ackId}>`, body: 'Stop, cancel it.' }),
      email({ from: 'eve@evil.example', subject: 'cancel', body: 'Please cancel the deletion for workspace acme-inc.' }),
      email({ from: '"ana@acme.example" <eve@evil.example>', subject: 'cancel', body: 'Cancel DEL-1.' }),
      email({ from: 'Ana Lopez <ana@acme.example.evil.example>', subject: 'cancel', body: 'Cancel DEL-1.' }),
      email({ from: 'eve@evil.example', subject: 'status?', body: 'What is the status of DEL-1?' }),
      email({ from: 'eve@evil.example', subject: 'Re: [DEL-1] status', body: 'Any update on this?' }),
      email({ from: 'eve@evil.example', subject: 'status', body: 'What is the status of the deletion for workspace acme-inc?' }),
      email({ from: 'eve@evil.example', subject: 'status', body: 'What is the status of DEL-1 DEL-2 DEL-999999999?' }),
    ];
    for (const raw of attempts) {
      const outcome = await t.app.intake.receive(raw, 'test');
      // Refused, kept unanswered, or at most recorded as a note on the thread; never a status answer or a cancellation.
      expect(['refused', 'unanswered', 'note', 'info']).toContain(outcome.outcome);
      expect(outcome.outcome === 'info' ? (await t.app.tickets.get(1)).verification.contact : false).toBe(false);
    }
    const after = await t.app.tickets.get(1);
    expect(after.status).toBe('awaiting_approval');
    expect([after.kind, after.workspace, after.sources, after.ranges]).toEqual([before.kind, before.workspace, before.sources, before.ranges]);
    expect(after.approvals).toEqual([]);
    expect((await auditForTicket(t.app.db, 1)).filter((e) => e.action === 'cancelled')).toEqual([]);
    expect((await auditForTicket(t.app.db, 1)).length).toBeGreaterThanOrEqual(auditBefore);

    const replies = await mailTo(t, 'eve@evil.example');
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(`${reply.subject}\n${reply.text}\n${reply.html || ''}`).not.toMatch(SCOPE_WORDS);
    }
  });

  it('SQL-looking subjects, bodies, names and slugs are stored verbatim, parsed as text, and every table is intact', async () => {
    const countsBefore = await tableCounts(t);
    let n = 0;
    for (const sql of SQLISH) {
      n += 1;
      const subject = `Deletion ${sql}`;
      const body = `Please delete ios-app data of acme-inc for 2024-03-0${n}. ${sql}\nworkspace: acme-inc${sql}\nsource: ${sql}`;
      const outcome = await t.app.intake.receive(email({ from: `"${sql.replace(/"/g, '')}" <ana@acme.example>`, subject, body, messageId: `sql-${n}@acme.example` }), 'test');
      expect(outcome.outcome).toBe('created');
      const row = await t.app.db('messages').where({ message_key: `sql-${n}@acme.example` }).first();
      expect(row.subject).toBe(subject);
      expect(row.body).toContain(sql);
      const ticket = await t.app.tickets.get(Number(outcome.ticket!.slice(4)));
      // Parsed like any text: the real workspace and source are found; the SQL names nothing.
      expect(ticket.workspace).toBe('acme-inc');
      expect(ticket.sources).toEqual(['ios-app']);
      expect(ticket.ranges).toEqual([{ from: `2024-03-0${n}`, to: `2024-03-0${n}` }]);
    }
    // A slug made of SQL is just an unknown workspace.
    const odd = await t.app.intake.receive(email({ subject: 'purge', body: "Please purge workspace x' OR '1'='1 completely, all data.", messageId: 'sql-slug@acme.example' }), 'test');
    expect(odd.outcome).toBe('created');
    const oddTicket = await t.app.tickets.get(Number(odd.ticket!.slice(4)));
    expect(oddTicket.workspace === null || oddTicket.workspace === 'acme-inc').toBe(true);
    await deliverAll(t);

    const countsAfter = await tableCounts(t);
    expect(countsAfter.workspaces).toBe(countsBefore.workspaces);
    expect(countsAfter.sources).toBe(countsBefore.sources);
    expect(countsAfter.contacts).toBe(countsBefore.contacts);
    expect(countsAfter.tickets).toBe(SQLISH.length + 1);
    expect(countsAfter.messages).toBeGreaterThanOrEqual(SQLISH.length + 1);
    expect((await verifyAudit(t.app.db)).ok).toBe(true);
    // Each acknowledgement answers in its thread with our own subject, whatever SQL the customer's held.
    const acks = await mailTo(t, 'ana@acme.example');
    expect(acks.length).toBeGreaterThan(0);
    for (const m of acks) expect(m.subject).toMatch(/^Re: \[DEL-\d+\] [A-Z][\w ,]*: (source data of acme-inc|[\w ]+)$/);
  });
});
