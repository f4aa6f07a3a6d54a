import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { Graph } from '../src/graph/graph.ts';
import { loadDocument, removeDocument } from '../src/graph/loader.ts';
import { extractText } from '../src/extract/extract-document.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { config } from '../src/config.ts';
import { seed, testGraph } from './helpers.ts';
import { pino } from 'pino';

// Exports read back and compared with what the API serves for the same filter.
const docs = {
  'exp-zh': seed('cn-ru-2023-joint-statement-part3.zh.txt'),
  'exp-en': seed('cn-ru-2023-joint-statement-part3.en.txt'),
};
let graph: Graph;
let api: ApiServer;
let base: string;
const cfg = config();
const dir = mkdtempSync(join(tmpdir(), 'pg-export-'));
// Run without blocking: the API under test lives in this process and must keep serving meanwhile.
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['bin/policy-graph.mjs', 'export', ...args], {
    cwd: cfg.root,
    env: {
      ...process.env,
      NEO4J_URI: cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`,
      NEO4J_PASSWORD: cfg.neo4j.password,
    },
  });
  let stdout = '',
    stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Every commitment the API serves for a filter, page by page. */
async function apiCommitments(filter: Record<string, unknown> | null) {
  const out: any[] = [];
  let after: string | null = null;
  for (;;) {
    const d = await gql(
      `query($f: CommitmentFilter, $after: String) { commitments(filter: $f, first: 100, after: $after) {
      edges { node { id actors { id } action { text } domain { id } forum { id } polarity modality evidence { documentId text start end sentenceIndex } } }
      pageInfo { hasNextPage endCursor } } }`,
      { f: filter, after },
    );
    out.push(...d.commitments.edges.map((e: any) => e.node));
    if (!d.commitments.pageInfo.hasNextPage) return out;
    after = d.commitments.pageInfo.endCursor;
  }
}
const fromApi = (c: any) => [
  c.id,
  c.actors.map((a: any) => a.id).join(';'),
  c.action.text ?? '',
  c.domain.id,
  c.forum?.id ?? '',
  c.polarity,
  c.modality ?? '',
  c.evidence.documentId,
  String(c.evidence.sentenceIndex),
  String(c.evidence.start),
  String(c.evidence.end),
  c.evidence.text,
];
const fromCsv = (r: Record<string, string>) => [
  r.id,
  r.actors,
  r.action,
  r.domain,
  r.forum,
  r.polarity,
  r.modality,
  r.document_id,
  r.sentence_index,
  r.evidence_start,
  r.evidence_end,
  r.sentence_text,
];

const links = async (filter: Record<string, unknown> | null) =>
  Object.fromEntries(
    (
      await gql(
        'query($f: CommitmentFilter) { forumDomainLinks(filter: $f) { forum { id } domain { id } commitmentCount documentCount supportCount opposeCount } }',
        { f: filter },
      )
    ).forumDomainLinks.map((l: any) => [
      `${l.forum.id}|${l.domain.id}`,
      [l.commitmentCount, l.documentCount, l.supportCount, l.opposeCount],
    ]),
  );
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name),
});
const dataOf = (el: any) => Object.fromEntries((el.data ?? []).map((d: any) => [d.key, d['#text']]));

beforeAll(async () => {
  graph = await testGraph();
  const s = graph.driver.session();
  await s.run(
    'MATCH (n) WHERE n:Document OR n:Sentence OR n:Commitment OR n:Actor OR n:Action OR n:Forum DETACH DELETE n',
  );
  await s.close();
  for (const [id, text] of Object.entries(docs)) await loadDocument(graph, extractText(text), id);
  api = await startApi(graph, { ...cfg.api, port: 0, token: null, development: false }, pino({ level: 'silent' }));
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api.close();
  for (const id of Object.keys(docs)) await removeDocument(graph, id);
  await graph.close();
});

describe('exports', () => {
  it("/export/commitments.csv parses back (RFC 4180) to the API's commitments", async () => {
    const res = await fetch(`${base}/export/commitments.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="policy-graph-commitments.csv"/);
    const text = await res.text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toMatch(/^id,actors,/);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const expected = await apiCommitments(null);
    expect(expected.length).toBe(Object.values(docs).reduce((n, t) => n + extractText(t).commitments.length, 0));
    expect(rows.map(fromCsv)).toEqual(expected.map(fromApi));
    // The extractor's confidence of each commitment (ids are the document id and the commitment's index).
    const confidence = new Map<string, string>(
      Object.entries(docs).flatMap(([id, t]) =>
        extractText(t).commitments.map(
          (c, i) => [`${id}#c${String(i).padStart(6, '0')}`, String(c.confidence)] as const,
        ),
      ),
    );
    expect(rows.map((r) => r.confidence)).toEqual(rows.map((r) => confidence.get(r.id)));
  });

  it("the CLI writes the same CSV with a BOM for Excel, and a filter gives the API's filtered commitments", async () => {
    const out = join(dir, 'en.csv');
    const r = await cli(['--format', 'csv', '--bom', '--language', 'en', '--polarity', 'support', '--out', out]);
    expect(r.stderr).toMatch(/commitments exported/);
    expect(r.status).toBe(0);
    const raw = readFileSync(out);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(raw.toString('utf8').slice(1), { columns: true }) as Record<string, string>[];
    const expected = await apiCommitments({ language: 'en', polarity: 'support' });
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map(fromCsv)).toEqual(expected.map(fromApi));
  });

  it("JSON Lines: one object a line, the API's commitments for the filter", async () => {
    const text = await (await fetch(`${base}/export/commitments.jsonl?documents=exp-zh&domain=health`)).text();
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    const objects = lines.map((l) => JSON.parse(l));
    const expected = await apiCommitments({ documents: ['exp-zh'], domain: 'health' });
    expect(expected.length).toBeGreaterThan(0);
    expect(objects.map((o) => [o.id, o.domain.id, o.document.id, o.evidence.start, o.sentence.text])).toEqual(
      expected.map((c) => [c.id, c.domain.id, c.evidence.documentId, c.evidence.start, c.evidence.text]),
    );
  });

  it("links: CSV and GraphML parse back to the API's forumDomainLinks, unfiltered and filtered", async () => {
    for (const [query, filter] of [
      ['', null],
      ['?language=zh', { language: 'zh' }],
    ] as const) {
      const expected = await links(filter);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      const rows = parse(await (await fetch(`${base}/export/links.csv${query}`)).text(), { columns: true }) as Record<
        string,
        string
      >[];
      expect(
        Object.fromEntries(
          rows.map((r) => [`${r.forum}|${r.domain}`, [r.commitments, r.documents, r.support, r.oppose].map(Number)]),
        ),
      ).toEqual(expected);

      const doc = xml.parse(await (await fetch(`${base}/export/links.graphml${query}`)).text());
      const g = doc.graphml.graph;
      const nodes = new Map<string, Record<string, string>>(g.node.map((n: any) => [n.id, dataOf(n)]));
      const got: Record<string, number[]> = {};
      for (const e of g.edge) {
        const d = dataOf(e);
        const [f, dm] = [nodes.get(e.source)!, nodes.get(e.target)!];
        expect(f.kind).toBe('Forum');
        expect(dm.kind).toBe('Domain');
        expect(d.e_label).toBe(d.commitments);
        got[`${e.source.slice(2)}|${e.target.slice(3)}`] = [d.commitments, d.documents, d.support, d.oppose].map(
          Number,
        );
      }
      expect(got).toEqual(expected);
      // Gephi and yEd show `label`: every node has one.
      expect([...nodes.values()].every((n) => n.label)).toBe(true);
      expect(g.edge.length).toBe(Object.keys(expected).length);
    }
  });

  it('commitments as GraphML: one Commitment node per commitment, every edge between declared nodes', async () => {
    const expected = (await apiCommitments({ language: 'zh' })).map((c) => c.id);
    const r = await cli(['--format', 'graphml', '--language', 'zh']);
    expect(r.status).toBe(0);
    const g = xml.parse(r.stdout).graphml.graph;
    const declared = new Set(g.node.map((n: any) => n.id));
    const commitments = g.node.filter((n: any) => dataOf(n).kind === 'Commitment').map((n: any) => n.id.slice(2));
    expect(expected.length).toBeGreaterThan(0);
    expect(commitments).toEqual(expected);
    for (const e of g.edge) {
      expect(declared.has(e.source)).toBe(true);
      expect(declared.has(e.target)).toBe(true);
    }
  });

  it('bad requests get a clear error naming the input', async () => {
    const bad = await fetch(`${base}/export/commitments.xlsx`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/"xlsx" is not an export format: choose csv, jsonl, graphml/);
    const bad2 = await fetch(`${base}/export/links.csv?dateFrom=yesterday`);
    expect(bad2.status).toBe(400);
    expect((await bad2.json()).error).toMatch(/dateFrom= yesterday: give a date as YYYY-MM-DD/);
    const r = await cli(['--what', 'everything']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/'everything' is invalid\. Allowed choices are commitments, links/);
    const date = await cli(['--date-from', '26/09/2019']);
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/--date-from 26\/09\/2019: give a date as YYYY-MM-DD/);
  });
});
