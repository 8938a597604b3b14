/**
 * Requests whose kind was read wider than the customer meant, each once a complete result: a colleague's
 * login read as the whole workspace, the sender's own login (leaving, handing over) read as every
 * workspace they administer, a question about what closing an account does read as the order to do it,
 * one day of an archive read as all of it, a space to be "recreated with its settings" read as a plain
 * deletion, and one test user's data read as a whole day of a source. Each must now ask, or be the right
 * kind; the real purges beside them must stay complete.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_a1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example', 'ops@acme.example'], admins: ['ana@acme.example'], deletedAt: null,
      sources: [{ id: 'src_a1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_a2', slug: 'web', name: 'Website' }],
      spaces: [{ id: 'spa_a1', name: 'Marketing' }],
    },
    { id: 'ws_a2', slug: 'acme-staging', name: 'Acme Staging', contacts: ['ana@acme.example'], admins: ['ana@acme.example'], deletedAt: null, sources: [], spaces: [] },
    {
      id: 'ws_u1', slug: 'umbrella-old', name: 'Umbrella Legacy', contacts: ['it@umbrella.example'], admins: [], deletedAt: '2021-11-02',
      sources: [{ id: 'src_u1', slug: 'web-legacy', name: 'Legacy Website' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2026-12-03T10:00:00Z');
const parse = (text: string, from = 'ana@acme.example'): ParseResult =>
  parseRequest(textMessage(`Hi,\n\n${text}\n\nAna`, { from, date: SENT, subject: 'Request' }), catalog, { now: new Date('2026-12-05T00:00:00Z') });
const PURGES = ['workspace_purge', 'account_purge', 'archive_purge'];
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe("someone else's account or seat is no purge of the workspace", () => {
  it.each([
    ['a former colleague by address', 'Please delete the account of our former colleague ops@acme.example from acme-inc.'],
    ['removed from the workspace, then "his account"', 'Please remove Hank from the acme-inc workspace and delete his account.'],
    ['a possessive name', "Please delete Maria's account in acme-inc, she left us last month."],
    ['an employee by address', 'Could you remove ops@acme.example from the acme-inc workspace?'],
    ['German', 'Bitte löschen Sie das Konto unseres ehemaligen Kollegen ops@acme.example in acme-inc.'],
    ['French', "Merci de supprimer le compte de notre ancien collègue ops@acme.example dans acme-inc."],
    ['Spanish', 'Por favor eliminen la cuenta de nuestro excompañero ops@acme.example en acme-inc.'],
    ['Dutch', 'Kunt u het account van onze oud-collega ops@acme.example in acme-inc verwijderen?'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(PURGES).not.toContain(r.kind);
    expect(r.ambiguities.join(' ')).toMatch(/login or seat/);
  });

  it('a seat beside a real source deletion: the days stay, and the seat is asked about', () => {
    const r = parse('Please remove Hank from the acme-inc workspace. Also delete the iOS App data for Dec 1 in acme-inc.');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2026-12-01', to: '2026-12-01' }]);
    expect(r.ambiguities.join(' ')).toMatch(/login or seat/);
  });

  it('the workspace itself, named as what to delete, is still a purge', () => {
    const r = parse('Please delete our workspace acme-inc and all of its data.');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('acme-inc');
    expect(complete(r)).toBe(true);
  });
});

describe("the sender's own login is asked about before every workspace they administer is purged", () => {
  it.each([
    ['a user account, no access needed', 'Please delete my user account, I no longer need access to the dashboard. Someone else takes over as admin.'],
    ['leaving the company', "I'm leaving the company at the end of the week. Please delete my account."],
    ['ownership handed over', "I've transferred ownership of acme-inc to ops@acme.example. Please delete my account now."],
    ['German, Benutzerkonto', 'ich verlasse die Firma zum Monatsende. Bitte löschen Sie mein Benutzerkonto.'],
    ['French', "Je quitte l'entreprise vendredi, merci de supprimer mon compte."],
    ['Spanish', 'Dejo la empresa el viernes, por favor eliminen mi cuenta.'],
    ['Dutch', 'Ik verlaat het bedrijf per 1 januari, verwijder alstublieft mijn account.'],
    ['Italian', "Lascio l'azienda a fine mese, vi prego di cancellare il mio account."],
    ['a question about what it would do', 'If I delete my account, will our workspaces be deleted too? We just want to close my personal login.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(['workspace_purge', 'archive_purge']).not.toContain(r.kind);
    expect(complete(r)).toBe(false);
  });

  it.each([
    ['all our data', 'Please delete my account and all our data.'],
    ['closing the company', 'We are shutting down the company. Please close my account and delete everything.'],
    ['German', 'Bitte löschen Sie mein Konto mit allen Daten.'],
  ])('a real account purge stays complete: %s', (_, text) => {
    const r = parse(text);
    expect(r.kind).toBe('account_purge');
    expect(r.ambiguities).toEqual([]);
  });
});

describe('an archive purge for one day asks whether the whole archive is meant', () => {
  it('one day, "only"', () => {
    const r = parse('Please purge the archive of umbrella-old for Nov 3 2021 only.', 'it@umbrella.example');
    expect(r.ambiguities.join(' ')).toMatch(/whole archive, or only those days/);
  });

  it('the day of its deletion says which workspace, not which days', () => {
    const r = parse('Please purge the remaining archive of umbrella-old (deleted on Nov 2, 2021).', 'it@umbrella.example');
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBe('umbrella-old');
    expect(complete(r)).toBe(true);
  });
});

describe('a space deletion that should keep its settings asks', () => {
  it.each([
    ['English', 'Please delete the Marketing space in acme-inc and recreate it empty, we want to keep the settings.'],
    ['German', 'Bitte löschen Sie den Marketing Space in acme-inc, die Einstellungen möchten wir behalten.'],
    ['French', "Merci de supprimer le space Marketing dans acme-inc, mais nous voulons garder les paramètres."],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.ambiguities.join(' ')).toMatch(/settings included/);
  });

  it('recreating it from scratch ourselves is a plain space deletion', () => {
    const r = parse("Please delete the Marketing space in acme-inc, we'll recreate it from scratch.");
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Marketing');
    expect(complete(r)).toBe(true);
  });
});

describe("one test user's data is that user's, not a day of a source", () => {
  it('"all the data of our QA test user"', () => {
    const r = parse('Please delete all the data of our QA test user in acme-inc, it polluted the iOS App source on Dec 1.');
    expect(r.kind).toBe('user_data');
    expect(r.ranges).toEqual([]);
  });

  it('the test user as the reason, the source day as the request', () => {
    const r = parse('Our QA test user polluted the iOS App source on Dec 1. Please delete the iOS App data for Dec 1 in acme-inc.');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual([{ from: '2026-12-01', to: '2026-12-01' }]);
    expect(complete(r)).toBe(true);
  });
});
