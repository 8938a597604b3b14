/**
 * Mail from agencies and resellers acting for many client workspaces: a Markdown table of sources and
 * days, a client written by its initials, a team's signature after the workspace's name, a list of days
 * announced with a colon, a space named exactly beside a near one that is kept, and a stranger asking
 * what is held about them. What staff would see: the kind, workspace, sources, space and days, and
 * whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';
import { validateCatalog } from '../../src/domain/catalogFile';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const catalog = indexCatalog({
  workspaces: [
    ws('lumen-studio', 'Lumen Studio', [['web', 'Web'], ['ios-app', 'iOS App']], [], ['support@reseller.example']),
    ws('cafe-ole', 'Café Olé', [['caisse', 'Caisse POS']]),
    ws('acme-io', 'Acme IO', [['web', 'Web']], [], ['dev@acme.io']),
    ws('nordlicht-retail', 'Nordlicht Retail', [['shop', 'Shop']], ['Marketing', 'Marketing EMEA']),
    ws('northwind', 'Northwind', [['checkout', 'Checkout']]),
    ws('northwind-traders', 'Northwind Traders', [['checkout', 'Checkout']], [], ['it@reseller.example']),
    ws('spring', 'Spring', [['mobile', 'Spring App']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-02T14:00:00Z');
const parse = (text: string, from = 'someone@customer.example', subject = 'data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2027-05-20T10:00:00Z'), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('mail from agencies acting for client workspaces', () => {
  it('reads the source of every row of a Markdown table, a common-word name included', () => {
    const r = parse('please delete for our customer Lumen Studio:\n\n| Source  | Day        |\n|---------|------------|\n| Web     | 2027-04-01 |\n| iOS App | 2027-04-01 |\n\nRegards', 'support@reseller.example');
    expect(r.workspace).toBe('lumen-studio');
    expect(r.sources).toEqual(['ios-app', 'web']);
    expect(r.ranges).toEqual([{ from: '2027-04-01', to: '2027-04-01' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads the days listed after "les jours suivants :" instead of asking which days follow', () => {
    const r = parse('merci de supprimer les données de la source Caisse POS (Café Olé) pour les jours suivants :\n- 2027-03-02\n- 2027-03-03\n- 2027-03-09\n\nMarie');
    expect(r.ranges).toEqual([{ from: '2027-03-02', to: '2027-03-03' }, { from: '2027-03-09', to: '2027-03-09' }]);
    expect(asks(r)).toBe(false);
  });

  it('still asks about "and the following days" that count on from a day', () => {
    const r = parse('Please delete Caisse POS in Café Olé for 2027-03-02 and the following days.');
    expect(asks(r)).toBe(true);
  });

  it('takes "Acme IO dev team" in the signature as the people writing, not an unknown workspace', () => {
    const r = parse('we are shutting the project down. Please delete our workspace Acme IO and all of its data.\n\nRegards, Acme IO dev team', 'dev@acme.io');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('acme-io');
    expect(asks(r)).toBe(false);
  });

  it('takes the space asked for with "bitte löscht" when the near space is to be kept', () => {
    const r = parse('bitte löscht den Unify Space „Marketing“ in Nordlicht Retail. Den Space „Marketing EMEA“ bitte behalten!');
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Marketing');
    expect(asks(r)).toBe(false);
  });

  it('asks which workspace a client written by initials is, when they fit two', () => {
    const r = parse('please delete Checkout data for our client NW for 2027-04-06.', 'it@reseller.example');
    expect(r.workspace).toBeNull();
    expect(r.missing).toEqual([]);
    expect(r.ambiguities.some((q) => q.includes('"NW"') && q.includes('northwind-traders'))).toBe(true);
  });

  it('points a stranger asking what is held about them to the end-user flow', () => {
    const r = parse('Hello, I think I once used the Spring app. Do you have any data about me? If so please remove it.', 'j.doe@mail.example', 'Do you store my data?');
    expect(r.kind).toBe('user_data');
    expect(asks(r)).toBe(false);
  });
});

describe('Markdown tables that are not the request', () => {
  const acme = indexCatalog(validateCatalog(parseYaml(readFileSync(path.join(__dirname, '..', 'fixtures', 'catalog.yaml'), 'utf8'))));
  const sent = new Date('2026-12-07T09:00:00Z');
  const parseAcme = (text: string): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: 'ana@acme.example', date: sent, subject: 'data deletion' }), acme, { now: new Date(sent.getTime() + 60000) }));
  const asked = 'Please delete Acme Inc iOS App data for Nov 3.';

  it('takes no source from a price list whose rows hold prices and years, not days', () => {
    const r = parseAcme(`${asked}\n\nOur prices:\n| Website | 20 USD | 2026 |`);
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
  });

  it('takes no source from a contact table with an address and a phone number under its own heading', () => {
    const r = parseAcme('Please delete Acme Inc data:\n\n| iOS App | 2026-11-03 |\n\nContacts:\n| Website | ana@acme.example | +1 555 0100 |');
    expect(r.sources).toEqual(['ios-app']);
  });

  it('takes no source from a team row with an extension or a version row', () => {
    expect(parseAcme(`${asked}\n\nTeam:\n| Website | Ana | 4021 |`).sources).toEqual(['ios-app']);
    expect(parseAcme(`${asked}\n\n| Website | v2 |`).sources).toEqual(['ios-app']);
  });

  it('takes no source from a row with a day when the table sits under a heading of its own', () => {
    const r = parseAcme(`${asked}\n\nPast incidents:\n| Website | 2026-10-02 |`);
    expect(r.sources).toEqual(['ios-app']);
  });

  it('still reads every row of the request\'s own table of sources and days', () => {
    const r = parseAcme('Please delete for Acme Inc:\n\n| Source  | Day        |\n|---------|------------|\n| Website | 2026-11-03 |\n| iOS App | 2026-11-03 |');
    expect(r.sources).toEqual(['ios-app', 'web']);
    expect(r.ranges).toEqual([{ from: '2026-11-03', to: '2026-11-03' }]);
    expect(asks(r)).toBe(false);
  });
});
