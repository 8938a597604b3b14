/**
 * A store that accepts the connection and then never answers (a hung load balancer, a half-open TCP
 * connection) must not hold one of the process's DeleteObjects slots for good: after
 * S3_REQUEST_TIMEOUT_MS of silence the request fails, is logged as transient and retried, and the
 * slot is free for the next batch.
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createArchive } from '../../src/adapters/archive/createArchive';
import { waitFor } from '../support/wait';

const sockets = new Set<net.Socket>();
let server: net.Server | null = null;
afterEach(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** Reads every request and answers none. */
async function silentStore(): Promise<number> {
  server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server!.address() as net.AddressInfo).port;
}

function capturingLogger(lines: Record<string, unknown>[]) {
  const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(JSON.parse(String(chunk))), done()) });
  return pino({ level: 'warn' }, sink);
}

describe('S3_REQUEST_TIMEOUT_MS', () => {
  it('fails a DeleteObjects the store never answers, retries it, and frees its slot', async () => {
    const port = await silentStore();
    const lines: Record<string, unknown>[] = [];
    const archive = createArchive(
      {
        archiveUrl: 's3://hung-bucket/archive/',
        s3: { endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true, accessKeyId: 'k', secretAccessKey: 's', sessionToken: null, versioning: 'off', deleteConcurrency: 1, requestTimeoutMs: 1_000 },
      },
      capturingLogger(lines),
    );
    const stop = new AbortController();
    const first = archive.deleteBatch([{ key: 'web/2024-03-01/a.json', size: 1 }], stop.signal).catch((e: Error) => e);
    // Without the timeout the request hangs and nothing is logged; with it, a retry is logged within seconds.
    await waitFor(() => lines.some((l) => l.operation === 'DeleteObjects' && /requestTimeout/.test(String(l.err))), { timeoutMs: 8_000 });
    stop.abort();
    expect(await first).toBeInstanceOf(Error);
    // The one slot is free again: a second batch reaches the store (and times out the same way).
    const before = lines.length;
    const second = new AbortController();
    const next = archive.deleteBatch([{ key: 'web/2024-03-02/b.json', size: 1 }], second.signal).catch((e: Error) => e);
    await waitFor(() => lines.length > before, { timeoutMs: 8_000 });
    second.abort();
    await next;
    await archive.close?.();
  }, 30_000);
});
