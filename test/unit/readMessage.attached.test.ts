/**
 * A request forwarded "as attachment" (a message/rfc822 part, as Outlook and Thunderbird send it) is
 * read like an inline forward: the attached message's words are the request, the forwarder's words
 * say whether to act on it.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/adapters/mail/readMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';

const catalog = indexCatalog({
  workspaces: [{
    id: 'ws_1', slug: 'gull-travel', name: 'Gull Travel', contacts: ['privacy@gull.example'], deletedAt: null,
    sources: [{ id: 'src_1', slug: 'booking-web', name: 'Booking Web' }, { id: 'src_2', slug: 'app', name: 'Mobile App' }], spaces: [],
  }],
});

function forwardAsAttachment(note: string, options: { html?: boolean } = {}): string {
  const inner = [
    'From: Dev Lead <lead@agency.example>',
    'To: privacy@gull.example',
    'Date: Tue, 06 Oct 2026 09:30:00 +0200',
    'Subject: Cleanup request',
    'Message-ID: <inner@agency.example>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please delete the Booking Web data of gull-travel for 1 and 2 October 2026; it was load-test traffic.',
    '',
  ].join('\r\n');
  const outerBody = options.html
    ? ['--alt', 'Content-Type: text/plain; charset=utf-8', '', note, '', '--alt', 'Content-Type: text/html; charset=utf-8', '', `<html><body><p>${note}</p></body></html>`, '', '--alt--'].join('\r\n')
    : ['Content-Type: text/plain; charset=utf-8', '', note].join('\r\n');
  return [
    'From: Privacy Office <privacy@gull.example>',
    'To: deletions@support.example',
    'Date: Wed, 07 Oct 2026 08:00:00 +0200',
    'Subject: FW: Cleanup request',
    'Message-ID: <outer@gull.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mix"',
    '',
    '--mix',
    ...(options.html ? ['Content-Type: multipart/alternative; boundary="alt"', '', outerBody] : [outerBody]),
    '',
    '--mix',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment',
    '',
    inner,
    '--mix--',
    '',
  ].join('\r\n');
}

describe('a request forwarded as an attachment', () => {
  it('is read as the request when the forwarder asks us to handle it', async () => {
    const message = await readMessage(forwardAsAttachment('Please handle the attached request.'));
    const r = parseRequest(message, catalog, { now: new Date('2026-12-03T12:00:00Z') });
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'gull-travel', sources: ['booking-web'], ranges: [{ from: '2026-10-01', to: '2026-10-02' }], missing: [], ambiguities: [] });
    expect(r.forwarded).toMatchObject({ intent: 'request', originalFrom: 'lead@agency.example' });
  });

  it('is read the same with an HTML part (the two parts agree)', async () => {
    const message = await readMessage(forwardAsAttachment('Please handle the attached request.', { html: true }));
    const r = parseRequest(message, catalog, { now: new Date('2026-12-03T12:00:00Z') });
    expect(r).toMatchObject({ kind: 'source_data', sources: ['booking-web'], ranges: [{ from: '2026-10-01', to: '2026-10-02' }], ambiguities: [] });
  });

  it('is no request when the forwarder only asks about it', async () => {
    const message = await readMessage(forwardAsAttachment('Is this legit? We do not know this agency.'));
    const r = parseRequest(message, catalog, { now: new Date('2026-12-03T12:00:00Z') });
    expect(r.forwarded?.intent).toBe('question');
  });

  it('keeps the attachment listed and the forwarder as the sender', async () => {
    const message = await readMessage(forwardAsAttachment('Please handle.'));
    expect(message.from?.address).toBe('privacy@gull.example');
    expect(message.attachments.map((a) => a.contentType)).toEqual(['message/rfc822']);
  });
});
