import type { Logger } from 'pino';
import type { Breaker } from '../graph/breaker.ts';

/**
 * The log of a Neo4j outage: one line when the API finds Neo4j unreachable, one summary every
 * `everyMs` while it stays so, and one when Neo4j answers again, instead of a line with a stack
 * trace for each of the thousands of requests answered 503 (or stale from the cache) meanwhile.
 * Writing those lines was most of the API's work during an outage, and it stalled the answers to the
 * requests still running when Neo4j went away.
 */
export class OutageLog {
  private since = 0;
  private unavailable = 0;
  private stale = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly off: () => void;

  constructor(
    private readonly breaker: Breaker,
    private readonly logger: Logger,
    private readonly everyMs = 10_000,
  ) {
    this.off = breaker.onChange((state) => (state === 'open' ? this.opened() : this.closedAgain()));
  }

  /**
   * Counts a request answered while Neo4j is unreachable (503, or a stale read); true when it was
   * counted, and its own request line is left out.
   */
  counts(status: number, cache: unknown): boolean {
    if (!this.breaker.isOpen) return false;
    if (cache === 'stale') this.stale++;
    else if (status === 503) this.unavailable++;
    else return false;
    return true;
  }

  close(): void {
    this.off();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private opened(): void {
    this.since = Date.now();
    this.unavailable = this.stale = 0;
    this.logger.warn(
      { event: 'neo4j-unreachable' },
      'Neo4j is unreachable: requests are answered 503 SERVICE_UNAVAILABLE (cached reads: stale) until it answers again; one summary line follows every %d s',
      Math.round(this.everyMs / 1000),
    );
    this.timer ??= setInterval(() => this.summary('neo4j-still-unreachable'), this.everyMs).unref();
  }

  private closedAgain(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.summary('neo4j-answers-again');
  }

  private summary(event: string): void {
    const seconds = Math.round((Date.now() - this.since) / 100) / 10;
    const line = { event, seconds, unavailable: this.unavailable, stale: this.stale };
    if (event === 'neo4j-answers-again')
      this.logger.info(
        line,
        'Neo4j answers again after %d s (%d requests answered 503, %d stale reads meanwhile)',
        seconds,
        this.unavailable,
        this.stale,
      );
    else
      this.logger.warn(
        line,
        'Neo4j still unreachable after %d s (%d requests answered 503, %d stale reads so far)',
        seconds,
        this.unavailable,
        this.stale,
      );
  }
}
