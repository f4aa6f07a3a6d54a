// API latency at the graph's current size: p50/p99 and requests/s of the main queries over HTTP at
// 10 and 50 concurrent clients, beside the same Cypher run straight through the driver in the same
// run. The API runs as its own process (`policy-graph serve`), as in production.
import { spawn, type ChildProcess } from 'node:child_process';
import { bareServer, closedLoop, oneAnswer, percentile } from './http-load.ts';
import type { Graph } from '../src/graph/graph.ts';
import { countBy, countCommitments, pageCommitments } from '../src/graph/commitment-query.ts';
import type { Config } from '../src/config.ts';

export interface Latency {
  p50: number;
  p99: number;
  rps: number;
  /** requests measured (fewer than asked when the row's time ran out) */
  n: number;
  /** answers `503 + Retry-After` (admission control: the API is saturated); not in the latencies */
  busy: number;
}
/** Cached answers at full speed: a closed loop of keep-alive connections (bench/http-load.ts) against the API. */
export interface ThroughputFigures {
  /** how the clients ask: as they are, accepting brotli, or holding the answer's ETag */
  how: string;
  clients: number;
  rps: number;
  p50: number;
  p99: number;
  /** body bytes received per answer */
  bytes: number;
  /** req/s of a bare node:http server sending the same status, headers and bytes, in the same run */
  bareRps: number;
  /** answers that were not the one expected (status other than `status`) */
  unexpected: number;
}

export interface ApiFigures {
  query: string;
  cache: string;
  clients: number;
  http: Latency;
  driver: Latency;
  ratioP50: number;
}

const links = countBy('link', {}, null);
/** Time allowed to each row's requests (BENCH_ROW_SECONDS); the table gives how many were measured. */
const ROW_SECONDS = Number(process.env.BENCH_ROW_SECONDS ?? 60);
if (!(ROW_SECONDS > 0))
  throw new Error(`BENCH_ROW_SECONDS=${process.env.BENCH_ROW_SECONDS} is not valid: give seconds per row, e.g. 60.`);
const healthPage = pageCommitments({ domain: 'health' }, {}, 21);
const healthCount = countCommitments({ domain: 'health' });
export const MAP =
  '{ forumDomainLinks { forum { id name nameZh } domain { id name nameZh } commitmentCount documentCount supportCount opposeCount } }';
const PAGE =
  '{ commitments(first: 20, filter: {domain: "health"}) { totalCount edges { node { id polarity modality domain { id } forum { id } actors { id name } evidence { text start end } } } pageInfo { endCursor } } }';
/**
 * Each query is measured as clients usually send it (answered from the response cache while the
 * graph is unchanged) and with `Cache-Control: no-cache` (executed in full), beside the Cypher the
 * API runs for it, straight through the driver.
 */
const QUERIES = [
  {
    name: 'forumDomainLinks',
    cache: 'cached',
    http: MAP,
    noCache: false,
    driver: (g: Graph) => g.readText(links.text, links.params),
  },
  {
    name: 'forumDomainLinks',
    cache: 'no-cache',
    http: MAP,
    noCache: true,
    driver: (g: Graph) => g.readText(links.text, links.params),
  },
  {
    name: 'commitments',
    cache: 'no-cache',
    http: PAGE,
    noCache: true,
    driver: (g: Graph) =>
      Promise.all([g.readText(healthPage.text, healthPage.params), g.readText(healthCount.text, healthCount.params)]),
  },
];

/** `total` requests from `clients` at once, or as many as start within `maxMs` (a slow row at 10 MB and more). */
export async function measure(
  clients: number,
  total: number,
  call: () => Promise<unknown>,
  maxMs = ROW_SECONDS * 1000,
): Promise<Latency> {
  const times: number[] = [];
  let next = 0,
    busy = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total && performance.now() - t0 < maxMs) {
        next++;
        const t = performance.now();
        if ((await call()) === BUSY) busy++;
        else times.push(performance.now() - t);
      }
    }),
  );
  const s = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    rps: times.length / s,
    n: times.length,
    busy,
  };
}

/**
 * One request on a connection of its own (`Connection: close`): a connection kept idle through a long
 * row (the driver's, a minute and more at 50 clients) meets the server closing it after its
 * keep-alive timeout just as the client reuses it ("other side closed"). A new loopback connection
 * costs a fraction of a millisecond beside rows of tens to thousands.
 */
export function post(url: string, headers: Record<string, string>, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { ...headers, connection: 'close' }, body });
}

/** What `http()` returns for an answer `503 + Retry-After`: the API turned the request away. */
export const BUSY = Symbol('busy');

/**
 * A bare-driver request Neo4j refused for now (a transient error: out of its transaction memory when many
 * heavy queries run at once at 100 MB) counts as turned away, like a 503 of the API, instead of ending the run.
 */
async function refusedOrDone(call: Promise<unknown>): Promise<unknown> {
  try {
    return await call;
  } catch (e) {
    // Neo4j's own code: on the driver's error, or on the GraphError that wraps it (whose code is ours).
    // After a run of those, the Graph's breaker answers at once for a few seconds (CircuitOpen): refused too.
    const { code, neo4jCode } = e as { code?: unknown; neo4jCode?: unknown };
    const neo4j = String(neo4jCode ?? code ?? '');
    if (neo4j.startsWith('Neo.TransientError.') || neo4j === 'CircuitOpen') return BUSY;
    throw e;
  }
}

/** The API server's process with the last lines it wrote to stderr (read all along: a pipe left unread fills and stalls the server). */
interface Server {
  child: ChildProcess;
  tail: () => string;
  port: number;
}

/** Starts the API on a port the system picks (a port chosen here may be taken by the time the server binds it). */
async function startServer(cfg: Config): Promise<Server> {
  const child = spawn(process.execPath, ['bin/policy-graph.mjs', 'serve', '--port', '0'], {
    env: {
      ...process.env,
      NEO4J_URI: cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`,
      NEO4J_PASSWORD: cfg.neo4j.password,
      API_QUERY_TIMEOUT_MS: '60000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: string[] = [];
  const server: Server = { child, tail: () => lines.join('\n'), port: 0 };
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) {
      lines.push(line);
      // `serve` prints where it listens: "GraphQL API: http://127.0.0.1:PORT/graphql".
      server.port ||= Number(/^GraphQL API: http:\/\/[^/]+:(\d+)\//.exec(line)?.[1] ?? 0);
    }
    lines.splice(0, Math.max(0, lines.length - 20));
  });
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) break;
    try {
      if (server.port && (await fetch(`http://127.0.0.1:${server.port}/readyz`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the API server did not start for bench/api; its last lines:\n${server.tail()}`);
}

/**
 * Measures every row; `onRow` gets each as it finishes (a run that fails later keeps them). An error
 * names the row and carries the API server's last lines.
 */
export async function benchApi(
  graph: Graph,
  cfg: Config,
  onRow: (row: ApiFigures) => void,
  onThroughput: (row: ThroughputFigures) => void,
  requests = 400,
): Promise<void> {
  const server = await startServer(cfg);
  const port = server.port;
  let row = 'start';
  try {
    for (const q of QUERIES) {
      row = `${q.name} ${q.cache}`;
      const headers = { 'content-type': 'application/json', ...(q.noCache ? { 'cache-control': 'no-cache' } : {}) };
      // Checked in full once; while timed, the client takes the body's bytes and checks that they
      // hold data and no error: parsing 0.5 MB of JSON per request would time the client, not the API.
      // A 503 with Retry-After (Neo4j still busy with the heavy rows before, at 100 MB) is waited out, as a client would.
      let first: Response | null = null;
      for (let attempt = 0; attempt < 30; attempt++) {
        first = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: q.http }),
        });
        const retry = first.status === 503 ? Number(first.headers.get('retry-after')) : NaN;
        if (!(retry > 0)) break;
        await first.arrayBuffer();
        await new Promise((r) => setTimeout(r, retry * 1000));
      }
      const answer = (await first!.json()) as { data?: unknown; errors?: unknown[] };
      if (!first!.ok || answer.errors || !answer.data)
        throw new Error(`${q.name} failed: ${JSON.stringify(answer).slice(0, 300)}`);
      const http = async () => {
        const res = await post(`http://127.0.0.1:${port}/graphql`, headers, JSON.stringify({ query: q.http }));
        const body = Buffer.from(await res.arrayBuffer());
        if (res.status === 503 && res.headers.get('retry-after')) return BUSY;
        // A kept answer marked stale: the API could not read the graph version (Neo4j swamped, at 100 MB, by
        // the bare-driver row before). Not a cache hit to time: counted with the requests turned away.
        if (!q.noCache && res.ok && res.headers.get('x-policy-graph-cache') === 'stale') return BUSY;
        if (!res.ok || body.indexOf('{"data":') !== 0 || body.includes('"errors":'))
          throw new Error(`${q.name} failed: HTTP ${res.status} ${body.subarray(0, 300).toString()}`);
        if ((res.headers.get('x-policy-graph-cache') === 'hit') !== !q.noCache)
          throw new Error(
            `${q.name} expected ${q.noCache ? 'no cache' : 'a cache hit'}, got ${res.headers.get('x-policy-graph-cache')}`,
          );
        return null;
      };
      await measure(5, 50, http); // warm up both paths
      await measure(5, 50, () => refusedOrDone(q.driver(graph)));
      for (const clients of [1, 10, 50]) {
        row = `${q.name} ${q.cache} ${clients} clients`;
        // The API first: at 100 MB the bare driver's 50 concurrent map queries leave Neo4j short of memory
        // for a while, and the HTTP row after them would time that recovery instead of the API.
        const viaHttp = await measure(clients, requests, http);
        const driver = await measure(clients, requests, () => refusedOrDone(q.driver(graph)));
        onRow({ query: q.name, cache: q.cache, clients, http: viaHttp, driver, ratioP50: viaHttp.p50 / driver.p50 });
      }
    }
    row = 'cached throughput';
    for (const t of await throughput(port)) onThroughput(t);
  } catch (e) {
    throw new Error(
      `bench/api, row ${row}: ${(e as Error).message}${(e as Error).cause ? ` (${String((e as Error).cause)})` : ''}\nthe API server ${server.child.exitCode === null ? 'is still running' : `exited with ${server.child.exitCode}`}; its last lines:\n${server.tail()}`,
      { cause: e },
    );
  } finally {
    server.child.kill();
  }
}

/**
 * The cached map at 10 clients for `seconds` each way: as clients send it (the whole answer), accepting
 * brotli (the answer compressed once when it was kept), and holding its ETag (304, no body); each
 * beside a bare node:http server sending the same status, headers and bytes (the machine's ceiling).
 */
export async function throughput(port: number, seconds = Math.min(10, ROW_SECONDS)): Promise<ThroughputFigures[]> {
  const url = `http://127.0.0.1:${port}/graphql`;
  const body = JSON.stringify({ query: MAP });
  const json = { 'content-type': 'application/json' };
  const first = await fetch(url, { method: 'POST', headers: json, body });
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  if (!etag) throw new Error('the cached map has no ETag');
  // The compressed copy is made in the background once the answer is kept: wait for it.
  for (let i = 0; i < 100; i++) {
    const r = await fetch(url, { method: 'POST', headers: { ...json, 'accept-encoding': 'br' }, body });
    await r.arrayBuffer();
    if (r.headers.get('content-encoding') === 'br') break;
    await new Promise((res) => setTimeout(res, 50));
  }
  const ways: [string, Record<string, string>, number][] = [
    ['whole answer', {}, 200],
    ['Accept-Encoding: br', { 'accept-encoding': 'br' }, 200],
    ['If-None-Match (304)', { 'if-none-match': etag }, 304],
  ];
  const out: ThroughputFigures[] = [];
  for (const [how, headers, status] of ways) {
    const asked = { url, method: 'POST', headers: { ...json, ...headers }, body };
    const api = await closedLoop({ ...asked, connections: 10, seconds, status });
    const sample = await oneAnswer(asked);
    if (sample.status !== status) throw new Error(`${how}: the API answered ${sample.status}, not ${status}`);
    const bare = await bareServer(status, sample.headers, sample.bytes);
    try {
      const ceiling = await closedLoop({ ...asked, url: bare.url, connections: 10, seconds, status });
      const { rps, p50, p99, bytes, unexpected } = api;
      out.push({ how, clients: 10, rps, p50, p99, bytes, unexpected, bareRps: ceiling.rps });
    } finally {
      bare.stop();
    }
  }
  return out;
}
