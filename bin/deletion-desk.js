#!/usr/bin/env node
// The `deletion-desk` command. Runs the bundle in dist/ (built by `npm install` / `npm run build`)
// when it is newer than every source file, and the TypeScript sources through tsx otherwise, so an
// edited source is never shadowed by a stale bundle.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The AWS SDK prints a nine-line notice on every S3 command when Node is older than it will support
// next year; it is addressed to developers, not to the operator running a deletion, and says nothing
// about this run. An operator who wants it back sets the variable to "false".
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// V8 runs a regular expression's first match in its interpreter and then compiles the same pattern
// again to machine code for the second: twice the compile work. The parser's patterns are hundreds of
// long multilingual alternations, nearly all used more than once, and that double compile was a third
// of `parse --json`'s time over a thousand messages. Compiling straight to machine code does the work
// once; what a pattern matches is the same either way (one engine, two back ends). The flag must be
// given when Node starts (changed at run time, V8 crashed about once in fifty runs), so `parse` runs
// itself again with it; other commands read little mail and start as they are.
// `--no-opt` for the same run: TurboFan (V8's optimizing compiler) spent about a fifth of the run's CPU
// on its background thread optimizing functions that run once per message (resolveScope, parseRequest,
// kindOf, mailparser's readers), whose time is in regular expressions, not in JavaScript. Without it the
// run took about 15% less CPU and the main thread as long as before (perf samples per thread, twice):
// on a shared machine that second core is not free. Flags change no result.
if (process.argv[2] === 'parse' && !process.execArgv.includes('--no-regexp-tier-up')) {
  const again = spawnSync(process.execPath, ['--no-regexp-tier-up', '--no-opt', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    const built = fs.statSync(bundle).mtimeMs;
    return built >= Math.max(newestSource(path.join(root, 'src')), newestSource(path.join(root, 'migrations')));
  } catch {
    return false;
  }
}

let cli;
if (bundleIsFresh()) {
  cli = await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(pathToFileURL(path.join(root, 'src', 'cli.ts')).href);
}
process.exitCode = await cli.runCli(process.argv.slice(2));
