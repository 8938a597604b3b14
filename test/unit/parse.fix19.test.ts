/**
 * What a review of round nineteen's tuning found read worse, in our own mail: each rule was taken back or
 * narrowed, and the desk reads these as before — a cancel in Czech is a cancel, lines after "Thanks, Ana"
 * are still the request, a forwarder's doubt is not vouching, a warehouse's staff tables are a warehouse,
 * a time window written "8-9.05" is no range of May days, and a source glossed with its slug in a question
 * is not deleted.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ANA = 'ana@brno.example';
const catalog = indexCatalog({
  workspaces: [
    ws('brno-shop', 'Brno Shop', [['eshop', 'Eshop'], ['sklad', 'Sklad'], ['web', 'Web'], ['api-v1', 'API v1']], [], [ANA]),
    ws('mueller-soehne', 'Müller & Söhne Versand', [['webshop', 'Webshop']], [], ['k.mueller@ms.example']),
  ],
});
const NOW = new Date('2026-12-07T18:00:00Z');
const parse = (text: string, subject = 'Data deletion', from = ANA): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2026-12-07T09:00:00Z'), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => (x.from === x.to ? x.from : `${x.from}..${x.to}`));

describe('Czech "zrušen" withdraws a request', () => {
  it.each([
    'Dobrý den, žádost o smazání dat Eshop v brno-shop za 3. 12. 2026 je tímto zrušena. Nic nemažte.',
    'Dobrý den, požadavek na smazání Eshop v brno-shop za 3. 12. 2026 byl zrušen.',
  ])('reads "%s" as a cancel, not a deletion', (text) => {
    expect(parse(text, 'Re: DEL-4411').kind).toBe('cancel');
  });
});

describe('lines after a closing with a name on one line', () => {
  it('keep the day the sender takes back', () => {
    const r = parse('Please delete the Web data of brno-shop from 1 to 3 December 2026.\n\nThanks, Ana\n\nOne more thing: ne supprimez pas — sorry, keep 3 December.');
    expect(days(r)).not.toEqual(['2026-12-01..2026-12-03']);
  });
  it('still hold a request the sender stops', () => {
    const r = parse('Please delete the Eshop data of brno-shop for 1 December 2026.\n\nCheers, Ana\n\nWait — do NOT run this yet, my manager has not signed off.');
    expect(asks(r) || r.kind !== 'source_data').toBe(true);
  });
});

describe('a forwarder who doubts the forwarded request', () => {
  const forward = (note: string): string =>
    `${note}\n\n---------- Forwarded message ---------\nFrom: Petr <petr@brno.example>\nDate: Sun, Dec 6, 2026 at 5:10 PM\nSubject: Eshop\n\nPlease delete the Eshop data in brno-shop for December 2, 2026.`;
  it.each(['Petr insists it is genuine but I have my doubts.', 'I could not verify that it is genuine.', 'No idea whether this is real.'])('"%s" is no go-ahead', (note) => {
    const r = parse(forward(note), 'Fwd: Eshop');
    expect(r.kind !== 'source_data' || asks(r)).toBe(true);
  });
});

describe('systems the desk never deletes from', () => {
  it('asks about "from our warehouse staff tables"', () => {
    expect(asks(parse('Please delete the Eshop data of brno-shop for 2 December 2026 from our warehouse staff tables.'))).toBe(true);
  });
});

describe('a time window written with a dot', () => {
  it('never deletes May days for "the outage lasted 8-9.05"', () => {
    const r = parse('The outage lasted 8-9.05 on 3 November 2026. Please delete the Web data of brno-shop for that day.');
    expect({ may: days(r).some((d) => d.startsWith('2026-05')), asks: asks(r) }).not.toEqual({ may: true, asks: false });
  });
});

describe('a source glossed with its slug outside the request', () => {
  it('is not deleted when the sender only asks about it', () => {
    const r = parse('Please delete API v1 (api-v1) in brno-shop for 2 November 2026. Do we need to do anything for Web (web)?');
    expect(r.sources).not.toContain('web');
  });
});

describe('Turkish "between" with "(dahil)", inclusive, before "arasındaki"', () => {
  const kargo = indexCatalog({ workspaces: [ws('dogu-kargo', 'Doğu Kargo', [['kurye-app', 'Kurye App'], ['web', 'Web']], [], ['emre@dogu.example'])] });
  const read = (text: string): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: 'emre@dogu.example', date: new Date('2027-07-20T09:00:00Z'), subject: 'Kurye App' }), kargo, { now: new Date('2027-08-11T10:00:00Z') }));
  it('reads every day from the first to the last', () => {
    const r = read('dogu-kargo çalışma alanında Kurye App kaynağının 21 Haziran 2027 ile 24 Haziran 2027 (dahil) arasındaki verilerinin silinmesini istiyoruz.');
    expect([days(r), asks(r)]).toEqual([['2027-06-21..2027-06-24'], false]);
  });
  it('control: two days joined by "ve" still ask whether the days between are meant', () => {
    const r = read('Kurye App (dogu-kargo): 21 Haziran 2027 ve 24 Haziran 2027 günlerinin verilerini silin.');
    expect(asks(r)).toBe(true);
  });
});
