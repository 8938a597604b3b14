/**
 * A workspace whose name is an ordinary noun ("Invoices", "Events"), a data word after a source's name,
 * someone's whereabouts beside "this week", a listed name that only starts like a month, and a reply
 * that corrects or withdraws its request. What staff would see: the kind, workspace, sources and days,
 * and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    { id: 'ws_i1', slug: 'invoices', name: 'Invoices', contacts: ['ravi@ledgerly.example'], admins: [], deletedAt: null, sources: [{ id: 'src_i11', slug: 'worker', name: 'Worker' }, { id: 'src_i12', slug: 'portal', name: 'Portal' }], spaces: [] },
    { id: 'ws_e1', slug: 'events', name: 'Events', contacts: ['mei@tixhub.example'], admins: [], deletedAt: null, sources: [{ id: 'src_e11', slug: 'ticket-api', name: 'Ticket API' }], spaces: [] },
    { id: 'ws_k1', slug: 'kiosk-gmbh', name: 'Kiosk GmbH', contacts: ['uwe@kiosk.example'], admins: [], deletedAt: null, sources: [{ id: 'src_k11', slug: 'kasse', name: 'Kasse' }, { id: 'src_k12', slug: 'webshop', name: 'Webshop' }], spaces: [] },
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-10T12:00:00Z');
const parse = (text: string, from: string, subject = 'data cleanup', date = new Date('2027-03-05T09:00:00Z')): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date, subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a workspace named by an ordinary noun', () => {
  it('asks for the workspace when the message uses the word as a plural noun, even from its contact', () => {
    const r = parse('Several invoices were sent twice through the worker source. Please delete the worker data for 2 March 2027.', 'ravi@ledgerly.example', 'double invoices');
    expect(r.workspace).toBeNull();
    expect(r.missing).toContain('workspace');
    expect(asks(r)).toBe(true);
  });

  it('still reads the workspace when the word is written as its name', () => {
    const r = parse('Please delete the worker data in invoices for 2 March 2027.', 'ravi@ledgerly.example');
    expect(r.workspace).toBe('invoices');
    expect(r.sources).toEqual(['worker']);
    expect(asks(r)).toBe(false);
  });

  it("takes the data word after a source's name for that source's data, not for the workspace Events", () => {
    const r = parse('please remove everything ticket api sent on 3 march 2027, it was a load test.', 'mei@tixhub.example', 'ticket api events');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });
});

describe('days beside other words', () => {
  it("does not add the sender's week at an office to the day asked for", () => {
    const r = parse('Portal in invoices, 3 March 2027. (I am at our Lisbon office this week, replies may be short.)', 'ravi@ledgerly.example', 'Re: [DEL-77] a few questions');
    expect(r.ranges).toEqual([{ from: '2027-03-03', to: '2027-03-03' }]);
    expect(asks(r)).toBe(false);
  });

  it('asks about a name listed beside a source that only starts like a month name', () => {
    const r = parse('Bitte Kasse und Marktkasse in Kiosk GmbH für den 02.03.2027 löschen.', 'uwe@kiosk.example');
    expect(r.workspace).toBe('kiosk-gmbh');
    expect(r.sources).toEqual(['kasse']);
    expect(r.ambiguities.join(' ')).toMatch(/Marktkasse/);
  });
});

describe('a workspace named by a data word', () => {
  it('reads the Events workspace written before "workspace" as a purge of it', () => {
    const r = parse('We moved to another vendor. Please delete the Events workspace with everything in it.', 'mei@tixhub.example', 'closing down');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('events');
    expect(asks(r)).toBe(false);
  });

  it('still reads lower-case events from a workspace as a source deletion', () => {
    const r = parse('please delete the events from workspace events for 3 March 2027', 'mei@tixhub.example');
    expect(r.kind).toBe('source_data');
  });
});

describe('year-less slashed days', () => {
  it('reads both ends of a range the way the end that reads only one way is written', () => {
    const r = parse('Please delete portal in invoices for 2/3 - 2/16.', 'ravi@ledgerly.example');
    expect(r.ranges).toEqual([{ from: '2027-02-03', to: '2027-02-16' }]);
    expect(asks(r)).toBe(false);
  });

  it('still asks about a lone slashed day that reads both ways', () => {
    const r = parse('Please delete portal in invoices for 2/3.', 'ravi@ledgerly.example');
    expect(r.ambiguities.join(' ')).toMatch(/2\/3/);
  });
});

describe('replies that correct or withdraw', () => {
  it('reads a correction that names the source again as the new scope, not a cancellation', () => {
    const r = parse('Correction: it should be Portal in invoices for 4 March 2027, not 3 March. Please do not delete 3 March.', 'ravi@ledgerly.example', 'RE: [DEL-80] request received');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['portal']);
    expect(r.ranges).toEqual([{ from: '2027-03-04', to: '2027-03-04' }]);
  });

  it('cancels when the sender no longer needs the deletion', () => {
    const r = parse('Please disregard my last mail, we no longer need the deletion. Thanks!', 'ravi@ledgerly.example', 'Re: [DEL-81] request received');
    expect(r.kind).toBe('cancel');
    expect(r.ticket).toBe('DEL-81');
  });
});
