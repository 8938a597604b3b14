import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { email, testApp, type TestApp } from '../support/app';
import { verifyAudit } from '../../src/adapters/db/auditLog';

describe.each(testDialects())('audit log on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
    for (let i = 1; i <= 3; i++) await t.app.intake.receive(email({ body: `Please delete ios-app data of acme-inc for 2024-03-0${i}.` }), 'test');
    await t.app.tickets.apply(1, { type: 'approve', actor: { type: 'staff', id: 'U_ALICE' }, isStaff: true });
    await t.app.tickets.apply(2, { type: 'reject', actor: { type: 'staff', id: 'U_BOB' }, isStaff: true, reason: 'duplicate' });
  });
  afterEach(async () => t?.close());

  it('an untouched log verifies', async () => {
    expect(await verifyAudit(t.app.db)).toEqual({ ok: true, entries: 5, problems: [] });
  });

  it('detects an edited entry', async () => {
    await t.app.db('audit_log').where({ seq: 2 }).update({ actor: 'staff:U_MALLORY' });
    const r = await verifyAudit(t.app.db);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/entry 2 .* was edited/);
  });

  it('detects an edited detail even when the hash is recomputed for that entry alone', async () => {
    await t.app.db('audit_log').where({ seq: 4 }).update({ detail: JSON.stringify({ approvals: 1, needed: 1, runAfter: '2030-01-01T00:00:00.000Z', status: 'scheduled', version: 2 }) });
    expect((await verifyAudit(t.app.db)).ok).toBe(false);
  });

  it('detects a deleted entry in the middle', async () => {
    await t.app.db('audit_log').where({ seq: 3 }).delete();
    const r = await verifyAudit(t.app.db);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/missing \(deleted\)/);
  });

  it('detects a deleted last entry through the ticket versions', async () => {
    await t.app.db('audit_log').where({ seq: 5 }).delete();
    const r = await verifyAudit(t.app.db);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/DEL-2: the audit entries of version 2 are missing/);
  });
});
