/**
 * A slug cut short: "ios-app- (lumen-prod)" where the catalog holds ios-app and ios-app-2. The hyphen says
 * something followed it; which source is meant is asked, never the shorter slug taken. Found by the
 * metamorphic test's near-miss relation (a letter deleted from "ios-app-2").
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';

const catalog = indexCatalog({
  workspaces: [
    { id: 'ws_l1', slug: 'lumen-prod', name: 'Lumen Prod', contacts: ['dev@lumen.example'], admins: [], deletedAt: null, sources: [{ id: 'src_l1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_l2', slug: 'ios-app-2', name: 'iOS App 2' }, { id: 'src_l3', slug: 'web', name: 'Web' }], spaces: [] },
  ],
} satisfies Catalog);
const parse = (text: string) =>
  contractView(parseRequest(textMessage(text, { from: 'dev@lumen.example', date: new Date('2026-10-08T09:00:00Z'), subject: 'bad release' }), catalog, { now: new Date('2026-10-09T12:00:00Z') }));

describe('a slug ending in a hyphen', () => {
  it('asks which source is meant when a longer slug starts with it', () => {
    for (const text of ['pls delete ios-app- (lumen-prod) for 2026-10-07. ty', 'Delete lumen-prod source ios-app-\nfor 2026-10-07']) {
      expect(parse(text).ambiguities.join(' ')).toContain('ios-app or ios-app-2');
    }
  });

  it('reads a whole slug, and a slug before a dash between words', () => {
    expect(parse('pls delete ios-app-2 (lumen-prod) for 2026-10-07.')).toMatchObject({ sources: ['ios-app-2'], ambiguities: [] });
    expect(parse('Delete lumen-prod ios-app - 2026-10-07 please')).toMatchObject({ sources: ['ios-app'], ambiguities: [] });
  });
});
