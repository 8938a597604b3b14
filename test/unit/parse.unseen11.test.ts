/**
 * The parser on what the latest unseen mail showed, in our own words: a common-word source written
 * right after its workspace ("tiendas web from Nov 3"), clock times after day-first dates without a
 * year ("from 3 Nov 22:00 CET"), and requests that hang on a condition we would have to check first.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'tiendas', name: 'Tiendas Luna', contacts: ['ops@luna.example'], admins: ['ops@luna.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'web', name: 'Web' }, { id: 'src_2', slug: 'android', name: 'Android' }, { id: 'src_3', slug: 'pos', name: 'POS Terminals' }],
      spaces: [],
    },
    {
      id: 'ws_2', slug: 'tiendas-test', name: 'Tiendas Luna Test', contacts: ['ops@luna.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_4', slug: 'web', name: 'Web' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-07T10:00:00Z');
const parse = (text: string, sent = '2026-11-05T08:00:00Z', subject = 'Hello'): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@luna.example', date: new Date(sent), subject }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a common-word source written right after its workspace', () => {
  it('"delete tiendas web from Nov 3 to Nov 4" names the web source', () => {
    const r = parse('Please delete tiendas web from Nov 3 to Nov 4.');
    expect(r.sources).toEqual(['web']);
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
    expect(complete(r)).toBe(true);
  });
  it('in German: "tiendas web für den 2.11.2026"', () => {
    expect(parse('Bitte löscht tiendas web für den 2.11.2026.').sources).toEqual(['web']);
  });
  it('but "the tiendas web team" names no source', () => {
    expect(parse('Please delete tiendas Android data for Nov 3; the tiendas web team asked me to write.').sources).toEqual(['android']);
  });
});

describe('a clock time after a day-first date without its year', () => {
  it('"from 3 Nov 22:00 CET to 4 Nov 06:00 CET" covers the UTC days 3 and 4 November', () => {
    const r = parse('Please delete the tiendas Android data from 3 Nov 22:00 CET to 4 Nov 06:00 CET.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
    expect(r.ambiguities.join(' ')).toContain('which covers 2026-11-03 to 2026-11-04 — should those whole days be deleted?');
  });
  it('"3 Nov 00:30 CET" is 2 November in UTC', () => {
    expect(parse('Please delete the tiendas Android data for 3 Nov 00:30 CET.').ranges).toEqual([{ from: '2026-11-02', to: '2026-11-02' }]);
  });
  it('with its year it reads as before', () => {
    expect(parse('Please delete the tiendas Android data from 3 Nov 2026 22:00 UTC to 4 Nov 2026 06:00 UTC.').ranges).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
  });
});

describe('a request on a condition we would have to check first', () => {
  it('"unless DEL-2280 already covers that day" asks', () => {
    const r = parse('Hi, please delete tiendas Android for Nov 2 2026, unless DEL-2280 already covers that day.');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-02' }]);
    expect(r.ambiguities.join(' ')).toContain('unless DEL-2280 already');
  });
  it('in German and French too', () => {
    expect(complete(parse('Bitte löscht tiendas Android für den 2.11.2026, falls das nicht schon mit DEL-2280 erledigt ist.'))).toBe(false);
    expect(complete(parse('Merci de supprimer tiendas Android pour le 2 novembre 2026, sauf si c\'est déjà fait.'))).toBe(false);
  });
  it('a polite "unless you need anything else" is no condition', () => {
    expect(complete(parse('Please delete tiendas Android for Nov 2 2026. Unless you need anything else from me, thanks!'))).toBe(true);
  });
});

describe('weekdays before the days of a range', () => {
  it('"desde el lunes 16 hasta el miércoles 18 de noviembre de 2026" is 16 to 18 November', () => {
    const r = parse('Por favor borrad los datos de Android de tiendas desde el lunes 16 hasta el miércoles 18 de noviembre de 2026.', '2026-11-20T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-11-16', to: '2026-11-18' }]);
    expect(complete(r)).toBe(true);
  });
  it('"from Monday the 16th to Wednesday the 18th of November 2026" too', () => {
    expect(parse('Please delete the tiendas Android data from Monday the 16th to Wednesday the 18th of November 2026.', '2026-11-20T09:00:00Z').ranges).toEqual([{ from: '2026-11-16', to: '2026-11-18' }]);
  });
  it('a weekday that does not fit its day is asked about', () => {
    const r = parse('Please delete the tiendas Android data from Monday 17 to Wednesday 19 November 2026.', '2026-11-20T09:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('is not a Wednesday');
  });
});

describe('a short word that is also a weekday', () => {
  it('Portuguese "dados do dia 20/11/2026" is no Thursday', () => {
    const r = parse('Oi, preciso apagar os dados do Android no tiendas do dia 20/11/2026.', '2026-11-24T12:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-11-20', to: '2026-11-20' }]);
    expect(complete(r)).toBe(true);
  });
  it('German "Do, 20.11.2026" written as a weekday is still checked', () => {
    expect(parse('Bitte löscht tiendas Android für Do, 20.11.2026.', '2026-11-24T12:00:00Z').ambiguities.join(' ')).toContain('is not a Thursday');
  });
});

describe('a word listed after a plural cue', () => {
  it('"the sources eb and Android" asks about "eb"', () => {
    const r = parse('For workspace tiendas please delete the sources eb and Android for October 5-7, 2026.');
    expect(r.ambiguities.join(' ')).toContain('"eb" is listed with Android');
  });
  it('"the sources: Android and then the rest later" lists nothing unknown', () => {
    expect(parse('For workspace tiendas please delete the sources: Android and then the web data later, for October 5-7, 2026.').ambiguities.join(' ')).not.toContain('"then"');
  });
});

describe('requests in languages less often written to us', () => {
  const cases: [string, string, string, { from: string; to: string }][] = [
    ['Indonesian', 'Halo,\nmohon hapus data sumber Android di workspace tiendas untuk tanggal 14–15 November 2026.', '2026-11-20T09:00:00Z', { from: '2026-11-14', to: '2026-11-15' }],
    ['Ukrainian', 'Доброго дня!\nБудь ласка, видаліть дані джерела Android у робочому просторі tiendas за 30 листопада 2026 року.', '2026-12-02T09:00:00Z', { from: '2026-11-30', to: '2026-11-30' }],
    ['Catalan, wrapped', 'Bon dia,\nsi us plau, esborreu les dades de la font Android del workspace tiendas del 20 al 22 de\nnovembre de 2026.', '2026-11-25T09:00:00Z', { from: '2026-11-20', to: '2026-11-22' }],
    ['Swahili', 'Habari,\nTafadhali futa data ya chanzo cha Android katika workspace tiendas kuanzia tarehe 3 hadi 5 Novemba 2026.', '2026-11-20T09:00:00Z', { from: '2026-11-03', to: '2026-11-05' }],
    ['Arabic, with Arabic-Indic digits', 'نرجو حذف بيانات المصدر Android في مساحة العمل tiendas من ٢٥ إلى ٢٧ نوفمبر ٢٠٢٦.', '2026-11-30T09:00:00Z', { from: '2026-11-25', to: '2026-11-27' }],
    ['Hindi', 'नमस्ते,\nकृपया tiendas वर्कस्पेस के Android स्रोत का 2026-11-21 से 2026-11-22 तक का डेटा हटा दें।', '2026-11-30T09:00:00Z', { from: '2026-11-21', to: '2026-11-22' }],
  ];
  for (const [language, text, sent, range] of cases) {
    it(`${language}: a source deletion with its days`, () => {
      const r = parse(text, sent);
      expect([r.kind, r.workspace, r.sources]).toEqual(['source_data', 'tiendas', ['android']]);
      expect(r.ranges).toEqual([range]);
    });
  }
});

describe('a ticket system\'s own dates', () => {
  it('"Data utworzenia: 2026-11-04 06:58" (Polish for "creation date") is no day to delete', () => {
    const r = parse('Zgłoszenie nr HD-2026-08841\nData utworzenia: 2026-11-04 06:58\nTermin realizacji: 2026-11-18\n\nOpis:\nZakres: źródło Android, workspace tiendas, okres: 2026-11-02 – 2026-11-03.', '2026-11-04T06:02:00Z');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-03' }]);
    expect(complete(r)).toBe(true);
  });
  it('"Created:" and "Due date:" likewise', () => {
    expect(parse('Ticket HD-1\nCreated: 2026-11-04 06:58\nDue date: 2026-11-18\n\nDescription:\nPlease delete source Android, workspace tiendas, period 2026-11-02 to 2026-11-03.', '2026-11-04T06:02:00Z').ranges).toEqual([{ from: '2026-11-02', to: '2026-11-03' }]);
  });
});

describe('a day said not to be meant, in other languages', () => {
  it('Polish "(nie z 12 listopada – pomyłka)" is not deleted', () => {
    const r = parse('Prosimy o usunięcie danych Android w workspace tiendas z 13 listopada 2026 (nie z 12 listopada – pomyłka).', '2026-11-16T11:00:00Z');
    expect(r.ranges.some((x) => x.from <= '2026-11-12' && '2026-11-12' <= x.to)).toBe(false);
  });
});

describe('everything of one app', () => {
  it('Norwegian "slett alt fra appen i …" is no workspace purge', () => {
    const r = parse('Hei, slett alt fra appen i tiendas.', '2026-11-27T09:00:00Z');
    expect(r.kind).toBe('source_data');
    expect(complete(r)).toBe(false);
  });
  it('"slett alt i …" still is', () => {
    expect(parse('Hei, slett alt i tiendas.', '2026-11-27T09:00:00Z').kind).toBe('workspace_purge');
  });
});

describe('less than what whole days hold', () => {
  it('"Can you delete just those two and a half hours?" asks before widening to the whole day', () => {
    const r = parse('A test script flooded our Android source (tiendas) on 3 December between 09:00 and\n11:30 UTC. Can you delete just those two and a half hours?', '2026-12-04T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-12-03', to: '2026-12-03' }]);
    expect(r.ambiguities.join(' ')).toContain('just those two and a half hours');
  });
  it('Polish "ale tylko zdarzenia wygenerowane przez boty" (only the bots\' events) asks', () => {
    expect(parse('Proszę usunąć dane ze źródła Android (tiendas) od 2 do 4 listopada 2026, ale tylko zdarzenia wygenerowane przez boty.', '2026-11-20T09:00:00Z').ambiguities.join(' ')).toContain('tylko zdarzenia');
  });
  it('Czech "starší než 1. listopadu 2026" (older than) has no first day', () => {
    const r = parse('Smažte prosím všechna data zdroje Android (tiendas) starší než 1. listopadu 2026.', '2026-11-20T09:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
  it('German "älter als 1. November 2026" likewise', () => {
    expect(parse('Bitte löscht alle Daten der Quelle Android (tiendas), die älter als 1. November 2026 sind.', '2026-11-20T09:00:00Z').ranges).toEqual([]);
  });
});

describe('status and cancel in more words', () => {
  it('Spanish "Cancelad esta solicitud … DEL-2555" cancels', () => {
    expect(parse('Hola,\nCancelad esta solicitud, por favor: DEL-2555. Ya no es necesaria.', '2026-11-06T08:45:00Z', 'RE: Solicitud de borrado').kind).toBe('cancel');
  });
  it('German "wie ist der aktuelle Stand zu DEL-1042?" asks how far it is', () => {
    expect(parse('Guten Tag,\nwie ist der aktuelle Stand zu DEL-1042?', '2026-11-30T09:00:00Z', 'Stand DEL-1042?').kind).toBe('status');
  });
  it('Polish "czy to już zostało wykonane?" under a ticket', () => {
    expect(parse('Dzień dobry,\nczy to już zostało wykonane?', '2026-11-25T07:10:00Z', 'Odp: [DEL-2301] Potwierdzenie przyjęcia').kind).toBe('status');
  });
  it('a help desk\'s "Status: Open | Priority: Normal" line is no status question', () => {
    const r = parse('Ticket #48213: Data deletion - Android\nStatus: Open | Priority: Normal | Opened: 11/23/2026 1:58 PM EST\n\nDescription:\nDelete Android data in tiendas for 11/17/2026 - 11/19/2026.', '2026-11-23T19:05:00Z', '[Ticket #48213] Data deletion - Android');
    expect([r.kind, r.sources, r.ranges]).toEqual(['source_data', ['android'], [{ from: '2026-11-17', to: '2026-11-19' }]]);
  });
});

describe('days written the way a retention plan or a colleague writes them', () => {
  it('"debe eliminarse el tercer trimestre de 2025" deletes the third quarter of 2025', () => {
    const r = parse('Según nuestro calendario de conservación, debe eliminarse el tercer trimestre de 2025 de la fuente Android del workspace tiendas.', '2026-10-08T08:00:00Z');
    expect([r.kind, r.ranges]).toEqual(['source_data', [{ from: '2025-07-01', to: '2025-09-30' }]]);
  });
  it('"from this past Tuesday", sent on a Thursday, is that Tuesday', () => {
    expect(parse('Please delete the Android data in tiendas from this past Tuesday.', '2026-11-26T13:30:00Z').ranges).toEqual([{ from: '2026-11-24', to: '2026-11-24' }]);
  });
  it('"do dia 5 ao dia 7 deste mês" and "vom 5. bis 7. dieses Monats" are days of the sender\'s month', () => {
    expect(parse('Por favor excluam os dados do Android (tiendas) do dia 5 ao dia 7 deste mês.', '2026-11-10T12:00:00Z').ranges).toEqual([{ from: '2026-11-05', to: '2026-11-07' }]);
    expect(parse('Bitte löscht die Daten von Android (tiendas) vom 5. bis 7. dieses Monats.', '2026-11-10T12:00:00Z').ranges).toEqual([{ from: '2026-11-05', to: '2026-11-07' }]);
  });
});

describe('kinds in more words', () => {
  it('French "nous annulons cette demande DEL-4544" cancels', () => {
    expect(parse('Bonjour,\nFinalement nous annulons cette demande DEL-4544, merci de ne rien supprimer.', '2026-12-07T06:15:00Z', 'RE: [DEL-4544] Confirmation requise').kind).toBe('cancel');
  });
  it('a Turkish KVKK request about one person is an end user\'s data', () => {
    expect(parse('Merhaba,\nbir bayimizin çalışanı KVKK kapsamında kişisel verilerinin silinmesini istedi. Kullanıcı kimliği: bayi-4471. Bu kişinin tüm verilerini silebilir misiniz?', '2026-12-04T11:30:00Z', 'KVKK silme talebi').kind).toBe('user_data');
  });
  it('Turkish "Lütfen hesabımı … silin" deletes the account', () => {
    expect(parse('Merhaba,\nşirketimizi kapattık. Lütfen hesabımı ve yönettiğim tüm çalışma alanlarını silin.', '2026-12-05T13:00:00Z', 'Hesabımı silin').kind).toBe('account_purge');
  });
  it('Portuguese "a purga completa de dados do workspace tiendas" purges it', () => {
    const r = parse('Olá,\nestamos a migrar para outra plataforma. Peço a purga completa de dados do\nworkspace tiendas.', '2026-12-04T18:00:00Z', 'Purga completa');
    expect([r.kind, r.workspace]).toEqual(['workspace_purge', 'tiendas']);
  });
  it('a sentence wrapped after its preposition keeps its days ("… pentru\\nperioada 16–18 noiembrie 2026")', () => {
    const r = parse('Bună ziua,\nvă rog să ștergeți datele sursei Android din spațiul de lucru tiendas pentru\nperioada 16–18 noiembrie 2026. Colega noastră a importat o listă greșită.', '2026-12-06T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-11-16', to: '2026-11-18' }]);
    expect(complete(r)).toBe(true);
  });
});

describe('dates written the way other languages write them', () => {
  it('Lithuanian "už 2026 m. lapkričio 4–6 d." is 4 to 6 November', () => {
    expect(parse('Laba diena,\nprašome ištrinti šaltinio Android duomenis tiendas darbo srityje\nuž 2026 m. lapkričio 4–6 d.', '2026-12-05T08:00:00Z').ranges).toEqual([{ from: '2026-11-04', to: '2026-11-06' }]);
  });
  it('Croatian "za 10. i 11. studenoga 2026"', () => {
    expect(parse('Pozdrav,\nmolim vas da obrišete podatke izvora Android u radnom prostoru tiendas\nza 10. i 11. studenoga 2026.', '2026-12-06T19:30:00Z').ranges).toEqual([{ from: '2026-11-10', to: '2026-11-11' }]);
  });
  it('Vietnamese "từ ngày 10 đến ngày 12 tháng 11 năm 2026" and "trong tháng 10 năm 2026"', () => {
    expect(parse('Vui lòng xóa dữ liệu nguồn Android trong workspace tiendas từ ngày 10 đến ngày 12\ntháng 11 năm 2026.', '2026-12-07T01:00:00Z').ranges).toEqual([{ from: '2026-11-10', to: '2026-11-12' }]);
    expect(parse('Xin xóa toàn bộ dữ liệu nguồn Web của tiendas trong tháng 10 năm 2026.', '2026-12-07T01:00:00Z')).toMatchObject({ sources: ['web'], ranges: [{ from: '2026-10-01', to: '2026-10-31' }] });
  });
  it('Arabic "المصدر Web" (the source Web) names the source', () => {
    expect(parse('نرجو حذف بيانات المصدر Web في مساحة العمل tiendas من ٢٥ إلى ٢٧ نوفمبر ٢٠٢٦.', '2026-11-30T09:00:00Z').sources).toEqual(['web']);
  });
});

describe('a name listed in quotes', () => {
  it('"la source Adobe Launch et "DocuSign Webhook"" asks about the one not in the catalog', () => {
    const r = parse('Merci de supprimer les données de la source Adobe Launch et "Android" dans le workspace tiendas du 15 au 19 octobre 2026.', '2026-11-05T18:00:00Z');
    expect(r.ambiguities.join(' ')).toContain('"Launch" is listed with Android');
  });
});

describe('the whole account in German', () => {
  it('"bitte löschen Sie unseren kompletten Account" is an account purge', () => {
    expect(parse('Guten Tag,\n\nbitte löschen Sie unseren kompletten Account bei Ihnen.', '2026-11-20T09:00:00Z').kind).toBe('account_purge');
  });
});

describe('two requests in one mail, and a workspace written as its slug', () => {
  it('"1) a customer wants all her data gone, GDPR. 2) also, please delete Android for 3 November" asks', () => {
    const r = parse('Hi,\n1) a customer (anna.b@mail.example) wants all her data gone, GDPR.\n2) also, please delete tiendas Android for 3 November 2026.', '2026-12-04T15:00:00Z');
    expect(r.ambiguities.join(' ')).toContain('two requests');
  });
  it('a CCPA request for one user\'s events in one source and month is one request', () => {
    const r = parse('A California consumer submitted a CCPA deletion request. Please delete the events of user id 88123 from Android in tiendas for March 2025.', '2026-12-04T15:00:00Z');
    expect(r.ambiguities.join(' ')).not.toContain('two requests');
  });
});

describe('a workspace written as its slug where another has the same name', () => {
  const twins = indexCatalog({
    workspaces: ['pavo-studio', 'pavo-studio-2023'].map((slug, i) => ({
      id: `ws_p${i}`, slug, name: 'Pavo Studio', contacts: ['hi@pavo.example'], admins: [], deletedAt: null,
      sources: [{ id: `src_p${i}`, slug: `site-${i}`, name: 'Portfolio Site' }], spaces: [],
    })),
  } satisfies Catalog);
  const read = (text: string): ParseResult => parseRequest(textMessage(text, { from: 'hi@pavo.example', date: new Date('2026-12-04T10:00:00Z'), subject: 'Hello' }), twins, { now: NOW });
  it('"pavo-studio" is that workspace, not pavo-studio-2023 (named "Pavo Studio" too)', () => {
    expect(read('Please delete the Portfolio Site data of pavo-studio for 1 December 2026.').workspace).toBe('pavo-studio');
  });
  it('"Pavo Studio" still fits both and asks', () => {
    const r = read('Please delete the Portfolio Site data of Pavo Studio for 1 December 2026.');
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toContain('several workspaces');
  });
});

describe('a domain-like name next to a workspace whose slug it spells', () => {
  const eu = indexCatalog({
    workspaces: ['orbital', 'orbital-eu'].map((slug, i) => ({
      id: `ws_o${i}`, slug, name: slug === 'orbital' ? 'Orbital' : 'Orbital EU', contacts: ['it@orbital.example'], admins: [], deletedAt: null,
      sources: [{ id: `src_o${i}`, slug: 'web-player', name: 'Web Player' }], spaces: [],
    })),
  } satisfies Catalog);
  it('"orbital.eu" asks: a variant of orbital, or orbital-eu?', () => {
    const r = parseRequest(textMessage('Please delete Web Player data in orbital.eu for 8 November 2026.', { from: 'it@orbital.example', date: new Date('2026-11-09T10:00:00Z'), subject: 'Hello' }), eu, { now: NOW });
    expect(r.missing.length + r.ambiguities.length).toBeGreaterThan(0);
  });
});

describe('the dates of a formal letter', () => {
  it('its own date, the earlier letters it answers and its deadline are not days to delete', () => {
    const r = parse('Tiendas Luna SA · Recht & Compliance\nHamburg, 02.10.2026\n\nSehr geehrte Damen und Herren,\nunter Bezugnahme auf unser Schreiben vom 12.09.2026 und Ihre Antwort vom 18.09.2026 beantragen wir\ngemäß Art. 17 DSGVO die Löschung der Archivdaten der Quelle Android im Workspace tiendas\nfür den Zeitraum 01.–15. September 2026.\nBitte bestätigen Sie die Löschung bis zum 30.10.2026.', '2026-10-02T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-09-01', to: '2026-09-15' }]);
    expect(complete(r)).toBe(true);
  });
  it('a date after a city in the middle of a sentence is still read', () => {
    expect(parse('Please delete the tiendas Android data for the Berlin, 02.10.2026 event and nothing else.', '2026-10-05T09:00:00Z').ranges).toEqual([{ from: '2026-10-02', to: '2026-10-02' }]);
  });
});

describe('more of the same, in English', () => {
  it('"but only the bot traffic" asks before deleting whole days', () => {
    expect(parse('Please delete tiendas Android for Nov 3, but only the bot traffic.').ambiguities.join(' ')).toContain('only the bot traffic');
  });
  it('"tiendas web from Monday 2 to Wednesday 4 November" and "tiendas web, Nov 3" name the web source', () => {
    expect(parse('Please delete tiendas web from Monday 2 to Wednesday 4 November.')).toMatchObject({ sources: ['web'], ranges: [{ from: '2026-11-02', to: '2026-11-04' }] });
    expect(parse('Please delete tiendas web, Nov 3.').sources).toEqual(['web']);
  });
});

describe('what the held-out mail of corpora 11 and 12 showed', () => {
  it('"The Agent App and Web Dashboard were not affected, leave them" leaves both out', () => {
    const r = parse('Please delete the Android source in tiendas for 30 November through 3 December 2026. The Web and POS Terminals were not affected, leave them.', '2026-12-05T19:45:00Z');
    expect(r.sources).toEqual(['android']);
  });
  it('Swahili "kuanzia tarehe 10 Novemba 2026" (starting on) has no last day', () => {
    const r = parse('Habari, tafadhali futa data ya Android (tiendas) kuanzia tarehe 10 Novemba 2026.', '2026-12-06T16:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
  it('Portuguese "… ou era outubro? Vou confirmar" is not settled', () => {
    expect(complete(parse('Olá, apaguem por favor o Android do tiendas nos dias 10 e 11 de novembro de 2026... ou era outubro? Vou confirmar com a equipe.', '2026-12-05T23:00:00Z'))).toBe(false);
  });
});

describe('weekdays only, and one request written in two languages', () => {
  it('"the weekdays of week 46" asks before deleting the weekend', () => {
    expect(parse('Please delete the Android data of tiendas for the weekdays of week 46.', '2026-12-04T11:00:00Z').ambiguities.join(' ')).toContain('weekend');
  });
  it('[ES] and [EN] versions naming different days ask which', () => {
    const r = parse('[ES] Por favor borrad los datos de Android (tiendas) del 3 de noviembre de 2026.\n[EN] Please delete the Android (tiendas) data of November 4, 2026.', '2026-12-04T09:45:00Z');
    expect(r.ambiguities.join(' ')).toContain('two languages');
  });
  it('the same day in both versions is one request', () => {
    const r = parse('[ES] Por favor borrad los datos de Android (tiendas) del 3 de noviembre de 2026.\n[EN] Please delete the Android (tiendas) data of November 3, 2026.', '2026-12-04T09:45:00Z');
    expect([r.ranges, complete(r)]).toEqual([[{ from: '2026-11-03', to: '2026-11-03' }], true]);
  });
});

describe('a list that goes on after a bracket, and a zone on the next line', () => {
  it('"de "Android" (android) e web no workspace tiendas" names both', () => {
    expect(parse('Pedimos que apaguem os eventos arquivados de "Android" (android) e web no workspace tiendas do dia 25 de março de 2026.', '2026-10-06T16:34:36Z').sources).toEqual(['android', 'web']);
  });
  it('"last night between 10pm and 2am\\nPacific time" reads the hours in Pacific time', () => {
    const r = parse('our Android source (tiendas) received junk last night between 10pm and 2am\nPacific time. Delete whatever covers that.', '2026-12-05T23:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-12-05', to: '2026-12-05' }]);
  });
});

describe('a former name, and a Unify space in Portuguese', () => {
  it('"(formerly Tiendas Luna Test, now Tiendas Luna)" is the current workspace', () => {
    expect(parse('Our firm (formerly Tiendas Luna Test, now Tiendas Luna) needs the Android data for October 5, 2026 deleted.', '2026-10-07T20:30:00Z').workspace).toBe('tiendas');
  });
  it('a former name alone is still the name written', () => {
    expect(parse('Please delete the Web data for October 5, 2026 (we were formerly tiendas-test).', '2026-10-07T20:30:00Z').workspace).toBe('tiendas-test');
  });
  it('"apagar o nosso espaço do Unify no tiendas" is a space deletion', () => {
    expect(parse('Bom dia,\npodem apagar o nosso espaço do Unify no tiendas? Não usamos mais.', '2026-12-07T09:15:00Z').kind).toBe('unify_space');
  });
});

describe('purges and spaces in Hungarian and Chinese', () => {
  it('"Kérjük a tiendas munkaterület teljes adattörlését" purges the workspace', () => {
    const r = parse('Tisztelt Csapat! Kérjük a tiendas munkaterület teljes adattörlését. Köszönöm', '2026-12-01T09:00:00Z');
    expect([r.kind, r.workspace]).toEqual(['workspace_purge', 'tiendas']);
  });
  it('"请删除 tiendas 的 Unify 空间" is a space deletion', () => {
    expect(parse('请删除 tiendas 的 Unify 空间。', '2026-12-01T09:00:00Z').kind).toBe('unify_space');
  });
});
