import { config } from '../config.ts';
import * as local from '../graph/local-server.ts';
import { ingest } from '../pipeline/ingest.ts';
import { startApiThread } from './api-thread.ts';
import { withGraph } from './connect.ts';

const err = (s: string) => process.stderr.write(s + '\n');

/** The API on its own thread with a capped heap (API_HEAP_MB; src/cli/api-thread.ts). */
async function startServing(port?: number): Promise<{ close(): Promise<void>; url: string }> {
  const api = await startApiThread(port, config().api.heapMb, err);
  err(
    config().api.heapMb
      ? `API heap: at most ${api.heapLimitMb} MB (API_HEAP_MB=${config().api.heapMb}, plus the young generation)`
      : 'API heap: no cap (API_HEAP_MB=0)',
  );
  return api;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export async function serve(port?: number): Promise<number> {
  const api = await startServing(port);
  err(`GraphQL API: ${api.url}`);
  await waitForSignal();
  await api.close();
  return 0;
}

const EXAMPLE = `curl -s http://127.0.0.1:PORT/graphql -H 'content-type: application/json' \\
  -d '{"query":"{ forumDomainLinks { forum { id name } domain { id name } commitmentCount documentCount } }"}'`;

export async function start(): Promise<number> {
  const cfg = config();
  let startedLocal = false;
  if (!cfg.neo4j.uri) {
    const s = await local.start(cfg, err);
    startedLocal = !s.alreadyRunning;
    err(
      `Neo4j ${s.alreadyRunning ? 'already running' : `started in ${(s.startedMs / 1000).toFixed(1)} s`} at ${s.uri}`,
    );
  }
  await withGraph(async (graph) => {
    const report = await ingest(graph, [cfg.dataDir]);
    for (const f of report.failures) err(`error: ${f.error}`);
    err(
      `Loaded ${report.outcomes.length} documents from ${cfg.dataDir} (${report.outcomes.reduce((a, o) => a + o.commitments, 0)} commitments).`,
    );
  });
  const api = await startServing();
  err(
    `\nMap:           ${api.url.replace(/\/graphql$/, '/')}\nGraphQL API:   ${api.url}  (open it in a browser for the GraphQL IDE)`,
  );
  if (!cfg.neo4j.uri)
    err(
      `Neo4j Browser: http://127.0.0.1:${cfg.neo4j.httpPort}/browser/  (user ${cfg.neo4j.user}, password from NEO4J_PASSWORD; default policy-graph-local)`,
    );
  err(
    `\nWhich forums link to which domains:\n${EXAMPLE.replace('PORT', String(new URL(api.url).port))}\n\nCtrl-C stops ${startedLocal ? 'the API and Neo4j' : 'the API'}.`,
  );
  await waitForSignal();
  err('Stopping…');
  await api.close();
  if (startedLocal) await local.stop(cfg);
  err('Stopped.');
  return 0;
}
