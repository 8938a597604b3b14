/**
 * Sender checks with mailauth on messages signed in the test with a generated key; DNS records are
 * served from memory through mailauth's `resolver` option.
 */
import { describe, expect, test } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import { createSenderCheck, decideSenderAuth, trustedResults, type AuthEvidence } from '../../src/adapters/mail/senderAuth';
import { readMessage } from '../../src/adapters/mail/readMessage';
import { freshDb } from '../support/db';
import { buildApp } from '../../src/main';
import { silentLogger } from '../../src/logger';
import { botConfig, importTestCatalog, MAIL_TEST_DIALECT, requestMessage } from './imap.helpers';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const p = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

const records: Record<string, string> = {
  'sel._domainkey.acme.example': `v=DKIM1; k=rsa; p=${p}`,
  'sel._domainkey.evil.example': `v=DKIM1; k=rsa; p=${p}`,
  '_dmarc.acme.example': 'v=DMARC1; p=reject',
  'acme.example': 'v=spf1 ip4:192.0.2.10 -all',
};

async function resolver(domain: string, rrtype: string): Promise<string[][]> {
  const value = rrtype === 'TXT' ? records[domain.toLowerCase()] : undefined;
  if (!value) throw Object.assign(new Error(`queryTxt ENOTFOUND ${domain}`), { code: 'ENOTFOUND' });
  return [[value]];
}

const check = createSenderCheck({ trustedAuthServIds: ['mx.desk.example'], mta: 'desk.example', resolver });

// `signTime` is given on purpose. Without it mailauth 4.x's signer computes the default t= tag twice,
// as Math.round(Date.now() / 1000): once in the header it signs and once, after the RSA signature,
// in the header it returns. When a half-second boundary falls in between, the two differ by one and
// the signature is really invalid (the verifier rightly says `fail`): about 1 run in 1,500 here,
// more on a loaded machine. An explicit signTime puts the same t= in both.
async function sign(raw: Buffer, domain = 'acme.example'): Promise<Buffer> {
  const { signatures, errors } = await dkimSign(raw, { signingDomain: domain, selector: 'sel', privateKey: pem, signTime: new Date(), signatureData: [{ signingDomain: domain, selector: 'sel', privateKey: pem, canonicalization: 'relaxed/relaxed' }] });
  if (errors.length || !signatures) throw new Error(`DKIM signing failed: ${errors.join('; ')}`);
  return Buffer.concat([Buffer.from(signatures), raw]);
}

async function verdict(raw: Buffer) {
  return check(raw, await readMessage(raw));
}

const plain = (headers: Record<string, string> = {}, from = 'ana@acme.example') => requestMessage({ messageId: `sa-${Math.random().toString(36).slice(2)}@acme.example`, from, headers });

describe('sender checks with mailauth', () => {
  test('a good DKIM signature of the From domain passes DMARC', async () => {
    const v = await verdict(await sign(plain()));
    expect(v).toMatchObject({ auth: 'pass', spoofSuspected: false });
    expect(v.details).toMatchObject({ dkim: [{ domain: 'acme.example', result: 'pass', aligned: true }], dmarc: { result: 'pass' } });
  });

  test('a signature broken by a changed body fails DMARC: possibly spoofed', async () => {
    const signed = await sign(plain());
    const tampered = Buffer.from(signed.toString().replace('duplicate events', 'duplicated events'));
    const v = await verdict(tampered);
    expect(v).toMatchObject({ auth: 'fail', spoofSuspected: true });
    // mailauth reports a body hash mismatch as `neutral` (RFC 6376 §6.1.3 leaves the wording open).
    expect(v.details).toMatchObject({ dkim: [{ domain: 'acme.example', result: 'neutral' }], dmarc: { result: 'fail' } });
  });

  test('a valid signature of another domain is not aligned: DMARC fails', async () => {
    const v = await verdict(await sign(plain(), 'evil.example'));
    expect(v).toMatchObject({ auth: 'fail', spoofSuspected: true });
  });

  test('no signature and no DMARC record: no evidence either way', async () => {
    const v = await verdict(plain({}, 'someone@nodmarc.example'));
    expect(v).toMatchObject({ auth: 'none', spoofSuspected: false });
  });

  test('SPF from the Received header: the listed IP passes, another IP fails DMARC', async () => {
    const via = (ip: string) => ({ 'Return-Path': '<ana@acme.example>', Received: `from mail.acme.example (mail.acme.example [${ip}]) by mx.desk.example with ESMTPS; Tue, 12 Mar 2024 10:15:01 +0000` });
    expect(await verdict(plain(via('192.0.2.10')))).toMatchObject({ auth: 'pass', spoofSuspected: false });
    expect(await verdict(plain(via('198.51.100.7')))).toMatchObject({ auth: 'fail', spoofSuspected: true });
  });

  test('Authentication-Results is believed only from a trusted authserv-id', async () => {
    const untrusted = await verdict(plain({ 'Authentication-Results': 'mx.attacker.example; dmarc=pass header.from=nodmarc.example' }, 'x@nodmarc.example'));
    expect(untrusted.auth).toBe('none');
    const trustedFail = await verdict(plain({ 'Authentication-Results': 'mx.desk.example; spf=fail smtp.mailfrom=nodmarc.example; dmarc=fail (p=reject) header.from=nodmarc.example' }, 'x@nodmarc.example'));
    expect(trustedFail).toMatchObject({ auth: 'fail', spoofSuspected: true });
    expect(trustedFail.details.source).toBe('authentication-results:mx.desk.example');
  });

  test('a spoofed request is marked on the ticket and cannot be approved without an audited override', async () => {
    const db = await freshDb(MAIL_TEST_DIALECT);
    const app = await buildApp(botConfig({ databaseUrl: db.url, schema: db.schema }), { logger: silentLogger, schema: db.schema, checkSender: check });
    try {
      await importTestCatalog(app);
      const tampered = Buffer.from((await sign(plain())).toString().replace('duplicate events', 'duplicated events'));
      const outcome = await app.intake.receive(tampered, 'test');
      expect(outcome.outcome).toBe('created');
      const ticket = (await app.tickets.list({}))[0]!;
      expect(ticket.verification).toMatchObject({ spoofSuspected: true, auth: 'fail' });
      await expect(app.tickets.apply(ticket.id, { type: 'approve', actor: { type: 'staff', id: 'U1' }, isStaff: true })).rejects.toThrow(/spoofed/);
      const approved = await app.tickets.apply(ticket.id, { type: 'approve', actor: { type: 'staff', id: 'U1' }, isStaff: true, overrideSpoof: true });
      expect(approved.verification.overriddenBy).toBe('staff:U1');
      const stored = await app.db('messages').where({ direction: 'in' }).first();
      expect(JSON.parse(stored.auth)).toMatchObject({ auth: 'fail', spoofSuspected: true });
    } finally {
      await app.close();
      await db.cleanup();
    }
  });
});

describe('decideSenderAuth', () => {
  const base: AuthEvidence = { source: 'mailauth', fromDomain: 'acme.example', dkim: [], spf: null, dmarc: null };
  const rows: [string, Partial<AuthEvidence>, string, boolean][] = [
    ['nothing at all', {}, 'none', false],
    ['dmarc pass', { dmarc: { result: 'pass', policy: 'reject' } }, 'pass', false],
    ['dmarc fail', { dmarc: { result: 'fail', policy: 'reject' } }, 'fail', true],
    ['dmarc temperror, aligned dkim pass', { dmarc: { result: 'temperror', policy: null }, dkim: [{ domain: 'acme.example', result: 'pass', aligned: true }] }, 'pass', false],
    ['dkim fail, no dmarc policy', { dkim: [{ domain: 'acme.example', result: 'fail', aligned: true }] }, 'fail', false],
    ['dkim body hash mismatch (neutral), no dmarc policy', { dkim: [{ domain: 'acme.example', result: 'neutral', aligned: true }] }, 'fail', false],
    ['dkim temperror only', { dkim: [{ domain: 'acme.example', result: 'temperror', aligned: true }] }, 'none', false],
    ['untrusted spf fail alone', { spf: { result: 'fail', domain: 'acme.example', trusted: false } }, 'none', false],
    ['trusted spf fail', { spf: { result: 'fail', domain: 'acme.example', trusted: true } }, 'fail', false],
    ['aligned spf pass (subdomain)', { spf: { result: 'pass', domain: 'mail.acme.example', trusted: false } }, 'pass', false],
    ['unaligned dkim pass', { dkim: [{ domain: 'esp.example', result: 'pass', aligned: false }] }, 'none', false],
  ];
  test.each(rows)('%s', (_name, evidence, auth, spoof) => {
    const v = decideSenderAuth({ ...base, ...evidence });
    expect(v.auth).toBe(auth);
    expect(v.spoofSuspected).toBe(spoof);
  });

  test('Authentication-Results parsing: comments, versions, several headers, the topmost trusted one wins', () => {
    const headers = [
      'mx.other.example; dmarc=pass',
      'mx.desk.example 1; dkim=pass (2048-bit key) header.d=acme.example header.i=@acme.example; spf=softfail (sender IP is 203.0.113.9) smtp.mailfrom="ana@acme.example"; dmarc=pass (p=REJECT) header.from=acme.example policy.dmarc=reject',
      'mx.desk.example; dmarc=fail',
    ].join('\n');
    expect(trustedResults(headers, ['mx.desk.example'])).toEqual({
      authservId: 'mx.desk.example',
      dkim: [{ domain: 'acme.example', result: 'pass' }],
      spf: { result: 'softfail', domain: 'acme.example' },
      dmarc: { result: 'pass', policy: 'reject' },
    });
    expect(trustedResults(headers, [])).toBeNull();
  });
});

