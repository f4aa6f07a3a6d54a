import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { checkKind, ExportInputError, exportTo, parseFilter } from '../export/export.ts';
import { connect } from './connect.ts';

export interface ExportCliOptions {
  format: string;
  what: string;
  out?: string;
  bom?: boolean;
  [filter: string]: string | boolean | undefined;
}

// Commander's names of the filter options (camelCase of --date-from …) are the filter's own keys.
const optionName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** `policy-graph export`: commitments or links, streamed to a file or standard output. */
export async function exportCommand(opts: ExportCliOptions): Promise<number> {
  let options;
  try {
    const filter = parseFilter((k) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined), optionName);
    options = { ...checkKind(opts.what, opts.format), filter, bom: opts.bom === true };
  } catch (e) {
    if (!(e instanceof ExportInputError)) throw e;
    process.stderr.write(`error: ${e.message}\n`);
    return 2;
  }
  const graph = await connect();
  const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
  try {
    if (opts.out) {
      await once(out, 'open').catch((e: Error) => {
        throw new Error(`--out ${opts.out}: cannot write there (${e.message}).`);
      });
    }
    const n = await exportTo(graph, options, out);
    if (opts.out) {
      out.end();
      await once(out, 'finish');
    }
    process.stderr.write(`${n} ${options.what} exported${opts.out ? ` to ${opts.out}` : ''}.\n`);
    return 0;
  } finally {
    await graph.close();
  }
}
