import DataLoader from 'dataloader';
import type { Graph } from '../graph/graph.ts';
import { countBy, undatedDocuments, type CommitmentFilter, type CountKind } from '../graph/commitment-query.ts';
import { filterKey } from './filter.ts';
import type { DocumentParent, Named } from './context.ts';

/**
 * Everything a request counts, from one place: every commitmentCount, documentCount, supportCount
 * and opposeCount of every type at any depth goes through `tally`, a DataLoader made per request.
 * The counts a request asks for in one tick are gathered, and each kind of group (forum, domain,
 * actor, document, link) under each filter is one query (src/graph/commitment-query.ts countBy).
 * A group the query finds no commitment for is a counted zero, never a default.
 */
export interface Tally {
  commitmentCount: number;
  documentCount: number;
  supportCount: number;
  opposeCount: number;
}
const NONE: Tally = { commitmentCount: 0, documentCount: 0, supportCount: 0, opposeCount: 0 };

interface Key {
  kind: CountKind;
  id: string;
  filter: CommitmentFilter;
}
interface CountRow {
  key: string | [string, string];
  commitments: number;
  documents: number;
  support: number;
  oppose: number;
}
const SEP = '\u0000';
const keyOf = (k: Key) => `${k.kind}${SEP}${filterKey(k.filter)}${SEP}${k.id}`;
const idOf = (key: CountRow['key']) => (Array.isArray(key) ? key.join(SEP) : key);
const tallyOf = (r: CountRow): Tally => ({
  commitmentCount: r.commitments,
  documentCount: r.documents,
  supportCount: r.support,
  opposeCount: r.oppose,
});

export type Entity = Named & { abbr?: string | null };
type EntityKind = 'forum' | 'domain' | 'actor';
interface EntityRows {
  forums: Entity[];
  domains: Entity[];
  actors: Entity[];
}

export class Counts {
  private readonly tallies: DataLoader<Key, Tally, string>;
  private readonly entities: DataLoader<string, Entity | null>;
  private readonly linkLists = new Map<string, Promise<{ forumId: string; domainId: string }[]>>();
  private readonly undated = new Map<string, Promise<string[]>>();
  private documentList: Promise<DocumentParent[]> | null = null;

  constructor(private readonly graph: Graph) {
    this.tallies = new DataLoader((keys) => this.countBatch(keys), { cacheKeyFn: keyOf });
    this.entities = new DataLoader((keys) => this.entityBatch(keys));
  }

  private async countBatch(keys: readonly Key[]): Promise<Tally[]> {
    const groups = new Map<string, { kind: CountKind; filter: CommitmentFilter; ids: Set<string> }>();
    for (const k of keys) {
      const g = `${k.kind}${SEP}${filterKey(k.filter)}`;
      if (!groups.has(g)) groups.set(g, { kind: k.kind, filter: k.filter, ids: new Set() });
      groups.get(g)!.ids.add(k.id);
    }
    const found = new Map<string, Tally>();
    await Promise.all(
      [...groups].map(async ([g, { kind, filter, ids }]) => {
        for (const r of await this.run(kind, filter, [...ids].sort()))
          found.set(`${g}${SEP}${idOf(r.key)}`, tallyOf(r));
      }),
    );
    return keys.map((k) => found.get(keyOf(k)) ?? NONE);
  }

  private async run(kind: CountKind, filter: CommitmentFilter, ids: string[] | null): Promise<CountRow[]> {
    const q = countBy(kind, filter, ids);
    return this.graph.readText<CountRow>(q.text, q.params);
  }

  /** The counts of one forum, domain, actor, document or link (`forum\0domain`) under a filter. */
  tally(kind: CountKind, id: string, filter: CommitmentFilter): Promise<Tally> {
    return this.tallies.load({ kind, id, filter });
  }

  /** Every forum × domain link with a commitment under the filter; their counts are kept for `tally`. */
  links(filter: CommitmentFilter): Promise<{ forumId: string; domainId: string }[]> {
    const key = filterKey(filter);
    if (!this.linkLists.has(key)) {
      this.linkLists.set(
        key,
        this.run('link', filter, null).then((rows) =>
          rows.map((r) => {
            this.tallies.prime({ kind: 'link', id: idOf(r.key), filter }, tallyOf(r));
            const [forumId, domainId] = r.key as [string, string];
            return { forumId, domainId };
          }),
        ),
      );
    }
    return this.linkLists.get(key)!;
  }

  private async entityBatch(keys: readonly string[]): Promise<(Entity | null)[]> {
    const ids = (kind: EntityKind) =>
      keys.filter((k) => k.startsWith(`${kind}${SEP}`)).map((k) => k.slice(kind.length + 1));
    const [rows] = await this.graph.read<EntityRows>('api-entities', {
      forums: ids('forum'),
      domains: ids('domain'),
      actors: ids('actor'),
    });
    const byKey = new Map<string, Entity>();
    for (const [kind, list] of [
      ['forum', rows.forums],
      ['domain', rows.domains],
      ['actor', rows.actors],
    ] as const)
      for (const e of list) byKey.set(`${kind}${SEP}${e.id}`, e);
    return keys.map((k) => byKey.get(k) ?? null);
  }

  /** A forum, domain or actor by id, with its names (null when the graph has none of that id). */
  entity(kind: EntityKind, id: string): Promise<Entity | null> {
    return this.entities.load(`${kind}${SEP}${id}`);
  }

  /** Every forum, domain or actor in the graph. */
  async allEntities(kind: EntityKind): Promise<Entity[]> {
    const [rows] = await this.graph.read<EntityRows>('api-entities', {
      forums: kind === 'forum' ? null : [],
      domains: kind === 'domain' ? null : [],
      actors: kind === 'actor' ? null : [],
    });
    const list = rows[`${kind}s`];
    for (const e of list) this.entities.prime(`${kind}${SEP}${e.id}`, e);
    return list;
  }

  /** Every document (read once per request), the versions of a statement together. */
  documents(): Promise<DocumentParent[]> {
    this.documentList ??= this.graph.read<{ node: DocumentParent }>('api-documents', { ids: null }).then((rows) =>
      rows.map((r) => ({
        ...r.node,
        parties: r.node.parties ?? [],
        disagreements: r.node.disagreements ?? [],
      })),
    );
    return this.documentList;
  }

  /** Records a filter with dates: the answer will say which undated documents it left out. */
  noteDates(filter: CommitmentFilter): void {
    if (filter.dateFrom == null && filter.dateTo == null) return;
    const key = filterKey(filter);
    if (!this.undated.has(key)) {
      const q = undatedDocuments(filter);
      this.undated.set(
        key,
        this.graph.readText<{ id: string }>(q.text, q.params).then((rows) => rows.map((r) => r.id)),
      );
    }
  }

  /** The undated documents left out by the request's date filters (null: no date filter). */
  async undatedLeftOut(): Promise<{ count: number; documents: string[] } | null> {
    if (!this.undated.size) return null;
    const ids = [...new Set((await Promise.all(this.undated.values())).flat())].sort();
    return { count: ids.length, documents: ids };
  }
}
