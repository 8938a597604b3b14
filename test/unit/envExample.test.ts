/** .env.example names every variable config.ts reads, and every secret's _FILE form is documented. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, SECRET_VARIABLES } from '../../src/config';

const ROOT = path.resolve(__dirname, '..', '..');

describe('.env.example', () => {
  const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
  const listed = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));

  it('lists every variable the configuration reads', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src', 'config.ts'), 'utf8');
    const read = new Set([...source.matchAll(/\b(?:str|optional|int)\('([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(30);
    expect([...read].filter((name) => !listed.has(name))).toEqual([]);
  });

  it('says that secrets may come from files', () => {
    expect(example).toMatch(/NAME_FILE=\/path/);
    expect(SECRET_VARIABLES.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('is a valid configuration as it stands (empty means the default)', () => {
    const env = Object.fromEntries([...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    expect(() => loadConfig(env)).not.toThrow();
  });
});
