/**
 * Nothing leaks to strangers (issue 9, failures 6 and 8): the same stranger emails, sent to a desk
 * whose catalog has the named workspace (with open tickets) and to one whose catalog does not, get
 * byte-identical answers apart from ticket ids, Message-IDs and dates. And a contact's questions never
 * name another customer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { testDialects } from '../support/db';
import { email, FIXTURES, testApp, type TestApp } from '../support/app';
import { isVerified } from '../../src/domain/ticket';

async function mailTo(t: TestApp, to: string): Promise<ParsedMail[]> {
  while ((await t.app.emailWorker.tick()) > 0) {
    /* deliver everything due */
  }
  const dir = t.config.outboxDir;
  if (!fs.existsSync(dir)) return [];
  const all = await Promise.all(fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map(async (f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
  return all.filter((m) => (m.to && 'text' in m.to ? m.to.text : '').toLowerCase().includes(to)).sort((a, b) => (a.inReplyTo ?? '').localeCompare(b.inReplyTo ?? ''));
}

/** What a reader sees, minus what differs by nature: ticket numbers, Message-IDs, dates. */
function visible(m: ParsedMail): string {
  const scrub = (s: string) => s.replace(/DEL-\d+/g, 'DEL-n').replace(/\d{1,2} \w+ \d{4}(, \d{2}:\d{2} UTC)?/g, 'DATE');
  return scrub(`In-Reply-To: ${m.inReplyTo}\nSubject: ${m.subject}\n\n${m.text}\n\n${m.html || ''}`);
}

/** Every name of acme-inc, and of the other customers, that a stranger must never read. */
const CATALOG_WORDS = /acme|ios-app|ios app|android|website|server api|Default Space|Marketing|globex|initech|hooli|umbrella|checkout|ws_|src_|spa_|ana@|ops@|hank@|did you mean|exists in/i;

const STRANGER = 'eve@evil.example';
const STRANGER_MAIL: { subject: string; body: string }[] = [
  { subject: 'Complete data purge', body: 'Please delete all data of workspace acme-inc, a complete purge.' },
  { subject: 'Data deletion', body: 'Please delete the ios-app data of acme-inc for 2024-03-01 to 2024-03-03.' },
  { subject: 'Space deletion', body: 'Delete the Default Space of acme-inc.' },
  { subject: 'Typo', body: 'Please delete the data of acme-incc for 2024-03-01, source ios-app.' },
  { subject: 'Which one', body: 'Delete the ios-app data for 2024-03-01.' },
  { subject: 'status?', body: 'What is the status of DEL-1?' },
  { subject: 'cancel', body: 'Cancel the deletion DEL-1 please.' },
  { subject: 'status', body: 'What is the status of the deletion for workspace acme-inc?' },
  { subject: 'cancel', body: 'Please cancel the deletion for workspace acme-inc, it was requested maliciously.' },
  { subject: 'Re: [DEL-1] Data deletion request', body: 'Any update on this?' },
  { subject: 'end user', body: 'Please delete the personal data of one of our end users (user id 4711) in workspace acme-inc.' },
  // About her own purge request (DEL-3 on both desks): resolved to acme-inc on one, to nothing on the other.
  { subject: 'status of mine', body: 'What is the status of DEL-3?' },
  { subject: 'Re: [DEL-3] Complete data purge', body: 'Any update on this?' },
  { subject: 'Re: [DEL-3] Complete data purge', body: 'Also delete the ios-app source of acme-inc for 2024-03-05.' },
  { subject: 'withdraw', body: 'Please cancel DEL-3, I changed my mind.' },
  { subject: 'Is this legit?', body: 'Hi, I got the message below. Is this legit?\n\n---------- Forwarded message ---------\nFrom: Ana Lopez <ana@acme.example>\nDate: Mon, 11 Mar 2024 09:00:00 +0000\nSubject: Data deletion request\n\nPlease delete the ios-app data of acme-inc for 2024-03-01 to 2024-03-03.' },
];

describe.each(testDialects())('what strangers see on %s', (dialect) => {
  let withAcme: TestApp;
  let withoutAcme: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-strangers-'));
    const full = YAML.parse(fs.readFileSync(path.join(FIXTURES, 'catalog.yaml'), 'utf8')) as { workspaces: { slug: string }[] };
    const other = path.join(dir, 'catalog-without-acme.yaml');
    fs.writeFileSync(other, YAML.stringify({ workspaces: full.workspaces.filter((w) => w.slug !== 'acme-inc') }));
    // The reply limit would hold the later answers: every answer must be compared.
    const env = { REPLIES_PER_SENDER_PER_HOUR: '1000' };
    withAcme = await testApp(dialect, { env });
    withoutAcme = await testApp(dialect, { env, catalog: other });
    // acme-inc exists with open tickets on one desk only.
    await withAcme.app.intake.receive(email({ body: 'Please delete our workspace acme-inc completely, all our data.', messageId: 'ana-purge@acme.example' }), 'test');
    await withAcme.app.intake.receive(email({ from: 'ops@acme.example', body: 'Please delete the android data of acme-inc for 2024-02-01.', messageId: 'ops-src@acme.example' }), 'test');
    expect((await withAcme.app.tickets.list()).map((t) => t.status).sort()).toEqual(['awaiting_approval', 'awaiting_approval']);
    // The other desk has tickets too (of another customer), so DEL-1 and DEL-2 are nobody's of Eve on either.
    await withoutAcme.app.intake.receive(email({ from: 'hank@globex.example', body: 'Please delete our workspace globex completely, all our data.', messageId: 'hank-purge@globex.example' }), 'test');
    await withoutAcme.app.intake.receive(email({ from: 'hank@globex.example', body: 'Please delete the checkout-web data of globex for 2024-02-01.', messageId: 'hank-src@globex.example' }), 'test');

    for (const [n, m] of STRANGER_MAIL.entries()) {
      for (const t of [withAcme, withoutAcme]) {
        await t.app.intake.receive(email({ from: `Eve <${STRANGER}>`, subject: m.subject, body: m.body, messageId: `eve-${n}@evil.example` }), 'test');
        t.clock.advance(60_000);
      }
    }
  });

  afterAll(async () => {
    await withAcme?.close();
    await withoutAcme?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the same stranger emails get byte-identical answers whether the workspace exists with open tickets or not', async () => {
    const a = (await mailTo(withAcme, STRANGER)).map(visible);
    const b = (await mailTo(withoutAcme, STRANGER)).map(visible);
    // Purge, source and space requests, the typo, the ambiguous source, the end user: acknowledged;
    // status and cancel naming DEL-1: answered; the rest kept unanswered.
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(a).toEqual(b);
  });

  it('no answer to a stranger names a workspace, a source, a space, another customer or a suggestion', async () => {
    for (const t of [withAcme, withoutAcme]) {
      for (const m of await mailTo(t, STRANGER)) expect(`${m.subject}\n${m.text}\n${m.html || ''}`).not.toMatch(CATALOG_WORDS);
    }
  });

  it("a stranger's forward of a contact's request is never verified", async () => {
    for (const t of [withAcme, withoutAcme]) {
      for (const ticket of await t.app.tickets.list()) {
        if (ticket.requester === STRANGER) expect(isVerified(ticket.verification)).toBe(false);
      }
      // Whoever wrote the forwarded text, the ticket is the forwarder's, judged as the forwarder.
      expect((await t.app.tickets.list()).filter((x) => x.requester === 'ana@acme.example' && x.createdAt > '2024-03-12T10:00:00.000Z')).toEqual([]);
    }
  });
});

describe.each(testDialects())("a contact's questions on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => t?.close());

  it('never name another customer: no "exists in workspaces …", no "did you mean" another workspace', async () => {
    // ios-app exists in acme-inc and in globex; Ana is a contact of acme-inc only.
    await t.app.intake.receive(email({ subject: 'ios data', body: 'Please delete the ios-app data for 2024-03-01.', messageId: 'ana-q1@acme.example' }), 'test');
    // A typo close to another customer's slug.
    await t.app.intake.receive(email({ subject: 'more data', body: 'Please delete the checkout-web data of globexx for 2024-03-01.', messageId: 'ana-q2@acme.example' }), 'test');
    const asked = await t.app.tickets.list();
    expect(asked.map((x) => x.status)).toEqual(['needs_info', 'needs_info']);
    // Staff still see the parser's full reasons on the ticket.
    expect(asked.flatMap((x) => x.ambiguities).join(' ')).toMatch(/globex/);
    const mails = await mailTo(t, 'ana@acme.example');
    expect(mails).toHaveLength(2);
    for (const m of mails) {
      expect(`${m.subject}\n${m.text}\n${m.html || ''}`).not.toMatch(/globex|checkout|Globex Corporation|src_g|ws_g/i);
      expect(m.text).toMatch(/\?/);
    }
    // Her own workspace may be named to her.
    expect(mails.map((m) => m.text).join('\n')).toMatch(/Please reply with your workspace slug|Which workspace/);
  });
});
