/**
 * The parser on hurried phone mail, in our own words: the workspace as the place data lies in ("in our
 * workspace X"), dictated years that hide a range word, a space's name with a year after it, source lists
 * joined by the "and" of other languages, hours written in local words and forms, month-first dates in
 * Korean and Japanese mail, a pasted chat's time stamps, and kind words of the corpus languages.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'fjell', name: 'Fjell Bakeri', contacts: ['ops@fjell.example'], admins: ['ops@fjell.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'web', name: 'Web' }, { id: 'src_2', slug: 'kassa', name: 'Kassa' }, { id: 'src_3', slug: 'ios-app', name: 'iOS App' }],
      spaces: [{ id: 'spa_1', name: 'Kunder' }],
    },
    {
      id: 'ws_2', slug: 'rio-cafe', name: 'Rio Cafe', contacts: ['ops@rio.example'], admins: ['ops@rio.example'], deletedAt: null,
      sources: [{ id: 'src_4', slug: 'ios-app', name: 'iOS App' }, { id: 'src_5', slug: 'ios-app-2', name: 'iOS App 2' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-03T09:00:00Z');
const parse = (text: string, sent = '2027-02-20T10:00:00Z', subject = 'Data deletion'): ParseResult =>
  parseRequest(textMessage(text, { from: 'ops@fjell.example', date: new Date(sent), subject }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('the workspace as the place the data lies in', () => {
  it('"the data in our workspace X" after a bad import is no purge of the workspace: it asks which data', () => {
    const r = parse('We hadden een foute import. Kunnen jullie de betreffende data in onze workspace Fjell Bakeri verwijderen?');
    expect(r.kind).toBe('source_data');
    expect(complete(r)).toBe(false);
  });
  it('"delete our workspace X" is still the workspace', () => {
    expect(parse('Please delete our workspace Fjell Bakeri, we are closing.').kind).toBe('workspace_purge');
  });
});

describe('dictated dates', () => {
  it('a spelled-out year between a range\'s days keeps the range whole', () => {
    const r = parse('please delete web in fjell bakeri for february second twenty twenty seven through february fourth twenty twenty seven');
    expect(r.ranges).toEqual([{ from: '2027-02-02', to: '2027-02-04' }]);
    expect(complete(r)).toBe(true);
  });
  it('unread words before "through" make it ask, never two lone days', () => {
    const r = parse('please delete web in fjell bakeri for february 2nd blah blah through february 4th');
    expect(complete(r)).toBe(false);
  });
  it('"the third of feb through the fifth" is the 3rd to the 5th', () => {
    expect(parse('delete web in fjell bakeri from the third of feb through the fifth').ranges).toEqual([{ from: '2027-02-03', to: '2027-02-05' }]);
  });
});

describe('names with something after them', () => {
  it('a space\'s name followed by a year names another space: asked', () => {
    const r = parse('Please delete the space Kunder 2025 in Fjell Bakeri.');
    expect(r.space).toBeNull();
    expect(r.ambiguities.join(' ')).toContain('Kunder 2025');
  });
  it('sources joined by Hungarian or Romanian "and" are both kept', () => {
    expect(parse('a Fjell Bakeri Web és Kassa adatait töröljétek 2027.02.10 és 2027.02.11 között').sources).toEqual(['kassa', 'web']);
    expect(parse('Ștergeți Fjell Bakeri Web și Kassa pe 10.02.2027').sources).toEqual(['kassa', 'web']);
  });
  it('after a workspace without "iOS App 2", the number after "iOS App" is the day', () => {
    const r = parse('Fjell Bakeri iOS App 2/3 삭제', '2027-02-05T01:00:00Z');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2027-02-03', to: '2027-02-03' }]);
  });
});

describe('hours in local words', () => {
  it('Romanian "între 01:00 și 03:00 ora României" covers the UTC days of those hours and asks', () => {
    const r = parse('Ștergeți Web Fjell Bakeri pe 20.02.2027 între 01:00 și 03:00 ora României', '2027-02-22T07:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-02-19', to: '2027-02-20' }]);
    expect(complete(r)).toBe(false);
  });
  it('Finnish "klo 00.00–01.30" before the date is hours, read in the zone written', () => {
    const r = parse('Poistakaa Fjell Bakeri Web klo 00.00–01.30 26.2.2027 (Suomen aikaa)', '2027-02-27T08:00:00Z');
    expect(r.sources).toEqual(['web']);
    expect(r.ranges).toEqual([{ from: '2027-02-25', to: '2027-02-25' }]);
    expect(complete(r)).toBe(false);
  });
  it('Dutch "vanochtend tussen 8 en 10" is hours of the sender\'s day, asked', () => {
    const r = parse('Kunnen jullie de Kassa data van Fjell Bakeri van vanochtend tussen 8 en 10 verwijderen?', '2027-02-24T10:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-02-24', to: '2027-02-24' }]);
    expect(complete(r)).toBe(false);
  });
  it('Japanese "午前7時〜8時" is an hour range, asked', () => {
    const r = parse('Fjell Bakeri の Kassa のデータのうち、2027年2月2日 午前7時〜8時(JST)のデータを削除してください。', '2027-02-05T02:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-02-01', to: '2027-02-01' }]);
    expect(complete(r)).toBe(false);
  });
  it('Korean "지워주세요" asks to delete', () => {
    expect(parse('Fjell Bakeri Kassa 2027년 2월 2일 데이터 지워주세요', '2027-02-05T02:00:00Z').kind).toBe('source_data');
  });
});

describe('numeric dates', () => {
  it('a slashed date that reads two ways in Latin-script mail is still asked', () => {
    expect(parse('Please delete Web in Fjell Bakeri for 2/3/2026.').ambiguities.join(' ')).toContain('could be');
  });
  it('"do dia 9 ao dia 10 de fev. de 2027" is the 9th to the 10th', () => {
    expect(parse('apaguem o Web da Fjell Bakeri do dia 9 ao dia 10 de fev. de 2027').ranges).toEqual([{ from: '2027-02-09', to: '2027-02-10' }]);
  });
  it('a pasted chat\'s time stamps are no days to delete', () => {
    const r = parse('[11/02/27, 9:41 PM] Arjun: kassa pe data galat hai\n[11/02/27, 9:42 PM] Neha: ok\n\nSo pls delete Fjell Bakeri Kassa data 8-9 Feb 2027', '2027-02-11T16:30:00Z');
    expect(r.ranges).toEqual([{ from: '2027-02-08', to: '2027-02-09' }]);
    expect(complete(r)).toBe(true);
  });
});

describe('kinds in the corpus languages', () => {
  it('a Finnish "-työtila" glued to the name is the workspace', () => {
    expect(parse('Poistakaa Fjell Bakeri -työtila ja kaikki sen data kokonaan.').kind).toBe('workspace_purge');
  });
  it('"the Paprika workspace POS source\'s data" in Hungarian is the source, not the workspace', () => {
    const r = parse('Kérem, töröljék a Fjell Bakeri workspace Kassa forrásának adatait 2027. február 3–5. között.');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['kassa']);
  });
  it('a former customer\'s data under GDPR, and "hänen tietonsa", are one person\'s data', () => {
    expect(parse('a former customer (email a@b.example) asks that all their data from Fjell Bakeri be erased under GDPR').kind).toBe('user_data');
    expect(parse('Asiakas pyysi GDPR:n mukaista poistoa. Poistakaa hänen tietonsa Fjell Bakeri:sta.').kind).toBe('user_data');
  });
  it('Greek and Portuguese status questions', () => {
    expect(parse('Καλημέρα, σε ποιο στάδιο είναι το DEL-301;', '2027-02-20T10:00:00Z', 'Re: [DEL-301] Fjell').kind).toBe('status');
    expect(parse('e aí, como anda aquela exclusão que pedi semana passada?').kind).toBe('status');
  });
  it('a Japanese space deletion with no space named asks for the space', () => {
    const r = parse('Fjell Bakeriのスペースを一つ削除したいです。');
    expect(r.kind).toBe('unify_space');
    expect(r.missing).toContain('space');
  });
  it('"the Kunder Unify space" is the space Kunder', () => {
    expect(parse('Please delete the Kunder Unify space in Fjell Bakeri.').space).toBe('Kunder');
  });
  it('Hindi "Web सोर्स" and Hinglish "Web ka data" name the source', () => {
    expect(parse('कृपया Fjell Bakeri वर्कस्पेस के Web सोर्स का 10 फ़रवरी 2027 का डेटा हटा दें।').sources).toEqual(['web']);
    expect(parse('Fjell Bakeri Web ka data 5 Feb 2027 delete kar dena').sources).toEqual(['web']);
  });
});

describe('a workspace name with a case ending', () => {
  it('"a Paprikában" (Hungarian "in Paprika") names the workspace; the missing source is asked', () => {
    const cat = indexCatalog({
      workspaces: [{ id: 'ws_9', slug: 'paprika', name: 'Paprika', contacts: ['z@p.example'], admins: [], deletedAt: null, sources: [{ id: 's9', slug: 'pos', name: 'POS' }], spaces: [] }],
    } satisfies Catalog);
    const r = parseRequest(textMessage('duplikált rendelések voltak 2027.02.19-én a Paprikában, töröljétek pls', { from: 'z@p.example', date: new Date('2027-02-21T08:00:00Z'), subject: 'x' }), cat, { now: NOW });
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('paprika');
    expect(r.missing).toContain('source');
  });
});

