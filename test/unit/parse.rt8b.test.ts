/**
 * Red-team round 8, part b: one person's data said with a pronoun, the same request for another place,
 * a weekday recurring through a month, some days of a week, part of a day in words, and numbers of
 * things written like days. Each came out complete and wrong; now the parser reads it right or asks.
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
      id: 'ws_p1', slug: 'pinecone', name: 'Pinecone Books', contacts: ['lea@pinecone.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_p1', slug: 'shop', name: 'Shop' }, { id: 'src_p2', slug: 'reader-app', name: 'Reader App' }],
      spaces: [],
    },
    {
      id: 'ws_p2', slug: 'pinecone-staging', name: 'Pinecone Books Staging', contacts: ['lea@pinecone.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_p3', slug: 'shop', name: 'Shop' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Wednesday 10 March 2027.
const SENT = new Date('2027-03-10T09:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'lea@pinecone.example', date: SENT, subject: 'Deletion' }), catalog, { now: new Date('2027-03-11T09:00:00Z') }));
const asks = (r: ParseResult): boolean => r.ambiguities.length > 0 || r.missing.length > 0;

describe('one person and their data, in any order, is user data', () => {
  it.each([
    ['a former member, their events', 'Hello,\n\na former member of our book club wants to be forgotten. Please delete their events in the Shop source of pinecone for March 1 to March 3.\n\nLea'],
    ['the pronoun first', 'Hello,\n\nPlease delete her events from the Reader App source in pinecone for March 2 — a reader wrote to us asking for it.\n\nLea'],
    ['German: ein Leser, seine Daten', 'Hallo,\n\nein Abonnent hat uns geschrieben. Bitte löscht seine Daten in der Quelle Shop (pinecone) vom 1. bis 3. März.\n\nLea'],
    ['Dutch: iemand, haar gegevens', 'Hoi,\n\niemand die bij ons koopt wil dat haar gegevens weg zijn. Verwijder de bron Shop in pinecone van 1 tot 3 maart.\n\nLea'],
  ])('%s', (_, text) => {
    expect(parse(text).kind).toBe('user_data');
  });

  it.each([
    ['French: a source and its data', 'Bonjour,\n\nun client nous a signalé des doublons. Merci de supprimer la source Shop de pinecone et toutes ses données du 2 mars.\n\nLea'],
    ['German: a complaint, then the data', 'Hallo,\n\nein Kunde hat sich beschwert. Bitte löscht die Daten der Quelle Shop in pinecone vom 2. März.\n\nLea'],
  ])('%s stays a source deletion', (_, text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2027-03-02', to: '2027-03-02' }]);
  });

  it('many customers and their data stay a source deletion', () => {
    const r = parse('Hello,\n\nour customers complained about duplicate orders. Please delete the Shop data in pinecone for March 2, their events from that day are doubled.\n\nLea');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2027-03-02', to: '2027-03-02' }]);
  });
});

describe('the same request for another place asks which workspace', () => {
  it.each([
    ['also in the sandbox', 'Hi,\n\nplease delete the Shop data in pinecone for March 2, and also in the sandbox.\n\nLea'],
    ['the same for the QA copy', 'Hi,\n\nplease delete the Shop data in pinecone for March 2. The same for our QA copy please.\n\nLea'],
    ['German: auch in der Testumgebung', 'Hallo,\n\nbitte löscht die Quelle Shop in pinecone vom 2. März, bitte auch in der Testumgebung.\n\nLea'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.ambiguities.some((a) => /somewhere other than pinecone/.test(a))).toBe(true);
  });

  it('"not in staging" asks nothing more', () => {
    const r = parse('Hi,\n\nplease delete the Shop data in pinecone for March 2 (also: not in staging, that one is fine).\n\nLea');
    expect(r.ambiguities.some((a) => /somewhere other than/.test(a))).toBe(false);
  });
});

describe('a weekday recurring through a month is those days', () => {
  const FEB_MONDAYS = ['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22'].map((d) => ({ from: d, to: d }));
  it.each([
    ['each Monday last month', 'Hi,\n\nplease delete the Shop data in pinecone for each Monday last month.\n\nLea'],
    ['the Mondays of February', 'Hi,\n\nplease delete the Shop data in pinecone for the Mondays of February.\n\nLea'],
    ["last month's Mondays", "Hi,\n\nplease delete last month's Mondays of Shop data in pinecone.\n\nLea"],
    ['Dutch: alle maandagen van vorige maand', 'Hoi,\n\ngraag de data van de bron Shop in pinecone van alle maandagen van vorige maand verwijderen.\n\nLea'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.ranges).toEqual(FEB_MONDAYS);
    expect(asks(r)).toBe(false);
  });

  it('the weekends of last month are its Saturdays and Sundays', () => {
    const r = parse('Hi,\n\nplease delete the Shop data in pinecone for the weekends of last month.\n\nLea');
    expect(r.ranges).toEqual([
      { from: '2027-02-06', to: '2027-02-07' }, { from: '2027-02-13', to: '2027-02-14' }, { from: '2027-02-20', to: '2027-02-21' }, { from: '2027-02-27', to: '2027-02-28' },
    ]);
  });

  it('every other Monday last month asks', () => {
    const r = parse('Hi,\n\nplease delete the Shop data in pinecone for every other Monday last month.\n\nLea');
    expect(asks(r)).toBe(true);
  });
});

describe('some days of a week ask which', () => {
  it.each([
    ['earlier this week', 'Hi,\n\nplease delete the Shop data in pinecone from earlier this week.\n\nLea'],
    ['a few days of last week', 'Hi,\n\nplease delete a few days of Shop data in pinecone from last week.\n\nLea'],
    ['Spanish: un día de la semana pasada', 'Hola,\n\nborren por favor un día de datos de la fuente Shop de pinecone de la semana pasada.\n\nLea'],
  ])('%s', (_, text) => {
    expect(asks(parse(text))).toBe(true);
  });

  it('last week alone is the whole week', () => {
    const r = parse('Hi,\n\nplease delete the Shop data in pinecone from last week.\n\nLea');
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-07' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('part of a day in words asks about the whole days', () => {
  it.each([
    ['from noon on', 'Hi,\n\nplease delete the Shop data in pinecone for March 2 from noon on.\n\nLea'],
    ['German: ab Mittag', 'Hallo,\n\nbitte löscht die Quelle Shop in pinecone vom 2. März ab Mittag.\n\nLea'],
    ['after office hours', 'Hi,\n\nplease delete the Shop data in pinecone for March 2 after office hours.\n\nLea'],
  ])('%s', (_, text) => {
    expect(parse(text).ambiguities.some((a) => /less than whole UTC days/.test(a))).toBe(true);
  });
});

describe('numbers of things are not days', () => {
  it.each([
    ['invoices 2/3 to 2/5', 'Hi,\n\nplease delete the Shop data in pinecone for March 2; invoices 2/3 to 2/5 were test ones.\n\nLea'],
    ['Spanish: pedidos 2/3 a 2/5', 'Hola,\n\nborren los datos de la fuente Shop de pinecone del 2 de marzo; los pedidos de prueba 2/3 a 2/5 eran de QA.\n\nLea'],
  ])('%s', (_, text) => {
    expect(parse(text).ranges).toEqual([{ from: '2027-03-02', to: '2027-03-02' }]);
  });
});
