#!/usr/bin/env node
// Launcher for the TypeScript CLI: registers tsx, then runs rules/cli/helder.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./helder.ts');
process.exitCode = await main(process.argv.slice(2));
