import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/adapters/mail/readMessage';
import type { InboundMessage } from '../../src/domain/message';
import { detectAutomated, type AutomatedRule } from '../../src/domain/email/automated';

const own = { supportAddress: 'deletions@desk.example', ownMessageIdDomain: 'desk.example' };
const fixtures = fileURLToPath(new URL('../fixtures/automated/', import.meta.url));

async function fixture(name: string): Promise<InboundMessage> {
  return readMessage(await readFile(`${fixtures}${name}`));
}

describe('detectAutomated on real-looking auto-replies and bounces', () => {
  // Each file must be flagged, and by the rule that really explains it (the first, most certain one).
  const corpus: [file: string, rule: AutomatedRule, reasonMentions: RegExp][] = [
    ['gmail-vacation.eml', 'auto_submitted', /automatic reply.*Auto-Submitted: auto-replied/],
    ['outlook-oof.eml', 'auto_submitted', /Auto-Submitted: auto-generated/],
    ['exchange-oof-suppress-only.eml', 'auto_response_suppress', /Outlook\/Exchange.*X-Auto-Response-Suppress/],
    ['postfix-bounce.eml', 'delivery_report', /delivery failure report \(bounce\)/],
    ['exim-bounce.eml', 'auto_submitted', /Auto-Submitted: auto-replied/],
    ['google-dsn.eml', 'delivery_report', /bounce/],
    ['google-groups-list.eml', 'precedence', /mailing-list mail \(Precedence: list\)/],
    ['newsletter-list.eml', 'mailing_list', /mailing list/],
    ['zendesk-robot.eml', 'auto_submitted', /generated automatically/],
    ['own-reply-loop.eml', 'own_mail', /our own support address \(deletions@desk\.example\)/],
    ['own-message-id-rewritten-from.eml', 'own_mail', /Message-ID .*desk\.example.* made by us/],
    ['german-abwesenheitsnotiz.eml', 'subject', /Abwesenheitsnotiz: Löschung der Daten/],
    ['exchange-ndr-undeliverable.eml', 'subject', /Undeliverable:/],
  ];

  it.each(corpus)('%s is automated (%s)', async (file, rule, reasonMentions) => {
    const verdict = detectAutomated(await fixture(file), own);
    expect(verdict).toMatchObject({ automated: true, rule });
    if (verdict.automated) expect(verdict.reason).toMatch(reasonMentions);
  });

  it('covers every fixture file in the folder', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(fixtures)).filter((f) => f.endsWith('.eml')).sort();
    expect(files).toEqual(corpus.map(([f]) => f).sort());
  });
});

describe('detectAutomated leaves mail from people alone', () => {
  const people = [
    'human/gmail-request.eml',
    // "automatic", "out of office" and "auto-reply" in the subject and the text of a real request.
    'human/says-automatic.eml',
    // RFC 3834 §5: "no" explicitly means written by a person.
    'human/reply-auto-submitted-no.eml',
    // A reply to our mail quoting our Auto-Submitted / X-Deletion-Desk lines in its body.
    'human/outlook-person.eml',
    'human/html-only-french.eml',
  ];
  it.each(people)('%s is not automated', async (file) => {
    expect(detectAutomated(await fixture(file), own)).toEqual({ automated: false });
  });
});

describe('detectAutomated rules one by one', () => {
  const person: InboundMessage = {
    messageId: 'CAJvKr9@mail.gmail.com',
    from: { address: 'ana@acme.example', name: 'Ana' },
    to: [{ address: 'deletions@desk.example', name: '' }],
    cc: [],
    replyTo: null,
    subject: 'Please delete our iOS data',
    date: new Date('2024-03-04T10:00:00Z'),
    text: 'Please delete the data of source ios-app for 1 March 2024.',
    html: null,
    inReplyTo: null,
    references: [],
    headers: {},
    contentType: 'text/plain',
    attachments: [],
  };
  const withHeaders = (headers: Record<string, string>, extra: Partial<InboundMessage> = {}): InboundMessage => ({ ...person, ...extra, headers });

  const automated: [name: string, msg: InboundMessage, rule: AutomatedRule][] = [
    ['Auto-Submitted: auto-replied', withHeaders({ 'auto-submitted': 'auto-replied' }), 'auto_submitted'],
    ['Auto-Submitted with parameters', withHeaders({ 'auto-submitted': 'auto-notified; owner-email="x@y.example"' }), 'auto_submitted'],
    ['Auto-Submitted: an unknown extension value', withHeaders({ 'auto-submitted': 'auto-forwarded' }), 'auto_submitted'],
    ['Precedence: bulk', withHeaders({ precedence: 'bulk' }), 'precedence'],
    ['Precedence: junk', withHeaders({ precedence: 'junk' }), 'precedence'],
    ['Precedence: list', withHeaders({ precedence: 'list' }), 'precedence'],
    ['Precedence: auto_reply', withHeaders({ precedence: 'auto_reply' }), 'precedence'],
    ['X-Auto-Response-Suppress: All', withHeaders({ 'x-auto-response-suppress': 'All' }), 'auto_response_suppress'],
    ['X-Auto-Response-Suppress: OOF', withHeaders({ 'x-auto-response-suppress': 'OOF' }), 'auto_response_suppress'],
    ['X-Auto-Response-Suppress: DR, NDR', withHeaders({ 'x-auto-response-suppress': 'DR, NDR' }), 'auto_response_suppress'],
    ['X-Auto-Response-Suppress: AutoReply', withHeaders({ 'x-auto-response-suppress': 'AutoReply' }), 'auto_response_suppress'],
    ['X-Autoreply: yes', withHeaders({ 'x-autoreply': 'yes' }), 'autoreply_header'],
    ['X-Autorespond (empty)', withHeaders({ 'x-autorespond': '' }), 'autoreply_header'],
    ['X-Autogenerated: Reply', withHeaders({ 'x-autogenerated': 'Reply' }), 'autoreply_header'],
    ['multipart/report DSN', withHeaders({ 'content-type': 'multipart/report; report-type=delivery-status; boundary=b' }, { contentType: 'multipart/report' }), 'delivery_report'],
    ['report-type=delivery-status on another type', withHeaders({ 'content-type': 'multipart/mixed; report-type="delivery-status"' }, { contentType: 'multipart/mixed' }), 'delivery_report'],
    ['Return-Path: <> (read as empty)', withHeaders({ 'return-path': '' }), 'null_return_path'],
    ['Return-Path: <>', withHeaders({ 'return-path': '<>' }), 'null_return_path'],
    ['X-Failed-Recipients', withHeaders({ 'x-failed-recipients': 'gone@acme.example' }), 'failed_recipients'],
    ['From MAILER-DAEMON', withHeaders({}, { from: { address: 'mailer-daemon@mx.example', name: '' } }), 'system_sender'],
    ['From postmaster', withHeaders({}, { from: { address: 'postmaster@acme.example', name: '' } }), 'system_sender'],
    ['From noreply', withHeaders({}, { from: { address: 'noreply@acme.example', name: '' } }), 'system_sender'],
    ['From no-reply+tag', withHeaders({}, { from: { address: 'no-reply+alerts@acme.example', name: '' } }), 'system_sender'],
    ['From do-not-reply', withHeaders({}, { from: { address: 'do-not-reply@acme.example', name: '' } }), 'system_sender'],
    ['List-Id', withHeaders({ 'list-id': '<data.acme.example>' }), 'mailing_list'],
    ['List-Unsubscribe', withHeaders({ 'list-unsubscribe': '<mailto:u@acme.example>' }), 'mailing_list'],
    ['Subject Out of Office', withHeaders({}, { subject: 'Out of Office' }), 'subject'],
    ['Subject Automatic reply:', withHeaders({}, { subject: 'Automatic reply: Please delete our iOS data' }), 'subject'],
    ['Subject Undeliverable:', withHeaders({}, { subject: 'Undeliverable: [DEL-3] Request received' }), 'subject'],
    ['Subject Delivery Status Notification', withHeaders({}, { subject: 'Delivery Status Notification (Delay)' }), 'subject'],
    ['Subject Abwesenheitsnotiz', withHeaders({}, { subject: 'Abwesenheitsnotiz' }), 'subject'],
    ['Subject Automatische Antwort:', withHeaders({}, { subject: 'Automatische Antwort: Löschung' }), 'subject'],
    ['Subject Réponse automatique :', withHeaders({}, { subject: 'Réponse automatique : suppression' }), 'subject'],
    ['Subject behind Re:', withHeaders({}, { subject: 'RE: Automatic reply: x' }), 'subject'],
    ['From = our support address', withHeaders({}, { from: { address: 'deletions@desk.example', name: 'Desk' } }), 'own_mail'],
    ['X-Deletion-Desk header', withHeaders({ 'x-deletion-desk': '1' }), 'own_mail'],
    ['Message-ID in our domain', withHeaders({}, { messageId: 'lt9x.abc@DESK.example' }), 'own_mail'],
    ['X-Loop naming our address', withHeaders({ 'x-loop': 'deletions@desk.example' }), 'own_mail'],
  ];
  it.each(automated)('%s → automated', (_name, msg, rule) => {
    const verdict = detectAutomated(msg, own);
    expect(verdict).toMatchObject({ automated: true, rule });
    if (verdict.automated) expect(verdict.reason.length).toBeGreaterThan(20);
  });

  const notAutomated: [name: string, msg: InboundMessage][] = [
    ['a plain request', person],
    ['Auto-Submitted: no', withHeaders({ 'auto-submitted': 'no' })],
    ['Auto-Submitted: No (case)', withHeaders({ 'auto-submitted': 'No' })],
    ['Precedence: first-class', withHeaders({ precedence: 'first-class' })],
    ['X-Auto-Response-Suppress: RN, NRN (read receipts only)', withHeaders({ 'x-auto-response-suppress': 'RN, NRN' })],
    ['X-Autoreply: no', withHeaders({ 'x-autoreply': 'no' })],
    ['Return-Path with an address', withHeaders({ 'return-path': '<ana@acme.example>' })],
    ['Subject mentions automatic', withHeaders({}, { subject: 'Automatic deletion of old data?' })],
    ['Subject asks about undeliverable data', withHeaders({}, { subject: 'Question about undeliverable events in ios-app' })],
    ['Reply to our ticket', withHeaders({}, { subject: 'Re: [DEL-12] Request received', inReplyTo: 'lt9x.abc@desk.example' })],
    ['Message-ID in a look-alike domain', withHeaders({}, { messageId: 'x@notdesk.example' })],
    ['a sender called Nora Eply', withHeaders({}, { from: { address: 'nora.eply@acme.example', name: 'Nora Eply' } })],
    ['X-Loop of another system', withHeaders({ 'x-loop': 'helpdesk@acme.example' })],
  ];
  it.each(notAutomated)('%s → not automated', (_name, msg) => {
    expect(detectAutomated(msg, own)).toEqual({ automated: false });
  });
});
