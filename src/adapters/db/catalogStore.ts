/**
 * The catalog tables. Import replaces each workspace in the file as a whole (its sources, spaces,
 * contacts and admins) in one transaction; workspaces not in the file are left alone.
 */
import type { Knex } from 'knex';
import type { Catalog, CatalogWorkspace } from '../../domain/catalog';
import type { CatalogStore } from '../../ports/stores';

export interface ImportSummary {
  workspaces: number;
  created: number;
  updated: number;
  sources: number;
  spaces: number;
  contacts: number;
}

export async function importCatalog(db: Knex, catalog: Catalog, now: Date): Promise<ImportSummary> {
  const summary: ImportSummary = { workspaces: 0, created: 0, updated: 0, sources: 0, spaces: 0, contacts: 0 };
  const at = now.toISOString();
  await db.transaction(async (trx) => {
    for (const ws of catalog.workspaces) {
      summary.workspaces += 1;
      // A slug may move to another id only if its old owner is in this file too; otherwise refuse.
      const clash = await trx('workspaces').where({ slug: ws.slug }).whereNot({ id: ws.id }).first();
      if (clash) {
        const moving = catalog.workspaces.some((w) => w.id === clash.id);
        if (!moving) throw new Error(`workspace slug "${ws.slug}" already belongs to workspace ${clash.id}`);
        await trx('workspaces').where({ id: clash.id }).update({ slug: `${clash.slug}~moving~${clash.id}` });
      }
      const exists = await trx('workspaces').where({ id: ws.id }).first();
      const row = { slug: ws.slug, name: ws.name, deleted_at: ws.deletedAt, updated_at: at };
      if (exists) {
        await trx('workspaces').where({ id: ws.id }).update(row);
        summary.updated += 1;
      } else {
        await trx('workspaces').insert({ id: ws.id, ...row });
        summary.created += 1;
      }
      await trx('contacts').where({ workspace_id: ws.id }).delete();
      for (const email of ws.contacts) await trx('contacts').insert({ workspace_id: ws.id, email });
      summary.contacts += ws.contacts.length;
      await trx('workspace_admins').where({ workspace_id: ws.id }).delete();
      for (const email of ws.admins ?? []) await trx('workspace_admins').insert({ workspace_id: ws.id, email });

      const keepSources = ws.sources.map((s) => s.id);
      await trx('sources').where({ workspace_id: ws.id }).whereNotIn('id', keepSources.length ? keepSources : ['']).delete();
      for (const s of ws.sources) {
        const owner = await trx('sources').where({ id: s.id }).first();
        if (owner && owner.workspace_id !== ws.id) throw new Error(`source id "${s.id}" already belongs to workspace ${owner.workspace_id}`);
        // Free the slug first if another source of this workspace held it (a rename swap).
        await trx('sources').where({ workspace_id: ws.id, slug: s.slug }).whereNot({ id: s.id }).update({ slug: trx.raw("slug || '~' || id") });
        if (owner) await trx('sources').where({ id: s.id }).update({ slug: s.slug, name: s.name });
        else await trx('sources').insert({ id: s.id, workspace_id: ws.id, slug: s.slug, name: s.name });
      }
      summary.sources += ws.sources.length;

      const keepSpaces = ws.spaces.map((s) => s.id);
      await trx('spaces').where({ workspace_id: ws.id }).whereNotIn('id', keepSpaces.length ? keepSpaces : ['']).delete();
      for (const s of ws.spaces) {
        const owner = await trx('spaces').where({ id: s.id }).first();
        if (owner && owner.workspace_id !== ws.id) throw new Error(`space id "${s.id}" already belongs to workspace ${owner.workspace_id}`);
        if (owner) await trx('spaces').where({ id: s.id }).update({ name: s.name });
        else await trx('spaces').insert({ id: s.id, workspace_id: ws.id, name: s.name });
      }
      summary.spaces += ws.spaces.length;
    }
  });
  return summary;
}

export async function loadCatalog(db: Knex | Knex.Transaction): Promise<Catalog> {
  // One after another: `db` may be a transaction, whose single connection runs one query at a time.
  const workspaces = await db('workspaces').select('*').orderBy('slug');
  const sources = await db('sources').select('*').orderBy('slug');
  const spaces = await db('spaces').select('*').orderBy('name');
  const contacts = await db('contacts').select('*').orderBy('email');
  const admins = await db('workspace_admins').select('*').orderBy('email');
  const byId = new Map<string, CatalogWorkspace>();
  for (const w of workspaces) {
    byId.set(w.id, { id: w.id, slug: w.slug, name: w.name, deletedAt: w.deleted_at, contacts: [], admins: [], sources: [], spaces: [] });
  }
  for (const s of sources) byId.get(s.workspace_id)?.sources.push({ id: s.id, slug: s.slug, name: s.name });
  for (const s of spaces) byId.get(s.workspace_id)?.spaces.push({ id: s.id, name: s.name });
  for (const c of contacts) byId.get(c.workspace_id)?.contacts.push(c.email);
  for (const a of admins) byId.get(a.workspace_id)?.admins?.push(a.email);
  return { workspaces: [...byId.values()] };
}

/** Changes whenever an import commits: cheap to ask before reusing a cached catalog. */
export async function catalogVersion(db: Knex): Promise<string> {
  const row = await db('workspaces').max({ at: 'updated_at' }).count({ n: '*' }).first();
  return `${row?.at ?? ''}/${row?.n ?? 0}`;
}

/** The catalog port (ports/stores.ts). */
export const catalogStore: CatalogStore = { loadCatalog, catalogVersion };
