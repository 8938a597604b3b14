/**
 * Mail from regulated customers (corpus 65): a letter's reference made of a date and a dashed code
 * ("Ref: 2027-06-01/PP-889") is no day to delete; with the controls that keep a real date read. What staff
 * would see: the workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const OPS = 'ops@harbourpay.example';
const harbour = ws('harbourpay', 'Harbour Pay', [['cards', 'Cards'], ['loans', 'Loans']], [], [OPS]);
const catalog = indexCatalog({ workspaces: [harbour] } satisfies Catalog);

const NOW = new Date('2027-08-18T10:00:00Z');
const parse = (text: string, subject = 'Deletion', date = new Date('2027-07-20T08:00:00Z')): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: OPS, date, subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => (x.from === x.to ? x.from : `${x.from}..${x.to}`));

describe('a date with a dashed code glued on by a slash', () => {
  it('is a reference, not a day, in the body and the subject', () => {
    const r = parse('Good morning,\n\nOur ref.: 2027-07-02/HP-DPO-41\n\nKindly remove the Cards data of harbourpay for 8 and 9 July 2027.\n\nBest regards', 'Ref.: 2027-07-02/HP-DPO-41');
    expect([r.workspace, r.sources, days(r), asks(r)]).toEqual(['harbourpay', ['cards'], ['2027-07-08..2027-07-09'], false]);
  });

  it('is a reference after a bare "Ref:" label too', () => {
    const r = parse('Ref: 2027-06-30/CMP-7\nPlease delete Loans in harbourpay for 2027-07-11.');
    expect([r.sources, days(r), asks(r)]).toEqual([['loans'], ['2027-07-11'], false]);
  });

  it('still reads two dates joined by a slash as days (control)', () => {
    const r = parse('Please delete Loans in harbourpay for 2027-07-11 and 2027-07-14.');
    expect(days(r)).toEqual(['2027-07-11', '2027-07-14']);
  });

  it('still asks about a bare date beside the request (control)', () => {
    const r = parse('Ref: 2027-06-30\nPlease delete Loans in harbourpay for 2027-07-11.');
    expect(asks(r) || days(r).includes('2027-06-30')).toBe(true);
  });
});

describe('a dated reference whose code starts with the workspace', () => {
  const HP = ws('hp', 'HP Bank', [['alumni', 'Alumni']], [], ['dpo@hp.example']);
  const both = indexCatalog({ workspaces: [HP] } satisfies Catalog);
  const read = (text: string): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: 'dpo@hp.example', date: new Date('2027-07-20T08:00:00Z'), subject: 'Ref.: 2027-07-14/HP-DPD-77' }), both, { now: NOW }));

  it('is a file number, not another workspace named like hp', () => {
    const r = read('Dear Sirs,\n\nRef.: 2027-07-14/HP-DPD-77\n\nWe request the deletion of the Alumni source of the workspace HP for 10 and 11 July 2027.\n\nYours sincerely');
    expect([r.workspace, r.sources, days(r), asks(r)]).toEqual(['hp', ['alumni'], ['2027-07-10..2027-07-11'], false]);
  });

  it('still asks about a workspace slug with an extra part written on its own (control)', () => {
    const r = read('We request the deletion of the Alumni source of the workspace hp-staging for 10 July 2027.');
    expect(asks(r)).toBe(true);
  });
});

describe('a day number after a source name, before a Greek month', () => {
  it('is the day, not a numbered source ("Cards 7 Ιουλίου")', () => {
    const r = parse('Καλημέρα,\n\nΠαρακαλώ διαγράψτε τα δεδομένα της πηγής Cards στο harbourpay για τις 7 Ιουλίου 2027.', 'Διαγραφή Cards 7 Ιουλίου');
    expect([r.sources, days(r), asks(r)]).toEqual([['cards'], ['2027-07-07'], false]);
  });

  it('still asks about a numbered source before no month (control)', () => {
    const r = parse('Παρακαλώ διαγράψτε την πηγή Cards 7 στο harbourpay για 2027-07-07.');
    expect(asks(r)).toBe(true);
  });
});

describe('a code in capitals with a date glued on by a dash', () => {
  it('is a file number in the subject, not days set against the body\'s', () => {
    const r = parse('Sehr geehrte Damen und Herren,\n\n1. Wir ersuchen um Löschung der archivierten Daten der Quelle Cards im Workspace harbourpay.\n2. Betroffen ist der Zeitraum 12.07.2027 bis 14.07.2027.\n\nMit freundlichen Grüßen', 'Löschersuchen HP-2027/07/16-02 (Kopie als PDF)');
    expect([r.sources, days(r), asks(r)]).toEqual([['cards'], ['2027-07-12..2027-07-14'], false]);
  });

  it('still reads a date after a word and a dash as the day (control)', () => {
    const r = parse('Please delete Cards in harbourpay for the day we broke it - 2027-07-12.');
    expect(days(r)).toEqual(['2027-07-12']);
  });
});
