import { getHeapStatistics } from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { threadEntry } from '../pipeline/thread-entry.ts';

/**
 * The API of `serve` and `start` runs on a worker thread whose JavaScript heap is capped
 * (API_HEAP_MB). Without a cap V8 lets the heap grow towards a quarter of the machine's memory
 * before it collects in earnest, so a busy API's memory climbs for as long as it runs although what
 * it keeps is small (measured: 10 minutes of loads and reads, median RSS +40 % from the first
 * quarter to the last; live heap 23 → 26 MB). A thread rather than a process flag: the cap holds
 * however the CLI is started, and a thread that still runs out of heap is started again by the
 * process around it, on the same port, instead of taking the process down.
 */
type FromThread = { url: string; heapLimitMb: number } | { failed: string };
interface ThreadData {
  role: 'api-thread';
  module: string;
  port: number | undefined;
}
const DATA = workerData as ThreadData | null;

if (!isMainThread && DATA?.role === 'api-thread') {
  const { config } = await import('../config.ts');
  const { startApi } = await import('../api/server.ts');
  const { connect } = await import('./connect.ts');
  try {
    const graph = await connect();
    const api = await startApi(graph, { ...config().api, port: DATA.port ?? config().api.port }).catch(
      async (e: unknown) => {
        await graph.close();
        throw e;
      },
    );
    parentPort!.once('message', () => {
      void api
        .close()
        .then(() => graph.close())
        .finally(() => parentPort!.close());
    });
    const heapLimitMb = Math.round(getHeapStatistics().heap_size_limit / 1048576);
    parentPort!.postMessage({ url: api.url, heapLimitMb } satisfies FromThread);
  } catch (e) {
    parentPort!.postMessage({ failed: (e as Error).message ?? String(e) } satisfies FromThread);
    // The error reaches the main thread with its own class (GraphError, InputError) only as text:
    // the caller reports it and exits non-zero, as a failed start-up in the main thread would.
    parentPort!.close();
  }
}

export interface ApiThread {
  url: string;
  /** the thread's heap limit as V8 reports it (the cap plus the young generation), MB */
  heapLimitMb: number;
  close(): Promise<void>;
}

/** How long `close()` waits for the thread to finish its requests before it is stopped. */
const CLOSE_GRACE_MS = 10_000;

/**
 * Starts the API on its thread; resolves once it serves. `heapMb` 0: no cap. A thread that stops
 * is started again on the same port: at once the first time, then after a pause that doubles
 * (up to a minute) while threads keep stopping within a minute of their start.
 */
export async function startApiThread(
  port: number | undefined,
  heapMb: number,
  log: (line: string) => void,
): Promise<ApiThread> {
  let closing = false;
  let current: { worker: Worker; exited: Promise<void>; done: boolean } | null = null;
  let wake: (() => void) | null = null;
  const launch = (at: number | undefined) =>
    new Promise<{ url: string; heapLimitMb: number }>((resolve, reject) => {
      const worker = new Worker(threadEntry(import.meta.url), {
        workerData: { role: 'api-thread', module: import.meta.url, port: at } satisfies ThreadData,
        ...(heapMb > 0 ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}),
      });
      const startedAt = Date.now();
      const me = { worker, done: false, exited: new Promise<void>((r) => worker.once('exit', () => r())) };
      current = me;
      let started = false;
      worker.once('message', (m: FromThread) => {
        if ('url' in m) {
          started = true;
          resolve(m);
        } else reject(new Error(m.failed));
      });
      worker.on('error', (e) => {
        if (!started) reject(e);
        else log(`error: the API thread failed: ${e.message}`);
      });
      worker.once('exit', (code) => {
        me.done = true;
        if (!started) return reject(new Error(`the API thread stopped while starting (exit ${code})`));
        if (closing) return;
        log(
          `error: the API thread stopped (exit ${code}${heapMb > 0 ? `; its heap is capped at ${heapMb} MB by API_HEAP_MB` : ''}); starting it again`,
        );
        void restart(Date.now() - startedAt < 60_000);
      });
    });
  const { url, heapLimitMb } = await launch(port);
  let pauseMs = 0;
  const restart = async (soon: boolean) => {
    pauseMs = soon ? Math.min(60_000, Math.max(1000, pauseMs * 2)) : 0;
    for (;;) {
      if (pauseMs) await new Promise<void>((r) => ((wake = r), setTimeout(r, pauseMs)));
      wake = null;
      if (closing) return;
      try {
        await launch(Number(new URL(url).port));
        log(`The API serves again at ${url}.`);
        return;
      } catch (e) {
        pauseMs = Math.min(60_000, Math.max(1000, pauseMs * 2));
        log(`error: the API did not start again (${(e as Error).message}); trying again in ${pauseMs / 1000} s`);
      }
    }
  };
  return {
    url,
    heapLimitMb,
    close: async () => {
      closing = true;
      wake?.();
      const c = current;
      if (!c || c.done) return;
      c.worker.postMessage('close');
      // A thread that does not finish in time (a request still open, a collection near its cap) is stopped.
      const grace = setTimeout(() => void c.worker.terminate(), CLOSE_GRACE_MS);
      await c.exited;
      clearTimeout(grace);
    },
  };
}
