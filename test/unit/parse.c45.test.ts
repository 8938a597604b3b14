/**
 * The parser on hurried phone mail, in our own words: Taglish and Greeklish verbs, yesterday and last
 * week in Tagalog, Malay, Swahili, Hindi, Greek and Persian, dictated days, a day written as a list item
 * of its own, a numbered sibling spelled out or misheard, a namesake that is not in the catalog, a
 * company form left off a workspace's name, and short status and account questions.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'sampaguita-pay', name: 'Sampaguita Pay', contacts: ['ops@sampaguita.example'], admins: ['ops@sampaguita.example'], deletedAt: null,
      sources: [
        { id: 'src_1', slug: 'partner-portal', name: 'Partner Portal' },
        { id: 'src_2', slug: 'android-app', name: 'Android App' },
        { id: 'src_3', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_4', slug: 'ios-app-2', name: 'iOS App 2' },
      ],
      spaces: [],
    },
    {
      id: 'ws_2', slug: 'chai-tech', name: 'Chai Tech', contacts: ['dev@chai.example'], admins: ['dev@chai.example'], deletedAt: null,
      sources: [{ id: 'src_5', slug: 'web-shop', name: 'Web Shop' }, { id: 'src_6', slug: 'game-sdk', name: 'Game SDK' }],
      spaces: [],
    },
    {
      id: 'ws_3', slug: 'forno-azul', name: 'Forno Azul Lda', contacts: ['rui@fornoazul.example'], admins: ['rui@fornoazul.example'], deletedAt: null,
      sources: [{ id: 'src_7', slug: 'encomendas', name: 'Encomendas' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-31T11:00:00Z');
const parse = (text: string, from: string, dateHeader = 'Wed, 10 Mar 2027 08:30:00 +0800', subject = 'data'): ParseResult =>
  parseRequest(textMessage(text, { from, date: new Date(dateHeader), subject, dateHeader }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('yesterday and last week in the languages of phone mail', () => {
  it.each([
    ['pakidelete po yung partner portal data, sampaguita-pay, kahapon lang', 'ops@sampaguita.example', 'Wed, 10 Mar 2027 08:30:00 +0800', '2027-03-09'],
    ['bro can delete the web shop data chai tech semalam ah, tq', 'dev@chai.example', 'Wed, 10 Mar 2027 09:00:00 +0800', '2027-03-09'],
    ['Tafadhali futeni data ya Web Shop ya Chai Tech ya jana.', 'dev@chai.example', 'Fri, 12 Mar 2027 10:30:00 +0300', '2027-03-11'],
  ])('"%s" is the day before the sender\'s own day', (text, from, date, day) => {
    const r = parse(text, from, date);
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: day, to: day }]);
    expect(complete(r)).toBe(true);
  });
  it('Hindi "पिछले हफ्ते" is Monday to Sunday of the week before', () => {
    const r = parse('नमस्ते, chai-tech में Web Shop का पिछले हफ्ते का पूरा डेटा डिलीट करें।', 'dev@chai.example', 'Mon, 15 Mar 2027 06:00:00 +0530');
    expect(r.ranges).toEqual([{ from: '2027-03-08', to: '2027-03-14' }]);
  });
  it('a relative day with no tie to the deletion is still not scope', () => {
    const r = parse('Please delete the web shop data of chai-tech. We noticed the bug, yesterday.', 'dev@chai.example');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
});

describe('days written as words and in other languages', () => {
  it.each([
    ['delete web shop data chai tech march six 2027', '2027-03-06', '2027-03-06'],
    ['Habari, futeni data ya Web Shop ya Chai Tech tarehe mbili hadi nne Machi 2027', '2027-03-02', '2027-03-04'],
    ['Salam, tolong padam data Web Shop dalam workspace Chai Tech dari 1 hingga 3 Mac 2027', '2027-03-01', '2027-03-03'],
    ['bhai chai tech ke Web Shop ka data 1 se 3 March 2027 tak delete kar do', '2027-03-01', '2027-03-03'],
    ['geia sas, diagrapste ta data tou web shop gia to chai tech stis 5 martiou 2027 pls', '2027-03-05', '2027-03-05'],
  ])('"%s"', (text, from, to) => {
    const r = parse(text, 'dev@chai.example');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from, to }]);
    expect(complete(r)).toBe(true);
  });
  it('"2 Mac apps" is no day in March', () => {
    const r = parse('please delete the web shop data of chai-tech, we have 2 Mac apps', 'dev@chai.example');
    expect(r.ranges).toEqual([]);
  });
});

describe('a numbered sibling spelled out or misheard', () => {
  it('"ios app two" is iOS App 2', () => {
    const r = parse('pls delete sampaguita pay ios app two data march fourth twenty twenty seven', 'ops@sampaguita.example');
    expect(r.sources).toEqual(['ios-app-2']);
    expect(complete(r)).toBe(true);
  });
  it('"the iOS app to data" may be iOS App or iOS App 2: asked, neither taken', () => {
    const r = parse('can you delete the iOS app to data for march eight 2027 sampaguita pay thank you', 'ops@sampaguita.example');
    expect(r.sources).toEqual([]);
    expect(complete(r)).toBe(false);
  });
});

describe('names customers shorten or extend', () => {
  it('"Game SDK and Game Plugin" asks about the plugin the catalog does not have', () => {
    const r = parse('delete Game SDK and Game Plugin data chai tech 3 march 2027', 'dev@chai.example');
    expect(r.sources).toEqual(['game-sdk']);
    expect(complete(r)).toBe(false);
  });
  it('"Forno Azul" is the workspace Forno Azul Lda', () => {
    const r = parse('Por favor apaguem os dados das Encomendas do Forno Azul de 4 a 6 de março de 2027.', 'rui@fornoazul.example');
    expect(r.workspace).toBe('forno-azul');
    expect(r.sources).toEqual(['encomendas']);
    expect(complete(r)).toBe(true);
  });
});

describe('short questions and accounts', () => {
  it('"Έγινε;" under a ticket asks for its status', () => {
    const r = parseRequest(textMessage('Έγινε;', { from: 'dev@chai.example', date: new Date('2027-03-24T08:00:00Z'), subject: 'Re: [DEL-77] Αίτημα διαγραφής' }), catalog, { now: NOW });
    expect(r.kind).toBe('status');
    expect(r.ticket).toBe('DEL-77');
  });
  it('"διαγράψτε τον λογαριασμό μου" is an account purge', () => {
    const r = parse('Παρακαλώ διαγράψτε τον λογαριασμό μου και όλα τα δεδομένα.', 'dev@chai.example');
    expect(r.kind).toBe('account_purge');
  });
});
