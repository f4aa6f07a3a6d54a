import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../src/graph/graph.ts';
import { schemaNames } from '../src/graph/schema-repair.ts';
import { config } from '../src/config.ts';
import { testGraph } from './helpers.ts';

// Start-up interrupted at many points: the client dies while Neo4j creates constraints and
// indexes. To Neo4j a killed process is a closed connection, so the kill is a TCP proxy cut at a
// chosen moment (npm run chaos does the same with kill -9 of real processes).
const cfg = config();
const target = new URL((cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`).replace(/^[a-z+]+:/, 'http:'));
let graph: Graph;

function proxy(): Promise<{ port: number; cut: () => void; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(Number(target.port || 7687), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as { port: number }).port,
        cut: () => {
          for (const s of sockets) s.resetAndDestroy();
          server.close();
        },
        close: () =>
          new Promise((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      }),
    ),
  );
}

const run = async (cypher: string) => {
  const s = graph.driver.session();
  try {
    return (await s.run(cypher)).records.map((r) => r.toObject());
  } finally {
    await s.close();
  }
};
async function schemaState() {
  const constraints = new Set((await run('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name as string));
  const indexes = await run('SHOW INDEXES YIELD name, state RETURN name, state');
  return { constraints, indexes: new Map(indexes.map((r) => [r.name as string, r.state as string])) };
}
async function dropAll() {
  const { constraints, indexes } = schemaNames();
  for (const c of constraints) await run(`DROP CONSTRAINT ${c} IF EXISTS`);
  for (const i of [...indexes, ...constraints]) await run(`DROP INDEX ${i} IF EXISTS`);
}
async function expectComplete() {
  const { constraints, indexes } = schemaNames();
  const state = await schemaState();
  for (const c of constraints) expect(state.constraints, c).toContain(c);
  for (const i of indexes) expect([...state.indexes.keys()], i).toContain(i);
  for (const [name, s] of state.indexes) expect(s, name).not.toBe('FAILED');
  // And the store answers the commands that failed in the bricked state.
  await graph.stats();
}

beforeAll(async () => {
  graph = await testGraph();
});
afterAll(async () => {
  await graph.ensureSchema();
  // The test files after this one plan queries on these indexes: they must be online, not populating.
  await run('CALL db.awaitIndexes(300)');
  await graph.close();
});

describe('schema set-up that a kill cannot break', () => {
  it('repairs a constraint index left without its constraint (the bricked state)', async () => {
    await run('DROP CONSTRAINT document_id IF EXISTS');
    await run('CREATE INDEX document_id IF NOT EXISTS FOR (d:Document) ON (d.id)');
    const fresh = new Graph(graph.opts);
    try {
      await fresh.ensureSchema();
    } finally {
      await fresh.close();
    }
    await expectComplete();
  });

  it('an interruption at any of 12 points in the set-up of an empty schema leaves a state the next start completes', async () => {
    // How long a full set-up takes from a clean slate, so the cuts can be spread over it.
    await dropAll();
    const t0 = performance.now();
    await graph.ensureSchema();
    const full = performance.now() - t0;
    const points = 12;
    let cutBeforeEnd = 0;
    for (let k = 0; k < points; k++) {
      await dropAll();
      const p = await proxy();
      const victim = new Graph({ ...graph.opts, uri: `bolt://127.0.0.1:${p.port}` });
      const attempt = victim.ensureSchema().then(
        () => 'finished',
        () => 'cut',
      );
      await new Promise((r) => setTimeout(r, (full * k) / points));
      p.cut();
      if ((await attempt) === 'cut') cutBeforeEnd++;
      await victim.close().catch(() => undefined);
      await p.close();
      const next = new Graph(graph.opts);
      try {
        await next.ensureSchema();
      } finally {
        await next.close();
      }
      await expectComplete();
    }
    expect(cutBeforeEnd).toBeGreaterThanOrEqual(points / 3); // the cuts did land inside the set-up
  }, 300_000); // twelve set-ups and checks: a minute on a quiet machine, several on a busy one
});
