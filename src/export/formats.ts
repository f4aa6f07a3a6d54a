import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';

/**
 * The three export formats, written to any Writable with backpressure: CSV (RFC 4180: header,
 * CRLF, fields quoted where needed; optional UTF-8 BOM for Excel), JSON Lines, GraphML (for Gephi
 * and yEd, with a `label` on every node and edge).
 */
export type Format = 'csv' | 'jsonl' | 'graphml';
export const FORMATS: readonly Format[] = ['csv', 'jsonl', 'graphml'];

/** Waits until the stream takes more (or fails). */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', ok);
      out.off('error', done);
      out.off('close', closed);
      if (err) reject(err);
      else resolve();
    };
    const ok = () => done();
    const closed = () => done(new Error('the output was closed before the export finished'));
    out.once('drain', ok);
    out.once('error', done);
    out.once('close', closed);
  });
}

export async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await drained(out);
}

/** A CSV writer: `row` takes values in header order. */
export function csvWriter(out: Writable, header: string[], bom: boolean) {
  // A bare LF inside a field is quoted too (the delimiter is CRLF): Excel and pandas read LF as a line end.
  const csv = stringify({ header: true, columns: header, bom, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  let pending = '';
  csv.on('data', (d: Buffer | string) => {
    pending += d.toString();
  });
  const flush = async () => {
    if (pending) {
      const s = pending;
      pending = '';
      await write(out, s);
    }
  };
  return {
    async row(values: unknown[]) {
      csv.write(values.map(cell));
      await flush();
    },
    async end() {
      await new Promise<void>((resolve) => {
        csv.once('end', resolve);
        csv.end();
      });
      await flush();
    },
  };
}

/** Lists become `;`-joined cells; null and undefined become empty cells. */
function cell(v: unknown): string | number | boolean {
  if (v == null) return '';
  if (Array.isArray(v)) return v.join(';');
  return v as string | number | boolean;
}

export const jsonLine = (value: unknown) => JSON.stringify(value) + '\n';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 does not allow, even escaped, are dropped from values (matching them is the point).
export const xml = (v: unknown) =>
  String(v)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** A data key; `name` (attr.name, default the id) is what Gephi and yEd show, e.g. `label`. */
export interface GraphmlKey {
  id: string;
  name?: string;
  for: 'node' | 'edge';
  type: 'string' | 'int' | 'double' | 'boolean';
}

/** GraphML: the header with its attribute keys, then nodes and edges as they come, then the footer. */
export function graphmlWriter(out: Writable, keys: GraphmlKey[]) {
  const data = (attrs: Record<string, unknown>) =>
    Object.entries(attrs)
      .filter(([, v]) => v != null && v !== '')
      .map(([k, v]) => `<data key="${xml(k)}">${xml(v)}</data>`)
      .join('');
  return {
    start: () =>
      write(
        out,
        `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys.map((k) => `<key id="${xml(k.id)}" for="${k.for}" attr.name="${xml(k.name ?? k.id)}" attr.type="${k.type}"/>`).join('\n')}\n<graph id="policy-graph" edgedefault="directed">\n`,
      ),
    node: (id: string, attrs: Record<string, unknown>) => write(out, `<node id="${xml(id)}">${data(attrs)}</node>\n`),
    edge: (id: string, source: string, target: string, attrs: Record<string, unknown>) =>
      write(out, `<edge id="${xml(id)}" source="${xml(source)}" target="${xml(target)}">${data(attrs)}</edge>\n`),
    end: () => write(out, '</graph>\n</graphml>\n'),
  };
}
