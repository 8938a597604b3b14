/**
 * Days corrected or narrowed in a later sentence of the same message: "… for 1–4 March. The 1st and 2nd
 * are actually fine", "Korrektur: 6. März", "Only the 4th", "keep Saturday and Sunday". Read alone, the
 * first sentence's days (or their union with the new ones) came out complete. Each must ask or be exactly
 * the days meant; a plain request, and one with a story sentence before it, stays complete.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [{
    id: 'ws_lumen', slug: 'lumen-bakery', name: 'Lumen Bakery', contacts: ['ops@lumen-bakery.example'], admins: [], deletedAt: null,
    sources: [['ios-app', 'iOS App'], ['android-app', 'Android App'], ['storefront', 'Storefront'], ['loyalty-api', 'Loyalty API']].map(([slug, name]) => ({ id: `src_${slug}`, slug, name })),
    spaces: [],
  }],
} satisfies Catalog);

const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@lumen-bakery.example', date: new Date('2027-03-20T09:00:00Z'), subject: 'Data deletion' }), catalog, { now: new Date('2027-03-20T12:00:00Z') }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

const REQUEST = 'Please delete the Android App data of lumen-bakery for 1–4 March 2027.';
const REQUEST_DE = 'Bitte löschen Sie die Daten der Android App in lumen-bakery vom 1. bis 4. März 2027.';

describe('a later sentence that says some of the days are fine', () => {
  it.each([
    `${REQUEST} The data of 1 and 2 March turned out to be correct after all.`,
    `${REQUEST} Sorry, 2 March is actually correct.`,
    `${REQUEST}\n\nThe 1st and the 2nd are fine, keep them.`,
    `${REQUEST_DE} Der 1. und 2. März sind doch in Ordnung.`,
    `${REQUEST_DE} Der 2. März stimmt doch.`,
  ])('never deletes the days said to be fine: %s', (text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['android-app']);
    if (!asks(r)) expect(r.ranges).toEqual([{ from: '2027-03-03', to: '2027-03-04' }]);
    else expect(r.ranges.some((x) => x.from <= '2027-03-02')).toBe(false);
  });

  it.each([
    `${REQUEST} 1, 2 and 3 March are fine.`,
    `${REQUEST} 1, 2 and 3 March should stay.`,
    'Please delete the Android App data of lumen-bakery for 1–4 March 2027, but 1, 2 and 3 March should stay.',
  ])('drops every day of a list said to stay, or asks: %s', (text) => {
    const r = parse(text);
    if (!asks(r)) expect(r.ranges).toEqual([{ from: '2027-03-04', to: '2027-03-04' }]);
  });

  it.each([
    'Please delete the Android App data of lumen-bakery for 1–4 March 2027 except 1 and 2 March.',
    'Please delete the Android App data of lumen-bakery, except 1 and 2 March, for 1–4 March 2027.',
  ])('leaves out both days after "except": %s', (text) => {
    const r = parse(text);
    expect(asks(r)).toBe(false);
    expect(r.ranges).toEqual([{ from: '2027-03-03', to: '2027-03-04' }]);
  });
});

describe('the weekend kept in a later sentence', () => {
  it.each([
    'Delete the Storefront data of lumen-bakery for the week of 1–7 March 2027. Leave the weekend days.',
    'Delete the Storefront data of lumen-bakery for 1–7 March 2027. Keep Saturday and Sunday.',
    'Delete the Storefront data of lumen-bakery for 1–7 March 2027 but keep Saturday and Sunday.',
    'Delete the Storefront data of lumen-bakery for 1–7 March 2027. Saturday and Sunday should stay.',
  ])('never deletes 6 and 7 March unasked: %s', (text) => {
    const r = parse(text);
    if (!asks(r)) expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-05' }]);
  });
});

describe('a correction label in a later sentence', () => {
  it.each([
    'Please delete the Storefront data of lumen-bakery for 1–4 March 2027.\n\nCorrection: 6–7 March 2027.',
    'Please delete the Storefront data of lumen-bakery for 1–4 March 2027. Small change: 2–3 March.',
    'Please delete the Storefront data of lumen-bakery for 1–4 March 2027. Update: 9 March.',
    'Удалите, пожалуйста, данные Storefront в lumen-bakery за 1–4 марта 2027. Поправка: 6 марта.',
    'Удалите данные Storefront в lumen-bakery за 1–4 марта 2027. Исправление: 2 марта.',
    'lumen-bakery Storefront verilerini 1–4 Mart 2027 için silin lütfen. Düzeltme: 6 Mart.',
    '请删除 lumen-bakery 的 Storefront 数据，2027年3月1日至4日。更正：3月6日。',
    'lumen-bakery の Storefront のデータを2027年3月1日から4日まで削除してください。修正：3月6日。',
    'يرجى حذف بيانات Storefront في lumen-bakery من 1 إلى 4 مارس 2027. تصحيح: 6 مارس.',
    'נא למחוק את נתוני Storefront ב-lumen-bakery מ-1 עד 4 במרץ 2027. תיקון: 6 במרץ.',
    'Proszę usunąć dane Storefront w lumen-bakery od 1 do 4 marca 2027. Korekta: 6 marca.',
    'Bitte löschen Sie die Storefront Daten in lumen-bakery vom 1. bis 4. März 2027. Korrektur: 6. März.',
    'Merci de supprimer les données Storefront de lumen-bakery du 1er au 4 mars 2027. Rectificatif : 6 mars.',
    'Por favor borren los datos de Storefront en lumen-bakery del 1 al 4 de marzo de 2027. Corrección: 6 de marzo.',
    'Vui lòng xóa dữ liệu Storefront trong lumen-bakery từ ngày 1 đến ngày 4 tháng 3 năm 2027. Đính chính: ngày 6 tháng 3.',
    'Please delete the Storefront data of lumen-bakery for 1–4 March 2027.\n\nCorrection:\n6–7 March 2027',
    'Please delete the Storefront data of lumen-bakery for 1–4 March 2027.\nDates: 2–3 March 2027',
  ])('asks which days stand: %s', (text) => {
    expect(asks(parse(text))).toBe(true);
  });

  it('a document field "Last update:" is no correction', () => {
    const r = parse('Please delete the Storefront data of lumen-bakery for 1–4 March 2027.\n\n--\nPrivacy notice. Last update: 01.01.2026');
    expect(asks(r)).toBe(false);
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-04' }]);
  });
});

describe('days narrowed in a later sentence', () => {
  it.each([
    'Delete the Storefront data of lumen-bakery for 1–4 March 2027. Actually, start from 3 March instead.',
    'Delete the Storefront data of lumen-bakery for 1–4 March 2027. Only the 4th.',
    'Delete the Storefront data of lumen-bakery for 1–4 March 2027. Just the 2nd and 3rd.',
    'Удалите данные Storefront в lumen-bakery за 1–4 марта 2027. Только 3-е.',
    'lumen-bakery Storefront verilerini 1–4 Mart 2027 için silin. Sadece 3 Mart.',
    '请删除 lumen-bakery 的 Storefront 数据，2027年3月1日至4日。只要3月3日。',
    'يرجى حذف بيانات Storefront في lumen-bakery من 1 إلى 4 مارس 2027. فقط 3 مارس.',
    'נא למחוק את נתוני Storefront ב-lumen-bakery מ-1 עד 4 במרץ 2027. רק 3 במרץ.',
    'Vui lòng xóa dữ liệu Storefront trong lumen-bakery từ ngày 1 đến ngày 4 tháng 3 năm 2027. Chỉ ngày 3 tháng 3.',
    'Delete the iOS App and Storefront data of lumen-bakery for 1–5 March 2027. For Android App it is just the 4th.',
    'Delete the iOS App and Storefront data of lumen-bakery for 1–5 March 2027. For Storefront it is just the 4th.',
  ])('asks: %s', (text) => {
    expect(asks(parse(text))).toBe(true);
  });
});

describe('plain requests stay complete and exact', () => {
  it.each([
    [REQUEST, [{ from: '2027-03-01', to: '2027-03-04' }]],
    [`Our checkout test went wrong last week. ${REQUEST}`, [{ from: '2027-03-01', to: '2027-03-04' }]],
    [`${REQUEST} Thank you very much, the Lumen team.`, [{ from: '2027-03-01', to: '2027-03-04' }]],
    [`${REQUEST} That is 1, 2, 3 and 4 March.`, [{ from: '2027-03-01', to: '2027-03-04' }]],
    ['Vui lòng xóa dữ liệu Storefront trong lumen-bakery ngày 3 tháng 3.', [{ from: '2027-03-03', to: '2027-03-03' }]],
  ])('%s', (text, ranges) => {
    const r = parse(text as string);
    expect(r.ambiguities).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.ranges).toEqual(ranges);
  });
});
