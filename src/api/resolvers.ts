import { GraphQLError } from 'graphql';
import type { Graph } from '../graph/graph.ts';
import { anchored, commitmentFiltered, filterParams, type Filter } from '../graph/commitment-query.ts';
import { lexicon } from '../extract/lexicon.ts';
import { forumShort } from '../graph/labels.ts';
import type { LinkRow, MapCache } from './map-cache.ts';
import { loadDocument, removeDocument } from '../graph/loader.ts';
import { extractText } from '../extract/extract-document.ts';

/** Thin resolvers: check arguments, call src/graph, shape the rows. */
export interface ApiContext {
  graph: Graph;
  authorized: boolean;
  maxPageSize: number;
  links: MapCache;
  /** The graph version, read at most once per request (shared with the response cache). */
  version: () => Promise<number>;
}

const badInput = (msg: string) => new GraphQLError(msg, { extensions: { code: 'BAD_USER_INPUT' } });
const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
function decodeCursor(c: string | null | undefined): string | null {
  if (c == null) return null;
  const s = Buffer.from(c, 'base64url').toString('utf8');
  if (!s || encode(s) !== c.replace(/=+$/, ''))
    throw badInput(
      `"${c.slice(0, 40)}" is not a cursor this API gave out. Use pageInfo.endCursor from the previous page.`,
    );
  return s;
}
function page(first: number | null | undefined, max: number): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw badInput(`first must be between 0 and ${max} (API_MAX_PAGE_SIZE); got ${n}.`);
  return n;
}

const link = (r: LinkRow, filter: Filter) => ({
  forum: r.forum,
  domain: r.domain,
  commitmentCount: r.commitments,
  documentCount: r.documents,
  supportCount: r.support,
  opposeCount: r.oppose,
  _filter: filter,
});

interface CommitmentRow {
  commitment: Record<string, unknown>;
  actors: unknown[];
  domain: Record<string, unknown>;
  forum: Record<string, unknown> | null;
  action: unknown;
  sentence: Record<string, unknown>;
  document: Record<string, unknown>;
  counterparts: string[];
}
const shapeCommitment = (r: CommitmentRow) => ({
  id: r.commitment.id,
  actors: r.actors,
  action: r.action,
  domain: r.domain,
  domainText: r.domain.text,
  forum: r.forum,
  forumText: r.forum?.text ?? null,
  polarity: r.commitment.polarity,
  modality: r.commitment.modality,
  counterpartIds: r.counterparts,
  evidence: {
    sentenceId: r.sentence.id,
    documentId: r.document.id,
    documentTitle: r.document.title,
    sentenceIndex: r.sentence.index,
    text: r.sentence.text,
    start: r.commitment.evidenceStart,
    end: r.commitment.evidenceEnd,
    sentenceStart: r.sentence.start,
    sentenceEnd: r.sentence.end,
  },
});

async function commitmentsByIds(graph: Graph, ids: string[]) {
  if (!ids.length) return [];
  const rows = await graph.read<CommitmentRow>('api-commitments-by-ids', {
    ...filterParams(null),
    after: null,
    ids,
    limit: ids.length,
  });
  return rows.map(shapeCommitment);
}

function requireAuth(ctx: ApiContext) {
  if (!ctx.authorized)
    throw new GraphQLError(
      'This mutation needs the header Authorization: Bearer <token>, with the token set in POLICY_GRAPH_TOKEN on the server.',
      { extensions: { code: 'UNAUTHENTICATED' } },
    );
}

const counted = (kind: 'Forum' | 'Domain') => async (parent: Record<string, unknown>, _: unknown, ctx: ApiContext) =>
  (await ctx.links.links(await ctx.version()))
    .filter((r) => (kind === 'Forum' ? r.forum : r.domain).id === parent.id)
    .map((r) => link(r, null));

export const resolvers = {
  Query: {
    forumDomainLinks: async (_: unknown, { filter }: { filter?: Filter }, ctx: ApiContext) => {
      if (commitmentFiltered(filter))
        return (await ctx.graph.read<LinkRow>('api-forum-domain-filtered', filterParams(filter))).map((r) =>
          link(r, filter),
        );
      const rows = (await ctx.links.links(await ctx.version())).filter(
        (r) => (!filter?.forum || r.forum.id === filter.forum) && (!filter?.domain || r.domain.id === filter.domain),
      );
      return rows.map((r) => link(r, filter));
    },
    commitments: async (_: unknown, args: { filter?: Filter; first?: number; after?: string }, ctx: ApiContext) => {
      const limit = page(args.first, ctx.maxPageSize);
      const params = { ...filterParams(args.filter), ids: null };
      const after = decodeCursor(args.after);
      const q = anchored(params);
      const [rows, [{ n }]] = await Promise.all([
        ctx.graph.read<CommitmentRow>(q.page, { ...params, after, limit: limit + 1 }),
        ctx.graph.read<{ n: number }>(q.count, { ...params, after: null }),
      ]);
      const edges = rows
        .slice(0, limit)
        .map((r) => ({ cursor: encode(String(r.commitment.id)), node: shapeCommitment(r) }));
      return {
        totalCount: n,
        edges,
        pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
    forums: async (_: unknown, __: unknown, ctx: ApiContext) =>
      (await ctx.graph.read<{ node: object; commitments: number; documents: number }>('api-forums', { id: null })).map(
        (r) => ({ ...r.node, commitmentCount: r.commitments, documentCount: r.documents }),
      ),
    domains: async (_: unknown, __: unknown, ctx: ApiContext) =>
      (await ctx.graph.read<{ node: object; commitments: number; documents: number }>('api-domains', { id: null })).map(
        (r) => ({ ...r.node, commitmentCount: r.commitments, documentCount: r.documents }),
      ),
    actors: async (_: unknown, __: unknown, ctx: ApiContext) =>
      (await ctx.graph.read<{ node: object; commitments: number; documents: number }>('api-actors', {})).map((r) => ({
        ...r.node,
        commitmentCount: r.commitments,
        documentCount: r.documents,
      })),
    documents: async (_: unknown, __: unknown, ctx: ApiContext) =>
      (await ctx.graph.read<{ node: Record<string, unknown> }>('api-documents', {})).map((r) => ({
        ...r.node,
        parties: r.node.parties ?? [],
      })),
    forum: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      const [r] = await ctx.graph.read<{ node: object; commitments: number; documents: number }>('api-forums', { id });
      return r ? { ...r.node, commitmentCount: r.commitments, documentCount: r.documents } : null;
    },
    domain: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      const [r] = await ctx.graph.read<{ node: object; commitments: number; documents: number }>('api-domains', { id });
      return r ? { ...r.node, commitmentCount: r.commitments, documentCount: r.documents } : null;
    },
    compare: async (
      _: unknown,
      { documentA, documentB }: { documentA: string; documentB: string },
      ctx: ApiContext,
    ) => {
      const rows = await ctx.graph.read<{ document: string; id: string; key: string }>('api-compare', {
        a: documentA,
        b: documentB,
      });
      const keys = (doc: string) => new Map(rows.filter((r) => r.document === doc).map((r) => [r.key, r.id]));
      const a = keys(documentA),
        b = keys(documentB);
      const pick = (from: Map<string, string>, other: Map<string, string>, present: boolean) =>
        [...from].filter(([k]) => other.has(k) === present).map(([, id]) => id);
      return {
        new: await commitmentsByIds(ctx.graph, pick(b, a, false)),
        dropped: await commitmentsByIds(ctx.graph, pick(a, b, false)),
        kept: await commitmentsByIds(ctx.graph, pick(b, a, true)),
      };
    },
  },
  Mutation: {
    ingestDocument: async (_: unknown, { input }: { input: Record<string, string & string[]> }, ctx: ApiContext) => {
      requireAuth(ctx);
      if (!input.text.trim()) throw badInput('input.text is empty: give the text of a statement.');
      if (input.lang && !['zh', 'en', 'auto'].includes(input.lang))
        throw badInput('input.lang must be zh, en or auto.');
      const result = extractText(input.text, {
        lang: (input.lang as 'zh') ?? 'auto',
        title: input.title,
        parties: input.parties,
        date: input.date,
        translationOf: input.translationOf,
        source: `api:${input.id}`,
      });
      return loadDocument(ctx.graph, result, input.id);
    },
    removeDocument: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      requireAuth(ctx);
      return removeDocument(ctx.graph, id);
    },
  },
  ForumDomainLink: {
    evidence: async (
      parent: { forum: { id: string }; domain: { id: string }; _filter: Filter },
      args: { first?: number; after?: string },
      ctx: ApiContext,
    ) => {
      const limit = page(args.first, ctx.maxPageSize);
      const rows = await ctx.graph.read<Record<string, unknown>>('api-link-evidence', {
        ...filterParams(parent._filter),
        forum: parent.forum.id,
        domain: parent.domain.id,
        after: decodeCursor(args.after),
        limit: limit + 1,
      });
      const edges = rows
        .slice(0, limit)
        .map((r) => ({
          cursor: encode(String(r.id)),
          node: {
            sentenceId: r.id,
            documentId: r.documentId,
            documentTitle: r.documentTitle,
            sentenceIndex: r.index,
            text: r.text,
            start: r.start,
            end: r.end,
            sentenceStart: r.sentenceStart,
            sentenceEnd: r.sentenceEnd,
          },
        }));
      return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
  Forum: {
    short: (p: { id: string; name: string; abbr: string | null; short?: string }) => p.short ?? forumShort(p),
    domains: counted('Forum'),
    commitmentCount: (p: { commitmentCount?: number }) => p.commitmentCount ?? 0,
    documentCount: (p: { documentCount?: number }) => p.documentCount ?? 0,
  },
  // The short label comes from data/domains.tsv (the graph's Domain nodes carry the same, for Neo4j Browser).
  Domain: {
    short: (p: { id: string; short?: string }) => p.short ?? lexicon().domainById.get(p.id)?.short ?? null,
    forums: counted('Domain'),
    commitmentCount: (p: { commitmentCount?: number }) => p.commitmentCount ?? 0,
    documentCount: (p: { documentCount?: number }) => p.documentCount ?? 0,
  },
  Actor: {
    commitmentCount: (p: { commitmentCount?: number }) => p.commitmentCount ?? 0,
    documentCount: (p: { documentCount?: number }) => p.documentCount ?? 0,
  },
};
