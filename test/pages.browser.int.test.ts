import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Graph } from '../src/graph/graph.ts';
import { loadDocument, removeDocument } from '../src/graph/loader.ts';
import { extractText } from '../src/extract/extract-document.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { config } from '../src/config.ts';
import { exampleTabs } from '../web/example-tabs.ts';
import { seed, testGraph } from './helpers.ts';
import { pino } from 'pino';
import { chromiumPath, foreign, openBrowser, SHOTS, type Session } from './chromium.ts';

// The three pages a person opens, in a real headless Chromium: Neo4j Browser after login, the
// GraphQL IDE, and the map page. Each test leaves a screenshot in test-output/.
const docs = {
  'pages-zh': seed('cn-ru-2023-joint-statement-part3.zh.txt'),
  'pages-en': seed('cn-ru-2023-joint-statement-part3.en.txt'),
};
let graph: Graph;
let api: ApiServer;
let base: string;
let session: Session;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe.skipIf(!chromiumPath)('pages in headless Chromium', () => {
  beforeAll(async () => {
    graph = await testGraph();
    const s = graph.driver.session();
    await s.run(
      'MATCH (n) WHERE n:Document OR n:Sentence OR n:Commitment OR n:Actor OR n:Action OR n:Forum DETACH DELETE n',
    );
    await s.close();
    for (const [id, text] of Object.entries(docs)) await loadDocument(graph, extractText(text), id);
    // On the port the test Neo4j's Browser was told to fetch the guide and style from.
    // A generous query timeout: a loaded test machine can take seconds for a first, cold query.
    api = await startApi(
      graph,
      { ...config().api, token: null, development: false, queryTimeoutMs: 60_000 },
      pino({ level: 'silent' }),
    );
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await session?.close();
    await api?.close();
    for (const id of Object.keys(docs)) await removeDocument(graph, id);
    await graph?.close();
  });

  it('Neo4j Browser: after login the style is applied and the guide is open; its map query captions forums by abbreviation', async () => {
    const cfg = config();
    session = await openBrowser();
    const page = session.page;
    await page.goto(`http://127.0.0.1:${cfg.neo4j.httpPort}/browser/`, { waitUntil: 'networkidle2', timeout: 120_000 });
    await page.waitForSelector('[data-testid=password]', { timeout: 60_000 });
    // The login form offers this server's own Bolt port (advertised in its config).
    expect(await page.$eval('[data-testid=boltaddress]', (e) => (e as HTMLInputElement).value)).toContain(
      `:${cfg.neo4j.boltPort}`,
    );
    await page.type('[data-testid=username]', cfg.neo4j.user);
    await page.type('[data-testid=password]', cfg.neo4j.password);
    await page.click('[data-testid=connect]');
    // No typing from here: the guide is open and the style is in Browser's store.
    await page.waitForFunction(() => document.body.innerText.includes('who commits to what'), { timeout: 60_000 });
    await page.waitForFunction(() => (localStorage.getItem('neo4j.grass') ?? '').includes('{short}'), {
      timeout: 30_000,
    });
    const grass = JSON.parse(await page.evaluate(() => localStorage.getItem('neo4j.grass')!));
    expect(grass['node.Forum'].caption).toBe('{short}');

    // To the map slide (the guide's second). A click on a busy machine can be lost or land late, so
    // each step reads which slide is shown (by its heading) and moves one slide towards the map.
    const headings = [
      ...readFileSync(join(config().root, 'browser', 'guide.html'), 'utf8').matchAll(/<h3>(.*?)<\/h3>/g),
    ].map((m) => m[1]);
    const shown = () =>
      page.evaluate(
        (hs) =>
          hs.findIndex((h) =>
            [...document.querySelectorAll('h3')].some((e) => e.textContent === h && e.checkVisibility()),
          ),
        headings,
      );
    for (let step = 0; step < 10 && (await shown()) !== 1; step++) {
      const from = await shown();
      await page.click(from > 1 ? '[data-testid=previousSlide]' : '[data-testid=nextSlide]');
      await page
        .waitForFunction(
          (hs, f) =>
            hs.findIndex((h) =>
              [...document.querySelectorAll('h3')].some((e) => e.textContent === h && e.checkVisibility()),
            ) !== f,
          { timeout: 10_000 },
          headings,
          from,
        )
        .catch(() => undefined);
    }
    expect(headings[await shown()]).toBe(headings[1]);
    expect(headings[1]).toBe('The forum–domain map');
    const block = await page.waitForSelector('pre.runnable ::-p-text(RETURN p LIMIT 300)', { timeout: 10_000 });
    await block!.click();
    await page.click('[data-testid=editor-Run]');
    await page.waitForSelector('svg g.node text', { timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 1500));
    const captions = await page.$$eval('svg g.node', (gs) =>
      gs.map((g) =>
        [...g.querySelectorAll('text')]
          .map((t) => t.textContent ?? '')
          .join(' ')
          .trim(),
      ),
    );
    await page.screenshot({ path: join(SHOTS, 'neo4j-browser-map.png') });

    // Expected from the extraction: every forum that carries a domain, captioned by its abbreviation.
    const forums = new Map<string, string>();
    for (const text of Object.values(docs))
      for (const c of extractText(text).commitments) if (c.forum?.abbr) forums.set(c.forum.id, c.forum.abbr);
    expect(forums.size).toBeGreaterThan(3);
    for (const abbr of forums.values()) expect(captions).toContain(abbr);
    expect(captions.filter((c) => forums.has(c) && c.includes('…'))).toEqual([]);
    // Neo4j Browser is a large app: its first load on a busy machine takes most of a minute (the waits above allow 120 s).
  }, 240_000);

  it('GraphQL IDE: /graphql in a browser is GraphiQL with the example tabs; a query run from it returns data; nothing leaves 127.0.0.1', async () => {
    await session?.close();
    session = await openBrowser();
    const page = session.page;
    await page.goto(`${base}/graphql`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    const examples = exampleTabs(readFileSync(join(config().root, 'web', 'examples.graphql'), 'utf8'));
    expect(await page.$$eval('.graphiql-tab', (tabs) => tabs.length)).toBe(examples.length);
    const answer = page.waitForResponse(
      (r) =>
        r.url() === `${base}/graphql` &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('ForumDomainMap'),
      { timeout: 30_000 },
    );
    await page.click('.graphiql-execute-button');
    const body = await (await answer).json();
    await page.waitForFunction(
      () => (document.querySelector('.result-window')?.textContent ?? '').includes('forumDomainLinks'),
      { timeout: 30_000 },
    );
    const links = (await gql('{ forumDomainLinks { forum { id } domain { id } } }')).forumDomainLinks as {
      forum: { id: string };
      domain: { id: string };
    }[];
    expect(links.length).toBeGreaterThan(0);
    // The IDE's query returned the API's links, and its result pane shows them.
    expect(body.data.forumDomainLinks.map((l: any) => `${l.forum.id}|${l.domain.id}`)).toEqual(
      links.map((l) => `${l.forum.id}|${l.domain.id}`),
    );
    expect(await page.$eval('.result-window', (e) => e.textContent ?? '')).toContain(`"${links[0].forum.id}"`);
    await page.screenshot({ path: join(SHOTS, 'graphiql.png') });
    expect(session.requests.some((u) => u.endsWith('/graphql'))).toBe(true);
    expect(foreign(session.requests)).toEqual([]);
  });

  it("map page: one heatmap cell per served link, a click lists that link's evidence, a filter changes the cells to match the API", async () => {
    await session?.close();
    session = await openBrowser();
    const page = session.page;
    await page.goto(`${base}/`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await page.waitForFunction(() => Number(document.body.dataset.renders ?? 0) >= 1, { timeout: 60_000 });
    const cells = () =>
      page.evaluate(() => (window as any).policyGraphMap.cells() as { forum: string; domain: string; count: number }[]);
    const asKeys = (xs: { forum: string; domain: string; count: number }[]) =>
      xs.map((x) => `${x.forum}|${x.domain}|${x.count}`).sort();
    const served = (await gql('{ forumDomainLinks { forum { id } domain { id } commitmentCount } }'))
      .forumDomainLinks as any[];
    expect(asKeys(await cells())).toEqual(
      asKeys(served.map((l) => ({ forum: l.forum.id, domain: l.domain.id, count: l.commitmentCount }))),
    );
    await page.screenshot({ path: join(SHOTS, 'map-heatmap.png'), fullPage: true });

    // A real click on the busiest cell lists the sentences the API gives as that link's evidence.
    const top = served[0];
    const at = await page.evaluate(
      (f, d) => (window as any).policyGraphMap.cellOf(f, d) as [number, number],
      top.forum.id,
      top.domain.id,
    );
    const box = (await (await page.$('#chart'))!.boundingBox())!;
    await page.mouse.click(box.x + at[0], box.y + at[1]);
    await page.waitForSelector('#evidence li', { timeout: 30_000 });
    const listed = await page.$$eval('#evidence li', (lis) => lis.map((li) => li.getAttribute('data-sentence')));
    const f = { forum: top.forum.id, domain: top.domain.id };
    const viaCommitments = (
      await gql(
        'query($f: CommitmentFilter) { commitments(filter: $f, first: 100) { edges { node { evidence { sentenceId } } } } }',
        { f },
      )
    ).commitments.edges.map((e: any) => e.node.evidence.sentenceId);
    const evidence = [...new Set(viaCommitments)];
    // The link's own evidence field gives the same sentences in the same order.
    const linkEvidence = (
      await gql(
        'query($f: CommitmentFilter) { forumDomainLinks(filter: $f) { evidence(first: 5) { edges { node { sentenceId } } } } }',
        { f },
      )
    ).forumDomainLinks[0].evidence.edges.map((e: any) => e.node.sentenceId);
    expect(evidence.slice(0, 5)).toEqual(linkEvidence);
    expect(listed).toEqual(evidence);
    expect(await page.$eval('#open-in-browser', (a) => (a as HTMLAnchorElement).href)).toContain('cmd=edit');
    await page.screenshot({ path: join(SHOTS, 'map-evidence.png'), fullPage: true });

    // Filter by language: the cells become the API's filtered map.
    const before = Number(await page.evaluate(() => document.body.dataset.renders));
    await page.select('#f-language', 'en');
    await page.waitForFunction((n) => Number(document.body.dataset.renders) > n, { timeout: 30_000 }, before);
    const filtered = (
      await gql('{ forumDomainLinks(filter: {language: "en"}) { forum { id } domain { id } commitmentCount } }')
    ).forumDomainLinks as any[];
    expect(filtered.length).toBeLessThan(served.length + 1);
    const got = asKeys(await cells());
    expect(got).toEqual(
      asKeys(filtered.map((l) => ({ forum: l.forum.id, domain: l.domain.id, count: l.commitmentCount }))),
    );
    expect(got).not.toEqual(
      asKeys(served.map((l) => ({ forum: l.forum.id, domain: l.domain.id, count: l.commitmentCount }))),
    );
    await page.click('#v-network');
    await page.waitForFunction((n) => Number(document.body.dataset.renders) > n + 1, { timeout: 30_000 }, before);
    await page.screenshot({ path: join(SHOTS, 'map-network.png'), fullPage: true });
    expect(foreign(session.requests)).toEqual([]);
  });
});
