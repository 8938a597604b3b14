/**
 * A source the customer names with doubt — a question about it ("Fleet Feed too?", "Fleet Feed? for …"),
 * a hedge ("maybe the Fleet Feed too", "Fleet Feed if needed", "not sure about Fleet"), in English or
 * the desk's other languages — was deleted with the rest, and nothing was asked. It is asked about now,
 * the names written for sure kept. A question that is the request itself ("could you delete …?", "can you
 * also delete …?", "is it possible to delete …?") and a courtesy ("maybe you could delete …") ask nothing.
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
      id: 'ws_h1', slug: 'harbourline', name: 'Harbourline Ferries', contacts: ['ops@harbourline.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_h1', slug: 'booking-app', name: 'Booking App' },
        { id: 'src_h2', slug: 'fleet-feed', name: 'Fleet Feed' },
        { id: 'src_h3', slug: 'kiosk', name: 'Harbour Kiosk' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-03T12:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@harbourline.example', date: new Date('2027-06-01T09:00:00Z') }), catalog, { now: NOW }));
const MAY_12 = [{ from: '2027-05-12', to: '2027-05-12' }];

/** The certain source is kept, the doubted one left out and asked about by name. */
const asksAboutFleetFeed = (r: ParseResult): void => {
  expect(r.kind).toBe('source_data');
  expect(r.workspace).toBe('harbourline');
  expect(r.sources).toEqual(['booking-app']);
  expect(r.ambiguities.some((a) => a.includes('fleet-feed'))).toBe(true);
};
const complete = (r: ParseResult, sources: string[]): void => {
  expect(r.sources).toEqual(sources);
  expect(r.ranges).toEqual(MAY_12);
  expect(r.missing).toEqual([]);
  expect(r.ambiguities).toEqual([]);
};

describe('a source named as a question', () => {
  it('asks about a source added with "too?" or a bare question mark', () => {
    asksAboutFleetFeed(parse('Please remove the Booking App data of Harbourline Ferries for 12 May 2027. Fleet Feed as well?'));
    asksAboutFleetFeed(parse('Hello, remove Booking App, Fleet Feed too? for harbourline, 12 May 2027'));
    asksAboutFleetFeed(parse('Please delete harbourline Booking App & Fleet Feed? on 12 May 2027'));
    asksAboutFleetFeed(parse('Please delete the harbourline Booking App data for 12 May 2027, and the Fleet Feed?'));
  });
  it('keeps a request written as a question', () => {
    complete(parse('Could you delete the harbourline Booking App data for 12 May 2027?'), ['booking-app']);
    complete(parse('Can you also delete the Fleet Feed and the Booking App of harbourline for 12 May 2027?'), ['booking-app', 'fleet-feed']);
    complete(parse('Is it possible to delete the harbourline Fleet Feed for 12 May 2027?'), ['fleet-feed']);
    complete(parse('For 12 May 2027 in harbourline, could you delete the Booking App and the Fleet Feed?'), ['booking-app', 'fleet-feed']);
  });
});

describe('a source named with a hedge', () => {
  it('asks about "maybe", "if needed" and "not sure about" in English', () => {
    asksAboutFleetFeed(parse('Please delete the Booking App data in Harbourline Ferries for 12 May 2027, possibly also the Fleet Feed.'));
    asksAboutFleetFeed(parse('Please delete the Booking App data in Harbourline Ferries for 12 May 2027, and the Fleet Feed if needed.'));
    asksAboutFleetFeed(parse('Please delete the Booking App and the Fleet Feed (not sure about Fleet) in harbourline for 12 May 2027.'));
    asksAboutFleetFeed(parse('Please delete the Booking App data in Harbourline Ferries for 12 May 2027. The Fleet Feed as well, I think.'));
  });
  it('asks about it in the desk\'s other languages', () => {
    asksAboutFleetFeed(parse('Bitte löscht die Booking App in harbourline für den 12.05.2027, eventuell auch den Fleet Feed.'));
    asksAboutFleetFeed(parse('Merci de supprimer la Booking App de harbourline pour le 12/05/2027, peut-être aussi le Fleet Feed.'));
    asksAboutFleetFeed(parse('Por favor borren la Booking App de harbourline del 12/05/2027, quizás también el Fleet Feed.'));
    asksAboutFleetFeed(parse('Bitte löscht die Booking App in harbourline für den 12.05.2027 (evtl. auch den Fleet Feed).'));
    asksAboutFleetFeed(parse('Graag de Booking App van harbourline verwijderen voor 12-05-2027, misschien ook de Fleet Feed.'));
  });
  it('keeps the days when the doubt is about a source, not the days', () => {
    const r = parse('Please delete the Booking App and the Fleet Feed (not sure about Fleet) in harbourline for 12 May 2027.');
    expect(r.ranges).toEqual(MAY_12);
  });
  it('keeps a courtesy before the request', () => {
    complete(parse('Maybe you could delete the harbourline Booking App data for 12 May 2027.'), ['booking-app']);
    complete(parse('Perhaps your team can remove the Fleet Feed and Booking App of harbourline for 12 May 2027.'), ['booking-app', 'fleet-feed']);
  });
});
