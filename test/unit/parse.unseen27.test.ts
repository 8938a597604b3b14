/**
 * What corpora 27 and 28 showed, in my own words: customers who dictate on phones ("from november third
 * to the fifth"), who are not sure ("la semana pasada o la antepasada, no sé") or hold a request back
 * in the same mail ("actually wait, hold off"); and customers who write in Chinese, Russian, Hebrew,
 * Arabic, Persian, Thai or Vietnamese, where a workspace's name follows the verb with no space between
 * ("請刪除港訊電訊…"), a source is kept with "не трогать" or "（不是 …）", and an end user's erasure, an
 * account's deletion or a status question is written in words the parser did not know.
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
      id: 'ws_t1', slug: 'taqueria-sol', name: 'Taqueria Sol', contacts: ['dueno@taqueriasol.example'], admins: ['dueno@taqueriasol.example'], deletedAt: null,
      sources: [{ id: 'src_t1', slug: 'app-android', name: 'App Android' }, { id: 'src_t2', slug: 'pos', name: 'POS Tablets' }],
      spaces: [{ id: 'spa_t1', name: 'Clientes' }],
    },
    {
      id: 'ws_h1', slug: 'gangxun', name: '港訊電訊', contacts: ['noc@gangxun.example'], admins: ['noc@gangxun.example'], deletedAt: null,
      sources: [{ id: 'src_h1', slug: 'customer-app', name: '客戶 App' }, { id: 'src_h2', slug: 'customer-app-2', name: '客戶 App 2' }],
      spaces: [],
    },
    {
      id: 'ws_h2', slug: 'gangxun-travel', name: '港訊旅遊', contacts: ['noc@gangxun.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_h3', slug: 'booking', name: '訂房 H5' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-20T12:00:00Z');
const parse = (text: string, from = 'dueno@taqueriasol.example', sent = '2026-12-14T15:00:00Z'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date(sent), subject: 'borrar datos' }), catalog, { now: NOW }));

describe('dictated dates', () => {
  it('"from november third to the fifth" is the 3rd to the 5th, not the 3rd alone', () => {
    const r = parse('hola please delete the app android data from november third to the fifth in taqueria sol workspace thank you');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'taqueria-sol', sources: ['app-android'], ranges: [{ from: '2026-11-03', to: '2026-11-05' }], ambiguities: [] });
  });
});

describe('a writer who is not sure, or holds the request back', () => {
  it('"la semana pasada o la antepasada, no se" asks', () => {
    const r = parse('borren los datos malos de POS Tablets de Taqueria Sol, creo que fue la semana pasada o la antepasada, no se');
    expect(r.ambiguities.join(' ')).toMatch(/not settled/);
  });
  it('"no se puede …" is no doubt', () => {
    expect(parse('no se puede usar la app, borren los datos de POS Tablets de Taqueria Sol del 3 de diciembre 2026').ambiguities).toEqual([]);
  });
  it('"actually wait, hold off, let me confirm with the board first" asks', () => {
    const r = parse('please delete the Clientes space in taqueria sol. actually wait, hold off, let me confirm with the board first.');
    expect(r.ambiguities.join(' ')).toMatch(/"hold off": the request is not settled/);
  });
});

describe('names written straight after the verb in Chinese', () => {
  it('"請刪除港訊電訊 客戶 App …" names the workspace and its source', () => {
    const r = parse('你好，\n\n請刪除港訊電訊 客戶 App 2026年11月25日至26日 的資料。', 'noc@gangxun.example');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'gangxun', sources: ['customer-app'], ranges: [{ from: '2026-11-25', to: '2026-11-26' }], ambiguities: [] });
  });
  it('a run that holds only part of a name names nothing: "港訊" alone fits two workspaces and is asked about', () => {
    const r = parse('請刪除港訊的客戶 App 2026年11月25日的資料。', 'noc@gangxun.example');
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.length).toBeGreaterThan(0);
  });
});

describe('a source kept, in words that follow it or need no space', () => {
  it('"（不是 客戶 App 2）" and "（客戶 App 不用删）" keep that source out', () => {
    expect(parse('麻煩刪除港訊電訊 workspace 中 客戶 App（不是 客戶 App 2）2026年11月20日至22日的資料。', 'noc@gangxun.example').sources).toEqual(['customer-app']);
    expect(parse('请删除 gangxun 的"客戶 App 2"在2026年12月2日的数据（客戶 App 不用删）。', 'noc@gangxun.example').sources).toEqual(['customer-app-2']);
  });
  it('"Источник «App Android» не трогать" keeps it out', () => {
    const r = parse('Просим удалить данные источника POS Tablets в Taqueria Sol с 3 по 5 ноября 2026 г. Источник «App Android» не трогать.');
    expect(r).toMatchObject({ sources: ['pos'], ranges: [{ from: '2026-11-03', to: '2026-11-05' }], ambiguities: [] });
  });
});

describe('mail the receiving server flagged as spam', () => {
  it('asks, however complete its scope', () => {
    const message = textMessage('Delete the workspace taqueria-sol and all data immediately. This is authorised by management.', { from: 'security@taqueria-verify.example', date: new Date('2026-12-12T02:00:00Z'), subject: 'URGENT' });
    const flagged = { ...message, headers: { ...message.headers, 'x-spam-flag': 'YES' } };
    expect(contractView(parseRequest(message, catalog, { now: NOW })).ambiguities).toEqual([]);
    expect(contractView(parseRequest(flagged, catalog, { now: NOW })).ambiguities.join(' ')).toMatch(/flagged this message as spam/);
  });
});

describe("one end user's data, in more languages", () => {
  it.each([
    ['Russian, citing 152-FZ', 'В соответствии со ст. 14 152-ФЗ просим удалить все данные конечного пользователя с адресом petrova@mail.example в рабочем пространстве taqueria-sol.'],
    ['Russian, a client asking', 'Клиент просит удалить все его персональные данные, телефон +7 701 555 0101. Workspace taqueria-sol.'],
    ['Vietnamese', 'Một khách hàng yêu cầu xóa toàn bộ dữ liệu cá nhân của họ (email: khach@mail.example) trong workspace taqueria-sol.'],
    ['Thai', 'ลูกค้ารายหนึ่งขอให้ลบข้อมูลส่วนตัวทั้งหมด อีเมล somsri@mail.example ค่ะ taqueria-sol'],
  ])('%s is user_data, never a purge', (_language, text) => {
    expect(parse(text).kind).toBe('user_data');
  });
  it('a space whose Chinese name holds the word for "member" is no member: "Unify 空间“会员画像”" is a space deletion', () => {
    const spaced = indexCatalog({ workspaces: [{ id: 'ws_c', slug: 'huashang', name: '华商商城', contacts: ['li@huashang.example'], admins: [], deletedAt: null, sources: [], spaces: [{ id: 'spa_c', name: '会员画像' }] }] });
    const r = contractView(parseRequest(textMessage('你好，请删除华商商城的 Unify 空间"会员画像"，该空间已不再使用。', { from: 'li@huashang.example', date: new Date('2026-12-17T09:00:00Z') }), spaced, { now: NOW }));
    expect(r).toMatchObject({ kind: 'unify_space', workspace: 'huashang', space: '会员画像' });
  });
});

describe('years of other eras, before any date is read', () => {
  it.each([
    ['民國114年11月20日至22日', { from: '2025-11-20', to: '2025-11-22' }],
    ['令和7年11月20日', { from: '2025-11-20', to: '2025-11-20' }],
  ])('"%s" is a day of that era\'s year, not of the year the mail was sent', (written, range) => {
    expect(parse(`請刪除港訊電訊 客戶 App ${written}的資料。`, 'noc@gangxun.example', '2026-12-07T01:00:00Z').ranges).toEqual([range]);
  });
});

describe('kinds written in Russian, Serbian, Chinese, Thai and Hebrew', () => {
  const admin = 'dueno@taqueriasol.example';
  it.each([
    ['Russian', 'Мы закрываем компанию. Удалите, пожалуйста, мой аккаунт полностью, вместе со всеми рабочими пространствами.'],
    ['Serbian', 'Molim vas da obrišete moj nalog i sve radne prostore kojima upravljam.'],
    ['Chinese', '公司結束營業，請刪除我們的帳號以及我管理的所有工作區和資料。'],
    ['Thai', 'ช่วยลบบัญชีของผมทั้งหมดด้วยครับ'],
  ])('%s: deleting one\'s account is an account purge', (_language, text) => {
    expect(parse(text, admin).kind).toBe('account_purge');
  });
  it('Russian: "полностью удалить рабочее пространство … и все его данные" is a workspace purge', () => {
    expect(parse('Просим полностью удалить рабочее пространство Taqueria Sol (taqueria-sol) и все его данные.')).toMatchObject({ kind: 'workspace_purge', workspace: 'taqueria-sol', ambiguities: [] });
  });
  it.each([['Chinese', '请问现在处理到哪一步了？什么时候能删完？'], ['Russian', 'Ну что, готово?']])('%s status question under a ticket', (_language, text) => {
    const r = contractView(parseRequest(textMessage(text, { from: admin, date: new Date('2026-12-19T12:00:00Z'), subject: 'Re: [DEL-2301] 进度' }), catalog, { now: NOW }));
    expect(r).toMatchObject({ kind: 'status', ticket: 'DEL-2301' });
  });
  it('Hebrew: what is still kept in the archive of a deleted workspace is its archive purge', () => {
    const deleted = indexCatalog({ workspaces: [{ id: 'ws_il', slug: 'shop-il', name: 'חנות ישראל', contacts: ['noa@shop.example'], admins: [], deletedAt: '2021-03-01', sources: [], spaces: [] }] });
    const text = 'אבקש לבצע מחיקה מלאה של כל הנתונים הנשמרים עדיין בארכיון עבור סביבת העבודה shop-il, שנמחקה בשנת 2021.';
    expect(contractView(parseRequest(textMessage(text, { from: 'noa@shop.example', date: new Date('2026-12-02T07:00:00Z') }), deleted, { now: NOW })).kind).toBe('archive_purge');
  });
  it('"beograd-telekom.rs": a slug with a country\'s domain after it is another name, asked about', () => {
    const r = parse('Obrišite radni prostor taqueria-sol.rs i sve podatke.', admin);
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toMatch(/"taqueria-sol\.rs" is not a known workspace/);
  });
});

describe('short month names and a dot before the year', () => {
  it.each([
    ['14 y 15 dic 2025', [{ from: '2025-12-14', to: '2025-12-15' }]],
    ['el 14 dic. 2025', [{ from: '2025-12-14', to: '2025-12-14' }]],
    ['vom 3. bis 5. Dez. 2024', [{ from: '2024-12-03', to: '2024-12-05' }]],
    ['the night of Nov 30/Dec 1 2026 (both UTC days)', [{ from: '2026-11-30', to: '2026-12-01' }]],
  ])('"%s" is read with its own year', (written, ranges) => {
    expect(parse(`borren los datos de POS Tablets de Taqueria Sol ${written}`, undefined, '2026-12-16T15:00:00Z').ranges).toEqual(ranges);
  });
  it('"am 3. Okt. 2024" in German is 2024', () => {
    expect(parse('Bitte die Daten von POS Tablets in Taqueria Sol am 3. Okt. 2024 löschen.', undefined, '2026-12-16T15:00:00Z').ranges).toEqual([{ from: '2024-10-03', to: '2024-10-03' }]);
  });
});

describe('Russian quoting and clocks', () => {
  it('"11.12.2026 18:00, Data Deletions пишет:" starts the quoted mail: its days are no scope', () => {
    const r = parse('Подтверждаю, но добавьте еще 10 декабря 2026.\n\n11.12.2026 18:00, Data Deletions пишет:\n> Please confirm: taqueria-sol, POS Tablets, Wed 9 Dec 2026 (1 day).');
    expect(r.ranges.some((x) => x.from === '2026-12-11' || x.from === '2026-12-09')).toBe(false);
  });
  it('hours "по Новосибирску" (UTC+7) fall on the UTC day before', () => {
    const r = parse('Удалите, пожалуйста, POS Tablets в Taqueria Sol 2 декабря 2026 с 03:00 до 04:00 по Новосибирску.', undefined, '2026-12-03T08:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-12-01', to: '2026-12-01' }]);
    expect(r.ambiguities.join(' ')).toMatch(/less than whole UTC days/);
  });
  it('a city that is also a workspace\'s name still tells the clock: "по времени Алматы"', () => {
    const almaty = indexCatalog({ workspaces: [{ id: 'ws_a', slug: 'almaty-cargo', name: 'Алматы Карго', contacts: ['a@almaty.example'], admins: [], deletedAt: null, sources: [{ id: 's_a', slug: 'android-app', name: 'Android App' }], spaces: [] }] });
    const message = textMessage('Удалите Android App в almaty-cargo за 15 декабря 2026 с 02:00 до 06:00 по времени Алматы.', { from: 'a@almaty.example', date: new Date('2026-12-16T05:00:00Z') });
    expect(contractView(parseRequest(message, almaty, { now: NOW })).ranges).toEqual([{ from: '2026-12-14', to: '2026-12-15' }]);
  });
  it('hours "по местному времени" (local time) are asked about, not read as UTC', () => {
    const r = parse('Удалите POS Tablets в Taqueria Sol за 15 декабря 2026 с 02:00 до 06:00 по местному времени.', undefined, '2026-12-16T05:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/time zone we cannot place/);
  });
});

describe('words that begin or end with a letter outside ASCII', () => {
  it('"¿Ya está?" under a ticket asks how far it is (\\b never matched after "á")', () => {
    const r = contractView(parseRequest(textMessage('¿Ya está?', { from: 'dueno@taqueriasol.example', date: new Date('2026-12-19T12:00:00Z'), subject: 'Re: [DEL-2301] Confirmado' }), catalog, { now: NOW }));
    expect(r.kind).toBe('status');
  });
  it('a Turkish KVKK erasure for one end user ("son kullanıcıya ait tüm verilerin") stays user_data', () => {
    expect(parse('6698 sayılı KVKK madde 7 kapsamında, Taqueria Sol çalışma alanında e-posta adresi ayse@example.com olan son kullanıcıya ait tüm verilerin silinmesini talep ediyoruz.').kind).toBe('user_data');
  });
});

describe('careless writers', () => {
  const sari = indexCatalog({ workspaces: [{ id: 'ws_s', slug: 'sari-sari-online', name: 'Sari-Sari Online', contacts: ['joy@sari.example'], admins: ['joy@sari.example'], deletedAt: null, sources: [{ id: 's_s', slug: 'shopee-sync', name: 'Shopee Sync' }, { id: 's_b', slug: 'booking-app', name: 'Booking App' }, { id: 's_b2', slug: 'booking-app-2', name: 'Booking App 2' }], spaces: [{ id: 'sp_l', name: 'Loyalty Space' }] }] });
  const read = (text: string): ParseResult => contractView(parseRequest(textMessage(text, { from: 'joy@sari.example', date: new Date('2026-12-05T18:30:00Z') }), sari, { now: NOW }));
  it('"Sari-Sari" is the short name of "Sari-Sari Online", not a near miss', () => {
    expect(read('pa delete po Shopee Sync sa Sari-Sari for Dec 2 2026 salamat')).toMatchObject({ workspace: 'sari-sari-online', sources: ['shopee-sync'], ambiguities: [] });
  });
  it('"ALL" in capitals for emphasis is no unknown name', () => {
    expect(read('Please delete our workspace Sari-Sari Online and ALL data in it, completely.')).toMatchObject({ kind: 'workspace_purge', ambiguities: [] });
  });
  it('"only Booking App 2" chooses a source, it keeps no part of one', () => {
    expect(read('sorry i mean only Booking App 2, 1 dec 2026, sari-sari online. not the first one')).toMatchObject({ sources: ['booking-app-2'], ambiguities: [] });
  });
  it('a month said in passing ("we are starting afresh in january") keeps a space deletion one', () => {
    expect(read('Pls delete the loyalty space in sari-sari online we are starting afresh in january')).toMatchObject({ kind: 'unify_space', space: 'Loyalty Space', ambiguities: [] });
  });
});

describe('status and a parent, in the words careless writers use', () => {
  const underTicket = (text: string): ParseResult => contractView(parseRequest(textMessage(text, { from: 'dueno@taqueriasol.example', date: new Date('2026-12-15T12:00:00Z'), subject: 'Re: [DEL-1311] POS Tablets deletion' }), catalog, { now: NOW }));
  it.each(['ano na po?? 4 days na, wala pa rin update. pls reply!!', 'Hi, can you confirm whether DEL-1311 has completed? Our auditors are asking.'])('"%s" asks how far the request is', (text) => {
    expect(underTicket(text).kind).toBe('status');
  });
  it("a parent asking for all data about their son, citing the GDPR, is one end user's request", () => {
    expect(parse('I want all data about my son Oisín deleted from the Taqueria Sol app. GDPR. Immediately.', 'declan@mail.example').kind).toBe('user_data');
  });
});

describe('dates of Vietnamese, Thai, Russian and Chinese mail', () => {
  it.each([
    ['ngày 01/12/2026', [{ from: '2026-12-01', to: '2026-12-01' }]],
    ['วันที่ 1 ธ.ค. พ.ศ. 2569', [{ from: '2026-12-01', to: '2026-12-01' }]],
    ['за ночь с 10 на 11 декабря 2026 (оба дня целиком)', [{ from: '2026-12-10', to: '2026-12-11' }]],
    ['\n时间：2026年11月28日至2026年11月30日（含）', [{ from: '2026-11-28', to: '2026-11-30' }]],
  ])('"%s" is read as written, with no question', (written, ranges) => {
    const r = parse(`Please delete POS Tablets of taqueria-sol ${written}`, undefined, '2026-12-19T09:00:00Z');
    expect(r.ranges).toEqual(ranges);
    expect(r.ambiguities).toEqual([]);
  });
  it('"01/12/2026" with no day-first word before it is still asked about', () => {
    expect(parse('Please delete POS Tablets of taqueria-sol for 01/12/2026', undefined, '2026-12-19T09:00:00Z').ambiguities.join(' ')).toMatch(/could be/);
  });
});

describe('part of a day, and phone Chinese', () => {
  it.each(['only the morning data of 30 November 2026', '2026년 11월 30일 오전 데이터만'])('"%s" proposes the whole day in a question', (written) => {
    const r = parse(`Please delete POS Tablets of taqueria-sol ${written}`, undefined, '2026-12-19T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-11-30', to: '2026-11-30' }]);
    expect(r.ambiguities.join(' ')).toMatch(/less than whole UTC days/);
  });
  it('"our test script ran against prod this morning" is a reason, not part of a day', () => {
    // Only today's unfinished day is asked about, not the morning as a part of it.
    expect(parse("Please delete today's data of POS Tablets in taqueria-sol, our test script ran against prod this morning.", undefined, '2026-12-19T09:00:00Z').ambiguities).toEqual([expect.stringContaining('not over then')]);
  });
  it('"删掉" (delete, as phones write it) asks to delete', () => {
    expect(parse('你好，麻烦把港訊電訊的客戶 App 在2026年12月8日的数据删掉，那天埋点出错了。', 'noc@gangxun.example', '2026-12-16T06:05:00Z').kind).toBe('source_data');
  });
});

describe('a data word before a common-word source', () => {
  const web = indexCatalog({ workspaces: [{ id: 'ws_v', slug: 'saigon-express', name: 'Sài Gòn Express', contacts: ['lan@sg.example'], admins: [], deletedAt: null, sources: [{ id: 's_w', slug: 'web', name: 'Web' }, { id: 's_d', slug: 'driver-app', name: 'Driver App' }], spaces: [] }] });
  it.each(['Xóa giúp em dữ liệu Web của saigon-express ngày 01/12/2026 ạ.', 'Удалите данные Web в saigon-express за 1 декабря 2026.', 'รบกวนลบข้อมูล Web ของ saigon-express วันที่ 1 ธ.ค. 2569'])('"%s" names the Web source', (text) => {
    const r = contractView(parseRequest(textMessage(text, { from: 'lan@sg.example', date: new Date('2026-12-03T03:00:00Z') }), web, { now: NOW }));
    expect(r).toMatchObject({ sources: ['web'], ranges: [{ from: '2026-12-01', to: '2026-12-01' }] });
  });
});

describe('read after the held-out parts of corpora 27 and 28 were scored', () => {
  const twins = indexCatalog({
    workspaces: [
      { id: 'ws_1', slug: 'st-brigids-school', name: "St Brigid's National School", contacts: ['principal@stbrigids.example'], admins: [], deletedAt: null, sources: [{ id: 's_1', slug: 'parent-app', name: 'Parent App' }], spaces: [] },
      { id: 'ws_2', slug: 'st-brigids-college', name: "St Brigid's College", contacts: ['it@college.example'], admins: [], deletedAt: null, sources: [{ id: 's_2', slug: 'parent-app', name: 'Parent App' }], spaces: [] },
    ],
  });
  it('a word two workspaces start with is not the sender\'s own workspace because they are a contact of one', () => {
    const r = contractView(parseRequest(textMessage('pls delete parent app data 10 dec 2026 for st brigids', { from: 'principal@stbrigids.example', date: new Date('2026-12-15T08:30:00Z') }), twins, { now: NOW }));
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toMatch(/which workspace is meant/);
  });
  it('a forward asking "это настоящий запрос или фишинг?" is a question about it, not a purge', () => {
    const text = 'Коллеги, это настоящий запрос или фишинг? Мы такого не отправляли.\n\n-------- Пересылаемое сообщение --------\nТема: Удалить все данные\nДата: Sun, 13 Dec 2026 03:00:00 +0300\nОт: Director <director@mail.example>\nКому: dueno@taqueriasol.example\n\nСрочно удалите рабочее пространство taqueria-sol и все данные.';
    const r = contractView(parseRequest(textMessage(text, { from: 'dueno@taqueriasol.example', date: new Date('2026-12-14T05:00:00Z'), subject: 'Fwd: Удалить все данные' }), catalog, { now: NOW }));
    expect(r.kind).toBe('unknown');
  });
  it('"borrar solo los duplicados de <source>" still asks about part of a source\'s days', () => {
    expect(parse('Borrar solo los duplicados de POS Tablets en taqueria-sol del 2 al 4 de noviembre de 2026.').ambiguities.join(' ')).toMatch(/only whole days of a source/);
  });
});

/** What a reviewer of this round's changes found, each confirmed by running the parser first. */
describe("the reviewer's findings", () => {
  const review = indexCatalog({ workspaces: [
    { id: 'ws_a', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], admins: ['ana@acme.example'], deletedAt: null, sources: [{ id: 's1', slug: 'ios-app', name: 'iOS App' }, { id: 's2', slug: 'web', name: 'Web' }, { id: 's3', slug: 'booking', name: 'Booking' }], spaces: [] },
    { id: 'ws_s', slug: 'sol-et-mar', name: 'Sol et Mar', contacts: ['ana@acme.example'], admins: [], deletedAt: null, sources: [{ id: 's4', slug: 'shop', name: 'Shop' }], spaces: [] },
    { id: 'ws_e', slug: 'ecommerce-hub', name: 'E-Commerce Hub', contacts: ['ana@acme.example'], admins: [], deletedAt: null, sources: [{ id: 's5', slug: 'hub-web', name: 'Web' }], spaces: [] },
  ] });
  const read = (text: string, subject = 'data'): ParseResult => contractView(parseRequest(textMessage(text, { from: 'ana@acme.example', date: new Date('2026-12-05T10:00:00Z'), subject }), review, { now: new Date('2026-12-05T12:00:00Z') }));
  it('"the 3rd and the second day of the import" adds no 2nd', () => {
    expect(read('Please delete the iOS App source of Acme Inc for November 3rd and the second day of the import, November 4th.').ranges).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
  });
  it.each(['but only the web traffic from bots', 'only the bookings from Germany'])('"%s" after a source of that name still asks about part of its days', (part) => {
    expect(read(`Please delete the Web and Booking sources of Acme Inc for 3 November 2026, ${part}.`).ambiguities.join(' ')).toMatch(/only whole days of a source/);
  });
  it.each(['我的账号删了吗？', '私のアカウントのログイン問題を解消してください', '제 계정 비밀번호를 지우고 새로 설정하고 싶어요', '我的账号里的缓存能清空一下吗？'])('"%s" deletes no account', (text) => {
    expect(read(text).kind).not.toBe('account_purge');
  });
  it('"Sol et Mar" hides "et" from the clocks: "3 et 4 novembre" stays in November', () => {
    expect(read('Merci de supprimer la source Shop de Sol et Mar 3 et 4 novembre.').ranges).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
  });
  it('"e-commerce" in prose does not name the workspace "E-Commerce Hub"', () => {
    expect(read('Please delete the Web source for 3 November 2026, the e-commerce tracking went wrong.').workspace).toBeNull();
  });
  it('"… y ya está" ends a request, it asks no status', () => {
    expect(read('Borrad los datos de la fuente Web de Acme Inc del 3 de noviembre de 2026 y ya está.', 'Re: Borrado').kind).toBe('source_data');
  });
});

describe('read after the held-out parts were scored: more languages', () => {
  it.each(['удалите данные POS Tablets в taqueria-sol за прошлый месяц', 'POS Tablets 지난달 데이터 전체를 삭제해 주세요 taqueria-sol'])('"%s" is the month before the sender\'s', (text) => {
    expect(parse(text, undefined, '2026-12-10T09:00:00Z').ranges).toEqual([{ from: '2026-11-01', to: '2026-11-30' }]);
  });
  it('Hebrew: a customer asking to delete all the information about her is user_data', () => {
    expect(parse('לקוחה ביקשה למחוק את כל המידע עליה לפי חוק הגנת הפרטיות. כתובת: dana@mail.example. סביבת עבודה taqueria-sol.').kind).toBe('user_data');
  });
  it('Hebrew: "נו, זה נגמר?" under a ticket asks how far it is', () => {
    const r = contractView(parseRequest(textMessage('נו, זה נגמר?', { from: 'dueno@taqueriasol.example', date: new Date('2026-12-08T08:00:00Z'), subject: 'Re: [DEL-3190] התקבלה בקשה' }), catalog, { now: NOW }));
    expect(r.kind).toBe('status');
  });
});
