import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../src/graph/graph.ts';
import { startApi, type ApiServer } from '../src/api/server.ts';
import { config } from '../src/config.ts';
import { testGraph } from './helpers.ts';

// The API's log in production mode (development: false): one line per request with its request id and a
// level from the status, and every internal error with its cause, while the client sees no detail.
type Line = {
  level: number;
  msg: string;
  req?: { id: string; path: string };
  res?: { status: number };
  err?: { message: string; stack: string };
};
const lines: Line[] = [];
const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as Line) });
const ERROR = 50,
  WARN = 40,
  INFO = 30;

let graph: Graph;
let api: ApiServer;
beforeAll(async () => {
  const good = await testGraph();
  // A database that does not exist: every query fails inside Neo4j, as an unexpected server problem would.
  graph = new Graph({ ...good.opts, database: 'nosuchdatabase' });
  await good.close();
  api = await startApi(graph, { ...config().api, port: 0, development: false }, logger);
});
afterAll(async () => {
  await api.close();
  await graph.close();
});

/** The request line of the request with this id (written when the response has gone). */
async function requestLine(id: string): Promise<Line> {
  for (let i = 0; i < 50; i++) {
    const line = lines.find((l) => l.req?.id === id && l.res);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no request line for ${id}`);
}

describe('API log', () => {
  it('gives each request an id, sends it back, and logs the request at a level from its status', async () => {
    const health = await fetch(api.url.replace('/graphql', '/healthz'));
    const id = health.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await requestLine(id)).toMatchObject({ level: INFO, req: { path: '/healthz' }, res: { status: 200 } });
    const missing = await fetch(api.url.replace('/graphql', '/nothing'), {
      headers: { 'x-request-id': 'from-the-proxy-1' },
    });
    expect(missing.headers.get('x-request-id')).toBe('from-the-proxy-1');
    expect(await requestLine('from-the-proxy-1')).toMatchObject({ level: WARN, res: { status: 404 } });
  });

  it('logs an internal error with its cause at level error; the client gets no detail', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ forums { id } }' }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const id = res.headers.get('x-request-id')!;
    await requestLine(id);
    const logged = lines.find((l) => l.req?.id === id && l.msg === 'GraphQL error');
    expect(logged?.level).toBe(ERROR);
    expect(logged?.err?.message).toMatch(/Neo4j error Neo\.ClientError\.Database\.DatabaseNotFound/);
    expect(logged?.err?.stack).toMatch(/caused by: .*nosuchdatabase/i); // the driver's own error
  });
});
