// Exports at two graph sizes: time, size written and the peak memory (RSS) of the exporting process
// (`policy-graph export`, run as a user runs it), beside a baseline that reads every commitment in
// one query and writes them in one go. Streaming means the export's peak RSS stays the same as the
// graph grows ten-fold, while the baseline's grows with it. Checks that each file has every commitment.
//
// The 1 MB bench corpus is extracted and loaded; a larger size is that graph copied inside Neo4j
// (documents, sentences, commitments and their links, under new ids) until it has size/1 MB times
// the commitments. Copying takes minutes where extracting and loading 10 MB of text took over an
// hour on this shared machine, and an export reads only the graph. The bench graph is kept between
// runs: documents already loaded are skipped, and copies are removed before measuring.
//   npx tsx bench/export.ts [--size 1MB,10MB] [--formats csv,jsonl,graphml]
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { extractFile } from '../src/extract/extract-document.ts';
import { loadDocument } from '../src/graph/loader.ts';
import { documentIdOf } from '../src/text/document-id.ts';
import { parseSize, writeCorpus } from './corpus.ts';
import { benchGraph, type BenchGraph } from './bench-graph.ts';

export interface ExportFigures {
  size: string;
  commitments: number;
  rows: { what: string; seconds: number; mb: number; peakRssMb: number; rows: number }[];
}

function run(
  args: string[],
  bg: BenchGraph,
  mayFail = false,
): Promise<{ seconds: number; peakRssMb: number; stderr: string; failed: string | null }> {
  const env = {
    ...process.env,
    NEO4J_URI: bg.cfg.neo4j.uri ?? `bolt://127.0.0.1:${bg.cfg.neo4j.boltPort}`,
    NEO4J_PASSWORD: bg.cfg.neo4j.password,
    API_QUERY_TIMEOUT_MS: '60000',
  };
  const t = performance.now();
  const child = spawn(process.execPath, ['--import', './bench/peak-rss.mjs', ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const m = /peak-rss-kb (\d+)/.exec(stderr);
      if (!m || (code !== 0 && !mayFail))
        return reject(new Error(`bench/export: ${args.join(' ')} failed (${code}): ${stderr.slice(-500)}`));
      resolve({
        seconds: (performance.now() - t) / 1000,
        peakRssMb: Number(m[1]) / 1024,
        stderr,
        failed: code === 0 ? null : (/Neo\.[A-Za-z.]+/.exec(stderr)?.[0] ?? `exit ${code}`),
      });
    }),
  );
}

const COPY = `MATCH (d:Document) WHERE NOT d.id CONTAINS '~'
UNWIND range(1, $copies) AS k
CALL {
  WITH d, k
  CREATE (d2:Document) SET d2 = d {.*, id: d.id + '~' + k}
  WITH d, d2, k
  MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
  CREATE (d2)-[:HAS_SENTENCE]->(s2:Sentence) SET s2 = s {.*, id: s.id + '~' + k, documentId: d2.id}
  WITH d2, k, s, s2
  MATCH (c:Commitment)-[:STATED_IN]->(s)
  CREATE (c2:Commitment) SET c2 = c {.*, id: c.id + '~' + k, documentId: d2.id}
  CREATE (c2)-[:STATED_IN]->(s2), (c2)-[:IN_DOCUMENT]->(d2)
  WITH c, c2
  CALL { WITH c, c2 MATCH (c)-[:BY]->(a) CREATE (c2)-[:BY]->(a) }
  CALL { WITH c, c2 MATCH (c)-[r:IN_DOMAIN]->(x) CREATE (c2)-[r2:IN_DOMAIN]->(x) SET r2 = properties(r) }
  CALL { WITH c, c2 MATCH (c)-[r:THROUGH]->(x) CREATE (c2)-[r2:THROUGH]->(x) SET r2 = properties(r) }
  CALL { WITH c, c2 MATCH (c)-[r:ACTION]->(x) CREATE (c2)-[r2:ACTION]->(x) SET r2 = properties(r) }
} IN TRANSACTIONS OF 5 ROWS`;
const UNCOPY = `MATCH (n) WHERE (n:Document OR n:Sentence OR n:Commitment) AND n.id CONTAINS '~'
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

/** The 1 MB corpus, loaded (documents already in the graph are skipped by the loader). */
async function loadBase(bg: BenchGraph): Promise<void> {
  for (const f of writeCorpus('bench/out/corpus-1MB', parseSize('1MB')))
    await loadDocument(bg.graph, extractFile(f), documentIdOf(f));
}

export async function benchExport(
  size: string,
  bg: BenchGraph,
  formats = ['csv', 'jsonl', 'graphml'],
): Promise<ExportFigures> {
  const factor = Math.round(parseSize(size) / parseSize('1MB'));
  const s = bg.graph.driver.session();
  try {
    await loadBase(bg);
    // Copies of an earlier run are kept when they are the ones this size needs.
    const count = async (q: string) => Number((await s.run(q)).records[0].get('n')) as number;
    const base = await count("MATCH (d:Document) WHERE NOT d.id CONTAINS '~' RETURN count(d) AS n");
    const copies = await count("MATCH (d:Document) WHERE d.id CONTAINS '~' RETURN count(d) AS n");
    if (copies !== base * (factor - 1)) {
      await s.run(UNCOPY);
      if (factor > 1) await s.run(COPY, { copies: factor - 1 });
    }
  } finally {
    await s.close();
  }
  const [{ n: commitments }] = await bg.graph.readText<{ n: number }>('MATCH (c:Commitment) RETURN count(c) AS n', {});
  const rows: ExportFigures['rows'] = [];
  for (const format of formats) {
    const out = `bench/out/export-${size}.${format}`;
    const r = await run(['bin/policy-graph.mjs', 'export', '--format', format, '--out', out], bg);
    const n = Number(/(\d+) commitments exported/.exec(r.stderr)?.[1]);
    if (n !== commitments)
      throw new Error(`bench/export: ${format} wrote ${n} commitments, the graph has ${commitments}`);
    rows.push({
      what: `export --format ${format}`,
      seconds: r.seconds,
      mb: statSync(out).size / 1e6,
      peakRssMb: r.peakRssMb,
      rows: n,
    });
    process.stderr.write(`[bench] ${size} ${JSON.stringify(rows.at(-1))}\n`);
  }
  const out = `bench/out/read-all-${size}.jsonl`;
  const base = await run(['--import', 'tsx', 'bench/read-all.ts', out], bg, true);
  rows.push({
    what: `baseline: one query, written in one go${base.failed ? ` (failed: ${base.failed})` : ''}`,
    seconds: base.seconds,
    mb: base.failed ? 0 : statSync(out).size / 1e6,
    peakRssMb: base.peakRssMb,
    rows: Number(/(\d+) commitments/.exec(base.stderr)?.[1] ?? 0),
  });
  return { size, commitments, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  // Largest first: the copies already in the graph are then reused, and removed once for the smaller sizes.
  const sizes = (args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB,10MB')
    .split(',')
    .sort((a, b) => parseSize(b) - parseSize(a));
  const bg = await benchGraph();
  try {
    const all: ExportFigures[] = [];
    const formats = args.includes('--formats') ? args[args.indexOf('--formats') + 1].split(',') : undefined;
    for (const size of sizes) {
      process.stderr.write(`[bench] export ${size}…\n`);
      all.push(await benchExport(size, bg, formats));
    }
    const table = [
      '| size | commitments | what | s | MB written | peak RSS MB |',
      '|---|---|---|---|---|---|',
      ...all.flatMap((f) =>
        f.rows.map(
          (r) =>
            `| ${f.size === '1MB' ? '1MB' : `${f.size} (1 MB copied)`} | ${f.commitments} | ${r.what} | ${r.seconds.toFixed(1)} | ${r.mb.toFixed(1)} | ${r.peakRssMb.toFixed(0)} |`,
        ),
      ),
    ].join('\n');
    process.stdout.write(`${table}\n`);
  } finally {
    await bg.stop();
  }
}
