import { parse } from 'graphql';
import type { GraphVersion } from './graph-version.ts';

/**
 * Whole GraphQL responses of read-only operations, kept while the graph does not change. Every
 * request reads the graph version (one tiny read; every load and removal bumps it), so an answer
 * is never served once the graph has moved on: the first request that sees a new version empties
 * the cache. Entries are dropped least-recently-used beyond `maxBytes`; responses with errors are
 * never kept. A request with `Cache-Control: no-cache` is executed afresh.
 */
export interface CachedResponse { status: number; headers: [string, string][]; body: Buffer }

export class ResponseCache {
  private version = -1;
  private entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private readOnly = new Map<string, boolean>();

  constructor(private readonly versions: GraphVersion, private readonly maxBytes: number) {}

  get enabled(): boolean { return this.maxBytes > 0; }

  async currentVersion(): Promise<number> {
    const version = await this.versions.get();
    if (version !== this.version) { this.entries.clear(); this.bytes = 0; this.version = version; }
    return version;
  }

  /** The cache key of a request, or null when it may change data (a mutation) or is not GraphQL. */
  keyOf(method: string, search: string, body: unknown): string | null {
    const params = method === 'GET' ? Object.fromEntries(new URLSearchParams(search)) : body;
    if (!params || typeof params !== 'object') return null;
    const { query, variables, operationName } = params as { query?: unknown; variables?: unknown; operationName?: unknown };
    if (typeof query !== 'string' || !this.isReadOnly(query)) return null;
    let vars = variables ?? null;
    if (typeof vars === 'string') { try { vars = JSON.parse(vars); } catch { return null; } }
    return JSON.stringify([query, vars, operationName ?? null]);
  }

  private isReadOnly(query: string): boolean {
    let known = this.readOnly.get(query);
    if (known === undefined) {
      try { known = parse(query).definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query'); } catch { known = false; }
      if (this.readOnly.size > 1000) this.readOnly.clear();
      this.readOnly.set(query, known);
    }
    return known;
  }

  get(key: string, version: number): CachedResponse | undefined {
    if (version !== this.version) return undefined;
    const hit = this.entries.get(key);
    if (hit) { this.entries.delete(key); this.entries.set(key, hit); } // most recently used last
    return hit;
  }

  /** Keeps an answer (as the bytes sent, so a hit costs no encoding) unless it has errors. */
  set(key: string, version: number, status: number, headers: [string, string][], body: string): void {
    if (version !== this.version || status !== 200 || body.includes('"errors":')) return;
    const response = { status, headers, body: Buffer.from(body) };
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
