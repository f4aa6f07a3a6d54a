import { PerformanceObserver } from 'node:perf_hooks';

/**
 * Logs each time the API's event loop stood still for longer than `thresholdMs`, with how much of
 * that time went to garbage collection. While it stands still nothing is answered, not even
 * /healthz; the line tells a pause of the process (garbage collection, a machine short of CPU)
 * apart from a slow Neo4j, which never holds the loop.
 */
export function watchStalls(log: (line: object) => void, thresholdMs = 500): () => void {
  const tickMs = 100;
  // Collections of the last seconds (the observer hears of them a little after they end).
  let collections: { start: number; end: number }[] = [];
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) collections.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  gc.observe({ entryTypes: ['gc'] });
  let last = performance.now();
  let stall: { from: number; to: number } | null = null;
  const timer = setInterval(() => {
    const now = performance.now();
    // Reported one tick later, when the observer has heard of the collections in it.
    if (stall) {
      const { from, to } = stall;
      const gcMs = collections.reduce((n, c) => n + Math.max(0, Math.min(c.end, to) - Math.max(c.start, from)), 0);
      log({
        event: 'event-loop-stalled',
        ms: Math.round(to - from),
        gcMs: Math.round(gcMs),
      });
      stall = null;
    }
    if (now - last - tickMs > thresholdMs) stall = { from: last + tickMs, to: now };
    collections = collections.filter((c) => c.end > now - 5000);
    last = now;
  }, tickMs).unref();
  return () => {
    clearInterval(timer);
    gc.disconnect();
  };
}
