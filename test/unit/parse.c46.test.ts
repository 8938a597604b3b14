/**
 * The parser on formal mail from regulated organisations, in our own words: a week named again as "this
 * week", a workspace's name used for a team, a company signature under the sender's own words, a day
 * pointed back to ("for that day"), the day a contract ends, a time limit for the answer, and the noun
 * form of a complete workspace deletion in Czech, Dutch, Italian and Polish, an authority's file
 * reference, a Croatian archive purge, and a ticket system's relay under "Reply above this line".
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { newTextOf } from '../../src/domain/parse/newText';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'treasury', name: 'Treasury', contacts: ['it@bank.example'], admins: ['it@bank.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'ledger-feed', name: 'Ledger Feed' }],
      spaces: [],
    },
    {
      id: 'ws_2', slug: 'klinik-nord', name: 'Klinik Nord', contacts: ['it@klinik.example'], admins: ['it@klinik.example'], deletedAt: null,
      sources: [{ id: 'src_2', slug: 'portal-app', name: 'Portal App' }],
      spaces: [],
    },
    {
      id: 'ws_3', slug: 'ardena-legal', name: 'Ardena Legal', contacts: ['dpo@ardena.example'], admins: ['dpo@ardena.example'], deletedAt: null,
      sources: [{ id: 'src_3', slug: 'client-portal', name: 'Client Portal' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-04-07T15:00:00Z');
const parse = (text: string, from: string, sent = '2027-04-02T09:00:00Z', extra: Partial<InboundMessage> = {}): ParseResult =>
  parseRequest(textMessage(text, { from, date: new Date(sent), subject: 'Data deletion' }, extra), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a week named, then called "this week"', () => {
  it('"KW 9/2027 … In dieser Woche lief ein Lasttest" deletes week 9 only', () => {
    const r = parse('Bitte im Workspace klinik-nord die Daten der Portal App aus der KW 9/2027 löschen. In dieser Woche lief ein Lasttest.', 'it@klinik.example', '2027-03-12T12:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-07' }]);
    expect(complete(r)).toBe(true);
  });
});

describe('a workspace name that is also an ordinary word', () => {
  it('"our treasury team uploaded …" names no workspace, so the workspace is asked', () => {
    const r = parse('Hi,\n\nour treasury team uploaded a bad file on 3 March 2027. Please delete the Ledger Feed data for that day.', 'it@bank.example', '2027-03-05T09:00:00Z');
    expect(r.workspace).toBeNull();
    expect(r.missing).toContain('workspace');
  });
  it('"Treasury IT" signed above the company and phone line names no workspace either', () => {
    const r = parse(
      'Hi,\n\nthe bank uploaded a bad file on 3 March 2027. Please delete the Ledger Feed data for that day.\n\nTreasury IT\nBank Mutual | +61 2 5550 1200',
      'it@bank.example',
      '2027-03-05T09:00:00Z',
      { from: { address: 'it@bank.example', name: 'Bank Treasury IT' } },
    );
    expect(r.workspace).toBeNull();
    expect(r.missing).toContain('workspace');
  });
  it('the workspace written as a slug still names it', () => {
    const r = parse('Please delete the Ledger Feed data of workspace treasury for 3 March 2027.', 'it@bank.example', '2027-03-05T09:00:00Z');
    expect(r.workspace).toBe('treasury');
    expect(r.ranges).toEqual([{ from: '2027-03-03', to: '2027-03-03' }]);
  });
});

describe('a day pointed back to from the request', () => {
  it.each([
    ['A bad file was uploaded on 3 March 2027. Please delete the Ledger Feed data of workspace treasury for that day.'],
    ['A bad file was uploaded on 3 March 2027. Please delete that day from Ledger Feed in workspace treasury.'],
  ])('%s', (text) => {
    const r = parse(text, 'it@bank.example', '2027-03-05T09:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-03-03', to: '2027-03-03' }]);
    expect(complete(r)).toBe(true);
  });
});

describe('the day a contract ends is why a purge is asked, not a day of data', () => {
  it.each([
    ['Na základě ukončení smlouvy k 31. 3. 2027 žádáme o úplné smazání workspace ardena-legal a všech jeho dat.'],
    ['Ingevolge de beëindiging van de overeenkomst per 31 maart 2027 vragen wij de volledige verwijdering van de workspace ardena-legal met al zijn gegevens.'],
    ['Further to our notice of termination effective 31 March 2027, we instruct you to delete all data held in our workspace ardena-legal and to provide a certificate of deletion within 30 days.'],
  ])('%s', (text) => {
    const r = parse(text, 'dpo@ardena.example');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('ardena-legal');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(true);
  });
});

describe('a time limit for the answer', () => {
  it('"within 30 days" adds no future day to a source deletion', () => {
    const r = parse('Please delete the Client Portal data of workspace ardena-legal for 1 March 2027 and confirm within 30 days.', 'dpo@ardena.example');
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-01' }]);
    expect(complete(r)).toBe(true);
  });
});

describe('an archive purge written formally in Croatian', () => {
  const archived = indexCatalog({
    workspaces: [
      {
        id: 'ws_9', slug: 'banka-split', name: 'Banka Split', contacts: ['dpo@banka.example'], admins: ['dpo@banka.example'], deletedAt: '2020-11-30',
        sources: [{ id: 'src_9', slug: 'mobile', name: 'Mobile' }],
        spaces: [],
      },
    ],
  } satisfies Catalog);
  it('a file reference ("Klasa: 003-07/27-01/04") and the day the workspace was deleted are no days to delete', () => {
    const text =
      'Poštovani,\n\nKlasa: 003-07/27-01/04, Urbroj: 2027-3\n\nnaš workspace banka-split izbrisan je 30. studenoga 2020. Molimo da trajno izbrišete sve podatke koji su još pohranjeni u vašoj arhivi za taj workspace te nam dostavite potvrdu o brisanju.';
    const r = parseRequest(textMessage(text, { from: 'dpo@banka.example', date: new Date('2027-04-01T08:00:00Z') }), archived, { now: NOW });
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBe('banka-split');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(true);
  });
});

describe('a ticket system relaying the request below its reply marker', () => {
  it('"—— Reply above this line." with nothing above: the relayed description is the new text', () => {
    const body = '—— Reply above this line.\n\nRachel Okafor shared a request with you\n\nDescription:\nPlease delete the Client Portal data in workspace ardena-legal for 20 February 2027.\n';
    expect(newTextOf(body)).toContain('Please delete the Client Portal data');
  });
});
