import { config } from '../config.ts';
import { extractFile, extractFileStream } from '../extract/extract-document.ts';
import { InputError } from '../text/input-error.ts';
import { Graph, GraphError } from '../graph/graph.ts';
import * as local from '../graph/local-server.ts';
import { removeDocument } from '../graph/loader.ts';
import { documentIdOf, ingest } from '../pipeline/ingest.ts';
import { existsSync, statSync } from 'node:fs';
import { align, alignInput } from '../extract/align.ts';
import { startApi } from '../api/server.ts';
import { runEval } from './eval.ts';
import { cmdExport } from './export.ts';
import { parseArgs, str, UsageError, type Args } from './args.ts';

const HELP = `policy-graph — turns diplomatic statements into a graph of policy commitments

Usage: npx policy-graph <command> [options]

  start                     Start Neo4j (unless NEO4J_URI is set), load data/documents, serve the API
  extract FILE...           Print the commitments of each file as JSON
      --format json|ndjson    json (default): one document per file; ndjson: one line per sentence/commitment
      --lang auto|zh|en       language (default: detected per paragraph)
      --title T --parties CN,RU --date YYYY-MM-DD
      --translation-of FILE|ID  this text translates another: with a FILE, sentences are aligned and
                              disagreements (a forum or domain in one version only) reported
      --replace-invalid       replace invalid UTF-8 bytes instead of failing (count in diagnostics)
  eval                      Score the extractor on the gold files (links, forums, commitments F1)
      --set shared,dev,check  which gold sets (default: all three)
      --explain               where the commitment score is lost, and the worst sentences (never of check)
      --json
  ingest PATH...            Extract and load files, folders or globs into Neo4j
  remove DOCUMENT_ID        Remove a document and its commitments
  stats [--json]            Node counts per label and relationship counts per type
  export                    Write commitments or forum–domain links for pandas, R, Excel or Gephi
      --format csv|jsonl|graphml  (default csv) CSV per RFC 4180; JSON Lines; GraphML with labels
      --what commitments|links    (default commitments)
      --out FILE                  write to FILE (default: standard output)
      --bom                       start a CSV with a UTF-8 byte order mark (for Excel)
      --documents ID,ID --date-from YYYY-MM-DD --date-to YYYY-MM-DD --language zh|en
      --actor ISO --polarity support|oppose --forum ID --domain ID   filters, as in the API
  serve [--port N]          Serve the API, the map page (/) and the GraphQL IDE (default port 4000, or PORT)
  neo4j start|stop|status   The local Neo4j server (not used when NEO4J_URI is set)

Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PORT, POLICY_GRAPH_TOKEN (for mutations),
DEBUG=policy-graph:* (intermediate steps). See README.md.`;

const err = (s: string) => process.stderr.write(s + '\n');

async function connect(): Promise<Graph> {
  const cfg = config();
  const uri = cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`;
  if (!cfg.neo4j.uri && !(await local.status(cfg)).bolt) {
    throw new GraphError('SERVICE_UNAVAILABLE', `Neo4j is not running at ${uri}. Start it with \`npx policy-graph neo4j start\`, or set NEO4J_URI to your own server.`);
  }
  const graph = new Graph({ uri, user: cfg.neo4j.user, password: cfg.neo4j.password, database: cfg.neo4j.database, queryTimeoutMs: cfg.api.queryTimeoutMs });
  try { await graph.verify(); await graph.ensureSchema(); } catch (e) { await graph.close(); throw e; }
  return graph;
}

function extractOptions(args: Args) {
  const lang = str(args, 'lang') ?? 'auto';
  if (!['auto', 'zh', 'en'].includes(lang)) throw new UsageError(`--lang must be auto, zh or en (got ${lang}).`);
  const tr = str(args, 'translation-of');
  return {
    lang: lang as 'auto' | 'zh' | 'en', title: str(args, 'title'), date: str(args, 'date'),
    // A path names the original by its document id (file name without extension).
    translationOf: tr && existsSync(tr) && statSync(tr).isFile() ? documentIdOf(tr) : tr,
    parties: str(args, 'parties')?.split(',').map((p) => p.trim().toUpperCase()).filter(Boolean),
    replaceInvalid: args.opts['replace-invalid'] === true,
  };
}

async function cmdExtract(args: Args): Promise<number> {
  if (!args._.length) throw new UsageError('extract needs at least one FILE.');
  const format = str(args, 'format') ?? 'json';
  if (!['json', 'ndjson'].includes(format)) throw new UsageError(`--format must be json or ndjson (got ${format}).`);
  const opts = extractOptions(args);
  const originalFile = str(args, 'translation-of');
  const original = originalFile && existsSync(originalFile) && statSync(originalFile).isFile()
    ? extractFile(originalFile, { ...opts, translationOf: undefined, lang: 'auto', source: originalFile }) : null;
  let failed = 0;
  const results = [];
  for (const file of args._) {
    try {
      if (format === 'ndjson' && !original) {
        // Streamed: memory stays flat however large the file.
        const stream = extractFileStream(file, { ...opts, source: file });
        let ev = stream.next();
        for (; !ev.done; ev = stream.next()) {
          const e = ev.value;
          const body = e.type === 'sentence' ? e.sentence : e.type === 'commitment' ? e.commitment : e.diagnostic;
          process.stdout.write(JSON.stringify({ type: e.type, source: file, ...body }) + '\n');
        }
        process.stdout.write(JSON.stringify({ type: 'document', ...ev.value }) + '\n');
        continue;
      }
      const r: ReturnType<typeof extractFile> & { alignment?: unknown } = extractFile(file, { ...opts, source: file });
      if (original) {
        const a = align(alignInput(original), alignInput(r));
        r.alignment = { original: originalFile, ...a };
        for (const d of a.disagreements) r.diagnostics.push({ level: 'warning', code: 'translation-disagreement', message: `${d.kind} ${d.id} only in the ${d.onlyIn} (original sentences ${d.original.join(',')}, translation sentences ${d.translation.join(',')})`, sentence: d.translation[0] });
      }
      if (format === 'ndjson') {
        process.stdout.write(JSON.stringify({ type: 'document', ...r.document }) + '\n');
        for (const s of r.sentences) process.stdout.write(JSON.stringify({ type: 'sentence', source: file, ...s }) + '\n');
        for (const c of r.commitments) process.stdout.write(JSON.stringify({ type: 'commitment', source: file, ...c }) + '\n');
        for (const d of r.diagnostics) process.stdout.write(JSON.stringify({ type: 'diagnostic', source: file, ...d }) + '\n');
      } else results.push(r);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(`error: ${e.message}`);
      failed++;
    }
  }
  if (format === 'json' && results.length) process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : { documents: results }, null, 2) + '\n');
  return failed ? 1 : 0;
}

async function cmdIngest(args: Args): Promise<number> {
  if (!args._.length) throw new UsageError('ingest needs at least one PATH (file, folder or glob).');
  const graph = await connect();
  try {
    const tty = process.stderr.isTTY;
    const report = await ingest(graph, args._, {
      ...extractOptions(args),
      onProgress: (done, total) => {
        if (!tty || !total) return;
        const w = 30, fill = Math.round((done / total) * w);
        process.stderr.write(`\r[${'#'.repeat(fill)}${'.'.repeat(w - fill)}] ${done}/${total}${done === total ? '\n' : ''}`);
      },
    });
    for (const f of report.failures) err(`error: ${f.error}`);
    const sum = (k: 'sentences' | 'commitments') => report.outcomes.reduce((a, o) => a + o[k], 0);
    const by = (s: string) => report.outcomes.filter((o) => o.status === s).length;
    console.log(`${report.outcomes.length} documents (${by('created')} new, ${by('replaced')} replaced, ${by('unchanged')} unchanged), ${sum('sentences')} sentences, ${sum('commitments')} commitments, ${report.failures.length} failed, ${report.seconds.toFixed(2)} s`);
    return report.failures.length ? 1 : 0;
  } finally { await graph.close(); }
}

async function cmdServe(port?: number): Promise<{ close(): Promise<void>; url: string; graph: Graph }> {
  const graph = await connect();
  const api = await startApi(graph, { ...config().api, port: port ?? config().api.port });
  return { close: async () => { await api.close(); await graph.close(); }, url: api.url, graph };
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => { process.once('SIGINT', resolve); process.once('SIGTERM', resolve); });
}

const EXAMPLE = `curl -s http://127.0.0.1:PORT/graphql -H 'content-type: application/json' \\
  -d '{"query":"{ forumDomainLinks { forum { id name } domain { id name } commitmentCount documentCount } }"}'`;

async function cmdStart(): Promise<number> {
  const cfg = config();
  let startedLocal = false;
  if (!cfg.neo4j.uri) {
    const s = await local.start(cfg, (m) => err(m));
    startedLocal = !s.alreadyRunning;
    err(`Neo4j ${s.alreadyRunning ? 'already running' : `started in ${(s.startedMs / 1000).toFixed(1)} s`} at ${s.uri}`);
  }
  const graph = await connect();
  try {
    const report = await ingest(graph, [cfg.dataDir]);
    for (const f of report.failures) err(`error: ${f.error}`);
    err(`Loaded ${report.outcomes.length} documents from ${cfg.dataDir} (${report.outcomes.reduce((a, o) => a + o.commitments, 0)} commitments).`);
  } finally { await graph.close(); }
  const api = await cmdServe();
  err(`\nMap:           ${api.url.replace(/\/graphql$/, '/')}\nGraphQL API:   ${api.url}  (open it in a browser for the GraphQL IDE)`);
  if (!cfg.neo4j.uri) err(`Neo4j Browser: http://127.0.0.1:${cfg.neo4j.httpPort}/browser/  (user ${cfg.neo4j.user}, password from NEO4J_PASSWORD; default policy-graph-local)`);
  err(`\nWhich forums link to which domains:\n${EXAMPLE.replace('PORT', String(new URL(api.url).port))}\n\nCtrl-C stops ${startedLocal ? 'the API and Neo4j' : 'the API'}.`);
  await waitForSignal();
  err('Stopping…');
  await api.close();
  if (startedLocal) await local.stop(cfg);
  err('Stopped.');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'replace-invalid', 'help', 'bom']);
  const [command, ...rest] = args._;
  args._ = rest;
  try {
    switch (command) {
      case undefined: case 'help': console.log(HELP); return command ? 0 : 2;
      case 'extract': return await cmdExtract(args);
      case 'eval':
        return runEval({ sets: str(args, 'set'), explain: args.opts.explain === true, json: args.opts.json === true, worst: Number(str(args, 'worst') ?? 15) });
      case 'ingest': return await cmdIngest(args);
      case 'export': return await cmdExport(args, connect);
      case 'remove': {
        if (args._.length !== 1) throw new UsageError('remove needs one DOCUMENT_ID.');
        const graph = await connect();
        try {
          const removed = await removeDocument(graph, args._[0]);
          console.log(removed ? `Removed ${args._[0]}.` : `No document ${args._[0]} in the graph.`);
          return removed ? 0 : 1;
        } finally { await graph.close(); }
      }
      case 'stats': {
        const graph = await connect();
        try {
          const s = await graph.stats();
          if (args.opts.json) console.log(JSON.stringify(s, null, 2));
          else for (const [k, v] of [...Object.entries(s.labels), ...Object.entries(s.relationships)]) console.log(`${k.padEnd(14)} ${v}`);
          return 0;
        } finally { await graph.close(); }
      }
      case 'serve': {
        const port = str(args, 'port');
        if (port !== undefined && !/^\d+$/.test(port)) throw new UsageError(`--port must be a number (got ${port}).`);
        const api = await cmdServe(port ? Number(port) : undefined);
        err(`GraphQL API: ${api.url}`);
        await waitForSignal();
        await api.close();
        return 0;
      }
      case 'start': return await cmdStart();
      case 'neo4j': {
        const cfg = config();
        const sub = args._[0];
        if (cfg.neo4j.uri && sub !== 'status') { err(`NEO4J_URI is set (${cfg.neo4j.uri}): policy-graph uses that server and starts nothing.`); return 0; }
        if (sub === 'start') { const s = await local.start(cfg, err); console.log(`Neo4j ${s.alreadyRunning ? 'already running' : `started in ${(s.startedMs / 1000).toFixed(1)} s`}: ${s.uri}, Browser ${s.browser}`); return 0; }
        if (sub === 'stop') { console.log((await local.stop(cfg)) ? 'Neo4j stopped.' : 'Neo4j was not running.'); return 0; }
        if (sub === 'status') { const s = await local.status(cfg); console.log(JSON.stringify(s)); return s.bolt ? 0 : 3; }
        throw new UsageError('neo4j needs start, stop or status.');
      }
      default: throw new UsageError(`unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) { err(`error: ${e.message}\nRun \`npx policy-graph help\` for the commands.`); return 2; }
    if (e instanceof GraphError || e instanceof InputError) { err(`error: ${e.message}`); return 1; }
    err(`error: ${(e as Error).message}`);
    return 1;
  }
}
