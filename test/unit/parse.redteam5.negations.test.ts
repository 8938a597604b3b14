/**
 * Fifth red-team round, negations: a source named only in a clause that says not to delete it ("We never
 * want the iOS App data deleted", "ne supprimez pas les données iOS App", "iOS Appのデータは削除せず") was
 * added to the deletion; a day kept by its number alone ("The 11th we need to keep", "scratch the 11th")
 * was deleted with the range around it. A wrong deletion cannot be undone: where what is kept cannot be
 * told cleanly, the parser asks. The must-still-work counterparts keep the readings that were right.
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
      id: 'ws_a', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_i', slug: 'ios-app', name: 'iOS App' }, { id: 'src_a', slug: 'android-app', name: 'Android App' }, { id: 'src_w', slug: 'website', name: 'Website' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ana@acme.example', date: new Date('2026-12-04T11:00:00Z'), subject: 'Data deletion' }), catalog, { now: new Date('2026-12-04T12:00:00Z') }));
const NOV_10 = [{ from: '2026-11-10', to: '2026-11-10' }];

/** The negated source is never in the deletion; either it is left out cleanly or a question stands. */
function neverDeletesIos(text: string): void {
  const r = parse(text);
  expect(r.sources).not.toContain('ios-app');
  expect(r.ambiguities.join(' / ')).toContain('iOS App');
}
/** A kept day by its number alone: asked about, the range around it not deleted whole. */
function asksAboutDay(text: string, words: string): void {
  const r = parse(text);
  expect(r.ambiguities.join(' / ')).toContain(words);
  expect(r.ranges).toEqual([]);
}

describe('a source named only under a negation is asked about, never deleted', () => {
  it.each([
    ['"never want … deleted"', 'please delete the Android App data in acme-inc for November 10. We never want the iOS App data deleted.'],
    ['"must never be deleted"', 'please delete the Android App data in acme-inc for November 10. The iOS App must never be deleted.'],
    ['"don\'t delete the old …"', "please delete the Android App data in acme-inc for November 10, don't delete the old iOS App."],
    ['"hands off"', 'please delete the Android App data in acme-inc for November 10. Hands off the iOS App please.'],
    ['French', 'ne supprimez pas les données iOS App, seulement Android App dans acme-inc pour le 10 novembre.'],
    ['Spanish', 'no borren los datos de iOS App, solo Android App en acme-inc para el 10 de noviembre.'],
    ['Italian', 'non cancellate i dati iOS App, solo Android App in acme-inc per il 10 novembre.'],
    ['Dutch', 'verwijder de iOS App data niet, alleen de Android App in acme-inc voor 10 november.'],
    ['Portuguese', 'não apaguem os dados do iOS App, só do Android App em acme-inc para 10 de novembro.'],
    ['Japanese', 'iOS Appのデータは削除せず、acme-incのAndroid Appの11月10日のデータだけ削除してください。'],
  ])('%s', (_, text) => neverDeletesIos(text));

  it('"Please do not delete any data from the iOS App" leaves it out cleanly', () => {
    const r = parse('please delete the Android App data in acme-inc for November 10. Please do not delete any data from the iOS App.');
    expect(r.sources).toEqual(['android-app']);
    expect(r.ranges).toEqual(NOV_10);
  });
});

describe('a negation that turns towards the name still asks for it (must still work)', () => {
  it.each([
    ['"do not delete the workspace, only …"', 'please do not delete the workspace acme-inc, only the iOS App data for November 10.'],
    ['"please delete …, we don\'t need it"', "please delete the iOS App data in acme-inc for November 10, we don't need it anymore."],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual(NOV_10);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('a day kept by its number alone is asked about', () => {
  it.each([
    ['"sans le 11"', 'merci de supprimer les données iOS App dans acme-inc du 10 au 12 novembre, sans le 11.', 'sans le 11'],
    ['"The 11th we need to keep"', 'please delete the iOS App data in acme-inc for November 10 to 12. The 11th we need to keep.', '11th we need to keep'],
    ['"leaving the 11th untouched"', 'please delete the iOS App data in acme-inc for November 10 to 12, leaving the 11th untouched.', 'leaving the 11th'],
    ['"scratch the 11th"', 'please delete the iOS App data in acme-inc for November 10, 11 (no, scratch the 11th) and 12.', 'scratch the 11th'],
  ])('%s', (_, text, words) => asksAboutDay(text, words));
});
