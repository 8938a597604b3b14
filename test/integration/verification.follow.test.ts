/**
 * "A contact of the workspace" follows the ticket: judged again whenever a reply or an edit fills in
 * or changes the workspace, upwards as well as downwards, on both databases.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { email, testApp, type TestApp } from '../support/app';
import { ticketCard } from '../../src/domain/slack/card';

const cardText = (t: Parameters<typeof ticketCard>[0]) => JSON.stringify(ticketCard(t, { preview: { state: 'none' }, now: new Date() }).blocks);

describe.each(testDialects())('verification follows the workspace on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(async () => t?.close());

  it('a listed contact whose first mail named no workspace becomes a contact when her reply names it, and stops being one when it changes', async () => {
    // ana@acme.example is a contact of acme-inc, not of globex.
    await t.app.intake.receive(email({ body: 'Hi, please delete the data of our iOS App source for March 1st 2024.', messageId: 'v1@acme.example' }), 'test');
    const first = await t.app.tickets.get(1);
    expect(first.workspace).toBeNull();
    expect(first.verification.contact).toBe(false);
    expect(cardText(first)).toContain('not judged yet: no workspace named');

    await t.app.intake.receive(email({ subject: 'Re: [DEL-1] Data deletion request', body: 'The workspace is acme-inc.', messageId: 'v2@acme.example' }), 'test');
    const named = await t.app.tickets.get(1);
    expect(named.workspace).toBe('acme-inc');
    expect(named.verification.contact).toBe(true);
    expect(cardText(named)).toContain('contact of the workspace');
    expect(cardText(named)).not.toContain('UNVERIFIED');

    await t.app.intake.receive(email({ subject: 'Re: [DEL-1] Data deletion request', body: 'Sorry, I got it wrong: the workspace is globex.', messageId: 'v3@acme.example' }), 'test');
    const moved = await t.app.tickets.get(1);
    expect(moved.workspace).toBe('globex');
    expect(moved.verification.contact).toBe(false);
    expect(cardText(moved)).toContain('*not a contact* of the workspace');
  });

  it('a staff edit of the workspace judges the requester again, in both directions', async () => {
    await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', messageId: 'e1@acme.example' }), 'test');
    expect((await t.app.tickets.get(1)).verification.contact).toBe(true);
    const staff = { type: 'staff' as const, id: 'UALICE' };
    await t.app.tickets.apply(1, { type: 'edit', actor: staff, patch: { workspace: 'globex' } });
    expect((await t.app.tickets.get(1)).verification.contact).toBe(false);
    await t.app.tickets.apply(1, { type: 'edit', actor: staff, patch: { workspace: 'acme-inc' } });
    expect((await t.app.tickets.get(1)).verification.contact).toBe(true);
  });

  it('a reply that leaves the workspace alone keeps the judgement (and mail without DKIM/DMARC is not called verified)', async () => {
    await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', messageId: 'k1@acme.example' }), 'test');
    await t.app.intake.receive(email({ subject: 'Re: [DEL-1] Data deletion request', body: 'Also 2024-03-02 please.', messageId: 'k2@acme.example' }), 'test');
    const ticket = await t.app.tickets.get(1);
    expect(ticket.verification.contact).toBe(true);
    expect(ticket.verification.auth).toBe('none');
    const text = cardText(ticket);
    expect(text).toContain('contact of the workspace; sender not authenticated (no DKIM/DMARC results)');
    expect(text).not.toContain(':white_check_mark: contact');
  });
});
