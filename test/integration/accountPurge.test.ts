/**
 * Account purges through real email on SQLite and PostgreSQL: the list the customer confirms, the
 * workspace purges it opens (linked, each needing two approvals and the grace), the account following
 * them, its cancellation, and the answer to someone who administers nothing.
 *
 * The parser learns to classify "delete my account" elsewhere; until then these tests read messages
 * through the real parser with one stand-in on top (`withAccountKind`), so what is tested here is the
 * desk's handling of the kind, not the classification.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { email, FIXTURES, testApp, type TestApp } from '../support/app';
import { notificationsForTicket } from '../../src/adapters/db/outboxStore';
import { importCatalog } from '../../src/adapters/db/catalogStore';
import { readCatalogFile } from '../../src/cli';
import { parseRequest } from '../../src/domain/parse/index';
import type { Ticket } from '../../src/domain/ticket';
import { ticketJson, ticketText } from '../../src/cli/format';

const withAccountKind: typeof parseRequest = (message, index) => {
  const r = parseRequest(message, index);
  if (r.kind === 'account_purge' || !/\bdelete my account\b/i.test(message.text ?? '')) return r;
  return { ...r, kind: 'account_purge', workspace: null, sources: [], space: null, ranges: [], missing: [], ambiguities: [], ambiguityFields: [] };
};

describe.each(testDialects())('account purges on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, { catalog: path.join(FIXTURES, 'catalog-accounts.yaml'), app: { parse: withAccountKind } });
  });
  afterEach(async () => t?.close());

  let n = 0;
  const reply = (id: number, body: string, from = 'Ana Lopez <ana@acme.example>') => {
    n += 1;
    return t.app.intake.receive(email({ from, subject: `Re: [DEL-${id}] Delete my account`, body, messageId: `acct-reply-${n}-${Date.now()}@mail.example` }), 'test');
  };
  const request = async (body: string, from?: string) => {
    const outcome = await t.app.intake.receive(email({ body, from, subject: "Delete my account" }), "test");
    return Number(outcome.ticket!.slice('DEL-'.length));
  };
  const staff = (id: string) => ({ type: 'staff' as const, id });
  const approve = (id: number, by: string) => t.app.tickets.apply(id, { type: 'approve', actor: staff(by), isStaff: true });
  const emailsOf = async (id: number) => (await notificationsForTicket(t.app.db, id)).filter((x) => x.channel === 'email').map((x) => x.payload as { to: string; template: string; text: string; subject: string });
  const childrenOf = async (id: number): Promise<Ticket[]> => (await t.app.tickets.list({ parentId: id })).sort((a, b) => a.id - b.id);

  it('an admin of two workspaces confirms the list; two linked workspace purges open, each needing two approvals and the grace', async () => {
    const id = await request('Hello, please delete my account and everything in it.');
    const parent = await t.app.tickets.get(id);
    expect(parent).toMatchObject({ kind: 'account_purge', status: 'awaiting_approval', workspace: null, requester: 'ana@acme.example', accountWorkspaces: [{ slug: 'acme-inc', name: 'Acme Inc' }, { slug: 'beta-labs', name: 'Beta Labs' }] });
    const ack = (await emailsOf(id)).at(-1)!;
    expect(ack.template).toBe('received');
    expect(ack.to).toBe('ana@acme.example');
    expect(ack.text).toContain('Workspace: Acme Inc (acme-inc)');
    expect(ack.text).toContain('Workspace: Beta Labs (beta-labs)');
    expect(ack.text).toContain('reply to this email with the word "confirm"');
    expect(ack.text).not.toContain('neighbour');
    expect(await childrenOf(id)).toEqual([]);

    t.clock.advanceDays(1);
    await reply(id, 'I confirm.');
    expect((await t.app.tickets.get(id)).status).toBe('scheduled');
    const children = await childrenOf(id);
    expect(children.map((c) => [c.kind, c.workspace, c.status, c.parentId, c.confirmation.state])).toEqual([
      ['workspace_purge', 'acme-inc', 'awaiting_approval', id, 'confirmed'],
      ['workspace_purge', 'beta-labs', 'awaiting_approval', id, 'confirmed'],
    ]);
    const opened = (await emailsOf(id)).at(-1)!;
    expect(opened.template).toBe('account_opened');
    for (const c of children) expect(opened.text).toContain(`DEL-${c.id}: ${c.workspace === 'acme-inc' ? 'Acme Inc (acme-inc)' : 'Beta Labs (beta-labs)'}`);

    // Staff see the link both ways.
    expect(ticketJson(children[0]!).accountOf).toBe(`DEL-${id}`);
    expect(ticketText(children[1]!)).toContain(`part of:     account deletion DEL-${id}`);
    expect(ticketJson(await t.app.tickets.get(id), { children }).workspacePurges).toEqual(children.map((c) => ({ id: `DEL-${c.id}`, workspace: c.workspace, status: 'awaiting_approval' })));

    for (const c of children) {
      expect((await approve(c.id, 'U_ALICE')).status).toBe('awaiting_approval');
      await expect(approve(c.id, 'U_ALICE')).rejects.toThrow(/already approved/);
      const scheduled = await approve(c.id, 'U_BOB');
      expect(scheduled.status).toBe('scheduled');
      // The grace counts from the confirmation, not from the first email a day earlier.
      expect(scheduled.runAfter).toBe(new Date(t.clock.now().getTime() + 5 * 86_400_000).toISOString());
      await expect(t.app.tickets.apply(c.id, { type: 'start', actor: { type: 'system', id: 'executor' } })).rejects.toThrow(/may not run before/);
    }

    // The account follows its purges: completed once both are.
    t.clock.advanceDays(5);
    for (const c of children) {
      await t.app.tickets.apply(c.id, { type: 'start', actor: { type: 'system', id: 'executor' } });
      expect((await t.app.tickets.get(id)).status).toBe('scheduled');
      await t.app.tickets.apply(c.id, { type: 'finish', actor: { type: 'system', id: 'executor' }, result: { outcome: 'completed', summary: 'done' } });
    }
    const done = await t.app.tickets.get(id);
    expect(done.status).toBe('completed');
    expect(done.result?.summary).toBe(`Workspace purges: DEL-${children[0]!.id} completed, DEL-${children[1]!.id} completed.`);
  });

  it('a workspace lost before the confirmation changes the scope: nothing opens, and the new list is asked again', async () => {
    const id = await request('Please delete my account.');
    const catalog = await readCatalogFile(path.join(FIXTURES, 'catalog-accounts.yaml'));
    catalog.workspaces.find((w) => w.slug === 'beta-labs')!.admins = ['ops@beta.example'];
    await importCatalog(t.app.db, catalog, t.clock.now());
    t.app.catalog.invalidate();

    await reply(id, 'Confirmed, go ahead.');
    const after = await t.app.tickets.get(id);
    expect(after).toMatchObject({ status: 'awaiting_approval', confirmation: { state: 'pending' }, accountWorkspaces: [{ slug: 'acme-inc', name: 'Acme Inc' }] });
    expect(await childrenOf(id)).toEqual([]);
    const again = (await emailsOf(id)).at(-1)!;
    expect(again.template).toBe('received');
    expect(again.text).toContain('Workspace: Acme Inc (acme-inc)');
    expect(again.text).not.toContain('beta-labs');

    await reply(id, 'I confirm.');
    expect((await childrenOf(id)).map((c) => c.workspace)).toEqual(['acme-inc']);
  });

  it('cancelling the account during the grace cancels its open workspace purges', async () => {
    const id = await request('Please delete my account.');
    await reply(id, 'I confirm.');
    const [first] = await childrenOf(id);
    await approve(first!.id, 'U_ALICE');
    await approve(first!.id, 'U_BOB');
    await reply(id, 'Please cancel the deletion, this was a mistake.');
    expect((await t.app.tickets.get(id)).status).toBe('cancelled');
    expect((await childrenOf(id)).map((c) => [c.status, c.cancelledBy])).toEqual([
      ['cancelled', 'email:ana@acme.example'],
      ['cancelled', 'email:ana@acme.example'],
    ]);
  });

  it('the admin cancels one workspace purge by email though not a contact of it; the other runs on and the account ends partial', async () => {
    const id = await request('Please delete my account.');
    await reply(id, 'I confirm.');
    const [acme, beta] = await childrenOf(id);
    for (const c of [acme!, beta!]) {
      await approve(c.id, 'U_ALICE');
      await approve(c.id, 'U_BOB');
    }
    // ana administers beta-labs but is not one of its contacts.
    const outcome = await reply(beta!.id, 'Please cancel this one, we keep Beta Labs.');
    expect(outcome.outcome).toBe('cancelled');
    expect((await t.app.tickets.get(beta!.id)).status).toBe('cancelled');
    // Someone else who is neither cannot.
    const stranger = await reply(acme!.id, 'Cancel this.', 'Zed <zed@nowhere.example>');
    expect(stranger.outcome).toBe('refused');
    t.clock.advanceDays(6);
    await t.app.tickets.apply(acme!.id, { type: 'start', actor: { type: 'system', id: 'executor' } });
    await t.app.tickets.apply(acme!.id, { type: 'finish', actor: { type: 'system', id: 'executor' }, result: { outcome: 'completed', summary: 'done' } });
    expect(await t.app.tickets.get(id)).toMatchObject({ status: 'partial', result: { summary: `Workspace purges: DEL-${acme!.id} completed, DEL-${beta!.id} cancelled.` } });
  });

  it('staff waive the confirmation: the workspace purges open, still needing their approvals', async () => {
    const id = await request('Please delete my account.');
    await t.app.tickets.apply(id, { type: 'waive', actor: staff('U_ALICE'), isStaff: true, reason: 'confirmed on a call' });
    const children = await childrenOf(id);
    expect(children.map((c) => [c.status, c.confirmation.state, c.confirmation.reason])).toEqual([
      ['awaiting_approval', 'waived', 'confirmed on a call'],
      ['awaiting_approval', 'waived', 'confirmed on a call'],
    ]);
    await expect(t.app.tickets.apply(id, { type: 'approve', actor: staff('U_BOB'), isStaff: true })).rejects.toThrow(/approve each workspace purge/);
  });

  it('someone who administers nothing gets the same answer whatever exists, no purge, and staff see the ticket', async () => {
    const answers: string[] = [];
    for (const from of ['Carl <carl@acme.example>', 'Zed <zed@nowhere.example>']) {
      const id = await request('Please delete my account.', from);
      const ticket = await t.app.tickets.get(id);
      expect(ticket).toMatchObject({ kind: 'account_purge', status: 'rejected', accountWorkspaces: [] });
      expect(await childrenOf(id)).toEqual([]);
      const [answer, ...more] = await emailsOf(id);
      expect(more).toEqual([]);
      expect(answer!.template).toBe('account_not_admin');
      expect(answer!.text).toContain('only from an address registered as an administrator');
      expect(answer!.text).not.toMatch(/acme|beta|neighbour/i);
      answers.push(answer!.text.replaceAll(`DEL-${id}`, 'DEL-n'));
      expect((await t.app.tickets.list()).filter((x) => x.kind === 'workspace_purge')).toEqual([]);
    }
    expect(answers[0]).toBe(answers[1]);
  });
});
