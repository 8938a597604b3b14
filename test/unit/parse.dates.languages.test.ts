import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { extractRanges } from '../../src/domain/parse/dates';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';

// Sentences written for these tests, one per way customers write days and ranges in their languages.
// The message is dated Wednesday 16 April 2025, 10:00 UTC, so the sender's day is 16 April.
const WED_16_APRIL = new Date('2025-04-16T10:00:00Z');
const R = (from: string, to = from) => ({ from, to });

interface Case {
  text: string;
  ranges: { from: string; to: string }[];
  /** A question the parser must ask (part of its words); none when left out. */
  asks?: string;
  /** A note the parser must add (part of its words). */
  note?: string;
}

function check({ text, ranges, asks, note }: Case, date: Date = WED_16_APRIL, localDay?: string): void {
  const out = extractRanges(text, date, { localDay, now: new Date('2026-12-03T12:00:00Z') });
  expect(out.ranges, text).toEqual(ranges);
  if (note) expect(out.notes.join(' | '), text).toContain(note);
  if (asks) expect(out.ambiguities.join(' | '), text).toContain(asks);
  else expect(out.ambiguities, text).toEqual([]);
}

describe('month names in the cases dates use', () => {
  it.each<Case>([
    { text: 'Proszę usunąć dane z 7 kwietnia 2025.', ranges: [R('2025-04-07')] },
    { text: 'usuncie dane 1 i 8 kwietnia 2025', ranges: [R('2025-04-01'), R('2025-04-08')] },
    { text: 'Prosimy usunąć dane od 2 do 4 kwietnia 2025.', ranges: [R('2025-04-02', '2025-04-04')] },
    { text: 'Poistakaa tiedot 3. maaliskuuta 2025.', ranges: [R('2025-03-03')] },
    { text: 'Vi ber er slette data for 5. mars 2025.', ranges: [R('2025-03-05')] },
    { text: 'Usuńcie proszę dane z lutego 2025 — cały miesiąc.', ranges: [R('2025-02-01', '2025-02-28')] },
    { text: 'Prosimy usunąć dane z lutym 2025', ranges: [R('2025-02-01', '2025-02-28')] },
  ])('$text', (c) => check(c));

  it('asks about a day the month does not have, in any language', () => {
    check({ text: 'Proszę usunąć dane z 31 listopada 2024.', ranges: [], asks: 'not a valid date' });
    check({ text: 'Cancellate i dati del 30 febbraio 2025.', ranges: [], asks: 'not a valid date' });
  });
});

describe('whole months and spans of months', () => {
  it.each<Case>([
    { text: 'Prosimy usunąć dane z całego lutego i marca 2025.', ranges: [R('2025-02-01', '2025-03-31')] },
    { text: 'Cancellate i dati da gennaio a marzo 2025, grazie.', ranges: [R('2025-01-01', '2025-03-31')] },
    { text: 'Radera data från januari till mars 2025.', ranges: [R('2025-01-01', '2025-03-31')] },
  ])('$text', (c) => check(c));

  it('asks about a span of months written backwards', () => {
    check({ text: 'Usuńcie dane od marca do stycznia 2025.', ranges: [], asks: 'ends before it starts' });
  });
});

describe('relative days count from the sender\'s own day', () => {
  it.each<Case>([
    { text: 'Cancellate per favore i dati di ieri.', ranges: [R('2025-04-15')] },
    { text: 'Proszę usunąć wczorajsze dane.', ranges: [R('2025-04-15')] },
    { text: 'Proszę usunąć dane z przedwczoraj.', ranges: [R('2025-04-14')] },
    { text: 'Radera data från igår, tack.', ranges: [R('2025-04-15')] },
    { text: 'Graag de gegevens van eergisteren verwijderen.', ranges: [R('2025-04-14')] },
  ])('$text', (c) => check(c));

  it('takes "wczoraj" from the Date header\'s local day, not the UTC day', () => {
    // 21:30 on 2 March in New York is already 3 March in UTC: yesterday is 1 March.
    check({ text: 'Proszę usunąć wczorajsze dane.', ranges: [R('2025-03-01')] }, new Date('2025-03-03T02:30:00Z'), '2025-03-02');
  });
});

describe('Dutch "voor": "for" a day, or "before" it', () => {
  it('reads "verwijderen voor <day>" as that day', () => {
    check({ text: 'Wilt u de bron verwijderen voor 9 april 2025?', ranges: [R('2025-04-09')] });
    check({ text: 'Graag verwijderen voor 31 maart en 1 april 2025.', ranges: [R('2025-03-31', '2025-04-01')] });
  });

  it('asks when it says everything before a day', () => {
    check({ text: 'Graag alles van vóór 9 april 2025 verwijderen.', ranges: [], asks: 'has no first day' });
    check({ text: 'Kunnen jullie alles voor 9 april 2025 verwijderen?', ranges: [], asks: 'has no first day' });
    check({ text: 'Proszę usunąć dane przed 9 kwietnia 2025.', ranges: [], asks: 'has no first day' });
  });
});

describe('ISO calendar weeks', () => {
  it.each<Case>([
    { text: 'Bitte die Daten der KW 14/2025 löschen.', ranges: [R('2025-03-31', '2025-04-06')] },
    { text: 'Bitte alles aus Kalenderwoche 2 löschen.', ranges: [R('2025-01-06', '2025-01-12')] },
    { text: 'Poistakaa viikko 1/2025 tiedot.', ranges: [R('2024-12-30', '2025-01-05')] },
  ])('$text', (c) => check(c));

  it('asks about a week that is not over yet', () => {
    check({ text: 'Bitte KW 16 löschen.', ranges: [], asks: 'not over by the message date' });
  });

  it('leaves "week 3" in English prose alone', () => {
    const out = extractRanges('In week 3 of the rollout some uploads failed; delete the data of April 2, 2025.', WED_16_APRIL);
    expect(out.ranges).toEqual([R('2025-04-02')]);
  });
});

describe('a weekday settles a slash date that reads two ways', () => {
  it.each<Case>([
    { text: 'Please delete the data of Friday 07/03/2025.', ranges: [R('2025-03-07')] },
    { text: 'Cancellate i dati di venerdì 07/03/2025.', ranges: [R('2025-03-07')] },
    { text: 'Usuńcie dane z piątek 07/03/2025.', ranges: [R('2025-03-07')] },
  ])('$text', (c) => check(c));

  it('still asks when the weekday fits neither reading', () => {
    check({ text: 'Please delete the data of Monday 07/03/2025.', ranges: [], asks: 'which one is meant' });
  });

  it('does not take a short preposition for a weekday ("do" is Polish "until")', () => {
    check({ text: 'Proszę usunąć dane do 06/03/2025.', ranges: [], asks: 'which one is meant' });
  });
});

describe('hours', () => {
  it('takes hours that are exact UTC day bounds as whole days, without asking', () => {
    check({ text: 'Please delete the data from 2025-04-01 00:00 UTC to 2025-04-02 23:59 UTC.', ranges: [R('2025-04-01', '2025-04-02')] });
  });

  it('reads the same bounds in another zone as the UTC days that cover them, with a note, and asks before widening', () => {
    check({ text: 'Please delete the data from 2025-04-01 00:00 CET to 2025-04-02 23:59 CET.', ranges: [R('2025-03-31', '2025-04-02')], note: 'only whole UTC days can be deleted, so it is read as the UTC days 2025-03-31 to 2025-04-02', asks: 'which covers 2025-03-31 to 2025-04-02 — should those whole days be deleted' });
  });

  it.each<Case>([
    { text: '¿Pueden borrar los datos de 08:00 a 09:30 hora de Madrid del 2 de abril de 2025?', ranges: [R('2025-04-02')], asks: 'should those whole days be deleted' },
    { text: 'Proszę usunąć dane z 2 kwietnia 2025, godz. 10-12.', ranges: [R('2025-04-02')], asks: 'should those whole days be deleted' },
  ])('asks about hours no reading joins to their day, in any language: $text', (c) => check(c));

  it.each<Case>([
    { text: 'Cancellate i dati del 2 aprile 2025 dalle 14:00 alle 16:00.', ranges: [R('2025-04-02')], note: 'read as the UTC days 2025-04-02 to 2025-04-02', asks: 'should those whole days be deleted' },
    { text: 'Bitte die Daten vom 2. April 2025 von 23:00 bis 01:00 Uhr UTC löschen.', ranges: [R('2025-04-02', '2025-04-03')], note: 'read as the UTC days 2025-04-02 to 2025-04-03', asks: 'which covers 2025-04-02 to 2025-04-03' },
  ])('reads hours joined to their day as the UTC days covering them, with a note, and asks before widening: $text', (c) => check(c));
});

describe('dates that are not the request', () => {
  it('ignores a date decades before the message, such as a founding date in a signature', () => {
    check({ text: 'Apaguem os dados de 2 de abril de 2025.\nEmpresa fundada em 03/04/1987' , ranges: [R('2025-04-02')] });
  });

  it('ignores a past event in Polish and Italian ("usuniętego w marcu 2022", "chiuso ad aprile 2022")', () => {
    expect(extractRanges('Prosimy o usunięcie archiwum workspace\'u (usuniętego w marcu 2022).', WED_16_APRIL).ranges).toEqual([]);
    expect(extractRanges("Chiediamo la cancellazione dell'archivio, chiuso ad aprile 2022.", WED_16_APRIL).ranges).toEqual([]);
  });

  it('reads a correction in Italian as the request', () => {
    check({ text: 'Scusate, intendevo il 3 aprile 2025, non quello dopo.', ranges: [R('2025-04-03')] });
  });
});

describe('several sources and several days', () => {
  const catalog = indexCatalog({
    workspaces: [{
      id: 'ws_1', slug: 'verde-shop', name: 'Verde Shop', contacts: ['lia@verde.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'shop-it', name: 'Shop IT' }, { id: 'src_2', slug: 'shop-fr', name: 'Shop FR' }],
      spaces: [],
    }],
  } satisfies Catalog);
  const parse = (text: string) => parseRequest({
    messageId: 'm@x', from: { address: 'lia@verde.example', name: 'Lia' }, to: [], cc: [], replyTo: null, subject: 'richiesta',
    date: WED_16_APRIL, text, html: null, inReplyTo: null, references: [], headers: {}, contentType: 'text/plain', attachments: [],
  } satisfies InboundMessage, catalog, { now: new Date('2026-12-03T12:00:00Z') });

  it('takes every day for every source when the message says so', () => {
    const r = parse('In verde-shop cancellate, per entrambe le sorgenti Shop IT e Shop FR, i giorni 1 aprile 2025 e 8 aprile 2025.');
    expect(r.ranges).toEqual([R('2025-04-01'), R('2025-04-08')]);
    expect(r.ambiguities).toEqual([]);
  });

  it('still asks when "both sources" only tells what happened to them', () => {
    const r = parse('Both sources got duplicates. In verde-shop please delete Shop IT and Shop FR on 1 April 2025 and Shop IT on 8 April 2025.');
    expect(r.ambiguities.join(' ')).toContain('should every day be deleted for every source');
  });
});

describe('relative weeks, months and "last N days" in every language', () => {
  // 16 April 2025 is a Wednesday: last week is 7–13 April, this week 14–16 April, last month March.
  it.each<Case>([
    { text: 'Cancellate i dati della settimana scorsa.', ranges: [R('2025-04-07', '2025-04-13')] },
    { text: 'Proszę usunąć dane z zeszłym tygodniu.', ranges: [R('2025-04-07', '2025-04-13')] },
    { text: 'Radera data från förra veckan.', ranges: [R('2025-04-07', '2025-04-13')] },
    { text: 'Slet venligst data fra sidste uge.', ranges: [R('2025-04-07', '2025-04-13')] },
    { text: 'Poistakaa viime viikolla tulleet tiedot.', ranges: [R('2025-04-07', '2025-04-13')] },
    { text: '请删除上周的数据。', ranges: [R('2025-04-07', '2025-04-13')] },
    { text: 'Cancellate i dati di questa settimana.', ranges: [R('2025-04-14', '2025-04-16')] },
    { text: 'Cancellate i dati del mese scorso.', ranges: [R('2025-03-01', '2025-03-31')] },
    { text: 'Slett data fra forrige måned.', ranges: [R('2025-03-01', '2025-03-31')] },
  ])('$text', (c) => check(c));

  it.each<Case>([
    { text: 'Proszę usunąć dane z ostatnich 3 dni.', ranges: [], asks: 'whether today counts' },
    { text: 'Radera data från de senaste 3 dagarna.', ranges: [], asks: 'whether today counts' },
    { text: 'Poistakaa viimeiset 3 päivää.', ranges: [], asks: 'whether today counts' },
    { text: '请删除过去3天的数据。', ranges: [], asks: 'whether today counts' },
  ])('asks whether today counts: $text', (c) => check(c));
});

describe('"from … to …" and "since" in every language', () => {
  it.each<Case>([
    { text: 'Proszę usunąć dane od 3 marca 2025 do 5 marca 2025.', ranges: [R('2025-03-03', '2025-03-05')] },
    { text: 'Cancellate i dati dal 3 marzo 2025 fino al 5 marzo 2025.', ranges: [R('2025-03-03', '2025-03-05')] },
    { text: 'Slett data fra 3. mars 2025 til 5. mars 2025.', ranges: [R('2025-03-03', '2025-03-05')] },
    { text: '请删除2025年3月3日到3月5日的数据。', ranges: [R('2025-03-03', '2025-03-05')] },
    { text: '请删除2025年3月3号的数据。', ranges: [R('2025-03-03')] },
  ])('$text', (c) => check(c));

  it('reads "od"/"dal"/"sedan" with one day as an open range, which has no last day and is asked about', () => {
    for (const text of ['Proszę usunąć wszystkie dane od 10 kwietnia 2025.', 'Cancellate tutti i dati dal 10 aprile 2025.', 'Radera all data sedan 10 april 2025.']) {
      const out = extractRanges(text, WED_16_APRIL);
      expect(out.ranges, text).toEqual([]);
      expect(out.ambiguities.join(' '), text).toContain('from 2025-04-10 up to the message date 2025-04-16');
    }
  });
});

describe('ordinal forms', () => {
  it.each<Case>([
    { text: 'Radera data från den 3:e mars 2025.', ranges: [R('2025-03-03')] },
    { text: 'Radera data för 1:a april 2025.', ranges: [R('2025-04-01')] },
    { text: 'Proszę usunąć dane z 3-go marca 2025.', ranges: [R('2025-03-03')] },
    { text: 'Cancellate i dati del 1° aprile 2025.', ranges: [R('2025-04-01')] },
  ])('$text', (c) => check(c));
});
