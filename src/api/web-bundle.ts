import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * The pages' scripts and styles (web/), bundled from npm packages (GraphiQL, React, ECharts) by
 * esbuild when first asked for, kept in memory. Nothing is fetched from another host: fonts and
 * images are inlined by the packages' own CSS.
 */
export interface Asset {
  type: string;
  body: Buffer;
  etag: string;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

async function bundle(root: string): Promise<Map<string, Asset>> {
  const out = await build({
    absWorkingDir: root,
    entryPoints: { graphiql: 'web/graphiql.tsx', map: 'web/map.ts' },
    bundle: true,
    minify: true,
    write: false,
    outdir: 'web/out',
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    loader: { '.graphql': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const assets = new Map<string, Asset>();
  for (const f of out.outputFiles) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    const body = Buffer.from(f.contents);
    assets.set(name, {
      type: TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    });
  }
  assets.set('map.css', { type: TYPES['.css'], body: readFileSync(join(root, 'web', 'map.css')), etag: '"map-css"' });
  return assets;
}

let pending: Promise<Map<string, Asset>> | null = null;
/** The bundled assets by file name (graphiql.js, graphiql.css, map.js, map.css); built once per process. */
export function assets(root: string): Promise<Map<string, Asset>> {
  pending ??= bundle(root).catch((err) => {
    pending = null;
    throw err;
  });
  return pending;
}
