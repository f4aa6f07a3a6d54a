import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract/extract-document.ts';

const sentencesOf = (body: string, lang: 'zh' | 'en') =>
  extractText(`Joint Statement\n\n${body}`, { lang }).sentences.map((s) => s.text);

// Where a sentence ends: English "!" and "?" end one only before white space or the end of the
// paragraph (after any closing quotes); Chinese 。！？ always do.
describe('sentence ends', () => {
  it.each([
    [
      'We met under the theme "TURKTIME!". We agreed to deepen trade.',
      ['We met under the theme "TURKTIME!".', 'We agreed to deepen trade.'],
    ],
    ['They asked: "Why not?" Then they agreed.', ['They asked: "Why not?"', 'Then they agreed.']],
    ['What next? We agreed to deepen trade.', ['What next?', 'We agreed to deepen trade.']],
  ])('en: %s', (body, want) => {
    expect(sentencesOf(body, 'en')).toEqual(want);
  });

  it('zh: 。！？ end a sentence wherever they stand', () => {
    expect(sentencesOf('双方将加强合作！双方支持上海合作组织。', 'zh')).toEqual([
      '双方将加强合作！',
      '双方支持上海合作组织。',
    ]);
  });
});
