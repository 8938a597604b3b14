import type { Knex } from 'knex';
import type { Catalog } from '../domain/catalog';
import { indexCatalog, type ParserCatalog } from '../domain/parse/index';
import { catalogVersion, loadCatalog } from '../adapters/db/catalogStore';

/** The catalog and its parser index, rebuilt only when an import has changed the tables. */
export class CatalogCache {
  private version = '';
  private current: { catalog: Catalog; index: ParserCatalog } | null = null;

  constructor(private readonly db: Knex) {}

  /** `db` may be an open transaction: on SQLite (one connection) a second query outside it would wait forever. */
  async get(db: Knex | Knex.Transaction = this.db): Promise<{ catalog: Catalog; index: ParserCatalog }> {
    const version = await catalogVersion(db as Knex);
    if (!this.current || version !== this.version) {
      const catalog = await loadCatalog(db as Knex);
      this.current = { catalog, index: indexCatalog(catalog) };
      this.version = version;
    }
    return this.current;
  }
}
