/**
 * The English chrono reader with its "3 days ago" / "two weeks later" parsers behind a cheap check: it
 * must read exactly what chrono's own casual reader reads, and the check must still be in place after a
 * chrono update (it finds the parsers by class name).
 */
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { CHECKED_PARSERS, englishChrono } from '../../src/domain/parse/englishChrono';

const reference = new Date('2026-11-10T12:00:00Z');
const read = (reader: chrono.Chrono, text: string) => reader.parse(text, reference, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);

describe('englishChrono', () => {
  it('puts both time-unit parsers behind their check', () => {
    expect(CHECKED_PARSERS).toBe(2);
  });

  it.each([
    '2 days ago',
    '3d ago',
    'half an hour ago',
    'a couple  days ago',
    'It was 5 days, 3 hours and 2 minutes before the export.',
    'several months earlier',
    'three weeks later',
    'a few days later',
    '1.5 hours later',
    'two weeks from now',
    '10 mins out',
    'see them out.',
    'the day before',
    'I am out of the office until March 3.',
    'We closed it years ago.',
    'Please delete the data from March 3 to March 5, 2026.',
  ])('reads %j as chrono.casual does', (text) => {
    expect(read(englishChrono, text)).toEqual(read(chrono.casual, text));
  });
});
