/**
 * Held mail (issue 9, failure 10): the per-sender reply limit counts only answers to incoming mail,
 * never what staff or the executor cause; an answer it holds is sent, in order, once the hour has
 * room; `show`, `tickets` and the Slack card say an email is held meanwhile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { testDialects } from '../support/db';
import { email, testApp, type TestApp } from '../support/app';
import { runCli } from '../../src/cli';
import { heldEmails } from '../../src/adapters/db/messageStore';
import { ticketCard } from '../../src/domain/slack/card';

async function deliverAll(t: TestApp): Promise<void> {
  while ((await t.app.emailWorker.tick()) > 0) {
    /* deliver everything due */
  }
}

async function mailTo(t: TestApp, to: string): Promise<ParsedMail[]> {
  await deliverAll(t);
  const dir = t.config.outboxDir;
  if (!fs.existsSync(dir)) return [];
  const all = await Promise.all(fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map(async (f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
  return all.filter((m) => (m.to && 'text' in m.to ? m.to.text : '').toLowerCase().includes(to));
}

describe.each(testDialects())('held mail on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect, { env: { REPLIES_PER_SENDER_PER_HOUR: '5', STAFF: 'alice' } });
  });
  afterEach(async () => t?.close());

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const env = { DATABASE_URL: t.testDb.url, OUTBOX_DIR: t.config.outboxDir, MAILDROP_DIR: t.config.maildropDir, ARCHIVE_URL: t.config.archiveUrl, SUPPORT_ADDRESS: 'deletions@desk.example', LOG_LEVEL: 'silent', STAFF: 'alice' };
    const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => out.push(l), env });
    return { code, out: out.join('\n') };
  }

  it('a contact with several tickets in an hour still gets the cancel confirmation she asked for', async () => {
    for (let day = 1; day <= 4; day++) {
      await t.app.intake.receive(email({ subject: `deletion ${day}`, body: `Please delete ios-app data of acme-inc for 2024-03-0${day}.` }), 'test');
      t.clock.advance(60_000);
    }
    expect(await mailTo(t, 'ana@acme.example')).toHaveLength(4);

    // Staff cancel one ticket: the email goes out at once and does not use up Ana's hour.
    await t.app.tickets.apply(2, { type: 'cancel', actor: { type: 'staff', id: 'alice' }, isStaff: true, isContact: false });
    t.clock.advance(60_000);
    const aboutDel2 = (await mailTo(t, 'ana@acme.example')).filter((m) => (m.subject ?? '').includes('[DEL-2]'));
    expect(aboutDel2).toHaveLength(2);
    expect(aboutDel2.filter((m) => /has been cancelled|was cancelled|cancelled/i.test(m.text ?? ''))).toHaveLength(1);
    // Her fifth request is still acknowledged: four answers, not five, this hour.
    await t.app.intake.receive(email({ subject: 'deletion 5', body: 'Please delete ios-app data of acme-inc for 2024-03-05.' }), 'test');
    t.clock.advance(60_000);
    expect(await mailTo(t, 'ana@acme.example')).toHaveLength(6);
    expect(await heldEmails(t.app.db)).toEqual([]);

    // She asks to cancel DEL-1: the confirmation is an answer over her hourly limit, so it is held…
    const cancelled = await t.app.intake.receive(email({ subject: 'cancel please', body: 'Please cancel the deletion DEL-1.' }), 'test');
    expect(cancelled).toMatchObject({ outcome: 'cancelled', ticket: 'DEL-1' });
    expect(await mailTo(t, 'ana@acme.example')).toHaveLength(6);
    // …and staff see it is held: show, tickets, the Slack card.
    const shown = await cli('show', 'DEL-1');
    expect(shown.out).toMatch(/held: +1 email to ana@acme\.example .*wait for the per-sender reply limit; sent automatically when the hour allows/);
    expect(shown.out).toMatch(/to {3}ana@acme\.example .*\[held\]/);
    expect(JSON.parse((await cli('show', 'DEL-1', '--json')).out)).toMatchObject({ id: 'DEL-1', status: 'cancelled', heldEmails: 1 });
    expect((await cli('tickets')).out.split('\n').find((l) => l.startsWith('DEL-1 '))).toMatch(/\[1 email held\]$/);
    const card = ticketCard(await t.app.tickets.get(1), { preview: { state: 'none' }, now: t.clock.now(), heldEmails: (await heldEmails(t.app.db, [1])).length });
    expect(JSON.stringify(card.blocks)).toMatch(/Held:\*? 1 email to the customer waits for the per-sender reply limit/);

    // An hour after her first answers, the window has room: the held confirmation is sent.
    t.clock.advance(60 * 60_000);
    const after = await mailTo(t, 'ana@acme.example');
    expect(after).toHaveLength(7);
    const aboutDel1 = after.filter((m) => (m.subject ?? '').includes('[DEL-1]'));
    expect(aboutDel1).toHaveLength(2);
    expect(await heldEmails(t.app.db)).toEqual([]);
    expect(JSON.parse((await cli('show', 'DEL-1', '--json')).out).heldEmails).toBe(0);
  });

  it('held answers are released oldest first, only as many as the hour has room for', async () => {
    for (let i = 1; i <= 8; i++) {
      await t.app.intake.receive(email({ from: 'robot@loop.example', subject: `purge ${i}`, body: `Please delete all data of workspace acme-inc, a complete purge (${i}).` }), 'test');
    }
    expect(await mailTo(t, 'robot@loop.example')).toHaveLength(5);
    // The robot's own answers (the workspace's contacts, asked to confirm, have their own hour).
    const heldForRobot = async () => (await heldEmails(t.app.db)).filter((h) => h.to === 'robot@loop.example').map((h) => h.ticketId);
    expect(await heldForRobot()).toEqual([6, 7, 8]);
    t.clock.advance(30 * 60_000);
    expect(await mailTo(t, 'robot@loop.example')).toHaveLength(5);
    t.clock.advance(31 * 60_000);
    const sent = await mailTo(t, 'robot@loop.example');
    expect(sent).toHaveLength(8);
    expect(sent.slice(5).map((m) => /\[DEL-(\d+)\]/.exec(m.subject ?? '')?.[1])).toEqual(['6', '7', '8']);
    // The released three now fill the new hour: a ninth answer waits again.
    await t.app.intake.receive(email({ from: 'robot@loop.example', subject: 'purge 9', body: 'Please delete all data of workspace acme-inc, a complete purge (9).' }), 'test');
    expect(await mailTo(t, 'robot@loop.example')).toHaveLength(9);
  });
});
