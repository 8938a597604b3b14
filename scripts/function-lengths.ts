/**
 * Lists the longest functions under a folder, measured with the TypeScript compiler API:
 *   node bin/run-ts.js scripts/function-lengths.ts [src] [--min 60] [--top 0]
 * A function's length is the number of lines from its first to its last line (signature to closing
 * brace), comments and blank lines included, as a reader sees it. Functions, methods, arrow functions
 * and function expressions are measured separately: a callback nested in a function is counted inside
 * its parent too. `--min` prints only functions at least that long; `--top N` prints the N longest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { min: { type: 'string', default: '60' }, top: { type: 'string', default: '0' } },
});
const root = positionals[0] ?? 'src';
const min = Number(values.min);
const top = Number(values.top);

interface Measured { file: string; line: number; name: string; lines: number }

function tsFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The name a reader would search for: `Class.method`, the variable an arrow is assigned to, or `<anonymous>`. */
function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  const own = node.name ? node.name.getText(source) : undefined;
  const parent = node.parent;
  if (ts.isClassLike(parent) && own) return `${parent.name?.getText(source) ?? '<class>'}.${own}`;
  if (own) return own;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source);
  }
  return '<anonymous>';
}

function measure(file: string): Measured[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Measured[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const start = source.getLineAndCharacterOfPosition(fn.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(fn.getEnd()).line;
      found.push({ file, line: start + 1, name: nameOf(fn, source), lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// `… | head` closes the pipe early: stop quietly instead of an unhandled EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const all = tsFiles(root).flatMap(measure).sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
const shown = (top > 0 ? all.slice(0, top) : all).filter((f) => f.lines >= min);
for (const f of shown) console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
console.log(`${shown.length} of ${all.length} functions shown (>= ${min} lines${top > 0 ? `, top ${top}` : ''})`);
