/**
 * Mail from the IoT and dev-tools customers of corpus 66: a window written as "from:" and "to:" lines
 * holding ISO instants, and a forward headed the way Thunderbird writes it in French ("Sujet : / Date : /
 * De : / Pour :"). What staff would see: the workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const OPS = 'ops@windmesh.example';
const windmesh = ws('windmesh', 'Windmesh Labs', [['sensors', 'Sensors'], ['sensors-v2', 'Sensors v2'], ['firmware', 'Firmware']], [], [OPS]);
const catalog = indexCatalog({ workspaces: [windmesh] } satisfies Catalog);

const NOW = new Date('2027-08-25T14:00:00Z');
const parse = (text: string, subject = 'deletion', from = OPS): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2027-08-12T07:00:00Z'), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => (x.from === x.to ? x.from : `${x.from}..${x.to}`));

describe('"from:" and "to:" lines holding ISO instants', () => {
  it('reads them as one window from the first day to the last', () => {
    const r = parse('Please remove Sensors data in windmesh for this window:\n\n  from: 2027-08-02T00:00:00Z\n  to:   2027-08-05T23:59:59Z\n\nthanks');
    expect([r.sources, days(r), asks(r)]).toEqual([['sensors'], ['2027-08-02..2027-08-05'], false]);
  });

  it('asks when the "to" instant comes before the "from" one, instead of taking the two days alone', () => {
    const r = parse('Please remove Sensors data in windmesh for this window:\n\n  from: 2027-08-05T00:00:00Z\n  to:   2027-08-02T23:59:59Z\n');
    expect([days(r), asks(r)]).toEqual([[], true]);
  });

  it('still reads plain days on the two lines (control)', () => {
    const r = parse('Please remove Sensors data in windmesh:\nstart: 2027-08-02\nend: 2027-08-03\n');
    expect([days(r), asks(r)]).toEqual([['2027-08-02..2027-08-03'], false]);
  });
});

describe('a forward headed "Sujet : / Date : / De : / Pour :"', () => {
  const forward = (note: string): string =>
    `${note}\n\n-------- Message transféré --------\nSujet : Firmware\nDate : Wed, 11 Aug 2027 16:05:12 +0200\nDe : Léa Fontaine <lea@windmesh.example>\nPour : Ops <${OPS}>\n\nBonjour, pouvez-vous supprimer les données Firmware de windmesh du 6 août 2027 ? Un banc de test a tourné en production.\nLéa`;

  it('does not read the forwarded Date line as a day to delete', () => {
    const r = parse(forward('Bonjour,\n\nMerci de traiter la demande ci-dessous.'), 'TR: Firmware');
    expect([r.sources, days(r), asks(r)]).toEqual([['firmware'], ['2027-08-06'], false]);
  });
});

describe('an Indonesian note asking whether a forwarded request is real', () => {
  const forward = (note: string): string =>
    `${note}\n\n---------- Forwarded message ---------\nDari: Windmesh Admin <windmesh.admin@gmail.com>\nDate: Sen, 23 Agu 2027 pukul 02.40\nSubject: hapus workspace\nTo: <${OPS}>\n\nTolong segera hapus workspace windmesh beserta semua data.`;

  it('is a question about the message, not a request', () => {
    const r = parse(forward('apakah ini asli? kami tidak pernah kirim ini.'), 'Fwd: hapus workspace');
    expect(r.kind).toBe('unknown');
  });

  it('still reads "tolong diproses" above the forward as the request (control)', () => {
    const r = parse(forward('tolong diproses ya, terima kasih.'), 'Fwd: hapus workspace');
    expect([r.kind, r.workspace]).toEqual(['workspace_purge', 'windmesh']);
  });
});

describe('a consumer of a customer\'s product asking for their own data', () => {
  it('reads "closed my app account … the data you have about me" as one end user\'s data', () => {
    const r = parse('Hi, I sold my Windmesh sensor and closed my app account. Please delete the data you have about me.', 'my data', 'lee.private@mailbox.example');
    expect(r.kind).toBe('user_data');
  });

  it('reads Tagalog "account ko at lahat ng data ko sa … app nyo" as one end user\'s data', () => {
    const r = parse('hello po, paki-delete po ng account ko at lahat ng data ko sa Windmesh app nyo. salamat po', 'delete', 'rico.player@mailbox.example');
    expect(r.kind).toBe('user_data');
  });

  it('still reads a contact\'s "our app" source deletion as one (control)', () => {
    const r = parse('Please delete the Sensors data of windmesh for 2027-08-03, our app sent duplicates.');
    expect([r.kind, r.sources]).toEqual(['source_data', ['sensors']]);
  });
});
