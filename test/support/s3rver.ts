/**
 * s3rver on a free loopback port, in a child process: its continuation tokens use a cipher that Node 20
 * only offers with `--openssl-legacy-provider`, which must not leak into the test process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';

export interface S3rverHandle {
  endpoint: string;
  stop(): Promise<void>;
}

const SCRIPT = `
const S3rver = require('s3rver');
const [dir, buckets] = [process.argv[1], JSON.parse(process.argv[2])];
new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: buckets.map((name) => ({ name })) })
  .run()
  .then((addr) => process.stdout.write(JSON.stringify({ port: addr.port }) + '\\n'), (err) => { console.error(err); process.exit(1); });
`;

export async function startS3rver(buckets: string[]): Promise<S3rverHandle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-s3rver-'));
  const child: ChildProcess = spawn(process.execPath, ['-e', SCRIPT, dir, JSON.stringify(buckets)], {
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
    env: { ...process.env, NODE_OPTIONS: '--openssl-legacy-provider' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += String(c)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += String(c);
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`s3rver exited (${code}): ${stderr}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An S3 client for the loopback test servers (s3rver and the versioned fake). */
export function testS3Client(endpoint: string): S3Client {
  return new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, maxAttempts: 1 });
}
