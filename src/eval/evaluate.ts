import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { extractBytes } from '../extract/extract-document.ts';
import type { ExtractResult } from '../extract/types.ts';
import { goldDocs, scorerPath, type GoldDoc, type GoldSet } from './gold-sets.ts';
import { lossOf, type Loss } from './explain.ts';

/**
 * Scores the extractor on the gold sets with the annotation scorer (../shared/eval/score.mjs): one
 * scorer run per document, totals summed from its counts (the scorer's micro-average).
 */
export type Measure = 'links' | 'forums' | 'commitments';
export const MEASURES: readonly Measure[] = ['links', 'forums', 'commitments'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface ScorerResult extends Record<
  Measure,
  Counts & { f1: number; precision: number; recall: number; wrong: string[]; missed: string[] }
> {}

export interface DocScore {
  doc: GoldDoc;
  result: ScorerResult;
  loss: Loss;
}
export interface Row {
  label: string;
  docs: number;
  counts: Record<Measure, Counts>;
}

export const f1 = ({ tp, fp, fn }: Counts) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
export const precision = ({ tp, fp }: Counts) => (tp + fp ? tp / (tp + fp) : 0);

/**
 * One run of the scorer, in a worker thread of this process (its command line as `argv`, its output
 * read from the thread's stdout): a thread starts in a third of the time a new Node process takes,
 * which is most of an evaluation's time.
 */
async function score(root: string, pairs: string[]): Promise<ScorerResult> {
  const worker = new Worker(scorerPath(root), { argv: [...pairs, '--json'], stdout: true, stderr: true });
  let out = '',
    err = '';
  worker.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  worker.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const [[code]] = await Promise.all([once(worker, 'exit'), once(worker.stdout, 'end')]);
  if (code !== 0) throw new Error(`The scorer ${scorerPath(root)} failed (exit ${code}): ${err.trim() || out.trim()}`);
  return JSON.parse(out) as ScorerResult;
}

function sum(scores: { result: ScorerResult }[]): Record<Measure, Counts> {
  const out = Object.fromEntries(MEASURES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<Measure, Counts>;
  for (const s of scores)
    for (const m of MEASURES) for (const k of ['tp', 'fp', 'fn'] as const) out[m][k] += s.result[m][k];
  return out;
}

export interface Evaluation {
  documents: DocScore[];
  rows: Row[];
  /** Commitment precision of each set when only commitments of at least this confidence are kept. */
  byConfidence: { set: GoldSet; threshold: number; precision: number; recall: number; kept: number }[];
  missing: string[];
}

export async function evaluate(
  root: string,
  sets?: readonly GoldSet[],
  thresholds: number[] = [0.5, 0.8],
): Promise<Evaluation> {
  const { docs, missing } = goldDocs(root, sets);
  const tmp = mkdtempSync(join(tmpdir(), 'policy-graph-eval-'));
  // Scorer threads run while the next documents are extracted; a few at a time.
  const limit = pLimit(4);
  try {
    const outputs = new Map<GoldDoc, ExtractResult>();
    const pending = docs.map((doc) => {
      const out = extractBytes(readFileSync(doc.text), { source: doc.text });
      outputs.set(doc, out);
      const file = join(tmp, `${doc.set}-${doc.name}.json`);
      writeFileSync(file, JSON.stringify(out));
      return limit(async (): Promise<DocScore> => {
        const result = await score(root, [doc.gold, file]);
        return { doc, result, loss: lossOf(doc.name, result) };
      });
    });
    const documents = await Promise.all(pending);
    const rows: Row[] = [];
    for (const set of new Set(documents.map((d) => d.doc.set))) {
      const inSet = documents.filter((d) => d.doc.set === set);
      for (const lang of ['zh', 'en'] as const) {
        const part = inSet.filter((d) => d.doc.language === lang);
        if (part.length) rows.push({ label: `${set} ${lang}`, docs: part.length, counts: sum(part) });
      }
      rows.push({ label: `${set} all`, docs: inSet.length, counts: sum(inSet) });
    }
    const byConfidence: Evaluation['byConfidence'] = [];
    for (const set of new Set(documents.map((d) => d.doc.set))) {
      for (const threshold of thresholds) {
        const pairs: string[] = [];
        let kept = 0;
        for (const d of documents.filter((x) => x.doc.set === set)) {
          const out = outputs.get(d.doc)!;
          const commitments = out.commitments.filter((c) => (c.confidence ?? 1) >= threshold);
          kept += commitments.length;
          const file = join(tmp, `${set}-${d.doc.name}-${threshold}.json`);
          writeFileSync(file, JSON.stringify({ ...out, commitments }));
          pairs.push(d.doc.gold, file);
        }
        const r = (await score(root, pairs)).commitments;
        byConfidence.push({
          set,
          threshold,
          precision: precision(r),
          recall: r.tp + r.fn ? r.tp / (r.tp + r.fn) : 0,
          kept,
        });
      }
    }
    return { documents, rows, byConfidence, missing };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
