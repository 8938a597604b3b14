/**
 * A request on a condition is asked about, in whatever words the condition is written. Corpora 13 and
 * 14 showed the parser sending "if the re-import on Friday fails again, please delete …", "falls unsere
 * Rechtsabteilung zustimmt …" and "si el equipo legal confirma …" to approval as complete: each had been
 * taught as a phrase, and mail nobody had seen wrote its conditions in other words. The condition is now
 * read from the words that open one, in each language, and the courtesies that use the same words
 * ("if possible", "if you have any questions", "please confirm once it is done") are left alone.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'pixel-harbor', name: 'Pixel Harbor', contacts: ['ops@pixelharbor.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'game-server', name: 'Game Server' }, { id: 'src_2', slug: 'store-web', name: 'Store Web' }],
      spaces: [{ id: 'spa_1', name: 'Players' }],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-04T12:00:00Z');
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@pixelharbor.example', date: new Date('2026-12-02T09:00:00Z'), subject: 'Data' }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a deletion that depends on something still to happen is asked about', () => {
  it.each([
    'If the nightly job breaks again, please delete Game Server in pixel-harbor for 10 November 2026.',
    'Please delete Game Server in pixel-harbor for 10 November 2026, provided our auditors sign the report.',
    'Assuming the vendor agrees, delete Game Server data in pixel-harbor for 10 November 2026.',
    'Unless you hear from us by Monday, delete Game Server in pixel-harbor for 10 November 2026.',
    'Sofern der Betriebsrat nichts einwendet, bitte Game Server in pixel-harbor für den 10.11.2026 löschen.',
    'Bitte Game Server in pixel-harbor am 10.11.2026 löschen, es sei denn, der Export läuft noch.',
    'Si nuestro abogado lo aprueba, borren Game Server en pixel-harbor del 10 de noviembre de 2026.',
    "Supprimez Game Server dans pixel-harbor pour le 10 novembre 2026, à condition que l'audit soit clos.",
    'Se il team legale conferma, cancellate Game Server in pixel-harbor per il 10 novembre 2026.',
    'Indien de audit het toestaat, verwijder Game Server in pixel-harbor voor 10 november 2026.',
    'Hvis revisoren godkjenner det, slett Game Server i pixel-harbor for 10. november 2026.',
    'Jeśli audyt to potwierdzi, usuńcie Game Server w pixel-harbor z 10 listopada 2026.',
    'Jos tarkastus hyväksyy, poistakaa Game Server pixel-harbor 10.11.2026.',
    'Eğer denetim onaylarsa, pixel-harbor içindeki Game Server verilerini 10.11.2026 için silin.',
    'Jika tim hukum setuju, hapus Game Server di pixel-harbor untuk 10 November 2026.',
    'もし監査で問題が見つかったら、pixel-harbor の Game Server の 2026年11月10日 のデータを削除してください。',
    '如果法务确认，请删除 pixel-harbor 中 Game Server 2026年11月10日 的数据。',
  ])('%s', (text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toMatch(/condition|not settled/);
  });
});

describe('the same words used as courtesies leave a complete request complete', () => {
  it.each([
    'Please delete Game Server in pixel-harbor for 10 November 2026, if possible.',
    'Please delete Game Server in pixel-harbor for 10 November 2026. If you have any questions, call me.',
    'Please delete Game Server in pixel-harbor for 10 November 2026 and confirm once it is done.',
    'Please delete Game Server in pixel-harbor for 10 November 2026. Please let us know once the deletion has been completed.',
    'Bitte Game Server in pixel-harbor für den 10.11.2026 löschen. Wenn möglich bitte zeitnah.',
    'Bitte Game Server in pixel-harbor für den 10.11.2026 löschen und kurz Bescheid geben, wenn erledigt.',
    'Por favor borren Game Server en pixel-harbor del 10 de noviembre de 2026. Si tienen dudas, me avisan.',
    "Merci de supprimer Game Server dans pixel-harbor pour le 10 novembre 2026, si possible avant vendredi.",
    'Sorry if this is long: please delete Game Server in pixel-harbor for 10 November 2026.',
    'Please delete Game Server in pixel-harbor for 10 November 2026.\n\nThis email is confidential. If you received it by mistake, delete it.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([{ from: '2026-11-10', to: '2026-11-10' }]);
    expect(r.sources).toEqual(['game-server']);
    expect(complete(r)).toBe(true);
  });
  it('"se" and "si" that set no condition (a reflexive verb, Catalan "si us plau") are not read as one', () => {
    expect(complete(parse('Por favor borren Game Server en pixel-harbor del 10 de noviembre de 2026. Se duplicaron los pedidos.'))).toBe(true);
    expect(complete(parse("Bon dia, si us plau, esborreu Game Server de pixel-harbor del 10 de novembre de 2026."))).toBe(true);
  });
});

describe('two scopes offered, the smaller one "only", are asked about', () => {
  it.each([
    'Please delete Game Server and Store Web in pixel-harbor for 10 November 2026, or just the one the cheat logs went to.',
    'Bitte Game Server und Store Web in pixel-harbor für den 10.11.2026 löschen – oder nur die, in der die Logs gelandet sind.',
    'Supprimez Game Server et Store Web dans pixel-harbor pour le 10 novembre 2026, ou seulement celle qui a reçu les logs.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
  });
  it('"and only" is no alternative: "delete Game Server and only that source" stays complete', () => {
    const r = parse('Please delete Game Server in pixel-harbor for 10 November 2026 and only that source.');
    expect(r.sources).toEqual(['game-server']);
    expect(complete(r)).toBe(true);
  });
});

it('a country code that spells a condition word ("Store SE i …", "SI") is no condition', () => {
  const r = parse('Hej, radera Game Server SE i pixel-harbor för 10 november 2026.');
  expect(r.ambiguities.join(' ')).not.toMatch(/condition/);
});
