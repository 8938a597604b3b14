/**
 * The parser on more mail nobody on the team had seen: each block is one kind of complete-but-wrong
 * reading it once gave. A case asserts what the customer would get — the exact scope, or a question.
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
    ws('nordwind', 'Nordwind GmbH', [['shop-app', 'Shop App'], ['kasse', 'Kassensystem']], { spaces: [{ id: 'spa_k', name: 'Kundenprofile' }, { id: 'spa_m', name: 'Marketing' }] }),
    ws('sol-playa', 'Sol Playa', [['reservas', 'Reservas Web']]),
    ws('old-harbour', 'Old Harbour Ltd', [['legacy-site', 'Legacy Site'], ['legacy-app', 'Legacy App']], { deletedAt: '2021-08-20' }),
  ],
} satisfies Catalog);

const NOW = new Date('2024-10-20T12:00:00Z');
const message = (text: string, extra: Partial<InboundMessage> = {}): InboundMessage => textMessage(text, { from: 'ops@nordwind.example', date: new Date('2024-10-15T10:15:00Z'), subject: 'Datenlöschung', dateHeader: 'Tue, 15 Oct 2024 12:15:00 +0200' }, extra);
const parse = (text: string, extra: Partial<InboundMessage> = {}): ParseResult => parseRequest(message(text, extra), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('two full dates joined by a word for "to" are one range, in five languages', () => {
  const cases: [string, string, string][] = [
    ['Bitte löschen Sie die Daten der Quelle kasse in nordwind vom 3. bis 6. Juni 2024.', '2024-06-03', '2024-06-06'],
    ['Bitte löschen Sie die Daten der Quelle kasse in nordwind, Zeitraum 03.06. bis 06.06.2024.', '2024-06-03', '2024-06-06'],
    ['Por favor apaguem os dados da fonte reservas do workspace sol-playa de 16/09 a 19/09/2024.', '2024-09-16', '2024-09-19'],
    ['Por favor apaguem os dados da fonte reservas do workspace sol-playa, período 16/09/2024 a 19/09/2024.', '2024-09-16', '2024-09-19'],
    ['Por favor borren los datos de la fuente reservas en sol-playa del 2 al 5 de septiembre de 2024.', '2024-09-02', '2024-09-05'],
    ['Merci de supprimer les données de la source kasse dans nordwind du 3 au 6 juin 2024.', '2024-06-03', '2024-06-06'],
    ['Please delete the kasse data in nordwind from 3 Jun through 6 Jun 2024.', '2024-06-03', '2024-06-06'],
    ['Please delete the kasse data in nordwind from 3 June to 6 June 2024.', '2024-06-03', '2024-06-06'],
  ];
  for (const [text, from, to] of cases) {
    it(text, () => {
      const r = parse(text);
      expect(r.ranges).toEqual([{ from, to }]);
      expect(complete(r)).toBe(true);
    });
  }
});

describe('a weekday that does not fit its date is asked about', () => {
  for (const text of [
    'Please delete the kasse data in nordwind for Thursday, June 5, 2024.', // 5 June 2024 is a Wednesday
    'Please delete the kasse data in nordwind for Fri 7 June 2024 and nothing else.', // a Friday: fine, see below
    'Bitte löschen Sie die Daten der Quelle kasse in nordwind vom Di., 6.6.2024.', // 6 June 2024 is a Thursday
    'Merci de supprimer les données de la source kasse dans nordwind du lundi 04/06/2024.', // a Tuesday
    'Por favor borren los datos de la fuente reservas en sol-playa del mié, 18/09/2024.', // a Wednesday: fine
  ]) {
    it(text, () => {
      const r = parse(text);
      const fits = /Fri 7 June|mié, 18\/09/.test(text);
      if (fits) {
        expect(complete(r)).toBe(true);
        expect(r.ranges).toHaveLength(1);
      } else {
        expect(complete(r)).toBe(false);
        expect(r.ambiguityFields).toContain('ranges');
        expect(r.ranges).toEqual([]);
      }
    });
  }
});

describe('a night window in a time zone covers the UTC days of its start and its end', () => {
  for (const text of [
    'Bitte löschen Sie die Daten der Quelle kasse in nordwind in der Nacht vom 9. auf den 10. Juli 2024, 23:30–03:00 MESZ.',
    'Please delete the kasse data in nordwind for the night of 9 to 10 July 2024 between 11pm and 3am CEST.',
    'Merci de supprimer les données de la source kasse dans nordwind, la nuit du 9 au 10 juillet 2024, de 23h à 3h (UTC+2).',
  ]) {
    it(text, () => {
      const r = parse(text);
      // 23:00 at UTC+2 is 21:00 UTC on the 9th; 03:00 at UTC+2 is 01:00 UTC on the 10th.
      expect(r.ranges).toEqual([{ from: '2024-07-09', to: '2024-07-10' }]);
      expect(r.notes.some((n) => /UTC days 2024-07-09 to 2024-07-10/.test(n))).toBe(true);
    });
  }
});

describe('"yesterday and the day before" is both days of the sender\'s own calendar', () => {
  // Sent 00:20 on 15 October at +0200, which is still 14 October in UTC.
  const justAfterMidnight = { date: new Date('2024-10-14T22:20:00Z'), headers: { date: 'Tue, 15 Oct 2024 00:20:00 +0200' } };
  for (const text of [
    'Please delete the kasse data in nordwind from yesterday and the day before.',
    'Bitte löschen Sie die Daten der Quelle kasse in nordwind von gestern und vorgestern.',
    "Merci de supprimer les données de la source kasse dans nordwind d'hier et d'avant-hier.",
    'Por favor borren los datos de la fuente reservas en sol-playa de ayer y anteayer.',
  ]) {
    it(text, () => {
      const r = parse(text, justAfterMidnight);
      expect(r.ranges).toEqual([{ from: '2024-10-13', to: '2024-10-14' }]);
      expect(complete(r)).toBe(true);
    });
  }
});

describe('relative days in a forward in another language count from the forwarded Date line', () => {
  const forwards: [string, string][] = [
    ['Bitte erledigen, danke.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Jana <jana@nordwind.example>\nDatum: Mi., 3. Apr. 2024 um 08:40\nBetreff: Löschung\nAn: <desk@example.com>\n\nBitte löschen Sie die Daten der Quelle kasse in nordwind von gestern.', '2024-04-02'],
    ['Bitte erledigen.\n\n-----Ursprüngliche Nachricht-----\nVon: Jana <jana@nordwind.example>\nGesendet: Mittwoch, 3. April 2024 08:40\nAn: desk@example.com\nBetreff: WG: Löschung\n\nBitte löschen Sie die Daten der Quelle kasse in nordwind von gestern.', '2024-04-02'],
    ["Merci de traiter.\n\n-------- Message transféré --------\nDe : Jean <jean@nordwind.example>\nDate : mer. 3 avr. 2024 à 08:40\nObjet : Suppression\nÀ : <desk@example.com>\n\nMerci de supprimer les données de la source kasse dans nordwind d'hier.", '2024-04-02'],
    ['Por favor gestionar.\n\n---------- Mensaje reenviado ---------\nDe: Ana <ana@sol-playa.example>\nFecha: mié, 3 abr 2024 a las 8:40\nAsunto: Borrado\nPara: <desk@example.com>\n\nPor favor borren los datos de la fuente reservas en sol-playa de ayer.', '2024-04-02'],
  ];
  for (const [text, day] of forwards) {
    it(text.split('\n')[2], () => {
      const r = parse(text, { subject: 'WG: Löschung' });
      expect(r.ranges).toEqual([{ from: day, to: day }]);
    });
  }
  it('a forwarded Date line that cannot be read makes "gestern" a question', () => {
    const r = parse('Bitte erledigen.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Jana <jana@nordwind.example>\nDatum: irgendwann letzte Woche\nBetreff: Löschung\nAn: <desk@example.com>\n\nBitte löschen Sie die Daten der Quelle kasse in nordwind von gestern.', { subject: 'WG: Löschung' });
    expect(complete(r)).toBe(false);
    expect(r.ranges).toEqual([]);
  });
});

describe('a space name with extra words is another space to ask about', () => {
  for (const text of [
    'Bitte löschen Sie den Space Kundenprofile Schweiz im Workspace nordwind.',
    'Please delete the Marketing Space 3 in nordwind.',
    'Please delete the Unify space "Marketing Nord" of nordwind.',
    'Merci de supprimer l\'espace Kundenprofile EU du workspace nordwind.',
  ]) {
    it(text, () => {
      const r = parse(text);
      expect(r.space).toBeNull();
      expect(complete(r)).toBe(false);
      expect(r.ambiguityFields).toContain('space');
    });
  }
  for (const [text, space] of [
    ['Please delete the Marketing Space in nordwind.', 'Marketing'],
    ['Bitte löschen Sie den Space kundenprofile im Workspace nordwind.', 'Kundenprofile'],
    ['Please delete the space Marketing of nordwind.', 'Marketing'],
  ]) {
    it(`${text} names the space exactly`, () => {
      expect(parse(text)).toMatchObject({ kind: 'unify_space', workspace: 'nordwind', space, missing: [], ambiguities: [] });
    });
  }
});

describe('a formal letter about a workspace deleted long ago asks to purge what the archive still holds', () => {
  for (const text of [
    'Dear Sir or Madam,\n\nWe closed our workspace old-harbour in August 2021. It held the sources Legacy Site and Legacy App. We hereby request that any data still held in your archive be purged.\n\nYours faithfully,\nOld Harbour Ltd, 14 October 2024',
    'Sehr geehrte Damen und Herren,\n\nhiermit beantragen wir die Löschung aller noch im Archiv gespeicherten Daten unseres 2021 gelöschten Workspaces old-harbour (Quellen Legacy Site und Legacy App).\n\nMit freundlichen Grüßen\nHamburg, 14.10.2024',
    "Madame, Monsieur,\n\nnotre workspace old-harbour a été fermé le 20 août 2021. Nous vous demandons de supprimer toutes les données encore conservées dans vos archives, y compris celles de la source Legacy Site.\n\nParis, le 14 octobre 2024",
  ]) {
    it(text.split('\n')[2].slice(0, 80), () => {
      expect(parse(text)).toMatchObject({ kind: 'archive_purge', workspace: 'old-harbour', missing: [], ambiguities: [] });
    });
  }
  it('days of data before the deletion are not a purge of everything', () => {
    const r = parse('Please delete from your archive the remaining data of the Legacy Site source in our old workspace old-harbour for 3 to 5 March 2021.');
    expect(r.kind).not.toBe('archive_purge');
  });
});

describe('two dates joined by a word that says neither "to" nor "and" are asked about', () => {
  for (const text of [
    'Por favor borren los datos de la fuente reservas en sol-playa del 18.07.2024 o 20.07.2024.',
    'Bitte löschen Sie die Daten der Quelle kasse in nordwind vom 18.07.2024 bzw. 20.07.2024.',
    'Please delete the kasse data in nordwind for 18 July 2024 or 20 July 2024.',
  ]) {
    it(text, () => {
      const r = parse(text);
      expect(complete(r)).toBe(false);
      expect(r.ambiguityFields).toContain('ranges');
    });
  }
});

describe('a catalog name that contains a month word is never a date', () => {
  const marCatalog = indexCatalog({ workspaces: [ws('costa-mar', 'Costa Mar', [['reservas', 'Reservas Web']])] } satisfies Catalog);
  it('"costa-mar" is the workspace, and the only day is the one written', () => {
    const r = parseRequest(message('Por favor borren los datos de la fuente reservas en costa-mar del 18/09/2024.'), marCatalog, { now: NOW });
    expect(r).toMatchObject({ workspace: 'costa-mar', sources: ['reservas'], ranges: [{ from: '2024-09-18', to: '2024-09-18' }], missing: [], ambiguities: [] });
  });
});

describe('weekdays with month names, and without a year', () => {
  for (const [text, fits] of [
    ['Bitte löschen Sie die Daten der Quelle kasse in nordwind vom Dienstag, 6. Juni 2024.', false], // a Thursday
    ['Bitte löschen Sie die Daten der Quelle kasse in nordwind vom Donnerstag, 6. Juni 2024.', true],
    ['Merci de supprimer les données de la source kasse dans nordwind du lundi 4 juin 2024.', false], // a Tuesday
    ['Please delete the kasse data in nordwind for Monday, October 7.', true], // 7 October 2024 is a Monday
    ['Please delete the kasse data in nordwind for Sunday, October 6th.', true],
    ['Please delete the kasse data in nordwind for Friday, October 7.', false],
  ] as [string, boolean][]) {
    it(text, () => {
      const r = parse(text);
      expect(complete(r)).toBe(fits);
      if (!fits) expect(r.ambiguityFields).toContain('ranges');
    });
  }
});

describe('night windows in Spanish and without a year', () => {
  it('la noche del 4 al 5 de marzo de 2024, de 23:00 a 02:00 CET', () => {
    const r = parse('Por favor borren los datos de la fuente reservas en sol-playa de la noche del 4 al 5 de marzo de 2024, de 23:00 a 02:00 CET.');
    expect(r.ranges).toEqual([{ from: '2024-03-04', to: '2024-03-05' }]);
  });
  it('a year-less night takes the latest year not after the message, with a note', () => {
    const r = parse('Please delete the kasse data in nordwind for the night of 4 to 5 March between 11pm and 2am CET.');
    expect(r.ranges).toEqual([{ from: '2024-03-04', to: '2024-03-05' }]);
    expect(r.notes.some((n) => /no year/.test(n))).toBe(true);
  });
  it('hours after midnight lie on the second day of the night, in its zone', () => {
    // 01:00 and 05:00 on the 6th at UTC+9 are 16:00 and 20:00 UTC on the 5th.
    const r = parse('Please delete the kasse data in nordwind for the night of 5 to 6 March 2024 between 1am and 5am JST.');
    expect(r.ranges).toEqual([{ from: '2024-03-05', to: '2024-03-05' }]);
  });
  it('hours before midnight lie on the first day of the night', () => {
    // 20:00 and 23:00 on the 5th at UTC+1 are 19:00 and 22:00 UTC on the 5th.
    const r = parse('Bitte löschen Sie die Daten der Quelle kasse in nordwind in der Nacht vom 5. auf den 6. März 2024, 20:00–23:00 MEZ.');
    expect(r.ranges).toEqual([{ from: '2024-03-05', to: '2024-03-05' }]);
  });
});

describe('Outlook forward headers in French and Spanish, and a sender behind UTC', () => {
  for (const text of [
    "Merci de traiter.\n\n________________________________\nDe : Jean <jean@nordwind.example>\nEnvoyé : mercredi 3 avril 2024 08:40\nÀ : desk@example.com\nObjet : TR: Suppression\n\nMerci de supprimer les données de la source kasse dans nordwind d'hier.",
    'Por favor gestionar.\n\n________________________________\nDe: Ana <ana@sol-playa.example>\nEnviado el: miércoles, 3 de abril de 2024 8:40\nPara: desk@example.com\nAsunto: RV: Borrado\n\nPor favor borren los datos de la fuente reservas en sol-playa de ayer.',
  ]) {
    it(text.split('\n')[4], () => {
      const r = parse(text, { subject: 'TR: Suppression' });
      expect(r.ranges).toEqual([{ from: '2024-04-02', to: '2024-04-02' }]);
    });
  }
  it('"yesterday and the day before" written at 23:40 -0500 counts from the sender\'s own day', () => {
    // 04:40 UTC on 15 October is still 14 October in New York.
    const r = parse('Please delete the kasse data in nordwind from yesterday and the day before.', { date: new Date('2024-10-15T04:40:00Z'), headers: { date: 'Mon, 14 Oct 2024 23:40:00 -0500' } });
    expect(r.ranges).toEqual([{ from: '2024-10-12', to: '2024-10-13' }]);
  });
});
