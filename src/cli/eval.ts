import { config } from '../config.ts';
import { evaluate, f1, MEASURES, type Evaluation } from '../eval/evaluate.ts';
import { CAUSES, type Cause } from '../eval/explain.ts';
import { GOLD_SETS, type GoldSet } from '../eval/gold-sets.ts';

/**
 * `policy-graph eval [--set shared,dev,check,synthetic] [--explain] [--json]`: F1 per document and per set and
 * language; with --explain, where the commitment score is lost, and the worst sentences of the sets
 * one may tune on (never of `check`, which is for measuring only).
 */
export async function runEval(opts: {
  sets?: string;
  explain?: boolean;
  json?: boolean;
  worst?: number;
}): Promise<number> {
  const sets = (opts.sets ? opts.sets.split(',').map((s) => s.trim()) : GOLD_SETS) as GoldSet[];
  const unknown = sets.filter((s) => !GOLD_SETS.includes(s));
  if (unknown.length) throw new Error(`Unknown gold set ${unknown.join(', ')}: use ${GOLD_SETS.join(', ')}.`);
  const ev = await evaluate(config().root, sets);
  for (const m of ev.missing) process.stderr.write(`eval: skipped ${m}\n`);
  if (opts.json) {
    console.log(JSON.stringify(jsonOf(ev), null, 1));
    return ev.documents.length ? 0 : 1;
  }
  if (!ev.documents.length) {
    process.stderr.write('eval: no gold document could be read (is ../shared beside the project?).\n');
    return 1;
  }
  const fmt = (x: number) => x.toFixed(3);
  for (const d of ev.documents) {
    const s = (m: (typeof MEASURES)[number]) => fmt(d.result[m].f1);
    console.log(
      `${d.doc.set.padEnd(9)} ${d.doc.name.padEnd(52)} links ${s('links')}  forums ${s('forums')}  commitments ${s('commitments')}`,
    );
  }
  console.log('');
  console.log(`${'set'.padEnd(14)} docs  links  forums  commitments`);
  for (const r of ev.rows)
    console.log(
      `${r.label.padEnd(14)} ${String(r.docs).padStart(4)}  ${fmt(f1(r.counts.links))}  ${fmt(f1(r.counts.forums))}   ${fmt(f1(r.counts.commitments))}`,
    );
  console.log('');
  for (const c of ev.byConfidence)
    console.log(
      `${c.set.padEnd(9)} confidence ≥ ${c.threshold}: commitment precision ${fmt(c.precision)}, recall ${fmt(c.recall)} (${c.kept} kept)`,
    );
  if (opts.explain) explain(ev, opts.worst ?? 15);
  return 0;
}

function explain(ev: Evaluation, worst: number) {
  console.log(
    '\nWhere the commitment score is lost (missed gold keys and wrong predicted keys, by the part that differs):',
  );
  console.log(`${'set'.padEnd(9)} ${'document'.padEnd(52)} ${CAUSES.map((c) => c.padStart(8)).join(' ')}`);
  const totals = new Map<string, Record<Cause, number>>();
  for (const d of ev.documents) {
    console.log(
      `${d.doc.set.padEnd(9)} ${d.doc.name.padEnd(52)} ${CAUSES.map((c) => String(d.loss.causes[c]).padStart(8)).join(' ')}`,
    );
    const t = totals.get(d.doc.set) ?? (Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>);
    for (const c of CAUSES) t[c] += d.loss.causes[c];
    totals.set(d.doc.set, t);
  }
  for (const [set, t] of totals)
    console.log(`${set.padEnd(9)} ${'total'.padEnd(52)} ${CAUSES.map((c) => String(t[c]).padStart(8)).join(' ')}`);
  const tunable = ev.documents.filter((d) => d.doc.set !== 'check').flatMap((d) => d.loss.sentences);
  tunable.sort((a, b) => b.missed.length + b.wrong.length - (a.missed.length + a.wrong.length));
  if (ev.documents.some((d) => d.doc.set === 'check'))
    console.log('\n(check documents are scored only: their sentences are not listed.)');
  console.log(
    `\nWorst sentences of ${[...new Set(ev.documents.filter((d) => d.doc.set !== 'check').map((d) => d.doc.set))].join(' and ') || 'no tunable set'}:`,
  );
  for (const s of tunable.slice(0, worst)) {
    console.log(`  ${s.where}`);
    for (const m of s.missed) console.log(`    missed ${m}`);
    for (const w of s.wrong) console.log(`    wrong  ${w}`);
  }
}

function jsonOf(ev: Evaluation) {
  return {
    documents: ev.documents.map((d) => ({
      set: d.doc.set,
      document: d.doc.name,
      ...Object.fromEntries(MEASURES.map((m) => [m, d.result[m].f1])),
      loss: d.loss.causes,
    })),
    totals: ev.rows.map((r) => ({
      set: r.label,
      docs: r.docs,
      ...Object.fromEntries(MEASURES.map((m) => [m, f1(r.counts[m])])),
    })),
    byConfidence: ev.byConfidence,
  };
}
