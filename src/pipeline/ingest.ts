import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { extractFile, type ExtractOptions } from '../extract/extract-document.ts';
import { loadDocument, type LoadOutcome } from '../graph/loader.ts';
import type { Graph } from '../graph/graph.ts';
import { InputError } from '../text/input-error.ts';
import { documentIdOf, TEXT_FILE } from '../text/document-id.ts';
import { optionsFor, type Manifests } from './manifest.ts';

export { documentIdOf };

/**
 * Files, folders and globs to documents in the graph. Each file is read, extracted and loaded on
 * its own; a bad file is reported and the others still load.
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

// Globs as a shell reads them (tinyglobby: `**`, braces, classes); names starting with a dot match only
// a pattern that spells the dot, so a folder's .git or .cache is not read.
const matches = (pattern: string, cwd?: string) => globSync(pattern, { cwd, absolute: true, onlyFiles: true, dot: false }).map((f) => resolve(f));

/** Expands paths: a folder gives its text files (recursively), a glob its matches; a missing path is an error entry. */
export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    if (existsSync(p)) {
      if (statSync(p).isDirectory()) files.push(...matches('**/*', p).filter((f) => TEXT_FILE.test(f)).sort());
      else files.push(resolve(p));
    } else if (isDynamicPattern(p)) {
      const hits = matches(p);
      if (!hits.length) missing.push(p);
      files.push(...hits.sort());
    } else missing.push(p);
  }
  return { files: [...new Set(files)], missing };
}

export interface IngestReport { outcomes: LoadOutcome[]; failures: { path: string; error: string }[]; seconds: number }

export async function ingest(graph: Graph, paths: string[], options: ExtractOptions & { onProgress?: (done: number, total: number, file: string) => void } = {}): Promise<IngestReport> {
  const t0 = performance.now();
  const { onProgress, ...opts } = options;
  const { files, missing } = expandPaths(paths);
  const failures = missing.map((p) => ({ path: p, error: `${p}: no such file or folder (or the pattern matches nothing).` }));
  if (opts.id !== undefined && files.length > 1) throw new InputError(paths.join(' '), `--id names one document, but these paths hold ${files.length} files. Give one file with --id.`);
  const outcomes: LoadOutcome[] = [];
  const manifests: Manifests = new Map();
  for (const [i, file] of files.entries()) {
    onProgress?.(i, files.length, file);
    try {
      const size = statSync(file).size;
      if (size > MAX_FILE_BYTES) throw new InputError(file, `is ${(size / 1e6).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1e6} MB a document may have. Split it into separate statements.`);
      const result = extractFile(file, optionsFor(file, opts, manifests));
      outcomes.push(await loadDocument(graph, result, result.document.id));
    } catch (err) {
      if (err instanceof InputError) failures.push({ path: file, error: err.message });
      else throw err; // the graph is gone or broken: stop, nothing half-written (each document is one transaction)
    }
  }
  onProgress?.(files.length, files.length, '');
  return { outcomes, failures, seconds: (performance.now() - t0) / 1000 };
}
