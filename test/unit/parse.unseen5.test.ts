/**
 * The parser on probes of the categories written this round, in our own words: time zones a
 * person names by city or country, zones the parser cannot place ("Cairo time", "local time"), an
 * abbreviation that names several zones ("IST", "CST") read by the sender's own offset, a zone written
 * between a Chinese date and its hours, and a source named before a Chinese or Korean data word.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'kite-tea', name: 'Kite Tea', contacts: ['ops@kite.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'web', name: 'Web' }, { id: 'src_2', slug: 'ios-app', name: 'iOS App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-03T12:00:00Z');
/** Sent at 10:00 in the offset given (the Date line as written), on 11 November 2026. */
const parse = (text: string, offset = '+0000'): ParseResult => {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  const date = new Date(Date.UTC(2026, 10, 11, 10, 0) - minutes * 60_000);
  return parseRequest(textMessage(text, { from: 'ops@kite.example', date, dateHeader: `Wed, 11 Nov 2026 10:00:00 ${offset}` }), catalog, { now: NOW });
};
const day = (from: string, to = from) => ({ from, to });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a time zone named by its city or country', () => {
  it.each([
    ['November 5, 2026, 02:00 to 03:00 Beijing time', day('2026-11-04')],
    ['November 5, 2026 between 01:00 and 02:00 India Standard Time', day('2026-11-04')],
    ['November 5, 2026 from 10pm to 11pm Mexico City time', day('2026-11-06')],
    ['November 5, 2026 from 01:00 to 02:00 Bangkok time', day('2026-11-04')],
  ])('%s gives the UTC days that cover it, with a note, and proposes them', (words, range) => {
    const r = parse(`Please delete the kite-tea Web data for ${words}.`);
    expect(r.ranges).toEqual([range]);
    expect(r.ambiguities).toEqual([expect.stringContaining(`which covers ${range.from} to ${range.to} — should those whole days be deleted?`)]);
    expect(r.notes.join(' ')).toMatch(/time zone/);
  });
});

describe('a time zone the parser cannot place is asked about, never read as UTC', () => {
  it.each([
    'Please delete the kite-tea Web data for November 5, 2026, 02:00 to 03:00 Cairo time.',
    'Please delete the kite-tea Web data for November 5, 2026 from 02:00 to 03:00 local time.',
    'Please delete the kite-tea Web data for November 5, 2026 from 02:00 to 03:00 our time.',
    'Bitte löscht die Web Daten von kite-tea am 5. November 2026 von 02:00 bis 03:00 Ortszeit.',
    'Please delete the kite-tea Web data for the whole of November 5, 2026, Casablanca time.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/time zone/);
  });
  it('Kathmandu keeps one clock all year (UTC+5:45): its whole 5 November covers the UTC days 4 and 5 November', () => {
    expect(parse('Please delete the kite-tea Web data for the whole of November 5, 2026, Kathmandu time.').ranges).toEqual([{ from: '2026-11-04', to: '2026-11-05' }]);
  });
  it('a capitalised word before "time" that is no zone asks nothing', () => {
    const r = parse('Please delete the kite-tea Web data for November 5, 2026. Response Time is not critical for us.');
    expect(r).toMatchObject({ ranges: [day('2026-11-05')], ambiguities: [] });
  });
});

describe('an abbreviation that names several zones', () => {
  it('is the sender\'s own zone when their Date line is in one of them', () => {
    expect(parse('Please delete the kite-tea Web data between 03:00 and 06:00 IST on 10 November 2026.', '+0530')).toMatchObject({ ranges: [day('2026-11-09', '2026-11-10')], ambiguities: [expect.stringContaining('should those whole days be deleted?')] });
    // The UTC day that holds those hours is the sender's own 11 November, not over yet: asked about too.
    expect(parse('Please delete the kite-tea Web data on 10 November 2026 from 9pm to 11pm CST.', '-0600')).toMatchObject({ ranges: [day('2026-11-11')], ambiguities: [expect.stringContaining('should those whole days be deleted?'), expect.stringContaining('not over then')] });
    expect(parse('Please delete the kite-tea Web data on 10 November 2026 from 7am to 9am CST.', '+0800')).toMatchObject({ ranges: [day('2026-11-09', '2026-11-10')], ambiguities: [expect.stringContaining('should those whole days be deleted?')] });
    expect(parse('Please delete the kite-tea Web data on 10 November 2026 (IST).', '+0530')).toMatchObject({ ranges: [day('2026-11-09', '2026-11-10')], ambiguities: [expect.stringContaining('should those whole days be deleted?')] });
  });
  it('is asked about when the sender is in none of them', () => {
    for (const text of ['Please delete the kite-tea Web data on 10 November 2026 from 7am to 9am CST.', 'Please delete the kite-tea Web data on 10 November 2026 from 1am to 3am IST.']) {
      const r = parse(text, '+0900');
      expect(r.ranges).toEqual([]);
      expect(r.ambiguities.join(' ')).toMatch(/names more than one time zone/);
    }
  });
});

describe('Chinese: a zone between the date and its hours, and a source before a data word', () => {
  it.each([
    '您好，请删除 kite-tea 的 Web 来源在 2026年11月5日 北京时间 02:00 到 03:00 之间的数据。',
    '请删除 kite-tea 的 Web 数据：2026年11月5日 北京时间 02:00-03:00。',
    '请删除 kite-tea 的 Web 来源在 2026年11月5日 02:00 到 03:00（北京时间）之间的数据。',
  ])('%s', (text) => {
    const r = parse(text, '+0800');
    expect(r).toMatchObject({ workspace: 'kite-tea', sources: ['web'], ranges: [day('2026-11-04')], ambiguities: [expect.stringContaining('should those whole days be deleted?')] });
  });
  it('a Korean data word after the name', () => {
    expect(parse('kite-tea 워크스페이스의 Web 데이터를 2026년 11월 5일 하루 삭제해 주세요.', '+0900')).toMatchObject({ sources: ['web'] });
  });
});

describe('a weekday of last week in Japanese, Korean and Chinese', () => {
  it.each([
    'kite-tea の Web の、先週の金曜日のデータを削除してください。',
    'kite-tea 워크스페이스의 Web 데이터를 지난주 금요일 분 삭제해 주세요.',
    '请删除 kite-tea 的 Web 数据，上周五的。',
  ])('%s is that Friday, not the whole week', (text) => {
    // Sent Wednesday 11 November: last week's Friday is 6 November.
    expect(parse(text, '+0900')).toMatchObject({ sources: ['web'], ranges: [day('2026-11-06')], ambiguities: [] });
  });
  it('a range of weekdays of last week is those days of last week', () => {
    expect(parse('kite-tea の Web ソースにつきまして、先週の月曜日から水曜日までのデータを削除してください。', '+0900')).toMatchObject({ ranges: [day('2026-11-02', '2026-11-04')] });
  });
});

describe('a question about an earlier request, and a weekday left out of a list', () => {
  it('"I asked last week … Has that happened yet?" is a status question', () => {
    const r = parse('Hi, I asked last week for the Web data of Kite Tea to be removed. Has that happened yet?');
    expect(r).toMatchObject({ kind: 'status', workspace: 'kite-tea', ranges: [] });
  });
  it('"last Tuesday and Wednesday" asks instead of deleting Tuesday alone', () => {
    const r = parse('Please delete the Web data in Kite Tea for last Tuesday and Wednesday.');
    expect(r.ambiguities.join(' ')).toMatch(/read only in part/);
  });
});

describe('numeric dates, and days a month does not have', () => {
  it.each([
    ['from 30/10/2026 to 02/11/2026', day('2026-10-30', '2026-11-02')],
    ['for 10/25/2026–10/27/2026', day('2026-10-25', '2026-10-27')],
    ['from 10/25/2026 to 11/03/2026', day('2026-10-25', '2026-11-03')],
  ])('%s: the other end settles the order, and a dash with no space is a range', (words, range) => {
    const r = parse(`Please delete the Web data in Kite Tea ${words}.`);
    expect(r).toMatchObject({ ranges: [range], ambiguities: [] });
  });
  it('two ends that are both ambiguous still ask', () => {
    expect(parse('Please delete the Web data in Kite Tea from 11/3/2026 to 11/4/2026.').ranges).toEqual([]);
  });
  it('"Nov 30 and Nov 31." asks about the 31st instead of deleting the 30th alone', () => {
    const r = parse('Please delete the Web data in Kite Tea for Nov 30 and Nov 31.');
    expect(r.ambiguities.join(' ')).toMatch(/"Nov 31" is not a valid date/);
  });
  it('a Portuguese date with hours in Brasília time is the UTC day that covers them', () => {
    const r = parse('Olá, apaguem por favor os dados da Web da Kite Tea do dia 5 de novembro de 2026, das 22h às 23h30 (horário de Brasília).', '-0300');
    expect(r).toMatchObject({ sources: ['web'], ranges: [day('2026-11-06')], ambiguities: [expect.stringContaining('should those whole days be deleted?')] });
  });
});

describe('a workspace named by its whole name, next to one whose name it starts', () => {
  const orbit = indexCatalog({
    workspaces: ['Orbit', 'Orbit EU'].map((name, i) => ({
      id: `ws_${i}`, slug: name.toLowerCase().replace(' ', '-'), name, contacts: ['ops@orbit.example'], deletedAt: null,
      sources: [{ id: `src_${i}`, slug: `web-${i}`, name: `${name} Web` }], spaces: [],
    })),
  } satisfies Catalog);
  const read = (text: string): ParseResult => parseRequest(textMessage(text, { from: 'ops@orbit.example', date: new Date('2026-11-10T09:00:00Z') }), orbit, { now: NOW });
  it('"Orbit" is Orbit, not also Orbit EU', () => {
    expect(read('Workspace: Orbit\nSource: Orbit Web\nDates: 2026-11-01 to 2026-11-02')).toMatchObject({ workspace: 'orbit', sources: ['web-0'], ambiguities: [] });
  });
  it('a first word that is no whole name still fits both', () => {
    const two = indexCatalog({
      workspaces: ['Orbit Labs', 'Orbit EU'].map((name, i) => ({ id: `w${i}`, slug: `o${i}`, name, contacts: [], deletedAt: null, sources: [], spaces: [] })),
    } satisfies Catalog);
    const r = parseRequest(textMessage('Please delete the Orbit workspace entirely.', { from: 'x@y.example', date: new Date('2026-11-10T09:00:00Z') }), two, { now: NOW });
    expect(r.workspace).toBeNull();
  });
});

describe('purge words, every weekday of a month, hedges and dotted days without a year', () => {
  it('"wipe workspace X for two days — the 5th and 6th" is never a workspace purge', () => {
    const r = parse('Can you wipe workspace Kite Tea for two days — the 5th and 6th of November 2026? It got polluted by a bug.');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([day('2026-11-05', '2026-11-06')]);
    expect(r.ambiguities.join(' ')).toMatch(/whole workspace, or only those days/);
  });
  it('"every Monday in October 2026" is those Mondays, not the month', () => {
    expect(parse('Please delete the kite-tea Web data for every Monday in October 2026.')).toMatchObject({
      ranges: [day('2026-10-05'), day('2026-10-12'), day('2026-10-19'), day('2026-10-26')], ambiguities: [],
    });
    expect(parse('Please delete the kite-tea Web data for all Fridays of October.').ranges).toHaveLength(5);
  });
  it.each([
    'Dzień dobry, proszę usunąć dane Web (kite-tea) z 2 listopada, a może 3? Nie jestem pewna.',
    'Please delete the kite-tea Web data for November 4th, or maybe the 5th.',
  ])('%s asks which day', (text) => {
    expect(parse(text).ambiguities.join(' ')).toMatch(/not settled/);
  });
  it('a dotted day and month without a year is read, and a subject naming another one asks', () => {
    expect(parse('Bitte die Web Daten in kite-tea für den 10.11. löschen.')).toMatchObject({ ranges: [day('2026-11-10')], ambiguities: [] });
    const r = parseRequest(textMessage('Bitte Web in kite-tea für den 11.11.2026 löschen.', { from: 'ops@kite.example', date: new Date('2026-11-12T09:00:00Z'), subject: 'Löschung Web 10.11.' }), catalog, { now: NOW });
    expect(r.ambiguities.join(' ')).toMatch(/subject/);
  });
  it('a version number with dots is no day', () => {
    expect(parse('Bitte die Web Daten in kite-tea für den 3. November 2026 löschen, Version 2.3. war fehlerhaft.')).toMatchObject({ ranges: [day('2026-11-03')], ambiguities: [] });
  });
});

describe("dates in the sender's signature, and a day described before the request names it", () => {
  const signed = (text: string, name: string): ParseResult =>
    parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-19T09:00:00Z') }, { from: { address: 'ops@kite.example', name } }), catalog, { now: NOW });
  it('a legal footer below the name cites a law, not a day', () => {
    const r = signed('Hola:\n\nPor favor, borrad los datos de Web (kite-tea) del 16 de noviembre de 2026.\n\nCarmen Muñoz\nSocia directora\nAVISO LEGAL: Este mensaje es confidencial (LOPDGDD 3/2018, de 5 de diciembre).', 'Carmen Muñoz');
    expect(r).toMatchObject({ ranges: [day('2026-11-16')], ambiguities: [] });
  });
  it('a holiday notice below the name is no day to delete', () => {
    const r = signed('kite-tea の Web のデータを2026年11月18日分だけ削除してください。\n\n田中 由美\nサクラトラベル株式会社\n※11月23日（月・祝）は休業いたします。', '田中 由美');
    expect(r).toMatchObject({ ranges: [day('2026-11-18')], ambiguities: [] });
  });
  it('a P.S. below the name is still read', () => {
    const r = signed('Please delete the kite-tea Web data for 16 November 2026.\n\nCarmen Muñoz\nHead of Data\nP.S. Please also delete the Web data for 17 November 2026.', 'Carmen Muñoz');
    expect(r.ranges).toEqual([day('2026-11-16', '2026-11-17')]);
  });
  it('"broke on Nov 2. Please delete … for Nov 2, 2026" asks nothing about the first Nov 2', () => {
    expect(parse('Hi, our tracking plan broke on Nov 2. Please delete the Web data in kite-tea for Nov 2, 2026.')).toMatchObject({ ranges: [day('2026-11-02')], ambiguities: [] });
    expect(parse('Hi, our tracking plan broke on Nov 1. Please delete the Web data in kite-tea for Nov 2, 2026.').ambiguities.join(' ')).toMatch(/"Nov 1" is mentioned outside/);
  });
});

describe('last weekdays in other languages, CJK range marks, quarters and a range across new year', () => {
  it.each([
    'Por favor, borrad los datos de Web (kite-tea) del lunes pasado.',
    'Merci de supprimer les données Web de kite-tea de lundi dernier.',
    'Bitte die Web Daten von kite-tea vom letzten Montag löschen.',
    'Radera Web-data för kite-tea från i måndags.',
  ])('%s is the Monday before the sender\'s day', (text) => {
    // Sent Wednesday 11 November 2026: the Monday before is 9 November.
    expect(parse(text, '+0100')).toMatchObject({ sources: ['web'], ranges: [day('2026-11-09')], ambiguities: [] });
  });
  it('"Kun den 6. november 2026." under our question answers it', () => {
    const r = parseRequest(textMessage('Kun den 6. november 2026.\nMvh Lars', { from: 'ops@kite.example', date: new Date('2026-11-09T09:00:00Z'), subject: 'Re: [DEL-254] Which days?' }), catalog, { now: NOW });
    expect(r).toMatchObject({ ranges: [day('2026-11-06')], ticket: 'DEL-254' });
    expect(r.ambiguities).toEqual([]);
  });
  it('"~" joins a range in Korean and Japanese text, and asks in English', () => {
    expect(parse('kite-tea 워크스페이스의 Web 데이터 삭제 부탁드립니다. 기간: 2026-11-01 ~ 2026-11-03')).toMatchObject({ ranges: [day('2026-11-01', '2026-11-03')], ambiguities: [] });
    expect(parse('Please delete the kite-tea Web data 2026-11-01 ~ 2026-11-03.').ranges).toEqual([]);
  });
  it.each([
    ['for Q3 2026', day('2026-07-01', '2026-09-30')],
    ['for the third quarter of 2026', day('2026-07-01', '2026-09-30')],
  ])('%s', (words, range) => {
    expect(parse(`Please delete the kite-tea Web data ${words}.`)).toMatchObject({ ranges: [range], ambiguities: [] });
  });
  it('a year-less range ending months before its start asks', () => {
    expect(parse('Please delete the kite-tea Web data from September 10 to March 5.').ranges).toEqual([]);
  });
});

describe('names: function words, "&" in other languages, versions without "v", a first-name sign-off', () => {
  const shop = indexCatalog({
    workspaces: [
      { id: 'ws_v', slug: 'vandijk', name: 'Van Dijk & Zonen', contacts: ['p@vandijk.example'], deletedAt: null, sources: [{ id: 's_w', slug: 'webshop', name: 'Webshop' }, { id: 's_1', slug: 'web-v1', name: 'Web v1' }, { id: 's_2', slug: 'web-v2', name: 'Web v2' }], spaces: [] },
      { id: 'ws_c', slug: 'cafe-creme', name: 'Café Crème & Co', contacts: ['j@cafe.example'], deletedAt: null, sources: [{ id: 's_s', slug: 'site', name: 'Site web' }], spaces: [] },
      { id: 'ws_k', slug: 'core', name: 'Core', contacts: ['anna@core.example'], deletedAt: null, sources: [], spaces: [] },
    ],
  } satisfies Catalog);
  const read = (text: string, name = 'Ops'): ParseResult => parseRequest(textMessage(text, { from: 'p@vandijk.example', date: new Date('2026-11-10T09:00:00Z') }, { from: { address: 'p@vandijk.example', name } }), shop, { now: NOW });
  it('"van 3 t/m 5 november" is no near miss of Van Dijk', () => {
    expect(read('Graag de data van de bron Webshop in Van Dijk & Zonen verwijderen van 3 t/m 5 november 2026.')).toMatchObject({ workspace: 'vandijk', sources: ['webshop'], ranges: [day('2026-11-03', '2026-11-05')], ambiguities: [] });
  });
  it('"Cafe Creme et Co" is Café Crème & Co', () => {
    expect(read('Bonjour, supprimer Site web de Cafe Creme et Co pour le 10 novembre 2026 svp.').workspace).toBe('cafe-creme');
  });
  it('"Web 1" is Web v1', () => {
    expect(read('Please delete Web 1 (Van Dijk & Zonen) for 9 November 2026.')).toMatchObject({ sources: ['web-v1'], ambiguities: [] });
  });
  it('"/Anna" under the text is the signature of Anna Lindqvist, not a name in a list', () => {
    const r = read('Hej,\nen användare har begärt radering enligt GDPR (user_id 7781). Radera hens data i Core.\n/Anna', 'Anna Lindqvist');
    expect(r).toMatchObject({ kind: 'user_data', ambiguities: [] });
  });
});

describe('every source but the ones written as exclusions', () => {
  it.each([
    'Please delete everything except iOS App for kite-tea for November 6, 2026.',
    'Graag alle data van kite-tea van 6 november 2026 verwijderen, behalve de iOS App (die klopt wel).',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ sources: ['web'], ranges: [day('2026-11-06')], ambiguities: [] });
    expect(r.notes.join(' ')).toMatch(/every source of kite-tea but ios-app/);
  });
  it('without days it is still asked (no purge, no guess): every other source, and which days', () => {
    const r = parse('Please delete all data in kite-tea except the iOS App source.');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['web']);
    expect(r.missing).toContain('time frame');
    expect(complete(r)).toBe(false);
  });
});

describe('deletion written as a noun in other languages, with a subject that says nothing', () => {
  it.each([
    "Suite à la résiliation de notre contrat, et conformément à l'article 17 du RGPD, nous demandons l'effacement de toutes les données du workspace kite-tea.",
    'Chiediamo la rimozione di tutti i dati del workspace kite-tea.',
  ])('%s', (text) => {
    const r = parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-30T09:00:00Z'), subject: 'RGPD' }), catalog, { now: NOW });
    expect(r).toMatchObject({ kind: 'workspace_purge', workspace: 'kite-tea' });
  });
});

describe('asking to delete in other words, under a subject that says nothing', () => {
  const plain = (text: string): ParseResult => parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-10T09:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });
  it('"please clean that up" after the days and the source', () => {
    expect(plain('Hi, after the faulty deploy on Nov 3 and Nov 4 2026 our Web source sent garbage. Please clean that up in Kite Tea.')).toMatchObject({ kind: 'source_data', sources: ['web'], ranges: [day('2026-11-03', '2026-11-04')] });
  });
  it('"make sure nothing remains in your archive" for a workspace closed long ago', () => {
    const gone = indexCatalog({ workspaces: [{ id: 'w_k', slug: 'kettle', name: 'Kettle & Co', contacts: [], deletedAt: '2021-06-14', sources: [], spaces: [] }] } satisfies Catalog);
    const r = parseRequest(textMessage('We closed our Kettle & Co workspace back in 2021. Please make sure nothing remains in your archive for us.', { from: 'x@kettle.example', date: new Date('2026-11-10T09:00:00Z'), subject: 'Hello' }), gone, { now: NOW });
    expect(r).toMatchObject({ kind: 'archive_purge', workspace: 'kettle' });
  });
});

describe('more ways to ask, and a year followed by "be"', () => {
  const plain = (text: string): ParseResult => parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-10T09:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });
  it.each([
    'Bonjour, pouvez-vous retirer les données Web de Kite Tea du 2 novembre 2026 ?',
    'Hola, ¿podéis quitar los datos de Web de Kite Tea del 2 de noviembre de 2026?',
    'Ciao, potete togliere i dati Web di Kite Tea del 2 novembre 2026?',
    'Any chance you could nuke the Web data in Kite Tea for Nov 2 2026?',
  ])('%s', (text) => {
    expect(plain(text)).toMatchObject({ kind: 'source_data', sources: ['web'], ranges: [day('2026-11-02')] });
  });
  it('"… 1 and 2 November 2026 be erased" keeps both days (chrono read "2026 BE" as a Buddhist-era year)', () => {
    expect(plain('Could the Web data of Kite Tea of 1 and 2 November 2026 be erased please')).toMatchObject({ ranges: [day('2026-11-01', '2026-11-02')] });
  });
  it('"is gone, can you restore it?" is no deletion; "where do we stand" is a status question', () => {
    expect(plain('The Web data for Nov 3 2026 in Kite Tea is gone, can you restore it?').kind).not.toBe('source_data');
    expect(plain('Where do we stand with the Web deletion for Kite Tea?').kind).toBe('status');
  });
});

describe('a common-word source followed by "in" and a workspace', () => {
  const core = indexCatalog({ workspaces: [{ id: 'w_c', slug: 'core', name: 'Core', contacts: ['a@core.example'], deletedAt: null, sources: [{ id: 's_b', slug: 'backend', name: 'Backend' }], spaces: [] }] } satisfies Catalog);
  it('"delete Backend in Core from Dec 30 to Jan 2" is the Backend source over new year', () => {
    // Written in March: the last new year is the one meant (in November the coming one is weeks away, and asked about).
    const r = parseRequest(textMessage('Hi, please delete Backend in Core from Dec 30 to Jan 2 — the year-end batch job ran three times.', { from: 'a@core.example', date: new Date('2026-03-03T09:00:00Z'), subject: 'Backend over new year' }), core, { now: NOW });
    expect(r).toMatchObject({ workspace: 'core', sources: ['backend'], ranges: [day('2025-12-30', '2026-01-02')], ambiguities: [] });
  });
});

describe("the three complete-but-wrong results of corpus 5's held-out part, in our own words", () => {
  const threeSources = indexCatalog({
    workspaces: [{ id: 'w_k', slug: 'kite-tea', name: 'Kite Tea', contacts: ['ops@kite.example'], deletedAt: null, sources: [{ id: 's_w', slug: 'web', name: 'Web' }, { id: 's_1', slug: 'app-v1', name: 'App v1' }, { id: 's_2', slug: 'app-v2', name: 'App v2' }], spaces: [] }],
  } satisfies Catalog);
  const read = (text: string, date = '2026-11-26T01:00:00Z'): ParseResult => parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date(date), subject: 'Hello' }), threeSources, { now: NOW });
  it('"all sources except Web" leaves Web out (a common word after "except" is the exception)', () => {
    expect(read('For Kite Tea, please delete all sources except Web for 6 November 2026.')).toMatchObject({ sources: ['app-v1', 'app-v2'], ranges: [day('2026-11-06')], ambiguities: [] });
  });
  it('"all sources except" a name we cannot read asks instead of taking every source', () => {
    const r = read('For Kite Tea, please delete all sources except Foo for 6 November 2026.');
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/exception/);
  });
  it('"11月16日か17日のどちらか" (one day or the other) asks', () => {
    expect(read('Kite Tea の Web のデータ、11月16日か17日のどちらかだと思います。とりあえず削除をお願いできますか？').ambiguities.join(' ')).toMatch(/not settled/);
  });
  it.each([
    'Olá, um jogador pediu a exclusão dos dados dele pela LGPD (player id 99812). Podem apagar os dados dele no Kite Tea, fonte Web, entre 1 e 15 de outubro?',
    'Hello, we have a CCPA deletion request from a California resident for Kite Tea. Please delete their data from the Web source from Sep 1 onward.',
  ])('one person and a privacy law is user_data, whatever source and days it names: %s', (text) => {
    expect(read(text)).toMatchObject({ kind: 'user_data', sources: [], ranges: [] });
  });
  it('a customer citing the GDPR for their own source deletion stays a source deletion', () => {
    expect(read('Per GDPR we need all Web data of Kite Tea from 1 to 3 November 2026 deleted.').kind).toBe('source_data');
  });
});

describe("the sender's name as an introduction, not a signature", () => {
  it('a name line under a bare greeting leaves the request below it read', () => {
    const r = parseRequest(textMessage('Hello,\nMaria Keller | Data team\nPlease delete the Web data in Kite Tea for 3 November 2026.', { from: 'ops@kite.example', date: new Date('2026-11-10T09:00:00Z') }, { from: { address: 'ops@kite.example', name: 'Maria Keller' } }), catalog, { now: NOW });
    expect(r).toMatchObject({ sources: ['web'], ranges: [day('2026-11-03')] });
  });
});

describe('a month-day chrono swallowed, and a Japanese particle before the cue', () => {
  it('"from 9am Nov 3 to 5pm Nov 4" covers both days, never Nov 4 alone', () => {
    const r = parse('Please delete the Web data in Kite Tea from 9am Nov 3 to 5pm Nov 4, 2026 UTC.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
  });
  it('a leave note in the text is still no day to ask about', () => {
    expect(parse('Please delete the Web data in Kite Tea for 4 November 2026. I am on leave Nov 20 to Nov 24.')).toMatchObject({ ranges: [day('2026-11-04')], ambiguities: [] });
  });
  it('"kite-tea のソース Web について" names the Web source', () => {
    expect(parse('ワークスペース kite-tea のソース Web について、2026年11月2日〜4日のデータ削除をお願いいたします。', '+0900')).toMatchObject({ sources: ['web'], ranges: [day('2026-11-02', '2026-11-04')] });
  });
});
