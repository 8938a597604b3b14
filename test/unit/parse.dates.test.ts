import { describe, expect, it } from 'vitest';
import { extractRanges } from '../../src/domain/parse/dates';

const TUE_12_MARCH = new Date('2024-03-12T10:15:00Z');
const R = (from: string, to = from) => ({ from, to });

describe('extractRanges', () => {
  const cases: { name: string; text: string; date?: Date | null; ranges: { from: string; to: string }[]; ambiguity?: string; note?: string }[] = [
    { name: 'single day with year', text: 'delete March 3, 2024', ranges: [R('2024-03-03')] },
    { name: 'ISO day', text: 'delete 2024-02-29', ranges: [R('2024-02-29')] },
    { name: 'compact range', text: 'March 1-3, 2024', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'ISO from/to', text: 'from 2024-03-01 to 2024-03-03', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'ISO through', text: '2024-03-01 through 2024-03-02', ranges: [R('2024-03-01', '2024-03-02')] },
    { name: 'between … and …', text: 'between March 1 and March 3, 2024', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'disjoint days, sorted', text: 'March 9, March 1 and March 5, 2024', ranges: [R('2024-03-01'), R('2024-03-05'), R('2024-03-09')] },
    { name: 'adjacent days merged', text: '2024-03-01, 2024-03-02 and 2024-03-03', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'overlapping ranges merged', text: 'March 1-5, 2024 and March 4-8, 2024', ranges: [R('2024-03-01', '2024-03-08')] },
    { name: 'an open range names no last day: asked, with the message date as the likely end', text: 'since March 1, 2024', ranges: [], ambiguity: 'up to the message date 2024-03-12' },
    { name: 'yesterday', text: 'the data from yesterday', ranges: [R('2024-03-11')], note: 'relative' },
    { name: 'last week is the previous ISO week', text: 'everything from last week', ranges: [R('2024-03-04', '2024-03-10')], note: 'previous ISO week' },
    { name: 'German last week', text: 'die Daten der letzten Woche', ranges: [R('2024-03-04', '2024-03-10')] },
    { name: 'time zone gives covering UTC days, asked about', text: 'March 3, 2024 from 09:00 to 17:00 PST', ranges: [R('2024-03-03', '2024-03-04')], note: 'read as the UTC days 2024-03-03 to 2024-03-04', ambiguity: 'which covers 2024-03-03 to 2024-03-04 — should those whole days be deleted?' },
    { name: 'time without zone is UTC, asked about', text: 'March 3, 2024 from 10:00 to 12:00', ranges: [R('2024-03-03')], note: 'read as the UTC days 2024-03-03 to 2024-03-03', ambiguity: 'is less than whole UTC days' },
    { name: 'ambiguous numeric date', text: 'on 03/04/2024', ranges: [], ambiguity: '03/04/2024' },
    { name: 'ambiguous numeric date at sentence end', text: 'please delete 03/04/2024.', ranges: [], ambiguity: 'which one' },
    { name: 'day-first numeric date', text: 'on 13/04/2023', ranges: [R('2023-04-13')] },
    { name: 'month-first numeric date', text: 'on 04/13/2023', ranges: [R('2023-04-13')] },
    { name: 'same day and month is one reading', text: 'on 03/03/2024', ranges: [R('2024-03-03')] },
    { name: 'dotted dates are day-first', text: 'am 03.04.2023', ranges: [R('2023-04-03')] },
    { name: 'invalid date', text: 'on 2024-02-30', ranges: [], ambiguity: 'not a valid date' },
    { name: 'reversed range', text: 'from March 5, 2024 to March 2, 2024', ranges: [], ambiguity: 'ends before it starts' },
    { name: 'year-less date takes the current year when in the past', text: 'on March 3', ranges: [R('2024-03-03')], note: 'no year' },
    { name: 'year-less date in the future moves to the previous year', text: 'on December 24', ranges: [R('2023-12-24')] },
    { name: 'a future day is left out and asked about', text: 'on April 20, 2024', ranges: [], ambiguity: 'after the message date' },
    { name: 'whole month', text: 'for February 2024', ranges: [R('2024-02-01', '2024-02-29')], note: 'whole month' },
    { name: 'no Date header: relative dates cannot be read', text: 'yesterday', date: null, ranges: [], ambiguity: 'no Date header' },
    { name: 'no Date header: absolute dates still work', text: 'March 1, 2024', date: null, ranges: [R('2024-03-01')] },
    { name: 'no Date header: year-less dates cannot be read', text: 'March 1', date: null, ranges: [], ambiguity: 'no Date header' },
    { name: 'no Date header: open range has no end', text: 'since March 1, 2024', date: null, ranges: [], ambiguity: 'until when' },
    { name: 'phone numbers are not dates', text: 'call +1 (415) 555-0100 or +49 30 1234567', ranges: [] },
    { name: 'office hours are not dates', text: 'Office hours 9-5, Mon-Fri', ranges: [] },
    { name: 'a bare year is not a range', text: 'we signed up in 2019', ranges: [] },
    { name: '"last quarter" is not a day', text: 'last quarter we migrated', ranges: [] },
    { name: 'German range', text: 'vom 1. bis 3. März 2024', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'French range', text: 'du 1er au 3 mars 2024', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'Spanish range', text: 'del 1 al 3 de marzo de 2024', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'Japanese range', text: '2024年3月1日から3月3日まで', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'en dash range', text: 'March 1 – 3, 2024', ranges: [R('2024-03-01', '2024-03-03')] },
    { name: 'one excluded day inside the range is subtracted', text: 'March 1-3, 2024 but not March 2', ranges: [R('2024-03-01'), R('2024-03-03')] },
    { name: 'an excluded day outside the days asked for leaves them as they are, with a note', text: 'March 1-3, 2024 but not March 9', ranges: [R('2024-03-01', '2024-03-03')], note: 'not among the days asked for' },
    { name: 'an excluded span overlapping the days asked for takes out what they share', text: 'March 1-10, 2024 but not March 8-12', ranges: [R('2024-03-01', '2024-03-07')] },
    { name: 'a day ordinal without a month is asked about', text: 'the 4th and March 5, 2024', ranges: [R('2024-03-05')], ambiguity: '"4th" has no month' },
    { name: 'two ordinals sharing one month are both read', text: 'the 4th and 5th of March 2024', ranges: [R('2024-03-04', '2024-03-05')] },
    { name: 'dates in URLs and addresses are ignored', text: 'see https://x.example/2024-03-01/report from ana.2024-03-02@acme.example', ranges: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      // Dates count only in a sentence about the deletion, as in a real request.
      const r = extractRanges(`please delete ${c.text}`, c.date === undefined ? TUE_12_MARCH : c.date);
      expect(r.ranges).toEqual(c.ranges);
      if (c.ambiguity) expect(r.ambiguities.join(' | ')).toContain(c.ambiguity);
      else expect(r.ambiguities).toEqual([]);
      if (c.note) expect(r.notes.join(' | ')).toContain(c.note);
      if (c.ranges.length > 0) expect(r.notes[0]).toBe('dates are UTC days');
    });
  }

  it('asks about a date mentioned outside the deletion request instead of deleting it', () => {
    const r = extractRanges('We noticed the problem on March 10, 2024. Please delete the data of March 1-3, 2024.', TUE_12_MARCH);
    expect(r.ranges).toEqual([R('2024-03-01', '2024-03-03')]);
    expect(r.ambiguities).toEqual(['"March 10, 2024" is mentioned outside the deletion request — should that day be deleted too?']);
  });
});

describe('the last check: a whole date written in the text is read, asked about or noted', () => {
  const result = (ranges: { from: string; to: string }[], ambiguities: string[] = []) => ({ ranges, evidence: [], ambiguities, notes: [], mentioned: true, expressions: ranges.length });
  it('asks about a whole date that no reader used', async () => {
    const { askAboutUnreadDates } = await import('../../src/domain/parse/dates');
    const out = result([{ from: '2026-10-01', to: '2026-10-01' }]);
    askAboutUnreadDates(out, 'Please delete data for 01.10.2026 – 03.10.2026.');
    expect(out.ambiguities).toEqual(['"03.10.2026" was not read as a day to delete — should it be deleted too?']);
  });
  it('says nothing of a date inside the days read, already asked about, or a past event', async () => {
    const { askAboutUnreadDates } = await import('../../src/domain/parse/dates');
    const out = result([{ from: '2026-10-01', to: '2026-10-05' }], ['"2026-10-09" is mentioned outside the deletion request — should that day be deleted too?']);
    askAboutUnreadDates(out, 'Delete 2026-10-01 to 2026-10-05, 2026-10-03 too. Also 2026-10-09? Our workspace was deleted on 2021-11-02.');
    expect(out.ambiguities).toHaveLength(1);
  });
});
