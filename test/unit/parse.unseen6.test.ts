/**
 * The parser on probes written this round, in our own words: purge words next to days of bad data, and
 * "every source" written beside a request to wipe the workspace for some days.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';
import { contractView } from '../../src/domain/parse/contractView';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'kite-tea', name: 'Kite Tea', contacts: ['ops@kite.example'], admins: ['ops@kite.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'web', name: 'Web' }, { id: 'src_2', slug: 'ios-app', name: 'iOS App' }, { id: 'src_3', slug: 'android-app', name: 'Android App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-03T12:00:00Z');
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-11T10:00:00Z') }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('purge words next to a day of bad data are no purge of everything', () => {
  it.each([
    'Please delete all data in Kite Tea. The bad import ran on 5 Nov 2026.',
    'Please delete all our data in workspace kite-tea. Something went wrong with the import on 5 Nov 2026.',
    'Bitte löscht alle Daten im Workspace kite-tea, am 5. November 2026 kamen fehlerhafte Daten rein.',
    'Merci de supprimer toutes les données de kite-tea : des doublons sont arrivés le 5 novembre 2026.',
  ])('%s asks, never a workspace purge', (text) => {
    const r = parse(text);
    expect(r.kind).not.toBe('workspace_purge');
    expect(complete(r)).toBe(false);
  });
  it.each([
    'Our contract ended on 31 October 2026. Please delete our workspace Kite Tea and all its data.',
    'We are closing down on November 30, 2026. Please delete the Kite Tea workspace and everything in it.',
  ])('a date that says why the workspace goes keeps the purge: %s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('kite-tea');
    expect(complete(r)).toBe(true);
  });
});

describe('wiping the workspace for some days, with every source written, is every source for those days', () => {
  it.each([
    'Can you wipe workspace Kite Tea for two days — the 5th and 6th of November 2026? Every source got polluted.',
    'Necesitamos borrar todo el workspace Kite Tea para el 5 y 6 de noviembre de 2026 (todas las fuentes).',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['android-app', 'ios-app', 'web']);
    expect(r.ranges).toEqual([{ from: '2026-11-05', to: '2026-11-06' }]);
    expect(complete(r)).toBe(true);
  });
  it('without every source written it still asks: the whole workspace, or only those days', () => {
    const r = parse('Please delete our workspace Kite Tea for November 5 and 6, 2026.');
    expect(complete(r)).toBe(false);
    expect(r.kind).not.toBe('workspace_purge');
  });
});

/** Sent on Wednesday 18 November 2026 at 10:00 UTC. */
const onWednesday = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-18T10:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });

describe('weekdays of last week written as a range', () => {
  it.each([
    'Please delete the Kite Tea Web data from Monday to Wednesday of last week.',
    "Please delete the Kite Tea Web data for last week's Monday to Wednesday.",
    'Please delete the Kite Tea Web data from Mon-Wed last week.',
  ])('%s is Monday to Wednesday of the week before, never one day or the whole week', (text) => {
    const r = onWednesday(text);
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-11' }]);
    expect(complete(r)).toBe(true);
  });
  it('a list and a range together keep both parts', () => {
    expect(onWednesday('Please delete the Kite Tea Web data for Monday, and Wednesday to Friday of last week.').ranges).toEqual([
      { from: '2026-11-09', to: '2026-11-09' },
      { from: '2026-11-11', to: '2026-11-13' },
    ]);
  });
});

describe('last weekend', () => {
  it.each([
    'Please delete the Kite Tea Web data for last weekend.',
    'Please delete the Kite Tea Web data from this past weekend.',
    'Bitte löscht die Web Daten von Kite Tea vom letzten Wochenende.',
    'Verwijder de Web data van Kite Tea van afgelopen weekend.',
  ])('%s is the Saturday and Sunday before the sender’s day', (text) => {
    const r = onWednesday(text);
    expect(r.ranges).toEqual([{ from: '2026-11-14', to: '2026-11-15' }]);
    expect(complete(r)).toBe(true);
  });
  it('written on a Sunday it could be this weekend or the one before: asked', () => {
    const r = parseRequest(textMessage('Please delete the Kite Tea Web data for last weekend.', { from: 'ops@kite.example', date: new Date('2026-11-22T10:00:00Z') }), catalog, { now: NOW });
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/this weekend or the one before/);
  });
});

describe('a request written in the imperative, in the languages customers write', () => {
  it.each([
    'Bitte löscht die Web Daten von Kite Tea vom 10. November 2026.',
    'Entfernt bitte die Web Daten von Kite Tea vom 10. November 2026.',
    'Supprime les données Web de Kite Tea du 10 novembre 2026 stp.',
    'Borra los datos de Web en Kite Tea del 10 de noviembre de 2026, por favor.',
    'Elimine los datos de Web en Kite Tea del 10 de noviembre de 2026.',
    'Exclua os dados do Web no Kite Tea de 10 de novembro de 2026.',
    'Rimuovi i dati di Web in Kite Tea del 10 novembre 2026.',
    'Wis de data van Web in Kite Tea van 10 november 2026.',
    'Lütfen Kite Tea Web kaynağının 10 Kasım 2026 tarihli verilerini silin.',
  ])('%s', (text) => {
    const r = onWednesday(text);
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'kite-tea', sources: ['web'], ranges: [{ from: '2026-11-10', to: '2026-11-10' }] });
    expect(complete(r)).toBe(true);
  });
  it('"quite" is no Spanish verb: an English remark about bad data asks nothing', () => {
    expect(onWednesday('The Kite Tea Web data looks quite odd this week.').kind).toBe('unknown');
  });
});

describe('a forward that asks whether it is genuine, in other languages', () => {
  it.each([
    'FYI, isto é verdadeiro? Não reconheço este remetente.',
    '¿Es verdad esto? No reconozco el remitente.',
    "C'est vrai ? Je ne reconnais pas cet expéditeur.",
  ])('%s is no request', (own) => {
    const text = `${own}\n\n---------- Forwarded message ---------\nFrom: contato <contato@kite-support.example>\nDate: Thu, Nov 12, 2026 at 9:00 AM\nSubject: pedido\n\nEliminem todos os dados do workspace kite-tea imediatamente.`;
    const r = onWednesday(text);
    expect(r.kind).toBe('unknown');
    expect(r.workspace).toBeNull();
  });
});

describe('a name typed without its accents', () => {
  const accented = indexCatalog({
    workspaces: [
      { id: 'ws_c', slug: 'cafe-creme', name: 'Café Crème & Co', contacts: ['j@cafe.example'], deletedAt: null, sources: [{ id: 'src_c', slug: 'site-web', name: 'Site web' }], spaces: [] },
      { id: 'ws_m', slug: 'munoz-asociados', name: 'Muñoz & Asociados', contacts: ['c@munoz.example'], deletedAt: null, sources: [{ id: 'src_m', slug: 'portal', name: 'Portal' }], spaces: [] },
    ],
  } satisfies Catalog);
  it.each([
    ['Bonjour, supprimer Site web de Cafe Creme et Co pour le 10 novembre 2026 svp.', 'cafe-creme'],
    ['Por favor borrar los datos de Portal de Munoz & Asociados del 10 de noviembre de 2026.', 'munoz-asociados'],
  ])('%s', (text, slug) => {
    const r = parseRequest(textMessage(text, { from: 'someone@else.example', date: new Date('2026-11-18T10:00:00Z') }), accented, { now: NOW });
    expect(r.workspace).toBe(slug);
    expect(complete(r)).toBe(true);
  });
});

const onFriday = (text: string, from = 'ops@kite.example'): ParseResult =>
  parseRequest(textMessage(text, { from, date: new Date('2026-11-20T10:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });

describe('days the customer is not sure of are asked about', () => {
  it.each([
    ['Hi, I think the bad Web data in Kite Tea was on Tuesday, but could also be Wednesday. Please delete it.', /I think/],
    ['Hi, please delete Web data in kite-tea for Nov 3-5 or Nov 10-12, whichever had the bad deploy.', /5 or Nov 10/],
    ['Hi, please delete Web data in kite-tea from around Nov 10.', /around Nov 10/],
    ['Ciao, potete cancellare Web (kite-tea) del 3 novembre 2026? O forse era il 4... Giulia', /forse era il 4/],
    ['Please delete Web data in kite-tea for November 3 or 4, 2026.', /3 or 4/],
    ['Bitte löscht die Web Daten von kite-tea vom 3. November 2026, bin mir nicht sicher, vielleicht war es auch der 4.', /nicht sicher/],
  ])('%s', (text, question) => {
    const r = onFriday(text);
    expect(r.ambiguities.join(' ')).toMatch(question);
    expect(contractView(r).ranges).toEqual([]);
  });
  it('"8th of February" is one day, not a choice ("of" is Dutch for "or")', () => {
    const r = onFriday('Please delete the Web data in kite-tea for the 8th of November 2026.');
    expect(r.ranges).toEqual([{ from: '2026-11-08', to: '2026-11-08' }]);
    expect(complete(r)).toBe(true);
  });
  it('"November 3 and 4" are both days, asked nothing', () => {
    expect(complete(onFriday('Please delete Web data in kite-tea for November 3 and 4, 2026.'))).toBe(true);
  });
});

describe('weekdays written with this week or last week, in other languages', () => {
  const onThursday = (text: string): ParseResult =>
    parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-19T08:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });
  it.each([
    ['Dzień dobry, proszę usunąć dane Web (kite-tea) od poniedziałku do środy w tym tygodniu.', [{ from: '2026-11-16', to: '2026-11-18' }]],
    ['Merci de supprimer les données Web de kite-tea de lundi à mercredi de la semaine dernière.', [{ from: '2026-11-09', to: '2026-11-11' }]],
    ['Bitte die Web Daten von kite-tea von Montag bis Mittwoch letzter Woche löschen.', [{ from: '2026-11-09', to: '2026-11-11' }]],
    ['Por favor borrad los datos de Web (kite-tea) del lunes y el miércoles de la semana pasada.', [{ from: '2026-11-09', to: '2026-11-09' }, { from: '2026-11-11', to: '2026-11-11' }]],
  ])('%s', (text, ranges) => {
    const r = onThursday(text);
    expect(r.ranges).toEqual(ranges);
    expect(complete(r)).toBe(true);
  });
  it('a weekday still ahead in this week is asked about, never the week so far', () => {
    const r = onThursday('Bitte die Web Daten von kite-tea von Montag bis Freitag dieser Woche löschen.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/weekdays/);
  });
});

describe('hours the customer wants alone, the rest of the day kept', () => {
  it('"14:00 to 15:00 UTC only, the rest of the day must stay" asks before whole days go', () => {
    const r = onFriday('please delete Web data in kite-tea for 2026-11-18 between 14:00 and 15:00 UTC only.\nThe rest of the day must stay.');
    expect(r.ranges).toEqual([{ from: '2026-11-18', to: '2026-11-18' }]);
    expect(r.ambiguities.join(' ')).toMatch(/whole UTC days/);
  });
  it('hours without "only" give the days that cover them, and one question proposes them', () => {
    const r = onFriday('please delete Web data in kite-tea for 2026-11-18 between 14:00 and 15:00 UTC.');
    expect(r.ranges).toEqual([{ from: '2026-11-18', to: '2026-11-18' }]);
    expect(r.ambiguities).toEqual([expect.stringContaining('which covers 2026-11-18 to 2026-11-18 — should those whole days be deleted?')]);
  });
  it('with "only" the one question quotes the customer\'s own words', () => {
    const r = onFriday('please delete Web data in kite-tea for 2026-11-18 between 14:00 and 15:00 UTC only.\nThe rest of the day must stay.');
    expect(r.ambiguities).toEqual([expect.stringContaining('15:00 UTC only')]);
  });
});

describe('a date in a signature about the company, not the request', () => {
  it('"Kite Tea Inc., incorporated 2018-06-01" is no day to delete', () => {
    const r = onFriday('Please delete Web data for kite-tea for November 12, 2026.\n\nKite Legal\nKite Tea Inc., incorporated 2018-06-01, Delaware.');
    expect(r.ranges).toEqual([{ from: '2026-11-12', to: '2026-11-12' }]);
    expect(complete(r)).toBe(true);
  });
});

describe('a second request the message only hints at', () => {
  it.each([
    'Hi, please delete Web data in kite-tea for 2 Nov 2026, and also something with the drivers, my colleague will explain.',
    'Hi, please delete Web data in kite-tea for 2026-11-12 and maybe also clean the iOS stuff somehow? Not sure what is possible.',
  ])('%s', (text) => {
    const r = onFriday(text);
    expect(r.ambiguities.join(' ')).toMatch(/another request/);
  });
});

describe('a sign-off from a sender without a display name', () => {
  const two = indexCatalog({
    workspaces: [
      { id: 'ws_k', slug: 'kvarn-logistik', name: 'Kvarn Logistik', contacts: ['erik.lund@kvarn.example'], deletedAt: null, sources: [{ id: 'src_d', slug: 'driver-app', name: 'Driver App' }], spaces: [] },
      { id: 'ws_o', slug: 'other', name: 'Other', contacts: ['x@other.example'], deletedAt: null, sources: [{ id: 'src_w', slug: 'web', name: 'Web' }], spaces: [] },
    ],
  } satisfies Catalog);
  it('"Erik Lund, Kvarn" at the end of the line is the signature of erik.lund@…, not the workspace', () => {
    const message = textMessage('Hi, please delete Driver App data for 2026-11-20. Erik Lund, Kvarn', { from: 'erik.lund@kvarn.example', date: new Date('2026-11-21T08:00:00Z'), subject: 'Hello' });
    message.from = { address: 'erik.lund@kvarn.example', name: '' };
    const r = parseRequest(message, two, { now: NOW });
    expect(r.workspace).toBeNull();
    expect(complete(r)).toBe(false);
  });
});

describe('mail shapes and words seen on the sixth blind corpus, in our own words', () => {
  const parseFull = (text: string, subject = 'Hello', from = 'ops@kite.example', date = new Date('2026-11-27T09:00:00Z')): ParseResult =>
    parseRequest(textMessage(text, { from, date, subject }), catalog, { now: NOW });
  it('a long line wrapped by the mail program: the days on the next line are the request’s', () => {
    const r = parseFull('Bonjour,\n\nPourriez-vous supprimer les données de la source Web (espace de travail kite-tea)\npour le 12 et le 13 novembre 2026 ? Un script de test a envoyé des commandes.\n\nMerci');
    expect(r.ranges).toEqual([{ from: '2026-11-12', to: '2026-11-13' }]);
    expect(complete(r)).toBe(true);
  });
  it('an ISO 8601 window with times and Z reads as its UTC days, proposed in a question like other hours', () => {
    // Round twelve: hours in any other form were asked about since round ten; ISO instants now are too.
    const r = parseFull('please delete Web data in kite-tea for the replay window\n2026-11-08T23:15:00Z -> 2026-11-09T00:45:00Z.');
    expect(r.ranges).toEqual([{ from: '2026-11-08', to: '2026-11-09' }]);
    expect(r.ambiguities.join(' ')).toContain('is less than whole UTC days');
  });
  it('a bottom-posted answer below the quote is the new text', () => {
    const r = parseFull('Il giorno lun 23 nov 2026 alle ore 09:00 Marco Bianchi <marco@kite.example> ha scritto:\n> Giulia, il tag duplicato era attivo anche il 16 novembre.\n> Lo segnaliamo?\n\nNo, il 16 va bene. Per favore eliminate i dati del Web (kite-tea) del 25 novembre 2026.\n\nGiulia', 'Re: Web');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'kite-tea', sources: ['web'], ranges: [{ from: '2026-11-25', to: '2026-11-25' }] });
  });
  it('a pasted form: the dashed title heads it, and the date it was filled in is no day to delete', () => {
    const r = parseFull('--- Data Deletion Request Form ---\nCompany: Kite Tea\nWorkspace slug: kite-tea\nSource: Web\nStart date: 2026-11-24\nEnd date: 2026-11-25\nReason: load test data\nDate of request: 2026-11-26\n-----------------------------------', 'Data Deletion Request Form');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'kite-tea', sources: ['web'], ranges: [{ from: '2026-11-24', to: '2026-11-25' }] });
    expect(complete(r)).toBe(true);
  });
  it('"a week of traffic" names no week', () => {
    const r = parseFull('we replayed a week of traffic into prod by mistake. Please delete all Web data from last week in kite-tea.', 'Hello', 'ops@kite.example', new Date('2026-11-17T02:30:00Z'));
    expect(r.ambiguities).toEqual([]);
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-15' }]);
  });
  it('a Czech date written with spaces, "23. 11. 2026"', () => {
    expect(parseFull('smažte prosím data Web v kite-tea za 23. 11. 2026.').ranges).toEqual([{ from: '2026-11-23', to: '2026-11-23' }]);
  });
  it.each([
    ['poistakaa Web-lähteen data työtilasta kite-tea ajalta 9.–11.11.2026.', [{ from: '2026-11-09', to: '2026-11-11' }]],
    ['Hei, poistakaa kite-tea Web-datat eiliseltä ja tältä päivältä.', [{ from: '2026-11-26', to: '2026-11-27' }]],
  ])('a Finnish compound of the source name: %s', (text, ranges) => {
    const r = parseFull(text);
    expect(r.sources).toEqual(['web']);
    expect(r.ranges).toEqual(ranges);
    // Days that reach the sender's own day, not over yet, are asked about; nothing else is.
    expect(r.missing).toEqual([]);
    expect(r.ambiguities.filter((a) => !a.includes('not over then'))).toEqual([]);
  });
  it('a source called "Newsletter" in a request is no newsletter', () => {
    const withNewsletter = indexCatalog({
      workspaces: [{ id: 'ws_n', slug: 'nordlicht-media', name: 'Nordlicht Media', contacts: ['d@nordlicht.example'], deletedAt: null, sources: [{ id: 'src_n', slug: 'newsletter', name: 'Newsletter' }], spaces: [] }],
    } satisfies Catalog);
    const r = parseRequest(
      textMessage('Sehr geehrte Damen und Herren,\n\nhiermit bitten wir um Löschung der Daten der Quelle „Newsletter“ in unserem Workspace Nordlicht Media\nfür den Zeitraum vom 3. bis 5. November 2026.', { from: 'd@nordlicht.example', date: new Date('2026-11-09T09:05:00Z'), subject: 'Löschauftrag – Quelle Newsletter' }),
      withNewsletter,
      { now: NOW },
    );
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'nordlicht-media', sources: ['newsletter'], ranges: [{ from: '2026-11-03', to: '2026-11-05' }] });
  });
});

describe('quarters, status and withdrawals in more words', () => {
  const at = (text: string, subject = 'Hello'): ParseResult =>
    parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-04T13:00:00Z'), subject }), catalog, { now: NOW });
  it.each([
    'Olá, favor apagar os dados do Web (kite-tea) do terceiro trimestre de 2026.',
    'Per favore cancellate i dati Web di kite-tea del terzo trimestre 2026.',
    'Verwijder de Web data van kite-tea over het derde kwartaal van 2026.',
  ])('%s is July to September', (text) => {
    const r = at(text);
    expect(r.ranges).toEqual([{ from: '2026-07-01', to: '2026-09-30' }]);
    expect(complete(r)).toBe(true);
  });
  it('a Turkish status question about a ticket', () => {
    expect(at('Merhaba, DEL-2333 numaralı talebin durumu nedir?', 'DEL-2333 durumu')).toMatchObject({ kind: 'status', ticket: 'DEL-2333' });
  });
  it('"follow-up to DEL-2301: please also delete …" is a new request, not a status question', () => {
    const r = at('Hi, follow-up to DEL-2301: please also delete Web data in kite-tea for 2026-11-02.', 'Follow-up to DEL-2301');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'kite-tea', sources: ['web'], ranges: [{ from: '2026-11-02', to: '2026-11-02' }] });
  });
  it('"please do NOT delete our workspace" withdraws, asking nothing about what is left out', () => {
    const r = at('Hi, please do NOT delete our workspace kite-tea. Someone else sent that request, it wasn’t us.');
    expect(r.kind).toBe('cancel');
    expect(r.ambiguities).toEqual([]);
  });
});

describe('more shapes of dates and names', () => {
  const at = (text: string, subject = 'Hello'): ParseResult =>
    parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-13T09:00:00Z'), subject }), catalog, { now: NOW });
  it('"on November 9 and 10." keeps both days at the end of a sentence', () => {
    const r = at('The Web source in kite-tea sent test events on November 9 and 10. Please delete those two days.', 'Web 9-10 nov');
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-10' }]);
    expect(complete(r)).toBe(true);
  });
  it('a subject naming the month the body’s days lie in agrees with them', () => {
    const r = at('Hello, please delete the Web data in kite-tea for November 3-4, 2025 (last year).', 'Old Web data Nov 2025');
    expect(r.ranges).toEqual([{ from: '2025-11-03', to: '2025-11-04' }]);
    expect(complete(r)).toBe(true);
  });
  it('"zwischen 00:30 und 03:00 Uhr (MEZ)" gives the UTC days those hours cover', () => {
    const r = at('am 10.11.2026 zwischen 00:30 und 03:00 Uhr (MEZ) hat unsere Web Quelle im Workspace kite-tea doppelte Events geschickt. Bitte die betroffenen Daten löschen.');
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-10' }]);
  });
  it('a slug written straight before Japanese is the slug', () => {
    const r = at('kite-teaワークスペースのWebソースのデータを2026年11月2日から4日まで削除してください。');
    expect(r).toMatchObject({ workspace: 'kite-tea', sources: ['web'], ranges: [{ from: '2026-11-02', to: '2026-11-04' }] });
    expect(complete(r)).toBe(true);
  });
  it('"the 3 days before yesterday" is asked about, never one day', () => {
    const r = at('Please delete Web data in kite-tea for the 3 days before yesterday.');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
});

describe('a source said to have been fine', () => {
  it('"— Android was fine." at the end leaves Android out; it is never the source to delete', () => {
    const r = parseRequest(textMessage('For kite-tea please delete everything except Android for November 6, 2026 — Android was fine.', { from: 'ops@kite.example', date: new Date('2026-11-07T15:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });
    expect(r.sources).not.toContain('android-app');
  });
});

describe('the three held-out messages of corpus 6 that went complete but wrong, in our own words', () => {
  const at = (text: string, date = '2026-11-20T09:00:00Z'): ParseResult =>
    parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date(date), subject: 'Hello' }), catalog, { now: NOW });
  it('a quoted workspace name that goes on past ours ("Kite Insights") is asked about', () => {
    const r = at('please delete Web data in our workspace "Kite Insights" for 2026-11-17.');
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toMatch(/Kite Insights/);
  });
  it('"from Monday up to and including today" is Monday to the sender’s day', () => {
    const r = at('Web in kite-tea has been sending junk since Monday. Please delete everything from Monday up\nto and including today.', '2026-11-19T18:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-11-16', to: '2026-11-19' }]);
  });
  it('"from November 2 up to and including November 5" keeps the days between', () => {
    expect(at('please delete Web data in kite-tea from November 2 up to and including November 5.').ranges).toEqual([{ from: '2026-11-02', to: '2026-11-05' }]);
  });
  it('"Dec 28 to Jan 3" with no year, written in November, asks: last winter or the coming one', () => {
    const r = at('Hi, please delete Web data in kite-tea from Dec 28 to Jan 3.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/no year/);
  });
});

describe('a message written in capitals', () => {
  const at = (text: string): ParseResult =>
    parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-09T14:10:00Z'), subject: 'DEMANDE SUPPRESSION' }), catalog, { now: NOW });
  it('prose words after a name ("POUR LE 4 NOVEMBRE") are no unknown source', () => {
    const r = at('BONJOUR,\nMERCI DE SUPPRIMER LES DONNEES DU WORKSPACE KITE TEA, SOURCE "WEB", POUR LE 4 NOVEMBRE 2026.\nCORDIALEMENT');
    expect(r).toMatchObject({ workspace: 'kite-tea', sources: ['web'], ranges: [{ from: '2026-11-04', to: '2026-11-04' }] });
    expect(complete(r)).toBe(true);
  });
  it('an unknown name listed with a known one still asks ("IOS APP AND TVOS")', () => {
    expect(complete(at('PLEASE DELETE IOS APP AND TVOS DATA IN KITE-TEA FOR NOVEMBER 4, 2026.'))).toBe(false);
  });
});

describe('part of today with hours', () => {
  it('"this morning between 2am and 4am PST" is today, at those hours, in UTC days, proposed', () => {
    const r = parseRequest(
      textMessage('Web (kite-tea): please delete this morning between 2am and 4am PST.', { from: 'ops@kite.example', date: new Date('2026-11-18T18:00:00Z'), subject: 'Hello', dateHeader: 'Wed, 18 Nov 2026 10:00:00 -0800' }),
      catalog,
      { now: NOW },
    );
    expect(r.ranges).toEqual([{ from: '2026-11-18', to: '2026-11-18' }]);
    expect(r.ambiguities.join(' ')).toContain('should those whole days be deleted?');
  });
  it('"this morning" without hours is asked about', () => {
    const r = parseRequest(textMessage('Web (kite-tea): please delete the data from this morning.', { from: 'ops@kite.example', date: new Date('2026-11-18T18:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });
    expect(complete(r)).toBe(false);
  });
});

describe('"kl." before a clock time', () => {
  it('"13 november 2026, kl. 00:00–02:00 svensk tid" is read with its hours and zone', () => {
    const r = parseRequest(textMessage('Hej! Please delete Web in kite-tea for 13 november 2026, kl. 00:00–02:00 svensk tid. Tack.', { from: 'ops@kite.example', date: new Date('2026-11-14T08:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });
    expect(r.ranges).toEqual([{ from: '2026-11-12', to: '2026-11-13' }]);
    expect(r.ambiguities.join(' ')).toContain('which covers 2026-11-12 to 2026-11-13');
  });
});

describe('a month written alone', () => {
  const at = (text: string): ParseResult => parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-19T14:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });
  it.each(['for all of October', 'for October', 'for the whole of October'])('"%s" is the latest October, whole', (words) => {
    const r = at(`Please delete Web data in kite-tea ${words}.`);
    expect(r.ranges).toEqual([{ from: '2026-10-01', to: '2026-10-31' }]);
    expect(complete(r)).toBe(true);
  });
  it('"for December" written in November asks: this year’s is ahead, last year’s long past', () => {
    const r = at('Please delete Web data in kite-tea for December.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/no year/);
  });
  it('the sender’s own month, not over yet, is asked about', () => {
    expect(complete(at('Please delete Web data in kite-tea for November.'))).toBe(false);
  });
});

describe('"delete my account and all my data"', () => {
  const admins = indexCatalog({
    workspaces: [{ id: 'ws_1', slug: 'kite-tea', name: 'Kite Tea', contacts: ['ops@kite.example'], admins: ['ops@kite.example'], deletedAt: null, sources: [{ id: 's', slug: 'web', name: 'Web' }], spaces: [] }],
  } satisfies Catalog);
  const from = (sender: string, text: string): ParseResult => parseRequest(textMessage(text, { from: sender, date: new Date('2026-11-19T09:00:00Z'), subject: 'Hello' }), admins, { now: NOW });
  it('from a workspace administrator is their account', () => {
    expect(from('ops@kite.example', 'Please close my account and delete all of my data.').kind).toBe('account_purge');
  });
  it('from anyone else is their own data, as an end user’s', () => {
    expect(from('jane@mail.example', 'Please delete my account and all my data. I no longer use your app.').kind).toBe('user_data');
  });
  it('an administrator forwarding an end user’s words forwards a person’s request, never the account', () => {
    const r = from('ops@kite.example', 'Please handle.\n\n---------- Forwarded message ---------\nFrom: Jane <jane@mail.example>\nDate: Wed, Nov 18, 2026 at 9:00 AM\nSubject: my data\n\nPlease delete my account and all my data.');
    expect(r.kind).not.toBe('account_purge');
  });
  it('an administrator citing the GDPR for a person is a person’s data', () => {
    expect(from('ops@kite.example', 'Under the GDPR, please delete my account and all my data.').kind).toBe('user_data');
  });
});

describe('one person’s data by an id, and a status question about a deletion', () => {
  const at = (text: string): ParseResult => parseRequest(textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-19T09:00:00Z'), subject: 'Hello' }), catalog, { now: NOW });
  it.each([
    'Hi, a customer of ours (customer id 8812) wants all their events removed from the Web source in kite-tea.',
    'Please delete all events for device ID ab12-cd34 in kite-tea Web for November 2-4, 2026.',
    'Bitte löschen Sie alle Daten des Nutzers mit der ID 5531 aus der Quelle Web (kite-tea).',
  ])('%s is a person’s data', (text) => {
    expect(at(text).kind).toBe('user_data');
  });
  it('"Portal Cliente no dia 15" names a source, not a client number', () => {
    expect(at('Por favor apaguem os dados do Web no dia 15 de novembro de 2026 (kite-tea).').kind).toBe('source_data');
  });
  it('"Has the Web deletion for kite-tea been completed?" is a status question', () => {
    expect(at('Has the Web deletion for kite-tea been completed?').kind).toBe('status');
  });
});

describe('a line break that starts a new sentence', () => {
  it('"…since the import broke\\nwe also had a glitch on November 5 but that one is fine" never deletes the 5th', () => {
    const r = parseRequest(
      textMessage('Please delete the Web data in kite-tea for November 3, 2026 since the import broke\nwe also had a smaller glitch on November 5 but that one is fine', { from: 'ops@kite.example', date: new Date('2026-11-19T09:00:00Z'), subject: 'Hello' }),
      catalog,
      { now: NOW },
    );
    expect(r.ranges).not.toContainEqual({ from: '2026-11-05', to: '2026-11-05' });
    expect(complete(r)).toBe(false);
  });
});
