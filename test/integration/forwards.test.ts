/**
 * Forwards, intake side (issue 9, failure 6). The parser says what a forward is (`forwarded`: whose it
 * was and whether the forwarder asks us to act or asks a question); intake then decides:
 * - a forward asking "is this legit?" is no request: no ticket action, no answer, kept for staff;
 * - a contact forwarding with "please handle" makes the request the contact's own;
 * - verification always judges the actual sender (From), never the forwarded author: a stranger's
 *   forward of a contact's request is never verified.
 * The parser fills `forwarded` in its own work; here a stand-in parser adds it to the real result, so
 * the intake rules are tested whatever the parser reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { testDialects } from '../support/db';
import { email, testApp, type TestApp } from '../support/app';
import { parseRequest } from '../../src/domain/parse/index';
import type { ForwardInfo } from '../../src/domain/request';
import { isVerified } from '../../src/domain/ticket';
import { messagesWithOutcome } from '../../src/adapters/db/messageStore';

/** Forward facts by Message-ID, as the parser would report them. */
const FORWARDS = new Map<string, ForwardInfo>();

async function mailTo(t: TestApp, to: string): Promise<ParsedMail[]> {
  while ((await t.app.emailWorker.tick()) > 0) {
    /* deliver everything due */
  }
  const dir = t.config.outboxDir;
  if (!fs.existsSync(dir)) return [];
  const all = await Promise.all(fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map(async (f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
  return all.filter((m) => (m.to && 'text' in m.to ? m.to.text : '').toLowerCase().includes(to));
}

function forward(opts: { from: string; id: string; note: string; intent: ForwardInfo['intent']; originalFrom: string }): Buffer {
  FORWARDS.set(opts.id, { originalFrom: opts.originalFrom, originalDate: '2024-03-11T09:00:00.000Z', intent: opts.intent });
  return email({
    from: opts.from,
    subject: 'Fwd: Data deletion request',
    messageId: opts.id,
    body: `${opts.note}\n\n---------- Forwarded message ---------\nFrom: <${opts.originalFrom}>\nDate: Mon, 11 Mar 2024 09:00:00 +0000\nSubject: Data deletion request\n\nPlease delete the ios-app data of acme-inc for 2024-03-01 to 2024-03-03.`,
  });
}

describe.each(testDialects())('forwards on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, { app: { parse: (message, index) => ({ ...parseRequest(message, index), forwarded: (message.messageId && FORWARDS.get(message.messageId)) || null }) } });
  });
  afterEach(async () => t?.close());

  it('a stranger forwarding a contact\'s request to ask "is this legit?" gets no ticket and no answer; staff see it', async () => {
    const r = await t.app.intake.receive(forward({ from: 'eve@evil.example', id: 'fwd-q1@evil.example', note: 'Hi, I got this from Ana. Is this legit?', intent: 'question', originalFrom: 'ana@acme.example' }), 'test');
    expect(r).toMatchObject({ outcome: 'unanswered', reason: 'a forwarded message with a question about it, not a request' });
    expect(await t.app.tickets.list()).toEqual([]);
    expect(await mailTo(t, 'eve@evil.example')).toEqual([]);
    expect(await mailTo(t, 'ana@acme.example')).toEqual([]);
    expect((await messagesWithOutcome(t.app.db, 'unanswered')).map((m) => m.messageKey)).toEqual(['fwd-q1@evil.example']);
  });

  it('a contact asking whether a forwarded request is legitimate is not making that request', async () => {
    const r = await t.app.intake.receive(forward({ from: 'ops@acme.example', id: 'fwd-q2@acme.example', note: 'Did someone here send this? Looks odd to me.', intent: 'question', originalFrom: 'someone@else.example' }), 'test');
    expect(r.outcome).toBe('unanswered');
    expect(await t.app.tickets.list()).toEqual([]);
  });

  it("a contact forwarding with \"please handle\" makes it the contact's request, verified as the contact", async () => {
    const r = await t.app.intake.receive(forward({ from: 'ops@acme.example', id: 'fwd-r1@acme.example', note: 'Please handle this request from our analyst.', intent: 'request', originalFrom: 'analyst@freelance.example' }), 'test');
    // The whole outcome in the message: a failed intake says why (its reason), which is what to look at.
    expect(r, JSON.stringify(r)).toMatchObject({ outcome: 'created', ticket: 'DEL-1' });
    const ticket = await t.app.tickets.get(1);
    expect(ticket).toMatchObject({ requester: 'ops@acme.example', workspace: 'acme-inc', sources: ['ios-app'] });
    expect(isVerified(ticket.verification)).toBe(true);
    expect(await mailTo(t, 'ops@acme.example')).toHaveLength(1);
    expect(await mailTo(t, 'analyst@freelance.example')).toEqual([]);
  });

  it("a stranger forwarding a contact's request with \"please handle\" is never verified, and told nothing about it", async () => {
    const r = await t.app.intake.receive(forward({ from: 'eve@evil.example', id: 'fwd-r2@evil.example', note: 'Please handle this, Ana asked me to send it.', intent: 'request', originalFrom: 'ana@acme.example' }), 'test');
    // The whole outcome in the message: a failed intake says why (its reason), which is what to look at.
    expect(r, JSON.stringify(r)).toMatchObject({ outcome: 'created', ticket: 'DEL-1' });
    const ticket = await t.app.tickets.get(1);
    expect(ticket.requester).toBe('eve@evil.example');
    expect(ticket.verification.contact).toBe(false);
    expect(isVerified(ticket.verification)).toBe(false);
    const [answer] = await mailTo(t, 'eve@evil.example');
    expect(answer!.text).toMatch(/registered contact/);
    expect(answer!.text).not.toMatch(/acme|ios-app/i);
    // Only a contact can confirm a stranger's request: Ana is asked, and told who sent it.
    const toAna = await mailTo(t, 'ana@acme.example');
    expect(toAna).toHaveLength(1);
    expect(toAna[0]!.text).toContain('sent by eve@evil.example');
  });
});
