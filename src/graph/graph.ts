import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { queries, schemaStatements, type QueryName } from './cypher.ts';
import { lexicon } from '../extract/lexicon.ts';
import { Breaker } from './breaker.ts';
import { schemaRepairs } from './schema-repair.ts';

/**
 * The one module that talks to Neo4j. Errors are mapped by Neo4j error code, never by message
 * text, into GraphError with a public code and a sentence that says what to check.
 */
export type GraphErrorCode = 'SERVICE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'TIMEOUT' | 'BAD_QUERY' | 'INTERNAL';

export class GraphError extends Error {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    readonly neo4jCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphError';
  }
}

export interface GraphOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs?: number;
}

export function mapError(err: unknown, uri: string, timeoutMs?: number): GraphError {
  if (err instanceof GraphError) return err;
  const code = (err as { code?: string }).code ?? '';
  const cause = { cause: err }; // the driver's error, for the logs
  const message = err instanceof Error ? err.message : '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'ECONNREFUSED' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    // A server killed while a connection logs in closes it mid-handshake (seen in `npm run chaos`: the
    // one 500 among 40,000 outage answers).
    (code === 'ProtocolError' && /connection (was )?closed/i.test(message))
  ) {
    return new GraphError(
      'SERVICE_UNAVAILABLE',
      `Cannot reach Neo4j at ${uri}. Check that it is running (\`npx policy-graph neo4j start\`, or your own server) and that NEO4J_URI is right.`,
      code,
      cause,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new GraphError(
      'UNAUTHENTICATED',
      `Neo4j at ${uri} refused the user name or password. Check NEO4J_USER and NEO4J_PASSWORD.`,
      code,
      cause,
    );
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new GraphError(
      'TIMEOUT',
      `The query took longer than the ${timeoutMs ?? '?'} ms allowed (API_QUERY_TIMEOUT_MS) and was stopped by Neo4j. Narrow the filters or ask for fewer items.`,
      code,
      cause,
    );
  }
  if (code.startsWith('Neo.ClientError.Statement'))
    return new GraphError('BAD_QUERY', `Neo4j rejected a query (${code}).`, code, cause);
  // Whatever the driver itself counts as worth a retry (a connection dropped mid-answer, a database
  // still starting, a transient error) is a condition of the server, not a fault.
  if (err instanceof Error && neo4j.isRetriableError(err)) {
    return new GraphError(
      'SERVICE_UNAVAILABLE',
      `Neo4j at ${uri} cannot answer just now (${code || 'connection lost'}); retry shortly.`,
      code,
      cause,
    );
  }
  return new GraphError('INTERNAL', `Neo4j error ${code || (err as Error).message}`, code, cause);
}

/** Plain JavaScript values from driver records (Integers to numbers). */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && value.constructor === Object)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/**
 * The driver is set to hand integers back as numbers (disableLosslessIntegers), and it sends every
 * JavaScript number as a float: counts and offsets would be stored as 2.0. Whole numbers in
 * parameters therefore go as Neo4j integers; no query sends a float.
 */
export function params(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(params);
  if (value && typeof value === 'object' && value.constructor === Object)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, params(v)]));
  return value;
}

/**
 * neo4j-driver 5 leaves Nagle's algorithm on for its Bolt sockets (the Python and Rust drivers of
 * Neo4j set TCP_NODELAY) and has no option to change it. A query whose parameters span more than one
 * TCP segment then waits for the server's delayed ACK: measured here, 50 ms instead of 5 ms for 100
 * small maps, which made every loader statement cost ~50 ms. The driver's Node channel hands each
 * socket it opens to `_setupConnectionTimeout` (neo4j-driver-bolt-connection,
 * lib/channel/node/node-channel.js), so TCP_NODELAY is set there: Bolt sockets only, nothing else in
 * the process. The channel class is taken from the copy neo4j-driver itself loads. If a driver
 * version renames the method, nothing breaks but speed; test/bolt-socket.int.test.ts then fails.
 */
const PATCHED = Symbol.for('policy-graph.boltNoDelay');
function boltNoDelay(): void {
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  type Setup = (this: unknown, config: unknown, socket: Socket) => unknown;
  const proto = (
    fromDriver('neo4j-driver-bolt-connection') as {
      channel: { Channel: { prototype: Record<string | symbol, unknown> } };
    }
  ).channel.Channel.prototype;
  const setup = proto._setupConnectionTimeout as Setup | undefined;
  if (proto[PATCHED] || typeof setup !== 'function') return;
  proto[PATCHED] = true;
  proto._setupConnectionTimeout = function (this: unknown, config: unknown, socket: Socket) {
    socket.setNoDelay(true);
    return setup.call(this, config, socket);
  } satisfies Setup;
}

const isOutage = (err: unknown) => err instanceof GraphError && err.code === 'SERVICE_UNAVAILABLE';

export class Graph {
  readonly driver: Driver;
  /** Open while Neo4j is unreachable: calls fail at once instead of waiting out the driver's retries. */
  readonly breaker: Breaker;
  constructor(readonly opts: GraphOptions) {
    boltNoDelay();
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 15_000,
    });
    const at = new URL(opts.uri.replace(/^[a-z0-9+.-]+:/i, 'http:'));
    this.breaker = new Breaker({
      address: { host: at.hostname || '127.0.0.1', port: Number(at.port || 7687) },
      probe: async () => {
        const s = this.session('READ');
        try {
          await s.run(queries['graph-version'], {}, { timeout: 2000 });
        } finally {
          await s.close().catch(() => undefined);
        }
      },
      failure: () =>
        new GraphError(
          'SERVICE_UNAVAILABLE',
          `Cannot reach Neo4j at ${opts.uri} (for ${Math.ceil(this.breaker.openFor / 1000)} s). Retry shortly; if it lasts, check that Neo4j is running (\`npx policy-graph neo4j start\`, or your own server) and that NEO4J_URI is right.`,
          'CircuitOpen',
        ),
    });
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** Checks that Neo4j answers and accepts the credentials. */
  async verify(): Promise<void> {
    // A tiny read without the per-query timeout: start-up on a cold server must not fail for being slow.
    try {
      await this.driver.verifyAuthentication();
      await this.probe('graph-version', {}, 60_000);
    } catch (err) {
      throw mapError(err, this.opts.uri);
    }
  }

  /** `timeoutMs`: for a read that must not be stopped by the per-query timeout (the warm-up of a cold store). */
  async read<T = Record<string, unknown>>(
    name: QueryName,
    args: Record<string, unknown>,
    limit?: number,
    timeoutMs = this.opts.queryTimeoutMs,
  ): Promise<T[]> {
    return this.breaker.run(() => this.readNow<T>(queries[name], args, limit, timeoutMs), isOutage);
  }

  /** A read composed by src/graph (the commitment filter builder) rather than kept in cypher/. */
  async readText<T = Record<string, unknown>>(
    text: string,
    args: Record<string, unknown>,
    limit?: number,
  ): Promise<T[]> {
    return this.breaker.run(() => this.readNow<T>(text, args, limit), isOutage);
  }

  private async readNow<T>(
    text: string,
    args: Record<string, unknown>,
    limit?: number,
    timeoutMs = this.opts.queryTimeoutMs,
  ): Promise<T[]> {
    const s = this.session('READ');
    try {
      const res = await s.executeRead((tx) => tx.run(text, params(args)), { timeout: timeoutMs });
      return res.records.slice(0, limit).map((r) => plain(r.toObject()) as T);
    } catch (err) {
      throw mapError(err, this.opts.uri, timeoutMs);
    } finally {
      await s.close();
    }
  }

  /** Runs `work` in one write transaction (retried on deadlocks and other transient errors). */
  async write<T>(
    work: (run: (name: QueryName, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>) => Promise<T>,
  ): Promise<T> {
    // Not abandoned when the breaker opens: a write must not be reported failed and then commit.
    try {
      return await this.breaker.run(() => this.writeNow(work), isOutage, false);
    } finally {
      // Also after a failure: a write whose commit was not confirmed may still have committed.
      for (const l of this.writeListeners)
        try {
          l();
        } catch {
          /* a listener's failure is its own: the write's outcome stands */
        }
    }
  }

  private readonly writeListeners = new Set<() => void>();
  /** Calls `listener` after each write transaction of this Graph ends (committed, failed or unknown). */
  onWrite(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => {
      this.writeListeners.delete(listener);
    };
  }

  private async writeNow<T>(
    work: (run: (name: QueryName, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>) => Promise<T>,
  ): Promise<T> {
    const s = this.session('WRITE');
    try {
      return await s.executeWrite(async (tx: ManagedTransaction) => {
        const run = async (name: QueryName, args: Record<string, unknown>) =>
          (await tx.run(queries[name], params(args))).records.map(
            (r) => plain(r.toObject()) as Record<string, unknown>,
          );
        return work(run);
      });
    } catch (err) {
      throw mapError(err, this.opts.uri);
    } finally {
      await s.close();
    }
  }

  private probeSession: Session | null = null;
  /**
   * A tiny read for a caller that runs one at a time (the API's graph-version check): one
   * auto-commit statement on a session kept open, a single round trip instead of a transaction's
   * several. The session is replaced after any error.
   */
  async probe<T = Record<string, unknown>>(
    name: QueryName,
    args: Record<string, unknown>,
    timeoutMs = this.opts.queryTimeoutMs,
  ): Promise<T[]> {
    return this.breaker.run(() => this.probeNow<T>(name, args, timeoutMs), isOutage);
  }

  private async probeNow<T>(name: QueryName, args: Record<string, unknown>, timeoutMs?: number): Promise<T[]> {
    this.probeSession ??= this.session('READ');
    try {
      const res = await this.probeSession.run(queries[name], params(args), { timeout: timeoutMs });
      return res.records.map((r) => plain(r.toObject()) as T);
    } catch (err) {
      const s = this.probeSession;
      this.probeSession = null;
      await s?.close().catch(() => undefined);
      throw mapError(err, this.opts.uri, this.opts.queryTimeoutMs);
    }
  }

  /** Constraints, indexes and the domain list; safe to run at every start-up, and to interrupt (see schema-repair). */
  async ensureSchema(): Promise<void> {
    const s = this.session('WRITE');
    try {
      for (const stmt of await schemaRepairs(s)) await s.run(stmt);
      for (const stmt of schemaStatements()) await s.run(stmt);
      const domains = lexicon().domains.map((d) => ({ id: d.id, name: d.en, nameZh: d.zh, short: d.short }));
      await s.executeWrite((tx) => tx.run(queries['seed-domains'], params({ domains })));
    } catch (err) {
      throw mapError(err, this.opts.uri);
    } finally {
      await s.close();
    }
  }

  async stats(): Promise<{ labels: Record<string, number>; relationships: Record<string, number> }> {
    const labels = await this.read<{ label: string; n: number }>('stats-labels', {});
    const rels = await this.read<{ type: string; n: number }>('stats-relationships', {});
    return {
      labels: Object.fromEntries(labels.map((r) => [r.label, r.n])),
      relationships: Object.fromEntries(rels.map((r) => [r.type, r.n])),
    };
  }

  async close(): Promise<void> {
    this.breaker.shutdown();
    await this.probeSession?.close().catch(() => undefined);
    this.probeSession = null;
    await this.driver.close();
  }
}
