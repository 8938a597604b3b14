/** Words in customer emails and receipts: numbers agree with their nouns, sizes read once, and an empty deletion still gets a checksum that identifies it. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatSize, plural } from '../../src/domain/email/format';
import { buildResult, emptyReceiptDigest } from '../../src/domain/execution/receipt';

describe('sizes and counts', () => {
  it.each([
    [0, '0 bytes', '0 bytes'],
    [1, '1 byte', '1 byte'],
    [37, '37 bytes', '37 bytes'],
    [999, '999 bytes', '999 bytes'],
    [1000, '1.0 kB', '1.0 kB (1,000 bytes)'],
    [1_234_567, '1.2 MB', '1.2 MB (1,234,567 bytes)'],
    [999_960, '1.0 MB', '1.0 MB (999,960 bytes)'],
    [42_000_000_000, '42 GB', '42 GB (42,000,000,000 bytes)'],
  ])('%d bytes → %s / %s', (bytes, human, receipt) => {
    expect(formatBytes(bytes)).toBe(human);
    expect(formatSize(bytes)).toBe(receipt);
  });

  it.each([
    [0, '0 objects'],
    [1, '1 object'],
    [2, '2 objects'],
    [1204, '1,204 objects'],
  ])('%d → %s', (n, words) => expect(plural(n, 'object')).toBe(words));
});

describe('the result summary', () => {
  const at = '2024-03-05T14:00:00.000Z';
  it('agrees in number', () => {
    const one = buildResult({ done: [{ prefix: 'p/1/', source: 'ios-app', day: '2024-03-01', space: null, objects: 1, bytes: 37, sha256: 'a'.repeat(64) }], failures: [], startedAt: at, finishedAt: at });
    expect(one.summary).toBe('Deleted 1 object (37 bytes) in 1 partition; verified: nothing remains in scope.');
  });

  it('an empty deletion: a checksum of what was checked, different per workspace and ticket', () => {
    const checked = { ticket: 'DEL-4', workspaceId: 'ws_8f2k1', prefixes: ['segment-logs/src_91ab/1709251200000/'] };
    const a = buildResult({ done: [], failures: [], startedAt: at, finishedAt: at, checked });
    const b = buildResult({ done: [], failures: [], startedAt: at, finishedAt: at, checked: { ...checked, workspaceId: 'ws_other' } });
    const c = buildResult({ done: [], failures: [], startedAt: at, finishedAt: at, checked: { ...checked, ticket: 'DEL-5' } });
    const nothing = createHash('sha256').digest('hex');
    const sha = (r: typeof a) => (r.receipt as { sha256: string }).sha256;
    expect(sha(a)).not.toBe(nothing);
    expect(new Set([sha(a), sha(b), sha(c)]).size).toBe(3);
    // Recomputable from the documented lines.
    expect(sha(a)).toBe(createHash('sha256').update(`empty\tDEL-4\tws_8f2k1\t${at}\nsegment-logs/src_91ab/1709251200000/\n`).digest('hex'));
    expect(emptyReceiptDigest(checked, at)).toBe(sha(a));
    expect(a.summary).toMatch(/^No stored objects were found in scope/);
  });
});
