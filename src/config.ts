import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place that reads the environment. Command-line options override these values; these
 * override the defaults. Everything else receives typed options from here.
 */
export interface Config {
  root: string;
  neo4j: {
    uri: string | null;
    user: string;
    password: string;
    database: string;
    home: string;
    boltPort: number;
    httpPort: number;
    heapMb: number;
    pageCacheMb: number;
  };
  api: {
    port: number;
    host: string;
    token: string | null;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxPageSize: number;
    maxBodyBytes: number;
    queryTimeoutMs: number;
    development: boolean;
    responseCacheMb: number;
    /** how old a graph-version read may be and still answer a request from the response cache */
    versionMaxAgeMs: number;
    /** cap on the JavaScript heap of the API thread of `serve` and `start`, MB (0: no cap) */
    heapMb: number;
    maxDirectives: number;
    maxTokens: number;
    maxConcurrent: number;
    maxQueued: number;
    maxResponseBytes: number;
    maxInflightCost: number;
    introspection: boolean;
    /** time allowed to extract one document sent to ingestDocument */
    extractBudgetMs: number;
    /** Where people open Neo4j Browser (the map page links to it); null when unknown. */
    neo4jBrowserUrl: string | null;
    logLevel: LogLevel;
  };
  ingest: { retrySeconds: number };
  dataDir: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`${name}=${raw} is not valid: give true or false.`);
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name}=${raw} is not valid: give a whole number from ${min} to ${max}.`);
  return n;
}

/** API_HEAP_MB: 0 for no cap, else at least 128 (the API with its caches needs about 100 MB). */
function heapCap(env: NodeJS.ProcessEnv): number {
  const mb = int(env, 'API_HEAP_MB', 512, 0, 65_536);
  if (mb > 0 && mb < 128) throw new Error(`API_HEAP_MB=${mb} is too small: give 0 (no cap) or at least 128 (MB).`);
  return mb;
}

// DEBUG is read by the `debug` package itself (policy-graph:* namespaces); nothing here needs it.
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw))
    throw new Error(`${name}=${raw} is not valid: give one of ${allowed.join(', ')}.`);
  return raw as T;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const httpPort = int(env, 'NEO4J_HTTP_PORT', 7474, 1, 65535);
  const browserUrl = env.NEO4J_BROWSER_URL || (env.NEO4J_URI ? null : `http://127.0.0.1:${httpPort}/browser/`);
  if (browserUrl && !/^https?:\/\//.test(browserUrl))
    throw new Error(`NEO4J_BROWSER_URL=${browserUrl} is not valid: give an http:// or https:// address.`);
  return {
    root,
    neo4j: {
      uri: env.NEO4J_URI || null,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || 'policy-graph-local',
      database: env.NEO4J_DATABASE || 'neo4j',
      home: resolve(env.POLICY_GRAPH_NEO4J_HOME || join(root, '.neo4j')),
      boltPort: int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
      httpPort,
      heapMb: int(env, 'NEO4J_HEAP_MB', 1024, 256),
      pageCacheMb: int(env, 'NEO4J_PAGECACHE_MB', 256, 16),
    },
    api: {
      port: int(env, 'PORT', 4000, 0, 65535),
      host: env.HOST || '127.0.0.1',
      token: env.POLICY_GRAPH_TOKEN || null,
      maxDepth: int(env, 'API_MAX_DEPTH', 8, 1),
      maxCost: int(env, 'API_MAX_COST', 5000, 1),
      maxAliases: int(env, 'API_MAX_ALIASES', 15, 1),
      maxPageSize: int(env, 'API_MAX_PAGE_SIZE', 100, 1, 1000),
      maxBodyBytes: int(env, 'API_MAX_BODY_BYTES', 1_000_000, 1024),
      queryTimeoutMs: int(env, 'API_QUERY_TIMEOUT_MS', 5000, 100),
      responseCacheMb: int(env, 'API_RESPONSE_CACHE_MB', 64, 0, 4096),
      versionMaxAgeMs: int(env, 'API_VERSION_MAX_AGE_MS', 100, 0, 10_000),
      heapMb: heapCap(env),
      maxDirectives: int(env, 'API_MAX_DIRECTIVES', 50, 1),
      maxTokens: int(env, 'API_MAX_TOKENS', 5000, 100),
      maxConcurrent: int(env, 'API_MAX_CONCURRENT', 16, 1),
      maxQueued: int(env, 'API_MAX_QUEUED', 1000, 0),
      maxResponseBytes: int(env, 'API_MAX_RESPONSE_MB', 10, 1, 1024) * 1024 * 1024,
      maxInflightCost: int(env, 'API_MAX_INFLIGHT_COST', 4 * int(env, 'API_MAX_COST', 5000, 1), 1),
      introspection: bool(env, 'API_INTROSPECTION', true),
      extractBudgetMs: int(env, 'API_EXTRACT_BUDGET_MS', 20_000, 100),
      development: env.NODE_ENV === 'development',
      neo4jBrowserUrl: browserUrl,
      logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    },
    ingest: { retrySeconds: int(env, 'INGEST_RETRY_SECONDS', 60, 0, 86_400) },
    dataDir: resolve(env.POLICY_GRAPH_DATA || join(root, 'data', 'documents')),
  };
}

let current: Config | null = null;
export function config(): Config {
  current ??= readConfig();
  return current;
}
