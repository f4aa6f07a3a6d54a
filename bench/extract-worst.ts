// Worst-case extraction speed: MB/s of each adversarial shape of bench/adversarial.ts beside the
// MB/s of typical statements of the same size, in the same run; writes its block to bench/RESULTS.md.
// Target: the worst shape at least 0.25× the typical speed (extraction is linear on any input).
//   npx tsx bench/extract-worst.ts [--size 1MB]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { extractText } from '../src/extract/extract-document.ts';
import { ADVERSARIAL, statement } from './adversarial.ts';
import { parseSize } from './corpus.ts';

const args = process.argv.slice(2);
const size = args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB';
const bytes = parseSize(size);

function speed(text: string): { mbs: number; s: number; sentences: number; cut: number } {
  const t = performance.now();
  const r = extractText(text);
  const s = (performance.now() - t) / 1000;
  return {
    mbs: Buffer.byteLength(text) / 1e6 / s,
    s,
    sentences: r.sentences.length,
    cut: r.diagnostics.filter((d) => d.code === 'long-sentence-cut').length,
  };
}

extractText(statement('zh', 3, 50_000) + statement('en', 4, 50_000)); // warm-up: lexicons, dictionaries, JIT
const rows: { name: string; mbs: number; s: number; sentences: number; cut: number }[] = [];
for (const [name, text] of [
  ['typical Chinese', statement('zh', 11, bytes)],
  ['typical English', statement('en', 12, bytes)],
] as const) {
  process.stderr.write(`[worst] ${name}…\n`);
  rows.push({ name, ...speed(text) });
}
const typical = (rows[0].mbs + rows[1].mbs) / 2;
for (const [name, gen] of Object.entries(ADVERSARIAL)) {
  process.stderr.write(`[worst] ${name}…\n`);
  rows.push({ name, ...speed(gen(bytes)) });
}
const worst = rows.slice(2).reduce((a, b) => (b.mbs < a.mbs ? b : a));
const f = (n: number, d = 2) => n.toFixed(d);
const command = `npx tsx bench/extract-worst.ts${args.length ? ' ' + args.join(' ') : ''}`;
const md = `## Run: \`${command}\`

Written on ${new Date().toISOString()}. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}; one thread, after a warm-up.
Inputs of ${size} each: typical statements (\`bench/corpus.ts\`) and the adversarial shapes of \`bench/adversarial.ts\`.

| input | MB/s | seconds | sentences | runs cut at ${'2000'} characters | × typical |
|---|---|---|---|---|---|
${rows.map((r) => `| ${r.name} | ${f(r.mbs, 3)} | ${f(r.s, 1)} | ${r.sentences} | ${r.cut} | ${f(r.mbs / typical)} |`).join('\n')}

Typical: ${f(typical, 3)} MB/s. Worst: **${worst.name}**, ${f(worst.mbs, 3)} MB/s = **${f(worst.mbs / typical)}× typical** (target ≥ 0.25).
`;
const file = 'bench/RESULTS.md';
const begin = `<!-- run: ${command} -->`,
  end = `<!-- end: ${command} -->`;
const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
const block = `${begin}\n${md}${end}\n`;
const at = old.indexOf(begin);
writeFileSync(
  file,
  at >= 0 ? old.slice(0, at) + block + old.slice(old.indexOf(end) + end.length + 1) : `${old.trimEnd()}\n\n${block}`,
);
process.stdout.write(md);
