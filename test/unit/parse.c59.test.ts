/**
 * Mail typed on phones and dictated: an incident told as "a bad import" beside an Import source, an HTML
 * table whose row carries the workspace and the source before its first and last day, relative days in
 * Spanish and romanised Hindi, short Spanish status questions, an ordinal day beside a source's name and
 * "the new one, not legacy". What staff would see: kind, workspace, sources, days, and whether the desk asks.
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
      id: 'ws_f1', slug: 'feldpost', name: 'Feldpost', contacts: ['ops@feldpost.example'], admins: [], deletedAt: null, spaces: [],
      sources: [{ id: 'src_f1', slug: 'import', name: 'Import' }, { id: 'src_f2', slug: 'web', name: 'Web' }, { id: 'src_f3', slug: 'ios-app', name: 'iOS App' }, { id: 'src_f4', slug: 'ios-app-legacy', name: 'iOS App (legacy)' }],
    },
    {
      id: 'ws_t1', slug: 'tacos-norte', name: 'Tacos Norte', contacts: ['luis@tacosnorte.example'], admins: [], deletedAt: null, spaces: [],
      sources: [{ id: 'src_t1', slug: 'android-app', name: 'Android App' }, { id: 'src_t2', slug: 'events', name: 'Events' }],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-07-07T09:00:00Z');
const parse = (text: string, from: string, opts: { subject?: string; dateHeader?: string; html?: string } = {}): ParseResult => {
  const dateHeader = opts.dateHeader ?? 'Mon, 14 Jun 2027 10:00:00 +0000';
  const message = textMessage(text, { from, date: new Date(dateHeader), dateHeader, subject: opts.subject ?? 'hi' }, opts.html ? { html: opts.html, contentType: 'text/html' } : {});
  return contractView(parseRequest(message, catalog, { now: NOW }));
};
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('an incident told with an indefinite article', () => {
  it('does not delete the Import source when the mail only tells of "a failed import"', () => {
    const r = parse('we ran a failed import on june 8 and 9, pls remove the broken data in feldpost', 'ops@feldpost.example');
    expect(r.sources).toEqual([]);
    expect(r.missing).toContain('source');
    expect(asks(r)).toBe(true);
    // The asking words that name the source still name it.
    const named = parse('please delete the Import source data in feldpost for 8 June 2027', 'ops@feldpost.example');
    expect(named.sources).toEqual(['import']);
    expect(asks(named)).toBe(false);
  });

  it('reads German "einen kaputten Import" as the incident, also when the subject repeats it', () => {
    const r = parse('wir hatten einen kaputten Import am 8. und 9. Juni, bitte die Daten in Feldpost löschen', 'ops@feldpost.example', { subject: 'kaputter Import' });
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});

describe('an HTML table with several label cells', () => {
  const table = (from: string, to: string): string =>
    `<p>please delete:</p><table><tr><th>workspace</th><th>source</th><th>${from}</th><th>${to}</th></tr><tr><td>Feldpost</td><td>Web</td><td>2027-06-01</td><td>2027-06-04</td></tr></table>`;

  it('reads the two days as first and last day under a from/to header', () => {
    const r = parse('', 'ops@feldpost.example', { html: table('von', 'bis') });
    expect(r.ranges).toEqual([{ from: '2027-06-01', to: '2027-06-04' }]);
    expect(r.ambiguities).toEqual([]);
    // Without a from/to header, which days are meant is asked.
    expect(parse('', 'ops@feldpost.example', { html: table('day a', 'day b') }).ambiguities.length).toBeGreaterThan(0);
  });
});

describe('relative days typed on phones', () => {
  it('reads Mexican "antier" as the day before yesterday of the sender', () => {
    const r = parse('tacos norte android app, borrar antier pls', 'luis@tacosnorte.example', { dateHeader: 'Thu, 10 Jun 2027 22:00:00 -0500' });
    expect(r.ranges).toEqual([{ from: '2027-06-08', to: '2027-06-08' }]);
  });

  it('reads "day before yesterday" without its article as that one day', () => {
    const r = parse('tacos norte android app, pls delete day before yesterday', 'luis@tacosnorte.example', { dateHeader: 'Thu, 10 Jun 2027 10:00:00 +0000' });
    expect(r.ranges).toEqual([{ from: '2027-06-08', to: '2027-06-08' }]);
  });
});

describe('phone shorthand', () => {
  it('reads "ystrdy" as yesterday', () => {
    const r = parse('pls delete ystrdy web data feldpost', 'ops@feldpost.example', { dateHeader: 'Thu, 10 Jun 2027 09:00:00 -0600' });
    expect(r.ranges).toEqual([{ from: '2027-06-09', to: '2027-06-09' }]);
  });

  it('reads a verbless note with folded hands or "svp" as a request for those days', () => {
    const hands = parse('feldpost web source 📅 june 3–5 🙏', 'ops@feldpost.example');
    expect(hands.kind).toBe('source_data');
    expect(hands.sources).toEqual(['web']);
    expect(hands.ranges).toEqual([{ from: '2027-06-03', to: '2027-06-05' }]);
    expect(parse('Feldpost Web, 4 juin svp', 'ops@feldpost.example').kind).toBe('source_data');
  });
});

describe('short Spanish status questions', () => {
  it('reads "¿ya quedó …?" as a status question', () => {
    expect(parse('¿ya quedó lo de DEL-77?', 'luis@tacosnorte.example').kind).toBe('status');
  });

  it('reads "y mi solicitud?" as a status question that names no request', () => {
    const r = parse('y mi solicitud? sigo esperando', 'luis@tacosnorte.example');
    expect(r.kind).toBe('status');
    expect(asks(r)).toBe(true);
  });
});

describe('words beside a source name', () => {
  it('does not take an ordinal day after a source for another source', () => {
    const r = parse('feldpost, web source, 2nd june pls delete', 'ops@feldpost.example');
    expect(r.sources).toEqual(['web']);
    expect(r.ranges).toEqual([{ from: '2027-06-02', to: '2027-06-02' }]);
    expect(asks(r)).toBe(false);
  });

  it('takes "the new one, not legacy" as the source named, not its legacy twin', () => {
    const r = parse('Feldpost iOS App (the new one, not legacy) 3 june delete pls', 'ops@feldpost.example');
    expect(r.sources).toEqual(['ios-app']);
    expect(asks(r)).toBe(false);
  });
});
