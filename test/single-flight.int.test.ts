import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../src/graph/graph.ts';
import { loadDocument, removeDocument } from '../src/graph/loader.ts';
import { countBy } from '../src/graph/commitment-query.ts';
import { extractText } from '../src/extract/extract-document.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { config } from '../src/config.ts';
import { testGraph } from './helpers.ts';

// Copies of the map sent with Cache-Control: no-cache share executions (src/api/single-flight.ts),
// and none gets an answer computed before it arrived. The map's count query is counted (and held
// or made to fail in Neo4j) by a wrapper on the Graph the API reads through.
const MAP = '{ forumDomainLinks { forum { id } domain { id } commitmentCount documentCount } }';
const A = 'single-flight-a';
const B = 'single-flight-b';
const textA = '中华人民共和国和俄罗斯联邦联合声明\n\n双方将在世界卫生组织框架内加强卫生合作。';
const textB = '中华人民共和国和俄罗斯联邦联合声明\n\n双方将在欧洲安全与合作组织框架内加强安全合作。';
const links = countBy('link', {}, null);

let graph: Graph;
let api: ApiServer;
/** Map reads begun, and map reads Neo4j has answered. */
let begun = 0;
let answered = 0;
/** A map read answered by Neo4j returns to the API only once this settles. */
let hold: Promise<void> = Promise.resolve();
/** The next map read fails in Neo4j: a query stopped by its timeout. */
let failNext = false;
let slow: Graph;

function held(): () => void {
  let release!: () => void;
  hold = new Promise((r) => (release = r));
  return () => {
    release();
    hold = Promise.resolve();
  };
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(done()).toBe(true);
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ask(url: string, signal?: AbortSignal) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify({ query: MAP }),
    signal,
  });
  return {
    status: res.status,
    shared: res.headers.get('x-policy-graph-shared'),
    retryAfter: res.headers.get('retry-after'),
    body: await res.text(),
  };
}

beforeAll(async () => {
  graph = await testGraph();
  for (const id of [A, B]) await removeDocument(graph, id);
  await loadDocument(graph, extractText(textA), A);
  const cfg = config();
  slow = new Graph({
    uri: cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`,
    user: cfg.neo4j.user,
    password: cfg.neo4j.password,
    database: cfg.neo4j.database,
    queryTimeoutMs: 100,
  });
  const readText = graph.readText.bind(graph);
  graph.readText = async <T>(text: string, args: Record<string, unknown>, limit?: number): Promise<T[]> => {
    if (text !== links.text) return readText<T>(text, args, limit);
    begun++;
    const failing = failNext;
    failNext = false;
    try {
      // Neo4j stops it after 100 ms (Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration).
      if (failing) return await slow.readText<T>('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n', {});
      return await readText<T>(text, args, limit);
    } finally {
      answered++;
      await hold;
    }
  };
  // API_VERSION_MAX_AGE_MS of 10 s: a load by another process stays unseen in the graph version meanwhile,
  // so only the rule "never an execution started before the request" keeps its answer fresh.
  api = await startApi(
    graph,
    { ...cfg.api, port: 0, development: false, versionMaxAgeMs: 10_000, queryTimeoutMs: 30_000 },
    pino({ level: 'silent' }),
  );
});
afterAll(async () => {
  await api?.close();
  for (const id of [A, B]) await removeDocument(graph, id);
  await slow?.close();
  await graph?.close();
});

describe('copies of a no-cache read', () => {
  it('share executions: ten copies cost two, each answer byte for byte the unshared one', async () => {
    const alone = await ask(api.url);
    expect(alone).toMatchObject({ status: 200, shared: null });
    expect(alone.body).toContain('{"data":{"forumDomainLinks":[{');
    const before = begun;
    const release = held();
    const first = ask(api.url);
    await until(() => begun === before + 1);
    // Fewer than API_MAX_CONCURRENT (16): each would have a turn of its own to run in.
    const copies = Array.from({ length: 9 }, () => ask(api.url));
    await pause(1000); // every copy is waiting for the next execution
    release();
    const answers = [await first, ...(await Promise.all(copies))];
    for (const a of answers) expect({ status: a.status, body: a.body }).toEqual({ status: 200, body: alone.body });
    expect(begun - before).toBe(2);
    // The first ran its own; of the nine, one started the next execution and eight shared it.
    expect(answers.map((a) => a.shared ?? 'own').sort()).toEqual([...Array(8).fill('yes'), 'own', 'own'].sort());
  });

  it('a copy that arrives after a load never gets the answer computed before it', async () => {
    const release = held();
    const before = answered;
    const old = ask(api.url);
    await until(() => answered === before + 1); // Neo4j has answered the first copy: it holds no B
    // Another process loads B (this API's graph version is not read again for 10 s).
    const other = await testGraph();
    try {
      await loadDocument(other, extractText(textB), B);
    } finally {
      await other.close();
    }
    const fresh = ask(api.url);
    await pause(500);
    release();
    const [o, f] = [await old, await fresh];
    expect([o.status, f.status]).toEqual([200, 200]);
    const domains = (body: string) =>
      (JSON.parse(body) as { data: { forumDomainLinks: { domain: { id: string } }[] } }).data.forumDomainLinks
        .map((l) => l.domain.id)
        .sort();
    const domainOfB = extractText(textB).commitments.find((c) => c.forum)!.domain.id;
    expect(domains(o.body)).not.toContain(domainOfB);
    expect(domains(f.body)).toContain(domainOfB);
    await removeDocument(graph, B);
  });

  it('a shared execution that fails fails every copy that shared it, without a retry', async () => {
    const release = held();
    const before = begun;
    const first = ask(api.url);
    await until(() => begun === before + 1);
    failNext = true; // the next execution: the one the copies share
    const copies = Array.from({ length: 8 }, () => ask(api.url));
    await pause(1000);
    release();
    expect((await first).status).toBe(200);
    const failed = await Promise.all(copies);
    expect(failed[0].status).toBeGreaterThanOrEqual(500);
    expect(failed[0].body).toContain('"errors"');
    expect(failed[0].body).toContain('TIMEOUT');
    for (const f of failed)
      expect({ status: f.status, body: f.body }).toEqual({ status: failed[0].status, body: failed[0].body });
    expect(begun - before).toBe(2);
    // Nothing of the failure stays: the next copy is answered.
    expect((await ask(api.url)).status).toBe(200);
  });

  it('a copy whose client goes away does not stop the execution the others wait for', async () => {
    const release = held();
    const before = begun;
    const first = ask(api.url);
    await until(() => begun === before + 1);
    // This client's request is the first to wait: the next execution is its own.
    const leaving = new AbortController();
    const gone = ask(api.url, leaving.signal).catch((e: Error) => e.name);
    await pause(300);
    const copies = Array.from({ length: 4 }, () => ask(api.url));
    await pause(700);
    leaving.abort();
    expect(await gone).toBe('AbortError');
    release();
    expect((await first).status).toBe(200);
    for (const c of await Promise.all(copies)) expect(c.status).toBe(200);
    expect(begun - before).toBe(2);
  });

  it('a copy waits for the next execution no longer than API_QUERY_TIMEOUT_MS', async () => {
    const quick = await startApi(
      graph,
      { ...config().api, port: 0, development: false, queryTimeoutMs: 1000 },
      pino({ level: 'silent' }),
    );
    try {
      const release = held();
      const before = begun;
      const first = ask(quick.url);
      await until(() => begun === before + 1);
      const t = performance.now();
      const waiting = await ask(quick.url);
      const waited = performance.now() - t;
      expect(waiting).toMatchObject({ status: 503, retryAfter: '2' });
      expect(waiting.body).toContain('API_QUERY_TIMEOUT_MS');
      expect(waited).toBeGreaterThanOrEqual(900);
      release();
      expect((await first).status).toBe(200);
      await pause(200);
      expect(begun - before).toBe(1); // no one waits any more: the next execution never ran
    } finally {
      await quick.close();
    }
  });
});
