import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { GraphError, type Graph } from '../graph/graph.ts';
import { resolvers } from './resolvers.ts';
import type { ApiContext } from './context.ts';
import { Counts } from './counts.ts';
import { checkLimits } from './limits.ts';
import { ResponseCache } from './response-cache.ts';
import { GraphVersion } from './graph-version.ts';
import type { Config } from '../config.ts';
import { servePage } from './pages.ts';
import { serveExport } from './export-route.ts';

/**
 * The GraphQL API on plain node:http: POST/GET /graphql, GET /healthz (the process is up),
 * GET /readyz (Neo4j answers). One JSON log line per request (pino-http), with its request id.
 */
const PUBLIC: Record<string, string> = { SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE', UNAUTHENTICATED: 'SERVICE_UNAVAILABLE', TIMEOUT: 'BAD_USER_INPUT', BAD_QUERY: 'INTERNAL_SERVER_ERROR', INTERNAL: 'INTERNAL_SERVER_ERROR' };

export interface ApiServer { server: Server; url: string; close(): Promise<void> }

/**
 * The log level of a GraphQL error, with its cause, whatever the environment: what the operator must
 * see (an internal error, Neo4j refusing the API's credentials) is `error`; Neo4j unreachable or a query
 * stopped by the timeout is `warn`; a client's mistake is only `debug` (the request line has its status).
 */
function errorLevel(error: GraphQLError): 'error' | 'warn' | 'debug' {
  const original = unwrapResolverError(error);
  if (original instanceof GraphError) return original.code === 'SERVICE_UNAVAILABLE' || original.code === 'TIMEOUT' ? 'warn' : 'error';
  const code = error.extensions?.code;
  return !code || code === 'INTERNAL_SERVER_ERROR' ? 'error' : 'debug';
}

// A request id sent by a proxy is kept if it looks like one; otherwise a new one. Either way it is sent back.
const REQUEST_ID = /^[\w.:-]{1,128}$/;

export async function startApi(graph: Graph, api: Config['api'], logger: Logger = pino({ level: api.logLevel })): Promise<ApiServer> {
  const requestLog = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customProps: (_req, res) => (res.hasHeader('x-policy-graph-cache') ? { cache: res.getHeader('x-policy-graph-cache') } : {}),
    // Only what identifies the request: headers carry the bearer token.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
  const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
  const typeDefs = readFileSync(join(root, 'schema/schema.graphql'), 'utf8');
  const apollo = new ApolloServer<ApiContext & { log: Logger }>({
    typeDefs,
    resolvers,
    includeStacktraceInErrorResponses: api.development,
    // Compact JSON: pretty-printing a large map costs more than executing it.
    stringifyResult: (value) => JSON.stringify(value),
    introspection: true,
    // The CLI handles Ctrl-C itself (it must stop Neo4j too); Apollo would re-raise the signal and exit first.
    stopOnTerminationSignals: false,
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const original = unwrapResolverError(error);
      if (original instanceof GraphError) {
        const code = PUBLIC[original.code];
        const message = original.code === 'UNAUTHENTICATED' ? 'The API cannot log in to Neo4j; the operator must check NEO4J_USER and NEO4J_PASSWORD.' : original.code === 'BAD_QUERY' || original.code === 'INTERNAL' ? 'Internal server error.' : original.message;
        return { message, extensions: { code } };
      }
      const code = formatted.extensions?.code as string | undefined;
      if (!code || code === 'INTERNAL_SERVER_ERROR') {
        return api.development ? formatted : { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      if (code.startsWith('GRAPHQL_') || code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'BAD_REQUEST' || code === 'OPERATION_RESOLUTION_FAILURE') {
        return { ...formatted, extensions: { code: 'BAD_USER_INPUT', reason: code } };
      }
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    },
    plugins: [ApolloServerPluginCacheControlDisabled(), {
      async requestDidStart() {
        return {
          async didResolveOperation(rc) {
            const errors = checkLimits(rc.document, rc.operationName, rc.request.variables ?? {}, api);
            if (errors.length) throw errors[0];
          },
          async didEncounterErrors({ errors, contextValue }) {
            for (const error of errors) {
              contextValue.log[errorLevel(error)]({ err: unwrapResolverError(error), path: error.path?.join('.') }, 'GraphQL error');
            }
          },
          // A date filter leaves undated documents out: the answer says which.
          async willSendResponse({ response, contextValue }) {
            if (response.body.kind !== 'single') return;
            const undated = await contextValue?.counts?.undatedLeftOut().catch(() => null);
            if (undated) response.body.singleResult.extensions = { ...response.body.singleResult.extensions, undatedDocumentsLeftOut: undated };
          },
        };
      },
    }],
  });
  await apollo.start();
  const versions = new GraphVersion(graph);
  const responses = new ResponseCache(api.responseCacheMb * 1024 * 1024);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    requestLog(req, res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: string, type = 'application/json') => { res.writeHead(status, { 'content-type': type }); res.end(body); };
    let cache: 'hit' | 'miss' | 'bypass' | undefined;
    try {
      if (await servePage(req, res, url, { root, neo4jBrowserUrl: api.neo4jBrowserUrl })) return;
      if (await serveExport(req, res, url, graph)) return;
      if (url.pathname === '/healthz') return send(200, '{"status":"ok"}');
      if (url.pathname === '/readyz') {
        try { await graph.driver.verifyConnectivity(); return send(200, '{"status":"ready"}'); }
        catch (err) { req.log.warn({ err }, 'Neo4j does not answer'); return send(503, '{"status":"neo4j unavailable"}'); }
      }
      if (url.pathname !== '/graphql') return send(404, '{"error":"Not found. The GraphQL endpoint is /graphql."}');
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > api.maxBodyBytes) {
          return send(413, JSON.stringify({ errors: [{ message: `Request body over ${api.maxBodyBytes} bytes (API_MAX_BODY_BYTES).`, extensions: { code: 'BAD_USER_INPUT' } }] }));
        }
        chunks.push(chunk as Buffer);
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      if (raw) {
        try { body = JSON.parse(raw); } catch {
          return send(400, JSON.stringify({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] }));
        }
      }
      // Read-only operations are answered from the response cache while the graph version is
      // unchanged. The answer depends only on the request and the graph version: an ETag made of
      // both lets a client that polls (a dashboard) get 304 Not Modified without the body.
      // The version is read at most once per request, here or by a resolver that needs it.
      let versionRead: Promise<number> | null = null;
      const version = () => (versionRead ??= versions.get().then((v) => { responses.observe(v); return v; }));
      const noCache = /no-cache|no-store/i.test(String(req.headers['cache-control'] ?? ''));
      const conditional = req.headers['if-none-match'];
      let key = responses.enabled ? responses.keyOf(req.method ?? 'GET', url.search, body) : null;
      // The cache is only a shortcut: if the version cannot be read, the query runs (and reports
      // the Neo4j problem in the usual GraphQL error form).
      const at = key && (!noCache || conditional) ? await version().catch(() => { key = null; versionRead = null; return -1; }) : -1;
      const etag = key && at >= 0 ? responses.etag(key, at) : null;
      if (etag && conditional === etag) { res.statusCode = 304; res.setHeader('etag', etag); res.setHeader('x-policy-graph-cache', 'hit'); return res.end(); }
      // Cache-Control: no-cache executes the query afresh: no lookup, nothing kept.
      if (key && noCache) { cache = 'bypass'; key = null; }
      if (key) {
        const hit = responses.get(key, at);
        cache = hit ? 'hit' : 'miss';
        if (hit) {
          for (const [k, v] of hit.headers) res.setHeader(k, v);
          res.setHeader('x-policy-graph-cache', 'hit');
          res.setHeader('etag', etag!);
          return res.end(hit.body);
        }
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => ({ graph, counts: new Counts(graph), version, authorized: !!api.token && token === api.token, maxPageSize: api.maxPageSize, log: req.log }),
      });
      const status = result.status ?? 200;
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = status;
      if (cache) res.setHeader('x-policy-graph-cache', cache);
      if (result.body.kind === 'complete') {
        // Only an answer without errors gets an ETag (and a place in the cache).
        if (key && status === 200 && !result.body.string.includes('"errors":')) {
          res.setHeader('etag', etag!);
          responses.set(key, at, [...result.headers], result.body.string);
        }
        res.end(result.body.string);
      }
      else { for await (const part of result.body.asyncIterator) res.write(part); res.end(); }
    } catch (err) {
      // pino-http writes the request line at level error with this cause.
      res.err = err as Error;
      send(500, JSON.stringify({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    }
  };
  const server = createServer((req, res) => { void handle(req, res); });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(api.port, api.host, () => resolve()); });
  const addr = server.address() as { port: number };
  return {
    server,
    url: `http://${api.host}:${addr.port}/graphql`,
    close: async () => { await new Promise((r) => server.close(() => r(null))); await apollo.stop(); },
  };
}

