// The Neo4j the benchmarks use: NEO4J_URI if set, else a local server of the project's own with
// data in .neo4j/bench on ports 27687/27474 (BENCH_NEO4J_BOLT_PORT / BENCH_NEO4J_HTTP_PORT move them),
// so benchmarks never touch the data of `npm start`.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig, type Config } from '../src/config.ts';
import { Graph } from '../src/graph/graph.ts';
import * as local from '../src/graph/local-server.ts';

export interface BenchGraph {
  graph: Graph;
  cfg: Config;
  stop: () => Promise<void>;
  reset: () => Promise<void>;
}

/** The driver baselines run unqueued: 50 clients of a heavy query may each wait minutes. */
const QUERY_TIMEOUT_MS = 600_000;

export async function benchGraph(): Promise<BenchGraph> {
  const env = {
    ...process.env,
    ...(process.env.NEO4J_URI
      ? {}
      : {
          POLICY_GRAPH_NEO4J_HOME: '.neo4j/bench',
          NEO4J_BOLT_PORT: process.env.BENCH_NEO4J_BOLT_PORT ?? '27687',
          NEO4J_HTTP_PORT: process.env.BENCH_NEO4J_HTTP_PORT ?? '27474',
          NEO4J_HEAP_MB: '2048',
          NEO4J_PAGECACHE_MB: '4096',
        }),
  };
  const cfg = readConfig(env);
  const log = (m: string) => process.stderr.write(m + '\n');
  const uri = cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`;
  let started = false;
  if (!cfg.neo4j.uri) started = !(await local.start(cfg, log)).alreadyRunning;
  const bg: BenchGraph = {
    graph: new Graph({
      uri,
      user: cfg.neo4j.user,
      password: cfg.neo4j.password,
      database: cfg.neo4j.database,
      queryTimeoutMs: QUERY_TIMEOUT_MS,
    }),
    cfg,
    stop: async () => {
      await bg.graph.close();
      if (started) await local.stop(cfg);
    },
    /**
     * An empty graph with the schema. The local server is stopped and its store deleted (deleting
     * millions of nodes through Cypher takes minutes and leaves a store as big as before, which
     * slows every later measurement); a server of your own (NEO4J_URI) is emptied in batches.
     */
    reset: async () => {
      if (cfg.neo4j.uri) {
        await clearGraph(bg.graph);
        return;
      }
      await bg.graph.close();
      await local.stop(cfg);
      rmSync(join(cfg.neo4j.home, 'data'), { recursive: true, force: true });
      await local.start(cfg, log);
      started = true;
      bg.graph = new Graph({
        uri,
        user: cfg.neo4j.user,
        password: cfg.neo4j.password,
        database: cfg.neo4j.database,
        queryTimeoutMs: QUERY_TIMEOUT_MS,
      });
      await bg.graph.verify();
      await bg.graph.ensureSchema();
    },
  };
  await bg.graph.verify();
  await bg.graph.ensureSchema();
  return bg;
}

/** Empties the graph in batches (a single DETACH DELETE of a large graph would need a huge transaction). */
export async function clearGraph(graph: Graph): Promise<void> {
  const s = graph.driver.session();
  try {
    // Relationships first: one actor can have millions of them, too many for one transaction.
    await s.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await s.run('MATCH (n) WHERE NOT n:Domain CALL { WITH n DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await s.close();
  }
}
