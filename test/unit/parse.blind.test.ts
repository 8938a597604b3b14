/**
 * The parser on the tuning part of the blind corpus (test/fixtures/blind: messages written from the
 * product contract alone by someone who had not read the parser). The held-out part is never read here.
 * What matters most: no result that looks complete while its scope is wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreCorpus } from '../support/corpusScore';

const ROOT = path.resolve(__dirname, '../fixtures/blind');
// The day the corpus was written against: its "today", and the parser's clock for future days.
const NOW = new Date('2026-12-03T12:00:00Z');

describe('blind corpus, tuning part', async () => {
  const files = (JSON.parse(readFileSync(path.join(ROOT, 'split.json'), 'utf8')) as Record<string, string[]>).tune ?? [];
  const score = await scoreCorpus(ROOT, files, NOW);

  it('scores every message of the tuning part', () => {
    expect(score.total).toBe(files.length);
    expect(score.total).toBeGreaterThanOrEqual(120);
  });

  it('never returns a complete scope that is wrong or should have been asked about', () => {
    console.log(formatScore('blind (tune)', score));
    expect(score.cases.filter((c) => c.completeWrong).map((c) => c.file)).toEqual([]);
  });

  it('reaches at least 94% exact matches', () => {
    expect(score.exact / score.total).toBeGreaterThanOrEqual(0.94);
  });
});
