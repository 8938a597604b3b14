/**
 * Parts of a ticket taken back in a reply, and exclusions written with "but", "bar" and "excepting":
 * - "take X off DEL-n", "pull X out of the request", "we no longer need X deleted", "X is off the table"
 *   leave X out, and "keep Y" beside such a take-back keeps Y in the request; a day taken back from days
 *   the message names is cut out of them, one taken from days not written here is asked about;
 * - "all but", "everything but", "bar", "barring", "excepting", "every day … but", "not X though" except
 *   what follows, as "except" does; "but … too" adds.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const source = (id: string, slug: string, name: string) => ({ id, slug, name });
const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_q', slug: 'quayside', name: 'Quayside', contacts: ['milo@quayside.example'], admins: ['milo@quayside.example'], deletedAt: null,
      sources: [source('q1', 'ios-app', 'iOS App'), source('q2', 'android-app', 'Android App'), source('q3', 'web', 'Web'), source('q4', 'kiosk', 'Kiosk Feed')],
      spaces: [{ id: 'qs1', name: 'Default Space' }],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2027-04-20T08:00:00Z');
const parse = (text: string, subject = 'Re: DEL-77 deletion for iOS and Android'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'milo@quayside.example', date: SENT, subject }), catalog, { now: new Date('2027-05-01T12:00:00Z') }));
const asks = (r: ParseResult): boolean => r.ambiguities.length > 0 || r.missing.length > 0;
const APR_6_TO_8 = [{ from: '2027-04-06', to: '2027-04-08' }];

describe('a source taken back from the ticket is left out; the one kept in the request is deleted', () => {
  it.each([
    'Hello, we no longer need the Android App removed — just the iOS App in quayside for April 6-8, 2027.',
    "Hello, we don't need the Android App deleted any more, only the iOS App in quayside, April 6-8, 2027.",
    'Hello, could you take the Android App off DEL-77 and keep the iOS App in quayside for April 6-8, 2027?',
    'Hello, please drop Android App from the ticket, keep iOS App in quayside for April 6-8, 2027.',
    'Hello, pull Android App out of the request; keep the iOS App for quayside, April 6-8, 2027.',
    'Hello, the Android App is off the table now. Keep the iOS App in quayside for April 6-8, 2027.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('quayside');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual(APR_6_TO_8);
    expect(r.ticket).toBe('DEL-77');
  });

  it('still deletes a source removed from a workspace (no request word after it)', () => {
    const r = parse('Hello, please remove the Android App from quayside for April 6-8, 2027.', 'Deletion');
    expect(r.sources).toEqual(['android-app']);
    expect(r.ranges).toEqual(APR_6_TO_8);
  });

  it('does not read "we don\'t need the data anymore" as a take-back', () => {
    const r = parse("Hello, we don't need the Android App data anymore, please delete it in quayside for April 6-8, 2027.", 'Deletion');
    expect(r.sources).toEqual(['android-app']);
  });
});

describe('a day taken back is cut out of the days named, or asked about', () => {
  it.each([
    'Hello, please delete the iOS App in quayside for April 6, 7 and 8, 2027. Take April 7 off the list.',
    'Hello, please delete the iOS App in quayside for April 6-8, 2027, but pull April 7 out of it.',
    'Hello, delete the iOS App in quayside for April 6-8, 2027; we no longer need April 7 deleted.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2027-04-06', to: '2027-04-06' }, { from: '2027-04-08', to: '2027-04-08' }]);
  });

  it('asks when a day "is no longer needed" (its data, or its deletion?)', () => {
    const r = parse('Hello, the iOS App in quayside for April 6-8, 2027 — April 7 is no longer needed.');
    expect(asks(r)).toBe(true);
    expect(r.ranges).toEqual([]);
  });

  it('asks what remains when the day is taken from days the message does not name', () => {
    const r = parse('Hello, please take April 7 off DEL-77 for the iOS App in quayside.');
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/taken back/);
  });
});

describe('"all but", "everything but", "bar", "barring", "excepting" except what follows', () => {
  const CUT = [{ from: '2027-04-01', to: '2027-04-02' }, { from: '2027-04-04', to: '2027-04-09' }];
  it.each([
    'Please delete the Kiosk Feed in quayside for April 1-9, 2027, all but April 3.',
    'Please delete the Kiosk Feed in quayside for April 1-9, 2027 — everything but the 3rd of April.',
    'Please delete the Kiosk Feed in quayside for April 1-9, 2027 bar April 3.',
    'Please delete the Kiosk Feed in quayside for April 1-9, 2027, barring April 3.',
    'Please delete the Kiosk Feed in quayside for April 1-9, 2027 excepting April 3.',
    'Please delete the Kiosk Feed in quayside for each day from April 1 to April 9, 2027 but April 3.',
  ])('%s', (text) => {
    const r = parse(text, 'Deletion');
    expect(r.sources).toEqual(['kiosk']);
    expect(r.ranges).toEqual(CUT);
    expect(asks(r)).toBe(false);
  });

  it('reads "but … too" after every day as adding the day, not excepting it', () => {
    const r = parse('Please delete the Kiosk Feed in quayside for every day of April 1-9, 2027, but April 12 too.', 'Deletion');
    expect(r.ranges.some((x) => x.from <= '2027-04-03' && x.to >= '2027-04-03')).toBe(true);
  });

  it.each([
    'Please delete everything but the Web in quayside for April 3, 2027.',
    'Please delete all but the Web source in quayside for April 3, 2027.',
    'Please delete all sources in quayside for April 3, 2027, not Web though.',
    'Please delete all sources in quayside for April 3, 2027, but not Web.',
  ])('%s', (text) => {
    const r = parse(text, 'Deletion');
    expect(r.sources).toEqual(['android-app', 'ios-app', 'kiosk']);
    expect(r.ranges).toEqual([{ from: '2027-04-03', to: '2027-04-03' }]);
  });

  it.each([
    'We keep everything, but the Web source in quayside got broken events on April 3, 2027 — please delete that day.',
    'We keep everything but the Web source in quayside; please delete its April 3, 2027 data.',
  ])('reads "but" after a comma or after "keep everything" as no exception: %s', (text) => {
    const r = parse(text, 'Deletion');
    expect(r.sources).not.toEqual(['android-app', 'ios-app', 'kiosk']);
    expect(r.sources.includes('web') || asks(r)).toBe(true);
  });

  it('keeps "bar" a noun where it is one', () => {
    const r = parse('Please delete the Kiosk Feed of the hotel bar in quayside for April 3, 2027.', 'Deletion');
    expect(r.sources).toEqual(['kiosk']);
    expect(r.ranges).toEqual([{ from: '2027-04-03', to: '2027-04-03' }]);
  });
});
