import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import pLimit from 'p-limit';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLError } from 'graphql';
import { GraphError, type Graph } from '../graph/graph.ts';
import { resolvers } from './resolvers.ts';
import type { ApiContext } from './context.ts';
import { Counts } from './counts.ts';
import { limitRules, queryCost } from './limits.ts';
import { Admission } from './admission.ts';
import { Congestion } from './congestion.ts';
import { errorStatusPlugin, publicError } from './errors.ts';
import { Readiness } from './readiness.ts';
import { watchStalls } from './stall-watch.ts';
import { bearerMatches, isJson, passesCsrf } from './request-guards.ts';
import { pickEncoding, ResponseCache, type CachedResponse } from './response-cache.ts';
import { GraphVersion } from './graph-version.ts';
import { SingleFlight } from './single-flight.ts';
import { ExtractThread } from '../pipeline/extract-thread.ts';
import type { Config } from '../config.ts';
import { servePage } from './pages.ts';
import { serveExport } from './export-route.ts';
import { OutageLog } from './outage-log.ts';

/**
 * The GraphQL API on plain node:http: POST/GET /graphql, GET /healthz (the process is up),
 * GET /readyz (Neo4j answers and the page cache is warm). One JSON log line per request
 * (pino-http), with its request id.
 */
/** The request's context, with its logger and the admission it holds (given back when the response is written). */
type ServerContext = ApiContext & { log: Logger; admitted: { release: (() => void) | null } };

/** The code of the graph error behind a GraphQL error (Neo4j unreachable, a query stopped…), or null. */
function graphErrorCode(error: GraphQLError): GraphError['code'] | null {
  const original = unwrapResolverError(error);
  return original instanceof GraphError ? original.code : null;
}

/**
 * The log level of a GraphQL error, with its cause, whatever the environment: what the operator must
 * see (an internal error, Neo4j refusing the API's credentials) is `error`; Neo4j unreachable or a query
 * stopped by the timeout is `warn`; a client's mistake is only `debug` (the request line has its status).
 */
function errorLevel(error: GraphQLError): 'error' | 'warn' | 'debug' {
  const graphCode = graphErrorCode(error);
  if (graphCode) return graphCode === 'SERVICE_UNAVAILABLE' || graphCode === 'TIMEOUT' ? 'warn' : 'error';
  const code = error.extensions?.code;
  return !code || code === 'INTERNAL_SERVER_ERROR' ? 'error' : 'debug';
}

// A request id sent by a proxy is kept if it looks like one; otherwise a new one. Either way it is sent back.
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** A request body up to this size is read before the request waits for its turn. */
const EARLY_BODY_BYTES = 16 * 1024;

const jsonError = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });

type Execution = Awaited<ReturnType<ApolloServer<ServerContext>['executeHTTPGraphQLRequest']>>;

/** Why a request did not get its turn: answered 503 with Retry-After. */
class Busy {
  constructor(
    readonly message: string,
    readonly retryAfter: string,
  ) {}

  /** As an execution's answer, for every request that shares it. */
  answer(): Execution {
    return {
      status: 503,
      headers: new HeaderMap([
        ['content-type', 'application/json'],
        ['retry-after', this.retryAfter],
      ]),
      body: { kind: 'complete', string: jsonError(this.message, 'SERVICE_UNAVAILABLE') },
    };
  }
}

const waitedTooLong = (what: string, ms: number) =>
  new Busy(
    `The server is busy: this request waited over ${ms} ms (API_QUERY_TIMEOUT_MS) for ${what}. Retry in a few seconds.`,
    '2',
  );

export interface ApiServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startApi(
  graph: Graph,
  api: Config['api'],
  // One `time` per line, as a reader can read it (ISO 8601, UTC); the lines' own fields never repeat it.
  logger: Logger = pino({ level: api.logLevel, timestamp: pino.stdTimeFunctions.isoTime }),
): Promise<ApiServer> {
  const outage = new OutageLog(graph.breaker, logger);
  const requestLog = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_req, res, err) =>
      outage.counts(res.statusCode, res.getHeader('x-policy-graph-cache'))
        ? 'silent'
        : err || res.statusCode >= 500
          ? 'error'
          : res.statusCode >= 400
            ? 'warn'
            : 'info',
    customProps: (_req, res) =>
      res.hasHeader('x-policy-graph-cache') ? { cache: res.getHeader('x-policy-graph-cache') } : {},
    // Only what identifies the request: headers carry the bearer token.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
  const log = (line: object) => logger.info(line, String((line as { event?: string }).event ?? ''));
  const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
  const typeDefs = readFileSync(join(root, 'schema/schema.graphql'), 'utf8');
  const admission = new Admission(api.maxInflightCost, Math.max(1, Math.floor(api.maxCost / 50)));
  // GraphQL requests handled at once: the others wait their turn without doing any work, so a burst
  // of requests cannot crowd out /healthz; past the queue's length they are turned away. How many
  // run at once follows what Neo4j finishes in time (src/api/congestion.ts).
  const gate = pLimit(api.maxConcurrent);
  const congestion = new Congestion(gate, api.maxConcurrent);
  const offBreaker = graph.breaker.onChange((state) => {
    if (state === 'closed') congestion.restarted();
  });
  const apollo = new ApolloServer<ServerContext>({
    typeDefs,
    resolvers,
    includeStacktraceInErrorResponses: api.development,
    // Compact JSON: pretty-printing a large map costs more than executing it.
    stringifyResult: (value) => JSON.stringify(value),
    introspection: api.introspection,
    // "Did you mean …" names fields a client did not ask for: only in development.
    hideSchemaDetailsFromClientErrors: !api.development,
    // Counted while parsing: a flood of tokens is refused before a syntax tree is built.
    parseOptions: { maxTokens: api.maxTokens },
    validationRules: limitRules(api),
    // A hostile query can break a rule hundreds of times (500 repeated directives): ten errors say enough.
    validationOptions: { maxErrors: 10 },
    // The CLI handles Ctrl-C itself (it must stop Neo4j too); Apollo would re-raise the signal and exit first.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => publicError(formatted, error, api.development),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      errorStatusPlugin,
      {
        async requestDidStart() {
          return {
            async didResolveOperation(rc) {
              // Variables may change page sizes: the cost is measured for each request (linear in its size).
              rc.contextValue.admitted.release = admission.admit(
                queryCost(rc.schema, rc.document, rc.operationName, rc.request.variables ?? {}, api),
              );
            },
            async didEncounterErrors({ errors, contextValue }) {
              if (errors.some((e) => graphErrorCode(e) === 'TIMEOUT')) congestion.timedOut();
              for (const error of errors) {
                // Neo4j unreachable: counted by the outage log, not written request by request.
                if (graph.breaker.isOpen && graphErrorCode(error) === 'SERVICE_UNAVAILABLE') continue;
                contextValue.log?.[errorLevel(error)](
                  { err: unwrapResolverError(error), path: error.path?.join('.') },
                  'GraphQL error',
                );
              }
            },
            // A date filter leaves undated documents out: the answer says which.
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind !== 'single') return;
              const undated = await contextValue?.counts?.undatedLeftOut().catch(() => null);
              if (undated)
                response.body.singleResult.extensions = {
                  ...response.body.singleResult.extensions,
                  undatedDocumentsLeftOut: undated,
                };
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const versions = new GraphVersion(graph, api.versionMaxAgeMs);
  const responses = new ResponseCache(api.responseCacheMb * 1024 * 1024, api.maxTokens);
  /** Executions of reads, by graph version and cache key: copies share them (src/api/single-flight.ts). */
  const flights = new SingleFlight<Execution>();
  const readiness = new Readiness(graph, log);
  const stopWatching = watchStalls(log);
  const extractor = new ExtractThread();
  const extract: ApiContext['extract'] = (text, opts) => extractor.text(text, opts, api.extractBudgetMs);
  await readiness.warm();

  /** Runs `work` when its turn comes (at once while Neo4j is unreachable), or says why it may not run. */
  const turn = async <T>(work: () => Promise<T>): Promise<T | Busy> => {
    // While Neo4j is unreachable every request is answered at once (failed, or stale from the
    // cache): none waits for a turn behind requests the breaker is about to stop.
    if (graph.breaker.isOpen) return work();
    if (gate.pendingCount >= api.maxQueued)
      return new Busy(`The server has ${gate.pendingCount} requests waiting (API_MAX_QUEUED). Retry in a second.`, '1');
    const queued = performance.now();
    // Waited longer than a query may run: Neo4j is behind, and a quick 503 serves the client
    // better than an answer it may have stopped waiting for.
    return gate(async () =>
      performance.now() - queued <= api.queryTimeoutMs ? work() : waitedTooLong('its turn', api.queryTimeoutMs),
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    requestLog(req, res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    };
    let status = 200;
    let cache: 'hit' | 'miss' | 'bypass' | 'stale' | undefined;
    /** The answer came from the same read run for another request (see flights). */
    let shared = false;
    /** The key under which the request shares executions with its copies, or null when it runs its own. */
    let flight: string | null = null;
    const admitted: ServerContext['admitted'] = { release: null };
    try {
      if (await servePage(req, res, url, { root, neo4jBrowserUrl: api.neo4jBrowserUrl })) return;
      if (await serveExport(req, res, url, graph)) return;
      if (url.pathname === '/healthz') return send(200, '{"status":"ok"}');
      if (url.pathname === '/readyz') {
        const r = await readiness.check(1500);
        status = r.ready ? 200 : 503;
        return send(status, JSON.stringify({ status: r.status }), r.ready ? {} : { 'retry-after': '2' });
      }
      if (url.pathname !== '/graphql') {
        status = 404;
        return send(404, '{"error":"Not found. The GraphQL endpoint is /graphql."}');
      }
      // A small request is read before it queues: one the response cache answers (or refuses) then
      // costs a turn at no one's expense, and it is answered as soon as Neo4j gives the graph version,
      // also while queries on a store just restarted are slow (src/api/congestion.ts). A large body
      // (a document to load) is read only when its turn comes, so the queue holds no large bodies.
      const small =
        req.method === 'GET' || Number(req.headers['content-length'] ?? Number.POSITIVE_INFINITY) <= EARLY_BODY_BYTES;
      if (small) {
        const run = await graphql(false);
        // A read shared with its copies waits without a turn: its execution takes one.
        if (run) await (flight ? run() : gated(run));
      } else
        await gated(async () => {
          const run = await graphql(true);
          if (run) await run();
        });
      // Neo4j answered in time: one more request may run at once.
      if (status === 200 && cache !== 'hit' && cache !== 'stale' && !shared) congestion.answered();
      return;
    } catch (err) {
      status = 500;
      // pino-http writes the request line at level error with this cause.
      res.err = err as Error;
      if (!res.headersSent) send(500, jsonError('Internal server error.', 'INTERNAL_SERVER_ERROR'));
      else res.destroy();
    } finally {
      admitted.release?.();
    }

    /** Runs `work` when its turn comes, or answers 503 + Retry-After. */
    async function gated(work: () => Promise<unknown>): Promise<void> {
      const done = await turn(work);
      if (!(done instanceof Busy)) return;
      status = 503;
      send(503, jsonError(done.message, 'SERVICE_UNAVAILABLE'), { 'retry-after': done.retryAfter });
    }

    /**
     * Reads the request and answers what needs no query of its own (a bad body, an answer kept in
     * the response cache, a refusal kept, 304); otherwise returns the work that runs the query.
     */
    async function graphql(inTurn: boolean): Promise<(() => Promise<unknown>) | null> {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > api.maxBodyBytes) {
          status = 413;
          res.setHeader('connection', 'close');
          send(
            413,
            jsonError(`Request body over ${api.maxBodyBytes} bytes (API_MAX_BODY_BYTES).`, 'BAD_USER_INPUT', {
              limit: 'API_MAX_BODY_BYTES',
            }),
          );
          return null;
        }
        chunks.push(chunk as Buffer);
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          status = 400;
          send(400, jsonError('The request body is not valid JSON.', 'BAD_USER_INPUT'));
          return null;
        }
      }
      // Read-only operations are answered from the response cache while the graph version is
      // unchanged. The answer depends only on the request and the graph version: an ETag made of
      // both lets a client that polls (a dashboard) get 304 Not Modified without the body.
      // The version is read at most once per request, here or by a resolver that needs it.
      // Only a request Apollo itself would take is answered from the cache (CSRF prevention, JSON body).
      /**
       * Sends a kept answer: compressed (brotli or gzip) where the client accepts it and the
       * compressed bytes are ready, with a validator of that representation when it is current.
       */
      const sendKept = (entry: CachedResponse, how: 'hit' | 'stale', version: number, current: string | null) => {
        const encoding = pickEncoding(entry, req.headers['accept-encoding']);
        for (const [k, v] of entry.headers) res.setHeader(k, v);
        res.setHeader('x-policy-graph-cache', how);
        res.setHeader('x-policy-graph-version', String(version));
        res.setHeader('vary', 'accept-encoding');
        if (current) res.setHeader('etag', responses.etag(current, version, encoding));
        const bytes = encoding ? entry.encoded![encoding]! : entry.body;
        if (encoding) res.setHeader('content-encoding', encoding);
        res.setHeader('content-length', String(bytes.length));
        res.end(bytes);
      };
      let versionRead: Promise<number> | null = null;
      const version = () =>
        (versionRead ??= versions.get().then((v) => {
          responses.observe(v);
          return v;
        }));
      const cacheControl = String(req.headers['cache-control'] ?? '');
      const noCache = /no-cache|no-store/i.test(cacheControl);
      const noStore = /no-store/i.test(cacheControl);
      const conditional = req.headers['if-none-match'];
      const asApollo =
        passesCsrf(req.headers) && (req.method === 'GET' || (req.method === 'POST' && isJson(req.headers)));
      const cacheable = responses.enabled && asApollo;
      const refused = cacheable ? responses.refusal(req.method ?? 'GET', url.search, body) : undefined;
      if (refused) {
        status = 400;
        send(400, refused.toString());
        return null;
      }
      /** The read's operation and variables, or null for a mutation or what is not a GraphQL request. */
      const read = asApollo ? responses.keyOf(req.method ?? 'GET', url.search, body) : null;
      let key = responses.enabled ? read : null;
      // If the version cannot be read (Neo4j unreachable), an answer kept earlier is served marked
      // stale, with the version it belongs to; without one the query runs and reports the problem.
      let unreachable = false;
      const at =
        key && (!noStore || conditional)
          ? await version().catch(() => {
              unreachable = true;
              versionRead = null;
              return -1;
            })
          : -1;
      if (unreachable && key && !noCache) {
        const old = responses.stale(key);
        if (old) {
          cache = 'stale';
          sendKept(old.response, 'stale', old.version, null);
          return null;
        }
      }
      if (unreachable) key = null;
      const matched =
        key && at >= 0 && typeof conditional === 'string' ? responses.matching(conditional, key, at) : null;
      if (matched) {
        cache = 'hit';
        status = 304;
        res.statusCode = 304;
        res.setHeader('vary', 'accept-encoding');
        res.setHeader('etag', matched);
        res.end();
        return null;
      }
      // Cache-Control: no-cache executes the query afresh (no lookup) and keeps the fresh answer for
      // the requests after it; no-store keeps nothing.
      if (key && noCache) {
        cache = 'bypass';
        if (noStore) key = null;
      }
      if (key && !noCache) {
        const hit = responses.get(key, at);
        cache = hit ? 'hit' : 'miss';
        if (hit) {
          sendKept(hit, 'hit', at, key);
          return null;
        }
      }
      // A read sent before its turn (not a large body, which holds a turn while it waits) shares its
      // execution with its copies at the same graph version. Only a whole answer can be copied: a
      // client that accepts an incremental one (multipart) runs its own.
      if (read && !inTurn && !unreachable && !/multipart\/mixed/i.test(String(req.headers.accept ?? '')))
        flight = `${at}\n${read}`;
      return async () => {
        const headers = new HeaderMap();
        for (const [k, v] of Object.entries(req.headers))
          if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
        const authorized = bearerMatches(req.headers.authorization, api.token);
        const execute = (holds: ServerContext['admitted']) =>
          apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
            context: async () => ({
              graph,
              counts: new Counts(graph),
              version,
              authorized,
              maxPageSize: api.maxPageSize,
              extract,
              admitted: holds,
              log: req.log,
            }),
          });
        let result: Execution;
        if (!flight) result = await execute(admitted);
        else {
          // Fifty copies of the map cost one or two executions and one answer's memory, not fifty.
          // The execution takes a turn and its admission for itself, not for the request that
          // started it, which may stop waiting first (its timeout).
          const shareable = async () => {
            const own: ServerContext['admitted'] = { release: null };
            try {
              const done = await turn(() => execute(own));
              return done instanceof Busy ? done.answer() : done;
            } finally {
              own.release?.();
            }
          };
          // Waiting for the next execution counts as waiting for a turn (API_QUERY_TIMEOUT_MS).
          const waited = AbortSignal.timeout(api.queryTimeoutMs);
          try {
            // A request that may be answered from the cache may join the running execution at its
            // version; one that must be fresh, or whose version is unknown, waits for the next one.
            const join = noCache || at < 0 ? 'next' : 'running';
            ({ value: result, shared } = await flights.run(flight, shareable, join, waited));
          } catch (e) {
            if (!waited.aborted || e !== waited.reason) throw e;
            result = waitedTooLong('the same read to run', api.queryTimeoutMs).answer();
          }
        }
        status = result.status ?? 200;
        if (result.body.kind === 'complete' && Buffer.byteLength(result.body.string) > api.maxResponseBytes) {
          // Refused whole: a cut JSON answer is no answer. The work is bounded by the cost limit and admission.
          status = 400;
          const mb = (Buffer.byteLength(result.body.string) / 1048576).toFixed(1);
          return send(
            400,
            jsonError(
              `The answer is ${mb} MB, over the ${api.maxResponseBytes / 1048576} MB allowed (API_MAX_RESPONSE_MB). Ask for smaller pages (first) or fewer fields.`,
              'BAD_USER_INPUT',
              { limit: 'API_MAX_RESPONSE_MB' },
            ),
          );
        }
        for (const [k, v] of result.headers) res.setHeader(k, v);
        res.statusCode = status;
        if (cache) res.setHeader('x-policy-graph-cache', cache);
        if (shared) res.setHeader('x-policy-graph-shared', 'yes');
        if (result.body.kind === 'complete') {
          // Only an answer without errors gets an ETag (and a place in the cache).
          // A query refused as written will be refused again: later copies skip the version read.
          if (cacheable && status === 400) responses.refuse(req.method ?? 'GET', url.search, body, result.body.string);
          if (key && status === 200 && !result.body.string.includes('"errors":')) {
            res.setHeader('etag', responses.etag(key, at));
            res.setHeader('vary', 'accept-encoding');
            res.setHeader('x-policy-graph-version', String(at));
            if (!shared) responses.set(key, at, [...result.headers], result.body.string);
          }
          res.end(result.body.string);
        } else {
          for await (const part of result.body.asyncIterator) res.write(part);
          res.end();
        }
      };
    }
  };
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // Clients close their idle keep-alive connections first (fetch: after 4 s): a server that closes
  // first races a client reusing the connection, which then sees ECONNRESET.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(api.port, api.host, () => resolve());
  });
  const addr = server.address() as { port: number };
  return {
    server,
    url: `http://${api.host}:${addr.port}/graphql`,
    close: async () => {
      offBreaker();
      outage.close();
      stopWatching();
      readiness.close();
      versions.close();
      await extractor.close();
      server.closeIdleConnections();
      await new Promise((r) => server.close(() => r(null)));
      await apollo.stop();
    },
  };
}
