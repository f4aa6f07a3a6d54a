import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// npm 11 may skip install scripts silently; this fails if nodejieba's native module was not built.
describe('native modules', () => {
  it('nodejieba is built and segments Chinese', () => {
    const jieba = createRequire(import.meta.url)('nodejieba');
    expect(jieba.cut('双方将深化医疗卫生领域合作')).toContain('合作');
    expect(jieba.tag('加强合作').some((t: { tag: string }) => t.tag.startsWith('v'))).toBe(true);
  });
});
