/**
 * The catalog: which workspaces, sources, spaces and contacts exist. Loaded from the database
 * (imported with `deletion-desk catalog import`) and handed to pure code as plain data.
 */

export interface CatalogSource {
  id: string;
  slug: string;
  name: string;
}

export interface CatalogSpace {
  id: string;
  name: string;
}

export interface CatalogWorkspace {
  id: string;
  slug: string;
  name: string;
  /** Lower-cased email addresses allowed to request deletions and read status. */
  contacts: string[];
  /** Lower-cased addresses that administer the workspace: an account deletion from one of them covers it. */
  admins?: string[];
  /** `YYYY-MM-DD` or null. */
  deletedAt: string | null;
  sources: CatalogSource[];
  spaces: CatalogSpace[];
}

export interface Catalog {
  workspaces: CatalogWorkspace[];
}

export function findWorkspace(catalog: Catalog, slug: string | null): CatalogWorkspace | undefined {
  if (!slug) return undefined;
  return catalog.workspaces.find((w) => w.slug === slug);
}

export function isContact(workspace: CatalogWorkspace | undefined, address: string): boolean {
  if (!workspace) return false;
  const wanted = address.trim().toLowerCase();
  return workspace.contacts.some((c) => c === wanted);
}

export function isAdmin(workspace: CatalogWorkspace | undefined, address: string): boolean {
  if (!workspace) return false;
  const wanted = address.trim().toLowerCase();
  return (workspace.admins ?? []).some((a) => a === wanted);
}

/** The workspaces an address administers (an account purge covers each of them). */
export function administeredBy(catalog: Catalog, address: string): CatalogWorkspace[] {
  return catalog.workspaces.filter((w) => isAdmin(w, address));
}
