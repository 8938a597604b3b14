/**
 * A source read by its name while the workspace also has that name qualified ("Import" beside "Import
 * (manual)"), and the mail puts a word of its own before the name that says what kind of source is meant
 * ("the CSV import", "our SFTP Import", "the manual import"): either source may be the one, so the desk
 * asks. Without such a word ("the Import source", "Lisboa Import") the name is the source.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const RUI = 'rui@porto.example';
const catalog = indexCatalog({
  workspaces: [
    ws('porto-data', 'Porto Data', [['import', 'Import'], ['import-manual', 'Import (manual)'], ['web', 'Web']], [], [RUI]),
    ws('braga', 'Braga', [['import', 'Import'], ['web', 'Web']], [], ['ines@braga.example']),
  ],
});
const NOW = new Date('2026-12-07T18:00:00Z');
const parse = (text: string, from = RUI): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2026-12-07T09:00:00Z'), subject: 'Data deletion' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a word of kind before a name that has a qualified twin', () => {
  it.each([
    'Please delete the CSV import source in porto-data for 2 December 2026.',
    'Please delete our SFTP Import data in porto-data for 2 December 2026.',
    'Please delete the nightly import in porto-data for 2 December 2026.',
  ])('asks which source "%s" means', (text) => {
    const r = parse(text);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/twin \(import-manual\)/);
  });
});

describe('the name alone, or beside words that are no kind of source', () => {
  it.each([
    ['Please delete the Import source in porto-data for 2 December 2026.', ['import']],
    ['Please delete the Porto Data Import data for 2 December 2026.', ['import']],
    ['Please delete the Import (manual) data in porto-data for 2 December 2026.', ['import-manual']],
  ])('reads "%s" with no question about the twin', (text, sources) => {
    const r = parse(text);
    expect(r.sources).toEqual(sources);
    expect(r.ambiguities.join(' ')).not.toMatch(/twin/);
  });

  it('reads a workspace without the twin as before: "the CSV import" in braga is its Import', () => {
    const r = parse('Please delete the CSV import source in braga for 2 December 2026.', 'ines@braga.example');
    expect(r.sources).toEqual(['import']);
    expect(r.ambiguities.join(' ')).not.toMatch(/twin/);
  });
});

describe('the twin written out, or a word in capitals for stress', () => {
  const numbered = indexCatalog({ workspaces: [ws('kettle', 'Kettle & Co', [['app', 'App'], ['app-2', 'App 2']], [], [RUI])] });
  it('reads "App (the original one, NOT App 2)" as App', () => {
    const text = 'Please delete the data of the source called "App" (the original one, NOT App 2) in kettle for 2 December 2026.';
    const r = contractView(parseRequest(textMessage(text, { from: RUI, date: new Date('2026-12-07T09:00:00Z'), subject: 'Data deletion' }), numbered, { now: NOW }));
    expect(r.ambiguities.join(' ')).not.toMatch(/has a twin/);
    expect(r.sources).toEqual(['app']);
  });
});
