import type { Knex } from 'knex';
import type { Catalog } from '../domain/catalog';
import { indexCatalog, type ParserCatalog } from '../domain/parse/index';
import type { CatalogStore } from '../ports/stores';

/**
 * The catalog and its parser index, rebuilt only when an import has changed the tables. Whether it
 * changed is asked at most every `recheckMs` (an import, even by another process, is seen within
 * that time), not on every message and every email.
 */
export class CatalogCache {
  private version = '';
  private checkedAt = 0;
  private current: { catalog: Catalog; index: ParserCatalog } | null = null;

  constructor(
    private readonly db: Knex,
    private readonly store: CatalogStore,
    private readonly recheckMs = 500,
    private readonly now: () => number = Date.now,
  ) {}

  /** `db` may be an open transaction: on SQLite (one connection) a second query outside it would wait forever. */
  async get(db: Knex | Knex.Transaction = this.db): Promise<{ catalog: Catalog; index: ParserCatalog }> {
    if (this.current && this.now() - this.checkedAt < this.recheckMs) return this.current;
    const version = await this.store.catalogVersion(db);
    if (!this.current || version !== this.version) {
      const catalog = await this.store.loadCatalog(db);
      this.current = { catalog, index: indexCatalog(catalog) };
      this.version = version;
    }
    this.checkedAt = this.now();
    return this.current;
  }

  /** Forget the cached copy (after this process imported a catalog). */
  invalidate(): void {
    this.current = null;
  }
}
