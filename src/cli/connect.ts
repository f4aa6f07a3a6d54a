import { config } from '../config.ts';
import { Graph, GraphError } from '../graph/graph.ts';
import * as local from '../graph/local-server.ts';

/** The configured Neo4j, checked (it answers, the password is right) and with the schema in place. */
export async function connect(): Promise<Graph> {
  const cfg = config();
  const uri = cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`;
  if (!cfg.neo4j.uri && !(await local.status(cfg)).bolt) {
    throw new GraphError(
      'SERVICE_UNAVAILABLE',
      `Neo4j is not running at ${uri}. Start it with \`npx policy-graph neo4j start\`, or set NEO4J_URI to your own server.`,
    );
  }
  const graph = new Graph({
    uri,
    user: cfg.neo4j.user,
    password: cfg.neo4j.password,
    database: cfg.neo4j.database,
    queryTimeoutMs: cfg.api.queryTimeoutMs,
  });
  try {
    await graph.verify();
    await graph.ensureSchema();
  } catch (e) {
    await graph.close();
    throw e;
  }
  return graph;
}

/** Runs `work` with a connected graph and closes it afterwards. */
export async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await connect();
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}
