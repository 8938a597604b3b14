/**
 * What reaches a customer: every template in every state, rendered from tickets full of what staff
 * and machines write (parser notes, archive prefixes, storage error codes, ISO diffs), scanned for
 * anything internal; subjects that say the status; one question per field with an example the parser
 * reads exactly; and a receipt that stays far below Gmail's clipping size however long the purge.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerEmail, Ticket } from '../../src/domain/ticket';
import type { CatalogWorkspace } from '../../src/domain/catalog';
import { renderCustomerEmail, type EmailContext, type RenderedEmail } from '../../src/domain/email/render';
import { missingQuestions } from '../../src/domain/email/summary';
import { readableChange } from '../../src/domain/email/customerText';
import { sha256Hex } from '../../src/domain/execution/receipt';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { CUSTOMER_EMAILS, loadEmailTemplates } from '../../src/services/emailTemplates';

const templates = await loadEmailTemplates();

const acme: CatalogWorkspace = {
  id: 'ws_8f2k1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example', 'ops@acme.example'], deletedAt: null,
  sources: [{ id: 'src_91ab', slug: 'ios-app', name: 'iOS App' }, { id: 'src_22cd', slug: 'web-site', name: 'Website' }],
  spaces: [{ id: 'spa_77', name: 'Default Space' }],
};

function ticket(patch: Partial<Ticket> = {}): Ticket {
  return {
    id: 12, kind: 'source_data', status: 'awaiting_approval', workspace: 'acme-inc', sources: ['ios-app'], space: null,
    ranges: [{ from: '2024-03-01', to: '2024-03-03' }], missing: [], ambiguities: [], notes: [],
    requester: 'ana@acme.example', createdBy: 'email:ana@acme.example',
    verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    approvals: [], confirmation: { state: 'pending', by: null, at: null, reason: null },
    requestedAt: '2024-03-01T10:00:00.000Z', runAfter: null, deadline: null, rejectReason: null, cancelledBy: null, result: null,
    version: 1, createdAt: '2024-03-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:00.000Z', ...patch,
  };
}

function render(name: CustomerEmail, t: Ticket, extra: Partial<EmailContext> = {}): RenderedEmail {
  return renderCustomerEmail(templates, name, { ticket: t, supportAddress: 'deletions@desk.example', productName: 'Segment', graceDays: 5, workspace: acme, ...extra });
}

/** The HTML as a reader sees it: tags gone, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const DAY_MS = 86_400_000;
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += DAY_MS) out.push(new Date(d).toISOString().slice(0, 10));
  return out;
}

/** A partition as the executor records it, prefix and all (segment-logs/{sourceId}/{dayMs}/). */
function partition(source: string, day: string, objects = 3, bytes = 1_701) {
  return { source, day, objects, bytes, prefix: `segment-logs/src_91ab/${Date.parse(`${day}T00:00:00Z`)}/`, sha256: sha256Hex(`${source}${day}`) };
}

// What staff and machines write, as it really reads, none of which a customer should see.
const PARSER_NOTES = [
  'the sender is a contact of workspace acme-inc',
  'dates are UTC days',
  '"9am PST on March 4" has a time of day: only whole UTC days can be deleted, so it is read as the UTC days 2024-03-04 to 2024-03-04',
  'relative dates are read against the sender\'s own day 2024-03-12',
  'the message is dated 2024-03-12T10:15:00.000Z, after the current time',
];
const FAILURES = [
  { prefix: 'segment-logs/src_91ab/1709337600000/', source: 'ios-app', day: '2024-03-02', error: 'AccessDenied: Access Denied (request id 4442587FB7D0A2F9)' },
  { prefix: 'segment-logs/src_91ab/1709424000000/', source: 'ios-app', day: '2024-03-03', error: 'read ECONNRESET' },
  { prefix: 'segment-logs/src_22cd/1709424000000/', source: 'web-site', day: '2024-03-03', error: 'SQLITE_BUSY: database is locked' },
];
const OLD_SUMMARY = 'Deleted 12 objects (1701 bytes) in 3 partitions; 2 partitions could not be deleted: segment-logs/src_91ab/1709337600000/ (AccessDenied: Access Denied); verified: nothing remains in scope.';
const RECEIPT = { sha256: 'a'.repeat(64), startedAt: '2024-03-05T14:00:00.000Z', finishedAt: '2024-03-05T14:03:27.000Z', partitions: [partition('ios-app', '2024-03-01'), partition('web-site', '2024-03-01', 9, 1_234_567)] };

const FORBIDDEN: [what: string, pattern: RegExp][] = [
  ['an archive prefix', /segment-logs\/|unify\/spa_/],
  ['a source or workspace id', /\bsrc_[0-9a-z]+|\bws_[0-9a-z]+/],
  ['a millisecond timestamp', /\b1\d{12}\b/],
  ['a storage or system error code', /AccessDenied|ECONNRESET|SQLITE_|NoSuchKey|ETIMEDOUT|request id/i],
  ['a parser note', /sender is a contact|read as the UTC days|dates are UTC days|against the sender's own day|after the current time/],
  ['an ISO day or time', /\b\d{4}-\d{2}-\d{2}\b/],
  ['a field diff', /: none → | → none\b|\d\.\.\d|\bios-app → |days \(UTC\):/],
  ['partitions or objects', /\bpartitions?\b|\bobjects?\b/],
];

/** Every template in the states it is sent in, each ticket carrying everything above. */
function everyEmail(): [label: string, email: RenderedEmail][] {
  const dirty = { notes: PARSER_NOTES, ambiguities: ['"4/3" could be 4 March or 3 April — which one is meant?', '2024-03-14 is after the message date 2024-03-12: future data cannot be deleted — which days are meant?'] };
  const result = (outcome: 'completed' | 'partial' | 'failed') => ({ outcome, summary: OLD_SUMMARY, receipt: outcome === 'failed' ? { ...RECEIPT, partitions: [] } : RECEIPT, failures: outcome === 'completed' ? [] : FAILURES, notes: [] });
  const states: [string, CustomerEmail, Ticket, Partial<EmailContext>][] = [];
  for (const name of CUSTOMER_EMAILS) {
    for (const kind of ['source_data', 'workspace_purge', 'unify_space', 'account_purge'] as const) {
      const base = ticket({ ...dirty, kind, space: kind === 'unify_space' ? 'Default Space' : null, accountWorkspaces: kind === 'account_purge' ? [{ slug: 'acme-inc', name: 'Acme Inc' }] : undefined });
      const data = { changes: ['ranges: none → 2024-03-04..2024-03-04', 'workspace: none → acme-inc', 'sources: ios-app → ios-app, web-site'], tickets: [base], notFound: ['DEL-99'], children: [{ ref: 'DEL-13', label: 'Acme Inc (acme-inc)' }] };
      states.push([`${name} ${kind} awaiting`, name, base, { data }]);
      states.push([`${name} ${kind} needs_info`, name, ticket({ ...base, status: 'needs_info', missing: ['time frame'] }), { data }]);
      states.push([`${name} ${kind} scheduled`, name, ticket({ ...base, status: 'scheduled', runAfter: '2024-03-06T10:00:00.000Z', confirmation: { state: 'confirmed', by: 'email:ana@acme.example', at: '2024-03-01T11:00:00.000Z', reason: null } }), { data }]);
      for (const outcome of ['completed', 'partial', 'failed'] as const) states.push([`${name} ${kind} ${outcome}`, name, ticket({ ...base, status: outcome, result: result(outcome) }), { data }]);
      states.push([`${name} ${kind} stranger`, name, ticket({ ...base, requester: 'eve@evil.example', status: 'partial', result: result('partial') }), { data, audience: 'stranger' }]);
    }
  }
  return states.map(([label, name, t, extra]) => [label, render(name, t, extra)]);
}

describe('nothing internal reaches a customer', () => {
  const emails = everyEmail();

  it.each(FORBIDDEN)('no %s in any template, state or kind', (_what, pattern) => {
    expect(emails.length).toBeGreaterThan(CUSTOMER_EMAILS.length * 20);
    const leaks = emails.filter(([, e]) => pattern.test(`${e.subject}\n${e.text}\n${visible(e.html)}`)).map(([label, e]) => `${label}: ${pattern.exec(`${e.subject}\n${e.text}\n${visible(e.html)}`)?.[0]}`);
    expect(leaks).toEqual([]);
  });

  it('the attached receipt names sources and days, never prefixes, ids or timestamps', () => {
    const files = emails.flatMap(([, e]) => e.attachments ?? []);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) for (const [, pattern] of FORBIDDEN.slice(0, 4)) expect(f.content).not.toMatch(pattern);
  });

  it('a failure is counted in plain words, per source and day', () => {
    const email = render('completed', ticket({ status: 'partial', result: { outcome: 'partial', summary: OLD_SUMMARY, receipt: RECEIPT, failures: FAILURES } }));
    expect(email.text).toContain('Result: Deleted 12 files (1.2 MB) from 2 sources (1 March 2024). 3 days of iOS App (ios-app) and Website (web-site) could not be deleted yet.');
  });

  it('says a change of days as the days added and removed', () => {
    expect(readableChange('ranges: none → 2024-03-04..2024-03-04')).toBe('Days: 4 March 2024 (added)');
    expect(readableChange('ranges: 2024-03-01..2024-03-03 → 2024-03-02..2024-03-05')).toBe('Days: 4 March 2024 to 5 March 2024 (added); 1 March 2024 (removed)');
    expect(readableChange('sources: ios-app → ios-app, web-site')).toBe('Sources: web-site (added)');
    expect(readableChange('workspace: none → acme-inc')).toBe('Workspace: acme-inc');
    expect(readableChange('kind: source_data → workspace_purge')).toBe('Request: delete all data of a workspace (was: delete source data for some days)');
    expect(readableChange('something odd')).toBeNull();
  });

  it('keeps the one parser note that changes what the customer should check, in our words', () => {
    const text = render('received', ticket({ notes: PARSER_NOTES })).text;
    expect(text).toContain('We can delete whole UTC days only, so the times you gave are covered by the whole days listed above.');
  });
});

describe('subjects say the status', () => {
  const confirmed = { state: 'confirmed', by: 'email:ana@acme.example', at: '2024-03-01T11:00:00.000Z', reason: null } as const;
  const subjects: [string, string][] = [
    ['received, to confirm', render('received', ticket()).subject],
    ['received, confirmed', render('received', ticket({ confirmation: confirmed })).subject],
    ['needs_info', render('needs_info', ticket({ status: 'needs_info', missing: ['time frame'], ranges: [] })).subject],
    ['scheduled later', render('scheduled', ticket({ kind: 'workspace_purge', status: 'scheduled', runAfter: '2024-03-06T10:00:00.000Z' })).subject],
    ['scheduled now', render('scheduled', ticket({ status: 'scheduled', runAfter: '2024-03-05T10:00:00.000Z' })).subject],
    ['rejected', render('rejected', ticket({ status: 'rejected', rejectReason: 'no' })).subject],
    ['cancelled', render('cancelled', ticket({ status: 'cancelled', cancelledBy: 'email:ana@acme.example' })).subject],
    ['updated', render('updated', ticket({ status: 'scheduled', runAfter: '2024-03-05T10:00:00.000Z', confirmation: confirmed }), { data: { changes: [] } }).subject],
    ['completed', render('completed', ticket({ status: 'completed', result: { outcome: 'completed', summary: '', receipt: RECEIPT } })).subject],
    ['partial', render('completed', ticket({ status: 'partial', result: { outcome: 'partial', summary: '', receipt: RECEIPT, failures: FAILURES } })).subject],
    ['failed', render('completed', ticket({ status: 'failed', result: { outcome: 'failed', summary: '' } })).subject],
    ['status', render('status', ticket()).subject],
    ['user_data', render('user_data', ticket({ kind: 'user_data' })).subject],
    ['confirm', render('confirm', ticket({ requester: 'eve@evil.example' })).subject],
    ['account_opened', render('account_opened', ticket({ kind: 'account_purge' })).subject],
    ['account_not_admin', render('account_not_admin', ticket({ kind: 'account_purge' })).subject],
  ];

  it('differ by status and keep the ticket tag', () => {
    for (const [, subject] of subjects) expect(subject).toMatch(/^\[DEL-12\] \S/);
    const statuses = subjects.map(([, s]) => s.replace(/^\[DEL-12\] /, '').split(':')[0]);
    // "Please confirm" is the status of two emails that ask the same thing of different people.
    const distinct = new Set(subjects.filter(([label]) => label !== 'confirm').map(([, s]) => s.replace(/^\[DEL-12\] /, '').split(':')[0]));
    expect(distinct.size).toBe(subjects.length - 1);
    expect(statuses).toContain('Completed');
    expect(statuses).toContain('Received');
  });

  it('are a reply in the customer\'s thread, tag and status kept', () => {
    expect(render('completed', ticket({ status: 'completed', result: { outcome: 'completed', summary: '', receipt: RECEIPT } }), { replyToSubject: 'RE: [DEL-7] please delete our iOS data' }).subject)
      .toBe('Re: [DEL-12] Completed: source data of acme-inc');
  });

  it('name nothing of the workspace to someone who is not its contact', () => {
    const email = render('scheduled', ticket({ kind: 'workspace_purge', status: 'scheduled', runAfter: '2024-03-06T10:00:00.000Z' }), { audience: 'stranger' });
    expect(email.subject).toBe('[DEL-12] Scheduled for 6 March 2024: your data deletion request');
  });

  it('an answer that concerns no ticket shows no ticket id and says nothing was changed', () => {
    const refusal = render('status', ticket({ id: 0, kind: 'status', workspace: null }), { audience: 'stranger', replyToSubject: 'cancel DEL-4', data: { notice: 'We could not find a request of yours to cancel.', tickets: [] } });
    expect(refusal.subject).toBe('Re: cancel DEL-4');
    expect(`${refusal.text}\n${visible(refusal.html)}`).not.toMatch(/DEL-0/);
    expect(refusal.text.split('\n').slice(0, 2)).toEqual(['Our answer to your message', 'Next: Nothing was changed.']);
  });

  it('every email opens with the ticket, where it stands, what happens next and what the reader can do', () => {
    for (const name of CUSTOMER_EMAILS) {
      const email = render(name, ticket());
      const [first, next, can] = email.text.split('\n');
      expect(first).toMatch(/^DEL-12 · \S/);
      expect(next).toMatch(/^Next: \S/);
      expect(can).toMatch(/^You can: \S/);
      const top = visible(email.html.slice(0, email.html.indexOf('Hello,')));
      expect(top).toContain(first.replace(/^DEL-12 · /, ''));
      expect(top).toContain(next.replace(/^Next: /, ''));
    }
  });
});

describe('a question is asked once', () => {
  const askDays = (patch: Partial<Ticket>) => missingQuestions(ticket({ status: 'needs_info', ranges: [], ...patch }), acme);

  it('merges the missing days and every doubt about them into one question', () => {
    const qs = askDays({
      missing: ['time frame'],
      ambiguities: ['"4 March" has no year and the message has no date — which days are meant?', '"the 5th" has no month — which day is meant?'],
      ambiguityFields: ['ranges', null],
    });
    expect(qs).toHaveLength(1);
    expect(qs[0].question).toBe('"4 March" has no year and the message has no date; "the 5th" has no month. Which days? We delete whole UTC days; please give the first and the last day, with the month written out.');
  });

  it('asks several doubts about the days in one question even when no field is missing', () => {
    const qs = askDays({ missing: [], ambiguities: ['"4/3" could be 4 March or 3 April — which one is meant?', '2024-03-14 is after the message date 2024-03-12: future data cannot be deleted — which days are meant?'] });
    expect(qs).toHaveLength(1);
    expect(qs[0].question).toContain('14 March 2024 is after the message date 12 March 2024');
  });

  it('gives a date example the parser reads exactly and that is not a day the customer wrote', () => {
    const catalog = indexCatalog({ workspaces: [acme] });
    for (const said of [[], ['"1 March" has no year — which days are meant?'], ['"1/3" could be two days — which days are meant?', '"June 10" has no year — which days are meant?']]) {
      const [q] = askDays({ missing: ['time frame'], ambiguities: said });
      const m = /^From (\d{1,2}) (\w+) (\d{4}) to (\d{1,2}) (\w+) (\d{4})\.$/.exec(q.example);
      expect(m, q.example).not.toBeNull();
      for (const s of said) {
        for (const word of [`${m![1]} ${m![2]}`, `${m![2]} ${m![1]}`, `${m![4]} ${m![5]}`]) expect(s).not.toContain(word);
      }
      const reply = parseRequest({
        messageId: 'r@acme.example', from: { address: 'ana@acme.example', name: 'Ana' }, to: [], cc: [], replyTo: null, subject: 'Re: [DEL-12] Question: source data of acme-inc',
        date: new Date('2024-12-12T10:15:00Z'), text: q.example, html: null, inReplyTo: null, references: [], headers: {}, contentType: 'text/plain', attachments: [],
      }, catalog);
      expect(reply.ambiguities).toEqual([]);
      expect(reply.ranges).toHaveLength(1);
      expect(new Date(`${reply.ranges[0].from}T00:00:00Z`).getUTCDate()).toBe(Number(m![1]));
      expect(new Date(`${reply.ranges[0].to}T00:00:00Z`).getUTCDate()).toBe(Number(m![4]));
    }
  });

  it('the needs_info email numbers one question per thing', () => {
    const email = render('needs_info', ticket({ status: 'needs_info', ranges: [], missing: ['time frame'], ambiguities: ['"4/3" could be 4 March or 3 April — which one is meant?'], ambiguityFields: ['ranges'] }));
    expect(email.text.match(/^\d+\. /gm)).toEqual(['1. ']);
  });
});

describe('the receipt of a long purge', () => {
  const sources = ['android-app', 'ios-app', 'server', 'shop', 'web-site'];
  const all = sources.flatMap((s) => days('2022-01-01', '2024-12-31').map((d) => partition(s, d, 40, 2_345_678)));
  const purge = ticket({ kind: 'workspace_purge', sources: [], ranges: [], status: 'completed', result: { outcome: 'completed', summary: OLD_SUMMARY, receipt: { ...RECEIPT, partitions: all }, failures: [] } });

  it('a 3-year purge of 5 sources stays far below Gmail\'s clipping size', () => {
    expect(all).toHaveLength(5 * 1096);
    const email = render('completed', purge);
    const size = Buffer.byteLength(email.html) + Buffer.byteLength(email.text);
    expect(size).toBeLessThan(100_000);
    // The notices Gmail would hide first are near the top.
    const html = email.html;
    expect(html.indexOf('NOT forwarded')).toBeGreaterThan(0);
    expect(html.indexOf('NOT forwarded')).toBeLessThan(6_000);
    expect(html.indexOf(RECEIPT.sha256)).toBeLessThan(7_000);
    expect(email.text).toContain('- android-app: 1,096 days · 43,840 files · 2.6 GB');
    expect(email.text).toContain('1 January 2022 to 31 December 2024 (1,096 days)');
  });

  it('attaches every partition as a CSV whose SHA-256 the body shows', () => {
    const email = render('completed', purge);
    expect(email.attachments).toHaveLength(1);
    const [file] = email.attachments!;
    expect(file.filename).toBe('deletion-receipt-DEL-12.csv');
    expect(file.contentType).toMatch(/^text\/csv/);
    const [header, ...rows] = file.content.trimEnd().split('\r\n');
    expect(header).toBe('source,day,files,bytes,partition_sha256');
    expect(rows).toHaveLength(all.length);
    const listed = new Set(rows.map((r) => r.split(',').slice(0, 2).join('|')));
    for (const p of all) expect(listed.has(`${p.source}|${p.day}`)).toBe(true);
    expect(email.text).toContain(`deletion-receipt-DEL-12.csv (5,480 rows), SHA-256 ${sha256Hex(file.content)}`);
    expect(visible(email.html)).toContain(sha256Hex(file.content));
  });

  it('a receipt with gaps lists a few ranges per source and points to the file for the rest', () => {
    const gappy = days('2022-01-01', '2024-12-31').filter((_, i) => i % 2 === 0).flatMap((d) => sources.map((s) => partition(s, d)));
    const email = render('completed', ticket({ ...purge, result: { outcome: 'completed', summary: '', receipt: { ...RECEIPT, partitions: gappy } } }));
    expect(Buffer.byteLength(email.html) + Buffer.byteLength(email.text)).toBeLessThan(100_000);
    expect(email.text).toContain('…and 542 more ranges (all in the attached file)');
    expect(email.attachments![0].content.trimEnd().split('\r\n')).toHaveLength(gappy.length + 1);
  });

  it('a spreadsheet never runs a cell of the file as a formula', () => {
    const email = render('completed', ticket({ status: 'completed', result: { outcome: 'completed', summary: '', receipt: { ...RECEIPT, partitions: [partition('=HYPERLINK("http://x")', '2024-03-01')] } } }));
    expect(email.attachments![0].content.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",2024-03-01,/);
  });
});
