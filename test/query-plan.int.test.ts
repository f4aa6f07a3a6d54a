import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../src/graph/graph.ts';
import { params } from '../src/graph/graph.ts';
import { config } from '../src/config.ts';
import { ingest } from '../src/pipeline/ingest.ts';
import { removeDocument } from '../src/graph/loader.ts';
import {
  countBy,
  countCommitments,
  pageCommitments,
  type CommitmentFilter,
  type Composed,
} from '../src/graph/commitment-query.ts';
import { testGraph } from './helpers.ts';

// Every combination of filters still starts from an index seek when one of its filters has an
// index (documents, forum, domain, actor, dates, language), as EXPLAIN shows on the real Neo4j with
// the seed loaded. Polarity, action and text alone have none: a scan is the plan there (polarity
// picks half the graph; an index on it slowed loading and would not make the scan cheaper).
const VALUES: Record<string, CommitmentFilter> = {
  documents: { documents: ['cn-ru-2023-joint-statement-part3.zh'] },
  actor: { actor: 'CN' },
  forum: { forum: 'WHO' },
  domain: { domain: 'health' },
  polarity: { polarity: 'support' },
  language: { language: 'en' },
  dates: { dateFrom: '2019-01-01', dateTo: '2023-12-31' },
  action: { action: 'support' },
  text: { text: 'health' },
};
const INDEXED = ['documents', 'forum', 'domain', 'actor', 'dates', 'language'];
const CHECKED = ['polarity', 'action', 'text'];
// Every subset of the indexed filters, alone and with all three unindexed ones (which only add
// tests on the way): 128 of the 512 combinations, whose texts test/commitment-query.test.ts
// snapshots in full. (Planning each query takes a few hundred ms on a busy machine.)
const combinations = Array.from({ length: 2 ** INDEXED.length }, (_, mask) => INDEXED.filter((_, i) => mask & (1 << i)))
  .flatMap((names) => [names, [...names, ...CHECKED]])
  .map((names) => ({ names, filter: Object.assign({}, ...names.map((n) => VALUES[n])) as CommitmentFilter }));

// The property each indexed filter reads. On a graph this small the planner may rightly prefer
// scanning a filtered property's whole index (few commitments name a forum) to seeking a list
// of documents: that is still an index plan; a scan of another property's index is not.
const PROPERTY: Record<string, string> = {
  documents: 'documentId',
  forum: 'forumId',
  domain: 'domainId',
  actor: 'id',
  dates: 'date',
  language: 'language',
};

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}
let graph: Graph;
const dataDir = join(config().root, 'data', 'documents');
const ids: string[] = [];

/** The operator the plan starts from (its leftmost leaf) and what it reads. */
async function start(q: Composed): Promise<string> {
  const s = graph.driver.session();
  try {
    let plan = (await s.run(`EXPLAIN ${q.text}`, params(q.params) as Record<string, unknown>)).summary.plan as Plan;
    while (plan.children.length) plan = plan.children[0];
    const details = typeof plan.arguments.Details === 'string' ? ` ${plan.arguments.Details}` : '';
    return `${plan.operatorType.replace(/@.*$/, '')}${details}`;
  } finally {
    await s.close();
  }
}

beforeAll(async () => {
  graph = await testGraph();
  // The plans are read on the seed alone: documents other test files left behind change the
  // planner's statistics (the same filters over another graph may rightly plan otherwise).
  const s = graph.driver.session();
  try {
    const left = await s.run('MATCH (d:Document) RETURN d.id AS id');
    for (const r of left.records) await removeDocument(graph, r.get('id') as string);
  } finally {
    await s.close();
  }
  const report = await ingest(graph, [dataDir]);
  ids.push(...report.outcomes.map((o) => o.id));
});
afterAll(async () => {
  for (const id of ids) await removeDocument(graph, id);
  await graph.close();
});

describe('query plans of the composed filters (EXPLAIN)', () => {
  it(`each of the ${combinations.length} combinations starts from an index seek when it has an indexed filter`, async () => {
    const wrong: string[] = [];
    for (const { names, filter } of combinations) {
      const seek = names.some((n) => INDEXED.includes(n));
      const shapes: [string, Composed][] = [['count', countCommitments(filter)]];
      // Pages and the grouped counts share the head with the count: a sample of them.
      if (names.length <= 2 || names.length === INDEXED.length + CHECKED.length)
        shapes.push(['page', pageCommitments(filter, {}, 21)]);
      if (names.length <= 1)
        shapes.push(
          ...(['forum', 'domain', 'actor', 'link'] as const).map((k): [string, Composed] => [
            `counts by ${k}`,
            countBy(k, filter, null),
          ]),
        );
      for (const [shape, q] of shapes) {
        const op = await start(q);
        const ok = seek
          ? /IndexSeek/.test(op) ||
            (/IndexScan/.test(op) && names.some((n) => PROPERTY[n] && op.includes(`(${PROPERTY[n]})`)))
          : /NodeByLabelScan|CountFromCountStore|IndexScan/.test(op);
        if (!ok) wrong.push(`${names.join(' + ') || 'no filter'} (${shape}): starts from ${op}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 900_000);

  it('counts by forum, domain or document for given ids seek those ids', async () => {
    for (const [kind, id] of [
      ['forum', 'WHO'],
      ['domain', 'health'],
      ['document', 'cn-ru-2023-joint-statement-part3.en'],
    ] as const) {
      expect(await start(countBy(kind, {}, [id]))).toMatch(/IndexSeek/);
    }
  });
});
