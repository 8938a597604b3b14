/** `deletion-desk ingest`: takes .eml files in exactly as if they had arrived by email. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, toError } from '../errors';
import { flushEmail, withApp, type Command } from './command';

export const ingestCommand: Command = {
  usage: 'ingest FILE.eml...',
  summary: 'take messages in exactly as if they had arrived by email',
  createsDatabase: true,
  run: async (args, io) => {
    // parseArgs so that a mistyped option is an error, not a file to read (a file named "-x": ./-x).
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length === 0) throw new AppError('bad_input', 'usage: deletion-desk ingest FILE.eml...');
    return withApp(io, async (app) => {
      let failed = 0;
      for (const file of positionals) {
        let raw: Buffer;
        try {
          raw = await fs.readFile(file);
        } catch (error) {
          io.stderr(`${file}: cannot read: ${toError(error).message}`);
          failed += 1;
          continue;
        }
        const o = await app.intake.receive(raw, `cli:${path.basename(file)}`);
        if (o.outcome === 'failed') failed += 1;
        io.stdout(`${file}: ${o.outcome}${o.ticket ? ` ${o.ticket}` : ''}${o.reason ? ` (${o.reason})` : ''}`);
      }
      await flushEmail(app);
      return failed ? 1 : 0;
    });
  },
};
