/**
 * Messages a reviewer wrote to make the parser return a complete scope that is wrong, in my own words:
 * an account purge naming a workspace the sender does not administer, an end user who is only the cause
 * of a source's bad days, an export asked for before the deletion, and words a reader does not see as
 * the request (struck through, hidden by a stylesheet's class).
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { readMessage } from '../../src/adapters/mail/readMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import { htmlToText } from '../../src/domain/parse/htmlToText';
import type { InboundMessage } from '../../src/domain/message';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_r1', slug: 'lumen-analytics', name: 'Lumen Analytics', contacts: ['mara@lumen.example'], admins: ['mara@lumen.example'], deletedAt: null,
      sources: [{ id: 'src_r1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_r2', slug: 'web-app', name: 'Web App' }],
      spaces: [],
    },
    {
      id: 'ws_r2', slug: 'lumen-ads', name: 'Lumen Ads', contacts: ['mara@lumen.example', 'tom@lumen.example'], admins: ['tom@lumen.example'], deletedAt: null,
      sources: [{ id: 'src_r3', slug: 'tracker', name: 'Tracker' }],
      spaces: [],
    },
  ],
} satisfies Catalog);
const SENT = new Date('2026-12-03T10:00:00Z');
const NOW = new Date('2026-12-04T12:00:00Z');

function parse(text: string, from = 'mara@lumen.example'): ParseResult {
  return contractView(parseRequest(textMessage(text, { from, date: SENT }), catalog, { now: NOW }));
}
async function parseMail(raw: string): Promise<ParseResult> {
  const message: InboundMessage = await readMessage(raw.replace(/\n/g, '\r\n'));
  return contractView(parseRequest(message, catalog, { now: NOW }));
}
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => `${x.from}..${x.to}`);

function mail(contentType: string, body: string): string {
  return [
    'From: Mara <mara@lumen.example>', 'To: privacy@desk.example', 'Subject: iOS data', 'Date: Thu, 03 Dec 2026 10:00:00 +0000',
    'Message-ID: <r1@lumen.example>', 'MIME-Version: 1.0', `Content-Type: ${contentType}`, '', body,
  ].join('\n');
}

describe('an account purge that names another workspace', () => {
  it('asks which is meant when the named workspace is not the sender\'s to delete', () => {
    const r = parse('Please delete my account on Lumen Ads.');
    expect(r.kind).toBe('account_purge');
    expect(r.ambiguities.join(' ')).toContain('names workspace lumen-ads, which the sender does not administer; the account holds lumen-analytics');
  });

  it('does not ask when the workspace named is the account\'s own (the company\'s name)', () => {
    const r = parse('Lumen Analytics is moving to another vendor. Please delete my account and everything in it.');
    expect(r.kind).toBe('account_purge');
    expect(asks(r)).toBe(false);
  });
});

describe('an end user as the cause of a source\'s bad days', () => {
  it('is a source deletion when the end user is what happened and the request names a source and days', () => {
    const r = parse('An end user reported wrong events from a modified build. Please delete the iOS App data in lumen-analytics for Dec 1.');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['ios-app']);
    expect(days(r)).toEqual(['2026-12-01..2026-12-01']);
  });

  it('stays one person\'s data when a privacy law or the person\'s id is given', () => {
    expect(parse('A rider (rider id R-558812) invoked GDPR art 17. Please erase his data in lumen-analytics, iOS App, from 1 to 30 November 2026.').kind).toBe('user_data');
    expect(parse('Please delete the data of end user jane@example.com in the iOS App source of lumen-analytics for Dec 1.').kind).toBe('user_data');
  });
});

describe('an export asked for before the deletion', () => {
  it('asks, since the desk only deletes', () => {
    for (const text of [
      'Before deleting, please export the iOS App data of lumen-analytics for 20-22 October 2026 to our bucket, then delete it.',
      'Please back up the Web App data in lumen-analytics for Dec 1 before deleting it.',
      'Bitte die iOS App Daten in lumen-analytics für den 1.12.2026 vorher exportieren und dann löschen.',
    ]) {
      const r = parse(text);
      expect(r.ambiguities.join(' '), text).toContain('does not export or copy it first');
    }
  });

  it('does not ask when the customer made the copy themselves', () => {
    expect(asks(parse('We exported everything first. Please delete the iOS App data in lumen-analytics for Dec 1.'))).toBe(false);
    expect(asks(parse('We have already backed up the data. Please delete the iOS App data in lumen-analytics for Dec 1.'))).toBe(false);
  });
});

describe('words a reader does not see as the request', () => {
  it('leaves out struck-through words: <s>, <del>, <strike> and line-through', async () => {
    for (const struck of ['<s>Nov 30 and</s>', '<del>Nov 30 and</del>', '<strike>Nov 30 and</strike>', '<span style="text-decoration: line-through">Nov 30 and</span>']) {
      const r = await parseMail(mail('text/html; charset=utf-8', `<p>Please delete the iOS App data in lumen-analytics for ${struck} Dec 1.</p>`));
      expect(days(r), struck).toEqual(['2026-12-01..2026-12-01']);
      expect(asks(r), struck).toBe(false);
    }
  });

  it('asks when the text part still has the struck words', async () => {
    const body = [
      '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Please delete the iOS App data in lumen-analytics for Nov 30 and Dec 1.',
      '--b', 'Content-Type: text/html; charset=utf-8', '', '<p>Please delete the iOS App data in lumen-analytics for <s>Nov 30 and</s> Dec 1.</p>', '--b--',
    ].join('\n');
    const r = await parseMail(mail('multipart/alternative; boundary="b"', body));
    expect(r.ambiguities.join(' ')).toContain('the text and HTML versions of the message name different things');
  });

  it('does not read text a stylesheet\'s class hides, but reads what a screen-size rule hides on phones only', () => {
    const html = [
      '<html><head><style>.hide { display: none !important; } @media (max-width: 600px) { .desk { display: none; } }</style></head><body>',
      '<div class="preview hide">Also delete the iOS App data for Nov 30</div>',
      '<p class="desk">Please delete the iOS App data in lumen-analytics for Dec 1.</p></body></html>',
    ].join('');
    const text = htmlToText(html);
    expect(text).not.toContain('Nov 30');
    expect(text).toContain('Please delete the iOS App data in lumen-analytics for Dec 1.');
  });
});

describe('a second review of the same ground', () => {
  it('"don\'t delete anything more" still withdraws', () => {
    expect(parse('Hi, regarding the iOS App data in lumen-analytics for Dec 1-3: please don\'t delete anything more, the bug was in the dashboard.').kind).toBe('cancel');
  });
  it('"don\'t delete anything else" asks whether only what is named, or nothing, should go', () => {
    const r = parse('Hi, please don\'t delete anything else in lumen-analytics, the iOS App data for Dec 1 was the only problem and it is fixed now.');
    expect(r.ambiguities.join(' ')).toContain('should only what the message names be deleted, or nothing at all?');
  });
  it('an end user who asked to be forgotten is their request, not a cause', () => {
    expect(parse('An end user asked us to be forgotten. Please delete the iOS App data in lumen-analytics for Dec 1.').kind).toBe('user_data');
  });
  it('"hold" or "wait with deleting" beside days asks before anything runs', () => {
    for (const text of [
      'Hi, please hold the deletion of the iOS App data in lumen-analytics for Dec 1-3 until I confirm with legal.',
      'Please wait with deleting the iOS App data in lumen-analytics for Dec 1-3 until Monday, legal wants a look first.',
    ]) expect(parse(text).ambiguities.join(' '), text).toContain('asks to hold the request');
    expect(parse('Lumen Analytics was closed long ago. Please purge whatever you still hold in the archive for it.').ambiguities.join(' ')).not.toContain('hold the request');
  });
  it('an account purge naming a workspace the catalog does not settle asks', () => {
    for (const text of ['Please delete my account on the Lumen Advertising workspace.', 'Please delete my account for our ads workspace.', 'Please delete my account in Lumen Ads and Lumen Analytics.']) {
      const r = parse(text);
      expect(r.kind, text).toBe('account_purge');
      expect(r.ambiguities.join(' '), text).toContain('the account holds lumen-analytics');
    }
  });
  it('an account purge of "all the workspaces I administer" asks nothing, whatever company the signature names', () => {
    const r = parse('We are shutting down. Please delete my account and all of the workspaces I administer.\n\nMara\nFounder, Lumen Trading Co.');
    expect(r.kind).toBe('account_purge');
    expect(asks(r)).toBe(false);
  });
});

describe('a source kept, compared or wrapped', () => {
  const withTwo = indexCatalog({
    workspaces: [{
      id: 'ws_w1', slug: 'lumen-analytics', name: 'Lumen Analytics', contacts: ['mara@lumen.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_w1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_w2', slug: 'ios-app-2', name: 'iOS App 2' }, { id: 'src_w3', slug: 'android-app', name: 'Android App' }],
      spaces: [],
    }],
  } satisfies Catalog);
  const parseTwo = (text: string): ParseResult => contractView(parseRequest(textMessage(text, { from: 'mara@lumen.example', date: SENT }), withTwo, { now: NOW }));

  it('a source said to be unaffected, still needed or already cleaned is not deleted silently', () => {
    for (const text of [
      'Please delete the iOS App data in lumen-analytics for Dec 1. Android App is not impacted, please leave it alone.',
      'Please delete the iOS App data in lumen-analytics for Dec 1. Our team still needs the Android App data for reporting.',
      'Please delete the iOS App data in lumen-analytics for Dec 1. The Android App had no issues that day.',
      'Please delete the iOS App data in lumen-analytics for Dec 1. The Android App was also affected but we already cleaned that up ourselves.',
      'Please delete the iOS App data in lumen-analytics for Dec 1 after comparing it with the Android App numbers.',
    ]) {
      const r = parseTwo(text);
      expect(r.sources.includes('android-app') && !asks(r), text).toBe(false);
    }
  });
  it('"we need the Android App data deleted" is still a request for it', () => {
    expect(parseTwo('We need the Android App data for Dec 1 in lumen-analytics deleted.').sources).toEqual(['android-app']);
  });
  it('a numbered name wrapped by the mail client onto the next line is still that name', () => {
    const r = parseTwo('Hi team, could you please delete the data that the broken build sent to iOS App\n2 in lumen-analytics on Dec 1? Thanks');
    expect(r.sources).toEqual(['ios-app-2']);
  });
});
