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
