/** A catalog workspace for parser tests, built from the names a test cares about (ids follow the slugs). */
import type { Catalog } from '../../src/domain/catalog';

export function catalogWorkspace(slug: string, name: string, sources: [slug: string, name: string][], spaces: string[] = [], contacts: string[] = []): Catalog['workspaces'][number] {
  return {
    id: `ws_${slug}`,
    slug,
    name,
    contacts,
    admins: [],
    deletedAt: null,
    sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
    spaces: spaces.map((n, i) => ({ id: `spa_${slug}_${i}`, name: n })),
  };
}
