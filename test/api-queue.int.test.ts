import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../src/graph/graph.ts';
import { removeDocument } from '../src/graph/loader.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { config } from '../src/config.ts';
import { testGraph } from './helpers.ts';

// One request at a time (API_MAX_CONCURRENT=1): a document being loaded holds the only turn for
// seconds, as a slow query does on a store just restarted.
let graph: Graph;
let api: ApiServer;
const TOKEN = 'test-token';
const ID = 'api-queue-big';

async function post(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { status: res.status, cache: res.headers.get('x-policy-graph-cache'), at: performance.now(), ...body };
}

beforeAll(async () => {
  graph = await testGraph();
  await removeDocument(graph, ID);
  api = await startApi(
    graph,
    // A long API_QUERY_TIMEOUT_MS: a request waiting for its turn is not turned away meanwhile.
    { ...config().api, port: 0, token: TOKEN, development: false, maxConcurrent: 1, queryTimeoutMs: 120_000 },
    pino({ level: 'silent' }),
  );
});
afterAll(async () => {
  await api.close();
  await removeDocument(graph, ID);
  await graph.close();
});

describe('the queue of requests', () => {
  it('does not hold back a request the response cache answers', async () => {
    const cached = '{ domains { id } }';
    const first = await post(cached);
    expect(first.errors).toBeUndefined();
    expect((await post(cached)).cache).toBe('hit');

    // A large document: its request waits for a turn, then holds it while it is extracted and written.
    const text = '双方将加强能源合作。'.repeat(6000);
    const load = post(`mutation { ingestDocument(input: {id: "${ID}", text: "${text}"}) { status } }`, {
      authorization: `Bearer ${TOKEN}`,
    });
    await new Promise((r) => setTimeout(r, 300));
    // A query that must run waits for the load; the cached answer does not.
    const fresh = post(cached, { 'cache-control': 'no-cache' });
    const hit = await post(cached);
    const [loaded, ran] = await Promise.all([load, fresh]);
    expect(loaded.errors).toBeUndefined();
    expect(ran.errors).toBeUndefined();
    expect(hit).toMatchObject({ status: 200, cache: 'hit' });
    expect(hit.data).toEqual(first.data);
    expect(hit.at).toBeLessThan(loaded.at);
    expect(ran.at).toBeGreaterThan(loaded.at);
  });
});
