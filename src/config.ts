/**
 * Environment → one typed, validated Config (DESIGN.md section 3). The only module that reads
 * `process.env`. A wrong value stops the program with a message naming the variable and what is
 * expected; nothing else in the code re-checks configuration.
 */
import path from 'node:path';
import { AppError } from './errors';

export interface Config {
  databaseUrl: string;
  archiveUrl: string;
  archiveLayout: string;
  spaceLayout: string;
  /** S3 settings, used when ARCHIVE_URL is s3://… (credentials: the AWS default chain when null). */
  s3: {
    endpoint: string | null;
    region: string;
    forcePathStyle: boolean;
    accessKeyId: string | null;
    secretAccessKey: string | null;
    sessionToken: string | null;
    /** `auto` asks the bucket (GetBucketVersioning); `on`/`off` for stores that cannot answer. */
    versioning: 'auto' | 'on' | 'off';
    /** DeleteObjects requests in flight at once. */
    deleteConcurrency: number;
  };
  /** Execution: how many partitions one replica deletes at once, and the lease of a claimed one. */
  executor: { concurrency: number; leaseMs: number };
  imapUrl: string | null;
  imapProcessedFolder: string;
  imapFailedFolder: string;
  maildropDir: string;
  smtpUrl: string | null;
  outboxDir: string;
  supportAddress: string;
  /** The platform's name as customers know it, used in emails (PRODUCT_NAME). */
  productName: string;
  /** Base URL of the platform's documentation, linked from emails (DOCS_URL); null: a placeholder. */
  docsUrl: string | null;
  /** authserv-ids whose Authentication-Results headers we trust (RFC 8601), e.g. `mx.example.com`. */
  trustedAuthServIds: string[];
  slack: {
    botToken: string | null;
    signingSecret: string | null;
    appToken: string | null;
    channel: string | null;
    staff: string[];
    apiUrl: string | null;
  };
  port: number;
  /** The HTTP server: where it listens, who may read /metrics, and how long a client may take. */
  http: {
    /** HTTP_HOST: the listen address (all interfaces by default). */
    host: string;
    /** METRICS_TOKEN: when set, /metrics requires `Authorization: Bearer <token>`. */
    metricsToken: string | null;
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    /** Slack requests read or handled at once; more are answered 503. */
    maxInFlight: number;
  };
  graceDays: number;
  purgeSlaDays: number;
  repliesPerSenderPerHour: number;
  /** Tests only (DELETION_DESK_CLOCK_FILE): a file holding milliseconds added to the real clock. */
  clockFile: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LAYOUT_TOKENS = ['{workspaceId}', '{workspaceSlug}', '{sourceId}', '{sourceSlug}', '{day}', '{dayMs}', '{spaceId}'];

/** Read and validate the configuration. Throws AppError('config_invalid') listing every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const str = (name: string, fallback: string): string => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? fallback : v.trim();
  };
  const optional = (name: string): string | null => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = optional(name);
    if (raw === null) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}=${JSON.stringify(raw)} is not valid: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return Number(raw);
  };
  const url = (name: string, value: string | null, schemes: string[], example: string): void => {
    if (value === null) return;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    if (!scheme || !schemes.includes(scheme)) {
      problems.push(`${name} is not valid: expected a URL starting with ${schemes.map((s) => `${s}:`).join(' or ')}, for example ${example}`);
      return;
    }
    if (scheme !== 'file' && scheme !== 'sqlite') {
      try {
        new URL(value);
      } catch {
        problems.push(`${name} is not a valid URL: expected for example ${example}`);
      }
    }
  };

  const databaseUrl = str('DATABASE_URL', 'sqlite:./var/deletion-desk.sqlite');
  url('DATABASE_URL', databaseUrl, ['sqlite', 'postgres', 'postgresql'], 'sqlite:./var/deletion-desk.sqlite or postgres://user@host:5432/db');
  const archiveUrl = str('ARCHIVE_URL', 'file:./var/archive');
  url('ARCHIVE_URL', archiveUrl, ['file', 's3'], 'file:./var/archive or s3://bucket/prefix');
  const archiveLayout = str('ARCHIVE_LAYOUT', 'segment-logs/{sourceId}/{dayMs}/');
  checkLayout('ARCHIVE_LAYOUT', archiveLayout, problems, true);
  const spaceLayout = str('SPACE_LAYOUT', 'unify/{spaceId}/');
  checkLayout('SPACE_LAYOUT', spaceLayout, problems, false);
  const s3Endpoint = optional('S3_ENDPOINT');
  url('S3_ENDPOINT', s3Endpoint, ['http', 'https'], 'http://127.0.0.1:9000 or https://s3.eu-west-1.amazonaws.com');
  const forcePathStyle = (optional('S3_FORCE_PATH_STYLE') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0', 'yes', 'no'].includes(forcePathStyle)) problems.push(`S3_FORCE_PATH_STYLE=${JSON.stringify(forcePathStyle)} is not valid: expected true or false`);
  const s3Versioning = (optional('S3_VERSIONING') ?? 'auto').toLowerCase();
  if (!['auto', 'on', 'off'].includes(s3Versioning)) problems.push(`S3_VERSIONING=${JSON.stringify(s3Versioning)} is not valid: expected auto, on or off`);
  const accessKeyId = optional('AWS_ACCESS_KEY_ID');
  const secretAccessKey = optional('AWS_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) problems.push('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together (or neither, to use the AWS default credential chain)');
  if (archiveUrl.startsWith('s3:') && !/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/|$)/.test(archiveUrl)) problems.push(`ARCHIVE_URL=${JSON.stringify(archiveUrl)} is not valid: expected s3://bucket or s3://bucket/prefix with a valid bucket name`);
  const imapUrl = optional('IMAP_URL');
  url('IMAP_URL', imapUrl, ['imap', 'imaps'], 'imaps://user:password@imap.example.com:993/INBOX');
  const smtpUrl = optional('SMTP_URL');
  url('SMTP_URL', smtpUrl, ['smtp', 'smtps'], 'smtps://user:password@smtp.example.com:465');
  const supportAddress = str('SUPPORT_ADDRESS', 'deletions@localhost').toLowerCase();
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(supportAddress)) {
    problems.push(`SUPPORT_ADDRESS=${JSON.stringify(supportAddress)} is not valid: expected a plain email address such as deletions@example.com`);
  }

  const slack = {
    botToken: optional('SLACK_BOT_TOKEN'),
    signingSecret: optional('SLACK_SIGNING_SECRET'),
    appToken: optional('SLACK_APP_TOKEN'),
    channel: optional('SLACK_CHANNEL'),
    staff: (optional('SLACK_STAFF') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    apiUrl: optional('SLACK_API_URL'),
  };
  if (slack.botToken && !slack.appToken && !slack.signingSecret) {
    problems.push('SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN over HTTP (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if ((slack.signingSecret || slack.appToken) && !slack.botToken) {
    problems.push('SLACK_BOT_TOKEN is required when Slack is configured (SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set)');
  }
  if (slack.botToken && !slack.channel) problems.push('SLACK_CHANNEL is required with SLACK_BOT_TOKEN: the channel id (C…) where tickets are posted');
  if (slack.appToken && !slack.appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN is not valid: expected an app-level token starting with xapp-');
  url('SLACK_API_URL', slack.apiUrl, ['http', 'https'], 'https://slack.com/api/');
  for (const id of slack.staff) {
    if (!/^[UWS][A-Z0-9]{2,}$/.test(id)) problems.push(`SLACK_STAFF contains ${JSON.stringify(id)}: expected Slack user ids (U…/W…) or one user group id (S…), comma-separated`);
  }
  if (slack.staff.filter((id) => id.startsWith('S')).length > 1) problems.push('SLACK_STAFF may name at most one user group (S…)');

  url('DOCS_URL', optional('DOCS_URL'), ['http', 'https'], 'https://docs.example.com');
  const httpHost = str('HTTP_HOST', '0.0.0.0');
  if (!/^[A-Za-z0-9.:_-]+$/.test(httpHost) && !/^\[[0-9a-fA-F:.]+\]$/.test(httpHost)) problems.push(`HTTP_HOST=${JSON.stringify(httpHost)} is not valid: expected an address or host name such as 127.0.0.1, 0.0.0.0 or ::`);
  const headersTimeoutMs = int('HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const requestTimeoutMs = int('HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000);
  // Node refuses a header timeout longer than the whole request's.
  if (headersTimeoutMs > requestTimeoutMs) problems.push(`HTTP_HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not be longer than HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  const logLevel = str('LOG_LEVEL', 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) problems.push(`LOG_LEVEL=${JSON.stringify(logLevel)} is not valid: expected one of ${LOG_LEVELS.join(', ')}`);

  const config: Config = {
    databaseUrl,
    archiveUrl,
    archiveLayout,
    spaceLayout,
    s3: {
      endpoint: s3Endpoint,
      region: str('S3_REGION', optional('AWS_REGION') ?? 'us-east-1'),
      forcePathStyle: ['true', '1', 'yes'].includes(forcePathStyle),
      accessKeyId,
      secretAccessKey,
      sessionToken: optional('AWS_SESSION_TOKEN'),
      versioning: s3Versioning as Config['s3']['versioning'],
      deleteConcurrency: int('S3_DELETE_CONCURRENCY', 4, 1, 64),
    },
    executor: { concurrency: int('EXECUTOR_CONCURRENCY', 2, 1, 64), leaseMs: int('EXECUTOR_LEASE_MS', 60_000, 1_000, 3_600_000) },
    imapUrl,
    imapProcessedFolder: str('IMAP_PROCESSED_FOLDER', 'Processed'),
    imapFailedFolder: str('IMAP_FAILED_FOLDER', 'Failed'),
    maildropDir: path.resolve(str('MAILDROP_DIR', './var/maildrop')),
    smtpUrl,
    outboxDir: path.resolve(str('OUTBOX_DIR', './var/outbox')),
    supportAddress,
    productName: str('PRODUCT_NAME', 'the platform'),
    docsUrl: optional('DOCS_URL'),
    trustedAuthServIds: (optional('TRUSTED_AUTHSERV_IDS') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
    slack,
    port: int('PORT', 3000, 0, 65535),
    http: {
      host: httpHost.replace(/^\[(.*)\]$/, '$1'),
      metricsToken: optional('METRICS_TOKEN'),
      headersTimeoutMs,
      requestTimeoutMs,
      maxInFlight: int('HTTP_MAX_IN_FLIGHT', 64, 1, 10_000),
    },
    graceDays: int('GRACE_DAYS', 5, 0, 365),
    purgeSlaDays: int('PURGE_SLA_DAYS', 30, 1, 3650),
    repliesPerSenderPerHour: int('REPLIES_PER_SENDER_PER_HOUR', 5, 1, 1000),
    clockFile: optional('DELETION_DESK_CLOCK_FILE'),
    logLevel: logLevel as Config['logLevel'],
  };
  if (problems.length > 0) {
    throw new AppError('config_invalid', `Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return config;
}

function checkLayout(name: string, layout: string, problems: string[], perDay: boolean): void {
  const tokens: string[] = layout.match(/\{[^}]*\}/g) ?? [];
  for (const t of tokens) {
    if (!LAYOUT_TOKENS.includes(t)) problems.push(`${name} contains the unknown token ${t}: expected ${LAYOUT_TOKENS.join(' ')}`);
  }
  if (!layout.endsWith('/')) problems.push(`${name}=${JSON.stringify(layout)} must end with "/" so that a prefix ends at a partition boundary (day 1 must never match day 10)`);
  if (layout.startsWith('/') || layout.split('/').includes('..')) problems.push(`${name}=${JSON.stringify(layout)} must be a relative key prefix without ".."`);
  if (perDay && !tokens.some((t) => t === '{day}' || t === '{dayMs}')) problems.push(`${name} must contain {day} or {dayMs}: one prefix per source and UTC day`);
  if (perDay && !tokens.some((t) => t === '{sourceId}' || t === '{sourceSlug}')) problems.push(`${name} must contain {sourceId} or {sourceSlug}`);
  if (!perDay && !tokens.includes('{spaceId}')) problems.push(`${name} must contain {spaceId}`);
}
