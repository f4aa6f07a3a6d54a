import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../src/graph/graph.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { config } from '../src/config.ts';
import { lexicon } from '../src/extract/lexicon.ts';

// Neo4j "goes away" by cutting a TCP proxy between the API and the real server, so the test works
// the same against the project's own Neo4j and against NEO4J_URI.
const cfg = config();
const target = new URL((cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`).replace(/^[a-z+]+:/, 'http:'));
let proxy: Server | null = null;
const sockets = new Set<Socket>();
let port = 0;

function openProxy(): Promise<void> {
  return new Promise((resolve) => {
    proxy = createServer((client) => {
      const upstream = createConnection(Number(target.port || 7687), target.hostname);
      for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => {}); }
      client.pipe(upstream).pipe(client);
    });
    proxy.listen(port, '127.0.0.1', () => { port = (proxy!.address() as { port: number }).port; resolve(); });
  });
}
function cutProxy(): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((resolve) => proxy!.close(() => resolve()));
}

let graph: Graph;
let api: ApiServer;
const ask = async () => {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ domains { id } }' }) });
  return (await res.json()) as { data?: { domains: unknown[] }; errors?: { message: string; extensions: { code: string } }[] };
};

beforeAll(async () => {
  await openProxy();
  graph = new Graph({ uri: `bolt://127.0.0.1:${port}`, user: cfg.neo4j.user, password: cfg.neo4j.password, database: cfg.neo4j.database, queryTimeoutMs: 5000 });
  await graph.verify();
  api = await startApi(graph, { ...cfg.api, port: 0 }, pino({ level: 'silent' }));
});
afterAll(async () => { await api.close(); await graph.close(); if (proxy?.listening) await cutProxy(); });

describe('when Neo4j goes away', () => {
  it('answers SERVICE_UNAVAILABLE, then recovers by itself when Neo4j is back', async () => {
    const domains = lexicon().domains.length; // every domain of data/domains.tsv is in the graph
    expect((await ask()).data!.domains.length).toBe(domains);
    await cutProxy();
    const down = await ask();
    expect(down.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.errors![0].message).toMatch(/Cannot reach Neo4j/);
    expect((await fetch(api.url.replace('/graphql', '/readyz'))).status).toBe(503);
    await openProxy();
    let back = await ask();
    for (let i = 0; i < 20 && back.errors; i++) { await new Promise((r) => setTimeout(r, 250)); back = await ask(); }
    expect(back.data!.domains.length).toBe(domains);
    expect((await fetch(api.url.replace('/graphql', '/readyz'))).status).toBe(200);
  });
});
