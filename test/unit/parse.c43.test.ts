/**
 * Agencies and managed-service providers writing for many clients: a source listed with one the catalog
 * lacks in Thai and Hebrew, archive purges in Ukrainian and in passing English, status replies in Arabic,
 * rows pasted from a spreadsheet, a space kept in Swedish and Thai, a name written in two scripts. What
 * staff would see: the kind, workspace, sources, space and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], more: Partial<Catalog['workspaces'][number]> = {}): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts: [],
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
  ...more,
});
const space = (name: string): { id: string; name: string } => ({ id: `spa_${name.replace(/\s/g, '_')}`, name });
const catalog = indexCatalog({
  workspaces: [
    ws('siam-spa', 'Siam Spa', [['line-oa', 'LINE OA'], ['webshop', 'Webshop']], { spaces: [space('Members'), space('Members VIP')] }),
    ws('negev-sun', 'Negev Sun', [['website', 'Website'], ['crm-sync', 'CRM Sync']]),
    ws('odesa-kava', 'Odesa Kava', [['webshop', 'Webshop']], { deletedAt: '2021-11-20' }),
    ws('tanaka-deli', 'Tanaka Deli', [['web-shop', 'Web Shop']], { deletedAt: '2021-06-30' }),
    ws('harbor-tea', 'Harbor Tea', [['ios-app', 'iOS App'], ['android-app', 'Android App'], ['ios-app-2', 'iOS App 2']]),
    ws('fika-bar', 'Fika Bar', [['kassa', 'Kassa']], { spaces: [space('Kunder'), space('Kunder Test')] }),
    ws('jade-tea', 'Jade Tea House 翠玉茶館', [['web-shop', 'Web Shop'], ['line', 'LINE']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-17T10:00:00Z');
const parse = (text: string, date: string, subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@agency.example', date: new Date(date), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a known source listed with one the catalog lacks', () => {
  it('asks about "LINE OA และ TikTok Shop" (Thai "and") instead of deleting LINE OA alone', () => {
    const r = parse('รบกวนลบข้อมูล LINE OA และ TikTok Shop ของ siam-spa วันที่ 27 กุมภาพันธ์ 2027 ครับ', '2027-03-01T03:00:00Z');
    expect(r.sources).toEqual(['line-oa']);
    expect(asks(r)).toBe(true);
  });
  it('asks about "Website ו-Mobile App" (Hebrew "and" as a prefix) instead of deleting Website alone', () => {
    const r = parse('נא למחוק את נתוני Website ו-Mobile App של Negev Sun בתאריך 20 בפברואר 2027.', '2027-02-22T06:00:00Z');
    expect(r.sources).toEqual(['website']);
    expect(asks(r)).toBe(true);
  });
});

describe('the archive of a workspace deleted before the cutoff', () => {
  it('reads Ukrainian "очистили архів" of a closed workspace as an archive purge', () => {
    const r = parse('ми давно закрили робочий простір Odesa Kava, але хочемо, щоб ви остаточно очистили архів цього простору.', '2027-01-12T08:00:00Z');
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBe('odesa-kava');
    expect(asks(r)).toBe(false);
  });
  it('reads "nothing left in the archive … if there is, please purge it" as an archive purge', () => {
    const r = parse("Can you confirm there's nothing left in the archive for tanaka-deli - if there is, please purge it.", '2027-03-16T02:00:00Z');
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBe('tanaka-deli');
    expect(asks(r)).toBe(false);
  });
});

describe('replies and status questions', () => {
  it('reads an Arabic "has the request been carried out?" under a ticket as a status question', () => {
    const r = parse('هل تم تنفيذ الطلب DEL-5150؟ العميل يسأل.', '2027-02-16T08:00:00Z', 'رد: [DEL-5150] Siam Spa');
    expect(r.kind).toBe('status');
    expect(r.ticket).toBe('DEL-5150');
  });
  it('does not take the days of an Arabic reply\'s subject ("رد:") as the request', () => {
    const r = parse('نعم، المصدر Webshop في siam-spa.', '2027-02-16T08:00:00Z', 'رد: حذف بيانات 3 فبراير 2027');
    expect(r.ranges).toEqual([]);
  });
  it('reads a Hebrew reply naming "המקור Website" (the source Website) as that source', () => {
    const r = parse('זה המקור Website בסביבת העבודה negev-sun, ב-1 במרץ 2027.', '2027-03-03T10:00:00Z', 'השב: [DEL-5171] Negev Sun');
    expect(r.sources).toEqual(['website']);
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-01' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('rows pasted from a spreadsheet', () => {
  it('takes every source of tab-separated rows with the same days, the reason column being no story', () => {
    const text = 'Pasting the rows from our scope sheet. Same two days for both apps:\n\nWorkspace\tSource\tFrom\tTo\tReason\nharbor-tea\tios-app\t2027-02-01\t2027-02-02\tSDK double init\nharbor-tea\tandroid-app\t2027-02-01\t2027-02-02\tSDK double init\n';
    const r = parse(text, '2027-02-04T08:20:00Z', 'Harbor Tea - deletion scope (pasted from our tracker)');
    expect(r.workspace).toBe('harbor-tea');
    expect(r.sources).toEqual(['android-app', 'ios-app']);
    expect(r.ranges).toEqual([{ from: '2027-02-01', to: '2027-02-02' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('names set apart as kept', () => {
  it('deletes the space "Kunder Test" when Swedish says "Kunder" ska vara kvar', () => {
    const r = parse('Vi vill ta bort Unify-spacet "Kunder Test" i vår workspace Fika Bar. Spacet "Kunder" ska vara kvar.', '2027-03-01T10:30:00Z');
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Kunder Test');
    expect(asks(r)).toBe(false);
  });
  it('deletes the space "Members VIP" when Thai says "Members" is still kept', () => {
    const r = parse('ลูกค้า Siam Spa ต้องการลบ Unify space "Members VIP" ครับ ส่วน space "Members" ยังเก็บไว้', '2027-02-26T04:00:00Z');
    expect(r.space).toBe('Members VIP');
    expect(asks(r)).toBe(false);
  });
  it('leaves out "Die iOS App (ohne 2) bitte nicht anfassen": an aside in brackets between the name and its exclusion', () => {
    const r = parse('Könnt ihr bitte im Workspace harbor-tea die Daten der Quelle iOS App 2 vom 1. Februar 2027 löschen?\nDie iOS App (ohne 2) bitte nicht anfassen.', '2027-02-02T13:00:00Z');
    expect(r.sources).toEqual(['ios-app-2']);
    expect(asks(r)).toBe(false);
  });
});

describe('a workspace name written in two scripts', () => {
  it('resolves "翠玉茶館" alone to Jade Tea House 翠玉茶館', () => {
    const r = parse('您好，請刪除翠玉茶館 Web Shop 2027年3月1日的資料，謝謝。', '2027-03-09T06:00:00Z');
    expect(r.workspace).toBe('jade-tea');
  });
});

describe('hours in the clock of Montreal', () => {
  it('places "20 h et 22 h (heure de Montréal)" on 25 January as the UTC day 26 January, and asks', () => {
    const r = parse("Est-ce possible de supprimer seulement les données de l'iOS App de harbor-tea du 25 janvier 2027 entre 20 h et 22 h (heure de Montréal)?", '2027-01-27T20:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-01-26', to: '2027-01-26' }]);
    expect(asks(r)).toBe(true);
  });
});
