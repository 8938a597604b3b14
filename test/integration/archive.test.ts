/**
 * The archive adapters against real stores: a temp folder, s3rver (unversioned) and the versioned
 * fake. Listing order and paging, batch deletes, per-key errors, throttling, path safety.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import type { Archive, ArchiveEntry } from '../../src/ports/archive';
import { FolderArchive } from '../../src/adapters/archive/folderArchive';
import { S3Archive } from '../../src/adapters/archive/s3Archive';
import { parseS3Url } from '../../src/adapters/archive/createArchive';
import { startTestArchive, type ArchiveKind, type TestArchive } from '../support/s3ArchiveFixtures';
import { testS3Client } from '../support/s3rver';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

async function setup(kind: ArchiveKind): Promise<{ store: TestArchive; archive: Archive }> {
  const store = await startTestArchive(kind);
  cleanups.push(() => store.stop());
  const url = store.env.ARCHIVE_URL;
  let archive: Archive;
  if (kind === 'folder') archive = new FolderArchive(url.slice('file:'.length));
  else {
    const { bucket, basePrefix } = parseS3Url(url);
    archive = new S3Archive({ client: testS3Client(store.env.S3_ENDPOINT), bucket, basePrefix, pageSize: 3, baseDelayMs: 5 });
  }
  cleanups.push(() => archive.close());
  return { store, archive };
}

async function listAll(archive: Archive, prefix: string): Promise<ArchiveEntry[]> {
  const out: ArchiveEntry[] = [];
  for await (const page of archive.list(prefix)) out.push(...page);
  return out;
}

// Chosen so that UTF-8 byte order, UTF-16 order and "folder before file" orders all differ.
const KEYS = ['p/a-b', 'p/a/x', 'p/a/y/z', 'p/a0', 'p/b', 'p/\uffff', 'p/\u{10000}', 'p/é', 'q/outside', 'p-neighbour/x'];

describe.each(['folder', 's3rver', 'versioned'] as const)('%s archive', (kind) => {
  it('lists a prefix in S3 key order (UTF-8 bytes), across pages, and nothing outside it', async () => {
    const { store, archive } = await setup(kind);
    for (const k of KEYS) await store.put(k, `body of ${k}`);
    const listed = await listAll(archive, 'p/');
    const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    const expected = KEYS.filter((k) => k.startsWith('p/')).sort(byBytes);
    if (kind === 's3rver') {
      // s3rver gaps (checked on this machine): it lists folder-first instead of in byte order, so its
      // continuation repeats keys when a page ends inside a folder, and it loses a key with a character
      // outside the BMP. Real S3 and the fake list in byte order, each key once.
      expect([...new Set(listed.map((e) => e.key))].sort(byBytes)).toEqual(expected.filter((k) => k !== 'p/\u{10000}'));
    } else expect(listed.map((e) => e.key)).toEqual(expected);
    expect(listed.find((e) => e.key === 'p/b')!.size).toBe(Buffer.byteLength('body of p/b'));
    expect([...new Set((await listAll(archive, 'p/a')).map((e) => e.key))].sort()).toEqual(['p/a-b', 'p/a/x', 'p/a/y/z', 'p/a0']);
  });

  it('deletes a batch; keys already gone count as deleted', async () => {
    const { store, archive } = await setup(kind);
    for (const k of KEYS) await store.put(k);
    const entries = await listAll(archive, 'p/a/');
    expect(await archive.deleteBatch(entries)).toEqual([]);
    expect(await archive.deleteBatch(entries)).toEqual([]);
    await archive.afterPartition?.('p/a/');
    expect(await listAll(archive, 'p/a/')).toEqual([]);
    expect((await listAll(archive, 'p/')).map((e) => e.key)).toContain('p/a-b');
  });
});

describe('versioned bucket', () => {
  it('lists every version and delete marker across pages, and deleting them leaves nothing', async () => {
    const { store, archive } = await setup('versioned');
    await store.put('v/k1', 'one');
    await store.put('v/k1', 'two');
    await store.put('v/k2', 'x');
    await store.put('v/k3', 'y');
    const client = testS3Client(store.env.S3_ENDPOINT);
    await client.send(new DeleteObjectCommand({ Bucket: 'archive-ver', Key: 'v/k2' }));
    client.destroy();
    const entries = await listAll(archive, 'v/');
    expect(entries.map((e) => [e.key, e.deleteMarker ?? false])).toEqual([['v/k1', false], ['v/k1', false], ['v/k2', true], ['v/k2', false], ['v/k3', false]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(await archive.describe()).toMatch(/versioned/);
    expect(await archive.deleteBatch(entries)).toEqual([]);
    expect(store.fake!.dump('archive-ver')).toEqual([]);
  });

  it("finds a day folder holding only old versions and delete markers, though the first listing is asked for before the bucket's versioning is known", async () => {
    const { store, archive } = await setup('versioned');
    await store.put('src/d1/a', 'one');
    await store.put('src/d2/b', 'two');
    const client = testS3Client(store.env.S3_ENDPOINT);
    await client.send(new DeleteObjectCommand({ Bucket: 'archive-ver', Key: 'data/src/d1/a' }));
    client.destroy();
    store.fake!.requests.length = 0;
    const folders: string[] = [];
    for await (const page of archive.listFolders!('src/')) folders.push(...page);
    // ListObjectsV2 alone would show only d2/: d1/ holds a version and a delete marker, no current object.
    expect(folders).toEqual(['src/d1/', 'src/d2/']);
    const asked = store.fake!.requests.map((r) => new URLSearchParams(r.query));
    expect(asked.filter((q) => q.has('versioning'))).toHaveLength(1);
    expect(asked.filter((q) => q.has('versions'))).toHaveLength(1);
    // Known now: no listing is asked for on speculation any more.
    store.fake!.requests.length = 0;
    for await (const page of archive.listFolders!('src/')) void page;
    expect(store.fake!.requests.map((r) => new URLSearchParams(r.query)).map((q) => (q.has('versions') ? 'versions' : q.get('list-type') === '2' ? 'v2' : 'other'))).toEqual(['versions']);
  });

  it('retries SlowDown and transient per-key errors, and reports permanent ones per key', async () => {
    const { store, archive } = await setup('versioned');
    for (const k of ['e/a', 'e/b', 'e/c']) await store.put(k);
    const entries = await listAll(archive, 'e/');
    let flaky = 2;
    store.fake!.faults.slowDown = 2;
    store.fake!.faults.deleteError = (key) => (key === 'e/b' && flaky-- > 0 ? { code: 'InternalError', message: 'try again' } : key === 'e/c' ? { code: 'AccessDenied', message: 'Access Denied' } : null);
    const failures = await archive.deleteBatch(entries);
    expect(failures).toEqual([{ key: 'e/c', versionId: expect.any(String), code: 'AccessDenied', message: 'Access Denied' }]);
    expect(store.fake!.dump('archive-ver').map((v) => v.key)).toEqual(['e/c']);
  });
});

describe('folder archive safety', () => {
  it('never follows a symbolic link out of the archive, and refuses keys that climb out', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-folder-'));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-outside-'));
    cleanups.push(async () => fs.rmSync(root, { recursive: true, force: true }));
    cleanups.push(async () => fs.rmSync(outside, { recursive: true, force: true }));
    fs.writeFileSync(path.join(outside, 'precious'), 'keep me');
    fs.mkdirSync(path.join(root, 'p'));
    fs.symlinkSync(outside, path.join(root, 'p', 'link'));
    const archive = new FolderArchive(root);
    const entries = await listAll(archive, 'p/');
    expect(entries.map((e) => e.key)).toEqual(['p/link']);
    expect(await archive.deleteBatch(entries)).toEqual([]);
    expect(fs.readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('keep me');
    expect(await archive.deleteBatch([{ key: '../x', size: 0 }])).toEqual([{ key: '../x', code: 'bad_input', message: expect.stringMatching(/outside the archive/) }]);
    // Every way a key could climb out, next to names that only look like it (`..precious` is a name).
    const outsideName = path.basename(outside);
    fs.writeFileSync(path.join(root, 'p', '..precious'), 'a plain name');
    for (const key of [`../${outsideName}/precious`, `p/../../${outsideName}/precious`, `./../${outsideName}/precious`, `p//../../${outsideName}/precious`, path.join(outside, 'precious')]) {
      expect(await archive.deleteBatch([{ key, size: 0 }]), key).toEqual([{ key, code: 'bad_input', message: expect.stringMatching(/outside the archive/) }]);
    }
    expect(fs.readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('keep me');
    expect(await archive.deleteBatch([{ key: 'p/..precious', size: 0 }])).toEqual([]);
    expect(fs.existsSync(path.join(root, 'p', '..precious'))).toBe(false);
  });
});
