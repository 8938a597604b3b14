import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { testDialects } from '../support/db';
import { email, FIXTURES, testApp, type TestApp } from '../support/app';
import { notificationsForTicket } from '../../src/adapters/db/outboxStore';
import { recentMessages } from '../../src/adapters/db/messageStore';
import { verifyAudit } from '../../src/adapters/db/auditLog';

async function outbox(t: TestApp) {
  while ((await t.app.emailWorker.tick()) > 0) {
    /* deliver everything due */
  }
  const dir = t.config.outboxDir;
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(files.map(async (f) => ({ file: f, mail: await simpleParser(fs.readFileSync(path.join(dir, f))) })));
}

describe.each(testDialects())('intake on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(async () => t?.close());

  it('a clear request becomes a ticket awaiting approval and is acknowledged in its thread', async () => {
    const raw = fs.readFileSync(path.join(FIXTURES, 'sample-request.eml'));
    const outcome = await t.app.intake.receive(raw, 'test');
    expect(outcome).toMatchObject({ outcome: 'created', ticket: 'DEL-1' });
    const ticket = await t.app.tickets.get(1);
    expect(ticket).toMatchObject({ status: 'awaiting_approval', workspace: 'acme-inc', sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-03' }], requester: 'ana@acme.example' });
    expect(ticket.verification.contact).toBe(true);
    const sent = await outbox(t);
    expect(sent).toHaveLength(1);
    const ack = sent[0]!.mail;
    expect(ack.subject).toContain('[DEL-1]');
    expect(ack.inReplyTo).toBe('<corpus-0@mail.example>');
    expect(ack.to && 'text' in ack.to ? ack.to.text : '').toContain('ana@acme.example');
    expect(ack.from?.text).toContain('deletions@desk.example');
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.text).toMatch(/ios-app/);
    expect(ack.html).toBeTruthy();
  });

  it('the same message twice makes one ticket', async () => {
    const raw = email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', messageId: 'same@acme.example' });
    expect((await t.app.intake.receive(raw, 'a')).outcome).toBe('created');
    expect((await t.app.intake.receive(raw, 'b')).outcome).toBe('duplicate');
    expect(await t.app.tickets.list()).toHaveLength(1);
  });

  it('a message without Message-ID is de-duplicated by its content', async () => {
    const raw = email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', messageId: null });
    expect((await t.app.intake.receive(raw, 'a')).outcome).toBe('created');
    expect((await t.app.intake.receive(raw, 'b')).outcome).toBe('duplicate');
  });

  it('asks for what is missing, and the reply in the thread completes the ticket', async () => {
    const first = await t.app.intake.receive(email({ body: 'Hi, please delete the data of our iOS App source for March 1st 2024.', messageId: 'q1@acme.example' }), 'test');
    expect(first.outcome).toBe('created');
    const asked = await t.app.tickets.get(1);
    expect(asked.status).toBe('needs_info');
    expect(asked.missing).toContain('workspace');
    const [question] = await outbox(t);
    expect(question!.mail.subject).toContain('[DEL-1]');

    // A reply by In-Reply-To only (the customer's client dropped the subject tag).
    const reply = email({ subject: 'Re: your question', body: 'The workspace is acme-inc.\n\nOn Tue, Mar 12, 2024 Deletions wrote:\n> Which workspace?', inReplyTo: question!.mail.messageId!.replace(/[<>]/g, ''), messageId: 'q2@acme.example' });
    expect(await t.app.intake.receive(reply, 'test')).toMatchObject({ outcome: 'info', ticket: 'DEL-1' });
    const done = await t.app.tickets.get(1);
    expect(done.status).toBe('awaiting_approval');
    expect(done.workspace).toBe('acme-inc');
    expect(done.sources).toEqual(['ios-app']);
  });

  it('threads by [DEL-n] in the subject', async () => {
    await t.app.intake.receive(email({ body: 'Delete the ios-app source data for 2024-03-01 please.' }), 'test');
    const r = await t.app.intake.receive(email({ subject: 'Re: [DEL-1] Data deletion request', body: 'workspace: acme-inc' }), 'test');
    expect(r).toMatchObject({ outcome: 'info', ticket: 'DEL-1' });
    expect((await t.app.tickets.get(1)).status).toBe('awaiting_approval');
  });

  it('a request from an address that is not a contact is marked unverified', async () => {
    await t.app.intake.receive(email({ from: 'mallory@evil.example', body: 'Delete all data of workspace acme-inc, the complete workspace please.' }), 'test');
    const ticket = await t.app.tickets.get(1);
    expect(ticket.verification.contact).toBe(false);
  });

  it('status questions are answered to contacts of the workspace only', async () => {
    await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.' }), 'test');
    await outbox(t);
    const fromContact = await t.app.intake.receive(email({ from: 'ops@acme.example', subject: 'status?', body: 'What is the status of DEL-1?' }), 'test');
    expect(fromContact).toMatchObject({ outcome: 'status', ticket: 'DEL-1' });
    const fromStranger = await t.app.intake.receive(email({ from: 'eve@evil.example', subject: 'status?', body: 'What is the status of DEL-1?' }), 'test');
    expect(fromStranger.outcome).toBe('refused');
    const mails = await outbox(t);
    const toOps = mails.find((m) => m.mail.to && 'text' in m.mail.to && m.mail.to.text.includes('ops@acme.example'));
    const toEve = mails.find((m) => m.mail.to && 'text' in m.mail.to && m.mail.to.text.includes('eve@evil.example'));
    expect(toOps!.mail.text).toMatch(/DEL-1/);
    // Not yet confirmed by the customer, not yet approved: the status says both.
    expect(toOps!.mail.text).toMatch(/waiting for the written confirmation of a registered contact .*and for approval by our team/i);
    expect(toEve!.mail.text).not.toMatch(/ios-app|acme-inc/);
  });

  it('a contact cancels by email; a stranger cannot', async () => {
    await t.app.intake.receive(email({ body: 'Please delete all data of our workspace acme-inc, a complete purge.' }), 'test');
    const ticket = await t.app.tickets.get(1);
    expect(ticket.kind).toBe('workspace_purge');
    const stranger = await t.app.intake.receive(email({ from: 'eve@evil.example', body: 'Cancel the deletion DEL-1 please.' }), 'test');
    expect(stranger.outcome).toBe('refused');
    expect((await t.app.tickets.get(1)).status).not.toBe('cancelled');
    const contact = await t.app.intake.receive(email({ from: 'ops@acme.example', body: 'Please cancel the deletion DEL-1, our workspace was deleted maliciously!' }), 'test');
    expect(contact).toMatchObject({ outcome: 'cancelled', ticket: 'DEL-1' });
    expect((await t.app.tickets.get(1)).status).toBe('cancelled');
  });

  it('never answers an auto-reply, a bounce or our own mail', async () => {
    await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.' }), 'test');
    const before = (await outbox(t)).length;
    const ooo = await t.app.intake.receive(email({ subject: 'Automatic reply: [DEL-1] Data deletion request', body: 'I am out of office until Monday.', headers: { 'Auto-Submitted': 'auto-replied' } }), 'test');
    expect(ooo.outcome).toBe('ignored');
    const own = await t.app.intake.receive(email({ from: 'deletions@desk.example', subject: 'Re: [DEL-1] x', body: 'loop' }), 'test');
    expect(own.outcome).toBe('ignored');
    for (const file of fs.readdirSync(path.join(FIXTURES, 'automated')).filter((f) => f.endsWith('.eml') && !f.includes('not-automated') && !f.startsWith('human'))) {
      const r = await t.app.intake.receive(fs.readFileSync(path.join(FIXTURES, 'automated', file)), file);
      expect([r.outcome, file]).toEqual(['ignored', file]);
    }
    expect(await outbox(t)).toHaveLength(before);
  });

  it('holds replies past the per-sender rate limit, so two bots cannot loop', async () => {
    for (let i = 0; i < 8; i++) {
      await t.app.intake.receive(email({ from: 'robot@loop.example', subject: `purge ${i}`, body: `Please delete all data of workspace acme-inc, a complete purge (${i}).` }), 'test');
    }
    // What the robot itself gets is what could loop (the workspace's contacts are asked to confirm too,
    // within their own per-address limit).
    const sent = (await outbox(t)).filter((m) => m.mail.to && 'value' in m.mail.to && m.mail.to.value[0]?.address === 'robot@loop.example');
    expect(sent).toHaveLength(5);
    const held = (await Promise.all([6, 7, 8].map((id) => notificationsForTicket(t.app.db, id)))).flat().filter((n) => n.channel === 'email' && (n.payload as { to: string }).to === 'robot@loop.example');
    expect(held).toHaveLength(3);
    expect(held.every((n) => n.status === 'held')).toBe(true);
  });

  describe('malformed input: a clear outcome and nothing lost', () => {
    it.each<[string, () => Buffer, string]>([
      ['an empty file', () => Buffer.alloc(0), 'failed'],
      ['binary garbage', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'failed'],
      ['no From header', () => Buffer.from('Subject: hi\r\n\r\nDelete acme-inc ios-app 2024-03-01'), 'failed'],
      ['no Date header', () => Buffer.from('From: ana@acme.example\r\nSubject: delete\r\nMessage-ID: <nodate@x>\r\n\r\nPlease delete ios-app data of acme-inc for 2024-03-01.'), 'created'],
      ['an empty body', () => email({ body: '' }), 'created'],
      ['an unknown charset', () => Buffer.from('From: ana@acme.example\r\nSubject: delete\r\nMessage-ID: <cs@x>\r\nContent-Type: text/plain; charset=x-klingon-42\r\n\r\nPlease delete ios-app data of acme-inc for 2024-03-01.'), 'created'],
      ['truncated MIME', () => Buffer.from('From: ana@acme.example\r\nSubject: delete\r\nMessage-ID: <tr@x>\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nPlease delete ios-app data of acme-inc for 2024-03-01.\r\n--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK'), 'created'],
    ])('%s', async (_name, make, expected) => {
      const r = await t.app.intake.receive(make(), 'test');
      expect(r.outcome).toBe(expected);
      if (expected === 'failed') {
        expect(r.reason).toBeTruthy();
        const [recorded] = await recentMessages(t.app.db, 1);
        expect(recorded).toMatchObject({ outcome: 'failed' });
      }
    });

    it('a 20 MB attachment is read and the request still understood', async () => {
      const attachment = Buffer.alloc(15 * 1024 * 1024, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
      const raw = Buffer.from(
        [
          'From: ana@acme.example', 'Subject: deletion', 'Message-ID: <big@acme.example>', 'Date: Tue, 12 Mar 2024 10:15:00 +0000', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"', '',
          '--B', 'Content-Type: text/plain; charset=utf-8', '', 'Please delete the ios-app data of acme-inc for 2024-03-01.', '--B', 'Content-Type: application/octet-stream; name="dump.bin"', 'Content-Transfer-Encoding: base64', '', attachment, '--B--', '',
        ].join('\r\n'),
      );
      expect(raw.length).toBeGreaterThan(20 * 1024 * 1024);
      const r = await t.app.intake.receive(raw, 'test');
      expect(r.outcome).toBe('created');
      expect((await t.app.tickets.get(1)).status).toBe('awaiting_approval');
    });
  });

  it('a message that failed can be taken in again once the cause is fixed', async () => {
    const noSender = Buffer.from('Subject: delete\r\nMessage-ID: <fix-me@acme.example>\r\n\r\nPlease delete ios-app data of acme-inc for 2024-03-01.');
    expect((await t.app.intake.receive(noSender, 'test')).outcome).toBe('failed');
    const fixed = Buffer.from(`From: ana@acme.example\r\n${noSender.toString()}`);
    expect(await t.app.intake.receive(fixed, 'test')).toMatchObject({ outcome: 'created', ticket: 'DEL-1' });
  });

  it('a database outage records nothing and asks the channel to retry later', async () => {
    await t.app.db.destroy();
    const r = await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.' }), 'test');
    expect(r).toMatchObject({ outcome: 'failed', retry: true });
    expect(r.reason).toMatch(/database unavailable/);
  });

  it('a batch is taken in as its messages would be one by one, each seeing the ones before it', async () => {
    const request = email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', messageId: 'batch-1@acme.example' });
    const outcomes = await t.app.intake.receiveBatch([
      { raw: request, origin: 'b:1' },
      { raw: request, origin: 'b:2' },
      { raw: Buffer.alloc(0), origin: 'b:3' },
      { raw: email({ subject: 'Re: [DEL-1] Data deletion request', body: 'Thanks, also for 2024-03-02 please.', messageId: 'batch-4@acme.example' }), origin: 'b:4' },
      { raw: email({ from: 'ops@acme.example', subject: 'cancel', body: 'Please cancel the deletion DEL-1, it was a mistake.', messageId: 'batch-5@acme.example' }), origin: 'b:5' },
    ]);
    expect(outcomes.map((o) => [o.outcome, o.ticket])).toEqual([
      ['created', 'DEL-1'],
      ['duplicate', 'DEL-1'],
      ['failed', undefined],
      [expect.stringMatching(/^(info|note)$/), 'DEL-1'],
      ['cancelled', 'DEL-1'],
    ]);
    expect((await t.app.tickets.get(1)).status).toBe('cancelled');
    expect(Number((await t.app.db('tickets').count({ n: '*' }).first())?.n)).toBe(1);
    expect(await verifyAudit(t.app.db)).toMatchObject({ ok: true });
    // Read again (a crash before the move): every message is recognised, nothing is added.
    const again = await t.app.intake.receiveBatch([{ raw: request, origin: 'b:1' }]);
    expect(again[0]).toMatchObject({ outcome: 'duplicate', ticket: 'DEL-1' });
  });

  it('in a batch, a reply to a message of the same batch joins its ticket and threads under it', async () => {
    const outcomes = await t.app.intake.receiveBatch([
      { raw: email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', messageId: 'first@acme.example' }), origin: 'b:1' },
      // The customer answers her own request before the desk did (her client drops our subject tag).
      { raw: email({ subject: 'Re: Data deletion request', body: 'Also 2024-03-02 please.', inReplyTo: 'first@acme.example', messageId: 'second@acme.example' }), origin: 'b:2' },
      { raw: email({ body: 'Please delete web data of acme-inc for 2024-04-01.', messageId: 'third@acme.example' }), origin: 'b:3' },
    ]);
    expect(outcomes.map((o) => [o.outcome, o.ticket])).toEqual([
      ['created', 'DEL-1'],
      [expect.stringMatching(/^(info|note)$/), 'DEL-1'],
      ['created', 'DEL-2'],
    ]);
    const thread: { direction: string; message_id: string; in_reply_to: string | null }[] = await t.app.db('messages').where({ ticket_id: 1 }).orderBy('id').select('direction', 'message_id', 'in_reply_to');
    expect(thread[0]).toMatchObject({ direction: 'in', message_id: 'first@acme.example' });
    const second = thread.findIndex((m) => m.message_id === 'second@acme.example');
    // Written in the order it happened: the acknowledgement of the first before the reply.
    expect(thread.slice(1, second).map((m) => [m.direction, m.in_reply_to])).toContainEqual(['out', 'first@acme.example']);
    for (const answer of thread.slice(second + 1)) expect(answer).toMatchObject({ direction: 'out', in_reply_to: 'second@acme.example' });
    expect((await t.app.tickets.get(2)).sources).toEqual(['web']);
    expect(await verifyAudit(t.app.db)).toMatchObject({ ok: true });
  });

  it('keeps the audit chain intact through a busy intake', async () => {
    for (let i = 0; i < 5; i++) await t.app.intake.receive(email({ body: `Please delete ios-app data of acme-inc for 2024-03-0${i + 1}.` }), 'test');
    expect(await verifyAudit(t.app.db)).toMatchObject({ ok: true, entries: 5 });
  });
});
