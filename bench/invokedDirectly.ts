import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** True when the module at `url` is the script being run (`node bin/run-ts.js bench/X.ts`). */
export function invokedDirectly(url: string): boolean {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]!) === fileURLToPath(url);
}
