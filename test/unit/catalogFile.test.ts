import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../src/domain/catalogFile';

const good = {
  workspaces: [
    { id: 'ws_1', slug: 'acme-inc', name: 'Acme', contacts: ['Ana@Acme.example'], deletedAt: '2021-11-02', sources: [{ id: 'src_1', slug: 'ios-app', name: 'iOS App' }], spaces: [{ id: 'spa_1', name: 'Default Space' }] },
  ],
};

function rejection(data: unknown): string {
  try {
    validateCatalog(data);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the catalog was accepted');
}

describe('catalog file', () => {
  it('accepts the documented catalog format (docs/design.md) and lower-cases contacts', () => {
    const c = validateCatalog(good);
    expect(c.workspaces[0]).toMatchObject({ slug: 'acme-inc', contacts: ['ana@acme.example'], deletedAt: '2021-11-02' });
  });

  it('accepts a YAML date for deletedAt', () => {
    expect(validateCatalog({ workspaces: [{ ...good.workspaces[0], deletedAt: new Date('2021-11-02T00:00:00Z') }] }).workspaces[0]!.deletedAt).toBe('2021-11-02');
  });

  it.each<[string, unknown, RegExp]>([
    ['a slug with a path in it', { workspaces: [{ ...good.workspaces[0], slug: '../etc' }] }, /workspaces\[0\]\.slug: expected lower-case/],
    ['a source id with a slash', { workspaces: [{ ...good.workspaces[0], sources: [{ id: 'a/b', slug: 'x', name: 'X' }] }] }, /workspaces\[0\]\.sources\[0\]\.id/],
    ['a contact that is not an address', { workspaces: [{ ...good.workspaces[0], contacts: ['ana'] }] }, /workspaces\[0\]\.contacts\[0\]: expected an email address/],
    ['a misspelt field', { workspaces: [{ ...good.workspaces[0], contact: [] }] }, /workspaces\[0\]/],
    ['a bad date', { workspaces: [{ ...good.workspaces[0], deletedAt: 'last year' }] }, /workspaces\[0\]\.deletedAt: expected a date as YYYY-MM-DD/],
    ['a duplicate slug', { workspaces: [good.workspaces[0], { ...good.workspaces[0], id: 'ws_2', sources: [], spaces: [] }] }, /workspaces\[1\]\.slug: slug "acme-inc" is already used at workspaces\[0\]\.slug/],
    ['no workspaces list', { workspace: [] }, /workspaces/],
  ])('rejects %s with the path of the bad field', (_name, data, pattern) => {
    const message = rejection(data);
    expect(message).toMatch(/nothing changed/);
    expect(message).toMatch(pattern);
  });
});
