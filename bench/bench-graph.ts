// The Neo4j the benchmarks use: NEO4J_URI if set, else a local server of the project's own with
// data in .neo4j/bench on ports 27687/27474, so benchmarks never touch the data of `npm start`.
import { readConfig, type Config } from '../src/config.ts';
import { Graph } from '../src/graph/graph.ts';
import * as local from '../src/graph/local-server.ts';

export async function benchGraph(): Promise<{ graph: Graph; cfg: Config; stop: () => Promise<void> }> {
  const env = { ...process.env, ...(process.env.NEO4J_URI ? {} : { POLICY_GRAPH_NEO4J_HOME: '.neo4j/bench', NEO4J_BOLT_PORT: '27687', NEO4J_HTTP_PORT: '27474', NEO4J_HEAP_MB: '2048', NEO4J_PAGECACHE_MB: '4096' }) };
  const cfg = readConfig(env);
  let started = false;
  if (!cfg.neo4j.uri) started = !(await local.start(cfg, (m) => process.stderr.write(m + '\n'))).alreadyRunning;
  const graph = new Graph({ uri: cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`, user: cfg.neo4j.user, password: cfg.neo4j.password, database: cfg.neo4j.database, queryTimeoutMs: 60_000 });
  await graph.verify();
  await graph.ensureSchema();
  return { graph, cfg, stop: async () => { await graph.close(); if (started) await local.stop(cfg); } };
}

/** Empties the graph in batches (a single DETACH DELETE of a large graph would need a huge transaction). */
export async function clearGraph(graph: Graph): Promise<void> {
  const s = graph.driver.session();
  try {
    // Relationships first: one actor can have millions of them, too many for one transaction.
    await s.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await s.run('MATCH (n) WHERE NOT n:Domain CALL { WITH n DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally { await s.close(); }
}
