import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { runCommand, startProcess, type Started } from '../support/process';
import { waitFor } from '../support/wait';
import { FIXTURES } from '../support/app';

// The local mode a newcomer runs with `npm start`: SQLite, a maildrop folder, an outbox folder, the CLI.
describe('local mode, as an operator runs it', () => {
  let dir: string;
  let env: Record<string, string>;
  let bot: Started;
  const outbox = () => (fs.existsSync(env.OUTBOX_DIR!) ? fs.readdirSync(env.OUTBOX_DIR!).filter((f) => f.endsWith('.eml')).sort() : []);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-local-'));
    fs.mkdirSync(path.join(dir, 'archive')); // `start` refuses a missing archive folder
    env = {
      DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
      MAILDROP_DIR: path.join(dir, 'maildrop'),
      OUTBOX_DIR: path.join(dir, 'outbox'),
      ARCHIVE_URL: `file:${path.join(dir, 'archive')}`,
      PORT: '0',
      LOG_LEVEL: 'info',
      STAFF: 'alice,bob',
    };
    bot = startProcess(['start'], env);
    await waitFor(() => bot.output().includes('drop .eml files into'), { timeoutMs: 30_000, what: 'the bot to start' });
  });

  afterAll(async () => {
    await bot?.stop('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says so when the catalog is empty, and how to import one', () => {
    expect(bot.output()).toMatch(/the catalog is empty.*deletion-desk catalog import FILE/);
  });

  it('a dropped request becomes a ticket, the acknowledgement asks to confirm, and approval plus the reply "confirm" move it on', { timeout: 180_000 }, async () => {
    const imported = await runCommand(['catalog', 'import', path.resolve(__dirname, '..', '..', 'examples', 'catalog.yaml')], env);
    expect(imported.stdout).toMatch(/imported 3 workspaces/);

    // Written elsewhere, then renamed in: what a careful writer does (and cp would also work).
    const tmp = path.join(dir, 'request.tmp');
    fs.copyFileSync(path.join(FIXTURES, 'sample-request.eml'), tmp);
    fs.renameSync(tmp, path.join(env.MAILDROP_DIR!, 'request.eml'));

    const [ack] = await waitFor(() => (outbox().length ? outbox() : null), { what: 'the acknowledgement' });
    expect(ack).toMatch(/^DEL-1-received-/);
    const mail = await simpleParser(fs.readFileSync(path.join(env.OUTBOX_DIR!, ack!)));
    expect(mail.subject).toBe('Re: [DEL-1] Please confirm: source data of acme-inc');
    expect(mail.from?.text).toBe('"Data Deletion Desk" <deletions@localhost>');
    expect(mail.text).toContain('Please confirm exactly what will be deleted:');
    expect(mail.text).toContain('UTC days: Fri 1 March 2024 – Sun 3 March 2024, 3 days');
    expect(fs.readdirSync(path.join(env.MAILDROP_DIR!, 'processed'))).toHaveLength(1);

    const listed = await runCommand(['tickets', '--json'], env);
    expect(JSON.parse(listed.stdout.trim())).toMatchObject({ id: 'DEL-1', kind: 'source_data', status: 'awaiting_approval', workspace: 'acme-inc', sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-03' }], requester: 'ana@acme.example', verified: true, approvals: [], runAfter: null });

    const approved = await runCommand(['approve', 'DEL-1', '--by', 'alice'], env);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toMatch(/DEL-1 approved by alice: approved; waiting for the customer's confirmation/);
    expect(JSON.parse((await runCommand(['show', 'DEL-1', '--json'], env)).stdout)).toMatchObject({ status: 'awaiting_approval', runAfter: null, confirmation: { state: 'pending' } });

    // Ana replies "confirm" to the acknowledgement.
    const reply = [
      'From: Ana Lopez <ana@acme.example>', 'To: deletions@localhost', `Subject: ${mail.subject}`, 'Date: Tue, 12 Mar 2024 11:00:00 +0000',
      'Message-ID: <confirm-1@acme.example>', `In-Reply-To: ${mail.messageId}`, `References: ${mail.messageId}`, 'Content-Type: text/plain; charset=utf-8', '',
      'I confirm.', '', '> Please confirm exactly what will be deleted:',
    ].join('\r\n');
    fs.writeFileSync(tmp, reply);
    fs.renameSync(tmp, path.join(env.MAILDROP_DIR!, 'confirm.eml'));
    // Approved and now confirmed: the bot schedules it and says so.
    await waitFor(() => outbox().some((f) => f.includes('-scheduled-')), { what: 'the scheduled email' });
    const shown = JSON.parse((await runCommand(['show', 'DEL-1', '--json'], env)).stdout);
    expect(shown.status).toMatch(/scheduled|running|completed/);
    expect(shown.approvals.map((a: { by: string }) => a.by)).toEqual(['staff:alice']);
    expect(shown.confirmation).toMatchObject({ state: 'confirmed', by: 'email:ana@acme.example' });
    const history = (await runCommand(['show', 'DEL-1'], env)).stdout;
    expect(history).toMatch(/approved\s+staff:alice/);
    expect(history).toMatch(/confirmed\s+email:ana@acme\.example/);
    expect(history).toMatch(/confirmation: confirmed by email:ana@acme\.example/);
    expect(history).toMatch(/from ana@acme\.example\s+Data deletion request\s+\[created\]/);
    expect(history).toMatch(/to {3}ana@acme\.example\s+Re: \[DEL-1\] Please confirm: source data of acme-inc\s+\[sent\]/);
  });

  it('keeps a message it cannot read in failed/ with the reason beside it', async () => {
    fs.writeFileSync(path.join(env.MAILDROP_DIR!, 'garbage.eml'), Buffer.alloc(0));
    const failed = path.join(env.MAILDROP_DIR!, 'failed');
    const names = await waitFor(() => (fs.readdirSync(failed).length >= 2 ? fs.readdirSync(failed) : null), { what: 'the failed file' });
    const reason = names.find((n) => n.endsWith('.reason.txt'))!;
    expect(fs.readFileSync(path.join(failed, reason), 'utf8')).toMatch(/empty/);
    expect(names.some((n) => n.endsWith('garbage.eml'))).toBe(true);
  });

  it('a bad command says how to use it', async () => {
    const r = await runCommand(['approve', 'DEL-1'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--by is required/);
    expect(r.stderr).toMatch(/usage: deletion-desk approve DEL-n --by ID/);
    const unknown = await runCommand(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
    const missing = await runCommand(['show', 'DEL-999'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/DEL-999 does not exist/);
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(bot.output()).toMatch(/stopping/);
    expect(bot.output()).toMatch(/"msg":"stopped"/);
  });
});

describe('parse --json', () => {
  it('prints one JSON object per file, in the documented format (docs/design.md, "parse --json"), without touching any database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-parse-'));
    const env = { DATABASE_URL: `sqlite:${path.join(dir, 'never-created.sqlite')}`, LOG_LEVEL: 'silent' };
    const r = await runCommand(['parse', '--json', '--catalog', path.join(FIXTURES, 'catalog.yaml'), path.join(FIXTURES, 'sample-request.eml'), path.join(FIXTURES, 'emails', '001-plain-simple.eml')], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      file: path.join(FIXTURES, 'sample-request.eml'),
      kind: 'source_data',
      workspace: 'acme-inc',
      sources: ['ios-app'],
      space: null,
      ranges: [{ from: '2024-03-01', to: '2024-03-03' }],
      ticket: null,
      missing: [],
      unsettled: [],
      ambiguities: [],
      ambiguityFields: [],
      notes: ['dates are UTC days'],
      evidence: {
        kind: expect.any(String),
        workspace: expect.any(String),
        sources: [{ slug: 'ios-app', text: expect.any(String) }],
        space: null,
        ranges: [{ from: '2024-03-01', to: '2024-03-03', text: expect.any(String) }],
      },
      forwarded: null,
    });
    expect(fs.existsSync(path.join(dir, 'never-created.sqlite'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('in text, says a status question is answered and a cancellation cancels — neither goes to approval', async () => {
    const env = { DATABASE_URL: 'sqlite:/tmp/dd-none/x.sqlite', LOG_LEVEL: 'silent' };
    const r = await runCommand(['parse', '--catalog', path.join(FIXTURES, 'catalog.yaml'), path.join(FIXTURES, 'emails', '079-status-ticket-subject.eml'), path.join(FIXTURES, 'emails', '084-cancel-ticket.eml'), path.join(FIXTURES, 'sample-request.eml')], env);
    expect(r.code).toBe(0);
    const [status, cancel, request] = r.stdout.split(/\n(?=\S)/);
    expect(status).toMatch(/: status\n/);
    expect(status).toMatch(/answer with the status/);
    expect(cancel).toMatch(/: cancel\n/);
    expect(cancel).toMatch(/would cancel/);
    for (const out of [status, cancel]) expect(out).not.toMatch(/approval/);
    expect(request).toMatch(/words: .*ios-app "/);
    expect(request).toMatch(/staff for approval/);
  });

  it('reports a file it cannot read and goes on with the others', async () => {
    const r = await runCommand(['parse', '--json', '/nonexistent.eml', path.join(FIXTURES, 'sample-request.eml')], { DATABASE_URL: 'sqlite:/tmp/dd-none/x.sqlite', LOG_LEVEL: 'silent' });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ file: '/nonexistent.eml', error: expect.stringMatching(/ENOENT/) });
    // No database and no --catalog: nothing resolves against the catalog, so the bot would ask.
    expect(lines[1]).toMatchObject({ file: path.join(FIXTURES, 'sample-request.eml'), workspace: null });
    expect(lines[1].missing).toContain('workspace');
    expect(r.stderr).toMatch(/the catalog is empty/);
  });
});
