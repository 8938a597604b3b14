/**
 * What corpora 15 and 16 (written blind, frozen before tuning) showed on their tuning parts: spans whose
 * join word no reader knew ("25 s.d. 26 November", "6 hingga 9 September", "fra d. 16. til og med d.
 * 19.", "15 και 16 Οκτωβρίου") deleted their last day alone and went to approval as complete; a weekday
 * written after a date ("10月20日（火）から") split a span in two; "except the weekend" was asked about or
 * read as another weekend; Tagalog writes the month first. A day number joined to a date by a word no
 * reader knows is now asked about, whatever the language.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'harbor-kiosk', name: 'Harbor Kiosk', contacts: ['ops@harborkiosk.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'till-app', name: 'Till App' }, { id: 'src_2', slug: 'loyalty', name: 'Loyalty Cards' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-04T12:00:00Z');
const parse = (text: string, sent = '2026-12-02T09:00:00Z'): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@harborkiosk.example', date: new Date(sent), subject: 'Data' }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('spans joined by words of many languages are read whole', () => {
  it.each([
    ['mohon hapus data Till App di harbor-kiosk dari tanggal 25 s.d. 26 November 2026.', '2026-11-25', '2026-11-26'],
    ['mohon hapus Till App di harbor-kiosk tanggal 25 s/d 26 November 2026', '2026-11-25', '2026-11-26'],
    ['tolong padam Till App dalam harbor-kiosk untuk 6 hingga 9 November 2026', '2026-11-06', '2026-11-09'],
    ['Slet venligst Till App i harbor-kiosk fra d. 16. til og med d. 19. november 2026.', '2026-11-16', '2026-11-19'],
    ['Παρακαλώ διαγράψτε τα δεδομένα Till App στο harbor-kiosk για τις 15 και 16 Οκτωβρίου 2026.', '2026-10-15', '2026-10-16'],
    ['אפשר למחוק את Till App ב-harbor-kiosk מ-4 עד 5 בנובמבר 2026?', '2026-11-04', '2026-11-05'],
    ['รบกวนลบ Till App ใน harbor-kiosk วันที่ 6 ถึง 7 ตุลาคม 2569 ครับ', '2026-10-06', '2026-10-07'],
    ['Lūdzu, dzēsiet Till App datus darbvietā harbor-kiosk no 17.11.2026. līdz 19.11.2026.', '2026-11-17', '2026-11-19'],
    ['paki-delete po ang Till App sa harbor-kiosk mula Setyembre 22 hanggang 24, 2026.', '2026-09-22', '2026-09-24'],
    ['Kérem, töröljék a Till App adatait a harbor-kiosk munkaterületen 2026. október 5-től 9-ig.', '2026-10-05', '2026-10-09'],
    ['harbor-kiosk の Till App について、令和8年10月20日（火）から10月22日（木）までのデータを削除してください。', '2026-10-20', '2026-10-22'],
  ])('%s', (text, from, to) => {
    const r = parse(text);
    expect(r.ranges).toEqual([{ from, to }]);
    expect(r.sources).toEqual(['till-app']);
  });
  it('Romanian "ieri și azi" is yesterday and today of the sender', () => {
    expect(parse('Vă rog ștergeți Till App din harbor-kiosk pentru ieri și azi.').ranges).toEqual([{ from: '2026-12-01', to: '2026-12-02' }]);
  });
});

describe('a day number joined to a date by a word no reader knows is asked about, not dropped', () => {
  it.each([
    'Please delete Till App in harbor-kiosk for 25 zuwa 26 November 2026.',
    'Futa Till App katika harbor-kiosk tarehe 6 mpaka 9 Novemba 2026 tafadhali.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
  });
  it('a number that counts something, or a list item, is no day left out', () => {
    expect(complete(parse('We have 2 apps. Please delete Till App in harbor-kiosk for 26 November 2026.'))).toBe(true);
    expect(complete(parse('Two things:\n1. delete Till App in harbor-kiosk for 26 November 2026\n2. thanks for the help'))).toBe(true);
  });
});

describe('"except the weekend" leaves Saturday and Sunday out of the days read', () => {
  it.each([
    'Please delete Till App in harbor-kiosk from 16 to 22 November 2026 except the weekend.',
    'Por favor borren Till App (harbor-kiosk) del 16 al 22 de noviembre de 2026, excepto el fin de semana (21 y 22).',
    'Proszę usunąć dane Till App w harbor-kiosk od 16 do 22 listopada 2026, z wyjątkiem weekendu (21–22 listopada).',
    'Bitte Till App in harbor-kiosk vom 16. bis 22. November 2026 löschen, außer am Wochenende.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([{ from: '2026-11-16', to: '2026-11-20' }]);
    expect(complete(r)).toBe(true);
  });
  it('"only the weekend days" is still asked about', () => {
    expect(complete(parse('Please delete Till App in harbor-kiosk from 16 to 22 November 2026, working days only.'))).toBe(false);
  });
});

describe('Hebrew', () => {
  it('"ב-harbor-kiosk" names the workspace: the prefix written onto a Latin name is "in"', () => {
    expect(parse('אפשר למחוק את Till App ב-harbor-kiosk מ-4 עד 5 בנובמבר 2026?').workspace).toBe('harbor-kiosk');
  });
  it('"only our customers from Europe … keep the rest of that day" asks: whole days cannot be cut', () => {
    const r = parse('נבקש למחוק את הנתונים של Till App ב-harbor-kiosk מיום 12 באוקטובר 2026, אבל רק של הלקוחות שלנו מאירופה. את שאר הנתונים של אותו יום יש לשמור.');
    expect(complete(r)).toBe(false);
  });
});
