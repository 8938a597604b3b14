/**
 * The CLI as a new user meets it: help that does nothing else, a version, "did you mean", output that
 * survives `| head`, no database created by a command that only reads, connection errors that name the
 * setting to check. Commands run as real processes where the process boundary is the point (pipes,
 * stack traces, warnings); in-process otherwise.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredCommands, runCli } from '../../src/cli';
import { BIN, runCommand } from '../support/process';
import { startS3rver, type S3rverHandle } from '../support/s3rver';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

let dir: string;
let env: Record<string, string>;
const missingDb = () => path.join(dir, 'typo', 'not-here.sqlite');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-cli-'));
  fs.mkdirSync(path.join(dir, 'archive'));
  env = { DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, ARCHIVE_URL: `file:${path.join(dir, 'archive')}`, OUTBOX_DIR: path.join(dir, 'outbox'), MAILDROP_DIR: path.join(dir, 'maildrop'), LOG_LEVEL: 'silent' };
  expect((await cli(['catalog', 'import', path.join(ROOT, 'examples', 'catalog.yaml')], env)).code).toBe(0);
  expect((await cli(['ingest', path.join(FIXTURES, 'sample-request.eml')], env)).stdout).toMatch(/created DEL-1/);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--help on every command', () => {
  it.each(registeredCommands().map((c) => [c.name, c.usage]))('%s --help prints its help and touches nothing', async (name, usage) => {
    const noDb = { ...env, DATABASE_URL: `sqlite:${missingDb()}`, ARCHIVE_URL: `file:${path.join(dir, 'no-archive')}`, PORT: '1' };
    for (const flag of ['--help', '-h']) {
      const r = await cli([name, ...(name === 'catalog' ? ['import'] : []), flag], noDb);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(`usage: deletion-desk ${usage}`);
      expect(r.stderr).toBe('');
    }
    expect(fs.existsSync(path.dirname(missingDb()))).toBe(false);
  });

  it('help COMMAND and --version', async () => {
    expect((await cli(['help', 'approve'], env)).stdout).toMatch(/^usage: deletion-desk approve DEL-n --by ID/);
    const version = await runCommand(['--version'], {});
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(`deletion-desk ${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}`);
  });
});

describe('typos', () => {
  it('a mistyped command or option gets "did you mean"', async () => {
    const command = await cli(['tickts'], env);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/Unknown command "tickts"\. Did you mean "tickets"\?/);
    const option = await cli(['tickets', '--jsno'], env);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option --jsno\. Did you mean "--json"\?/);
    const by = await cli(['approve', 'DEL-1', '--bye', 'alice'], env);
    expect(by.stderr).toMatch(/Did you mean "--by"\?/);
    // ingest reads files: an option it does not know is not a file name.
    const ingest = await cli(['ingest', '--dry-run', path.join(FIXTURES, 'sample-request.eml')], env);
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toMatch(/unknown option --dry-run/);
    expect((await cli(['tickets', '--json'], env)).stdout.split('\n')).toHaveLength(1);
  });

  it('an unknown workspace says so instead of "no tickets"', async () => {
    const r = await cli(['tickets', '--workspace', 'acme-incc'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no workspace "acme-incc" in the catalog\. Did you mean "acme-inc"\?/);
    expect((await cli(['tickets', '--workspace', 'acme-inc'], env)).stdout).toMatch(/^DEL-1 /);
  });
});

describe('a closed stdout (| head)', () => {
  it('ends quietly with exit 0, and the command still finishes its work', async () => {
    for (const args of [['show', 'DEL-1'], ['tickets'], ['ingest', path.join(FIXTURES, 'emails', '001-plain-simple.eml'), path.join(FIXTURES, 'emails', '065-purge.eml')]]) {
      const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // the reader is gone before the first line, as `| head -0` would be
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ args: args[0], code, stderr }).toEqual({ args: args[0], code: 0, stderr: '' });
    }
    // Both files of the piped ingest were taken in.
    expect((await cli(['tickets'], env)).stdout.split('\n')).toHaveLength(3);
  });
});

describe('commands that only read never create a database', () => {
  it.each([['tickets'], ['show', 'DEL-1'], ['preview', 'DEL-1'], ['audit', 'verify'], ['approve', 'DEL-1', '--by', 'alice']])('%s says which DATABASE_URL has none and what to run', async (...args) => {
    const url = `sqlite:${missingDb()}`;
    // STAFF: `approve` checks its --by first; here it must reach the database question.
    const r = await cli(args, { ...env, DATABASE_URL: url, STAFF: 'alice' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`there is no database at ${missingDb()} (DATABASE_URL=${url})`);
    expect(r.stderr).toMatch(/deletion-desk migrate/);
    expect(fs.existsSync(missingDb())).toBe(false);
  });

  it('doctor reports the missing file instead of creating it', async () => {
    const r = await cli(['doctor'], { ...env, DATABASE_URL: `sqlite:${missingDb()}` });
    expect(r.stdout).toMatch(/database\s+FAIL\s+there is no database at/);
    expect(fs.existsSync(missingDb())).toBe(false);
  });
});

describe('connection errors name the setting, without a stack trace', () => {
  it('a PostgreSQL server that is not there', async () => {
    const r = await runCommand(['tickets'], { ...env, DATABASE_URL: 'postgres://deletion:secret@127.0.0.1:1/desk' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('tickets: cannot use the database postgres://deletion:***@127.0.0.1:1/desk: nothing is listening on that host and port (wrong port, or the server is down). Check DATABASE_URL.');
    const debug = await runCommand(['tickets'], { ...env, DATABASE_URL: 'postgres://deletion@127.0.0.1:1/desk', LOG_LEVEL: 'debug' });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('start refuses an archive folder that does not exist', async () => {
    const missing = path.join(dir, 'archve');
    const r = await runCommand(['start'], { ...env, ARCHIVE_URL: `file:${missing}`, PORT: '0' }, { timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the archive folder ${missing} does not exist (ARCHIVE_URL=file:${missing})`);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('start refuses a layout that matches nothing in a non-empty archive', async () => {
    const archive = path.join(dir, 'layout-archive');
    fs.mkdirSync(path.join(archive, 'segment-logs', 'src_1', '1709251200000'), { recursive: true });
    const r = await runCommand(['start'], { ...env, ARCHIVE_URL: `file:${archive}`, ARCHIVE_LAYOUT: 'logs/{sourceId}/{dayMs}/', PORT: '0' }, { timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`ARCHIVE_LAYOUT=logs/{sourceId}/{dayMs}/ cannot be used with ${archive}: the archive holds segment-logs/ but nothing under logs/`);
  });

  describe('S3', () => {
    let s3: S3rverHandle;
    beforeAll(async () => {
      s3 = await startS3rver(['cli-archive']);
    });
    afterAll(async () => s3?.stop());

    it('no credentials: advice about credentials (not an IAM permission), and no SDK Node version notice', async () => {
      const s3env = { ...env, ARCHIVE_URL: 's3://cli-archive/data', S3_ENDPOINT: s3.endpoint, S3_FORCE_PATH_STYLE: 'true', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '', AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'none'), AWS_CONFIG_FILE: path.join(dir, 'none'), AWS_EC2_METADATA_DISABLED: 'true', AWS_CONTAINER_CREDENTIALS_FULL_URI: '', AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '', AWS_WEB_IDENTITY_TOKEN_FILE: '' };
      const r = await runCommand(['preview', 'DEL-1'], s3env);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/no AWS credentials were found\. Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
      expect(r.stderr).not.toMatch(/GetBucketVersioning/);
      const withKeys = await runCommand(['preview', 'DEL-1'], { ...s3env, AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' });
      expect(withKeys.code).toBe(0);
      expect(withKeys.stdout).toMatch(/DEL-1/);
      expect(r.stderr + withKeys.stderr).not.toMatch(/NodeVersionSupportWarning|AWS SDK for JavaScript/);
    });
  });
});

describe('the legacy archive cutoff, end to end through the CLI', () => {
  it('an archive purge of a workspace deleted after the cutoff: the contact is told, staff see it in show', async () => {
    const eml = path.join(dir, 'archive-purge.eml');
    fs.writeFileSync(eml, ['From: IT <it@umbrella.example>', 'To: deletions@localhost', 'Subject: Archive purge for umbrella-old', 'Message-ID: <arch-1@umbrella.example>', 'Date: Mon, 1 Apr 2024 09:00:00 +0000', '', 'Hello,', '', 'please purge the archive of our deleted workspace umbrella-old.', '', 'Thanks, IT', ''].join('\r\n'));
    // umbrella-old was deleted on 2021-11-02: after a cutoff of 2021-01-01, before the default one.
    const late = { ...env, LEGACY_ARCHIVE_CUTOFF: '2021-01-01' };
    const ingested = await cli(['ingest', eml], late);
    const ref = /created (DEL-\d+)/.exec(ingested.stdout)?.[1];
    expect(ref, ingested.stdout + ingested.stderr).toBeDefined();
    const ack = fs.readdirSync(env.OUTBOX_DIR!).find((f) => f.startsWith(`${ref}-received-`))!;
    expect(fs.readFileSync(path.join(env.OUTBOX_DIR!, ack), 'utf8').replace(/=\r?\n/g, '')).toMatch(/went through our complete data purge, which already removed their archived data/);
    const shown = await cli(['show', ref!], late);
    expect(shown.stdout).toMatch(/archive: +Workspace deleted on 2 November 2021, on or after the legacy cutoff \(1 January 2021\)/);
    expect(JSON.parse((await cli(['show', ref!, '--json'], late)).stdout).archiveStanding).toBe('purged_already');
    // With the default cutoff the same workspace kept its archive: the usual archive purge.
    expect(JSON.parse((await cli(['show', ref!, '--json'], env)).stdout).archiveStanding).toBe('legacy');
  });
});

describe('catalog errors in the desk\'s words', () => {
  it('a missing field and an unknown one', async () => {
    const file = path.join(dir, 'bad.yaml');
    fs.writeFileSync(file, 'workspaces:\n  - id: ws_1\n    name: A\n    sorces: []\n');
    const r = await cli(['catalog', 'import', file], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('workspaces[0].slug: missing (required: text)');
    expect(r.stderr).toContain('workspaces[0]: unknown field "sorces"');
    expect(r.stderr).not.toMatch(/Invalid input|received undefined/);
  });
});

describe('parse and LEGACY_ARCHIVE_CUTOFF', () => {
  it('asks about a source deletion for a workspace deleted on or after the configured cutoff, as the intake does', async () => {
    const file = path.join(dir, 'umbrella-days.eml');
    fs.writeFileSync(file, 'From: it@umbrella.example\r\nTo: privacy@desk.example\r\nSubject: Delete Legacy Website data\r\nDate: Mon, 2 Nov 2026 09:00:00 +0000\r\n\r\nPlease delete the web-legacy source of umbrella-old for 2021-10-01 to 2021-10-03.\r\n');
    const catalog = path.join(ROOT, 'examples', 'catalog.yaml');
    const read = async (extra: Record<string, string>) => JSON.parse((await cli(['parse', '--json', '--catalog', catalog, file], { ...env, ...extra })).stdout) as { ambiguities: string[]; kind: string };
    const platform = await read({});
    expect(platform.kind).toBe('source_data');
    expect(platform.ambiguities.join(' ')).not.toMatch(/complete data purge/);
    expect((await read({ LEGACY_ARCHIVE_CUTOFF: '2021-01-01' })).ambiguities.join(' ')).toMatch(/was deleted on 2021-11-02 and its data went through the complete data purge/);
  });
});

describe('parse over many files', () => {
  it('answers every file in the order given, a file it cannot read included, and exits 1', async () => {
    const good = path.join(FIXTURES, 'sample-request.eml');
    const missing = path.join(dir, 'not-here.eml');
    const files = [good, missing, ...Array.from({ length: 20 }, () => good)];
    const r = await cli(['parse', '--json', '--catalog', path.join(ROOT, 'examples', 'catalog.yaml'), ...files], env);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').map((l) => JSON.parse(l) as { file: string; kind?: string; error?: string });
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[1]!.error).toMatch(/ENOENT|no such file/);
    expect(lines.filter((l) => l.kind).length).toBe(21);
    expect(r.stderr).toBe(`${missing}: cannot be parsed: ${lines[1]!.error}`);
  });

  it('reads a long list on two threads and answers exactly as it does a short one, in the order given', async () => {
    const emails = path.join(FIXTURES, 'emails');
    const mail = fs.readdirSync(emails).filter((f) => f.endsWith('.eml')).sort().slice(0, 70).map((f) => path.join(emails, f));
    const files = [...mail.slice(0, 33), path.join(dir, 'gone.eml'), ...mail.slice(33), path.join(dir, 'gone-too.eml')];
    const catalog = path.join(FIXTURES, 'catalog.yaml');
    const parse = async (some: string[]) => (await cli(['parse', '--json', '--catalog', catalog, ...some], env)).stdout.split('\n');
    // Under 50 files one thread reads them all; 72 go to a worker too.
    const alone = [...(await parse(files.slice(0, 36))), ...(await parse(files.slice(36)))];
    const together = await parse(files);
    expect(together).toHaveLength(files.length);
    expect(together.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(files);
    expect(together).toEqual(alone);
    expect(together.filter((l) => (JSON.parse(l) as { error?: string }).error)).toHaveLength(2);
  });
});
