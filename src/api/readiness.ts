import type { Graph } from '../graph/graph.ts';

/**
 * What /readyz answers. Ready means: the breaker is closed, Neo4j answers a query now (within
 * `timeoutMs`), and the page cache has been warmed for the map and the commitment indexes since
 * the API started or Neo4j came back (a cold store makes the first requests time out).
 */
export class Readiness {
  private warmed = false;
  private warming: Promise<void> | null = null;
  private readonly off: () => void;

  constructor(
    private readonly graph: Graph,
    private readonly log: (line: object) => void,
  ) {
    // The outage itself is logged by OutageLog.
    this.off = graph.breaker.onChange((state) => {
      this.warmed = false;
      if (state === 'closed') void this.warm();
    });
  }

  /** Reads the map and the commitment indexes once; failures leave the API not ready, nothing more. */
  warm(): Promise<void> {
    this.warming ??= (async () => {
      const t0 = performance.now();
      try {
        // Not stopped by the per-query timeout: on a store just restarted this read is what is slow.
        await this.graph.read('warm-up', {}, undefined, 120_000);
        this.warmed = true;
        this.log({ event: 'warmed', ms: Math.round(performance.now() - t0) });
      } catch {
        /* not ready; the next /readyz or the breaker's recovery tries again */
      } finally {
        this.warming = null;
      }
    })();
    return this.warming;
  }

  async check(timeoutMs: number): Promise<{ ready: boolean; status: string }> {
    if (this.graph.breaker.isOpen) return { ready: false, status: 'neo4j unavailable' };
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => {
      timer = setTimeout(() => r('late'), timeoutMs);
    });
    try {
      const answer = await Promise.race([this.graph.probe('graph-version', {}).then(() => 'ok' as const), late]);
      if (answer === 'late') {
        void this.graph.breaker.check();
        return { ready: false, status: 'neo4j not answering' };
      }
    } catch {
      return { ready: false, status: 'neo4j unavailable' };
    } finally {
      clearTimeout(timer);
    }
    if (!this.warmed) {
      void this.warm();
      return { ready: false, status: 'warming up' };
    }
    return { ready: true, status: 'ready' };
  }

  close(): void {
    this.off();
  }
}
