/**
 * Red team 6, in our own words: a value the customer replaces ("instead of", "previously I said"), a
 * range whose end is left out ("up to but not including", "[a, b)"), and a second day counted from a
 * written one ("two days later", "the following Tuesday"). What the customer sees: the days they meant,
 * or a question — never the replaced day, the excluded end, or a silently dropped day.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'fernhill', name: 'Fernhill Books', contacts: ['kim@fernhill.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'reader-ios', name: 'Reader iOS' }, { id: 'src_2', slug: 'reader-android', name: 'Reader Android' }, { id: 'src_3', slug: 'shop-api', name: 'Shop API' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-03T09:00:00Z');
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'kim@fernhill.example', date: new Date('2026-12-02T10:00:00Z') }), catalog, { now: NOW });
const days = (r: ParseResult): [string, string][] => r.ranges.map((x) => [x.from, x.to]);
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const asks = (r: ParseResult): boolean => r.ambiguities.length > 0;

describe('a day or source the customer replaces is never deleted unasked, nor dropped unasked', () => {
  // "stamped Nov 5 instead of Nov 4 … please delete both days" uses the same words to describe the data:
  // so the desk asks whether the replaced value goes too, and the old value is not in what it proposes.
  it.each([
    ['English "instead of"', 'Please remove the Reader iOS data in Fernhill Books for 9 November 2026 (instead of 8 November 2026, as in my first mail).'],
    ['English "rather than"', 'Please remove the Reader iOS data in Fernhill Books for November 9 2026 rather than November 8 2026.'],
    ['"previously I said"', 'Please remove the Reader iOS data in Fernhill Books for 9 Nov 2026 (previously I said 8 Nov 2026).'],
    ['"my earlier mail said"', 'Please remove the Reader iOS data in Fernhill Books for November 9, 2026; my earlier mail said November 8, 2026 by mistake.'],
    ['German "statt"', 'Bitte löscht die Daten von Reader iOS in Fernhill Books für den 9. November 2026 statt dem 8. November 2026.'],
    ['Spanish "en lugar de"', 'Por favor borren los datos de Reader iOS en Fernhill Books del 9 de noviembre de 2026 en lugar del 8 de noviembre de 2026.'],
    ['French "au lieu de"', "Merci de supprimer les données de Reader iOS dans Fernhill Books pour le 9 novembre 2026 au lieu du 8 novembre 2026."],
    ['a description of the data', 'Our events were stamped 9 November 2026 instead of 8 November 2026. Please remove the Reader iOS data in Fernhill Books for both days.'],
  ])('%s: asked about', (_, text) => {
    const r = parse(text);
    expect(asks(r)).toBe(true);
    expect(r.ranges.some((x) => x.from <= '2026-11-08' && x.to >= '2026-11-08')).toBe(false);
  });

  it('"I first wrote through …": the old end is asked about, not deleted', () => {
    const r = parse('Please remove the Reader iOS data in Fernhill Books for Nov 8 through Nov 9 2026 (I first wrote through Nov 10 2026).');
    expect(asks(r)).toBe(true);
    expect(r.ranges.some((x) => x.to >= '2026-11-10')).toBe(false);
  });

  it('a source named after "in place of" is asked about, not deleted', () => {
    const r = parse('Please remove the Reader Android data in Fernhill Books for November 8, 2026 (in place of the Reader iOS request I sent earlier).');
    expect(asks(r)).toBe(true);
    expect(r.sources).toEqual(['reader-android']);
  });

  it('a replaced day that is also among the days asked for is asked about', () => {
    const r = parse('Please remove the Reader iOS data in Fernhill Books for November 8 to 10, 2026 instead of November 8, 2026.');
    expect(asks(r)).toBe(true);
  });

  it('the ordinary readings hold: "except", and a reminder with "as I previously said"', () => {
    expect(days(parse('Please remove the Reader iOS data in Fernhill Books for November 8 to 10, 2026, except November 9, 2026.'))).toEqual([['2026-11-08', '2026-11-08'], ['2026-11-10', '2026-11-10']]);
    const r = parse('As I previously said, please remove the Reader iOS data in Fernhill Books for November 8, 2026.');
    expect(complete(r)).toBe(true);
    expect(days(r)).toEqual([['2026-11-08', '2026-11-08']]);
    expect(days(parse('Please remove the Reader iOS data in Fernhill Books for November 8 2026 rather than waiting for the retention job.'))).toEqual([['2026-11-08', '2026-11-08']]);
  });
});

describe('a range whose end is left out', () => {
  it.each([
    ['"up to (but not including)"', 'Please remove the Shop API data in Fernhill Books from Nov 16 up to (but not including) Nov 19, 2026.'],
    ['"up to but excluding"', 'Please remove the Shop API data in Fernhill Books from Nov 16 up to but excluding Nov 19, 2026.'],
    ['"until just before"', 'Please remove the Shop API data in Fernhill Books from Nov 16 2026 until just before Nov 19 2026.'],
    ['the half-open interval "[a, b)"', 'Please remove the Shop API data in Fernhill Books for [2026-11-16, 2026-11-19).'],
  ])('%s deletes the days before the end', (_, text) => {
    const r = parse(text);
    expect(complete(r)).toBe(true);
    expect(days(r)).toEqual([['2026-11-16', '2026-11-18']]);
  });

  it('"[a, b]" could be two days or the days between: asked', () => {
    expect(asks(parse('Please remove the Shop API data in Fernhill Books for [2026-11-16, 2026-11-19].'))).toBe(true);
  });

  it('"with the 19th not included" after a range is asked, never deleted', () => {
    expect(asks(parse('Please remove the Shop API data in Fernhill Books from Nov 16 to Nov 19 2026, with the 19th not included.'))).toBe(true);
  });

  it('the ordinary readings hold: "to" keeps its end, and a day excluded after another is no range', () => {
    expect(days(parse('Please remove the Shop API data in Fernhill Books from Nov 16 to Nov 19, 2026.'))).toEqual([['2026-11-16', '2026-11-19']]);
    expect(days(parse('Please remove the Shop API data in Fernhill Books from Nov 16 to Nov 19, 2026, excluding Nov 17, 2026.'))).toEqual([['2026-11-16', '2026-11-16'], ['2026-11-18', '2026-11-19']]);
    expect(days(parse('Please remove the Shop API data in Fernhill Books for (2026-11-16, 2026-11-19).'))).toEqual([['2026-11-16', '2026-11-16'], ['2026-11-19', '2026-11-19']]);
  });
});

describe('a second day counted from a written date is asked about', () => {
  it.each([
    ['"two days later"', 'Please remove the Reader Android data in Fernhill Books for November 4, 2026, and the Reader iOS data two days later.'],
    ['"the following Tuesday"', 'Please remove the Reader Android data in Fernhill Books for November 4, 2026, and the same for the following Tuesday.'],
    ['"a week later as well"', 'Please remove the Reader Android data in Fernhill Books for November 4, 2026 and a week later as well.'],
    ['"the Wednesday after"', 'Please remove the Reader Android data in Fernhill Books for Wednesday November 4, 2026 and the Wednesday after.'],
    ['"the two Mondays after it"', 'Please remove the Reader Android data in Fernhill Books for November 4, 2026 and for the two Mondays after it.'],
    ['"shifted by one day"', 'Please remove the Reader iOS data in Fernhill Books for November 4, 2026. Reader Android needs the same, but shifted by one day.'],
    ['Spanish "el martes siguiente"', 'Por favor borren los datos de Reader Android en Fernhill Books del 4 de noviembre de 2026 y también los del martes siguiente.'],
    ['French "une semaine plus tard"', "Merci de supprimer les données de Reader Android dans Fernhill Books du 4 novembre 2026, ainsi que celles du même jour une semaine plus tard."],
  ])('%s', (_, text) => {
    expect(asks(parse(text))).toBe(true);
  });

  it('the ordinary readings hold: a story told after the day, and two days written out', () => {
    const story = parse('Please remove the Reader Android data in Fernhill Books for November 4, 2026. A week later we noticed the fix had worked.');
    expect(complete(story)).toBe(true);
    expect(days(story)).toEqual([['2026-11-04', '2026-11-04']]);
    const two = parse('Please remove the Reader Android data in Fernhill Books for Wednesday November 4, 2026 and Wednesday November 11, 2026.');
    expect(complete(two)).toBe(true);
    expect(days(two)).toEqual([['2026-11-04', '2026-11-04'], ['2026-11-11', '2026-11-11']]);
  });
});
