/**
 * Requests that read complete but were not: a sentence that breaks off to correct its days or its
 * source ("3 to 5 Feb — sorry, only the 4th", "Android … actually, make that the iOS app"), day numbers
 * before "last month", a test workspace's days said with "only", and a forward that asks whether the
 * request below it is real. What staff would see: the kind, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][]): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts: ['ana@acme.example'],
  admins: ['ana@acme.example'],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
});
const catalog = indexCatalog({
  workspaces: [
    ws('acme', 'Acme', [['ios-app', 'iOS App'], ['android-prod', 'Android Prod'], ['web', 'Web']]),
    ws('acme-test', 'Acme Test', [['ios-app', 'iOS App'], ['web', 'Web']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-20T10:00:00Z');
const SENT = new Date('2027-03-20T09:00:00Z');
const parse = (text: string, subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ana@acme.example', date: SENT, subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a sentence that breaks off to correct its days', () => {
  it('asks which days, in every language, as it does for the same correction in a sentence of its own', () => {
    for (const text of [
      'Please delete the iOS App data in acme for 3 to 5 Feb — sorry, only the 4th.',
      'Please delete the iOS App data in acme for 3 to 5 Feb. Sorry, only the 4th.',
      'Bitte löscht die iOS App Daten in acme vom 3.–5. Februar, äh, nur den 4.',
      'Удалите данные iOS App в acme с 3 по 5 февраля, точнее только 4-го.',
      'Merci de supprimer les données iOS App de acme du 3 au 5 février, pardon, seulement le 4.',
      'Por favor borren los datos de iOS App en acme del 3 al 5 de febrero, perdón, solo el 4.',
      'Por favor apaguem os dados do iOS App em acme de 3 a 5 de fevereiro, aliás, só o dia 4.',
      'Graag de iOS App data in acme van 3 t/m 5 februari verwijderen, sorry, alleen de 4e.',
      'acme の iOS App のデータを2月3日から5日まで削除してください、いや、4日だけです。',
      'Bitte löscht die Android Prod Daten in acme für Montag, 1. März 2027, äh, Dienstag.',
    ]) {
      const r = parse(text);
      expect(r.ranges, text).toEqual([]);
      expect(asks(r), text).toBe(true);
    }
  });
  it('still reads days whose sentence only apologises or thanks after them', () => {
    for (const text of ['Please delete the iOS App data in acme for 3 to 5 Feb, sorry for the short notice.', 'Please delete the iOS App data in acme for 3 to 5 Feb — thanks, Ana']) {
      const r = parse(text);
      expect(r.ranges, text).toEqual([{ from: '2027-02-03', to: '2027-02-05' }]);
      expect(asks(r), text).toBe(false);
    }
  });
});

describe('a mind changed about the source', () => {
  it('asks which source, never deleting both', () => {
    for (const text of [
      'Please delete the Android Prod data in acme for 2 March 2027 … actually, make that the iOS App.',
      'Delete Android Prod in acme for 2 March 2027 — no wait, Web.',
      'Graag de Android Prod data in acme van 2 maart 2027 verwijderen, nee wacht, het moet iOS App zijn.',
      'Удалите данные Android Prod в acme за 2 марта 2027, точнее iOS App.',
      'Bitte die Daten von Android Prod in acme für den 2. März 2027 löschen, äh, ich meine iOS App.',
      'Merci de supprimer les données Android Prod de acme du 2 mars 2027, pardon, plutôt iOS App.',
      'Por favor apaguem os dados do Android Prod em acme de 2 de março de 2027, aliás, do iOS App.',
      'acme の Android Prod のデータ（2027年3月2日）を削除してください。いや、iOS App でした。',
      '请删除 acme 中 Android Prod 2027年3月2日的数据，不对，是 iOS App。',
    ]) {
      expect(asks(parse(text)), text).toBe(true);
    }
  });
  it('reads "not X but Y" as Y alone, in Russian and Spanish as in the other languages', () => {
    for (const text of [
      'Удалите данные в acme за 2 марта 2027, не Android Prod, а iOS App.',
      'Por favor borren los datos en acme del 2 de marzo de 2027, no Android Prod sino iOS App.',
      'Please delete the data in acme for 2 March 2027, not Android Prod but iOS App.',
    ]) {
      const r = parse(text);
      expect(r.sources, text).toEqual(['ios-app']);
      expect(asks(r), text).toBe(false);
    }
  });
});

describe('day numbers before "last month"', () => {
  it('asks instead of deleting the whole month, also when the range ends before it starts', () => {
    for (const text of ['Please delete the Web data in acme from 12 to 15 last month.', 'Please delete the Web data in acme from 12 to 9 last month.']) {
      const r = parse(text);
      expect(r.ranges, text).toEqual([]);
      expect(asks(r), text).toBe(true);
    }
  });
  it('asks about a range written end first without a year, never one day or a moved range', () => {
    for (const text of ['Please delete the Web data in acme from the 12th to the 9th of March.', 'Por favor borren los datos de Web en acme del 12 al 9 de marzo.', 'Bitte löscht die Web-Daten in acme vom 12.–9. März.']) {
      const r = parse(text);
      expect(r.ranges, text).toEqual([]);
      expect(asks(r), text).toBe(true);
    }
  });
});

describe("a test workspace's days", () => {
  it('is a source deletion that asks which source, never a purge, when the days are said with "only"', () => {
    for (const text of [
      'Please purge our test workspace Acme Test, only 3-5 March.',
      'Bitte den Test-Workspace acme-test löschen, nur 3.–5. März.',
      'Please delete the test workspace acme-test. Only 3-5 March.',
      'Удалите, пожалуйста, данные тестового воркспейса acme-test за 3–5 марта.',
    ]) {
      const r = parse(text);
      expect(r.kind, text).toBe('source_data');
      expect(r.ranges, text).toEqual([{ from: '2027-03-03', to: '2027-03-05' }]);
      expect(asks(r), text).toBe(true);
    }
  });
});

describe('a forward that asks whether the request is real', () => {
  const forwarded = 'Please delete our workspace acme-test completely.';
  const forward = (note: string): string =>
    `${note}\n\n---------- Forwarded message ---------\nFrom: Max <max@acme.example>\nDate: Mon, Mar 15, 2027 at 9:00 AM\nSubject: Workspace deletion\nTo: ana@acme.example\n\n${forwarded}\n`;
  it('is no purge, in the languages customers write', () => {
    for (const note of [
      'Did this really come from our side? Please verify.',
      'Hallo, ist diese Anfrage wirklich von uns? Bitte prüfen.',
      'Коллеги, этот запрос действительно от нас? Проверьте, пожалуйста.',
      'Hoi, klopt dit verzoek wel?',
      'Bonjour, est-ce que c’est une vraie demande ?',
      'Hola, ¿esta solicitud es auténtica?',
      'Dzień dobry, czy ta prośba jest prawdziwa?',
      'これは本物ですか？',
      'この依頼は正当なものでしょうか？確認をお願いします。',
      '这个请求是真的吗？',
      '请确认这封邮件是否真实。',
    ]) {
      const r = parse(forward(note), 'Fwd: Workspace deletion');
      expect(r.kind === 'workspace_purge' && !asks(r), note).toBe(false);
      expect(r.kind, note).toBe('unknown');
    }
  });
  it('still makes the forward a request when the note asks to act on it', () => {
    const r = parse(forward('We really need this from you by Friday, please handle.'), 'Fwd: Workspace deletion');
    expect(r.kind).toBe('workspace_purge');
  });
});
