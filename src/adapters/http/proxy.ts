/**
 * Outbound HTTP through a proxy (HTTPS_PROXY, NO_PROXY), for the two HTTP clients the bot has: Slack's
 * Web API and Socket Mode (fetch and WebSocket on undici: an undici ProxyAgent) and the AWS SDK for S3
 * (node:http agents: https-proxy-agent, which tunnels with CONNECT for http and https targets alike).
 * IMAP, SMTP and PostgreSQL are not HTTP and are not proxied.
 */
import type { Agent } from 'node:http';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { ProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';

export interface ProxySettings {
  /** HTTPS_PROXY, e.g. http://proxy.internal:3128 (credentials in the URL are sent as Proxy-Authorization). */
  url: string | null;
  /** NO_PROXY: host names, `.suffix` or `suffix` for a domain and its subdomains, `host:port`, or `*`. */
  noProxy: string[];
}

/** The proxy to use for `target`, or null (no proxy configured, or NO_PROXY excludes the host). */
export function proxyFor(target: string, proxy: ProxySettings): string | null {
  if (!proxy.url) return null;
  let host: string;
  let port: string;
  try {
    const u = new URL(target);
    host = u.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    port = u.port || (u.protocol === 'https:' ? '443' : '80');
  } catch {
    return proxy.url;
  }
  for (const raw of proxy.noProxy) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return null;
    const [entryHost, entryPort] = entry.startsWith('[') ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]] : entry.split(':');
    if (entryPort && entryPort !== port) continue;
    const suffix = entryHost.replace(/^\*?\./, '');
    if (host === suffix || host.endsWith(`.${suffix}`)) return null;
  }
  return proxy.url;
}

/** A node:http(s) agent that tunnels through the proxy (the AWS SDK's request handler takes it). */
export function proxyHttpAgent(proxyUrl: string): Agent {
  return new HttpsProxyAgent(proxyUrl);
}

/** An undici dispatcher through the proxy (Socket Mode's WebSocket). */
export function proxyDispatcher(proxyUrl: string): Dispatcher {
  return new ProxyAgent(proxyUrl);
}

/** A fetch through the proxy, for clients that take a fetch function (Slack's WebClient). */
export function proxyFetch(proxyUrl: string): typeof globalThis.fetch {
  const dispatcher = proxyDispatcher(proxyUrl);
  // undici's fetch and the global one share the WHATWG signature; the cast bridges their type packages.
  return ((input: Parameters<typeof undiciFetch>[0], init?: Parameters<typeof undiciFetch>[1]) => undiciFetch(input, { ...init, dispatcher })) as unknown as typeof globalThis.fetch;
}
