import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../src/graph/graph.ts';
import { loadDocument, removeDocument } from '../src/graph/loader.ts';
import { extractText } from '../src/extract/extract-document.ts';
import { countBy } from '../src/graph/commitment-query.ts';
import { seed, testGraph } from './helpers.ts';

let graph: Graph;
const zh = seed('cn-ru-2023-joint-statement-part3.zh.txt');
const en = seed('cn-ru-2023-joint-statement-part3.en.txt');
const ids = ['it-seed-zh', 'it-seed-en', 'it-replace', 'it-concurrent', 'it-organisations'];

beforeAll(async () => {
  graph = await testGraph();
  for (const id of ids) await removeDocument(graph, id);
});
afterAll(async () => {
  for (const id of ids) await removeDocument(graph, id);
  await graph.close();
});

/** The forum × domain counts of the test's documents, as the API counts them. */
const links = async () => {
  const q = countBy('link', { documents: ids }, null);
  return (await graph.readText<{ key: string[]; commitments: number; documents: number }>(q.text, q.params))
    .map((r) => ({ link: r.key.join('|'), commitments: r.commitments, documents: r.documents }))
    .sort((a, b) => a.link.localeCompare(b.link));
};

describe('graph (real Neo4j)', () => {
  it('has the uniqueness constraints', async () => {
    const s = graph.driver.session();
    const names = (await s.run('SHOW CONSTRAINTS YIELD name RETURN name')).records.map((r) => r.get('name'));
    await s.close();
    expect(names).toEqual(
      expect.arrayContaining([
        'document_id',
        'sentence_id',
        'commitment_id',
        'actor_id',
        'action_id',
        'domain_id',
        'forum_id',
      ]),
    );
  });

  it('loading the seed twice leaves the stats unchanged', async () => {
    expect((await loadDocument(graph, extractText(zh), 'it-seed-zh')).status).toBe('created');
    const once = await graph.stats();
    expect((await loadDocument(graph, extractText(zh), 'it-seed-zh')).status).toBe('unchanged');
    expect(await graph.stats()).toEqual(once);
  });

  it('replacing a document leaves no orphan nodes', async () => {
    await loadDocument(
      graph,
      extractText('中华人民共和国和俄罗斯联邦联合声明\n\n双方将在东方经济论坛框架内加强能源合作。'),
      'it-replace',
    );
    expect(
      (
        await loadDocument(
          graph,
          extractText('中华人民共和国和俄罗斯联邦联合声明\n\n双方将加强旅游合作。'),
          'it-replace',
        )
      ).status,
    ).toBe('replaced');
    const s = graph.driver.session();
    const orphans = (
      await s.run(`
      MATCH (n) WHERE (n:Sentence AND NOT (n)<-[:HAS_SENTENCE]-()) OR (n:Commitment AND NOT (n)-[:STATED_IN]->())
        OR (n:Actor AND NOT (n)<-[:BY]-()) OR (n:Forum AND NOT (n)<-[:THROUGH]-()) OR (n:Action AND NOT (n)<-[:ACTION]-())
      RETURN count(n) AS n`)
    ).records[0].get('n');
    const eef = (await s.run('MATCH (f:Forum {id: "EEF"}) RETURN count(f) AS n')).records[0].get('n');
    await s.close();
    expect(orphans).toBe(0);
    expect(eef).toBe(0);
  });

  it('forum–domain counts follow adding and removing a document', async () => {
    const before = await links();
    await loadDocument(graph, extractText(en), 'it-seed-en'); // not declared a translation: a statement of its own
    expect((await links()).find((r) => r.link === 'WHO|health')?.documents).toBe(2);
    await removeDocument(graph, 'it-seed-en');
    expect(await links()).toEqual(before);
    expect((await links()).find((r) => r.link === 'WHO|health')?.documents).toBe(1);
  });

  it('two concurrent ingests of overlapping documents end with the same graph as one', async () => {
    await removeDocument(graph, 'it-concurrent');
    const before = await graph.stats();
    const one = extractText(en);
    await loadDocument(graph, one, 'it-concurrent');
    const expected = await graph.stats();
    const expectedLinks = await links();
    await removeDocument(graph, 'it-concurrent');
    expect(await graph.stats()).toEqual(before);
    const g2 = await testGraph();
    try {
      await Promise.all([
        loadDocument(graph, one, 'it-concurrent'),
        loadDocument(g2, one, 'it-concurrent'),
        loadDocument(g2, extractText(zh), 'it-seed-zh'),
      ]);
    } finally {
      await g2.close();
    }
    expect(await graph.stats()).toEqual(expected);
    expect(await links()).toEqual(expectedLinks);
  });

  it("an organisations' statement loads its commitments with no country actor, and reads back the same", async () => {
    const r = extractText(
      'Joint Communiqué by the United Nations Secretary-General and the African Union Commission Chairperson\n\n' +
        'New York, 23 September 2018\n\nThe two leaders agreed to deepen cooperation on climate change. ' +
        'They will work together within the World Health Organization on health.',
      { lang: 'en' },
    );
    const none = r.commitments.filter((c) => c.actors.length === 0);
    expect(none.length).toBeGreaterThanOrEqual(2);
    expect((await loadDocument(graph, r, 'it-organisations')).status).toBe('created');
    const rows = await graph.readText<{ key: string; actors: number }>(
      'MATCH (c:Commitment {documentId: $id}) RETURN c.actorKey AS key, COUNT { (c)-[:BY]->() } AS actors',
      { id: 'it-organisations' },
    );
    expect(rows.map((x) => [x.key, Number(x.actors)]).sort()).toEqual(
      r.commitments
        .map((c) => [
          c.actors
            .map((a) => a.id)
            .sort()
            .join('+'),
          c.actors.length,
        ])
        .sort(),
    );
    // Loading it again finds it unchanged (its commitments read back as the extractor made them).
    expect((await loadDocument(graph, r, 'it-organisations')).status).toBe('unchanged');
  });

  it('an unreachable Neo4j gives one clear error naming the URI', async () => {
    const g = new Graph({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' });
    await expect(g.verify()).rejects.toThrow(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    await g.close();
  });

  it('a wrong password gives one clear error', async () => {
    const g = new Graph({ ...graph.opts, password: 'wrong-password' });
    await expect(g.verify()).rejects.toThrow(/refused the user name or password/);
    await g.close();
  });
});

describe('translations in the graph', () => {
  it('links each commitment to its counterpart and stores disagreements', async () => {
    for (const id of ['tr-zh', 'tr-en']) await removeDocument(graph, id);
    await loadDocument(graph, extractText(en, { translationOf: 'tr-zh' }), 'tr-en'); // translation first
    await loadDocument(graph, extractText(zh), 'tr-zh');
    const s = graph.driver.session();
    const q = async () =>
      (
        await s.run(`MATCH (t:Document {id: 'tr-en'})-[:TRANSLATION_OF]->(:Document {id: 'tr-zh'})
      OPTIONAL MATCH (:Commitment {documentId: 'tr-en'})-[r:COUNTERPART]->(:Commitment {documentId: 'tr-zh'})
      RETURN count(r) AS links, t.disagreements AS dis`)
      ).records[0];
    let r = await q();
    expect(r.get('links')).toBeGreaterThan(60);
    expect(r.get('dis')).toEqual([]);
    await loadDocument(
      graph,
      extractText(en.replace('the Shanghai Cooperation Organization, ', ''), { translationOf: 'tr-zh' }),
      'tr-en',
    );
    r = await q();
    expect(r.get('dis').map((d: string) => JSON.parse(d).id)).toEqual(['SCO']);
    // Each linked commitment of the translation keeps its original's id (unit), and no other has one;
    // once the original is gone, none has.
    const units = async () =>
      (
        await s.run(`MATCH (c:Commitment {documentId: 'tr-en'})
      OPTIONAL MATCH (c)-[:COUNTERPART]->(o:Commitment)
      RETURN count(o) AS linked, count(CASE WHEN c.unit = o.id THEN 1 END) AS right, count(c.unit) AS withUnit`)
      ).records[0].toObject();
    const linked = await units();
    expect(linked.linked).toBeGreaterThan(60);
    expect(linked).toEqual({ linked: linked.linked, right: linked.linked, withUnit: linked.linked });
    await loadDocument(graph, extractText(zh.replace('上海合作组织', '联合国')), 'tr-zh'); // the original, changed
    const relinked = await units();
    expect(relinked).toEqual({ linked: relinked.linked, right: relinked.linked, withUnit: relinked.linked });
    await removeDocument(graph, 'tr-zh');
    expect(await units()).toEqual({ linked: 0, right: 0, withUnit: 0 });
    await s.close();
    for (const id of ['tr-zh', 'tr-en']) await removeDocument(graph, id);
  });
});
