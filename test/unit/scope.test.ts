import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { archiveScope, compareKeys, matchPartition, safeSegment, type ArchiveLayouts, type ScopeTicket } from '../../src/domain/scope';
import type { Catalog } from '../../src/domain/catalog';
import { isAppError } from '../../src/errors';

const layouts: ArchiveLayouts = { archive: 'segment-logs/{sourceId}/{dayMs}/', space: 'unify/{spaceId}/' };

const catalog: Catalog = {
  workspaces: [
    {
      id: 'ws_8f2k1', slug: 'acme-inc', name: 'Acme', contacts: [], deletedAt: null,
      sources: [{ id: 'src_91ab', slug: 'ios-app', name: 'iOS' }, { id: 'src_a2c4', slug: 'android', name: 'Android' }],
      spaces: [{ id: 'spa_77', name: 'Default Space' }, { id: 'spa_78', name: 'Marketing' }],
    },
    { id: 'ws_g10b', slug: 'globex', name: 'Globex', contacts: [], deletedAt: null, sources: [{ id: 'src_91ab2', slug: 'ios-app', name: 'iOS' }], spaces: [] },
  ],
};

const ticket = (t: Partial<ScopeTicket>): ScopeTicket => ({ kind: 'source_data', workspace: 'acme-inc', sources: [], space: null, ranges: [], ...t });
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe('archiveScope', () => {
  it('source_data: one prefix per source and UTC day, ending at the partition boundary', () => {
    const scope = archiveScope(ticket({ sources: ['ios-app', 'android'], ranges: [{ from: '2024-02-28', to: '2024-03-01' }] }), catalog, layouts);
    expect(scope.sourceRoots).toEqual([]);
    expect(scope.prefixes).toEqual([
      { prefix: `segment-logs/src_91ab/${ms('2024-02-28')}/`, source: 'ios-app', day: '2024-02-28' },
      { prefix: `segment-logs/src_91ab/${ms('2024-02-29')}/`, source: 'ios-app', day: '2024-02-29' },
      { prefix: `segment-logs/src_91ab/${ms('2024-03-01')}/`, source: 'ios-app', day: '2024-03-01' },
      { prefix: `segment-logs/src_a2c4/${ms('2024-02-28')}/`, source: 'android', day: '2024-02-28' },
      { prefix: `segment-logs/src_a2c4/${ms('2024-02-29')}/`, source: 'android', day: '2024-02-29' },
      { prefix: `segment-logs/src_a2c4/${ms('2024-03-01')}/`, source: 'android', day: '2024-03-01' },
    ]);
  });

  it('overlapping ranges do not repeat a partition', () => {
    const scope = archiveScope(ticket({ sources: ['ios-app'], ranges: [{ from: '2024-01-01', to: '2024-01-02' }, { from: '2024-01-02', to: '2024-01-02' }] }), catalog, layouts);
    expect(scope.prefixes.map((p) => p.day)).toEqual(['2024-01-01', '2024-01-02']);
  });

  it('the {day} token and workspace tokens fill in', () => {
    const scope = archiveScope(ticket({ sources: ['ios-app'], ranges: [{ from: '2024-01-05', to: '2024-01-05' }] }), catalog, { ...layouts, archive: 'raw/{workspaceSlug}/{sourceSlug}/day={day}/' });
    expect(scope.prefixes.map((p) => p.prefix)).toEqual(['raw/acme-inc/ios-app/day=2024-01-05/']);
  });

  it('unify_space: the space prefix', () => {
    expect(archiveScope(ticket({ kind: 'unify_space', space: 'Marketing' }), catalog, layouts).prefixes).toEqual([{ prefix: 'unify/spa_78/', space: 'Marketing' }]);
  });

  it('workspace_purge: every source root and every space; archive_purge: only the sources', () => {
    const purge = archiveScope(ticket({ kind: 'workspace_purge' }), catalog, layouts);
    expect(purge.sourceRoots.map((r) => r.listPrefix)).toEqual(['segment-logs/src_91ab/', 'segment-logs/src_a2c4/']);
    expect(purge.prefixes.map((p) => p.prefix)).toEqual(['unify/spa_77/', 'unify/spa_78/']);
    const archive = archiveScope(ticket({ kind: 'archive_purge' }), catalog, layouts);
    expect(archive.prefixes).toEqual([]);
    expect(archive.sourceRoots).toHaveLength(2);
  });

  it.each([
    ['an unknown workspace', ticket({ workspace: 'nope', sources: ['ios-app'], ranges: [{ from: '2024-01-01', to: '2024-01-01' }] })],
    ['an unknown source', ticket({ sources: ['web'], ranges: [{ from: '2024-01-01', to: '2024-01-01' }] })],
    ['an unknown space', ticket({ kind: 'unify_space', space: 'Sales' })],
    ['a reversed range', ticket({ sources: ['ios-app'], ranges: [{ from: '2024-01-02', to: '2024-01-01' }] })],
    ['an impossible day', ticket({ sources: ['ios-app'], ranges: [{ from: '2024-02-30', to: '2024-02-30' }] })],
    ['a kind that deletes nothing', ticket({ kind: 'status' })],
  ])('refuses %s', (_what, t) => {
    expect(() => archiveScope(t, catalog, layouts)).toThrow(expect.objectContaining({ code: 'bad_input' }));
  });

  it.each(['..', '.', '', 'a/b', 'a\\b', '%2e%2e', 'src\n1', 'src\u0000', 'src 1', '\uff0e\uff0e', '\u2025', 'a\uff0fb', 'src\u200b'])('refuses the id %j', (bad) => {
    const evil: Catalog = { workspaces: [{ ...catalog.workspaces[0], sources: [{ id: bad, slug: 'ios-app', name: 'x' }] }] };
    const run = () => archiveScope(ticket({ sources: ['ios-app'], ranges: [{ from: '2024-01-01', to: '2024-01-01' }] }), evil, layouts);
    expect(run).toThrow(expect.objectContaining({ code: 'bad_input' }));
    const purge = () => archiveScope(ticket({ kind: 'workspace_purge' }), evil, layouts);
    expect(purge).toThrow(expect.objectContaining({ code: 'bad_input' }));
  });

  it('property: every prefix of a valid catalog is relative, ends with "/" and has no dot segment', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    fc.assert(
      fc.property(segment, segment, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 40 }), (id, slug, start, len) => {
        const from = new Date(Date.UTC(2020, 0, 1) + start * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2020, 0, 1) + (start + len) * 86_400_000).toISOString().slice(0, 10);
        const cat: Catalog = { workspaces: [{ ...catalog.workspaces[0], sources: [{ id, slug, name: 'x' }] }] };
        const scope = archiveScope(ticket({ sources: [slug], ranges: [{ from, to }] }), cat, layouts);
        expect(scope.prefixes).toHaveLength(len + 1);
        for (const p of scope.prefixes) {
          expect(p.prefix.endsWith('/')).toBe(true);
          expect(p.prefix.split('/').slice(0, -1).every((s) => s !== '' && s !== '.' && s !== '..')).toBe(true);
        }
      }),
    );
  });
});

describe('matchPartition', () => {
  const root = archiveScope(ticket({ kind: 'archive_purge' }), catalog, layouts).sourceRoots[0];

  it.each([
    [`segment-logs/src_91ab/${ms('2024-03-01')}/part-0001.gz`, { prefix: `segment-logs/src_91ab/${ms('2024-03-01')}/`, day: '2024-03-01' }],
    [`segment-logs/src_91ab/0/a`, { prefix: 'segment-logs/src_91ab/0/', day: '1970-01-01' }],
    [`segment-logs/src_91ab2/${ms('2024-03-01')}/part-0001.gz`, null],
    [`segment-logs/src_91ab/0${ms('2024-03-01')}/part-0001.gz`, null],
    [`segment-logs/src_91ab/${ms('2024-03-01') + 1}/part-0001.gz`, null],
    [`segment-logs/src_91ab/${ms('2024-03-01')}x/part`, null],
    [`segment-logs/src_91ab/${ms('2024-03-01')}`, null],
    [`segment-logs/src_91ab/notes.txt`, null],
    [`segment-logs/src_91ab/tmp/${ms('2024-03-01')}/a`, null],
  ])('%s', (key, expected) => {
    expect(matchPartition(root, key)).toEqual(expected);
  });

  it('checks every day token of a layout against the others', () => {
    const r = archiveScope(ticket({ kind: 'archive_purge' }), catalog, { ...layouts, archive: 'l/{sourceId}/{day}/{dayMs}/' }).sourceRoots[0];
    expect(matchPartition(r, `l/src_91ab/2024-03-01/${ms('2024-03-01')}/x`)?.day).toBe('2024-03-01');
    expect(matchPartition(r, `l/src_91ab/2024-03-02/${ms('2024-03-01')}/x`)).toBeNull();
    expect(matchPartition(r, `l/src_91ab/2024-02-30/${ms('2024-03-01')}/x`)).toBeNull();
  });
});

describe('helpers', () => {
  it('compareKeys is UTF-8 byte order (as S3 lists), not UTF-16 order', () => {
    const a = '\uffff';
    const b = '\u{10000}';
    expect(a < b).toBe(false); // UTF-16 puts the surrogate pair first
    expect(compareKeys(a, b)).toBeLessThan(0);
  });

  it('safeSegment returns a safe value unchanged and names the problem otherwise', () => {
    expect(safeSegment('src_91ab', 'source id')).toBe('src_91ab');
    try {
      safeSegment('..', 'source id');
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'bad_input')).toBe(true);
      expect((error as Error).message).toContain('dots');
    }
  });
});
