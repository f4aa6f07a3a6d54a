// Extraction throughput at one size: one thread and worker threads on every core, beside raw
// nodejieba.tag over the same text in the same run; peak RSS of a streamed extraction of the whole
// corpus as one file. Fails if threads change the extraction.
//   npx tsx bench/extract.ts --size 1MB
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import { parseSize, writeCorpus } from './corpus.ts';
import { extractAll } from './extract-worker.ts';

export interface ExtractFigures {
  size: string; mb: number; files: number; sentences: number; commitments: number; threads: number;
  rawMBs: number; oneMBs: number; oneSentS: number; manyMBs: number; manySentS: number; ratioOne: number; ratioMany: number; rssMB: number;
}

function runWorkers(files: string[], n: number): Promise<ReturnType<typeof extractAll>> {
  const shares = Array.from({ length: n }, (_, i) => files.filter((_, j) => j % n === i));
  return Promise.all(shares.map((share) => new Promise<ReturnType<typeof extractAll>>((resolve, reject) => {
    const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { files: share, module: new URL('./extract-worker.ts', import.meta.url).href } });
    w.once('message', resolve);
    w.once('error', reject);
  }))).then((parts) => parts.flat());
}

/** Peak RSS of `policy-graph extract --format ndjson` over one file holding the whole corpus. */
function streamedRss(files: string[], dir: string): Promise<number> {
  const big = join(dir, '..', `${dir.split('/').pop()}-one-file.txt`);
  const out = createWriteStream(big);
  for (const f of files) out.write(readFileSync(f, 'utf8') + '\n\n');
  return new Promise((resolve) => out.end(() => {
    const r = spawnSync('/usr/bin/env', ['bash', '-c', `command time -f %M node bin/policy-graph.mjs extract '${big}' --format ndjson > /dev/null`], { encoding: 'utf8' });
    resolve(Number(r.stderr.trim().split('\n').pop()) / 1024);
  }));
}

export async function benchExtract(size: string): Promise<ExtractFigures> {
  const dir = `bench/out/corpus-${size}`;
  const files = writeCorpus(dir, parseSize(size));
  const mb = files.reduce((s, f) => s + statSync(f).size, 0) / 1e6;

  // Warm both sides first: nodejieba loads its dictionaries on the first call, the extractor its lexicons.
  nodejieba.tag('双方将深化合作');
  extractAll(files.slice(0, 2));

  const t0 = performance.now();
  for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) nodejieba.tag(line);
  const rawS = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const one = extractAll(files);
  const oneS = (performance.now() - t1) / 1000;

  const threads = availableParallelism();
  const t2 = performance.now();
  const many = await runWorkers(files, threads);
  const manyS = (performance.now() - t2) / 1000;

  const byFile = new Map(one.map((r) => [r.file, r.digest]));
  const differ = many.filter((r) => byFile.get(r.file) !== r.digest);
  if (differ.length || many.length !== one.length) throw new Error(`worker threads changed the extraction of ${differ.length} file(s), e.g. ${differ[0]?.file}`);

  const sentences = one.reduce((s, r) => s + r.sentences, 0);
  return {
    size, mb, files: files.length, sentences, commitments: one.reduce((s, r) => s + r.commitments, 0), threads,
    rawMBs: mb / rawS, oneMBs: mb / oneS, oneSentS: sentences / oneS, manyMBs: mb / manyS, manySentS: sentences / manyS,
    ratioOne: rawS / oneS, ratioMany: oneS / manyS, rssMB: await streamedRss(files, dir),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const size = args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB';
  console.log(await benchExtract(size));
}
