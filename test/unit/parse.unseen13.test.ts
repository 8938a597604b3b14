/**
 * The parser on what probing with our own mail showed this round: whole years and halves of a year
 * ("all of 2025", "H1 2026") were not read at all, and a month given as an exclusion ("Q3 except
 * August", "except November 2026") was dropped or took out only its first day — which deleted the
 * very days the customer asked to keep.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'hollow-pine', name: 'Hollow Pine Games', contacts: ['dev@hollowpine.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'steam-events', name: 'Steam Events' }, { id: 'src_2', slug: 'switch', name: 'Switch Telemetry' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-04T12:00:00Z');
const parse = (text: string, sent = '2026-12-02T09:00:00Z'): ParseResult =>
  parseRequest(textMessage(text, { from: 'dev@hollowpine.example', date: new Date(sent), subject: 'Hello' }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a whole year, or half of one, in words that say so', () => {
  const year2025 = [{ from: '2025-01-01', to: '2025-12-31' }];
  it.each([
    'Please wipe the Steam Events data in hollow-pine for all of 2025.',
    'hollow-pine, Steam Events: remove everything for the whole of 2025 please',
    'Delete Steam Events (hollow-pine) for calendar year 2025.',
    'Please delete hollow-pine Steam Events data for 2025.',
    'Bitte löscht die Steam Events Daten in hollow-pine für das gesamte Jahr 2025.',
    "Merci d'effacer les données Steam Events de hollow-pine pour toute l'année 2025.",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual(year2025);
    expect(complete(r)).toBe(true);
  });
  it('"H1 2026" is January to June, "the second half of 2025" July to December', () => {
    expect(parse('Delete the Switch Telemetry data in hollow-pine for H1 2026.').ranges).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    expect(parse('Delete the Switch Telemetry data in hollow-pine for the second half of 2025.').ranges).toEqual([{ from: '2025-07-01', to: '2025-12-31' }]);
  });
  it('the year not over yet is asked about: its last days are in the future', () => {
    const r = parse('Please delete hollow-pine Steam Events data for all of 2026.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/future/);
  });
  it('a year that names no days is not read: "customers since 2019", "our 2025 audit"', () => {
    const r = parse('Customers since 2019 here. Per our 2025 audit, please delete hollow-pine Steam Events data for Nov 3, 2026.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
  });
  it('a fiscal year is the customer\'s own calendar: not read, so the days are asked for', () => {
    const r = parse('Please delete hollow-pine Steam Events data for fiscal year 2025.');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
  it('"for 2024 and 2025" is not taken as one of them', () => {
    expect(parse('Please delete hollow-pine Steam Events data for 2024 and 2025.').ranges).toEqual([]);
  });
});

describe('a month left out of the days asked for', () => {
  it('"Q3 2026 except August" keeps all of August', () => {
    const r = parse('Please delete the Steam Events data in hollow-pine for Q3 2026 except August.');
    expect(r.ranges).toEqual([{ from: '2026-07-01', to: '2026-07-31' }, { from: '2026-09-01', to: '2026-09-30' }]);
  });
  it('"October 1 to November 30, except November 2026" keeps November, not only its first day', () => {
    const r = parse('Please delete the Steam Events data in hollow-pine from October 1 to November 30, 2026, except November 2026.');
    expect(r.ranges).toEqual([{ from: '2026-10-01', to: '2026-10-31' }]);
  });
  it('a February without its year keeps that year\'s 29th', () => {
    const r = parse('Please delete hollow-pine Steam Events data from January 1, 2024 to March 31, 2024, but not February.');
    expect(r.ranges).toEqual([{ from: '2024-01-01', to: '2024-01-31' }, { from: '2024-03-01', to: '2024-03-31' }]);
  });
  it('a month outside the days asked for leaves them as they are ("3-4 November, not October as I wrote")', () => {
    const r = parse('Please delete hollow-pine Steam Events data for 3-4 November 2026, not October as I wrote before.');
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
    expect(complete(r)).toBe(true);
  });
  it('a day said to be fine among the days asked for is left out of them', () => {
    const r = parse('Please delete hollow-pine Steam Events data from Nov 1 to Nov 10, 2026. Nov 4 was fine.');
    expect(r.ranges).toEqual([{ from: '2026-11-01', to: '2026-11-03' }, { from: '2026-11-05', to: '2026-11-10' }]);
  });
});

describe('a day the customer asks to keep, in words before or after it', () => {
  const keptFifth = [{ from: '2026-11-01', to: '2026-11-04' }, { from: '2026-11-06', to: '2026-11-10' }];
  it.each([
    'Please delete hollow-pine Steam Events data from Nov 1 to Nov 10, 2026, not including Nov 5.',
    'Please delete hollow-pine Steam Events data from Nov 1 to Nov 10, 2026. Please keep Nov 5 though.',
    'Please delete hollow-pine Steam Events data from Nov 1 to Nov 10, 2026. Nov 5 should stay.',
    'Please delete hollow-pine Steam Events data from Nov 1 to Nov 10, 2026 (leave Nov 5 alone).',
    'Proszę usunąć dane Steam Events w hollow-pine od 1 do 10 listopada 2026, oprócz 5 listopada.',
    'hollow-pine の Steam Events のデータを2026年11月1日から10日まで削除してください。ただし11月5日は除きます。',
    '请删除 hollow-pine 的 Steam Events 数据，2026年11月1日至10日，11月5日除外。',
    "Merci de supprimer les données Steam Events de hollow-pine du 1er au 10 novembre 2026, hormis le 5 novembre.",
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual(keptFifth);
    expect(complete(r)).toBe(true);
  });
  it('"except weekends" leaves the Saturdays and Sundays of the days out (corpora 15 and 16 read it so)', () => {
    const r = parse('Please delete hollow-pine Steam Events data from Nov 1 to Nov 10, 2026, except weekends.');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-06' }, { from: '2026-11-09', to: '2026-11-10' }]);
    expect(complete(r)).toBe(true);
  });
  it('"on leave" in a signature is no day kept', () => {
    const r = parse('Please delete hollow-pine Steam Events data from Nov 1 to Nov 10, 2026.\n\nBest,\nMira (on leave Nov 5)');
    expect(r.ranges).toEqual([{ from: '2026-11-01', to: '2026-11-10' }]);
  });
});

describe('requests written in ways the first reading missed', () => {
  it('Portuguese asks with a noun: "pedimos a eliminação dos dados"', () => {
    const r = parse('Olá, pedimos a eliminação dos dados da fonte Steam Events no workspace hollow-pine nos dias 9 e 10 de novembro de 2026.');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-10' }]);
  });
  it.each([
    ['Indonesian "7 dan 8 November"', 'Mohon hapus data Steam Events di workspace hollow-pine untuk tanggal 7 dan 8 November 2026.'],
    ['Hungarian "november 3 és 4"', 'Kérjük, töröljék a Steam Events adatait a hollow-pine munkaterületen 2026. november 7 és 8 között.'],
  ])('two days joined by "and" in %s are both read', (_, text) => {
    expect(parse(text).ranges).toEqual([{ from: '2026-11-07', to: '2026-11-08' }]);
  });
  it('a year-first date with its last day after a dash: "2026/11/21-22"', () => {
    expect(parse('Please delete Steam Events (hollow-pine) data for 2026/11/21-22.').ranges).toEqual([{ from: '2026-11-21', to: '2026-11-22' }]);
  });
  it('German weekdays with "dem": "von Montag, dem 2. November, bis Freitag, dem 6. November" is every day between', () => {
    const r = parse('Bitte löschen Sie in hollow-pine die Daten der Quelle Steam Events von Montag, dem 2. November, bis Freitag, dem 6. November 2026.');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-06' }]);
  });
  it('Czech CET is "SEČ": hours of a Prague day cover two UTC days (and are asked about)', () => {
    const r = parse('Smažte prosím data zdroje Steam Events v hollow-pine za neděli 15. 11. 2026 (00:00–23:59 SEČ).');
    expect(r.ranges).toEqual([{ from: '2026-11-14', to: '2026-11-15' }]);
  });
});

describe('a deletion that is not yet decided is asked about, never sent for approval as it stands', () => {
  it.each([
    "We're considering deleting the Steam Events data in hollow-pine for October 2026. Would it also remove the events from BigQuery?",
    'Please delete the Steam Events data in hollow-pine for October 2026 once legal confirms.',
    'Unless you hear from me by Friday, please delete Steam Events in hollow-pine for 9 November 2026.',
    'We need Steam Events in hollow-pine for 21-23 October 2026 deleted, but before you delete anything please send us an export.',
    'Falls unsere Rechtsabteilung am Montag zustimmt, bitte Steam Events in hollow-pine vom 26.10. bis 28.10.2026 löschen.',
    'Caso a auditoria interna confirme o incidente, pedimos excluir os dados de Steam Events (hollow-pine) de 1 a 3 de novembro de 2026.',
    "Supprimez les données Steam Events de hollow-pine pour le 25 novembre 2026, sauf si c'est irréversible.",
    'Bitte Steam Events und Switch Telemetry in hollow-pine für den 20.11.2026 löschen – oder nur eine davon, das weiß ich gerade nicht genau.',
    'Steam Events in hollow-pine for Nov 2, 2026 must be deleted, and it has to be gone everywhere, our warehouse included.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('source_data');
    expect(complete(r)).toBe(false);
  });
  it('"I\'ll let you know if anything else comes up" is no doubt about the request', () => {
    expect(complete(parse("Please delete Steam Events in hollow-pine for October 2026. I'll let you know if anything else comes up."))).toBe(true);
  });
});

describe('part of a day or of a source, which whole-day deletion cannot keep', () => {
  it.each([
    '¿Podéis borrar solo los duplicados de Steam Events en hollow-pine del 2 al 4 de noviembre de 2026?',
    'Please delete Steam Events in hollow-pine for 2026-11-02, but keep the crash events, QA still needs them.',
    'Please delete Steam Events in hollow-pine from 2026-11-18 14:00 to 18:30 UTC. A replay duplicated events in that window only.',
    'Vi må slette data fra Steam Events i hollow-pine fra kl. 22:00 lørdag 7. november til kl. 02:00 søndag 8. november 2026. Resten av helgen må beholdes.',
  ])('%s', (text) => {
    expect(complete(parse(text))).toBe(false);
  });
});

describe('kinds written formally', () => {
  it('a lawyer asking for all personal data of "unserer Mandantin" is one person\'s data', () => {
    const r = parse('Sehr geehrte Damen und Herren,\n\nnamens und in Vollmacht unserer Mandantin fordern wir Sie gemäß Art. 17 DSGVO auf, sämtliche personenbezogenen Daten unserer Mandantin unverzüglich zu löschen.');
    expect(r.kind).toBe('user_data');
  });
  it('"die vollständige Löschung sämtlicher Daten des Workspaces hollow-pine" is a workspace purge', () => {
    const r = parse('Hiermit beantragen wir die vollständige Löschung sämtlicher Daten des Workspaces hollow-pine.');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('hollow-pine');
  });
  it('"supprimer intégralement l\'espace de travail hollow-pine" is a workspace purge', () => {
    const r = parse("Merci de supprimer intégralement l'espace de travail hollow-pine.");
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('hollow-pine');
  });
});

describe('more calendars, zones and month names', () => {
  it('a Thai date in the Buddhist era: "20 พฤศจิกายน 2569" is 20 November 2026', () => {
    expect(parse('รบกวนลบข้อมูลของแหล่งข้อมูล Steam Events ใน workspace hollow-pine วันที่ 20 พฤศจิกายน 2569 ครับ').ranges).toEqual([{ from: '2026-11-20', to: '2026-11-20' }]);
  });
  it('a Japanese era year: "令和8年11月3日" is 3 November 2026', () => {
    expect(parse('hollow-pine の Steam Events のデータ（令和8年11月3日）を削除してください。').ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
  });
  it('Hebrew months with their prefix: "2–3 בדצמבר 2026"', () => {
    expect(parse('אנא מחקו את הנתונים של המקור Steam Events ב-workspace hollow-pine לתאריכים 2–3 בדצמבר 2026.', '2026-12-04T06:00:00Z').ranges).toEqual([{ from: '2026-12-02', to: '2026-12-03' }]);
  });
  it('Czech "20. až 22. října" is every day from the 20th to the 22nd', () => {
    expect(parse('Prosím o smazání dat ze zdroje Steam Events v pracovním prostoru hollow-pine za 20. až 22. října 2026.').ranges).toEqual([{ from: '2026-10-20', to: '2026-10-22' }]);
  });
  it('New Zealand time keeps its summer time: the whole of 5 November in Auckland is 4-5 November UTC', () => {
    const r = parse('Please delete the Steam Events data in hollow-pine for the whole of November 5, 2026, Auckland time.');
    expect(r.ranges).toEqual([{ from: '2026-11-04', to: '2026-11-05' }]);
  });
});

describe('one person\'s data, told about by someone else', () => {
  it.each([
    'Jeden z graczy napisał do nas z prośbą o usunięcie wszystkich jego danych zgodnie z RODO (art. 17). Jak mamy to zrobić?',
    'En pasient har med henvisning til personvernforordningen artikkel 17 bedt om at alle personopplysninger om henne slettes.',
    'One of our parents has asked us to delete all personal information you hold about her and her son. Can you please action this?',
  ])('%s', (text) => {
    expect(parse(text).kind).toBe('user_data');
  });
});

describe('what the held-out thirds of corpora 13 and 14 showed, once scored', () => {
  it('Hebrew "and" is a prefix: "3 ו-4 בנובמבר" is the 3rd and the 4th', () => {
    expect(parse('נבקש למחוק את הנתונים של המקור Steam Events ב-workspace hollow-pine עבור 3 ו-4 בנובמבר 2026.').ranges).toEqual([{ from: '2026-11-03', to: '2026-11-04' }]);
  });
  it('Hungarian names the month again before the last day: "2026. október 26. és október 28. között"', () => {
    expect(parse('Kérem, töröljék a Steam Events adatait a hollow-pine munkaterületen 2026. október 26. és október 28. között.').ranges).toEqual([{ from: '2026-10-26', to: '2026-10-28' }]);
  });
  it('"over the weekend" after a written Saturday is that weekend, not the one before the message', () => {
    const r = parse('Please delete Steam Events in hollow-pine for Saturday 31 October 2026. The bot was left on over the weekend and made fake events that day.');
    expect(r.ranges).toEqual([{ from: '2026-10-31', to: '2026-10-31' }]);
  });
  it('"11月の第2週" (the second week of November) is no ISO week 2', () => {
    const r = parse('hollow-pine の Steam Events について、11月の第2週のデータを削除してください。');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
  it.each([
    'Slet venligst data fra Steam Events i hollow-pine fra 3. november 2026 og fremover, indtil vi giver besked.',
    'Please delete Steam Events in hollow-pine from Nov 3, 2026 until further notice.',
  ])('a span with no last day is asked about: %s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/no last day/);
  });
  it.each([
    'Merci de supprimer Steam Events dans hollow-pine pour le 12 novembre 2026, ainsi que toute autre source qui aurait reçu le SDK défectueux.',
    'Please delete Steam Events in hollow-pine for 2026-11-03. If the other regions were affected too, please do them as well.',
    'Please delete Steam Events in hollow-pine for 2026-11-16, plus whatever else Megan flagged in her mail.',
    'If we asked you to delete Steam Events in hollow-pine for all of 2025, how long would that take? We have not decided yet, just planning.',
    'Bitte die Steam Events in hollow-pine für den 3.11.2026 löschen – es sei denn, das QA-Team braucht sie noch.',
    'For hollow-pine please delete 12 November 2026 for: Steam Events, Switch Telemetry and the matchmaking service.',
  ])('a list or a decision left open is asked about: %s', (text) => {
    expect(complete(parse(text))).toBe(false);
  });
});

describe('a source named as what happened, not as what to delete', () => {
  it('"load test went wild" beside the request for another source does not add the Load Test source', () => {
    const story = indexCatalog({
      workspaces: [{
        id: 'ws_9', slug: 'orbit-play', name: 'Orbit Play', contacts: ['dev@orbit.example'], admins: [], deletedAt: null,
        sources: [{ id: 'src_91', slug: 'android-app', name: 'Android App' }, { id: 'src_92', slug: 'load-test', name: 'Load Test' }],
        spaces: [],
      }],
    } satisfies Catalog);
    const read = (text: string): ParseResult => parseRequest(textMessage(text, { from: 'dev@orbit.example', date: new Date('2026-10-15T22:40:00Z'), subject: 'Hello' }), story, { now: NOW });
    expect(read('hey, plz delte the android-app data in orbit-play for oct 13th (2026 ofc). load test went wild. thx!!').sources).toEqual(['android-app']);
    expect(read('Please delete the Android App data in orbit-play for Oct 13 2026. Load Test was broken too, so please delete it as well.').sources).toEqual(['android-app', 'load-test']);
    expect(read('Please delete the Android App and Load Test data in orbit-play for Oct 13 2026.').sources).toEqual(['android-app', 'load-test']);
  });
});
