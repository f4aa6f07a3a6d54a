#!/usr/bin/env node
// Entry point for `npx policy-graph`: runs the compiled CLI in dist/ (built by `npm run build`, which `npm ci` runs).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'error: policy-graph is not built (dist/cli/main.js is missing). Run `npm run build` in the project folder (`npm ci` does it too).\n',
  );
  process.exit(1);
}
// graphql-js runs slow development-only checks unless NODE_ENV is production (10× on large results).
process.env.NODE_ENV ??= 'production';
process.exitCode = await (await import(main.href)).main(process.argv.slice(2));
