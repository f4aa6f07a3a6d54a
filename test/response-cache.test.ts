import { describe, expect, it } from 'vitest';
import { pickEncoding, ResponseCache } from '../src/api/response-cache.ts';

const body = (n: number) => 'x'.repeat(n);

describe('response cache', () => {
  it('keeps answers within its byte budget, dropping the least recently used', () => {
    const cache = new ResponseCache(1000);
    cache.observe(1);
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, 1, [], body(240)); // 241 bytes each with the key
    expect(cache.get('a', 1)?.body.length).toBe(240); // a is now the most recently used
    cache.set('e', 1, [], body(240)); // over 1000 bytes: b, the least recently used, goes
    expect(['a', 'b', 'c', 'd', 'e'].filter((k) => cache.get(k, 1))).toEqual(['a', 'c', 'd', 'e']);
  });

  it('keeps no answer over a quarter of the budget', () => {
    const cache = new ResponseCache(1000);
    cache.observe(1);
    cache.set('big', 1, [], body(300));
    expect(cache.get('big', 1)).toBeUndefined();
  });

  it('a new graph version empties it, and an answer of an old version is not kept', () => {
    const cache = new ResponseCache(1000);
    cache.observe(1);
    cache.set('a', 1, [['content-type', 'application/json']], '{}');
    expect(cache.get('a', 1)?.headers).toEqual([['content-type', 'application/json']]);
    cache.observe(2);
    expect(cache.get('a', 2)).toBeUndefined();
    cache.set('b', 1, [], '{}');
    expect(cache.get('b', 2)).toBeUndefined();
  });

  it.each([
    ['a query', true, 'POST', '', { query: '{ forums { id } }' }],
    ['a mutation', false, 'POST', '', { query: 'mutation { removeDocument(id: "x") }' }],
    ['a query sent with GET', true, 'GET', '?query=%7B%20forums%20%7B%20id%20%7D%20%7D', undefined],
    ['not GraphQL', false, 'POST', '', 'text'],
    ['unparsable', false, 'POST', '', { query: '{ forums {' }],
  ])('%s: may be cached %s', (_, cached, method, search, request) => {
    expect(new ResponseCache(1000).keyOf(method, search, request) !== null).toBe(cached);
  });

  it('is off with no budget', () => {
    expect(new ResponseCache(0).enabled).toBe(false);
  });
});

describe('kept answers compressed', () => {
  const settled = async (cache: ResponseCache, key: string) => {
    for (let i = 0; i < 100 && !cache.get(key, 1)?.encoded; i++) await new Promise((r) => setTimeout(r, 10));
    return cache.get(key, 1)!;
  };

  it('an answer of 1 KB or more is kept in brotli and gzip too, each the same bytes when decompressed', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const cache = new ResponseCache(1_000_000);
    cache.observe(1);
    const json = JSON.stringify({ data: { forums: Array.from({ length: 200 }, (_, i) => ({ id: `F${i}` })) } });
    cache.set('big', 1, [], json);
    cache.set('small', 1, [], '{"data":{}}');
    const big = await settled(cache, 'big');
    expect(brotliDecompressSync(big.encoded!.br!).toString()).toBe(json);
    expect(gunzipSync(big.encoded!.gzip!).toString()).toBe(json);
    expect(big.encoded!.br!.length).toBeLessThan(json.length / 4);
    expect(cache.get('small', 1)?.encoded).toBeUndefined();
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['br;q=0.0, gzip;q=0', null],
    ['identity', null],
    ['*', 'br'],
    [undefined, null],
  ])('Accept-Encoding %s → %s', async (accept, expected) => {
    const cache = new ResponseCache(1_000_000);
    cache.observe(1);
    cache.set('k', 1, [], 'y'.repeat(5000));
    expect(pickEncoding(await settled(cache, 'k'), accept)).toBe(expected);
  });

  it('each encoding has its own validator, and If-None-Match with any of them names the current answer', () => {
    const cache = new ResponseCache(1000);
    cache.observe(3);
    const plain = cache.etag('k', 3);
    const br = cache.etag('k', 3, 'br');
    expect(br).not.toBe(plain);
    expect(cache.matching(br, 'k', 3)).toBe(br);
    expect(cache.matching(`"other", W/${plain}`, 'k', 3)).toBe(plain);
    expect(cache.matching(br, 'k', 4)).toBeNull();
    expect(cache.matching(cache.etag('other', 3, 'gzip'), 'k', 3)).toBeNull();
  });
});
