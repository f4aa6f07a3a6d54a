// Extraction speed of this checkout beside another one (e.g. a clone at an earlier commit), in the
// same run: each tree extracts the same texts in a process of its own, turn about, and the medians
// are compared. Start-up (dictionaries, lexicons) is left out: it is measured by bench/startup.mjs.
//   npm run build && node bench/compare-extract.mjs --other ../before [--rounds 5] [--repeat 3]
// The texts: every .txt of ../shared/corpus (with pool/) and data/documents, the real statements.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';

const { values } = parseArgs({
  options: {
    other: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    repeat: { type: 'string', default: '3' },
  },
});
if (!values.other) {
  console.error(
    'Usage: node bench/compare-extract.mjs --other DIR [--rounds 5] [--repeat 3]\nDIR is another checkout with a built dist/ (npm ci there).',
  );
  process.exit(2);
}
const here = resolve(import.meta.dirname, '..');
const other = resolve(values.other);
// A tree's extractor: its build, or (a checkout from before the build existed) its TypeScript through its own tsx.
const entry = (tree) => {
  if (existsSync(join(tree, 'dist/extract/extract-document.js')))
    return { args: [], module: join(tree, 'dist/extract/extract-document.js') };
  const tsx = join(tree, 'node_modules/tsx/dist/esm/index.mjs');
  if (existsSync(tsx) && existsSync(join(tree, 'src/extract/extract-document.ts')))
    return { args: ['--import', tsx], module: join(tree, 'src/extract/extract-document.ts') };
  console.error(`${tree} has neither dist/extract/extract-document.js nor src/ with tsx: run npm ci there first.`);
  process.exit(2);
};
for (const tree of [here, other]) entry(tree);
const dirs = [join(here, '../shared/corpus'), join(here, '../shared/corpus/pool'), join(here, 'data/documents')];
const files = dirs.filter(existsSync).flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(d, f)),
);

// One timing in a fresh process: warm up on every file once, then extract them all `repeat` times.
const child = `
const { extractFile } = await import(process.argv[1]);
const files = JSON.parse(process.argv[2]);
let bytes = 0, commitments = 0;
for (const f of files) extractFile(f);
const t = performance.now();
for (let i = 0; i < Number(process.argv[3]); i++)
  for (const f of files) { const r = extractFile(f); commitments += r.commitments.length; bytes += r.sentences.reduce((n, s) => n + s.text.length, 0); }
console.log(JSON.stringify({ ms: performance.now() - t, bytes, commitments }));
`;
const time = (tree) => {
  const { args, module } = entry(tree);
  const out = execFileSync(
    process.execPath,
    [...args, '--input-type=module', '-e', child, module, JSON.stringify(files), values.repeat],
    {
      encoding: 'utf8',
      cwd: tree,
    },
  );
  return JSON.parse(out);
};
const runs = { here: [], other: [] };
const load0 = loadavg()[0];
for (let r = 0; r < Number(values.rounds); r++) {
  runs.other.push(time(other));
  runs.here.push(time(here));
}
const median = (xs) => xs.map((x) => x.ms).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [a, b] = [median(runs.other), median(runs.here)];
console.log(
  `${files.length} texts × ${values.repeat}, ${values.rounds} rounds, load ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
);
console.log(`other (${other}): median ${a.toFixed(0)} ms, ${runs.other[0].commitments} commitments`);
console.log(`this  (${here}): median ${b.toFixed(0)} ms, ${runs.here[0].commitments} commitments`);
console.log(`this / other time: ${(b / a).toFixed(2)}× (above 1.10 is a slowdown of more than 10%)`);
