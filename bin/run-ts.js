#!/usr/bin/env node
// Runs a TypeScript file with tsx registered: `node bin/run-ts.js bench/index.ts`.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

register();
const file = process.argv[2];
if (!file) {
  console.error('usage: node bin/run-ts.js FILE.ts [args...]');
  process.exit(2);
}
// argv[1] becomes the script itself, as if it had been run with `node FILE`.
process.argv.splice(1, 1);
await import(pathToFileURL(path.resolve(file)).href);
