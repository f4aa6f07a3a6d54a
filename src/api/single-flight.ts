/**
 * Coalescing of identical reads (single-flight): for each key at most one execution runs, and the
 * requests for that key share answers instead of each running its own.
 *
 * The freshness rule: an answer is never older than the request it is given to allows.
 * - A request that must be fresh (`Cache-Control: no-cache`: `next`) never gets the answer of an
 *   execution that started before it arrived. While one runs it waits for the *next* execution of
 *   its key, which starts as soon as the running one ends; every request that arrived meanwhile
 *   shares that one. So a burst of N copies costs at most two executions, and each sees every write
 *   committed before it arrived.
 * - A request that may be answered from a cache (`running`) joins the execution running now, whose
 *   answer is as fresh as any kept one.
 *
 * Every caller of one execution gets its outcome, also a failure (no retry: a retry per waiter would
 * multiply the load the sharing saves). A waiter that stops waiting (`signal`) before its execution
 * starts leaves it; once started, an execution runs to its end for the others, and one nobody waits
 * for any more is not started.
 */
export interface Shared<T> {
  value: T;
  /** false for the caller whose `work` ran, true for the others */
  shared: boolean;
}

interface Waiter<T> {
  work: () => Promise<T>;
  resolve: (v: Shared<T>) => void;
  reject: (e: unknown) => void;
}

interface Flight<T> {
  /** the execution running now, for callers that may join it */
  running: Promise<T>;
  /** callers waiting for the execution after it, in arrival order (the first one's work runs) */
  next: Waiter<T>[];
}

export class SingleFlight<T> {
  private readonly flights = new Map<string, Flight<T>>();
  /** Executions started so far (what the sharing saves is visible to tests and logs). */
  started = 0;

  run(key: string, work: () => Promise<T>, join: 'running' | 'next', signal?: AbortSignal): Promise<Shared<T>> {
    const flight = this.flights.get(key);
    if (!flight) return this.start(key, work).then((value) => ({ value, shared: false }));
    if (join === 'running') return flight.running.then((value) => ({ value, shared: true }));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const waiter: Waiter<T> = { work, resolve, reject };
      flight.next.push(waiter);
      const leave = () => {
        const i = flight.next.indexOf(waiter);
        if (i < 0) return; // already started: it runs to its end
        flight.next.splice(i, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', leave, { once: true });
      const done = () => signal?.removeEventListener('abort', leave);
      waiter.resolve = (v) => (done(), resolve(v));
      waiter.reject = (e) => (done(), reject(e));
    });
  }

  private start(key: string, work: () => Promise<T>): Promise<T> {
    this.started++;
    let running: Promise<T>;
    try {
      running = work();
    } catch (e) {
      running = Promise.reject(e);
    }
    const flight: Flight<T> = { running, next: [] };
    this.flights.set(key, flight);
    const then = () => {
      const waiters = flight.next.splice(0);
      if (!waiters.length) {
        this.flights.delete(key);
        return;
      }
      const [first] = waiters;
      this.start(key, first.work).then(
        (value) => waiters.forEach((w) => w.resolve({ value, shared: w !== first })),
        (e: unknown) => waiters.forEach((w) => w.reject(e)),
      );
    };
    running.then(then, then);
    return running;
  }
}
