/**
 * What corpora 25 and 26 and a second look at the older corpora showed, in my own words: a German
 * request puts its verb last ("bitte Website am 3.11. … löschen"), so a common-word source named before
 * its day was missed and the other source's days were applied to both.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_m1', slug: 'mueller', name: 'Müller Logistik', contacts: ['it@mueller.example'], admins: ['it@mueller.example'], deletedAt: null,
      sources: [{ id: 'src_m1', slug: 'web', name: 'Website' }, { id: 'src_m2', slug: 'scanner', name: 'Handscanner' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-18T12:00:00Z');
const parse = (text: string, subject = 'Data deletion', sent = '2026-12-07T09:00:00Z'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'it@mueller.example', date: new Date(sent), subject }), catalog, { now: NOW }));

describe('a German request with its verb last', () => {
  it('reads a common-word source named before its day, and asks which day goes with which source', () => {
    const r = parse('Hallo, in mueller bitte die Website am 3.11.2026 und den Handscanner am 5.11.2026 löschen.');
    expect(r.sources).toEqual(['scanner', 'web']);
    expect(r.ambiguities.join(' ')).toMatch(/several sources .* several dates/);
  });

  it('does not take "bitte Website am …" as a source when no deletion verb ends the sentence', () => {
    const r = parse('Bitte Website am 3.11.2026 prüfen. Im Workspace mueller den Handscanner am 5.11.2026 löschen.');
    expect(r.sources).toEqual(['scanner']);
  });
});
