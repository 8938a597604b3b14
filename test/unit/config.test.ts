import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadConfig } from '../../src/config';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration', () => {
  it('runs on embedded defaults with nothing set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      databaseUrl: 'sqlite:./var/deletion-desk.sqlite',
      archiveUrl: 'file:./var/archive',
      archiveLayout: 'segment-logs/{sourceId}/{dayMs}/',
      spaceLayout: 'unify/{spaceId}/',
      imapUrl: null,
      smtpUrl: null,
      supportAddress: 'deletions@localhost',
      supportName: 'Data Deletion Desk',
      port: 3000,
      graceDays: 5,
      purgeSlaDays: 30,
      customerConfirmation: 'required',
      logLevel: 'info',
    });
    expect(c.http).toEqual({ host: '0.0.0.0', metricsToken: null, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxInFlight: 64 });
    expect(loadConfig({ HTTP_HOST: '[::1]', METRICS_TOKEN: ' s3cret ' }).http).toMatchObject({ host: '::1', metricsToken: 's3cret' });
    expect(c.maildropDir).toBe(path.resolve('./var/maildrop'));
    expect(c.outboxDir).toBe(path.resolve('./var/outbox'));
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a database URL of another kind', { DATABASE_URL: 'mysql://x' }, /DATABASE_URL .*sqlite: or postgres:/],
    ['a grace period that is not a number', { GRACE_DAYS: 'five' }, /GRACE_DAYS="five" is not valid: expected a whole number/],
    ['a port out of range', { PORT: '70000' }, /PORT="70000"/],
    ['a listen address with a path in it', { HTTP_HOST: 'http://0.0.0.0/' }, /HTTP_HOST="http:\/\/0\.0\.0\.0\/" is not valid/],
    ['a header timeout longer than the request timeout', { HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' }, /HTTP_HEADERS_TIMEOUT_MS \(20000\) must not be longer than HTTP_REQUEST_TIMEOUT_MS/],
    ['an in-flight cap of zero', { HTTP_MAX_IN_FLIGHT: '0' }, /HTTP_MAX_IN_FLIGHT="0" is not valid/],
    ['an archive layout without a day', { ARCHIVE_LAYOUT: 'logs/{sourceId}/' }, /ARCHIVE_LAYOUT must contain \{day\} or \{dayMs\}/],
    ['an archive layout that does not end at a boundary', { ARCHIVE_LAYOUT: 'logs/{sourceId}/{day}' }, /must end with "\/"/],
    ['an archive layout that escapes', { ARCHIVE_LAYOUT: '../{sourceId}/{day}/' }, /without "\.\."/],
    ['an unknown layout token', { ARCHIVE_LAYOUT: 'x/{source}/{day}/' }, /unknown token \{source\}/],
    ['an IMAP URL without the scheme', { IMAP_URL: 'imap.example.com' }, /IMAP_URL .*imap: or imaps:/],
    ['an S3 archive written as https', { ARCHIVE_URL: 'https://bucket' }, /ARCHIVE_URL .*file: or s3:/],
    ['Slack without its signing secret', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_CHANNEL: 'C1' }, /SLACK_SIGNING_SECRET is required/],
    ['Slack staff that are not ids', { SLACK_STAFF: 'alice' }, /SLACK_STAFF contains "alice"/],
    ['a support address that is not one', { SUPPORT_ADDRESS: 'support' }, /SUPPORT_ADDRESS="support"/],
    ['a display name that would start a new header', { SUPPORT_NAME: 'Desk\r\nBcc: victim@example.com' }, /SUPPORT_NAME=.* is not valid: expected a short name without line breaks/],
    ['a display name that reads as an address', { SUPPORT_NAME: 'Desk <boss@example.com>' }, /SUPPORT_NAME=.* is not valid/],
    ['a log level nobody knows', { LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
  ])('names the variable and what is expected for %s', (_name, env, pattern) => {
    expect(problems(env)).toMatch(pattern);
  });

  it('keeps four partitions in progress per DeleteObjects slot on S3 unless EXECUTOR_CONCURRENCY is set', () => {
    const s3 = { ARCHIVE_URL: 's3://archive-bucket/data' };
    expect(loadConfig({}).executor.concurrency).toBe(8);
    expect(loadConfig(s3).executor.concurrency).toBe(16);
    expect(loadConfig({ ...s3, S3_DELETE_CONCURRENCY: '6' }).executor.concurrency).toBe(24);
    expect(loadConfig({ ...s3, S3_DELETE_CONCURRENCY: '1' }).executor.concurrency).toBe(8);
    expect(loadConfig({ ...s3, S3_DELETE_CONCURRENCY: '32' }).executor.concurrency).toBe(64);
    expect(loadConfig({ ...s3, EXECUTOR_CONCURRENCY: '5' }).executor.concurrency).toBe(5);
  });

  it('lists every problem at once', () => {
    const message = problems({ GRACE_DAYS: 'x', PURGE_SLA_DAYS: '0' });
    expect(message).toMatch(/GRACE_DAYS/);
    expect(message).toMatch(/PURGE_SLA_DAYS/);
  });

  describe('layouts that cannot collide', () => {
    it.each<[string, string, RegExp]>([
      ['a source id glued to the day: source a would match source a27', 'logs/{sourceId}{dayMs}/', /ARCHIVE_LAYOUT="logs\/\{sourceId\}\{dayMs\}\/" is refused: \{sourceId\} is followed by .*instead of "\/".*source a would match source a27.*The default is segment-logs\/\{sourceId\}\/\{dayMs\}\//],
      ['a source slug alone: the ios sources of two workspaces share one prefix', 'segment-logs/{sourceSlug}/{day}/', /ARCHIVE_LAYOUT=.* is refused: \{sourceSlug\} is unique only inside a workspace.*\{workspaceId\} or \{workspaceSlug\}.*The default is segment-logs\/\{sourceId\}\/\{dayMs\}\//],
      ['a token glued to text', 'logs/{workspaceSlug}-{sourceSlug}/{day}/', /\{workspaceSlug\} is followed by "-\{sourc/],
      ['a day glued to a suffix', 'logs/{sourceId}/{day}.gz/', /\{day\} is followed by "\.gz\/"/],
      ['a space token in the archive layout', 'logs/{sourceId}/{day}/{spaceId}/', /\{spaceId\} has no meaning in ARCHIVE_LAYOUT/],
    ])('ARCHIVE_LAYOUT is refused at start for %s', (_name, layout, pattern) => {
      expect(problems({ ARCHIVE_LAYOUT: layout })).toMatch(pattern);
    });

    it.each<[string, string, RegExp]>([
      ['a space id glued to text', 'unify/{spaceId}x/', /SPACE_LAYOUT=.* is refused: \{spaceId\} is followed by "x\/".*The default is unify\/\{spaceId\}\//],
      ['a day token in a space layout', 'unify/{spaceId}/{day}/', /\{day\} has no meaning in SPACE_LAYOUT/],
    ])('SPACE_LAYOUT is refused at start for %s', (_name, layout, pattern) => {
      expect(problems({ SPACE_LAYOUT: layout })).toMatch(pattern);
    });

    it.each([
      ['segment-logs/{sourceId}/{dayMs}/', 'unify/{spaceId}/'],
      ['raw/{workspaceSlug}/{sourceSlug}/day={day}/', 'spaces/{workspaceId}/{spaceId}/'],
      ['w/{workspaceId}/{sourceSlug}/{dayMs}/', 'u/{workspaceSlug}/{spaceId}/'],
      ['l/{sourceId}/{day}/{dayMs}/', 'unify/{spaceId}/'],
    ])('accepts %s with %s: each prefix is unique across workspaces', (archive, space) => {
      expect(loadConfig({ ARCHIVE_LAYOUT: archive, SPACE_LAYOUT: space })).toMatchObject({ archiveLayout: archive, spaceLayout: space });
    });
  });

  it('CUSTOMER_CONFIRMATION is required or off, and says what each means when wrong', () => {
    expect(loadConfig({ CUSTOMER_CONFIRMATION: 'OFF' }).customerConfirmation).toBe('off');
    expect(loadConfig({ CUSTOMER_CONFIRMATION: 'required' }).customerConfirmation).toBe('required');
    expect(problems({ CUSTOMER_CONFIRMATION: 'maybe' })).toMatch(/CUSTOMER_CONFIRMATION="maybe" is not valid: expected required .* or off/);
  });
});
