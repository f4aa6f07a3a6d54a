// A closed-loop HTTP load: `connections` keep-alive connections, each sending its next request as soon
// as the answer before it has been read to the end, for a number of seconds. Built on node:http (its
// parser is llhttp, native code) because autocannon's parser, http-parser-js, is the bottleneck on a
// compressed body: a bare node:http server sending 90 KB of random bytes measured 614 req/s through
// autocannon and 13,000+ through this loop on this machine (ASCII bytes: 14,000 through both).
// Also a bare server sending given bytes: the most this machine gives to an answer of that size.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LoadFigures {
  /** answers read to the end */
  answers: number;
  rps: number;
  p50: number;
  p99: number;
  /** body bytes per answer (as sent: compressed where the server compressed) */
  bytes: number;
  /** answers with another status than `status`, and requests that failed */
  unexpected: number;
}

export interface LoadOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
  /** the status every answer should have */
  status: number;
}

/** The value at fraction `p` of a sorted list (NaN for none): p50, p99. */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;

export async function closedLoop(o: LoadOptions): Promise<LoadFigures> {
  const url = new URL(o.url);
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const body = o.body === undefined ? undefined : Buffer.from(o.body);
  const headers = { ...o.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
  const latencies: number[] = [];
  let bytes = 0;
  let unexpected = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method: o.method ?? 'GET',
          agent,
          headers,
        },
        (res) => {
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => {
            latencies.push(performance.now() - t0);
            if (res.statusCode !== o.status) unexpected++;
            resolve();
          });
          res.on('error', () => (unexpected++, resolve()));
        },
      );
      req.on('error', () => (unexpected++, resolve()));
      req.end(body);
    });
  const started = performance.now();
  const until = started + o.seconds * 1000;
  await Promise.all(
    Array.from({ length: o.connections }, async () => {
      while (performance.now() < until) await one();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    answers: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    bytes: latencies.length ? bytes / latencies.length : 0,
    unexpected,
  };
}

/** One answer exactly as sent (status, headers, body bytes: compressed where the server compressed), for a bare server to repeat. */
export function oneAnswer(o: Omit<LoadOptions, 'connections' | 'seconds' | 'status'>) {
  return new Promise<{ status: number; headers: Record<string, string>; bytes: Buffer }>((resolve, reject) => {
    const req = request(o.url, { method: o.method ?? 'GET', headers: o.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          // What a server sets per connection or per answer is the bare server's own to set.
          headers: Object.fromEntries(
            Object.entries(res.headers).filter(
              (e): e is [string, string] =>
                typeof e[1] === 'string' && !/^(content-length|date|connection|keep-alive)$/.test(e[0]),
            ),
          ),
          bytes: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

/**
 * A bare node:http server in a process of its own that answers every request with `status`, the
 * given headers and bytes: the ceiling an API answer of that size could reach on this machine.
 */
export async function bareServer(
  status: number,
  headers: Record<string, string>,
  bytes: Buffer,
): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const file = join(dir, 'answer');
  writeFileSync(file, bytes);
  const script = `
    const { createServer } = require('node:http');
    const bytes = require('node:fs').readFileSync(process.argv[1]);
    const headers = JSON.parse(process.argv[2]);
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(${status}, { ...headers, ...(${status} === 304 ? {} : { 'content-length': bytes.length }) });
        res.end(${status} === 304 ? undefined : bytes);
      });
    });
    server.keepAliveTimeout = 65000;
    server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));`;
  const child = spawn(process.execPath, ['-e', script, file, JSON.stringify(headers)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').once('data', (line: string) => resolve(Number(line.trim())));
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code} before it listened`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
