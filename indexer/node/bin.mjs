#!/usr/bin/env node
// The `talkscope` command: runs the TypeScript command line through tsx, so the
// indexer has one source and no build step of its own.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
