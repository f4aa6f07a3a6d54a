import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBytes } from '../extract/extract-document.ts';
import { config } from '../config.ts';

/**
 * Scores the extractor on the hand-annotated gold files kept beside the project (../shared/gold; their
 * texts are the seed statements in data/documents) with the project's copy of the annotation scorer.
 */
export interface Scores { document: string; links: number; forums: number; commitments: number }

export const sharedGoldDir = () => join(config().root, '..', 'shared', 'gold');

export function evaluate(goldDir = sharedGoldDir(), corpusDir = join(config().root, 'data', 'documents')): { perDocument: Scores[]; overall: Scores } {
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

export async function printEvaluation(): Promise<number> {
  const dir = sharedGoldDir();
  if (!existsSync(dir)) {
    process.stderr.write(`error: no gold files at ${dir}. \`eval\` scores against the hand-annotated files kept beside the project (../shared/gold); copy them there to use it.\n`);
    return 1;
  }
  const { perDocument, overall } = evaluate(dir);
  for (const d of [...perDocument, overall]) console.log(`${d.document.padEnd(48)} links ${d.links.toFixed(3)}  forums ${d.forums.toFixed(3)}  commitments ${d.commitments.toFixed(3)}`);
  return 0;
}
