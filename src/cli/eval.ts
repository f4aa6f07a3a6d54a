import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBytes } from '../extract/extract-document.ts';
import { config } from '../config.ts';

/**
 * Scores the extractor on the project's copies of the gold files (test/gold, texts in test/corpus)
 * with the project's copy of the annotation scorer.
 */
export interface Scores { document: string; links: number; forums: number; commitments: number }

export function evaluate(goldDir = join(config().root, 'test', 'gold'), corpusDir = join(config().root, 'test', 'corpus')): { perDocument: Scores[]; overall: Scores } {
  const scorer = join(config().root, 'test', 'eval', 'score.mjs');
  const tmp = mkdtempSync(join(tmpdir(), 'policy-graph-eval-'));
  const pairs: string[] = [];
  const perDocument: Scores[] = [];
  const f1 = (args: string[]) => {
    const r = JSON.parse(execFileSync(process.execPath, [scorer, ...args, '--json'], { encoding: 'utf8' }));
    return { links: r.links.f1, forums: r.forums.f1, commitments: r.commitments.f1 };
  };
  try {
    for (const gold of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const name = JSON.parse(readFileSync(join(goldDir, gold), 'utf8')).document as string;
      const out = join(tmp, `${name}.json`);
      writeFileSync(out, JSON.stringify(extractBytes(readFileSync(join(corpusDir, name)), { source: name })));
      pairs.push(join(goldDir, gold), out);
      perDocument.push({ document: name, ...f1([join(goldDir, gold), out]) });
    }
    return { perDocument, overall: { document: 'all', ...f1(pairs) } };
  } finally { rmSync(tmp, { recursive: true, force: true }); }
}
