/**
 * Days in a deletion request's own sentence that are not days to delete: the day of a call, an email or an
 * agreement, a day already deleted, a week compared with, a day the customer still needs. Read as days to
 * delete, each was added to a request that looked complete. A deletion cannot be undone and a question
 * costs a day: such a day is asked about (or left out where the words leave no doubt), never added. The
 * must-still-work counterparts keep days the customer really asks for.
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
      id: 'ws_b1', slug: 'brightlane-analytics', name: 'Brightlane Analytics', contacts: ['priya@brightlane.example'], admins: ['priya@brightlane.example'], deletedAt: null,
      sources: [{ id: 'src_b1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_b2', slug: 'web', name: 'Web' }],
      spaces: [],
    },
    {
      id: 'ws_k1', slug: 'klickwerk', name: 'Klickwerk', contacts: ['jm@klickwerk.example'], admins: ['jm@klickwerk.example'], deletedAt: null,
      sources: [{ id: 'src_k1', slug: 'shop-web', name: 'Shop Web' }],
      spaces: [],
    },
    {
      id: 'ws_o1', slug: 'olho-digital', name: 'Olho Digital', contacts: ['dados@olho.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_o1', slug: 'site', name: 'Site' }, { id: 'src_o2', slug: 'app', name: 'App' }],
      spaces: [],
    },
    {
      id: 'ws_s1', slug: 'sakura-metrics', name: 'Sakura Metrics', contacts: ['kenji@sakura.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_s1', slug: 'ios-app', name: 'iOS App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const EN = 'priya@brightlane.example';
const DE = 'jm@klickwerk.example';
const PT = 'dados@olho.example';
const JA = 'kenji@sakura.example';
// Thursday 3 December 2026: "Monday" is 30 November, "last week" is 23-29 November.
const SENT = new Date('2026-12-03T10:00:00Z');
const draft = (text: string, from = EN): ParseResult =>
  parseRequest(textMessage(text, { from, date: SENT, subject: '' }), catalog, { now: new Date('2026-12-04T12:00:00Z') });
const parse = (text: string, from = EN): ParseResult => contractView(draft(text, from));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');
const DEC_1 = [{ from: '2026-12-01', to: '2026-12-01' }];
const DEC_1_2 = [{ from: '2026-12-01', to: '2026-12-02' }];

/** The day is asked about: staff see no days while the question stands, and the draft holds only the days asked for. */
function asksInsteadOfAdding(text: string, from: string, words: string, meant: { from: string; to: string }[]): void {
  const r = parse(text, from);
  expect(r.ranges).toEqual([]);
  expect(asked(r)).toContain(`"${words}" is mentioned outside the deletion request — should th`);
  expect(draft(text, from).ranges).toEqual(meant);
}

describe('a deletion already done, or done last week, is not asked for again (finding 3, 5)', () => {
  it.each([
    ['thanks for deleting', 'Hi,\nThanks for deleting Nov 30 for us last week. Now please delete the iOS App data in brightlane-analytics for Dec 1 too.', 'Nov 30'],
    ['we already deleted', 'Hi,\nPlease delete the iOS App data in brightlane-analytics for Dec 1. We already deleted the Nov 30 events on our side.', 'Nov 30'],
    ['deleted on your side already', 'Hi,\nPlease delete the iOS App data in brightlane-analytics for Dec 1. Nov 30 data was deleted on your side already (DEL-880).', 'Nov 30'],
    ['was already deleted by your team', 'Hi,\nThe iOS App data in brightlane-analytics for Nov 30 was already deleted by your team. Please now delete Dec 1.', 'Nov 30'],
    ['last time you deleted', 'Hi,\nPlease delete the iOS App data in brightlane-analytics for Dec 1.\nLast time you deleted the iOS App data for Nov 20 and that worked perfectly, thanks again!', 'Nov 20'],
  ])('%s', (_, text, words) => asksInsteadOfAdding(text, EN, words, DEC_1));

  it('"last week" when the earlier deletion was done is asked about, not a week to delete', () => {
    expect(asked(parse('Hi,\nThanks for deleting Nov 30 for us last week. Now please delete the iOS App data in brightlane-analytics for Dec 1 too.'))).toContain(
      '"last week" is mentioned outside the deletion request — should those days be deleted too?',
    );
  });
  it('Portuguese "vocês já apagaram na semana passada"', () => {
    const text = 'Olá, por favor apaguem os dados da fonte Site em olho-digital do dia 1 de dezembro de 2026. O dia 30 de novembro vocês já apagaram na semana passada.';
    asksInsteadOfAdding(text, PT, '30 de novembro', DEC_1);
    expect(asked(parse(text, PT))).toContain('"na semana passada" is mentioned outside');
  });
  it('Japanese "11月30日分は先週削除していただきました"', () => {
    const text = 'お世話になっております。sakura-metrics の iOS App の2026年12月1日のデータを削除してください。11月30日分は先週削除していただきました。';
    asksInsteadOfAdding(text, JA, '11月30日', DEC_1);
    expect(asked(parse(text, JA))).toContain('"先週" is mentioned outside');
  });
  it('German "den 30.11. haben Sie bereits gelöscht"', () => {
    asksInsteadOfAdding('Hallo, den 30.11. haben Sie bereits gelöscht, bitte löschen Sie jetzt die Shop Web Daten in klickwerk vom 1.12.2026.', DE, '30.11.', DEC_1);
  });
  it('French "a déjà été supprimé"', () => {
    asksInsteadOfAdding('Bonjour, merci de supprimer les données Shop Web de klickwerk du 1er décembre 2026. Le 30 novembre a déjà été supprimé.', DE, '30 novembre', DEC_1);
  });
});

describe('"same as last week" compares, it does not ask for last week (finding 4)', () => {
  it.each([
    ['same as last week', 'Please delete the iOS App data in brightlane-analytics for Dec 1, same as last week.', EN, 'last week'],
    ['like last week', 'Please delete the iOS App data in brightlane-analytics for Dec 1 like last week.', EN, 'last week'],
    ['wie letzte Woche', 'Hallo, bitte löschen Sie die Shop Web Daten in klickwerk für den 1.12.2026, wie letzte Woche.', DE, 'letzte Woche'],
  ])('%s', (_, text, from, words) => {
    const r = parse(text, from);
    expect(asked(r)).toContain(`"${words}" is mentioned outside the deletion request — should those days be deleted too?`);
    expect(draft(text, from).ranges).toEqual(DEC_1);
  });
});

describe('the day of a call, an email or an incident the request follows on (finding 6, 7)', () => {
  it.each([
    ['after the incident on', 'After the incident on Nov 30, please delete the iOS App data in brightlane-analytics for Dec 1-2.', EN, 'Nov 30'],
    ['my email from', 'Hi,\nFollowing up on my email from November 30: please delete the iOS App data in brightlane-analytics for Dec 1 and Dec 2.', EN, 'November 30'],
    ['since your reply on', 'Hi, sorry for the delay since your reply on Nov 30 - please delete the iOS App data in brightlane-analytics for Dec 1-2.', EN, 'Nov 30'],
    ['per our phone call on Monday', 'Per our phone call on Monday, please delete the iOS App data in brightlane-analytics for Dec 1 and 2.', EN, 'on Monday,'],
    ['as discussed in our call on Monday', 'Hi,\nAs discussed in our call on Monday, please delete the iOS App data in brightlane-analytics for Dec 1 and Dec 2.', EN, 'on Monday,'],
    ['Bezugnehmend auf unser Telefonat vom', 'Bezugnehmend auf unser Telefonat vom 30.11.2026 bitten wir Sie, die Daten der Quelle Shop Web (klickwerk) für den 1. und 2. Dezember 2026 zu löschen.', DE, '30.11.2026'],
    ['como acordamos en la llamada del', 'Hola, como acordamos en la llamada del 30 de noviembre, por favor eliminen los datos de la fuente App en olho-digital del 1 al 2 de diciembre de 2026.', PT, '30 de noviembre'],
    ['11月30日のお打ち合わせの件で', 'お世話になっております。11月30日のお打ち合わせの件で、sakura-metrics の iOS App のデータ(2026年12月1日～12月2日)を削除してください。', JA, '11月30日'],
    ['suite à notre appel du', 'Bonjour, suite à notre appel du 30 novembre, merci de supprimer les données Shop Web de klickwerk du 1er au 2 décembre 2026.', DE, '30 novembre'],
    ['zoals besproken in ons gesprek van', 'Hoi, zoals besproken in ons gesprek van 30 november, graag de Shop Web gegevens in klickwerk van 1 tot 2 december 2026 verwijderen.', DE, '30 november'],
    ['come concordato nella telefonata del', 'Ciao, come concordato nella telefonata del 30 novembre, per favore cancellate i dati Shop Web di klickwerk dal 1 al 2 dicembre 2026.', DE, '30 novembre'],
  ])('%s', (_, text, from, words) => asksInsteadOfAdding(text, from, words, DEC_1_2));
});

describe('a trailing "as discussed/agreed on <day>" (finding 8)', () => {
  it.each([
    ['as we discussed on', 'Please delete the iOS App data in brightlane-analytics for Dec 1-2 as we discussed on Nov 30.', 'Nov 30'],
    ['as agreed with Tom on Monday', 'Please delete the iOS App data in brightlane-analytics for Dec 1-2 as agreed with Tom on Monday.', 'on Monday'],
    ['which we already flagged in ticket on', 'Please delete the iOS App data in brightlane-analytics for Dec 1-2, which we already flagged in ticket on Nov 30.', 'Nov 30'],
  ])('%s', (_, text, words) => asksInsteadOfAdding(text, EN, words, DEC_1_2));
  it.each([
    ['per our call last Monday', 'Per our call last Monday, please delete the iOS App data in brightlane-analytics for Dec 1.', 'last Monday,'],
    ['as discussed yesterday', 'Please delete the iOS App data in brightlane-analytics for Dec 1 as discussed yesterday.', 'yesterday'],
    ['was done already', 'Please delete the iOS App data in brightlane-analytics for Dec 1; the Nov 30 one was done already.', 'Nov 30'],
  ])('%s', (_, text, words) => asksInsteadOfAdding(text, EN, words, DEC_1));
  it.each([
    ['per our call last week', 'Per our call last week, please delete the iOS App data in brightlane-analytics for Dec 1.'],
    ['as agreed last week', 'Please delete the iOS App data in brightlane-analytics for Dec 1, as agreed last week.'],
  ])('%s: the week of the call is asked about', (_, text) => {
    expect(asked(parse(text))).toContain('"last week" is mentioned outside the deletion request — should those days be deleted too?');
    expect(draft(text).ranges).toEqual(DEC_1);
  });
});

describe('a day the customer keeps, in a sentence of its own (finding 14)', () => {
  const DEC_1_AND_3 = [{ from: '2026-12-01', to: '2026-12-01' }, { from: '2026-12-03', to: '2026-12-03' }];
  it.each([
    ['is fine, keep that one', 'Please delete iOS App data in brightlane-analytics for Dec 1-3. Dec 2 is fine, keep that one.'],
    ['is fine', 'Please delete iOS App data in brightlane-analytics for Dec 1-3. Dec 2 is fine.'],
    ['is still needed', 'Please delete the iOS App data in brightlane-analytics for Dec 1-3. Dec 2 is still needed.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.ranges).toEqual(DEC_1_AND_3);
    expect(r.ambiguities).toEqual([]);
  });
  it.each([
    ['brauchen wir aber noch', 'Hallo, bitte löschen Sie die Shop Web Daten in klickwerk vom 30.11. bis 2.12.2026. Den 1.12. brauchen wir aber noch.'],
    ['benötigen wir noch', 'Hallo, bitte löschen Sie die Shop Web Daten in klickwerk vom 30.11. bis 2.12.2026. Den 1.12. benötigen wir noch.'],
  ])('German "%s"', (_, text) => {
    expect(parse(text, DE).ranges).toEqual([{ from: '2026-11-30', to: '2026-11-30' }, { from: '2026-12-02', to: '2026-12-02' }]);
  });
  it.each([
    ['French "est correct"', 'Bonjour, merci de supprimer les données Shop Web de klickwerk du 1er au 3 décembre 2026. Le 2 décembre est correct.'],
    ['Spanish "está bien"', 'Hola, por favor eliminen los datos de Shop Web en klickwerk del 1 al 3 de diciembre de 2026. El 2 de diciembre está bien.'],
    ['Italian "è a posto"', 'Ciao, per favore cancellate i dati Shop Web di klickwerk dal 1 al 3 dicembre 2026. Il 2 dicembre è a posto.'],
  ])('%s', (_, text) => {
    expect(parse(text, DE).ranges).toEqual([{ from: '2026-12-01', to: '2026-12-01' }, { from: '2026-12-03', to: '2026-12-03' }]);
  });
  it('"Dec 2 is fine to delete too" asks for Dec 2: it stays', () => {
    expect(parse('Please delete the iOS App data in brightlane-analytics for Dec 1. Dec 2 is fine to delete too.').ranges).toEqual(DEC_1_2);
  });
  it('"1.-3. Dez." is still one German range', () => {
    expect(parse('Bitte löschen Sie die Shop Web Daten in klickwerk vom 1.-3. Dez. 2026.', DE).ranges).toEqual([{ from: '2026-12-01', to: '2026-12-03' }]);
  });
});

describe('days the customer really asks for are still taken', () => {
  it.each([
    ['"and Nov 30 too"', 'Please delete the iOS App data in brightlane-analytics for Dec 1, and Nov 30 too.', [{ from: '2026-11-30', to: '2026-12-01' }]],
    ['"last week" alone', 'Please delete the iOS App data in brightlane-analytics for last week.', [{ from: '2026-11-23', to: '2026-11-29' }]],
    ['a call day the request names anyway', 'Please delete the iOS App data in brightlane-analytics from Nov 30 to Dec 2, per our call on Nov 30.', [{ from: '2026-11-30', to: '2026-12-02' }]],
    ['"as discussed" with no comma before the request', 'As discussed please delete the iOS App data in brightlane-analytics on Dec 1.', DEC_1],
    ['a message source\'s events', 'Please delete the iOS App message events in brightlane-analytics from Nov 30.', [{ from: '2026-11-30', to: '2026-11-30' }]],
    ['"thanks for deleting" in a clause of its own', 'Thanks for deleting it so fast; please also delete the iOS App data in brightlane-analytics for Dec 1.', DEC_1],
    ['"as discussed," then last week', 'As discussed, please delete the iOS App data in brightlane-analytics for last week.', [{ from: '2026-11-23', to: '2026-11-29' }]],
    ['"yesterday" alone', 'Please delete the iOS App data in brightlane-analytics for yesterday.', [{ from: '2026-12-02', to: '2026-12-02' }]],
    ['"last week" after "as we discussed"', 'Please delete the iOS App data in brightlane-analytics for last week, same as we discussed.', [{ from: '2026-11-23', to: '2026-11-29' }]],
  ])('%s', (_, text, ranges) => {
    const r = parse(text);
    expect(r.ranges).toEqual(ranges);
    expect(r.ambiguities).toEqual([]);
  });
  it('"wie telefonisch besprochen bitte … vom 1.12. löschen" keeps the day asked for', () => {
    const r = parse('Hallo, wie telefonisch besprochen bitte die Shop Web Daten in klickwerk vom 1.12.2026 löschen.', DE);
    expect(r.ranges).toEqual(DEC_1);
    expect(r.ambiguities).toEqual([]);
  });
});
