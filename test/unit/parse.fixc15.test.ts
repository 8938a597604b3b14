/**
 * Name rules that read too much, in my own words: a live workspace's slug beside a deleted namesake is
 * the live one only when nothing in the mail points at the deleted one; a plural right after a source's
 * name is that source's data, not the source of that word; and a line "<workspace> <word>" names a
 * source only with the source written as the catalog writes it.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const BIRCH = 'lee@birchwood.example';
const HARBOR = 'sam@harbor.example';
const catalog = indexCatalog({
  workspaces: [
    catalogWorkspace('birchwood', 'Birchwood', [['bw-api', 'API'], ['bw-shop', 'Shop']], [], [BIRCH]),
    { ...catalogWorkspace('birchwood-2017', 'Birchwood', [['bw-old-api', 'API']], [], [BIRCH]), deletedAt: '2019-03-10' },
    catalogWorkspace('harbor', 'Harbor Labs', [['hb-mobile', 'Mobile App'], ['hb-site', 'Storefront'], ['hb-upload', 'Upload'], ['hb-events', 'Events']], [], [HARBOR]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-16T15:00:00Z');
const parse = (text: string, from: string, subject?: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2027-06-12T09:00:00Z'), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a live slug beside a deleted namesake', () => {
  it('asks when the mail speaks of the old, deleted workspace', () => {
    const r = parse('Our former birchwood workspace, removed back then, kept API data. Please remove the API source in birchwood for 4 June 2027.', BIRCH);
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toContain('birchwood-2017');
  });
  it('asks when a day falls in the years the deleted one held data', () => {
    const r = parse('Please remove the API source in birchwood for 2018-11-02.', BIRCH);
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });
  it('still reads the live one when nothing points at the deleted one', () => {
    const r = parse('Please remove the API source in birchwood for 2027-06-04.', BIRCH);
    expect(r.workspace).toBe('birchwood');
    expect(r.sources).toEqual(['bw-api']);
    expect(asks(r)).toBe(false);
  });
});

describe('a plural after a source name', () => {
  it('reads "Mobile App uploads" as the Mobile App\'s data, not the Upload source', () => {
    const r = parse('Please remove the Mobile App uploads in harbor for 2027-06-02.', HARBOR);
    expect(r.sources).toEqual(['hb-mobile']);
    expect(asks(r)).toBe(false);
  });
  it('does not make "Storefront uploads" the Upload source', () => {
    const r = parse('Please remove the Storefront uploads in harbor from 2027-06-02.', HARBOR);
    expect(r.sources).toEqual(['hb-site']);
    expect(asks(r)).toBe(false);
  });
  it('does not make "the 2027-06-02 uploads" the Upload source', () => {
    const r = parse('For harbor, please remove the 2027-06-02 uploads.', HARBOR);
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });
  it('still asks about a plural standing on its own', () => {
    const r = parse('Please remove the uploads of harbor from 2027-06-02.', HARBOR);
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});

describe('a line of a workspace and a word', () => {
  it('asks when the word after the workspace is an ordinary word in lower case', () => {
    const r = parse('Harbor Labs events\n2 June 2027\nPlease remove.', HARBOR);
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });
  it('reads the source written as the catalog writes it', () => {
    const r = parse('Harbor Labs Events\n2 June 2027\nPlease remove.', HARBOR);
    expect(r.workspace).toBe('harbor');
    expect(r.sources).toEqual(['hb-events']);
    expect(asks(r)).toBe(false);
  });
});
