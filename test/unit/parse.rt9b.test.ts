/**
 * Days the parser used to read as a complete request while the customer's words leave them open:
 * everything before a date read as that one day, and a day corrected in the writer's own language with
 * both days deleted; and days reaching the sender's own day, which stay the days asked for. What staff
 * would see: the days shown, and whether the desk asks.
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
      id: 'ws_acme', slug: 'acme-analytics', name: 'Acme Analytics', contacts: ['ana@acme.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_android', slug: 'android-app', name: 'Android App' }], spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-01T12:00:00Z');
// Wednesday 24 February 2027, 10:12 in the sender's +0100.
const SENT = new Date('2027-02-24T09:12:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ana@acme.example', date: SENT, dateHeader: 'Wed, 24 Feb 2027 10:12:00 +0100' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (from: string, to: string): { from: string; to: string }[] => [{ from, to }];

// Days that reach the sender's own day are the days asked for: most writers of the blind corpora read
// "today's data" and "until today" as complete, and what the deletion leaves is what arrives after it,
// never data nobody asked for. The desk asks only when the trouble is said to be still going on.
describe('days that reach the sender\'s own day', () => {
  it.each([
    ["Please delete today's Android App data in acme-analytics.", days('2027-02-24', '2027-02-24')],
    ['Please delete the Android App data in acme-analytics from Feb 22 through today.', days('2027-02-22', '2027-02-24')],
    ['Borren los datos de Android App en acme-analytics desde el 20 de febrero hasta hoy.', days('2027-02-20', '2027-02-24')],
  ])('are those days: %s', (text, ranges) => {
    const r = parse(text);
    expect(r.ranges).toEqual(ranges);
    expect(asks(r)).toBe(false);
  });

  it('asks while the trouble is still going on', () => {
    const r = parse('Please delete the Android App data in acme-analytics from Feb 22 through today, the bad tag is still live.');
    expect(r.ambiguities.join(' ')).toContain('still going on');
  });
});

describe('everything before a date is not that one day', () => {
  it.each([
    'Borren los datos de Android App en acme-analytics anteriores al 1 de enero de 2026.',
    'Borren todos los datos de Android App en acme-analytics previos al 1 de enero de 2026.',
    "Merci de supprimer toutes les données de l'Android App dans acme-analytics antérieures au 1er janvier 2026.",
    'Cancellate tutti i dati della Android App in acme-analytics precedenti al 1° gennaio 2026.',
    'Apaguem os dados da Android App em acme-analytics anteriores a 1 de janeiro de 2026.',
    'Proszę usunąć wszystkie dane Android App w acme-analytics sprzed 1 stycznia 2026.',
    'Proszę usunąć dane Android App w acme-analytics do 1 stycznia 2026.',
    'Удалите все данные Android App в acme-analytics до 1 января 2026 года.',
    'Видаліть, будь ласка, усі дані Android App в acme-analytics до 1 січня 2026 року.',
    "acme-analytics çalışma alanındaki Android App'in 1 Ocak 2026 öncesi tüm verilerini silebilir misiniz?",
    'acme-analytics 워크스페이스의 Android App 2026년 1월 1일 이전 데이터를 모두 삭제해 주세요.',
    'Please delete all Android App data in acme-analytics through Jan 1, 2026.',
  ])('asks instead of deleting 1 January 2026: %s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('has no first day');
  });

  it('still reads the Portuguese "do dia 3" (of the 3rd) as that day', () => {
    const r = parse('Apaguem os dados da Android App em acme-analytics do dia 3 de fevereiro de 2027.');
    expect(r.ranges).toEqual(days('2027-02-03', '2027-02-03'));
    expect(asks(r)).toBe(false);
  });
});

describe('a day corrected in the writer\'s own language', () => {
  it.each([
    'Proszę usunąć dane Android App w acme-analytics z 3 lutego, przepraszam, chodziło mi o 13 lutego.',
    'Radera Android App-data i acme-analytics för 3 februari, förlåt, jag menade 13 februari.',
    'Slet venligst Android App-data i acme-analytics for 3. februar, undskyld, jeg mente 13. februar.',
    'Apaguem os dados da Android App em acme-analytics de 3 de fevereiro, desculpem, quis dizer 13 de fevereiro.',
    'Удалите данные Android App в acme-analytics за 3 февраля, извините, я имела в виду 13 февраля.',
    'Видаліть, будь ласка, дані Android App в acme-analytics за 3 лютого, вибачте, я мала на увазі 13 лютого.',
    "acme-analytics çalışma alanındaki Android App'in 3 Şubat verilerini silin, pardon, 13 Şubat demek istedim.",
    'Prosím smažte data Android App v acme-analytics z 3. února, pardon, myslela jsem 13. února.',
    'acme-analytics の Android App の2月3日のデータを削除してください。失礼しました、2月13日の間違いです。',
  ])('asks which day, never deleting both: %s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('corrects days written before it');
  });

  it('does not take an apology for the delay as a correction', () => {
    const r = parse('Sorry for the delay, please delete the Android App data in acme-analytics for Feb 3 and Feb 13.');
    expect(r.ranges).toEqual([{ from: '2027-02-03', to: '2027-02-03' }, { from: '2027-02-13', to: '2027-02-13' }]);
    expect(asks(r)).toBe(false);
  });
});
