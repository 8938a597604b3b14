/**
 * What the customer's mail client receives, end to end on each database: the From carries the
 * display name (SUPPORT_NAME) over SMTP (a loopback smtp-server) and in maildrop's outbox; the
 * completion email of a real deletion carries the complete receipt as a CSV attachment whose
 * SHA-256 the body shows, having gone through the outbox table as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { email, testApp, type TestApp } from '../support/app';
import { testDialects } from '../support/db';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { sha256Hex } from '../../src/domain/execution/receipt';
import type { ParseResult } from '../../src/domain/request';

let smtp: TestSmtpServer;
const open: TestApp[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
});
afterEach(async () => {
  while (open.length) await open.pop()!.close().catch(() => undefined);
});

const SOURCE_DAYS: Partial<ParseResult> = { kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-02' }] };

/** Files in the local archive under the default layout: segment-logs/{sourceId}/{dayMs}/. */
function putArchive(t: TestApp, day: string, files: number): void {
  const dir = path.join(t.dir, 'archive', 'segment-logs', 'src_91ab', String(Date.parse(`${day}T00:00:00Z`)));
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= files; i++) fs.writeFileSync(path.join(dir, `part-000${i}.gz`), `event data ${day} ${i}`);
}

async function completedSourceDeletion(t: TestApp): Promise<number> {
  putArchive(t, '2024-03-01', 3);
  putArchive(t, '2024-03-02', 1);
  const created = await t.app.tickets.create({
    parse: { space: null, ticket: null, missing: [], ambiguities: [], notes: ['the sender is a contact of workspace acme-inc'], kind: 'source_data', workspace: null, sources: [], ranges: [], ...SOURCE_DAYS },
    requester: 'ana@acme.example',
    createdBy: { type: 'customer', address: 'ana@acme.example' },
    verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    requestedAt: t.clock.now(),
  });
  const scheduled = await t.app.tickets.apply(created.id, { type: 'approve', actor: { type: 'staff', id: 'U1' }, isStaff: true });
  expect(scheduled.status).toBe('scheduled');
  await t.app.executor.drain();
  expect((await t.app.tickets.get(created.id)).status).toBe('completed');
  return created.id;
}

async function sendAll(t: TestApp): Promise<void> {
  for (let i = 0; i < 20 && (await t.app.emailWorker.tick()) > 0; i++);
}

describe.each(testDialects())('emails as delivered, on %s', (dialect) => {
  it('over SMTP: the From has the display name and the receipt arrives attached, its checksum in the body', async () => {
    const t = await testApp(dialect, { env: { SMTP_URL: smtp.url, SUPPORT_NAME: 'Acme Data Deletion Desk', CUSTOMER_CONFIRMATION: 'off' } });
    open.push(t);
    const before = smtp.received.length;
    const id = await completedSourceDeletion(t);
    await sendAll(t);
    const mails: ParsedMail[] = await Promise.all(smtp.received.slice(before).map((m) => simpleParser(m.raw)));
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const m of mails) expect(m.from?.value).toEqual([{ name: 'Acme Data Deletion Desk', address: 'deletions@desk.example' }]);
    const done = mails.find((m) => m.subject === `[DEL-${id}] Completed: source data of acme-inc`);
    expect(done, mails.map((m) => m.subject).join(' | ')).toBeDefined();
    expect(mails.map((m) => m.subject)).toContain(`[DEL-${id}] Approved, running now: source data of acme-inc`);
    const [file] = done!.attachments;
    expect(file.filename).toBe(`deletion-receipt-DEL-${id}.csv`);
    expect(file.contentType).toBe('text/csv');
    const csv = file.content.toString('utf8');
    expect(csv.trimEnd().split('\r\n').map((r) => r.split(',').slice(0, 3).join(','))).toEqual(['source,day,files', 'ios-app,2024-03-01,3', 'ios-app,2024-03-02,1']);
    expect(done!.text).toContain(`SHA-256 ${sha256Hex(csv)}`);
    expect(done!.text).toContain('Result: Deleted 4 files');
    expect(done!.text).not.toMatch(/segment-logs|src_91ab|sender is a contact/);
  });

  it('in maildrop: the outbox .eml has the default display name', async () => {
    const t = await testApp(dialect);
    open.push(t);
    await t.app.intake.receive(email({ body: 'Please delete the iOS App data of acme-inc for March 1-3, 2024.' }), 'test');
    await sendAll(t);
    const files = fs.readdirSync(path.join(t.dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(0);
    const mail = await simpleParser(fs.readFileSync(path.join(t.dir, 'outbox', files[0])));
    expect(mail.from?.value).toEqual([{ name: 'Data Deletion Desk', address: 'deletions@desk.example' }]);
    expect(mail.subject).toBe('Re: [DEL-1] Please confirm: source data of acme-inc');
    expect(mail.text?.split('\n')[0]).toBe('DEL-1 · Received: please confirm');
  });
});
