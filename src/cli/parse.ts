/** `deletion-desk parse`: what the bot understands from messages, without side effects. */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { AppError, toError } from '../errors';
import { indexCatalog, parseRequest } from '../domain/parse/index';
import { contractView } from '../domain/parse/contractView';
import { readMessage } from '../adapters/mail/readMessage';
import { OffThreadReader } from '../adapters/mail/offThreadReader';
import { createLogger } from '../logger';
import type { ParseResult } from '../domain/request';
import { parseText } from './format';
import { readCatalogFile, readCatalogWithoutWriting } from './catalog';
import { config, type Command } from './command';

/**
 * From this many files on, a worker thread parses beside this one. The worker compiles the parser's
 * patterns again for itself (about as long as this thread's first hundred messages take), which a
 * few files do not repay; over a thousand, two threads take about a third less wall time.
 */
const SHARE_FROM = 50;
/**
 * Messages the worker holds at once: enough that it never waits for this thread, which hands work
 * over only between its own messages; few enough that the last ones do not keep this thread waiting.
 */
const WORKER_AHEAD = 3;

type Outcome = { result: ParseResult } | { error: string };
type ParseFile = (file: string) => Promise<ParseResult>;

export const parseCommand: Command = {
  usage: 'parse [--json] [--catalog FILE] FILE.eml...',
  summary: 'show what the bot understands from messages, without side effects',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, catalog: { type: 'string' } } });
    if (positionals.length === 0) throw new AppError('bad_input', 'usage: deletion-desk parse [--json] [--catalog FILE] FILE.eml...');
    const catalog = values.catalog ? await readCatalogFile(values.catalog) : await readCatalogWithoutWriting(io);
    const cached = { catalog, index: indexCatalog(catalog) };
    const { legacyArchiveCutoff, logLevel } = config(io);
    // The real clock: a Date header ahead of it is not trusted, and its future days are asked about.
    // The files themselves are read synchronously: a mail file is a few kilobytes, and the four
    // thread-pool round trips of an asynchronous read (open, stat, read, close) cost more than the read.
    const here: ParseFile = async (file) => parseRequest(await readMessage(fs.readFileSync(file)), cached.index, { now: new Date(), legacyArchiveCutoff });
    const worker = positionals.length >= SHARE_FROM && os.availableParallelism() > 1 ? new OffThreadReader(createLogger(logLevel === 'info' ? 'warn' : logLevel)) : null;
    const there: ParseFile | null = worker && (async (file) => worker.readAndParse(fs.readFileSync(file), cached, { now: new Date(), legacyArchiveCutoff }));
    let failures = 0;
    try {
      await parseEach(positionals, here, there, (file, outcome) => {
        if ('result' in outcome) {
          const result = contractView(outcome.result);
          io.stdout(values.json ? JSON.stringify({ file, ...result }) : `${parseText(file, result)}\n`);
          return;
        }
        failures += 1;
        if (values.json) io.stdout(JSON.stringify({ file, error: outcome.error }));
        io.stderr(`${file}: cannot be parsed: ${outcome.error}`);
      });
    } finally {
      await worker?.close();
    }
    return failures ? 1 : 0;
  },
};

/**
 * Every file parsed, `emit`ted in the order given. With `there` (another thread), files go to it while
 * it holds fewer than WORKER_AHEAD and are parsed here otherwise, so each thread takes as many as it
 * gets through. A file that cannot be read or parsed is an error outcome of its own.
 */
async function parseEach(files: readonly string[], here: ParseFile, there: ParseFile | null, emit: (file: string, outcome: Outcome) => void): Promise<void> {
  const outcomes: Promise<Outcome>[] = [];
  const settled: boolean[] = [];
  let heldThere = 0;
  let emitted = 0;
  const emitSettled = async (): Promise<void> => {
    for (; emitted < outcomes.length && settled[emitted]; emitted++) emit(files[emitted]!, await outcomes[emitted]!);
  };
  for (const [i, file] of files.entries()) {
    const sent = there !== null && heldThere < WORKER_AHEAD;
    if (sent) heldThere += 1;
    const outcome = (sent ? there(file) : here(file)).then(
      (result): Outcome => ({ result }),
      (error: unknown): Outcome => ({ error: toError(error).message }),
    );
    outcomes.push(outcome.finally(() => {
      settled[i] = true;
      if (sent) heldThere -= 1;
    }));
    if (!sent) await outcomes[i];
    await emitSettled();
  }
  for (; emitted < files.length; emitted++) emit(files[emitted]!, await outcomes[emitted]!);
}
