/**
 * Environment → one typed, validated Config (docs/design.md, "Environment"). The only module that reads
 * `process.env`. A wrong value stops the program with a message naming the variable and what is
 * expected; nothing else in the code re-checks configuration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './errors';
import { LEGACY_ARCHIVE_CUTOFF } from './domain/legacyArchive';

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
    /** DeleteObjects requests in flight at once in the process, every partition together. */
    deleteConcurrency: number;
    /** A request with no byte from the store for this long fails (and is retried): a hung one never holds a slot. */
    requestTimeoutMs?: number;
  };
  /**
   * Execution: how many partitions one replica has in progress at once (listing, writing the
   * inventory, deleting, settling), and the lease of a claimed one.
   */
  executor: { concurrency: number; leaseMs: number };
  imapUrl: string | null;
  imapProcessedFolder: string;
  imapFailedFolder: string;
  maildropDir: string;
  smtpUrl: string | null;
  outboxDir: string;
  supportAddress: string;
  /** Display name of the From of every reply (SUPPORT_NAME): `"Data Deletion Desk" <deletions@…>`. */
  supportName: string;
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
  /**
   * Staff ids accepted by the CLI's `--by` (STAFF), as configured (compared ignoring case); the Slack user ids of SLACK_STAFF are
   * staff too. Empty: no staff action is possible from the shell.
   */
  staff: string[];
  /**
   * OAuth2 for IMAP_URL / SMTP_URL with `?auth=oauth2`: the refresh token grant against the provider's
   * token endpoint (OAUTH2_PROVIDER google or microsoft, or OAUTH2_TOKEN_URL). Null when unset.
   */
  oauth2: { tokenUrl: string; clientId: string; clientSecret: string | null; refreshToken: string; scope: string | null } | null;
  /** HTTPS_PROXY / NO_PROXY, for Slack and S3 (the HTTP clients). */
  proxy: { url: string | null; noProxy: string[] };
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
  /**
   * LEGACY_ARCHIVE_CUTOFF (YYYY-MM-DD): workspaces deleted before it kept their archive (archive
   * purges remove it); later ones went through the complete data purge already.
   */
  legacyArchiveCutoff: string;
  repliesPerSenderPerHour: number;
  /** CUSTOMER_CONFIRMATION: `required` (default): a contact confirms the exact scope in writing before it is scheduled; `off`. */
  customerConfirmation: 'required' | 'off';
  /** Tests only (DELETION_DESK_CLOCK_FILE): a file holding milliseconds added to the real clock. */
  clockFile: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

type Env = Record<string, string | undefined>;

/** Local mode's archive folder; `start` creates it (any other folder must exist already). */
export const DEFAULT_ARCHIVE_URL = 'file:./var/archive';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LAYOUT_TOKENS = ['{workspaceId}', '{workspaceSlug}', '{sourceId}', '{sourceSlug}', '{day}', '{dayMs}', '{spaceId}'];
const ARCHIVE_TOKENS = ['{workspaceId}', '{workspaceSlug}', '{sourceId}', '{sourceSlug}', '{day}', '{dayMs}'];
const SPACE_TOKENS = ['{workspaceId}', '{workspaceSlug}', '{spaceId}'];
const DEFAULT_ARCHIVE_LAYOUT = 'segment-logs/{sourceId}/{dayMs}/';
const DEFAULT_SPACE_LAYOUT = 'unify/{spaceId}/';

/**
 * Secrets that may also come from a file, `NAME_FILE=/run/secrets/name` (Docker and Kubernetes secrets,
 * systemd's LoadCredential): a secret in a file stays out of `ps e`, the unit file and the compose file.
 */
export const SECRET_VARIABLES = [
  'DATABASE_URL',
  'IMAP_URL',
  'SMTP_URL',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'OAUTH2_CLIENT_SECRET',
  'OAUTH2_REFRESH_TOKEN',
  'HTTPS_PROXY',
  'METRICS_TOKEN',
] as const;

/** `NAME_FILE` → `NAME`, read once here. A file's one trailing newline is not part of the secret. */
function withFileSecrets(env: Env, problems: string[]): Env {
  const resolved: Env = { ...env };
  for (const name of SECRET_VARIABLES) {
    const file = env[`${name}_FILE`]?.trim();
    if (!file) continue;
    if (env[name] !== undefined && env[name]!.trim() !== '') {
      problems.push(`${name} and ${name}_FILE are both set: set one of them`);
      continue;
    }
    try {
      resolved[name] = fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      problems.push(`${name}_FILE=${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): the file must exist and be readable by this user`);
    }
  }
  return resolved;
}

/** Read and validate the configuration. Throws AppError('config_invalid') listing every problem. */
export function loadConfig(rawEnv: Env = process.env): Config {
  const problems: string[] = [];
  const read = envReader(withFileSecrets(rawEnv, problems), problems);
  // One reader per concern; every problem is collected, so one run names them all.
  const databaseUrl = readDatabaseUrl(read);
  const archive = readArchive(read);
  const config: Config = {
    databaseUrl,
    ...archive,
    ...readMail(read),
    slack: readSlack(read),
    staff: readStaff(read),
    ...readPolicy(read),
    proxy: readProxy(read),
    ...readHttp(read),
    executor: readExecutor(read, archive),
    ...readLogging(read),
  };
  if (problems.length > 0) {
    throw new AppError('config_invalid', `Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return config;
}

/** Typed reads of the environment; a bad value is recorded in `problems` and the default used. */
interface EnvReader {
  problems: string[];
  /** The trimmed value, or `fallback` when unset or blank. */
  str(name: string, fallback: string): string;
  /** The trimmed value, or null when unset or blank. */
  optional(name: string): string | null;
  int(name: string, fallback: number, min: number, max: number): number;
  /** A comma-separated list, trimmed, without empty items. */
  list(value: string | null): string[];
  /** Records a problem unless `value` (if set) is a URL with one of `schemes`. */
  url(name: string, value: string | null, schemes: string[], example: string): void;
}

function envReader(env: Env, problems: string[]): EnvReader {
  const optional = (name: string): string | null => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  return {
    problems,
    optional,
    str: (name, fallback) => optional(name) ?? fallback,
    int: (name, fallback, min, max) => {
      const raw = optional(name);
      if (raw === null) return fallback;
      if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        problems.push(`${name}=${JSON.stringify(raw)} is not valid: expected a whole number from ${min} to ${max}`);
        return fallback;
      }
      return Number(raw);
    },
    list: (value) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    url: (name, value, schemes, example) => {
      if (value === null) return;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      if (!scheme || !schemes.includes(scheme)) {
        problems.push(`${name} is not valid: expected a URL starting with ${schemes.map((s) => `${s}:`).join(' or ')}, for example ${example}`);
        return;
      }
      if (scheme === 'file' || scheme === 'sqlite') return;
      try {
        new URL(value);
      } catch {
        problems.push(`${name} is not a valid URL: expected for example ${example}`);
      }
    },
  };
}

function readDatabaseUrl(read: EnvReader): string {
  const databaseUrl = read.str('DATABASE_URL', 'sqlite:./var/deletion-desk.sqlite');
  read.url('DATABASE_URL', databaseUrl, ['sqlite', 'postgres', 'postgresql'], 'sqlite:./var/deletion-desk.sqlite or postgres://user@host:5432/db');
  return databaseUrl;
}

/** Where deleted data lives: ARCHIVE_URL, the layouts of its keys, and the S3 client's settings. */
function readArchive(read: EnvReader): Pick<Config, 'archiveUrl' | 'archiveLayout' | 'spaceLayout' | 's3'> {
  const { problems } = read;
  const archiveUrl = read.str('ARCHIVE_URL', DEFAULT_ARCHIVE_URL);
  read.url('ARCHIVE_URL', archiveUrl, ['file', 's3'], 'file:./var/archive or s3://bucket/prefix');
  const archiveLayout = read.str('ARCHIVE_LAYOUT', DEFAULT_ARCHIVE_LAYOUT);
  checkLayout('ARCHIVE_LAYOUT', archiveLayout, problems, true);
  const spaceLayout = read.str('SPACE_LAYOUT', DEFAULT_SPACE_LAYOUT);
  checkLayout('SPACE_LAYOUT', spaceLayout, problems, false);
  const endpoint = read.optional('S3_ENDPOINT');
  read.url('S3_ENDPOINT', endpoint, ['http', 'https'], 'http://127.0.0.1:9000 or https://s3.eu-west-1.amazonaws.com');
  const forcePathStyle = (read.optional('S3_FORCE_PATH_STYLE') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0', 'yes', 'no'].includes(forcePathStyle)) problems.push(`S3_FORCE_PATH_STYLE=${JSON.stringify(forcePathStyle)} is not valid: expected true or false`);
  const versioning = (read.optional('S3_VERSIONING') ?? 'auto').toLowerCase();
  if (!['auto', 'on', 'off'].includes(versioning)) problems.push(`S3_VERSIONING=${JSON.stringify(versioning)} is not valid: expected auto, on or off`);
  const accessKeyId = read.optional('AWS_ACCESS_KEY_ID');
  const secretAccessKey = read.optional('AWS_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) problems.push('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together (or neither, to use the AWS default credential chain)');
  if (archiveUrl.startsWith('s3:') && !/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/|$)/.test(archiveUrl)) problems.push(`ARCHIVE_URL=${JSON.stringify(archiveUrl)} is not valid: expected s3://bucket or s3://bucket/prefix with a valid bucket name`);
  const s3: Config['s3'] = {
    endpoint,
    region: read.str('S3_REGION', read.optional('AWS_REGION') ?? 'us-east-1'),
    forcePathStyle: ['true', '1', 'yes'].includes(forcePathStyle),
    accessKeyId,
    secretAccessKey,
    sessionToken: read.optional('AWS_SESSION_TOKEN'),
    versioning: versioning as Config['s3']['versioning'],
    deleteConcurrency: read.int('S3_DELETE_CONCURRENCY', 4, 1, 64),
    requestTimeoutMs: read.int('S3_REQUEST_TIMEOUT_MS', 60_000, 1_000, 600_000),
  };
  return { archiveUrl, archiveLayout, spaceLayout, s3 };
}

/** Email in (IMAP or the maildrop folder) and out (SMTP or the outbox folder), and what emails say. */
function readMail(read: EnvReader): Pick<Config, 'imapUrl' | 'imapProcessedFolder' | 'imapFailedFolder' | 'maildropDir' | 'smtpUrl' | 'outboxDir' | 'oauth2' | 'supportAddress' | 'supportName' | 'productName' | 'docsUrl' | 'trustedAuthServIds'> {
  const imapUrl = read.optional('IMAP_URL');
  read.url('IMAP_URL', imapUrl, ['imap', 'imaps'], 'imaps://user:password@imap.example.com:993/INBOX');
  const smtpUrl = read.optional('SMTP_URL');
  read.url('SMTP_URL', smtpUrl, ['smtp', 'smtps'], 'smtps://user:password@smtp.example.com:465');
  const oauth2 = readOAuth2(read, [imapUrl, smtpUrl]);
  const supportAddress = read.str('SUPPORT_ADDRESS', 'deletions@localhost').toLowerCase();
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(supportAddress)) {
    read.problems.push(`SUPPORT_ADDRESS=${JSON.stringify(supportAddress)} is not valid: expected a plain email address such as deletions@example.com`);
  }
  const supportName = read.str('SUPPORT_NAME', 'Data Deletion Desk').trim();
  // A display name is one header phrase: a line break would start a new header, <> would read as an address.
  if (!supportName || supportName.length > 78 || /[\r\n<>@\p{Cc}]/u.test(supportName)) {
    read.problems.push(`SUPPORT_NAME=${JSON.stringify(supportName)} is not valid: expected a short name without line breaks, < > or @, such as "Acme Data Deletion Desk"`);
  }
  const docsUrl = read.optional('DOCS_URL');
  read.url('DOCS_URL', docsUrl, ['http', 'https'], 'https://docs.example.com');
  return {
    imapUrl,
    imapProcessedFolder: read.str('IMAP_PROCESSED_FOLDER', 'Processed'),
    imapFailedFolder: read.str('IMAP_FAILED_FOLDER', 'Failed'),
    maildropDir: path.resolve(read.str('MAILDROP_DIR', './var/maildrop')),
    smtpUrl,
    outboxDir: path.resolve(read.str('OUTBOX_DIR', './var/outbox')),
    oauth2,
    supportAddress,
    supportName,
    productName: read.str('PRODUCT_NAME', 'the platform'),
    docsUrl,
    trustedAuthServIds: read.list(read.optional('TRUSTED_AUTHSERV_IDS')).map((s) => s.toLowerCase()),
  };
}

function readSlack(read: EnvReader): Config['slack'] {
  const { problems } = read;
  const slack = {
    botToken: read.optional('SLACK_BOT_TOKEN'),
    signingSecret: read.optional('SLACK_SIGNING_SECRET'),
    appToken: read.optional('SLACK_APP_TOKEN'),
    channel: read.optional('SLACK_CHANNEL'),
    staff: read.list(read.optional('SLACK_STAFF')),
    apiUrl: read.optional('SLACK_API_URL'),
  };
  if (slack.botToken && !slack.appToken && !slack.signingSecret) {
    problems.push('SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN over HTTP (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if ((slack.signingSecret || slack.appToken) && !slack.botToken) {
    problems.push('SLACK_BOT_TOKEN is required when Slack is configured (SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set)');
  }
  if (slack.botToken && !slack.channel) problems.push('SLACK_CHANNEL is required with SLACK_BOT_TOKEN: the channel id (C…) where tickets are posted');
  if (slack.appToken && !slack.appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN is not valid: expected an app-level token starting with xapp-');
  read.url('SLACK_API_URL', slack.apiUrl, ['http', 'https'], 'https://slack.com/api/');
  for (const id of slack.staff) {
    if (!/^[UWS][A-Z0-9]{2,}$/.test(id)) problems.push(`SLACK_STAFF contains ${JSON.stringify(id)}: expected Slack user ids (U…/W…) or one user group id (S…), comma-separated`);
  }
  if (slack.staff.filter((id) => id.startsWith('S')).length > 1) problems.push('SLACK_STAFF may name at most one user group (S…)');
  return slack;
}

function readStaff(read: EnvReader): string[] {
  // Kept as configured (the audit shows that spelling); every comparison ignores case.
  const staff = read.list(read.optional('STAFF'));
  for (const id of staff) {
    if (!/^[\w.@+-]{2,128}$/.test(id)) read.problems.push(`STAFF contains ${JSON.stringify(id)}: expected comma-separated staff ids (a name, an email address or a Slack user id), without spaces`);
  }
  return staff;
}

/** The desk's rules: customer confirmation, grace and SLA days, the legacy archive cutoff, reply limits. */
function readPolicy(read: EnvReader): Pick<Config, 'customerConfirmation' | 'legacyArchiveCutoff' | 'graceDays' | 'purgeSlaDays' | 'repliesPerSenderPerHour'> {
  const customerConfirmation = read.str('CUSTOMER_CONFIRMATION', 'required').toLowerCase();
  if (customerConfirmation !== 'required' && customerConfirmation !== 'off') read.problems.push(`CUSTOMER_CONFIRMATION=${JSON.stringify(customerConfirmation)} is not valid: expected required (a contact of the workspace confirms the exact scope before anything is scheduled) or off`);
  const legacyArchiveCutoff = read.str('LEGACY_ARCHIVE_CUTOFF', LEGACY_ARCHIVE_CUTOFF);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(legacyArchiveCutoff) || Number.isNaN(Date.parse(`${legacyArchiveCutoff}T00:00:00Z`)) || new Date(`${legacyArchiveCutoff}T00:00:00Z`).toISOString().slice(0, 10) !== legacyArchiveCutoff) {
    read.problems.push(`LEGACY_ARCHIVE_CUTOFF=${JSON.stringify(legacyArchiveCutoff)} is not valid: expected a date as YYYY-MM-DD, e.g. 2022-03-31`);
  }
  return {
    customerConfirmation: customerConfirmation === 'off' ? 'off' : 'required',
    legacyArchiveCutoff,
    graceDays: read.int('GRACE_DAYS', 5, 0, 365),
    purgeSlaDays: read.int('PURGE_SLA_DAYS', 30, 1, 3650),
    repliesPerSenderPerHour: read.int('REPLIES_PER_SENDER_PER_HOUR', 5, 1, 1000),
  };
}

function readProxy(read: EnvReader): Config['proxy'] {
  // The lower-case spellings are what curl and most tools read; either works, upper case wins.
  const url = read.optional('HTTPS_PROXY') ?? read.optional('https_proxy');
  read.url('HTTPS_PROXY', url, ['http', 'https'], 'http://proxy.internal:3128');
  return { url, noProxy: read.list(read.optional('NO_PROXY') ?? read.optional('no_proxy')) };
}

function readHttp(read: EnvReader): Pick<Config, 'port' | 'http'> {
  const host = read.str('HTTP_HOST', '0.0.0.0');
  if (!/^[A-Za-z0-9.:_-]+$/.test(host) && !/^\[[0-9a-fA-F:.]+\]$/.test(host)) read.problems.push(`HTTP_HOST=${JSON.stringify(host)} is not valid: expected an address or host name such as 127.0.0.1, 0.0.0.0 or ::`);
  const headersTimeoutMs = read.int('HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const requestTimeoutMs = read.int('HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000);
  // Node refuses a header timeout longer than the whole request's.
  if (headersTimeoutMs > requestTimeoutMs) read.problems.push(`HTTP_HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not be longer than HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  return {
    port: read.int('PORT', 3000, 0, 65535),
    http: {
      host: host.replace(/^\[(.*)\]$/, '$1'),
      metricsToken: read.optional('METRICS_TOKEN'),
      headersTimeoutMs,
      requestTimeoutMs,
      maxInFlight: read.int('HTTP_MAX_IN_FLIGHT', 64, 1, 10_000),
    },
  };
}

function readExecutor(read: EnvReader, archive: Pick<Config, 'archiveUrl' | 's3'>): Config['executor'] {
  // On S3, four partitions in progress per DeleteObjects slot (16 with the default 4 slots): while some
  // partitions list and write their inventory, others keep the slots busy. Against an endpoint 25 ms
  // away, twice the slots left them idle about a fifth of the delete phase, waiting for listings; four
  // times kept them busy. Elsewhere (a folder) 8.
  const fallback = archive.archiveUrl.startsWith('s3:') ? Math.min(64, Math.max(8, 4 * archive.s3.deleteConcurrency)) : 8;
  return { concurrency: read.int('EXECUTOR_CONCURRENCY', fallback, 1, 64), leaseMs: read.int('EXECUTOR_LEASE_MS', 60_000, 1_000, 3_600_000) };
}

function readLogging(read: EnvReader): Pick<Config, 'logLevel' | 'clockFile'> {
  const logLevel = read.str('LOG_LEVEL', 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) read.problems.push(`LOG_LEVEL=${JSON.stringify(logLevel)} is not valid: expected one of ${LOG_LEVELS.join(', ')}`);
  return { logLevel: logLevel as Config['logLevel'], clockFile: read.optional('DELETION_DESK_CLOCK_FILE') };
}

const TOKEN_URLS: Record<string, (tenant: string) => string> = {
  google: () => 'https://oauth2.googleapis.com/token',
  microsoft: (tenant) => `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/oauth2/v2.0/token`,
};
const DEFAULT_SCOPES: Record<string, string> = {
  microsoft: 'https://outlook.office365.com/IMAP.AccessAsUser.All https://outlook.office365.com/SMTP.Send offline_access',
};

function readOAuth2(read: EnvReader, mailUrls: (string | null)[]): Config['oauth2'] {
  const { optional, problems } = read;
  const wanted = mailUrls.some((u) => u !== null && /[?&]auth=oauth2(&|$)/i.test(u));
  const provider = optional('OAUTH2_PROVIDER')?.toLowerCase() ?? null;
  if (provider && !TOKEN_URLS[provider]) problems.push(`OAUTH2_PROVIDER=${JSON.stringify(provider)} is not valid: expected google or microsoft (or set OAUTH2_TOKEN_URL)`);
  const tokenUrl = optional('OAUTH2_TOKEN_URL') ?? (provider && TOKEN_URLS[provider] ? TOKEN_URLS[provider](optional('OAUTH2_TENANT') ?? 'common') : null);
  const clientId = optional('OAUTH2_CLIENT_ID');
  const refreshToken = optional('OAUTH2_REFRESH_TOKEN');
  if (!wanted && !clientId && !refreshToken) return null;
  const missing = [!tokenUrl && 'OAUTH2_PROVIDER (google or microsoft) or OAUTH2_TOKEN_URL', !clientId && 'OAUTH2_CLIENT_ID', !refreshToken && 'OAUTH2_REFRESH_TOKEN (or OAUTH2_REFRESH_TOKEN_FILE)'].filter(Boolean);
  if (missing.length) {
    problems.push(`OAuth2 for IMAP/SMTP (?auth=oauth2) needs ${missing.join(', ')}`);
    return null;
  }
  return { tokenUrl: tokenUrl!, clientId: clientId!, clientSecret: optional('OAUTH2_CLIENT_SECRET'), refreshToken: refreshToken!, scope: optional('OAUTH2_SCOPE') ?? (provider ? DEFAULT_SCOPES[provider] ?? null : null) };
}

/**
 * A layout is the key prefix of one partition; the executor deletes everything under it. Two rules keep
 * one partition's prefix from ever covering another's:
 * - every token is followed by "/" (or ends the layout): otherwise `logs/{sourceId}{dayMs}/` gives
 *   source `a` the prefix `logs/a1709251200000/`, and source `a1` … shares its characters, so a purge of
 *   `a` matches the partitions of `a27`;
 * - the prefix names something unique across workspaces: `{sourceId}`, or a workspace token together
 *   with `{sourceSlug}` (slugs are unique only inside a workspace: two workspaces both have `ios`), plus
 *   a day token; `{spaceId}` for spaces.
 */
function checkLayout(name: string, layout: string, problems: string[], perDay: boolean): void {
  const fallback = perDay ? DEFAULT_ARCHIVE_LAYOUT : DEFAULT_SPACE_LAYOUT;
  const refuse = (why: string) => problems.push(`${name}=${JSON.stringify(layout)} is refused: ${why}. The default is ${fallback}`);
  const tokens: string[] = layout.match(/\{[^}]*\}/g) ?? [];
  for (const t of tokens) {
    if (!LAYOUT_TOKENS.includes(t)) problems.push(`${name} contains the unknown token ${t}: expected ${LAYOUT_TOKENS.join(' ')}`);
  }
  const allowed = perDay ? ARCHIVE_TOKENS : SPACE_TOKENS;
  for (const t of tokens) {
    if (LAYOUT_TOKENS.includes(t) && !allowed.includes(t)) refuse(`${t} has no meaning in ${name} (it may use ${allowed.join(' ')})`);
  }
  for (const m of layout.matchAll(/\{[^}]*\}/g)) {
    const next = layout.charAt(m.index + m[0].length);
    if (next !== '' && next !== '/') {
      refuse(`${m[0]} is followed by ${JSON.stringify(layout.slice(m.index + m[0].length, m.index + m[0].length + 8))} instead of "/": the value of one partition would then be a prefix of another's (source a would match source a27)`);
    }
  }
  if (!layout.endsWith('/')) problems.push(`${name}=${JSON.stringify(layout)} must end with "/" so that a prefix ends at a partition boundary (day 1 must never match day 10)`);
  if (layout.startsWith('/') || layout.split('/').includes('..')) problems.push(`${name}=${JSON.stringify(layout)} must be a relative key prefix without ".."`);
  if (perDay && !tokens.some((t) => t === '{day}' || t === '{dayMs}')) problems.push(`${name} must contain {day} or {dayMs}: one prefix per source and UTC day`);
  if (perDay && !tokens.some((t) => t === '{sourceId}' || t === '{sourceSlug}')) problems.push(`${name} must contain {sourceId} or {sourceSlug}`);
  else if (perDay && !tokens.includes('{sourceId}') && !tokens.some((t) => t === '{workspaceId}' || t === '{workspaceSlug}')) {
    refuse('{sourceSlug} is unique only inside a workspace (two workspaces can both have an "ios" source), so the prefix must also contain {workspaceId} or {workspaceSlug}, or use {sourceId}');
  }
  if (!perDay && !tokens.includes('{spaceId}')) problems.push(`${name} must contain {spaceId}`);
}
