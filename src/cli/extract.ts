import { existsSync, statSync } from 'node:fs';
import { extractFile, extractFileStream, type ExtractOptions } from '../extract/extract-document.ts';
import { align, alignInput } from '../extract/align.ts';
import { InputError } from '../text/input-error.ts';
import { documentIdOf } from '../text/document-id.ts';
import { optionsFor } from '../pipeline/manifest.ts';

/** The options `extract` and `ingest` share, as the command line gives them. */
export interface ReadingOptions {
  id?: string;
  lang: 'auto' | 'zh' | 'en';
  title?: string;
  parties?: string[];
  date?: string;
  translationOf?: string;
  replaceInvalid?: boolean;
}

const isFile = (path: string | undefined): path is string => !!path && existsSync(path) && statSync(path).isFile();

export function extractOptions(o: ReadingOptions): ExtractOptions {
  if (o.id !== undefined && !o.id.trim()) throw new InputError('--id', 'needs a non-empty value.');
  return {
    id: o.id,
    lang: o.lang,
    title: o.title,
    date: o.date,
    parties: o.parties,
    replaceInvalid: o.replaceInvalid === true,
    // A path names the original by its document id (file name without extension).
    translationOf: isFile(o.translationOf) ? documentIdOf(o.translationOf) : o.translationOf,
  };
}

const line = (value: object) => process.stdout.write(JSON.stringify(value) + '\n');

export async function extract(files: string[], o: ReadingOptions & { format: 'json' | 'ndjson' }): Promise<number> {
  const opts = extractOptions(o);
  if (opts.id !== undefined && files.length !== 1) {
    process.stderr.write('error: --id names one document: give exactly one FILE with it.\n');
    return 2;
  }
  const originalFile = isFile(o.translationOf) ? o.translationOf : undefined;
  // The original as it would be loaded: its own id and its folder's manifest.
  const original = originalFile
    ? extractFile(originalFile, optionsFor(originalFile, { replaceInvalid: opts.replaceInvalid }))
    : null;
  let failed = 0;
  const results = [];
  for (const file of files) {
    try {
      if (o.format === 'ndjson' && !original) {
        // Streamed: memory stays flat however large the file.
        const stream = extractFileStream(file, optionsFor(file, opts));
        let ev = stream.next();
        for (; !ev.done; ev = stream.next()) {
          const e = ev.value;
          const body = e.type === 'sentence' ? e.sentence : e.type === 'commitment' ? e.commitment : e.diagnostic;
          line({ type: e.type, source: file, ...body });
        }
        line({ type: 'document', ...ev.value });
        continue;
      }
      const r: ReturnType<typeof extractFile> & { alignment?: unknown } = extractFile(file, optionsFor(file, opts));
      if (original) {
        const a = align(alignInput(original), alignInput(r));
        r.alignment = { original: originalFile, ...a };
        for (const d of a.disagreements) {
          r.diagnostics.push({
            level: 'warning',
            code: 'translation-disagreement',
            message: `${d.kind} ${d.id} only in the ${d.onlyIn} (original sentences ${d.original.join(',')}, translation sentences ${d.translation.join(',')})`,
            sentence: d.translation[0],
          });
        }
      }
      if (o.format === 'ndjson') {
        line({ type: 'document', ...r.document });
        for (const s of r.sentences) line({ type: 'sentence', source: file, ...s });
        for (const c of r.commitments) line({ type: 'commitment', source: file, ...c });
        for (const d of r.diagnostics) line({ type: 'diagnostic', source: file, ...d });
      } else results.push(r);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`error: ${e.message}\n`);
      failed++;
    }
  }
  if (o.format === 'json' && results.length)
    process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : { documents: results }, null, 2) + '\n');
  return failed ? 1 : 0;
}
