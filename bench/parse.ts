/**
 * Parser benchmark: 1,000 typical emails (the labelled corpus, cycled), each decoded by mailparser
 * (readMessage) and parsed (parseRequest), as intake does. Run directly: node bin/run-ts.js bench/parse.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { readMessage } from '../src/adapters/mail/readMessage';
import { validateCatalog } from '../src/domain/catalogFile';
import { indexCatalog, parseRequest } from '../src/domain/parse/index';
import { invokedDirectly } from './invokedDirectly';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures');
const MESSAGES = 1000;

export async function benchParse(): Promise<{ name: string; messages: number; seconds: number; perMessageMs: number; peakRssMb: number }> {
  const dir = path.join(FIXTURES, 'emails');
  const raws = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => readFileSync(path.join(dir, f)));
  const catalog = indexCatalog(validateCatalog(parseYaml(readFileSync(path.join(FIXTURES, 'catalog.yaml'), 'utf8'))));
  // Warm-up: module loading and regex compilation are not what we measure.
  for (const raw of raws.slice(0, 10)) parseRequest(await readMessage(raw), catalog);

  let peakRss = process.memoryUsage.rss();
  const started = process.hrtime.bigint();
  for (let i = 0; i < MESSAGES; i++) {
    parseRequest(await readMessage(raws[i % raws.length]), catalog);
    if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return {
    name: 'parse: readMessage + parseRequest',
    messages: MESSAGES,
    seconds: round(seconds, 3),
    perMessageMs: round((seconds * 1000) / MESSAGES, 3),
    peakRssMb: round(peakRss / 1024 / 1024, 1),
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}


if (invokedDirectly(import.meta.url)) {
  console.log(JSON.stringify(await benchParse()));
}
