/**
 * End to end, every real part on loopback (issue 6, part 1): Dovecot (IMAP APPEND of customer mail),
 * the SMTP test server, PostgreSQL (a fresh schema), s3rver, the Slack Web API fake, and
 * `deletion-desk start` as its own process. The test plays customer, staff and auditor only.
 *
 * A. source deletion: email → acknowledgement with the confirmation request → Slack card → signed
 *    Approve → nothing runs → the contact replies "confirm" → the partitions are gone from S3, the
 *    neighbours (other days, other sources, other workspaces, look-alike prefixes) intact → completion
 *    email with the receipt.
 * B. workspace purges: the contacts confirm, two staff approvals, the 5-day grace period on a clock the
 *    test moves (DELETION_DESK_CLOCK_FILE); one cancelled by the customer by email inside the window
 *    (nothing deleted, ever), one that runs once the window has passed (the whole workspace gone, the
 *    others intact).
 * C. a stranger's request: the confirmation request goes to the workspace's contacts, not to the
 *    stranger; a contact confirms, staff approve; then a reply changes the scope: confirmation and
 *    approvals are void and the grace period restarts.
 * D. an account purge: the admin of two workspaces asks to delete the account, confirms the list the
 *    bot sends, each of the two workspace purges it opens gets two staff approvals and waits its grace
 *    on the moved clock, then both workspaces are gone and every neighbour is intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACTS, customerReply, execution, SOURCES, cardOf, cardButtons, clickApprove, customerEmail, dayMs, daysBetween, partitionKeys, putAll, queuedEmails, sentEmails, startWorld, ticketById, ticketOfMessage, type Desk, type World } from '../support/e2e';
import { waitFor } from '../support/wait';
import { CARD_ACTIONS } from '../../src/domain/slack/card';
import YAML from 'yaml';
import fs from 'node:fs';
import { validateCatalog } from '../../src/domain/catalogFile';
import { importCatalog } from '../../src/adapters/db/catalogStore';
import { CATALOG_FILE } from '../support/e2e';

const ACCOUNT_REQUEST = 'Hello,\n\nplease delete my account, with all of our workspaces.\n\nBill';
const DAY = 86_400_000;
const TARGET_DAYS = daysBetween('2024-03-01', '2024-03-03');

let world: World;
let desk: Desk;
/** Every key put into the store; `deleted` grows as each flow's scope is approved and executed. */
const seeded: string[] = [];
const deleted = new Set<string>();

function expectedRemaining(): string[] {
  return seeded.filter((k) => !deleted.has(k)).sort();
}

async function remaining(): Promise<string[]> {
  return (await world.archive.remaining()).sort();
}

beforeAll(async () => {
  world = await startWorld({ archive: 's3rver' });
  const days = daysBetween('2024-02-28', '2024-03-05');
  const keys: string[] = [];
  for (const [ws, sources] of Object.entries(SOURCES)) {
    for (const id of Object.values(sources)) for (const day of ws === 'acme' ? days : ['2024-03-01', '2024-03-02']) keys.push(...partitionKeys(id, day, 2));
  }
  // Look-alikes of the targets: a longer source id, a longer day number, a suffix, a file next to the folder.
  const target = dayMs('2024-03-01');
  keys.push(`segment-logs/src_91abc/${target}/part-0001.gz`, `segment-logs/src_91ab/${target}0/part-0001.gz`, `segment-logs/src_91ab/${target}-old/part-0001.gz`, `segment-logs/src_91ab/${target}.gz`);
  keys.push(`segment-logs/src_g1x20/${target}/part-0001.gz`, `segment-logs/src_g2y3-copy/${target}/part-0001.gz`);
  // Spaces: globex's (purged in B), hooli's (cancelled in B), a look-alike of globex's.
  keys.push('unify/spa_g1/profiles/0001.json', 'unify/spa_g1/traits/0001.json', 'unify/spa_g10/profiles/0001.json', 'unify/spa_h1/profiles/0001.json', 'unify/spa_77/profiles/0001.json');
  await putAll(world.archive, keys);
  seeded.push(...keys);
  desk = await world.startDesk({ GRACE_DAYS: '5', EXECUTOR_LEASE_MS: '5000' });
}, 120_000);

afterAll(async () => {
  await desk?.kill();
  await world?.close();
});

describe('end to end, as customers, staff and an operator see it', () => {
  it('A: a source deletion goes from email to receipt, deleting exactly its partitions', async () => {
    expect(await remaining()).toEqual(expectedRemaining());
    const request = customerEmail({
      from: CONTACTS.acme,
      name: 'Ana Lopez',
      subject: 'Delete iOS data for three days',
      body: 'Hello,\n\nplease delete the iOS App data of our workspace acme-inc for March 1-3, 2024. A release sent duplicate events on those days.\n\nThanks,\nAna Lopez\nAcme Inc',
    });
    await world.dovecot.append([request.raw]);

    // The acknowledgement, threaded to the request and naming the ticket.
    const ack = await waitFor(() => sentEmails(world.smtp.received).find((m) => m.to === CONTACTS.acme && m.ticket !== null), { timeoutMs: 30_000, what: 'the acknowledgement email' });
    const id = ack.ticket!;
    expect(await ticketOfMessage(world.db, request.messageId)).toBe(id);
    expect(ack.subject).toContain(`[DEL-${id}]`);
    expect(world.smtp.received[0].message.inReplyTo).toBe(request.messageId);
    expect(ack.text).toMatch(/acme-inc/);
    // The acknowledgement is the confirmation request: the exact scope, with weekdays and day counts.
    expect(ack.text).toContain('Please confirm exactly what will be deleted:');
    expect(ack.text).toContain('Workspace: Acme Inc (acme-inc)');
    expect(ack.text).toContain('Source: iOS App (ios-app)');
    expect(ack.text).toContain('UTC days: Fri 1 March 2024 – Sun 3 March 2024, 3 days');
    expect(ack.text).toMatch(/Why we ask: .*cannot be undone/);

    // The card in Slack, with what would be deleted, and the signed click of a staff member.
    const card = await waitFor(() => cardOf(world.slack, id), { timeoutMs: 30_000, what: 'the Slack card' });
    const cardText = JSON.stringify(card.blocks);
    expect(cardText).toContain('acme-inc');
    expect(cardText).toContain('ios-app');
    expect(cardButtons(card).map((b) => b.action_id)).toContain(CARD_ACTIONS.approve);
    expect(await clickApprove(desk, world.slack, id, 'UALICE')).toBe(200);

    // Approved, but nothing runs until the customer confirms: no job, the card says why, S3 untouched.
    const approved = await waitFor(async () => {
      const t = await ticketById(world.db, id);
      return t.approvals.length === 1 ? t : null;
    }, { timeoutMs: 30_000, what: `the approval of DEL-${id}` });
    expect(approved.status).toBe('awaiting_approval');
    expect(approved.runAfter).toBeNull();
    expect(await world.db('jobs').where({ ticket_id: id }).first()).toBeUndefined();
    await waitFor(() => JSON.stringify(cardOf(world.slack, id)?.blocks ?? []).includes("Approved; waiting for the customer's confirmation"), { timeoutMs: 30_000, what: 'the card waiting for the confirmation' });
    expect(await remaining()).toEqual(expectedRemaining());

    // Ana replies "confirm" to the acknowledgement: now it is scheduled and runs.
    await world.dovecot.append([customerReply({ from: CONTACTS.acme, name: 'Ana Lopez', to: ack, body: 'Confirmed, please go ahead.\n\nAna' }).raw]);

    const done = await waitFor(async () => {
      const t = await ticketById(world.db, id);
      return t.status === 'completed' || t.status === 'partial' || t.status === 'failed' ? t : null;
    }, { timeoutMs: 60_000, what: `DEL-${id} to finish` });
    expect(done.status).toBe('completed');
    expect(done.approvals.map((a) => a.by)).toEqual(['staff:UALICE']);
    expect(done.confirmation).toMatchObject({ state: 'confirmed', by: `email:${CONTACTS.acme}` });

    for (const day of TARGET_DAYS) for (const k of partitionKeys(SOURCES.acme['ios-app'], day, 2)) deleted.add(k);
    expect(await remaining()).toEqual(expectedRemaining());

    // The completion email: the days and files per source (every row in the attached CSV), the receipt's SHA-256 (the same as on the ticket), not forwarded.
    const completion = await waitFor(async () => {
      const mails = await queuedEmails(world.db, id);
      const sent = mails.find((m) => m.template === 'completed');
      return sent && sentEmails(world.smtp.received).find((m) => m.messageId === sent.messageId);
    }, { timeoutMs: 30_000, what: 'the completion email' });
    const receipt = execution(done).receipt;
    expect(receipt.partitions).toHaveLength(3);
    expect(completion.text).toContain(`SHA-256 of the full deletion record: ${receipt.sha256}`);
    expect(receipt.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(completion.text).toMatch(/iOS App \(ios-app\): 3 days · 6 files · \d+ bytes\n\s+1 March 2024 to 3 March 2024 \(3 days\)/);
    expect(completion.text).toContain('What was deleted: 6 files');
    expect(completion.text).toContain(`deletion-receipt-DEL-${id}.csv (3 rows)`);
    expect(completion.text).toMatch(/not forwarded|not sent to|destinations/i);

    // Exactly the three emails this ticket should produce, each once.
    const toAna = sentEmails(world.smtp.received).filter((m) => m.ticket === id);
    expect((await queuedEmails(world.db, id)).map((m) => m.template)).toEqual(['received', 'scheduled', 'completed']);
    expect(toAna.map((m) => m.messageId).sort()).toEqual((await queuedEmails(world.db, id)).map((m) => m.messageId).sort());
    expect(await world.dovecot.count('INBOX')).toBe(0);
    expect(await world.dovecot.count('Processed')).toBe(2);
  }, 120_000);

  it('B: workspace purges wait out the grace period; one is cancelled by the customer, the other runs after the window', async () => {
    const before = sentEmails(world.smtp.received).length;
    const hooli = customerEmail({ from: CONTACTS.hooli, name: 'Gavin', subject: 'Delete everything', body: 'Please delete our workspace hooli and all our data.\n\nGavin' });
    const globex = customerEmail({ from: CONTACTS.globex, name: 'Hank', subject: 'Complete data purge', body: 'Please delete our workspace globex and all our data.\n\nHank' });
    await world.dovecot.append([hooli.raw, globex.raw]);
    const [hooliId, globexId] = await waitFor(async () => {
      const ids = [await ticketOfMessage(world.db, hooli.messageId), await ticketOfMessage(world.db, globex.messageId)];
      return ids.every((x) => x !== null) ? (ids as number[]) : null;
    }, { timeoutMs: 30_000, what: 'both purge tickets' });
    for (const id of [hooliId, globexId]) {
      expect((await ticketById(world.db, id)).kind).toBe('workspace_purge');
      await waitFor(() => cardOf(world.slack, id), { timeoutMs: 30_000, what: `the card of DEL-${id}` });
    }

    // The contacts confirm in writing (each acknowledgement asked them to).
    for (const [id, from] of [[hooliId, CONTACTS.hooli], [globexId, CONTACTS.globex]] as const) {
      const ack = await waitFor(() => sentEmails(world.smtp.received).find((m) => m.ticket === id && m.to === from), { timeoutMs: 30_000, what: `the acknowledgement of DEL-${id}` });
      expect(ack.text).toContain('Please confirm exactly what will be deleted:');
      await world.dovecot.append([customerReply({ from, to: ack, body: 'I confirm.' }).raw]);
      await waitFor(async () => (await ticketById(world.db, id)).confirmation.state === 'confirmed', { timeoutMs: 30_000, what: `the confirmation of DEL-${id}` });
    }
    expect(sentEmails(world.smtp.received).find((m) => m.ticket === globexId)!.text).toContain('Source: Checkout Web (checkout-web)');

    // Two different staff members approve each: the first approval alone schedules nothing.
    for (const id of [hooliId, globexId]) {
      expect(await clickApprove(desk, world.slack, id, 'UALICE')).toBe(200);
      await waitFor(async () => (await ticketById(world.db, id)).approvals.length === 1, { timeoutMs: 30_000, what: `the first approval of DEL-${id}` });
      expect((await ticketById(world.db, id)).status).toBe('awaiting_approval');
      // A second, different staff member approves on the same card.
      expect(await clickApprove(desk, world.slack, id, 'UBOB')).toBe(200);
      await waitFor(async () => (await ticketById(world.db, id)).status === 'scheduled', { timeoutMs: 30_000, what: `DEL-${id} scheduled after the second approval` });
    }
    const scheduled = await ticketById(world.db, globexId);
    expect(scheduled.approvals.map((a) => a.by)).toEqual(['staff:UALICE', 'staff:UBOB']);
    const runAfter = Date.parse(scheduled.runAfter!);
    expect(runAfter - Date.parse(scheduled.requestedAt)).toBe(5 * DAY);

    // Two days later (inside the window) the customer cancels by email.
    world.setClockOffset(2 * DAY);
    const ack = sentEmails(world.smtp.received).find((m) => m.ticket === hooliId)!;
    const cancel = customerEmail({ from: CONTACTS.hooli, name: 'Gavin', subject: `Re: [DEL-${hooliId}] Delete everything`, inReplyTo: ack.messageId, body: `Please cancel DEL-${hooliId}, our workspace was deleted maliciously.\n\nGavin` });
    await world.dovecot.append([cancel.raw]);
    await waitFor(async () => (await ticketById(world.db, hooliId)).status === 'cancelled', { timeoutMs: 30_000, what: `DEL-${hooliId} cancelled by email` });
    const cancelled = await ticketById(world.db, hooliId);
    expect(cancelled.cancelledBy).toBe(`email:${CONTACTS.hooli}`);
    await waitFor(async () => (await queuedEmails(world.db, hooliId)).some((m) => m.template === 'cancelled' && m.status === 'sent'), { timeoutMs: 30_000, what: 'the cancellation email' });
    // Still inside the window: the other purge has not started and nothing is deleted.
    expect((await ticketById(world.db, globexId)).status).toBe('scheduled');
    expect(await remaining()).toEqual(expectedRemaining());

    // Past the window: the remaining purge runs; the cancelled one never does.
    world.setClockOffset(runAfter - Date.now() + 60 * 60_000);
    const finished = await waitFor(async () => {
      const t = await ticketById(world.db, globexId);
      return ['completed', 'partial', 'failed'].includes(t.status) ? t : null;
    }, { timeoutMs: 60_000, what: `DEL-${globexId} to run after the grace period` });
    expect(finished.status).toBe('completed');
    for (const k of seeded) if (/^segment-logs\/(src_g1x2|src_g2y3)\//.test(k) || k.startsWith('unify/spa_g1/')) deleted.add(k);
    expect(await remaining()).toEqual(expectedRemaining());
    expect(await remaining()).toEqual(expect.arrayContaining(['unify/spa_h1/profiles/0001.json', `segment-logs/${SOURCES.hooli.nucleus}/${dayMs('2024-03-01')}/part-0001.gz`, 'unify/spa_g10/profiles/0001.json', `segment-logs/src_g1x20/${dayMs('2024-03-01')}/part-0001.gz`]));
    expect((await ticketById(world.db, hooliId)).status).toBe('cancelled');
    const hooliJobs = await world.db('jobs').where({ ticket_id: hooliId, kind: 'execute' }).select('state');
    expect(hooliJobs.every((j: { state: string }) => j.state === 'skipped')).toBe(true);

    await waitFor(async () => (await queuedEmails(world.db, globexId)).some((m) => m.template === 'completed' && m.status === 'sent'), { timeoutMs: 30_000, what: 'the purge completion email' });
    expect((await queuedEmails(world.db, globexId)).map((m) => m.template)).toEqual(['received', 'scheduled', 'completed']);
    expect((await queuedEmails(world.db, hooliId)).map((m) => m.template)).toEqual(['received', 'scheduled', 'cancelled']);
    // Every queued email arrived once; none other.
    const sent = sentEmails(world.smtp.received).slice(before);
    const queued = [...(await queuedEmails(world.db, hooliId)), ...(await queuedEmails(world.db, globexId))];
    expect(sent.map((m) => m.messageId).sort()).toEqual(queued.map((m) => m.messageId).sort());
    const receipt = execution(finished).receipt;
    const completion = sent.find((m) => m.messageId === queued.find((q) => q.template === 'completed')!.messageId)!;
    expect(completion.text).toContain(receipt.sha256);
  }, 150_000);

  it("C: a stranger's request is confirmed by the workspace's contacts; a later change of scope voids it all and restarts the grace period", async () => {
    const stranger = 'eve@elsewhere.example';
    const request = customerEmail({ from: stranger, name: 'Eve', subject: 'Space deletion', body: 'Please delete the Unify space Default Space in workspace acme-inc.\n\nEve' });
    await world.dovecot.append([request.raw]);
    const id = await waitFor(() => ticketOfMessage(world.db, request.messageId), { timeoutMs: 30_000, what: "the stranger's ticket" });
    const toEve = await waitFor(() => sentEmails(world.smtp.received).find((m) => m.ticket === id && m.to === stranger), { timeoutMs: 30_000, what: 'the acknowledgement to the stranger' });
    expect(toEve.text).toContain('we act on a deletion request only when a registered contact of the workspace confirms it');
    expect(toEve.text).not.toContain('Please confirm exactly');
    const toAna = await waitFor(() => sentEmails(world.smtp.received).find((m) => m.ticket === id && m.to === CONTACTS.acme), { timeoutMs: 30_000, what: 'the confirmation request to the contact' });
    expect(toAna.text).toContain(`sent by ${stranger}`);
    expect(toAna.text).toContain('Unify space: Default Space (spa_77)');
    expect((await queuedEmails(world.db, id)).filter((m) => m.template === 'confirm').length).toBe(2); // ana and ops

    // The stranger cannot confirm; the contact can.
    await world.dovecot.append([customerReply({ from: stranger, to: toEve, body: 'I confirm.' }).raw, customerReply({ from: CONTACTS.acme, to: toAna, body: 'Ich bestätige.' }).raw]);
    await waitFor(async () => (await ticketById(world.db, id)).confirmation.state === 'confirmed', { timeoutMs: 30_000, what: 'the contact confirmation' });
    expect((await ticketById(world.db, id)).confirmation.by).toBe(`email:${CONTACTS.acme}`);
    await waitFor(() => cardOf(world.slack, id), { timeoutMs: 30_000, what: `the card of DEL-${id}` });
    expect(await clickApprove(desk, world.slack, id, 'UALICE')).toBe(200);
    const scheduled = await waitFor(async () => {
      const t = await ticketById(world.db, id);
      return t.status === 'scheduled' ? t : null;
    }, { timeoutMs: 30_000, what: `DEL-${id} scheduled` });

    // A day later the contact changes the space: everything given for the old scope is void.
    world.setClockOffset(Date.parse(scheduled.requestedAt) - Date.now() + DAY);
    await world.dovecot.append([customerReply({ from: CONTACTS.acme, to: toAna, body: 'Sorry: please delete the space Marketing of workspace acme-inc instead.' }).raw]);
    const changed = await waitFor(async () => {
      const t = await ticketById(world.db, id);
      return t.space === 'Marketing' ? t : null;
    }, { timeoutMs: 30_000, what: 'the change of space' });
    expect(changed).toMatchObject({ status: 'awaiting_approval', approvals: [], runAfter: null, confirmation: { state: 'pending' } });
    expect(Date.parse(changed.requestedAt) - Date.parse(scheduled.requestedAt)).toBeGreaterThanOrEqual(DAY);
    expect(changed.notes.join(' ')).toMatch(/waiting period restarted/);
    await waitFor(async () => (await queuedEmails(world.db, id)).filter((m) => m.template === 'confirm').length === 4, { timeoutMs: 30_000, what: 'the contacts asked again' });
    expect(await remaining()).toEqual(expectedRemaining());
  }, 150_000);

  it('D: an account purge of two workspaces by one admin: confirmed list, two purges with two approvals each, grace, both gone, neighbours intact', async () => {
    // Bill administers initech and hooli (hooli's purge was cancelled in B: its data is still there).
    const catalog = validateCatalog(YAML.parse(fs.readFileSync(CATALOG_FILE, 'utf8')));
    for (const ws of catalog.workspaces) if (ws.slug === 'initech' || ws.slug === 'hooli') ws.admins = [CONTACTS.initech];
    await importCatalog(world.db, catalog, new Date());
    // A running desk sees another process's import within its catalog recheck (half a second): an
    // operator's import is not instant for mail already arriving, and the request must come after it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const admin = CONTACTS.initech;

    const request = customerEmail({ from: admin, name: 'Bill', subject: 'Delete my account', body: ACCOUNT_REQUEST });
    await world.dovecot.append([request.raw]);
    const id = await waitFor(() => ticketOfMessage(world.db, request.messageId), { timeoutMs: 30_000, what: 'the account purge ticket' });
    expect(await ticketById(world.db, id)).toMatchObject({ kind: 'account_purge', workspace: null, status: 'awaiting_approval' });
    const ack = await waitFor(() => sentEmails(world.smtp.received).find((m) => m.ticket === id && m.to === admin), { timeoutMs: 30_000, what: 'the account acknowledgement' });
    expect(ack.text).toContain('Please confirm exactly what will be deleted:');
    expect(ack.text).toContain('Workspace: Hooli (hooli)');
    expect(ack.text).toContain('Workspace: Initech (initech)');
    expect(ack.text).not.toMatch(/acme|globex/);
    expect(await world.db('tickets').where({ parent_id: id }).first()).toBeUndefined();

    await world.dovecot.append([customerReply({ from: admin, name: 'Bill', to: ack, body: 'I confirm.' }).raw]);
    const children = await waitFor(async () => {
      const rows: { id: number }[] = await world.db('tickets').where({ parent_id: id }).orderBy('id').select('id');
      return rows.length === 2 ? Promise.all(rows.map((r) => ticketById(world.db, r.id))) : null;
    }, { timeoutMs: 30_000, what: 'the two workspace purges' });
    expect(children.map((c) => [c.kind, c.workspace, c.parentId, c.confirmation.state]).sort()).toEqual([
      ['workspace_purge', 'hooli', id, 'confirmed'],
      ['workspace_purge', 'initech', id, 'confirmed'],
    ]);
    const opened = await waitFor(async () => {
      const queued = (await queuedEmails(world.db, id)).find((m) => m.template === 'account_opened');
      return queued && sentEmails(world.smtp.received).find((m) => m.messageId === queued.messageId);
    }, { timeoutMs: 30_000, what: 'the email listing the workspace purges' });
    expect(opened.to).toBe(admin);
    for (const c of children) expect(opened.text).toContain(`DEL-${c.id}:`);

    // Each workspace purge: its own card, two different staff members, then its own grace.
    for (const c of children) {
      const card = await waitFor(() => cardOf(world.slack, c.id), { timeoutMs: 30_000, what: `the card of DEL-${c.id}` });
      expect(JSON.stringify(card.blocks)).toContain(`account deletion DEL-${id}`);
      expect(await clickApprove(desk, world.slack, c.id, 'UALICE')).toBe(200);
      await waitFor(async () => (await ticketById(world.db, c.id)).approvals.length === 1, { timeoutMs: 30_000, what: `the first approval of DEL-${c.id}` });
      expect((await ticketById(world.db, c.id)).status).toBe('awaiting_approval');
      expect(await clickApprove(desk, world.slack, c.id, 'UBOB')).toBe(200);
      await waitFor(async () => (await ticketById(world.db, c.id)).status === 'scheduled', { timeoutMs: 30_000, what: `DEL-${c.id} scheduled` });
    }
    const scheduled = await Promise.all(children.map((c) => ticketById(world.db, c.id)));
    const confirmedAt = Date.parse((await ticketById(world.db, id)).confirmation.at!);
    for (const c of scheduled) expect(Date.parse(c.runAfter!) - confirmedAt).toBe(5 * DAY);
    expect(await remaining()).toEqual(expectedRemaining());

    // Past the grace: both run, and the account follows.
    world.setClockOffset(Math.max(...scheduled.map((c) => Date.parse(c.runAfter!))) - Date.now() + 60 * 60_000);
    const account = await waitFor(async () => {
      const t = await ticketById(world.db, id);
      return ['completed', 'partial', 'failed', 'cancelled'].includes(t.status) ? t : null;
    }, { timeoutMs: 90_000, what: `the account purge DEL-${id} to finish` });
    expect(account.status).toBe('completed');
    for (const c of children) expect((await ticketById(world.db, c.id)).status).toBe('completed');
    for (const k of seeded) if (/^segment-logs\/(src_i1a|src_i2b|src_h1n|src_h2p)\//.test(k) || k.startsWith('unify/spa_h1/')) deleted.add(k);
    expect(await remaining()).toEqual(expectedRemaining());
    expect(await remaining()).toEqual(expect.arrayContaining([`segment-logs/${SOURCES.acme.web}/${dayMs('2024-03-01')}/part-0001.gz`, 'unify/spa_77/profiles/0001.json', 'unify/spa_g10/profiles/0001.json', `segment-logs/src_g1x20/${dayMs('2024-03-01')}/part-0001.gz`]));
  }, 200_000);
});
