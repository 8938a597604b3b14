/**
 * A range with no year whose end is in an earlier month than its start ("28 December to 5 January")
 * crosses a new year only if the ends are in the order written and the winter is the one just past.
 * Written half a year later, the ends may be swapped or another winter meant: the desk asks, with the
 * reading it would take in the question. In the months after the holidays the days are plain, read with a note.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const MEI = 'mei@lumen.example';
const catalog = indexCatalog({ workspaces: [ws('lumen', 'Lumen Games', [['client', 'Client'], ['telemetry', 'Telemetry']], [], [MEI])] });
const parseOn = (sent: string, text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: MEI, date: new Date(sent), subject: 'Telemetry cleanup' }), catalog, { now: new Date(Date.parse(sent) + 3_600_000) }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a year-less range across a new year', () => {
  it.each([
    'Please delete the Telemetry data in lumen from 28 December to 5 January.',
    'pls wipe lumen telemetry dec 30 - jan 2, the holiday event spammed it',
  ])('written in August, asks about "%s" and proposes last winter', (text) => {
    const r = parseOn('2027-08-20T09:00:00Z', text);
    expect(asks(r)).toBe(true);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/crosses a new year — 2026-12-\d\d to 2027-01-0\d, or other days\?/);
  });

  it.each(['2027-01-10T09:00:00Z', '2027-04-20T09:00:00Z'])('written on %s, reads the holidays just past', (sent) => {
    const r = parseOn(sent, 'Please delete the Telemetry data in lumen from 28 December to 5 January.');
    expect(asks(r)).toBe(false);
    expect(r.ranges).toEqual([{ from: '2026-12-28', to: '2027-01-05' }]);
  });
});
