#!/usr/bin/env node
// The `deletion-desk` command. The sources are TypeScript; tsx compiles them on load (and caches),
// so there is no build step to forget and no stale dist/ to run by mistake.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
