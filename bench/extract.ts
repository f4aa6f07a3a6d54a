// Extraction throughput at one size: one thread and worker threads on every core, beside raw
// nodejieba.tag over the same text in the same run; peak RSS of a streamed extraction of the whole
// corpus as one file. Fails if threads change the extraction.
//   npx tsx bench/extract.ts --size 1MB
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseSize, writeCorpus } from './corpus.ts';
import { extractOne, tagOne, warmUp, type FileFigures } from './extract-worker.ts';

export interface ExtractFigures {
  size: string;
  mb: number;
  files: number;
  sentences: number;
  commitments: number;
  threads: number;
  rawMBs: number;
  oneMBs: number;
  oneSentS: number;
  manyMBs: number;
  manySentS: number;
  ratioOne: number;
  ratioMany: number;
  rssMB: number;
  startS: number;
  rawSpeedUp: number;
}

/**
 * A pool of `n` workers. Each starts once (tsx, lexicons, dictionaries: timed as `startS`), then
 * takes the next file as soon as it is free, so a slow file does not hold back the others.
 */
async function startPool(n: number, warm: string[]): Promise<{ workers: Worker[]; startS: number }> {
  const t0 = performance.now();
  const workers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Worker>((resolve, reject) => {
          const w = new Worker(new URL('../src/pipeline/worker-entry.mjs', import.meta.url), {
            workerData: { module: new URL('./extract-worker.ts', import.meta.url).href, warmUp: warm },
          });
          w.once('message', () => resolve(w));
          w.once('error', reject);
        }),
    ),
  );
  return { workers, startS: (performance.now() - t0) / 1000 };
}

/** Runs the files through the pool; `raw` tags them with nodejieba only. Returns results and seconds. */
async function runPool(
  workers: Worker[],
  files: string[],
  raw: boolean,
): Promise<{ results: FileFigures[]; runS: number }> {
  const t1 = performance.now();
  const results: FileFigures[] = [];
  let next = 0;
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const give = () => {
            if (next < files.length) w.postMessage({ file: files[next++], raw });
            else {
              w.off('message', take);
              w.off('error', reject);
              resolve();
            }
          };
          const take = (r: FileFigures) => {
            results.push(r);
            give();
          };
          w.on('message', take);
          w.once('error', reject);
          give();
        }),
    ),
  );
  return { results, runS: (performance.now() - t1) / 1000 };
}

/** Peak RSS of `policy-graph extract --format ndjson` over one file holding the whole corpus. */
function streamedRss(files: string[], dir: string): Promise<number> {
  const big = join(dir, '..', `${dir.split('/').pop()}-one-file.txt`);
  const out = createWriteStream(big);
  for (const f of files) out.write(readFileSync(f, 'utf8') + '\n\n');
  return new Promise((resolve) =>
    out.end(() => {
      const r = spawnSync(
        '/usr/bin/env',
        ['bash', '-c', `command time -f %M node bin/policy-graph.mjs extract '${big}' --format ndjson > /dev/null`],
        { encoding: 'utf8' },
      );
      resolve(Number(r.stderr.trim().split('\n').pop()) / 1024);
    }),
  );
}

export async function benchExtract(size: string): Promise<ExtractFigures> {
  const dir = `bench/out/corpus-${size}`;
  const files = writeCorpus(dir, parseSize(size));
  const mb = files.reduce((s, f) => s + statSync(f).size, 0) / 1e6;

  // Warm both sides first, on the first 2 MB of the corpus (all of it at 1 MB): nodejieba loads its dictionaries
  // on the first call, the extractor its lexicons and, at its first English clause, compromise; and V8 compiles
  // the hot code over the first pass (a few hundred optimisations, which made a first pass 3-5x slower than the
  // next). The timed passes then measure the steady state a long-running extraction service runs in, on both sides.
  let warmBytes = 0;
  const warm = files.filter((f) => (warmBytes += statSync(f).size) <= 2e6 || warmBytes === statSync(f).size);
  warmUp(warm);

  const t0 = performance.now();
  files.forEach(tagOne);
  const rawS = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const one = files.map(extractOne);
  const oneS = (performance.now() - t1) / 1000;

  const threads = availableParallelism();
  const { workers, startS } = await startPool(threads, warm);
  const { results: many, runS: manyS } = await runPool(workers, files, false);
  const { runS: rawManyS } = await runPool(workers, files, true);
  await Promise.all(workers.map((w) => w.terminate()));

  const byFile = new Map(one.map((r) => [r.file, r.digest]));
  const differ = many.filter((r) => byFile.get(r.file) !== r.digest);
  if (differ.length || many.length !== one.length)
    throw new Error(`worker threads changed the extraction of ${differ.length} file(s), e.g. ${differ[0]?.file}`);

  const sentences = one.reduce((s, r) => s + r.sentences, 0);
  return {
    size,
    mb,
    files: files.length,
    sentences,
    commitments: one.reduce((s, r) => s + r.commitments, 0),
    threads,
    rawMBs: mb / rawS,
    oneMBs: mb / oneS,
    oneSentS: sentences / oneS,
    manyMBs: mb / manyS,
    manySentS: sentences / manyS,
    ratioOne: rawS / oneS,
    ratioMany: oneS / manyS,
    rssMB: await streamedRss(files, dir),
    startS,
    rawSpeedUp: rawS / rawManyS,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const size = args.includes('--size') ? args[args.indexOf('--size') + 1] : '1MB';
  console.log(await benchExtract(size));
}
