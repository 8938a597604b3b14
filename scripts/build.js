#!/usr/bin/env node
// Bundles the CLI into dist/cli.js (our TypeScript and the few packages named below), so that
// `deletion-desk` starts in a fraction of a second instead of compiling hundreds of modules on load.
// Runs on `npm install` (prepare) and `npm start` (prestart). bin/deletion-desk.js falls back to
// the TypeScript sources whenever they are newer than the bundle, so a stale build is never run.
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Packages every `parse` loads, bundled with their own dependencies: each is hundreds of small
 * modules (chrono-node alone is 267), and Node's module loader costs more per file than the code
 * does, so loading them was a fifth of `parse --json`'s time over a thousand messages. The bundled
 * code is the installed code, unchanged. Every other package stays external: native modules
 * (sqlite3), dynamic requires (knex's dialects) and the AWS SDK are loaded from node_modules.
 */
const BUNDLED = new Set(['chrono-node', 'email-reply-parser', 'mailparser', 'yaml', 'zod']);
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const bundleOnlyListed = {
  name: 'bundle-only-listed',
  setup(b) {
    // A bare specifier from our code is external unless listed; from inside node_modules it is a
    // dependency of a bundled package, bundled with it.
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      return BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true };
    });
  },
};

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
  // esbuild (0.28) rewrites every regular expression literal that uses a Unicode property escape
  // (`\p{L}`) into `new RegExp("…")`, even for a target that reads them. Inside a function that builds
  // a new pattern on every call, which V8 finds compiled only while its compilation cache still holds
  // it (every full garbage collection ages the cache out): the parser's literals with `\p{…}` were
  // compiled again several times in one `parse --json` run. Node 20 reads them as written.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'esm',
  plugins: [bundleOnlyListed],
  // Bundled CommonJS code (mailparser's) requires Node's built-in modules; an ES module has no
  // `require` of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
