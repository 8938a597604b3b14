/**
 * Sender checks (the intake `CheckSender` port) with mailauth: DKIM (RFC 6376), SPF (RFC 7208) and
 * DMARC alignment (RFC 7489).
 *
 * - DKIM is verified here, on the bytes as stored in the mailbox.
 * - SPF needs the IP that connected to the receiving server. Two sources:
 *   1. an `Authentication-Results` header (RFC 8601) whose authserv-id is in TRUSTED_AUTHSERV_IDS —
 *      the receiving server evaluated SPF/DKIM/DMARC with the real connection; RFC 8601 §5 requires
 *      it to remove headers claiming its id from incoming mail, so only the trusted ids are believed;
 *   2. otherwise the topmost `Received` header (mailauth `trustReceived`). That header may name an
 *      internal relay rather than the sender, so an SPF *fail* from it is not held against the
 *      message on its own; an SPF pass still counts towards DMARC.
 * - DMARC fail → `spoofSuspected`: approval then needs a staff override, which is audited.
 */
import dns from 'node:dns/promises';
import { authenticate, type DNSResolver } from 'mailauth';
import type { CheckSender, SenderAuth } from '../../ports/mail';
import type { InboundMessage } from '../../domain/message';

export interface SenderAuthOptions {
  /** authserv-ids whose Authentication-Results headers are believed (lowercase). */
  trustedAuthServIds: string[];
  /** Our host name for mailauth's own Authentication-Results (informational). */
  mta: string;
  /** DNS lookups (tests serve records from memory); default: the system resolver. */
  resolver?: DNSResolver;
}

type Result = string;

export interface AuthEvidence {
  source: string;
  fromDomain: string | null;
  dkim: { domain: string; result: Result; aligned: boolean }[];
  spf: { result: Result; domain: string | null; trusted: boolean } | null;
  dmarc: { result: Result; policy: string | null } | null;
}

export function createSenderCheck(options: SenderAuthOptions): CheckSender {
  const resolved = { ...options, resolver: options.resolver ?? timedResolver(5_000) };
  return async (raw, message) => decideSenderAuth(await gatherEvidence(raw, message, resolved));
}

/**
 * The system resolver with a deadline, and answers (also "no such record") kept for a minute: a slow
 * DNS server must not hold up intake (a timeout is a DMARC/DKIM temperror, i.e. no evidence), and a
 * backlog of mail from one domain needs one lookup, not one per message.
 */
function timedResolver(ms: number, ttlMs = 60_000): DNSResolver {
  const cache = new Map<string, { until: number; answer: Promise<string[][] | string[]> }>();
  const lookup = (domain: string, rrtype: string) =>
    new Promise<string[][] | string[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(Object.assign(new Error(`DNS ${rrtype} ${domain} timed out`), { code: 'ETIMEOUT' })), ms);
      dns.resolve(domain, rrtype).then(
        (records) => {
          clearTimeout(timer);
          resolve(records as string[][] | string[]);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  return (domain, rrtype) => {
    const key = `${rrtype}:${domain.toLowerCase()}`;
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.answer;
    const answer = lookup(domain, rrtype);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, { until: Date.now() + ttlMs, answer });
    answer.catch(() => undefined); // the caller handles the rejection; the cache must not warn about it
    return answer;
  };
}

/** The verdict from the evidence. Pure; see the table test. */
export function decideSenderAuth(e: AuthEvidence): SenderAuth {
  const details: Record<string, unknown> = { source: e.source, fromDomain: e.fromDomain, dkim: e.dkim, spf: e.spf, dmarc: e.dmarc };
  if (e.dmarc?.result === 'fail') return { auth: 'fail', spoofSuspected: true, details };
  if (e.dmarc?.result === 'pass') return { auth: 'pass', spoofSuspected: false, details };
  const dkimPass = e.dkim.some((d) => d.result === 'pass' && d.aligned);
  const spfPass = e.spf?.result === 'pass' && !!e.spf.domain && !!e.fromDomain && aligned(e.spf.domain, e.fromDomain);
  if (dkimPass || spfPass) return { auth: 'pass', spoofSuspected: false, details };
  // A signature that does not verify: mailauth says `neutral` for a body hash mismatch (an altered
  // message), `permerror` for a broken signature or key. A `temperror` (DNS) is no evidence.
  const dkimFail = e.dkim.some((d) => ['fail', 'neutral', 'permerror', 'policy'].includes(d.result));
  const spfFail = e.spf?.trusted === true && e.spf.result === 'fail';
  if (dkimFail || spfFail) return { auth: 'fail', spoofSuspected: false, details };
  return { auth: 'none', spoofSuspected: false, details };
}

async function gatherEvidence(raw: Buffer, message: InboundMessage, options: SenderAuthOptions): Promise<AuthEvidence> {
  const fromDomain = message.from?.address.split('@')[1]?.toLowerCase() ?? null;
  const trusted = trustedResults(message.headers['authentication-results'] ?? '', options.trustedAuthServIds);
  const result = await authenticate(raw, {
    trustReceived: true,
    mta: options.mta,
    resolver: options.resolver,
    disableArc: true,
    disableBimi: true,
  });
  const dkim = (result.dkim.results ?? [])
    .filter((r) => r.status.result !== 'none')
    .map((r) => ({ domain: r.signingDomain, result: r.status.result, aligned: Boolean(r.status.aligned) }));
  // mailauth evaluates SPF only meaningfully when an IP was found in a Received header.
  const spf = result.spf || null;
  const ownSpf = spf && spf['client-ip'] ? { result: spf.status.result, domain: spf.domain ?? null, trusted: false } : null;
  const ownDmarc = result.dmarc ? { result: result.dmarc.status.result, policy: result.dmarc.policy ?? null } : null;
  if (trusted) {
    return {
      source: `authentication-results:${trusted.authservId}`,
      fromDomain,
      // Our own DKIM check stands; where we found no signature, the receiving server's verdict does.
      dkim: dkim.length ? dkim : trusted.dkim.map((d) => ({ ...d, aligned: !!fromDomain && aligned(d.domain, fromDomain) })),
      spf: trusted.spf ? { ...trusted.spf, trusted: true } : ownSpf,
      dmarc: trusted.dmarc ?? ownDmarc,
    };
  }
  return { source: 'mailauth', fromDomain, dkim, spf: ownSpf, dmarc: ownDmarc };
}

/** Relaxed alignment (RFC 7489 §3.1): same domain or one a subdomain of the other. */
function aligned(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

interface TrustedResults {
  authservId: string;
  dkim: { domain: string; result: Result }[];
  spf: { result: Result; domain: string | null } | null;
  dmarc: { result: Result; policy: string | null } | null;
}

/** The topmost Authentication-Results header by a trusted authserv-id (RFC 8601 §2.2 grammar). */
export function trustedResults(headerValues: string, trustedIds: string[]): TrustedResults | null {
  if (trustedIds.length === 0) return null;
  for (const value of headerValues.split('\n')) {
    const parts = stripComments(value).split(';').map((p) => p.trim()).filter(Boolean);
    const authservId = parts[0]?.split(/\s+/)[0]?.toLowerCase();
    if (!authservId || !trustedIds.includes(authservId)) continue;
    const out: TrustedResults = { authservId, dkim: [], spf: null, dmarc: null };
    for (const resinfo of parts.slice(1)) {
      const m = /^([a-z0-9-]+)(?:\/\d+)?\s*=\s*([a-z]+)(.*)$/i.exec(resinfo);
      if (!m) continue;
      const method = m[1]!.toLowerCase();
      const res = m[2]!.toLowerCase();
      const props = Object.fromEntries([...m[3]!.matchAll(/([a-z]+\.[a-z-]+)\s*=\s*("[^"]*"|[^\s;]+)/gi)].map((p) => [p[1]!.toLowerCase(), p[2]!.replace(/"/g, '')]));
      if (method === 'dkim') out.dkim.push({ domain: (props['header.d'] ?? props['header.i']?.split('@').pop() ?? '').toLowerCase(), result: res });
      if (method === 'spf') out.spf = { result: res, domain: (props['smtp.mailfrom']?.split('@').pop() ?? props['smtp.helo'] ?? null)?.toLowerCase() ?? null };
      if (method === 'dmarc') out.dmarc = { result: res, policy: props['policy.dmarc'] ?? null };
    }
    return out;
  }
  return null;
}

function stripComments(value: string): string {
  let depth = 0;
  let out = '';
  for (const ch of value) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}
