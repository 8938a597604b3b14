/**
 * The Mailer port over SMTP (nodemailer). The message is composed exactly as in local mode
 * (adapters/mail/mime.ts: fixed Message-ID, threading headers, Auto-Submitted, text + HTML).
 *
 * What the outbox worker retries (RFC 5321 §4.2.1): a 4xx reply is a transient failure, and so is
 * anything that never reached a reply (connection refused, reset, timeout, DNS, TLS) and an
 * authentication failure (the operator fixes the password; the message must not be dropped
 * meanwhile). A 5xx reply to the message is permanent: the worker gives up and `email_failed` is
 * recorded on the ticket for staff.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { AppError } from '../../errors';
import { plainWords } from '../../connectionErrors';
import type { Mailer, OutboundEmail } from '../../ports/mail';
import { nodemailerMessage } from '../mail/mime';
import { wantsOAuth2, xoauth2Options, type OAuth2Settings } from '../mail/oauth2';

export interface SmtpMailerOptions {
  url: string;
  /** OAuth2 settings for SMTP_URL with `?auth=oauth2` (nodemailer refreshes the token itself). */
  oauth2?: OAuth2Settings | null;
  /** Timeouts in ms; defaults suit a real server, tests shorten them. */
  connectionTimeoutMs?: number;
  clock?: () => Date;
}

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  private readonly clock: () => Date;

  constructor(options: SmtpMailerOptions) {
    const timeout = options.connectionTimeoutMs ?? 30_000;
    // A pool keeps one authenticated connection for a burst of replies instead of one per message.
    this.transport = nodemailer.createTransport(smtpOptions(options.url, timeout, options.oauth2 ?? null));
    this.clock = options.clock ?? (() => new Date());
  }

  async send(email: OutboundEmail): Promise<void> {
    try {
      await this.transport.sendMail({ ...nodemailerMessage(email), date: this.clock() });
    } catch (error) {
      throw classifySmtpError(error);
    }
  }

  /** EHLO (+ AUTH): for `deletion-desk doctor`. */
  async verify(): Promise<void> {
    try {
      await this.transport.verify();
    } catch (error) {
      throw classifySmtpError(error);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

export function smtpOptions(url: string, timeoutMs: number, oauth2: OAuth2Settings | null = null) {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  const user = decodeURIComponent(u.username);
  if (wantsOAuth2(url) && !oauth2) throw new AppError('config_invalid', 'SMTP_URL asks for ?auth=oauth2 but the OAUTH2_* settings are missing');
  return {
    pool: true,
    maxConnections: 2,
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: wantsOAuth2(url) && oauth2 ? { type: 'OAuth2' as const, ...xoauth2Options(user, oauth2) } : u.username ? { user, pass: decodeURIComponent(u.password) } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  };
}

interface NodemailerError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** nodemailer error → AppError('transient') or a permanent Error, with the server's words kept. */
export function classifySmtpError(error: unknown): Error {
  const e = (error ?? {}) as NodemailerError;
  const said = e.response ?? e.message ?? String(error);
  if (typeof e.responseCode === 'number') {
    if (e.responseCode >= 400 && e.responseCode < 500) return new AppError('transient', `the mail server asked to try again later: ${said}`, { cause: error });
    if (e.code === 'EAUTH') return new AppError('transient', `the mail server refused the SMTP login (check SMTP_URL): ${said}`, { cause: error });
    if (e.responseCode >= 500) return new Error(`the mail server refused the message permanently: ${said}`, { cause: error });
  }
  if (e.code === 'EAUTH') return new AppError('transient', `the mail server refused the SMTP login (check SMTP_URL): ${said}`, { cause: error });
  if (e.code === 'EMESSAGE' || e.code === 'EENVELOPE') return new Error(`the message could not be sent: ${said}`, { cause: error });
  // ECONNECTION, ETIMEDOUT, ESOCKET, EDNS, ETLS, ECONNREFUSED, and anything without a reply code.
  return new AppError('transient', `could not reach the mail server (check SMTP_URL): ${plainWords(error)} (${said})`, { cause: error });
}
