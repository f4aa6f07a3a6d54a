// Worst-case extraction speed: MB/s of each adversarial shape of bench/adversarial.ts beside the
// MB/s of typical statements of the same size, in the same run; writes its block to bench/RESULTS.md.
// Target: the worst shape at least 0.25× the typical speed (extraction is linear on any input).
//   npx tsx bench/extract-worst.ts [--size 1MB] [--cap SECONDS] [--src DIR]
// Each input is extracted in its own process, after a warm-up there, and stopped after --cap
// seconds (default 120): an input that does not end is a row of its own, not a bench that hangs.
// --src DIR measures the extractor of another copy of the project (for example an earlier commit:
// `git archive COMMIT | tar -x -C DIR`, with node_modules linked) on the same inputs.
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ADVERSARIAL, statement } from './adversarial.ts';
import { parseSize } from './corpus.ts';
import { writeResultsBlock } from './results-block.mjs';

const args = process.argv.slice(2);
const get = (flag: string, fallback: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const size = get('--size', '1MB');
const bytes = parseSize(size);
const capS = Number(get('--cap', '120'));
const src = args.includes('--src') ? resolve(get('--src', '.')) : null;

const INPUTS: Record<string, () => string> = {
  'typical Chinese': () => statement('zh', 11, bytes),
  'typical English': () => statement('en', 12, bytes),
  ...Object.fromEntries(Object.entries(ADVERSARIAL).map(([name, gen]) => [name, () => gen(bytes)])),
};

interface Timing {
  s: number;
  sentences: number;
  cut: number;
}

// ---- one input, in a process of its own --------------------------------------------------------
if (args.includes('--one')) {
  const extractor = src
    ? ((await import(`${src}/src/extract/extract-document.ts`)) as typeof import('../src/extract/extract-document.ts'))
    : await import('../src/extract/extract-document.ts');
  const text = INPUTS[get('--one', '')]();
  extractor.extractText(statement('zh', 3, 50_000) + statement('en', 4, 50_000)); // warm-up: lexicons, dictionaries, JIT
  process.stdout.write('ready\n');
  const t = performance.now();
  const r = extractor.extractText(text);
  const timing: Timing = {
    s: (performance.now() - t) / 1000,
    sentences: r.sentences.length,
    cut: (r.diagnostics ?? []).filter((d: { code: string }) => d.code === 'long-sentence-cut').length,
  };
  process.stdout.write(`${JSON.stringify(timing)}\n`);
  process.exit(0);
}

/** Runs one input in a child process; null if it was still running after the cap. */
function measure(name: string): Promise<Timing | null> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...args, '--one', name], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  let timer: NodeJS.Timeout | undefined;
  child.stdout.on('data', (d) => {
    out += d;
    if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), capS * 1000);
  });
  return new Promise((done, fail) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && timer) return done(null);
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) return fail(new Error(`${name}: the measuring process exited ${code}`));
      done(JSON.parse(last) as Timing);
    });
  });
}

const rows: { name: string; mb: number; t: Timing | null }[] = [];
const load0 = loadavg()[0];
for (const name of Object.keys(INPUTS)) {
  process.stderr.write(`[worst] ${name}…\n`);
  rows.push({ name, mb: Buffer.byteLength(INPUTS[name]()) / 1e6, t: await measure(name) });
}
const load1 = loadavg()[0];
// A stopped input ran for at least the cap: its MB/s is at most size / cap ("<").
const mbs = (x: (typeof rows)[number]) => (x.t ? x.mb / x.t.s : x.mb / capS);
if (!rows[0].t || !rows[1].t) throw new Error('typical text did not finish within the cap: raise --cap');
const typical = (mbs(rows[0]) + mbs(rows[1])) / 2;
const worst = rows.slice(2).reduce((a, b) => (mbs(b) < mbs(a) ? b : a));
const f = (n: number, d = 2) => n.toFixed(d);
const lt = (x: (typeof rows)[number]) => (x.t ? '' : '< ');
const command = `npx tsx bench/extract-worst.ts${args.length ? ' ' + args.join(' ') : ''}`;
const md = `## Run: \`${command}\`

Written on ${new Date().toISOString()}. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}, load average ${f(load0, 1)} at the start and ${f(load1, 1)} at the end; one thread, each input in its own process after a warm-up, stopped after ${capS} s.
Extractor: ${src ? `\`${src}\`` : 'this checkout'}. Inputs of ${size} each: typical statements (\`bench/corpus.ts\`) and the adversarial shapes of \`bench/adversarial.ts\`.

| input | MB/s | seconds | sentences | runs cut at 2000 characters | × typical |
|---|---|---|---|---|---|
${rows.map((x) => (x.t ? `| ${x.name} | ${f(mbs(x), 3)} | ${f(x.t.s, 1)} | ${x.t.sentences} | ${x.t.cut} | ${f(mbs(x) / typical)} |` : `| ${x.name} | < ${f(mbs(x), 3)} | stopped after ${capS} | — | — | < ${f(mbs(x) / typical)} |`)).join('\n')}

Typical: ${f(typical, 3)} MB/s. Worst: **${worst.name}**, ${lt(worst)}${f(mbs(worst), 3)} MB/s = **${lt(worst)}${f(mbs(worst) / typical)}× typical** (target ≥ 0.25).
`;
const file = 'bench/RESULTS.md';
writeResultsBlock(file, command, md);
process.stdout.write(md);
