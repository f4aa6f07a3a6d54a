// Exports at two graph sizes: time, size written and the peak memory (RSS) of the exporting process
// (`policy-graph export`, run as a user runs it), beside a baseline that reads every commitment in
// one query and writes them in one go. Streaming means the export's peak RSS stays the same as the
// graph grows ten-fold, while the baseline's grows with it. Checks that the CSV has one row per commitment.
//   npx tsx bench/export.ts [--size 1MB,10MB]
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { extractFile } from '../src/extract/extract-document.ts';
import { loadDocument } from '../src/graph/loader.ts';
import { documentIdOf } from '../src/pipeline/ingest.ts';
import { parseSize, writeCorpus } from './corpus.ts';
import { benchGraph, type BenchGraph } from './bench-graph.ts';

export interface ExportFigures { size: string; commitments: number; rows: { what: string; seconds: number; mb: number; peakRssMb: number; rows: number }[] }

function run(args: string[], bg: BenchGraph): Promise<{ seconds: number; peakRssMb: number; stderr: string }> {
  const env = { ...process.env, NEO4J_URI: bg.cfg.neo4j.uri ?? `bolt://127.0.0.1:${bg.cfg.neo4j.boltPort}`, NEO4J_PASSWORD: bg.cfg.neo4j.password, API_QUERY_TIMEOUT_MS: '60000' };
  const t = performance.now();
  const child = spawn(process.execPath, ['--import', './bench/peak-rss.mjs', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => child.on('close', (code) => {
    const m = /peak-rss-kb (\d+)/.exec(stderr);
    if (code !== 0 || !m) return reject(new Error(`bench/export: ${args.join(' ')} failed (${code}): ${stderr.slice(-500)}`));
    resolve({ seconds: (performance.now() - t) / 1000, peakRssMb: Number(m[1]) / 1024, stderr });
  }));
}

export async function benchExport(size: string, bg: BenchGraph): Promise<ExportFigures> {
  await bg.reset();
  let commitments = 0;
  for (const f of writeCorpus(`bench/out/corpus-${size}`, parseSize(size))) {
    const r = extractFile(f);
    commitments += r.commitments.length;
    await loadDocument(bg.graph, r, documentIdOf(f));
  }
  const rows: ExportFigures['rows'] = [];
  for (const format of ['csv', 'jsonl', 'graphml']) {
    const out = `bench/out/export-${size}.${format}`;
    const r = await run(['bin/policy-graph.mjs', 'export', '--format', format, '--out', out], bg);
    const n = Number(/(\d+) commitments exported/.exec(r.stderr)?.[1]);
    if (n !== commitments) throw new Error(`bench/export: ${format} wrote ${n} commitments, the graph has ${commitments}`);
    rows.push({ what: `export --format ${format}`, seconds: r.seconds, mb: statSync(out).size / 1e6, peakRssMb: r.peakRssMb, rows: n });
  }
  const out = `bench/out/read-all-${size}.jsonl`;
  const base = await run(['--import', 'tsx', 'bench/read-all.ts', out], bg);
  rows.push({ what: 'baseline: one query, written in one go', seconds: base.seconds, mb: statSync(out).size / 1e6, peakRssMb: base.peakRssMb, rows: Number(/(\d+) commitments/.exec(base.stderr)?.[1]) });
  return { size, commitments, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const sizes = (args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB,10MB').split(',');
  const bg = await benchGraph();
  try {
    const all: ExportFigures[] = [];
    for (const size of sizes) { process.stderr.write(`[bench] export ${size}…\n`); all.push(await benchExport(size, bg)); }
    const table = ['| size | commitments | what | s | MB written | peak RSS MB |', '|---|---|---|---|---|---|',
      ...all.flatMap((f) => f.rows.map((r) => `| ${f.size} | ${f.commitments} | ${r.what} | ${r.seconds.toFixed(1)} | ${r.mb.toFixed(1)} | ${r.peakRssMb.toFixed(0)} |`))].join('\n');
    process.stdout.write(`${table}\n`);
  } finally { await bg.stop(); }
}
