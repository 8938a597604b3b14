/**
 * Days as legal, foreign and machine-translated mail writes them: a matter number shaped like a date, an
 * agreement's date a few words after its name, the word for "year" after a Russian or Polish year, a
 * weekday told as background beside the days asked for, a body that corrects its own subject line, and
 * "2026 year 11 month 3 day" left by a translator. What staff would see: the days, and whether it asks.
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
      id: 'ws_harbor',
      slug: 'harbor-bank',
      name: 'Harbor Bank',
      contacts: [],
      admins: [],
      deletedAt: null,
      sources: [
        { id: 'src_hb_web', slug: 'web-banking', name: 'Web Banking' },
        { id: 'src_hb_mob', slug: 'mobile-app', name: 'Mobile App' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-20T12:00:00Z');
const parse = (text: string, date = '2026-11-12T09:00:00Z', subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'legal@harbor.example', date: new Date(date), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('numbers and dates of a legal letter that are not days to delete', () => {
  it('reads a matter number built on a date as a number, and the period "from and including … to but excluding …" as its days', () => {
    const r = parse(
      'Matter no.: 2026-10-05-118\n\nHarbor Bank instructs you to erase the data of the source Web Banking in the workspace Harbor Bank for the period from and including 2 November 2026 to but excluding 5 November 2026.',
    );
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-04' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads "case 2026/10/07-C" as a case number, not 7 October', () => {
    const r = parse('Case 2026/10/07-C\n\nPlease delete Web Banking in Harbor Bank for 3 November 2026.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
    expect(asks(r)).toBe(false);
  });

  it('asks for the days when the only date-like thing is such a number', () => {
    const r = parse('Please delete Web Banking in Harbor Bank, our case 2026-11-03-B.');
    expect(r.ranges).toEqual([]);
    expect(r.missing).toContain('time frame');
  });

  it('still reads "2026-11-02-04" as the days 2 to 4 November', () => {
    const r = parse('Please delete Web Banking in Harbor Bank for 2026-11-02-04.');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-04' }]);
  });

  it('does not take the date of an agreement named a few words before "dated" as a day to delete', () => {
    const r = parse(
      'Under the Data Processing Addendum between our two companies dated 9 March 2025, Harbor Bank asks you to delete the Mobile App source data in Harbor Bank for 6 November 2026.',
    );
    expect(r.ranges).toEqual([{ from: '2026-11-06', to: '2026-11-06' }]);
    expect(asks(r)).toBe(false);
  });

  it('still reads "the order data dated 3 November" as the day of the data', () => {
    const r = parse('Please delete the Mobile App order data dated 3 November 2026 in Harbor Bank.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
  });
});

describe('the word for "year" written after the year', () => {
  it('reads a Russian range "с 2 ноября 2026 г. по 4 ноября 2026 г." as 2 to 4 November', () => {
    const r = parse('Просим удалить данные источника Mobile App в Harbor Bank за период с 2 ноября 2026 г. по 4 ноября 2026 г. включительно.');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-04' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads a Russian single day with "г." ending the sentence', () => {
    const r = parse('Просим удалить данные источника Mobile App в Harbor Bank за 3 ноября 2026 г. Спасибо.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads a Polish range ending in "r." on its own line', () => {
    const r = parse('Dzień dobry,\n\nproszę usunąć dane źródła Mobile App\nw workspace Harbor Bank\nod 2 do 4 listopada 2026 r.   \n\nPozdrawiam');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-04' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('a weekday told as background beside the days asked for', () => {
  // Sent on Thursday 12 November 2026: the Monday before is 9 November.
  const story =
    'Some background first: on Monday we rolled out version 3.1 of our Mobile App, and it turned out that a retry loop in the new network layer sent every event twice. We rolled back on Wednesday evening, but by then the reports were a mess.';
  it('asks nothing more when the days asked for hold that weekday', () => {
    const r = parse(`${story}\n\nCould you please delete all data of the Mobile App source in our Harbor Bank workspace for 9 November 2026 to 11 November 2026?`);
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-11' }]);
    expect(asks(r)).toBe(false);
  });

  it('still asks about the weekday when it lies outside the days asked for', () => {
    const r = parse(`${story}\n\nCould you please delete all data of the Mobile App source in our Harbor Bank workspace for 2 November 2026 to 4 November 2026?`);
    expect(r.ambiguities.join(' ')).toContain('on Monday');
  });
});

describe('a body that corrects the days of its own subject', () => {
  const subject = 'Delete Web Banking 3-5 Nov';
  it('takes the body\'s narrower day when it says it corrects the subject', () => {
    const r = parse('Correction to the subject: please delete only 4 November 2026 of Web Banking in Harbor Bank. The 3rd and 5th are fine.', '2026-11-12T09:00:00Z', subject);
    expect(r.ranges).toEqual([{ from: '2026-11-04', to: '2026-11-04' }]);
    expect(asks(r)).toBe(false);
  });

  it('asks when the corrected days lie outside the subject\'s', () => {
    const r = parse('Correction to the subject: please delete only 8 November 2026 of Web Banking in Harbor Bank.', '2026-11-12T09:00:00Z', subject);
    expect(asks(r)).toBe(true);
  });

  it('asks when the body names other days without saying it corrects the subject', () => {
    const r = parse('Please delete only 4 November 2026 of Web Banking in Harbor Bank.', '2026-11-12T09:00:00Z', subject);
    expect(asks(r)).toBe(true);
  });
});

describe('dates left in the Chinese or Japanese order by a machine translation', () => {
  it('reads "2026 year 11 month 3 day" as 3 November 2026', () => {
    const r = parse('Please delete the data of source Web Banking of the workspace harbor-bank of the day of 2026 year 11 month 3 day.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads "2026 year 11 month 3 day to 5 day" as 3 to 5 November 2026', () => {
    const r = parse('Hello, please help delete Harbor Bank working area the Web Banking data source, time is 2026 year 11 month 3 day to 5 day. Thank you!');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-05' }]);
    expect(asks(r)).toBe(false);
  });
});
