import type { Graph } from '../graph/graph.ts';

interface Read {
  value: Promise<number>;
  /** performance.now() when the read was sent: it sees every write committed before then */
  sentAt: number;
  /** the count of this process's writes when it was sent */
  writes: number;
  settled: boolean;
}

/**
 * The graph version (bumped by every load and removal), read for each request that serves
 * something from memory, one read at a time (Graph.probe's one session).
 *
 * A read sent at most `maxAgeMs` ago answers a request too (API_VERSION_MAX_AGE_MS, default 100):
 * a change made by another process (the CLI's ingest) is seen within that time, and a burst of
 * cached answers costs one round trip to Neo4j per `maxAgeMs`, not one per request. A write of
 * this process (the API's own ingestDocument and removeDocument) is seen at once: a read sent
 * before it ended never answers a request that came after it. With `maxAgeMs` 0 every request
 * waits for a read sent after it arrived.
 */
export class GraphVersion {
  private last: Read | null = null;
  private next: Promise<number> | null = null;
  private writes = 0;
  /** Stops counting the graph's writes (the API is closing). */
  readonly close: () => void;

  constructor(
    private readonly graph: Graph,
    private readonly maxAgeMs = 0,
  ) {
    this.close = graph.onWrite(() => {
      this.writes++;
    });
  }

  get(): Promise<number> {
    const last = this.last;
    if (this.maxAgeMs > 0 && last && last.writes === this.writes && performance.now() - last.sentAt <= this.maxAgeMs)
      return last.value;
    if (!last || last.settled) return this.send();
    // A read is in flight that this request may not use: it waits for the next one.
    this.next ??= last.value
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.get();
      });
    return this.next;
  }

  private send(): Promise<number> {
    const read: Read = {
      sentAt: performance.now(),
      writes: this.writes,
      settled: false,
      value: this.graph.probe<{ version: number }>('graph-version', {}).then(([r]) => r.version),
    };
    this.last = read;
    read.value.then(
      () => {
        read.settled = true;
      },
      () => {
        read.settled = true;
        // A failed read answers no later request.
        if (this.last === read) this.last = null;
      },
    );
    return read.value;
  }
}
