import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { extractFile, extractText, type ExtractOptions } from '../extract/extract-document.ts';
import type { ExtractResult } from '../extract/types.ts';
import { InputError } from '../text/input-error.ts';
import { threadEntry } from './thread-entry.ts';

/**
 * Extraction on a worker thread with a time budget. Whatever one document does to the extractor
 * (runs past its budget, overflows the stack, exhausts the thread's memory), it becomes that
 * document's InputError: the thread is ended and started afresh, and the caller (the API's event
 * loop, or an ingest working through a folder) goes on. One thread, one document at a time.
 */
type Job = { kind: 'text'; text: string; opts: ExtractOptions } | { kind: 'file'; path: string; opts: ExtractOptions };
type Reply = { ok: ExtractResult } | { input: { source: string; message: string } } | { failed: string };

const WORKER = workerData as { role?: string } | null;

if (!isMainThread && WORKER?.role === 'extract-thread') {
  parentPort!.on('message', (job: Job) => {
    let reply: Reply;
    try {
      reply = { ok: job.kind === 'text' ? extractText(job.text, job.opts) : extractFile(job.path, job.opts) };
    } catch (e) {
      reply =
        e instanceof InputError
          ? { input: { source: e.source, message: e.message.slice(e.source.length + 2) } }
          : { failed: (e as Error).message ?? String(e) };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage('ready');
}

export class ExtractThread {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly maxWaiting = 16) {}

  /** Jobs waiting for the thread (the API turns requests away past `maxWaiting`). */
  get backlog(): number {
    return this.waiting;
  }

  /** Extracts a decoded text; `budgetMs` counts from when the thread takes the job. */
  text(text: string, opts: ExtractOptions, budgetMs: number): Promise<ExtractResult> {
    return this.enqueue({ kind: 'text', text, opts }, opts.source ?? 'input', budgetMs);
  }

  file(path: string, opts: ExtractOptions, budgetMs: number): Promise<ExtractResult> {
    return this.enqueue({ kind: 'file', path, opts }, opts.source ?? path, budgetMs);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  private enqueue(job: Job, source: string, budgetMs: number): Promise<ExtractResult> {
    if (this.waiting >= this.maxWaiting)
      return Promise.reject(
        new InputError(
          source,
          `was not extracted: ${this.waiting} documents are already waiting for the extractor. Send it again in a minute.`,
        ),
      );
    this.waiting++;
    const run = this.queue
      .then(() => this.runJob(job, source, budgetMs))
      .finally(() => {
        this.waiting--;
      });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private ready: Promise<void> | null = null;
  private readonly exited = new WeakSet<Worker>();

  /** Starts the thread and resolves once it has loaded the extractor (not counted in any budget). */
  private start(): Worker {
    const w = new Worker(threadEntry(import.meta.url), {
      workerData: { module: import.meta.url, role: 'extract-thread' },
    });
    w.on('error', () => undefined); // reported through the job's exit handler
    this.ready = new Promise<void>((resolve) => {
      const up = (m: unknown) => {
        if (m === 'ready') {
          w.off('message', up);
          resolve();
        }
      };
      w.on('message', up);
      w.once('exit', () => {
        this.exited.add(w);
        resolve();
      });
    });
    return w;
  }

  private async runJob(job: Job, source: string, budgetMs: number): Promise<ExtractResult> {
    const w = (this.worker ??= this.start());
    w.ref(); // a job in flight keeps the process alive
    await this.ready;
    if (this.exited.has(w)) {
      if (this.worker === w) this.worker = null;
      throw new InputError(
        source,
        'could not be extracted: the extractor thread did not start. This is a fault of policy-graph: please report it.',
      );
    }
    return new Promise<ExtractResult>((resolve, reject) => {
      const done = (fn: () => void) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('exit', onExit);
        w.unref();
        fn();
      };
      const replace = () => {
        if (this.worker === w) this.worker = null;
        void w.terminate();
      };
      const timer = setTimeout(() => {
        done(() =>
          reject(
            new InputError(
              source,
              `extraction took longer than ${budgetMs / 1000} s, the time allowed for this document, and was stopped; nothing of it was loaded. Split it into separate statements.`,
            ),
          ),
        );
        replace();
      }, budgetMs);
      const onMessage = (r: Reply) =>
        done(() => {
          if ('ok' in r) resolve(r.ok);
          else if ('input' in r) reject(new InputError(r.input.source, r.input.message));
          else
            reject(
              new InputError(
                source,
                `could not be extracted (${r.failed}); nothing of it was loaded. This is a fault of policy-graph: please report it with the file.`,
              ),
            );
        });
      const onExit = (code: number) => {
        done(() =>
          reject(
            new InputError(
              source,
              `could not be extracted: the extractor stopped (exit ${code}, likely out of memory); nothing of it was loaded. Split it into separate statements.`,
            ),
          ),
        );
        replace();
      };
      w.on('message', onMessage);
      w.once('exit', onExit);
      w.postMessage(job);
    });
  }
}

/** Seconds allowed to extract a file of `bytes`: a floor, plus time per MB far below the slowest input measured. */
export const fileBudgetMs = (bytes: number, baseMs: number) => baseMs + Math.ceil(bytes / 1e6) * 30_000;
