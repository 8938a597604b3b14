/**
 * Staff identity on the command line (issue 9, failure 7): `--by` must be a configured staff id,
 * compared case-insensitively, and nobody in a request's email thread can approve it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { email, testApp, type TestApp } from '../support/app';
import { runCli } from '../../src/cli';

describe.each(testDialects())('staff identity from the CLI on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(async () => t?.close());

  /** The CLI, in-process, on the test's database, with STAFF as given. */
  async function cli(staff: string | null, ...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const env: Record<string, string> = { DATABASE_URL: t.testDb.url, OUTBOX_DIR: t.config.outboxDir, MAILDROP_DIR: t.config.maildropDir, ARCHIVE_URL: t.config.archiveUrl, SUPPORT_ADDRESS: 'deletions@desk.example', LOG_LEVEL: 'silent' };
    if (staff !== null) env.STAFF = staff;
    const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('the requester can never approve their own ticket, even when their address is a staff id', async () => {
    await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.' }), 'test');
    expect((await t.app.tickets.get(1)).status).toBe('awaiting_approval');
    const r = await cli('alice,ana@acme.example', 'approve', 'DEL-1', '--by', 'ana@acme.example');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/the person who asks for a deletion can never approve it/);
    const again = await cli('alice,ana@acme.example', 'approve', 'DEL-1', '--by', 'ANA@Acme.Example');
    expect(again.code).not.toBe(0);
    expect((await t.app.tickets.get(1)).approvals).toEqual([]);
  });

  it('nobody who wrote in the ticket thread can approve it', async () => {
    await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.' }), 'test');
    // A colleague of the requester answers in the thread.
    await t.app.intake.receive(email({ from: 'ops@acme.example', subject: 'Re: [DEL-1] Data deletion request', body: 'Thanks, please go ahead.' }), 'test');
    const r = await cli('alice,ops@acme.example', 'approve', 'DEL-1', '--by', 'ops@acme.example');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/is in the email thread of, ops@acme\.example/);
    expect((await t.app.tickets.get(1)).approvals).toEqual([]);
    const ok = await cli('alice,ops@acme.example', 'approve', 'DEL-1', '--by', 'alice');
    expect(ok.code).toBe(0);
  });

  it('alice then ALICE is one approval: a purge still needs a second staff member', async () => {
    await t.app.intake.receive(email({ body: 'Please delete our workspace acme-inc completely, all our data.' }), 'test');
    expect((await t.app.tickets.get(1)).kind).toBe('workspace_purge');
    expect((await cli('alice,bob', 'approve', 'DEL-1', '--by', 'alice')).code).toBe(0);
    const second = await cli('alice,bob', 'approve', 'DEL-1', '--by', 'ALICE');
    expect(second.code).not.toBe(0);
    expect(second.err).toMatch(/already approved DEL-1/);
    const ticket = await t.app.tickets.get(1);
    expect(ticket.status).toBe('awaiting_approval');
    expect(ticket.approvals.map((a) => a.by)).toEqual(['staff:alice']);
    // The configured spelling is recorded whatever was typed.
    expect((await cli('alice,bob', 'approve', 'DEL-1', '--by', 'BOB')).code).toBe(0);
    expect((await t.app.tickets.get(1)).approvals.map((a) => a.by)).toEqual(['staff:alice', 'staff:bob']);
  });

  it('approve, reject, cancel and confirm --waive refuse an id that is not configured staff, and say how to fix it', async () => {
    await t.app.intake.receive(email({ body: 'Please delete ios-app data of acme-inc for 2024-03-01.' }), 'test');
    for (const argv of [['approve', 'DEL-1', '--by', 'mallory'], ['reject', 'DEL-1', '--by', 'mallory', '--reason', 'no'], ['cancel', 'DEL-1', '--by', 'mallory'], ['confirm', 'DEL-1', '--by', 'mallory', '--waive', 'she said so on a call']]) {
      const r = await cli('alice,bob', ...argv);
      expect([argv[0], r.code]).toEqual([argv[0], 1]);
      expect(r.err).toMatch(/--by "mallory" is not a configured staff id \(STAFF or SLACK_STAFF\).*add it to STAFF/);
    }
    const unset = await cli(null, 'approve', 'DEL-1', '--by', 'alice');
    expect(unset.code).toBe(1);
    expect(unset.err).toMatch(/no staff is configured\. Set STAFF to the comma-separated ids/);
    const ticket = await t.app.tickets.get(1);
    expect([ticket.status, ticket.approvals]).toEqual(['awaiting_approval', []]);
    // A waiver is the customer's key turned by staff: only a configured staff id may turn it.
    expect(ticket.confirmation.state).toBe('pending');
  });
});
