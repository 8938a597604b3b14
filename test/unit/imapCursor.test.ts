import { describe, expect, test } from 'vitest';
import { batches, newMessages, planScan, uidSet } from '../../src/adapters/imap/cursor';
import { parseImapUrl } from '../../src/adapters/imap/imapUrl';

describe('planScan', () => {
  test.each([
    ['first run reads the whole mailbox', null, '100', { fromUid: 1, reset: 'first_run', checkpoint: { uidValidity: '100', lastUid: 0 } }],
    ['same UIDVALIDITY continues after the checkpoint', { uidValidity: '100', lastUid: 41 }, '100', { fromUid: 42, reset: null, checkpoint: { uidValidity: '100', lastUid: 41 } }],
    ['a new UIDVALIDITY starts again at 1', { uidValidity: '100', lastUid: 41 }, '101', { fromUid: 1, reset: 'uidvalidity_changed', checkpoint: { uidValidity: '101', lastUid: 0 } }],
    ['a lower UIDVALIDITY is a change too', { uidValidity: '100', lastUid: 41 }, '7', { fromUid: 1, reset: 'uidvalidity_changed', checkpoint: { uidValidity: '7', lastUid: 0 } }],
  ] as const)('%s', (_name, stored, uidValidity, expected) => {
    expect(planScan(stored, uidValidity)).toEqual(expected);
  });
});

describe('newMessages', () => {
  test('drops what `n:*` returns at or below the checkpoint and sorts by UID', () => {
    expect(newMessages([{ uid: 9, size: 1 }, { uid: 12, size: 1 }, { uid: 10, size: 1 }], 10).map((m) => m.uid)).toEqual([10, 12]);
    expect(newMessages([{ uid: 5, size: 1 }], 6)).toEqual([]);
  });
});

describe('batches', () => {
  const m = (uid: number, size: number) => ({ uid, size });
  test.each([
    ['by count', [m(1, 1), m(2, 1), m(3, 1)], 2, 100, [[1, 2], [3]]],
    ['by bytes', [m(1, 60), m(2, 60), m(3, 10)], 10, 100, [[1], [2, 3]]],
    ['an oversized message is a batch of its own', [m(1, 500), m(2, 1)], 10, 100, [[1], [2]]],
    ['nothing', [], 10, 100, []],
  ] as const)('%s', (_name, input, count, bytes, expected) => {
    expect(batches([...input], count, bytes).map((b) => b.map((x) => x.uid))).toEqual(expected);
  });
});

test('uidSet compacts runs', () => {
  expect(uidSet([5, 3, 4, 9, 11, 10, 3])).toBe('3:5,9:11');
  expect(uidSet([7])).toBe('7');
});

describe('parseImapUrl', () => {
  test('imaps with a mailbox', () => {
    expect(parseImapUrl('imaps://desk%40acme.example:p%40ss@imap.example.com/Support%2FDeletions')).toMatchObject({
      host: 'imap.example.com', port: 993, secure: true, auth: { user: 'desk@acme.example', pass: 'p@ss' }, mailbox: 'Support/Deletions',
    });
  });
  test('imap defaults to 143 and INBOX; xoauth2 reads the secret as an access token', () => {
    expect(parseImapUrl('imap://u:tok@localhost?auth=xoauth2')).toMatchObject({ port: 143, secure: false, mailbox: 'INBOX', auth: { user: 'u', accessToken: 'tok' } });
  });
});
