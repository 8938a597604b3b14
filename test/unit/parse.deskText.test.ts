/**
 * The desk's confirmation list, as the real template renders it, kept in a customer's reply without a
 * quote marker: the parser must know it as the desk's text (and see an edit of it), whatever the template
 * and the scope lines say today. Binds deskText.ts to templates/partials/confirm_request.text.hbs and
 * confirmScope.ts, so a change of wording in one cannot silently make the other read our list as a request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { confirmScopeLines } from '../../src/domain/email/confirmScope';
import { deskListIn } from '../../src/domain/parse/deskText';
import type { CatalogWorkspace } from '../../src/domain/catalog';

// As the desk compiles its text templates: no HTML escaping (services/emailTemplates.ts).
const template = Handlebars.compile(readFileSync(path.resolve(__dirname, '../../templates/partials/confirm_request.text.hbs'), 'utf8'), { noEscape: true });
const orchard: CatalogWorkspace = {
  id: 'ws_o', slug: 'orchard', name: 'Orchard Foods', contacts: ['ops@orchard.example'], admins: [], deletedAt: null, spaces: [{ id: 'spa_1', name: 'Shoppers' }],
  sources: [{ id: 's1', slug: 'ios-app', name: 'iOS App' }, { id: 's2', slug: 'android-app', name: 'Android App' }],
};
const rendered = (lines: string[]): string => template({ lines });

describe('our confirmation list in a reply, as the template renders it', () => {
  it.each([
    ['a source deletion', confirmScopeLines({ kind: 'source_data', workspace: 'orchard', sources: ['ios-app'], space: null, ranges: [{ from: '2026-11-03', to: '2026-11-05' }], evidence: { kind: 'delete', workspace: 'orchard', sources: [{ slug: 'ios-app', text: 'iOS App' }], space: null, ranges: [{ from: '2026-11-03', to: '2026-11-05', text: 'Nov 3-5' }] } }, orchard)],
    ['a space deletion', confirmScopeLines({ kind: 'unify_space', workspace: 'orchard', sources: [], space: 'Shoppers', ranges: [], evidence: null }, orchard)],
    ['a workspace purge', confirmScopeLines({ kind: 'workspace_purge', workspace: 'orchard', sources: [], space: null, ranges: [], evidence: null }, orchard)],
    ['an account purge', confirmScopeLines({ kind: 'account_purge', workspace: null, sources: [], space: null, ranges: [], evidence: null, accountWorkspaces: [{ slug: 'orchard', name: 'Orchard Foods' }, { slug: 'orchard-eu', name: 'Orchard EU' }] }, undefined)],
  ])('%s: the list is left out of the customer’s words, and nothing else', (_, lines) => {
    const reply = `Please do the Android App instead, for November 3, 2026.\n\n${rendered(lines)}`;
    const read = deskListIn(reply, true);
    expect(read.edited).toBeNull();
    expect(read.text).toContain('Please do the Android App instead, for November 3, 2026.');
    for (const line of lines) expect(read.text).not.toContain(line);
  });

  it('a line of the list changed by the customer is seen as an edit', () => {
    const lines = confirmScopeLines({ kind: 'source_data', workspace: 'orchard', sources: ['ios-app'], space: null, ranges: [{ from: '2026-11-03', to: '2026-11-05' }], evidence: null }, orchard);
    const edited = rendered(lines).replace('Source: iOS App (ios-app)', 'Source: Android App');
    expect(deskListIn(edited, true).edited).toBe('- Source: Android App');
  });
});
