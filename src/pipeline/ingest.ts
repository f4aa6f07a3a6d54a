import { statSync, readdirSync, lstatSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { ExtractOptions } from '../extract/extract-document.ts';
import { loadDocument, type LoadOutcome } from '../graph/loader.ts';
import { GraphError, type Graph } from '../graph/graph.ts';
import { InputError } from '../text/input-error.ts';
import { TEXT_FILE } from '../text/document-id.ts';
import { optionsFor, type Manifests } from './manifest.ts';
import { ExtractThread, fileBudgetMs } from './extract-thread.ts';

/**
 * Files, folders and globs to documents in the graph. Each file is read, extracted and loaded on
 * its own; a bad file is reported and the others still load. Nothing that is not a regular file
 * is opened (a FIFO would block for ever, a device never end); symbolic links are followed once
 * (a loop is reported, not walked).
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface Failure {
  path: string;
  error: string;
}

// Globs as a shell reads them (tinyglobby: `**`, braces, classes); names starting with a dot match only
// a pattern that spells the dot, so a folder's .git or .cache is not read.
const matches = (pattern: string, cwd?: string) =>
  globSync(pattern, { cwd, absolute: true, onlyFiles: true, dot: false }).map((f) => resolve(f));

const KIND = (s: Stats) =>
  s.isFIFO()
    ? 'a named pipe (FIFO)'
    : s.isSocket()
      ? 'a socket'
      : s.isCharacterDevice() || s.isBlockDevice()
        ? 'a device'
        : 'not a regular file';

/** What a path is, following symbolic links, or the reason it cannot be read. */
function inspect(path: string): { stats: Stats } | { error: string } {
  try {
    return { stats: statSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      /* the path itself is missing */
    }
    if (code === 'ELOOP')
      return { error: `${path}: is a symbolic link that loops back on itself; remove or fix the link.` };
    if (code === 'ENOENT' && link)
      return { error: `${path}: is a symbolic link to a file that does not exist; remove or fix the link.` };
    if (code === 'EACCES') return { error: `${path}: cannot be read (permission denied).` };
    return { error: `${path}: cannot be read (${code ?? (e as Error).message}).` };
  }
}

/** Text files under `dir` (not hidden ones), with the paths that could not be walked. Each folder is walked once. */
function walk(dir: string, seen: Set<string>, files: string[], refused: Failure[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    refused.push({
      path: dir,
      error: `${dir}: cannot be listed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
    });
    return;
  }
  for (const name of entries.sort()) {
    // Hidden files and folders (.git, .cache, an editor's .draft.txt) are not statements.
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const got = inspect(path);
    if ('error' in got) {
      if (TEXT_FILE.test(name) || lstatSafe(path)?.isSymbolicLink()) refused.push({ path, error: got.error });
      continue;
    }
    if (got.stats.isDirectory()) {
      const id = `${got.stats.dev}:${got.stats.ino}`;
      if (seen.has(id)) continue; // reached again through a link: already walked
      seen.add(id);
      walk(path, seen, files, refused);
    } else if (TEXT_FILE.test(name)) {
      if (got.stats.isFile()) files.push(path);
      else refused.push({ path, error: `${path}: is ${KIND(got.stats)}, not a text file; it was not opened.` });
    }
  }
}

function lstatSafe(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/**
 * Expands paths: a folder gives its text files (recursively), a glob its matches. A missing path,
 * a broken or looping link and anything that is not a regular file become failure entries.
 */
export function expandPaths(paths: string[]): { files: string[]; missing: string[]; refused: Failure[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const refused: Failure[] = [];
  for (const p of paths) {
    if (!lstatSafe(p) && isDynamicPattern(p)) {
      const hits = matches(p);
      if (!hits.length) missing.push(p);
      for (const f of hits.sort()) {
        const got = inspect(f);
        if ('error' in got) refused.push({ path: f, error: got.error });
        else if (got.stats.isFile()) files.push(f);
        else refused.push({ path: f, error: `${f}: is ${KIND(got.stats)}, not a text file; it was not opened.` });
      }
      continue;
    }
    const got = inspect(p);
    if ('error' in got) {
      if (lstatSafe(p)) refused.push({ path: p, error: got.error });
      else missing.push(p);
    } else if (got.stats.isDirectory())
      walk(resolve(p), new Set([`${got.stats.dev}:${got.stats.ino}`]), files, refused);
    else if (got.stats.isFile()) files.push(resolve(p));
    else refused.push({ path: p, error: `${p}: is ${KIND(got.stats)}, not a text file; it was not opened.` });
  }
  return { files: [...new Set(files)], missing, refused: [...new Map(refused.map((f) => [f.path, f])).values()] };
}

export interface IngestReport {
  outcomes: LoadOutcome[];
  failures: Failure[];
  warnings: Failure[];
  seconds: number;
}

export interface IngestOptions extends ExtractOptions {
  /** done, total, current file; `waiting` is set while Neo4j is unreachable (seconds waited so far). */
  onProgress?: (done: number, total: number, file: string, waiting?: { seconds: number; limit: number }) => void;
  /** How long to wait for an unreachable Neo4j before giving up (INGEST_RETRY_SECONDS, default 60). */
  retrySeconds?: number;
  /** Extraction time allowed per file before its size is counted (default 60 s). */
  fileBudgetMs?: number;
}

/**
 * Loads one document, riding out a Neo4j restart: while Neo4j is unreachable it waits (backing
 * off from 0.5 s to 8 s between tries, up to `retrySeconds` in all) and tries the same document
 * again; a document is one transaction, so a try that failed left nothing behind.
 */
async function loadWithRetry(
  graph: Graph,
  load: () => Promise<LoadOutcome>,
  retrySeconds: number,
  waiting: (seconds: number) => void,
): Promise<LoadOutcome> {
  const t0 = performance.now();
  // A write in flight when Neo4j goes away is retried by the driver for a while before it fails:
  // say so each second meanwhile, so the pause does not look like a hang.
  let ticker: NodeJS.Timeout | null = null;
  const stopTicker = () => {
    if (ticker) clearInterval(ticker);
    ticker = null;
  };
  const off = graph.breaker.onChange((state) => {
    stopTicker();
    if (state === 'open') {
      const since = performance.now();
      waiting(0);
      ticker = setInterval(() => waiting((performance.now() - since) / 1000), 1000);
    }
  });
  try {
    return await attempts();
  } finally {
    off();
    stopTicker();
  }

  async function attempts(): Promise<LoadOutcome> {
    for (let pause = 500; ; pause = Math.min(pause * 2, 8000)) {
      try {
        return await load();
      } catch (err) {
        if (!(err instanceof GraphError) || err.code !== 'SERVICE_UNAVAILABLE') throw err;
        const waited = (performance.now() - t0) / 1000;
        if (waited >= retrySeconds)
          throw new GraphError(
            'SERVICE_UNAVAILABLE',
            `${err.message} (waited ${waited.toFixed(0)} s, INGEST_RETRY_SECONDS=${retrySeconds}; the documents before this one are loaded, run the same ingest again to load the rest)`,
            err.neo4jCode,
          );
        waiting(waited);
        const left = retrySeconds * 1000 - (performance.now() - t0);
        // The breaker's probe says when Neo4j answers again; the pause keeps a flapping server from being hammered.
        await graph.breaker.whenClosed(Math.max(0, left));
        await new Promise((r) => setTimeout(r, Math.min(pause, Math.max(0, left))));
      }
    }
  }
}

export async function ingest(graph: Graph, paths: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const t0 = performance.now();
  const { files, missing, refused } = expandPaths(paths);
  const failures: Failure[] = [
    ...missing.map((p) => ({ path: p, error: `${p}: no such file or folder (or the pattern matches nothing).` })),
    ...refused,
  ];
  const warnings: Failure[] = [];
  const outcomes: LoadOutcome[] = [];
  const { onProgress, retrySeconds = 60, fileBudgetMs: baseMs = 60_000, ...extractOpts } = opts;
  if (extractOpts.id !== undefined && files.length > 1)
    throw new InputError(
      paths.join(' '),
      `--id names one document, but these paths hold ${files.length} files. Give one file with --id.`,
    );
  const manifests: Manifests = new Map();
  const thread = new ExtractThread();
  try {
    for (const [i, file] of files.entries()) {
      onProgress?.(i, files.length, file);
      try {
        // Checked again as the file is opened: it may have changed since the folder was listed.
        const got = inspect(file);
        if ('error' in got) throw new InputError(file, got.error.slice(file.length + 2));
        if (!got.stats.isFile())
          throw new InputError(file, `is ${KIND(got.stats)}, not a text file; it was not opened.`);
        if (got.stats.size > MAX_FILE_BYTES)
          throw new InputError(
            file,
            `is ${(got.stats.size / 1e6).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1e6} MB a document may have. Split it into separate statements.`,
          );
        const result = await thread.file(
          file,
          optionsFor(file, extractOpts, manifests),
          fileBudgetMs(got.stats.size, baseMs),
        );
        if (!result.sentences.length) {
          const why = result.diagnostics.find((d) => d.code === 'no-sentences')?.message ?? 'no sentence was found.';
          warnings.push({ path: file, error: `${file}: ${why}` });
        }
        outcomes.push(
          await loadWithRetry(
            graph,
            () => loadDocument(graph, result, result.document.id),
            retrySeconds,
            (s) => onProgress?.(i, files.length, file, { seconds: s, limit: retrySeconds }),
          ),
        );
      } catch (err) {
        if (err instanceof InputError) failures.push({ path: file, error: err.message });
        // Neo4j gone for good, or refusing our credentials: stop; each document is one transaction, so nothing is half-written.
        else if (err instanceof GraphError && (err.code === 'SERVICE_UNAVAILABLE' || err.code === 'UNAUTHENTICATED'))
          throw err;
        else failures.push({ path: file, error: `${file}: could not be loaded (${(err as Error).message}).` });
      }
    }
  } finally {
    await thread.close();
  }
  onProgress?.(files.length, files.length, '');
  return { outcomes, failures, warnings, seconds: (performance.now() - t0) / 1000 };
}
