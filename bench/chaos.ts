// npm run chaos [-- --quick] [-- --soak SECONDS] [-- --ports BOLT,HTTP,API] [-- --only …]: what a demanding
// operator would try, bounded in time and on loopback only, with its own Neo4j (.neo4j/chaos, Bolt
// 27707, HTTP 27708) and API (port 27709; the timeout check's API on the next port). --ports moves
// them (several people on one machine). Prints one table and writes it into bench/RESULTS.md.
//   1. kill -9 of `ingest` at random moments, then resume: consistency after every kill
//   2. kill -9 of start-up (schema set-up) on an empty schema: is the store ever bricked?
//   3. kill -9 of Neo4j under 20 clients of API load, then restart: outage answer times (timed by a
//      light probe on a thread of its own; the load clients' times are printed beside), recovery
//   4. fuzzed inputs through the extractor: crashes, hangs, time per MB
//   5. a soak: ingests and removals through the API interleaved with reads, each read checked
//      against counts computed from the extractor's output; the API's memory at start and end
// Every figure is checked by the script itself; a run with any failure exits 1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { readConfig } from '../src/config.ts';
import { Graph } from '../src/graph/graph.ts';
import { schemaNames } from '../src/graph/schema-repair.ts';
import * as local from '../src/graph/local-server.ts';
import { extractBytes, extractFile, extractText } from '../src/extract/extract-document.ts';
import { InputError } from '../src/text/input-error.ts';
import { documentIdOf } from '../src/text/document-id.ts';
import type { ExtractResult } from '../src/extract/types.ts';
import { rng, writeCorpus } from './corpus.ts';
import { ADVERSARIAL } from './adversarial.ts';
import { writeResultsBlock } from './results-block.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
// --only ingest,fuzz,startup,neo4j,timeout,soak: some of the tests (while working on one of them).
const only = args.includes('--only') ? String(args[args.indexOf('--only') + 1]).split(',') : null;
const runs = (test: string) => !only || only.includes(test);
const soakSeconds = args.includes('--soak') ? Number(args[args.indexOf('--soak') + 1]) : quick ? 60 : 600;
// Each count can be set on its own (--ingest-kills 8 --corpus-kb 400 …) for a smaller run that still
// fits a busy machine; the table says what was run.
const count = (flag: string, fallback: number) => {
  if (!args.includes(flag)) return fallback;
  const n = Number(args[args.indexOf(flag) + 1]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes a whole number.`);
  return n;
};
const PLAN = {
  ingestKills: count('--ingest-kills', quick ? 5 : 20),
  startupKills: count('--startup-kills', quick ? 10 : 50),
  neo4jKills: count('--neo4j-kills', quick ? 1 : 3),
  fuzz: count('--fuzz', quick ? 1000 : 10_000),
  fuzzBig: count('--fuzz-big', quick ? 3 : 10),
  corpusBytes: count('--corpus-kb', quick ? 400 : 1500) * 1000,
};
function portsArg(): number[] {
  if (!args.includes('--ports')) return [27707, 27708, 27709];
  const ports = String(args[args.indexOf('--ports') + 1])
    .split(',')
    .map(Number);
  if (ports.length !== 3 || !ports.every((p) => Number.isInteger(p) && p > 0 && p < 65535))
    throw new Error('--ports takes three port numbers, BOLT,HTTP,API (for example --ports 37787,37574,37400).');
  return ports;
}
const [BOLT, HTTP, API_PORT] = portsArg(),
  TOKEN = 'chaos-token';
const cfg = readConfig({
  ...process.env,
  NEO4J_URI: '',
  POLICY_GRAPH_NEO4J_HOME: '.neo4j/chaos',
  NEO4J_BOLT_PORT: String(BOLT),
  NEO4J_HTTP_PORT: String(HTTP),
});
const uri = `bolt://127.0.0.1:${BOLT}`;
const childEnv = {
  ...process.env,
  NEO4J_URI: uri,
  NEO4J_PASSWORD: cfg.neo4j.password,
  NEO4J_USER: cfg.neo4j.user,
  POLICY_GRAPH_TOKEN: TOKEN,
  DEBUG: '',
};
const log = (m: string) => process.stderr.write(`[chaos] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const r = rng(14);
const t0 = Date.now();
const rows: { test: string; tries: string; result: string; ok: boolean }[] = [];
const row = (test: string, tries: string, result: string, ok: boolean) => {
  rows.push({ test, tries, result, ok });
  log(`${ok ? 'ok' : 'FAILED'}: ${test}: ${result}`);
};

// ---- the store and what it must hold ----------------------------------------------------------
let graph = undefined as unknown as Graph;
const newGraph = () =>
  new Graph({
    uri,
    user: cfg.neo4j.user,
    password: cfg.neo4j.password,
    database: cfg.neo4j.database,
    queryTimeoutMs: 60_000,
  });
async function freshStore(): Promise<void> {
  await (graph as Graph | undefined)?.close();
  await local.stop(cfg);
  rmSync(join(cfg.neo4j.home, 'data'), { recursive: true, force: true });
  await local.start(cfg, log);
  graph = newGraph();
  await graph.verify();
  await graph.ensureSchema();
}
async function cypher<T = Record<string, unknown>>(q: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const s = graph.driver.session();
  try {
    return (await s.run(q, params)).records.map((x) => x.toObject() as T);
  } finally {
    await s.close();
  }
}
const neo4jPid = () => Number(readFileSync(join(cfg.neo4j.home, 'run', 'policy-graph-neo4j.pid'), 'utf8'));

/** Per document: sentences and commitments; and the forum × domain map, as the extractor gives them. */
interface Expected {
  docs: Map<string, { sentences: number; commitments: number }>;
  map: Map<string, number>;
}
function expectedOf(results: Map<string, ExtractResult>, ids: Iterable<string>): Expected {
  const docs = new Map<string, { sentences: number; commitments: number }>();
  const map = new Map<string, number>();
  for (const id of ids) {
    const x = results.get(id)!;
    docs.set(id, { sentences: x.sentences.length, commitments: x.commitments.length });
    for (const c of x.commitments)
      if (c.forum) map.set(`${c.forum.id}|${c.domain.id}`, (map.get(`${c.forum.id}|${c.domain.id}`) ?? 0) + 1);
  }
  return { docs, map };
}

/** Inconsistencies in the store: partial documents, orphans. */
async function inconsistencies(): Promise<string[]> {
  const out: string[] = [];
  const partial = await cypher<{
    id: string;
  }>(`MATCH (d:Document) CALL { WITH d MATCH (d)-[:HAS_SENTENCE]->(s) RETURN count(s) AS ns }
    CALL { WITH d MATCH (c:Commitment {documentId: d.id}) RETURN count(c) AS nc }
    WITH d, ns, nc WHERE d.sentenceCount IS NULL OR ns <> d.sentenceCount OR nc <> d.commitmentCount RETURN d.id AS id`);
  for (const p of partial) out.push(`partial document ${p.id}`);
  const [orphans] = await cypher<{
    actors: number;
    forums: number;
    actions: number;
    commitments: number;
  }>(`CALL { MATCH (a:Actor) WHERE NOT (a)<-[:BY]-() RETURN count(a) AS actors }
    CALL { MATCH (f:Forum) WHERE NOT (f)<-[:THROUGH]-() RETURN count(f) AS forums }
    CALL { MATCH (x:Action) WHERE NOT (x)<-[:ACTION]-() RETURN count(x) AS actions }
    CALL { MATCH (c:Commitment) WHERE NOT (c)-[:STATED_IN]->() RETURN count(c) AS commitments }
    RETURN actors, forums, actions, commitments`);
  for (const [k, v] of Object.entries(orphans)) if (Number(v)) out.push(`${v} orphan ${k}`);
  return out;
}

/** Differences between the store and what the extractor says the loaded documents hold. */
async function wrongAnswers(exp: Expected): Promise<string[]> {
  const out: string[] = [];
  const docs = await cypher<{ id: string; s: number; c: number }>(
    'MATCH (d:Document) RETURN d.id AS id, d.sentenceCount AS s, d.commitmentCount AS c',
  );
  for (const d of docs) {
    const e = exp.docs.get(d.id);
    if (!e || e.sentences !== Number(d.s) || e.commitments !== Number(d.c))
      out.push(`document ${d.id}: ${d.s}/${d.c} vs ${e?.sentences}/${e?.commitments}`);
  }
  const map = await cypher<{ forum: string; domain: string; commitments: number }>(
    'MATCH (f:Forum)<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(dm:Domain) RETURN f.id AS forum, dm.id AS domain, count(c) AS commitments',
  );
  const got = new Map(map.map((m) => [`${m.forum}|${m.domain}`, Number(m.commitments)]));
  for (const k of new Set([...got.keys(), ...exp.map.keys()]))
    if ((got.get(k) ?? 0) !== (exp.map.get(k) ?? 0)) out.push(`map ${k}: ${got.get(k)} vs ${exp.map.get(k)}`);
  return out;
}

const cli = (cmd: string[], env: Record<string, string> = {}) =>
  spawn(process.execPath, ['bin/policy-graph.mjs', ...cmd], {
    env: { ...childEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const exited = (c: ChildProcess) =>
  new Promise<number | null>((res) => {
    if (c.exitCode !== null || c.signalCode !== null) res(c.exitCode);
    else c.once('exit', (code) => res(code));
  });

// ---- 1. kill -9 of ingest --------------------------------------------------------------------
async function ingestKills(files: string[], results: Map<string, ExtractResult>, dir: string): Promise<void> {
  log(`kill -9 of ingest ×${PLAN.ingestKills} over ${files.length} statements`);
  const t = performance.now();
  const full = cli(['ingest', dir]);
  await exited(full);
  const fullMs = performance.now() - t;
  await freshStore();
  let bad = 0;
  const problems: string[] = [];
  for (let k = 0; k < PLAN.ingestKills; k++) {
    // Some rounds remove a few documents first, so kills also land in replacements.
    if (k % 4 === 3)
      for (const f of files.slice(0, 3))
        spawnSync(process.execPath, ['bin/policy-graph.mjs', 'remove', documentIdOf(f)], { env: childEnv });
    const child = cli(['ingest', dir]);
    await sleep(500 + r.next() * fullMs);
    child.kill('SIGKILL');
    await exited(child);
    const found = await inconsistencies();
    if (found.length) {
      bad++;
      problems.push(...found.slice(0, 3));
    }
  }
  const last = cli(['ingest', dir]);
  const code = await exited(last);
  const wrong = await wrongAnswers(expectedOf(results, files.map(documentIdOf)));
  const found = await inconsistencies();
  row(
    '`kill -9` of `ingest` at random moments, then resume',
    `${PLAN.ingestKills} over ${files.length} statements`,
    bad || wrong.length || found.length || code !== 0
      ? `✗ ${bad} inconsistent states${problems.length ? ` (${problems.slice(0, 3).join('; ')})` : ''}, final ingest exit ${code}, ${wrong.length + found.length} differences from the extractor's counts${wrong.length ? ` (${wrong.slice(0, 3).join('; ')})` : ''}`
      : "✓ every check consistent (no partial document, no orphans); final graph = the extractor's counts",
    !bad && !wrong.length && !found.length && code === 0,
  );
}

// ---- 2. kills timed into start-up on an empty schema ---------------------------------------
async function dropSchema(): Promise<void> {
  const { constraints, indexes } = schemaNames();
  for (const c of constraints) await cypher(`DROP CONSTRAINT ${c} IF EXISTS`);
  for (const i of [...indexes, ...constraints]) await cypher(`DROP INDEX ${i} IF EXISTS`);
}
async function startupKills(): Promise<void> {
  log(`kill -9 timed into start-up ×${PLAN.startupKills}`);
  await dropSchema();
  let t = performance.now();
  await graph.ensureSchema();
  const schemaMs = performance.now() - t;
  await dropSchema();
  t = performance.now();
  await exited(cli(['stats']));
  const totalMs = performance.now() - t;
  let bricked = 0,
    landed = 0;
  for (let k = 0; k < PLAN.startupKills; k++) {
    await dropSchema();
    const child = cli(['stats']);
    // Aimed at the schema set-up at the end of the command's start (its length measured above), spread over it.
    const at = Math.max(0, totalMs - schemaMs * 1.5) + (schemaMs * 1.5 * k) / PLAN.startupKills;
    await sleep(at);
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      landed++;
    }
    await exited(child);
    const next = newGraph();
    try {
      await next.ensureSchema();
      await next.stats();
    } catch {
      bricked++;
    } finally {
      await next.close();
    }
  }
  row(
    '`kill -9` of a command timed into its start-up on an empty schema',
    `${PLAN.startupKills} (${landed} while running)`,
    bricked ? `✗ ${bricked} bricked stores` : '✓ 0 bricked stores: the next start repaired every state',
    !bricked,
  );
}

// ---- 3. Neo4j killed under API load ---------------------------------------------------------
async function startApi(
  extra: Record<string, string> = {},
  port = API_PORT,
): Promise<{ child: ChildProcess; url: string }> {
  const child = cli(['serve', '--port', String(port)], extra);
  // The API's own log, for reading after a failed check.
  const logFile = createWriteStream(`bench/out/chaos-api-${port}.log`, { flags: 'a' });
  let err = '';
  child.stderr!.on('data', (d) => {
    if (err.length < 100_000) err += d;
    logFile.write(d);
  });
  child.stdout!.pipe(logFile);
  for (let i = 0; i < 1200 && !/GraphQL API: (\S+)/.test(err); i++) {
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  const m = /GraphQL API: (\S+)/.exec(err);
  if (!m) throw new Error(`the API did not start: ${err.slice(-500)}`);
  return { child, url: m[1] };
}
async function gql(url: string, query: string, headers: Record<string, string> = {}, timeoutMs = 60_000) {
  const t = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several queries, read field by field
    const body = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    return {
      ms: performance.now() - t,
      status: res.status,
      body,
      cache: res.headers.get('x-policy-graph-cache'),
      retryAfter: res.headers.get('retry-after'),
    };
  } catch (e) {
    return {
      ms: performance.now() - t,
      status: 0,
      body: { errors: [{ extensions: { code: (e as Error).name } }] },
      cache: null,
      retryAfter: null,
    };
  }
}
const MAP_Q = '{ forumDomainLinks { forum { id } domain { id } commitmentCount } }';
const TOTAL_Q = '{ commitments(first: 5) { totalCount } }';
/* eslint-disable @typescript-eslint/no-explicit-any -- a GraphQL answer as JSON */
function mapMatches(body: any, exp: Expected): boolean {
  const got = new Map<string, number>(
    (body?.data?.forumDomainLinks ?? []).map((l: any) => [`${l.forum.id}|${l.domain.id}`, l.commitmentCount]),
  );
  if (got.size !== exp.map.size) return false;
  for (const [k, v] of exp.map) if (got.get(k) !== v) return false;
  return true;
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
const totalOf = (exp: Expected) => [...exp.docs.values()].reduce((n, d) => n + d.commitments, 0);

/**
 * A light client on a thread of its own: one request at a time (the map and the total, with and
 * without Cache-Control: no-cache, and /healthz), each timed to its response headers, i.e. to the
 * API's answer. The twenty load clients share one event loop that also parses every map they get
 * (700 KB each): when it falls behind, their times hold their own queueing, not the API's.
 */
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
let stop = false;
parentPort.on('message', () => { stop = true; });
const now = () => performance.timeOrigin + performance.now();
(async () => {
  for (let k = 0; !stop; k++) {
    const health = k % 3 === 2;
    const query = workerData.queries[k % workerData.queries.length];
    const noCache = k % 2 === 0;
    const sent = now();
    const row = { sent, health, ms: 0, status: 0, code: null, cache: null, retry: false };
    try {
      const res = health
        ? await fetch(workerData.health, { signal: AbortSignal.timeout(30000) })
        : await fetch(workerData.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(noCache ? { 'cache-control': 'no-cache' } : {}) },
            body: JSON.stringify({ query }),
            signal: AbortSignal.timeout(30000),
          });
      row.ms = now() - sent;
      row.status = res.status;
      row.cache = res.headers.get('x-policy-graph-cache');
      row.retry = !!res.headers.get('retry-after');
      const text = await res.text();
      if (res.status !== 200) row.code = JSON.parse(text).errors?.[0]?.extensions?.code ?? null;
    } catch (e) {
      row.ms = now() - sent;
      row.code = e.name;
    }
    parentPort.postMessage(row);
    await new Promise((r) => setTimeout(r, 50));
  }
  parentPort.close();
})();
`;
interface ProbeRow {
  sent: number;
  health: boolean;
  ms: number;
  status: number;
  code: string | null;
  cache: string | null;
  retry: boolean;
}
const epochNow = () => performance.timeOrigin + performance.now();

async function neo4jKills(exp: Expected): Promise<void> {
  log(`kill -9 of Neo4j under load ×${PLAN.neo4jKills}`);
  const api = await startApi();
  // Answers to requests sent while Neo4j was down (errors and stale reads): their time; and requests
  // already running when Neo4j was killed: the time from the kill to their answer.
  const outage: number[] = [],
    afterKill: number[] = [],
    recovery: number[] = [],
    recoveryRan: number[] = [];
  const examples: string[] = [];
  let wrong = 0,
    hung = 0,
    badCode = 0,
    staleServed = 0,
    goodUp = 0,
    answered = 0,
    apiDied = false,
    slowHealth = 0;
  let down = false,
    killAt = 0,
    backAt = 0,
    firstGood = 0,
    firstRan = 0;
  const otherCodes = new Set<string>();
  let stop = false;
  const client = async () => {
    while (!stop) {
      const q = r.next() < 0.5 ? MAP_Q : TOTAL_Q;
      const noCache = r.next() < 0.7;
      const sentDown = down;
      const a = await gql(api.url, q, noCache ? { 'cache-control': 'no-cache' } : {}, 30_000);
      answered++;
      const answeredDown = down;
      // Outage answers: sent and answered while Neo4j was down (one sent during the outage and
      // answered after Neo4j was back waited for the recovery; the 30 s limit still applies to it).
      if (sentDown && answeredDown && (a.body.errors || a.cache === 'stale')) outage.push(a.ms);
      else if (answeredDown && !sentDown) afterKill.push(performance.now() - killAt);
      await sleep(20); // clients of a service pause between requests; 20 of them still keep it busy
      if (a.status === 0) {
        hung++;
        continue;
      }
      const failed = !!a.body.errors;
      if (!failed) {
        const right = q === MAP_Q ? mapMatches(a.body, exp) : a.body.data.commitments.totalCount === totalOf(exp);
        if (!right) wrong++;
        if (a.cache === 'stale') staleServed++;
        else if (!sentDown && !answeredDown) goodUp++;
        const sentBack = backAt && performance.now() - a.ms >= backAt;
        if (sentBack && !firstGood && a.cache !== 'stale') firstGood = performance.now();
        // The same, for an answer Neo4j computed (not one kept in the response cache).
        if (sentBack && !firstRan && a.cache !== 'stale' && a.cache !== 'hit') firstRan = performance.now();
      } else {
        const code = a.body.errors![0].extensions?.code;
        // A cold store just after the restart may stop a query by its timeout: QUERY_TIMEOUT, also 503.
        if (!['SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT'].includes(String(code)) || a.status !== 503 || !a.retryAfter) {
          badCode++;
          otherCodes.add(`${a.status} ${code}${answeredDown ? '' : ' (Neo4j up)'}`);
          if (examples.length < 3)
            examples.push(`${a.status} ${a.retryAfter ?? 'no Retry-After'} ${JSON.stringify(a.body).slice(0, 200)}`);
        }
      }
    }
  };
  const health = (async () => {
    while (!stop) {
      const t = performance.now();
      try {
        await fetch(api.url.replace('/graphql', '/healthz'), { signal: AbortSignal.timeout(5000) });
      } catch {
        apiDied = true;
      }
      if (performance.now() - t > 1000) slowHealth++;
      await sleep(200);
    }
  })();
  const probeRows: ProbeRow[] = [];
  const probe = new Worker(PROBE, {
    eval: true,
    workerData: { url: api.url, health: api.url.replace('/graphql', '/healthz'), queries: [MAP_Q, TOTAL_Q] },
  });
  probe.on('message', (m: ProbeRow) => probeRows.push(m));
  const probeDone = new Promise((res) => probe.once('exit', res));
  // Outages as epoch milliseconds: from the kill to the moment Neo4j answered a fresh driver again.
  const outages: [number, number][] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const clients = Array.from({ length: 20 }, client);
  for (let k = 0; k < PLAN.neo4jKills; k++) {
    await sleep(8000);
    killAt = performance.now();
    outages.push([epochNow(), Infinity]);
    process.kill(neo4jPid(), 'SIGKILL');
    down = true;
    log(`Neo4j killed at ${new Date().toISOString()}`);
    backAt = 0;
    firstGood = 0;
    firstRan = 0;
    await sleep(10_000);
    await local.start(cfg, log);
    log(`Neo4j accepts Bolt connections at ${new Date().toISOString()}`);
    // "Neo4j answers again": the first query a fresh driver gets answered.
    const probe = newGraph();
    for (;;) {
      try {
        await probe.read('graph-version', {});
        break;
      } catch {
        await sleep(100);
      }
    }
    await probe.close();
    backAt = performance.now();
    outages[outages.length - 1][1] = epochNow();
    down = false;
    log(`Neo4j answers a fresh driver at ${new Date().toISOString()}`);
    for (let i = 0; i < 300 && !(firstGood && firstRan); i++) await sleep(100);
    recovery.push(firstGood ? (firstGood - backAt) / 1000 : Infinity);
    recoveryRan.push(firstRan ? (firstRan - backAt) / 1000 : Infinity);
    log(
      `first good answer ${recovery.at(-1)!.toFixed(1)} s after that, first not from the cache ${recoveryRan.at(-1)!.toFixed(1)} s`,
    );
  }
  await sleep(5000);
  stop = true;
  probe.postMessage('stop');
  await Promise.all([...clients, health, probeDone]);
  loopDelay.disable();
  if (api.child.exitCode !== null) apiDied = true;
  api.child.kill('SIGTERM');
  await exited(api.child);
  const worst = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
  const percentile = (xs: number[], p: number) =>
    xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] : 0;
  const worstOutage = worst(outage),
    worstAfterKill = worst(afterKill);
  // The probe's answers sent and answered within an outage; its /healthz answers over a second.
  const within = (r: ProbeRow) => outages.some(([a, b]) => r.sent >= a && r.sent + r.ms <= b);
  const probeOutage = probeRows.filter((r) => !r.health && within(r));
  // A kept answer right after the kill, before the API has noticed (its graph version read less than
  // API_VERSION_MAX_AGE_MS before), is a plain hit: the right answer, as the graph has not changed.
  const probeOther = probeOutage.filter(
    (r) =>
      !(r.status === 200 && (r.cache === 'stale' || r.cache === 'hit')) &&
      !(r.status === 503 && r.retry && ['SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT'].includes(String(r.code))),
  );
  const probeBad = probeOther.length;
  const probeWorst = worst(probeOutage.map((r) => r.ms));
  const probeSlowHealth = probeRows.filter((r) => r.health && r.ms > 1000).length;
  const clientLoop = { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 };
  if (examples.length) log(`answers with another code or status: ${examples.join(' | ')}`);
  const ok =
    goodUp > 0 &&
    !apiDied &&
    !wrong &&
    !hung &&
    !badCode &&
    probeOutage.length > 0 &&
    !probeBad &&
    probeWorst <= 1000 &&
    worstAfterKill <= 1000 &&
    recovery.every((s) => s <= 5) &&
    !probeSlowHealth;
  row(
    '`kill -9` of Neo4j under 20 clients of API load, restart',
    `${PLAN.neo4jKills} (${answered} requests)`,
    `${ok ? '✓' : '✗'} API ${apiDied ? 'died' : 'survived'}, ${goodUp} good answers while Neo4j was up, ${wrong} wrong answers, ${hung} requests without an answer in 30 s; while down, a probe on a thread of its own: ${probeOutage.length} answers in ≤ ${(probeWorst / 1000).toFixed(2)} s (99th percentile ${(
      percentile(
        probeOutage.map((r) => r.ms),
        0.99,
      ) / 1000
    ).toFixed(
      2,
    )} s), ${probeBad} of them other than \`SERVICE_UNAVAILABLE\` + 503 + Retry-After or a kept answer${probeBad ? ` (${[...new Set(probeOther.map((r) => `${r.status} ${r.code ?? ''} ${r.cache ?? ''}`.trim()))].join(', ')})` : ''}, its /healthz over 1 s ${probeSlowHealth} times; the 20 load clients: ${outage.length} answers in ≤ ${(worstOutage / 1000).toFixed(2)} s (99th percentile ${(percentile(outage, 0.99) / 1000).toFixed(2)} s; their own event loop, which parses every answer, ran up to ${(clientLoop.max / 1000).toFixed(2)} s late, 99th percentile ${(clientLoop.p99 / 1000).toFixed(2)} s) (stale cached reads: ${staleServed}), ${badCode} answers with another code or status${otherCodes.size ? ` (${[...otherCodes].join(', ')})` : ''}; ${afterKill.length} requests running at the kill answered ≤ ${(worstAfterKill / 1000).toFixed(2)} s after it; first good answer ${recovery.map((s) => `${s.toFixed(1)} s`).join(', ')} after Neo4j answered again (first one not from the response cache ${recoveryRan.map((s) => `${s.toFixed(1)} s`).join(', ')}); the load clients' /healthz over 1 s ${slowHealth} times`,
    ok,
  );
}

/** A query stopped by the per-query timeout must say QUERY_TIMEOUT with 503 + Retry-After. */
async function timeoutCode(): Promise<void> {
  const api = await startApi({ API_QUERY_TIMEOUT_MS: '100' }, API_PORT + 1);
  try {
    const texts = ['合作', 'cooperation', '的', 'the', 'a'];
    let seen: Awaited<ReturnType<typeof gql>> | null = null;
    for (let i = 0; i < 20 && !seen; i++) {
      const a = await gql(
        api.url,
        `{ commitments(first: 100, filter: {text: "${texts[i % texts.length]}"}) { totalCount edges { node { evidence { text } } } } }`,
        { 'cache-control': 'no-cache' },
      );
      if (a.body.errors) seen = a;
    }
    if (!seen) {
      row(
        'a query stopped by the per-query timeout',
        'API_QUERY_TIMEOUT_MS=100',
        'not provoked: every query finished within 100 ms on this graph',
        true,
      );
      return;
    }
    const code = seen.body.errors![0].extensions?.code;
    const ok = code === 'QUERY_TIMEOUT' && seen.status === 503 && !!seen.retryAfter;
    row(
      'a query stopped by the per-query timeout',
      'API_QUERY_TIMEOUT_MS=100',
      `${ok ? '✓' : '✗'} coded \`${code}\`, HTTP ${seen.status}, Retry-After ${seen.retryAfter ?? 'missing'}`,
      ok,
    );
  } finally {
    api.child.kill('SIGTERM');
    await exited(api.child);
  }
}

// ---- 4. fuzzed inputs -------------------------------------------------------------------------
function fuzzText(n: number): string {
  const shapes = Object.values(ADVERSARIAL);
  const bits = [
    '双方',
    '将',
    '加强',
    '能源',
    '合作',
    '。',
    '，',
    '（',
    '）',
    '“',
    '”',
    '\n',
    '\n\n',
    ' ',
    'The two sides',
    ' will ',
    'strengthen',
    'cooperation',
    '.',
    ',',
    ';',
    '(',
    ')',
    'BRICS',
    '上海合作组织',
    '未完待续',
    '责任编辑',
    '\u0000',
    '\uFFFD',
    '🙂',
    'é',
    '\t',
    '１２',
    '一、',
    'I.',
    'Mr.',
  ];
  if (r.next() < 0.2) return r.pick(shapes)(Math.max(1, n), r.int(1000));
  let s = '';
  while (s.length < n) s += r.next() < 0.1 ? String.fromCodePoint(r.int(0x2ffff) + 1) : r.pick(bits);
  return s;
}
function fuzz(): void {
  log(`fuzz ×${PLAN.fuzz}`);
  let crashes = 0,
    hangs = 0,
    inputErrors = 0,
    worstSmall = 0,
    worstBigPerMB = 0,
    worstSmallWhat = '';
  const examples: string[] = [];
  for (let i = 0; i < PLAN.fuzz; i++) {
    const big = i < PLAN.fuzzBig;
    const text = fuzzText(big ? 1_000_000 : 1 + r.int(4000));
    const t = performance.now();
    try {
      if (r.next() < 0.2 && !big)
        extractBytes(Buffer.from(Array.from({ length: 1 + r.int(300) }, () => r.int(256))), { source: 'fuzz' });
      else extractText(text);
    } catch (e) {
      if (e instanceof InputError) inputErrors++;
      else {
        crashes++;
        if (examples.length < 3) examples.push((e as Error).message.slice(0, 80));
      }
    }
    const ms = performance.now() - t;
    // A hang: over 5 s for an input of up to 1 MB (the extraction runs in this process, so one
    // that never ends stops the run and no table is written).
    if (ms > 5000 * Math.max(1, Buffer.byteLength(text) / 1e6)) hangs++;
    if (big) worstBigPerMB = Math.max(worstBigPerMB, ms / (Buffer.byteLength(text) / 1e6));
    else if (ms > worstSmall) {
      worstSmall = ms;
      worstSmallWhat = `${text.length} characters starting ${JSON.stringify(text.slice(0, 24))}`;
    }
  }
  const ok = !crashes && !hangs && worstBigPerMB <= 5000;
  row(
    'fuzzed inputs through the extractor',
    `${PLAN.fuzz} (${PLAN.fuzzBig} of 1 MB)`,
    `${ok ? '✓' : '✗'} ${crashes} crashes${examples.length ? ` (${examples.join('; ')})` : ''}, ${inputErrors} clear input errors, ${hangs} hangs (over 5 s per MB); slowest small input ${(worstSmall / 1000).toFixed(2)} s (${worstSmallWhat}), slowest 1 MB ${(worstBigPerMB / 1000).toFixed(1)} s`,
    ok,
  );
}

// ---- 5. soak ------------------------------------------------------------------------------------
const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
async function soak(files: string[], results: Map<string, ExtractResult>): Promise<void> {
  log(`soak ${soakSeconds} s`);
  await freshStore();
  const api = await startApi();
  const auth = { authorization: `Bearer ${TOKEN}` };
  const loaded = new Set<string>();
  const pool = files.slice(0, Math.min(files.length, 40));
  let ops = 0,
    reads = 0,
    wrong = 0,
    failures = 0;
  const examples: string[] = [];
  // Warm up, then take the API's memory as the start figure.
  for (const f of pool.slice(0, 5)) {
    await gql(
      api.url,
      `mutation { ingestDocument(input: {id: "${documentIdOf(f)}", text: ${JSON.stringify(readFileSync(f, 'utf8'))}}) { status } }`,
      auth,
    );
    loaded.add(documentIdOf(f));
  }
  for (let i = 0; i < 50; i++) await gql(api.url, i % 2 ? MAP_Q : TOTAL_Q);
  const rss0 = rssKb(api.child.pid!);
  // RSS after every write and its reads. It rises and falls with the JavaScript heap between
  // garbage collections (measured with heap snapshots and process.memoryUsage() in a 4-minute soak:
  // live objects after a full collection 22.7 → 25.9 MB, while the heap between collections grew
  // from 54 MB to 150–220 MB in the first minute and then swung within that range), so two single
  // readings compare two moments of that swing, and the highest reading of a stretch is one spike
  // (a 10-minute soak: highest 648 MB over the first quarter, 774 MB over the last, while the
  // readings every 10 s had medians 462, 445, 471 and 475 MB by quarter). Memory that leaks moves
  // every reading up: the median RSS over the last quarter of the soak is compared with the median
  // over the first quarter (which holds the heap's first growth, and so errs towards more growth).
  const samples: { at: number; kb: number }[] = [];
  const start = Date.now(),
    end = start + soakSeconds * 1000;
  let nextLog = 0;
  while (Date.now() < end && api.child.exitCode === null) {
    if (Date.now() >= nextLog) {
      log(`soak: ${ops} writes, API RSS ${(rssKb(api.child.pid!) / 1024).toFixed(0)} MB`);
      nextLog = Date.now() + 10_000;
    }
    const f = r.pick(pool),
      id = documentIdOf(f);
    const a =
      loaded.has(id) && r.next() < 0.6
        ? await gql(api.url, `mutation { removeDocument(id: "${id}") }`, auth)
        : await gql(
            api.url,
            `mutation { ingestDocument(input: {id: "${id}", text: ${JSON.stringify(readFileSync(f, 'utf8'))}}) { status } }`,
            auth,
          );
    ops++;
    if (a.body.errors) {
      failures++;
      if (examples.length < 3) examples.push(JSON.stringify(a.body.errors).slice(0, 120));
      continue;
    }
    if (a.body.data.removeDocument !== undefined) loaded.delete(id);
    else loaded.add(id);
    const exp = expectedOf(results, loaded);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gql(api.url, i % 2 ? MAP_Q : TOTAL_Q, r.next() < 0.5 ? { 'cache-control': 'no-cache' } : {}),
      ),
    );
    for (const [i, x] of answers.entries()) {
      reads++;
      const right =
        !x.body.errors && (i % 2 ? mapMatches(x.body, exp) : x.body.data.commitments.totalCount === totalOf(exp));
      if (!right) {
        wrong++;
        if (examples.length < 3) examples.push(`read after ${ops} ops: ${JSON.stringify(x.body).slice(0, 100)}`);
      }
    }
    samples.push({ at: Date.now() - start, kb: rssKb(api.child.pid!) });
  }
  const died = api.child.exitCode !== null;
  const rss1 = died ? 0 : rssKb(api.child.pid!);
  api.child.kill('SIGTERM');
  await exited(api.child);
  const quarter = (soakSeconds * 1000) / 4;
  const within = (keep: (at: number) => boolean) => samples.filter((x) => keep(x.at)).map((x) => x.kb);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
  const top = (xs: number[]) => xs.reduce((m, x) => Math.max(m, x), 0);
  const firstQ = within((at) => at < quarter),
    lastQ = within((at) => at >= soakSeconds * 1000 - quarter);
  const first = median(firstQ),
    last = median(lastQ),
    rssMax = top(within(() => true));
  const growth = first ? (last - first) / first : Infinity;
  const ok = !died && !wrong && !failures && growth < 0.1;
  row(
    `soak: ingests and removals through the API interleaved with checked reads, ${(soakSeconds / 60).toFixed(0)} min`,
    `${ops} writes, ${reads} reads`,
    `${ok ? '✓' : '✗'} API ${died ? 'died' : 'alive'}, ${wrong} wrong answers, ${failures} failed writes${examples.length ? ` (${examples.join('; ')})` : ''}; API RSS ${(rss0 / 1024).toFixed(0)} MB after the warm-up, ${(rss1 / 1024).toFixed(0)} MB at the end, peak ${(rssMax / 1024).toFixed(0)} MB; median RSS over the first quarter ${(first / 1024).toFixed(0)} MB, over the last quarter ${(last / 1024).toFixed(0)} MB (${(growth * 100).toFixed(1)} %; highest ${(top(firstQ) / 1024).toFixed(0)} and ${(top(lastQ) / 1024).toFixed(0)} MB)`,
    ok,
  );
}

// ---- the run ------------------------------------------------------------------------------------
try {
  log(`store .neo4j/chaos on ${uri}`);
  await freshStore();
  const dir = 'bench/out/chaos-corpus';
  const files = writeCorpus(dir, PLAN.corpusBytes, 14);
  const results = new Map(files.map((f) => [documentIdOf(f), extractFile(f)]));
  if (runs('ingest')) await ingestKills(files, results, dir);
  else if (runs('neo4j') || runs('timeout')) await exited(cli(['ingest', dir]));
  const exp = expectedOf(results, files.map(documentIdOf));
  if (runs('fuzz')) fuzz();
  if (runs('startup')) await startupKills();
  if (runs('neo4j')) await neo4jKills(exp);
  if (runs('timeout')) await timeoutCode();
  if (runs('soak')) await soak(files, results);
} catch (e) {
  row('the chaos run itself', '—', `✗ stopped: ${(e as Error).stack?.split('\n').slice(0, 3).join(' ')}`, false);
} finally {
  await (graph as Graph | undefined)?.close().catch(() => undefined);
  await local.stop(cfg);
}

// The ports change nothing measured: runs on other ports replace the same block.
const shown = args.filter((a, i) => a !== '--ports' && args[i - 1] !== '--ports');
const command = `npm run chaos${shown.length ? ' -- ' + shown.join(' ') : ''}`;
const md = `## Run: \`${command}\`

Written on ${new Date().toISOString()} in ${((Date.now() - t0) / 60000).toFixed(1)} min, by \`bench/chaos.ts\` (own Neo4j on Bolt ${BOLT}, API on ${API_PORT}, loopback only).

| test | tries | result |
|---|---|---|
${rows.map((x) => `| ${x.test} | ${x.tries} | ${x.result} |`).join('\n')}
`;
const file = 'bench/RESULTS.md';
writeResultsBlock(file, command, md);
process.stdout.write(md);
process.exitCode = rows.every((x) => x.ok) ? 0 : 1;
