import type { Graph } from '../graph/graph.ts';
import { pageCommitments, type CommitmentFilter } from '../graph/commitment-query.ts';
import { Counts } from '../api/counts.ts';

/**
 * Where the exports read from: the same composed page query as the API's `commitments`, and the
 * same counts as its `forumDomainLinks` (src/api/counts.ts), so a file never disagrees with the API.
 */
export interface CommitmentRow {
  commitment: {
    id: string;
    polarity: string;
    modality: string | null;
    evidenceStart: number;
    evidenceEnd: number;
    confidence?: number | null;
  };
  actors: { id: string; name: string }[];
  domain: { id: string; name: string; nameZh: string | null; text: string | null };
  forum: { id: string; name: string; nameZh: string | null; abbr: string | null; text: string | null } | null;
  action: { text: string | null; lemma: string | null; gloss: string | null };
  sentence: { id: string; index: number; text: string; start: number; end: number };
  document: { id: string; title: string | null; language: string | null; date: string | null };
  counterparts: string[];
}

/**
 * Every commitment under the filter in id order, a page at a time (keyset on the id, each page its
 * own short read): memory stays flat and no transaction stays open however large the graph.
 */
export async function* allCommitments(
  graph: Graph,
  filter: CommitmentFilter,
  pageSize = 500,
): AsyncGenerator<CommitmentRow> {
  let after: string | null = null;
  for (;;) {
    const q = pageCommitments(filter, { after }, pageSize);
    const rows: CommitmentRow[] = await graph.readText<CommitmentRow>(q.text, q.params);
    yield* rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].commitment.id;
  }
}

export interface LinkRow {
  forum: { id: string; name: string; nameZh?: string | null; abbr?: string | null };
  domain: { id: string; name: string; nameZh?: string | null };
  commitments: number;
  documents: number;
  support: number;
  oppose: number;
}

/** The forum × domain links under the filter with their four counts, as the API counts them. */
export async function linkRows(graph: Graph, filter: CommitmentFilter): Promise<LinkRow[]> {
  const counts = new Counts(graph);
  const links = await counts.links(filter);
  const names = async (kind: 'forum' | 'domain') => new Map((await counts.allEntities(kind)).map((e) => [e.id, e]));
  const [forums, domains] = await Promise.all([names('forum'), names('domain')]);
  const rows = await Promise.all(
    links.map(async (l) => {
      const t = await counts.tally('link', `${l.forumId}\u0000${l.domainId}`, filter);
      const f = forums.get(l.forumId),
        d = domains.get(l.domainId);
      return {
        forum: {
          id: l.forumId,
          name: f?.name ?? l.forumId,
          nameZh: (f as { nameZh?: string | null } | undefined)?.nameZh ?? null,
          abbr: f?.abbr ?? null,
        },
        domain: {
          id: l.domainId,
          name: d?.name ?? l.domainId,
          nameZh: (d as { nameZh?: string | null } | undefined)?.nameZh ?? null,
        },
        commitments: t.commitmentCount,
        documents: t.documentCount,
        support: t.supportCount,
        oppose: t.opposeCount,
      };
    }),
  );
  return rows.sort(
    (a, b) =>
      b.commitments - a.commitments || a.forum.id.localeCompare(b.forum.id) || a.domain.id.localeCompare(b.domain.id),
  );
}
