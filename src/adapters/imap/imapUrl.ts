/**
 * IMAP_URL → connection settings: `imap[s]://user:password@host[:port]/Mailbox`.
 * `imaps` is TLS from the first byte (port 993); `imap` upgrades with STARTTLS when offered (143).
 * `?auth=xoauth2` reads the password part as an OAuth2 access token (Gmail, Microsoft 365).
 */
import { AppError } from '../../errors';

export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass?: string; accessToken?: string };
  mailbox: string;
  /** Log in with a refreshed OAuth2 access token (`?auth=oauth2`). */
  oauth2: boolean;
  /** Names this mailbox in the checkpoint table: `user@host:port/Mailbox`. */
  key: string;
}

export function parseImapUrl(value: string): ImapSettings {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('config_invalid', 'IMAP_URL is not a valid URL: expected imaps://user:password@imap.example.com:993/INBOX');
  }
  const secure = url.protocol === 'imaps:';
  if (!secure && url.protocol !== 'imap:') throw new AppError('config_invalid', 'IMAP_URL must start with imap:// or imaps://');
  const user = decodeURIComponent(url.username);
  const secret = decodeURIComponent(url.password);
  if (!user) throw new AppError('config_invalid', 'IMAP_URL has no user name: expected imaps://user:password@host/INBOX');
  const port = url.port ? Number(url.port) : secure ? 993 : 143;
  const mailbox = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX';
  const authMode = (url.searchParams.get('auth') ?? '').toLowerCase();
  const xoauth2 = authMode === 'xoauth2';
  return {
    host: url.hostname,
    port,
    secure,
    // `oauth2`: the token comes from the OAUTH2_* refresh settings at each connect (adapters/mail/oauth2.ts).
    auth: authMode === 'oauth2' ? { user } : xoauth2 ? { user, accessToken: secret } : { user, pass: secret },
    oauth2: authMode === 'oauth2',
    mailbox,
    key: `${user}@${url.hostname}:${port}/${mailbox}`,
  };
}
