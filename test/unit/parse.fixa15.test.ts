/**
 * Three readings of the last round made safe again: "our data with you" is a whole purge only when
 * nothing after it picks out part of the data; a stranger's "how to" sentence does not hide a request
 * that names our workspace or asks the desk to act; and a body that opens with a non-text Content-Type
 * block (a program's output quoted above the request) is not read as the message's own headers.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { readMessage } from '../../src/adapters/mail/readMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { InboundMessage } from '../../src/domain/message';
import type { ParseResult } from '../../src/domain/request';
import { catalogWorkspace } from '../support/catalogWorkspace';
import { textMessage } from '../support/textMessage';

const OWNER = 'lena@brightmoor.example';
const catalog = indexCatalog({
  workspaces: [
    catalogWorkspace('brightmoor', 'Brightmoor Labs', [['bm-android', 'Android App'], ['bm-web', 'Web Shop'], ['bm-backend', 'Backend']], ['Default Space'], [OWNER]),
    catalogWorkspace('tallow', 'Tallow & Co', [['tallow-pos', 'Till Feed'], ['tallow-web', 'Web']], [], ['raj@tallow.example']),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-09T11:00:00Z');
const read = (message: InboundMessage): ParseResult => contractView(parseRequest(message, catalog, { now: NOW }));
const parse = (text: string, from = OWNER, subject = 'Our account'): ParseResult => read(textMessage(text, { from, date: new Date('2027-06-08T09:00:00Z'), subject }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('"our data with you" followed by words that narrow it', () => {
  it.each([
    'Hi, this is Brightmoor (brightmoor). Please remove our data with you related to customer 88412 (erasure request).',
    'Hi, this is Brightmoor (brightmoor). Please remove our data with you older than 60 days.',
    'Hi, this is Brightmoor (brightmoor). Please remove our data with you from the phone apps.',
    'Hi, this is Brightmoor (brightmoor). Please remove our data with you that was sent by the beta build.',
    'Hi, this is Brightmoor (brightmoor). Please remove our data with you for the dummy accounts our testers made.',
    'Hi, this is Brightmoor (brightmoor). Please remove our data with you of the spring campaign.',
  ])('is no workspace purge, and asks: %s', (text) => {
    const r = parse(text);
    expect(r.kind).not.toBe('workspace_purge');
    expect(r.workspace).toBe('brightmoor');
    expect(asks(r)).toBe(true);
  });

  it('stays a whole purge when the sentence ends with it', () => {
    const r = parse('Hi, we are closing down. Please remove our data with you. Workspace brightmoor.');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('brightmoor');
  });

  it('stays a whole purge in German with only "bitte komplett löschen" after it', () => {
    const r = parse('Guten Tag, wir kündigen. Unsere Daten bei Ihnen bitte komplett löschen, Workspace brightmoor.');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('brightmoor');
  });

  it('is no purge in German when a user is named after it', () => {
    const r = parse('Workspace brightmoor: bitte löschen Sie unsere Daten bei Ihnen zu dem Kunden 88412.');
    expect(r.kind).not.toBe('workspace_purge');
  });
});

describe('a stranger\'s mail with "how to" in it', () => {
  const STRANGER = 'sam.newhire@freemail.example';
  it.each([
    'No idea how to word this: Android App data in brightmoor for 2027-05-20 has to be deleted.',
    'I want to learn how to delete the Android App data in brightmoor for 2027-05-20 — or could your team handle it?',
    'Your guide on how to delete data did not help, the Android App data of brightmoor for 2027-05-20 is still there. Can you get rid of it for us?',
  ])('is read as the request it is: %s', (text) => {
    const r = parse(text, STRANGER, 'Help please');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('brightmoor');
    expect(r.sources).toEqual(['bm-android']);
  });

  it('is read when it names a source by its own name and asks the desk, with no workspace', () => {
    const r = parse('I followed your page on how to delete data, yet the Till Feed rows from 2027-05-20 remain. Could you get rid of them?', STRANGER, 'Question');
    expect(r.kind).not.toBe('unknown');
  });

  it('still reads a digest that only gives advice as no request', () => {
    const r = parse('In this issue: how to archive old events, trim test data and delete stale uploads from your web sources. See you next month.', 'news@pipeline-digest.example', 'Pipeline Digest #41');
    expect(r.kind).toBe('unknown');
  });
});

describe('a body that opens with a Content-Type block of its own', () => {
  const raw = (lines: string[]): string =>
    ['From: lena@brightmoor.example', 'To: deletions@desk.example', 'Subject: deletion', 'Date: Tue, 08 Jun 2027 09:00:00 +0000', 'Message-ID: <quoted-block@brightmoor.example>', '', ...lines].join('\r\n');

  it('keeps a quoted application/json block as text, and reads the request below it', async () => {
    const message = await readMessage(raw(['Content-Type: application/json', '', '{"source":"webhook","ok":true}', '', 'Please delete the Android App data in brightmoor for 2027-05-20.', '']));
    expect(message.contentType).toBe('text/plain');
    const r = read(message);
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('brightmoor');
    expect(r.sources).toEqual(['bm-android']);
    expect(r.ranges).toEqual([{ from: '2027-05-20', to: '2027-05-20' }]);
  });

  it('still reads a text/html part split off by a stray blank line as HTML, its hidden text unread', async () => {
    const html = '<html><body><p>Please delete the Web Shop data in brightmoor for 21 May 2027.<span style=3D"display:none"> and all of March 2027</span></p></body></html>';
    const message = await readMessage(
      ['From: lena@brightmoor.example', 'To: deletions@desk.example', 'Subject: cleanup', 'Date: Tue, 08 Jun 2027 09:00:00 +0000', 'Message-ID: <stray@brightmoor.example>', 'MIME-Version: 1.0', '', 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', html].join('\r\n'),
    );
    expect(message.contentType).toBe('text/html');
    const r = read(message);
    expect(r.sources).toEqual(['bm-web']);
    expect(r.ranges).toEqual([{ from: '2027-05-21', to: '2027-05-21' }]);
    expect(asks(r)).toBe(false);
  });
});
