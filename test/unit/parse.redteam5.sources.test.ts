/**
 * Sources a request looked complete with but the customer did not ask for: an item of a list, a form or a
 * table whose own mark says no ("[ ]", "☐", "✘", "| no |", ": n/a", "(skip)"); an ordinary word before a
 * data word read as a source ("test events", "billing events", "App events", "production App data"); the
 * forwarder's, the reply's or the subject's own words about the scope. Each is left out where the words
 * leave no doubt and asked about where they do; never deleted. Counterparts keep what is asked for.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { InboundMessage } from '../../src/domain/message';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_a1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], admins: ['ana@acme.example'], deletedAt: null,
      sources: [
        { id: 'src_a1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_a2', slug: 'android-app', name: 'Android App' }, { id: 'src_a3', slug: 'web', name: 'Website' },
        { id: 'src_a4', slug: 'billing', name: 'Billing' }, { id: 'src_a5', slug: 'orders', name: 'Orders' },
      ],
      spaces: [],
    },
    {
      id: 'ws_i1', slug: 'initech', name: 'Initech', contacts: ['bill@initech.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_i1', slug: 'test', name: 'Test' }, { id: 'src_i2', slug: 'production', name: 'Production' }, { id: 'src_i3', slug: 'events', name: 'Events' },
        { id: 'src_i4', slug: 'app', name: 'App' }, { id: 'src_i5', slug: 'backend', name: 'Backend' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const ANA = 'ana@acme.example';
const BILL = 'bill@initech.example';
const SENT = new Date('2026-12-04T11:00:00Z');
const NOV_10 = [{ from: '2026-11-10', to: '2026-11-10' }];
const parse = (text: string, from = ANA, extra: Partial<InboundMessage> = {}, subject = 'Data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject }, extra), catalog, { now: new Date('2026-12-04T12:00:00Z') }));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');
function complete(r: ParseResult, sources: string[]): void {
  expect(asked(r)).toBe('');
  expect(r.missing).toEqual([]);
  expect(r.sources).toEqual(sources);
  expect(r.ranges).toEqual(NOV_10);
}

describe('an item of a list, form or table is asked for only when its own mark or value says so', () => {
  it.each([
    ['an unticked box "[ ]"', 'please fill in:\n[x] iOS App\n[ ] Android App\n[ ] Website\nDays: November 10\nWorkspace: acme-inc', ['ios-app']],
    ['an unticked box "☐"', 'please delete the following in acme-inc for November 10:\n☑ iOS App\n☐ Android App', ['ios-app']],
    ['a cross "✘" after the name', 'please delete for November 10 in acme-inc:\niOS App ✔\nAndroid App ✘', ['ios-app']],
    ['a Markdown row saying "no" under "Delete?"', '| Source | Delete? |\n|---|---|\n| iOS App | yes |\n| Android App | no |\nDay: November 10, workspace acme-inc', ['ios-app']],
    ['": don\'t delete"', "please delete the following in acme-inc for November 10:\n- Android App: delete\n- iOS App: don't delete", ['android-app']],
    ['": n/a"', 'please delete the following in acme-inc for November 10:\n- Android App: delete\n- iOS App: n/a', ['android-app']],
    ['"(not needed)"', 'please delete the following in acme-inc for November 10:\n- iOS App\n- Android App (not needed)', ['ios-app']],
    ['"(skip)"', 'please delete the following in acme-inc for November 10:\n- iOS App\n- Android App (skip)', ['ios-app']],
  ])('%s leaves that item out', (_label, text, sources) => {
    complete(parse(text), sources);
  });

  it('asks about an item written as a question', () => {
    const r = parse('in acme-inc please delete:\n- iOS App, November 10\n- Android App, November 10?');
    expect(asked(r)).toContain('"- Android App, November 10?" is written as a question — should Android App be deleted?');
  });

  it('asks what a yes or no means under a column that is not about deleting', () => {
    const r = parse('please delete in acme-inc for November 10:\n| Source | Keep? |\n|---|---|\n| iOS App | no |\n| Android App | yes |');
    expect(asked(r)).toContain('the table says "yes" for Android App under "Keep?" — should Android App be deleted?');
  });

  it('still deletes ticked items, items with days and items that say delete', () => {
    complete(parse('please delete in acme-inc for November 10:\n[x] iOS App\n☑ Android App'), ['android-app', 'ios-app']);
    complete(parse('please delete in acme-inc:\n- iOS App: November 10\n- Android App: November 10'), ['android-app', 'ios-app']);
    complete(parse('| Source | Delete? |\n|---|---|\n| iOS App | yes |\n| Android App | yes |\nDay: November 10, workspace acme-inc'), ['android-app', 'ios-app']);
  });
});

describe('an ordinary word before a data word describes the data, it does not name a source', () => {
  it.each([
    ['"test events" sent to the App source', 'please delete the test events we sent to the App source in initech on November 10.', BILL, ['app']],
    ['"billing events" of the iOS App', 'please delete the billing events of the iOS App in acme-inc for November 10.', ANA, ['ios-app']],
    ['"App events" with a source named Events', 'please delete all App events in initech for November 10.', BILL, ['app']],
    ['"production data" of the App source', 'please delete the production data of the App source in initech for November 10.', BILL, ['app']],
  ])('%s', (_label, text, from, sources) => {
    complete(parse(text, from), sources);
  });

  it('asks whether "production App data" means the Production source, and never deletes it in App\'s place', () => {
    const r = parse('please delete the production App data in initech for November 10.', BILL);
    expect(r.sources).not.toContain('production');
    expect(asked(r)).toContain('"production App" may describe the data rather than name the Production source');
  });

  it('asks whether "(test events only)" means the Test source', () => {
    const r = parse('please delete the App data in initech for November 10 (test events only).', BILL);
    expect(r.sources).not.toContain('test');
    expect(asked(r)).toContain('"test events" may describe the data rather than name the Test source');
  });

  it('still reads sources named as the catalog writes them', () => {
    complete(parse('please delete the Test and App data in initech for November 10.', BILL), ['app', 'test']);
    complete(parse('please delete the Billing source and the iOS App data in acme-inc for November 10.'), ['billing', 'ios-app']);
  });
});

describe("the forwarder's, the reply's and the subject's own words about the scope", () => {
  it('asks when the forwarder asks for only part of what they forward', () => {
    const text = 'Please handle, but only the iOS part.\n\n-------- Forwarded Message --------\nSubject: Data cleanup\nDate: Wed, 2 Dec 2026 09:15:00 +0000\nFrom: Tom Becker <tom@agency.example>\nTo: ana@acme.example\n\nHi Ana, please have the iOS App and Android App data in acme-inc deleted for November 10. Tom\n';
    const r = parse(text, ANA, {}, 'Fwd: Data cleanup');
    expect(asked(r)).toContain('"but only the iOS part": the forward asks for only part of the forwarded request');
  });

  it('asks how days pair with sources when "both sources" is followed by a day for each', () => {
    const text = 'Yes for both sources in acme-inc: iOS App and Android App, but Nov 10 only for iOS, Nov 11 only for Android.\n\nOn Thu, Dec 3, 2026 at 10:00 AM Deletion Desk <deletions@desk.example> wrote:\n> several sources (ios-app, android-app) and several dates are named — should every day be deleted for every source?\n';
    const r = parse(text, ANA, { inReplyTo: '<del-41-q@desk.example>' }, 'Re: [DEL-41] Data deletion request: a question');
    expect(asked(r)).toContain('should every day be deleted for every source?');
  });

  it('asks when a subject that asks for one source sits above a body that asks for another', () => {
    const r = parse('Hi,\n\nplease delete the Android App data for November 10 in acme-inc.\n\nThanks, Ana', ANA, {}, 'Delete iOS App data Nov 10');
    expect(asked(r)).toContain('the subject "Delete iOS App data Nov 10" asks for ios-app, the message for android-app — should ios-app be deleted too?');
  });

  it('still adds the body\'s source to the subject\'s where the body says "also"', () => {
    complete(parse('Hi,\n\nplease also delete the Android App data for November 10 in acme-inc.', ANA, {}, 'Delete iOS App data Nov 10'), ['android-app', 'ios-app']);
  });
});
