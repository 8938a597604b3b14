/**
 * Days written as words before a month ("vom zweiten bis zum vierten Juni", "del dos al cuatro de junio",
 * "od drugiego do czwartego czerwca", "den andra juni") are those days, never the whole month; a day word
 * that cannot be read is asked about. Croatian "listopad" is October, Polish and Czech "listopad"
 * November; a mail that shows neither language is asked about. "drugi tjedan studenoga" is part of a
 * month, asked about unless the days are written out after it ("točnije od 9. do 15.").
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_31', slug: 'vela-tours', name: 'Vela Tours', contacts: ['nina@velatours.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_311', slug: 'guide-app', name: 'Guide App' }, { id: 'src_312', slug: 'tickets-web', name: 'Tickets Web' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-08-20T12:00:00Z');
const parse = (text: string, subject = 'Data deletion'): ParseResult =>
  parseRequest(textMessage(text, { from: 'nina@velatours.example', date: new Date('2027-08-19T08:00:00Z'), subject }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const days = (from: string, to = from) => [{ from, to }];

describe('days written as words before a month are those days', () => {
  it.each([
    ['Bitte im Workspace Vela Tours die Guide App Daten vom zweiten bis zum vierten Juni 2027 löschen.', days('2027-06-02', '2027-06-04')],
    ['Bitte im Workspace Vela Tours die Guide App Daten vom zwölften Juni 2027 löschen.', days('2027-06-12')],
    ['Por favor borren en Vela Tours los datos de Guide App del dos al cuatro de junio de 2027.', days('2027-06-02', '2027-06-04')],
    ['Por favor borren en Vela Tours los datos de Guide App del veintiocho al treinta y uno de julio de 2027.', days('2027-07-28', '2027-07-31')],
    ['Merci de supprimer dans Vela Tours les données Guide App du deux au quatre juin 2027.', days('2027-06-02', '2027-06-04')],
    ['Merci de supprimer dans Vela Tours les données Guide App du vingt et un juin 2027.', days('2027-06-21')],
    ['Nel workspace Vela Tours cancellate i dati di Guide App dal due al quattro giugno 2027.', days('2027-06-02', '2027-06-04')],
    ['No workspace Vela Tours apaguem os dados do Guide App de dois a quatro de junho de 2027.', days('2027-06-02', '2027-06-04')],
    ['In workspace Vela Tours graag de Guide App data van de tweede tot en met de vierde juni 2027 verwijderen.', days('2027-06-02', '2027-06-04')],
    ['Dzień dobry, proszę usunąć dane Guide App (Vela Tours) od drugiego do czwartego czerwca 2027.', days('2027-06-02', '2027-06-04')],
    ['Hej, radera Guide App-data i Vela Tours från den andra till den fjärde juni 2027.', days('2027-06-02', '2027-06-04')],
  ])('%s', (text, ranges) => {
    const r = parse(text);
    expect(r.workspace).toBe('vela-tours');
    expect(r.sources).toEqual(['guide-app']);
    expect(r.ranges).toEqual(ranges);
    expect(complete(r)).toBe(true);
  });

  it('a day word that cannot be read is asked about, not left to the month alone', () => {
    const r = parse('Por favor borren en Vela Tours los datos de Guide App del dos al treintaiuno de julio de 2027.');
    expect(r.ambiguities.join(' ')).toContain('dos al treintaiuno');
    expect(r.ranges).not.toEqual(days('2027-07-01', '2027-07-31'));
  });

  it.each([
    // Controls: digits, the Spanish first, English ordinals, and a whole month with no day word.
    ['Bitte im Workspace Vela Tours die Guide App Daten vom 2. bis zum 4. Juni 2027 löschen.', days('2027-06-02', '2027-06-04')],
    ['Por favor borren en Vela Tours los datos de Guide App del primero de junio de 2027.', days('2027-06-01')],
    ['Please delete the Guide App data in Vela Tours for the second to the fourth of June 2027.', days('2027-06-02', '2027-06-04')],
    ['Bitte im Workspace Vela Tours die Guide App Daten vom Juni 2027 löschen.', days('2027-06-01', '2027-06-30')],
  ])('control: %s', (text, ranges) => {
    const r = parse(text);
    expect(r.ranges).toEqual(ranges);
    expect(complete(r)).toBe(true);
  });
});

describe('"listopad" is October in Croatian mail, November in Polish and Czech', () => {
  it.each([
    ['Poštovani, molim obrišite podatke Guide App u workspaceu Vela Tours od 4. do 6. listopada 2026. Lijep pozdrav', days('2026-10-04', '2026-10-06')],
    ['Poštovani, molim obrišite podatke Guide App u workspaceu Vela Tours za cijeli listopad 2026.', days('2026-10-01', '2026-10-31')],
    ['Molim obrišite podatke Guide App (Vela Tours) za 29. rujna – 1. listopada 2026.', days('2026-09-29', '2026-10-01')],
  ])('Croatian: %s', (text, ranges) => {
    const r = parse(text);
    expect(r.ranges).toEqual(ranges);
    expect(complete(r)).toBe(true);
  });

  it.each([
    ['Dzień dobry, proszę usunąć dane Guide App (Vela Tours) z 4 listopada 2026.', days('2026-11-04')],
    ['Dobrý den, smažte prosím data Guide App (Vela Tours) ze 4. listopadu 2026.', days('2026-11-04')],
    // Croatian "studenoga" is November, whatever "listopad" is.
    ['Poštovani, molim obrišite podatke Guide App u workspaceu Vela Tours za 4. studenoga 2026.', days('2026-11-04')],
  ])('control: %s', (text, ranges) => {
    const r = parse(text);
    expect(r.ranges).toEqual(ranges);
    expect(complete(r)).toBe(true);
  });

  it('a mail that shows no language asks which month "listopad" is', () => {
    const r = parse('Please delete Guide App data in Vela Tours for 4 listopada 2026.');
    expect(r.ambiguities.join(' ')).toContain('listopad');
  });

  it('a short reply takes the language of the mail it quotes', () => {
    const r = parse('Guide App, Vela Tours, 4-5 listopada 2026.\n\nW dniu pon., 2 lis 2026 o 10:00 Desk <deletions@desk.example> napisał(a):\n> Which days?');
    expect(r.ranges).toEqual(days('2026-11-04', '2026-11-05'));
  });
});

describe('part of a month in Croatian, Polish and Czech', () => {
  it('"drugi tjedan studenoga" alone is asked about', () => {
    const r = parse('Poštovani, molim obrišite podatke Guide App u workspaceu Vela Tours za drugi tjedan studenoga 2026.');
    expect(r.ambiguities.join(' ')).toContain('drugi tjedan studenoga 2026');
  });

  it('the days written out after it ("točnije od 9. do 15.") are the days', () => {
    const r = parse('Poštovani, molim obrišite podatke Guide App u workspaceu Vela Tours za drugi tjedan studenoga 2026, točnije od 9. do 15. studenoga 2026.');
    expect(r.ranges).toEqual(days('2026-11-09', '2026-11-15'));
    expect(complete(r)).toBe(true);
  });
});
