/**
 * Hostile input, part 2: path tricks in slugs and ids never become an archive prefix.
 *
 * Two independent walls: catalog validation refuses the file (nothing is imported), and the pure scope
 * function (domain/scope.ts) refuses the value even when the catalog or the ticket reached it without
 * validation (a hand-edited database, an older import, a bug elsewhere). Then a property over arbitrary
 * strings: whatever archiveScope returns stays under the layout's static prefix, inside the root.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateCatalog } from '../../src/domain/catalogFile';
import { archiveScope, safeSegment, type ArchiveLayouts, type ScopeTicket } from '../../src/domain/scope';
import type { Catalog, CatalogWorkspace } from '../../src/domain/catalog';
import { isAppError, type ErrorCode } from '../../src/errors';

/** Every trick named in issue 6, and their cousins. */
const TRICKS: [string, string][] = [
  ['dot-dot', '..'],
  ['dot-dot-slash', '../'],
  ['climb out', '../../etc/passwd'],
  ['climb out inside a name', 'src_91ab/../../victim'],
  ['single dot', '.'],
  ['dots only', '...'],
  ['absolute path', '/etc/passwd'],
  ['absolute Windows path', 'C:\\Windows\\System32'],
  ['UNC path', '\\\\server\\share'],
  ['backslash climb', '..\\..\\victim'],
  ['URL-encoded dot-dot-slash', '%2e%2e%2f'],
  ['URL-encoded, upper case', '%2E%2E%2F'],
  ['double URL-encoded', '%252e%252e%252f'],
  ['URL-encoded slash only', 'src%2fvictim'],
  ['NUL', 'src\u0000'],
  ['NUL then climb', 'src\u0000/../..'],
  ['newline', 'src\n..'],
  ['fullwidth solidus U+FF0F', '..\uff0fvictim'],
  ['fullwidth full stops U+FF0E', '\uff0e\uff0e'],
  ['one-dot leader U+2024', '\u2024\u2024'],
  ['two-dot leader U+2025', '\u2025'],
  ['division slash U+2215', '..\u2215victim'],
  ['fraction slash U+2044', '..\u2044victim'],
  ['big solidus U+29F8', '..\u29f8victim'],
  ['set minus U+2216 (backslash look-alike)', '..\u2216victim'],
  ['fullwidth reverse solidus U+FF3C', '..\uff3cvictim'],
  ['small reverse solidus U+FE68', '..\ufe68victim'],
  ['zero-width space', 'src\u200b'],
  ['right-to-left override', 'src\u202e..'],
  ['space', 'src 1'],
  ['empty', ''],
];

const good: CatalogWorkspace = {
  id: 'ws_8f2k1',
  slug: 'acme-inc',
  name: 'Acme',
  contacts: ['ana@acme.example'],
  deletedAt: null,
  sources: [{ id: 'src_91ab', slug: 'ios-app', name: 'iOS' }],
  spaces: [{ id: 'spa_77', name: 'Default Space' }],
};

type Field = 'workspace id' | 'workspace slug' | 'source id' | 'source slug' | 'space id';
const FIELDS: Field[] = ['workspace id', 'workspace slug', 'source id', 'source slug', 'space id'];

function withField(field: Field, value: string): CatalogWorkspace {
  switch (field) {
    case 'workspace id':
      return { ...good, id: value };
    case 'workspace slug':
      return { ...good, slug: value };
    case 'source id':
      return { ...good, sources: [{ ...good.sources[0], id: value }] };
    case 'source slug':
      return { ...good, sources: [{ ...good.sources[0], slug: value }] };
    case 'space id':
      return { ...good, spaces: [{ ...good.spaces[0], id: value }] };
  }
}

const LAYOUTS: ArchiveLayouts[] = [
  { archive: 'segment-logs/{sourceId}/{dayMs}/', space: 'unify/{spaceId}/' },
  { archive: 'raw/{workspaceSlug}/{sourceSlug}/day={day}/', space: 'spaces/{workspaceId}/{spaceId}/' },
  { archive: 'w/{workspaceId}/{sourceId}/{day}/{dayMs}/', space: 'u/{workspaceSlug}/{spaceId}/' },
];

/** The tickets that reach every field: a source deletion, a space deletion and a whole purge. */
function ticketsFor(ws: CatalogWorkspace): ScopeTicket[] {
  const sources = ws.sources.map((s) => s.slug);
  return [
    { kind: 'source_data', workspace: ws.slug, sources, space: null, ranges: [{ from: '2024-03-01', to: '2024-03-02' }] },
    { kind: 'unify_space', workspace: ws.slug, sources: [], space: ws.spaces[0]?.name ?? null, ranges: [] },
    { kind: 'workspace_purge', workspace: ws.slug, sources: [], space: null, ranges: [] },
    { kind: 'archive_purge', workspace: ws.slug, sources: [], space: null, ranges: [] },
  ];
}

function expectAppError(run: () => unknown, code: ErrorCode): void {
  try {
    run();
  } catch (error) {
    expect(isAppError(error, code), String(error)).toBe(true);
    return;
  }
  expect.unreachable(`expected AppError(${code})`);
}

/** What a returned prefix must satisfy, for a layout whose fixed part is `staticPrefix`. */
function expectInsideLayout(prefix: string, staticPrefix: string): void {
  const root = '/archive-root';
  expect(prefix.startsWith(staticPrefix), `${prefix} outside ${staticPrefix}`).toBe(true);
  expect(prefix.endsWith('/')).toBe(true);
  expect(path.posix.isAbsolute(prefix)).toBe(false);
  expect(prefix.split('/').slice(0, -1).every((s) => s !== '' && s !== '.' && s !== '..'), prefix).toBe(true);
  expect(path.posix.normalize(prefix)).toBe(prefix);
  expect(/[\\%\u0000]/.test(prefix), prefix).toBe(false);
  // Resolved the way the folder archive resolves a key, it stays inside the root and the static prefix.
  expect(path.posix.resolve(root, prefix).startsWith(`${root}/${staticPrefix.replace(/\/$/, '')}`)).toBe(true);
}

const staticPart = (layout: string) => layout.slice(0, layout.indexOf('{'));

describe('catalog validation refuses path tricks (nothing is imported)', () => {
  for (const field of FIELDS) {
    it.each(TRICKS)(`${field}: %s`, (_what, value) => {
      expectAppError(() => validateCatalog({ workspaces: [withField(field, value)] }), 'catalog_invalid');
    });
  }

  it('the same file with clean values is accepted, so the refusals above are about the values', () => {
    for (const field of FIELDS) {
      expect(validateCatalog({ workspaces: [withField(field, field === 'workspace slug' || field === 'source slug' ? 'clean-value' : 'clean_value')] }).workspaces).toHaveLength(1);
    }
  });

  it('names the bad field in the message', () => {
    try {
      validateCatalog({ workspaces: [withField('source id', '../../etc')] });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('workspaces[0].sources[0].id');
    }
  });
});

describe('the scope function refuses path tricks that bypassed validation', () => {
  for (const field of FIELDS) {
    it.each(TRICKS)(`${field}: %s`, (_what, value) => {
      const ws = withField(field, value);
      const catalog: Catalog = { workspaces: [ws] };
      for (const layouts of LAYOUTS) {
        for (const ticket of ticketsFor(ws)) {
          // A space id cannot leak into a source deletion's prefixes; every field that is read is checked.
          if (!usedBy(field, ticket.kind)) continue;
          expectAppError(() => archiveScope(ticket, catalog, layouts), 'bad_input');
        }
      }
    });
  }

  it.each(TRICKS)('safeSegment refuses %s', (_what, value) => {
    expectAppError(() => safeSegment(value, 'source id'), 'bad_input');
  });
});

/** Whether archiveScope builds a prefix from this field for this kind (it checks every id and slug it reads). */
function usedBy(field: Field, kind: ScopeTicket['kind']): boolean {
  if (field === 'workspace id' || field === 'workspace slug') return true;
  if (field === 'space id') return kind === 'unify_space' || kind === 'workspace_purge';
  return kind === 'source_data' || kind === 'workspace_purge' || kind === 'archive_purge';
}

describe('property: for any strings as slugs and ids, a prefix stays inside the layout or AppError', () => {
  // Arbitrary text, with the tricks mixed in so the interesting region is not left to chance.
  const fragment = fc.oneof(
    fc.constantFrom(...TRICKS.map(([, v]) => v), 'src_91ab', 'acme-inc', '/', '\\', '.', '%', '\u0000'),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  const value = fc.array(fragment, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(''));
  const layoutArb = fc.constantFrom(...LAYOUTS);
  const kindArb = fc.constantFrom('source_data' as const, 'unify_space' as const, 'workspace_purge' as const, 'archive_purge' as const);

  it('holds for every field, kind and layout', () => {
    fc.assert(
      fc.property(value, value, value, value, value, layoutArb, kindArb, (wsId, wsSlug, srcId, srcSlug, spaceId, layouts, kind) => {
        const ws: CatalogWorkspace = { ...good, id: wsId, slug: wsSlug, sources: [{ id: srcId, slug: srcSlug, name: 'x' }], spaces: [{ id: spaceId, name: 'Default Space' }] };
        const ticket = ticketsFor(ws).find((t) => t.kind === kind)!;
        let scope;
        try {
          scope = archiveScope(ticket, { workspaces: [ws] }, layouts);
        } catch (error) {
          expect(isAppError(error, 'bad_input'), String(error)).toBe(true);
          return;
        }
        for (const p of scope.prefixes) expectInsideLayout(p.prefix, p.space !== undefined ? staticPart(layouts.space) : staticPart(layouts.archive));
        for (const r of scope.sourceRoots) {
          // The listing prefix ends inside the template; the partition it leads to must be inside too.
          expect(r.listPrefix.startsWith(staticPart(layouts.archive))).toBe(true);
          expectInsideLayout(r.template.replace(/\{day\}/g, '2000-01-01').replace(/\{dayMs\}/g, '946684800000'), staticPart(layouts.archive));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it('a value accepted by the scope function is also one catalog validation accepts, or harmless text', () => {
    // The two walls agree on the dangerous part: whatever safeSegment lets through has no separator,
    // no percent sign, no control character and is not made of dots.
    fc.assert(
      fc.property(value, (v) => {
        let ok = true;
        try {
          safeSegment(v, 'source id');
        } catch {
          ok = false;
        }
        if (ok) expect(/^\.+$|[/\\%\p{Cc}]/u.test(v)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
