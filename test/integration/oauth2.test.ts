/**
 * OAuth2 for SMTP and IMAP with token refresh (Gmail, Microsoft 365), against a local token endpoint
 * (the RFC 6749 refresh grant, as Google's and Microsoft's endpoints answer it) and smtp-server
 * accepting only XOAUTH2. A revoked access token is refreshed and the login retried.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { SmtpMailer } from '../../src/adapters/smtp/smtpMailer';
import { OAuth2Tokens } from '../../src/adapters/mail/oauth2';
import { parseImapUrl } from '../../src/adapters/imap/imapUrl';
import { ImapIntake } from '../../src/adapters/imap/imapIntake';
import { silentLogger } from '../../src/logger';
import { startDovecot, type Dovecot } from '../support/dovecot';
import { waitFor } from '../support/wait';
import { freshDb, type TestDb } from '../support/db';

const USER = 'desk@tenant.example';
/** Whose token the introspection endpoint says it is (the Dovecot test's mailbox user). */
let introspectedUser = USER;

interface TokenEndpoint {
  url: string;
  requests: Record<string, string>[];
  /** Access tokens issued, newest last. */
  issued: string[];
  introspectionUrl: string;
  /** Tokens Dovecot asked about. */
  introspections: string[];
  /** Tokens the introspection calls inactive (revoked). */
  refused: Set<string>;
  close(): Promise<void>;
}

async function startTokenEndpoint(): Promise<TokenEndpoint> {
  const requests: Record<string, string>[] = [];
  const issued: string[] = [];
  const introspections: string[] = [];
  const refused = new Set<string>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(body));
      res.setHeader('content-type', 'application/json');
      if (req.url?.endsWith('/introspect')) {
        // RFC 7662, as Dovecot's oauth2 passdb asks: is this access token active, and whose is it?
        const active = issued.includes(form.token ?? '') && !refused.has(form.token ?? '');
        introspections.push(form.token ?? '');
        res.end(JSON.stringify(active ? { active: true, username: introspectedUser } : { active: false }));
        return;
      }
      requests.push(form);
      if (form.grant_type !== 'refresh_token' || form.refresh_token !== 'refresh-1' || form.client_id !== 'client-1' || form.client_secret !== 'secret-1') {
        res.statusCode = 400;
        res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'bad refresh token or client' }));
        return;
      }
      const token = `access-${issued.length + 1}`;
      issued.push(token);
      res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/oauth2/v2.0/token`, introspectionUrl: `${origin}/introspect`, requests, issued, introspections, refused, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let endpoint: TokenEndpoint;
let smtp: SMTPServer;
let smtpPort: number;
const logins: { user: string; token: string; ok: boolean }[] = [];
/** The provider refuses the next login once (a token revoked or expired early). */
let refuseNext = false;

beforeAll(async () => {
  endpoint = await startTokenEndpoint();
  smtp = new SMTPServer({
    authMethods: ['XOAUTH2'],
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.method === 'XOAUTH2' && auth.username === USER && endpoint.issued.includes(auth.accessToken ?? '') && !refuseNext;
      refuseNext = false;
      logins.push({ user: auth.username ?? '', token: auth.accessToken ?? '', ok });
      // RFC 7628 / Google's XOAUTH2: a refusal carries a JSON status, then the client retries or gives up.
      callback(null, ok ? { user: auth.username } : { data: { status: '401', schemes: 'bearer', scope: 'https://mail.google.com/' } });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await endpoint?.close();
});

const env = () => ({
  SMTP_URL: `smtp://${encodeURIComponent(USER)}@127.0.0.1:${smtpPort}?auth=oauth2`,
  OAUTH2_TOKEN_URL: endpoint.url,
  OAUTH2_CLIENT_ID: 'client-1',
  OAUTH2_CLIENT_SECRET: 'secret-1',
  OAUTH2_REFRESH_TOKEN: 'refresh-1',
});

describe('configuration', () => {
  it('google and microsoft token endpoints, the Microsoft scopes, and what is missing', () => {
    expect(loadConfig({ OAUTH2_PROVIDER: 'google', OAUTH2_CLIENT_ID: 'c', OAUTH2_REFRESH_TOKEN: 'r' }).oauth2).toMatchObject({ tokenUrl: 'https://oauth2.googleapis.com/token', scope: null });
    expect(loadConfig({ OAUTH2_PROVIDER: 'microsoft', OAUTH2_TENANT: 'contoso.onmicrosoft.com', OAUTH2_CLIENT_ID: 'c', OAUTH2_REFRESH_TOKEN: 'r' }).oauth2).toMatchObject({
      tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
      scope: expect.stringContaining('IMAP.AccessAsUser.All'),
    });
    expect(() => loadConfig({ IMAP_URL: 'imaps://u@outlook.office365.com/INBOX?auth=oauth2' })).toThrow(/needs OAUTH2_PROVIDER .*OAUTH2_CLIENT_ID, OAUTH2_REFRESH_TOKEN/);
    expect(parseImapUrl('imaps://desk%40tenant.example@outlook.office365.com/INBOX?auth=oauth2')).toMatchObject({ oauth2: true, auth: { user: USER } });
  });
});

describe('SMTP with XOAUTH2', () => {
  it('logs in with a token from the refresh grant, and refreshes a revoked one', async () => {
    const config = loadConfig(env());
    const mailer = new SmtpMailer({ url: config.smtpUrl!, oauth2: config.oauth2, connectionTimeoutMs: 10_000 });
    try {
      await mailer.verify();
      expect(endpoint.requests.at(-1)).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'refresh-1', client_id: 'client-1' });
      expect(logins.at(-1)).toEqual({ user: USER, token: endpoint.issued.at(-1), ok: true });

      // The provider revokes the access token (password change, admin action): the next login is
      // refused, nodemailer asks the endpoint for a new one and logs in with it.
      refuseNext = true;
      await mailer.verify();
      const [refused, accepted] = logins.slice(-2);
      expect([refused.ok, accepted.ok]).toEqual([false, true]);
      expect(accepted.token).not.toBe(refused.token);
      expect(endpoint.issued.at(-1)).toBe(accepted.token);
    } finally {
      await mailer.close();
    }
  });

  it('a refresh token the provider refuses is an error that says so', async () => {
    const config = loadConfig({ ...env(), OAUTH2_REFRESH_TOKEN: 'stolen' });
    const mailer = new SmtpMailer({ url: config.smtpUrl!, oauth2: config.oauth2, connectionTimeoutMs: 10_000 });
    try {
      await expect(mailer.verify()).rejects.toThrow(/invalid_grant|bad refresh token/);
    } finally {
      await mailer.close();
    }
  });
});

describe('IMAP tokens', () => {
  it('cached until renewal is asked for (after the server refused it)', async () => {
    const config = loadConfig({ ...env(), SMTP_URL: '', IMAP_URL: `imap://${encodeURIComponent(USER)}@127.0.0.1:1/INBOX?auth=oauth2` });
    const tokens = new OAuth2Tokens(USER, config.oauth2!);
    const before = endpoint.requests.length;
    const first = await tokens.accessToken();
    expect(await tokens.accessToken()).toBe(first);
    expect(endpoint.requests.length).toBe(before + 1);
    const renewed = await tokens.accessToken(true);
    expect(renewed).not.toBe(first);
    expect(endpoint.issued.at(-1)).toBe(renewed);
  });
});

describe('IMAP with XOAUTH2 against Dovecot', () => {
  let dovecot: Dovecot;
  let sqlite: TestDb | undefined;
  beforeAll(async () => {
    dovecot = await startDovecot({ oauth2IntrospectionUrl: endpoint.introspectionUrl });
  });
  afterAll(async () => {
    await dovecot?.close();
    await sqlite?.cleanup();
  });

  it('the intake logs in with a refreshed token, and renews it after Dovecot refuses a revoked one', async () => {
    introspectedUser = dovecot.user;
    const config = loadConfig({ ...env(), SMTP_URL: '', IMAP_URL: `imap://${encodeURIComponent(dovecot.user)}@127.0.0.1:${dovecot.port}/INBOX?auth=oauth2` });
    const settings = parseImapUrl(config.imapUrl!);
    const tokens = new OAuth2Tokens(dovecot.user, config.oauth2!);
    const used: string[] = [];
    // Revoke the token the intake will get first: its first login must fail, the next one renew.
    const first = await tokens.accessToken();
    endpoint.refused.add(first);
    const received: string[] = [];
    const controller = new AbortController();
    const intake = new ImapIntake({
      settings,
      processedFolder: 'Processed',
      failedFolder: 'Failed',
      db: (sqlite ??= await freshDb('sqlite')).db,
      logger: silentLogger,
      reconnectBaseMs: 20,
      reconnectCapMs: 200,
      receive: async (arrivals) =>
        arrivals.map(({ origin }) => {
          received.push(origin);
          return { outcome: 'ignored' as const, messageKey: origin };
        }),
      accessToken: async (renew) => {
        const token = await tokens.accessToken(renew);
        used.push(token);
        return token;
      },
    });
    const running = intake.run(controller.signal);
    try {
      await dovecot.append(['From: a@b.example\r\nTo: desk@tenant.example\r\nSubject: hi\r\nMessage-ID: <oauth-imap-1@b.example>\r\n\r\nhello\r\n']);
      await waitFor(() => received.length > 0, { what: 'the message through an OAuth2 IMAP session', timeoutMs: 30_000 }).catch((e: Error) => {
        throw new Error(`${e.message}; tokens used ${JSON.stringify(used)}, introspected ${JSON.stringify(endpoint.introspections)}`);
      });
      expect(used[0]).toBe(first);
      expect(used.at(-1)).not.toBe(first);
      expect(endpoint.introspections).toContain(first);
      expect(endpoint.introspections).toContain(used.at(-1));
    } finally {
      controller.abort();
      await running;
    }
  });
});
