/**
 * Corpus 55's tuning round, in my own words: a message whose header block has one blank line too many (its
 * HTML part then read as raw markup, hidden text and all); a terse reply that lists "workspace, Source."
 * with a common-word source; a source placed "im Workspace X" with the word for a workspace written; the
 * night between two days written "11/12" before a month in a language chrono does not read; a
 * cancellation whose workspace is written as the one that must stay; and "our data with you" from someone
 * who names nothing else.
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

const catalog = indexCatalog({
  workspaces: [
    catalogWorkspace('kestrel-freight', 'Kestrel Freight', [['tracking', 'Tracking'], ['backend', 'Backend'], ['portal', 'Portal']], [], ['mo@kestrel.example']),
    catalogWorkspace('larch-media', 'Larch Media', [['web', 'Web'], ['podcast', 'Podcast']], [], ['ines@larch.example']),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-09T11:00:00Z');
const read = (message: InboundMessage): ParseResult => contractView(parseRequest(message, catalog, { now: NOW }));
const parse = (text: string, extra: Partial<InboundMessage> = {}, from = 'mo@kestrel.example', subject?: string): ParseResult =>
  read(textMessage(text, { from, date: new Date('2027-06-02T09:00:00Z'), subject }, extra));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a header block broken by a stray blank line', () => {
  const raw = (html: string): string =>
    [
      'From: Mo Adeyemi <mo@kestrel.example>',
      'To: deletions@desk.example',
      'Subject: Portal cleanup',
      'Date: Wed, 02 Jun 2027 09:00:00 +0000',
      'Message-ID: <stray-blank@kestrel.example>',
      'MIME-Version: 1.0',
      '',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      html,
    ].join('\r\n');

  it('reads the body as the HTML part it declares, so hidden text is not read as the request', async () => {
    const message = await readMessage(raw('<html><body><p>Please delete the Portal data of kestrel-freight for 20 May 2027.<span style=3D"display:none"> and all of April 2027</span></p></body></html>'));
    expect(message.contentType).toBe('text/html');
    expect(message.html).toContain('display:none');
    const r = read(message);
    expect(r.workspace).toBe('kestrel-freight');
    expect(r.sources).toEqual(['portal']);
    expect(r.ranges).toEqual([{ from: '2027-05-20', to: '2027-05-20' }]);
    expect(asks(r)).toBe(false);
  });

  it('leaves a plain body that only mentions a content type as it is', async () => {
    const message = await readMessage(['From: mo@kestrel.example', 'Subject: x', 'MIME-Version: 1.0', '', 'Content-Type: text/html is what our export sends,', 'so please check the Portal.'].join('\r\n'));
    expect(message.contentType).toBe('text/plain');
    expect(message.text).toContain('Content-Type: text/html is what our export sends');
  });
});

describe('a terse reply listing the workspace and a common-word source', () => {
  const reply = { inReplyTo: 'desk-1@desk.example', references: ['desk-1@desk.example'] };
  it('reads "workspace, Source." on its own line as the source', () => {
    const r = parse('kestrel-freight, Tracking.\n3 May 2027 to 5 May 2027.\n\nMo', reply, 'mo@kestrel.example', 'Re: [DEL-77] Your deletion request');
    expect(r.sources).toEqual(['tracking']);
    expect(r.ranges).toEqual([{ from: '2027-05-03', to: '2027-05-05' }]);
    expect(asks(r)).toBe(false);
  });
  it('does not read the same words inside a sentence as a source', () => {
    const r = parse('We at kestrel-freight, tracking team, saw duplicates on 3 May 2027. Please delete them.');
    expect(r.sources).toEqual([]);
    expect(r.missing).toContain('source');
  });
});

describe('a source placed "in the workspace X"', () => {
  it('reads the common-word source before "im Workspace" and "in the workspace"', () => {
    expect(parse('Hallo,\n\nbitte Backend im Workspace kestrel-freight am 12.05.2027 löschen.\n\nMo').sources).toEqual(['backend']);
    expect(parse('Please delete Tracking in the workspace kestrel-freight for 12 May 2027.').sources).toEqual(['tracking']);
  });
  it('does not take "im Workspace X … löschen" for a deletion of the workspace', () => {
    const r = parse('Hallo,\n\nbitte Backend im Workspace kestrel-freight am 12.05.2027 löschen.\n\nMo');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2027-05-12', to: '2027-05-12' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('the night between two days before a month name', () => {
  it('reads "11/12 maj" and "the night of 3/4 mai" as the two days', () => {
    const r = parse('Radera Podcast i larch-media för natten mellan 11/12 maj 2027.', {}, 'ines@larch.example');
    expect(r.ranges).toEqual([{ from: '2027-05-11', to: '2027-05-12' }]);
    expect(asks(r)).toBe(false);
  });
  it('still asks when the two days are not neighbours', () => {
    const r = parse('Radera Podcast i larch-media för 11/14 maj 2027.', {}, 'ines@larch.example');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});

describe('a cancellation that names the workspace to keep', () => {
  it('takes the workspace written as what must stay', () => {
    const r = parse('Please cancel DEL-310 right away. We do not want larch-media deleted.', {}, 'ines@larch.example');
    expect(r.kind).toBe('cancel');
    expect(r.ticket).toBe('DEL-310');
    expect(r.workspace).toBe('larch-media');
    expect(asks(r)).toBe(false);
  });
});

describe('"our data with you" from a stranger', () => {
  it('is a whole purge whose workspace is asked for', () => {
    const r = parse('Guten Tag, bitte löschen Sie unsere Daten bei Ihnen. Danke', {}, 'someone@elsewhere.example');
    expect(r.kind).toBe('workspace_purge');
    expect(r.missing).toEqual(['workspace']);
  });
  it('stays a source deletion when only some data is meant', () => {
    expect(parse('Hello, we need some of our data deleted. What do you need from us?', {}, 'someone@elsewhere.example').kind).toBe('source_data');
  });
});
