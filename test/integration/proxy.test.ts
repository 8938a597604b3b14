/**
 * HTTPS_PROXY for the two HTTP clients: S3 (the AWS SDK, node:http agents) and Slack's Web API (fetch
 * on undici). A CONNECT proxy on loopback records where it was asked to tunnel to; the calls must
 * succeed through it, and NO_PROXY must bypass it.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createArchive } from '../../src/adapters/archive/createArchive';
import { createWebClient } from '../../src/adapters/slack/webApi';
import { proxyFor } from '../../src/adapters/http/proxy';
import { silentLogger } from '../../src/logger';
import { startTestArchive, type TestArchive } from '../support/s3ArchiveFixtures';
import { startSlackFake, type SlackFake } from '../support/slackFake';

interface Proxy {
  url: string;
  tunnels: string[];
  close(): Promise<void>;
}

async function startConnectProxy(): Promise<Proxy> {
  const tunnels: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    // Loopback only: this proxy exists for the test and must never reach anything else.
    if (host !== '127.0.0.1' && host !== 'localhost') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('NO_PROXY', () => {
  const proxy = { url: 'http://proxy:3128', noProxy: ['localhost', '.internal.example', 's3.example:9000', '[::1]'] };
  it.each([
    ['https://slack.com/api/', 'http://proxy:3128'],
    ['http://localhost:9000/', null],
    ['https://minio.internal.example/', null],
    ['https://internal.example/', null],
    ['https://notinternal.example/', 'http://proxy:3128'],
    ['http://s3.example:9000/', null],
    ['https://s3.example/', 'http://proxy:3128'],
    ['http://[::1]:8080/', null],
  ])('%s → %s', (target, expected) => expect(proxyFor(target, proxy)).toBe(expected));
  it('* turns the proxy off; no HTTPS_PROXY, no proxy', () => {
    expect(proxyFor('https://slack.com/', { url: 'http://p:1', noProxy: ['*'] })).toBeNull();
    expect(proxyFor('https://slack.com/', { url: null, noProxy: [] })).toBeNull();
  });
  it('config reads HTTPS_PROXY (or https_proxy) and NO_PROXY', () => {
    expect(loadConfig({ https_proxy: 'http://p:3128', NO_PROXY: 'a, b' }).proxy).toEqual({ url: 'http://p:3128', noProxy: ['a', 'b'] });
    expect(() => loadConfig({ HTTPS_PROXY: 'socks://p' })).toThrow(/HTTPS_PROXY/);
  });
});

describe('through a CONNECT proxy', () => {
  let proxy: Proxy;
  let archive: TestArchive;
  let slack: SlackFake;
  beforeAll(async () => {
    [proxy, archive, slack] = await Promise.all([startConnectProxy(), startTestArchive('s3rver'), startSlackFake()]);
  });
  afterAll(async () => {
    await Promise.all([proxy?.close(), archive?.stop(), slack?.close()]);
  });

  it('S3 requests go through HTTPS_PROXY', async () => {
    await archive.put('segment-logs/src_1/1709251200000/part-0001.gz', 'x');
    const config = loadConfig({ ...archive.env, HTTPS_PROXY: proxy.url });
    const s3 = createArchive(config);
    try {
      const keys: string[] = [];
      for await (const page of s3.list('segment-logs/', { sizes: false })) keys.push(...page.map((e) => e.key));
      expect(keys).toEqual(['segment-logs/src_1/1709251200000/part-0001.gz']);
    } finally {
      await s3.close();
    }
    const endpoint = new URL(archive.env.S3_ENDPOINT!);
    expect(proxy.tunnels).toContain(`${endpoint.hostname}:${endpoint.port}`);
  });

  it('Slack Web API calls go through HTTPS_PROXY, and NO_PROXY bypasses it', async () => {
    const origin = new URL(slack.apiUrl);
    const before = proxy.tunnels.length;
    const web = createWebClient('xoxb-proxy-test', { apiUrl: slack.apiUrl, logger: silentLogger, proxy: { url: proxy.url, noProxy: [] } });
    await web.chat.postMessage({ channel: 'C1', text: 'through the proxy' });
    expect(slack.callsOf('chat.postMessage').at(-1)?.args.text).toBe('through the proxy');
    expect(proxy.tunnels.slice(before)).toContain(`${origin.hostname}:${origin.port}`);

    const direct = createWebClient('xoxb-proxy-test', { apiUrl: slack.apiUrl, logger: silentLogger, proxy: { url: proxy.url, noProxy: ['127.0.0.1'] } });
    const count = proxy.tunnels.length;
    await direct.chat.postMessage({ channel: 'C1', text: 'direct' });
    expect(slack.callsOf('chat.postMessage').at(-1)?.args.text).toBe('direct');
    expect(proxy.tunnels.length).toBe(count);
  });
});
