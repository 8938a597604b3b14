/** `deletion-desk parse`: what the bot understands from messages, without side effects. */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppError, toError } from '../errors';
import { indexCatalog, parseRequest } from '../domain/parse/index';
import { readMessage } from '../adapters/mail/readMessage';
import { parseText } from './format';
import { readCatalogFile, readCatalogWithoutWriting } from './catalog';
import type { Command } from './command';

export const parseCommand: Command = {
  usage: 'parse [--json] [--catalog FILE] FILE.eml...',
  summary: 'show what the bot understands from messages, without side effects',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, catalog: { type: 'string' } } });
    if (positionals.length === 0) throw new AppError('bad_input', 'usage: deletion-desk parse [--json] [--catalog FILE] FILE.eml...');
    const catalog = values.catalog ? await readCatalogFile(values.catalog) : await readCatalogWithoutWriting(io);
    const index = indexCatalog(catalog);
    let failures = 0;
    for (const file of positionals) {
      try {
        const message = await readMessage(await fs.readFile(file));
        // The real clock: a Date header ahead of it is not trusted, and its future days are asked about.
        const result = parseRequest(message, index, { now: new Date() });
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
