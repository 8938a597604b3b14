/**
 * No backscatter (issue 9, failure 11): ordinary third-party mail to the support address — spam,
 * job applications, Jira notifications, newsletters, sales pitches — gets no automatic email and no
 * ticket; it is kept for staff (`deletion-desk inbox`, a quiet Slack line) and staff can open one as
 * a ticket. A contact's vague mail still gets a helpful question.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { testDialects } from '../support/db';
import { email, FIXTURES, testApp, type TestApp } from '../support/app';
import { runCli } from '../../src/cli';
import { unansweredLine } from '../../src/services/slackCards';

const MAILBOX = path.join(FIXTURES, 'third-party');

async function sentMail(t: TestApp): Promise<ParsedMail[]> {
  while ((await t.app.emailWorker.tick()) > 0) {
    /* deliver everything due */
  }
  const dir = t.config.outboxDir;
  if (!fs.existsSync(dir)) return [];
  return Promise.all(fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map(async (f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
}

describe.each(testDialects())('no backscatter on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, { env: { STAFF: 'alice' } });
  });
  afterEach(async () => t?.close());

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const env = { DATABASE_URL: t.testDb.url, OUTBOX_DIR: t.config.outboxDir, MAILDROP_DIR: t.config.maildropDir, ARCHIVE_URL: t.config.archiveUrl, SUPPORT_ADDRESS: 'deletions@desk.example', LOG_LEVEL: 'silent', STAFF: 'alice' };
    const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('a mailbox of ordinary third-party mail gets zero automatic emails and zero tickets', async () => {
    const files = fs.readdirSync(MAILBOX).filter((f) => f.endsWith('.eml')).sort();
    expect(files.length).toBeGreaterThanOrEqual(60);
    const outcomes: Record<string, string> = {};
    for (const file of files) outcomes[file] = (await t.app.intake.receive(fs.readFileSync(path.join(MAILBOX, file)), file)).outcome;
    // Each one is kept: unanswered (for staff) or ignored (automatic mail), never a ticket or a reply.
    expect(Object.entries(outcomes).filter(([, o]) => o !== 'unanswered' && o !== 'ignored')).toEqual([]);
    expect(await t.app.tickets.list()).toEqual([]);
    expect(await sentMail(t)).toEqual([]);
    expect(Number((await t.app.db('messages').where({ direction: 'in' }).count({ n: '*' }).first())?.n)).toBe(files.length);
    // Spam-flagged mail is kept, with the reason.
    const flagged = (await t.app.db('messages').where({ message_key: 'third-party-009@mail.example' }).first()) as { outcome: string; reason: string };
    expect(flagged).toMatchObject({ outcome: 'unanswered', reason: 'flagged as spam by the mail server' });

    // Staff see what was kept, with the keys to open one.
    const listed = await cli('inbox', '--json');
    expect(listed.code).toBe(0);
    const kept = listed.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(kept.length).toBe(Object.values(outcomes).filter((o) => o === 'unanswered').length);
    expect(kept.length).toBeGreaterThan(30);
    expect(kept.find((m) => m.messageKey === 'third-party-001@mail.example')).toMatchObject({ from: 'claims@euro-millions-win.example', subject: 'Your Winning Notification', reason: expect.stringMatching(/not a deletion request/) });
    expect((await cli('inbox')).out).toMatch(/claims@euro-millions-win\.example {2}"Your Winning Notification" {2}\(not a deletion request, from an address that is no contact\)\n {4}key: third-party-001@mail\.example/);
  });

  it('spam-flagged mail is never answered, not even from a contact', async () => {
    for (const headers of [{ 'X-Spam-Flag': 'YES' }, { 'X-Spam-Status': 'Yes, score=12.0 required=5.0' }] as Record<string, string>[]) {
      const r = await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.', headers }), 'test');
      expect(r).toMatchObject({ outcome: 'unanswered', reason: 'flagged as spam by the mail server' });
    }
    expect(await t.app.tickets.list()).toEqual([]);
    expect(await sentMail(t)).toEqual([]);
  });

  it("a contact's vague mail still gets a helpful question", async () => {
    const r = await t.app.intake.receive(email({ from: 'ops@acme.example', subject: 'data question', body: 'Hi team, can you help us with some of our data? Thanks, Ops' }), 'test');
    expect(r).toMatchObject({ outcome: 'created', ticket: 'DEL-1' });
    expect((await t.app.tickets.get(1)).status).toBe('needs_info');
    const [question] = await sentMail(t);
    expect(question!.text).toMatch(/What would you like us to delete\?/);
  });

  it('staff turn a kept message into a ticket: the sender is the requester, judged as usual', async () => {
    const stranger = await t.app.intake.receive(email({ from: 'newcto@acme-holding.example', subject: 'our data', body: 'Hello, I am the new CTO. Please get rid of everything we have with you. Regards' }), 'test');
    expect(stranger.outcome).toBe('unanswered');
    expect(await sentMail(t)).toEqual([]);
    const key = stranger.messageKey;

    const refused = await cli('open', key, '--by', 'mallory');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not a configured staff id/);
    const opened = await cli('open', key, '--by', 'ALICE');
    expect(opened.code).toBe(0);
    expect(opened.out).toMatch(/^opened DEL-1 for newcto@acme-holding\.example \(.*unverified\)/);
    const ticket = await t.app.tickets.get(1);
    expect(ticket).toMatchObject({ requester: 'newcto@acme-holding.example', createdBy: 'staff:alice' });
    expect(ticket.verification.contact).toBe(false);
    // The sender is answered like every other non-contact, in the thread of their message.
    const [answer] = await sentMail(t);
    expect(answer!.to && 'text' in answer!.to ? answer!.to.text : '').toContain('newcto@acme-holding.example');
    expect(answer!.inReplyTo).toBe(`<${key}>`);
    expect(answer!.text).toMatch(/registered contact/);
    // It left the inbox; opening it again says where it went.
    expect((await cli('inbox', '--json')).out.trim()).toBe('');
    const again = await cli('open', key, '--by', 'alice');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/not waiting in the inbox: it was created \(DEL-1\)/);
    // The one who opened it cannot approve it.
    expect((await cli('approve', 'DEL-1', '--by', 'alice')).code).not.toBe(0);
  });

  it('the Slack line for kept mail is one short line that says how to list and open it', () => {
    const line = unansweredLine({ messageKey: 'k1@x.example', from: 'claims@win.example', subject: 'Your <b>Winning</b> Notification', reason: 'not a deletion request, from an address that is no contact' });
    expect(line).toBe(':mailbox_with_mail: Not answered: mail from claims@win.example — "Your &lt;b&gt;Winning&lt;/b&gt; Notification" (not a deletion request, from an address that is no contact). `deletion-desk inbox` lists it; `deletion-desk open k1@x.example --by ID` makes it a ticket.');
    expect(line.split('\n')).toHaveLength(1);
  });
});
