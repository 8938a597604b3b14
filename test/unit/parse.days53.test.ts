/**
 * Hurried phone mail from small companies: informal relative days ("last Tues", "the last 3 days of last
 * month", "helgen som var", "1号"), Easter feasts named with their dates, a holiday period with no days,
 * a workspace's name declined in Russian or spelt without its umlauts, "all our data" of a workspace for
 * some days, autocorrect near misses of workspace names, and a subject that says the body's source in
 * brief. What staff would see: the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    ws('bluebird', 'Bluebird', [['pos', 'POS Terminals'], ['backend', 'Backend']]),
    ws('cafe-muller', 'Café Müller', [['kasse', 'Kasse'], ['webshop', 'Webshop']]),
    ws('panda-mart', 'Panda Mart', [['android', 'Android']]),
    ws('solna-frukt', 'Solna Frukt', [['webshop', 'Webshop']]),
    ws('lavka', 'Лавка', [['site', 'Сайт'], ['ios', 'iOS']]),
    ws('mercado-leve', 'Mercado Leve', [['loja', 'Loja Online'], ['app-android', 'App Android']]),
    ws('acme-inc', 'Acme Inc', [['ios-app', 'iOS App']]),
    ws('acme-io', 'Acme IO', [['ios-app', 'iOS App'], ['orders-api', 'Orders API'], ['orders-api-v2', 'Orders API v2']]),
    ws('hygge-design', 'Hygge Design', [['shopify', 'Shopify']]),
    ws('globex', 'Globex', [['ios', 'iOS']]),
    ws('globex-labs', 'Globex Labs', [['ios', 'iOS'], ['web', 'Web']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-05-26T10:00:00Z');
const parse = (text: string, date: string, subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'someone@customer.example', date: new Date(date), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('informal relative days', () => {
  it('reads "last Tues" as the Tuesday before the sender\'s day', () => {
    const r = parse('can u clear bluebird backend events from last Tues', '2027-05-17T09:30:00Z');
    expect(r.ranges).toEqual([{ from: '2027-05-11', to: '2027-05-11' }]);
    expect(asks(r)).toBe(false);
  });

  it('counts "the last 3 days of last month" from that month\'s end, and still asks about "the last 3 days" alone', () => {
    const r = parse('Bluebird POS Terminals – please delete the last 3 days of last month.', '2027-05-03T10:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-04-28', to: '2027-04-30' }]);
    expect(asks(r)).toBe(false);
    const alone = parse('Bluebird POS Terminals – please delete the last 3 days.', '2027-05-03T10:00:00Z');
    expect(alone.ranges).toEqual([]);
    expect(asks(alone)).toBe(true);
  });

  it('reads the Swedish "helgen som var" as the weekend before the sender\'s Monday', () => {
    const r = parse('Radera Webshop i Solna Frukt för helgen som var.', '2027-05-24T07:30:00Z');
    expect(r.ranges).toEqual([{ from: '2027-05-22', to: '2027-05-23' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads the Chinese "1号" as the 1st of the sender\'s month, but not a day after the sender\'s', () => {
    const r = parse('Panda Mart Android 1号的数据 pls delete 🙏', '2027-05-03T02:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-05-01', to: '2027-05-01' }]);
    expect(asks(r)).toBe(false);
    const later = parse('删除 Panda Mart Android 28号的数据', '2027-05-03T02:00:00Z');
    expect(later.ranges).toEqual([]);
    expect(asks(later)).toBe(true);
  });

  it('reads a bare "3号" after a day whose month is written as a day of that month, not the sender\'s', () => {
    const sent = '2026-12-07T09:00:00Z';
    for (const text of ['请删除 Acme Inc iOS App 11月1号到3号的数据。', '请删除 Acme Inc iOS App 11月1日到3号的数据。']) {
      const r = parse(text, sent);
      expect(r.ranges).toEqual([{ from: '2026-11-01', to: '2026-11-03' }]);
      expect(asks(r)).toBe(false);
    }
    const lastMonth = parse('请删除 Acme Inc iOS App 上个月1号到3号的数据。', sent);
    expect(lastMonth.ranges).toEqual([{ from: '2026-11-01', to: '2026-11-03' }]);
    expect(asks(lastMonth)).toBe(false);
    // In January, last month is December of the year before.
    const january = parse('请删除 Acme Inc iOS App 上个月1号到3号的数据。', '2027-01-07T09:00:00Z');
    expect(january.ranges).toEqual([{ from: '2026-12-01', to: '2026-12-03' }]);
  });

  it('takes "helgen som var" as last weekend only when the phrase ends its clause', () => {
    const sent = '2026-12-07T09:00:00Z';
    const planned = parse('Radera Acme Inc iOS App data för helgen som var planerad i november.', sent);
    expect(planned.ranges).not.toContainEqual({ from: '2026-12-05', to: '2026-12-06' });
    expect(asks(planned)).toBe(true);
    const r = parse('Radera Acme Inc iOS App data för helgen som var, tack.', sent);
    expect(r.ranges).toEqual([{ from: '2026-12-05', to: '2026-12-06' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('holidays', () => {
  it('takes Easter feasts named with their own dates as those days, and asks when the date is not the feast\'s', () => {
    const r = parse('Bitte Webshop-Daten von Café Müller für das Osterwochenende löschen, also Karfreitag 26.03. bis Ostermontag 29.03.2027.', '2027-03-31T07:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-03-26', to: '2027-03-29' }]);
    expect(asks(r)).toBe(false);
    const wrong = parse('Bitte Webshop-Daten von Café Müller löschen, Karfreitag 19.03. bis Ostermontag 29.03.2027.', '2027-03-31T07:00:00Z');
    expect(wrong.ranges).toEqual([]);
    expect(wrong.ambiguities.join(' ')).toContain('Karfreitag');
  });

  it('asks which days "über Ostern" means, with the time frame named rather than missing', () => {
    const r = parse('Bitte die Kasse-Daten von Café Müller über Ostern löschen, da war die Kasse kaputt.', '2027-04-06T06:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('über Ostern');
  });
});

describe('workspace names as people write them', () => {
  it('reads a workspace\'s Russian name in its cases ("Лавки", "в Лавке")', () => {
    const r = parse('Удалите данные всех источников Лавки за 1-3 мая 2027.', '2027-05-12T07:00:00Z');
    expect(r.workspace).toBe('lavka');
    expect(r.sources).toEqual(['ios', 'site']);
    expect(asks(r)).toBe(false);
    expect(parse('Удалите Сайт в Лавке за 5 мая 2027.', '2027-05-12T07:00:00Z').workspace).toBe('lavka');
  });

  it('reads "Cafe Mueller" as Café Müller: German spells its umlauts out', () => {
    const r = parse('Bitte Kasse von Cafe Mueller am 18.5.2027 löschen.', '2027-05-19T08:00:00Z');
    expect(r.workspace).toBe('cafe-muller');
    expect(r.sources).toEqual(['kasse']);
    expect(asks(r)).toBe(false);
  });

  it('asks about autocorrected workspace names ("acne inc", "Hygiene Design") and resolves neither', () => {
    const a = parse('Delete the iOS App data for acne inc from May 5th through May 7th', '2027-05-09T10:00:00Z');
    expect(a.workspace).toBeNull();
    expect(a.ambiguities.join(' ')).toContain('"acne inc" is not a known workspace');
    const h = parse('Delete Shopify in Hygiene Design for May 16 pls', '2027-05-18T08:00:00Z');
    expect(h.workspace).toBeNull();
    expect(h.ambiguities.join(' ')).toContain('"Hygiene Design" is not a known workspace');
  });

  it('asks about "Globex Lab" in a subject, one letter from Globex Labs, instead of reading Globex', () => {
    const r = parse('Delete the iOS source in Globex Lab for May 11.', '2027-05-12T16:00:00Z', 'Globex Lab iOS');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });
});

describe('what the request covers', () => {
  it('takes a subject\'s shorter name ("orders api") as the body\'s source said in brief', () => {
    const r = parse("Please delete today's Orders API v2 data in Acme IO, load test went to prod.", '2027-05-26T09:30:00Z', 'orders api today');
    expect(r.sources).toEqual(['orders-api-v2']);
    expect(r.ranges).toEqual([{ from: '2027-05-26', to: '2027-05-26' }]);
    expect(asks(r)).toBe(false);
  });
});
