import { execFileSync } from 'node:child_process';
import { readConfig } from '../src/config.ts';
import * as local from '../src/graph/local-server.ts';
import { Graph } from '../src/graph/graph.ts';

/**
 * For the integration tests: builds dist/ (the CLI tests run the CLI as users do, and an old build would
 * test old code), then starts the project's own Neo4j (unless NEO4J_URI is set) and stops it at the end.
 */

/**
 * The first queries of a server just started are slow (a cold JVM and page cache): on a busy machine slower
 * than the 5 s every test query is allowed. They are run here, with time to spare, before any test.
 */
async function warmUp(cfg: ReturnType<typeof readConfig>): Promise<void> {
  const { user, password, database, uri, boltPort } = cfg.neo4j;
  const graph = new Graph({
    uri: uri ?? `bolt://127.0.0.1:${boltPort}`,
    user,
    password,
    database,
    queryTimeoutMs: 120_000,
  });
  try {
    await graph.verify();
    await graph.ensureSchema();
    await graph.stats();
  } finally {
    await graph.close();
  }
}
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
    // The API port the test Neo4j's Browser fetches its guide from (vitest.config.ts: TEST_API_PORT).
    PORT: process.env.TEST_API_PORT ?? String(Number(process.env.TEST_NEO4J_HTTP_PORT ?? '17474') - 3000),
  };
  const cfg = readConfig(env);
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: cfg.root,
    stdio: 'inherit',
  });
  if (cfg.neo4j.uri) return warmUp(cfg);
  const s = await local.start(cfg, (m) => process.stderr.write(m + '\n'));
  await warmUp(cfg);
  process.stderr.write(
    `test Neo4j ${s.alreadyRunning ? 'already running' : `started in ${(s.startedMs / 1000).toFixed(1)} s`} at ${s.uri}\n`,
  );
  return async () => {
    if (!s.alreadyRunning) await local.stop(cfg);
  };
}
