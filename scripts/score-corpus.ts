/**
 * Scores the parser on a labelled corpus folder (see test/support/corpusScore.ts):
 *   node bin/run-ts.js scripts/score-corpus.ts test/fixtures/blind [--part tune|holdout] [--now ISO]
 * Without --part every .eml listed in expected.json is scored; with it, the files listed in the
 * corpus's split.json under that part.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatScore, scoreCorpus } from '../test/support/corpusScore';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { part: { type: 'string' }, now: { type: 'string' } } });
const root = path.resolve(positionals[0] ?? 'test/fixtures/blind');
const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as Record<string, unknown>;
const files = values.part ? (JSON.parse(readFileSync(path.join(root, 'split.json'), 'utf8')) as Record<string, string[]>)[values.part] ?? [] : Object.keys(expected).sort();
const now = new Date(values.now ?? '2026-12-03T12:00:00Z');
const score = await scoreCorpus(root, files, now);
console.log(formatScore(`${path.basename(root)}${values.part ? ` (${values.part})` : ''}`, score));
