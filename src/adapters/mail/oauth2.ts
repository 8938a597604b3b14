/**
 * OAuth2 for IMAP and SMTP (Gmail / Google Workspace, Microsoft 365), with the access token refreshed
 * from a refresh token. Microsoft 365 no longer accepts passwords for IMAP and SMTP AUTH; Google
 * prefers OAuth. The refresh is nodemailer's XOAuth2 (maintained with nodemailer, RFC 6749 section 6
 * refresh grant, tokens cached until shortly before they expire): SMTP hands the settings to
 * nodemailer directly, IMAP asks `OAuth2Tokens` for a token at every (re)connect, since imapflow takes
 * only an access token.
 */
import XOAuth2 from 'nodemailer/lib/xoauth2';
import type { Config } from '../../config';

export type OAuth2Settings = NonNullable<Config['oauth2']>;

/** `?auth=oauth2` on IMAP_URL / SMTP_URL: log in with OAuth2 (OAUTH2_* settings), not a password. */
export function wantsOAuth2(url: string): boolean {
  try {
    return (new URL(url).searchParams.get('auth') ?? '').toLowerCase() === 'oauth2';
  } catch {
    return false;
  }
}

/** nodemailer's XOAuth2 options for one mailbox user. */
export function xoauth2Options(user: string, oauth2: OAuth2Settings) {
  return {
    user,
    clientId: oauth2.clientId,
    clientSecret: oauth2.clientSecret ?? undefined,
    refreshToken: oauth2.refreshToken,
    accessUrl: oauth2.tokenUrl,
    // Microsoft's token endpoint takes the scopes with the refresh grant; Google ignores none sent.
    customParams: oauth2.scope ? { scope: oauth2.scope } : undefined,
  };
}

export class OAuth2Tokens {
  private readonly client: XOAuth2;

  constructor(user: string, oauth2: OAuth2Settings) {
    this.client = new XOAuth2(xoauth2Options(user, oauth2));
    // Errors come back through getToken(); an 'error' listener keeps an emitted one from being fatal.
    this.client.on('error', () => undefined);
  }

  /** A valid access token; `renew` forces a refresh (after the server refused the cached one). */
  accessToken(renew = false): Promise<string> {
    return new Promise((resolve, reject) => {
      this.client.getToken(renew, (error, token) => (error || !token ? reject(error ?? new Error('the token endpoint returned no access token')) : resolve(token)));
    });
  }
}
