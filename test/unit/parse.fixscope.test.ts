/**
 * Readings that deleted more, or other, than the customer asked for, now asked about or read as meant:
 * names one to a line under a keeping heading or after a story, a verb below a list, a source kept and
 * then taken back, "the new one" beside "the legacy one", a count of clients that counts sources, a
 * list with an item still undecided, "the import errors" as an object, and a status question followed
 * by a new request.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const ANA = 'ana@acme.example';
const src = (slug: string, name: string, id = `s_${slug}`) => ({ id, slug, name });
const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_a', slug: 'acme-inc', name: 'Acme Inc', contacts: [ANA], admins: [ANA], deletedAt: null,
      sources: [src('web', 'Web'), src('import', 'Import'), src('email', 'Email'), src('events', 'Events'), src('api', 'API'), src('api-v2', 'API v2'), src('ios-app', 'iOS App'), src('ios-app-legacy', 'iOS App (legacy)')],
      spaces: [],
    },
    { id: 'ws_h', slug: 'harbor-foods', name: 'Harbor Foods', contacts: [ANA], admins: [], deletedAt: null, sources: [src('harbor-web', 'Web'), src('android-app', 'Android App')], spaces: [] },
    { id: 'ws_m', slug: 'mosaic-retail', name: 'Mosaic Retail', contacts: [ANA], admins: [], deletedAt: null, sources: [src('mosaic-web', 'Web'), src('pos', 'POS')], spaces: [] },
  ],
});
const parse = (text: string): ParseResult =>
  parseRequest(textMessage(text, { from: ANA, date: new Date('2027-06-07T09:00:00Z'), subject: 'Deletion request' }), catalog, { now: new Date('2027-06-09T12:00:00Z') });
const complete = (r: ParseResult): boolean => r.ambiguities.length === 0 && r.missing.length === 0;

describe('names one to a line', () => {
  it.each(['Do not touch:', 'Keep:', 'These are fine:', 'The following are not affected', 'We checked these and they are clean:', 'Behalten:', 'À garder :'])(
    'never deletes the names under "%s"',
    (heading) => {
      const r = parse(`Hi,\nin Acme Inc please delete 3 May 2027 for:\niOS App\nEvents\n\n${heading}\nImport\nEmail\n\nThanks, Ana`);
      expect(r.sources).not.toContain('import');
      expect(r.sources).not.toContain('email');
    },
  );
  it('a list told as a story is not the request: only the source asked for is deleted', () => {
    const r = parse('the sources that had the bad data on 3 May 2027 were\niOS App\nEvents\nbut please only delete iOS App in Acme Inc.');
    expect(r.sources).toEqual(['ios-app']);
  });
  it('"Email me if anything is unclear" below a list is not a source', () => {
    const r = parse('please delete these sources in Acme Inc for 3 May 2027:\nWeb\nEvents\nEmail\nme if anything is unclear.');
    expect(r.sources).not.toContain('email');
  });
});

describe('items and their values', () => {
  it('"Import - nothing, wipe it all" does not delete every other source', () => {
    const r = parse('Please delete 3 May 2027 in Acme Inc:\nWeb - everything\nImport - nothing, wipe it all.');
    expect(r.sources).not.toContain('api-v2');
    expect(r.sources).not.toContain('ios-app-legacy');
  });
  it('an item still undecided ("don\'t know yet") is not deleted without asking', () => {
    const r = parse("Acme Inc 3 May 2027\nEvents - delete\nImport - delete\niOS App - don't know yet\nThanks");
    expect(complete(r)).toBe(false);
  });
});

describe('questions that stay asked', () => {
  it('"not the new one — the legacy one" asks which iOS App', () => {
    const r = parse('Please delete the iOS App data in Acme Inc for 3 May 2027. Not the new one — the legacy one.');
    expect(complete(r)).toBe(false);
  });
  it('"the three clients" after two sources asks which sources, though three workspaces are named', () => {
    const r = parse('Please delete 3 May 2027 for Events and iOS App in Acme Inc — the three clients that got bad data. Harbor Foods and Mosaic Retail are not affected.');
    expect(complete(r)).toBe(false);
  });
  it('a kept source taken back on the next line is asked about', () => {
    const r = parse('Acme Inc: please delete Events for 3 May 2027. The old API source is fine.\nActually no, delete it too.');
    expect(complete(r)).toBe(false);
  });
  it('"the import errors" asked for beside POS is asked about, not dropped', () => {
    const r = parse('Hi, in Mosaic Retail please delete POS and the import errors for 3 May 2027.');
    expect(complete(r)).toBe(false);
  });
});

it('a status question followed by a new deletion request is the request', () => {
  const r = parse('¿Ya quedó? Por favor borren Events del 3 de mayo de 2027 en Acme Inc.');
  expect(r.kind).toBe('source_data');
  expect(r.sources).toEqual(['events']);
});
