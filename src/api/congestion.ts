import type { LimitFunction } from 'p-limit';

/**
 * How many GraphQL requests run at once, adapted to what Neo4j can finish. With a fixed number
 * (API_MAX_CONCURRENT), a store that is slow for a while (just restarted with a cold page cache, or
 * a machine busy with other work) gets as many queries as ever; each gets a smaller share, all of
 * them run into the per-query timeout, and none is answered however long the load lasts (seen in
 * `npm run chaos`: no good answer 30 s after Neo4j was back under 20 clients).
 *
 * So, as TCP does with its window: a query stopped by the timeout halves the number let through
 * at once (down to 1); each query Neo4j answers lets one more through, up to API_MAX_CONCURRENT.
 * When Neo4j comes back after an outage the count starts again from 1 (its caches are cold). The
 * requests beyond the count wait in the gate's queue (API_MAX_QUEUED) without doing any work; one
 * that waited longer than a query may run (API_QUERY_TIMEOUT_MS) is answered 503 + Retry-After.
 */
export class Congestion {
  constructor(
    private readonly gate: LimitFunction,
    private readonly max: number,
  ) {}

  get concurrency(): number {
    return this.gate.concurrency;
  }

  /** A query stopped by its timeout: Neo4j has more work than it finishes in time. */
  timedOut(): void {
    this.gate.concurrency = Math.max(1, Math.floor(this.gate.concurrency / 2));
  }

  /** A query answered by Neo4j. */
  answered(): void {
    if (this.gate.concurrency < this.max) this.gate.concurrency += 1;
  }

  /** Neo4j answers again after an outage. */
  restarted(): void {
    this.gate.concurrency = 1;
  }
}
