/**
 * The layers of src/ and which may import which (docs/design.md, "Layers"), read from the import
 * statements of every file — static, `export … from` and `import()` — with the TypeScript compiler
 * the project already has. A failure names the file, the line and the import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');

type Layer = 'domain' | 'ports' | 'services' | 'adapters' | 'jobs' | 'lib' | 'composition' | 'main' | 'cli' | 'errors' | 'logger' | 'config' | 'connectionErrors' | 'paths' | 'migrations';

interface Import {
  file: string; // relative to the repository
  line: number;
  specifier: string;
  typeOnly: boolean;
  /** The layer of the imported file, or null for a package. */
  target: Layer | null;
  /** The imported file relative to the repository, or the package name. */
  targetName: string;
}

/** Pure libraries the domain may use: no I/O, no clock, no network. */
const DOMAIN_PACKAGES = new Set([
  'node:crypto', // hashes (scope fingerprints)
  'chrono-node', // date phrases
  'email-reply-parser', // the new text of a reply
  'zod', // catalog file validation
  '@slack/types', // Block Kit type declarations (types only)
]);

/** Packages a port may name, as types only: the transaction handle and Slack's view type. */
const PORT_TYPE_PACKAGES = new Set(['knex', '@slack/types']);

/** Drivers: only adapters (and the composition root) talk to them. */
const DRIVER_PACKAGES = ['imapflow', 'nodemailer', 'mailparser', 'mailauth', '@aws-sdk/', '@slack/bolt', '@slack/socket-mode', 'pg', 'sqlite3', 'undici', 'https-proxy-agent'];

/** Layers each layer may import (besides itself and node builtins where noted below). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  domain: ['errors'],
  ports: ['domain', 'errors'],
  lib: [],
  errors: [],
  logger: [],
  paths: [],
  connectionErrors: ['errors'],
  config: ['domain', 'errors'],
  services: ['domain', 'ports', 'lib', 'errors', 'logger', 'config', 'connectionErrors', 'paths'],
  adapters: ['domain', 'ports', 'lib', 'errors', 'logger', 'config', 'connectionErrors', 'paths', 'migrations'],
  jobs: ['domain', 'ports', 'services', 'lib', 'errors', 'logger'],
  // The composition root: main.ts and the modules it splits its wiring into.
  composition: ['domain', 'ports', 'services', 'adapters', 'jobs', 'lib', 'errors', 'logger', 'config', 'connectionErrors', 'paths', 'migrations'],
  main: ['composition', 'domain', 'ports', 'services', 'adapters', 'jobs', 'lib', 'errors', 'logger', 'config', 'connectionErrors', 'paths', 'migrations'],
  // The shell over the app: builds it through main.ts, and reads the database directly for listings.
  cli: ['main', 'domain', 'ports', 'services', 'adapters', 'lib', 'errors', 'logger', 'config', 'connectionErrors', 'paths', 'migrations'],
  migrations: [],
};

/**
 * Imports that break the rules today, each in a file another change owns; each is to be replaced by
 * the port named. The list only shrinks: an entry that no longer matches an import fails the test.
 */
const KNOWN: readonly { file: string; import: string; use: string }[] = [];

function layerOf(abs: string): Layer | null {
  const rel = path.relative(ROOT, abs).split(path.sep).join('/');
  if (rel.startsWith('migrations/')) return 'migrations';
  if (!rel.startsWith('src/')) return null;
  const inSrc = rel.slice('src/'.length);
  const top = inSrc.split('/')[0].replace(/\.(d\.)?ts$/, '');
  const layers: Record<string, Layer> = {
    domain: 'domain', ports: 'ports', services: 'services', adapters: 'adapters', jobs: 'jobs', lib: 'lib', composition: 'composition',
    main: 'main', cli: 'cli', errors: 'errors', logger: 'logger', config: 'config', connectionErrors: 'connectionErrors', paths: 'paths',
  };
  return layers[top] ?? null;
}

function resolveFile(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.d.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return `${base}.ts`;
}

function packageName(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  if (builtinModules.includes(specifier)) return `node:${specifier}`;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every import of a file: declarations, re-exports and `import('…')` calls with a literal specifier. */
function importsOf(file: string, text = fs.readFileSync(file, 'utf8')): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (node: ts.Node, specifier: string, typeOnly: boolean) => {
    const relative = specifier.startsWith('.');
    const resolved = relative ? resolveFile(file, specifier) : null;
    found.push({
      file: path.relative(ROOT, file).split(path.sep).join('/'),
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      specifier,
      typeOnly,
      target: resolved ? layerOf(resolved) : null,
      targetName: resolved ? path.relative(ROOT, resolved).split(path.sep).join('/') : packageName(specifier),
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.importClause?.isTypeOnly ?? false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      add(node, node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Why an import breaks the layering, or null when it is allowed. */
function violation(imp: Import): string | null {
  const from = layerOf(path.join(ROOT, imp.file));
  if (!from) return null;
  if (imp.target === null) {
    const name = imp.targetName;
    if (from === 'domain') return DOMAIN_PACKAGES.has(name) ? null : `the domain is pure: ${name} is not in its list of pure libraries`;
    if (from === 'ports') return PORT_TYPE_PACKAGES.has(name) && imp.typeOnly ? null : `a port names packages as types only (${[...PORT_TYPE_PACKAGES].join(', ')}): ${name}`;
    if (from === 'lib') return name.startsWith('node:') ? null : `lib/ depends on nothing but Node: ${name}`;
    if ((from === 'services' || from === 'jobs') && DRIVER_PACKAGES.some((d) => name === d || name.startsWith(d))) return `${from} reach ${name} only through a port and its adapter`;
    return null;
  }
  if (imp.target === from) return null;
  if (imp.target === 'composition' && from !== 'main') return 'only src/main.ts imports the composition root';
  if (ALLOWED[from].includes(imp.target)) return null;
  return `${from} may not import ${imp.target}`;
}

const ALL = sourceFiles(SRC).flatMap((f) => importsOf(f));
const isKnown = (imp: Import) => KNOWN.some((k) => k.file === imp.file && k.import === imp.specifier);

describe('layers', () => {
  test('every import of src/ follows the layering (domain ← ports ← services ← jobs; adapters → ports; main wires)', () => {
    const broken = ALL.filter((imp) => !isKnown(imp))
      .map((imp) => ({ imp, why: violation(imp) }))
      .filter((b) => b.why !== null)
      .map(({ imp, why }) => `${imp.file}:${imp.line} imports '${imp.specifier}': ${why}`);
    expect(broken, `imports against docs/design.md "Layers":\n${broken.join('\n')}`).toEqual([]);
  });

  test('the list of known exceptions only shrinks: each entry is still a real, still-forbidden import', () => {
    const stale = KNOWN.filter((k) => !ALL.some((imp) => imp.file === k.file && imp.specifier === k.import && violation(imp) !== null)).map((k) => `${k.file} no longer imports '${k.import}' against the rules: remove it from KNOWN`);
    expect(stale).toEqual([]);
  });

  test('the graph between folders has no cycle', () => {
    const edges = new Map<Layer, Map<Layer, string>>();
    for (const imp of ALL) {
      const from = layerOf(path.join(ROOT, imp.file));
      if (!from || !imp.target || imp.target === from) continue;
      const out = edges.get(from) ?? edges.set(from, new Map()).get(from)!;
      if (!out.has(imp.target)) out.set(imp.target, `${imp.file}:${imp.line} '${imp.specifier}'`);
    }
    const cycles: string[] = [];
    const state = new Map<Layer, 'open' | 'done'>();
    const walk = (layer: Layer, trail: Layer[]) => {
      state.set(layer, 'open');
      for (const [next, example] of edges.get(layer) ?? []) {
        if (state.get(next) === 'open') cycles.push(`${[...trail.slice(trail.indexOf(next)), layer, next].join(' → ')} (closed by ${example})`);
        else if (!state.has(next)) walk(next, [...trail, layer]);
      }
      state.set(layer, 'done');
    };
    for (const layer of edges.keys()) if (!state.has(layer)) walk(layer, []);
    expect(cycles).toEqual([]);
  });

  // The checker itself, on made-up files: each rule must be able to fail.
  test.each([
    ['src/domain/x.ts', "import { createDb } from '../adapters/db/connect';", /domain may not import adapters/],
    ['src/domain/x.ts', "import knex from 'knex';", /the domain is pure: knex/],
    ['src/services/x.ts', "import { getTicket } from '../adapters/db/ticketStore';", /services may not import adapters/],
    ['src/services/x.ts', "const { ExecutionRunner } = await import('../jobs/executionRunner');", /services may not import jobs/],
    ['src/services/x.ts', "import { ImapFlow } from 'imapflow';", /through a port/],
    ['src/adapters/x/y.ts', "import type { TicketService } from '../../services/ticketService';", /adapters may not import services/],
    ['src/adapters/x/y.ts', "export { OutboxWorker } from '../../jobs/outboxWorker';", /adapters may not import jobs/],
    ['src/jobs/x.ts', "import { dialectOf } from '../adapters/db/connect';", /jobs may not import adapters/],
    ['src/adapters/x/y.ts', "import { createSlackRuntime } from '../../composition/slack';", /only src\/main.ts/],
    ['src/ports/x.ts', "import { Knex } from 'knex';", /as types only/],
  ])('%s: %s is refused', (file, line, why) => {
    const [imp] = importsOf(path.join(ROOT, file), line);
    expect(violation(imp)).toMatch(why);
  });

  test.each([
    ['src/domain/x.ts', "import { parseDate } from 'chrono-node';"],
    ['src/services/x.ts', "import type { TicketStore } from '../ports/stores';"],
    ['src/adapters/x/y.ts', "import type { Archive } from '../../ports/archive';"],
    ['src/adapters/x/y.ts', "import { backoffMs } from '../../lib/backoff';"],
    ['src/main.ts', "import { createSlackRuntime } from './composition/slack';"],
    ['src/ports/x.ts', "import type { Knex } from 'knex';"],
  ])('%s: %s is allowed', (file, line) => {
    const [imp] = importsOf(path.join(ROOT, file), line);
    expect(violation(imp)).toBeNull();
  });
});
