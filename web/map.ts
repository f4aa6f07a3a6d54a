// The map page served at / : the forum × domain matrix as a heatmap (oppose marked apart), the
// same links as a network, filters that ask the API again, and the evidence behind a cell.
// Everything it loads comes from the API that served it (ECharts is bundled with this file).
import * as echarts from 'echarts/core';
import { GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { browserCypher, bySentence, highlight, type EvidenceNode } from './map-text.ts';

echarts.use([
  HeatmapChart,
  ScatterChart,
  GraphChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

interface Named {
  id: string;
  name: string;
  abbr?: string | null;
  short?: string | null;
}
interface Link {
  forum: Named;
  domain: Named;
  commitmentCount: number;
  documentCount: number;
  supportCount: number;
  opposeCount: number;
}
interface Doc {
  id: string;
  title: string | null;
  date: string | null;
  language: string | null;
}
type Filter = Record<string, string | string[]>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (s: string) => {
  $('status').textContent = s;
};
const label = (x: Named) => x.abbr || x.short || x.name;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

const LINKS = `query Map($filter: CommitmentFilter) { forumDomainLinks(filter: $filter) {
  forum { id name abbr short } domain { id name short } commitmentCount documentCount supportCount opposeCount } }`;
// A link's evidence through its commitments (one page of up to 100, each with its sentence): the
// API's cost limit allows that page, where a list of links with nested evidence pages it does not.
const EVIDENCE = `query Evidence($filter: CommitmentFilter) { commitments(filter: $filter, first: 100) {
  totalCount edges { node { evidence { sentenceId documentId documentTitle sentenceIndex text start end sentenceStart sentenceEnd } } } pageInfo { hasNextPage } } }`;

const browserUrl = document.querySelector<HTMLMetaElement>('meta[name="neo4j-browser"]')?.content ?? '';
const chartEl = $('chart');
const chart = echarts.init(chartEl, undefined, { renderer: 'canvas' });
const state = {
  links: [] as Link[],
  docs: new Map<string, Doc>(),
  view: 'heatmap' as 'heatmap' | 'network',
  renders: 0,
  renderMs: 0,
  fetchMs: 0,
  firstRenderAt: 0,
  summary: '',
  filter: {} as Filter,
};
// Read by the browser tests and bench/map.ts: what the chart holds, and where a cell is drawn.
(window as unknown as { policyGraphMap: unknown }).policyGraphMap = Object.assign(state, {
  cells: () => {
    const series = (chart.getOption() as { series: { data: { value: number[]; link: Link }[] }[] }).series[0];
    return series.data.map((d) => ({ forum: d.link.forum.id, domain: d.link.domain.id, count: d.value[2] }));
  },
  pixelOf: (x: number, y: number) => chart.convertToPixel({ seriesIndex: 0 }, [x, y]),
  cellOf: (forum: string, domain: string) => {
    const series = (chart.getOption() as { series: { data: { value: number[]; link: Link }[] }[] }).series[0];
    const d = series.data.find((c) => c.link.forum.id === forum && c.link.domain.id === domain);
    return d ? chart.convertToPixel({ seriesIndex: 0 }, [d.value[0], d.value[1]]) : null;
  },
});

function readFilter(): Filter {
  const f: Filter = {};
  const docs = [...$<HTMLSelectElement>('f-documents').selectedOptions].map((o) => o.value);
  if (docs.length) f.documents = docs;
  for (const k of ['dateFrom', 'dateTo', 'language', 'actor', 'polarity']) {
    const v = $<HTMLInputElement>(`f-${k}`).value;
    if (v) f[k] = v;
  }
  return f;
}

function exportLinks(filter: Filter) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) q.set(k, Array.isArray(v) ? v.join(',') : v);
  const s = q.toString() ? `?${q}` : '';
  $<HTMLAnchorElement>('export-links').href = `/export/links.csv${s}`;
  $<HTMLAnchorElement>('export-commitments').href = `/export/commitments.csv${s}`;
}

function axes(links: Link[]) {
  const total = (key: 'forum' | 'domain') => {
    const m = new Map<string, { item: Named; n: number }>();
    for (const l of links) {
      const e = m.get(l[key].id) ?? { item: l[key], n: 0 };
      e.n += l.commitmentCount;
      m.set(l[key].id, e);
    }
    return [...m.values()].sort((a, b) => b.n - a.n || a.item.id.localeCompare(b.item.id)).map((e) => e.item);
  };
  return { forums: total('forum'), domains: total('domain') };
}

function tooltip(l: Link) {
  return `<b>${escapeHtml(l.forum.name)}</b> × <b>${escapeHtml(l.domain.name)}</b><br>${l.commitmentCount} commitments in ${l.documentCount} documents<br>support ${l.supportCount} · oppose ${l.opposeCount}`;
}

const ROWS = 40;
/** The network draws at most this many links, the strongest; more make a dense tangle that paints slowly. */
const MAX_EDGES = 1500;

function heatmapOption(links: Link[]): echarts.EChartsCoreOption {
  const { forums, domains } = axes(links);
  const fi = new Map(forums.map((f, i) => [f.id, i])),
    di = new Map(domains.map((d, i) => [d.id, i]));
  const counts = links.map((l) => l.commitmentCount).sort((a, b) => a - b);
  const max = Math.max(1, counts[Math.floor(counts.length * 0.95)] ?? 1);
  // Past ROWS forums the chart keeps its height and scrolls (slider on the right, or the mouse
  // wheel): drawing hundreds of rows at once makes a canvas many screens tall, slow to paint.
  const scroll = forums.length > ROWS;
  chartEl.style.height = `${Math.max(420, Math.min(forums.length, ROWS) * 22 + 160)}px`;
  return {
    animation: false,
    tooltip: { formatter: (p: { data: { link: Link } }) => tooltip(p.data.link) },
    grid: { left: 110, right: 30, top: 110, bottom: 60 },
    xAxis: {
      type: 'category',
      position: 'top',
      data: domains.map(label),
      axisLabel: { rotate: 45, interval: 0 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: forums.map(label),
      axisLabel: { interval: 0 },
      splitArea: { show: !scroll },
    },
    dataZoom: scroll
      ? [
          {
            type: 'slider',
            yAxisIndex: 0,
            right: 4,
            width: 14,
            startValue: 0,
            endValue: ROWS - 1,
            filterMode: 'filter',
            showDetail: false,
            brushSelect: false,
          },
          {
            type: 'inside',
            yAxisIndex: 0,
            startValue: 0,
            endValue: ROWS - 1,
            filterMode: 'filter',
            zoomOnMouseWheel: false,
            moveOnMouseWheel: true,
          },
        ]
      : [],
    visualMap: {
      type: 'continuous',
      min: 1,
      max,
      dimension: 2,
      seriesIndex: 0,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 5,
      text: [`${max}+ commitments`, '1'],
      inRange: { color: ['#deebf7', '#6baed6', '#08306b'] },
    },
    series: [
      {
        type: 'heatmap',
        name: 'commitments',
        data: links.map((l) => ({ value: [di.get(l.domain.id), fi.get(l.forum.id), l.commitmentCount], link: l })),
        label: { show: links.length <= 800, fontSize: 10 },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
        progressive: 0,
      },
      // Oppose is marked apart: a red triangle in the corner of every cell with oppose commitments.
      {
        type: 'scatter',
        name: 'oppose',
        data: links
          .filter((l) => l.opposeCount > 0)
          .map((l) => ({ value: [di.get(l.domain.id), fi.get(l.forum.id), l.opposeCount], link: l })),
        symbol: 'triangle',
        symbolSize: 7,
        symbolOffset: [8, -5],
        itemStyle: { color: '#d62728' },
        z: 3,
      },
    ],
  };
}

function networkOption(all: Link[]): echarts.EChartsCoreOption {
  const links =
    all.length > MAX_EDGES ? [...all].sort((a, b) => b.commitmentCount - a.commitmentCount).slice(0, MAX_EDGES) : all;
  status(
    `${all.length} forum–domain links${links.length < all.length ? `; the network shows the ${links.length} strongest (filter to see others, or use the matrix)` : ''}.`,
  );
  const { forums, domains } = axes(links);
  const height = Math.max(420, Math.min(Math.max(forums.length, domains.length) * 18 + 80, 4000));
  chartEl.style.height = `${height}px`;
  const max = Math.max(1, ...links.map((l) => l.commitmentCount));
  const column = (items: Named[], x: number, kind: string) =>
    items.map((it, i) => ({
      id: `${kind}:${it.id}`,
      name: label(it),
      x,
      y: ((i + 0.5) / items.length) * (height - 80),
      symbolSize: 10,
      category: kind === 'forum' ? 0 : 1,
      label: { show: true, position: kind === 'forum' ? 'left' : 'right' },
      full: it.name,
    }));
  return {
    animation: false,
    tooltip: {
      formatter: (p: { dataType: string; data: { link?: Link; full?: string } }) =>
        p.data.link ? tooltip(p.data.link) : escapeHtml(p.data.full ?? ''),
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        left: 120,
        right: 160,
        top: 20,
        bottom: 20,
        categories: [
          { name: 'forum', itemStyle: { color: '#b261a5' } },
          { name: 'domain', itemStyle: { color: '#5db665' } },
        ],
        data: [...column(forums, 0, 'forum'), ...column(domains, 600, 'domain')],
        links: links.map((l) => ({
          source: `forum:${l.forum.id}`,
          target: `domain:${l.domain.id}`,
          link: l,
          lineStyle: {
            width: 0.5 + 9 * Math.sqrt(l.commitmentCount / max),
            color: l.opposeCount > l.supportCount ? '#d62728' : '#4c8eda',
            opacity: 0.55,
          },
        })),
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}

function render() {
  const t0 = performance.now();
  chart.clear();
  status(state.summary);
  chart.setOption(state.view === 'heatmap' ? heatmapOption(state.links) : networkOption(state.links), {
    notMerge: true,
  });
  chart.resize();
  chart.off('finished');
  chart.on('finished', () => {
    chart.off('finished');
    state.renderMs = performance.now() - t0;
    state.renders++;
    // Milliseconds from the start of navigation to the first drawn map.
    if (state.renders === 1) state.firstRenderAt = performance.now();
    document.body.dataset.renders = String(state.renders);
  });
}

async function load() {
  state.filter = readFilter();
  exportLinks(state.filter);
  // Evidence shown for the old filter would no longer match the cells.
  $('evidence').innerHTML = '<p class="hint">Click a cell to see the sentences behind it.</p>';
  status('Loading…');
  const t0 = performance.now();
  try {
    const { forumDomainLinks } = await gql<{ forumDomainLinks: Link[] }>(LINKS, {
      filter: Object.keys(state.filter).length ? state.filter : null,
    });
    state.fetchMs = performance.now() - t0;
    state.links = forumDomainLinks;
    const n = forumDomainLinks.reduce((s, l) => s + l.commitmentCount, 0);
    state.summary = `${forumDomainLinks.length} forum–domain links, ${n} commitments${Object.keys(state.filter).length ? ' (filtered)' : ''}. Red triangles: some commitments oppose.`;
    render();
  } catch (e) {
    status(`The API did not answer: ${(e as Error).message}`);
  }
}

async function showEvidence(link: Link) {
  const box = $('evidence');
  box.innerHTML = `<h2>${escapeHtml(link.forum.name)} × ${escapeHtml(link.domain.name)}</h2><p class="meta">Loading…</p>`;
  const filter = { ...state.filter, forum: link.forum.id, domain: link.domain.id };
  try {
    const { commitments } = await gql<{
      commitments: {
        totalCount: number;
        edges: { node: { evidence: EvidenceNode } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(EVIDENCE, { filter });
    const sentences = bySentence(commitments.edges.map((e) => e.node.evidence));
    const cypher = browserCypher(link.forum.id, link.domain.id);
    const open = browserUrl
      ? `<a id="open-in-browser" target="_blank" rel="noopener" href="${escapeHtml(`${browserUrl}?cmd=edit&arg=${encodeURIComponent(cypher)}`)}">open in Neo4j Browser</a>`
      : '';
    box.innerHTML = `<h2>${escapeHtml(link.forum.name)} × ${escapeHtml(link.domain.name)}</h2>
      <p class="meta">${link.commitmentCount} commitments in ${link.documentCount} documents (support ${link.supportCount}, oppose ${link.opposeCount}); ${sentences.length} sentences${commitments.pageInfo.hasNextPage ? ` behind the first ${commitments.edges.length} of ${commitments.totalCount} commitments` : ''}. ${open}</p>
      <ol>${sentences
        .map((node) => {
          const doc = state.docs.get(node.documentId);
          return `<li data-sentence="${escapeHtml(node.sentenceId)}">${highlight(node, escapeHtml)}<div class="meta">${escapeHtml(node.documentTitle ?? node.documentId)}${doc?.date ? `, ${escapeHtml(doc.date)}` : ''} · sentence ${node.sentenceIndex}</div></li>`;
        })
        .join('')}</ol>`;
  } catch (e) {
    box.innerHTML = `<p class="meta">The API did not answer: ${escapeHtml((e as Error).message)}</p>`;
  }
}

chart.on('click', (p) => {
  const link = (p.data as { link?: Link } | undefined)?.link;
  if (link) void showEvidence(link);
});
window.addEventListener('resize', () => chart.resize());

async function init() {
  if (browserUrl) $<HTMLAnchorElement>('browser-link').href = browserUrl;
  try {
    const { documents, actors } = await gql<{ documents: Doc[]; actors: Named[] }>(
      '{ documents { id title date language } actors { id name } }',
    );
    for (const d of documents) state.docs.set(d.id, d);
    $('f-documents').append(
      ...documents.map((d) => new Option(`${d.title ?? d.id}${d.date ? ` (${d.date})` : ''}`, d.id)),
    );
    $('f-actor').append(...actors.map((a) => new Option(`${a.name} (${a.id})`, a.id)));
  } catch (e) {
    status(`The API did not answer: ${(e as Error).message}`);
  }
  const form = $<HTMLFormElement>('filters');
  form.addEventListener('change', () => void load());
  form.addEventListener('reset', () => setTimeout(() => void load()));
  for (const v of ['heatmap', 'network'] as const) {
    $(`v-${v}`).addEventListener('click', () => {
      state.view = v;
      $('v-heatmap').setAttribute('aria-selected', String(v === 'heatmap'));
      $('v-network').setAttribute('aria-selected', String(v === 'network'));
      render();
    });
  }
  await load();
}
void init();
