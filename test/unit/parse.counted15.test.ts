/**
 * A count of a workspace's sources ("our four sources") is every source only when the words say every one
 * of them ("all four sources", "each of our four sources", "our four sources, all of them") and nothing
 * picks among them. Said with words that pick some ("two of our four sources", "the oldest of the four
 * sources", "our four sources except the one the agency runs", "only the kiosk one"), or said without
 * "all" at all, which sources are meant is asked, and none is taken meanwhile. What the customer and
 * staff would see: the sources, whether the desk asks, and that nothing is reported missing.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const CONTACT = 'kim@harborlights.example';
const catalog = indexCatalog({
  workspaces: [
    catalogWorkspace('harbor-lights', 'Harbor Lights', [['kiosk', 'Kiosk'], ['ticket-app', 'Ticket App'], ['web-shop', 'Web Shop'], ['loyalty-feed', 'Loyalty Feed']], [], [CONTACT]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-10T12:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: CONTACT, date: new Date('2027-06-08T09:00:00Z') }), catalog, { now: NOW }));
const EVERY_SOURCE = ['kiosk', 'loyalty-feed', 'ticket-app', 'web-shop'];
const NOV_3 = [{ from: '2026-11-03', to: '2026-11-03' }];

const asksWhichSources = (text: string): void => {
  const r = parse(text);
  expect(r.workspace).toBe('harbor-lights');
  expect(r.sources).toEqual([]);
  expect(r.missing).toEqual([]);
  expect(r.ambiguities.join(' ')).toMatch(/which sources exactly\?/);
};

describe('a count of the sources that picks some of them', () => {
  it.each([
    ['a number of them', 'Harbor Lights: two of our four sources sent test events on Nov 3 2026, please delete that day for them.'],
    ['a superlative', 'Please remove Nov 3 2026 from the oldest of the four sources in Harbor Lights.'],
    ['one, described', 'In Harbor Lights the cash-desk one of our four sources broke on Nov 3 2026. Please delete that day.'],
    ['a sentence opening "Of"', 'Of the four sources in Harbor Lights, just the one the agency runs misbehaved on Nov 3 2026. Please purge it.'],
    ['"among"', 'Please wipe Nov 3 2026 in Harbor Lights for the app among our four sources.'],
    ['an exception after it', 'Please delete Nov 3 2026 in Harbor Lights for our four sources except the one the agency runs.'],
    ['an exception after "all four"', 'Please delete Nov 3 2026 in Harbor Lights for all four sources other than the one the agency runs.'],
    ['"only" in the next sentence', 'We set up all four sources in Harbor Lights in 2025. Only the self-service one double-counted on Nov 3 2026, please delete that.'],
    ['German "außer"', 'Bitte löscht den 3.11.2026 in Harbor Lights für alle vier Quellen außer der einen, die die Agentur betreibt.'],
  ])('asks which, and takes none (%s)', (_, text) => asksWhichSources(text));
});

describe('a count of the sources without "all"', () => {
  it('asks: how many there are is not which are meant', () => {
    asksWhichSources('Harbor Lights has four sources. Please delete Nov 3 2026 for the four sources where the bad SDK shipped.');
    asksWhichSources('Please delete our four sources in Harbor Lights for Nov 3 2026.');
  });
});

describe('a count of the sources that says every one', () => {
  it.each([
    ['"all four"', 'Please delete all four sources in Harbor Lights for Nov 3 2026.'],
    ['"each of"', 'Please delete Nov 3 2026 for each of our four sources in Harbor Lights.'],
    ['", all of them" after it', 'Please delete our four sources in Harbor Lights, all of them, for Nov 3 2026.'],
    ['the data of all four', 'Please erase the Nov 3 2026 data of all four sources in Harbor Lights.'],
    ['"only" that narrows the days', 'Please delete all four sources in Harbor Lights for Nov 3 2026 only. Only one day was affected.'],
    ['German', 'Bitte in Harbor Lights alle vier Quellen für den 3.11.2026 löschen.'],
    ['Spanish, "cada una de"', 'Por favor borren cada una de nuestras cuatro fuentes de Harbor Lights del 3 de noviembre de 2026.'],
    ['French', 'Merci de supprimer toutes nos quatre sources dans Harbor Lights pour le 3 novembre 2026.'],
    ['Dutch', 'Verwijder alstublieft alle vier bronnen in Harbor Lights voor 3 november 2026.'],
  ])('is every source, asking nothing (%s)', (_, text) => {
    const r = parse(text);
    expect(r.workspace).toBe('harbor-lights');
    expect(r.sources).toEqual(EVERY_SOURCE);
    expect(r.ranges).toEqual(NOV_3);
    expect(r.missing).toEqual([]);
    expect(r.ambiguities).toEqual([]);
  });

  it('"all of our sources" without a count, and a named source, are unchanged', () => {
    expect(parse('Please delete Nov 3 2026 in Harbor Lights for all of our sources.').sources).toEqual(EVERY_SOURCE);
    const r = parse('Please delete the Kiosk data in Harbor Lights for Nov 3 2026.');
    expect(r.sources).toEqual(['kiosk']);
    expect(r.ambiguities).toEqual([]);
  });
});
