import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Graph } from '../graph/graph.ts';
import { checkKind, ExportInputError, exportTo, parseFilter } from '../export/export.ts';
import { str, UsageError, type Args } from './args.ts';

const OPTION: Record<string, string> = { documents: 'documents', dateFrom: 'date-from', dateTo: 'date-to', language: 'language', actor: 'actor', polarity: 'polarity', forum: 'forum', domain: 'domain' };

/** `policy-graph export`: commitments or links, streamed to a file or standard output. */
export async function cmdExport(args: Args, connect: () => Promise<Graph>): Promise<number> {
  if (args._.length) throw new UsageError(`export takes options only (got "${args._[0]}"); write to a file with --out FILE.`);
  let opts;
  try {
    opts = { ...checkKind(str(args, 'what') ?? 'commitments', str(args, 'format') ?? 'csv'), filter: parseFilter((k) => str(args, OPTION[k]), (k) => `--${OPTION[k]}`), bom: args.opts.bom === true };
  } catch (e) {
    if (e instanceof ExportInputError) throw new UsageError(e.message);
    throw e;
  }
  const file = str(args, 'out');
  const graph = await connect();
  const out: Writable = file ? createWriteStream(file) : process.stdout;
  try {
    if (file) await once(out, 'open').catch((e: Error) => { throw new UsageError(`--out ${file}: cannot write there (${e.message}).`); });
    const n = await exportTo(graph, opts, out);
    if (file) { out.end(); await once(out, 'finish'); }
    process.stderr.write(`${n} ${opts.what} exported${file ? ` to ${file}` : ''}.\n`);
    return 0;
  } finally { await graph.close(); }
}
