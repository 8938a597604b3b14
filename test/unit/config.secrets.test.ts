/** NAME_FILE for every secret: read once at start, one trailing newline dropped, both set is an error. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, SECRET_VARIABLES } from '../../src/config';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-secrets-'));
const secret = (name: string, value: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, value);
  return file;
};

describe('NAME_FILE secrets', () => {
  it('every secret named in the issue has a _FILE variant', () => {
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DATABASE_URL', 'IMAP_URL', 'SMTP_URL', 'AWS_SECRET_ACCESS_KEY']) expect(SECRET_VARIABLES).toContain(name);
  });

  it('reads each from its file, without the trailing newline', () => {
    const config = loadConfig({
      DATABASE_URL_FILE: secret('db', 'postgres://desk:s3cret@db:5432/desk\n'),
      SLACK_BOT_TOKEN_FILE: secret('bot', 'xoxb-1-2\n'),
      SLACK_SIGNING_SECRET_FILE: secret('sign', 'abc123'),
      SLACK_CHANNEL: 'C1',
      IMAP_URL_FILE: secret('imap', 'imaps://u:p%40ss@imap.example.com/INBOX\r\n'),
      SMTP_URL_FILE: secret('smtp', 'smtps://u:p@smtp.example.com:465\n'),
      AWS_ACCESS_KEY_ID_FILE: secret('akid', 'AKIAEXAMPLE\n'),
      AWS_SECRET_ACCESS_KEY_FILE: secret('sak', 'wJalr/EXAMPLE\n'),
    });
    expect(config.databaseUrl).toBe('postgres://desk:s3cret@db:5432/desk');
    expect(config.slack.botToken).toBe('xoxb-1-2');
    expect(config.slack.signingSecret).toBe('abc123');
    expect(config.imapUrl).toBe('imaps://u:p%40ss@imap.example.com/INBOX');
    expect(config.smtpUrl).toBe('smtps://u:p@smtp.example.com:465');
    expect(config.s3.accessKeyId).toBe('AKIAEXAMPLE');
    expect(config.s3.secretAccessKey).toBe('wJalr/EXAMPLE');
  });

  it('names the variable when the file is missing, and refuses both forms at once', () => {
    expect(() => loadConfig({ SLACK_APP_TOKEN_FILE: path.join(dir, 'nope') })).toThrow(/SLACK_APP_TOKEN_FILE=.*nope cannot be read \(ENOENT\)/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://a@b', SMTP_URL_FILE: secret('smtp2', 'smtp://c@d') })).toThrow(/SMTP_URL and SMTP_URL_FILE are both set/);
  });
});
