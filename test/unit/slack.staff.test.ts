import { describe, expect, it } from 'vitest';
import { StaffDirectory } from '../../src/services/slackStaff';
import { silentLogger } from '../../src/logger';

function directory(members: () => Promise<string[]>) {
  let now = 0;
  let calls = 0;
  const staff = new StaffDirectory({
    staff: ['UALICE', 'S0STAFF'],
    listGroupMembers: async () => {
      calls += 1;
      return members();
    },
    clock: () => new Date(now),
    logger: silentLogger,
    ttlMs: 60_000,
    missRefreshMs: 10_000,
  });
  return { staff, advance: (ms: number) => (now += ms), calls: () => calls };
}

describe('StaffDirectory', () => {
  it('knows listed ids without asking Slack, and group members through one cached request', async () => {
    const d = directory(async () => ['UCAROL']);
    expect(await d.staff.isStaff('UALICE')).toBe(true);
    expect(d.calls()).toBe(0);
    expect(await d.staff.isStaff('UCAROL')).toBe(true);
    expect(await d.staff.isStaff('UCAROL')).toBe(true);
    expect(d.calls()).toBe(1);
  });

  it('re-reads the group for an unknown user at most every missRefreshMs, and after the TTL', async () => {
    let members = ['UCAROL'];
    const d = directory(async () => members);
    expect(await d.staff.isStaff('UDAN')).toBe(false);
    members = ['UCAROL', 'UDAN'];
    expect(await d.staff.isStaff('UDAN')).toBe(false); // within missRefreshMs: no new request
    d.advance(11_000);
    expect(await d.staff.isStaff('UDAN')).toBe(true);
    expect(d.calls()).toBe(2);
    members = ['UDAN'];
    d.advance(61_000);
    expect(await d.staff.isStaff('UCAROL')).toBe(false);
  });

  it('keeps the last known members when Slack cannot be reached, and refuses when it never could', async () => {
    let fail = false;
    const d = directory(async () => {
      if (fail) throw new Error('slack down');
      return ['UCAROL'];
    });
    expect(await d.staff.isStaff('UCAROL')).toBe(true);
    fail = true;
    d.advance(61_000);
    expect(await d.staff.isStaff('UCAROL')).toBe(true);
    const never = directory(async () => {
      throw new Error('slack down');
    });
    expect(await never.staff.isStaff('UCAROL')).toBe(false);
  });
});
