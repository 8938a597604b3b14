/**
 * Legal, compliance and IT departments: numbered sources named beside one that does not exist, approximate
 * days in German and Russian, HTML tables with From/To columns, a purge placed in a twin's region, the
 * desk's example pasted back above the quote, a contact's helpdesk relaying their request, a go-ahead
 * with no ticket. What staff would see: the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { InboundMessage } from '../../src/domain/message';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], contacts: string[] = []): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts,
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
});
const catalog = indexCatalog({
  workspaces: [
    ws('taiga-freight', 'Taiga Freight', [['shipments', 'Shipments'], ['shipments-2', 'Shipments 2'], ['portal', 'Portal']], ['it@taiga.example']),
    ws('orion', 'Orion', [['web', 'Web'], ['ios-app', 'iOS App']], ['legal@orion.example']),
    ws('orion-eu', 'Orion EU', [['web', 'Web']], ['legal@orion.example']),
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-10T13:30:00Z');
const SENT = new Date('2027-03-05T09:00:00Z');
const parse = (text: string, subject = 'data deletion', extra: Partial<InboundMessage> = {}, from = 'it@taiga.example'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject }, extra), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a numbered source the catalog does not have', () => {
  it('asks about "Shipments 3" written beside "Shipments 2", in Russian, Polish and Czech lists too', () => {
    for (const text of [
      'Удалите Shipments 2 и Shipments 3 в taiga-freight за 2 марта 2027.',
      'Proszę usunąć Shipments 2 i Shipments 3 w taiga-freight za 2 marca 2027.',
      'Smažte Shipments 2 a Shipments 3 v taiga-freight za 2. března 2027.',
    ]) {
      const r = parse(text);
      expect(r.sources).toEqual(['shipments-2']);
      expect(asks(r)).toBe(true);
    }
  });
  it('still reads "Shipments 2" alone as the numbered source, with nothing to ask', () => {
    const r = parse('Please delete Shipments 2 in taiga-freight for 2 March 2027.');
    expect(r.sources).toEqual(['shipments-2']);
    expect(asks(r)).toBe(false);
  });
});

describe('a day said only approximately', () => {
  it('asks about "rund um den", "um den … herum" and "около" instead of deleting that one day', () => {
    for (const text of [
      'Bitte Portal-Daten in taiga-freight rund um den 3. Februar 2027 löschen.',
      'Bitte Portal-Daten in taiga-freight um den 3. Februar 2027 herum löschen.',
      'Удалите Portal в taiga-freight около 3 февраля 2027.',
    ]) {
      const r = parse(text);
      expect(r.ranges).toEqual([]);
      expect(asks(r)).toBe(true);
    }
  });
});

describe('an HTML table of sources with From and To columns', () => {
  const table = (header: string): string =>
    `<p>please delete the following in workspace orion:</p><table><tr>${header}</tr><tr><td>iOS App</td><td>01.03.2027</td><td>03.03.2027</td></tr><tr><td>Web</td><td>01.03.2027</td><td>03.03.2027</td></tr></table>`;
  it('reads each row as one range from its first day to its last', () => {
    const r = parse('', 'deletion', { html: table('<td>Source</td><td>From (UTC)</td><td>To (UTC)</td>'), contentType: 'text/html' }, 'legal@orion.example');
    expect(r.sources).toEqual(['ios-app', 'web']);
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-03' }]);
    expect(asks(r)).toBe(false);
  });
  it('asks when the columns do not say which day is the first and which the last', () => {
    const r = parse('', 'deletion', { html: table('<td>Source</td><td>Day A</td><td>Day B</td>'), contentType: 'text/html' }, 'legal@orion.example');
    expect(asks(r)).toBe(true);
  });
});

describe('a purge placed in the region of a twin workspace', () => {
  it('asks whether "our Orion workspace in Europe" is orion or orion-eu', () => {
    const r = parse('Please delete our Orion workspace in Europe with all its data.', 'delete workspace', {}, 'legal@orion.example');
    expect(r.kind).toBe('workspace_purge');
    expect(asks(r)).toBe(true);
  });
  it('does not ask when no region is said', () => {
    const r = parse('Please delete our Orion workspace with all its data.', 'delete workspace', {}, 'legal@orion.example');
    expect(r.workspace).toBe('orion');
    expect(asks(r)).toBe(false);
  });
});

describe('a dated line pasted from the message replied to', () => {
  it('leaves the pasted example out and asks, keeping the days the customer wrote', () => {
    const text = [
      'From 5 May 2025 to 7 May 2025.',
      '',
      'Sorry, that was your example: we mean Portal in taiga-freight, 1 March 2027.',
      '',
      'On Thu, 4 Mar 2027 at 12:00, Desk <desk@example.com> wrote:',
      '> Please reply with the exact UTC days, for example:',
      '> From 5 May 2025 to 7 May 2025.',
    ].join('\n');
    const r = parse(text, 'Re: Portal');
    expect(r.sources).toEqual(['portal']);
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-01' }]);
    expect(asks(r)).toBe(true);
  });
});

describe("a contact's own helpdesk relaying their request", () => {
  const relay = [
    'Ana created OPS-5512',
    '-------------------------',
    '',
    'Summary: delete Portal data',
    'Reporter: Ana',
    '',
    'Description:',
    'Please delete the Portal source of workspace taiga-freight for 1 March 2027.',
  ].join('\n');
  it('reads the relayed request when the relay comes from the contact and is marked auto-generated', () => {
    const r = parse(relay, '[JIRA] (OPS-5512) delete Portal data', { headers: { 'auto-submitted': 'auto-generated', 'x-jira-fingerprint': 'abc' } });
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('taiga-freight');
    expect(r.sources).toEqual(['portal']);
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-01' }]);
    expect(asks(r)).toBe(false);
  });
  it('leaves the same relay unanswered from an address that is no contact, and an auto-reply always', () => {
    const stranger = parse(relay, '[JIRA] (OPS-5512) delete Portal data', { headers: { 'auto-submitted': 'auto-generated', 'x-jira-fingerprint': 'abc' } }, 'jira@tools.example');
    expect(stranger.kind).toBe('unknown');
    const autoReply = parse(relay, 'delete Portal data', { headers: { 'auto-submitted': 'auto-replied', 'x-jira-fingerprint': 'abc' } });
    expect(autoReply.kind).toBe('unknown');
  });
});

describe('a go-ahead that names nothing', () => {
  const quoted = '\n\n________________________________\nDa: Ana\nInviato: 04.03.2027 10:00\nOggetto: richiesta\n\nPotete cancellare Portal del 2 marzo 2027 in taiga-freight?';
  it('asks what to delete when there is no ticket of ours to confirm', () => {
    const r = parse(`Sì, procedete pure.${quoted}`, 'R: richiesta');
    expect(r.kind).toBe('unknown');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });
  it('asks nothing on a ticket: there it confirms the ticket', () => {
    const r = parse(`Sì, procedete pure.${quoted}`, 'R: [DEL-77] richiesta');
    expect(r.kind).toBe('unknown');
    expect(asks(r)).toBe(false);
  });
});

describe('Spanish "los días 15 al 17"', () => {
  it('reads every day from the first to the last', () => {
    const r = parse('Eliminen los datos de Portal del workspace taiga-freight correspondientes a los días 15 al 17 de febrero de 2027.');
    expect(r.ranges).toEqual([{ from: '2027-02-15', to: '2027-02-17' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('days that date a contract beside "delete our account"', () => {
  const admin = 'legal@orion.example';
  const adminCatalog = indexCatalog({ workspaces: [{ ...ws('orion', 'Orion', [['web', 'Web']], [admin]), admins: [admin] }] } satisfies Catalog);
  const parseAdmin = (text: string): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: admin, date: SENT, subject: 'Termination' }), adminCatalog, { now: NOW }));
  it('reads an account purge when every day written dates the termination or its effect', () => {
    for (const text of [
      'Further to our notice of termination dated 1 December 2026 (notice period three months, effective as of 1 March 2027), we ask you to delete our account and all data held in it.',
      'abbiamo disdetto il contratto (disdetta del 30 novembre 2026, efficace dal 1° marzo 2027). Vi chiediamo di cancellare il nostro account e tutti i dati.',
    ]) {
      const r = parseAdmin(text);
      expect(r.kind).toBe('account_purge');
      expect(asks(r)).toBe(false);
    }
  });
  it('keeps days asked for as data ("for 3 March") a source deletion', () => {
    const r = parseAdmin('Our contract ends soon. Please delete the Web data of our account for 3 March 2027.');
    expect(r.kind).toBe('source_data');
  });
});

describe('words of other languages the desk reads', () => {
  it('reads the Russian cue "источник" before a source named like a common word', () => {
    const r = parse('Добрый день, источник Portal в taiga-freight, 1 марта 2027 года.', 'Re: [DEL-9] Portal');
    expect(r.sources).toEqual(['portal']);
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-01' }]);
  });
  it('reads a Czech data subject\'s erasure as one person\'s data', () => {
    const r = parse('Subjekt údajů (pacient ID 88-1234) požádal o výmaz podle čl. 17 GDPR. Prosíme o odstranění všech jeho dat v taiga-freight.');
    expect(r.kind).toBe('user_data');
  });
  it('reads "all Shipments 2 data" as the numbered source alone', () => {
    const r = parse('Please delete all Shipments 2 data in taiga-freight for 1 March 2027.');
    expect(r.sources).toEqual(['shipments-2']);
    expect(asks(r)).toBe(false);
  });
});
