import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { assets } from './web-bundle.ts';

/**
 * What the API serves to people rather than programs: the map page at /, the GraphQL IDE at
 * /graphql for a browser, their bundled scripts under /assets/, and the Neo4j Browser guide and
 * style under /browser/ (fetched cross-origin by Neo4j Browser, hence CORS). Returns false for any
 * other request.
 */
export interface PagesOptions {
  root: string;
  neo4jBrowserUrl: string | null;
}

// The pages load nothing from another host; the browser enforces it.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const BROWSER_FILES: Record<string, string> = {
  'guide.html': 'text/html; charset=utf-8',
  'policy-graph.grass': 'text/plain; charset=utf-8',
};

const escapeAttr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function servePage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  opts: PagesOptions,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const html = (body: string) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(method === 'HEAD' ? undefined : body);
  };

  if (path.startsWith('/browser/') && BROWSER_FILES[path.slice(9)]) {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, OPTIONS',
      'access-control-allow-headers': '*',
      'access-control-max-age': '600',
    };
    if (method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') return false;
    res.writeHead(200, { ...cors, 'content-type': BROWSER_FILES[path.slice(9)], 'cache-control': 'no-cache' });
    res.end(method === 'HEAD' ? undefined : readFileSync(join(opts.root, 'browser', path.slice(9))));
    return true;
  }
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (path === '/' || path === '/index.html') {
    const page = readFileSync(join(opts.root, 'web', 'map.html'), 'utf8').replace(
      '</head>',
      `<meta name="neo4j-browser" content="${escapeAttr(opts.neo4jBrowserUrl ?? '')}">\n</head>`,
    );
    html(page);
    return true;
  }
  // A browser asking for /graphql (no query in the URL) gets the IDE; GraphQL clients get the API.
  if (path === '/graphql' && !url.searchParams.has('query') && /text\/html/.test(String(req.headers.accept ?? ''))) {
    html(readFileSync(join(opts.root, 'web', 'graphiql.html'), 'utf8'));
    return true;
  }
  if (path.startsWith('/assets/')) {
    const asset = (await assets(opts.root)).get(path.slice(8));
    if (!asset) return false;
    if (req.headers['if-none-match'] === asset.etag) {
      res.writeHead(304, { etag: asset.etag });
      res.end();
      return true;
    }
    res.writeHead(200, {
      'content-type': asset.type,
      etag: asset.etag,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(method === 'HEAD' ? undefined : asset.body);
    return true;
  }
  return false;
}
