/**
 * Red-team round 14, in my own words: a count of days written in words ("the three days", "both days",
 * "a fortnight of … data") or a weekday span ("Monday to Wednesday") that disagrees with the dates beside
 * it was ignored and the dates were taken whole; a weekday filter said as "weekends excluded", "Mondays to
 * Fridays", "Saturdays and Sundays only" or "but only the Saturdays" was dropped; and a period narrowed by
 * what happened on some of its days ("the day of the outage last week", "the affected days in April",
 * "the incident days in week 19") was read as the whole period.
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
      id: 'ws_q1', slug: 'quayside', name: 'Quayside Rentals', contacts: ['ops@quayside.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_q1', slug: 'booking-app', name: 'Booking App' }, { id: 'src_q2', slug: 'fleet-feed', name: 'Fleet Feed' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-03T12:00:00Z');
const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@quayside.example', date: new Date('2027-06-01T09:00:00Z') }), catalog, { now: NOW }));
const asksAboutDays = (r: ParseResult): void => {
  expect(r.ranges).toEqual([]);
  expect(r.ambiguities.length).toBeGreaterThan(0);
};

describe('a count of days in words beside the dates', () => {
  it('asks when the count and the dates disagree, before or after them', () => {
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for the four days from June 1 to June 3, 2027.'));
    asksAboutDays(parse('Two weeks of Fleet Feed data in Quayside Rentals must go: May 2 to May 9, 2027.'));
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for both days, May 20 to May 23, 2027.'));
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for May 3, 4 and 6, 2027 — two days in total.'));
  });
  it('keeps the days when the count agrees, and ignores a count that says when', () => {
    expect(parse('Please delete the Booking App data in Quayside Rentals for the two days May 20-21, 2027.').ranges).toEqual([{ from: '2027-05-20', to: '2027-05-21' }]);
    const r = parse('Please delete the Booking App data in Quayside Rentals for May 20-21, 2027. We noticed it three days ago.');
    expect(r.ranges).toEqual([{ from: '2027-05-20', to: '2027-05-21' }]);
    expect(r.ambiguities).toEqual([]);
    // "(both days included)" says the ends count, not that there are two days.
    expect(parse('Please delete the Booking App data in Quayside Rentals between 19 and 23 May 2027 (both days included).').ranges).toEqual([{ from: '2027-05-19', to: '2027-05-23' }]);
  });
});

describe('a weekday span beside the dates', () => {
  it('asks when the weekdays do not run from the first day to the last', () => {
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for May 17 to May 21, 2027 (Tuesday to Friday).'));
  });
  it('keeps the days when they do', () => {
    expect(parse('Please delete the Booking App data in Quayside Rentals for May 17 to May 21, 2027 (Monday to Friday).').ranges).toEqual([{ from: '2027-05-17', to: '2027-05-21' }]);
  });
});

describe('a weekday filter said after the days', () => {
  it('"weekends excluded" and "Mondays to Fridays" leave Saturday and Sunday out', () => {
    const weekdays = [{ from: '2027-05-17', to: '2027-05-21' }, { from: '2027-05-24', to: '2027-05-28' }];
    expect(parse('Please delete the Fleet Feed data in Quayside Rentals for May 15-28, 2027, weekends excluded.').ranges).toEqual(weekdays);
    expect(parse('Please delete the Fleet Feed data in Quayside Rentals for May 15-28, 2027, Mondays to Fridays.').ranges).toEqual(weekdays);
  });
  it('"Saturdays and Sundays only" and "but only the Sundays" keep those days alone', () => {
    expect(parse('Please delete the Fleet Feed data in Quayside Rentals for May 15-23, 2027, Saturdays and Sundays only.').ranges).toEqual([
      { from: '2027-05-15', to: '2027-05-16' }, { from: '2027-05-22', to: '2027-05-23' },
    ]);
    expect(parse('Please delete the Fleet Feed data in Quayside Rentals for May 10-23, 2027, but only the Sundays.').ranges).toEqual([
      { from: '2027-05-16', to: '2027-05-16' }, { from: '2027-05-23', to: '2027-05-23' },
    ]);
  });
});

describe('a period narrowed by an event', () => {
  it('asks which days, for a relative week, a month and an ISO week', () => {
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for the day of the crash last week.'));
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for the days last month when the feed looped.'));
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for the broken days in March 2027.'));
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for April 2027 (only the days with the duplicates).'));
    asksAboutDays(parse('Please delete the Booking App data in Quayside Rentals for the outage days in week 15 of 2027.'));
  });
  it('keeps the whole period when the whole of it is asked for', () => {
    expect(parse('Please delete the Booking App data in Quayside Rentals for all of last week.').ranges).toEqual([{ from: '2027-05-24', to: '2027-05-30' }]);
    expect(parse('Please delete the Booking App data in Quayside Rentals for every day in March 2027.').ranges).toEqual([{ from: '2027-03-01', to: '2027-03-31' }]);
  });
});

describe('a weekday filter only when said of the days to delete', () => {
  const asked = 'Please delete the Booking App data in Quayside Rentals from May 3 to May 9, 2027.';
  it('keeps the days whole when the weekdays are said of hours or opening times', () => {
    for (const other of ['\n\nSupport hours: Mondays only.', '\nOur store is open Saturdays and Sundays only.']) {
      const r = parse(asked + other);
      expect(r.ranges).toEqual([{ from: '2027-05-03', to: '2027-05-09' }]);
      expect(r.ambiguities).toEqual([]);
    }
  });
  it('filters when a sentence of its own restricts or asks for the deletion', () => {
    expect(parse(`${asked} Only the Saturdays, please.`).ranges).toEqual([{ from: '2027-05-08', to: '2027-05-08' }]);
    expect(parse(`${asked}\nWeekends excluded.`).ranges).toEqual([{ from: '2027-05-03', to: '2027-05-07' }]);
    expect(parse(`${asked}\nDelete only the Sundays.`).ranges).toEqual([{ from: '2027-05-09', to: '2027-05-09' }]);
  });
});
