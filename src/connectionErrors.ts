/**
 * Connection failures in words an operator can act on, each naming the setting to check
 * (DATABASE_URL, ARCHIVE_URL / S3_* / AWS_*, IMAP_URL, SMTP_URL). Used by the CLI, `start` and
 * `doctor`, so the same failure reads the same everywhere. Raw driver messages stay in `cause` (and in
 * the output with LOG_LEVEL=debug), never as a stack trace in front of the operator.
 */
import { AppError, toError } from './errors';

interface ErrorFields {
  code?: string;
  name?: string;
  Code?: string;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** What went wrong, in plain words (no advice about which variable: callers add it). */
export function plainWords(error: unknown): string {
  const e = (error ?? {}) as ErrorFields;
  const code = e.code ?? '';
  const msg = toError(error).message;
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED' || code === 'EAUTH' || /AUTHENTICATIONFAILED|authentication failed|Invalid credentials/i.test(msg))
    return 'the server refused the user name or password (for Gmail and Microsoft 365, use OAuth2 or an app password; see docs/email.md)';
  if (code === '28P01') return 'PostgreSQL refused the password';
  if (code === '28000') return `PostgreSQL refused the login (${msg})`;
  if (code === '3D000') return `the database does not exist (${msg}); create it, or fix the database name`;
  if (/ECONNREFUSED/.test(code + msg)) return 'nothing is listening on that host and port (wrong port, or the server is down)';
  if (/ENOTFOUND|EAI_AGAIN|EDNS/.test(code + msg)) return 'the host name could not be resolved (check the host in the URL and DNS)';
  if (/ETIMEDOUT|CONNECT_TIMEOUT|timed out|Timeout/i.test(code + msg)) return 'the server did not answer in time (firewall, wrong port, or the server is overloaded)';
  if (/wrong version number|EPROTO|ssl|tls|certificate/i.test(code + msg)) return `the TLS handshake failed (${msg}): use imaps:// / smtps:// for ports 993 / 465 and imap:// / smtp:// for 143 / 587`;
  if (isMissingS3Credentials(error)) return 'no AWS credentials were found';
  if (e.name === 'NoSuchBucket' || e.Code === 'NoSuchBucket') return 'the bucket does not exist';
  if (e.name === 'InvalidAccessKeyId' || e.name === 'SignatureDoesNotMatch') return `the storage refused the credentials (${e.name})`;
  if (e.name === 'AccessDenied') return 'the storage denied access (AccessDenied)';
  return msg;
}

/**
 * The AWS SDK found no credentials anywhere in its chain (variables, profile, instance role). Its
 * error has no HTTP status because no request was sent; advising an IAM permission then is wrong.
 */
export function isMissingS3Credentials(error: unknown): boolean {
  const e = (error ?? {}) as ErrorFields;
  return e.name === 'CredentialsProviderError' || /Could not load credentials|credentials? (is|are) missing|Resolved credential object is not valid/i.test(String(e.message ?? ''));
}

/** The settings an operator should look at for a failure of `what`. */
export const SETTINGS_TO_CHECK = {
  database: 'DATABASE_URL',
  archive: 'ARCHIVE_URL (and S3_ENDPOINT, S3_REGION, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY for S3)',
  s3Credentials: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE, or the instance role)',
  imap: 'IMAP_URL',
  smtp: 'SMTP_URL',
} as const;

/** `cannot reach the database postgres://u:***@db/x: <plain words>. Check DATABASE_URL.` */
export function connectionError(what: keyof typeof SETTINGS_TO_CHECK, where: string, error: unknown): AppError {
  const variable = what === 'archive' && isMissingS3Credentials(error) ? SETTINGS_TO_CHECK.s3Credentials : SETTINGS_TO_CHECK[what];
  const label = what === 'database' ? 'the database' : what === 'imap' ? 'the IMAP server' : what === 'smtp' ? 'the SMTP server' : 'the archive';
  return new AppError('unavailable', `cannot use ${label} ${redactUrl(where)}: ${plainWords(error)}. Check ${variable}.`, { cause: error });
}

/** A URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
