/**
 * Round sixteen's own findings. A subject's lower-case word that the body uses for its story ("staging in
 * nova labs" above "our staging environment leaked into the App 2024 source … please delete App 2024")
 * names no source when the body's request names another: read as the Staging source, it would delete a
 * source the customer never asked for.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_n1', slug: 'nova-labs', name: 'Nova Labs', contacts: ['ines@nova.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_n1', slug: 'app-2024', name: 'App 2024' },
        { id: 'src_n2', slug: 'staging', name: 'Staging' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const parse = (subject: string, text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ines@nova.example', date: new Date('2027-06-11T09:00:00Z'), subject }), catalog, { now: new Date('2027-06-12T12:00:00Z') }));

describe('a subject\'s word that echoes the body\'s story', () => {
  it('"staging in nova labs" above a story of the staging environment and a request for App 2024 only', () => {
    const r = parse('staging in nova labs', 'hi, our staging environment leaked into the App 2024 source of nova labs on june 9 2027. please delete App 2024 for that day only.');
    expect(r.workspace).toBe('nova-labs');
    expect(r.sources).toEqual(['app-2024']);
    expect(r.ranges).toEqual([{ from: '2027-06-09', to: '2027-06-09' }]);
    expect(r.ambiguities).toEqual([]);
  });

  it('a body that asks for the staging data itself still names the source', () => {
    const r = parse('staging in nova labs', 'hi, please delete the Staging source of nova labs for june 9 2027.');
    expect(r.sources).toEqual(['staging']);
  });

  it('the subject alone above a body naming no source keeps the subject\'s source', () => {
    const r = parse('Staging in Nova Labs', 'hi, please delete everything of june 9 2027 there.');
    expect(r.sources).toEqual(['staging']);
  });
});

describe('a day of the story said with doubt, and a question whether a purge was done', () => {
  const shop = indexCatalog({
    workspaces: [
      {
        id: 'ws_p1', slug: 'pekarnya', name: 'Pekarnya', contacts: ['olga@pekarnya.example'], admins: [], deletedAt: null,
        sources: [{ id: 'src_p1', slug: 'website', name: 'Website' }],
        spaces: [],
      },
      { id: 'ws_p2', slug: 'orbit-legacy', name: 'Orbit Legacy', contacts: ['priya@orbit.example'], admins: [], deletedAt: '2021-05-01', sources: [], spaces: [] },
    ],
  } satisfies Catalog);
  const parseShop = (text: string, from = 'olga@pekarnya.example', subject = 'Website data'): ParseResult =>
    contractView(parseRequest(textMessage(text, { from, date: new Date('2027-06-08T06:00:00Z'), subject }), shop, { now: new Date('2027-06-09T12:00:00Z') }));

  it.each([
    ['Russian: "although maybe it was 4 June… I will check"', 'Удалите, пожалуйста, данные Website в воркспейсе Pekarnya за 3 июня 2027.\n\nХотя, может быть, это было 4 июня... Уточню у бухгалтера и напишу.'],
    ['English: "or was it the 4th of June?"', 'Please delete the Website data in Pekarnya for 3 June 2027.\n\nOr was it the 4th of June, my colleague would know.'],
    ['German: "eigentlich war es wohl der 4. Juni"', 'Bitte löschen Sie die Website-Daten in Pekarnya vom 3. Juni 2027.\n\nEigentlich war es wohl der 4. Juni, ich frage noch nach.'],
  ])('%s: the doubted day is asked about, nothing complete', (_, text) => {
    const r = parseShop(text);
    expect(r.ambiguities.length).toBeGreaterThan(0);
  });

  it('a story day told without doubt beside the same request is left out (control)', () => {
    const r = parseShop('Удалите, пожалуйста, данные Website в воркспейсе Pekarnya за 3 июня 2027.\n\nАгентство всё настроило к открытию 14 февраля 2027.');
    expect(r.ranges).toEqual([{ from: '2027-06-03', to: '2027-06-03' }]);
    expect(r.ambiguities).toEqual([]);
  });

  it('"can you confirm whether the archive purge … has been executed?" is a status question', () => {
    const r = parseShop('Dear team,\n\ncan you confirm whether the archive purge for orbit-legacy has been executed?\n\nPriya', 'priya@orbit.example', 'orbit-legacy archive purge - confirmation?');
    expect(r.kind).toBe('status');
    expect(r.workspace).toBe('orbit-legacy');
  });

  it('"can you purge the archive of orbit-legacy?" still asks for the purge (control)', () => {
    const r = parseShop('Dear team,\n\ncan you purge the archive of orbit-legacy, which was deleted in 2021?\n\nPriya', 'priya@orbit.example', 'archive purge');
    expect(r.kind).toBe('archive_purge');
  });
});

describe('found by the review of the merged round', () => {
  const acme = indexCatalog({
    workspaces: [
      {
        id: 'ws_a1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], admins: [], deletedAt: null,
        sources: [
          { id: 'src_a1', slug: 'android-prod', name: 'Android Prod' },
          { id: 'src_a2', slug: 'ios-app', name: 'iOS App' },
          { id: 'src_a3', slug: 'web-shop', name: 'Web Shop' },
          { id: 'src_a4', slug: 'newsletter', name: 'Newsletter' },
        ],
        spaces: [],
      },
      { id: 'ws_a2', slug: 'acme-inc-eu', name: 'Acme Inc EU', contacts: ['ana@acme.example'], admins: [], deletedAt: null, sources: [{ id: 'src_a5', slug: 'web-shop-eu', name: 'Web Shop' }], spaces: [] },
    ],
  } satisfies Catalog);
  const parseAcme = (text: string, subject = 'Data deletion'): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: 'ana@acme.example', date: new Date('2027-06-07T09:00:00Z'), subject }), acme, { now: new Date('2027-06-09T12:00:00Z') }));
  const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

  it('a deletion asked in the same sentence as "confirm whether it was done" stays a deletion', () => {
    const r = parseAcme('Can you delete the Web Shop data of Acme Inc for 3 June 2027 and then confirm whether the deletion was performed?');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['web-shop']);
  });

  it('"check if the removal was done, and if not, delete it" is no status question', () => {
    expect(parseAcme('could you check if the removal of Web Shop data in Acme Inc for 3 June 2027 was done, and if not, delete it?').kind).toBe('source_data');
  });

  it('"I\'m the new DPO at Acme Inc" beside Acme Inc EU and "our own workspace" asks which workspace', () => {
    const r = parseAcme("Hi,\nI'm the new DPO at Acme Inc. Acme Inc EU received a copy of our Web Shop events by mistake. Please delete Web Shop for 3 June 2027 in our own workspace.\nAna");
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });

  it('"did not check all sources yet (Android, iOS), so leave Android alone" never takes every source', () => {
    const r = parseAcme('Please delete iOS, the web shop and the newsletter in Acme Inc for 3 June 2027. We did not check all sources yet (Android, iOS), so leave Android alone for now.');
    expect(r.sources).not.toContain('android-prod');
  });

  it('a subject that lists two sources names both, whatever the body tells', () => {
    const r = parseAcme('Hi, the newsletter job broke on 2 June 2027. Please delete the Web Shop data of Acme Inc for 3 June 2027.', 'newsletter and web shop in acme inc');
    expect(r.sources.length === 2 || asks(r)).toBe(true);
  });
});
