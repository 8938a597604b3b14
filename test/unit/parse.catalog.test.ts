import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { editDistance, resolveScope } from '../../src/domain/parse/resolveScope';
import { indexCatalog } from '../../src/domain/parse/index';

const catalog: Catalog = {
  workspaces: [
    {
      id: 'ws_8f2k1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], deletedAt: null,
      sources: [
        { id: 'src_91ab', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_a2c4', slug: 'android', name: 'Android App' },
        { id: 'src_w3e9', slug: 'web', name: 'Website' },
        { id: 'src_s4d1', slug: 'server', name: 'Server API' },
      ],
      spaces: [{ id: 'spa_77', name: 'Default Space' }, { id: 'spa_78', name: 'Marketing' }],
    },
    {
      id: 'ws_g10b', slug: 'globex', name: 'Globex Corporation', contacts: [], deletedAt: null,
      sources: [{ id: 'src_g1x2', slug: 'ios-app', name: 'iOS App' }], spaces: [],
    },
    { id: 'ws_um1', slug: 'umbrella-old', name: 'Umbrella Legacy', contacts: [], deletedAt: '2021-11-02', sources: [], spaces: [] },
  ],
};
const index = indexCatalog(catalog);

describe('resolveScope', () => {
  const cases: { name: string; text: string; workspace: string | null; sources?: string[]; space?: string | null; ambiguity?: string }[] = [
    { name: 'slug', text: 'workspace acme-inc, source ios-app', workspace: 'acme-inc', sources: ['ios-app'] },
    { name: 'display names', text: 'Acme Inc, iOS App', workspace: 'acme-inc', sources: ['ios-app'] },
    { name: 'lower-case name', text: 'acme inc ios app', workspace: 'acme-inc', sources: ['ios-app'] },
    { name: 'underscore variant', text: 'acme_inc ios_app', workspace: 'acme-inc', sources: ['ios-app'] },
    { name: '"the iOS source"', text: 'the iOS source of acme-inc', workspace: 'acme-inc', sources: ['ios-app'] },
    { name: 'ids resolve to slugs', text: 'ws_8f2k1 src_91ab', workspace: 'acme-inc', sources: ['ios-app'] },
    { name: 'short workspace name', text: 'Acme, ios-app', workspace: 'acme-inc', sources: ['ios-app'] },
    { name: 'several sources, sorted', text: 'acme-inc: sources web, server and android', workspace: 'acme-inc', sources: ['android', 'server', 'web'] },
    { name: '"web team" names no source', text: 'acme-inc: our web team and the server guys', workspace: 'acme-inc', sources: [] },
    { name: '"the web source" names a source', text: 'acme-inc: the web source', workspace: 'acme-inc', sources: ['web'] },
    { name: 'quoted common word names a source', text: 'acme-inc "server"', workspace: 'acme-inc', sources: ['server'] },
    { name: '"web data" names a source', text: 'acme-inc web data', workspace: 'acme-inc', sources: ['web'] },
    { name: 'bare "ios" in prose names no source', text: 'acme-inc: the web and iOS numbers are fine', workspace: 'acme-inc', sources: [] },
    { name: 'space by name with cue', text: 'the Marketing space of acme-inc', workspace: 'acme-inc', space: 'Marketing' },
    { name: '"marketing team" names no space', text: 'acme-inc: our marketing team', workspace: 'acme-inc', space: null },
    { name: 'space by id', text: 'spa_77 in acme-inc', workspace: 'acme-inc', space: 'Default Space' },
    { name: 'near miss on workspace slug', text: 'acme-incc ios-app', workspace: null, ambiguity: 'did you mean acme-inc?' },
    { name: 'near miss on source slug', text: 'acme-inc ios-apps', workspace: 'acme-inc', sources: [], ambiguity: 'did you mean ios-app' },
    { name: 'near miss on workspace name after cue', text: 'workspace globexx', workspace: null, ambiguity: 'did you mean globex' },
    { name: 'unknown slug after cue', text: 'workspace foo-bar-9', workspace: null, ambiguity: 'not in the catalog' },
    { name: 'source of another workspace', text: 'globex, source android', workspace: 'globex', sources: [], ambiguity: 'belongs to workspace acme-inc, not globex' },
    { name: 'source slug shared by two workspaces resolves inside the named one', text: 'globex ios-app', workspace: 'globex', sources: ['ios-app'] },
    { name: 'two workspaces', text: 'acme-inc and globex', workspace: null, ambiguity: 'several workspaces' },
    { name: 'no workspace, source in one workspace', text: 'source android please', workspace: null, sources: ['android'], ambiguity: 'belongs to workspace acme-inc, but no workspace is named' },
    { name: 'no workspace, source in two workspaces', text: 'the ios-app source', workspace: null, sources: ['ios-app'], ambiguity: 'exists in workspaces acme-inc, globex' },
    { name: 'path-like reference with a common word', text: 'Acme Inc / Website / 2024-03-04', workspace: 'acme-inc', sources: ['web'] },
    { name: 'slug and id of the same workspace agree', text: 'acme-inc (ws_8f2k1)', workspace: 'acme-inc' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = resolveScope(c.text, index);
      expect(r.workspace).toBe(c.workspace);
      if (c.sources) expect(r.sources).toEqual(c.sources);
      if (c.space !== undefined) expect(r.space).toBe(c.space);
      if (c.ambiguity) expect(r.ambiguities.join(' | ')).toContain(c.ambiguity);
      else expect(r.ambiguities).toEqual([]);
    });
  }

  it('reports the deletedAt of the resolved workspace', () => {
    expect(resolveScope('umbrella-old', index).workspaceDeletedAt).toBe('2021-11-02');
  });

  it('counts edit distance with transpositions and gives up past the limit', () => {
    expect(editDistance('acme-inc', 'acme-incc', 2)).toBe(1);
    expect(editDistance('android', 'andriod', 2)).toBe(1);
    expect(editDistance('globex', 'initech', 2)).toBe(3);
  });
});
