import type { Graph } from '../graph/graph.ts';
import type { ExtractOptions } from '../extract/extract-document.ts';
import type { ExtractResult } from '../extract/types.ts';
import type { Counts, Tally } from './counts.ts';
import type { CommitmentFilter } from '../graph/commitment-query.ts';
import type { Evidence } from './resolvers-types.generated.ts';

/** What every resolver gets: the graph, the request's batched counts, and the caller's rights. */
export interface ApiContext {
  graph: Graph;
  authorized: boolean;
  maxPageSize: number;
  /** The graph version, read at most once per request (shared with the response cache). */
  version: () => Promise<number>;
  /** Counts, entities and documents of this request, batched (one DataLoader per request). */
  counts: Counts;
  /** Extraction off the event loop, within the per-document time budget (API_EXTRACT_BUDGET_MS). */
  extract: (text: string, opts: ExtractOptions) => Promise<ExtractResult>;
}

/**
 * The objects resolvers hand down (graphql-codegen's mappers): what a parent carries. A schema
 * field missing here must have its own resolver, or `npx tsc` fails (see Needs in resolvers.ts).
 * `filter` is the filter of the nearest field above that took one: counts below are counted under it.
 */
export interface Named {
  id: string;
  name: string;
  nameZh: string | null;
}
/** Counts already read for a parent (a list sorted by them has them): its count fields need no await. */
interface Tallied {
  tally?: Tally;
}
export interface ForumParent extends Named, Tallied {
  abbr: string | null;
  filter: CommitmentFilter;
}
export interface DomainParent extends Named, Tallied {
  filter: CommitmentFilter;
}
export interface ActorParent extends Named, Tallied {
  filter: CommitmentFilter;
}
export interface LinkParent extends Tallied {
  forumId: string;
  domainId: string;
  filter: CommitmentFilter;
  /** The link's forum and domain, where the list they came in read them (the map: thousands of links). */
  forumRow?: ForumParent;
  domainRow?: DomainParent;
}
/** A commitment's evidence holds every field of the GraphQL type, resolved as they are. */
export type EvidenceParent = Omit<Evidence, '__typename'>;
export interface CommitmentParent {
  id: string;
  polarity: 'support' | 'oppose';
  modality: string | null;
  actorRows: Named[];
  domainRow: Named & { text: string | null };
  forumRow: (Named & { abbr: string | null; text: string | null }) | null;
  action: { text: string | null; lemma: string | null; gloss: string | null };
  evidence: EvidenceParent;
  counterpartIds: string[];
  filter: CommitmentFilter;
}
export interface DocumentParent {
  id: string;
  title: string | null;
  language: string | null;
  date: string | null;
  parties: string[];
  translationOf: string | null;
  statementId: string;
  sentenceCount: number;
  disagreements: string[];
}
export interface ComparisonParent {
  documentA: DocumentParent;
  documentB: DocumentParent;
  matchedBy: 'counterparts' | 'keys';
  new: CommitmentParent[];
  dropped: CommitmentParent[];
  kept: { a: CommitmentParent; b: CommitmentParent }[];
}
