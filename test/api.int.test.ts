import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../src/graph/graph.ts';
import { loadDocument, removeDocument } from '../src/graph/loader.ts';
import { extractText } from '../src/extract/extract-document.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { config } from '../src/config.ts';
import { commitmentKey } from '../src/extract/commitment-key.ts';
import { seed, testGraph } from './helpers.ts';

let graph: Graph;
let api: ApiServer;
const TOKEN = 'test-token';
const docs = {
  'api-zh': seed('cn-ru-2023-joint-statement-part3.zh.txt'),
  'api-en': seed('cn-ru-2023-joint-statement-part3.en.txt'),
};
const edited = docs['api-zh']
  .replace(
    '在世界卫生组织、金砖国家、上海合作组织、二十国集团、亚太经合组织等多边平台加强相关合作',
    '在世界卫生组织等多边平台加强相关合作',
  )
  .replace('双方将拓展旅游合作和往来，鼓励构建舒适旅游环境。', '');

async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...(await res.json()) } as {
    status: number;
    data?: Record<string, any>;
    errors?: { message: string; extensions: { code: string } }[];
  };
}

beforeAll(async () => {
  graph = await testGraph();
  const s = graph.driver.session();
  await s.run(
    'MATCH (n) WHERE n:Document OR n:Sentence OR n:Commitment OR n:Actor OR n:Action OR n:Forum DETACH DELETE n',
  );
  await s.close();
  for (const [id, text] of Object.entries(docs)) await loadDocument(graph, extractText(text), id);
  await loadDocument(graph, extractText(edited), 'api-zh-edited');
  await removeDocument(graph, 'api-zh-edited');
  api = await startApi(
    graph,
    { ...config().api, port: 0, token: TOKEN, development: false },
    pino({ level: 'silent' }),
  );
  // The tests block the event loop (extraction, spawnSync) between requests to this in-process
  // server; a server that drops idle sockets after Node's 5 s would reset the client's next request.
  api.server.keepAliveTimeout = 120_000;
});
afterAll(async () => {
  await api.close();
  for (const id of [...Object.keys(docs), 'api-zh-edited', 'api-mut']) await removeDocument(graph, id);
  await graph.close();
});

describe('GraphQL API over HTTP', () => {
  it('serves /healthz and /readyz', async () => {
    const base = api.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('forumDomainLinks equals what extract computes for the same documents', async () => {
    const expected = new Map<string, { c: number; d: Set<string>; s: number; o: number }>();
    for (const [id, text] of Object.entries(docs)) {
      for (const c of extractText(text).commitments) {
        if (!c.forum) continue;
        const k = `${c.forum.id}|${c.domain.id}`;
        const e = expected.get(k) ?? { c: 0, d: new Set(), s: 0, o: 0 };
        e.c++;
        e.d.add(id);
        if (c.polarity === 'support') e.s++;
        else e.o++;
        expected.set(k, e);
      }
    }
    const r = await gql(
      '{ forumDomainLinks { forum { id } domain { id } commitmentCount documentCount supportCount opposeCount } }',
    );
    const got = Object.fromEntries(
      r.data!.forumDomainLinks.map((l: any) => [
        `${l.forum.id}|${l.domain.id}`,
        [l.commitmentCount, l.documentCount, l.supportCount, l.opposeCount],
      ]),
    );
    expect(got).toEqual(Object.fromEntries([...expected].map(([k, e]) => [k, [e.c, e.d.size, e.s, e.o]])));
    expect(got['WHO|health'][1]).toBe(2);
  });

  it('filters the map by language and gives evidence sentences', async () => {
    const r = await gql(
      '{ forumDomainLinks(filter: {language: "en", forum: "WHO"}) { documentCount evidence(first: 5) { edges { node { text documentId start end } } } } }',
    );
    expect(r.data!.forumDomainLinks).toHaveLength(1);
    expect(r.data!.forumDomainLinks[0].documentCount).toBe(1);
    expect(r.data!.forumDomainLinks[0].evidence.edges[0].node.text).toMatch(/World Health Organization/);
  });

  it('pagination walks every commitment with no gap or repeat', async () => {
    const total = Object.values(docs).reduce((n, t) => n + extractText(t).commitments.length, 0);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const r = await gql(
        'query($after: String) { commitments(first: 17, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(r.data!.commitments.totalCount).toBe(total);
      seen.push(...r.data!.commitments.edges.map((e: any) => e.node.id));
      if (!r.data!.commitments.pageInfo.hasNextPage) break;
      after = r.data!.commitments.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it.each([
    [{ domain: 'health' }, (c: any) => c.domain.id === 'health'],
    [{ forum: 'WHO' }, (c: any) => c.forum?.id === 'WHO'],
    [{ documents: ['api-en'] }, (_c: any, id: string) => id === 'api-en'],
    [{ polarity: 'oppose', language: 'zh' }, (c: any, id: string) => c.polarity === 'oppose' && id === 'api-zh'],
    [
      { actor: 'RU', domain: 'development' },
      (c: any) => c.domain.id === 'development' && c.actors.some((a: any) => a.id === 'RU'),
    ],
  ])('filter %o counts and pages the same commitments as extract', async (filter, keep) => {
    const expected = Object.entries(docs).flatMap(([id, t]) => extractText(t).commitments.filter((c) => keep(c, id)));
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r = await gql(
        'query($f: CommitmentFilter, $after: String) { commitments(filter: $f, first: 7, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { f: filter, after },
      );
      expect(r.data!.commitments.totalCount).toBe(expected.length);
      seen.push(...r.data!.commitments.edges.map((e: any) => e.node.id));
      if (!r.data!.commitments.pageInfo.hasNextPage) break;
      after = r.data!.commitments.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(expected.length);
  });

  it('compare reports exactly the edits', async () => {
    await loadDocument(graph, extractText(edited), 'api-zh-edited');
    const r = await gql(
      '{ compare(documentA: "api-zh", documentB: "api-zh-edited") { matchedBy new { id } dropped { domain { id } forum { id } } kept { a { id } b { id } } } }',
    );
    const dropped = r.data!.compare.dropped.map((c: any) => `${c.domain.id}|${c.forum?.id ?? '-'}`).sort();
    // What the edits remove, as extract sees the two texts: each commitment of B keeps one of A
    // with its key (one to one); the rest of A is dropped.
    const waiting = new Map<string, number>();
    for (const c of extractText(edited).commitments)
      waiting.set(commitmentKey(c), (waiting.get(commitmentKey(c)) ?? 0) + 1);
    const expected = extractText(docs['api-zh']).commitments.filter((c) => {
      const n = waiting.get(commitmentKey(c)) ?? 0;
      waiting.set(commitmentKey(c), n - 1);
      return n <= 0;
    });
    expect(expected.length).toBeGreaterThanOrEqual(5); // four forums and the tourism sentence
    expect(dropped).toEqual(expected.map((c) => `${c.domain.id}|${c.forum?.id ?? '-'}`).sort());
    expect(r.data!.compare.new).toEqual([]);
    expect(r.data!.compare.matchedBy).toBe('keys');
    // One to one: every commitment of either document is in exactly one place.
    const a = extractText(docs['api-zh']).commitments.length,
      b = extractText(edited).commitments.length;
    expect(r.data!.compare.kept.length + dropped.length).toBe(a);
    expect(r.data!.compare.kept.length).toBe(b);
    expect(new Set(r.data!.compare.kept.map((p: any) => p.b.id)).size).toBe(b);
  });

  it('a mutation without the token is UNAUTHENTICATED and writes nothing', async () => {
    const before = await graph.stats();
    const m =
      'mutation { ingestDocument(input: {id: "api-mut", text: "双方将加强旅游合作。", parties: ["CN","RU"]}) { status } }';
    const r = await gql(m);
    expect(r.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await graph.stats()).toEqual(before);
    const links = async () =>
      (await gql('{ forumDomainLinks(filter: {forum: "EEF"}) { domain { id } commitmentCount } }')).data!
        .forumDomainLinks;
    expect(await links()).toEqual([]);
    const ok = await gql(
      m.replace('双方将加强旅游合作。', '双方将在东方经济论坛框架内加强能源合作。'),
      {},
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ok.data!.ingestDocument.status).toBe('created');
    expect(await links()).toEqual([{ domain: { id: 'energy' }, commitmentCount: 1 }]); // the cached map follows the graph
    expect(
      (await gql('mutation { removeDocument(id: "api-mut") }', {}, { authorization: `Bearer ${TOKEN}` })).data!
        .removeDocument,
    ).toBe(true);
    expect(await links()).toEqual([]);
  });

  it('page size: 100 accepted, 101 rejected with the limit named', async () => {
    expect((await gql('{ commitments(first: 100) { totalCount } }')).errors).toBeUndefined();
    const r = await gql('{ commitments(first: 101) { totalCount } }');
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/100/);
  });

  it('depth and aliases: just under accepted, just over rejected', async () => {
    const { maxDepth, maxAliases } = config().api;
    // Deep but cheap: one commitment, then a forum's links and back (each level a selection set).
    const path = ['domain', 'forums', 'forum', 'domains'],
      leaf = ['id', 'commitmentCount', 'id', 'commitmentCount'];
    const nest = (d: number) =>
      `{ commitments(first: 1) { edges { node { ${Array.from({ length: d - 3 }, (_, i) => path[i % 4]).join(' { ')} { ${leaf[(d - 4) % 4]} }${' }'.repeat(d - 3)} } } }`;
    expect((await gql(nest(maxDepth))).errors).toBeUndefined();
    const deep = await gql(nest(maxDepth + 1));
    expect(deep.errors![0].message).toMatch(new RegExp(`depth .* limit of ${maxDepth}`));
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: domains { id }`).join(' ')} }`;
    expect((await gql(aliases(maxAliases))).errors).toBeUndefined();
    expect((await gql(aliases(maxAliases + 1))).errors![0].message).toMatch(new RegExp(`limit of ${maxAliases}`));
  });

  it('cost: a query over the cost limit is rejected with the number', async () => {
    const r = await gql(
      '{ commitments(first: 100) { edges { node { actors { id } domain { forums { evidence(first: 100) { edges { node { text } } } } } } } } }',
    );
    expect(r.errors![0].message).toMatch(/cost .* limit of/);
  });

  it('a body over the size limit is refused', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ forums { id } } #${'x'.repeat(config().api.maxBodyBytes)}` }),
    });
    expect(res.status).toBe(413);
  });

  it.each([
    "WHO' OR 1=1 //",
    '"}) MATCH (n) DETACH DELETE n //',
    'health` RETURN 1',
    '\\u0000 ; DROP CONSTRAINT forum_id',
  ])('Cypher-looking filter %s matches nothing and changes nothing', async (evil) => {
    const before = await graph.stats();
    const r = await gql(
      'query($v: String, $id: ID) { commitments(filter: {text: $v, action: $v, forum: $id, domain: $id, actor: $id}) { totalCount } forumDomainLinks(filter: {forum: $id, language: $v}) { commitmentCount } }',
      { v: evil, id: evil },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.commitments.totalCount).toBe(0);
    expect(r.data!.forumDomainLinks).toEqual([]);
    expect(await graph.stats()).toEqual(before);
  });

  it('a large kept answer is sent compressed to a client that accepts it, the same answer once decompressed', async () => {
    const { request } = await import('node:http');
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const body = JSON.stringify({
      query: '{ commitments(first: 50) { edges { node { id polarity domain { id name } evidence { text } } } } }',
    });
    // A raw HTTP client: fetch would decompress on its own and hide what was sent.
    const raw = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }>((resolve, reject) => {
        const req = request(
          api.url,
          { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
          (res) => {
            const parts: Buffer[] = [];
            res.on('data', (c: Buffer) => parts.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(parts) }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const plain = await raw({});
    expect(plain.bytes.length).toBeGreaterThan(1024);
    let br = await raw({ 'accept-encoding': 'gzip, deflate, br' });
    for (let i = 0; i < 100 && br.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((r) => setTimeout(r, 20)); // compressed in the background after the answer was kept
      br = await raw({ 'accept-encoding': 'gzip, deflate, br' });
    }
    expect(br.headers).toMatchObject({
      'content-encoding': 'br',
      vary: 'accept-encoding',
      'x-policy-graph-cache': 'hit',
    });
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
    const gz = await raw({ 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    expect((await raw({ 'accept-encoding': 'identity' })).bytes.equals(plain.bytes)).toBe(true);
    // The compressed answer has a validator of its own; holding it gives 304.
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const again = await raw({ 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it('repeated queries come from the response cache until the graph changes', async () => {
    const q = JSON.stringify({
      query: '{ forumDomainLinks(filter: {forum: "OSCE"}) { domain { id } commitmentCount } }',
    });
    const post = async (headers: Record<string, string> = {}) => {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: q,
      });
      return { cache: res.headers.get('x-policy-graph-cache'), body: await res.text() };
    };
    const first = await post();
    expect(first.body).toBe('{"data":{"forumDomainLinks":[]}}');
    const second = await post();
    expect(second).toEqual({ cache: 'hit', body: first.body });
    // A client holding the answer's ETag gets 304 without the body while the graph is unchanged.
    const etag = (
      await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: q })
    ).headers.get('etag')!;
    expect(etag).toMatch(/^"\d+-[0-9a-f]{16}"$/);
    const notModified = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: q,
    });
    expect(notModified.status).toBe(304);
    expect((await post({ 'cache-control': 'no-cache' })).cache).toBe('bypass');
    // A query asked first with no-cache: its fresh answer is kept for the next request; with no-store, not.
    const askFirst = async (forum: string, control: string) => {
      const body = JSON.stringify({ query: `{ forumDomainLinks(filter: {forum: "${forum}"}) { commitmentCount } }` });
      const send = (headers: Record<string, string>) =>
        fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      expect((await send({ 'cache-control': control })).headers.get('x-policy-graph-cache')).toBe('bypass');
      return (await send({})).headers.get('x-policy-graph-cache');
    };
    expect(await askFirst('NO_CACHE_KEPT', 'no-cache')).toBe('hit');
    expect(await askFirst('NO_STORE_NOT_KEPT', 'no-store')).toBe('miss');
    // A load by someone else (another driver, as another process would) bumps the graph version:
    // an answer after API_VERSION_MAX_AGE_MS is fresh.
    const other = await testGraph();
    try {
      await loadDocument(
        other,
        extractText('中华人民共和国和俄罗斯联邦联合声明\n\n双方将在欧洲安全与合作组织框架内加强安全合作。'),
        'api-cache',
      );
    } finally {
      await other.close();
    }
    await new Promise((r) => setTimeout(r, config().api.versionMaxAgeMs + 10));
    try {
      const after = await post();
      expect(after.cache).toBe('miss');
      const stale = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'if-none-match': etag },
        body: q,
      });
      expect(stale.status).toBe(200); // the graph changed: the old ETag no longer matches
      expect(JSON.parse(after.body).data.forumDomainLinks).toEqual([
        { domain: { id: 'security' }, commitmentCount: 1 },
      ]);
    } finally {
      await removeDocument(graph, 'api-cache');
    }
    expect((await post()).body).toBe(first.body);
    // Mutations are never cached.
    const m = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { removeDocument(id: "none") }' }),
    });
    expect(m.headers.get('x-policy-graph-cache')).toBeNull();
  });

  it('copies of a no-cache read that arrive while it runs share the next execution', async () => {
    const body = JSON.stringify({
      query: '{ forumDomainLinks { forum { id } domain { id } commitmentCount documentCount } }',
    });
    const ask = async () => {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
        body,
      });
      return { status: res.status, shared: res.headers.get('x-policy-graph-shared'), body: await res.text() };
    };
    const alone = await ask();
    expect(alone).toMatchObject({ status: 200, shared: null });
    const together = await Promise.all(Array.from({ length: 30 }, ask));
    // Every copy gets the same answer as the read alone; those that shared another's execution say so.
    for (const a of together) expect({ status: a.status, body: a.body }).toEqual({ status: 200, body: alone.body });
    expect(together.filter((a) => a.shared === 'yes').length).toBeGreaterThan(0);
    expect(together.filter((a) => a.shared === null).length).toBeGreaterThan(0);
  });

  it('totals of a single forum, domain or document filter that matches nothing are 0', async () => {
    for (const filter of [
      { forum: 'NO_SUCH_FORUM' },
      { domain: 'no_such_domain' },
      { documents: ['no-such-document'] },
    ]) {
      const r = await gql(
        'query($f: CommitmentFilter) { commitments(filter: $f) { totalCount edges { node { id } } } }',
        { f: filter },
      );
      expect(r.data!.commitments).toEqual({ totalCount: 0, edges: [] });
    }
  });

  it('unknown errors leave without a stack trace', async () => {
    const r = await gql('{ commitments(after: "not-a-cursor!") { totalCount } }');
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});
