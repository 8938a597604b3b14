import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { testApp, type TestApp } from '../support/app';
import type { Actor } from '../../src/domain/ticket';
import type { ParseResult } from '../../src/domain/request';
import { auditForTicket, verifyAudit } from '../../src/adapters/db/auditLog';
import { notificationsForTicket } from '../../src/adapters/db/outboxStore';
import { AppError, isAppError } from '../../src/errors';
import { TicketService, type TicketStores } from '../../src/services/ticketService';
import { ticketStore } from '../../src/adapters/db/ticketStore';
import { messageStore } from '../../src/adapters/db/messageStore';
import { auditLog } from '../../src/adapters/db/auditLog';
import { outbox } from '../../src/adapters/db/outboxStore';
import { silentLogger } from '../../src/logger';
import { waitFor } from '../support/wait';

const alice: Actor = { type: 'staff', id: 'U_ALICE' };
const bob: Actor = { type: 'staff', id: 'U_BOB' };
const ana: Actor = { type: 'customer', address: 'ana@acme.example' };

function parse(over: Partial<ParseResult> = {}): ParseResult {
  return { kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-01' }], ticket: null, missing: [], ambiguities: [], notes: [], ...over };
}

describe.each(testDialects())('ticket service on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, { env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_CHANNEL: 'C123' } });
  });
  afterEach(async () => t?.close());

  const create = (over: Partial<ParseResult> = {}, createdBy: Actor = ana) =>
    t.app.tickets.create({ parse: parse(over), requester: 'ana@acme.example', createdBy, verification: { contact: true, auth: 'none', spoofSuspected: false, overriddenBy: null }, requestedAt: t.clock.now() });

  /** The customer replied "confirm": the tests below are about approvals, the other key is in place. */
  const confirmedTicket = async (over: Partial<ParseResult> = {}) => {
    const ticket = await create(over);
    return t.app.tickets.apply(ticket.id, { type: 'info', actor: ana, parse: parse({ kind: 'unknown', workspace: null, sources: [], ranges: [] }), verification: { contact: true, auth: 'none', spoofSuspected: false, overriddenBy: null }, confirms: true });
  };

  it('writes the ticket, one audit entry and its notifications in each transition', async () => {
    const ticket = await create();
    expect(ticket.status).toBe('awaiting_approval');
    const approved = await t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true });
    expect(approved.status).toBe('awaiting_approval');
    const confirmed = await t.app.tickets.apply(ticket.id, { type: 'info', actor: ana, parse: parse({ kind: 'unknown', workspace: null, sources: [], ranges: [] }), verification: { contact: true, auth: 'none', spoofSuspected: false, overriddenBy: null }, confirms: true });
    expect(confirmed.status).toBe('scheduled');
    const stored = await t.app.tickets.get(ticket.id);
    expect(stored.status).toBe('scheduled');
    expect(stored.confirmation).toEqual({ state: 'confirmed', by: 'email:ana@acme.example', at: t.clock.now().toISOString(), reason: null });
    expect(stored.manifest).toMatchObject({ workspaceId: 'ws_8f2k1', sourceIds: ['src_91ab'], ranges: [{ from: '2024-03-01', to: '2024-03-01' }] });
    expect(await t.app.db('tickets').where({ id: ticket.id }).first('confirmation')).toEqual({ confirmation: 'confirmed' });
    const audit = await auditForTicket(t.app.db, ticket.id);
    expect(audit.map((a) => [a.action, a.actor, a.detail.version])).toEqual([
      ['created', 'email:ana@acme.example', 1],
      ['approved', 'staff:U_ALICE', 2],
      ['confirmed', 'email:ana@acme.example', 3],
    ]);
    const notes = await notificationsForTicket(t.app.db, ticket.id);
    expect(notes.map((n) => [n.channel, (n.payload as { template?: string }).template ?? null])).toEqual([
      ['slack', null],
      ['email', 'received'],
      ['slack', null],
      ['slack', null],
      ['email', 'scheduled'],
    ]);
    expect((await verifyAudit(t.app.db)).ok).toBe(true);
  });

  it('a refused transition changes nothing and queues nothing', async () => {
    const ticket = await create({}, alice);
    await expect(t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true })).rejects.toThrow(/created by you/);
    expect((await t.app.tickets.get(ticket.id)).status).toBe('awaiting_approval');
    expect(await auditForTicket(t.app.db, ticket.id)).toHaveLength(1);
    expect(await notificationsForTicket(t.app.db, ticket.id)).toHaveLength(2);
  });

  it('two staff approving a source deletion at once approve it exactly once', async () => {
    const ticket = await confirmedTicket();
    const results = await Promise.allSettled([
      t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true }),
      t.app.tickets.apply(ticket.id, { type: 'approve', actor: bob, isStaff: true }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isAppError(loser.reason, 'invalid_transition')).toBe(true);
    const final = await t.app.tickets.get(ticket.id);
    expect(final.approvals).toHaveLength(1);
    expect((await auditForTicket(t.app.db, ticket.id)).filter((a) => a.action === 'approved')).toHaveLength(1);
  });

  it('a double click on a workspace purge counts once; a second person completes it', async () => {
    const ticket = await confirmedTicket({ kind: 'workspace_purge', sources: [], ranges: [] });
    const clicks = await Promise.allSettled([
      t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true }),
      t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true }),
    ]);
    expect(clicks.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await t.app.tickets.get(ticket.id)).status).toBe('awaiting_approval');
    t.clock.advanceDays(1);
    const done = await t.app.tickets.apply(ticket.id, { type: 'approve', actor: bob, isStaff: true });
    expect(done.status).toBe('scheduled');
    expect(done.runAfter).toBe('2024-03-17T10:00:00.000Z');
    expect(done.approvals.map((a) => a.by)).toEqual(['staff:U_ALICE', 'staff:U_BOB']);
  });

  it('the grace window: cancellable while scheduled, not once running', async () => {
    const ticket = await confirmedTicket({ kind: 'workspace_purge', sources: [], ranges: [] });
    await t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true });
    await t.app.tickets.apply(ticket.id, { type: 'approve', actor: bob, isStaff: true });
    t.clock.advanceDays(4);
    await expect(t.app.tickets.apply(ticket.id, { type: 'start', actor: { type: 'system', id: 'executor' } })).rejects.toThrow(/may not run before/);
    const cancelled = await t.app.tickets.apply(ticket.id, { type: 'cancel', actor: ana, isStaff: false, isContact: true });
    expect(cancelled.status).toBe('cancelled');

    const other = await confirmedTicket({ kind: 'workspace_purge', sources: [], ranges: [] });
    await t.app.tickets.apply(other.id, { type: 'approve', actor: alice, isStaff: true });
    await t.app.tickets.apply(other.id, { type: 'approve', actor: bob, isStaff: true });
    t.clock.advanceDays(6);
    expect((await t.app.tickets.apply(other.id, { type: 'start', actor: { type: 'system', id: 'executor' } })).status).toBe('running');
    await expect(t.app.tickets.apply(other.id, { type: 'cancel', actor: ana, isStaff: false, isContact: true })).rejects.toThrow(/already started/);
  });

  it('an edit to another workspace checks the requester against its contacts', async () => {
    const ticket = await create();
    const moved = await t.app.tickets.apply(ticket.id, { type: 'edit', actor: bob, patch: { workspace: 'globex', sources: ['ios-app'] } });
    expect(moved.verification.contact).toBe(false);
    const back = await t.app.tickets.apply(ticket.id, { type: 'edit', actor: bob, patch: { workspace: 'acme-inc' } });
    expect(back.verification.contact).toBe(true);
  });

  it('emails caused by staff or the executor are never held by the loop guard', async () => {
    const ticket = await confirmedTicket();
    // Fill the hour's allowance for this address with answers to incoming mail.
    for (let i = 0; i < 6; i++) await create();
    const approved = await t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true });
    expect(approved.status).toBe('scheduled');
    const scheduledMail = (await notificationsForTicket(t.app.db, ticket.id)).find((n) => (n.payload as { template?: string }).template === 'scheduled');
    expect(scheduledMail?.status).toBe('pending');
  });

  it('reject and edit are recorded with who did it', async () => {
    const a = await create();
    await t.app.tickets.apply(a.id, { type: 'edit', actor: bob, patch: { sources: ['android', 'ios-app'] } });
    const rejected = await t.app.tickets.apply(a.id, { type: 'reject', actor: alice, isStaff: true, reason: 'Duplicate of DEL-1' });
    expect(rejected.rejectReason).toBe('Duplicate of DEL-1');
    const audit = await auditForTicket(t.app.db, a.id);
    expect(audit.map((e) => `${e.action}:${e.actor}`)).toEqual(['created:email:ana@acme.example', 'edited:staff:U_BOB', 'rejected:staff:U_ALICE']);
    expect(audit[1]!.detail.changes).toEqual(['sources: ios-app → android, ios-app']);
  });

  it("a requester who is not a contact: the confirmation request goes to the workspace's contacts, not to them", async () => {
    const ticket = await t.app.tickets.create({ parse: parse(), requester: 'eve@elsewhere.example', createdBy: { type: 'customer', address: 'eve@elsewhere.example' }, verification: { contact: false, auth: 'none', spoofSuspected: false, overriddenBy: null }, requestedAt: t.clock.now() });
    const emails = (await notificationsForTicket(t.app.db, ticket.id)).filter((n) => n.channel === 'email').map((n) => n.payload as { to: string; template: string; text: string });
    expect(emails.map((e) => [e.template, e.to])).toEqual([['received', 'eve@elsewhere.example'], ['confirm', 'ana@acme.example'], ['confirm', 'ops@acme.example']]);
    expect(emails[0]!.text).toContain('we act on a deletion request only when a registered contact of the workspace confirms it');
    expect(emails[0]!.text).not.toContain('Please confirm exactly');
    expect(emails[1]!.text).toContain('sent by eve@elsewhere.example');
    expect(emails[1]!.text).toContain('UTC days: Fri 1 March 2024 – Fri 1 March 2024, 1 day');
  });

  it('staff waive the confirmation with a reason; it is stored, audited and then scheduled with the approval', async () => {
    const ticket = await create();
    await expect(t.app.tickets.apply(ticket.id, { type: 'waive', actor: alice, isStaff: true, reason: ' ' })).rejects.toThrow(/reason is required/);
    const waived = await t.app.tickets.apply(ticket.id, { type: 'waive', actor: alice, isStaff: true, reason: 'confirmed on a call with ana' });
    expect(waived.status).toBe('awaiting_approval');
    expect((await t.app.tickets.get(ticket.id)).confirmation).toEqual({ state: 'waived', by: 'staff:U_ALICE', at: t.clock.now().toISOString(), reason: 'confirmed on a call with ana' });
    expect((await t.app.tickets.apply(ticket.id, { type: 'approve', actor: bob, isStaff: true })).status).toBe('scheduled');
    const audit = await auditForTicket(t.app.db, ticket.id);
    expect(audit.find((a) => a.action === 'confirmation_waived')).toMatchObject({ actor: 'staff:U_ALICE', detail: { reason: 'confirmed on a call with ana' } });
  });

  it('a ticket written before confirmations existed is read as pending when open, not_required when already scheduled', async () => {
    const open = await create();
    const scheduled = await confirmedTicket();
    await t.app.tickets.apply(scheduled.id, { type: 'approve', actor: alice, isStaff: true });
    // Rewrite both rows as the previous version stored them: no confirmation in the JSON, no column value.
    for (const id of [open.id, scheduled.id]) {
      const row = await t.app.db('tickets').where({ id }).first('data');
      const { confirmation: _dropped, manifest: _m, ...old } = JSON.parse(row.data);
      await t.app.db('tickets').where({ id }).update({ data: JSON.stringify(old), confirmation: null });
    }
    expect((await t.app.tickets.get(open.id)).confirmation.state).toBe('pending');
    expect((await t.app.tickets.get(scheduled.id)).confirmation).toMatchObject({ state: 'not_required', reason: 'approved before customer confirmation was required' });
    // The open one still needs the customer: an approval alone does not schedule it.
    expect((await t.app.tickets.apply(open.id, { type: 'approve', actor: alice, isStaff: true })).status).toBe('awaiting_approval');
  });

  it('a precondition that refuses leaves the ticket, its audit and its outbox as they were', async () => {
    const ticket = await confirmedTicket();
    const auditBefore = (await auditForTicket(t.app.db, ticket.id)).length;
    const notesBefore = (await notificationsForTicket(t.app.db, ticket.id)).length;
    const seen: number[] = [];
    const refused = t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true }, {
      precondition: (current) => {
        seen.push(current.version);
        throw new AppError('conflict', 'the card showed another scope');
      },
    });
    await expect(refused).rejects.toMatchObject({ code: 'conflict', message: 'the card showed another scope' });
    expect(seen).toEqual([ticket.version]);
    const stored = await t.app.tickets.get(ticket.id);
    expect([stored.version, stored.status, stored.approvals]).toEqual([ticket.version, 'awaiting_approval', []]);
    expect((await auditForTicket(t.app.db, ticket.id)).length).toBe(auditBefore);
    expect((await notificationsForTicket(t.app.db, ticket.id)).length).toBe(notesBefore);
  });

  /** The app's ticket service, but its version check loses the first `losses` writes (another writer won). */
  const losingService = (losses: number) => {
    let lost = 0;
    const stores: TicketStores = {
      tickets: { ...ticketStore, updateTicket: async (trx, ticket, expected) => (lost++ < losses ? false : ticketStore.updateTicket(trx, ticket, expected)) },
      messages: messageStore,
      audit: auditLog,
      outbox,
    };
    return new TicketService({
      db: t.app.db,
      stores,
      clock: t.clock.now,
      policy: t.app.policy,
      supportAddress: t.app.config.supportAddress,
      composeEmail: (template) => ({ subject: template, text: template, html: `<p>${template}</p>` }),
      slackEnabled: true,
      logger: silentLogger,
      newMessageId: () => `<${Math.random().toString(36).slice(2)}@test>`,
      findWorkspace: async (slug, trx) => (await t.app.catalog.get(trx)).catalog.workspaces.find((w) => w.slug === slug),
    });
  };

  it('a lost race is retried whole: the precondition is checked again and the event applied once', async () => {
    const ticket = await confirmedTicket();
    let checks = 0;
    const approved = await losingService(2).apply(ticket.id, { type: 'approve', actor: alice, isStaff: true }, { precondition: () => void checks++ });
    expect(checks).toBe(3);
    expect(approved.status).toBe('scheduled');
    expect(approved.approvals.map((a) => a.by)).toEqual(['staff:U_ALICE']);
    const audit = await auditForTicket(t.app.db, ticket.id);
    expect(audit.filter((a) => a.action === 'approved')).toHaveLength(1);
  });

  // A batch intake appends to the audit log at its first ticket and keeps that lock while it locks
  // the rows of later tickets. An action that locked its ticket's row before the audit log would wait
  // for the batch while the batch waits for it: PostgreSQL breaks such a deadlock by failing one side.
  if (dialect === 'postgres') {
    it('an action waits for the audit log before it locks its ticket, so a batch holding the log can still take the row', async () => {
      const ticket = await confirmedTicket();
      const db = t.app.db;
      const batch = await db.transaction();
      try {
        await auditLog.appendAudit(batch, { ticketId: null, actor: 'system:test', action: 'batch_started', detail: {}, at: t.clock.now().toISOString() });
        const approval = t.app.tickets.apply(ticket.id, { type: 'approve', actor: alice, isStaff: true });
        approval.catch(() => undefined);
        await waitFor(async () => {
          const { rows } = await db.raw("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'advisory' AND datname = current_database()");
          return (rows as { n: number }[])[0]!.n > 0;
        }, { what: 'the approval to wait for the audit log' });
        // The row is free: the approval holds nothing while it waits.
        const { rows } = await batch.raw('SELECT id FROM tickets WHERE id = ? FOR UPDATE NOWAIT', [ticket.id]);
        expect(rows).toEqual([{ id: ticket.id }]);
        await batch.commit();
        expect((await approval).status).toBe('scheduled');
      } finally {
        if (!batch.isCompleted()) await batch.rollback();
      }
      expect((await auditForTicket(db, ticket.id)).filter((a) => a.action === 'approved')).toHaveLength(1);
    });
  }

  it('a writer that keeps losing gets lost_race, and nothing of its attempts is written', async () => {
    const ticket = await confirmedTicket();
    const auditBefore = (await auditForTicket(t.app.db, ticket.id)).length;
    await expect(losingService(100).apply(ticket.id, { type: 'approve', actor: alice, isStaff: true })).rejects.toMatchObject({ code: 'lost_race' });
    expect((await t.app.tickets.get(ticket.id)).version).toBe(ticket.version);
    expect((await auditForTicket(t.app.db, ticket.id)).length).toBe(auditBefore);
  });
});
