#!/usr/bin/env node
// Entry point for `npx policy-graph`: runs the TypeScript CLI through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

// graphql-js runs slow development-only checks unless NODE_ENV is production (10× on large results).
process.env.NODE_ENV ??= 'production';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
