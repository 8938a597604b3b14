/**
 * Hostile load on the HTTP surface, against `deletion-desk start` run as its own process (Slack over
 * HTTP, maildrop intake), on loopback:
 * - a 300 MB forged POST, streamed (Content-Length declared, and chunked), is refused with 413 and the
 *   process grows by less than 50 MB (VmHWM from /proc, its peak reset first);
 * - 1,000 concurrent forged requests are all refused (401/503, never 2xx, no crash) while an email
 *   dropped meanwhile is still acknowledged within a second;
 * - the in-flight cap answers 503 beyond HTTP_MAX_IN_FLIGHT and frees its slots when clients leave;
 * - a slow-loris client (headers byte by byte) and a slow body are cut off by the timeouts;
 * - /metrics requires METRICS_TOKEN.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, testDialects, type TestDb } from '../support/db';
import { freePort } from '../support/dovecot';
import { startProcess, type Started } from '../support/process';
import { startSlackFake, type SlackFake } from '../support/slackFake';
import { waitFor } from '../support/wait';
import { FIXTURES } from '../support/app';
import { importCatalog } from '../../src/adapters/db/catalogStore';
import { readCatalogFile } from '../../src/cli';

const MB = 1024 * 1024;
const HEADERS_TIMEOUT_MS = 2_000;
const REQUEST_TIMEOUT_MS = 4_000;
const MAX_IN_FLIGHT = 16;
const METRICS_TOKEN = 'metrics-token-for-the-hostile-load-test';
const FORGED_SIGNATURE = `v0=${'0'.repeat(64)}`;

/** VmRSS and VmHWM (peak) of a process, in bytes. */
function memory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** CPU time (user + system) a process has used, in ms. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Reset the peak (VmHWM) to the current RSS: `5` in clear_refs (Linux 4.0+). False where refused. */
function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

interface Answer {
  status: number | null;
  /** Body bytes the client managed to hand to its socket before the server cut it off. */
  sent: number;
  error: string | null;
}

/**
 * A forged Slack request whose body is `bytes` long, generated as it is sent (one 64 KiB buffer
 * reused): nothing of that size is ever held by the test.
 */
function forgedStream(port: number, bytes: number, options: { declareLength: boolean }): Promise<Answer> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const body = Readable.from(
    (function* () {
      while (sent < bytes) {
        const piece = bytes - sent >= chunk.length ? chunk : chunk.subarray(0, bytes - sent);
        sent += piece.length;
        yield piece;
      }
    })(),
  );
  return new Promise((resolve) => {
    let status: number | null = null;
    let error: string | null = null;
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/slack/events',
      agent: false,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-slack-signature': FORGED_SIGNATURE,
        ...(options.declareLength ? { 'content-length': String(bytes) } : { 'transfer-encoding': 'chunked' }),
      },
    });
    req.on('response', (res) => {
      status = res.statusCode ?? null;
      res.resume();
    });
    // The server answers and closes while the body is still being sent: the write then fails
    // (EPIPE/ECONNRESET), which is the point. Done when the connection is gone.
    pipeline(body, req, (err) => {
      if (err) error = (err as NodeJS.ErrnoException).code ?? err.message;
    });
    req.on('close', () => resolve({ status, sent, error }));
  });
}

/** A small forged request; every fourth one has no timestamp header, so it is refused unread. */
function forgedSmall(port: number, i: number): Promise<number> {
  const body = `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'UALICE' }, n: i }))}`;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/slack/events',
        agent: false,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(Buffer.byteLength(body)),
          ...(i % 4 === 3 ? {} : { 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) }),
          'x-slack-signature': FORGED_SIGNATURE,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A request whose headers and first body bytes are sent, and then nothing: it holds a slot. */
function holdSlot(port: number): net.Socket {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.write(
    `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `X-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}\r\nX-Slack-Signature: ${FORGED_SIGNATURE}\r\nContent-Length: 100\r\n\r\npayload=`,
  );
  return socket;
}

/** Send `text` one byte every `everyMs`; resolves with what the server answered and when it closed. */
function dribble(port: number, text: string, everyMs: number): Promise<{ closedAfterMs: number; answer: string; bytesSent: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let i = 0;
    const timer = setInterval(() => {
      if (i < text.length && socket.writable) socket.write(text[i++]!);
    }, everyMs);
    socket.on('data', (d) => (answer += d));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ closedAfterMs: Date.now() - started, answer, bytesSent: i });
    });
  });
}

async function metricsText(port: number, token: string | null): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, text: await res.text() };
}

async function inFlight(port: number): Promise<number> {
  const { text } = await metricsText(port, METRICS_TOKEN);
  return Number(/^deletion_desk_http_in_flight (\d+)$/m.exec(text)?.[1] ?? Number.NaN);
}

describe.each(testDialects())('the HTTP surface under hostile load, on %s', (dialect) => {
  let tdb: TestDb;
  let slack: SlackFake;
  let dir: string;
  let port: number;
  let bot: Started;
  let pid: number;
  const peaks: string[] = [];
  const alive = () => bot.child.exitCode === null && bot.child.signalCode === null;
  const healthy = async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200;

  beforeAll(async () => {
    [tdb, slack] = await Promise.all([freshDb(dialect), startSlackFake()]);
    await importCatalog(tdb.db, await readCatalogFile(path.join(FIXTURES, 'catalog.yaml')), new Date());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-hostile-load-'));
    // `start` refuses an archive folder that does not exist (a mistyped ARCHIVE_URL must not make every
    // deletion find nothing).
    fs.mkdirSync(path.join(dir, 'archive'));
    port = await freePort();
    bot = startProcess(['start'], {
      DATABASE_URL: tdb.url,
      MAILDROP_DIR: path.join(dir, 'maildrop'),
      OUTBOX_DIR: path.join(dir, 'outbox'),
      ARCHIVE_URL: `file:${path.join(dir, 'archive')}`,
      SLACK_BOT_TOKEN: 'xoxb-hostile-load',
      SLACK_SIGNING_SECRET: 'hostile-load-signing-secret',
      SLACK_CHANNEL: 'C0DESK',
      SLACK_STAFF: 'UALICE',
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HTTP_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT),
      METRICS_TOKEN,
      // As in production: refusals are logged, one line per 10 s with a count of the others.
      LOG_LEVEL: 'info',
    });
    pid = bot.child.pid!;
    await waitFor(async () => alive() && (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false)), {
      timeoutMs: 60_000,
      intervalMs: 100,
      what: `deletion-desk to answer /healthz:\n${bot.output().slice(-2000)}`,
    });
    // A few ordinary refusals first, so that what loads on the first request is not counted as growth.
    for (let i = 0; i < 20; i += 1) expect(await forgedSmall(port, i)).toBe(401);
  });

  afterAll(async () => {
    console.log(`[hostile load on ${dialect}] ${peaks.join('; ')}`);
    await bot?.stop('SIGKILL');
    await Promise.all([tdb?.cleanup(), slack?.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('listens on HTTP_HOST only', async () => {
    const other = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (!other) return void console.log('no non-loopback IPv4 address on this machine: only the loopback side is checked');
    const refused = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, other);
      s.on('connect', () => (s.destroy(), resolve(false)));
      s.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it.each([
    ['declared by Content-Length', true],
    ['chunked, without a length', false],
  ])('a 300 MB forged POST %s is refused with 413, and the process grows by less than 50 MB', async (how, declareLength) => {
    const before = memory(pid);
    const peakReset = resetPeak(pid);
    let peak = before.rss;
    const sampler = setInterval(() => (peak = Math.max(peak, memory(pid).rss)), 10);
    const answer = await forgedStream(port, 300 * MB, { declareLength });
    clearInterval(sampler);
    const after = memory(pid);
    peak = Math.max(peak, after.rss, peakReset ? after.peak : 0);
    const grewMb = (peak - before.rss) / MB;
    peaks.push(`300 MB ${how}: RSS ${(before.rss / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB (+${grewMb.toFixed(1)} MB${peakReset ? ', VmHWM' : ', sampled every 10 ms'}), ${(answer.sent / MB).toFixed(1)} MB sent before the cut`);

    expect(answer, `the answer (${answer.error ?? 'no client error'})`).toMatchObject({ status: 413 });
    // Reading stopped at the limit: the client could hand over at most the limit plus what the two
    // sockets' buffers hold, nowhere near 300 MB.
    expect(answer.sent).toBeLessThan(64 * MB);
    expect(grewMb).toBeLessThan(50);
    expect(alive()).toBe(true);
    expect(await healthy()).toBe(true);
  });

  it('1,000 concurrent forged requests are all refused, and an email dropped meanwhile is acknowledged within a second', async () => {
    const outbox = path.join(dir, 'outbox');
    const acks = () => (fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((f) => /-received-.*\.eml$/.test(f)).length : 0);
    /** Drop a request (written a moment earlier, renamed in) and wait for its acknowledgement: ms. */
    const dropAndWait = async (n: number, days: string, during?: () => void): Promise<number> => {
      const before = acks();
      const raw = fs.readFileSync(path.join(FIXTURES, 'sample-request.eml'), 'utf8').replace('<corpus-0@mail.example>', `<hostile-load-${n}@mail.example>`).replace('March 1-3, 2024', days);
      // Backdated: the maildrop waits a moment for files still being written; what is measured here is
      // the answer under load, not that wait.
      const tmp = path.join(dir, `request-${n}.eml.tmp`);
      fs.writeFileSync(tmp, raw);
      fs.utimesSync(tmp, new Date(Date.now() - 5_000), new Date(Date.now() - 5_000));
      during?.();
      const dropped = Date.now();
      fs.renameSync(tmp, path.join(dir, 'maildrop', `request-${n}.eml`));
      await waitFor(() => acks() > before, { timeoutMs: 20_000, intervalMs: 10, what: `the acknowledgement of request ${n}` });
      return Date.now() - dropped;
    };
    // The same drop with no load, first: what this machine needs anyway (it is shared and may be busy).
    const quietMs = await dropAndWait(1, 'March 5-6, 2024');
    resetPeak(pid);
    const before = memory(pid);
    const cpuBefore = cpuMs(pid);

    let flood: Promise<number | string>[] = [];
    const floodStarted = Date.now();
    let floodMs = 0;
    const ackMs = await dropAndWait(2, 'March 1-3, 2024', () => {
      flood = Array.from({ length: 1000 }, (_, i) => forgedSmall(port, i).catch((e: NodeJS.ErrnoException) => `error ${e.code ?? e.message}`));
      void Promise.all(flood).then(() => (floodMs = Date.now() - floodStarted));
    });
    const statuses = await Promise.all(flood);
    const after = memory(pid);
    const botCpuMs = cpuMs(pid) - cpuBefore;
    const quietAfterMs = await dropAndWait(3, 'March 8-9, 2024');

    const counts: Record<string, number> = {};
    for (const s of statuses) counts[String(s)] = (counts[String(s)] ?? 0) + 1;
    peaks.push(
      `1,000 forged requests: ${JSON.stringify(counts)} in ${floodMs} ms (the bot spent ${botCpuMs} ms of CPU); an email dropped meanwhile acknowledged after ${ackMs} ms ` +
        `(${quietMs} and ${quietAfterMs} ms without the flood, before and after); RSS ${(before.rss / MB).toFixed(0)} → ${(after.rss / MB).toFixed(0)} MB, peak ${(after.peak / MB).toFixed(0)} MB`,
    );

    // Never 2xx, never another answer: 401 (forged), 503 (over the cap), or 408 where the header
    // timeout cut off a client this machine was too busy to serve in time (the test's timeout is 2 s).
    expect(Object.keys(counts).filter((s) => !/^error /.test(s) && !['401', '503', '408'].includes(s))).toEqual([]);
    // A reset is the other face of those timeouts: a client on a busy machine that had not read its
    // answer (or finished sending) when the server's timeout closed the connection. They are counted
    // above and must stay rare: a refusal path that reset connections would show here.
    const resets = statuses.filter((s) => typeof s === 'string').length;
    expect(resets).toBeLessThanOrEqual(10);
    // Within a second of what the same drop takes on this machine without the flood, just before or
    // just after (on an idle machine that is ~200 ms; a shared test machine can be much slower for
    // reasons of its own, which is not what this test is about).
    expect(ackMs).toBeLessThan(1_000 + Math.max(quietMs, quietAfterMs));
    expect(bot.output()).toMatch(/refused \d+ more request\(s\) to \/slack\/events in 10 s|refused a request to \/slack\/events/);
    expect(bot.output().split('\n').filter((l) => l.includes('refused')).length).toBeLessThan(10);
    expect(alive()).toBe(true);
    expect(await healthy()).toBe(true);
    expect(await inFlight(port)).toBe(0);
  });

  it('answers 503 beyond HTTP_MAX_IN_FLIGHT, and frees the slots when those clients leave', async () => {
    const holders = Array.from({ length: MAX_IN_FLIGHT }, () => holdSlot(port));
    try {
      await waitFor(async () => (await inFlight(port)) === MAX_IN_FLIGHT, { what: `${MAX_IN_FLIGHT} requests in flight` });
      expect(await forgedSmall(port, 0)).toBe(503);
      expect(await healthy()).toBe(true);
    } finally {
      for (const h of holders) h.destroy();
    }
    await waitFor(async () => (await inFlight(port)) === 0, { what: 'the slots to be freed' });
    expect(await forgedSmall(port, 0)).toBe(401);
  });

  it('cuts off a slow-loris client sending its headers byte by byte, and one dribbling its body', async () => {
    const headers = `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}\r\nX-Slack-Signature: ${FORGED_SIGNATURE}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\n`;
    const [loris, slowBody] = await Promise.all([
      // Never finishes its headers in time: 50 ms a byte for a few hundred bytes.
      dribble(port, `${headers}`, 50),
      // Headers at once, then the body one byte every 50 ms: would take 200 s.
      new Promise<{ closedAfterMs: number; answer: string }>((resolve) => {
        const started = Date.now();
        const socket = net.connect(port, '127.0.0.1');
        let answer = '';
        socket.write(headers);
        const timer = setInterval(() => socket.writable && socket.write('a'), 50);
        socket.on('data', (d) => (answer += d));
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearInterval(timer);
          resolve({ closedAfterMs: Date.now() - started, answer });
        });
      }),
    ]);
    peaks.push(`slow-loris cut after ${loris.closedAfterMs} ms (${loris.bytesSent} bytes sent), slow body cut after ${slowBody.closedAfterMs} ms`);
    expect(loris.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(loris.bytesSent).toBeLessThan(headers.length);
    // The limit, plus Node's check interval (1 s here) and some scheduling slack on a busy machine.
    expect(loris.closedAfterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
    expect(loris.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 3_000);
    expect(slowBody.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(slowBody.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000);
    expect(alive()).toBe(true);
    expect(await inFlight(port)).toBe(0);
  });

  it('refuses a body sent to a route that takes none, and a Slack body over 1 MiB, without reading them', async () => {
    const raw = (request: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        let answer = '';
        socket.on('data', (d) => (answer += d));
        socket.on('error', () => undefined);
        socket.on('close', () => resolve(answer));
        socket.write(request);
      });
    expect(await raw('GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello')).toMatch(/^HTTP\/1\.1 413 /);
    expect(await raw('POST /nowhere HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n')).toMatch(/^HTTP\/1\.1 413 /);
    const ts = Math.floor(Date.now() / 1000);
    expect(await raw(`POST /slack/events HTTP/1.1\r\nHost: x\r\nX-Slack-Request-Timestamp: ${ts}\r\nContent-Length: ${MB + 1}\r\n\r\npayload=`)).toMatch(/^HTTP\/1\.1 413 /);
    // Exactly the limit is read, and refused only for its forged signature.
    expect((await forgedStream(port, MB, { declareLength: true })).status).toBe(401);
    expect(alive()).toBe(true);
  });

  it('/metrics answers only with the bearer token', async () => {
    expect((await metricsText(port, null)).status).toBe(401);
    expect((await metricsText(port, 'wrong-token')).status).toBe(401);
    expect((await metricsText(port, `${METRICS_TOKEN}x`)).status).toBe(401);
    const ok = await metricsText(port, METRICS_TOKEN);
    expect(ok.status).toBe(200);
    expect(ok.text).toMatch(/^deletion_desk_tickets\{status="awaiting_approval"\} 3$/m);
    expect(await healthy()).toBe(true);
  });
});
