import { describe, expect, it } from 'vitest';
import { approvedManifest, archiveScope, scopeIdentity, type ScopeTicket } from '../../src/domain/scope';
import type { Catalog } from '../../src/domain/catalog';

const layouts = { archive: 'segment-logs/{sourceId}/{dayMs}/', space: 'unify/{spaceId}/' };
const before: Catalog = {
  workspaces: [
    { id: 'ws_a', slug: 'acme-inc', name: 'Acme', contacts: [], deletedAt: null, sources: [{ id: 'src_1', slug: 'ios-app', name: 'iOS' }], spaces: [{ id: 'spa_1', name: 'Default Space' }] },
    { id: 'ws_b', slug: 'other', name: 'Other', contacts: [], deletedAt: null, sources: [{ id: 'src_9', slug: 'ios-app', name: 'iOS' }], spaces: [] },
  ],
};
// A re-import during the grace period gave the slug acme-inc to the other workspace id.
const after: Catalog = {
  workspaces: [
    { ...before.workspaces[1]!, slug: 'acme-inc' },
    { ...before.workspaces[0]!, slug: 'acme-old' },
  ],
};

describe('the ids a ticket was approved for', () => {
  const purge: ScopeTicket = { kind: 'workspace_purge', workspace: 'acme-inc', sources: [], space: null, ranges: [] };
  const sourceDays: ScopeTicket = { kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-01' }] };

  it('are recorded from the catalog at approval', () => {
    expect(scopeIdentity(purge, before)).toEqual({ workspaceId: 'ws_a', sourceIds: [], spaceId: null });
    expect(scopeIdentity(sourceDays, before)).toEqual({ workspaceId: 'ws_a', sourceIds: ['src_1'], spaceId: null });
    expect(scopeIdentity({ ...purge, kind: 'unify_space', space: 'default space' }, before)).toEqual({ workspaceId: 'ws_a', sourceIds: [], spaceId: 'spa_1' });
  });

  it('a purge whose slug now names another workspace is refused before anything is deleted', () => {
    const approved = { ...purge, approvedIds: scopeIdentity(purge, before) };
    expect(archiveScope(approved, before, layouts).sourceRoots.map((r) => r.sourceId)).toEqual(['src_1']);
    expect(() => archiveScope(approved, after, layouts)).toThrow(/catalog changed since this ticket was approved/);
  });

  it('a source deletion whose slug now names another source is refused', () => {
    const approved = { ...sourceDays, approvedIds: scopeIdentity(sourceDays, before) };
    const renamed: Catalog = { workspaces: [{ ...before.workspaces[0]!, sources: [{ id: 'src_2', slug: 'ios-app', name: 'iOS v2' }, { id: 'src_1', slug: 'ios-legacy', name: 'iOS' }] }] };
    expect(() => archiveScope(approved, renamed, layouts)).toThrow(/catalog changed/);
  });

  it('a ticket approved before ids were recorded runs as before', () => {
    expect(archiveScope(sourceDays, after, layouts).prefixes.map((p) => p.prefix)).toEqual(['segment-logs/src_9/1709251200000/']);
  });
});

describe('the approved manifest', () => {
  const at = '2024-03-12T10:00:00.000Z';
  const purge: ScopeTicket = { kind: 'workspace_purge', workspace: 'acme-inc', sources: [], space: null, ranges: [] };
  const sourceDays: ScopeTicket = { kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-02' }] };
  // A re-import moved the other workspace's source src_9 into acme-inc, and added a space.
  const movedIn: Catalog = {
    workspaces: [
      { ...before.workspaces[0]!, sources: [{ id: 'src_1', slug: 'ios-app', name: 'iOS' }, { id: 'src_9', slug: 'ios-other', name: 'iOS (other)' }], spaces: [{ id: 'spa_1', name: 'Default Space' }, { id: 'spa_2', name: 'New' }] },
      { ...before.workspaces[1]!, sources: [] },
    ],
  };

  it('freezes ids and days; a purge freezes every source and space the workspace has at approval', () => {
    expect(approvedManifest(purge, before, at)).toEqual({ kind: 'workspace_purge', workspaceId: 'ws_a', workspaceSlug: 'acme-inc', sourceIds: ['src_1'], spaceIds: ['spa_1'], ranges: [], approvedAt: at });
    expect(approvedManifest(sourceDays, before, at)).toMatchObject({ sourceIds: ['src_1'], spaceIds: [], ranges: [{ from: '2024-03-01', to: '2024-03-02' }] });
    expect(approvedManifest({ ...sourceDays, sources: ['nope'] }, before, at)).toBeNull();
  });

  it('failure 4: a source moved into the workspace after approval is not deleted and is reported', () => {
    const approved = { ...purge, manifest: approvedManifest(purge, before, at) };
    const scope = archiveScope(approved, movedIn, layouts);
    expect(scope.sourceRoots.map((r) => r.sourceId)).toEqual(['src_1']);
    expect(scope.prefixes.map((p) => p.prefix)).toEqual(['unify/spa_1/']);
    expect(scope.additions).toEqual({ sources: [{ id: 'src_9', slug: 'ios-other' }], spaces: [{ id: 'spa_2', name: 'New' }] });
  });

  it('an approved source that now belongs to another workspace stops the run', () => {
    const approved = { ...purge, manifest: approvedManifest(purge, before, at) };
    const movedOut: Catalog = { workspaces: [{ ...before.workspaces[0]!, sources: [] }, { ...before.workspaces[1]!, sources: [{ id: 'src_1', slug: 'ios-app', name: 'iOS' }] }] };
    expect(() => archiveScope(approved, movedOut, layouts)).toThrow(/src_1 now belongs to another workspace \(ws_b\)/);
    expect(() => archiveScope(approved, { workspaces: [before.workspaces[1]!] }, layouts)).toThrow(/no longer in the catalog/);
  });

  it('a source deletion deletes the approved ids and days, whatever the names mean now', () => {
    const approved = { ...sourceDays, manifest: approvedManifest(sourceDays, before, at) };
    // The slug ios-app now names another source: the approved id is still what is deleted.
    const renamed: Catalog = { workspaces: [{ ...before.workspaces[0]!, sources: [{ id: 'src_2', slug: 'ios-app', name: 'iOS v2' }, { id: 'src_1', slug: 'ios-legacy', name: 'iOS' }] }] };
    expect(archiveScope({ ...approved, ranges: [{ from: '2024-01-01', to: '2024-12-31' }] }, renamed, layouts).prefixes.map((p) => p.prefix)).toEqual(['segment-logs/src_1/1709251200000/', 'segment-logs/src_1/1709337600000/']);
  });
});
