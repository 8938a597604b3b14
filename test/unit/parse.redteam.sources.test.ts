/**
 * Sources a red-team review found read complete but wrong: a source named only as background (a
 * comparison, a fix already made, an earlier deletion, a signature's title, a topic subject), a name that
 * ends in a number followed by a month, and a second source added in short form. What the customer and
 * staff would see: the sources, and whether the desk asks.
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
      id: 'ws_b1', slug: 'brightlane-analytics', name: 'Brightlane Analytics', contacts: ['priya.nair@brightlane.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_b1', slug: 'web-app', name: 'Web App' }, { id: 'src_b2', slug: 'web-app-2', name: 'Web App 2' }, { id: 'src_b3', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_b4', slug: 'ios-app-2', name: 'iOS App 2' }, { id: 'src_b5', slug: 'android-app', name: 'Android App' },
      ],
      spaces: [],
    },
    {
      id: 'ws_k1', slug: 'klickwerk', name: 'Klickwerk GmbH', contacts: ['j.mueller@klickwerk.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_k1', slug: 'shop-web', name: 'Shop Web' }, { id: 'src_k2', slug: 'shop-app', name: 'Shop App' }],
      spaces: [],
    },
    {
      id: 'ws_o1', slug: 'olho-digital', name: 'Olho Digital', contacts: ['dados@olhodigital.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_o1', slug: 'app', name: 'App' }, { id: 'src_o2', slug: 'app-2', name: 'App 2' }, { id: 'src_o3', slug: 'site', name: 'Site' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const PRIYA = 'priya.nair@brightlane.example';
const NOW = new Date('2026-12-04T12:00:00Z');
const parse = (text: string, { from = PRIYA, subject = '', name = 'Ops', sent = '2026-12-03T10:00:00Z', now = NOW } = {}): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date(sent), subject }, { from: { address: from, name } }), catalog, { now }));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');

describe('a source named only as background is asked about, never added', () => {
  it.each([
    ['a fix already made', 'Please delete the Web App data in brightlane-analytics for Dec 1. We have already fixed the Android App.', ['web-app'], /should android-app be deleted too/],
    ['an earlier deletion', 'Please delete the Web App data in brightlane-analytics for Dec 1, like you did for iOS App in November.', ['web-app'], /should ios-app be deleted too/],
    ['where the events belonged', 'Please delete the iOS App data in brightlane-analytics for Dec 1 — the events were meant for iOS App 2.', ['ios-app'], /should ios-app-2 be deleted too/],
    ['German: had no problems', 'Hallo, bitte löschen Sie die Daten der Quelle Shop Web in klickwerk für den 1.12.2026. Die Shop App hatte am gleichen Tag keine Probleme.', ['shop-web'], /should shop-app be deleted too/],
    ['German: cleaned ourselves', 'Hallo, bitte löschen Sie die Daten der Quelle Shop Web in klickwerk für den 1.12.2026. Die Shop App Daten haben wir selbst bereinigt.', ['shop-web'], /should shop-app be deleted too/],
  ])('%s', (_, text, sources, question) => {
    const from = text.includes('klickwerk') ? 'j.mueller@klickwerk.example' : PRIYA;
    const r = parse(text, { from });
    expect(r.sources).toEqual(sources);
    expect(asked(r)).toMatch(question);
  });

  it('a source the request is compared with ("comparing it with the Android App numbers") is a yardstick: left out', () => {
    const r = parse('Please delete the iOS App data in brightlane-analytics for Dec 1. We noticed the problem by comparing it with the Android App numbers.');
    expect(r.sources).toEqual(['ios-app']);
  });

  it('two sources told as a story, neither in the request ("…sent events to the Web App source. Please delete that day."), asks which', () => {
    const r = parse('Our iOS App accidentally sent events to the Web App source in brightlane-analytics on Dec 1. Please delete that day.');
    expect(asked(r)).toMatch(/several sources are named \(ios-app, web-app\) but no sentence asks/);
  });

  it.each([
    ['both in the request', 'Please delete the iOS App and Android App data in brightlane-analytics for Dec 1.', ['android-app', 'ios-app']],
    ['a list under the request', 'Please delete the iOS App data in brightlane-analytics for Dec 1.\nSources:\n- iOS App\n- Android App', ['android-app', 'ios-app']],
    ['German: both in the request', 'Hallo, bitte löschen Sie die Daten der Quellen Shop Web und Shop App in klickwerk für den 1.12.2026.', ['shop-app', 'shop-web']],
    ['"… and the Android App data too"', 'Please delete the iOS App data in brightlane-analytics for Dec 1 and the Android App data too.', ['android-app', 'ios-app']],
  ])('still complete: %s', (_, text, sources) => {
    const from = text.includes('klickwerk') ? 'j.mueller@klickwerk.example' : PRIYA;
    const r = parse(text, { from });
    expect(r.sources).toEqual(sources);
    expect(r.ambiguities).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it('still works: a list of sources with their own days asks only how the days pair', () => {
    const r = parse('Please delete the following in brightlane-analytics:\n- iOS App: Dec 1\n- Android: Dec 3');
    expect(r.sources).toEqual(['android-app', 'ios-app']);
    expect(r.ranges).toEqual([{ from: '2026-12-01', to: '2026-12-01' }, { from: '2026-12-03', to: '2026-12-03' }]);
    expect(asked(r)).not.toMatch(/outside the deletion request/);
  });
});

describe('a name ending in a number, then a month', () => {
  const later = { sent: '2027-01-05T10:00:00Z', now: new Date('2027-01-06T10:00:00Z') };
  it('"Web App / 2 December 2026": the slash parts the source from the day', () => {
    const r = parse('brightlane-analytics / Web App / 2 December 2026 - please delete.', later);
    expect(r.sources).toEqual(['web-app']);
    expect(r.ranges).toEqual([{ from: '2026-12-02', to: '2026-12-02' }]);
  });
  it('"iOS App 2 Dec 2026" reads the day and asks: iOS App on the 2nd, or iOS App 2 for the month?', () => {
    const r = parse('Please delete iOS App 2 Dec 2026 in brightlane-analytics.', later);
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2026-12-02', to: '2026-12-02' }]);
    expect(asked(r)).toMatch(/"iOS App 2 Dec" could be ios-app on the day 2 or ios-app-2/);
  });
  it('Spanish "App 2 y 3 de diciembre" reads the days 2 and 3 and asks', () => {
    const r = parse('Por favor, eliminen los datos de App 2 y 3 de diciembre de 2026 en olho-digital.', { from: 'dados@olhodigital.example' });
    expect(r.sources).not.toContain('app-2');
    expect(r.ranges).toEqual([{ from: '2026-12-02', to: '2026-12-03' }]);
    expect(asked(r)).toMatch(/could be app on the day 2 or app-2/);
  });
  it.each([
    ['iOS App 2 for Dec 1', 'Please delete iOS App 2 for Dec 1 in brightlane-analytics.', ['ios-app-2'], '2026-12-01'],
    ['the iOS App 2 data for 2 December', 'Please delete the iOS App 2 data in brightlane-analytics for 2 December 2026.', ['ios-app-2'], '2026-12-02'],
    ['Web App 2 on 2 December', 'Please delete Web App 2 on 2 December 2026 in brightlane-analytics.', ['web-app-2'], '2026-12-02'],
  ])('still complete: %s', (_, text, sources, day) => {
    const r = parse(text);
    expect(r.sources).toEqual(sources);
    expect(r.ranges).toEqual([{ from: day, to: day }]);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('signatures and subjects name the writer and the topic, not the scope', () => {
  it('"Priya Nair | Android App Lead" below the request adds no source', () => {
    const r = parse('Hi team, please delete the iOS App data in brightlane-analytics for Dec 1.\n\nPriya Nair | Android App Lead\nBrightlane Analytics', { name: 'Priya Nair' });
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ambiguities).toEqual([]);
  });
  it('"P. Nair – Web App 2 Product Owner": the initial signs as well', () => {
    const r = parse('Hi team, please delete the iOS App data in brightlane-analytics for Dec 1.\nP. Nair – Web App 2 Product Owner', { name: 'Priya Nair' });
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ambiguities).toEqual([]);
  });
  it('a title line from a sender whose name is not known is asked about', () => {
    const r = parse('Hi team, please delete the iOS App data in brightlane-analytics for Dec 1.\n\nPriya | Android App Lead');
    expect(r.sources).toEqual(['ios-app']);
    expect(asked(r)).toMatch(/should android-app be deleted too/);
  });
  it.each([
    ['Android App crash follow-up', /should android-app be deleted too/],
    ['Web App 2 migration', /should web-app-2 be deleted too/],
    ['Android App', /the subject "Android App" names android-app/],
  ])('subject "%s" above a request for iOS App asks', (subject, question) => {
    const r = parse('Hi, please delete the iOS App data in brightlane-analytics for Dec 1. Thanks', { subject });
    expect(r.sources).toEqual(['ios-app']);
    expect(asked(r)).toMatch(question);
  });
  it('a subject that asks for the deletion itself still counts ("Delete iOS App and Android App data")', () => {
    const r = parse('Hi, please delete the data in brightlane-analytics for Dec 1. Thanks', { subject: 'Delete iOS App and Android App data' });
    expect(r.sources).toEqual(['android-app', 'ios-app']);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('a second source added in short form is asked about, never dropped', () => {
  it.each([
    ['"…, Android as well."', 'Please delete the iOS App data in brightlane-analytics for Dec 1, Android as well.', /"Android as well" may add android-app/],
    ['"Same for Android please."', 'Please delete the iOS App data in brightlane-analytics for Dec 1. Same for Android please.', /"Same for Android" may add android-app/],
    ['German "Android auch"', 'Bitte löschen Sie die iOS App Daten in brightlane-analytics für den 1.12.2026, Android auch.', /"Android auch" may add android-app/],
  ])('%s', (_, text, question) => {
    const r = parse(text);
    expect(r.sources).toContain('ios-app');
    expect(asked(r)).toMatch(question);
  });
});
