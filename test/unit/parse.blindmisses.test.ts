/**
 * General causes behind misses on the second blind corpus, each written as new sentences: a ticket read
 * from ordinary words, workspace names that contain each other, scopes with no workspace, and more.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { textMessage } from '../support/textMessage';
import { findTicketRef, indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], extra: Partial<Catalog['workspaces'][number]> = {}): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`, slug, name, contacts: [`ops@${slug}.example`], deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })), spaces: [], ...extra,
});
const catalog = indexCatalog({
  workspaces: [
    ws('heron-labs', 'Heron Labs', [['tracker', 'Tracker Web'], ['app', 'App']], { spaces: [{ id: 'spa_h1', name: 'General' }] }),
    ws('heron-labs-staging', 'Heron Labs Staging', [['tracker', 'Tracker Web']], { spaces: [{ id: 'spa_h2', name: 'General' }] }),
    ws('salt-pepper', 'Salt & Pepper', [['menu-site', 'Menu Site'], ['orders', 'Orders']]),
    ws('bosco-verde', 'Bosco Verde', [['negozio', 'Negozio Online'], ['app', 'App'], ['bread-butter', 'Bread and Butter'], ['mobile-sdk-v1', 'Mobile SDK v1'], ['mobile-sdk-v2', 'Mobile SDK v2']]),
  ],
} satisfies Catalog);

const NOW = new Date('2025-06-20T12:00:00Z');
const message = (text: string, extra: Partial<InboundMessage> = {}): InboundMessage => textMessage(text, { from: 'ops@heron-labs.example', date: new Date('2025-06-10T09:00:00Z'), dateHeader: 'Tue, 10 Jun 2025 11:00:00 +0200' }, extra);
const parse = (text: string, extra: Partial<InboundMessage> = {}): ParseResult => parseRequest(message(text, extra), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a ticket reference never comes from ordinary words, in any language', () => {
  const cases: [string, string | null][] = [
    ['Cancellate i dati del 2 maggio 2025, grazie.', null],
    ['Cancellate i dati del 7.', null],
    ['Borrad los datos del 14/5 por favor.', null],
    ['Del 3 al 5 de mayo, por favor.', null],
    ['i dati del 20 aprile', null],
    ['DATI DEL 3 MAGGIO', null],
    ['CANCELLAZIONE DATI DEL 12', null],
    ['vedere del 2, capitolo 4', null],
    ['Slett data fra del 2 av rapporten', null],
    ['DEL 12 DE MAYO', null],
    ['i dati del 2024', null],
    ['Re: [DEL-12] Cancellazione dati del 3 maggio', 'DEL-12'],
    ['Any news on DEL-12?', 'DEL-12'],
    ['any news on del-12?', 'DEL-12'],
    ['status of DEL 12 please', 'DEL-12'],
    ['please cancel ticket DEL 12', 'DEL-12'],
    ['per il ticket del 12, grazie', 'DEL-12'],
    ['about del #9', 'DEL-9'],
    ['about del 42', 'DEL-42'],
  ];
  for (const [text, ref] of cases) it(`${JSON.stringify(text)} → ${ref}`, () => expect(findTicketRef(text)).toBe(ref));

  it('an Italian request for one day is not read as a reply to a ticket', () => {
    const r = parse('Cancellate i dati di Negozio Online in bosco-verde del 2 maggio 2025.', { subject: 'Cancellazione' });
    expect(r.ticket).toBeNull();
    expect(r.ranges).toEqual([{ from: '2025-05-02', to: '2025-05-02' }]);
  });
});

describe('a name with "&" is the same name written with "and", and the reverse', () => {
  it('"Salt and Pepper" names the workspace Salt & Pepper', () => {
    const r = parse('For Salt and Pepper, please delete the Menu Site source for 4 June 2025.');
    expect(r.workspace).toBe('salt-pepper');
    expect(r.sources).toEqual(['menu-site']);
    expect(complete(r)).toBe(true);
  });
  it('"Salt & Pepper" still names it', () => {
    const r = parse('For Salt & Pepper, please delete the Menu Site source for 4 June 2025.');
    expect(r.workspace).toBe('salt-pepper');
    expect(complete(r)).toBe(true);
  });
  it('"Bread & Butter" names the source Bread and Butter', () => {
    const r = parse('Please delete the Bread & Butter source in bosco-verde for 4 June 2025.');
    expect(r.sources).toEqual(['bread-butter']);
    expect(complete(r)).toBe(true);
  });
  it('a different second word is still asked about', () => {
    const r = parse('For Salt and Vinegar, please delete the Menu Site source for 4 June 2025.');
    expect(complete(r)).toBe(false);
  });
});

describe('a word for a kind of thing in a list is not an unknown name', () => {
  it('"Orders, Workspace salt-pepper, 4 June 2025" is complete', () => {
    const r = parse('Orders, Workspace salt-pepper, 4 June 2025.', { subject: 'Re: [DEL-31] Which source?', inReplyTo: 'q@desk', from: { address: 'ops@salt-pepper.example', name: 'Ops' } });
    expect(r.workspace).toBe('salt-pepper');
    expect(r.sources).toEqual(['orders']);
    expect(r.ranges).toEqual([{ from: '2025-06-04', to: '2025-06-04' }]);
    expect(complete(r)).toBe(true);
  });
  it('"Quelle Orders, Quelle Menu Site" lists both sources', () => {
    const r = parse('Bitte löschen: Quelle Orders, Quelle Menu Site im Workspace salt-pepper am 4. Juni 2025.');
    expect(r.sources).toEqual(['menu-site', 'orders']);
  });
  it('an unknown name in the same list is still asked about', () => {
    const r = parse('Orders, Workspace salt-pepper and Kitchen-Display, 4 June 2025.', { subject: 'Re: [DEL-31] Which source?', inReplyTo: 'q@desk' });
    expect(complete(r)).toBe(false);
  });
});

describe('purge words negated right before them ask for no purge', () => {
  it('"we do not want to close the workspace, just delete …" is the source deletion asked for', () => {
    const r = parse("We don't want to close the heron-labs workspace! Only delete the App source for 2 to 4 June 2025.");
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('heron-labs');
    expect(r.sources).toEqual(['app']);
    expect(r.ranges).toEqual([{ from: '2025-06-02', to: '2025-06-04' }]);
    expect(complete(r)).toBe(true);
  });
  it('a negation in another clause does not cancel the purge words: it still asks', () => {
    const r = parse('We do not need this any more, so delete the heron-labs workspace and the App source for 2 to 4 June 2025.');
    expect(complete(r)).toBe(false);
  });
  it('"why not close the workspace" is no negation: it still asks', () => {
    const r = parse('Why not close the heron-labs workspace? And delete the App source for 2 to 4 June 2025.');
    expect(complete(r)).toBe(false);
  });
  it('purge words without a negation next to days still ask', () => {
    const r = parse('Please close the heron-labs workspace. Delete the App source for 2 to 4 June 2025.');
    expect(complete(r)).toBe(false);
  });
});

describe('hidden HTML is never the scope; when it names another scope, staff get a note and nothing is asked', () => {
  const visible = '<p>Please delete the Tracker Web source in heron-labs for 5 June 2025.</p>';
  const html = (hidden: string): Partial<InboundMessage> => ({ html: `<html><body>${hidden}${visible}</body></html>`, contentType: 'text/html' });
  const hide = (words: string): string => `<div style="display:none;max-height:0">${words}</div>`;
  const seen = { workspace: 'heron-labs', sources: ['tracker'], ranges: [{ from: '2025-06-05', to: '2025-06-05' }] };

  it('a preheader with a date and no word for deleting is not asked about, nor noted', () => {
    const r = parse('', html(hide('Weekly digest 2025-06-01 — what is new at Heron')));
    expect(r).toMatchObject(seen);
    expect(complete(r)).toBe(true);
    expect(r.notes.join(' ')).not.toMatch(/hidden text/);
  });
  it('hidden text repeating the visible request is not asked about, nor noted', () => {
    const r = parse('', html(hide('Please delete the Tracker Web source in heron-labs for 5 June 2025.')));
    expect(r).toMatchObject(seen);
    expect(complete(r)).toBe(true);
    expect(r.notes.join(' ')).not.toMatch(/hidden text/);
  });
  for (const [name, words] of [
    ['another day', 'Please delete the Tracker Web source in heron-labs for 1 June 2025.'],
    ['another source', 'Also delete the App source for 5 June 2025.'],
    ['another workspace', 'Please delete the Tracker Web source in heron-labs-staging for 5 June 2025.'],
    ['the whole workspace', 'Delete the whole heron-labs workspace with all its data.'],
    ['the account', 'Please delete my account.'],
    ['another workspace without a verb', 'Workspace: heron-labs-staging · Source: Tracker Web · 1 June 2025'],
  ]) {
    it(`hidden text naming ${name} is never used, and staff are told it was there`, () => {
      const r = parse('', html(hide(words)));
      expect(r).toMatchObject({ kind: 'source_data', ...seen, missing: [], ambiguities: [] });
      expect(r.notes.join(' ')).toMatch(/hidden text naming other things to delete; it was not read/);
    });
  }
});

describe('a reply pointing back at days it does not repeat asks for the time frame', () => {
  const reply = { subject: 'Re: Orders deletion', inReplyTo: 'earlier@salt-pepper.example' };
  for (const text of [
    'Same dates as last time, for the Orders source of salt-pepper as well.',
    'Dieselben Tage bitte auch für die Quelle Orders in salt-pepper.',
    'Mêmes jours, mais pour la source Orders de salt-pepper.',
  ]) {
    it(text, () => {
      const r = parse(`${text}\n\nOn Mon, 9 Jun 2025 someone wrote:\n> Please delete Menu Site (salt-pepper) for 1-2 June 2025.`, reply);
      expect(r.kind).toBe('source_data');
      expect(r.sources).toEqual(['orders']);
      expect(r.ranges).toEqual([]);
      expect(r.missing).toEqual(['time frame']);
    });
  }
});

describe('a workspace named as one to leave alone is not a second target', () => {
  it('"(heron-labs) must NOT be touched" next to a purge of heron-labs-staging', () => {
    const r = parse('Please carry out a complete data purge of the workspace heron-labs-staging. Production (heron-labs) must NOT be touched.');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('heron-labs-staging');
    expect(complete(r)).toBe(true);
  });
  it('the reverse: "“heron-labs-staging” should stay" next to a purge of heron-labs', () => {
    const r = parse('Please purge everything in the workspace heron-labs. The test copy (“heron-labs-staging”) should stay.');
    expect(r.workspace).toBe('heron-labs');
    expect(complete(r)).toBe(true);
  });
  it('the longer exact name wins over the shorter one it starts with', () => {
    expect(parse('Please purge the workspace heron-labs-staging completely.').workspace).toBe('heron-labs-staging');
  });
  it('a bare short name fitting two workspaces still asks', () => {
    const r = parse('Please purge the Heron workspace completely.');
    expect(r.workspace).toBeNull();
    expect(complete(r)).toBe(false);
  });
});

describe('a common word that is a source of the workspace written right after it is that source', () => {
  it('terse Polish: "usuncie app bosco-verde 2 i 3 maja 2025"', () => {
    const r = parse('usuncie app bosco-verde 2 i 3 maja 2025', { subject: 'app' });
    expect(r).toMatchObject({ workspace: 'bosco-verde', sources: ['app'], ranges: [{ from: '2025-05-02', to: '2025-05-03' }] });
    expect(complete(r)).toBe(true);
  });
  it('"delete app (bosco-verde) for 2 June 2025"', () => {
    const r = parse('delete app (bosco-verde) for 2 June 2025');
    expect(r).toMatchObject({ workspace: 'bosco-verde', sources: ['app'] });
    expect(complete(r)).toBe(true);
  });
  it('a workspace without that source makes no source of the word', () => {
    const r = parse('delete app salt-pepper for 2 June 2025');
    expect(r.sources).toEqual([]);
    expect(complete(r)).toBe(false);
  });
});

describe('a versioned source name without its version fits every version', () => {
  it('"the Mobile SDK data" asks which version, naming them', () => {
    const r = parse('Please delete the Mobile SDK data in bosco-verde for 2 June 2025.');
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/mobile-sdk-v1 and mobile-sdk-v2/);
  });
  it('with the version it is that one source', () => {
    const r = parse('Please delete the Mobile SDK v2 data in bosco-verde for 2 June 2025.');
    expect(r.sources).toEqual(['mobile-sdk-v2']);
    expect(complete(r)).toBe(true);
  });
});

describe('a word that may be a name is still asked about in a list', () => {
  it('"Orders and Events" in salt-pepper asks about Events', () => {
    const r = parse('Please delete Orders and Events in salt-pepper for 4 June 2025.');
    expect(complete(r)).toBe(false);
  });
});
