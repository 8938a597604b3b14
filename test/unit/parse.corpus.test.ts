/**
 * The parser against the hand-labelled corpus (test/fixtures/emails/*.eml, expected.json).
 * Field by field, with an accuracy table, and the one number that must be zero: results that look
 * complete (nothing missing, nothing ambiguous) but name a wrong scope.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/adapters/mail/readMessage';
import { validateCatalog } from '../../src/domain/catalogFile';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const EMAILS = path.join(FIXTURES, 'emails');

interface Expected extends Omit<ParseResult, 'ambiguities' | 'notes'> {
  /** Number of ambiguities, or one substring per expected ambiguity. */
  ambiguities: number | string[];
}

const FIELDS = ['kind', 'workspace', 'sources', 'space', 'ranges', 'ticket', 'missing', 'ambiguities'] as const;
type Field = (typeof FIELDS)[number];

function fieldMatches(field: Field, actual: ParseResult, expected: Expected): boolean {
  if (field === 'ambiguities') {
    const want = expected.ambiguities;
    if (typeof want === 'number') return actual.ambiguities.length === want;
    return actual.ambiguities.length === want.length && want.every((s) => actual.ambiguities.some((a) => a.includes(s)));
  }
  return JSON.stringify(actual[field]) === JSON.stringify(expected[field]);
}

/** Complete (nothing to ask) but wrong: the failure that would delete the wrong data. */
function isCompleteWrongScope(actual: ParseResult, expected: Expected): boolean {
  if (actual.missing.length > 0 || actual.ambiguities.length > 0) return false;
  return (['kind', 'workspace', 'sources', 'space', 'ranges'] as const).some((f) => !fieldMatches(f, actual, expected));
}

describe('parser corpus', async () => {
  const catalog = indexCatalog(validateCatalog(parseYaml(readFileSync(path.join(FIXTURES, 'catalog.yaml'), 'utf8'))));
  const expectedAll = JSON.parse(readFileSync(path.join(EMAILS, 'expected.json'), 'utf8')) as Record<string, Expected>;
  const files = readdirSync(EMAILS).filter((f) => f.endsWith('.eml')).sort();
  const results = new Map<string, ParseResult>();
  for (const file of files) results.set(file, parseRequest(await readMessage(readFileSync(path.join(EMAILS, file))), catalog));

  it('has an expected result for every fixture and a fixture for every expected result', () => {
    expect(files.length).toBeGreaterThanOrEqual(90);
    expect(Object.keys(expectedAll).sort()).toEqual(files);
  });

  it('reaches at least 97% exact matches, and prints the per-field accuracy', () => {
    const correct: Record<Field, number> = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
    let exact = 0;
    const failures: string[] = [];
    for (const file of files) {
      const actual = results.get(file) as ParseResult;
      const expected = expectedAll[file];
      const wrong = FIELDS.filter((f) => !fieldMatches(f, actual, expected));
      for (const f of FIELDS) if (!wrong.includes(f)) correct[f]++;
      if (wrong.length === 0) exact++;
      else failures.push(`${file}: ${wrong.map((f) => `${f} got ${JSON.stringify(actual[f])} want ${JSON.stringify(expected[f])}`).join('; ')}`);
    }
    const table = FIELDS.map((f) => ({ field: f, correct: correct[f], total: files.length, accuracy: `${((100 * correct[f]) / files.length).toFixed(1)}%` }));
    console.table(table);
    console.log(`exact match: ${exact}/${files.length} (${((100 * exact) / files.length).toFixed(1)}%)`);
    if (failures.length) console.log(`mismatches:\n  ${failures.join('\n  ')}`);
    expect(exact / files.length).toBeGreaterThanOrEqual(0.97);
  });

  it('never returns a complete scope that is wrong', () => {
    const completeWrong = files.filter((f) => isCompleteWrongScope(results.get(f) as ParseResult, expectedAll[f]));
    expect(completeWrong).toEqual([]);
  });

  it('notes that dates are UTC days whenever ranges were extracted', () => {
    for (const [file, r] of results) if (r.ranges.length > 0) expect(r.notes, file).toContain('dates are UTC days');
  });

  it('parses the README sample request completely', async () => {
    const r = parseRequest(await readMessage(readFileSync(path.join(FIXTURES, 'sample-request.eml'))), catalog);
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'acme-inc', sources: ['ios-app'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-03' }], missing: [], ambiguities: [] });
  });
});
