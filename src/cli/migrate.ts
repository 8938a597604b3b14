/** `deletion-desk migrate`: applies the database migrations, creating the SQLite file if there is none. */
import { AppError } from '../errors';
import { createDb } from '../adapters/db/connect';
import { migrateLatest } from '../adapters/db/migrate';
import { connectionError } from '../connectionErrors';
import { config, type Command } from './command';

export const migrateCommand: Command = {
  usage: 'migrate',
  summary: 'apply database migrations (start does it too); creates the SQLite file if there is none',
  createsDatabase: true,
  run: async (args, io) => {
    if (args.length) throw new AppError('bad_input', `migrate takes no arguments (got ${args.join(' ')}); the database is DATABASE_URL.`);
    const cfg = config(io);
    const db = createDb(cfg.databaseUrl);
    try {
      const applied = await migrateLatest(db).catch((error: unknown) => {
        throw connectionError('database', cfg.databaseUrl, error);
      });
      io.stdout(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    } finally {
      await db.destroy();
    }
    return 0;
  },
};
