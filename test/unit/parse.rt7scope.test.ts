/**
 * Scopes read complete and wrong (red team, round 7): a common-word source on a list line dropped and its
 * day given to the other source; "in that order", "соответственно", "分别" not read as one day per source;
 * a source named in the story pulled in by "too", "also", "needs"; a second workspace described in words
 * ("the US one", "our staging copy") whose day lands on the named one; "delete my account" limited in
 * words ("only the test one") purging every administered workspace. Each must now ask (or read right);
 * the ordinary requests beside them stay complete.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, contacts: string[], admins: string[], sources: [string, string][]) => ({
  id: `ws_${slug}`, slug, name, contacts, admins, deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })), spaces: [],
});
const MAYA = 'maya@brightlane.co.uk';
const LENA = 'lena@nordpeak.io';
const JAKE = 'jake@nordpeak.io';
const HANNAH = 'hannah@lumenlabs.io';
const PRIYA = 'priya@quickbasket.in';
const TOM = 'tom@kettleandco.com';
const catalog = indexCatalog({
  workspaces: [
    ws('brightlane', 'Brightlane', [MAYA], [MAYA], [['ios-app', 'iOS App'], ['ios-app-2', 'iOS App 2'], ['android-app', 'Android App'], ['web', 'Website']]),
    ws('brightlane-staging', 'Brightlane Staging', [MAYA], [MAYA], [['ios-app', 'iOS App'], ['web-staging', 'Website (staging)']]),
    ws('kettle-co', 'Kettle & Co', [TOM], [TOM], [['shopify-store', 'Shopify'], ['email-events', 'Klaviyo events']]),
    ws('nordpeak-eu', 'Nordpeak EU', [LENA], [LENA], [['checkout-web', 'Checkout Web'], ['android-app', 'Android App'], ['android-app-beta', 'Android App Beta']]),
    ws('nordpeak-us', 'Nordpeak US', [LENA, JAKE], [JAKE], [['checkout-web', 'Checkout Web'], ['ios-app', 'iOS App']]),
    ws('orders', 'Orders', [PRIYA], [PRIYA], [['server', 'Server'], ['mobile', 'Mobile'], ['mobile-2', 'Mobile 2']]),
    ws('lumen-labs', 'Lumen Labs', [HANNAH], [HANNAH], [['web-app', 'Web App'], ['ios-app', 'iOS App'], ['backend', 'Backend']]),
    ws('lumen-studio', 'Lumen Studio', [HANNAH, 'oli@lumenstudio.co'], ['oli@lumenstudio.co'], [['web-app', 'Web App'], ['figma-plugin', 'Figma Plugin']]),
  ],
} satisfies Catalog);

const SENT = new Date('2027-02-12T09:00:00Z');
const parse = (from: string, text: string): ParseResult =>
  parseRequest(textMessage(`Hi,\n\n${text}\n\nThanks`, { from, date: SENT, subject: 'Deletion request' }), catalog, { now: new Date('2027-02-17T10:00:00Z') });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const day = (d: string) => ({ from: d, to: d });

describe('a common-word source labelling a list line with its own day', () => {
  it.each([
    ['bullets and arrows', PRIYA, 'orders workspace:\n• Mobile 2 → 5 Feb 2027\n• Server → 6 Feb 2027\n\nPlease delete these.', ['mobile-2', 'server']],
    ['numbered, em dash', MAYA, 'brightlane:\n1. Website — 1 Feb 2027\n2. Android App — 2 Feb 2027\n\nPlease delete the above.', ['android-app', 'web']],
    ['numbered, arrow', HANNAH, 'lumen-labs, to delete:\n1) Web App → 8 Feb 2027\n2) Backend → 10 Feb 2027', ['backend', 'web-app']],
    ['first in a dashed list', HANNAH, 'Deletions for lumen-labs:\n- Backend — 9 Feb 2027\n- iOS App — 10 Feb 2027', ['backend', 'ios-app']],
    ['with a weekday', MAYA, 'Please delete in brightlane:\n- Android App -> 2 Feb 2027\n- Website -> Mon 1 Feb 2027', ['android-app', 'web']],
  ])('%s: both sources read, and how the days pair is asked', (_, from, text, sources) => {
    const r = parse(from, text);
    expect(r.sources).toEqual(sources);
    expect(complete(r)).toBe(false);
  });
  it('lines without bullets are asked about too', () => {
    expect(complete(parse(PRIYA, 'orders workspace:\nMobile 2 → 5 Feb 2027\nServer → 6 Feb 2027\n\nPlease delete these.'))).toBe(false);
  });
  it('a label that is no source ("API") is asked about, never given to the other line', () => {
    expect(complete(parse(PRIYA, 'orders workspace:\n• Mobile 2 → 5 Feb 2027\n• API → 6 Feb 2027\n\nPlease delete these.'))).toBe(false);
  });
  it('one same day on every line stays complete', () => {
    const r = parse(MAYA, 'Please delete in brightlane:\n- Android App — 2 Feb 2027\n- Website — 2 Feb 2027');
    expect(r.sources).toEqual(['android-app', 'web']);
    expect(r.ranges).toEqual([day('2027-02-02')]);
    expect(complete(r)).toBe(true);
  });
});

describe('"in that order" and its words in other languages: one day per source, asked', () => {
  it.each([
    [MAYA, 'please delete the iOS App and Android App data in brightlane for 1 February and 3 February 2027, in that order.'],
    [TOM, 'please delete Shopify and Klaviyo events in kettle-co for 2 and 4 February 2027 (one day each, same order).'],
    [LENA, 'Пожалуйста, удалите в nordpeak-eu данные источников Checkout Web и Android App за 3 и 5 февраля 2027 года соответственно.'],
    [LENA, '请删除 nordpeak-eu 中 Checkout Web 和 Android App 分别在2027年2月3日和2月5日的数据。'],
    [LENA, 'bitte löschen Sie in nordpeak-eu die Daten von Checkout Web und Android App für den 3. und 5. Februar 2027, in dieser Reihenfolge.'],
    [LENA, "Merci de supprimer dans nordpeak-eu les données de Checkout Web et d'Android App pour le 3 et le 5 février 2027, dans cet ordre."],
    [MAYA, 'please delete iOS App and Android App in brightlane for 1 and 3 Feb 2027, in the order listed.'],
  ])('%s: %s', (from, text) => {
    const r = parse(from, text);
    expect(r.sources.length).toBe(2);
    expect(complete(r)).toBe(false);
  });
  it('"in order to" is no order of days: every day for both, complete', () => {
    const r = parse(MAYA, 'Please delete the iOS App and Android App data in brightlane for 1 and 2 February 2027 in order to fix the reports.');
    expect(r.sources).toEqual(['android-app', 'ios-app']);
    expect(r.ranges).toEqual([{ from: '2027-02-01', to: '2027-02-02' }]);
    expect(complete(r)).toBe(true);
  });
});

describe('a source in the story is not pulled in by "too", "also", "both", "needs"', () => {
  it.each([
    [MAYA, 'Please delete the iOS App data in brightlane for 3 February 2027. The bug came from a shared SDK module that the Android App uses too, but Android had the fix already.', 'ios-app'],
    [MAYA, 'Please delete the iOS App data in brightlane for 3 February 2027.\n\nThe Android App also sends through the same pipeline, but its numbers look right.', 'ios-app'],
    [TOM, 'Please delete the Shopify data in kettle-co for 4 February 2027. Both Shopify and the Klaviyo events source get the order webhook, but only Shopify stored the duplicates.', 'shopify-store'],
    [HANNAH, 'Please delete the Web App data in lumen-labs for 9 February 2027. Our Backend source team needs a short explanation of what happened for their post-mortem, if you have one.', 'web-app'],
    [PRIYA, 'Please delete the Server data in orders for 6 Feb 2027. Mobile 2 was affected as well in the sense that its dashboards showed odd totals, but its raw data is fine.', 'server'],
    [LENA, 'Por favor borren los datos de Checkout Web en nordpeak-eu del 8 de febrero de 2027. La Android App Beta también usa ese SDK, pero no tuvo problemas.', 'checkout-web'],
  ])('%s: only the requested source, the other asked about', (from, text, source) => {
    const r = parse(from, text);
    expect(r.sources).toEqual([source]);
    expect(complete(r)).toBe(false);
  });
  it.each([
    ['The Android App too.'],
    ['The Android App was also affected.'],
    ['The Android App needs it too.'],
  ])('an addition that says nothing else still adds: %s', (added) => {
    const r = parse(MAYA, `Please delete the iOS App data in brightlane for 3 February 2027. ${added}`);
    expect(r.sources).toEqual(['android-app', 'ios-app']);
    expect(complete(r)).toBe(true);
  });
});

describe('a second workspace described in words: whose day is whose is asked', () => {
  it.each([
    [LENA, 'Please delete Checkout Web in nordpeak-eu for 1 February 2027, and for the US one 2 February 2027.'],
    [MAYA, 'iOS App in brightlane: please delete 2 February 2027. On our test setup the same source also needs 3 February 2027 removed.'],
    [MAYA, 'Please delete the iOS App data in brightlane for 2 February 2027, and the same source in our staging copy for 4 February 2027.'],
    [HANNAH, "Please delete Web App data in lumen-labs for 8 February 2027. Our design studio's Web App needs 9 February 2027 deleted as well."],
    [LENA, 'Checkout Web in nordpeak-eu: please delete 1 February 2027. Same source on the American shop: 2 February 2027.'],
    [MAYA, 'Please delete the iOS App data in brightlane for 2 February 2027. Our QA environment got the same junk on 3 February 2027, please clear that one too.'],
    [LENA, 'bitte löschen Sie Checkout Web in nordpeak-eu für den 1. Februar 2027 und bei unseren amerikanischen Kollegen für den 2. Februar 2027.'],
  ])('%s: %s', (from, text) => {
    expect(complete(parse(from, text))).toBe(false);
  });
  it.each([
    [LENA, 'Please delete Checkout Web in nordpeak-eu for 1 and 2 February 2027.', 'nordpeak-eu'],
    [MAYA, 'Please delete the iOS App data in brightlane for 2 and 3 February 2027, our test build sent junk.', 'brightlane'],
    [LENA, 'Please delete the Checkout Web data in nordpeak-eu for 1 February 2027, it was sent to us by mistake on 2 February 2027.', 'nordpeak-eu'],
  ])('the named workspace alone stays complete: %s', (from, text, workspace) => {
    const r = parse(from, text);
    expect(r.workspace).toBe(workspace);
    expect(complete(r)).toBe(true);
  });
});

describe('"delete my account" limited in words to one of the customer’s workspaces', () => {
  it.each([
    [MAYA, "We're shutting down our staging. Please delete my account there with all its data."],
    [MAYA, 'Please delete my account with all data, but only the test one — production must stay.'],
    [LENA, 'Please delete my account and all its data. This is about our US business only.'],
    [HANNAH, "We're closing the design studio at the end of the month. Please delete my account and all its data."],
    [MAYA, 'bitte löschen Sie mein Konto mit allen Daten. Es geht nur um unsere Testumgebung, die Produktion läuft weiter.'],
    [JAKE, 'Please delete my account with all of its data. I only mean the European side, which we are shutting down.'],
    [MAYA, 'Por favor eliminen mi cuenta con todos los datos, pero solo el entorno de pruebas; producción se queda.'],
  ])('%s: %s — asked, never the whole account', (from, text) => {
    const r = parse(from, text);
    expect(complete(r)).toBe(false);
  });
  it.each([
    [MAYA, 'Please delete my account and all its data.'],
    [MAYA, "Please delete my account and everything in it (that's both our workspaces, prod and staging)."],
    [LENA, 'We are closing the company. Please delete my account and all its data.'],
  ])('a plain account purge stays complete: %s', (from, text) => {
    const r = parse(from, text);
    expect(r.kind).toBe('account_purge');
    expect(complete(r)).toBe(true);
  });
});
