import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';

/**
 * Admission by cost: the queries running at once may add up to `budget` cost units. A query that
 * would go past it is turned away at once with 503 and Retry-After instead of queueing, so memory
 * stays flat however many heavy queries arrive together. Cheap queries (at most `free` units) are
 * always let in: a burst of heavy ones must not shut out the map or a page of commitments.
 */
export class Admission {
  private inFlight = 0;

  constructor(
    private readonly budget: number,
    private readonly free: number,
  ) {}

  get load(): number {
    return this.inFlight;
  }

  /** Takes `cost` units; returns the function that gives them back (call it once). */
  admit(cost: number): () => void {
    if (cost <= this.free) return () => {};
    if (this.inFlight > 0 && this.inFlight + cost > this.budget) {
      throw new GraphQLError(
        `The server is busy with other expensive queries (${this.inFlight} of ${this.budget} cost units in use, API_MAX_INFLIGHT_COST). Retry in a second, or ask for less.`,
        {
          extensions: {
            code: 'SERVICE_UNAVAILABLE',
            http: { status: 503, headers: new HeaderMap([['retry-after', '1']]) },
          },
        },
      );
    }
    this.inFlight += cost;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.inFlight -= cost;
      }
    };
  }
}
