import { describe, expect, it } from 'vitest';
import { findForums } from '../src/extract/forums.ts';
import { extractText } from '../src/extract/extract-document.ts';
import { lexicon } from '../src/extract/lexicon.ts';

/** Named bodies the gazetteer lacks are found by their shape; a country's own organs and generic phrases are not bodies. */
describe('forums by shape', () => {
  it.each([
    ['zh', '双方愿加强在中国—中亚外长会晤机制框架内的合作。', true],
    ['zh', '双方支持澜湄水资源合作论坛发挥作用。', true],
    ['en', 'The ministers welcomed the work of the Mekong River Commission.', true],
    ['en', 'The sides will cooperate within the ASEAN Plus Three framework.', true],
    ['zh', '全国人民代表大会常务委员会委员长会见了代表团。', false],
    ['zh', '国家发展和改革委员会与越南计划投资部签署了合作文件。', false],
    ['zh', '双方将加强在国际组织和多边平台的协调。', false],
    ['en', 'The sides will strengthen coordination in international organizations.', false],
    ['zh', '三方将打击毒品走私和跨国有组织犯罪。', false],
    ['en', "Li Keqiang, Premier of the State Council of the People's Republic of China, attended the summit.", false],
    ['en', 'The Security Council of the Russian Federation met on Friday.', false],
    ['en', 'She spoke with the Chairman of the Mekong River Commission.', true],
    ['zh', '双方同意加强打击有组织犯罪合作。', false],
    ['zh', '泰国总理巴育主持会议，各国领导人出席。', false],
    // Bodies of two countries are not multilateral.
    [
      'en',
      'The Sides instructed the Intergovernmental Russian-Vietnamese Commission on Trade to work out measures.',
      false,
    ],
    ['en', "Wang Yi held the fifth round of the China-Pakistan Foreign Ministers' Strategic Dialogue.", false],
    [
      'en',
      'They will use the Inter-Parliamentary Commission between the Federal Assembly and the National Assembly.',
      false,
    ],
    ['en', "They will act through the China-Afghanistan-Pakistan Foreign Ministers' Dialogue.", true],
    // A former state is not a body.
    ['en', 'The assistance rendered by the Soviet Union was recalled.', false],
    // A body as one partner of a treaty, fund or railway is a party there, not the forum.
    ['en', 'They welcomed cooperation under the ASEAN-China Maritime Cooperation Fund.', false],
    ['zh', '双方将推进中国—东盟自贸区3.0版谈判。', false],
    ['zh', '双方将深化中国—东盟合作。', true],
    ['en', 'We looked forward to the 28th ASEAN-China Summit.', true],
    // One country's own body, and people with their titles, are not bodies.
    ['en', 'Loans from the Brazilian Development Bank will finance the works.', false],
    ['en', 'Prime Minister Pham Minh Chinh and Chairman of the National Assembly Vuong Dinh Hue met him.', false],
    ['en', 'They praised the Parliamentary Assembly of Turkic States.', true],
    // A meeting named by its venue, and a body of two countries by its own word.
    ['en', 'The leaders looked forward to the Astana Summit.', false],
    ['en', 'They reviewed the work of the Bilateral Integration and Coordination Mechanism.', false],
    ['en', 'They supported the work of the Turkic Culture and Heritage Foundation.', true],
    // One country's own committee, a chain of numbers, an anniversary event, a verb before a body word.
    ['zh', '三方支持组建叙利亚宪法委员会。', false],
    ['zh', '会议同意推进“3+5+X合作框架”。', false],
    ['zh', '各方回顾了中国同中亚五国建交30周年视频峰会达成的共识。', false],
    ['zh', '中方期待同非洲国家一道推动本届峰会取得成果。', false],
  ] as const)('%s: %s → %s', (lang, text, named) => {
    expect(findForums(text, lang).length > 0).toBe(named);
  });

  const ids = (text: string) => findForums(text, 'en').map((f) => f.forum.id);

  it('reads two names joined by "and the" as two bodies, each by its own name', () => {
    expect(
      ids('Support the Caspian Chamber of Commerce and Industry and the Caspian Business Council in this.'),
    ).toEqual(['CASPIAN_BUSINESS_COUNCIL']);
    expect(ids('We thank the Arctic Economic Council and the Barents Regional Council.')).toEqual([
      'ARCTIC_ECONOMIC_COUNCIL',
      'BARENTS_REGIONAL_COUNCIL',
    ]);
  });

  it('derives an ASCII id from a name with accented letters', () => {
    expect(ids('Delegates of the São Paulo Forum met in Brasília.')).toEqual(['SAO_PAULO_FORUM']);
  });

  it('knows a listed body by the abbreviation of its row', () => {
    expect(ids('They will implement the OTS Strategic Roadmap.')).toEqual(['OTS']);
  });
});

describe('working bodies of a named body', () => {
  it('reads a working or contact group after a named body as that body', () => {
    const ids = (text: string) => findForums(text, 'en').map((f) => f.forum.id);
    expect(ids('The Ministers noted the importance of the "SCO–Afghanistan" Contact Group.')).toEqual(['SCO', 'SCO']);
    expect(ids('They will act through the Mekong Contact Group.')).toEqual(['MEKONG_CONTACT_GROUP']);
  });
});

describe('forum ids', () => {
  it("reads a body's own format as the body (金砖+, BRICS Plus are BRICS)", () => {
    expect(findForums('我们认为“金砖+”合作模式有助于扩大朋友圈。', 'zh').map((f) => f.forum.id)).toEqual(['BRICS']);
    expect(findForums('We support the BRICS Plus format.', 'en').map((f) => f.forum.id)).toEqual(['BRICS']);
  });
});

describe('a mechanism between two groups', () => {
  it.each([
    ['en', 'We welcomed the inaugural ASEAN-GCC Summit in Riyadh.', ['ASEAN_GCC']],
    ['zh', '双方欢迎首届东盟—海合会峰会在利雅得举行。', ['ASEAN_GCC']],
    ['en', 'ASEAN and the GCC will meet again in 2025.', ['ASEAN', 'GCC']],
    // A fund or free trade area between them is not a body: each group stays itself.
    ['en', 'They discussed an ASEAN-GCC Free Trade Agreement.', ['ASEAN', 'GCC']],
    // Nor an agreement, what the bodies do jointly, or a chain of three: each body stays itself.
    ['en', 'They welcomed the Joint United Nations-African Union Framework for Enhanced Partnership.', ['UN', 'AU']],
    ['en', 'They commended the Joint AU-EU-UN Taskforce on migrants.', ['AU', 'EU', 'UN']],
    ['en', 'The MERCOSUR-EU agreement should be concluded.', ['MERCOSUR', 'EU']],
    ['zh', '双方欢迎东盟—海合会部长级会议取得成果。', ['ASEAN_GCC']],
    ['en', 'ASEAN-GCC relations were formalised in 2009.', ['ASEAN_GCC']],
    // A listed body and a partner named by its shape: one mechanism, named by the whole compound.
    ['en', 'They met at the first GCC–Central Asia Summit in Jeddah.', ['GCC_CENTRAL_ASIA_SUMMIT']],
    // A grouping named by its abbreviation and what it is.
    ['en', 'The Ministers noted that the RIC format provides a useful platform.', ['RIC']],
    // An unlisted body takes the abbreviation the text gives it as its id.
    ['en', 'They support the Eurasian Development Forum (EDF) in Almaty.', ['EDF']],
  ] as const)('%s: %s → %s', (lang, text, ids) => {
    expect(findForums(text, lang).map((f) => f.forum.id)).toEqual(ids);
  });
});

describe('gazetteer rows for bodies the statements name', () => {
  it.each([
    [
      'en',
      'We welcome the launch of the ASEAN Centre for Public Health Emergencies and Emerging Diseases.',
      ['ACPHEED'],
    ],
    // A centre named on its own is a body of its own (as the annotators read the AHA Centre).
    ['en', 'We commend the AHA Centre for its work.', ['AHA_CENTRE']],
    ['en', 'They support the Coalition for Disaster Resilient Infrastructure and the G4.', ['CDRI', 'G4']],
  ] as const)('%s: %s → %s', (lang, text, ids) => {
    expect(findForums(text, lang).map((f) => f.forum.id)).toEqual(ids);
  });
});

describe("a body's name used for the lands of its members", () => {
  it.each([
    ['en', 'They will strengthen security and stability in the SCO region.', []],
    ['zh', '成员国将共同维护上合组织地区安全稳定。', []],
    ['zh', '成员国支持上合组织地区反恐怖机构发挥作用。', ['SCO']],
    ['en', 'They welcomed the work of the ASEAN Regional Forum.', ['ARF']],
  ] as const)('%s: %s → %s', (lang, text, ids) => {
    expect(findForums(text, lang).map((f) => f.forum.id)).toEqual(ids);
  });
});

describe("a mechanism's own meetings and bodies", () => {
  it.each([
    ['我们将通过中日韩环境部长会议等机制加强合作。', ['CJK']],
    ['与会方支持中国—中东欧国家物流合作联合会和中国—中东欧国家海事秘书处发挥作用。', ['CHINA_CEEC', 'CHINA_CEEC']],
    // A body word after a group with no mechanism of its own, or a concept, is no such body.
    ['我们致力于建设澜湄国家命运共同体。', []],
    ['双方支持海事秘书处发挥作用。', []],
    // The name starts at the group's, however long the run before the body word; one mention per body.
    ['与会方支持中国—中东欧国家地方省州长联合会、联合商会等平台加强协调。', ['CHINA_CEEC']],
    ['各方回顾了中国同中亚五国建交30周年视频峰会达成的共识。', []],
    // It holds another listed name inside it; around its own listed name it is that name's meeting.
    ['双方将举办中国—拉共体农业部长论坛。', ['CHINA_CELAC']],
    ['我们举行中非合作论坛第八届部长级会议。', ['FOCAC']],
  ] as const)('%s → %s', (text, ids) => {
    expect(findForums(text, 'zh').map((f) => f.forum.id)).toEqual(ids);
  });
});

describe('a Conference of the Parties', () => {
  it.each([
    ['We welcomed the holding of COP29 in Baku.', 'UNFCCC'],
    ['They supported the success of COP 15 of the Convention on Biological Diversity.', 'CBD'],
  ])('%s → %s', (text, id) => {
    expect(findForums(text, 'en').map((f) => f.forum.id)).toContain(id);
  });
});

describe('relations in general within a forum', () => {
  it.each([
    ['en', 'The two sides will deepen practical cooperation within the Shanghai Cooperation Organization.'],
    ['en', 'The sides agreed to strengthen dialogue and partnership in the framework of BRICS.'],
    ['zh', '双方将在上海合作组织框架内深化务实合作。'],
    // A body with a field of its own (the WTO's is trade, the WHO's health): coordination within it names none.
    ['zh', '双方将加强在联合国、世界贸易组织等多边机制框架内的协调。'],
    ['en', 'The two sides will strengthen coordination within the World Health Organization.'],
  ] as const)('%s: %s is cooperation within the forum with no field named (international_order)', (lang, text) => {
    const r = extractText(text, { lang, parties: ['CN', 'RU'], date: '2023-03-21' });
    const withForum = r.commitments.filter((c) => c.forum);
    expect(withForum.length).toBeGreaterThan(0);
    for (const c of withForum) expect(c.domain.id).toBe('international_order');
  });

  it('a field named beside the forum keeps its own domain', () => {
    const r = extractText('双方将在上海合作组织框架内深化能源合作。', {
      lang: 'zh',
      parties: ['CN', 'RU'],
      date: '2023-03-21',
    });
    expect(r.commitments.filter((c) => c.forum).map((c) => c.domain.id)).toEqual(['energy']);
  });

  it("a body's own meeting names no field, not even the body's own (黑海经济合作组织峰会)", () => {
    const r = extractText('双方欢迎黑海经济合作组织峰会成功举行。', {
      lang: 'zh',
      parties: ['RU', 'TR'],
      date: '2016-03-23',
    });
    expect(r.commitments.filter((c) => c.forum?.id === 'BSEC').map((c) => c.domain.id)).toEqual([
      'international_order',
    ]);
  });

  it("a body's name that holds the word cooperation names no cooperation (黑海经济合作组织)", () => {
    const r = extractText('双方支持黑海经济合作组织。', { lang: 'zh', parties: ['RU', 'TR'], date: '2016-03-23' });
    const home = lexicon().forumById.get('BSEC')?.home;
    expect(home).toBeTruthy();
    expect(r.commitments.filter((c) => c.forum?.id === 'BSEC').map((c) => c.domain.id)).toEqual([home]);
  });
});
