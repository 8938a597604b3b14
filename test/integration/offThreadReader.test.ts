import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import pino from 'pino';
import { OffThreadReader } from '../../src/adapters/mail/offThreadReader';
import { readMessage } from '../../src/adapters/mail/readMessage';
import { indexCatalog, newText, parseRequest } from '../../src/domain/parse/index';
import { validateCatalog } from '../../src/domain/catalogFile';
import { silentLogger } from '../../src/logger';
import { FIXTURES } from '../support/app';

const catalog = validateCatalog(parseYaml(fs.readFileSync(path.join(FIXTURES, 'catalog.yaml'), 'utf8')));
const cached = { catalog, index: indexCatalog(catalog) };
const emailsDir = path.join(FIXTURES, 'emails');
const raws = fs.readdirSync(emailsDir).filter((f) => f.endsWith('.eml')).sort().slice(0, 12).map((f) => fs.readFileSync(path.join(emailsDir, f)));
const now = new Date('2026-12-04T10:00:00Z');

/** What the main thread reads and parses for the same messages. */
async function inThisThread() {
  const index = indexCatalog(catalog);
  return Promise.all(raws.map(async (raw) => {
    const message = await readMessage(raw);
    return { message, parse: parseRequest(message, index, { now }), newText: newText(message) };
  }));
}

async function through(reader: OffThreadReader) {
  return Promise.all(raws.map(async (raw) => {
    const message = await reader.read(raw);
    return { message, ...(await reader.parse(message, cached, { now })) };
  }));
}

describe('reading messages on a worker thread', () => {
  const readers: OffThreadReader[] = [];
  afterEach(async () => {
    await Promise.all(readers.splice(0).map((r) => r.close()));
  });

  it('reads and parses exactly as the main thread does', async () => {
    const reader = new OffThreadReader(silentLogger);
    readers.push(reader);
    expect(raws.length).toBeGreaterThan(5);
    expect(await through(reader)).toEqual(await inThisThread());
  });

  it('text with no header at all reads the same there as here, and the worker reads on', async () => {
    const reader = new OffThreadReader(silentLogger);
    readers.push(reader);
    const bad = 'no header, no blank line';
    const local = await readMessage(bad).then((m) => ({ ok: m.subject }), (e: Error) => ({ error: e.message }));
    const remote = await reader.read(Buffer.from(bad)).then((m) => ({ ok: m.subject }), (e: Error) => ({ error: e.message }));
    expect(remote).toEqual(local);
    expect((await reader.read(raws[0]!)).subject).toBe((await readMessage(raws[0]!)).subject);
  });

  it('a worker that dies or cannot start loses nothing: its messages are read in the main thread', async () => {
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    const reader = new OffThreadReader(logger, () => ({ script: 'process.exit(3)', execArgv: [] }));
    readers.push(reader);
    expect(await through(reader)).toEqual(await inThisThread());
    expect(await through(reader)).toEqual(await inThisThread());
    expect(warnings.join('')).toContain('the message reading worker stopped');
  });
});
