import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, GraphError } from '../src/graph/graph.ts';
import { removeDocument } from '../src/graph/loader.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { testGraph } from './helpers.ts';
import { BoltProxy } from './bolt-proxy.ts';

// Neo4j restarts in the middle of an ingest: the ingest waits for it and goes on with the document
// it was on. The restart is a TCP proxy cut and reopened (to the ingest it looks the same).
const proxy = new BoltProxy();
const open = () => proxy.open();
const cut = () => proxy.cut({ reset: true });

const dir = mkdtempSync(join(tmpdir(), 'pg-restart-'));
const FORUMS = ['上海合作组织', '金砖国家', '二十国集团', '亚太经合组织', '东盟', '世界卫生组织'];
const ids = FORUMS.map((_, i) => `restart-${i}`);
FORUMS.forEach((f, i) =>
  writeFileSync(join(dir, `${ids[i]}.txt`), `中华人民共和国和俄罗斯联邦联合声明\n\n双方将在${f}框架内加强能源合作。`),
);
let direct: Graph;
const documentIds = async () => {
  const s = direct.driver.session();
  try {
    return (await s.run('MATCH (d:Document) RETURN d.id AS id')).records.map((r) => r.get('id') as string);
  } finally {
    await s.close();
  }
};

beforeAll(async () => {
  direct = await testGraph();
  await open();
});
afterAll(async () => {
  for (const id of ids) await removeDocument(direct, id);
  await direct.close();
  if (proxy.listening) await cut();
});

describe('ingest while Neo4j restarts', () => {
  it('waits for Neo4j, says so, and loads every document', async () => {
    const graph = new Graph({ ...direct.opts, uri: `bolt://127.0.0.1:${proxy.port}` });
    const waits: number[] = [];
    let restarted = false;
    let fallback: NodeJS.Timeout | undefined;
    try {
      const report = await ingest(graph, [dir], {
        retrySeconds: 60,
        onProgress: (done, _total, _file, waiting) => {
          // Neo4j comes back a second after the ingest has said it is waiting (or after 20 s).
          if (waiting) {
            if (!waits.length) setTimeout(() => void open(), 1000);
            waits.push(waiting.seconds);
          } else if (done === 2 && !restarted) {
            restarted = true;
            void cut().then(() => {
              fallback = setTimeout(() => {
                if (!proxy.listening) void open();
              }, 20_000);
            });
          }
        },
      });
      expect(report.failures).toEqual([]);
      expect(report.outcomes.map((o) => o.id).sort()).toEqual([...ids].sort());
      expect(waits.length).toBeGreaterThan(0);
    } finally {
      clearTimeout(fallback);
      await graph.close();
    }
    const loaded = await documentIds();
    for (const id of ids) expect(loaded).toContain(id);
  });

  it('gives up after INGEST_RETRY_SECONDS with a clear error, the documents before it loaded', async () => {
    for (const id of ids) await removeDocument(direct, id);
    const graph = new Graph({ ...direct.opts, uri: `bolt://127.0.0.1:${proxy.port}` });
    try {
      const t0 = performance.now();
      const run = ingest(graph, [dir], {
        retrySeconds: 2,
        onProgress: (done, _t, _f, waiting) => {
          if (done === 3 && !waiting && proxy.listening) void cut();
        },
      });
      await expect(run).rejects.toThrow(GraphError);
      await expect(run).rejects.toThrow(/INGEST_RETRY_SECONDS=2/);
      expect(performance.now() - t0).toBeLessThan(60_000);
    } finally {
      await graph.close();
      await open();
    }
    const loaded = await documentIds();
    expect(ids.filter((id) => loaded.includes(id)).length).toBe(3);
  });
});
