import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract/extract-document.ts';
import { align, alignInput } from '../src/extract/align.ts';
import { seed, shared } from './helpers.ts';

// The two gold files list the same statement's sentences in the same order, so gold sentence i of
// the Chinese is gold sentence i of the English: that is the truth the alignment is held to.
const goldDir = shared('gold', 'align.test.ts: sentence pairs held to the gold files');
const gold = (lang: string) =>
  JSON.parse(readFileSync(join(goldDir!, `cn-ru-2023-joint-statement-part3.${lang}.gold.json`), 'utf8')).sentences.map(
    (s: { text: string }) => s.text,
  ) as string[];
const norm = (s: string) => s.replace(/\s/g, '');
const grams = (s: string) =>
  new Set(Array.from({ length: Math.max(0, norm(s).length - 2) }, (_, i) => norm(s).slice(i, i + 3)));
/** The gold sentence that holds most of the text's character trigrams (as the scorer aligns). */
function goldIndex(golds: string[], text: string): number {
  const g = grams(text);
  const share = golds.map((x) => {
    const h = grams(x);
    let n = 0;
    for (const t of g) if (h.has(t)) n++;
    return n / g.size;
  });
  return share.indexOf(Math.max(...share));
}

describe('aligning a translation with its original', () => {
  const zh = extractText(seed('cn-ru-2023-joint-statement-part3.zh.txt'));
  const enText = seed('cn-ru-2023-joint-statement-part3.en.txt');
  const en = extractText(enText);

  it.skipIf(!goldDir)('pairs every sentence with its counterpart and reports no disagreement', () => {
    const a = align(alignInput(zh), alignInput(en));
    const gz = gold('zh'),
      ge = gold('en');
    expect(a.pairs).toHaveLength(gz.length);
    for (const p of a.pairs) {
      expect(p.original).toHaveLength(1);
      expect(p.translation).toHaveLength(1);
      expect(goldIndex(gz, zh.sentences[p.original[0]].text)).toBe(goldIndex(ge, en.sentences[p.translation[0]].text));
    }
    expect(a.disagreements).toEqual([]);
    expect(a.counterparts.length).toBeGreaterThan(60);
  });

  it('reports exactly the forum deleted from one version', () => {
    const cut = extractText(enText.replace('the Shanghai Cooperation Organization, ', ''));
    const a = align(alignInput(zh), alignInput(cut));
    expect(a.disagreements.map((d) => [d.kind, d.id, d.onlyIn])).toEqual([['forum', 'SCO', 'original']]);
  });

  it('survives a sentence missing from the translation', () => {
    const cut = extractText(enText.replace(/The Chinese side supports the Russian side[^.]*\./, ''));
    const a = align(alignInput(zh), alignInput(cut));
    const unpaired = a.pairs.filter((p) => !p.translation.length);
    expect(unpaired).toHaveLength(1);
    expect(zh.sentences[unpaired[0].original[0]].text).toMatch(/^中方支持俄方/);
  });
});
