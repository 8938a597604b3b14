/**
 * The catalog file (DESIGN.md section 3) → Catalog, or every problem with the path of the bad field
 * (`workspaces[0].sources[1].slug: …`). A file with any problem is rejected whole.
 */
import { z } from 'zod';
import type { Catalog } from './catalog';
import { AppError } from '../errors';

// Ids and slugs end up inside archive keys: no separators, no dots-only names, nothing to escape with.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const SAFE_SLUG = /^[a-z0-9][a-z0-9_-]{0,127}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const id = z.string().regex(SAFE_ID, 'expected letters, digits, "_" or "-" (no "/", "." or spaces)');
const slug = z.string().regex(SAFE_SLUG, 'expected lower-case letters, digits, "_" or "-", e.g. acme-inc');
const name = z.string().trim().min(1, 'must not be empty');
const email = z.string().trim().toLowerCase().pipe(z.email('expected an email address'));
const day = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .pipe(z.string().regex(DAY, 'expected a date as YYYY-MM-DD'));

const sourceSchema = z.object({ id, slug, name }).strict();
const spaceSchema = z.object({ id, name }).strict();
const workspaceSchema = z
  .object({
    id,
    slug,
    name,
    contacts: z.array(email).default([]),
    admins: z.array(email).default([]),
    deletedAt: day.nullish(),
    sources: z.array(sourceSchema).default([]),
    spaces: z.array(spaceSchema).default([]),
  })
  .strict();
const fileSchema = z.object({ workspaces: z.array(workspaceSchema) }).strict();

export function validateCatalog(input: unknown): Catalog {
  const result = fileSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    throw new AppError('catalog_invalid', `The catalog was not imported (nothing changed):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const catalog: Catalog = {
    workspaces: result.data.workspaces.map((w) => ({
      id: w.id,
      slug: w.slug,
      name: w.name,
      contacts: [...new Set(w.contacts)],
      admins: [...new Set(w.admins)],
      deletedAt: w.deletedAt ?? null,
      sources: w.sources,
      spaces: w.spaces,
    })),
  };
  const problems = duplicates(catalog);
  if (problems.length) {
    throw new AppError('catalog_invalid', `The catalog was not imported (nothing changed):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return catalog;
}

function duplicates(catalog: Catalog): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const claim = (key: string, where: string, what: string) => {
    const first = seen.get(key);
    if (first) problems.push(`${where}: ${what} is already used at ${first}`);
    else seen.set(key, where);
  };
  catalog.workspaces.forEach((w, i) => {
    claim(`ws-id:${w.id}`, `workspaces[${i}].id`, `id "${w.id}"`);
    claim(`ws-slug:${w.slug}`, `workspaces[${i}].slug`, `slug "${w.slug}"`);
    w.sources.forEach((s, j) => {
      claim(`src-id:${s.id}`, `workspaces[${i}].sources[${j}].id`, `source id "${s.id}"`);
      claim(`src-slug:${w.id}:${s.slug}`, `workspaces[${i}].sources[${j}].slug`, `source slug "${s.slug}"`);
    });
    w.spaces.forEach((s, j) => {
      claim(`spa-id:${s.id}`, `workspaces[${i}].spaces[${j}].id`, `space id "${s.id}"`);
      claim(`spa-name:${w.id}:${s.name.toLowerCase()}`, `workspaces[${i}].spaces[${j}].name`, `space name "${s.name}"`);
    });
  });
  return problems;
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
