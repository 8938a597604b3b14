#!/usr/bin/env node
// Bundles the CLI into dist/cli.js (our TypeScript only; npm packages stay external), so that
// `deletion-desk` starts in a fraction of a second instead of compiling hundreds of modules on load.
// Runs on `npm install` (prepare) and `npm start` (prestart). bin/deletion-desk.js falls back to
// the TypeScript sources whenever they are newer than the bundle, so a stale build is never run.
import { build } from 'esbuild';

await build({
  // The intake's reading worker is an entry of its own: a worker thread starts from a file
  // (src/adapters/mail/offThreadReader.ts finds it beside the CLI).
  entryPoints: { cli: 'src/cli.ts', readingWorker: 'src/adapters/mail/readingWorker.ts' },
  outdir: 'dist',
  // Lazily imported modules (the composition root, doctor) become chunks loaded only when needed.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
