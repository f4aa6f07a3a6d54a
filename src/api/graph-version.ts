import type { Graph } from '../graph/graph.ts';

/**
 * The graph version (bumped by every load and removal), read for each request that serves
 * something from memory, one read at a time (Graph.probe's one session). Concurrent requests share reads, but never one that started before they
 * arrived: a request that finds a read in flight waits for the next one, so it always sees every
 * change committed before it came in.
 */
export class GraphVersion {
  private inflight: Promise<number> | null = null;
  private next: Promise<number> | null = null;

  constructor(private readonly graph: Graph) {}

  get(): Promise<number> {
    if (!this.inflight) {
      this.inflight = this.graph
        .probe<{ version: number }>('graph-version', {})
        .then(([r]) => r.version)
        .finally(() => {
          this.inflight = null;
        });
      return this.inflight;
    }
    this.next ??= this.inflight
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.get();
      });
    return this.next;
  }
}
