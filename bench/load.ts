// Loading throughput at one size: commitments/s through the project's loader beside a baseline
// that writes the same commitment rows with one plain `UNWIND … CREATE` per document, in the same
// run. Checks that the graph is identical whatever the batch size. `npx tsx bench/load.ts --size 1MB`
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../src/graph/graph.ts';
import { documentRows, loadDocument } from '../src/graph/loader.ts';
import { extractFile } from '../src/extract/extract-document.ts';
import { documentIdOf } from '../src/pipeline/ingest.ts';
import type { ExtractResult } from '../src/extract/types.ts';
import { parseSize, writeCorpus } from './corpus.ts';
import { benchGraph, clearGraph } from './bench-graph.ts';

export interface LoadFigures { size: string; mb: number; documents: number; commitments: number; loaderPerS: number; baselinePerS: number; ratio: number; msPerThousand: number; batchSizes: number[] }

const PLAIN = 'UNWIND $rows AS r CREATE (c:BaselineCommitment) SET c = r';

/** A fingerprint of the whole graph: counts, forum–domain map, and every commitment's tuple. */
export async function fingerprint(graph: Graph): Promise<string> {
  const s = graph.driver.session();
  try {
    const rows = await s.run(`MATCH (c:Commitment)-[:IN_DOMAIN]->(d:Domain) OPTIONAL MATCH (c)-[:THROUGH]->(f:Forum)
      RETURN c.id AS id, c.actorKey AS a, d.id AS d, f.id AS f, c.polarity AS p, c.evidenceStart AS e ORDER BY id`);
    const h = createHash('sha256');
    for (const r of rows.records) h.update(JSON.stringify(r.toObject()));
    h.update(JSON.stringify(await graph.stats()));
    h.update(JSON.stringify(await graph.read('forum-domain-direct', {})));
    return h.digest('hex');
  } finally { await s.close(); }
}

/**
 * Extracted documents are kept on disk (one JSON file each), not in memory, so 100 MB of text
 * (millions of commitments) loads in bounded memory. Only the database calls are timed.
 */
function extractToDisk(files: string[], dir: string): { ids: string[]; commitments: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let commitments = 0;
  const ids = files.map((f) => {
    const id = documentIdOf(f);
    const r = extractFile(f);
    commitments += r.commitments.length;
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(r));
    return id;
  });
  return { ids, commitments };
}
const readDoc = (dir: string, id: string): ExtractResult => JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));

async function loadAll(graph: Graph, dir: string, ids: string[], batch: number): Promise<number> {
  await clearGraph(graph);
  let s = 0;
  for (const id of ids) {
    const r = readDoc(dir, id);
    const t = performance.now();
    await loadDocument(graph, r, id, batch);
    s += performance.now() - t;
  }
  return s / 1000;
}

export async function benchLoad(size: string, graph?: Graph): Promise<LoadFigures> {
  const own = graph ? null : await benchGraph();
  const g = graph ?? own!.graph;
  try {
    const files = writeCorpus(`bench/out/corpus-${size}`, parseSize(size));
    const mb = files.reduce((s, f) => s + statSync(f).size, 0) / 1e6;
    const dir = `bench/out/extracted-${size}`;
    const { ids, commitments } = extractToDisk(files, dir);

    // Baseline: the same commitment rows, one plain UNWIND … CREATE per document, no MERGE, no links.
    await clearGraph(g);
    const s = g.driver.session();
    let baselineMs = 0;
    try {
      for (const id of ids) {
        const rows = documentRows(readDoc(dir, id), id).commitments.map((c) => ({ id: c.id, documentId: id, order: c.order, polarity: c.polarity, modality: c.modality, actorKey: c.actorKey, domainId: c.domain.id, forumId: c.forum.id, evidenceStart: c.evidenceStart, evidenceEnd: c.evidenceEnd }));
        const t = performance.now();
        await s.executeWrite((tx) => tx.run(PLAIN, { rows }));
        baselineMs += performance.now() - t;
      }
    } finally { await s.close(); }
    const s2 = g.driver.session();
    await s2.run('MATCH (c:BaselineCommitment) CALL { WITH c DELETE c } IN TRANSACTIONS OF 10000 ROWS');
    await s2.close();

    // The same graph whatever the batch size: compared on the whole corpus up to 10 MB, on its
    // first 200 documents beyond (a second full load of 100 MB would double a long run).
    const batchSizes = [100, 1000];
    const sample = mb > 12 ? ids.slice(0, 200) : ids;
    const prints: string[] = [];
    let loaderS = 0;
    for (const b of batchSizes) { loaderS = await loadAll(g, dir, sample, b); prints.push(await fingerprint(g)); }
    if (new Set(prints).size !== 1) throw new Error(`the graph differs between batch sizes ${batchSizes.join(' and ')}`);
    if (sample !== ids) loaderS = await loadAll(g, dir, ids, batchSizes.at(-1)!);
    return {
      size, mb, documents: ids.length, commitments, loaderPerS: commitments / loaderS, baselinePerS: commitments / (baselineMs / 1000),
      ratio: baselineMs / 1000 / loaderS, msPerThousand: (loaderS * 1000) / (commitments / 1000), batchSizes,
    };
  } finally { if (own) await own.stop(); }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const figures = await benchLoad(args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB');
  console.log(figures);
}
