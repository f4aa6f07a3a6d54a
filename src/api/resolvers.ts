import { forumShort } from '../graph/labels.ts';
import { lexicon } from '../extract/lexicon.ts';
import { GraphQLError } from 'graphql';
import { loadDocument, removeDocument } from '../graph/loader.ts';
import { InputError } from '../text/input-error.ts';
import { checkDocumentId } from './document-id.ts';
import { commitmentKey } from '../extract/commitment-key.ts';
import { countCommitments, linkEvidence, pageCommitments, type CommitmentFilter } from '../graph/commitment-query.ts';
import { parseDate } from '../text/dates.ts';
import { badInput, normalizeFilter } from './filter.ts';
import type { Tally } from './counts.ts';
import type {
  ActorParent,
  ApiContext,
  CommitmentParent,
  ComparisonParent,
  DocumentParent,
  DomainParent,
  EvidenceParent,
  ForumParent,
  LinkParent,
  Named,
} from './context.ts';
import type {
  Actor,
  ActorResolvers,
  Commitment,
  CommitmentFilter as FilterInput,
  CommitmentResolvers,
  Comparison,
  ComparisonResolvers,
  Document,
  DocumentResolvers,
  Domain,
  DomainResolvers,
  Evidence,
  EvidenceResolvers,
  Forum,
  ForumDomainLink,
  ForumDomainLinkResolvers,
  ForumResolvers,
  Mutation,
  MutationResolvers,
  Query,
  QueryResolvers,
  Resolvers,
} from './resolvers-types.generated.ts';

/**
 * Thin resolvers: check arguments, call src/graph, shape the rows. Typed from the SDL
 * (graphql-codegen, `npm run codegen`); `Needs` makes a schema field that neither the parent
 * object carries nor a resolver computes a compile error instead of a silent null or 0.
 */
type Needs<Schema, Parent> = { [K in Exclude<keyof Schema, '__typename' | keyof Parent>]-?: unknown };

const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
/** The cursor without trailing `=` (a loop: the regex /=+$/ is quadratic on a long run of `=`). */
function trimPadding(c: string): string {
  let end = c.length;
  while (end > 0 && c.charCodeAt(end - 1) === 61) end--;
  return c.slice(0, end);
}
function decodeCursor(c: string | null | undefined): string | null {
  if (c == null) return null;
  const s = Buffer.from(c, 'base64url').toString('utf8');
  if (!s || encode(s) !== trimPadding(c))
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

/** The filter of a field, normalized; a filter with dates is noted for `extensions.undatedDocumentsLeftOut`. */
function filterOf(input: FilterInput | null | undefined, ctx: ApiContext): CommitmentFilter {
  const f = normalizeFilter(input);
  ctx.counts.noteDates(f);
  return f;
}

interface CommitmentRow {
  commitment: {
    id: string;
    polarity: 'support' | 'oppose';
    modality: string | null;
    evidenceStart: number;
    evidenceEnd: number;
  };
  actors: Named[];
  domain: Named & { text: string | null };
  forum: (Named & { abbr: string | null; text: string | null }) | null;
  action: { text: string | null; lemma: string | null; gloss: string | null };
  sentence: { id: string; index: number; text: string; start: number; end: number };
  document: { id: string; title: string | null };
  counterparts: string[];
}
const commitmentOf = (r: CommitmentRow, filter: CommitmentFilter): CommitmentParent => ({
  id: r.commitment.id,
  polarity: r.commitment.polarity,
  modality: r.commitment.modality,
  actorRows: r.actors,
  domainRow: r.domain,
  forumRow: r.forum,
  action: r.action,
  counterpartIds: r.counterparts,
  filter,
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

async function commitmentsByIds(ctx: ApiContext, ids: string[]): Promise<Map<string, CommitmentParent>> {
  if (!ids.length) return new Map();
  const q = pageCommitments({}, { ids }, ids.length);
  const rows = await ctx.graph.readText<CommitmentRow>(q.text, q.params);
  return new Map(rows.map((r) => [r.commitment.id, commitmentOf(r, {})]));
}

function requireAuth(ctx: ApiContext) {
  if (!ctx.authorized)
    throw new GraphQLError(
      'This mutation needs the header Authorization: Bearer <token>, with the token set in POLICY_GRAPH_TOKEN on the server.',
      { extensions: { code: 'UNAUTHENTICATED' } },
    );
}

/**
 * Most commitments first, then by id: the order of every list of forums, domains, actors and links.
 * Each item keeps the counts it was sorted by (`tally`), so its count fields need no second read.
 */
async function byCount<T extends { tally?: Tally }>(
  items: T[],
  tally: (x: T) => Promise<Tally>,
  id: (x: T) => string,
): Promise<T[]> {
  const counts = await Promise.all(items.map(tally));
  items.forEach((x, i) => (x.tally = counts[i]));
  return items
    .map((x, i) => ({ x, n: counts[i].commitmentCount, id: id(x) }))
    .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.x);
}

const linkId = (l: { forumId: string; domainId: string }) => `${l.forumId}\u0000${l.domainId}`;
async function linksUnder(
  ctx: ApiContext,
  filter: CommitmentFilter,
  keep: (l: { forumId: string; domainId: string }) => boolean = () => true,
): Promise<LinkParent[]> {
  const links: LinkParent[] = (await ctx.counts.links(filter)).filter(keep).map((l) => ({ ...l, filter }));
  const sorted = await byCount(links, (l) => ctx.counts.tally('link', linkId(l), filter), linkId);
  // Their forums and domains, read in one batch now: a link's fields then resolve without a promise
  // each, and the map's thousands of links are completed in a fraction of the time (it held the
  // event loop for half a second and more).
  const read = async <T extends ForumParent | DomainParent>(kind: 'forum' | 'domain', ids: string[]) => {
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) => entity<T>(ctx, kind, id, filter)));
    return new Map(unique.map((id, i) => [id, found[i] ?? undefined]));
  };
  const [forums, domains] = await Promise.all([
    read<ForumParent>(
      'forum',
      sorted.map((l) => l.forumId),
    ),
    read<DomainParent>(
      'domain',
      sorted.map((l) => l.domainId),
    ),
  ]);
  for (const l of sorted) {
    l.forumRow = forums.get(l.forumId);
    l.domainRow = domains.get(l.domainId);
  }
  return sorted;
}

async function entities<T extends ForumParent | DomainParent | ActorParent>(
  ctx: ApiContext,
  kind: 'forum' | 'domain' | 'actor',
  filter: CommitmentFilter,
): Promise<T[]> {
  const all = (await ctx.counts.allEntities(kind)).map((e) => ({ abbr: null, ...e, filter }) as unknown as T);
  return byCount(
    all,
    (e) => ctx.counts.tally(kind, e.id, filter),
    (e) => e.id,
  );
}
async function entity<T extends ForumParent | DomainParent | ActorParent>(
  ctx: ApiContext,
  kind: 'forum' | 'domain' | 'actor',
  id: string,
  filter: CommitmentFilter,
): Promise<T | null> {
  const e = await ctx.counts.entity(kind, id);
  return e ? ({ abbr: null, ...e, filter } as unknown as T) : null;
}

/** The four count fields of a type, all from ctx.counts. */
function counted<P extends { tally?: Tally }>(
  kind: 'forum' | 'domain' | 'actor' | 'link',
  idOf: (p: P) => string,
  filterOf: (p: P) => CommitmentFilter,
) {
  // Counts a sorted list already read come at once (a plain value: no promise per field).
  const field =
    (name: keyof Tally) =>
    (p: P, _: unknown, ctx: ApiContext): number | Promise<number> =>
      p.tally ? p.tally[name] : ctx.counts.tally(kind, idOf(p), filterOf(p)).then((t) => t[name]);
  return {
    commitmentCount: field('commitmentCount'),
    documentCount: field('documentCount'),
    supportCount: field('supportCount'),
    opposeCount: field('opposeCount'),
  };
}
const entityCounts = <P extends { id: string; filter: CommitmentFilter; tally?: Tally }>(
  kind: 'forum' | 'domain' | 'actor',
) =>
  counted<P>(
    kind,
    (p) => p.id,
    (p) => p.filter,
  );

/** Matches the commitments of two documents one to one (see Query.compare). */
interface CompareRow {
  document: string;
  id: string;
  position: number;
  actors: string[];
  domain: string;
  forum: string | null;
  polarity: string;
  unit: string;
}
function match(
  a: CompareRow[],
  b: CompareRow[],
  byCounterpart: boolean,
): { pairs: [string, string][]; onlyA: string[]; onlyB: string[] } {
  const pairs: [string, string][] = [];
  const used = new Set<string>();
  if (byCounterpart) {
    // Versions of one statement: the pairs the sentence alignment made when they were loaded
    // (COUNTERPART, one to one): an original's commitment and its translation's share a unit, as
    // do the counterparts of one original in two translations.
    const byUnit = new Map(b.map((r) => [r.unit, r.id]));
    for (const r of a) {
      const partner = byUnit.get(r.unit);
      if (partner && !used.has(partner)) {
        used.add(partner);
        pairs.push([r.id, partner]);
      }
    }
  } else {
    // Two statements: the n-th commitment of A with a key is kept by the n-th of B with that key.
    const waiting = new Map<string, string[]>();
    for (const r of b) {
      const k = commitmentKey(r);
      waiting.set(k, [...(waiting.get(k) ?? []), r.id]);
    }
    for (const r of a) {
      const partner = waiting.get(commitmentKey(r))?.shift();
      if (partner) {
        used.add(partner);
        pairs.push([r.id, partner]);
      }
    }
  }
  const paired = new Set(pairs.map((p) => p[0]));
  return {
    pairs,
    onlyA: a.filter((r) => !paired.has(r.id)).map((r) => r.id),
    onlyB: b.filter((r) => !used.has(r.id)).map((r) => r.id),
  };
}

const query: QueryResolvers<ApiContext> & Needs<Query, object> = {
  forumDomainLinks: (_, { filter }, ctx) => linksUnder(ctx, filterOf(filter, ctx)),
  commitments: async (_, args, ctx) => {
    const limit = page(args.first, ctx.maxPageSize);
    const filter = filterOf(args.filter, ctx);
    const after = decodeCursor(args.after);
    const p = pageCommitments(filter, { after }, limit + 1);
    const c = countCommitments(filter);
    const [rows, [{ n }]] = await Promise.all([
      ctx.graph.readText<CommitmentRow>(p.text, p.params),
      ctx.graph.readText<{ n: number }>(c.text, c.params),
    ]);
    const edges = rows.slice(0, limit).map((r) => ({ cursor: encode(r.commitment.id), node: commitmentOf(r, filter) }));
    return {
      totalCount: n,
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
  forums: (_, { filter }, ctx) => entities<ForumParent>(ctx, 'forum', filterOf(filter, ctx)),
  domains: (_, { filter }, ctx) => entities<DomainParent>(ctx, 'domain', filterOf(filter, ctx)),
  actors: (_, { filter }, ctx) => entities<ActorParent>(ctx, 'actor', filterOf(filter, ctx)),
  forum: (_, { id, filter }, ctx) => entity<ForumParent>(ctx, 'forum', id, filterOf(filter, ctx)),
  domain: (_, { id, filter }, ctx) => entity<DomainParent>(ctx, 'domain', id, filterOf(filter, ctx)),
  actor: (_, { id, filter }, ctx) => entity<ActorParent>(ctx, 'actor', id, filterOf(filter, ctx)),
  documents: (_, __, ctx) => ctx.counts.documents(),
  document: async (_, { id }, ctx) => (await ctx.counts.documents()).find((d) => d.id === id) ?? null,
  compare: async (_, { documentA, documentB }, ctx): Promise<ComparisonParent> => {
    const docs = await ctx.counts.documents();
    const [a, b] = [documentA, documentB].map((id) => docs.find((d) => d.id === id));
    const unknown = [documentA, documentB].filter((id, i) => ![a, b][i]);
    if (unknown.length)
      throw badInput(
        `No document ${[...new Set(unknown)].map((u) => `"${u}"`).join(' or ')} in the graph. A document's id is its file name without .txt; \`{ documents { id } }\` lists them.`,
      );
    const rows = await ctx.graph.read<CompareRow>('api-compare', { a: documentA, b: documentB });
    const sameStatement = a!.statementId === b!.statementId && documentA !== documentB;
    const m = match(
      rows.filter((r) => r.document === documentA),
      rows.filter((r) => r.document === documentB),
      sameStatement,
    );
    const byId = await commitmentsByIds(ctx, [...m.pairs.flat(), ...m.onlyA, ...m.onlyB]);
    const get = (id: string) => byId.get(id)!;
    return {
      documentA: a!,
      documentB: b!,
      matchedBy: sameStatement ? 'counterparts' : 'keys',
      new: m.onlyB.map(get),
      dropped: m.onlyA.map(get),
      kept: m.pairs.map(([x, y]) => ({ a: get(x), b: get(y) })),
    };
  },
};

const mutation: MutationResolvers<ApiContext> & Needs<Mutation, object> = {
  ingestDocument: async (_, { input }, ctx) => {
    requireAuth(ctx);
    checkDocumentId(input.id, 'input.id');
    if (input.translationOf != null) checkDocumentId(input.translationOf, 'input.translationOf');
    if (!input.text.trim()) throw badInput('input.text is empty: give the text of a statement.');
    if (input.lang && !['zh', 'en', 'auto'].includes(input.lang)) throw badInput('input.lang must be zh, en or auto.');
    const date = input.date ? parseDate(input.date) : undefined;
    if (date === null) throw badInput(`input.date "${input.date}" is not a date: write YYYY-MM-DD.`);
    // On a worker thread within API_EXTRACT_BUDGET_MS: never on the event loop that answers everyone.
    const result = await ctx
      .extract(input.text, {
        id: input.id,
        lang: (input.lang as 'zh' | 'en' | 'auto' | null) ?? 'auto',
        title: input.title ?? undefined,
        parties: input.parties ?? undefined,
        date,
        translationOf: input.translationOf ?? undefined,
        source: 'input.text',
      })
      .catch((e) => {
        throw e instanceof InputError ? badInput(e.message) : e;
      });
    return loadDocument(ctx.graph, result, input.id);
  },
  removeDocument: async (_, { id }, ctx) => {
    requireAuth(ctx);
    return removeDocument(ctx.graph, checkDocumentId(id, 'id'));
  },
};

const link: ForumDomainLinkResolvers<ApiContext> & Needs<ForumDomainLink, LinkParent> = {
  forum: (p, _, ctx) => p.forumRow ?? entity<ForumParent>(ctx, 'forum', p.forumId, p.filter).then((e) => e!),
  domain: (p, _, ctx) => p.domainRow ?? entity<DomainParent>(ctx, 'domain', p.domainId, p.filter).then((e) => e!),
  ...counted<LinkParent>('link', linkId, (p) => p.filter),
  evidence: async (p, args, ctx) => {
    const limit = page(args.first, ctx.maxPageSize);
    const q = linkEvidence(p.filter, p.forumId, p.domainId, decodeCursor(args.after), limit + 1);
    const rows = await ctx.graph.readText<{
      id: string;
      index: number;
      text: string;
      documentId: string;
      documentTitle: string | null;
      start: number;
      end: number;
    }>(q.text, q.params);
    const edges = rows.slice(0, limit).map((r) => ({
      cursor: encode(r.id),
      node: {
        sentenceId: r.id,
        documentId: r.documentId,
        documentTitle: r.documentTitle,
        sentenceIndex: r.index,
        text: r.text,
        start: r.start,
        end: r.end,
      },
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};

const forum: ForumResolvers<ApiContext> & Needs<Forum, ForumParent> = {
  ...entityCounts<ForumParent>('forum'),
  domains: (p, _, ctx) => linksUnder(ctx, p.filter, (l) => l.forumId === p.id),
  short: (p) => forumShort({ id: p.id, name: p.name, abbr: p.abbr }),
};
const domain: DomainResolvers<ApiContext> & Needs<Domain, DomainParent> = {
  ...entityCounts<DomainParent>('domain'),
  forums: (p, _, ctx) => linksUnder(ctx, p.filter, (l) => l.domainId === p.id),
  // The short label of data/domains.tsv (the graph's Domain nodes carry the same, for Neo4j Browser).
  short: (p) => lexicon().domainById.get(p.id)?.short ?? null,
};
const actor: ActorResolvers<ApiContext> & Needs<Actor, ActorParent> = { ...entityCounts<ActorParent>('actor') };

const commitment: CommitmentResolvers<ApiContext> & Needs<Commitment, CommitmentParent> = {
  actors: (p) => p.actorRows.map((a) => ({ ...a, filter: p.filter })),
  domain: (p) => ({ id: p.domainRow.id, name: p.domainRow.name, nameZh: p.domainRow.nameZh, filter: p.filter }),
  domainText: (p) => p.domainRow.text,
  forum: (p) =>
    p.forumRow
      ? { id: p.forumRow.id, name: p.forumRow.name, nameZh: p.forumRow.nameZh, abbr: p.forumRow.abbr, filter: p.filter }
      : null,
  forumText: (p) => p.forumRow?.text ?? null,
};

const document: DocumentResolvers<ApiContext> & Needs<Document, DocumentParent> = {
  versions: async (p, _, ctx) => (await ctx.counts.documents()).filter((d) => d.statementId === p.statementId),
  // A document's own commitments: through the same counts as everything else, with no filter.
  commitmentCount: async (p, _, ctx) => (await ctx.counts.tally('document', p.id, {})).commitmentCount,
};

const comparison: ComparisonResolvers<ApiContext> & Needs<Comparison, ComparisonParent> = {};
const evidence: EvidenceResolvers<ApiContext> & Needs<Evidence, EvidenceParent> = {};

export const resolvers: Resolvers<ApiContext> = {
  Query: query,
  Mutation: mutation,
  ForumDomainLink: link,
  Forum: forum,
  Domain: domain,
  Actor: actor,
  Commitment: commitment,
  Document: document,
  Comparison: comparison,
  Evidence: evidence,
};
