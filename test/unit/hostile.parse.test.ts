/**
 * Hostile input: huge or odd text never makes the parser slow (one email once held intake for minutes:
 * a 200 KB subject without "-" made the near-miss identifier regex quadratic).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import { validateCatalog } from '../../src/domain/catalogFile';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { resolveScope } from '../../src/domain/parse/resolveScope';
import type { InboundMessage } from '../../src/domain/message';

const index = indexCatalog(validateCatalog(YAML.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'catalog.yaml'), 'utf8'))));

function message(subject: string, text: string): InboundMessage {
  return { messageId: 'm@x', from: { address: 'ana@acme.example', name: '' }, to: [], cc: [], replyTo: null, subject, date: new Date('2024-03-12T10:15:00Z'), text, html: null, inReplyTo: null, references: [], headers: {}, contentType: 'text/plain', attachments: [] };
}

describe('the parser stays fast on hostile text', () => {
  it.each([
    ['one 300 KB word', 'x'.repeat(300_000)],
    ['300 KB of hyphenated words', 'ab-'.repeat(100_000)],
    ['300 KB of a trailing-hyphen word', `${'x'.repeat(300_000)}-`],
    ['300 KB of digits', '1'.repeat(300_000)],
    ['100 KB of "workspace "', 'workspace '.repeat(10_000)],
    ['near-misses repeated', 'acme-incc '.repeat(20_000)],
  ])('%s, in the subject and in the body', (_what, text) => {
    const started = Date.now();
    parseRequest(message(text, 'Please delete ios-app data of acme-inc for 2024-03-01.'), index);
    parseRequest(message('delete', text), index);
    // Linear work is well under a second; the quadratic version took minutes. Generous for busy CI.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  // A mangled message (its Content-Type header lost, so its HTML part and signature were read as text)
  // once took 11 seconds: patterns that look back over blanks tested every position of a long run.
  it.each([
    // A few thousand blanks are the worst case: far longer bodies are read in a cheaper way.
    ['3,000 spaces', ' '.repeat(3_000)],
    ['3,000 blank lines', '\n'.repeat(3_000)],
    ['1,000 lines of spaces', '   \n'.repeat(1_000)],
    ['tabs and spaces', ' \t'.repeat(1_500)],
    ['50 KB of spaces', ' '.repeat(50_000)],
  ])('%s between a request and its sign-off read as a paragraph break, quickly', (_what, blanks) => {
    const request = 'Please delete ios-app data of acme-inc for March 3, 2024.';
    const started = Date.now();
    const padded = parseRequest(message('delete', `${request}${blanks}Thanks, Ana\n`), index);
    const spelled = parseRequest(message('delete', `Please delete ios-app data of acme-inc for March 3${blanks}twenty twenty four.`), index);
    expect(Date.now() - started).toBeLessThan(10_000);
    const plain = parseRequest(message('delete', `${request}\n\nThanks, Ana\n`), index);
    expect({ kind: padded.kind, workspace: padded.workspace, sources: padded.sources, ranges: padded.ranges }).toEqual({ kind: plain.kind, workspace: plain.workspace, sources: plain.sources, ranges: plain.ranges });
    expect(padded.ranges).toEqual([{ from: '2024-03-03', to: '2024-03-03' }]);
    expect(spelled.ranges).toEqual([{ from: '2024-03-03', to: '2024-03-03' }]);
  });

  it('property: the word-anchored identifier regex finds exactly what the old one found', () => {
    const OLD = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+/gu;
    const NEW = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+/gu;
    const text = fc.array(fc.oneof(fc.constantFrom('a', 'Z', '9', 'é', '東', '-', '_', ' ', '.', '--', 'acme-inc', 'ios_app'), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect([...t.matchAll(NEW)].map((m) => [m.index, m[0]])).toEqual([...t.matchAll(OLD)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 3000 },
    );
    // And resolveScope still sees a near miss in ordinary text.
    expect(resolveScope('please delete workspace acme-incc', index).ambiguities.join(' ')).toMatch(/acme-inc/);
  });
});
