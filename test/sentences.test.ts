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

// An article's number and title on a line of its own (第二条 合作领域, "Article 2 Areas of cooperation")
// head what follows: they are not the start of its first sentence.
describe('article headings', () => {
  it.each([
    [
      'zh',
      '第一条 合作目标\n双方将加强能源合作。\n\n第二条 其他\n中方愿扩大进口。',
      ['双方将加强能源合作。', '中方愿扩大进口。'],
    ],
    [
      'en',
      'Article 1 Objectives\n\nThe Parties will deepen energy cooperation.',
      ['The Parties will deepen energy cooperation.'],
    ],
  ] as const)('%s: %s', (lang, body, want) => {
    expect(sentencesOf(body, lang)).toEqual(want);
  });
});

describe("a scraped page's furniture is no sentence, and the sentences beside it stay", () => {
  const pageSentences = (text: string, lang: 'zh' | 'en') =>
    extractText(text, { lang, parties: ['CN', 'RU'], date: '2024-05-16' }).sentences.map((s) => s.text);
  it.each([
    [
      'en',
      "Joint statement of China and Russia\n\nBEIJING, May 16. /TASS/. The two sides will deepen energy cooperation.\n\nSource: Ministry of Foreign Affairs of the People's Republic of China Editor: Liu Xiaoxi [Print] [Close]\n\nDownload: Joint Statement (PDF, 312 KB)\n\nRead more: Lavrov and Wang Yi discuss the situation Tags: Russia-China relations",
      ['The two sides will deepen energy cooperation.'],
    ],
    [
      'en',
      "Declaration\n\nSTATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY THE PERMANENT REPRESENTATIVE\n\nThe sides will strengthen trade.\n\nFor the Russian Federation — V. Putin For the People's Republic of China — Xi Jinping",
      ['The sides will strengthen trade.'],
    ],
    [
      'zh',
      '中俄联合声明\n\n新华社北京5月16日电（记者张三）双方将深化能源合作。\n\n（来源：外交部网站）\n\n中华人民共和国主席习近平 俄罗斯联邦总统弗·弗·普京 2024年5月16日于北京【责任编辑：李晓】',
      ['双方将深化能源合作。'],
    ],
    [
      'zh',
      '中俄合作计划\n\n一、政治\n（一）双方将加强高层交往。\n\n                 — 1 —\n\n二、贸易和投资\n（一）双方将扩大贸易规模。\n\n第2页\n\n[1] [2] [Next Page]',
      ['双方将加强高层交往。', '双方将扩大贸易规模。'],
    ],
    [
      'en',
      'Joint statement of China and Russia\n\nThe two sides will deepen energy cooperation.\n\n- 2 -\n\nPage 3 of 10\n\nThey will expand trade.',
      ['The two sides will deepen energy cooperation.', 'They will expand trade.'],
    ],
  ] as const)('%s', (lang, text, expected) => {
    expect(pageSentences(text, lang)).toEqual(expected);
  });
});

// A statement's title may be long ("Statement by X on behalf of Y at the Opening Plenary of …"): a first
// line of up to 260 characters with no final stop is still the title; "Hon." ends no sentence.
describe('long titles and honorifics', () => {
  it('reads a long unpunctuated first line as the title, not a sentence', () => {
    const title =
      'Statement by the Republic of Fiji on behalf of the Pacific Small Island Developing States at the High-Level Segment of the Twenty-Ninth Session of the Conference of the Parties to the United Nations Framework Convention';
    const r = extractText(`${title}\n\nBaku, 20 November 2024\n\nWe call for ambitious climate finance.`, {
      lang: 'en',
    });
    expect(r.sentences.map((s) => s.text)).toEqual(['We call for ambitious climate finance.']);
  });
  it('does not end a sentence at "Hon."', () => {
    expect(sentencesOf('The statement was delivered by Hon. Jane Doe, Minister of Environment.', 'en')).toEqual([
      'The statement was delivered by Hon. Jane Doe, Minister of Environment.',
    ]);
  });
});
