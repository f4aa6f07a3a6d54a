// Loading throughput at one size: commitments/s through the project's loader beside a baseline
// that writes the same commitment rows with one plain `UNWIND … CREATE` per document, in the same
// run. Checks that the graph is identical whatever the batch size. `npx tsx bench/load.ts --size 1MB`
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
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

async function loadAll(graph: Graph, docs: [string, ExtractResult][], batch: number): Promise<number> {
  await clearGraph(graph);
  const t = performance.now();
  for (const [id, r] of docs) await loadDocument(graph, r, id, batch);
  return (performance.now() - t) / 1000;
}

export async function benchLoad(size: string, graph?: Graph): Promise<LoadFigures & { docs: [string, ExtractResult][] }> {
  const own = graph ? null : await benchGraph();
  const g = graph ?? own!.graph;
  try {
    const files = writeCorpus(`bench/out/corpus-${size}`, parseSize(size));
    const mb = files.reduce((s, f) => s + statSync(f).size, 0) / 1e6;
    const docs = files.map((f) => [documentIdOf(f), extractFile(f)] as [string, ExtractResult]);
    const commitments = docs.reduce((n, [, r]) => n + r.commitments.length, 0);

    // Baseline: the same commitment rows, one plain UNWIND … CREATE per document, no MERGE, no links.
    await clearGraph(g);
    const s = g.driver.session();
    const tb = performance.now();
    try {
      for (const [id, r] of docs) {
        const rows = documentRows(r, id).commitments.map((c) => ({ id: c.id, documentId: id, order: c.order, polarity: c.polarity, modality: c.modality, actorKey: c.actorKey, domainId: c.domain.id, forumId: c.forum.id, evidenceStart: c.evidenceStart, evidenceEnd: c.evidenceEnd }));
        await s.executeWrite((tx) => tx.run(PLAIN, { rows }));
      }
    } finally { await s.close(); }
    const baselineS = (performance.now() - tb) / 1000;
    const s2 = g.driver.session();
    await s2.run('MATCH (c:BaselineCommitment) CALL { WITH c DELETE c } IN TRANSACTIONS OF 10000 ROWS');
    await s2.close();

    const batchSizes = [100, 1000];
    const prints: string[] = [];
    let loaderS = Infinity;
    for (const b of batchSizes) {
      loaderS = Math.min(loaderS, await loadAll(g, docs, b));
      prints.push(await fingerprint(g));
    }
    if (new Set(prints).size !== 1) throw new Error(`the graph differs between batch sizes ${batchSizes.join(' and ')}`);
    return {
      size, mb, documents: docs.length, commitments, loaderPerS: commitments / loaderS, baselinePerS: commitments / baselineS,
      ratio: baselineS / loaderS, msPerThousand: (loaderS * 1000) / (commitments / 1000), batchSizes, docs,
    };
  } finally { if (own) await own.stop(); }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const { docs: _docs, ...figures } = await benchLoad(args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB');
  console.log(figures);
}
