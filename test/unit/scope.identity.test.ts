import { describe, expect, it } from 'vitest';
import { archiveScope, scopeIdentity, type ScopeTicket } from '../../src/domain/scope';
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
