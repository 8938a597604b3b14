/** `deletion-desk parse`: what the bot understands from messages, without side effects. */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError, toError } from '../errors';
import { indexCatalog, parseRequest } from '../domain/parse/index';
import { contractView } from '../domain/parse/contractView';
import { readMessage } from '../adapters/mail/readMessage';
import { parseText } from './format';
import { readCatalogFile, readCatalogWithoutWriting } from './catalog';
import { config, type Command } from './command';

const READ_AHEAD = 8;

export const parseCommand: Command = {
  usage: 'parse [--json] [--catalog FILE] FILE.eml...',
  summary: 'show what the bot understands from messages, without side effects',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, catalog: { type: 'string' } } });
    if (positionals.length === 0) throw new AppError('bad_input', 'usage: deletion-desk parse [--json] [--catalog FILE] FILE.eml...');
    const catalog = values.catalog ? await readCatalogFile(values.catalog) : await readCatalogWithoutWriting(io);
    const index = indexCatalog(catalog);
    const { legacyArchiveCutoff } = config(io);
    let failures = 0;
    // MIME-decoding waits on stream ticks; a few files ahead are decoded while the current one is
    // parsed, and the results still come out in the order given. The files themselves are read
    // synchronously: a mail file is a few kilobytes, and the four thread-pool round trips of an
    // asynchronous read (open, stat, read, close) cost more than the read.
    const reads = readAhead(positionals, READ_AHEAD, async (file) => readMessage(fs.readFileSync(file)));
    for (const [i, file] of positionals.entries()) {
      try {
        const message = await reads(i);
        // The real clock: a Date header ahead of it is not trusted, and its future days are asked about.
        const result = contractView(parseRequest(message, index, { now: new Date(), legacyArchiveCutoff }));
        io.stdout(values.json ? JSON.stringify({ file, ...result }) : `${parseText(file, result)}\n`);
      } catch (error) {
        failures += 1;
        const reason = toError(error).message;
        if (values.json) io.stdout(JSON.stringify({ file, error: reason }));
        io.stderr(`${file}: cannot be parsed: ${reason}`);
      }
    }
    return failures ? 1 : 0;
  },
};

/**
 * `at(i)` returns `load(items[i])`, having started the loads of the next `window` items too: at most
 * `window` loads run ahead of the one awaited. A failed load rejects only its own `at(i)`.
 */
function readAhead<T, R>(items: readonly T[], window: number, load: (item: T) => Promise<R>): (i: number) => Promise<R> {
  const started = new Map<number, Promise<R>>();
  const start = (i: number) => {
    if (i >= items.length || started.has(i)) return;
    const promise = load(items[i]!);
    promise.catch(() => undefined); // handled when at(i) is awaited
    started.set(i, promise);
  };
  return (i) => {
    for (let j = i; j < i + window; j++) start(j);
    const promise = started.get(i)!;
    started.delete(i);
    return promise;
  };
}
