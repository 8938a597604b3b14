/**
 * The parser on the ways it went wrong on a third corpus written blind (from the contract alone):
 * end users writing about their own data, days joined by articles, two ranges sharing one month, a
 * subject that names another day than the body, a space and sources in one mail, a Japanese list with
 * a source that does not exist. Sentences are our own; each asserts the scope or the question.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';
import { contractView } from '../../src/domain/parse/contractView';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'kite-labs', name: 'Kite Labs', contacts: ['ops@kite.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_2', slug: 'android-app', name: 'Android App' }, { id: 'src_3', slug: 'web', name: 'Website' }, { id: 'src_4', slug: 'ipados-app', name: 'iPadOS App' }],
      spaces: [{ id: 'spa_1', name: 'Finance' }],
    },
    {
      id: 'ws_2', slug: 'otter-io', name: 'Otter IO', contacts: ['ops@otter.example'], deletedAt: null,
      sources: [{ id: 'src_9', slug: 'ios', name: 'iOS' }], spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-03T12:00:00Z');
const message = (text: string, extra: Partial<InboundMessage> = {}): InboundMessage => textMessage(text, { from: 'ops@kite.example', date: new Date('2026-11-02T09:00:00Z') }, extra);
const parse = (text: string, extra: Partial<InboundMessage> = {}): ParseResult => parseRequest(message(text, extra), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const day = (from: string, to = from) => ({ from, to });

describe('an end user asking for their own data is user_data, in any language', () => {
  it.each([
    'Under Art. 17 GDPR, erase every bit of personal data your company keeps about me. Regards, Pat',
    'I am invoking my right to erasure: please delete all my personal details.',
    'Pursuant to the CCPA please remove the personal information you collected about me via the Kite app.',
    'Gemäß Art. 17 DSGVO fordere ich die Löschung der über mich gespeicherten Daten.',
    "Conformément au RGPD, merci d'effacer les données personnelles me concernant.",
    'De acuerdo con el RGPD, solicito que borren mis datos.',
    'Ai sensi del GDPR chiedo la cancellazione dei dati personali che mi riguardano.',
    'Op grond van de AVG verzoek ik u mijn persoonsgegevens te verwijderen.',
    '私の個人データを削除してください。',
  ])('%s', (text) => {
    expect(parse(text, { subject: 'Request' }).kind).toBe('user_data');
  });

  it('a customer deleting their workspace data under the GDPR is not an end user', () => {
    const r = parse('As required by GDPR, please delete the iOS App data of kite-labs for 3 October 2026.');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'kite-labs', sources: ['ios-app'], ranges: [day('2026-10-03')] });
  });
});

describe('hours and days', () => {
  it('a bare day number is not an hour: "le 19 et le 20 octobre" is two days', () => {
    const r = parse('Merci de supprimer les données iOS App de kite-labs pour le 19 et le 20 octobre 2026.');
    expect(r).toMatchObject({ ranges: [day('2026-10-19', '2026-10-20')], ambiguities: [] });
  });

  it('articles before the second day in Spanish and Italian', () => {
    expect(parse('Borren los datos de iOS App en kite-labs del 3 y el 5 de octubre de 2026.').ranges).toEqual([day('2026-10-03'), day('2026-10-05')]);
    expect(parse('Cancellate i dati iOS App di kite-labs del 3 e il 5 ottobre 2026.').ranges).toEqual([day('2026-10-03'), day('2026-10-05')]);
    expect(parse('Borren los datos de iOS App en kite-labs del 3 y del 5 de octubre de 2026.').ranges).toEqual([day('2026-10-03'), day('2026-10-05')]);
    expect(parse('Borren los datos de iOS App en kite-labs los días 3 y 5 de octubre de 2026.').ranges).toEqual([day('2026-10-03'), day('2026-10-05')]);
  });

  it('hours with a zone become the UTC days that cover them, with a note, proposed in a question', () => {
    const r = parse('Please delete the Website data of kite-labs for Oct 8 2026 from 18:00 to 23:00 EDT.');
    expect(r).toMatchObject({ ranges: [day('2026-10-08', '2026-10-09')], missing: [] });
    expect(r.ambiguities.join(' ')).toContain('which covers 2026-10-08 to 2026-10-09 — should those whole days be deleted?');
    expect(r.notes.join(' ')).toContain('only whole UTC days can be deleted');
  });
});

describe('two ranges sharing the month written once', () => {
  it.each([
    ['Hej, radera Website-data i kite-labs för 1–2 och 5–6 oktober 2026.', [day('2026-10-01', '2026-10-02'), day('2026-10-05', '2026-10-06')]],
    ['Please delete the Website data of kite-labs for 1-3 and 8-10 October 2026.', [day('2026-10-01', '2026-10-03'), day('2026-10-08', '2026-10-10')]],
    ['Bitte die Website-Daten von kite-labs löschen: 1.–2. und 5.–6. Oktober 2026.', [day('2026-10-01', '2026-10-02'), day('2026-10-05', '2026-10-06')]],
  ] as const)('%s', (text, ranges) => {
    const r = parse(text);
    expect(r.ranges).toEqual(ranges);
    expect(complete(r)).toBe(true);
  });
});

describe('a subject naming another day than the body', () => {
  it('asks when the subject says Oct 3 and the body October 4, 2026', () => {
    const r = parse('Please delete iOS App data for kite-labs on October 4, 2026.', { subject: 'Delete Kite iOS data Oct 3' });
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('the subject names "Oct 3"');
  });

  it('asks when the subject date stands alone in a title ("Suppression iOS 14 octobre")', () => {
    const r = parse('Bonjour, merci de supprimer les données iOS App de kite-labs du 15 octobre 2026.', { subject: 'Suppression iOS 14 octobre' });
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('the subject names "14 octobre"');
  });

  it('reads one day when the subject repeats the body', () => {
    const r = parse('Please delete iOS App data for kite-labs on October 4, 2026.', { subject: 'Delete Kite iOS data Oct 4' });
    expect(r).toMatchObject({ ranges: [day('2026-10-04')], ambiguities: [] });
  });

  it('a date in a subject that is no request does not become the days of a body without any', () => {
    const r = parse('Please delete the iOS App data of kite-labs.', { subject: 'Notes from our call on 14 October' });
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
});

describe('more than one request in one mail', () => {
  it('a space to delete and a source to clear: asks, takes neither alone', () => {
    const r = parse('Hi, please delete the Finance space in kite-labs and also the iOS App data for Oct 20 2026.');
    expect(complete(r)).toBe(false);
    expect(r.ambiguityFields).toContain('kind');
  });
});

describe('a list with a source that does not exist, in Japanese', () => {
  it('"Android App と Huawei App" asks', () => {
    const r = parse('kite-labs の Android App と Huawei App のデータ（2026年10月12日）を削除してください。');
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toContain('"Huawei" is listed with Android App');
  });
});

describe('terse replies under a ticket answer our question', () => {
  const reply = { subject: 'Re: [DEL-15] We need more information', inReplyTo: 'q@desk' };
  it('"just the ios one" answers which source', () => {
    const r = parse('just the iOS App one\n\nSent from my iPhone', reply);
    expect(r).toMatchObject({ kind: 'source_data', sources: ['ios-app'], ticket: 'DEL-15' });
  });
  it('"3.–5. Okt" answers which days', () => {
    const r = parse('3.–5. Okt\n\nVon meinem iPhone gesendet', reply);
    expect(r).toMatchObject({ kind: 'source_data', ranges: [day('2026-10-03', '2026-10-05')], ticket: 'DEL-15' });
  });
  it('"thanks!" stays no request', () => {
    expect(parse('thanks!', reply).kind).toBe('unknown');
  });
});

describe('a source named by a common word, with a cue in Japanese', () => {
  it('"Website のデータ" names the Website source', () => {
    const r = parse('kite-labs の Website のデータを削除してください。対象は 2026年10月5日です。');
    expect(r).toMatchObject({ sources: ['web'], ranges: [day('2026-10-05')] });
  });
  it('"Website" alone in Japanese prose names nothing', () => {
    expect(parse('kite-labs の Website が新しくなりました。2026年10月5日のデータを削除してください。').sources).toEqual([]);
  });
});

describe('a short form of the source of the workspace named', () => {
  it('"the iOS and iPadOS apps in kite-labs" are its iOS App and iPadOS App, though another workspace has a source "ios"', () => {
    const r = parse('We need to delete the data of the iOS and iPadOS apps in kite-labs, 14-16 October 2026.');
    expect(r).toMatchObject({ workspace: 'kite-labs', sources: ['ios-app', 'ipados-app'], ranges: [day('2026-10-14', '2026-10-16')], ambiguities: [] });
  });
  it('"iOS" in the subject of a kite-labs request is its iOS App', () => {
    const r = parse('please delete iOS App data for kite-labs, Oct 2-4 2026.', { subject: 'iOS only' });
    expect(r).toMatchObject({ sources: ['ios-app'], ambiguities: [] });
  });
});

describe('a source the customer says not to delete', () => {
  it.each([
    'please delete iOS App data for kite-labs, Oct 2-4 2026, but do NOT delete the iPadOS App.',
    "please delete iOS App data for kite-labs, Oct 2-4 2026. Please don't touch the iPadOS App.",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r).toMatchObject({ sources: ['ios-app'], ranges: [day('2026-10-02', '2026-10-04')] });
  });
  it('asks when the only source named is the one not to delete', () => {
    const r = parse('For kite-labs, Oct 2-4 2026: do not delete the iPadOS App.');
    expect(complete(r)).toBe(false);
  });
});

describe('a status question without a ticket', () => {
  it.each(['hi, is my deletion done?', 'Has our deletion request been completed?'])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('status');
    expect(complete(r)).toBe(false);
  });
});

describe('a day list with a weekday before each day', () => {
  it('reads every day when each weekday is its day\'s', () => {
    const r = parse('Hoi, graag de data van iOS App (kite-labs) verwijderen voor maandag 2, woensdag 4 en vrijdag 6 november 2026.', { date: new Date('2026-11-10T08:00:00Z') });
    expect(r).toMatchObject({ ranges: [day('2026-11-02'), day('2026-11-04'), day('2026-11-06')], ambiguities: [] });
  });
  it('asks when a weekday is not its day\'s', () => {
    const r = parse('Please delete iOS App data of kite-labs for Monday 3, Wednesday 4 and Friday 6 November 2026.', { date: new Date('2026-11-10T08:00:00Z') });
    expect(complete(r)).toBe(false);
  });
});

describe('parse --json without a workspace (the contract view)', () => {
  it('leaves out a source no workspace places, and names only the workspace as missing (the source was found); the ticket keeps the words for the reply', () => {
    const r = parse('Please delete the iOS App data for 3 October 2026.');
    expect(r.sources).toEqual(['ios-app']);
    const shown = contractView(r);
    expect(shown).toMatchObject({ workspace: null, sources: [], missing: ['workspace'] });
    expect(shown.ambiguities).toEqual(r.ambiguities);
  });
  it('leaves out a space no workspace places', () => {
    const shown = contractView(parse('Please delete the Unify space Finance.'));
    expect(shown).toMatchObject({ kind: 'unify_space', workspace: null, space: null, missing: ['workspace'] });
  });
  it('changes nothing when the workspace resolved', () => {
    const r = parse('Please delete the iOS App data of kite-labs for 3 October 2026.');
    expect(contractView(r)).toEqual(r);
  });
});

describe('parse --json: missing names what was not found; what was found but is in question is asked about', () => {
  it('days written the wrong way round are a question, not a missing time frame; the ticket still lacks them', () => {
    const r = parse('Please delete the iOS App data of kite-labs from October 18 to October 12, 2026.');
    expect(r.missing).toEqual(['time frame']);
    expect(contractView(r)).toMatchObject({ ranges: [], missing: [] });
    expect(contractView(r).ambiguities.join(' ')).toContain('ends before it starts');
  });
  it('two workspaces named: the workspace and the source it would place are in question, not missing', () => {
    const shown = contractView(parse('Please delete the iOS data of kite-labs and otter-io for 3 October 2026.'));
    expect(shown).toMatchObject({ workspace: null, sources: [], missing: [] });
    expect(shown.ambiguities.join(' ')).toContain('several workspaces are named');
  });
  it('a source that is not in the catalog is missing', () => {
    const shown = contractView(parse('Please delete the tvOS App data of kite-labs for 3 October 2026.'));
    expect(shown).toMatchObject({ workspace: 'kite-labs', sources: [], missing: ['source'] });
  });
  it('no date at all is missing', () => {
    expect(contractView(parse('Please delete the iOS App data of kite-labs.')).missing).toEqual(['time frame']);
  });
});

describe('a common-word source name after a data word', () => {
  it.each([
    'Hola, por favor eliminad los datos del Website de kite-labs del 23/10/2026.',
    'Please delete the data of the Website in kite-labs for 23 October 2026.',
    'Bitte löschen Sie die Daten der Website von kite-labs vom 23.10.2026.',
  ])('%s', (text) => {
    expect(parse(text)).toMatchObject({ workspace: 'kite-labs', sources: ['web'], ranges: [day('2026-10-23')] });
  });
  it('"our website" in prose names no source', () => {
    expect(parse('Our website had a bad day. Please delete the iOS App data of kite-labs for 23 October 2026.').sources).toEqual(['ios-app']);
  });
});

describe('a day the month does not have, as one end of a range', () => {
  it.each([
    'Bonjour, supprimez svp les données iOS App de kite-labs du 31 septembre au 2 octobre 2026.',
    'Please delete the iOS App data of kite-labs from February 30th to March 2, 2026.',
  ])('asks, never deletes only the valid end: %s', (text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toContain('is not a valid date');
  });
  it('asks about 29 February in a year without one', () => {
    expect(complete(parse('Please delete the iOS App data of kite-labs from Feb 29 to March 2, 2026.'))).toBe(false);
  });
  it('a leap day in a leap year is a day', () => {
    expect(parse('Please delete the iOS App data of kite-labs for 29 February 2024.').ranges).toEqual([day('2024-02-29')]);
  });
});
