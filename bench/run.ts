// Runs every benchmark at each size and writes bench/RESULTS.md.
//   npm run bench                      1MB and 10MB (under 15 minutes here)
//   npm run bench -- --size 100MB      the large run (one or more sizes, comma-separated)
//   npm run bench -- --size 10MB,100MB --stages extract     some stages only (extract, load, api):
//                                      `api` without `load` queries the graph the bench store holds
import { cpus, loadavg, totalmem } from 'node:os';
import { benchExtract, type ExtractFigures } from './extract.ts';
import { benchLoad, type LoadFigures } from './load.ts';
import { benchApi, type ApiFigures, type ThroughputFigures } from './api.ts';
import { benchGraph } from './bench-graph.ts';
import { writeResultsBlock } from './results-block.mjs';

const args = process.argv.slice(2);
const sizes = (args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB,10MB').split(',');
const STAGES = ['extract', 'load', 'api'] as const;
const stages = new Set((args.includes('--stages') ? args[args.indexOf('--stages') + 1] : STAGES.join(',')).split(','));
for (const s of stages)
  if (!(STAGES as readonly string[]).includes(s)) throw new Error(`--stages ${s}: give some of ${STAGES.join(', ')}.`);
if (stages.has('api') && !stages.has('load') && sizes.length > 1)
  throw new Error(
    '--stages api without load queries the one graph the bench store holds: give one --size, the one it was loaded with.',
  );
const t0 = Date.now();
// The machine is shared: its load (1-minute average, as `uptime` prints it) goes beside the figures.
const load = (): string => loadavg()[0].toFixed(1);
const loadAtStart = load();
const ex: ExtractFigures[] = [],
  ld: LoadFigures[] = [],
  api: (ApiFigures & { size: string })[] = [],
  cached: (ThroughputFigures & { size: string })[] = [];
// Extraction alone needs no Neo4j.
const bg = stages.has('load') || stages.has('api') ? await benchGraph() : null;
const neo4jLine = bg
  ? `, Neo4j Community 5.26 (local, heap ${bg.cfg.neo4j.heapMb} MB, page cache ${bg.cfg.neo4j.pageCacheMb} MB)`
  : '';
// The API stage alone queries the graph a run with its load stage left in the bench store.
let held: { documents: number; commitments: number } | null = null;
if (bg && stages.has('api') && !stages.has('load')) {
  const [counts] = await bg.graph.readText<{ documents: number; commitments: number }>(
    'MATCH (d:Document) WITH count(d) AS documents MATCH (c:Commitment) RETURN documents, count(c) AS commitments',
    {},
  );
  held = counts ?? { documents: 0, commitments: 0 };
  if (!held.commitments) {
    await bg.stop();
    throw new Error(
      `The bench store (${bg.cfg.neo4j.home}) holds no commitments: run the load stage first (npm run bench -- --size ${sizes[0]}).`,
    );
  }
}
const command = ['npm run bench', ...(args.length ? ['--', ...args] : [])].join(' ');
// RESULTS.md keeps one block per command (the default run and the large run), each from one run.
// The block is written after every stage, so a run that fails later keeps what it measured.
let failed: string | null = null;
const save = (lastStage: string | null) => {
  const md = render(lastStage);
  writeResultsBlock('bench/RESULTS.md', command, md);
  return md;
};
try {
  for (const size of sizes) {
    if (stages.has('extract')) {
      process.stderr.write(`[bench] ${size}: extraction…\n`);
      ex.push(await benchExtract(size));
      save(`${size}: extraction`);
    }
    if (stages.has('load')) {
      process.stderr.write(`[bench] ${size}: loading…\n`);
      ld.push(await benchLoad(size, bg!));
      save(`${size}: loading`);
    }
    if (!stages.has('api')) continue;
    process.stderr.write(`[bench] ${size}: API…\n`);
    await benchApi(
      bg!.graph,
      bg!.cfg,
      (a) => {
        api.push({ ...a, size });
        save(`${size}: API, ${a.query} ${a.cache} ${a.clients} clients`);
      },
      (t) => {
        cached.push({ ...t, size });
        save(`${size}: API, cached map ${t.how}`);
      },
    );
    save(`${size}: API`);
  }
} catch (e) {
  failed = (e as Error).stack ?? String(e);
  throw e;
} finally {
  const md = save(null);
  if (!failed) process.stdout.write(md);
  await bg?.stop();
}

function f(n: number, d = 2): string {
  return n.toFixed(d);
}

function render(lastStage: string | null): string {
  const cpu = cpus()[0]?.model ?? 'unknown';
  const status = failed
    ? `\n**This run stopped with an error**; the tables hold what was measured before it:\n\n\`\`\`\n${failed.split('\n').slice(0, 6).join('\n')}\n\`\`\`\n`
    : lastStage
      ? `\n**Run in progress** (last stage finished: ${lastStage}).\n`
      : '';
  return `## Run: \`${command}\`
${status}
Written on ${new Date().toISOString()} in ${((Date.now() - t0) / 60000).toFixed(1)} min; load average ${loadAtStart} at the start, ${load()} at the end (${cpus().length} cores).
Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${neo4jLine}.
Corpus: \`bench/corpus.ts\` (deterministic, seed 1): statements of about 20 KB, half Chinese, half English.
Every figure is measured beside its baseline in the same run; compare ratios, not absolute numbers, across runs.

${stages.has('extract') ? extractionSection() : ''}${stages.has('load') ? loadingSection() : ''}${stages.has('api') ? apiSection() : ''}`;
}

function extractionSection(): string {
  return `### Extraction (\`bench/extract.ts\`)

| size | MB | sentences | commitments | raw nodejieba.tag MB/s | extract 1 thread MB/s | sentences/s | ratio to raw | ${ex[0]?.threads ?? 2} threads MB/s | sentences/s | speed-up | raw tag speed-up on the same pool | pool start s | peak RSS MB (streamed, one file) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${ex.map((e) => `| ${e.size} | ${f(e.mb)} | ${e.sentences} | ${e.commitments} | ${f(e.rawMBs)} | ${f(e.oneMBs)} | ${f(e.oneSentS, 0)} | ${f(e.ratioOne)} | ${f(e.manyMBs)} | ${f(e.manySentS, 0)} | ${f(e.ratioMany)} | ${f(e.rawSpeedUp)} | ${f(e.startS, 1)} | ${f(e.rssMB, 0)} |`).join('\n')}

The same extraction on one thread and on ${ex[0]?.threads ?? 2} worker threads was checked file by file (digest of every commitment). The worker pool starts once (tsx, lexicons, nodejieba's dictionaries: *pool start*, not counted in its MB/s, as a long-running extraction service pays it once) and hands each worker the next file when it is free. *Raw tag speed-up on the same pool* is plain nodejieba.tag spread the same way: the most this shared machine gives to a second thread. Raw tag and one thread run in the bench process after a warm-up.

`;
}

function loadingSection(): string {
  return `### Loading (\`bench/load.ts\`)

| size | documents | commitments | loader commitments/s | same rows, one plain UNWIND…CREATE per document, commitments/s | ratio | ms per 1000 commitments |
|---|---|---|---|---|---|---|
${ld.map((l) => `| ${l.size} | ${l.documents} | ${l.commitments} | ${f(l.loaderPerS, 0)} | ${f(l.baselinePerS, 0)} | ${f(l.ratio)} | ${f(l.msPerThousand, 0)} |`).join('\n')}

The baseline writes what any loader must (the document, its sentences, its commitments and all their links, into the same schema and indexes) with no MERGE, no check for an earlier version, no derived forum–domain counts, no graph version and no translation links; both start from a new, empty store after the same untimed warm-up. The graph was identical (fingerprint of every commitment, the counts and the forum–domain map) with batch sizes ${ld[0]?.batchSizes.join(' and ')}${ld.some((l) => l.mb > 12) ? ' (on the first 200 documents at 100 MB)' : ''}.${ld.length > 1 ? ` Cost per 1000 commitments from ${ld[0].size} to ${ld.at(-1)!.size}: ×${f(ld.at(-1)!.msPerThousand / ld[0].msPerThousand)} (1.00 = linear).` : ''}

`;
}

function apiSection(): string {
  const on = held
    ? `\nThe API stage ran alone, on the graph the bench store already held (${held.documents} documents, ${held.commitments} commitments: the ${sizes[0]} corpus, loaded by an earlier run with the load stage).\n`
    : '';
  return `### API (\`bench/api.ts\`)
${on}
The API runs as its own process (\`policy-graph serve\`). *503*: requests the API turned away with \`503 + Retry-After\` (admission control when saturated), or answered from its cache marked stale (it could not read the graph version from Neo4j); the latencies are of the answered ones. *cached*: requests as clients send them, answered from the response cache (the graph version read from Neo4j at most API_VERSION_MAX_AGE_MS before); *no-cache*: \`Cache-Control: no-cache\`, executed in full. The driver columns run the same Cypher straight through neo4j-driver in the bench process; *(refused)*: requests Neo4j answered with a transient error (such as its transaction memory running out), not timed. 400 requests per row, or as many as start within ${process.env.BENCH_ROW_SECONDS ?? 60} s (the requests columns). Each request of the bench's client goes on a connection of its own (\`Connection: close\`).

| size | query | HTTP cache | clients | HTTP requests | 503 | HTTP p50 ms | HTTP p99 ms | HTTP req/s | driver requests (refused) | driver p50 ms | driver p99 ms | driver req/s | p50 ratio | HTTP p99 / p50 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${api.map((a) => `| ${a.size} | ${a.query} | ${a.cache} | ${a.clients} | ${a.http.n} | ${a.http.busy} | ${f(a.http.p50)} | ${f(a.http.p99)} | ${f(a.http.rps, 0)} | ${a.driver.n}${a.driver.busy ? ` (${a.driver.busy})` : ''} | ${f(a.driver.p50)} | ${f(a.driver.p99)} | ${f(a.driver.rps, 0)} | ${f(a.ratioP50)} | ${f(a.http.p99 / a.http.p50, 1)} |`).join('\n')}

Cached answers at full speed: the map (\`forumDomainLinks\`, cached) from a closed loop of 10 keep-alive connections (\`bench/http-load.ts\`, node:http: each connection sends its next request once it has read the answer before to the end), for ${Math.min(10, Number(process.env.BENCH_ROW_SECONDS ?? 60))} s each way. *Accept-Encoding: br*: the answer compressed once, when it was first asked for again (what browsers and fetch ask for); *If-None-Match*: a client holding the answer's ETag gets 304 without a body. *Bare server*: a node:http server in a process of its own sending the same status, headers and bytes to the same loop, right after: what this machine gives to an answer of that size, so *of bare* is the share of it the API reaches. (Until 28 November this table was measured with autocannon, whose JavaScript HTTP parser could not read binary bodies faster than about 40 MB/s: it capped the brotli row near 400 req/s.)

| size | how the clients ask | clients | req/s | p50 ms | p99 ms | body bytes per answer | unexpected answers | bare server req/s | of bare |
|---|---|---|---|---|---|---|---|---|---|
${cached.map((t) => `| ${t.size} | ${t.how} | ${t.clients} | ${f(t.rps, 0)} | ${f(t.p50, 1)} | ${f(t.p99, 1)} | ${f(t.bytes, 0)} | ${t.unexpected} | ${f(t.bareRps, 0)} | ${f(t.rps / t.bareRps)} |`).join('\n')}
`;
}
