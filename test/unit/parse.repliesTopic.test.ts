/**
 * Replies under a ticket: a one- or two-word answer to the desk's question ("igår", "Сайт, 13 мая.",
 * "Web, le 11 mai 2027.") with the workspace, and sometimes the source or the day, only in the subject
 * the customer wrote ("Re: [DEL-405] Solna Frukt Webshop"); and short status questions under a ticket in
 * other languages. What staff would see: the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    ws('solna-frukt', 'Solna Frukt', [['webshop', 'Webshop'], ['kassa', 'Kassa']]),
    ws('globex-labs', 'Globex Labs', [['ios', 'iOS'], ['web', 'Web']]),
    ws('lavka', 'Лавка', [['site', 'Сайт'], ['ios', 'iOS']]),
    ws('pastificio', 'Pastificio Rossi', [['crm-sync', 'CRM Sync'], ['ios-app', 'iOS App']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-05-26T10:00:00Z');
const reply = (text: string, subject: string, dateHeader = 'Tue, 11 May 2027 10:00:00 +0200'): ParseResult =>
  contractView(
    parseRequest(
      textMessage(text, { from: 'someone@customer.example', date: new Date(dateHeader), dateHeader, subject }, { inReplyTo: '<desk-1@desk.example>' }),
      catalog,
      { now: NOW },
    ),
  );
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const QUOTE = '\n\nDen tis 11 maj 2027 kl 08:00 skrev Deletion Desk <deletions@desk.example>:\n> Which days should we delete?\n';

describe('a one-line answer under the subject the customer wrote', () => {
  it('reads the workspace and source of the subject with the answer\'s days', () => {
    const r = reply(`Сайт, 13 мая.${QUOTE}`, 'RE: [DEL-407] Лавка', 'Fri, 14 May 2027 12:00:00 +0300');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'lavka', sources: ['site'], ranges: [{ from: '2027-05-13', to: '2027-05-13' }], ticket: 'DEL-407' });
    expect(asks(r)).toBe(false);
  });

  it('counts "igår" alone, the answer to which days, from the reply\'s own day', () => {
    const r = reply(`igår${QUOTE}`, 'Re: [DEL-405] Solna Frukt Webshop');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'solna-frukt', sources: ['webshop'], ranges: [{ from: '2027-05-10', to: '2027-05-10' }] });
    expect(asks(r)).toBe(false);
  });

  it('takes a common-word source name ("Web") that opens the answer as the source given', () => {
    const r = reply(`Web, le 11 mai 2027.${QUOTE}`, 'RE: [DEL-418] Globex Labs', 'Thu, 13 May 2027 10:00:00 +0200');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'globex-labs', sources: ['web'], ranges: [{ from: '2027-05-11', to: '2027-05-11' }] });
    expect(asks(r)).toBe(false);
  });

  it('does not read a subject in the desk\'s own words ("Please confirm: …"): the workspace stays missing', () => {
    const r = reply(`Webshop, 6 May 2027.${QUOTE}`, 'Re: [DEL-415] Please confirm: delete Kassa data in Solna Frukt');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });

  it('does not read the subject beside an answer that adds to or corrects the ticket ("also", "I meant")', () => {
    const also = reply(`Anche l'App iOS, per favore.${QUOTE}`, 'R: [DEL-266] Cancellare CRM Sync Pastificio Rossi 19 maggio 2027');
    expect(also.workspace).toBeNull();
    expect(asks(also)).toBe(true);
    const meant = reply(`Sorry, I meant the 4th of May 2027.${QUOTE}`, 'Re: [DEL-405] Solna Frukt Webshop');
    expect(meant.workspace).toBeNull();
    expect(asks(meant)).toBe(true);
  });

  it('never counts a relative day of the subject from the reply: it was written before, so the desk asks', () => {
    const r = reply(`Webshop${QUOTE}`, 'Re: [DEL-405] Solna Frukt igår');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('reads an answer the subject does not complete alone: "Solna Frukt" under a subject with no source or day', () => {
    const r = reply(`Solna Frukt.${QUOTE}`, 'Re: [DEL-405] Radering av data');
    expect(r.workspace).toBe('solna-frukt');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual([]);
  });

  it('reads a longer reply as a message of its own: the subject\'s workspace is not taken', () => {
    const r = reply(`Hi,\n\nanswers below.\n\nWebshop\n\n6 May 2027\n\nErik${QUOTE}`, 'Re: [DEL-405] Solna Frukt request');
    expect(r.workspace).toBeNull();
    expect(r.missing).toContain('workspace');
  });
});

describe('a short status question under a ticket', () => {
  it('reads Russian "ну что там?" and Polish "i co, gotowe?" as asking how the ticket stands', () => {
    expect(reply('ну что там?', 'Re: [DEL-410] статус?')).toMatchObject({ kind: 'status', ticket: 'DEL-410' });
    expect(reply('i co, gotowe? 🙂', 'Re: [DEL-420] Scheduled')).toMatchObject({ kind: 'status', ticket: 'DEL-420' });
  });

  it('keeps a status question under a customer\'s subject a status question, its subject choosing no workspace', () => {
    const r = reply('Hei, hva er status?', 'SV: [DEL-183] Arkivsletting Solna Frukt');
    expect(r).toMatchObject({ kind: 'status', workspace: null, ticket: 'DEL-183' });
  });
});

describe('a subject fills in a one-line answer only where it reads as the deletion request', () => {
  const DEC = 'Mon, 7 Dec 2026 09:00:00 +0000';
  const completeAs = (r: ParseResult): string | null => (asks(r) || r.kind === 'unknown' ? null : `${r.kind} ${r.workspace} ${r.sources.join('+')} ${r.ranges.map((x) => `${x.from}/${x.to}`).join(' ')}`);

  it('never takes the day of a subject about another matter as the day to delete', () => {
    const r = reply('Pastificio Rossi', 'Re: [DEL-12] iOS App crash report Nov 1', DEC);
    expect(completeAs(r)).toBeNull();
    expect(r.ranges).toEqual([]);
  });

  it('takes no source from a subject that names a crash report, even without a day in it', () => {
    const r = reply('Pastificio Rossi, Nov 1', 'Re: [DEL-12] iOS App crash report', DEC);
    expect(completeAs(r)).toBeNull();
  });

  it('asks when the answer names another source than the subject (it may replace or add to it)', () => {
    const r = reply('iOS', 'Re: [DEL-12] Globex Labs Web Nov 1-5', DEC);
    expect(completeAs(r)).toBeNull();
    expect(r.sources).not.toEqual(['ios']);
  });

  it('still reads the days of a subject that itself asks to delete', () => {
    const r = reply('Pastificio Rossi', 'Re: [DEL-12] Please delete iOS App Nov 1-5', DEC);
    expect(completeAs(r)).toBe('source_data pastificio ios-app 2026-11-01/2026-11-05');
  });
});
