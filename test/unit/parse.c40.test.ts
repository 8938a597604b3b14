/**
 * Agencies writing for several clients in many languages: a workspace name in capitals with "Prod" after
 * it, Russian and Ukrainian open starts ("с 1 октября"), slashed dates from day-first writers, part of a
 * month and Hijri dates, Chinese numerals and labels, status questions in Arabic. What staff would see:
 * the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], contacts: string[] = []): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts,
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
});
const catalog = indexCatalog({
  workspaces: [
    ws('harbor-foods', 'Harbor Foods', [['ios-app', 'iOS App'], ['web', 'Web']]),
    ws('harbor-foods-staging', 'Harbor Foods Staging', [['ios-app', 'iOS App']]),
    ws('aurum-retail', 'Aurum Retail', [['pos', 'POS'], ['eshop', 'E-shop'], ['eshop-2', 'E-shop 2']]),
    ws('al-waha', 'Al Waha', [['ios-app', 'iOS App'], ['call-center', 'Call Center']]),
    ws('jade', 'Jade', [['app', 'App'], ['web', 'Web']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-02-24T15:00:00Z');
const parse = (text: string, date: string, subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@agency.example', date: new Date(date), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a workspace name with a production word in capitals', () => {
  it('asks about "Harbor Foods Prod" when a staging twin exists: it is written as a name the catalog lacks', () => {
    const r = parse('Please delete the iOS App data in the Harbor Foods Prod workspace for 2 April 2026.', '2026-04-06T06:12:00Z');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });
  it('still reads "the harbor foods production workspace" in lower case as the production one', () => {
    const r = parse('Please delete the iOS App data in the Harbor Foods production workspace for 2 April 2026.', '2026-04-06T06:12:00Z');
    expect(r.workspace).toBe('harbor-foods');
    expect(r.sources).toEqual(['ios-app']);
    expect(asks(r)).toBe(false);
  });
});

describe('Russian and Ukrainian open starts', () => {
  it('asks about "с 1 октября" and "з 5 березня" with no end instead of deleting one day', () => {
    for (const text of ['удалите данные POS в aurum-retail с 1 октября.', 'видаліть дані POS у aurum-retail з 1 жовтня.']) {
      const r = parse(text, '2026-10-07T08:00:00Z');
      expect(r.workspace).toBe('aurum-retail');
      expect(r.ranges).toEqual([]);
      expect(asks(r)).toBe(true);
    }
  });
  it('reads "с 1 по 3 октября" as its three days', () => {
    const r = parse('удалите данные POS в aurum-retail с 1 по 3 октября.', '2026-10-07T08:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-10-01', to: '2026-10-03' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('slashed dates from writers who put the day first', () => {
  it('reads Hebrew, Arabic and Turkish d/m/yyyy as day first', () => {
    const cases: [string, string][] = [
      ['נא למחוק את נתוני iOS App בסביבת העבודה al-waha לתאריך 5/4/26.', '2026-04-05'],
      ['مساحة العمل al-waha، المصدر iOS App، نرجو حذف بيانات يوم ١٢/٠٣/٢٠٢٦.', '2026-03-12'],
      ['aurum-retail POS kaynağı 03/04/2026 verileri silinsin lütfen.', '2026-04-03'],
    ];
    for (const [text, day] of cases) {
      const r = parse(text, '2026-04-08T07:00:00Z');
      expect(r.ranges).toEqual([{ from: day, to: day }]);
      expect(asks(r)).toBe(false);
    }
  });
  it('still asks about an English writer\'s 5/4/26', () => {
    const r = parse('Please delete iOS App in al-waha for 5/4/26.', '2026-04-08T07:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});

describe('days named vaguely or in another calendar', () => {
  it('asks about part of a month in Czech, Indonesian and Russian without calling the time frame missing', () => {
    for (const text of ['aurum-retail, zdroj POS: smažte prosím data ze začátku března.', 'aurum-retail, sumber POS: mohon hapus data awal Maret.', 'удалите данные POS в aurum-retail за начало марта.']) {
      const r = parse(text, '2026-03-20T08:00:00Z');
      expect(r.ranges).toEqual([]);
      expect(r.missing).toEqual([]);
      expect(asks(r)).toBe(true);
    }
  });
  it('asks for the UTC day of a Hijri date alone, and reads the Gregorian day written beside one', () => {
    const alone = parse('نرجو حذف بيانات مصدر Call Center في مساحة العمل al-waha بتاريخ ١٥ رمضان ١٤٤٧هـ.', '2026-03-10T06:00:00Z');
    expect(alone.ranges).toEqual([]);
    expect(alone.missing).toEqual([]);
    expect(asks(alone)).toBe(true);
    const both = parse('Please delete Call Center data in al-waha for 1 March 2026 (12 Ramadan 1447 AH).', '2026-03-10T06:00:00Z');
    expect(both.ranges).toEqual([{ from: '2026-03-01', to: '2026-03-01' }]);
    expect(asks(both)).toBe(false);
  });
  it('reads Russian "вчерашние данные" and "за прошлую неделю" from the message date', () => {
    const y = parse('просьба удалить вчерашние данные источника POS в aurum-retail.', '2026-04-07T08:00:00Z');
    expect(y.ranges).toEqual([{ from: '2026-04-06', to: '2026-04-06' }]);
    expect(asks(y)).toBe(false);
    const w = parse('удалите данные за прошлую неделю по источнику E-shop 2 в aurum-retail.', '2026-04-13T08:00:00Z');
    expect(w.ranges).toEqual([{ from: '2026-04-06', to: '2026-04-12' }]);
    expect(asks(w)).toBe(false);
  });
  it('reads dates in Chinese numerals', () => {
    const r = parse('请删除 Jade 工作区 App 数据源 二〇二六年四月七日至四月九日 的全部数据。', '2026-04-13T02:00:00Z');
    expect(r.workspace).toBe('jade');
    expect(r.sources).toEqual(['app']);
    expect(r.ranges).toEqual([{ from: '2026-04-07', to: '2026-04-09' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('labels and questions in other languages', () => {
  it('reads a Chinese form line "工作區 jade，來源 Web" and a Russian month after a source ("POS 14 мая")', () => {
    const zh = parse('請刪除：工作區 jade，來源 Web，日期 2026/04/15。', '2026-04-20T01:00:00Z');
    expect(zh.workspace).toBe('jade');
    expect(zh.sources).toEqual(['web']);
    expect(asks(zh)).toBe(false);
    const ru = parse('удалите, пожалуйста, данные источника POS в aurum-retail за 14 мая 2026 г.', '2026-05-20T08:00:00Z', 'POS 14 мая');
    expect(ru.sources).toEqual(['pos']);
    expect(asks(ru)).toBe(false);
  });
  it('reads a Hebrew date label after a comma as no listed source', () => {
    const r = parse('נא למחוק: workspace al-waha, מקור iOS App, בתאריכים 2.4.2026 עד 3.4.2026.', '2026-04-06T08:00:00Z');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2026-04-02', to: '2026-04-03' }]);
    expect(asks(r)).toBe(false);
  });
  it('reads an Arabic "what is the status of our deletion request?" as a status question that needs a workspace', () => {
    const r = parse('ما هو وضع طلب الحذف الخاص بنا؟', '2026-04-06T08:00:00Z', 'استفسار عن طلب الحذف');
    expect(r.kind).toBe('status');
    expect(r.missing).toEqual(['workspace']);
  });
});
