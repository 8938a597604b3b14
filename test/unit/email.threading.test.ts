import { describe, expect, it } from 'vitest';
import { MAX_REFERENCES, domainOf, newMessageId, normalizeMessageId, referencesFor, replySubject, subjectTopic, ticketTagIn } from '../../src/domain/email/threading';

describe('replySubject', () => {
  it.each([
    ['Please delete iOS data', 'Re: [DEL-12] Please delete iOS data'],
    ['Re: Please delete iOS data', 'Re: [DEL-12] Please delete iOS data'],
    ['Re: Re: RE: Please delete iOS data', 'Re: [DEL-12] Please delete iOS data'],
    ['Re: [DEL-12] Please delete iOS data', 'Re: [DEL-12] Please delete iOS data'],
    ['RE: [DEL-12] Re: [DEL-12] Please delete iOS data', 'Re: [DEL-12] Please delete iOS data'],
    ['AW: WG: Löschung der Daten', 'Re: [DEL-12] Löschung der Daten'],
    ['Fwd: Please delete iOS data', 'Re: [DEL-12] Please delete iOS data'],
    ['Re[2]: Please delete iOS data', 'Re: [DEL-12] Please delete iOS data'],
    ['SV: Radera data', 'Re: [DEL-12] Radera data'],
    // A stale tag of another ticket would file the next reply under the wrong ticket.
    ['Re: [DEL-7] Old request', 'Re: [DEL-12] Old request'],
    ['[del-12] lower case tag', 'Re: [DEL-12] lower case tag'],
    ['', 'Re: [DEL-12] Your data deletion request'],
    ['   Re:   ', 'Re: [DEL-12] Your data deletion request'],
    // Line breaks in a subject would start a new header.
    ['Delete\r\nBcc: victim@example.com', 'Re: [DEL-12] Delete Bcc: victim@example.com'],
    // A subject that merely starts with letters of a prefix is not a prefix.
    ['Research data deletion', 'Re: [DEL-12] Research data deletion'],
    ['Reminder: delete', 'Re: [DEL-12] Reminder: delete'],
  ])('%j → %j', (original, expected) => {
    expect(replySubject(12, original)).toBe(expected);
  });

  it('accepts the ticket as DEL-n', () => {
    expect(replySubject('DEL-12', 'Hello')).toBe('Re: [DEL-12] Hello');
  });

  it('refuses something that is not a ticket id', () => {
    expect(() => replySubject('twelve', 'Hello')).toThrow(/Not a ticket id/);
  });

  it('shortens a very long subject to one readable line', () => {
    const topic = subjectTopic(`Delete ${'x'.repeat(500)}`);
    expect(topic.length).toBeLessThanOrEqual(160);
    expect(topic.endsWith('…')).toBe(true);
  });
});

describe('referencesFor (RFC 5322 §3.6.4)', () => {
  it('replies to the last message and references the whole short thread, with brackets', () => {
    expect(referencesFor(['a@x', 'b@desk.example', 'c@x'])).toEqual({
      inReplyTo: '<c@x>',
      references: '<a@x> <b@desk.example> <c@x>',
    });
  });

  it('returns nothing for an empty thread', () => {
    expect(referencesFor([])).toEqual({ inReplyTo: undefined, references: undefined });
  });

  it('accepts ids with brackets and drops duplicates and garbage', () => {
    expect(referencesFor(['<a@x>', 'a@x', '', 'not an id', '<b@x>'])).toEqual({ inReplyTo: '<b@x>', references: '<a@x> <b@x>' });
  });

  it('keeps the first and the most recent ids of a long thread', () => {
    const thread = Array.from({ length: 30 }, (_, i) => `m${i}@x`);
    const { inReplyTo, references } = referencesFor(thread);
    const ids = references!.split(' ');
    expect(inReplyTo).toBe('<m29@x>');
    expect(ids).toHaveLength(MAX_REFERENCES);
    expect(ids[0]).toBe('<m0@x>');
    expect(ids.slice(1)).toEqual(thread.slice(30 - (MAX_REFERENCES - 1)).map((id) => `<${id}>`));
    expect(references!.length).toBeLessThan(998);
  });

  it('honours a smaller limit', () => {
    expect(referencesFor(['a@x', 'b@x', 'c@x', 'd@x'], 3).references).toBe('<a@x> <c@x> <d@x>');
  });
});

describe('newMessageId', () => {
  it('makes a bracket-free id at our domain', () => {
    const id = newMessageId('Desk.Example', () => 'abc123', new Date(Date.UTC(2024, 2, 5)));
    expect(id).toBe(`${Date.UTC(2024, 2, 5).toString(36)}.abc123@desk.example`);
    expect(normalizeMessageId(`<${id}>`)).toBe(id);
  });

  it('is unique across calls', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newMessageId('desk.example')));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+\.[0-9a-f]{32}@desk\.example$/);
  });

  it.each(['', 'desk example', 'a@b', '<desk.example>'])('refuses the domain %j', (domain) => {
    expect(() => newMessageId(domain)).toThrow(/Message-ID/);
  });

  it('takes the domain of the support address', () => {
    expect(domainOf('Deletions@Desk.Example')).toBe('desk.example');
  });
});

describe('the ticket a subject tag names (how intake threads a reply)', () => {
  it.each<[string, number | null]>([
    ['Re: [DEL-12] Data deletion request', 12],
    ['AW: [ del-7 ] Löschung', 7],
    ['[DEL7] no hyphen', 7],
    ['Status of DEL-7 please (no tag)', null],
    ['[DEL-1234567890] longer than any ticket id', null],
    ['[ticket 5] another system', null],
  ])('%s → %s', (subject, expected) => {
    expect(ticketTagIn(subject)).toBe(expected);
  });
});
