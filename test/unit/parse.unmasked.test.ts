/**
 * Three readings that a question about background days used to hide, and that came out complete and
 * wrong once it was gone: a name with a versioned twin said to be "the new version", a day told by its
 * distance ("yesterday", "vorgestern") taken back later in the mail, and a pasted table whose From and
 * To columns hold a range. What the customer would see: the workspace, sources, days, and whether the
 * desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    ws('aurora', 'Aurora', [['aurora-web', 'Web']], [], ['kim@aurora.example']),
    ws('aurora-v2', 'Aurora v2', [['aurora2-web', 'Web'], ['aurora2-ios', 'iOS']], [], ['kim@aurora.example']),
    ws('tidewater', 'Tidewater', [['booking', 'Booking'], ['booking-2', 'Booking 2'], ['shop', 'Shop'], ['loyalty', 'Loyalty App']], [], ['lee@tidewater.example']),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-20T12:00:00Z');
const SENT = new Date('2027-06-10T08:00:00Z');
const parse = (text: string, from = 'lee@tidewater.example'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, dateHeader: 'Thu, 10 Jun 2027 10:00:00 +0200' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a name with a versioned twin, and words that say which version', () => {
  it.each([
    ['English', 'Please remove the Web data in Aurora for 2 to 4 May 2027. I mean the new version, not the old one.'],
    ['German', 'Bitte löschen Sie die Web-Daten in Aurora vom 2. bis 4. Mai 2027. Gemeint ist die neue Version.'],
    ['French', 'Merci de supprimer les données Web de Aurora du 2 au 4 mai 2027 — la nouvelle version, pas l’ancienne.'],
    ['Swedish', 'Kan ni radera Web-data i Aurora från 2 maj 2027 till 4 maj 2027? Alltså den nya versionen.'],
    ['a version number', 'Please remove the Web data in Aurora for 2 to 4 May 2027 (the v2 one).'],
  ])('asks which workspace when the words point at the other version (%s)', (_language, text) => {
    const r = parse(text, 'kim@aurora.example');
    expect(r.workspace).toBeNull();
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('aurora-v2');
  });

  it('asks which source when a source with a twin is said to be the new one', () => {
    const r = parse('Please delete the Booking data in Tidewater for 2 May 2027 — the new version of it, not the old one.');
    expect(r.workspace).toBe('tidewater');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toContain('booking-2');
  });

  it('stays exact when the words agree with the name written', () => {
    const v2 = parse('Please remove the iOS data in Aurora v2 for 2 to 4 May 2027 — the new version, not the old one.', 'kim@aurora.example');
    expect(v2.workspace).toBe('aurora-v2');
    expect(v2.sources).toEqual(['aurora2-ios']);
    expect(v2.ranges).toEqual([{ from: '2027-05-02', to: '2027-05-04' }]);
    expect(asks(v2)).toBe(false);
    const old = parse('Please remove the Web data in Aurora for 2 to 4 May 2027 — the old one, not v2.', 'kim@aurora.example');
    expect(old.workspace).toBe('aurora');
    expect(asks(old)).toBe(false);
  });

  it('stays exact when nothing points at a version', () => {
    const r = parse('Please remove the Web data in Aurora for 2 to 4 May 2027. A new release of our app caused duplicates.', 'kim@aurora.example');
    expect(r.workspace).toBe('aurora');
    expect(r.sources).toEqual(['aurora-web']);
    expect(asks(r)).toBe(false);
  });
});

describe('a day told by its distance, taken back later', () => {
  it.each([
    ['German', 'Bitte löschen Sie die Shop-Daten in Tidewater von gestern und vorgestern.\n\nKorrektur: nur gestern bitte, vorgestern war in Ordnung.'],
    ['English', 'Please delete the Shop data in Tidewater for yesterday and the day before yesterday.\n\nThe day before yesterday was fine after all.'],
    ['French', "Merci de supprimer les données Shop de Tidewater d'hier et d'avant-hier.\n\nAvant-hier était correct."],
  ])('leaves the day said to be fine out (%s)', (_language, text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['shop']);
    expect(r.ranges).toEqual([{ from: '2027-06-09', to: '2027-06-09' }]);
    expect(asks(r)).toBe(false);
  });

  it('asks when a later correction keeps only one of the days', () => {
    const r = parse('Please delete the Shop data in Tidewater for yesterday and the day before yesterday.\n\nCorrection: only yesterday please.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('only yesterday');
  });

  it('keeps both days when a later sentence only tells when something was seen', () => {
    const r = parse('Please delete the Shop data in Tidewater for yesterday and the day before yesterday.\n\nWe noticed it yesterday evening.');
    expect(r.ranges).toEqual([{ from: '2027-06-08', to: '2027-06-09' }]);
  });
});

describe('a pasted table whose columns give the first and last day', () => {
  it.each([
    ['Quelle | Von | Bis\nBooking 2 | 01.01.2025 | 31.03.2025\nLoyalty App | 01.01.2025 | 31.03.2025'],
    ['| Source | Start | End |\n|---|---|---|\n| Booking 2 | 2025-01-01 | 2025-03-31 |\n| Loyalty App | 2025-01-01 | 2025-03-31 |'],
    ['Fuente     Desde        Hasta\nBooking 2  01.01.2025   31.03.2025\nLoyalty App  01.01.2025   31.03.2025'],
  ])('reads each row as a range under a from/to header (table %#)', (table) => {
    const r = parse(`Please delete the following in Tidewater:\n\n${table}\n\nThanks`);
    expect(r.sources).toEqual(['booking-2', 'loyalty']);
    expect(r.ranges).toEqual([{ from: '2025-01-01', to: '2025-03-31' }]);
    expect(asks(r)).toBe(false);
  });

  it('asks when the columns do not say which day is first and which is last', () => {
    const r = parse('Please delete the following in Tidewater:\n\n| Source | Day | Day |\n|---|---|---|\n| Shop | 2025-01-01 | 2025-03-31 |\n\nThanks');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('only those two days');
  });
});
