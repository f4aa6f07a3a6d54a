// Render time of the map page (/) in headless Chromium, at the 1 MB bench graph and with 2,000+
// forum–domain links. The large map is synthesised: forums with CARRIES links to every domain are
// added to the 1 MB graph (loading 100 MB of text takes about half an hour on this machine; the
// page only reads the links, so the number of links is what matters). Beside it, the API's own
// time for the same forumDomainLinks query.
//   npx tsx bench/map.ts [--forums 90]
import { extractFile } from '../src/extract/extract-document.ts';
import { loadDocument } from '../src/graph/loader.ts';
import { documentIdOf } from '../src/text/document-id.ts';
import { startApi } from '../src/api/server.ts';
import { pino } from 'pino';
import { parseSize, writeCorpus } from './corpus.ts';
import { benchGraph } from './bench-graph.ts';
import { chromiumPath, openBrowser } from '../test/chromium.ts';

interface Figures {
  links: number;
  apiMs: number;
  fetchMs: number;
  heatmapMs: number;
  firstMapMs: number;
  networkMs: number;
}
/** What the map page exposes on window.policyGraphMap (web/map.ts). */
interface PageState {
  links: unknown[];
  fetchMs: number;
  renderMs: number;
  firstRenderAt: number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const SYNTH = `UNWIND range(1, $n) AS i
MERGE (f:Forum {id: 'BENCH_SYNTH_' + i}) SET f.name = 'Synthetic forum ' + i, f.abbr = 'SF' + i, f.short = 'SF' + i
WITH f, i MATCH (d:Domain)
MERGE (f)-[r:CARRIES]->(d)
SET r.commitments = toInteger(1 + (i * 7919 + size(d.id) * 104729) % 400), r.documents = toInteger(1 + i % 50),
    r.support = toInteger(1 + (i * 7919 + size(d.id) * 104729) % 400) - toInteger(i % 5), r.oppose = toInteger(i % 5)`;

async function measure(base: string, runs = 3): Promise<Figures> {
  const all: Figures[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await openBrowser();
    try {
      const page = s.page;
      const t = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
        body: JSON.stringify({
          query:
            '{ forumDomainLinks { forum { id name abbr short } domain { id name short } commitmentCount documentCount supportCount opposeCount } }',
        }),
      });
      await res.arrayBuffer();
      const apiMs = performance.now() - t;
      await page.goto(`${base}/`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => Number(document.body.dataset.renders ?? 0) >= 1, { timeout: 120_000 });
      const first = await page.evaluate(() => {
        const m = (window as unknown as { policyGraphMap: PageState }).policyGraphMap;
        return { links: m.links.length, fetchMs: m.fetchMs, heatmapMs: m.renderMs, firstMapMs: m.firstRenderAt };
      });
      await page.click('#v-network');
      await page.waitForFunction(() => Number(document.body.dataset.renders) >= 2, { timeout: 120_000 });
      const networkMs = await page.evaluate(
        () => (window as unknown as { policyGraphMap: PageState }).policyGraphMap.renderMs,
      );
      all.push({ ...first, apiMs, networkMs });
    } finally {
      await s.close();
    }
  }
  const pick = (k: keyof Figures) => median(all.map((f) => f[k]));
  return {
    links: all[0].links,
    apiMs: pick('apiMs'),
    fetchMs: pick('fetchMs'),
    heatmapMs: pick('heatmapMs'),
    firstMapMs: pick('firstMapMs'),
    networkMs: pick('networkMs'),
  };
}

if (!chromiumPath) {
  process.stderr.write('bench/map needs Chromium: apt-get install chromium\n');
  process.exit(1);
}
const args = process.argv.slice(2);
const forums = Number(args.includes('--forums') ? args[args.indexOf('--forums') + 1] : 90);
const bg = await benchGraph();
try {
  // The graph is kept between runs: when it holds exactly the 1 MB corpus (after removing the
  // synthetic forums of a previous run), it is measured as it is.
  const files = writeCorpus('bench/out/map-corpus-1MB', parseSize('1MB'));
  const s0 = bg.graph.driver.session();
  await s0.run("MATCH (f:Forum) WHERE f.id STARTS WITH 'BENCH_SYNTH_' DETACH DELETE f");
  const ids = (await s0.run('MATCH (d:Document) RETURN d.id AS id ORDER BY id')).records.map(
    (r) => r.get('id') as string,
  );
  await s0.close();
  await bg.graph.write(async (run) => {
    await run('bump-version', {});
  });
  if (JSON.stringify(ids) !== JSON.stringify(files.map(documentIdOf).sort())) {
    await bg.reset();
    for (const f of files) await loadDocument(bg.graph, extractFile(f), documentIdOf(f));
  }
  const api = await startApi(
    bg.graph,
    { ...bg.cfg.api, port: 0, token: null, queryTimeoutMs: 60_000 },
    pino({ level: 'silent' }),
  );
  const base = api.url.replace(/\/graphql$/, '');
  try {
    const rows: [string, Figures][] = [['1 MB bench graph', await measure(base)]];
    await bg.graph.write(async (run) => {
      await run('bump-version', {});
    });
    const s = bg.graph.driver.session();
    await s.run(SYNTH, { n: forums });
    await s.close();
    await bg.graph.write(async (run) => {
      await run('bump-version', {});
    });
    rows.push([`1 MB graph + ${forums} synthetic forums × every domain`, await measure(base)]);
    const f = (n: number) => n.toFixed(0);
    process.stdout.write(
      [
        '| graph | links | API forumDomainLinks ms (no-cache) | page fetch ms | heatmap render ms | navigation to first map ms | network view render ms |',
        '|---|---|---|---|---|---|---|',
        ...rows.map(
          ([name, r]) =>
            `| ${name} | ${r.links} | ${f(r.apiMs)} | ${f(r.fetchMs)} | ${f(r.heatmapMs)} | ${f(r.firstMapMs)} | ${f(r.networkMs)} |`,
        ),
      ].join('\n') + '\n(median of 3 page loads, each in a fresh headless Chromium)\n',
    );
  } finally {
    await api.close();
  }
} finally {
  await bg.stop();
}
