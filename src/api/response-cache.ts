import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { parse } from 'graphql';
import { LRUCache } from 'lru-cache';
/**
 * Whole GraphQL responses of read-only operations, kept while the graph does not change. Every
 * request reads the graph version (one tiny read; every load and removal bumps it), so an answer
 * is never served once the graph has moved on: the first request that sees a new version empties
 * the cache. Entries are dropped least-recently-used beyond `maxBytes` (lru-cache). The server decides what
 * may be kept (answers without errors) and skips the cache for `Cache-Control: no-cache`.
 */
export interface CachedResponse {
  headers: [string, string][];
  body: Buffer;
  /** The body compressed (brotli, gzip), made once in the background when the answer is first asked for again. */
  encoded?: Partial<Record<Encoding, Buffer>>;
}

export type Encoding = 'br' | 'gzip';
/** Answers smaller than this are sent as they are: compressing them saves less than it costs. */
const COMPRESS_FROM = 1024;
const compress: Record<Encoding, (b: Buffer) => Promise<Buffer>> = {
  // Quality 5: a 2 MB map in ~30 ms to 3 % of its size; the best quality takes seconds.
  br: (b) => promisify(brotliCompress)(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (b) => promisify(gzip)(b, { level: 6 }),
};

/**
 * The encoding to send a kept answer in, from the request's Accept-Encoding (brotli before gzip; a
 * coding refused with q=0 is not used), or null for the answer as it is.
 */
export function pickEncoding(entry: CachedResponse, acceptEncoding: string | undefined): Encoding | null {
  if (!entry.encoded || !acceptEncoding) return null;
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([coding]) => coding.trim()),
  );
  for (const e of ['br', 'gzip'] as const) if (entry.encoded[e] && (accepted.has(e) || accepted.has('*'))) return e;
  return null;
}

export class ResponseCache {
  private version = -1;
  // An entry costs its body and its key; one answer may take at most a quarter of the memory.
  private readonly entries: LRUCache<string, CachedResponse> | null;
  private readonly readOnly = new LRUCache<string, boolean>({ max: 1000 });

  /** `maxTokens`: a query past API_MAX_TOKENS is not parsed here either (Apollo refuses it). */
  constructor(
    maxBytes: number,
    private readonly maxTokens = 5000,
  ) {
    this.entries =
      maxBytes > 0
        ? new LRUCache({
            maxSize: maxBytes,
            maxEntrySize: maxBytes / 4,
            sizeCalculation: (v, k) =>
              v.body.length + k.length + (v.encoded?.br?.length ?? 0) + (v.encoded?.gzip?.length ?? 0),
          })
        : null;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  /** Takes the version a request read: a new one empties the cache. */
  observe(version: number): void {
    if (version !== this.version) {
      this.entries?.clear();
      this.version = version;
    }
  }

  /**
   * A validator of the answer to `key` at `version`: the answer depends on nothing else. Each
   * encoding of it is a representation of its own, with its own validator (`"…-br"`).
   */
  etag(key: string, version: number, encoding: Encoding | null = null): string {
    return `"${version}-${createHash('sha1').update(key).digest('hex').slice(0, 16)}${encoding ? `-${encoding}` : ''}"`;
  }

  /** The validator an If-None-Match header names of the answer to `key` at `version` (any encoding), or null. */
  matching(conditional: string, key: string, version: number): string | null {
    const current = new Set(([null, 'br', 'gzip'] as const).map((e) => this.etag(key, version, e)));
    for (const t of conditional.split(',')) {
      const tag = t.trim().replace(/^W\//, '');
      if (current.has(tag)) return tag;
    }
    return null;
  }

  /** The cache key of a request, or null when it may change data (a mutation) or is not GraphQL. */
  keyOf(method: string, search: string, body: unknown): string | null {
    const params = method === 'GET' ? Object.fromEntries(new URLSearchParams(search)) : body;
    if (!params || typeof params !== 'object') return null;
    const { query, variables, operationName } = params as {
      query?: unknown;
      variables?: unknown;
      operationName?: unknown;
    };
    if (typeof query !== 'string' || this.refused.has(query) || !this.isReadOnly(query)) return null;
    let vars = variables ?? null;
    if (typeof vars === 'string') {
      try {
        vars = JSON.parse(vars);
      } catch {
        return null;
      }
    }
    return JSON.stringify([query, vars, operationName ?? null]);
  }

  private readonly refused = new LRUCache<string, Buffer>({ max: 1000 });
  /**
   * Keeps the answer to a query refused for what it says (a syntax error, a failed validation, a
   * limit), which no graph or variables can change: the same query sent again gets the same
   * answer at once, without parsing or validating it again.
   */
  refuse(method: string, search: string, request: unknown, body: string): void {
    const query = this.plainQuery(method, search, request);
    if (query === undefined) return; // with variables, the refusal may come from them (a page size)
    const errors =
      (JSON.parse(body) as { errors?: { extensions?: { reason?: string; limit?: string } }[] }).errors ?? [];
    const fixed =
      errors.length > 0 &&
      errors.every(
        (e) =>
          /^GRAPHQL_(PARSE|VALIDATION)_FAILED$/.test(e.extensions?.reason ?? '') ||
          /^API_MAX_(COST|PAGE_SIZE|DEPTH|ALIASES|DIRECTIVES|TOKENS)$/.test(e.extensions?.limit ?? ''),
      );
    if (fixed) this.refused.set(query, Buffer.from(body));
  }

  /** The answer kept for a refused query, if the request is that query without variables. */
  refusal(method: string, search: string, request: unknown): Buffer | undefined {
    const query = this.plainQuery(method, search, request);
    return query === undefined ? undefined : this.refused.get(query);
  }

  /** The query of a request without variables. */
  private plainQuery(method: string, search: string, request: unknown): string | undefined {
    const params = method === 'GET' ? Object.fromEntries(new URLSearchParams(search)) : request;
    if (!params || typeof params !== 'object' || Array.isArray(params)) return undefined;
    const { query, variables } = params as { query?: unknown; variables?: unknown };
    const none = variables == null || (typeof variables === 'object' && !Object.keys(variables).length);
    return typeof query === 'string' && none ? query : undefined;
  }

  /**
   * The answer kept for `key` whatever the graph's version now, with the version it belongs to:
   * for when the version cannot be read (Neo4j unreachable) and an old answer beats none.
   */
  stale(key: string): { response: CachedResponse; version: number } | undefined {
    const response = this.entries?.get(key);
    return response ? { response, version: this.version } : undefined;
  }

  private isReadOnly(query: string): boolean {
    let known = this.readOnly.get(query);
    if (known === undefined) {
      try {
        known = parse(query, { maxTokens: this.maxTokens }).definitions.every(
          (d) => d.kind !== 'OperationDefinition' || d.operation === 'query',
        );
      } catch {
        known = false;
      }
      this.readOnly.set(query, known);
    }
    return known;
  }

  get(key: string, version: number): CachedResponse | undefined {
    const entry = version === this.version ? this.entries?.get(key) : undefined;
    if (entry) this.compressLater(key, entry);
    return entry;
  }

  /** Keeps an answer, as the bytes sent: a hit costs no encoding. */
  set(key: string, version: number, headers: [string, string][], body: string): void {
    if (version !== this.version || !this.entries) return;
    this.entries.set(key, { headers, body: Buffer.from(body) });
  }

  private readonly compressing = new WeakSet<CachedResponse>();
  /**
   * An answer of 1 KB or more asked for again is compressed off the event loop (zlib's thread pool)
   * and kept compressed too once that is done. Not before: most answers are never asked for twice
   * (a page of commitments, a no-cache read), and compressing each of them took CPU from the queries.
   */
  private compressLater(key: string, entry: CachedResponse): void {
    if (entry.encoded || entry.body.length < COMPRESS_FROM || this.compressing.has(entry)) return;
    this.compressing.add(entry);
    void Promise.all([compress.br(entry.body), compress.gzip(entry.body)]).then(
      ([br, gz]) => {
        // Still the same answer (not replaced, dropped, or emptied by a new version): keep it compressed.
        if (this.entries?.peek(key) === entry) this.entries.set(key, { ...entry, encoded: { br, gzip: gz } });
      },
      () => undefined, // not compressed: it is still served as it is
    );
  }
}
