import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { buildLexicon } from '../src/extract/lexicon.ts';
import { lexiconKey, readLexiconCache, writeLexiconCache } from '../src/extract/lexicon-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'pg-lexicon-cache-'));

describe('the lexicon copy made by the build', () => {
  it('reads back the lexicon it was written from, shared rows still shared', () => {
    const built = buildLexicon();
    const file = join(dir, 'good.cache');
    writeLexiconCache(built, [], file);
    const read = readLexiconCache(file);
    expect(read).not.toBeNull();
    expect(read).toEqual(built);
    // Maps point at the rows of their lists, as in the lexicon built from data/.
    const forum = read!.forums[0];
    expect(read!.forumById.get(forum.id)).toBe(forum);
    const group = read!.groups[0];
    expect(read!.groupById.get(group.id)).toBe(group);
  });

  it('reports again the warnings reading data/ gave', () => {
    const file = join(dir, 'warned.cache');
    const message = `data/forums.tsv:1: a warning kept in the copy ${Date.now()}`;
    writeLexiconCache(buildLexicon(), [message], file);
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      readLexiconCache(file);
      expect(emit).toHaveBeenCalledWith(message, { code: 'POLICY_GRAPH_DATA' });
    } finally {
      emit.mockRestore();
    }
  });

  // [what the file holds, why it must not be used]
  it.each([
    ['stale', () => serialize({ key: 'made from other data', lexicon: buildLexicon(), warnings: [] })],
    ['not a cache', () => Buffer.from('id\tzh\ten\n')],
    ['empty', () => Buffer.alloc(0)],
    ['a value without a key', () => serialize(null)],
  ])('is not used when %s', (name, body) => {
    const file = join(dir, `${name}.cache`);
    writeFileSync(file, body());
    expect(readLexiconCache(file)).toBeNull();
  });

  it('is not used when missing, and its key follows what decides the lexicon', () => {
    expect(readLexiconCache(join(dir, 'missing.cache'))).toBeNull();
    expect(lexiconKey()).toMatch(/^[0-9a-f]{64}$/);
    expect(lexiconKey()).toBe(lexiconKey());
  });
});
