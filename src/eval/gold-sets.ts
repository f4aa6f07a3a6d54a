import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/**
 * Where the gold files and their texts are. Four sets:
 * - `shared`: the four hand-annotated documents beside the project (../shared/gold, texts in ../shared/corpus);
 * - `dev`: the project's own gold (test/gold/dev) — rules are tuned on these;
 * - `check`: the project's held-back gold (test/gold/check) — scored, never tuned on;
 * - `synthetic`: statements written for the project in the genres of real ones (real parties, dates and
 *   forums, paraphrased wording), annotated blind by someone who never saw the extractor's output;
 *   texts in test/gold/synthetic/texts, so they need nothing beside the project. Tuned on, like dev.
 * dev and check name their texts in ../shared/corpus/pool (the `path` field, relative to the project root).
 */
export type GoldSet = 'shared' | 'dev' | 'check' | 'synthetic';
export const GOLD_SETS: readonly GoldSet[] = ['shared', 'dev', 'check', 'synthetic'];

export interface GoldDoc {
  set: GoldSet;
  name: string;
  language: 'zh' | 'en';
  gold: string;
  text: string;
}

export function sharedDir(root: string): string {
  return resolve(root, '..', 'shared');
}

/** The annotation scorer: the shared one where present, else the project's copy. */
export function scorerPath(root: string): string {
  const shared = join(sharedDir(root), 'eval', 'score.mjs');
  return existsSync(shared) ? shared : join(root, 'test', 'eval', 'score.mjs');
}

/** Gold documents of the given sets whose texts are present; `missing` lists the sets that could not be read. */
export function goldDocs(root: string, sets: readonly GoldSet[] = GOLD_SETS): { docs: GoldDoc[]; missing: string[] } {
  const docs: GoldDoc[] = [];
  const missing: string[] = [];
  const shared = sharedDir(root);
  for (const set of sets) {
    const dir = set === 'shared' ? join(shared, 'gold') : join(root, 'test', 'gold', set);
    if (!existsSync(dir)) {
      missing.push(`${set}: ${dir} not found`);
      continue;
    }
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()) {
      const gold = join(dir, file);
      const g = JSON.parse(readFileSync(gold, 'utf8')) as { document: string; path?: string; language: 'zh' | 'en' };
      const text = g.path ? resolve(root, g.path) : join(shared, 'corpus', set === 'shared' ? '' : 'pool', g.document);
      if (!existsSync(text)) {
        missing.push(`${set}: text ${text} of ${file} not found`);
        continue;
      }
      docs.push({ set, name: basename(file, '.gold.json'), language: g.language, gold, text });
    }
  }
  return { docs, missing };
}
