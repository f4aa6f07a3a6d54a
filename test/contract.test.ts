import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract/extract-document.ts';
import { lexicon } from '../src/extract/lexicon.ts';
import { seed } from './helpers.ts';

/**
 * The gazetteer forums a text names, found the plainest way (every alias of data/forums.tsv, longest
 * first, a shorter one only where no longer one already matched; English aliases as whole words): what
 * the extractor must find, computed from the data rather than copied from its output.
 */
function forumsNamedIn(text: string): Set<string> {
  const aliases = lexicon().forums.flatMap((f) =>
    [...f.zh, ...f.en, ...(f.abbr ? [f.abbr] : [])].map((a) => [a, f.id] as const),
  );
  aliases.sort((a, b) => b[0].length - a[0].length);
  const taken = new Array<boolean>(text.length).fill(false);
  const found = new Set<string>();
  for (const [alias, id] of aliases) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = /^[\x20-\x7e]+$/.test(alias)
      ? new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'g')
      : new RegExp(escaped, 'g');
    for (const m of text.matchAll(re)) {
      const span = [m.index, m.index + alias.length];
      if (taken.slice(span[0], span[1]).some(Boolean)) continue;
      taken.fill(true, span[0], span[1]);
      found.add(id);
    }
  }
  return found;
}

// One contract suite that both the Chinese and the English extractor pass.
describe.each([
  ['zh', seed('cn-ru-2023-joint-statement-part3.zh.txt')],
  ['en', seed('cn-ru-2023-joint-statement-part3.en.txt')],
])('%s extractor contract', (lang, text) => {
  const r = extractText(text);
  const domains = new Set(lexicon().domains.map((d) => d.id));

  it('describes the document', () => {
    expect(r.document.language).toBe(lang);
    expect(r.document.id).toMatch(/^[0-9a-f]{16}$/);
    expect(r.document.parties).toEqual(['CN', 'RU']);
    expect(r.document.title).toBeTruthy();
  });
  it('gives sentences with offsets into the original text', () => {
    r.sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(s.start, s.end).replace(/\s/g, '')).toBe(s.text.replace(/\s/g, ''));
    });
  });
  it('gives commitments in the annotation shape, tied to their sentence', () => {
    expect(r.commitments.length).toBeGreaterThan(30);
    for (const c of r.commitments) {
      const s = r.sentences[c.sentence];
      expect(s).toBeDefined();
      expect(c.actors.length).toBeGreaterThan(0);
      for (const a of c.actors) expect(a.id).toMatch(/^[A-Z]{2}$/);
      expect(domains.has(c.domain.id)).toBe(true);
      expect(['support', 'oppose']).toContain(c.polarity);
      expect(typeof c.modality).toBe('string');
      expect(c.action).toHaveProperty('lemma');
      if (c.forum)
        expect(Object.keys(c.forum)).toEqual(expect.arrayContaining(['abbr', 'id', 'name', 'nameZh', 'text']));
      expect(c.evidence.start).toBeGreaterThanOrEqual(s.start);
      expect(c.evidence.end).toBeLessThanOrEqual(s.end);
    }
  });
  it('has both polarities and every gazetteer forum the text names', () => {
    expect(new Set(r.commitments.map((c) => c.polarity))).toEqual(new Set(['support', 'oppose']));
    const named = forumsNamedIn(text);
    expect(named.size).toBeGreaterThan(5);
    expect(new Set(r.commitments.map((c) => c.forum?.id).filter(Boolean))).toEqual(named);
  });
});
