/**
 * Round t63, in our own words: a common-word source glossed with its own slug in a list, "last week"
 * under a Date header years ahead, a weekend named by one day in it, the story told in a clause that
 * opens the asking sentence, a word that starts two workspaces' names and is the whole of neither, a day
 * range dotted with its month but no year, and "still waiting" in a reply. Each with controls that must not change.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const OPS = 'ops@pinecrest.example';
const sources = [
  { id: 's_1', slug: 'web', name: 'Web' },
  { id: 's_2', slug: 'mobile', name: 'Mobile' },
  { id: 's_3', slug: 'api-v1', name: 'API v1' },
  { id: 's_4', slug: 'import', name: 'Import' },
  { id: 's_5', slug: 'events-replay', name: 'Events Replay' },
];
const catalog = indexCatalog({
  workspaces: [
    { id: 'ws_1', slug: 'pinecrest', name: 'Pinecrest Studios', contacts: [OPS], admins: [], deletedAt: null, sources: sources.map((s) => ({ ...s, id: `a${s.id}` })), spaces: [] },
    { id: 'ws_2', slug: 'pinecrest-ca', name: 'Pinecrest Studios CA', contacts: [OPS], admins: [], deletedAt: null, sources: sources.map((s) => ({ ...s, id: `b${s.id}` })), spaces: [] },
    { id: 'ws_3', slug: 'birchwood-se', name: 'Birchwood', contacts: [OPS], admins: [], deletedAt: null, sources: [{ id: 'c1', slug: 'web', name: 'Web' }], spaces: [] },
    { id: 'ws_4', slug: 'birchwood-nord', name: 'Birchwood Nord', contacts: [OPS], admins: [], deletedAt: null, sources: [{ id: 'd1', slug: 'web', name: 'Web' }], spaces: [] },
  ],
});

const NOW = new Date('2027-06-20T12:00:00Z');
const parse = (text: string, subject = 'Data deletion', date = new Date('2027-06-14T09:00:00Z')): ParseResult =>
  parseRequest(textMessage(text, { from: OPS, date, subject }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => `${x.from}..${x.to}`);

// A glossed list ("Web (web), API v1 (api-v1)") was read as names in this round and taken back: the same
// gloss in a question or an aside ("Do we need anything for Web (web)?") was then deleted (parse.fix19).
describe('a common-word source glossed with its own slug', () => {
  it('control: the list without glosses reads the same', () => {
    const r = parse('Delete Web, API v1 and Mobile in pinecrest-ca for 2027-05-10.');
    expect(r.sources).toEqual(['api-v1', 'mobile', 'web']);
    expect(complete(r)).toBe(true);
  });
});

describe('"last week" under a Date header ahead of the clock', () => {
  it('asks which days instead of deleting a week that has not happened', () => {
    const r = parse('please delete Mobile in pinecrest-ca for last week.', 'Mobile', new Date('2029-03-14T09:00:00Z'));
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/in the future/);
  });
  it('control: a Date header in the past reads the week', () => {
    const r = parse('please delete Mobile in pinecrest-ca for last week.', 'Mobile', new Date('2027-06-16T09:00:00Z'));
    expect(days(r)).toEqual(['2027-06-07..2027-06-13']);
    expect(complete(r)).toBe(true);
  });
});

describe('a weekend named by one day in it', () => {
  it.each(['the 4th of July weekend', 'the May 1 long weekend'])('asks which days "%s" means', (words) => {
    const r = parse(`please delete Events Replay in pinecrest-ca for ${words} 2026.`.replace(' 2026.', '.'), 'Replay', new Date('2027-07-08T09:00:00Z'));
    expect(complete(r)).toBe(false);
    expect(r.unsettled).toContain('time frame');
  });
  it('control: a weekend wished after the date asks nothing', () => {
    const r = parse('please delete Events Replay in pinecrest-ca for 3 June 2027. Have a nice weekend.');
    expect(days(r)).toEqual(['2027-06-03..2027-06-03']);
    expect(complete(r)).toBe(true);
  });
});

describe('the story told in a clause that opens the asking sentence', () => {
  it('does not take the story\'s word as the source', () => {
    const r = parse('After the bad import on 10 and 11 June 2027, please delete the affected data in our workspace Pinecrest Studios CA.');
    expect(r.workspace).toBe('pinecrest-ca');
    expect(r.sources).toEqual([]);
    expect(r.missing).toContain('source');
  });
  it('control: the source named where the deletion is asked is the scope', () => {
    const r = parse('After the bad import last night, please delete the Import data in pinecrest-ca for 10 June 2027.');
    expect(r.sources).toEqual(['import']);
    expect(complete(r)).toBe(true);
  });
  it('control: a plain request naming the source in lower case is unchanged', () => {
    const r = parse('please delete import in pinecrest-ca for 10 June 2027.');
    expect(r.sources).toEqual(['import']);
    expect(complete(r)).toBe(true);
  });
});

describe('a word that starts two workspaces\' names and is the whole of neither', () => {
  it('leaves the workspace open and asks', () => {
    const r = contractView(parse('please delete Web in Pinecrest for 3 June 2027.'));
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toMatch(/pinecrest or pinecrest-ca/);
  });
  it('control: the slug written exactly settles it', () => {
    const r = parse('please delete Web in pinecrest-ca for 3 June 2027.');
    expect(r.workspace).toBe('pinecrest-ca');
    expect(complete(r)).toBe(true);
  });
  it('control: all of one workspace\'s name, in lower case, keeps that workspace and asks', () => {
    const r = parse('please delete Web in birchwood for 3 June 2027.');
    expect(r.workspace).toBe('birchwood-se');
    expect(r.ambiguities.join(' ')).toMatch(/birchwood-se or birchwood-nord/);
  });
});

describe('a day range dotted with its month and no year', () => {
  it.each(['2–4.06', '2-4.06.'])('reads "%s" as every day of it, and asks: it may be hours', (written) => {
    const r = parse(`proszę o usunięcie danych Mobile w pinecrest-ca ${written}, dziękuję`);
    expect(days(r)).toEqual(['2027-06-02..2027-06-04']);
    expect(r.ambiguities.join(' ')).toMatch(/days or hours/);
  });
  it.each(['between 9-11.05', '9-11.05 UTC'])('control: hours "%s" are no days of May', (written) => {
    const r = parse(`please delete Mobile in pinecrest-ca for 3 June 2027, ${written}.`);
    expect(days(r)).not.toContain('2027-05-09..2027-05-11');
    expect(complete(r)).toBe(false);
  });
});

describe('"still waiting" in a reply to the desk', () => {
  it('asks after the ticket', () => {
    expect(parse('still waiting…', 'Re: [DEL-12] We received your request').kind).toBe('status');
  });
  it('control: waiting told as a story beside a deletion is still the deletion', () => {
    const r = parse('We are still waiting for the import to finish. Please delete Mobile in pinecrest-ca for 3 June 2027.');
    expect(r.kind).toBe('source_data');
    expect(complete(r)).toBe(true);
  });
});
