// Start-up cost of the CLI as a user pays it, each figure beside `node -e 0` measured in the same run:
//   - `policy-graph --help`: whole-process wall time, median of 10 runs;
//   - `policy-graph extract` of the seed statement, each language on its own: CPU time (user + system) of the
//     whole process, median of 5.
//   node bench/startup.mjs            print the figures
//   node bench/startup.mjs --write    also write them into their block of bench/RESULTS.md
// Plain JavaScript on purpose: it measures the built CLI (bin/ → dist/) and needs no build itself.
// CPU time of a child is read from /proc/self/stat (children's user and system ticks), so this runs on Linux.
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResultsBlock } from './results-block.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'policy-graph.mjs');
const seed = (lang) => join(root, 'data', 'documents', `cn-ru-2023-joint-statement-part3.${lang}.txt`);
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** Seconds of CPU used by this process's finished children so far (cutime + cstime). */
function childrenCpu() {
  // Fields after the command name (which is in parentheses and may hold spaces); cutime and cstime are fields 16 and 17.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
}

function run(args) {
  const cpu0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { wall, cpu: childrenCpu() - cpu0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(args, n) {
  run(args); // warm the file cache
  const runs = Array.from({ length: n }, () => run(args));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

const loadAtStart = loadavg()[0].toFixed(1);
const node = measure(['-e', '0'], 10);
const help = measure([bin, '--help'], 10);
const extractZh = measure([bin, 'extract', seed('zh')], 5);
const extractEn = measure([bin, 'extract', seed('en')], 5);
const f = (s) => s.toFixed(3);
const rows = [
  ['`node -e 0`', node, '—'],
  ['`policy-graph --help`', help, '≤ 0.3 s wall'],
  ['`policy-graph extract` of the seed (`cn-ru-2023-joint-statement-part3.zh.txt`, 6 KB)', extractZh, '≤ 1.0 s CPU'],
  ['`policy-graph extract` of the seed (`cn-ru-2023-joint-statement-part3.en.txt`, 9 KB)', extractEn, '≤ 1.0 s CPU'],
];
const md = `## Start-up: \`node bench/startup.mjs\`

Written on ${new Date().toISOString()}. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}, load average ${loadAtStart} at the start and ${loadavg()[0].toFixed(1)} at the end.
Whole processes as a user starts them (\`node bin/policy-graph.mjs …\`, the compiled CLI in \`dist/\`); medians of 10 runs (\`extract\`: 5), after one warm-up run each.

| command | wall s | CPU s (user + system) | target |
|---|---|---|---|
${rows.map(([name, m, target]) => `| ${name} | ${f(m.wall)} | ${f(m.cpu)} | ${target} |`).join('\n')}
`;
process.stdout.write(md);

if (process.argv.includes('--write')) {
  const file = join(root, 'bench', 'RESULTS.md');
  writeResultsBlock(file, 'node bench/startup.mjs', md);
}
