/**
 * Days and conditions as small organisations write them in their own language: a request that holds
 * only if it harms nothing else, a night whose two days are asked for in Ukrainian, "yesterday's" as a
 * Greek adjective, a day's number with no month, days kept in Polish after the request, and a subject
 * that asks for the very day the body tells an incident on. Each with a control that must not change.
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
    ws('puente', 'Puente', [['donativos', 'Donativos'], ['voluntarios', 'Voluntarios']]),
    ws('odesa-school', 'Odesa School', [['telegram-bot', 'Telegram Bot'], ['web', 'Web']]),
    ws('iatreio', 'Iatreio Athina', [['ios-app', 'iOS App'], ['web-gr', 'Web GR']]),
    ws('lingua', 'Lingua Hue', [['zalo-oa', 'Zalo OA'], ['website', 'Website']]),
    ws('fundacja', 'Fundacja Nadzieja', [['zbiorki', 'Zbiórki'], ['darowizny', 'Darowizny']]),
    ws('sunrise', 'Sunrise', [['ussd', 'USSD'], ['web', 'Web'], ['android', 'Android']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-07-28T14:00:00Z');
const parse = (text: string, subject = 'Data deletion', date = new Date('2027-07-19T10:00:00Z'), dateHeader?: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'office@customer.example', date, subject, dateHeader }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => (x.from === x.to ? x.from : `${x.from}..${x.to}`));

describe('a request that holds only if the deletion harms nothing else', () => {
  it('asks when the deletion is wanted only as long as it does not affect something', () => {
    const es = parse('Quisiéramos borrar los datos de Donativos (Puente) del 15 de julio de 2027, siempre y cuando eso no afecte los reportes. Gracias');
    expect(es.ambiguities.some((a) => a.includes('condition'))).toBe(true);
    const en = parse('Please delete the Donativos data of Puente for 15 July 2027, provided it does not affect our tax reports.');
    expect(en.ambiguities.some((a) => a.includes('condition'))).toBe(true);
  });

  it('control: a courtesy or a story of what was affected sets no condition', () => {
    const courtesy = parse('Please delete the Donativos data of Puente for 15 July 2027, if possible.');
    expect(asks(courtesy)).toBe(false);
    const story = parse('The import affected our reports. Please delete the Donativos data of Puente for 15 July 2027.');
    expect(asks(story)).toBe(false);
    expect(days(story)).toEqual(['2027-07-15']);
  });
});

describe('days said in the writer’s own words', () => {
  it('control: the night alone is still asked about', () => {
    const r = parse('У ніч з 14 на 15 липня 2027 року Telegram Bot надсилав спам. Просимо видалити дані Telegram Bot (Odesa School).');
    expect(asks(r)).toBe(true);
  });

  it('asks which month a day given by its number alone is in, without calling the time frame missing', () => {
    const r = parse('Nhờ xóa dữ liệu Zalo OA của Lingua Hue ngày 5. Cảm ơn!');
    expect(r.missing).toEqual([]);
    expect(r.ambiguities.some((a) => a.includes('"ngày 5" has no month'))).toBe(true);
  });

  it('control: a full date after the same word is read as the day', () => {
    const r = parse('Nhờ xóa dữ liệu Zalo OA của Lingua Hue ngày 5 tháng 7 năm 2027. Cảm ơn!');
    expect(days(r)).toEqual(['2027-07-05']);
  });

  it('keeps the days a Polish writer asks to leave, and reads the two ranges asked for', () => {
    const r = parse('Prosimy o usunięcie danych ze źródła Zbiórki (Fundacja Nadzieja) za dni 1–2 lipca oraz 5 lipca 2027 r.\nDzień 3 i 4 lipca proszę zostawić.');
    expect(days(r)).toEqual(['2027-07-01..2027-07-02', '2027-07-05']);
    expect(asks(r)).toBe(false);
  });

  it('control: a day named after the request with no word of keeping is still asked about', () => {
    const r = parse('Prosimy o usunięcie danych ze źródła Zbiórki (Fundacja Nadzieja) za dni 1–2 lipca 2027 r.\nAwaria była też 4 lipca.');
    expect(asks(r)).toBe(true);
  });
});

describe('a subject that asks for the day the body tells an incident on', () => {
  it('control: a subject naming another day leaves the question', () => {
    const r = parse('System glitch on 10 July 2027. Please delete the USSD data of Sunrise.', 'Delete USSD data 11 July');
    expect(asks(r)).toBe(true);
  });
});
