import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphError, type Graph } from '../graph/graph.ts';
import { checkKind, contentType, ExportInputError, exportTo, fileName, parseFilter } from '../export/export.ts';

/**
 * Downloads: GET /export/commitments.csv, /export/links.graphml, … with the map's filters as URL
 * parameters (documents=a,b&dateFrom=2020-01-01&language=en&actor=CN&polarity=oppose&forum=&domain=)
 * and bom=1 for Excel. The body streams as it is read from Neo4j. Returns false for other paths.
 */
export async function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  graph: Graph,
): Promise<{ status: number } | false> {
  const m = /^\/export\/([a-z]+)\.([a-z]+)$/.exec(url.pathname);
  if (!m) return false;
  const fail = (status: number, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: message }));
    return { status };
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'Exports are downloaded with GET.');
  let opts;
  try {
    opts = {
      ...checkKind(m[1], m[2]),
      filter: parseFilter(
        (k) => url.searchParams.get(k) ?? undefined,
        (k) => `${k}=`,
      ),
      bom: ['1', 'true', 'yes'].includes(url.searchParams.get('bom') ?? ''),
    };
  } catch (e) {
    if (e instanceof ExportInputError)
      return fail(
        400,
        `${e.message} (exports: /export/commitments.csv|jsonl|graphml, /export/links.csv|jsonl|graphml)`,
      );
    throw e;
  }
  // Headers are set, not sent: they leave with the first bytes, so an error before any row still gets a status of its own.
  const headers = {
    'content-type': contentType[opts.format],
    'content-disposition': `attachment; filename="${fileName(opts.what, opts.format)}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.statusCode = 200;
  if (req.method === 'HEAD') {
    res.end();
    return { status: 200 };
  }
  try {
    await exportTo(graph, opts, res);
    res.end();
    return { status: 200 };
  } catch (e) {
    if (!res.headersSent) {
      for (const k of Object.keys(headers)) res.removeHeader(k);
      const unavailable = e instanceof GraphError && (e.code === 'SERVICE_UNAVAILABLE' || e.code === 'UNAUTHENTICATED');
      return fail(
        unavailable ? 503 : 500,
        unavailable ? 'Neo4j is not available; try again later.' : 'Internal server error.',
      );
    }
    // The status line is gone: cut the body off so that the client sees an incomplete download, not a short file.
    res.destroy(e as Error);
    return { status: 500 };
  }
}
