import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Ticket, CustomerEmail } from '../../src/domain/ticket';
import type { CatalogWorkspace } from '../../src/domain/catalog';
import { renderCustomerEmail, type EmailContext } from '../../src/domain/email/render';
import { describeScope, formatDateTime, missingQuestions } from '../../src/domain/email/summary';
import { compileTemplateSet, defaultTemplatesDir, loadEmailTemplates, readTemplateSources, CUSTOMER_EMAILS } from '../../src/services/emailTemplates';

const templates = await loadEmailTemplates();

const acme: CatalogWorkspace = {
  id: 'ws_8f2k1',
  slug: 'acme-inc',
  name: 'Acme Inc',
  contacts: ['ana@acme.example'],
  deletedAt: null,
  sources: [
    { id: 'src_91ab', slug: 'ios-app', name: 'iOS App' },
    { id: 'src_22cd', slug: 'web-site', name: 'Website' },
  ],
  spaces: [{ id: 'spa_77', name: 'Default Space' }],
};

function ticket(patch: Partial<Ticket> = {}): Ticket {
  return {
    id: 12,
    kind: 'source_data',
    status: 'awaiting_approval',
    workspace: 'acme-inc',
    sources: ['ios-app'],
    space: null,
    ranges: [{ from: '2024-03-01', to: '2024-03-03' }],
    missing: [],
    ambiguities: [],
    notes: [],
    requester: 'ana@acme.example',
    createdBy: 'email:ana@acme.example',
    verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    approvals: [], confirmation: { state: 'pending', by: null, at: null, reason: null },
    requestedAt: '2024-03-01T10:00:00.000Z',
    runAfter: null,
    deadline: null,
    rejectReason: null,
    cancelledBy: null,
    result: null,
    version: 1,
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
    ...patch,
  };
}

function render(name: CustomerEmail, t: Ticket, extra: Partial<EmailContext> = {}) {
  return renderCustomerEmail(templates, name, { ticket: t, supportAddress: 'deletions@desk.example', productName: 'Segment', graceDays: 5, workspace: acme, ...extra });
}

/** What a reader of the HTML part sees: tags removed, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    // Inline tags join words; block tags separate them.
    .replace(/<\/?(strong|b|em|span|a|code)\b[^>]*>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const NOT_FORWARDED = /NOT forwarded to your destinations, warehouses or any third parties/;
const SOURCE_SCOPE = 'Delete the data of source ios-app (iOS App) in workspace acme-inc (Acme Inc) for 1 March 2024 to 3 March 2024 (UTC days).';

const purge = (patch: Partial<Ticket> = {}) =>
  ticket({ kind: 'workspace_purge', sources: [], ranges: [], deadline: '2024-03-31T10:00:00.000Z', ...patch });

const receipt = {
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  startedAt: '2024-03-05T14:00:00.000Z',
  finishedAt: '2024-03-05T14:03:27.000Z',
  partitions: [
    { source: 'ios-app', day: '2024-03-01', objects: 1204, bytes: 1_572_864 },
    { source: 'ios-app', day: '2024-03-02', objects: 3, bytes: 512 },
  ],
};

// Each row: the template, the ticket, extra context, and what the customer must be able to read
// (in the subject, and in both the text part and the visible HTML part).
const cases: [label: string, name: CustomerEmail, t: Ticket, extra: Partial<EmailContext>, subject: RegExp, mustSay: (string | RegExp)[]][] = [
  ['received: source data', 'received', ticket(), {}, /^\[DEL-12\] Please confirm: source data of acme-inc$/, [
    'Received: please confirm', 'You can: Reply "confirm" if the scope below is right, or reply with a correction.',
    // The confirmation list below is the scope: it is not said twice.
    'opened ticket DEL-12', 'What happens next', 'Our team reviews the request.', 'It runs as soon as it is approved and confirmed.', NOT_FORWARDED,
    // The requester is a contact: the acknowledgement is the confirmation request.
    'Please confirm exactly what will be deleted:', 'Workspace: Acme Inc (acme-inc)', 'Source: iOS App (ios-app)', 'UTC days: Fri 1 March 2024 – Sun 3 March 2024, 3 days',
    'Why we ask: a deletion cannot be undone', 'reply to this email with the word "confirm"',
    'touches only the raw event data in our archive',
  ]],
  ['received: workspace purge waits and can be cancelled', 'received', purge(), {}, /^\[DEL-12\] Please confirm: data purge of acme-inc$/, [
    'Request: delete all data of the workspace: every archived day of every source below, and every Unify space below',
    'two different members of the team must approve it',
    'It does not run before Wednesday 6 March 2024, 10:00 UTC, 5 calendar days after your request',
    'Until then you can cancel it: reply "cancel".', 'It will be completed by Sunday 31 March 2024.', NOT_FORWARDED,
    "touches only the raw event data in our archive and the workspace's Unify spaces",
  ]],
  ['received: unverified sender is told', 'received', ticket({ verification: { contact: false, auth: 'none', spoofSuspected: false, overriddenBy: null } }), {}, /\[DEL-12\]/, [
    'not listed as a contact of this workspace',
  ]],
  ['received: a requester who is not a contact is told a registered contact must confirm', 'received', ticket({ requester: 'eve@elsewhere.example' }), {}, /\[DEL-12\]/, [
    'Before anything is deleted, a registered contact of the workspace must confirm the request in writing.',
  ]],
  ['confirm: the request to the contacts, with the scope and the words it came from', 'confirm',
    ticket({ requester: 'eve@elsewhere.example', evidence: { kind: 'delete', workspace: 'acme', sources: [{ slug: 'ios-app', text: 'the iOS source' }], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-03', text: 'March 1-3' }] } }), {},
    /^\[DEL-12\] Please confirm: source data of acme-inc$/, [
      'for which you are a registered contact (DEL-12, sent by eve@elsewhere.example)',
      'Source: iOS App (ios-app) (the request says: "the iOS source")', 'UTC days: Fri 1 March 2024 – Sun 3 March 2024, 3 days (the request says: "March 1-3")',
      'Why we ask:', 'reply "cancel" to this email', NOT_FORWARDED,
    ]],
  ['confirm: a purge lists every source and space of the workspace', 'confirm', purge({ requester: 'eve@elsewhere.example' }), {}, /Please confirm/, [
    'Workspace: Acme Inc (acme-inc)', 'Source: iOS App (ios-app)', 'Source: Website (web-site)', 'Unify space: Default Space (spa_77)',
  ]],
  ['needs_info: missing fields and an ambiguous date', 'needs_info',
    ticket({ status: 'needs_info', workspace: null, sources: [], ranges: [], missing: ['workspace', 'source', 'time frame'], ambiguities: ["'03/04/2024' could be 3 April or 4 March"] }), { workspace: undefined },
    /^\[DEL-12\] Question: your data deletion request$/, [
      'We need your answer', 'You can: Reply with your answers to the 3 questions below.',
      '1. Which workspace? Please reply with its slug, as shown in Settings → General.', 'For example: "The workspace is acme-inc."',
      '2. Which source or sources?',
      // The missing days and the doubt about a date are one question, with an example that is not a day she wrote.
      "3. '03/04/2024' could be 3 April or 4 March. Which days? We delete whole UTC days", 'For example: "From 1 March 2024 to 3 March 2024."',
      'Nothing will be deleted until the request is complete', NOT_FORWARDED,
    ]],
  ['needs_info: unknown request', 'needs_info', ticket({ kind: 'unknown', status: 'needs_info', workspace: null, sources: [], ranges: [], missing: ['request'] }), {}, /\[DEL-12\]/, [
    'What would you like us to delete?', 'We could not yet tell what you would like us to delete.',
  ]],
  ['scheduled: a purge after the grace period', 'scheduled', purge({ status: 'scheduled', runAfter: '2024-03-06T10:00:00.000Z' }), {},
    /^\[DEL-12\] Scheduled for 6 March 2024: data purge of acme-inc$/, [
      'When it runs: Wednesday 6 March 2024, 10:00 UTC.', 'You can cancel it until Wednesday 6 March 2024, 10:00 UTC: reply "cancel" to this email.',
      'cannot be stopped or undone', NOT_FORWARDED,
    ]],
  // A source deletion runs the moment it is approved: by the time this is read it has run, so the
  // email says so and does not invite a cancel that would come too late.
  ['scheduled: a source deletion runs now', 'scheduled', ticket({ status: 'scheduled', runAfter: '2024-03-05T14:00:00.000Z' }), {},
    /^\[DEL-12\] Approved, running now: source data of acme-inc$/, [
      'the deletion is running now: source data deletions start as soon as they are approved.', 'What is being deleted:',
      'It started on Tuesday 5 March 2024, 14:00 UTC and cannot be stopped or undone.', 'with a receipt of what was removed', SOURCE_SCOPE, NOT_FORWARDED,
    ]],
  ['rejected: the staff reason verbatim', 'rejected', ticket({ status: 'rejected', rejectReason: 'We could not verify that you are a contact of "acme-inc" & the dates\nare more than 2 years old <legal hold>.' }), {},
    /^\[DEL-12\] Not approved: source data of acme-inc$/, [
      'We could not verify that you are a contact of "acme-inc" & the dates', 'are more than 2 years old <legal hold>.', 'Nothing has been deleted.', SOURCE_SCOPE,
    ]],
  ['cancelled by the requester', 'cancelled', ticket({ status: 'cancelled', cancelledBy: 'email:ana@acme.example' }), {}, /^\[DEL-12\] Cancelled: source data of acme-inc$/, [
    'has been cancelled as you asked. Nothing has been deleted.',
  ]],
  ['cancelled by another contact', 'cancelled', ticket({ status: 'cancelled', cancelledBy: 'email:ops@acme.example' }), {}, /\[DEL-12\]/, [
    'has been cancelled by ops@acme.example, a contact of your workspace.',
  ]],
  ['cancelled by staff (no Slack id shown)', 'cancelled', ticket({ status: 'cancelled', cancelledBy: 'staff:U024BE7LH' }), {}, /\[DEL-12\]/, [
    'has been cancelled by our support team.',
  ]],
  ['updated: the changes and the new scope', 'updated', ticket({ ranges: [{ from: '2024-03-01', to: '2024-03-04' }] }),
    { data: { changes: ['ranges: 2024-03-01..2024-03-03 → 2024-03-01..2024-03-04'] } }, /^\[DEL-12\] Updated, please confirm: source data of acme-inc$/, [
      'Days: 4 March 2024 (added)',
      // The confirmation list is the new scope: it is not said twice.
      'UTC days: Fri 1 March 2024 – Mon 4 March 2024, 4 days', 'has to be approved again', 'reply "cancel"', NOT_FORWARDED,
    ]],
  ['completed with a receipt', 'completed',
    ticket({ status: 'completed', result: { outcome: 'completed', summary: 'Deleted 1,207 objects in 2 partitions.', receipt } }), {},
    /^\[DEL-12\] Completed: source data of acme-inc$/, [
      'is done.', 'Result: Deleted 1,207 files (1.6 MB) from 1 source (1 March 2024 to 2 March 2024). We checked afterwards: nothing remains', 'Your receipt',
      `Started ${formatDateTime(receipt.startedAt)}, finished Tuesday 5 March 2024, 14:03 UTC.`,
      'iOS App (ios-app): 2 days · 1,207 files · 1.6 MB', '1 March 2024 to 2 March 2024 (2 days)', 'Complete list attached: deletion-receipt-DEL-12.csv (2 rows), SHA-256',
      `SHA-256 of the full deletion record: ${receipt.sha256}`, NOT_FORWARDED,
    ]],
  ['completed without a receipt', 'completed', ticket({ status: 'completed', result: { outcome: 'completed', summary: 'Deleted 3 partitions.' } }), {},
    /^\[DEL-12\] Completed: source data of acme-inc$/, ['is done.', 'Result: The deletion is complete.', SOURCE_SCOPE, NOT_FORWARDED]],
  ['partial', 'completed', ticket({ status: 'partial', result: { outcome: 'partial', summary: '2 of 3 partitions deleted.' } }), {},
    /^\[DEL-12\] Partly completed: source data of acme-inc$/, ['was only partly completed', 'Result: Part of the request could not be deleted yet']],
  ['failed', 'completed', ticket({ status: 'failed', result: { outcome: 'failed', summary: 'The archive was unreachable.' } }), {},
    /^\[DEL-12\] Could not be completed: source data of acme-inc$/, ['could not be completed', 'Nothing outside the approved scope was touched.', 'Result: Nothing could be deleted yet; our team has been alerted']],
  ['status of several tickets', 'status', ticket({ kind: 'status', status: 'needs_info', sources: [], ranges: [] }), {
    data: {
      tickets: [
        purge({ id: 7, status: 'scheduled', runAfter: '2024-03-06T10:00:00.000Z' }),
        purge({ id: 8, status: 'awaiting_approval', approvals: [{ by: 'staff:U1', at: '2024-03-02T00:00:00Z' }], confirmation: { state: 'confirmed', by: 'email:ana@acme.example', at: '2024-03-02T00:00:00Z', reason: null } }),
        ticket({ id: 9, status: 'rejected', rejectReason: 'Duplicate of DEL-7.' }),
        ticket({ id: 10, status: 'awaiting_approval', approvals: [{ by: 'staff:U1', at: '2024-03-02T00:00:00Z' }] }),
      ],
      notFound: ['DEL-99'],
    },
  }, /^\[DEL-12\] Status of your requests$/, [
    // Where each stands first (what was asked), then what it is about.
    'DEL-7: Approved and scheduled to run on Wednesday 6 March 2024, 10:00 UTC.', 'Delete all data of workspace acme-inc',
    'DEL-8:', '(1 of 2 approvals so far)',
    'DEL-9:', 'Rejected by our team. Reason: Duplicate of DEL-7.',
    'DEL-10:', 'Approved by our team; waiting for the written confirmation of a registered contact of the workspace',
    'We found no request we can show you for DEL-99', NOT_FORWARDED,
  ]],
  ['user data: the self-serve flow', 'user_data', ticket({ kind: 'user_data', status: 'completed', workspace: null, sources: [], ranges: [] }), {},
    /^\[DEL-12\] Self-serve: deleting an end user's data$/, [
      'self-serve in Segment', 'User Deletion and Suppression', 'https://docs.segment.example/privacy/user-deletion-and-suppression/',
      'We have let our support team know', 'This ticket has not deleted anything.',
    ]],
];

describe('renderCustomerEmail: what the customer reads', () => {
  it.each(cases)('%s', (_label, name, t, extra, subject, mustSay) => {
    const email = render(name, t, extra);
    expect(email.subject).toMatch(subject);
    const html = visible(email.html);
    for (const expected of mustSay) {
      if (typeof expected === 'string') {
        expect(email.text).toContain(expected);
        expect(html).toContain(expected.replace(/\s+/g, ' ').replace(/^\d+\. /, ''));
      } else {
        expect(email.text).toMatch(expected);
        expect(html).toMatch(expected);
      }
    }
  });

  it('the line for a requester who is not a contact is the same whether the workspace exists or not', () => {
    const line = (t: Ticket, workspace: CatalogWorkspace | undefined) => renderCustomerEmail(templates, 'received', { ticket: t, supportAddress: 'deletions@desk.example', productName: 'Segment', graceDays: 5, workspace }).text.split('\n').filter((l) => /registered contact/.test(l));
    const known = line(ticket({ requester: 'eve@elsewhere.example' }), acme);
    expect(known.length).toBeGreaterThan(0);
    expect(line(ticket({ requester: 'eve@elsewhere.example', workspace: 'no-such-ws' }), undefined)).toEqual(known);
    expect(known[0]).not.toMatch(/acme|Acme/);
  });

  it('a contact requester is not told someone else must confirm, and nothing is asked once confirmed', () => {
    expect(render('received', ticket(), {}).text).not.toMatch(/If you are not one/);
    const confirmed = render('received', ticket({ confirmation: { state: 'confirmed', by: 'email:ana@acme.example', at: '2024-03-12T10:00:00.000Z', reason: null } }), {}).text;
    expect(confirmed).not.toMatch(/Please confirm/);
    expect(confirmed).toContain('It runs as soon as it is approved.');
  });

  it('leaves the receipt out when it is absent or malformed', () => {
    for (const result of [
      { outcome: 'completed' as const, summary: 'Done.' },
      { outcome: 'completed' as const, summary: 'Done.', receipt: { partitions: 'nope' } },
    ]) {
      const email = render('completed', ticket({ status: 'completed', result }));
      expect(email.text).not.toContain('Your receipt');
      expect(email.html).not.toContain('Your receipt');
      expect(email.attachments).toBeUndefined();
      expect(email.text).toContain('Result: The deletion is complete.');
    }
  });

  it('says so when the receipt lists no objects', () => {
    const email = render('completed', ticket({ status: 'completed', result: { outcome: 'completed', summary: 'Nothing stored.', receipt: { ...receipt, partitions: [] } } }));
    expect(email.text).toContain('We found no stored data in what you asked us to delete, so there was nothing to remove.');
    expect(email.text).toContain(`SHA-256 of this check: ${receipt.sha256}`);
    expect(email.text).not.toContain('What was deleted');
    expect(email.attachments).toBeUndefined();
  });

  it('agrees in number and never repeats a unit', () => {
    const one = { ...receipt, partitions: [{ source: 'ios-app', day: '2024-03-01', objects: 1, bytes: 37 }] };
    const email = render('completed', ticket({ status: 'completed', result: { outcome: 'completed', summary: 'Done.', receipt: one } }));
    for (const body of [email.text, visible(email.html)]) {
      expect(body).toContain('iOS App (ios-app): 1 day · 1 file · 37 bytes');
      expect(body).toContain('Deleted 1 file (37 bytes) from 1 source (1 March 2024).');
      expect(body).not.toMatch(/1 files|1 days|37 bytes \(37 bytes\)/);
    }
  });

  it('the scheduled email of a purge still offers the cancel window', () => {
    const email = render('scheduled', purge({ status: 'scheduled', runAfter: '2024-03-06T10:00:00.000Z' }));
    expect(email.text).not.toContain('running now');
  });

  it('answers in the customer\'s thread when given their subject', () => {
    expect(render('received', ticket(), { replyToSubject: 'RE: Please delete iOS data' }).subject).toBe('Re: [DEL-12] Please confirm: source data of acme-inc');
  });

  it('does not offer a cancel once a scheduled deletion would refuse it', () => {
    const email = render('updated', ticket({ status: 'running' }), { data: { changes: [] } });
    expect(email.text).not.toContain('"cancel"');
  });
});

describe('every template, for every kind of ticket', () => {
  const evil = ticket({
    workspace: '<script>alert("ws")</script>',
    sources: ['<img src=x onerror=alert(1)>'],
    rejectReason: '<b>no</b> & "never"',
    status: 'rejected',
    result: { outcome: 'completed', summary: '<script>alert("sum")</script>', receipt: { ...receipt, partitions: [{ source: '<script>x</script>', day: '2024-03-01', objects: 1, bytes: 1 }] } },
  });

  it.each([...CUSTOMER_EMAILS])('%s: subject tagged, text has no HTML, HTML stays inert', (name) => {
    const email = render(name, evil, { workspace: undefined, data: { changes: ['workspace: a → <script>alert(2)</script>'], tickets: [evil] } });
    expect(email.subject).toMatch(/^\[DEL-12\] \S/);
    expect(email.subject).not.toMatch(/[\r\n]/);
    // Only what the customer wrote may look like markup in text/plain, and nothing is entity-escaped.
    const textWithoutData = email.text.replace(/<script>alert\("ws"\)<\/script>|<img src=x onerror=alert\(1\)>|<b>no<\/b>|<script>alert\("sum"\)<\/script>|<script>x<\/script>|<script>alert\(2\)<\/script>/g, '');
    expect(textWithoutData).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(email.text).not.toMatch(/&(lt|gt|amp|quot|#x27);/);
    expect(email.html).toMatch(/^<!DOCTYPE html>/);
    expect(email.html).toContain('DEL-12');
    expect(email.html).not.toMatch(/<script|<img|<b>no/i);
    expect(email.html).not.toContain('onerror=alert');
  });

  it('shows the hostile workspace name escaped, not dropped', () => {
    const email = render('received', evil);
    expect(email.html).toContain('&lt;script&gt;alert(&quot;ws&quot;)&lt;/script&gt;');
    expect(email.text).toContain('workspace <script>alert("ws")</script>');
  });

  it('quotes a rejection reason verbatim in text and escaped in HTML', () => {
    const email = render('rejected', evil);
    expect(email.text).toContain('<b>no</b> & "never"');
    expect(email.html).toContain('&lt;b&gt;no&lt;/b&gt; &amp; &quot;never&quot;');
  });

  it.each(['received', 'needs_info', 'scheduled', 'updated', 'completed', 'status'] as const)('%s says the deletion is not forwarded', (name) => {
    const email = render(name, purge({ status: 'scheduled', runAfter: '2024-03-06T10:00:00.000Z', result: { outcome: 'completed', summary: 'ok' } }));
    expect(email.text).toMatch(NOT_FORWARDED);
    expect(visible(email.html)).toMatch(NOT_FORWARDED);
  });
});

describe('describeScope and missingQuestions', () => {
  it.each<[string, Partial<Ticket>, string]>([
    ['one source, one range', {}, SOURCE_SCOPE],
    ['two sources, a single day and a range', { sources: ['ios-app', 'web-site'], ranges: [{ from: '2024-03-01', to: '2024-03-01' }, { from: '2024-03-10', to: '2024-03-12' }] },
      'Delete the data of sources ios-app (iOS App) and web-site (Website) in workspace acme-inc (Acme Inc) for 1 March 2024 and 10 March 2024 to 12 March 2024 (UTC days).'],
    ['a single day', { ranges: [{ from: '2024-02-29', to: '2024-02-29' }] }, 'for 29 February 2024 (UTC day).'],
    ['a space', { kind: 'unify_space', space: 'Default Space', sources: [], ranges: [] }, 'Delete the Unify space "Default Space" in workspace acme-inc (Acme Inc), with everything stored in it.'],
    ['an archive purge', { kind: 'archive_purge', sources: [], ranges: [] }, 'Purge the archive of the deleted workspace acme-inc (Acme Inc): every archived day of every one of its sources.'],
    ['unknown parts stay unknown', { workspace: null, sources: [], ranges: [] }, 'Delete the data of a source we could not identify yet in a workspace we could not identify yet for days we do not know yet.'],
  ])('%s', (_label, patch, expected) => {
    expect(describeScope(ticket(patch), acme).join(' ')).toContain(expected);
  });

  it('uses slugs alone without the catalog', () => {
    expect(describeScope(ticket())).toEqual(['Delete the data of source ios-app in workspace acme-inc for 1 March 2024 to 3 March 2024 (UTC days).']);
  });

  it('asks for an hour-based request in whole UTC days', () => {
    const [q] = missingQuestions(ticket({ ambiguities: ['You asked for 14:00 to 16:00 on 4 March; we can only delete whole UTC days'] }));
    expect(q.question).toBe('You asked for 14:00 to 16:00 on 4 March; we can only delete whole UTC days. Could you clarify?');
    // The ticket already holds 1 to 3 March: the example must not repeat a day the customer gave.
    expect(q.example).toBe('From 10 June 2024 to 12 June 2024.');
  });

  it('gives every question an example', () => {
    const qs = missingQuestions(ticket({ kind: 'unify_space', workspace: null, space: null, missing: ['workspace', 'space'], ambiguities: ['Two sources are called "web"'] }), acme);
    expect(qs.map((q) => q.field)).toEqual(['workspace', 'space', 'ambiguity']);
    for (const q of qs) expect(q.example.length).toBeGreaterThan(5);
    expect(qs[1].example).toBe('The space is "Default Space".');
    expect(qs[2].example).toBe('Only source ios-app.');
  });
});

describe('formatDateTime', () => {
  it.each([
    ['2024-03-05T14:00:00Z', 'Tuesday 5 March 2024, 14:00 UTC'],
    ['2024-03-05T23:30:00-05:00', 'Wednesday 6 March 2024, 04:30 UTC'],
    ['2024-12-31T00:05:00Z', 'Tuesday 31 December 2024, 00:05 UTC'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateTime(iso)).toBe(expected);
  });
});

describe('the template files', () => {
  it('are found from this file, not from the working directory', () => {
    expect(path.resolve(defaultTemplatesDir())).toBe(path.resolve(fileURLToPath(new URL('../../templates/', import.meta.url))));
  });

  it('refuse to load when one is missing, naming the file', async () => {
    const sources = { ...(await readTemplateSources()) };
    delete sources['scheduled.html.hbs'];
    expect(() => compileTemplateSet(sources)).toThrow(/scheduled\.html\.hbs is missing/);
  });

  it('refuse a template that does not compile, naming the file', async () => {
    const sources = { ...(await readTemplateSources()), 'rejected.text.hbs': 'Hello {{#if reason}} unclosed' };
    expect(() => compileTemplateSet(sources)).toThrow(/rejected\.text\.hbs does not compile/);
  });

  it('refuse helpers that do not exist (a typo would print nothing)', async () => {
    const sources = { ...(await readTemplateSources()), 'status.text.hbs': '{{#eq a b}}x{{/eq}}' };
    expect(() => compileTemplateSet(sources)).toThrow(/status\.text\.hbs/);
  });
});
