/**
 * Third red-team round on days: a day the customer keeps, a day corrected, a day struck through and a
 * day not begun yet came out inside a complete scope ("Dec 1-3. Dec 2 doesn't need to be deleted" deleted
 * Dec 2; "for today and tomorrow" deleted today and said nothing of tomorrow). Where the words leave no
 * doubt the day is left out; otherwise the parser asks. It never adds such a day silently.
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
      id: 'ws_a1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_a1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_a2', slug: 'android', name: 'Android App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Thursday 3 December 2026, read two days later.
const SENT = new Date('2026-12-03T10:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ana@acme.example', date: SENT, subject: 'Data deletion' }), catalog, { now: new Date('2026-12-05T10:00:00Z') }));
const DEC_1_AND_3 = [{ from: '2026-12-01', to: '2026-12-01' }, { from: '2026-12-03', to: '2026-12-03' }];
const NOV_20_AND_22 = [{ from: '2026-11-20', to: '2026-11-20' }, { from: '2026-11-22', to: '2026-11-22' }];
const REQUEST = 'Hi,\n\nPlease delete the iOS App data in acme-inc for Dec 1-3.';

function expectComplete(r: ParseResult, ranges: { from: string; to: string }[]): void {
  expect(r.kind).toBe('source_data');
  expect(r.workspace).toBe('acme-inc');
  expect(r.sources).toEqual(['ios-app']);
  expect(r.ranges).toEqual(ranges);
  expect(r.missing).toEqual([]);
  expect(r.ambiguities).toEqual([]);
}

describe('a day the customer keeps is left out of the days asked for', () => {
  it.each([
    ['a negated delete verb', `${REQUEST} Dec 2 doesn't need to be deleted.\n\nAna`],
    ['"no need for"', `${REQUEST} No need for Dec 2.\n\nAna`],
    ['"save for"', 'Hi,\n\nPlease delete the iOS App data in acme-inc for Dec 1-3, save for Dec 2.\n\nAna'],
    ['the day looked normal', `${REQUEST} Dec 2 looked normal.\n\nAna`],
    ['the day has valid data', `${REQUEST} Dec 2 has valid data.\n\nAna`],
    ['French: we wish to keep it', 'Bonjour,\n\nMerci de supprimer les données iOS App de acme-inc du 1er au 3 décembre 2026. Nous souhaitons conserver le 2 décembre.\n\nAna'],
  ])('%s', (_, text) => {
    expectComplete(parse(text), DEC_1_AND_3);
  });

  it.each([
    ['a list item struck through in Markdown', 'Hi,\n\nPlease delete the iOS App data in acme-inc for:\n* Nov 20\n* ~~Nov 21~~\n* Nov 22\n\nAna'],
    ['a struck item with a remark', 'Hi,\n\nPlease delete the iOS App data in acme-inc for:\n* Nov 20\n* ~~Nov 21~~ (that one was fine)\n* Nov 22\n\nAna'],
    ['a list item said in brackets to be fine', 'Hi,\n\nPlease delete the iOS App data in acme-inc for:\n* Nov 20\n* Nov 21 (that one was fine)\n* Nov 22\n\nAna'],
  ])('%s', (_, text) => {
    expectComplete(parse(text), NOV_20_AND_22);
  });
});

describe('a day kept or reported in words the parser cannot place is asked about', () => {
  it.each([
    ['deleted by the customer already', `${REQUEST} Dec 2 we already deleted ourselves.\n\nAna`, '"Dec 2" is mentioned outside the deletion request'],
    ['Italian: all but the 2nd, by number alone', 'Ciao,\n\nper favore cancellate i dati iOS App di acme-inc dal 1 al 3 dicembre, tranne il 2 che ci serve ancora.\n\nAna', '"tranne il 2" leaves out a day'],
    ['German: all but the 2nd, by number alone', 'Hallo,\n\nbitte löschen Sie die iOS App Daten in acme-inc vom 1. bis 3. Dezember, außer dem 2.\n\nAna', 'leaves out a day without its month'],
  ])('%s', (_, text, question) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' / ')).toContain(question);
  });
});

describe('a corrected day asks which day stands, never deletes both', () => {
  it.each([
    ['a typo in brackets', 'Please delete the iOS App data in acme-inc for Nov 30 (typo, should be Dec 1).', '"typo"'],
    ['"or rather"', 'Please delete the iOS App data in acme-inc for Nov 30, or rather Dec 1.', '"or rather"'],
    ['German "Tippfehler, gemeint ist"', 'bitte löschen Sie die iOS App Daten in acme-inc vom 30.11.2026 (Tippfehler, gemeint ist der 1.12.2026).', '"Tippfehler"'],
    ['French "ou plutôt"', 'Merci de supprimer les données iOS App de acme-inc du 30 novembre, ou plutôt du 1er décembre.', '"ou plutôt"'],
    ['Spanish "perdón, quise decir"', 'Por favor borren los datos de iOS App en acme-inc del 30 de noviembre (perdón, quise decir el 1 de diciembre).', 'corrects days'],
  ])('%s', (_, text, word) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' / ')).toContain(`${word}`);
    expect(r.ambiguities.join(' / ')).toContain('corrects days written before it');
  });
});

describe('"today and tomorrow" asks: tomorrow has not begun', () => {
  it.each([
    ['English', 'Please delete the iOS App data in acme-inc for today and tomorrow.', 'today and tomorrow'],
    ['German', 'Bitte löschen Sie die iOS App Daten in acme-inc von heute und morgen.', 'heute und morgen'],
    ['Spanish', 'Por favor borren los datos de iOS App en acme-inc de hoy y mañana.', 'hoy y mañana'],
    ['Indonesian, typed on a phone', 'tolong hapus data iOS App acme-inc hari ini dan besok ya, ada load test', 'hari ini dan besok'],
    ['French', "Merci de supprimer les données iOS App de acme-inc d'aujourd'hui et de demain.", "aujourd'hui et de demain"],
    ['Italian', 'Per favore cancellate i dati iOS App di acme-inc di oggi e domani.', 'oggi e domani'],
    ['Polish', 'Prosimy usunąć dane iOS App z acme-inc z dziś i jutro.', 'dziś i jutro'],
    ['Chinese', '请删除 acme-inc 的 iOS App 今天和明天的数据。', '今天和明天'],
    ['yesterday through tomorrow', 'Please delete the iOS App data in acme-inc from yesterday through tomorrow.', 'yesterday through tomorrow'],
  ])('%s', (_, text, words) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' / ')).toContain(`"${words}" reaches past the message date`);
  });
});

describe('readings that were right stay right', () => {
  it.each([
    ['"this morning" in German is no tomorrow', 'Bitte löschen Sie die iOS App Daten in acme-inc von heute Morgen.', [{ from: '2026-12-03', to: '2026-12-03' }]],
    ['"should be done by" is no correction', `${REQUEST} It should be done by Friday if possible.\n\nAna`, [{ from: '2026-12-01', to: '2026-12-03' }]],
    ['a day said to be fine to delete too stays', `${REQUEST} Dec 2 is fine to delete too.\n\nAna`, [{ from: '2026-12-01', to: '2026-12-03' }]],
    ['a day that must be deleted stays', `${REQUEST} Dec 2 needs to be deleted most of all.\n\nAna`, [{ from: '2026-12-01', to: '2026-12-03' }]],
  ])('%s', (_, text, ranges) => {
    expectComplete(parse(text), ranges);
  });
});

describe('round 4', () => {
  const DEC_1_TO_3 = [{ from: '2026-12-01', to: '2026-12-03' }];

  it.each([
    ['a bracketed remark about everything else keeps no day', 'Hi,\n\nPlease delete the iOS App data in acme-inc for Dec 1-3 (everything else looks fine).\n\nAna', DEC_1_TO_3],
    ['"the rest is fine" keeps no day', 'Hi,\n\nPlease delete the iOS App data in acme-inc for Nov 30 - Dec 2 (the rest is fine).\n\nAna', [{ from: '2026-11-30', to: '2026-12-02' }]],
    ['two ranges before a remark about everything else stay', 'Hi,\n\nPlease delete the iOS App data in acme-inc for Nov 20 and Dec 1-3 (everything else looks fine).\n\nAna', [{ from: '2026-11-20', to: '2026-11-20' }, ...DEC_1_TO_3]],
    ['"anything before Dec 1" keeps the days before it, not Dec 1', `${REQUEST.replace('for Dec 1-3', 'from Dec 1 to Dec 3')} Anything before Dec 1 doesn't need to be deleted.\n\nAna`, DEC_1_TO_3],
    ['"until Dec 1 everything looked normal" tells when it broke', 'Hi,\n\nUntil Dec 1 everything looked normal, then the SDK update went out. Please delete the iOS App data in acme-inc for Dec 1-3.\n\nAna', DEC_1_TO_3],
    ['"after Dec 3 everything looked normal again" keeps Dec 3', `${REQUEST} After Dec 3 everything looked normal again.\n\nAna`, DEC_1_TO_3],
    ['"before Dec 1 everything was fine" keeps Dec 1', 'Hi,\n\nBefore Dec 1 everything was fine. Please delete the iOS App data in acme-inc for Dec 1-3.\n\nAna', DEC_1_TO_3],
    ['"looked normal …, but" takes the remark back', 'Hi,\n\nPlease delete the iOS App data in acme-inc for Dec 1 to Dec 3 (Dec 3 looked normal in the dashboard, but the raw events are broken too).\n\nAna', DEC_1_TO_3],
    ['a day said fine in brackets is still left out', 'Hi,\n\nPlease delete the iOS App data in acme-inc for Dec 1-3 (Dec 2 is fine).\n\nAna', DEC_1_AND_3],
  ])('%s', (_, text, ranges) => {
    expectComplete(parse(text), ranges);
  });

  it.each([
    ['days before the boundary are among those asked for', 'Hi,\n\nPlease delete the iOS App data in acme-inc from Nov 28 to Dec 3. Anything before Dec 1 doesn\'t need to be deleted.\n\nAna', '"before Dec 1"'],
    ['"since Dec 3 everything looks normal" beside Dec 1-3', `${REQUEST} Since Dec 3 everything looks normal.\n\nAna`, '"Since Dec 3"'],
    ['days after the boundary should stay', 'Hi,\n\nPlease delete the iOS App data in acme-inc for Nov 30 - Dec 3. Everything after Dec 1 should stay.\n\nAna', '"after Dec 1"'],
  ])('asks when a boundary keeps days that were asked for: %s', (_, text, words) => {
    const r = parse(text);
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ambiguities.join(' / ')).toContain(`${words}: the days on one side of it are kept`);
  });

  it.each([
    ['"Same for last week, please"', 'Hi,\n\nPlease delete the iOS App data in acme-inc for 2026-12-01.\nSame for last week, please.\n\nAna', '"last week"'],
    ['"Last week as well"', 'Hi,\n\nPlease delete the iOS App data in acme-inc for 2026-12-01.\nLast week as well.\n\nAna', '"Last week"'],
    ['"This week too, please"', 'Hi,\n\nPlease delete the iOS App data in acme-inc for 2026-11-20.\nThis week too, please - the bug is back.\n\nAna', '"This week"'],
    ['"Last month too"', 'Hi,\n\nPlease delete the iOS App data in acme-inc for 2026-12-01 and 2026-12-02.\nLast month too, if that\'s ok.\n\nAna', '"Last month"'],
  ])('a period added in a short sentence of its own is asked about, not dropped: %s', (_, text, words) => {
    const r = parse(text);
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ambiguities.join(' / ')).toContain(`${words} is mentioned outside the deletion request`);
  });

  it('a period that only tells when the bug began is still no day to delete', () => {
    expectComplete(parse('Hi,\n\nPlease delete the iOS App data in acme-inc for 2026-12-01.\nWe first saw the bug last week.\n\nAna'), [{ from: '2026-12-01', to: '2026-12-01' }]);
  });
});
