/**
 * The kind of request, in every language customers write: English, German, French, Spanish, Portuguese,
 * Italian, Dutch, Polish, Swedish, Danish, Norwegian, Finnish, Japanese, Chinese and Korean. Each case is
 * a whole message through the parser, and asserts what the desk would do with it: the kind, and whether
 * it is complete or asks. Messages written for this file (none is copied from a corpus).
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import * as kindWords from '../../src/domain/parse/kindWords';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_fj01', slug: 'fjellbu', name: 'Fjellbu AS', contacts: ['ops@fjellbu.example', 'kari@fjellbu.example'], admins: ['ops@fjellbu.example'], deletedAt: null,
      sources: [{ id: 'src_fj_shop', slug: 'shop-app', name: 'Shop App' }, { id: 'src_fj_web', slug: 'storefront', name: 'Storefront' }], spaces: [],
    },
    {
      id: 'ws_gh01', slug: 'gamla-hamnen', name: 'Gamla Hamnen', contacts: ['ops@fjellbu.example'], admins: ['ops@fjellbu.example'], deletedAt: '2020-06-15',
      sources: [{ id: 'src_gh_site', slug: 'harbour-site', name: 'Harbour Site' }], spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2024-10-20T12:00:00Z');
function parse(text: string, extra: Partial<InboundMessage> = {}): ParseResult {
  const message: InboundMessage = {
    messageId: 'lang@x', from: { address: 'ops@fjellbu.example', name: 'Ops' }, to: [], cc: [], replyTo: null, subject: '',
    date: new Date('2024-10-15T10:15:00Z'), text, html: null, inReplyTo: null, references: [], headers: { date: 'Tue, 15 Oct 2024 12:15:00 +0200' },
    contentType: 'text/plain', attachments: [], ...extra,
  };
  return parseRequest(message, catalog, { now: NOW });
}
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a request to delete the whole workspace is a workspace purge, complete when the workspace is named', () => {
  const cases: [string, string][] = [
    ['en', 'We are shutting down. Please delete the workspace fjellbu with everything in it.'],
    ['de', 'Wir beenden die Nutzung. Bitte den gesamten Workspace fjellbu endgültig löschen.'],
    ['fr', "Bonjour, merci de supprimer entièrement l'espace de travail fjellbu."],
    ['es', 'Hola, cerramos la empresa. Por favor eliminen nuestro espacio de trabajo fjellbu por completo.'],
    ['pt', 'Por favor, excluam o workspace fjellbu por completo.'],
    ['it', 'Vi chiediamo di eliminare definitivamente il workspace fjellbu.'],
    ['nl', 'Graag de volledige workspace fjellbu verwijderen.'],
    ['pl', 'Prosimy o usunięcie całego workspace fjellbu.'],
    ['sv', 'Vi vill att arbetsytan fjellbu raderas helt.'],
    ['da', 'Slet venligst hele arbejdsområdet fjellbu.'],
    ['no', 'Vennligst slett arbeidsområdet fjellbu og alt innhold.'],
    ['fi', 'Poistakaa työtila fjellbu kokonaan.'],
    ['sv', 'Hej! Kan ni radera allt i fjellbu?'],
    ['ja', 'fjellbu のワークスペースを完全に削除してください。'],
    ['zh', '请删除我们的工作区 fjellbu。'],
    ['ko', 'fjellbu 워크스페이스를 삭제해 주세요.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const r = parse(text);
      expect(r.kind).toBe('workspace_purge');
      expect(r.workspace).toBe('fjellbu');
      expect(complete(r)).toBe(true);
    });
  }

  it('"delete everything" with no workspace named is a purge of a workspace still to be asked for', () => {
    for (const text of ['Borrad todo, por favor.', 'Bitte alles löschen.', 'Supprimez tout, merci.', 'Usuńcie wszystko, proszę.', 'すべて削除してください。']) {
      const r = parse(text);
      expect(r.kind, text).toBe('workspace_purge');
      expect(r.missing, text).toEqual(['workspace']);
    }
  });
});

describe('purge words with days or a source are not a purge: the desk asks', () => {
  const cases: string[] = [
    'Please delete the workspace fjellbu, but only the Shop App data from 3 to 5 March 2024.',
    'Bitte den Workspace fjellbu löschen, aber nur die Daten der Quelle Shop App vom 3. bis 5. März 2024.',
    'Por favor eliminen el espacio de trabajo fjellbu: solo los datos de Shop App del 3 al 5 de marzo de 2024.',
    'Merci de supprimer tout le workspace fjellbu du 3 au 5 mars 2024.',
    'Prosimy o usunięcie workspace fjellbu, tylko źródło Shop App.',
    // Days the date reader may not know yet still keep a purge from being read as complete.
    'Usuńcie wszystkie dane z marca w fjellbu.',
    'Borren todo lo de marzo en fjellbu.',
    // Test data in a workspace is not the workspace.
    'Im Workspace fjellbu bitte Testdaten löschen.',
    // Everything of a source nobody can resolve is not everything of the workspace.
    'Please delete everything in the test source of fjellbu.',
  ];
  for (const text of cases) {
    it(text, () => {
      const r = parse(text);
      expect(r.kind).not.toBe('workspace_purge');
      expect(r.kind).not.toBe('account_purge');
      expect(complete(r)).toBe(false);
    });
  }
});

describe("a request to delete one's own account is an account purge, whatever the language", () => {
  const cases: [string, string][] = [
    ['en', 'Please close my account; we will not need it any more.'],
    ['en', 'We hereby end our customer account and ask you to remove all data associated with our account.'],
    ['de', 'Bitte löschen Sie mein Benutzerkonto.'],
    ['fr', 'Je souhaite la suppression de mon compte.'],
    ['es', 'Quiero dar de baja mi cuenta.'],
    ['pt', 'Solicito a exclusão da minha conta.'],
    ['it', 'Vorrei chiudere il mio account e tutti i workspace che amministro.'],
    ['nl', 'Ik wil mijn account laten verwijderen.'],
    ['pl', 'Proszę o usunięcie mojego konta.'],
    ['sv', 'Radera mitt konto, tack.'],
    ['da', 'Slet venligst min konto.'],
    ['no', 'Vennligst slett kontoen min.'],
    ['fi', 'Poistakaa tilini.'],
    ['ja', '私のアカウントを削除してください。'],
    ['zh', '请注销我的账户。'],
    ['ko', '제 계정을 삭제해 주세요.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const r = parse(text);
      expect(r.kind).toBe('account_purge');
      expect(r.workspace).toBeNull();
      expect(complete(r)).toBe(true);
    });
  }

  it('asks when the sender administers no workspace', () => {
    const r = parse('Verwijder mijn account alstublieft.', { from: { address: 'kari@fjellbu.example', name: 'Kari' } });
    expect(r.kind).toBe('account_purge');
    expect(complete(r)).toBe(false);
  });
});

describe('the archive of a deleted workspace is an archive purge', () => {
  const cases: [string, string][] = [
    ['en', 'Please delete the old archive of gamla-hamnen; we closed that workspace in June 2020.'],
    ['de', 'Bitte löschen Sie das Archiv von gamla-hamnen.'],
    ['fr', "Merci de supprimer l'archive de l'ancien workspace gamla-hamnen."],
    ['it', "Chiediamo di cancellare l'archivio del vecchio workspace gamla-hamnen."],
    ['nl', 'Graag het archief van gamla-hamnen verwijderen.'],
    ['pl', 'Prosimy o usunięcie archiwum workspace gamla-hamnen.'],
    ['sv', 'Radera arkivet för gamla-hamnen.'],
    ['da', 'Slet venligst arkivet for gamla-hamnen.'],
    ['no', 'Vennligst slett arkivet til gamla-hamnen.'],
    ['fi', 'Poistakaa gamla-hamnen arkisto.'],
    ['ja', 'gamla-hamnen のアーカイブを削除してください。'],
    ['zh', '请删除 gamla-hamnen 的存档。'],
    ['ko', 'gamla-hamnen 아카이브를 삭제해 주세요.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const r = parse(text);
      expect(r.kind).toBe('archive_purge');
      expect(r.workspace).toBe('gamla-hamnen');
      expect(complete(r)).toBe(true);
    });
  }

  it('archive days before the workspace was deleted are days of data, not the archive as a whole', () => {
    const r = parse('Please delete the archive of gamla-hamnen for 3 March 2019, Harbour Site only.');
    expect(r.kind).toBe('source_data');
  });
});

describe("one end user's data is user_data, never a workspace or source deletion", () => {
  const cases: [string, string][] = [
    ['pl', 'Użytkownik naszej aplikacji zażądał usunięcia swoich danych na podstawie RODO. Workspace fjellbu.'],
    ['sv', 'En slutanvändare har begärt att vi raderar hennes uppgifter i fjellbu.'],
    ['da', 'En slutbruger har bedt os slette sine data i fjellbu.'],
    ['no', 'En sluttbruker ber oss slette dataene sine i fjellbu.'],
    ['fi', 'Eräs loppukäyttäjä pyysi tietojensa poistamista työtilasta fjellbu.'],
    ['ja', '会員の方から個人情報の削除依頼を受けました。fjellbu から削除してください。'],
    ['zh', '一位终端用户要求删除他在 fjellbu 的个人信息。'],
    ['ko', '회원 한 명이 fjellbu 에서 개인정보 삭제를 요청했습니다.'],
    ['en', 'Forwarding a request: one of our shoppers invoked the right to erasure, please remove her from fjellbu.'],
    ['en', 'Please remove the user account lena@example.org from fjellbu.'],
    ['it', 'Uno dei nostri utenti ha chiesto la cancellazione dei suoi dati in fjellbu.'],
    ['nl', 'Een van onze gebruikers wil dat zijn gegevens in fjellbu worden verwijderd.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const r = parse(text);
      expect(r.kind).toBe('user_data');
      expect(r.sources).toEqual([]);
      expect(r.ranges).toEqual([]);
    });
  }

  it('an end user writing about their own data, forwarded by a contact quoted the Apple Mail way, is user_data', () => {
    const text = [
      'Please handle.',
      '',
      'Begin forwarded message:',
      '',
      '> From: Lisa Berg <lisa@example.org>',
      '> Subject: My data',
      '> Date: 14 October 2024 at 20:01:00 CEST',
      '> To: ops@fjellbu.example',
      '>',
      '> I shop at Fjellbu and I want all my data deleted, please.',
    ].join('\n');
    const r = parse(text, { subject: 'Fwd: My data' });
    expect(r.kind).toBe('user_data');
  });
});

describe('a withdrawal is a cancellation in any language; a cancelled subscription is not', () => {
  const cancels: [string, string][] = [
    ['pt', 'Por favor cancelem o pedido DEL-77.'],
    ['pl', 'Proszę anulować DEL-77.'],
    ['sv', 'Avbryt DEL-77, det var ett misstag.'],
    ['da', 'Annuller venligst DEL-77.'],
    ['no', 'Avbryt DEL-77, vi har ombestemt oss.'],
    ['fi', 'Peruuttakaa DEL-77.'],
    ['zh', '请取消 DEL-77。'],
    ['ko', 'DEL-77 요청을 취소해 주세요.'],
  ];
  for (const [lang, text] of cancels) {
    it(`${lang}: ${text}`, () => {
      const r = parse(text, { subject: 'DEL-77' });
      expect(r.kind).toBe('cancel');
      expect(r.ticket).toBe('DEL-77');
      expect(complete(r)).toBe(true);
    });
  }

  for (const text of ['Anulowaliśmy subskrypcję, prosimy o usunięcie workspace fjellbu.', 'Vi har opsagt aftalen; slet venligst hele arbejdsområdet fjellbu.']) {
    it(`purge after an ended contract: ${text}`, () => {
      expect(parse(text).kind).toBe('workspace_purge');
    });
  }
});

describe('a status question is a status request in any language', () => {
  const cases: [string, string][] = [
    ['pl', 'Na jakim etapie jest DEL-77?'],
    ['sv', 'Hur går det med DEL-77?'],
    ['da', 'Hvor langt er I med DEL-77?'],
    ['fi', 'Missä vaiheessa DEL-77 on?'],
    ['ja', 'DEL-77 の進捗を教えてください。'],
    ['zh', 'DEL-77 的进度如何？'],
    ['ko', 'DEL-77 진행 상황이 궁금합니다.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => {
      const r = parse(text, { subject: 'DEL-77' });
      expect(r.kind).toBe('status');
      expect(complete(r)).toBe(true);
    });
  }
});

describe('mail that asks nothing of us is not a request, and nothing is asked back', () => {
  const stranger = { from: { address: 'hello@vendor.example', name: 'Vendor' } };
  const cases: [string, string, Partial<InboundMessage>][] = [
    ['en newsletter', 'Our spring webinar on 12 November covers how teams delete stale event data. Unsubscribe here.', stranger],
    ['de newsletter', 'Neu im Newsletter: Daten richtig löschen, drei Tipps für März. Abmelden jederzeit möglich.', stranger],
    ['fr job application', "Je vous adresse ma candidature au poste d'ingénieur données ; j'ai automatisé la suppression de données chez mon employeur.", stranger],
    ['es job application', 'Adjunto mi CV para la vacante de analista; tengo experiencia en borrado seguro de datos desde 2019.', stranger],
    ['ja sales', 'データ消去サービスのご案内です。今月限りの特別価格でご提供いたします。', stranger],
    ['zh sales', '我们的数据删除工具限时优惠，欢迎试用。', stranger],
    ['ko sales', '[광고] 데이터 삭제 솔루션 할인 이벤트 안내', stranger],
    ['de sales', 'Sonderangebot: Daten löschen leicht gemacht, jetzt kostenlos testen!', stranger],
    ['ja job application', 'データエンジニア職に応募いたします。履歴書を添付します。データ削除の経験があります。', stranger],
    ['en how-to', "Quick question: how do we delete a source's data ourselves in the dashboard?", {}],
    ['de how-to', 'Wie können wir Daten selbst löschen, ohne Ihnen zu schreiben?', {}],
    ['es how-to', '¿Cómo podemos borrar datos nosotros mismos?', {}],
    ['nl how-to', 'Hoe kunnen we zelf gegevens verwijderen?', {}],
    ['pl how-to', 'Jak możemy sami usuwać dane?', {}],
    ['ja how-to', 'データを自分で削除するにはどうすればよいですか？', {}],
    ['no how-to', 'Hvordan sletter jeg data selv?', {}],
    ['en how-to with please-words', 'Can you tell me how to delete my account?', {}],
    ['ja how-to with a workspace', 'fjellbu ワークスペースのデータ削除方法を教えてください。', {}],
  ];
  for (const [label, text, extra] of cases) {
    it(`${label}: ${text}`, () => {
      const r = parse(text, extra);
      expect(r.kind).toBe('unknown');
      expect(r.missing).toEqual([]);
      expect(r.ambiguities).toEqual([]);
    });
  }

  it('a question that also asks for a deletion is still the request', () => {
    const r = parse('How do we do this ourselves next time? For now, please delete the workspace fjellbu.');
    expect(r.kind).toBe('workspace_purge');
  });

  it('a forward with no word of the forwarder is not their request', () => {
    const text = ['---------- Forwarded message ---------', 'From: Kari <kari@fjellbu.example>', 'Date: Mon, 14 Oct 2024 at 09:00', 'Subject: cleanup', 'To: ops@fjellbu.example', '', 'delete shop-app in fjellbu for 2024-10-10'].join('\n');
    const r = parse(text, { subject: 'Fwd: cleanup' });
    expect(r.kind).toBe('unknown');
  });
});

describe('a reply in a ticket thread', () => {
  const reply = { subject: 'Re: [DEL-5] Which days should we delete?', inReplyTo: '<q@desk>' };
  it('that gives days and asks for them is a source deletion, its workspace and source still to come', () => {
    const r = parse('The 2nd and 3rd of October 2024, please.', reply);
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2024-10-02', to: '2024-10-03' }]);
    expect(r.missing).toEqual(['workspace', 'source']);
  });
  it('that only thanks us and mentions a day is no request', () => {
    expect(parse('Thanks, we will look again on 18 October 2024.', reply).kind).toBe('unknown');
  });
});

describe('the phrase tables', () => {
  // One empty alternative ("a||b") matches every message: all mail would read as, say, a newsletter.
  it('match no empty text and no plain greeting', () => {
    for (const [name, phrase] of Object.entries(kindWords)) {
      if (typeof phrase !== 'object' || phrase === null || !('test' in phrase)) continue;
      expect(phrase.test(''), name).toBe(false);
      expect(phrase.test('Hello, hope you are well.'), name).toBe(false);
    }
  });
});
