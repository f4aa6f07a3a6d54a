import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../src/config.ts';
import { Graph } from '../src/graph/graph.ts';
import { extractText, type ExtractOptions } from '../src/extract/extract-document.ts';
import { commitmentKey } from '../src/extract/commitment-key.ts';

/** A seed statement: the texts `npm start` loads (data/documents). */
export const seedPath = (name: string) => join(config().root, 'data', 'documents', name);
export const seed = (name: string) => readFileSync(seedPath(name), 'utf8');

/**
 * A path under ../shared, the hand-annotated material kept beside the project (gold files, more texts),
 * or null when this checkout has none there; the caller skips, and this says so in one line.
 */
export function shared(path: string, usedBy: string): string | null {
  const full = join(config().root, '..', 'shared', path);
  if (existsSync(full)) return full;
  process.stderr.write(`${usedBy}: skipped, ${full} is not there (the gold files kept beside the project).\n`);
  return null;
}

export async function testGraph(): Promise<Graph> {
  const cfg = config();
  const g = new Graph({
    uri: cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`,
    user: cfg.neo4j.user,
    password: cfg.neo4j.password,
    database: cfg.neo4j.database,
    queryTimeoutMs: cfg.api.queryTimeoutMs,
  });
  await g.verify();
  await g.ensureSchema();
  return g;
}

/** Commitment keys of one sentence, as the scorer builds them. */
export function keys(text: string, opts: ExtractOptions = {}): string[] {
  const r = extractText(text, { parties: ['CN', 'RU'], ...opts });
  return [...new Set(r.commitments.map((c) => commitmentKey(c)))].sort();
}
