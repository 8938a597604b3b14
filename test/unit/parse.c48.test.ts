/**
 * A month of first-contact mail from a whole customer base: a workspace named by an ordinary word
 * ("Bloom", "Outreach") used as a word or as the place of a source, the Arabic word for a workspace
 * written before a slug, a Korean "last <weekday>", and a year-less span across the new year followed by
 * a dash and a clause. What staff would see: the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][]): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts: [],
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
});
const catalog = indexCatalog({
  workspaces: [
    ws('bloom', 'Bloom', [['android-app', 'Android App'], ['shop', 'Shop']]),
    ws('outreach', 'Outreach', [['landing-page', 'Landing Page'], ['crm-sync', 'CRM Sync']]),
    ws('riverside-trust', 'Riverside Trust', [['landing-page', 'Landing Page']]),
    ws('pine-arcade', 'Pine Arcade', [['console', 'Console'], ['web-shop', 'Web Shop']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-05-20T12:00:00Z');
const parse = (text: string, date: string, subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'someone@customer.example', date: new Date(date), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a workspace whose name is an ordinary word', () => {
  it('reads "our bloom campaigns" as a word describing the campaigns, and asks which workspace is meant', () => {
    const r = parse('Our bloom campaigns pushed test events into the Android App source. Please remove 3 May 2027.', '2027-05-10T09:00:00Z');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBeNull();
    expect(r.missing).toContain('workspace');
    expect(asks(r)).toBe(true);
  });

  it('still takes "our bloom workspace" and "our bloom data" as the workspace', () => {
    const a = parse('Please delete the Android App source in our bloom workspace for 3 May 2027.', '2027-05-10T09:00:00Z');
    expect(a.workspace).toBe('bloom');
    expect(a.sources).toEqual(['android-app']);
    expect(asks(a)).toBe(false);
  });

  it('takes "Landing Page data in outreach" as the place of that source, so nothing is asked', () => {
    const r = parse('Please delete the Landing Page source data in outreach for 2 May 2027.', '2027-05-10T09:00:00Z');
    expect(r.workspace).toBe('outreach');
    expect(r.sources).toEqual(['landing-page']);
    expect(r.ranges).toEqual([{ from: '2027-05-02', to: '2027-05-02' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads the Arabic "workspace" words before a lower-case slug as naming it (a purge in Arabic)', () => {
    const r = parse('نرجو حذف مساحة العمل outreach بالكامل مع جميع بياناتها.', '2027-05-10T09:00:00Z');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('outreach');
    expect(asks(r)).toBe(false);
  });

  it('reads Arabic "in" between a source and its workspace as the place of the source', () => {
    const r = parse('يرجى حذف بيانات Landing Page في outreach بتاريخ 2 مايو 2027.', '2027-05-10T09:00:00Z');
    expect(r.workspace).toBe('outreach');
    expect(r.sources).toEqual(['landing-page']);
  });
});

describe('days', () => {
  it('reads Korean "지난 화요일" as the latest Tuesday before the sender\'s day, so a bad import is a source deletion', () => {
    // Thursday 13 May 2027 in Seoul: the past Tuesday is 11 May.
    const r = parse('pine-arcade에 지난 화요일 잘못 들어온 데이터를 모두 삭제해 주세요.', '2027-05-13T01:00:00Z');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('pine-arcade');
    expect(r.ranges).toEqual([{ from: '2027-05-11', to: '2027-05-11' }]);
    expect(r.missing).toEqual(['source']);
  });

  it('keeps a year-less span across the new year whole when a dash and a clause follow its end', () => {
    const r = parse('Please delete Web Shop data in Pine Arcade from Dec 29 to Jan 3 - the year-end sale flooded it with bots.', '2027-05-10T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2026-12-29', to: '2027-01-03' }]);
    expect(r.sources).toEqual(['web-shop']);
    expect(asks(r)).toBe(false);
  });

  it('reads a dated span of the current year before a dash and a clause as that span', () => {
    const r = parse('Please delete Console data in Pine Arcade from March 3 to March 5 - the launch test spammed it.', '2027-05-10T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-03-03', to: '2027-03-05' }]);
  });
});
