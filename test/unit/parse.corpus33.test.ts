/**
 * Structured mail from operations, data and finance teams: change-request forms and Markdown tables,
 * incident notes with times of day, a week offered "or the one before", a data word that fits two
 * sources. What staff would see: the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const sources = (prefix: string, names: string[]): { id: string; slug: string; name: string }[] =>
  names.map((name, k) => ({ id: `src_${prefix}${k}`, slug: name.toLowerCase().replace(/\s+/g, '-'), name }));
const catalog = indexCatalog({
  workspaces: [
    { id: 'ws_o1', slug: 'osprey-freight', name: 'Osprey Freight', contacts: ['ops@osprey.example'], admins: [], deletedAt: null, sources: sources('o', ['Billing', 'Billing Events', 'Tracking Feed', 'Android', 'Android Beta']), spaces: [] },
    { id: 'ws_l1', slug: 'lindqvist', name: 'Lindqvist', contacts: ['drift@lindqvist.example'], admins: [], deletedAt: null, sources: sources('l', ['Webbshop', 'Kassa']), spaces: [{ id: 'spa_l1', name: 'Standard' }] },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-20T12:00:00Z');
const parse = (text: string, from = 'ops@osprey.example', subject = 'Data deletion', date = new Date('2026-12-18T10:00:00Z')): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date, subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('change-request forms', () => {
  it('reads the data window of a form drawn under a wide rule, not its implementation or approval dates', () => {
    const r = parse(
      [
        'CHANGE REQUEST CR-2291',
        '--------------------------------------------------',
        'Type:               Standard change / data deletion',
        'Workspace:          osprey-freight',
        'Source(s):          Tracking Feed',
        'Data window (UTC):  2026-12-07 -> 2026-12-08 (whole days)',
        'Planned impl.:      2026-12-19 22:00 CET',
        'CAB approval:       CAB-2026-51 (approved 2026-12-17)',
        '--------------------------------------------------',
        '',
        'Please action the deletion above.',
      ].join('\n'),
    );
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('osprey-freight');
    expect(r.sources).toEqual(['tracking-feed']);
    expect(r.ranges).toEqual([{ from: "2026-12-07", to: "2026-12-08" }]);
    expect(r.ambiguities).toEqual([]);
    expect(asks(r)).toBe(false);
  });

  it('reads the window row of a Markdown field table', () => {
    const r = parse(
      [
        '| Field            | Value                     |',
        '|------------------|---------------------------|',
        '| Type             | Data deletion             |',
        '| Workspace        | osprey-freight            |',
        '| Source           | Tracking Feed             |',
        '| Window (UTC)     | 2026-12-08 .. 2026-12-09  |',
        '| Implementation   | 2026-12-19 23:00 EST      |',
        '| Approved by CAB  | 2026-12-17                |',
        '',
        'Please proceed.',
      ].join('\n'),
    );
    expect(r.sources).toEqual(['tracking-feed']);
    expect(r.ranges).toEqual([{ from: '2026-12-08', to: '2026-12-09' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads "first day (UTC)" and "last day (UTC)" columns as one range', () => {
    const r = parse(
      [
        'Please delete:',
        '',
        '| workspace      | source        | first day (UTC) | last day (UTC) |',
        '|----------------|---------------|-----------------|----------------|',
        '| osprey-freight | tracking-feed | 2026-11-27      | 2026-11-29     |',
      ].join('\n'),
    );
    expect(r.ranges).toEqual([{ from: '2026-11-27', to: '2026-11-29' }]);
    expect(asks(r)).toBe(false);
  });

  it('still asks about an arrow between days that are not next to each other', () => {
    const r = parse('Please delete Tracking Feed in osprey-freight for 2026-12-01 -> 2026-12-04.');
    expect(asks(r)).toBe(true);
  });
});

describe('which source a data word means', () => {
  it('asks about "the billing data" when Billing and Billing Events both exist', () => {
    const r = parse('Hi, please delete the billing data in osprey-freight for 15 December 2026.');
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/Billing or Billing Events/);
  });

  it('takes "the Billing source" as Billing', () => {
    const r = parse('Hi, please delete the Billing source in osprey-freight for 15 December 2026.');
    expect(r.sources).toEqual(['billing']);
    expect(asks(r)).toBe(false);
  });

  it('takes "android data" as Android when the other one is its beta', () => {
    const r = parse('Hi, please delete the android data in osprey-freight for 15 December 2026.');
    expect(r.sources).toEqual(['android']);
  });

  it('does not read "Standard change" as the Standard space of another workspace', () => {
    const r = parse('Type: Standard change. Please delete Tracking Feed in osprey-freight for 2026-12-10.');
    expect(r.sources).toEqual(['tracking-feed']);
    expect(r.ranges).toEqual([{ from: '2026-12-10', to: '2026-12-10' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('days told around the request', () => {
  it('asks and shows no days when the writer offers "last week, or possibly the week before"', () => {
    const r = parse('Hej,\n\nradera Webbshop i lindqvist för förra veckan, eller möjligen veckan innan – jag återkommer.\n\nErik', 'drift@lindqvist.example');
    expect(r.sources).toEqual(['webbshop']);
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('does not add "last week" told as when a bug happened beside dated list items', () => {
    const r = parse(
      'Hi team,\n\nfollowing up on the tagging bug from last week. Could you delete the following from workspace osprey-freight:\n\n- Tracking Feed: 3 Dec 2026 and 7-9 Dec 2026\n\nNothing else is affected.',
    );
    expect(r.ranges).toEqual([
      { from: '2026-12-03', to: '2026-12-03' },
      { from: '2026-12-07', to: '2026-12-09' },
    ]);
  });

  it('proposes both days of "the night of Nov 10/11" under a greeting line, and asks', () => {
    const r = parse("Morning,\n\nthe night of Nov 10/11 2026 our Tracking Feed in osprey-freight replayed an old queue. Can you remove that night's data?");
    expect(r.ranges).toEqual([{ from: '2026-11-10', to: '2026-11-11' }]);
    expect(asks(r)).toBe(true);
  });

  it('keeps hours after an ISO day on that day, and asks', () => {
    const r = parse('please delete the Tracking Feed events in osprey-freight received between 2026-12-09 13:00 and 15:30 UTC; the rest of the day is fine.');
    expect(r.ranges).toEqual([{ from: '2026-12-09', to: '2026-12-09' }]);
    expect(asks(r)).toBe(true);
  });

  it('covers both days when the hours after an ISO day cross midnight', () => {
    const r = parse('please delete the Tracking Feed events in osprey-freight received between 2026-12-09 23:00 and 01:30 UTC.');
    expect(r.ranges).toEqual([{ from: '2026-12-09', to: '2026-12-10' }]);
    expect(asks(r)).toBe(true);
  });
});

describe('form-like replies and sign-offs', () => {
  it('"Workspace X. Bitte löschen." asks for the days written, not the workspace', () => {
    const r = parse('Hallo,\n\nZeitraum: 02.12.2026 bis 03.12.2026, Quelle Tracking Feed, Workspace osprey-freight. Bitte löschen.\n\nGruß');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2026-12-02', to: '2026-12-03' }]);
    expect(asks(r)).toBe(false);
  });

  it('does not read a signature below "Tack på förhand," as part of the request', () => {
    const r = parse('Hej!\n\nKan ni radera data för källan Webbshop i arbetsytan lindqvist den 3–5 december 2026 (UTC)?\n\nTack på förhand,\nDrift / Lindqvist Data', 'drift@lindqvist.example');
    expect(r.sources).toEqual(['webbshop']);
    expect(r.ranges).toEqual([{ from: '2026-12-03', to: '2026-12-05' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('post-mortems, replies and status questions', () => {
  it('reads the remediation item of a post-mortem, not its "Status: final" or its timeline', () => {
    const r = parse(
      [
        'Post-mortem PM-2026-051 - Tracking feed replay',
        'Status: final        Incident: INC-88120        Severity: SEV-2',
        '',
        'Timeline (all times UTC)',
        '2026-12-15 02:10  CHG-40119 rolled out',
        '2026-12-16 19:40  rollback complete',
        '2026-12-17 08:00  customer comms sent',
        '',
        'Remediation',
        '- [x] rollback (CHG-40122)',
        '- [ ] deletion desk: delete the Tracking Feed source in osprey-freight for the full UTC days 2026-12-15 and 2026-12-16',
      ].join('\n'),
    );
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['tracking-feed']);
    expect(r.ranges).toEqual([{ from: '2026-12-15', to: '2026-12-16' }]);
    expect(asks(r)).toBe(false);
  });

  it('keeps the days when a dash after the year opens the reason', () => {
    const r = parse('Hi,\n\nplease delete Tracking Feed in osprey-freight for Dec 10-12, 2026 - the year-end simulation ran against production.');
    expect(r.ranges).toEqual([{ from: '2026-12-10', to: '2026-12-12' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads "The time frame is …" in a reply under a ticket as the days, the rest left to the ticket', () => {
    const r = parse('The time frame is 14 December 2026.\n\nJonas', 'ops@osprey.example', 'SV: [DEL-2251] We need the time frame for your deletion request');
    expect(r.kind).toBe('source_data');
    expect(r.ticket).toBe('DEL-2251');
    expect(r.ranges).toEqual([{ from: '2026-12-14', to: '2026-12-14' }]);
    expect(asks(r)).toBe(true);
  });

  it('reads "what\'s happening with my deletion?" as a status question, and asks which request', () => {
    const r = parse("Hi, what's happening with my deletion? Haven't heard anything.", 'ops@osprey.example', "what's happening?");
    expect(r.kind).toBe('status');
    expect(r.missing).toEqual(['workspace']);
  });
});

describe('an SDK beside its source', () => {
  it('takes "our Tracking Feed SDK sent …" as context when the request names Tracking Feed itself', () => {
    const r = parse('our Tracking Feed SDK sent load-test traffic on Dec 3. Please delete the Tracking Feed data in osprey-freight for 3 December 2026.');
    expect(r.sources).toEqual(['tracking-feed']);
    expect(asks(r)).toBe(false);
  });

  it('still asks when only "the Tracking Feed SDK data" is named', () => {
    const r = parse('Please delete the Tracking Feed SDK data in osprey-freight for 3 December 2026.');
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});
