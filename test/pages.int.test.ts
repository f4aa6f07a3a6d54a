import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../src/graph/graph.ts';
import { loadDocument, removeDocument } from '../src/graph/loader.ts';
import { extractText } from '../src/extract/extract-document.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { browserSetup } from '../src/graph/local-server.ts';
import { config, readConfig } from '../src/config.ts';
import { seed, testGraph } from './helpers.ts';
import { pino } from 'pino';

// What the API serves to people, over HTTP without a browser: the pages, CSRF protection left on,
// and the Neo4j Browser guide, whose every query must draw a graph on real data.
let graph: Graph;
let api: ApiServer;
let base: string;

beforeAll(async () => {
  graph = await testGraph();
  const s = graph.driver.session();
  await s.run(
    'MATCH (n) WHERE n:Document OR n:Sentence OR n:Commitment OR n:Actor OR n:Action OR n:Forum DETACH DELETE n',
  );
  await s.close();
  await loadDocument(graph, extractText(seed('cn-ru-2023-joint-statement-part3.zh.txt')), 'guide-zh');
  await loadDocument(
    graph,
    extractText(seed('cn-ru-2023-joint-statement-part3.en.txt'), { translationOf: 'guide-zh' }),
    'guide-en',
  );
  // A generous query timeout: a loaded test machine can take seconds for a first, cold query.
  api = await startApi(
    graph,
    { ...config().api, port: 0, token: null, development: false, queryTimeoutMs: 60_000 },
    pino({ level: 'silent' }),
  );
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api.close();
  for (const id of ['guide-zh', 'guide-en']) await removeDocument(graph, id);
  await graph.close();
});

describe('pages over HTTP', () => {
  it('/ is the map page, /graphql for a browser is the IDE; both forbid other hosts', async () => {
    for (const [path, accept, marker] of [
      ['/', '*/*', '/assets/map.js'],
      ['/graphql', 'text/html,application/xhtml+xml', '/assets/graphiql.js'],
    ]) {
      const res = await fetch(`${base}${path}`, { headers: { accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
      expect(await res.text()).toContain(marker);
    }
    const js = await fetch(`${base}/assets/graphiql.js`);
    expect(js.status).toBe(200);
    expect((await js.text()).length).toBeGreaterThan(100_000);
  });

  it('CSRF protection stays on: a simple GET or a text/plain POST is refused, JSON is answered', async () => {
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ domains { id } }')}`);
    expect(get.status).toBe(400);
    const plain = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ domains { id } }' }),
    });
    expect(plain.status).toBe(400);
    const json = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ domains { id short } }' }),
    });
    const body = await json.json();
    expect(body.data.domains.length).toBeGreaterThan(20);
    expect(body.data.domains.every((d: { short: string }) => d.short && d.short.length <= 12)).toBe(true);
  });

  it('every example query of the IDE runs without errors', async () => {
    const { exampleTabs } = await import('../web/example-tabs.ts');
    const tabs = exampleTabs(readFileSync(join(config().root, 'web', 'examples.graphql'), 'utf8'));
    expect(tabs.length).toBeGreaterThan(3);
    for (const query of tabs) {
      const body = await (
        await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).json();
      expect(
        body.errors?.map((e: { message: string }) => e.message),
        query,
      ).toBeUndefined();
    }
  });

  it('the guide and the style are served to Neo4j Browser with CORS; each guide query draws nodes and relationships', async () => {
    const res = await fetch(`${base}/browser/guide.html`, { headers: { origin: 'http://127.0.0.1:7474' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const html = await res.text();
    const blocks = [...html.matchAll(/<pre class="[^"]*runnable[^"]*">([\s\S]*?)<\/pre>/g)].map((m) =>
      m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
    );
    expect(blocks.length).toBe(5);
    const s = graph.driver.session();
    try {
      for (const cypher of blocks) {
        const r = await s.run(cypher);
        const drawn = r.records
          .flatMap((rec) => rec.keys.map((k) => rec.get(k)))
          .filter((v) => neo4j.isNode(v) || neo4j.isPath(v) || neo4j.isRelationship(v));
        expect(drawn.length, cypher).toBeGreaterThan(0);
      }
    } finally {
      await s.close();
    }
    const grass = await (await fetch(`${base}/browser/policy-graph.grass`)).text();
    expect(grass).toMatch(/node\.Forum \{[^}]*caption: "\{short\}"/);
    expect(grass).toMatch(/node\.Domain \{[^}]*caption: "\{short\}"/);
    expect(grass).toMatch(/node\.Commitment \{[^}]*caption: "\{caption\}"/);
    expect(grass).toMatch(/node\.Sentence \{[^}]*caption: "\{index\}"/);
  });
});

describe('Neo4j Browser settings of the local server', () => {
  it.each([
    [
      { PORT: '4000' },
      'style http://127.0.0.1:4000/browser/policy-graph.grass; play http://127.0.0.1:4000/browser/guide.html',
      '127.0.0.1,localhost',
    ],
    [
      { PORT: '4011', HOST: '0.0.0.0' },
      'style http://127.0.0.1:4011/browser/policy-graph.grass; play http://127.0.0.1:4011/browser/guide.html',
      '127.0.0.1,localhost',
    ],
    [
      { PORT: '5000', HOST: 'localhost' },
      'style http://localhost:5000/browser/policy-graph.grass; play http://localhost:5000/browser/guide.html',
      'localhost,127.0.0.1',
    ],
  ])('with %j Browser fetches from the API', (env, postConnect, allowHosts) => {
    expect(browserSetup(readConfig(env))).toEqual({ postConnect, allowHosts });
  });
});
