// Worker for bench/extract: warms up (lexicons, nodejieba's dictionaries, compromise), says it is
// ready, then extracts one file per message and answers with counts and a digest of the file's
// commitments, so the main thread can check that threads change nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile } from '../src/extract/extract-document.ts';
import { segmenter } from '../src/extract/zh/segmenter.ts';

export interface FileFigures {
  file: string;
  sentences: number;
  commitments: number;
  digest: string;
}

export function extractOne(file: string): FileFigures {
  const r = extractFile(file);
  return {
    file,
    sentences: r.sentences.length,
    commitments: r.commitments.length,
    digest: createHash('sha256').update(JSON.stringify(r.commitments)).digest('hex'),
  };
}

/** Raw nodejieba.tag (loaded as extraction loads it) over a file's lines: the baseline, and on several threads the machine's ceiling. */
export function tagOne(file: string): FileFigures {
  let tokens = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) tokens += segmenter().tag(line).length;
  return { file, sentences: 0, commitments: tokens, digest: '' };
}

/** Loads everything and lets the JIT compile the hot paths, on the same files on every thread. */
export function warmUp(files: string[]): void {
  for (const f of files) {
    extractFile(f);
    tagOne(f);
  }
}

if (parentPort) {
  const port = parentPort;
  warmUp(workerData.warmUp as string[]);
  port.on('message', (job: { file: string; raw: boolean } | null) => {
    if (job === null) {
      port.close();
      return;
    }
    port.postMessage(job.raw ? tagOne(job.file) : extractOne(job.file));
  });
  port.postMessage('ready');
}
