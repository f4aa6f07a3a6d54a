import type { Graph } from './graph.ts';
import type { QueryName } from './cypher.ts';

/**
 * How a commitment filter becomes query parameters and which cypher/ variant serves it, shared by
 * the GraphQL resolvers and the exports so that both read exactly the same rows.
 */
export type Filter = Record<string, unknown> | null | undefined;

export function filterParams(f: Filter) {
  const v = (k: string) => (f?.[k] === undefined || f?.[k] === '' ? null : f[k]);
  return {
    actor: v('actor'),
    documents: v('documents'),
    dateFrom: v('dateFrom'),
    dateTo: v('dateTo'),
    language: v('language'),
    polarity: v('polarity'),
    forum: v('forum'),
    domain: v('domain'),
    action: v('action'),
    text: v('text'),
  };
}

/**
 * The query variant that starts from an index seek on the most selective filter given; the other
 * filters are checked on the way (one file per variant in cypher/).
 */
export function anchored(params: Record<string, unknown>): { page: QueryName; count: QueryName } {
  // With a single filter of documents, forum or domain, the total is a relationship count (no scan).
  const given = Object.entries(params)
    .filter(([k, v]) => v != null && k !== 'after')
    .map(([k]) => k);
  const only = given.length === 1 ? given[0] : null;
  if (params.ids != null) return { page: 'api-commitments-by-ids', count: 'api-commitments-count' };
  if (params.documents != null)
    return {
      page: 'api-commitments-by-document',
      count: only ? 'api-commitments-count-documents-only' : 'api-commitments-count-by-document',
    };
  if (params.forum != null)
    return {
      page: 'api-commitments-by-forum',
      count: only ? 'api-commitments-count-forum-only' : 'api-commitments-count-by-forum',
    };
  if (params.domain != null)
    return {
      page: 'api-commitments-by-domain',
      count: only ? 'api-commitments-count-domain-only' : 'api-commitments-count-by-domain',
    };
  return { page: 'api-commitments', count: given.length ? 'api-commitments-count' : 'api-commitments-count-all' };
}

export interface CommitmentRow {
  commitment: {
    id: string;
    polarity: string;
    modality: string | null;
    confidence: number | null;
    evidenceStart: number;
    evidenceEnd: number;
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
 * Every commitment that matches the filter, in id order, read a page at a time (keyset on the id,
 * each page its own short read): memory stays flat and no transaction stays open however large the
 * graph. The same queries as the API's `commitments` field.
 */
export async function* allCommitments(graph: Graph, filter: Filter, pageSize = 500): AsyncGenerator<CommitmentRow> {
  const params = { ...filterParams(filter), ids: null };
  const q = anchored(params);
  let after: string | null = null;
  for (;;) {
    const rows: CommitmentRow[] = await graph.read<CommitmentRow>(q.page, { ...params, after, limit: pageSize });
    yield* rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].commitment.id;
  }
}

export interface LinkRow {
  forum: Record<string, unknown>;
  domain: Record<string, unknown>;
  commitments: number;
  documents: number;
  support: number;
  oppose: number;
}

/** Whether a filter needs the map counted from commitments (the stored CARRIES counts cannot answer it). */
export const commitmentFiltered = (f: Filter) =>
  ['actor', 'documents', 'dateFrom', 'dateTo', 'language', 'polarity'].some((k) => f?.[k] != null && f?.[k] !== '');

/** The forum × domain links for a filter: the stored counts when they answer it, else counted from commitments. */
export function linkRows(graph: Graph, filter: Filter): Promise<LinkRow[]> {
  if (commitmentFiltered(filter)) return graph.read<LinkRow>('api-forum-domain-filtered', filterParams(filter));
  const p = filterParams(filter);
  return graph.read<LinkRow>('api-forum-domain-links', { forum: p.forum, domain: p.domain });
}
