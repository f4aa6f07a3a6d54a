import { createHash } from 'node:crypto';
import { parse } from 'graphql';
/**
 * Whole GraphQL responses of read-only operations, kept while the graph does not change. Every
 * request reads the graph version (one tiny read; every load and removal bumps it), so an answer
 * is never served once the graph has moved on: the first request that sees a new version empties
 * the cache. Entries are dropped least-recently-used beyond `maxBytes`. The server decides what
 * may be kept (answers without errors) and skips the cache for `Cache-Control: no-cache`.
 */
export interface CachedResponse { headers: [string, string][]; body: Buffer }

export class ResponseCache {
  private version = -1;
  private entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private readOnly = new Map<string, boolean>();

  /** `maxTokens`: a query past API_MAX_TOKENS is not parsed here either (Apollo refuses it). */
  constructor(private readonly maxBytes: number, private readonly maxTokens = 5000) {}

  get enabled(): boolean { return this.maxBytes > 0; }

  /** Takes the version a request read: a new one empties the cache. */
  observe(version: number): void {
    if (version !== this.version) { this.entries.clear(); this.bytes = 0; this.version = version; }
  }

  /** A validator of the answer to `key` at `version`: the answer depends on nothing else. */
  etag(key: string, version: number): string {
    return `"${version}-${createHash('sha1').update(key).digest('hex').slice(0, 16)}"`;
  }

  /** The cache key of a request, or null when it may change data (a mutation) or is not GraphQL. */
  keyOf(method: string, search: string, body: unknown): string | null {
    const params = method === 'GET' ? Object.fromEntries(new URLSearchParams(search)) : body;
    if (!params || typeof params !== 'object') return null;
    const { query, variables, operationName } = params as { query?: unknown; variables?: unknown; operationName?: unknown };
    if (typeof query !== 'string' || this.refused.has(query) || !this.isReadOnly(query)) return null;
    let vars = variables ?? null;
    if (typeof vars === 'string') { try { vars = JSON.parse(vars); } catch { return null; } }
    return JSON.stringify([query, vars, operationName ?? null]);
  }

  private refused = new Set<string>();
  /** Notes a query refused for what it is (400): it is not looked up again. */
  refuse(key: string): void {
    const [query, vars] = JSON.parse(key) as [string, unknown];
    if (vars !== null) return; // the refusal may come from the variables (a page size), not the query
    if (this.refused.size > 1000) this.refused.clear();
    this.refused.add(query);
  }

  private isReadOnly(query: string): boolean {
    let known = this.readOnly.get(query);
    if (known === undefined) {
      try { known = parse(query, { maxTokens: this.maxTokens }).definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query'); } catch { known = false; }
      if (this.readOnly.size > 1000) this.readOnly.clear();
      this.readOnly.set(query, known);
    }
    return known;
  }

  /**
   * The answer kept for `key` whatever the graph's version now, with the version it belongs to:
   * for when the version cannot be read (Neo4j unreachable) and an old answer beats none.
   */
  stale(key: string): { response: CachedResponse; version: number } | undefined {
    const response = this.entries.get(key);
    return response ? { response, version: this.version } : undefined;
  }

  get(key: string, version: number): CachedResponse | undefined {
    if (version !== this.version) return undefined;
    const hit = this.entries.get(key);
    if (hit) { this.entries.delete(key); this.entries.set(key, hit); } // most recently used last
    return hit;
  }

  /** Keeps an answer, as the bytes sent (a hit costs no encoding). */
  set(key: string, version: number, headers: [string, string][], body: string): void {
    if (version !== this.version) return;
    const response = { headers, body: Buffer.from(body) };
    const size = response.body.length + key.length;
    if (size > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) { this.bytes -= old.body.length + key.length; this.entries.delete(key); }
    for (const [k, v] of this.entries) {
      if (this.bytes + size <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length + k.length;
    }
    this.entries.set(key, response);
    this.bytes += size;
  }
}
