// Worker for bench/extract: extracts the files it is given and returns counts and a digest of
// each file's commitments, so the main thread can check that threads change nothing.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile } from '../src/extract/extract-document.ts';

export function extractAll(files: string[]) {
  return files.map((f) => {
    const r = extractFile(f);
    return { file: f, sentences: r.sentences.length, commitments: r.commitments.length, digest: createHash('sha256').update(JSON.stringify(r.commitments)).digest('hex') };
  });
}

if (parentPort) parentPort.postMessage(extractAll(workerData.files as string[]));
