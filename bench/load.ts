// Loading throughput at one size: commitments/s through the project's loader beside a baseline
// that writes the same rows (the document, its sentences, its commitments and every link of
// theirs) with one plain `UNWIND … CREATE` statement per document, into the same schema, in the
// same run. Checks that the graph is identical whatever the batch size.
//   npx tsx bench/load.ts --size 1MB
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { params as intParams, type Graph } from '../src/graph/graph.ts';
import { documentRows, loadDocument, removeDocument } from '../src/graph/loader.ts';
import { extractFile } from '../src/extract/extract-document.ts';
import { documentIdOf } from '../src/text/document-id.ts';
import { countBy } from '../src/graph/commitment-query.ts';
import type { ExtractResult } from '../src/extract/types.ts';
import { parseSize, writeCorpus } from './corpus.ts';
import { benchGraph, type BenchGraph } from './bench-graph.ts';

export interface LoadFigures {
  size: string;
  mb: number;
  documents: number;
  commitments: number;
  loaderPerS: number;
  baselinePerS: number;
  ratio: number;
  msPerThousand: number;
  batchSizes: number[];
}

/**
 * The baseline: what any loader has to write, in one plain statement per document. No MERGE, no
 * check for an earlier version, no graph version, no translation links.
 * The shared actors, forums and actions are created before it is timed.
 */
const PLAIN = `CREATE (d:Document {id: $doc.id, title: $doc.title, language: $doc.language, date: $doc.date})
WITH d
UNWIND $sentences AS s
CREATE (d)-[:HAS_SENTENCE]->(x:Sentence {id: s.id, index: s.index, text: s.text, start: s.start, end: s.end, documentId: d.id})
WITH d, collect(x) AS xs
UNWIND $commitments AS c
MATCH (dm:Domain {id: c.domain.id})
MATCH (ac:Action {id: c.action.lemma})
OPTIONAL MATCH (f:Forum {id: c.forum.id})
WITH d, xs[toInteger(c.sentence)] AS s, c, dm, ac, f
CREATE (x:Commitment {id: c.id, documentId: d.id, statementId: d.id, order: c.order, polarity: c.polarity, modality: c.modality,
                      evidenceStart: c.evidenceStart, evidenceEnd: c.evidenceEnd, actionText: c.action.text,
                      language: d.language, date: d.date, actorKey: c.actorKey, forumId: c.forum.id, domainId: c.domain.id})
CREATE (x)-[:STATED_IN]->(s), (x)-[:IN_DOCUMENT]->(d), (x)-[:IN_DOMAIN {text: c.domain.text}]->(dm), (x)-[:ACTION {text: c.action.text}]->(ac)
FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | CREATE (x)-[:THROUGH {text: c.forum.text, venue: c.venue}]->(f))
WITH x, c
UNWIND range(0, size(c.actors) - 1) AS i
MATCH (actor:Actor {id: c.actors[i].id})
CREATE (x)-[:BY {order: i}]->(actor)`;
const ENTITIES = `UNWIND $actors AS a MERGE (x:Actor {id: a.id}) ON CREATE SET x.name = a.name
WITH count(*) AS n UNWIND $forums AS f MERGE (x:Forum {id: f.id}) ON CREATE SET x.name = f.name
WITH count(*) AS n UNWIND $actions AS a MERGE (x:Action {id: a.lemma})`;

/** A fingerprint of the whole graph: counts, forum–domain map, and every commitment's tuple. */
export async function fingerprint(graph: Graph): Promise<string> {
  const s = graph.driver.session();
  try {
    const rows = await s.run(`MATCH (c:Commitment)-[:IN_DOMAIN]->(d:Domain) OPTIONAL MATCH (c)-[:THROUGH]->(f:Forum)
      RETURN c.id AS id, c.actorKey AS a, d.id AS d, f.id AS f, c.polarity AS p, c.evidenceStart AS e ORDER BY id`);
    const h = createHash('sha256');
    for (const r of rows.records) h.update(JSON.stringify(r.toObject()));
    h.update(JSON.stringify(await graph.stats()));
    const links = countBy('link', {}, null);
    h.update(
      JSON.stringify(
        (await graph.readText<{ key: string[] }>(links.text, links.params)).sort((a, b) =>
          a.key.join().localeCompare(b.key.join()),
        ),
      ),
    );
    return h.digest('hex');
  } finally {
    await s.close();
  }
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

/**
 * Neo4j restarts cold after a reset: its JIT and query plans warm up on the first documents. Both
 * sides get the same warm-up, untimed and leaving nothing behind: the loader loads and removes the
 * first documents, the baseline writes them in a transaction it rolls back.
 */
const WARM_UP = 5;

async function loadAll(bg: BenchGraph, dir: string, ids: string[], batch: number): Promise<number> {
  await bg.reset();
  for (const id of ids.slice(0, WARM_UP)) await loadDocument(bg.graph, readDoc(dir, id), id, batch);
  for (const id of ids.slice(0, WARM_UP)) await removeDocument(bg.graph, id);
  let s = 0;
  for (const id of ids) {
    const r = readDoc(dir, id);
    const t = performance.now();
    await loadDocument(bg.graph, r, id, batch);
    s += performance.now() - t;
  }
  return s / 1000;
}

/** Seconds the baseline takes for the documents (into an empty graph). */
async function baseline(bg: BenchGraph, dir: string, ids: string[]): Promise<number> {
  await bg.reset();
  const actors = new Map<string, unknown>(),
    forums = new Map<string, unknown>(),
    actions = new Map<string, unknown>();
  for (const id of ids)
    for (const c of documentRows(readDoc(dir, id), id).commitments) {
      for (const a of c.actors) actors.set(a.id, a);
      if (c.forum.id) forums.set(c.forum.id, c.forum);
      actions.set(c.action.lemma, c.action);
    }
  const s = bg.graph.driver.session();
  let ms = 0;
  try {
    await s.executeWrite((tx) =>
      tx.run(ENTITIES, { actors: [...actors.values()], forums: [...forums.values()], actions: [...actions.values()] }),
    );
    const paramsOf = (id: string) => {
      const r = readDoc(dir, id);
      const rows = documentRows(r, id);
      const index = new Map(rows.sentences.map((x, i) => [x.id, i]));
      return intParams({
        doc: { ...r.document, id },
        sentences: rows.sentences,
        commitments: rows.commitments.map((c) => ({ ...c, sentence: index.get(c.sentenceId) })),
      }) as Record<string, unknown>;
    };
    for (const id of ids.slice(0, WARM_UP)) {
      const tx = s.beginTransaction();
      await tx.run(PLAIN, paramsOf(id));
      await tx.rollback();
    }
    for (const id of ids) {
      const params = paramsOf(id);
      const t = performance.now();
      await s.executeWrite((tx) => tx.run(PLAIN, params));
      ms += performance.now() - t;
    }
  } finally {
    await s.close();
  }
  return ms / 1000;
}

export async function benchLoad(size: string, bench?: BenchGraph): Promise<LoadFigures> {
  const bg = bench ?? (await benchGraph());
  try {
    const files = writeCorpus(`bench/out/corpus-${size}`, parseSize(size));
    const mb = files.reduce((s, f) => s + statSync(f).size, 0) / 1e6;
    const dir = `bench/out/extracted-${size}`;
    const { ids, commitments } = extractToDisk(files, dir);

    const baselineS = await baseline(bg, dir, ids);

    // The same graph whatever the batch size: compared on the whole corpus up to 10 MB, on its
    // first 200 documents beyond (a second full load of 100 MB would double a long run).
    const batchSizes = [100, 1000];
    const sample = mb > 12 ? ids.slice(0, 200) : ids;
    const prints: string[] = [];
    let loaderS = 0;
    for (const b of batchSizes) {
      loaderS = await loadAll(bg, dir, sample, b);
      prints.push(await fingerprint(bg.graph));
    }
    if (new Set(prints).size !== 1)
      throw new Error(`the graph differs between batch sizes ${batchSizes.join(' and ')}`);
    if (sample !== ids) loaderS = await loadAll(bg, dir, ids, batchSizes.at(-1)!);
    return {
      size,
      mb,
      documents: ids.length,
      commitments,
      loaderPerS: commitments / loaderS,
      baselinePerS: commitments / baselineS,
      ratio: baselineS / loaderS,
      msPerThousand: (loaderS * 1000) / (commitments / 1000),
      batchSizes,
    };
  } finally {
    if (!bench) await bg.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const figures = await benchLoad(args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB');
  console.log(figures);
}
