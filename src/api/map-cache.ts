import type { Graph } from '../graph/graph.ts';

/**
 * The unfiltered forum × domain map, kept between requests and checked against the graph version
 * the request read (any load or removal bumps it), so the map is never stale.
 */
export interface LinkRow {
  forum: Record<string, unknown>;
  domain: Record<string, unknown>;
  commitments: number;
  documents: number;
  support: number;
  oppose: number;
}

export class MapCache {
  private version = -1;
  private rows: LinkRow[] = [];
  private pending: Promise<LinkRow[]> | null = null;

  constructor(private readonly graph: Graph) {}

  async links(version: number): Promise<LinkRow[]> {
    if (version === this.version) return this.rows;
    // One refresh at a time; concurrent requests wait for it instead of each reading the map.
    this.pending ??= this.graph
      .read<LinkRow>('api-forum-domain-links', { forum: null, domain: null })
      .then((rows) => {
        this.rows = rows;
        this.version = version;
        return rows;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
