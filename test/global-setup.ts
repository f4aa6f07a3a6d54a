import { readConfig } from '../src/config.ts';
import * as local from '../src/graph/local-server.ts';

/** Starts the project's own Neo4j for the test run (unless NEO4J_URI is set) and stops it at the end. */
export default async function setup() {
  const env = { ...process.env, ...(process.env.NEO4J_URI ? {} : { POLICY_GRAPH_NEO4J_HOME: '.neo4j/test', NEO4J_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT ?? '17687', NEO4J_HTTP_PORT: process.env.TEST_NEO4J_HTTP_PORT ?? '17474' }), PORT: process.env.TEST_API_PORT ?? String(Number(process.env.TEST_NEO4J_HTTP_PORT ?? '17474') - 3000) };
  const cfg = readConfig(env);
  if (cfg.neo4j.uri) return;
  const s = await local.start(cfg, (m) => process.stderr.write(m + '\n'));
  process.stderr.write(`test Neo4j ${s.alreadyRunning ? 'already running' : `started in ${(s.startedMs / 1000).toFixed(1)} s`} at ${s.uri}\n`);
  return async () => { if (!s.alreadyRunning) await local.stop(cfg); };
}
