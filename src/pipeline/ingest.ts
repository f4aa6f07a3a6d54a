import { statSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractFile, type ExtractOptions } from '../extract/extract-document.ts';
import { loadDocument, type LoadOutcome } from '../graph/loader.ts';
import type { Graph } from '../graph/graph.ts';
import { InputError } from '../text/input-error.ts';
import { documentIdOf } from '../text/document-id.ts';
import { readManifest, type ManifestEntry } from './manifest.ts';

export { documentIdOf };

/**
 * Files, folders and globs to documents in the graph. Each file is read, extracted and loaded on
 * its own; a bad file is reported and the others still load.
 */
export const TEXT_FILE = /\.(txt|text|md)$/i;
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

function globToRegExp(glob: string): RegExp {
  const re = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${re}$`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Expands paths: a folder gives its text files (recursively), a glob its matches; a missing path is an error entry. */
export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    if (/[*?]/.test(p)) {
      const fixed = p.split(/[*?]/)[0].replace(/[^/]*$/, '') || '.';
      const re = globToRegExp(resolve(p));
      const hits = existsSync(fixed) ? walk(resolve(fixed)).filter((f) => re.test(f)) : [];
      if (!hits.length) missing.push(p);
      files.push(...hits.sort());
    } else if (!existsSync(p)) missing.push(p);
    else if (statSync(p).isDirectory()) files.push(...walk(resolve(p)).filter((f) => TEXT_FILE.test(f)).sort());
    else files.push(resolve(p));
  }
  return { files: [...new Set(files)], missing };
}

/**
 * The extraction options for one file: what the command line gives, else what the folder's
 * manifest says, else what the text says. Manifests are read once per folder (`manifests`).
 */
type Manifests = Map<string, Map<string, ManifestEntry> | null | InputError>;

export function optionsFor(file: string, opts: ExtractOptions, manifests: Manifests = new Map()): ExtractOptions {
  const dir = dirname(resolve(file));
  if (!manifests.has(dir)) {
    try { manifests.set(dir, readManifest(dir)); } catch (err) { if (err instanceof InputError) manifests.set(dir, err); else throw err; }
  }
  const manifest = manifests.get(dir);
  // A file is not loaded with a broken manifest: its metadata (a translation's original) would be lost.
  if (manifest instanceof InputError) throw new InputError(file, `not read, because the folder's manifest is wrong: ${manifest.message}`);
  const entry = manifest?.get(documentIdOf(file));
  const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined && !(v === 'auto' && entry?.language)));
  return {
    ...(entry?.language ? { lang: entry.language } : {}), ...(entry?.date ? { date: entry.date } : {}),
    ...(entry?.title ? { title: entry.title } : {}), ...(entry?.translationOf ? { translationOf: entry.translationOf } : {}),
    ...given, source: file,
  };
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
