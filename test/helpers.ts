import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../src/config.ts';
import { Graph } from '../src/graph/graph.ts';
import { extractText, type ExtractOptions } from '../src/extract/extract-document.ts';
import { commitmentKey } from '../src/extract/commitment-key.ts';

export const corpus = (name: string) => readFileSync(join(config().root, 'test', 'corpus', name), 'utf8');

export async function testGraph(): Promise<Graph> {
  const cfg = config();
  const g = new Graph({ uri: cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`, user: cfg.neo4j.user, password: cfg.neo4j.password, database: cfg.neo4j.database, queryTimeoutMs: cfg.api.queryTimeoutMs });
  await g.verify();
  await g.ensureSchema();
  return g;
}

/** Commitment keys of one sentence, as the scorer builds them. */
export function keys(text: string, opts: ExtractOptions = {}): string[] {
  const r = extractText(text, { parties: ['CN', 'RU'], ...opts });
  return [...new Set(r.commitments.map((c) => commitmentKey(c)))].sort();
}
