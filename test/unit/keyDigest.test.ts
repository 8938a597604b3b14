/** The partition digest on a receipt: SHA-256 over "key\n" for each distinct key, in listing order. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyDigest } from '../../src/domain/execution/receipt';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('KeyDigest', () => {
  it('is the SHA-256 of every key and a newline, a repeated key (versions of one object) counted once', () => {
    const digest = new KeyDigest();
    for (const key of ['a/1.gz', 'a/1.gz', 'a/2 é.gz', 'b/日本.gz']) digest.add(key);
    expect(digest.keys).toBe(3);
    expect(digest.hex()).toBe(sha256('a/1.gz\na/2 é.gz\nb/日本.gz\n'));
  });

  it('gives the same digest for a partition of many thousands of keys as hashing them in one piece', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `segment-logs/src_1/1609459200000/part-${String(i).padStart(5, '0')}-ü.gz`);
    const digest = new KeyDigest();
    for (const key of keys) digest.add(key);
    expect(digest.keys).toBe(5000);
    expect(digest.hex()).toBe(sha256(keys.map((k) => `${k}\n`).join('')));
  });

  it('an empty partition has the digest of nothing', () => {
    expect(new KeyDigest().hex()).toBe(sha256(''));
  });
});
