import { createConnection } from 'node:net';

/**
 * A circuit breaker in front of the driver. While Neo4j is unreachable the driver would let each
 * call wait out its connection and retry windows (15 s and more); instead, the first sign of an
 * outage opens the breaker, every call then fails at once, and a background probe closes it again
 * as soon as Neo4j answers a query.
 *
 * Signs of an outage: a call failing with a connection error, or a call still running after
 * `slowMs` (200 ms, and every `slowMs` after that) while a plain TCP connection to the server is
 * refused or times out (a call stuck in the driver's retry loop says nothing until its window
 * ends). The TCP check does not queue behind
 * busy pooled connections, so a loaded server is not taken for a dead one.
 *
 * Written here rather than taken from a library: the generic breakers count failures and let a
 * trial call through after a delay; this one must also stop calls already waiting and probe on
 * its own, which is most of the code.
 */
export interface BreakerOptions {
  /** host and port to test with a TCP connection */
  address: { host: string; port: number };
  /** a real query; resolves when Neo4j answers it */
  probe: () => Promise<unknown>;
  /** the error calls get while the breaker is open */
  failure: () => Error;
  slowMs?: number;
  probeEveryMs?: number;
  connectTimeoutMs?: number;
}

type Listener = (state: 'open' | 'closed') => void;

export function tcpReachable(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host, port });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

export class Breaker {
  private opened = false;
  private openedAt = 0;
  private checking: Promise<void> | null = null;
  private probing = false;
  private readonly stopWaiting = new Set<(err: Error) => void>();
  private readonly listeners = new Set<Listener>();
  private readonly slowMs: number;
  private readonly probeEveryMs: number;
  private readonly connectTimeoutMs: number;
  private closed = false;

  constructor(private readonly opts: BreakerOptions) {
    this.slowMs = opts.slowMs ?? 200;
    this.probeEveryMs = opts.probeEveryMs ?? 250;
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 700;
  }

  get isOpen(): boolean {
    return this.opened;
  }
  /** Milliseconds since the breaker opened (0 while closed). */
  get openFor(): number {
    return this.opened ? Date.now() - this.openedAt : 0;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs `work` unless the breaker is open. With `abandon`, the caller is answered as soon as the
   * breaker opens, even if the work is still inside the driver (reads only: a write must not be
   * reported failed and then commit).
   */
  async run<T>(work: () => Promise<T>, isOutage: (err: unknown) => boolean, abandon = true): Promise<T> {
    if (this.opened) throw this.opts.failure();
    // Checked again every `slowMs` while the call runs, not once: a server killed a moment ago
    // still completes TCP handshakes from its listen queue while the kernel tears the process down
    // (measured here: 170 ms after `kill -9` of a Neo4j with a 1 GB heap), so a single early check
    // passes and the call would then wait out the driver's retries.
    // Unref'd: a call the driver never settles (its connection closed under it at shutdown) must
    // not keep the process alive through this check (seen in `npm run chaos`: an API that had
    // closed everything stayed up after SIGTERM).
    const slow = setInterval(() => void this.check(), this.slowMs).unref();
    let stop: ((err: Error) => void) | null = null;
    try {
      const task = work();
      if (!abandon) return await task;
      task.catch(() => undefined);
      const stopped = new Promise<never>((_, reject) => {
        stop = reject;
        this.stopWaiting.add(reject);
      });
      return await Promise.race([task, stopped]);
    } catch (err) {
      if (isOutage(err)) this.trip();
      throw err;
    } finally {
      clearInterval(slow);
      if (stop) this.stopWaiting.delete(stop);
    }
  }

  /** Checks that the server accepts connections; opens the breaker if it does not. */
  check(): Promise<void> {
    if (this.opened || this.closed) return Promise.resolve();
    this.checking ??= tcpReachable(this.opts.address.host, this.opts.address.port, this.connectTimeoutMs)
      .then((ok) => {
        if (!ok) this.trip();
      })
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  /** Opens the breaker: calls waiting are answered, later calls fail at once, the probe starts. */
  trip(): void {
    if (this.opened || this.closed) return;
    this.opened = true;
    this.openedAt = Date.now();
    const err = this.opts.failure();
    for (const stop of this.stopWaiting) stop(err);
    this.stopWaiting.clear();
    this.emit('open');
    void this.probeLoop();
  }

  /** Resolves true once the breaker is closed, false after `timeoutMs`. */
  whenClosed(timeoutMs: number): Promise<boolean> {
    if (!this.opened) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        off();
        resolve(false);
      }, timeoutMs).unref();
      const off = this.onChange((s) => {
        if (s === 'closed') {
          clearTimeout(timer);
          off();
          resolve(true);
        }
      });
    });
  }

  /** Stops the probe (the graph is being closed). */
  shutdown(): void {
    this.closed = true;
  }

  private async probeLoop(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      while (this.opened && !this.closed) {
        await new Promise((r) => setTimeout(r, this.probeEveryMs).unref());
        if (!(await tcpReachable(this.opts.address.host, this.opts.address.port, this.connectTimeoutMs))) continue;
        try {
          await this.opts.probe();
        } catch {
          continue;
        }
        this.opened = false;
        this.emit('closed');
      }
    } finally {
      this.probing = false;
    }
  }

  private emit(state: 'open' | 'closed'): void {
    for (const l of [...this.listeners]) {
      try {
        l(state);
      } catch {
        /* a listener's failure is its own */
      }
    }
  }
}
