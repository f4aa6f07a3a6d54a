// The uncached map (`forumDomainLinks` with Cache-Control: no-cache) against an API already running,
// with bench/api.ts's own client and row loop, without its bare-driver rows (at 100 MB their 50
// concurrent map queries run Neo4j out of transaction memory, and the HTTP row after them measures that).
//   npx tsx bench/map-nocache.ts --url http://127.0.0.1:18080/graphql [--clients 10,50] [--requests 400]
// BENCH_ROW_SECONDS bounds each row (60), as in bench/api.ts.
import { loadavg } from 'node:os';
import { BUSY, MAP, measure, post } from './api.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const url = arg('--url', 'http://127.0.0.1:18080/graphql');
const clients = arg('--clients', '10,50').split(',').map(Number);
const requests = Number(arg('--requests', '400'));
const headers = { 'content-type': 'application/json', 'cache-control': 'no-cache' };
const body = JSON.stringify({ query: MAP });

let shared = 0;
const http = async () => {
  const res = await post(url, headers, body);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status === 503 && res.headers.get('retry-after')) return BUSY;
  if (!res.ok || bytes.indexOf('{"data":') !== 0 || bytes.includes('"errors":'))
    throw new Error(`forumDomainLinks failed: HTTP ${res.status} ${bytes.subarray(0, 300).toString()}`);
  if (res.headers.get('x-policy-graph-cache') === 'hit')
    throw new Error('a no-cache request was answered from the cache');
  if (res.headers.get('x-policy-graph-shared')) shared++;
  return null;
};

for (const n of clients) {
  shared = 0;
  const before = loadavg()[0].toFixed(1);
  const t = performance.now();
  const l = await measure(n, requests, http);
  const s = ((performance.now() - t) / 1000).toFixed(0);
  console.log(
    `clients ${n}: requests ${l.n}, 503 ${l.busy}, p50 ${l.p50.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms, p99/p50 ${(l.p99 / l.p50).toFixed(2)}, req/s ${l.rps.toFixed(2)}, shared ${shared}, ${s} s, load ${before} → ${loadavg()[0].toFixed(1)}`,
  );
}
