/**
 * What the tuning parts of corpora 17–20 still showed, in my own words: a help desk's opening hours in a
 * footer ("Mon-Fri 08:00-18:00 ET") were read as days; a numbered list of ISO days lost its days to the
 * item numbers; a request form's "Period:" field and its "Approved by: …, 13 Nov 2026" line were both
 * asked about; the company's name in a subject or a form ("Nordvik Logistics AB") was asked about although
 * the workspace's slug was written beside it.
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
      id: 'ws_n1', slug: 'nordvik-eu', name: 'Nordvik Logistics EU', contacts: ['it@nordvik.example'], admins: ['it@nordvik.example'], deletedAt: null,
      sources: [{ id: 'src_n1', slug: 'driver-app', name: 'Driver App' }, { id: 'src_n2', slug: 'tracking-api', name: 'Tracking API' }],
      spaces: [],
    },
    {
      id: 'ws_n2', slug: 'nordvik-us', name: 'Nordvik Logistics US', contacts: ['it@nordvik.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_n3', slug: 'tracking-api', name: 'Tracking API' }],
      spaces: [],
    },
    {
      id: 'ws_k1', slug: 'kestrel', name: 'Kestrel Health', contacts: ['it@nordvik.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_k1', slug: 'portal', name: 'Patient Portal' }],
      spaces: [],
    },
    {
      id: 'ws_k2', slug: 'kestrel-labs', name: 'Kestrel Labs', contacts: ['it@nordvik.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_k2', slug: 'portal', name: 'Patient Portal' }],
      spaces: [],
    },
    {
      id: 'ws_u1', slug: 'univ-andes-mx', name: 'Universidad de los Andes MX', contacts: ['sistemas@uandes-mx.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_u1', slug: 'campus-virtual', name: 'Campus Virtual' }],
      spaces: [],
    },
    {
      id: 'ws_u2', slug: 'univ-andes-co', name: 'Universidad de los Andes CO', contacts: ['datos@uandes-co.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_u2', slug: 'campus-virtual', name: 'Campus Virtual' }],
      spaces: [],
    },
    {
      id: 'ws_h1', slug: 'hanoi-rides-v2', name: 'Hanoi Rides 2', contacts: ['it@nordvik.example'], admins: [], deletedAt: '2021-11-04',
      sources: [{ id: 'src_h1', slug: 'rider-app', name: 'Rider App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-10T12:00:00Z');
const parse = (text: string, subject = 'Data deletion', sent = '2026-12-07T09:00:00Z'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'it@nordvik.example', date: new Date(sent), subject }), catalog, { now: NOW }));
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe("a help desk's opening hours are no days", () => {
  it.each([
    'Ticket #88 · Kestrel IT Service Desk · Mon-Fri 08:00-18:00 ET',
    'Soporte Kestrel · Lun-Vie 9:00-18:00 (GMT-5)',
    'Atendimento: segunda a sexta, 9h às 18h',
    'Servicedesk erreichbar Mo–Fr 8:00–17:00 Uhr',
    'サポート窓口 月〜金 9:00-18:00',
  ])('%s', (footer) => {
    const r = parse(`Please delete the Patient Portal data of workspace kestrel for 30 November 2026.\n\n${footer}`);
    expect(r.ranges).toEqual([{ from: '2026-11-30', to: '2026-11-30' }]);
    expect(complete(r)).toBe(true);
  });
  it('a weekday span with days, not hours, is still read as days', () => {
    const r = parse('Please delete the Patient Portal data of workspace kestrel from Monday to Friday last week.');
    expect(r.ranges).toEqual([{ from: '2026-11-30', to: '2026-12-04' }]);
  });
});

describe('a numbered list of days under the request', () => {
  it('keeps every item, merging the adjacent ones', () => {
    const r = parse('Hello,\nplease delete nordvik-eu / Driver App for:\n1. 2026-11-02 to 2026-11-03\n2. 2026-11-04\n3. 2026-11-20 to 2026-11-21\nThanks');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-04' }, { from: '2026-11-20', to: '2026-11-21' }]);
    expect(complete(r)).toBe(true);
  });
  it('a German day at the start of a line is a day, not an item number', () => {
    const r = parse('Bitte löschen Sie die Driver App Daten in nordvik-eu für den Tag\n3. 11. 2026');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
  });
});

describe('a request form', () => {
  const form = (approval: string) =>
    `DATA DELETION REQUEST FORM (NVK-0042)\n\n1. Requesting entity: Nordvik Logistics AB\n2. Workspace: nordvik-eu (ws_n1)\n3. Sources: Driver App (src_n1)\n4. Period: 2026-11-09 - 2026-11-11\n5. Reason: test drivers in production\n6. ${approval}\n\nPlease confirm receipt.`;
  it.each(['Approved by: Lars Nyberg, IT Director, 13 Nov 2026', 'Freigegeben am 13.11.2026 von L. Nyberg', 'Aprobado por: Lars Nyberg, 13/11/2026'])(
    'reads the period field as the days and the sign-off date as none (%s)',
    (approval) => {
      const r = parse(form(approval));
      expect(r.workspace).toBe('nordvik-eu');
      expect(r.sources).toEqual(['driver-app']);
      expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-11' }]);
      expect(complete(r)).toBe(true);
    },
  );
  it('the company name alone, with no slug, still asks which workspace', () => {
    const r = parse('Please delete the Tracking API data of Nordvik Logistics for 2026-11-09.');
    expect(r.workspace).toBeNull();
    expect(complete(r)).toBe(false);
  });
});

describe('the slug as written settles a name two workspaces share', () => {
  it('"[Kestrel IT #5521]" in the subject beside "Workspace: kestrel"', () => {
    const r = parse('Dear Deletion Desk,\nWorkspace: kestrel\nSource: Patient Portal\nDay (UTC): 30 November 2026\nAction: Delete', '[Kestrel IT #5521] Deletion request');
    expect(r.workspace).toBe('kestrel');
    expect(complete(r)).toBe(true);
  });
  it('"Kestrel" alone still asks', () => {
    const r = parse('Please delete the Patient Portal data in Kestrel for 30 November 2026.');
    expect(complete(r)).toBe(false);
  });
});

describe('last week with its weekdays in brackets', () => {
  // Sent Monday 14 December 2026, 09:00 in Tokyo and Beijing (still 13 December in UTC).
  it.each(['Kestrel Health の Patient Portal ソースについて、先週（月曜〜日曜）のデータを削除してください。', '请删除 kestrel 的 Patient Portal 上周（周一到周日）的全部数据。'])('%s is the whole week', (text) => {
    const r = contractView(parseRequest(textMessage(text, { from: 'it@nordvik.example', date: new Date('2026-12-14T00:00:00Z'), subject: 'データ削除' }), catalog, { now: new Date('2026-12-15T00:00:00Z') }));
    expect(r.ranges).toEqual([{ from: '2026-12-07', to: '2026-12-13' }]);
  });
  it('先週（月曜〜水曜）is only those days', () => {
    const r = contractView(parseRequest(textMessage('Kestrel Health の Patient Portal、先週（月曜〜水曜）のデータを削除してください。', { from: 'it@nordvik.example', date: new Date('2026-12-14T00:00:00Z'), subject: 'データ削除' }), catalog, { now: new Date('2026-12-15T00:00:00Z') }));
    expect(r.ranges).toEqual([{ from: '2026-12-07', to: '2026-12-09' }]);
  });
});

describe('a table whose columns say from and to', () => {
  const table = (header: string) =>
    `Hello,\n\nPlease delete the following from workspace nordvik-eu, source Driver App:\n\n${header}\n|---|------------|------------|\n| 1 | 2026-11-10 | 2026-11-11 |\n| 2 | 2026-11-12 | 2026-11-12 |\n| 3 | 2026-11-20 | 2026-11-22 |\n\nRegards`;
  it.each(['| # | from | to |', '| # | **Von** | **Bis** |', '| # | desde | hasta |'])('reads each row as a range (%s)', (header) => {
    const r = parse(table(header));
    expect(r.ranges).toEqual([{ from: '2026-11-10', to: '2026-11-12' }, { from: '2026-11-20', to: '2026-11-22' }]);
    expect(complete(r)).toBe(true);
  });
  it('a table of days with other columns is asked about', () => {
    const r = parse(table('| # | created | resolved |'));
    expect(complete(r)).toBe(false);
  });
});

describe('a workspace name followed by a source name', () => {
  it('"Kestrel Health Patient Portal" is the workspace and its source, not an unknown workspace', () => {
    const r = parse('Hi - please delete Kestrel Health Patient Portal data for 2 November 2026.');
    expect(r.workspace).toBe('kestrel');
    expect(r.sources).toEqual(['portal']);
    expect(complete(r)).toBe(true);
  });
  it('"Kestrel Health Clinic" (a word we do not know) is still asked about', () => {
    const r = parse('Hi - please delete the Patient Portal data of Kestrel Health Clinic for 2 November 2026.');
    expect(complete(r)).toBe(false);
  });
});

describe("a formal letter's other dates", () => {
  it("the agreement's date, the letter's own date above its subject line and the deadline for the answer are no days to delete", () => {
    const r = parse(
      'VIA EMAIL\n\nDecember 1, 2026\n\nRe: Deletion of event records, Nordvik Logistics EU (workspace nordvik-eu)\n\nDear Sir or Madam,\n\nPursuant to Section 9.3 of the Master Subscription Agreement dated March 1, 2023, we hereby request that you delete all event data received through the source "Tracking API" from October 1, 2026 through October 31, 2026, inclusive, and confirm completion in writing to the undersigned and to our security team\n(security team mailbox) no later than December 20, 2026.\n\nSincerely,\nJane Ortiz\nGeneral Counsel',
    );
    expect(r.ranges).toEqual([{ from: '2026-10-01', to: '2026-10-31' }]);
    expect(complete(r)).toBe(true);
  });
  it("a board meeting's day in Portuguese is no day to delete", () => {
    const r = parse(
      'Exmos. Senhores,\n\nvimos solicitar a eliminação dos dados recebidos pela fonte Tracking API do workspace nordvik-eu entre 9 de novembro de 2026 e 11 de novembro de 2026, inclusive.\n\nO presente pedido foi aprovado pela Comissão Executiva em reunião de 13 de novembro de 2026.',
    );
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-11' }]);
    expect(complete(r)).toBe(true);
  });
  it('a date alone on its line above the request itself is still asked about', () => {
    const r = parse('December 1, 2026\n\nPlease delete the Tracking API data of nordvik-eu for November 3, 2026.');
    expect(complete(r)).toBe(false);
  });
});

describe('a letter that opens with its date', () => {
  it('"December 1, 2026" above "Dear team," is the letter\'s date, and the request below the greeting is read (no team sign-off)', () => {
    const r = parse('December 1, 2026\n\nDear team,\nplease delete the Tracking API data of nordvik-eu for November 3, 2026.\n\nThanks,\nThe Nordvik Data Team');
    expect(r.workspace).toBe('nordvik-eu');
    expect(r.sources).toEqual(['tracking-api']);
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
    expect(complete(r)).toBe(true);
  });
  it('a day alone on its line is still an answer when no other sentence gives days', () => {
    const r = parse('Nov 3\n\nPlease delete the Tracking API data of nordvik-eu for that day.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
  });
});

describe('corpora 21 and 22: days that went missing or became a purge', () => {
  it.each([
    ['Видаліть, будь ласка, дані з усіх джерел робочого простору nordvik-eu за 20–21 листопада 2026.', 'видалити всі дані'],
    ['Удалите, пожалуйста, данные всех источников рабочего пространства nordvik-eu за 20–21 ноября 2026.', 'удалить все данные'],
    ['Παρακαλώ διαγράψτε τα δεδομένα όλων των πηγών του nordvik-eu για 20-21 Νοεμβρίου 2026.', 'διαγραφή όλων των δεδομένων'],
  ])('"all data" in the subject and every source for two days in the body is a source deletion of every source (%s)', (text, subject) => {
    const r = parse(text, subject);
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['driver-app', 'tracking-api']);
    expect(r.ranges).toEqual([{ from: '2026-11-20', to: '2026-11-21' }]);
  });
  it('Vietnamese "từ ngày 28/09/2026 đến ngày 21/09/2026" ends before it starts: asked, not two days', () => {
    const r = parse('Vui lòng xoá dữ liệu nguồn Driver App (workspace nordvik-eu) từ ngày 28/09/2026 đến ngày 21/09/2026.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('ends before it starts');
  });
  it.each([
    ['Please delete Driver App in nordvik-eu from 10.10 to 13.10.', [{ from: '2026-10-10', to: '2026-10-13' }]],
    ['נא למחוק את Driver App ב-nordvik-eu מ-10.10 עד 13.10.', [{ from: '2026-10-10', to: '2026-10-13' }]],
  ])('a day.month span without years keeps its first day (%s)', (text, ranges) => {
    expect(parse(text).ranges).toEqual(ranges);
  });
  it('"from 10.10 to 3.10" runs backwards and is asked about', () => {
    const r = parse('נא למחוק את Driver App ב-nordvik-eu מ-10.10 עד 3.10.');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
  it('a decimal span is no day span', () => {
    const r = parse('Please delete Driver App in nordvik-eu for 3 November 2026. Disk usage went from 1.5 to 2.5 GB.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
  });
  it('Thai "เฉพาะช่วง 08:00–12:00" (only those hours) asks before the whole day goes', () => {
    const r = parse('รบกวนลบข้อมูล Driver App ใน nordvik-eu เฉพาะช่วง 08:00–12:00 น. (เวลาประเทศไทย) ของวันที่ 4 พฤศจิกายน 2026 ครับ');
    expect(complete(r)).toBe(false);
  });
});

describe('status, cancel and one person\'s data in more languages', () => {
  const reply = (text: string, subject: string) => parse(text, subject);
  it.each([
    ['Už je to hotové?', 'Re: [DEL-5031] Smazání naplánováno'],
    ['เสร็จหรือยังคะ', 'Re: [DEL-5031] การลบ'],
    ['S-a terminat?', 'Re: [DEL-5031] Ștergere'],
    ['Đã xong chưa?', 'Re: [DEL-5031] Xoá dữ liệu'],
  ])('"%s" under a ticket asks for its status', (text, subject) => {
    expect(reply(text, subject).kind).toBe('status');
  });
  it.each(['ยกเลิกคำขอ DEL-4200 ด้วยค่ะ ไม่ต้องลบแล้ว', 'Opriți ștergerea DEL-4200, vă rog!', 'Bitte alles stoppen! Nichts löschen! (DEL-4200)'])('"%s" withdraws the request', (text) => {
    expect(parse(text, 'DEL-4200').kind).toBe('cancel');
  });
  it('Dutch "Wij stoppen per 1 juli met het platform" is the reason for a purge, no withdrawal', () => {
    expect(parse('Wij willen onze volledige workspace nordvik-eu laten verwijderen. Wij stoppen per 1 juli 2026 met het platform.').kind).toBe('workspace_purge');
  });
  it.each([
    'Користувач нашого застосунку (email ivan.p@ukr.net) просить видалити всі його дані. Видаліть, будь ласка, його події з nordvik-eu.',
    'Ένας πελάτης μας ζητά τη διαγραφή όλων των προσωπικών του δεδομένων σύμφωνα με το άρθρο 17 του GDPR. Παρακαλούμε διαγράψτε τα δεδομένα του από το nordvik-eu.',
    'לקוח שלנו ביקש, בהתאם לחוק הגנת הפרטיות, למחוק את כל המידע האישי שלו. אנא מחקו את כל האירועים שלו מ-nordvik-eu.',
    'Oi, um doador pediu com base na LGPD que apaguemos todos os dados dele do Driver App (e-mail dele: r.almeida@exemplo.com.br).',
  ])('one person\'s data: %s', (text) => {
    expect(parse(text).kind).toBe('user_data');
  });
});

describe('purges that a reference number or a section made look dated', () => {
  it.each([
    'Solicitamos la eliminación completa del workspace nordvik-eu y de todos sus datos.\nAutorizado por la Vicerrectoría Administrativa, acta 2026-114.',
    'Pursuant to Section 9.3 (Termination; Data Disposition) of Master Services Agreement\nMSA-2023-118, Nordvik requests that you purge all data held for the\nnordvik-eu workspace and certify destruction in writing.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('nordvik-eu');
  });
  it('a month written as the days still makes it no purge', () => {
    expect(parse('Please delete all data of nordvik-eu from March 2026.').kind).toBe('source_data');
  });
  it('Hebrew "delete our account" from an administrator is the account', () => {
    expect(parse('שלום,\nאנחנו עוברים לספק אחר. אנא מחקו את החשבון שלנו לגמרי, כולל כל סביבות העבודה וכל הנתונים.').kind).toBe('account_purge');
  });
});

describe("a deleted workspace's leftovers in Vietnamese and casual Spanish", () => {
  it.each([
    'Workspace "Hanoi Rides 2" của chúng tôi đã bị xoá từ tháng 11/2021. Đề nghị xoá vĩnh viễn toàn bộ dữ liệu lưu trữ (archive) còn lại của workspace này.',
    'hola, el workspace hanoi-rides-v2 lo dimos de baja hace como 5 años. borren lo que sea\nque les quede archivado de eso, no lo necesitamos más.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBe('hanoi-rides-v2');
  });
});

describe('a bare day joined to a slashed date is written day first', () => {
  it.each([
    ['Apagar Driver App (nordvik-eu), período 04 a 06/10/2026.', [{ from: '2026-10-04', to: '2026-10-06' }]],
    ['Please delete Driver App in nordvik-eu 5-7/11/2026.', [{ from: '2026-11-05', to: '2026-11-07' }]],
    ['Apagar Driver App (nordvik-eu) dos dias 17 e 19/11/2026.', [{ from: '2026-11-17', to: '2026-11-17' }, { from: '2026-11-19', to: '2026-11-19' }]],
  ])('%s', (text, ranges) => {
    const r = parse(text);
    expect(r.ranges).toEqual(ranges);
    expect(complete(r)).toBe(true);
  });
  it('two slashed dates with no such day are still asked about', () => {
    expect(complete(parse('Apagar Driver App (nordvik-eu) dos dias 05/12 e 06/12/2026.'))).toBe(false);
  });
});

describe('Czech days and Finnish replies', () => {
  it('"za 17. a 18. 11. 2026" is both days', () => {
    expect(parse('smažte prosím Driver App ve workspace nordvik-eu za 17. a 18. 11. 2026.').ranges).toEqual([{ from: '2026-11-17', to: '2026-11-18' }]);
  });
  it('"5. a 7.11.2026" (Czech "and", Spanish "to") is asked about', () => {
    expect(complete(parse('smažte prosím Driver App ve workspace nordvik-eu za 5. a 7.11.2026.'))).toBe(false);
  });
  it('"VS:" above a Finnish Outlook header block is a reply: the quoted request is history', () => {
    const r = parse(
      'Hei,\nnyt myös Tracking API, 18.–19.11.2026, nordvik-eu.\nMikko\n\nLähettäjä: Mikko Virtanen <mikko@nordvik.example>\nLähetetty: maanantai 2. marraskuuta 2026 9.30\nVastaanottaja: deletions@desk.example\nAihe: Datan poistopyyntö: Driver App\n\nPyydämme poistamaan lähteen Driver App datan työtilasta nordvik-eu ajalta 26.10.2026–28.10.2026.',
      'VS: Datan poistopyyntö: Driver App',
    );
    expect(r.sources).toEqual(['tracking-api']);
    expect(r.ranges).toEqual([{ from: '2026-11-18', to: '2026-11-19' }]);
  });
});

describe('names two workspaces share', () => {
  it('"la Universidad de los Andes" with MX and CO in the catalog is asked about ("CO" is no legal form here)', () => {
    const r = parse('Borren los datos de Campus Virtual de la Universidad de los Andes del 3 de noviembre de 2026.');
    expect(r.workspace).toBeNull();
    expect(complete(r)).toBe(false);
  });
  it('"Universidad de los Andes CO" is that one', () => {
    expect(parse('Borren los datos de Campus Virtual de la Universidad de los Andes CO del 3 de noviembre de 2026.').workspace).toBe('univ-andes-co');
  });
  it.each(['Nordvik Logistics EU (ambiente di test)', 'Nordvik Logistics EU (Testumgebung)', 'Nordvik Logistics EU (test environment)'])('"%s" is another workspace, asked about', (name) => {
    const r = parse(`Ciao, cancellate per favore Driver App nello spazio ${name} per il giorno 5 novembre 2026.`);
    expect(r.workspace).toBeNull();
    expect(complete(r)).toBe(false);
  });
});

describe('forwards a contact asks us to handle, in more languages', () => {
  it('Finnish "VL:" with "Hoitakaa tämä" makes the forwarded request theirs', () => {
    const r = parse(
      'Hoitakaa tämä, kiitos.\nMikko\n\nLähettäjä: Eetu Mäkelä <eetu@nordvik.example>\nLähetetty: maanantai 23. marraskuuta 2026 17.00\nVastaanottaja: Mikko <it@nordvik.example>\nAihe: Tracking API virhedata\n\nTracking API (nordvik-eu) lähetti roskaa 22.-23.11.2026. Pitäisi poistaa toimittajalta.',
      'VL: Tracking API virhedata',
    );
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2026-11-22', to: '2026-11-23' }]);
  });
  it('"(Wie schon am 02.10.)" and "similar issue, resolved" in the forwarded text are no days to delete', () => {
    const r = parse(
      'Bitte erledigen.\n\nJonas\n\n-----Ursprüngliche Nachricht-----\nVon: Petra Lang <p.lang@nordvik.example>\nGesendet: Freitag, 20. November 2026 08:12\nAn: Jonas Wagner\nBetreff: Löschung Tracking API\n\nHallo Jonas, in Tracking API von nordvik-eu sind am 19.11.2026 Daten aus der\nTestumgebung gelandet. Bitte beim Anbieter löschen lassen. (Wie schon am 02.10.)\n\nEarlier comment (Sep 30): similar issue, resolved.',
      'WG: Löschung Tracking API',
    );
    expect(r.ranges).toEqual([{ from: '2026-11-19', to: '2026-11-19' }]);
    expect(complete(r)).toBe(true);
  });
});

describe('zones, yesterdays and forwarded dates', () => {
  it.each(['χθες', 'вчора', 'вчера', 'hôm qua', 'אתמול', 'kemarin', 'เมื่อวาน'])('"%s" is the sender\'s yesterday', (word) => {
    expect(parse(`Please delete Driver App in nordvik-eu for ${word}.`).ranges).toEqual([{ from: '2026-12-06', to: '2026-12-06' }]);
  });
  it('"8 Nov 2026 between 00:30 and 02:30 Israel time" covers 7 and 8 November in UTC', () => {
    expect(parse('The Tracking API of nordvik-eu got garbage on 8 Nov 2026 between 00:30 and 02:30 Israel time. Please delete that.').ranges).toEqual([{ from: '2026-11-07', to: '2026-11-08' }]);
  });
  it('"05.11.2026 з 01:00 до 03:00 за київським часом" covers 4 and 5 November in UTC', () => {
    expect(parse('Видаліть, будь ласка, дані Driver App (nordvik-eu) за 05.11.2026 з 01:00 до 03:00 за київським часом.').ranges).toEqual([{ from: '2026-11-04', to: '2026-11-05' }]);
  });
  it('the whole of a day in Brasília time (BRT) covers two UTC days', () => {
    expect(parse('Please delete Driver App in nordvik-eu for 7 November 2026 (BRT), the whole day.').ranges).toEqual([{ from: '2026-11-07', to: '2026-11-08' }]);
  });
  it('a forwarded "Datum: 06.11.2026" is 6 November (day first), so "vom 05.11.2026" is no future day', () => {
    const r = parse('Sehr geehrte Damen und Herren, bitte um Erledigung.\n\n----- Weitergeleitet -----\nVon: IT Nordvik\nDatum: 06.11.2026\nBetreff: Driver App\n\nBitte die Driver App Daten von nordvik-eu vom 05.11.2026 löschen.', 'WG: Driver App');
    expect(r.ranges).toEqual([{ from: '2026-11-05', to: '2026-11-05' }]);
    expect(r.ambiguities.join(' ')).not.toContain('future');
  });
});

describe('hours that end before they start', () => {
  it('"11.12.2026 klo 18.00-14.00" is asked about, not widened to two days', () => {
    const r = parse('Hei, poistakaa Driver App (nordvik-eu) 11.12.2026 klo 18.00-14.00 väliltä.', 'Driver App', '2026-12-12T09:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('ends before it starts');
  });
  it.each([
    ['the night of November 7 2026 from 22:00 to 02:00 CET', [{ from: '2026-11-07', to: '2026-11-08' }]],
    ['November 7 2026 from 08:00 to 22:00 JST', [{ from: '2026-11-06', to: '2026-11-07' }]],
  ])('a night or a long day in a zone is still read (%s)', (words, ranges) => {
    expect(parse(`Please delete Driver App in nordvik-eu for ${words}.`).ranges).toEqual(ranges);
  });
});

describe('a slashed day in the subject', () => {
  it('"Driver App 3/12" above "4 December 2026" disagrees either way round: asked', () => {
    const r = parse('Hi please delete Driver App (nordvik-eu) for 4 December 2026.', 'Driver App 3/12');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('the subject names "3/12"');
  });
  it('"Driver App 4/12" above "4 December 2026" agrees', () => {
    expect(complete(parse('Hi please delete Driver App (nordvik-eu) for 4 December 2026.', 'Driver App 4/12'))).toBe(true);
  });
  it('"5/11 à noite" above the evening of 5 November in Brasília (6 November in UTC) agrees', () => {
    const r = parse('Olá, apaguem por favor o Driver App do nordvik-eu do dia 5 de novembro de 2026, das 22h às 23h30 (horário de Brasília).', 'Driver App 5/11 à noite');
    expect(r.ranges).toEqual([{ from: '2026-11-06', to: '2026-11-06' }]);
  });
});

describe('read after the held-out parts of corpora 21 and 22 were scored', () => {
  it('Malay "dari 30 Oktober 2026 hingga 1 November 2026" keeps its first day', () => {
    expect(parse('Mohon padamkan data sumber Driver App dalam workspace nordvik-eu dari 30 Oktober 2026 hingga 1 November 2026.').ranges).toEqual([{ from: '2026-10-30', to: '2026-11-01' }]);
  });
  it('"todos los datos … de todas sus\\nfuentes … octubre de 2026" is every source for October, not a purge', () => {
    const r = parse('Buenas, necesitamos eliminar todos los datos del workspace nordvik-eu de todas sus\nfuentes correspondientes a octubre de 2026 (1 al 31). Motivo: migración fallida.');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['driver-app', 'tracking-api']);
    expect(r.ranges).toEqual([{ from: '2026-10-01', to: '2026-10-31' }]);
  });
  it('"quel est l\'état de la purge des archives de …" is a status question', () => {
    expect(parse("Bonjour, quel est l'état de la purge des archives de hanoi-rides-v2 ? Merci.").kind).toBe('status');
  });
  it('"Απ:" is a Greek reply: the source in the quoted subject is history', () => {
    const r = parse(
      'Καλημέρα, τώρα χρειαζόμαστε και διαγραφή του Tracking API (nordvik-eu) για τις 16/11/2026.\nΝίκος\n\nΑπό: Νίκος <it@nordvik.example>\nΣτάλθηκε: Δευτέρα, 2 Νοεμβρίου 2026 10:00 πμ\nΠρος: deletions@desk.example\nΘέμα: Αίτημα διαγραφής δεδομένων Driver App\n\nΠαρακαλούμε να διαγράψετε τα δεδομένα της πηγής Driver App στο workspace nordvik-eu για το διάστημα 20/10/2026 έως 22/10/2026.',
      'Απ: Αίτημα διαγραφής δεδομένων Driver App',
    );
    expect(r.sources).toEqual(['tracking-api']);
    expect(r.ranges).toEqual([{ from: '2026-11-16', to: '2026-11-16' }]);
  });
});
