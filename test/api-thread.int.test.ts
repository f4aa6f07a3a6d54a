import { describe, expect, it } from 'vitest';
import { startApiThread } from '../src/cli/api-thread.ts';
import { readConfig } from '../src/config.ts';

// `serve` and `start` run the API on a worker thread with a capped heap (API_HEAP_MB).
describe('the API thread of serve and start', () => {
  it('serves on a thread whose heap is capped as asked, and closes its port when stopped', async () => {
    const lines: string[] = [];
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'silent'; // the thread's request log (it reads its configuration when it starts)
    const api = await startApiThread(0, 160, (l) => lines.push(l)).finally(() => {
      if (level === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = level;
    });
    try {
      expect(api.heapLimitMb).toBeGreaterThanOrEqual(160);
      expect(api.heapLimitMb).toBeLessThan(160 + 100); // the cap plus the young generation, far below V8's default
      expect((await fetch(api.url.replace('/graphql', '/healthz'))).status).toBe(200);
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ domains { id } }' }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { domains: unknown[] } }).data.domains.length).toBeGreaterThan(10);
    } finally {
      await api.close();
    }
    await expect(fetch(api.url.replace('/graphql', '/healthz'))).rejects.toThrow();
    expect(lines).toEqual([]); // no restart, no error
  });

  it('API_HEAP_MB is 0 (no cap) or at least 128, else a clear error', () => {
    expect(readConfig({}).api.heapMb).toBe(512);
    expect(readConfig({ API_HEAP_MB: '0' }).api.heapMb).toBe(0);
    expect(readConfig({ API_HEAP_MB: '256' }).api.heapMb).toBe(256);
    expect(() => readConfig({ API_HEAP_MB: '64' })).toThrow(/API_HEAP_MB=64 is too small/);
    expect(() => readConfig({ API_HEAP_MB: 'lots' })).toThrow(/API_HEAP_MB=lots is not valid/);
  });
});
