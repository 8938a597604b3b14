/** `deletion-desk catalog import FILE`, and reading a catalog file or the stored catalog for other commands. */
import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import YAML from 'yaml';
import { AppError, toError } from '../errors';
import { createDb, sqlitePath } from '../adapters/db/connect';
import { importCatalog, loadCatalog } from '../adapters/db/catalogStore';
import { validateCatalog } from '../domain/catalogFile';
import type { Catalog } from '../domain/catalog';
import { config, withApp, type CliIo, type Command } from './command';

export const catalogCommand: Command = {
  usage: 'catalog import FILE',
  summary: 'load workspaces, sources, spaces and contacts from YAML or JSON',
  details: ['Re-importing updates the workspaces in the file; others are left alone. A file with any problem is rejected whole.'],
  createsDatabase: true,
  run: async (args, io) => {
    const [sub, file, ...extra] = args;
    if (sub !== 'import' || !file || extra.length) throw new AppError('bad_input', 'usage: deletion-desk catalog import FILE');
    const catalog = await readCatalogFile(file);
    return withApp(io, async (app) => {
      const s = await importCatalog(app.db, catalog, app.clock());
      io.stdout(`imported ${s.workspaces} workspaces (${s.created} new, ${s.updated} updated), ${s.sources} sources, ${s.spaces} spaces, ${s.contacts} contacts`);
      return 0;
    });
  },
};

export async function readCatalogFile(file: string): Promise<Catalog> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('bad_input', `cannot read ${file}: ${toError(error).message}`);
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new AppError('catalog_invalid', `${file} is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (nothing imported): ${toError(error).message}`);
  }
  return validateCatalog(data);
}

/** The catalog from the database, read-only: a missing database is an empty catalog, not a new file. */
export async function readCatalogWithoutWriting(io: CliIo): Promise<Catalog> {
  const cfg = config(io);
  if (cfg.databaseUrl.startsWith('sqlite') && !fsSync.existsSync(sqlitePath(cfg.databaseUrl))) {
    io.stderr('note: no database yet, so the catalog is empty (import one with `deletion-desk catalog import FILE`, or pass --catalog FILE)');
    return { workspaces: [] };
  }
  const db = createDb(cfg.databaseUrl);
  try {
    if (!(await db.schema.hasTable('workspaces'))) return { workspaces: [] };
    return await loadCatalog(db);
  } finally {
    await db.destroy();
  }
}
