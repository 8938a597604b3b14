/**
 * The parser on mail written the way customers write it, one block per way it once went wrong on mail
 * it had never seen. Each case asserts what the customer would get: the scope, or a question.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], extra: Partial<Catalog['workspaces'][number]> = {}): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`, slug, name, contacts: [`ops@${slug}.example`], deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })), spaces: [], ...extra,
});
const catalog = indexCatalog({
  workspaces: [
    ws('acme-inc', 'Acme Inc', [['ios-app', 'iOS App'], ['android', 'Android App'], ['web', 'Website']], { spaces: [{ id: 'spa_1', name: 'Marketing' }] }),
    ws('acme-io', 'Acme IO', [['server', 'Server API']]),
    ws('hooli', 'Hooli', [['nucleus', 'Nucleus'], ['data-pipeline', 'Data Pipeline']]),
    ws('piedpiper', 'Pied Piper', [['android-prod', 'Android Prod'], ['ios-prod', 'iOS Prod']]),
    ws('umbrella-old', 'Umbrella Legacy', [['web-legacy', 'Legacy Website']], { deletedAt: '2021-11-02' }),
  ],
} satisfies Catalog);

const NOW = new Date('2024-10-20T12:00:00Z');
const message = (text: string, extra: Partial<InboundMessage> = {}): InboundMessage => textMessage(text, { from: 'ops@acme-inc.example', date: new Date('2024-10-15T10:15:00Z') }, extra);
const parse = (text: string, extra: Partial<InboundMessage> = {}): ParseResult => parseRequest(message(text, extra), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('ranges written end before start are asked about, never moved to another year', () => {
  for (const text of [
    'Please delete the iOS App data of acme-inc from September 10 to September 5, 2024.',
    'Please delete acme-inc android events 10 Sep – 5 Sep 2024',
    'delete web data (acme-inc) for 2024-09-10 to 2024-09-05',
    'Bitte löschen Sie die Daten der Quelle android in acme-inc vom 10. bis 5. September 2024.',
    'Please delete the iOS App data of acme-inc from Sep 10 to Sep 5.',
  ]) {
    it(text, () => {
      const r = parse(text);
      expect(complete(r)).toBe(false);
      expect(r.ranges.some((x) => x.from < '2024-09-01')).toBe(false);
      expect(r.ambiguityFields).toContain('ranges');
    });
  }
});

describe('purge words without an unmistakable purge', () => {
  it('"the data from all sources of workspace hooli for March 1–3" is a source deletion of every hooli source', () => {
    const r = parse('Please delete the data from all sources of workspace hooli for March 1–3, 2024.');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'hooli', sources: ['data-pipeline', 'nucleus'], ranges: [{ from: '2024-03-01', to: '2024-03-03' }], missing: [], ambiguities: [] });
    expect(r.evidence?.sources.map((s) => s.text)).toEqual(['all sources', 'all sources']);
  });
  it('"the affected data in our workspace" on two named days is a source deletion asking which source', () => {
    const r = parse('We had a bad import on 2 and 3 October 2024. Please delete the affected data in our workspace hooli.');
    expect(r.kind).toBe('source_data');
    expect(r.missing).toContain('source');
  });
  it('an import gone wrong in acme-inc on two days, with "all the data" of those days, is never a purge', () => {
    const r = parse('Hi, a broken deploy sent junk to acme-inc on Oct 3 and Oct 4 2024 — can you wipe all the data for those two days?');
    expect(r.kind).toBe('source_data');
  });
  it('"delete our workspace hooli and everything in it" is a purge', () => {
    expect(parse('We are shutting down. Please delete our workspace hooli and everything in it.')).toMatchObject({ kind: 'workspace_purge', workspace: 'hooli', missing: [], ambiguities: [] });
  });
  it('"delete the data in our workspace" without days or source asks', () => {
    expect(complete(parse('Please delete the data in our workspace hooli.'))).toBe(false);
  });
});

describe('end-user requests are user_data in any language, whatever else they say', () => {
  for (const text of [
    'Löschanfrage Endnutzer gemäß Art. 17 DSGVO: Bitte löschen Sie alle Daten zum Endnutzer mit der E-Mail-Adresse max@example.de im Workspace acme-inc.',
    "Demande d'effacement RGPD : merci de supprimer toutes les données de l'utilisatrice jeanne@example.fr dans le workspace acme-inc.",
    'Solicitud RGPD: un usuario final nos pide borrar todos sus datos del workspace acme-inc.',
    'AVG-verzoek: een eindgebruiker wil dat al zijn gegevens in workspace acme-inc worden verwijderd.',
    "Richiesta GDPR: l'utente finale mario@example.it chiede la cancellazione di tutti i dati nel workspace acme-inc.",
    'Pedido LGPD: o titular dos dados pediu para apagar todos os dados no workspace acme-inc.',
    'We received a DSAR: please delete everything you hold on jane@example.com in workspace acme-inc.',
    'CCPA consumer request — delete all personal information of the consumer with user id 4411 in acme-inc.',
  ]) {
    it(text.slice(0, 60), () => {
      expect(parse(text).kind).toBe('user_data');
    });
  }
});

describe('archive purges', () => {
  it('a formal letter about a long-deleted workspace', () => {
    const r = parse('Dear Sir or Madam,\n\nOur former workspace umbrella-old was closed in 2021. We hereby request that you purge any data still stored for it.\n\nYours faithfully,\nIT Department');
    expect(r).toMatchObject({ kind: 'archive_purge', workspace: 'umbrella-old', missing: [], ambiguities: [] });
  });
  it('"purge whatever you still keep in the archive for it"', () => {
    expect(parse('Our old workspace umbrella-old is long gone. Please purge whatever you still keep in the archive for it.').kind).toBe('archive_purge');
  });
});

describe('names: two workspaces, near misses with extra words, partly understood lists', () => {
  it('"the Acme workspace" fits Acme Inc and Acme IO: ask', () => {
    const r = parse('Please delete the Acme workspace entirely.');
    expect(r.workspace).toBeNull();
    expect(r.ambiguityFields).toContain('workspace');
  });
  for (const [text, field] of [
    ['Please delete our workspace Acme Inc Staging.', 'workspace'],
    ['Please delete all data of acme-inc.eu.', 'workspace'],
    ['Please delete the iOS App 2 source in acme-inc for 2024-10-01.', 'sources'],
    ['Please delete the Android App Beta data in acme-inc for 2024-10-01.', 'sources'],
    ['Please delete android-beta in acme-inc for 2024-10-01.', 'sources'],
  ] as const) {
    it(`${text} → asks about the ${field}`, () => {
      const r = parse(text);
      expect(complete(r)).toBe(false);
      expect(r.ambiguityFields).toContain(field);
    });
  }
  for (const text of [
    'Please delete the ios-app and tvOS data in acme-inc for 2024-10-01.',
    'Please delete the iOS App and tvOS sources in acme-inc for 2024-10-01.',
    'Please delete the tvOS, iOS App and Android App data in acme-inc for 2024-10-01.',
  ]) {
    it(`${text} asks about tvOS instead of deleting only what it knows`, () => {
      const r = parse(text);
      expect(complete(r)).toBe(false);
      expect(r.ambiguities.join(' ')).toContain('tvOS');
    });
  }
  it('"the iOS and tvOS data" understands iOS and asks about tvOS', () => {
    const r = parse('Please delete the iOS and tvOS data in acme-inc for 2024-10-01.');
    expect(r.sources).toEqual(['ios-app']);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toContain('tvOS');
  });
  it('"the Roku and android sources" asks about Roku', () => {
    expect(complete(parse('Delete the Roku and android sources of acme-inc for 2024-10-01.'))).toBe(false);
  });
  it('a name both excluded and asked for is asked about', () => {
    const r = parse('Please delete website data in acme-inc for 2024-10-01 (not the iOS App!) and the iOS App data for 2024-10-02.');
    expect(complete(r)).toBe(false);
  });
  for (const text of [
    'Please delete all sources of acme-inc except android for 2024-10-01.',
    'Bitte löschen Sie alle Quellen in acme-inc außer android für den 01.10.2024.',
  ]) {
    it(`${text} → every other source of the workspace, with a note`, () => {
      const r = parse(text);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.sources).not.toContain('android');
      expect(r.notes.join(' ')).toMatch(/every source of acme-inc but/);
    });
  }
  it('"the regular Android App must stay": the other named source is the scope', () => {
    const r = parse('Please delete the iOS App source in acme-inc for 2024-10-01. The regular Android App must stay.');
    expect(r).toMatchObject({ sources: ['ios-app'], missing: [], ambiguities: [] });
  });
  it('"(not the iOS App!)" next to the website source: the website only', () => {
    expect(parse('Please delete website data in acme-inc for 2024-10-01 (not the iOS App!)')).toMatchObject({ sources: ['web'], missing: [], ambiguities: [] });
  });
  it('an email address in the text names no workspace', () => {
    const r = parse('Please delete the android data for 2024-10-01. Questions to ops@acme-inc.example.');
    expect(r.workspace).toBeNull();
  });
});

describe('time zones and the sender\'s own day', () => {
  it('"October 2 between 7:00 and 8:00 am JST" is 1 October UTC, with a note', () => {
    const r = parse('Please delete the android data of acme-inc on October 2, 2024 between 7:00 and 8:00 am JST.');
    expect(r.ranges).toEqual([{ from: '2024-10-01', to: '2024-10-01' }]);
    expect(r.notes.join(' ')).toContain('time of day');
  });
  it('"last week" written Monday 08:00 +0900 is the week before the sender\'s Monday', () => {
    const r = parse('Please delete the android data of acme-inc from last week.', {
      date: new Date('2024-10-13T23:00:00Z'), headers: { date: 'Mon, 14 Oct 2024 08:00:00 +0900' },
    });
    expect(r.ranges).toEqual([{ from: '2024-10-07', to: '2024-10-13' }]);
  });
  it('"yesterday" written 23:30 -0700 is the sender\'s yesterday', () => {
    const r = parse('Delete the android data of acme-inc from yesterday please.', {
      date: new Date('2024-10-16T06:30:00Z'), headers: { date: 'Tue, 15 Oct 2024 23:30:00 -0700' },
    });
    expect(r.ranges).toEqual([{ from: '2024-10-14', to: '2024-10-14' }]);
  });
  it('a Date header ahead of the real clock is not trusted: its "yesterday" is asked about as future', () => {
    const r = parseRequest(message('Delete the android data of acme-inc for October 25, 2024.', { date: new Date('2024-10-30T10:00:00Z') }), catalog, { now: NOW });
    expect(complete(r)).toBe(false);
    expect(r.ambiguityFields).toContain('ranges');
  });
  it('without a `now` the real clock is used: a day next year is future', () => {
    const next = new Date().getUTCFullYear() + 1;
    const r = parseRequest(message(`Delete the android data of acme-inc for March 3, ${next}.`, { date: new Date(`${next}-06-01T00:00:00Z`) }), catalog);
    expect(complete(r)).toBe(false);
  });
});

describe('quoted history in the languages mail programs localise into', () => {
  const NEW = 'Please delete the android data of acme-inc for 2024-10-01.';
  const OLD = 'Which days? For example: From 1 March 2024 to 3 March 2024. You mentioned ios-app on 2024-02-01.';
  const headers: [string, string][] = [
    ['Polish Outlook', 'Od: Deletion Desk <deletions@example.com>\nWysłane: poniedziałek, 14 października 2024 10:00\nDo: Ops\nTemat: RE: Data deletion'],
    ['Swedish Outlook', 'Från: Deletion Desk <deletions@example.com>\nSkickat: den 14 oktober 2024 10:00\nTill: Ops\nÄmne: SV: Data deletion'],
    ['Danish Outlook', 'Fra: Deletion Desk <deletions@example.com>\nSendt: 14. oktober 2024 10:00\nTil: Ops\nEmne: SV: Data deletion'],
    ['Norwegian Outlook', 'Fra: Deletion Desk <deletions@example.com>\nSendt: mandag 14. oktober 2024 10:00\nTil: Ops\nEmne: SV: Data deletion'],
    ['Finnish Outlook', 'Lähettäjä: Deletion Desk <deletions@example.com>\nLähetetty: maanantai 14. lokakuuta 2024 10.00\nVastaanottaja: Ops\nAihe: VS: Data deletion'],
    ['Dutch Outlook', 'Van: Deletion Desk <deletions@example.com>\nVerzonden: maandag 14 oktober 2024 10:00\nAan: Ops\nOnderwerp: RE: Data deletion'],
    ['Italian Outlook', 'Da: Deletion Desk <deletions@example.com>\nInviato: lunedì 14 ottobre 2024 10:00\nA: Ops\nOggetto: R: Data deletion'],
    ['Portuguese Outlook', 'De: Deletion Desk <deletions@example.com>\nEnviado: segunda-feira, 14 de outubro de 2024 10:00\nPara: Ops\nAssunto: RE: Data deletion'],
    ['Czech Outlook', 'Od: Deletion Desk <deletions@example.com>\nOdesláno: pondělí 14. října 2024 10:00\nKomu: Ops\nPředmět: RE: Data deletion'],
    ['Hungarian Outlook', 'Feladó: Deletion Desk <deletions@example.com>\nElküldve: 2024. október 14. 10:00\nCímzett: Ops\nTárgy: RE: Data deletion'],
    ['Turkish Outlook', 'Kimden: Deletion Desk <deletions@example.com>\nGönderildi: 14 Ekim 2024 Pazartesi 10:00\nKime: Ops\nKonu: YNT: Data deletion'],
    ['Russian Outlook', 'От: Deletion Desk <deletions@example.com>\nОтправлено: 14 октября 2024 г. 10:00\nКому: Ops\nТема: RE: Data deletion'],
    ['Japanese Outlook', '差出人: Deletion Desk <deletions@example.com>\n送信日時: 2024年10月14日 10:00\n宛先: Ops\n件名: RE: Data deletion'],
    ['Chinese Outlook', '发件人: Deletion Desk <deletions@example.com>\n发送时间: 2024年10月14日 10:00\n收件人: Ops\n主题: 回复: Data deletion'],
    ['Korean Outlook', '보낸 사람: Deletion Desk <deletions@example.com>\n보낸 날짜: 2024년 10월 14일 월요일 오전 10:00\n받는 사람: Ops\n제목: RE: Data deletion'],
    ['Swedish Gmail', 'Den mån 14 okt. 2024 kl 10:00 skrev Deletion Desk <deletions@example.com>:'],
    ['Italian Gmail', 'Il giorno lun 14 ott 2024 alle ore 10:00 Deletion Desk <deletions@example.com> ha scritto:'],
    ['Polish Gmail', 'pon., 14 paź 2024 o 10:00 Deletion Desk <deletions@example.com> napisał(a):'],
    ['Finnish Gmail', 'ma 14. lokak. 2024 klo 10.00 Deletion Desk (deletions@example.com) kirjoitti:'],
    ['Czech Gmail', 'po 14. 10. 2024 v 10:00 odesílatel Deletion Desk <deletions@example.com> napsal:'],
    ['Hungarian Gmail', 'Deletion Desk <deletions@example.com> ezt írta (időpont: 2024. okt. 14., H, 10:00):'],
    ['Turkish Gmail', 'Deletion Desk <deletions@example.com>, 14 Eki 2024 Pzt, 10:00 tarihinde şunu yazdı:'],
    ['Russian Gmail', 'пн, 14 окт. 2024 г. в 10:00, Deletion Desk <deletions@example.com>:'],
    ['Chinese Gmail', 'Deletion Desk <deletions@example.com> 于2024年10月14日周一 10:00写道：'],
    ['Korean Gmail', '2024년 10월 14일 (월) 오전 10:00, Deletion Desk <deletions@example.com>님이 작성:'],
    ['Outlook "Original Message" in German', '-----Ursprüngliche Nachricht-----\nVon: Deletion Desk <deletions@example.com>'],
    ['Outlook "Original Message" in Swedish', '-----Ursprungligt meddelande-----\nFrån: Deletion Desk <deletions@example.com>'],
  ];
  for (const [name, header] of headers) {
    for (const quoted of [false, true]) {
      it(`${name}${quoted ? ' with > quoting' : ''}`, () => {
        const old = quoted ? OLD.split('. ').map((l) => `> ${l}`).join('\n') : OLD;
        const r = parse(`${NEW}\n\nAll the best,\nOps\n\n${header}\n\n${old}\n`, { subject: 'RE: Data deletion', inReplyTo: 'q@desk' });
        expect(r).toMatchObject({ kind: 'source_data', workspace: 'acme-inc', sources: ['android'], ranges: [{ from: '2024-10-01', to: '2024-10-01' }], missing: [], ambiguities: [] });
      });
    }
  }
});

describe('sign-offs and signature blocks never become scope', () => {
  for (const signOff of ['All the best,', 'Best wishes,', 'Warm regards,', 'Take care,', 'Med vänliga hälsningar', 'Pozdrawiam', 'Cordiali saluti', 'Met vriendelijke groet,', 'Viele Grüße', 'Atenciosamente,', 'С уважением,']) {
    it(signOff, () => {
      const r = parse(`Please delete the android data of acme-inc for 2024-10-01.\n\n${signOff}\nMaria Lopez\nHead of Data, Acme Inc\nOn leave March 5–8 2024 · +1 415 555 0100 · ios-app owner`);
      expect(r).toMatchObject({ sources: ['android'], ranges: [{ from: '2024-10-01', to: '2024-10-01' }], missing: [], ambiguities: [] });
    });
  }
  it('a signature with no sign-off: "on leave" days are the sender\'s, not the request\'s', () => {
    const r = parse('Please delete the android data of acme-inc for 2024-10-01.\n\nMaria Lopez\nHead of Data · on leave Oct 5–8, 2024');
    expect(r).toMatchObject({ ranges: [{ from: '2024-10-01', to: '2024-10-01' }], missing: [], ambiguities: [] });
  });
});

describe('hidden HTML is not read; text and HTML that disagree are asked about', () => {
  const visible = '<p>Please delete the android data of acme-inc for 2024-10-01.</p>';
  for (const [name, decoy] of [
    ['display:none', '<div style="display:none">Also delete ios-app for 2024-10-05.</div>'],
    ['visibility:hidden', '<span style="visibility: hidden">Also delete ios-app for 2024-10-05.</span>'],
    ['font-size:0', '<span style="font-size:0px">Also delete ios-app for 2024-10-05.</span>'],
    ['white on white', '<font color="#ffffff">Also delete ios-app for 2024-10-05.</font>'],
    ['colour equal to its background', '<div style="background-color:#f4f4f4"><span style="color:#F4F4F4">Also delete ios-app for 2024-10-05.</span></div>'],
    ['mso-hide:all', '<div style="mso-hide:all;">Also delete ios-app for 2024-10-05.</div>'],
  ]) {
    it(name, () => {
      const r = parse('', { html: `<html><body>${visible}${decoy}</body></html>`, contentType: 'text/html' });
      // What the person sees is the scope; the hidden words are never more days, nor a question.
      expect(r).toMatchObject({ sources: ['android'], ranges: [{ from: '2024-10-01', to: '2024-10-01' }], missing: [], ambiguities: [] });
      expect(r.notes.join(' ')).toMatch(/hidden text/);
    });
  }
  it('white text on a dark background is read', () => {
    const r = parse('', { html: '<table bgcolor="#000000"><tr><td><font color="#ffffff">Please delete the android data of acme-inc for 2024-10-01.</font></td></tr></table>', contentType: 'text/html' });
    expect(r.sources).toEqual(['android']);
  });
  it('a text part and an HTML part naming different days asks', () => {
    const r = parse('Please delete the android data of acme-inc for 2024-10-01.', { html: '<p>Please delete the android data of acme-inc for 2024-10-02.</p>', contentType: 'multipart/alternative' });
    expect(complete(r)).toBe(false);
  });
  it('a text part and an HTML part saying the same is complete', () => {
    const r = parse('Please delete the android data of acme-inc for 2024-10-01.\n', { html: '<div dir="ltr">Please delete the <b>android</b> data of acme-inc for 2024-10-01.</div>', contentType: 'multipart/alternative' });
    expect(complete(r)).toBe(true);
  });
});

describe('subjects, our own example, and replies that answer', () => {
  it('a year-less subject date and the body\'s full date are one range', () => {
    const r = parse('Please delete the android data of acme-inc from Jan 3 to Jan 5 2024.', { subject: 'Delete Android data Jan 3-5' });
    expect(r).toMatchObject({ ranges: [{ from: '2024-01-03', to: '2024-01-05' }], missing: [], ambiguities: [] });
  });
  it('a subject date the body contradicts is asked about', () => {
    expect(complete(parse('Please delete the android data of acme-inc for 2024-01-07.', { subject: 'Delete Android data Jan 3' }))).toBe(false);
  });
  it('our needs-info example answered in that exact form is the range', () => {
    const r = parse('From 1 March 2024 to 3 March 2024.', { subject: 'Re: [DEL-4] Which days?', inReplyTo: 'q@desk' });
    expect(r.ranges).toEqual([{ from: '2024-03-01', to: '2024-03-03' }]);
    expect(r.ambiguityFields).not.toContain('ranges');
  });
  it('"it\'s android-prod in piedpiper, the 2nd of March 2024" under a ticket is the answer', () => {
    const r = parse("it's android-prod in piedpiper, the 2nd of March 2024", { subject: 'Re: [DEL-9] We need a few details', inReplyTo: 'q@desk' });
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'piedpiper', sources: ['android-prod'], ranges: [{ from: '2024-03-02', to: '2024-03-02' }], ambiguities: [] });
  });
  it('a reply naming only the workspace keeps kind unknown and returns it', () => {
    const r = parse('piedpiper', { subject: 'Re: [DEL-9] Which workspace?', inReplyTo: 'q@desk' });
    expect(r).toMatchObject({ kind: 'unknown', workspace: 'piedpiper' });
  });
  for (const text of ['done yet?', 'Is it done?', 'any update?', 'Schon erledigt?', "C'est fait ?"]) {
    it(`"${text}" under a ticket is a status question`, () => {
      expect(parse(text, { subject: 'Re: [DEL-12] Scheduled', inReplyTo: 'q@desk' }).kind).toBe('status');
    });
  }
  for (const [text, from, to] of [
    ['Please delete the android data of acme-inc for October 3rd and 4th, 2024.', '2024-10-03', '2024-10-04'],
    ['Please delete the android data of acme-inc for the 1st through the 3rd of October 2024.', '2024-10-01', '2024-10-03'],
    ['Bitte löschen Sie android in acme-inc am 3. und 4. Oktober 2024.', '2024-10-03', '2024-10-04'],
    ['Per favore cancellate i dati della sorgente android nel workspace acme-inc dal 1 al 3 ottobre 2024.', '2024-10-01', '2024-10-03'],
  ] as const) {
    it(`${text} → ${from} to ${to}`, () => {
      expect(parse(text)).toMatchObject({ ranges: [{ from, to }], missing: [], ambiguities: [] });
    });
  }
  it('"04.–06.03.2024" is 4 to 6 March', () => {
    expect(parse('Bitte löschen Sie die Daten der Quelle android in acme-inc für den 04.–06.03.2024.').ranges).toEqual([{ from: '2024-03-04', to: '2024-03-06' }]);
  });
  it('"04.03.–06.03.2024" is 4 to 6 March', () => {
    expect(parse('Bitte löschen Sie die Daten der Quelle android in acme-inc vom 04.03.–06.03.2024.').ranges).toEqual([{ from: '2024-03-04', to: '2024-03-06' }]);
  });
  it('"the night of Feb 10/11" is 10 to 11 February, proposed as whole days', () => {
    const r = parse('Please delete the android data of acme-inc for the night of Feb 10/11, 2024.');
    expect(r.ranges).toEqual([{ from: '2024-02-10', to: '2024-02-11' }]);
    expect(r.ambiguities.join(' ')).toContain('"the night of Feb 10/11" is less than whole UTC days');
  });
});

describe('cancel only on an explicit cancellation (issue 9, failure 2)', () => {
  it('a reply that narrows the scope with "do not delete anything in 2026" stays a source deletion', () => {
    const r = parse('Yes. Delete the android source for 2024-01-03 to 2024-01-05. Do not delete anything in 2026.', { subject: 'Re: [DEL-3] Which days?', inReplyTo: 'q@desk' });
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2024-01-03', to: '2024-01-05' }]);
    // The reply names no workspace: the ticket's workspace completes it at intake.
    expect(r.sources).toEqual(['android']);
    expect(r.missing).toEqual(['workspace']);
    expect(r.evidence?.kind).toBe('Delete');
  });
  it('"Please do not delete anything, this was not us" cancels', () => {
    expect(parse('Please do not delete anything, this was not us.', { subject: 'Re: [DEL-3] Scheduled' }).kind).toBe('cancel');
  });
});

describe('a day-limited request for every source is never a purge (issue 9, failure 3)', () => {
  it('"delete the data from all sources of workspace hooli for March 1–3"', () => {
    const r = parse('delete the data from all sources of workspace hooli for March 1–3 2024');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['data-pipeline', 'nucleus']);
  });
});

describe('forwards', () => {
  const fwd = (note: string): string =>
    `${note}\n\n---------- Forwarded message ---------\nFrom: Ana <ana@acme-inc.example>\nDate: Mon, Oct 7, 2024 at 9:00 AM\nSubject: deletion\nTo: <ops@acme-inc.example>\n\nPlease delete the android data of acme-inc from yesterday.\n`;
  it('"please handle": a request, dates counted from the forwarded message', () => {
    const r = parse(fwd('Please handle, thanks.'), { subject: 'Fwd: deletion' });
    expect(r.forwarded).toMatchObject({ originalFrom: 'ana@acme-inc.example', intent: 'request' });
    expect(r.forwarded?.originalDate?.slice(0, 10)).toBe('2024-10-07');
    expect(r.ranges).toEqual([{ from: '2024-10-06', to: '2024-10-06' }]);
    expect(r.kind).toBe('source_data');
  });
  it('"bitte erledigen" is a request', () => {
    expect(parse(fwd('Bitte erledigen.'), { subject: 'WG: deletion' }).forwarded?.intent).toBe('request');
  });
  it('"is this legit?" is a question, not a request', () => {
    const r = parse(fwd('Is this legit?'), { subject: 'Fwd: deletion' });
    expect(r.forwarded?.intent).toBe('question');
    expect(r.kind).toBe('unknown');
  });
  it('"FYI" is unclear', () => {
    expect(parse(fwd('FYI'), { subject: 'Fwd: deletion' }).forwarded?.intent).toBe('unclear');
  });
});

describe('evidence and ambiguity fields', () => {
  it('quotes the words each field came from', () => {
    const r = parse('Hi! Please remove the Android App events of Acme Inc for 3–5 March 2024.');
    expect(r.evidence).toEqual({
      kind: 'remove', workspace: 'Acme Inc', sources: [{ slug: 'android', text: 'Android App' }], space: null,
      ranges: [{ from: '2024-03-03', to: '2024-03-05', text: '3–5 March 2024' }],
    });
  });
  it('gives one field per question, in order', () => {
    const r = parse('Please delete acme-incc data for 03/04/2024.');
    expect(r.ambiguityFields).toHaveLength(r.ambiguities.length);
  });
  it('notes carry no raw newlines', () => {
    const r = parse('Please delete the android data of acme-inc for\nMarch 3\n2024 from 10:00 to 11:00 PST.');
    for (const n of r.notes) expect(n).not.toMatch(/\n/);
  });
});

// Hours, or a local day in a zone, cover whole UTC days that hold more than was asked for: the parser
// proposes those days and asks (the platform deletes whole days only and never widens silently).
describe('time zones written as words, and hours in other languages', () => {
  for (const [text, from, to] of [
    ['Please delete the android data of acme-inc for 3 October 2024, whole day, Japan time.', '2024-10-02', '2024-10-03'],
    ['Please delete the android data of acme-inc for 3 October 2024 (Pacific time), all day.', '2024-10-03', '2024-10-04'],
    ['Por favor excluam os dados da fonte android no workspace acme-inc de 3 de outubro de 2024, das 22h às 23h30 (horário de Brasília).', '2024-10-04', '2024-10-04'],
    ['ワークスペース acme-inc の android ソースで、2024年10月3日の午前8時から9時（日本時間）のデータを削除してください。', '2024-10-02', '2024-10-02'],
    ['Bitte löschen Sie android in acme-inc am 3. Oktober 2024 von 00:30 bis 01:30 Uhr MESZ.', '2024-10-02', '2024-10-02'],
  ] as const) {
    it(text.slice(0, 70), () => {
      const r = parse(text);
      // The UTC days covering the hours or the local day, with a note, proposed in a question.
      expect(r).toMatchObject({ ranges: [{ from, to }], missing: [] });
      expect(r.notes.join(' ')).toMatch(new RegExp(`UTC days ${from} to ${to}`));
      expect(r.ambiguities.join(' ')).toContain(`which covers ${from} to ${to} — should those whole days be deleted?`);
    });
  }
});

describe('mail that is no request, and requests in other words', () => {
  it('an auto-reply under a ticket is no request and asks nothing', () => {
    const r = parse('I am out of the office until 14 October 2024. For deletions contact ops@acme-inc.example.', { subject: 'Automatic reply: [DEL-4] Please confirm', inReplyTo: 'q@desk' });
    expect(r).toMatchObject({ kind: 'unknown', ranges: [], missing: [], ambiguities: [], ticket: 'DEL-4' });
  });
  it('a newsletter (List-Unsubscribe) that talks about deleting user data is no request', () => {
    const r = parse('This month: how to delete end-user data under GDPR in three steps. Webinar on 3 October 2024.', { headers: { 'list-unsubscribe': '<mailto:u@news.example>' } });
    expect(r).toMatchObject({ kind: 'unknown', missing: [], ambiguities: [] });
  });
  it('spam that says "reply REMOVE" is no request', () => {
    expect(parse('Grow your traffic! Reply REMOVE and we will take you off our list within 30 days.', { subject: 'Page 1 on Google' }).kind).toBe('unknown');
  });
  it('"delete my account" is an account purge; from someone who administers nothing it asks', () => {
    const r = parse('Please close and delete our account with every workspace in it.');
    expect(r).toMatchObject({ kind: 'account_purge', workspace: null });
    expect(complete(r)).toBe(false);
  });
  for (const [text, kind] of [
    ['Hvordan går det med sletningen?', 'status'],
    ['¿Hay novedades sobre el borrado?', 'status'],
    ['Paren el borrado, por favor: nadie de nosotros lo pidió.', 'cancel'],
    ['Stoppa raderingen omedelbart!', 'cancel'],
  ] as const) {
    it(`${text} → ${kind}`, () => {
      expect(parse(text, { subject: 'Re: [DEL-8] Request received', inReplyTo: 'q@desk' }).kind).toBe(kind);
    });
  }
  it('"1–10 October except 5 October" is two ranges', () => {
    expect(parse('Please delete the android data of acme-inc from 1 to 10 October 2024, except 5 October.')).toMatchObject({
      ranges: [{ from: '2024-10-01', to: '2024-10-04' }, { from: '2024-10-06', to: '2024-10-10' }], missing: [], ambiguities: [],
    });
  });
  it('a day we only noticed something on is not a day to delete', () => {
    expect(parse('Please delete the android data of acme-inc for 2024-10-01. We only noticed it today.').ranges).toEqual([{ from: '2024-10-01', to: '2024-10-01' }]);
  });
  it('"some days last week" asks which days', () => {
    const r = parse('We had bad data on some days last week, please delete the affected android data in acme-inc.');
    expect(complete(r)).toBe(false);
  });
});
