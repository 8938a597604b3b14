/**
 * Archives for tests, behind one small interface: a temp folder, s3rver (unversioned) and the
 * versioned fake. Each gives the ARCHIVE_URL/S3_* environment for `loadConfig`, a way to put keys, and
 * a listing of everything that remains (every version on a versioned bucket).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, PutBucketVersioningCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startS3rver, testS3Client } from './s3rver';
import { startVersionedS3, type VersionedS3 } from './s3VersionedServer';

export type ArchiveKind = 'folder' | 's3rver' | 'versioned';

export interface TestArchive {
  kind: ArchiveKind;
  env: Record<string, string>;
  put(key: string, body?: string): Promise<void>;
  /** Every key left (with `#versionId` on a versioned bucket), sorted. */
  remaining(): Promise<string[]>;
  fake?: VersionedS3;
  stop(): Promise<void>;
}

const S3_ENV = { S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: 'true', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

export async function startTestArchive(kind: ArchiveKind): Promise<TestArchive> {
  if (kind === 'folder') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-archive-'));
    return {
      kind,
      env: { ARCHIVE_URL: `file:${dir}` },
      async put(key, body = key) {
        fs.mkdirSync(path.dirname(path.join(dir, key)), { recursive: true });
        fs.writeFileSync(path.join(dir, key), body);
      },
      async remaining() {
        return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
          .filter((d) => !d.isDirectory())
          .map((d) => path.relative(dir, path.join(d.parentPath ?? (d as unknown as { path: string }).path, d.name)))
          .sort();
      },
      async stop() {
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (kind === 's3rver') {
    const server = await startS3rver(['archive-plain']);
    const client = testS3Client(server.endpoint);
    return {
      kind,
      env: { ARCHIVE_URL: 's3://archive-plain/data', S3_ENDPOINT: server.endpoint, ...S3_ENV },
      put: (key, body = key) => putBuffer(client, 'archive-plain', `data/${key}`, body),
      remaining: async () => (await listAll(client, 'archive-plain')).map((k) => k.replace(/^data\//, '')).sort(),
      async stop() {
        client.destroy();
        await server.stop();
      },
    };
  }
  const fake = await startVersionedS3();
  const client = testS3Client(fake.endpoint);
  await client.send(new CreateBucketCommand({ Bucket: 'archive-ver' }));
  await client.send(new PutBucketVersioningCommand({ Bucket: 'archive-ver', VersioningConfiguration: { Status: 'Enabled' } }));
  return {
    kind,
    env: { ARCHIVE_URL: 's3://archive-ver', S3_ENDPOINT: fake.endpoint, ...S3_ENV },
    fake,
    put: (key, body = key) => putBuffer(client, 'archive-ver', key, body),
    remaining: async () => fake.dump('archive-ver').map((v) => `${v.key}#${v.deleteMarker ? 'marker' : 'version'}`),
    async stop() {
      client.destroy();
      await fake.stop();
    },
  };
}

/** Buffers, not streams: s3rver stores SDK v3 aws-chunked uploads with the chunk markers inside. */
async function putBuffer(client: S3Client, bucket: string, key: string, body: string): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: Buffer.from(body) }));
}

async function listAll(client: S3Client, bucket: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((c) => c.Key!));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}
