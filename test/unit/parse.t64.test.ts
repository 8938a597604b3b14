/**
 * Mail from a second customer base: a described feed beside a named source, Czech words for "everything
 * still in the archive" of a workspace closed long ago, a forward said in Japanese, Korean or Chinese to be
 * no request yet, and a workspace's full name with a hyphenated part; with the controls a review kept
 * (a closing and a name on one line, "is this legit?", "zrušte", the data warehouse). What staff would see:
 * the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const KT = 'it@kessler.example';
const kessler = ws('kt-handel', 'Kessler & Töchter Handel', [['kt-orders', 'Bestellungen'], ['kt-shop', 'Webshop']], [], [KT]);
const transit = ws('stm', 'Société des Transports Mosellans', [['billetterie', 'Billetterie'], ['appli-tram', 'Appli Tram']], [], ['si@stm.example']);
const vento = ws('ventorasol', 'Casas Vento-Ra-Sol', [['vv-pos', 'Caixas'], ['vv-web', 'Loja Web']], [], ['dados@vento.example']);
const radio = { ...ws('radio-jih', 'Rádio Brno Jih', [['rj-stream', 'Stream']], [], ['technika@radiojih.example']), deletedAt: '2018-05-01' };
const catalog = indexCatalog({ workspaces: [kessler, transit, vento, radio] } satisfies Catalog);

const NOW = new Date('2027-08-11T15:00:00Z');
const parse = (text: string, from = KT, subject = 'Löschung', date = new Date('2027-08-10T08:00:00Z')): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date, subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => (x.from === x.to ? x.from : `${x.from}..${x.to}`));

describe('a closing and the name on one line', () => {
  it('still reads the workspace the request names in its own words (control)', () => {
    const r = parse('please delete the Webshop source of Kessler & Töchter Handel for 2027-08-02.\n\nThanks, Jana');
    expect([r.workspace, r.sources, days(r), asks(r)]).toEqual(['kt-handel', ['kt-shop'], ['2027-08-02'], false]);
  });

  it('still reads a sentence that starts with thanks as the request (control)', () => {
    const r = parse('Hi,\nThanks, please delete the Webshop source of kt-handel for 2027-08-02.');
    expect([r.workspace, r.sources, days(r)]).toEqual(['kt-handel', ['kt-shop'], ['2027-08-02']]);
  });
});

describe('a feed described beside a named source', () => {
  it('asks about "le flux temps réel tram" listed with the Billetterie', () => {
    const r = parse('Bonjour, supprimez la Billetterie et le flux temps réel tram de stm du 2 août 2027.', 'si@stm.example');
    expect([r.workspace, r.sources, asks(r)]).toEqual(['stm', ['billetterie'], true]);
  });

  it('still takes two named sources without asking (control)', () => {
    const r = parse('Bonjour, supprimez la Billetterie et l\'Appli Tram de stm du 2 août 2027.', 'si@stm.example');
    expect([r.sources, days(r), asks(r)]).toEqual([['appli-tram', 'billetterie'], ['2027-08-02'], false]);
  });
});

describe('Czech words for a workspace closed long ago', () => {
  it('reads "smazat vše z archivu" of the old workspace as an archive purge', () => {
    const r = parse('Ano, jde o starý workspace radio-jih, smazat vše z archivu.', 'technika@radiojih.example', 'Re: dotaz');
    expect([r.kind, r.workspace]).toEqual(['archive_purge', 'radio-jih']);
  });

  it('still reads "zrušte" as a cancel (control)', () => {
    const r = parse('Prosím zrušte DEL-2211, data ještě potřebujeme.', 'technika@radiojih.example', 'DEL-2211');
    expect([r.kind, r.ticket]).toEqual(['cancel', 'DEL-2211']);
  });
});

const forward = (note: string, request: string): string =>
  `${note}\n\n---------- Forwarded message ---------\nFrom: Tomás Reyes <t.reyes@kessler.example>\nDate: Mon, Aug 9, 2027 at 5:10 PM\nSubject: Bestellungen\n\n${request}`;

describe('what the forwarder says of the forwarded request', () => {
  const request = 'Can we get the Bestellungen data in kt-handel deleted for Aug 6, 2027? The import ran twice.';

  it('still treats "is this legit?" as a question, not a request (control)', () => {
    const r = parse(forward('Is this legit? I do not know this person.', request), KT, 'Fwd: Bestellungen');
    expect(r.kind).toBe('unknown');
  });

  it('still asks about deleting from the data warehouse (control)', () => {
    const r = parse('Please delete the Bestellungen source of kt-handel for 2027-08-06 from our data warehouse.');
    expect(asks(r)).toBe(true);
  });

  // Only the forwarded words name a source (no workspace): nothing to ask, the desk does not answer it.
  const vague = 'We might have to delete the Bestellungen days from Aug 1 to Aug 6, 2027.';

  it('reads a Japanese note saying it is no deletion request as no request', () => {
    const r = parse(forward('ご参考までに転送します。削除依頼ではありません。', vague), KT, 'Fwd: Bestellungen');
    expect(r.kind).toBe('unknown');
  });

  it('reads a Korean note saying it is not yet a deletion request as no request', () => {
    const r = parse(forward('FYI — 참고용입니다. 아직 삭제 요청은 아닙니다.', vague), KT, 'Fwd: Bestellungen');
    expect(r.kind).toBe('unknown');
  });

  it('still asks, never deletes, when such a note forwards a request naming everything (control)', () => {
    const r = parse(forward('ご参考までに転送します。削除依頼ではありません。', request), KT, 'Fwd: Bestellungen');
    expect(r.kind === 'unknown' || asks(r)).toBe(true);
  });
});

describe('a workspace written by its full name', () => {
  it('does not take the hyphenated part of "Casas Vento-Ra-Sol" for a near miss', () => {
    const r = parse('We ask for the complete deletion of all data of the workspace ventorasol (Casas Vento-Ra-Sol). Nothing needs to be kept.', 'dados@vento.example', 'Contract ended');
    expect([r.kind, r.workspace, asks(r)]).toEqual(['workspace_purge', 'ventorasol', false]);
  });

  it('still asks about a hyphenated name one letter off (control)', () => {
    const r = parse('Please delete the Loja Web source of Vento-Ra-Soll for 2027-08-02.', 'dados@vento.example');
    expect(asks(r)).toBe(true);
  });
});
