import { describe, expect, it } from 'vitest';
import { countryList, findActors } from '../src/extract/actors.ts';
import { extractText } from '../src/extract/extract-document.ts';
import { groupMembers, lexicon } from '../src/extract/lexicon.ts';

/**
 * Who the parties of a statement are, from its title and opening, across the kinds of text the
 * extractor meets: summit and ministers' declarations of groups (spelled and cased as sources write
 * them), talks readouts naming leaders, bilateral and trilateral joint statements. `@GROUP` stands for
 * the group's members in the document's year, read from data/groups.tsv.
 */
const cases: [lang: 'zh' | 'en', title: string, body: string, parties: string][] = [
  [
    'en',
    'DECLARATION OF THE HEADS OF STATE OF THE MEMBER STATES OF THE SHANGHAI CO-OPERATION ORGANISATION',
    'Beijing, 7 June 2012\n\nThe Member States will deepen cooperation in energy.',
    '@SCO',
  ],
  [
    'en',
    'Declaration on Building a Region of Lasting Peace and Common Prosperity',
    'Beijing, 7 June 2012\n\nThe Heads of State of the SCO Member States met in Beijing.',
    '@SCO',
  ],
  [
    'en',
    'Beijing Declaration',
    '7 June 2012\n\nThe Heads of the Member States of the Shanghai Cooperation Organization (SCO) met in Beijing.',
    '@SCO',
  ],
  [
    'zh',
    '上海合作组织成员国元首理事会会议新闻公报',
    '2017年6月9日，阿斯塔纳\n\n上海合作组织成员国元首理事会会议于2017年6月8日至9日在阿斯塔纳举行。',
    '@SCO',
  ],
  [
    'en',
    'Joint Statement of the BRICS Ministers of Foreign Affairs',
    'New York, 26 September 2019\n\nThe BRICS Ministers of Foreign Affairs met on 26 September 2019.',
    '@BRICS',
  ],
  [
    'en',
    'EAEU leaders adopt Moscow Declaration',
    'Moscow, December 25, 2023\n\nThe leaders of the Eurasian Economic Union member states adopted a declaration.',
    '@EAEU',
  ],
  [
    'en',
    'STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY THE PERMANENT REPRESENTATIVE OF CUBA',
    'New York, 3 October 2023\n\nI have the honour to speak on behalf of the Group of 77 and China.',
    '@G77_CHINA',
  ],
  [
    'en',
    'Statement at the General Debate of the Second Committee',
    'New York, 3 October 2023\n\nI have the honour to deliver this statement on behalf of the Group of 77 and China.',
    '@G77_CHINA',
  ],
  [
    'en',
    "CHAIRMAN'S STATEMENT OF THE 31st ASEAN REGIONAL FORUM",
    'Vientiane, 27 July 2024\n\nThe 31st ASEAN Regional Forum was held in Vientiane.',
    '@ARF',
  ],
  [
    'en',
    'Xi Jinping meets Sergey Lavrov',
    'Source: Xinhua | 2024-04-09 17:32:05 | Editor: huaxia\n\nBEIJING, April 9 (Xinhua) -- Chinese President Xi Jinping met with visiting Russian Foreign Minister Sergey Lavrov.',
    'CN+RU',
  ],
  [
    'en',
    'President Xi Jinping Holds Talks with President Vladimir Putin',
    '2023-03-21\n\nOn March 21, 2023, President Xi Jinping held talks with President Vladimir Putin.',
    'CN+RU',
  ],
  [
    'zh',
    '习近平同俄罗斯总统普京举行会谈',
    '2023年3月21日\n\n国家主席习近平在克里姆林宫同俄罗斯总统普京举行会谈。',
    'CN+RU',
  ],
  [
    'zh',
    '王毅同德国外长贝尔伯克会谈',
    '2023年4月14日\n\n国务委员兼外长王毅在北京同德国外长贝尔伯克举行会谈。',
    'CN+DE',
  ],
  [
    'en',
    'Wang Yi Holds Talks with Egyptian Foreign Minister Sameh Shoukry',
    '2023-01-15\n\nOn January 15, Wang Yi held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo.',
    'CN+EG',
  ],
  [
    'en',
    "Joint Statement between the People's Republic of China and New Zealand",
    'Wellington, 13 June 2024\n\nAt the invitation of Prime Minister Christopher Luxon, Premier Li Qiang visited.',
    'CN+NZ',
  ],
  [
    'zh',
    '中华人民共和国和沙特阿拉伯王国联合公报',
    '2014年3月15日\n\n沙特阿拉伯王国王储萨勒曼对中国进行国事访问。',
    'CN+SA',
  ],
  [
    'zh',
    '中国—阿富汗—巴基斯坦第五次外长对话联合声明',
    '2023年5月6日\n\n中国、阿富汗、巴基斯坦三国外长在伊斯兰堡举行第五次外长对话。',
    'AF+CN+PK',
  ],
  [
    'en',
    "Joint Press Statement of the Visegrad Group and the Republic of Korea Foreign Ministers' Meeting",
    'Seoul, 17 July 2014\n\nThe Foreign Ministers met in Seoul.',
    '@V4+KR',
  ],
];

function expected(spec: string, year: number): string[] {
  const { groupById } = lexicon();
  return spec
    .split('+')
    .flatMap((p) => (p.startsWith('@') ? groupMembers(groupById.get(p.slice(1))!, year) : [p]))
    .sort();
}

describe('parties from titles and openings', () => {
  it.each(cases)('%s: %s', (lang, title, body, spec) => {
    const r = extractText(`${title}\n\n${body}`, { lang });
    const year = Number(r.document.date!.slice(0, 4));
    const want = expected(spec, year);
    expect(want.length).toBeGreaterThan(1);
    expect([...r.document.parties].sort()).toEqual(want);
  });

  // [why, language, text, the parties exactly]
  it.each([
    [
      "without a year, the members the opening lists, not the group's latest membership",
      'zh',
      '金砖国家领导人会晤通过《喀山宣言》\n\n新华社喀山10月23日电 金砖国家领导人会晤23日在俄罗斯喀山举行。\n\n宣言说，巴西、俄罗斯、印度、中国、南非、埃及、埃塞俄比亚、伊朗和阿拉伯联合酋长国领导人重申加强合作。',
      ['AE', 'BR', 'CN', 'EG', 'ET', 'IN', 'IR', 'RU', 'ZA'],
    ],
    [
      'a list without a founding member does not drop it (澜湄: China and the five Mekong countries)',
      'zh',
      '澜沧江—湄公河合作外长会联合新闻公报\n\n澜湄合作第四次外长会在老挝琅勃拉邦举行。柬埔寨、老挝、缅甸、泰国和越南外长出席。',
      ['CN', 'KH', 'LA', 'MM', 'TH', 'VN'],
    ],
    [
      'a country named only for its matters ("Syria\'s territorial integrity") is not a party',
      'en',
      "Türkiye, Russia, Iran reaffirm commitment to Syria's territorial integrity at Tehran summit\n\n19.07.2022\n\nThe leaders of Türkiye, Russia and Iran met in Tehran.",
      ['IR', 'RU', 'TR'],
    ],
    [
      '"C5+1": the group and the one partner its opening names',
      'en',
      'C5+1 Joint Statement\n\nFebruary 28, 2023\n\nThe following statement was released by the Governments of the United States of America, the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan, and the Republic of Uzbekistan.',
      ['KG', 'KZ', 'TJ', 'TM', 'US', 'UZ'],
    ],
    [
      'a country only discussed in the opening is not a party',
      'en',
      'Joint Statement of China and Russia\n\n2023-03-21\n\nThe two sides discussed the situation in Ukraine.',
      ['CN', 'RU'],
    ],
  ] as const)('%s', (_why, lang, text, parties) => {
    expect([...extractText(text, { lang }).document.parties].sort()).toEqual(parties);
  });

  it('"the Foreign Ministers of China and Russia" are China and Russia, not every party', () => {
    const r = extractText(
      'Joint Communique of the Foreign Ministers of Russia, India and China\n\n26 November 2021\n\nThe Foreign Ministers of China and Russia supported the role of the UN.',
      { lang: 'en' },
    );
    const actors = r.commitments.map((c) =>
      c.actors
        .map((a) => a.id)
        .sort()
        .join('+'),
    );
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(a).toBe('CN+RU');
  });

  it('the EU or the AU named as a side is the organisation, not its members, and no country discussed becomes a party', () => {
    const r = extractText(
      "29th EU-Japan Summit – Joint Statement\n\nBrussels, 13 July 2023\n\nStatements and remarks\n\nThe President of the European Council and the Prime Minister of Japan met in Brussels. We condemned Russia's war of aggression against Ukraine.",
      { lang: 'en' },
    );
    expect(r.document.title).toBe('29th EU-Japan Summit – Joint Statement');
    expect(r.document.parties).toEqual(['JP']);
  });
});

describe('a group praising, urging or encouraging its own members', () => {
  const brics = ['BR', 'RU', 'IN', 'CN', 'ZA'];
  const actorsOf = (text: string, lang: 'zh' | 'en') =>
    extractText(text, { lang, parties: brics, date: '2017-09-04' }).commitments.map((c) =>
      c.actors.map((a) => a.id).sort(),
    );
  it.each([
    ['en', 'We commend South Africa for its successful chairmanship of BRICS.', ['ZA']],
    [
      'en',
      'We thank Brazil, India and South Africa for their contributions to the New Development Bank.',
      ['BR', 'IN', 'ZA'],
    ],
    ['zh', '我们高度赞赏南非担任金砖国家主席国期间所做的工作。', ['ZA']],
    ['zh', '成员国领导人祝贺巴西和印度成功举办相关会议。', ['BR', 'IN']],
    // Urged or encouraged to act, a member is addressed, not speaking.
    ['en', 'We encouraged the Indian Government to ensure the timely implementation of the plan.', ['IN']],
    ['en', 'We urge Brazil and South Africa to resolve the matter through dialogue.', ['BR', 'ZA']],
    ['zh', '我们鼓励巴西继续推进相关改革进程。', ['BR']],
    ['en', 'The Ministers expressed appreciation to Russia for hosting the meeting on energy security.', ['RU']],
    ['zh', '我们高度评价俄罗斯担任金砖国家主席国期间所做的工作。', ['RU']],
    ['zh', '各方欢迎巴西担任2019年金砖国家主席国。', ['BR']],
    ['en', "We welcome India's chairship of BRICS in 2021.", ['IN']],
  ] as const)('%s: %s — the others speak', (lang, text, praised) => {
    const all = actorsOf(text, lang);
    expect(all.length).toBeGreaterThan(0);
    for (const actors of all)
      expect(actors).toEqual(brics.filter((c) => !(praised as readonly string[]).includes(c)).sort());
  });

  it('a group that praises an outsider keeps all its members', () => {
    for (const actors of actorsOf('We commend Egypt for hosting the conference on climate change.', 'en'))
      expect(actors).toEqual([...brics].sort());
  });
});

describe('a group named as one side', () => {
  const ids = (text: string, parties: string[]) =>
    extractText(text, { lang: 'zh', parties, date: '2020-07-06' }).commitments.map((c) =>
      c.actors.map((a) => a.id).sort(),
    );
  it('阿方 in a China–Arab States statement is the Arab parties; in a China–Argentina one, Argentina', () => {
    const { groupById } = lexicon();
    const arab = groupMembers(groupById.get('LAS')!, 2020);
    const found = ids('阿方重申坚定奉行一个中国原则。', ['CN', ...arab]);
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) expect(a).toEqual([...arab].sort());
    for (const a of ids('阿方重申坚定奉行一个中国原则。', ['CN', 'AR'])) expect(a).toEqual(['AR']);
  });

  it('非洲各国 / "African countries" with China are the document\'s parties, not all of Africa', () => {
    const parties = ['CN', 'KE', 'NG', 'ZA'];
    for (const [lang, text] of [
      ['zh', '中国和非洲各国将加强卫生合作。'],
      ['en', 'China and African countries will strengthen cooperation in health.'],
    ] as const) {
      const found = extractText(text, { lang, parties, date: '2021-11-30' }).commitments.map((c) =>
        c.actors.map((a) => a.id).sort(),
      );
      expect(found, text).toEqual([[...parties].sort()]);
    }
  });

  it('岛国方面 is the island countries among the parties, and the verb after 中方和岛国方面 heads the clause', () => {
    const parties = ['CN', 'FJ', 'WS', 'TO'];
    const found = extractText('中方和岛国方面共同反对保护主义。', {
      lang: 'zh',
      parties,
      date: '2022-05-30',
    }).commitments;
    expect(found.map((c) => [c.actors.map((a) => a.id).sort(), c.polarity])).toEqual([[[...parties].sort(), 'oppose']]);
  });

  it('我们，X和Y的外长…: the clause after a bare "we" does not narrow it', () => {
    const { groupById } = lexicon();
    const parties = ['CN', ...groupMembers(groupById.get('LAS')!, 2020)];
    const found = ids('我们，中华人民共和国和阿拉伯国家的外交部长，同意深化能源合作。', parties);
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) expect(a).toEqual([...parties].sort());
  });
});

describe('a mechanism opening a clause is a topic, not who speaks', () => {
  const lmc = ['CN', 'KH', 'LA', 'MM', 'TH', 'VN'];
  it.each([
    ['zh', '王毅表示，澜湄合作秉持开放包容的精神，实现快速发展。'],
    ['en', 'Wang Yi said that Lancang-Mekong Cooperation has achieved rapid development.'],
  ] as const)('%s: %s', (lang, text) => {
    const r = extractText(text, { lang, parties: lmc, date: '2018-12-17' });
    expect(r.commitments.length).toBeGreaterThan(0);
    for (const c of r.commitments) expect(c.actors.map((a) => a.id)).toEqual(['CN']);
  });
});

describe('a text without a full date', () => {
  it('reads group membership and leaders in the latest year its opening names, and reports no date', () => {
    const r = extractText(
      'BRICS Leaders Meet in 2017\n\nXiamen, September 4 (Xinhua)\n\nWe will deepen cooperation in energy.',
      {
        lang: 'en',
      },
    );
    expect(r.document.date).toBeNull();
    expect([...r.document.parties].sort()).toEqual(['BR', 'CN', 'IN', 'RU', 'ZA']);
  });

  it.each([
    // No year at all: Temer (2016–2018) and Zuma (2009–2018) were in office together until 2018.
    [
      'en',
      'BRICS leaders meet in Xiamen\n\nXiamen, September 4 (Xinhua) -- President Michel Temer, President Jacob Zuma, Prime Minister Narendra Modi, President Vladimir Putin and President Xi Jinping met in Xiamen.\n\nWe will deepen cooperation in energy.',
      'BRICS',
      [2016, 2018],
    ],
    // Only a founding year written (1992): Tokayev (2019–) and Rouhani (–2021) put it in 2019–2021.
    [
      'zh',
      '亚信峰会在杜尚别举行\n\n新华社杜尚别6月15日电 亚洲相互协作与信任措施会议（亚信）峰会15日在杜尚别举行。习近平、托卡耶夫、鲁哈尼等成员国领导人出席。亚信成立于1992年。\n\n亚信成员国领导人同意加强能源合作。',
      'CICA',
      [2019, 2021],
    ],
  ] as const)(
    '%s: with no year of the document written, the leaders it names date the membership',
    (lang, text, group, [from, to]) => {
      const r = extractText(text, { lang });
      expect(r.document.date).toBeNull();
      const g = lexicon().groupById.get(group)!;
      const parties = [...r.document.parties].sort();
      // The membership of a year in which all of them held office, not today's.
      expect([from, to].some((y) => JSON.stringify([...groupMembers(g, y)].sort()) === JSON.stringify(parties))).toBe(
        true,
      );
      expect(parties).not.toEqual([...groupMembers(g, new Date().getUTCFullYear())].sort());
    },
  );
});

describe('numbered points a leader announced', () => {
  const actorsBySentence = (text: string, lang: 'zh' | 'en') => {
    const r = extractText(text, { lang, parties: ['CN', 'FR'], date: '2019-03-25' });
    return r.sentences.map((s) => [
      ...new Set(
        r.commitments
          .filter((c) => c.sentence === s.index)
          .map((c) =>
            c.actors
              .map((a) => a.id)
              .sort()
              .join('+'),
          ),
      ),
    ]);
  };
  it.each([
    [
      'zh',
      '习近平就中法关系发展提出三点建议。\n第一，双方要加强能源合作。\n第二，双方要深化航天合作。\n\n双方同意加强卫生合作。',
    ],
    [
      'en',
      'President Xi Jinping made three proposals on China-France relations.\nFirst, the two sides should strengthen energy cooperation.\nSecond, the two sides should deepen space cooperation.\n\nThe two sides agreed to strengthen health cooperation.',
    ],
  ] as const)(
    "%s: the points are his country's; a paragraph that numbers nothing is both sides' again",
    (lang, text) => {
      const by = actorsBySentence(text, lang);
      expect(by.slice(1, 3)).toEqual([['CN'], ['CN']]);
      expect(by[3]).toEqual(['CN+FR']);
    },
  );
});

describe('English names joined from a country or leader and the words around it', () => {
  const spans = (text: string) => findActors(text, 'en').map((h) => [h.surface, h.value.kind]);
  it.each([
    ['the Government of the Republic of Serbia will', [['the Government of the Republic of Serbia', 'country']]],
    ["Serbia's Ministry of Foreign Affairs said", [["Serbia's Ministry of Foreign Affairs", 'country']]],
    [
      'the leaders of Brazil and China',
      [
        ['the leaders of Brazil', 'country'],
        ['China', 'country'],
      ],
    ],
    ['President Xi Jinping said', [['President Xi Jinping', 'leader']]],
    ['Prime Minister Narendra Modi said', [['Prime Minister Narendra Modi', 'leader']]],
    // A title before a country's own name (a list of signatories) leaves the country's name alone.
    ['by the President of the Republic of Serbia', [['the President of the Republic of Serbia', 'country']]],
    ['by President of the Republic of Serbia', [['the Republic of Serbia', 'country']]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a preamble is text, not a title', () => {
  it('lines ending in a comma after the title are a sentence of the parties', () => {
    const text = [
      'Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of Indonesia and the Ministry of Foreign Affairs of the Republic of Korea',
      '',
      'The Ministry of Foreign Affairs of the Republic of Indonesia and the Ministry of Foreign Affairs of the Republic of Korea (hereinafter "the Parties"),',
      'Desiring to strengthen the friendly relations between the two countries,',
      'Have reached the following understanding:',
      'The Parties shall promote cooperation in the field of trade.',
    ].join('\n');
    const r = extractText(text, { lang: 'en' });
    expect(r.sentences[0].text).toMatch(/^The Ministry of Foreign Affairs .*Desiring to strengthen/s);
    expect(r.commitments.filter((c) => c.sentence === 0).map((c) => c.actors.map((a) => a.id).sort())).toContainEqual([
      'ID',
      'KR',
    ]);
  });
});

describe('a signature line', () => {
  it.each([
    [
      'en',
      'Memorandum of Understanding between China and Russia\n\nThe Parties shall promote cooperation in the field of trade.\nSigned in Beijing on 10 March 2023, in duplicate, in the Chinese, Russian and English languages.',
      '2023-03-10',
    ],
    [
      'zh',
      '中华人民共和国和俄罗斯联邦合作谅解备忘录\n\n双方将加强贸易合作。\n本备忘录于2017年11月30日在北京签署，一式两份，每份均用中文和俄文写成。',
      '2017-11-30',
    ],
  ] as const)('%s: is no sentence, and dates an undated text', (lang, text, date) => {
    const r = extractText(text, { lang });
    expect(r.document.date).toBe(date);
    expect(r.sentences.map((s) => s.text).join(' ')).not.toMatch(/Signed in|签署，一式/);
    expect(r.commitments.map((c) => c.domain.id)).toEqual(['economy_trade']);
  });
});

describe('who speaks in an English news report', () => {
  const c5 = ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ'];
  const actorsOf = (text: string) =>
    extractText(text, { lang: 'en', parties: c5, date: '2023-05-19' }).commitments.map((c) =>
      c.actors.map((a) => a.id).sort(),
    );
  it.each([
    // After the dateline, "Chinese President Xi Jinping and the leaders of …" is a list of subjects.
    [
      "XI'AN, May 19 (Xinhua) -- Chinese President Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan agreed to deepen energy cooperation.",
      c5,
    ],
    // A short leader's name before a reporting verb is the leader.
    ['Xi said China is ready to deepen energy cooperation.', ['CN']],
    ['Xi asked the Kazakh side to deepen energy cooperation.', ['CN']],
    // A group's leaders named as one side.
    ['The Central Asian leaders said their countries will deepen energy cooperation.', ['KG', 'KZ', 'TJ', 'TM', 'UZ']],
  ])('%s', (text, actors) => {
    expect(actorsOf(text)).toContainEqual([...actors].sort());
  });

  it('a short name elsewhere is no one', () => {
    expect(findActors('Li and Xi are common words here; Xi Jinping is not.', 'en').map((h) => h.surface)).toEqual([
      'Xi Jinping',
    ]);
  });
});

describe('an organisation speaking in its own name', () => {
  const keys = (r: ReturnType<typeof extractText>) =>
    r.commitments.map((c) => `${c.sentence}:${c.actors.map((a) => a.id).join('+')}:${c.domain.id}:${c.polarity}`);

  it.each([
    [
      'en',
      'Joint Statement by the President of the European Council and the Chairperson of the African Union Commission\n\nBrussels, 12 March 2019\n\nThe two leaders agreed to deepen cooperation on climate change.\nThey condemned terrorism in all its forms.',
    ],
    [
      'zh',
      '联合国秘书长与非盟委员会主席联合公报\n\n2019年3月12日\n\n双方同意深化气候变化领域合作。双方谴责一切形式的恐怖主义。',
    ],
  ] as const)('%s: the officers of organisations in the title are the voice, with no country', (lang, text) => {
    const r = extractText(text, { lang });
    expect(r.document.parties).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('no-parties');
    expect(keys(r)).toEqual(['0::climate_environment:support', '1::counter_terrorism:oppose']);
  });

  it('a title with no country and no officer still has no voice (nothing is made up)', () => {
    const r = extractText(
      'Joint Statement on Climate\n\nThe two leaders agreed to deepen cooperation on climate change.',
      {
        lang: 'en',
      },
    );
    expect(r.commitments).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain('no-parties');
  });

  it('the EU beside a party is the party alone; the EU alone is nobody; EU member states are its members', () => {
    const r = extractText(
      'The EU and China will strengthen cooperation on climate change. The EU reaffirmed its support for free trade. EU member states will deepen energy cooperation.',
      { lang: 'en', parties: ['CN'], date: '2018-07-16' },
    );
    const [first, second, third] = [0, 1, 2].map((i) => r.commitments.filter((c) => c.sentence === i));
    expect(first.map((c) => c.actors.map((a) => a.id))).toEqual([['CN']]);
    expect(second.length).toBeGreaterThan(0);
    for (const c of second) expect(c.actors).toEqual([]);
    expect(third[0].actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(groupMembers(lexicon().groupById.get('EU')!, 2018)),
    );
  });

  it('a party that belongs to the EU speaks for it beside China (中国和欧盟 in a China–Hungary statement)', () => {
    const r = extractText('双方都认为，中国和欧盟是全面战略伙伴。', {
      lang: 'zh',
      parties: ['CN', 'HU'],
      date: '2024-05-09',
    });
    expect(r.commitments.map((c) => c.actors.map((a) => a.id).sort())).toContainEqual(['CN', 'HU']);
  });
});

describe('places that are no state', () => {
  it.each([
    ['zh', '肯尼亚政府承认中华人民共和国政府是代表全中国的唯一合法政府，台湾是中国领土不可分割的一部分。'],
    [
      'en',
      "Kenya reaffirms the one-China principle; Taiwan is an inalienable part of China's territory, and Kenya opposes any form of Taiwan independence.",
    ],
  ] as const)('%s: Taiwan, a part of China in these texts, is never who speaks', (lang, text) => {
    const r = extractText(text, { lang, parties: ['CN', 'KE'], date: '2017-05-11' });
    expect(r.commitments.length).toBeGreaterThan(0);
    for (const c of r.commitments) expect(c.actors.map((a) => a.id)).toEqual(['KE']);
  });

  it.each([
    ['en', 'Chile and China will cooperate on scientific research in Antarctica.'],
    ['zh', '智利和中国将加强在南极洲的科学考察合作。'],
  ] as const)('%s: Antarctica is a polar field, never a party', (lang, text) => {
    const r = extractText(text, { lang, parties: ['CL', 'CN'], date: '2024-05-09' });
    expect(r.commitments.map((c) => c.domain.id)).toContain('ocean_polar');
    for (const c of r.commitments) expect(c.actors.map((a) => a.id).sort()).toEqual(['CL', 'CN']);
  });
});

describe("one side's words about what a group should do", () => {
  const brics = ['BR', 'RU', 'IN', 'CN', 'ZA', 'EG', 'ET', 'IR', 'AE'];
  const actorsOf = (text: string) =>
    extractText(text, { lang: 'zh', parties: brics, date: '2024-06-10' }).commitments.map((c) =>
      c.actors.map((a) => a.id).join('+'),
    );
  it.each([
    '王毅表示，金砖国家应做维护和平的稳定力量，反对霸权主义。',
    '王毅在会上发言时表示，金砖国家应做维护和平的稳定力量，反对霸权主义。',
  ])('%s is China’s proposal', (text) => {
    const actors = actorsOf(text);
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(a).toBe('CN');
  });

  it('what the group will do, reported by one side, stays the group’s', () => {
    const actors = actorsOf('王毅表示，金砖国家将继续加强能源合作。');
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(a.split('+').length).toBeGreaterThan(1);
  });
});

describe('an organisation that is a side of the statement', () => {
  it('is a party there, not a forum ("EU-Japan Summit")', () => {
    const r = extractText(
      '29th EU-Japan Summit – Joint Statement\n\nUnder the EU-Japan Green Alliance, we will accelerate cooperation on renewable energy.\n\nPrime Minister Kishida welcomed the EU’s decision to lift import restrictions on food products from Japan.',
      { lang: 'en', date: '2023-07-13' },
    );
    expect(r.commitments.length).toBeGreaterThan(0);
    expect(r.commitments.filter((c) => c.forum?.id === 'EU')).toEqual([]);
    expect(r.commitments.map((c) => `${c.actors.map((a) => a.id).join('+')}|${c.domain.id}`)).toContain('JP|energy');
  });
});

describe('"the two" in a statement of three', () => {
  it('两国 are the parties other than the one the clause speaks of', () => {
    const r = extractText('两国支持伊朗维护国家主权和领土完整。', {
      lang: 'zh',
      parties: ['CN', 'RU', 'IR'],
      date: '2025-03-14',
    });
    expect(r.commitments.length).toBeGreaterThan(0);
    for (const c of r.commitments) expect(c.actors.map((a) => a.id).sort()).toEqual(['CN', 'RU']);
  });
});

describe('a group named by its short side form', () => {
  it('岛国 in a China–Pacific Islands statement are the island parties, not China', () => {
    const parties = ['CN', 'FJ', 'WS', 'SB', 'KI', 'TO', 'VU', 'PG', 'FM', 'CK', 'NU'];
    const r = extractText('岛国欢迎中方继续提供杂交水稻等技术支持。', { lang: 'zh', parties, date: '2022-05-30' });
    expect(r.commitments.length).toBeGreaterThan(0);
    for (const c of r.commitments)
      expect(c.actors.map((a) => a.id).sort()).toEqual(parties.filter((p) => p !== 'CN').sort());
  });
});

describe('group membership by day', () => {
  const sco = () => lexicon().groupById.get('SCO')!;
  it('counts a member from the day it joined, where the document gives a day', () => {
    expect(groupMembers(sco(), '2017-04-21')).not.toContain('IN');
    expect(groupMembers(sco(), '2017-06-09')).toEqual(expect.arrayContaining(['IN', 'PK']));
    // A document dated only by its year counts those who joined in that year.
    expect(groupMembers(sco(), 2017)).toEqual(expect.arrayContaining(['IN', 'PK']));
  });
  it('leaves a member out from the day it left or was suspended to the day it returned', () => {
    const eu = lexicon().groupById.get('EU')!;
    expect(groupMembers(eu, '2020-01-31')).toContain('GB');
    expect(groupMembers(eu, '2020-02-01')).not.toContain('GB');
    const las = lexicon().groupById.get('LAS')!;
    expect(groupMembers(las, '2023-05-06')).not.toContain('SY');
    expect(groupMembers(las, '2023-05-07')).toContain('SY');
  });
  it('reads the members of a statement dated before an accession in that year', () => {
    const text =
      '上海合作组织成员国外交部长理事会会议新闻公报\n\n2017年4月21日，上海合作组织成员国外交部长理事会会议在阿斯塔纳举行。\n\n成员国将深化经贸合作。';
    const parties = extractText(text, { lang: 'zh' }).document.parties;
    expect([...parties].sort()).toEqual(['CN', 'KG', 'KZ', 'RU', 'TJ', 'UZ']);
  });
});

describe('a statement delivered on behalf of a group of countries', () => {
  it('its parties are the countries of the list further on (a footnote, 共同发言国家名单), not the speaker alone', () => {
    const en =
      'Joint Statement delivered by Cuba on behalf of a group of 5 countries*\n\nMr. Chair,\n\nWe oppose unilateral coercive measures.\n\nThank you, Mr. Chair.\n\n___\n* Belarus, Bolivia (Plurinational State of), Cuba, Iran (Islamic Republic of), Venezuela (Bolivarian Republic of).';
    expect(extractText(en, { lang: 'en' }).document.parties.sort()).toEqual(['BO', 'BY', 'CU', 'IR', 'VE']);
    const zh =
      '陈旭大使代表5国在人权理事会作共同发言\n\n主席先生：\n\n我们反对单边强制措施。\n\n共同发言国家名单（按英文字母顺序）：白俄罗斯、多民族玻利维亚国、中国、古巴、委内瑞拉。';
    const out = extractText(zh, { lang: 'zh' });
    expect(out.document.parties.sort()).toEqual(['BO', 'BY', 'CN', 'CU', 'VE']);
    expect(
      out.commitments.map((c) =>
        c.actors
          .map((a) => a.id)
          .sort()
          .join('+'),
      ),
    ).toContain('BO+BY+CN+CU+VE');
  });
  it('a sentence naming a few countries among other words is no list', () => {
    expect(countryList('中国、俄罗斯和印度支持在联合国框架内加强合作。', 'zh')).toBeNull();
    expect(countryList('Algeria, Belarus and Cuba called for the lifting of sanctions.', 'en')).toBeNull();
    expect(countryList('Co-sponsors: Algeria, Belarus and Cuba.', 'en')).toEqual(['DZ', 'BY', 'CU']);
  });
});

describe("a group's side named in a title", () => {
  it('"the GCC and the Central Asian Countries" are the members of both', () => {
    const text =
      'Joint Statement of the First Summit of the Gulf Cooperation Council and the Central Asian Countries\n\nJeddah, 19 July 2023\n\nWe agreed to deepen cooperation in energy.';
    expect(extractText(text, { lang: 'en' }).document.parties.sort()).toEqual(
      ['AE', 'BH', 'KG', 'KW', 'KZ', 'OM', 'QA', 'SA', 'TJ', 'TM', 'UZ'].sort(),
    );
  });
});

describe('a group named by one of its officers', () => {
  it('is its secretariat, not its members (海合会秘书长, "the Secretary-General of ASEAN")', () => {
    const zh =
      '王毅同海合会秘书长及沙特、科威特外长举行会谈\n\n2022年1月11日，王毅同来华访问的海合会秘书长和沙特、科威特外长举行会谈。';
    expect(extractText(zh, { lang: 'zh' }).document.parties.sort()).toEqual(['CN', 'KW', 'SA']);
    const en =
      'Wang Yi Meets Secretary-General of ASEAN and the Foreign Minister of Laos\n\nBeijing, 3 May 2023\n\nWang Yi met them.';
    expect(extractText(en, { lang: 'en' }).document.parties.sort()).toEqual(['CN', 'LA']);
  });
});

describe('a title and a surname', () => {
  it('"Foreign Minister Marsudi" is the minister of that day; "Prime Minister said" names no one', () => {
    const names = (t: string) => findActors(t, 'en').map((m) => m.surface);
    expect(names('Foreign Minister Marsudi briefed the Secretary.')).toEqual(['Foreign Minister Marsudi']);
    expect(names('Prime Minister said that India would work with Brazil.')).toEqual(['India', 'Brazil']);
  });
});

describe('a header line that names the statement', () => {
  it('counts with the title: who it names are parties', () => {
    const text =
      'JOINT COMMUNIQUÉ OF THE PRESIDENTS OF THE STATES PARTIES OF MERCOSUR AND BOLIVIA\nLXIII Summit of Presidents of MERCOSUR\nRio de Janeiro, 7 December 2023\n\nThe Presidents met in Rio de Janeiro.\n\nThey agreed to deepen trade.';
    expect(extractText(text, { lang: 'en' }).document.parties.sort()).toEqual(['AR', 'BO', 'BR', 'PY', 'UY']);
  });
});
