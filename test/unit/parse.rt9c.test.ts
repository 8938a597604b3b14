/**
 * The parser on mail that names a full scope yet should be asked about: a question about what a deletion
 * would do, a wish that it run later, a purge that keeps part of the workspace, and a day counted at a
 * place rather than in a zone.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'nordlicht', name: 'Nordlicht', contacts: ['ops@nordlicht.example'], admins: ['ops@nordlicht.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'web-shop', name: 'Web Shop' }, { id: 'src_2', slug: 'ios-app', name: 'iOS App' }],
      spaces: [{ id: 'spa_1', name: 'Campaigns' }],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-01T12:00:00Z');
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@nordlicht.example', date: new Date('2027-02-24T09:00:00Z'), subject: 'Data' }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a question about what a deletion would do, with no request beside it', () => {
  it.each([
    'Deleting the iOS App data in nordlicht for Jan 12: would that change our retention charts?',
    'Hi,\n\nwirkt sich das Löschen der iOS App Daten in nordlicht vom 12. Januar auf unsere Berichte aus?\n\nDanke',
    '¿eliminar los datos de iOS App en nordlicht del 12 de enero cambiaría nuestros informes?',
    'czy skasowanie danych iOS App w nordlicht z 12 stycznia zmieni nasze wykresy?',
    'nordlicht の iOS App の1月12日のデータを削除すると、グラフは変わりますか？',
  ])('asks whether it is a request: %s', (text) => {
    const r = parse(text);
    expect(r.ambiguities.join(' ')).toContain('or a question about what a deletion would do?');
  });
  it('a polite request put as a question stays a request', () => {
    expect(complete(parse('Could you delete the iOS App data in nordlicht for Jan 12?'))).toBe(true);
  });
  it('a request with the deletion said as a thing, in a sentence of its own, stays a request', () => {
    expect(complete(parse('Please delete the iOS App data in nordlicht for Jan 12. The deletion of that day is all we need.'))).toBe(true);
  });
});

describe('a wish that the deletion run later', () => {
  it.each([
    'Please delete the iOS App data in nordlicht for Jan 12, but not before our board meeting.',
    'Bitte löscht die iOS App Daten in nordlicht vom 12. Januar, aber nicht vor dem Release.',
    'удалите данные iOS App в nordlicht за 12 января, но не раньше релиза.',
    'Please delete the iOS App data in nordlicht for Jan 12, only after our auditors have looked at it.',
    'nordlicht の iOS App の1月12日のデータを、レビューが完了した後に削除してください。',
  ])('asks when to run it: %s', (text) => {
    expect(complete(parse(text))).toBe(false);
  });
  it('a day that bounds the days asked for is no wish about the run', () => {
    expect(complete(parse('Please delete the iOS App data in nordlicht from Jan 12 to Jan 14, nothing before.'))).toBe(true);
  });
});

describe('a purge that keeps part of the workspace', () => {
  it.each([
    'proszę usunąć workspace nordlicht, poza przestrzenią Campaigns.',
    'пожалуйста, удалите workspace nordlicht полностью, кроме Campaigns.',
    'lütfen nordlicht çalışma alanını tüm verileriyle silin, faturalar dışında.',
    'Please purge the workspace nordlicht completely. We would like to keep the invoices.',
    'Bitte löscht den Workspace nordlicht komplett. Die Rechnungen wollen wir noch behalten.',
    'Please purge the workspace nordlicht. The invoices should stay.',
  ])('asks what should be kept: %s', (text) => {
    expect(parse(text).ambiguities.join(' ')).toContain('a purge deletes everything in the workspace');
  });
  it('a space said to stay beside the purge is asked about too', () => {
    expect(complete(parse('Please purge the workspace nordlicht. The Campaigns space should stay.'))).toBe(false);
  });
  it.each([
    'Please purge the workspace nordlicht completely. Keep me posted.',
    'Please purge the workspace nordlicht completely, we do not need to keep anything.',
    'Please purge the workspace nordlicht completely. Besides, the team has moved on.',
    'Por favor, borren el workspace nordlicht por completo, al menos antes de fin de mes.',
  ])('keeping nothing of the workspace asks nothing: %s', (text) => {
    expect(complete(parse(text))).toBe(true);
  });
});

describe('a day counted at a place', () => {
  it('"(we are in Denver)" covers the UTC days of Denver\'s day, and asks', () => {
    const r = parse('Please delete the iOS App data in nordlicht for Jan 12 (we are in Denver).');
    expect(r.ranges).toEqual([{ from: '2027-01-12', to: '2027-01-13' }]);
    expect(r.ambiguities.join(' ')).toContain('should those whole days be deleted?');
  });
  it('"our Seoul office" is ahead of UTC', () => {
    expect(parse('Please delete the iOS App data in nordlicht for Jan 12 as our Seoul office sees it.').ranges).toEqual([{ from: '2027-01-11', to: '2027-01-12' }]);
  });
  it('a country right after the day: "Jan 12, Brazil"', () => {
    expect(parse('Please delete the iOS App data in nordlicht for Jan 12, Brazil.').ranges).toEqual([{ from: '2027-01-12', to: '2027-01-13' }]);
  });
  it('a place we cannot place asks which UTC days', () => {
    const r = parse('Please delete the iOS App data in nordlicht for Jan 12 (we are in Smallville).');
    expect(r.ambiguities.join(' ')).toContain('counted at a place whose time zone we cannot place');
  });
  it('a city in the signature is no part of the dated sentence', () => {
    expect(complete(parse('Please delete the iOS App data in nordlicht for Jan 12.\n\nOla\nNordlicht GmbH, Berlin office'))).toBe(true);
  });
  it('a place whose clock is UTC that day changes nothing: "Jan 12, London"', () => {
    expect(complete(parse('Please delete the iOS App data in nordlicht for Jan 12, London.'))).toBe(true);
  });
});
