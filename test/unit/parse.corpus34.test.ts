/**
 * Mail written on phones, in Turkish, Indonesian, Italian, Polish, Korean and Hindi-English: the app
 * footers under it, few-word status questions, one customer's personal data, relative days and hours
 * in these languages, names that nearly match, and a subject word that only starts a workspace's slug.
 * What staff would see: the kind, the workspace, the sources, the days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const src = (prefix: string, names: string[]): { id: string; slug: string; name: string }[] =>
  names.map((name, k) => ({ id: `src_${prefix}${k}`, slug: name.toLowerCase().replace(/\s+/g, '-'), name }));
const ws = (slug: string, name: string, contacts: string[], sources: string[], deletedAt: string | null = null) => ({
  id: `ws_${slug}`, slug, name, contacts, admins: [], deletedAt, sources: src(slug.slice(0, 3), sources), spaces: [{ id: `spa_${slug}`, name: 'Default Space' }],
});
const catalog = indexCatalog({
  workspaces: [
    ws('pazar-yeri', 'Pazar Yeri', ['ayse@pazaryeri.example'], ['Web', 'Android']),
    ws('toko-kain', 'Toko Kain', ['sari@tokokain.example'], ['Web', 'Toko Android']),
    ws('toko-kain-dev', 'Toko Kain Dev', ['sari@tokokain.example'], ['Web']),
    ws('gym-seoul', 'Gym Seoul', ['min@gymseoul.example'], ['App', 'Web']),
    ws('old-bistro', 'Bistro Lumière', ['marc@bistro.example'], ['Web'], '2021-05-01'),
    ws('stacja', 'Stacja', ['ola@stacja.example'], ['Sklep', 'Kasa']),
  ],
} satisfies Catalog);

const NOW = new Date('2027-01-15T08:00:00Z');
const parse = (text: string, from: string, dateHeader: string, subject = 'veri silme'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date(dateHeader), dateHeader, subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const day = (d: string) => [{ from: d, to: d }];

describe('phone footers in other languages are not read as the request', () => {
  it.each([
    ['Turkish Outlook', "Android için Outlook'u edinin"],
    ['Indonesian Outlook', 'Dapatkan Outlook untuk Android'],
    ['Italian Outlook', 'Scarica Outlook per Android'],
    ['Polish Outlook', 'Wysłane z aplikacji Outlook dla Androida'],
  ])('%s: the footer naming "Android" adds no source and asks nothing', (_, footer) => {
    const r = parse(`Pazar Yeri Web verilerini 31 Aralık 2026 ve 1 Ocak 2027 için silin.\n\n${footer}`, 'ayse@pazaryeri.example', 'Sat, 02 Jan 2027 10:00:00 +0300');
    expect(r.sources).toEqual(['web']);
    expect(r.ranges).toEqual([{ from: '2026-12-31', to: '2027-01-01' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('a few words under a ticket asking how it is going are a status question', () => {
  it.each([
    ['Indonesian', 'kapan selesai ya?\n\nDikirim dari iPhone saya'],
    ['Hindi-English', 'kya hua iska? 🤔\n\nSent from my iPhone'],
    ['Italian', 'a che punto siamo?'],
  ])('%s', (_, text) => {
    const r = parse(text, 'sari@tokokain.example', 'Wed, 16 Dec 2026 08:00:00 +0700', 'Re: [DEL-4701] Hapus data');
    expect(r.kind).toBe('status');
    expect(r.ticket).toBe('DEL-4701');
  });
});

describe("one customer's personal data under a local privacy law is the end-user flow", () => {
  it.each([
    ['Turkish KVKK, the customer before the law', "Bir müşterimiz KVKK 11. madde kapsamında verilerinin silinmesini istedi (e-posta: mehmet@example.com.tr). Pazar Yeri'deki tüm kayıtlarını silebilir misiniz?"],
    ['Indonesian UU PDP', 'Ada pelanggan minta data pribadinya dihapus semua (UU PDP), no HP 0812-0000-0000. Tolong hapus dari Toko Kain.'],
  ])('%s', (_, text) => {
    const r = parse(text, 'ayse@pazaryeri.example', 'Mon, 14 Dec 2026 10:00:00 +0300');
    expect(r.kind).toBe('user_data');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual([]);
  });
});

describe('relative days and hours in these languages count from the sender\'s own day', () => {
  it('Turkish "geçen cuma" on Monday 11 January is Friday 8 January', () => {
    const r = parse('Pazar Yeri Web verisi, geçen cuma gününün verilerini silin lütfen 🙏', 'ayse@pazaryeri.example', 'Mon, 11 Jan 2027 08:00:00 +0300');
    expect(r.ranges).toEqual(day('2027-01-08'));
    expect(asks(r)).toBe(false);
  });

  it('Indonesian "jumat lalu" is last Friday', () => {
    const r = parse('hapus data web toko kain jumat lalu ya', 'sari@tokokain.example', 'Tue, 01 Dec 2026 09:00:00 +0700');
    expect(r.workspace).toBe('toko-kain');
    expect(r.ranges).toEqual(day('2026-11-27'));
  });

  it('Indonesian "kemarin dan hari sebelumnya" is yesterday and the day before', () => {
    const r = parse('Tolong hapus data web di workspace Toko Kain kemarin dan hari sebelumnya.', 'sari@tokokain.example', 'Tue, 01 Dec 2026 09:00:00 +0700');
    expect(r.ranges).toEqual([{ from: '2026-11-29', to: '2026-11-30' }]);
  });

  it('Turkish "bu sabah 09:00-11:00" is today\'s hours: the whole day is proposed and asked about', () => {
    const r = parse('Pazar Yeri android, bu sabah 09:00-11:00 arası test verisi geldi, silebilir misiniz?', 'ayse@pazaryeri.example', 'Wed, 16 Dec 2026 15:00:00 +0300');
    expect(r.sources).toEqual(['android']);
    expect(r.ranges).toEqual(day('2026-12-16'));
    expect(r.ambiguities.join(' ')).toMatch(/whole UTC days/);
  });

  it('Korean evening hours joined by "~" are hours of one day, not an unsettled day', () => {
    const r = parse('Gym Seoul App 소스, 12월 9일 오후 8시~11시(KST) 데이터가 잘못 들어왔어요. 삭제 가능할까요? (2026년)', 'min@gymseoul.example', 'Thu, 10 Dec 2026 12:00:00 +0900');
    expect(r.ranges).toEqual(day('2026-12-09'));
    expect(r.ambiguities.join(' ')).toMatch(/whole UTC days/);
    expect(r.ambiguities.join(' ')).not.toMatch(/not settled/);
  });

  it('two next days joined by "~" are those two days, nothing to ask', () => {
    const r = parse('Please delete Web data in gym-seoul for 2026-11-20 ~ 2026-11-21. Thx 🙏', 'min@gymseoul.example', 'Mon, 23 Nov 2026 17:00:00 +0900');
    expect(r.ranges).toEqual([{ from: '2026-11-20', to: '2026-11-21' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('a workspace deleted by name in Indonesian or Turkish is a workspace purge', () => {
  it.each([
    ['Indonesian', 'Halo, tolong hapus workspace Toko Kain Dev beserta semua datanya. Sudah tidak dipakai.'],
    ['Turkish', "Toko Kain Dev workspace'ini tamamen silin lütfen"],
  ])('%s', (_, text) => {
    const r = parse(text, 'sari@tokokain.example', 'Tue, 05 Jan 2027 09:00:00 +0700');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('toko-kain-dev');
  });

  it('"hapus data web … tgl 3 jan" with days stays a source deletion', () => {
    const r = parse('tolong hapus data web di workspace Toko Kain Dev tgl 3 jan 2027', 'sari@tokokain.example', 'Tue, 05 Jan 2027 09:00:00 +0700');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['web']);
  });
});

describe('a name nearly matching is asked about, with the field not listed as missing', () => {
  it('"Toko Kain Staging" (only Dev exists) asks, and the workspace is not "missing"', () => {
    const r = parse('Please delete Web data in Toko Kain Staging for 18 Nov 2026', 'sari@tokokain.example', 'Thu, 19 Nov 2026 15:00:00 +0700');
    expect(r.workspace).toBeNull();
    expect(r.missing).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/Toko Kain Staging/);
  });

  it('"Toko Android 2" where the workspace has only Toko Android asks, never falls back to it', () => {
    const r = parse('delete the Toko Android 2 source in Toko Kain, Dec 1 2026 only', 'sari@tokokain.example', 'Thu, 03 Dec 2026 16:20:00 +0700');
    expect(r.workspace).toBe('toko-kain');
    expect(r.sources).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});

describe('the workspace is never taken from the sender', () => {
  it('"old archive" from the contact of old-bistro (Bistro Lumière) names no workspace: asked', () => {
    const r = parse('hi we deleted our workspace years ago, purge whatever you still keep in the archive for it pls\n\nSent from my iPhone', 'marc@bistro.example', 'Tue, 01 Dec 2026 19:30:00 +0100', 'old archive');
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBeNull();
    expect(r.missing).toEqual(['workspace']);
  });
});

describe('an account purge asked for in Turkish with "silmenizi istiyorum" ("I want you to delete")', () => {
  it('is an account purge, with the workspaces taken from the catalog', () => {
    const r = parse("Merhaba, hesabımı ve yöneticisi olduğum tüm workspace'leri tamamen silmenizi istiyorum.", 'ayse@pazaryeri.example', 'Sat, 02 Jan 2027 10:00:00 +0300', 'hesap silme');
    expect(r.kind).toBe('account_purge');
    expect(r.workspace).toBeNull();
  });
});
