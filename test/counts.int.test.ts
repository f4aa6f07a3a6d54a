import { pino } from 'pino';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { config } from '../src/config.ts';
import type { Graph } from '../src/graph/graph.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { removeDocument } from '../src/graph/loader.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { Graph as GraphClass } from '../src/graph/graph.ts';
import { testGraph } from './helpers.ts';

/**
 * Every count the API gives, against the same count computed here from `extract`'s JSON.
 *
 * The corpus is data/documents as `npm start` loads it (its manifest links the seed's Chinese
 * original and English translation). The expected numbers come from the command line's JSON:
 * `extract FILE… --format json` for the documents, `extract EN --translation-of ZH` for the
 * aligned counterpart pairs. A commitment and its counterpart are one commitment; documentCount
 * counts statements (an original with its translations).
 *
 * 200 random filter combinations (documents, forum, domain, actor, polarity, language, dates), each
 * asked in one request that holds every count field of every type within depth 4 (and the
 * commitments' actors, domain and forum one level deeper). The generator is seeded: COUNTS_SEED=n
 * repeats a run, and a failing run prints its seed.
 */
const cfg = config();
const dataDir = join(cfg.root, 'data', 'documents');
const files = readdirSync(dataDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(dataDir, f))
  .sort();
const ZH = 'cn-ru-2023-joint-statement-part3.zh',
  EN = 'cn-ru-2023-joint-statement-part3.en';
const RUNS = Number(process.env.COUNTS_RUNS ?? 200);
const SEED = Number(process.env.COUNTS_SEED ?? Date.now() % 2 ** 31);

interface JsonCommitment {
  sentence: number;
  actors: { id: string }[];
  domain: { id: string };
  forum: { id: string } | null;
  polarity: string;
}
interface JsonDocument {
  document: { id: string; language: string; date: string | null; translationOf: string | null };
  commitments: JsonCommitment[];
  alignment?: { counterparts: { original: number; translation: number }[] };
}

/** One commitment as the test sees it. */
interface Row {
  id: string;
  unit: string;
  doc: string;
  statement: string;
  language: string;
  date: string | null;
  forum: string | null;
  domain: string;
  actors: string[];
  polarity: string;
}

function cli(args: string[]): unknown {
  const r = spawnSync(process.execPath, ['bin/policy-graph.mjs', ...args], {
    cwd: cfg.root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

let graph: Graph;
let api: ApiServer;
let rows: Row[] = [];
let docs: JsonDocument['document'][] = [];

beforeAll(async () => {
  const all = (cli(['extract', ...files, '--format', 'json']) as { documents: JsonDocument[] }).documents;
  const aligned = cli([
    'extract',
    join(dataDir, `${EN}.txt`),
    '--translation-of',
    join(dataDir, `${ZH}.txt`),
    '--format',
    'json',
  ]) as JsonDocument;
  const unitOfEn = new Map(aligned.alignment!.counterparts.map((p) => [p.translation, `${ZH}#${p.original}`]));
  docs = all.map((d) => d.document);
  rows = all.flatMap((d) =>
    d.commitments.map((c, i) => ({
      id: `${d.document.id}#${i}`,
      unit: d.document.id === EN ? (unitOfEn.get(i) ?? `${EN}#${i}`) : `${d.document.id}#${i}`,
      doc: d.document.id,
      statement: d.document.translationOf ?? d.document.id,
      language: d.document.language,
      date: d.document.date,
      forum: c.forum?.id ?? null,
      domain: c.domain.id,
      actors: c.actors.map((a) => a.id),
      polarity: c.polarity,
    })),
  );

  // Each filter combination is a query Neo4j has not planned yet; on a busy test machine planning
  // alone can pass the API's 5 s default, so this test allows 60 s a query (its subject is numbers).
  const base = await testGraph();
  graph = new GraphClass({ ...base.opts, queryTimeoutMs: 60_000 });
  await base.close();
  const s = graph.driver.session();
  await s.run(
    'MATCH (n) WHERE n:Document OR n:Sentence OR n:Commitment OR n:Actor OR n:Action OR n:Forum OR n:DocumentState DETACH DELETE n',
  );
  await s.close();
  const report = await ingest(graph, [dataDir]);
  expect(report.failures).toEqual([]);
  api = await startApi(
    graph,
    { ...cfg.api, port: 0, maxDepth: 12, maxCost: 10_000_000, maxAliases: 50, responseCacheMb: 0 },
    pino({ level: 'silent' }),
  );
}, 600_000);
afterAll(async () => {
  await api?.close();
  for (const d of docs) await removeDocument(graph, d.id);
  await graph?.close();
});

interface Filter {
  documents?: string[];
  forum?: string;
  domain?: string;
  actor?: string;
  polarity?: string;
  language?: string;
  dateFrom?: string;
  dateTo?: string;
}

/** A date bound compares by the period it names: "2023" holds every day of 2023. */
const inPeriod = (date: string | null, f: Filter) => {
  if (f.dateFrom === undefined && f.dateTo === undefined) return true;
  if (date === null) return false;
  return (
    (f.dateFrom === undefined || date.slice(0, f.dateFrom.length) >= f.dateFrom) &&
    (f.dateTo === undefined || date.slice(0, f.dateTo.length) <= f.dateTo)
  );
};
const matches = (r: Row, f: Filter) =>
  (f.documents === undefined || f.documents.includes(r.doc)) &&
  (f.forum === undefined || r.forum === f.forum) &&
  (f.domain === undefined || r.domain === f.domain) &&
  (f.actor === undefined || r.actors.includes(f.actor)) &&
  (f.polarity === undefined || r.polarity === f.polarity) &&
  (f.language === undefined || r.language === f.language) &&
  inPeriod(r.date, f);

type Kind = 'forum' | 'domain' | 'actor' | 'link' | 'document';
const inGroup = (kind: Kind, id: string) => (r: Row) =>
  kind === 'forum'
    ? r.forum === id
    : kind === 'domain'
      ? r.domain === id
      : kind === 'actor'
        ? r.actors.includes(id)
        : kind === 'document'
          ? r.doc === id
          : `${r.forum}|${r.domain}` === id;
function expected(kind: Kind, id: string, f: Filter) {
  const hit = rows.filter((r) => matches(r, f) && inGroup(kind, id)(r));
  const units = (xs: Row[]) => new Set(xs.map((r) => r.unit)).size;
  return {
    commitmentCount: units(hit),
    documentCount: new Set(hit.map((r) => r.statement)).size,
    supportCount: units(hit.filter((r) => r.polarity === 'support')),
    opposeCount: units(hit.filter((r) => r.polarity === 'oppose')),
  };
}

const C = 'commitmentCount documentCount supportCount opposeCount';
const LINK = `forum { id } domain { id } ${C}`;
const QUERY = `query($f: CommitmentFilter, $forum: ID!, $domain: ID!, $actor: ID!) {
  forumDomainLinks(filter: $f) { ${C} forum { id ${C} domains { ${LINK} } } domain { id ${C} forums { ${LINK} } } }
  forums(filter: $f) { id ${C} domains { ${C} forum { id ${C} } domain { id ${C} } } }
  domains(filter: $f) { id ${C} forums { ${C} forum { id ${C} } domain { id ${C} } } }
  actors(filter: $f) { id ${C} }
  forum(id: $forum, filter: $f) { id ${C} domains { ${C} forum { id ${C} } domain { id ${C} } } }
  domain(id: $domain, filter: $f) { id ${C} forums { ${C} forum { id ${C} } domain { id ${C} } } }
  actor(id: $actor, filter: $f) { id ${C} }
  commitments(filter: $f, first: 100) { totalCount edges { node { id actors { id ${C} } domain { id ${C} } forum { id ${C} } } } }
  documents { id commitmentCount versions { id commitmentCount } }
}`;

async function ask(query: string, variables: Record<string, unknown>) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: any;
    errors?: { message: string; extensions: { code: string } }[];
    extensions?: any;
  };
}

describe("every count the API gives equals the count from extract's JSON", () => {
  it(`${RUNS} random filter combinations, every count field within depth 4`, async () => {
    process.stdout.write(`counts test: seed ${SEED} (repeat with COUNTS_SEED=${SEED})\n`);
    const rng = xoroshiro128plus(SEED);
    const int = (n: number) => uniformInt(rng, 0, n - 1);
    const pick = <T>(xs: T[]): T => xs[int(xs.length)];
    const chance = (p: number) => int(1000) < p * 1000;
    const forums = [...new Set(rows.flatMap((r) => (r.forum ? [r.forum] : [])))].sort();
    const domains = [...new Set(rows.map((r) => r.domain))].sort();
    const actors = [...new Set(rows.flatMap((r) => r.actors))].sort();
    const dates = [...new Set(docs.map((d) => d.date).filter((d): d is string => !!d))];
    const dateBound = () => {
      const d = pick([...dates, '2018-06-15', '2020-01-01', '2023-12-31']);
      return pick([d, d.slice(0, 7), d.slice(0, 4)]);
    };
    const randomFilter = (): Filter => {
      const f: Filter = {};
      if (chance(0.3))
        f.documents = [
          ...new Set(Array.from({ length: 1 + int(3) }, () => pick([...docs.map((d) => d.id), 'no-such-document']))),
        ];
      if (chance(0.3)) f.forum = pick([...forums, 'NO_SUCH_FORUM']);
      if (chance(0.3)) f.domain = pick(domains);
      if (chance(0.3)) f.actor = pick(actors);
      if (chance(0.3)) f.polarity = pick(['support', 'oppose']);
      if (chance(0.4)) f.language = pick(['zh', 'en']);
      if (chance(0.25)) f.dateFrom = dateBound();
      if (chance(0.25)) f.dateTo = dateBound();
      return f;
    };

    const mismatches: string[] = [];
    const times: number[] = [];
    let checked = 0;
    const same = (where: string, got: unknown, want: unknown) => {
      checked++;
      if (JSON.stringify(got) !== JSON.stringify(want))
        mismatches.push(`${where}: API ${JSON.stringify(got)}, extract ${JSON.stringify(want)}`);
    };
    const counts = (where: string, kind: Kind, id: string, f: Filter, o: Record<string, unknown>) => {
      const want = expected(kind, id, f);
      for (const k of Object.keys(want) as (keyof typeof want)[]) if (k in o) same(`${where}.${k}`, o[k], want[k]);
    };
    const linksOf = (f: Filter, keep: (r: Row) => boolean) =>
      [...new Set(rows.filter((r) => r.forum && matches(r, f) && keep(r)).map((r) => `${r.forum}|${r.domain}`))].sort();
    const checkLinks = (where: string, list: any[], f: Filter, keep: (r: Row) => boolean) => {
      same(`${where} (which links)`, list.map((l) => `${l.forum.id}|${l.domain.id}`).sort(), linksOf(f, keep));
      same(
        `${where} (most commitments first)`,
        list.map((l) => l.commitmentCount),
        [...list.map((l) => l.commitmentCount)].sort((a, b) => b - a),
      );
      for (const l of list) {
        counts(`${where}[${l.forum.id}|${l.domain.id}]`, 'link', `${l.forum.id}|${l.domain.id}`, f, l);
        counts(`${where}[${l.forum.id}|${l.domain.id}].forum`, 'forum', l.forum.id, f, l.forum);
        counts(`${where}[${l.forum.id}|${l.domain.id}].domain`, 'domain', l.domain.id, f, l.domain);
        for (const x of l.forum.domains ?? [])
          counts(`${where}.forum.domains[${x.domain.id}]`, 'link', `${x.forum.id}|${x.domain.id}`, f, x);
        for (const x of l.domain.forums ?? [])
          counts(`${where}.domain.forums[${x.forum.id}]`, 'link', `${x.forum.id}|${x.domain.id}`, f, x);
        if (l.forum.domains)
          same(
            `${where}.forum.domains (which)`,
            l.forum.domains.map((x: any) => `${x.forum.id}|${x.domain.id}`).sort(),
            linksOf(f, (r) => r.forum === l.forum.id),
          );
        if (l.domain.forums)
          same(
            `${where}.domain.forums (which)`,
            l.domain.forums.map((x: any) => `${x.forum.id}|${x.domain.id}`).sort(),
            linksOf(f, (r) => r.domain === l.domain.id),
          );
      }
    };

    for (let run = 0; run < RUNS; run++) {
      const f = run === 0 ? {} : randomFilter(); // the first request has no filter at all
      const vars = { f, forum: pick(forums), domain: pick(domains), actor: pick(actors) };
      const where = `run ${run} ${JSON.stringify(vars)}`;
      const t0 = performance.now();
      const r = await ask(QUERY, vars);
      times.push(performance.now() - t0);
      const from = f.dateFrom === undefined ? null : f.dateFrom + ({ 4: '-01-01', 7: '-01' }[f.dateFrom.length] ?? '');
      const to = f.dateTo === undefined ? null : f.dateTo + ({ 4: '-12-31', 7: '-31' }[f.dateTo.length] ?? '');
      if (from && to && from > to) {
        // A range that ends before it starts is a mistake to report, not an empty answer.
        same(
          `${where} reversed dates`,
          [...new Set(r.errors?.map((e) => e.extensions.code) ?? [])],
          ['BAD_USER_INPUT'],
        );
        continue;
      }
      if (r.errors) {
        mismatches.push(`${where}: ${JSON.stringify(r.errors)}`);
        continue;
      }
      const d = r.data;
      checkLinks(`${where} forumDomainLinks`, d.forumDomainLinks, f, () => true);
      for (const [list, kind, other] of [
        [d.forums, 'forum', 'domains'],
        [d.domains, 'domain', 'forums'],
      ] as const) {
        same(
          `${where} ${kind}s (which)`,
          list.map((x: any) => x.id).sort(),
          kind === 'forum' ? forums : [...new Set([...domains, ...list.map((x: any) => x.id)])].sort(),
        );
        for (const x of list) {
          counts(`${where} ${kind}s[${x.id}]`, kind, x.id, f, x);
          checkLinks(`${where} ${kind}s[${x.id}].${other}`, x[other], f, (row) =>
            kind === 'forum' ? row.forum === x.id : row.domain === x.id,
          );
        }
      }
      same(`${where} actors (which)`, d.actors.map((x: any) => x.id).sort(), actors);
      for (const x of d.actors) counts(`${where} actors[${x.id}]`, 'actor', x.id, f, x);
      counts(`${where} forum(${vars.forum})`, 'forum', vars.forum, f, d.forum);
      checkLinks(`${where} forum(${vars.forum}).domains`, d.forum.domains, f, (row) => row.forum === vars.forum);
      counts(`${where} domain(${vars.domain})`, 'domain', vars.domain, f, d.domain);
      checkLinks(`${where} domain(${vars.domain}).forums`, d.domain.forums, f, (row) => row.domain === vars.domain);
      counts(`${where} actor(${vars.actor})`, 'actor', vars.actor, f, d.actor);
      same(`${where} commitments.totalCount`, d.commitments.totalCount, rows.filter((x) => matches(x, f)).length);
      for (const e of d.commitments.edges) {
        const n = e.node;
        for (const a of n.actors) counts(`${where} commitments[${n.id}].actors[${a.id}]`, 'actor', a.id, f, a);
        counts(`${where} commitments[${n.id}].domain`, 'domain', n.domain.id, f, n.domain);
        if (n.forum) counts(`${where} commitments[${n.id}].forum`, 'forum', n.forum.id, f, n.forum);
      }
      for (const doc of d.documents) {
        counts(`${where} documents[${doc.id}]`, 'document', doc.id, {}, doc);
        for (const v of doc.versions)
          counts(`${where} documents[${doc.id}].versions[${v.id}]`, 'document', v.id, {}, v);
      }
      if (f.dateFrom !== undefined || f.dateTo !== undefined) {
        const undated = [
          ...new Set(
            rows
              .filter((x) => x.date === null && matches(x, { ...f, dateFrom: undefined, dateTo: undefined }))
              .map((x) => x.doc),
          ),
        ].sort();
        same(`${where} extensions.undatedDocumentsLeftOut`, r.extensions?.undatedDocumentsLeftOut, {
          count: undated.length,
          documents: undated,
        });
      }
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `counts test: ${checked} values checked over ${RUNS} requests, ${mismatches.length} mismatches (seed ${SEED}); request ms p50 ${times[RUNS >> 1].toFixed(0)}, max ${times.at(-1)!.toFixed(0)}\n`,
    );
    expect(mismatches.slice(0, 20), `seed ${SEED}: repeat with COUNTS_SEED=${SEED}`).toEqual([]);
    expect(checked).toBeGreaterThan(RUNS * 50);
  }, 1_800_000);
});
