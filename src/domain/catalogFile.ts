/**
 * The catalog file (docs/design.md, "Catalog file") → Catalog, or every problem with the path of the bad field
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
    const problems = result.error.issues.map((i) => `${formatPath(i.path)}: ${issueText(i, input)}`);
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

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping of fields',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date as YYYY-MM-DD',
};

/**
 * A schema issue in the desk's words. The schema library's own messages ("Invalid input: expected
 * string, received undefined") name its types, not the file the operator wrote; the messages we set
 * on fields (slugs, ids, dates) are already in our words and kept.
 */
function issueText(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined) return `missing (required: ${expected})`;
      return `expected ${expected}, found ${describeValue(value)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; the catalog format is in the README)`;
    case 'invalid_union':
      return `expected a date as YYYY-MM-DD, found ${describeValue(valueAt(input, issue.path))}`;
    default:
      return /^Invalid input|^Invalid option|^Too (small|big)/i.test(issue.message) ? `not valid here (found ${describeValue(valueAt(input, issue.path))})` : issue.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'a mapping of fields';
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
