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
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], spaces: string[] = [], contacts: string[] = []): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts,
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: spaces.map((n, i) => ({ id: `spa_${slug}_${i}`, name: n })),
});
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
