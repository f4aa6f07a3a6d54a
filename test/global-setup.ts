import { execFileSync } from 'node:child_process';
import { readConfig } from '../src/config.ts';
import * as local from '../src/graph/local-server.ts';

/**
 * For the integration tests: builds dist/ (the CLI tests run the CLI as users do, and an old build would
 * test old code), then starts the project's own Neo4j (unless NEO4J_URI is set) and stops it at the end.
 */
export default async function setup() {
  const env = {
    ...process.env,
    ...(process.env.NEO4J_URI
      ? {}
      : {
          POLICY_GRAPH_NEO4J_HOME: '.neo4j/test',
          NEO4J_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT ?? '17687',
          NEO4J_HTTP_PORT: process.env.TEST_NEO4J_HTTP_PORT ?? '17474',
        }),
  };
  const cfg = readConfig(env);
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: cfg.root,
    stdio: 'inherit',
  });
  if (cfg.neo4j.uri) return;
  const s = await local.start(cfg, (m) => process.stderr.write(m + '\n'));
  process.stderr.write(
    `test Neo4j ${s.alreadyRunning ? 'already running' : `started in ${(s.startedMs / 1000).toFixed(1)} s`} at ${s.uri}\n`,
  );
  return async () => {
    if (!s.alreadyRunning) await local.stop(cfg);
  };
}
