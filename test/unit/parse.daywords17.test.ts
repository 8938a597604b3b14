/**
 * Day numbers written as words in ten more languages (Russian, Ukrainian, Romanian, Turkish, Slovak,
 * Slovenian, Serbian in both scripts, Greek, Indonesian, Lithuanian) are the days they name, not the
 * whole month after them. A month in the form it takes only after a day ("мая", "maja", "května",
 * "Μαΐου") standing alone asks which days are meant; the month written as a month is still all of it.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_77', slug: 'orbit-mail', name: 'Orbit Mail', contacts: ['vera@orbit.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_771', slug: 'billing', name: 'Billing' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'vera@orbit.example', date: new Date('2027-08-02T09:00:00Z'), subject: 'Billing / Orbit Mail' }), catalog, {
    now: new Date('2027-08-02T12:00:00Z'),
  });
const days = (from: string, to = from) => [{ from, to }];
const asked = (r: ParseResult): string => r.ambiguities.join(' | ');

describe('day words in ten more languages are the days they name', () => {
  it.each([
    ['Russian range', 'Orbit Mail, источник Billing: удалите данные со второго по четвёртое июня 2027 года.', '2027-06-02', '2027-06-04'],
    ['Russian genitive alone', 'Orbit Mail, источник Billing: удалите данные за двадцать пятое июня 2027 года.', '2027-06-25', '2027-06-25'],
    ['Russian list of three', 'Orbit Mail, источник Billing: удалите данные за пятое, шестое и седьмое июня 2027 года.', '2027-06-05', '2027-06-07'],
    ['Ukrainian, typographic apostrophe', 'Orbit Mail, джерело Billing: видаліть дані з п’ятого по дев’яте червня 2027 року.', '2027-06-05', '2027-06-09'],
    ['Romanian', 'Orbit Mail, sursa Billing: ștergeți datele de la patru la șase iunie 2027.', '2027-06-04', '2027-06-06'],
    ['Turkish', 'Orbit Mail Billing kaynağının on iki Haziran ile on dört Haziran 2027 arasındaki verilerini silin.', '2027-06-12', '2027-06-14'],
    ['Slovak', 'Orbit Mail, zdroj Billing: vymažte dáta od druhého do štvrtého júna 2027.', '2027-06-02', '2027-06-04'],
    ['Slovenian', 'Orbit Mail, vir Billing: izbrišite podatke od drugega do četrtega junija 2027.', '2027-06-02', '2027-06-04'],
    ['Serbian Latin', 'Orbit Mail, izvor Billing: obrišite podatke od drugog do četvrtog juna 2027.', '2027-06-02', '2027-06-04'],
    ['Serbian Cyrillic', 'Orbit Mail, извор Billing: обришите податке од другог до четвртог јуна 2027.', '2027-06-02', '2027-06-04'],
    ['Greek', 'Orbit Mail, πηγή Billing: διαγράψτε τα δεδομένα από την δεύτερη έως την τέταρτη Ιουνίου 2027.', '2027-06-02', '2027-06-04'],
    ['Indonesian', 'Orbit Mail, sumber Billing: hapus data dari tanggal dua sampai tanggal empat Juni 2027.', '2027-06-02', '2027-06-04'],
    ['Lithuanian', 'Orbit Mail, šaltinis Billing: ištrinkite duomenis nuo antros iki ketvirtos birželio 2027.', '2027-06-02', '2027-06-04'],
  ])('%s', (_language, body, from, to) => {
    expect(parse(body).ranges).toEqual(days(from, to));
  });

  it('a day word that is no day of the month ("тридцать второе") asks, and June is not deleted whole', () => {
    const r = parse('Orbit Mail, источник Billing: удалите данные с первого по тридцать второе июня 2027 года.');
    expect(r.ranges).toEqual([]);
    expect(asked(r)).toMatch(/which days/);
  });

  it('Romanian "mai" before a lower-case word is "more": only the days written are read', () => {
    const r = parse('Orbit Mail, sursa Billing: ștergeți datele de la patru la șase iunie 2027 pentru trei mai vechi conturi.');
    expect(r.ranges).toEqual(days('2027-06-04', '2027-06-06'));
  });
});

describe('a month in the form only a day takes, alone, asks which days', () => {
  it.each([
    ['Russian', 'Orbit Mail, источник Billing: удалите данные июня 2027 года.'],
    ['Ukrainian', 'Orbit Mail, джерело Billing: видаліть дані червня 2027 року.'],
    ['Polish', 'Orbit Mail, źródło Billing: proszę usunąć dane z czerwca 2027.'],
    ['Czech', 'Orbit Mail, zdroj Billing: smažte prosím data z června 2027.'],
    ['Lithuanian', 'Orbit Mail, šaltinis Billing: ištrinkite birželio 2027 duomenis.'],
  ])('%s', (_language, body) => {
    const r = parse(body);
    expect(r.ranges).toEqual([]);
    expect(asked(r)).toMatch(/which days of June/);
  });
});

describe('controls: the month written as a month is all of it', () => {
  it.each([
    ['German', 'Orbit Mail, Quelle Billing: bitte löschen Sie die Daten im Juni 2027.'],
    ['English', 'Orbit Mail, source Billing: please delete all of June 2027.'],
    ['Czech', 'Orbit Mail, zdroj Billing: smažte prosím data za celý červen 2027.'],
    ['Polish "of the whole of June"', 'Orbit Mail, źródło Billing: proszę usunąć dane z całego czerwca 2027.'],
    ['Russian "during June"', 'Orbit Mail, источник Billing: удалите данные в течение июня 2027 года.'],
    ['Polish months listed', 'Orbit Mail, źródło Billing: proszę usunąć dane z maja i czerwca 2027.', '2027-05-01'],
  ])('%s', (_language, body, from = '2027-06-01') => {
    expect(parse(body).ranges).toEqual(days(from, '2027-06-30'));
  });
});
