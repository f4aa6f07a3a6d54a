import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../src/graph/graph.ts';
import { config } from '../src/config.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { removeDocument } from '../src/graph/loader.ts';
import { testGraph } from './helpers.ts';

// What a person sees in Neo4j Browser after `npm start`: the user-facing nodes carry their data
// and nothing else, and every number is an integer. Bookkeeping (load locks, content hashes, the
// graph version) lives on nodes of its own.
const USER_FACING: Record<string, string[]> = {
  Document: [
    'id',
    'title',
    'language',
    'date',
    'parties',
    'source',
    'translationOf',
    'sentenceCount',
    'commitmentCount',
    'disagreements',
  ],
  Sentence: ['id', 'index', 'text', 'start', 'end', 'documentId'],
  Commitment: [
    'id',
    'documentId',
    'statementId',
    'order',
    'polarity',
    'modality',
    'evidenceStart',
    'evidenceEnd',
    'actionText',
    'language',
    'date',
    'actorKey',
    'forumId',
    'domainId',
    'caption',
    'confidence',
    'unit', // on a translation's commitment: the original commitment it counts as
  ],
  Actor: ['id', 'name', 'nameZh'],
  Action: ['id', 'name', 'gloss'],
  Domain: ['id', 'name', 'nameZh', 'short'],
  Forum: ['id', 'name', 'nameZh', 'abbr', 'short'],
};
const BOOKKEEPING: Record<string, string[]> = {
  DocumentState: ['id', 'contentHash', 'lockedAt'],
  GraphState: ['id', 'version'],
};

const cfg = config();
let graph: Graph;
const ids: string[] = [];
beforeAll(async () => {
  graph = await testGraph();
  const report = await ingest(graph, [join(cfg.root, 'data', 'documents')]);
  ids.push(...report.outcomes.map((o) => o.id));
});
afterAll(async () => {
  for (const id of ids) await removeDocument(graph, id);
  await graph.close();
});

const rows = async (cypher: string) => {
  const s = graph.driver.session();
  try {
    return (await s.run(cypher)).records.map((r) => r.toObject());
  } finally {
    await s.close();
  }
};

describe('graph properties as Neo4j Browser shows them', () => {
  it("no node carries a property outside its label's data (keys(n))", async () => {
    const found = await rows(
      'MATCH (n) UNWIND labels(n) AS label UNWIND keys(n) AS key RETURN label, collect(DISTINCT key) AS keys ORDER BY label',
    );
    const stray = found.flatMap((r) =>
      (r.keys as string[])
        .filter((k) => !(USER_FACING[r.label as string] ?? BOOKKEEPING[r.label as string] ?? []).includes(k))
        .map((k) => `${r.label}.${k}`),
    );
    expect(stray).toEqual([]);
    expect(found.map((r) => r.label)).toEqual(expect.arrayContaining(Object.keys(USER_FACING)));
  });

  it('every number on a node or relationship is stored as an integer', async () => {
    const types = await rows(`
      CALL { MATCH (n) UNWIND keys(n) AS key WITH labels(n)[0] AS owner, key, n[key] AS v RETURN owner, key, v
             UNION ALL MATCH ()-[r]->() UNWIND keys(r) AS key RETURN type(r) AS owner, key, r[key] AS v }
      WITH owner, key, valueType(v) AS type WHERE type STARTS WITH 'INTEGER' OR type STARTS WITH 'FLOAT'
      RETURN owner + '.' + key AS property, collect(DISTINCT type) AS types ORDER BY property`);
    // The extractor's confidence is a fraction by nature (0.81); every count and offset is an integer.
    const floats = types
      .filter((r) => r.property !== 'Commitment.confidence' && (r.types as string[]).some((t) => t.startsWith('FLOAT')))
      .map((r) => r.property);
    expect(floats).toEqual([]);
    expect(types.map((r) => r.property)).toEqual(
      expect.arrayContaining(['Sentence.index', 'Commitment.evidenceStart', 'Document.commitmentCount', 'BY.order']),
    );
  });

  it("the forum–domain map of browser/queries.cypher shows integer counts, equal to the API's rule", async () => {
    const map = readFileSync(join(cfg.root, 'browser', 'queries.cypher'), 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .split(';')[0]
      .trim();
    // A driver as Neo4j Browser reads values: integers stay Neo4j integers.
    const driver = neo4j.driver(graph.opts.uri, neo4j.auth.basic(graph.opts.user, graph.opts.password));
    try {
      const res = await driver.executeQuery(map, {}, { database: graph.opts.database });
      expect(res.records.length).toBeGreaterThan(10);
      for (const r of res.records)
        for (const k of ['commitments', 'statements']) expect(neo4j.isInt(r.get(k))).toBe(true);
      const who = res.records.find((r) => r.get('forum') === 'WHO' && r.get('domain') === 'health')!;
      // The seed's two versions are one statement.
      expect(who.get('statements').toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });
});
