import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract/extract-document.ts';
import { keys } from './helpers.ts';

// [sentence, commitments that must be extracted, commitments that must not] — keys are
// actors|domain|forum|polarity, as the scorer counts them. Parties are CN and RU unless noted.
const zh: [string, string[], string[]][] = [
  ['双方将深化医疗卫生领域合作。', ['CN+RU|health|-|support'], []],
  // An opposing verb after a head verb and adverbs, and a document that speaks for its parties.
  ['双方重申坚决谴责一切形式的恐怖主义。', ['CN+RU|counter_terrorism|-|oppose'], ['CN+RU|counter_terrorism|-|support']],
  ['宣言强烈谴责一切形式的恐怖主义。', ['CN+RU|counter_terrorism|-|oppose'], ['CN+RU|counter_terrorism|-|support']],
  // A sentence that only says who attended, chaired or visited takes no position.
  [
    '外交部长王毅，巴西外长维埃拉，印度外交部代表，南非国际关系与合作部长潘多尔出席。',
    [],
    ['BR|politics_diplomacy|-|support', 'IN|politics_diplomacy|-|support'],
  ],
  [
    '应中华人民共和国主席习近平邀请，俄罗斯联邦总统普京对中华人民共和国进行国事访问。',
    [],
    ['RU|politics_diplomacy|-|support', 'CN+RU|politics_diplomacy|-|support'],
  ],
  // A minister's office names who attends, not a field (交通部长, 工业、矿业和贸易部长).
  [
    '塔吉克斯坦共和国交通部长伊布罗希姆、伊朗伊斯兰共和国工业、矿业和贸易部长阿塔巴克出席会议。',
    [],
    ['TJ|transport_logistics|-|support', 'IR|economy_trade|-|support', 'IR|energy|-|support'],
  ],
  ['双方支持两国交通部门加强合作。', ['CN+RU|transport_logistics|-|support'], []],
  // The document's final provisions take no position.
  ['本备忘录自签署之日起生效，有效期五年。', [], ['CN+RU|politics_diplomacy|-|support']],
  ['本宣言于2023年5月19日在西安签署，一式六份，每份均用中文、俄文和英文写成。', [], ['CN+RU|education|-|support']],
  // The bodies' own cooperation with each other takes no field of the clause before it.
  [
    '中方愿同各方一道落实全球发展倡议，并支持上海合作组织同联合国、东盟等国际和地区组织加强交流合作。',
    ['CN|international_order|SCO|support', 'CN|international_order|UN|support'],
    ['CN|development|SCO|support', 'CN|development|UN|support'],
  ],
  // Sectoral meetings named by their fields only are the body's of the clause before.
  [
    '双方将设立上海合作组织常设秘书处，并充分发挥经贸、农业、交通等部长级会晤机制的作用。',
    ['CN+RU|agriculture|SCO|support', 'CN+RU|transport_logistics|SCO|support'],
    ['CN+RU|agriculture|-|support'],
  ],
  // A third country's sovereignty, independence and territorial integrity, listed together, are a security matter.
  ['双方支持维护叙利亚主权、独立和领土完整。', ['CN+RU|security|-|support'], ['CN+RU|politics_diplomacy|-|support']],
  // A clause saying what a country is states no position of that country: it stays the speaker's.
  [
    '俄方重申坚定奉行一个中国原则，承认世界上只有一个中国，中华人民共和国政府是代表全中国的唯一合法政府。',
    ['RU|politics_diplomacy|-|support'],
    ['CN|politics_diplomacy|-|support'],
  ],
  // A country the parties speak of is not who commits.
  [
    '双方认为，阿富汗尽快成为独立、中立、统一、和平的国家，没有恐怖主义，是维护地区安全的关键因素。',
    ['CN+RU|security|-|support'],
    ['AF|security|-|support', 'AF|counter_terrorism|-|support'],
  ],
  // Chairing a body is about that body (international_order), and so are the UN Charter's principles.
  ['俄方支持中方担任2024年至2025年上海合作组织轮值主席国。', ['RU|international_order|SCO|support'], []],
  ['双方认为应遵守《联合国宪章》宗旨和原则。', ['CN+RU|international_order|UN|support'], []],
  ['双方将促进两国发展战略对接。', ['CN+RU|development|-|support'], ['CN+RU|economy_trade|-|support']],
  [
    '双方将在上海合作组织框架内加强反恐合作。',
    ['CN+RU|counter_terrorism|SCO|support'],
    ['CN+RU|counter_terrorism|-|support'],
  ],
  ['双方支持世界卫生组织发挥核心作用。', ['CN+RU|health|WHO|support'], []],
  // The IAEA named alone is its safeguards work: non-proliferation, security.
  ['双方支持国际原子能机构履职。', ['CN+RU|security|IAEA|support'], ['CN+RU|energy|IAEA|support']],
  // A practice declared contrary to the law is rejected, whatever verb reports it.
  [
    '双方反对单边制裁，认为这种做法违背国际法，损害全球经济稳定。',
    ['CN+RU|economy_trade|-|oppose', 'CN+RU|international_order|-|oppose'],
    ['CN+RU|economy_trade|-|support', 'CN+RU|international_order|-|support'],
  ],
  // Interference in a party's own internal affairs is the relationship itself; a pretext names no field.
  ['俄方反对借人权问题干涉中国内政。', ['RU|politics_diplomacy|-|oppose'], ['RU|international_order|-|oppose']],
  ['双方反对外部势力干涉俄罗斯内政。', ['CN+RU|politics_diplomacy|-|oppose'], ['CN+RU|international_order|-|oppose']],
  // A forum with no field of its own in a sentence that turns on a conflict takes that security matter.
  [
    '双方就缅甸局势交换意见，支持东盟有关倡议。',
    ['CN+RU|security|ASEAN|support'],
    ['CN+RU|international_order|ASEAN|support'],
  ],
  // Membership of a body is a question of the international order, whatever field the sentence dwells on.
  [
    '双方呼吁立即停火，维护地区和平与安全，支持巴勒斯坦成为联合国正式会员国。',
    ['CN+RU|international_order|UN|support', 'CN+RU|security|-|support'],
    ['CN+RU|security|UN|support'],
  ],
  [
    '双方反对单边制裁和长臂管辖。',
    ['CN+RU|economy_trade|-|oppose', 'CN+RU|international_order|-|oppose'],
    ['CN+RU|economy_trade|-|support'],
  ],
  [
    '中方支持俄方举办东方经济论坛。',
    ['CN|economy_trade|EEF|support'],
    ['RU|economy_trade|EEF|support', 'CN+RU|economy_trade|EEF|support'],
  ],
  ['双方将依托金砖国家机制深化能源合作。', ['CN+RU|energy|BRICS|support'], []],
  // A body's rules or mandate qualify the field after them: the field is the clause's own too.
  ['双方反对违反世界贸易组织规则的贸易限制措施。', ['CN+RU|economy_trade|-|oppose'], []],
  ['双方反对未经联合国安理会授权的单边制裁。', ['CN+RU|economy_trade|-|oppose'], ['CN+RU|economy_trade|-|support']],
  [
    '双方将在联合国、世界贸易组织等多边机制框架内深化协作。',
    ['CN+RU|international_order|UN|support', 'CN+RU|international_order|WTO|support'],
    [],
  ],
  ['双方呼吁国际社会加强气候变化合作。', ['CN+RU|climate_environment|-|support'], []],
  ['双方将加强在国际组织和多边平台的协调。', [], ['CN+RU|international_order|国际组织|support']],
  ['俄方高度评价全球安全倡议。', ['RU|security|-|support'], ['RU|security|全球安全倡议|support']],
  [
    '双方愿加强能源、农业、金融合作。',
    ['CN+RU|energy|-|support', 'CN+RU|agriculture|-|support', 'CN+RU|finance|-|support'],
    [],
  ],
  ['双方将深化航天合作，在这方面加强上海合作组织框架内的协调。', ['CN+RU|space|SCO|support'], []],
  ['双方谴责一切形式的恐怖主义。', ['CN+RU|counter_terrorism|-|oppose'], ['CN+RU|counter_terrorism|-|support']],
  [
    '双方将扩大能源、农业、金融等领域合作，加强在联合国、上海合作组织等多边框架内的协调。',
    ['CN+RU|energy|-|support', 'CN+RU|international_order|UN|support', 'CN+RU|international_order|SCO|support'],
    ['CN+RU|energy|UN|support', 'CN+RU|energy|SCO|support'],
  ],
  // Each side's own position, though the second names no field.
  [
    '中方欢迎俄罗斯领导人来华访问，俄方欢迎中国领导人尽早访俄。',
    ['CN|politics_diplomacy|-|support', 'RU|politics_diplomacy|-|support'],
    [],
  ],
  // A term inside the name of who speaks (外交部: diplomacy) names no field.
  ['中华人民共和国外交部将加强卫生合作。', ['CN|health|-|support'], ['CN|politics_diplomacy|-|support']],
  // Attending takes no position.
  ['王毅参加上述活动。', [], ['CN|politics_diplomacy|-|support']],
  ['中华人民共和国国务委员兼外长王毅与俄罗斯外长拉夫罗夫出席会议。', [], ['CN|politics_diplomacy|-|support']],
  // A meeting is a relationship between every side it names.
  ['5月13日，习近平主席会见普京总统。', ['CN+RU|politics_diplomacy|-|support'], ['CN|politics_diplomacy|-|support']],
  // A verb that opposes right after the clause's head (重申反对) gives the clause its polarity.
  ['双方重申反对经济制裁。', ['CN+RU|economy_trade|-|oppose'], ['CN+RU|economy_trade|-|support']],
  // A clause with a verb of its own (主张) does not keep the polarity of the one before it.
  [
    '双方反对保护主义，主张维护以世界贸易组织为核心的多边贸易体制。',
    ['CN+RU|economy_trade|-|oppose', 'CN+RU|economy_trade|WTO|support'],
    ['CN+RU|economy_trade|WTO|oppose'],
  ],
  // Each forum with the field it heads, not every forum with every field.
  [
    '双方维护以联合国为核心的国际体系和以世界贸易组织为核心的多边贸易体制。',
    ['CN+RU|international_order|UN|support', 'CN+RU|economy_trade|WTO|support'],
    ['CN+RU|economy_trade|UN|support', 'CN+RU|international_order|WTO|support'],
  ],
  // A paragraph number (8．) is not part of the sentence: the subject and verb after it count.
  ['8．双方重申反对单边制裁。', ['CN+RU|economy_trade|-|oppose'], ['CN+RU|economy_trade|-|support']],
  // A body's own summit right after its name is the body's: no field of its own (the guide's reading of a forum with none).
  [
    '中方将全力支持南非主办金砖国家领导人第十次会晤。',
    ['CN|international_order|BRICS|support'],
    ['CN|politics_diplomacy|BRICS|support'],
  ],
  // Every field of a list, a weak word among them too (人文等领域).
  ['双方将深化能源、农业、卫生和人文等领域合作。', ['CN+RU|energy|-|support', 'CN+RU|culture|-|support'], []],
  // A country's question is the topic of the sentence (security), not who speaks.
  [
    '双方认为，阿富汗问题只能通过政治方式解决。',
    ['CN+RU|security|-|support'],
    ['AF|security|-|support', 'AF|politics_diplomacy|-|support'],
  ],
  // A pipeline named after a mechanism is infrastructure.
  [
    '双方将保障中国—中亚天然气管道安全稳定运营。',
    ['CN+RU|energy|-|support'],
    ['CN+RU|energy|CHINA_CENTRAL_ASIA|support'],
  ],
  // Attending or chairing, with the verb at the clause's end, takes no position.
  ['会议由王毅和拉夫罗夫共同主持，柬埔寨、老挝外长出席。', [], ['CN+RU|politics_diplomacy|-|support']],
  ['双方认为，使用核武器是不可接受的。', ['CN+RU|security|-|oppose'], ['CN+RU|security|-|support']],
  // The verb after a list of subjects heads the clause.
  [
    '中方和俄方共同反对单边主义和保护主义。',
    ['CN+RU|international_order|-|oppose'],
    ['CN+RU|international_order|-|support'],
  ],
  // 外长们 is who speaks (no field in it); reform of a named body is international order.
  [
    '外长们支持联合国安理会进行全面改革。',
    ['CN+RU|international_order|UNSC|support'],
    ['CN+RU|politics_diplomacy|UNSC|support'],
  ],
  // A country named as the topic of what is noted (叙利亚局势, 朝鲜半岛) does not speak.
  ['双方注意到叙利亚局势的最新发展。', ['CN+RU|security|-|support'], ['SY|security|-|support']],
  ['双方注意到朝鲜半岛局势的最新进展。', ['CN+RU|security|-|support'], ['KP|security|-|support']],
  // Chairing, like attending, takes no position.
  ['中方主持会议。', [], ['CN|politics_diplomacy|-|support']],
  // A clause whose only field is the subject of a document it names.
  ['双方欢迎签署《关于加强反恐合作的谅解备忘录》。', ['CN+RU|counter_terrorism|-|support'], []],
  // Whose sovereignty: each other's is the relationship, all states' a principle, a third country's a conflict.
  ['双方重申尊重彼此主权和领土完整。', ['CN+RU|politics_diplomacy|-|support'], ['CN+RU|security|-|support']],
  [
    '双方认为应尊重各国主权和领土完整。',
    ['CN+RU|international_order|-|support'],
    ['CN+RU|politics_diplomacy|-|support'],
  ],
  ['双方支持维护叙利亚主权和领土完整。', ['CN+RU|security|-|support'], ['CN+RU|politics_diplomacy|-|support']],
  // A body joined to a party by 和/— is a side of the relationship, not a forum of cooperation within it.
  [
    '双方都认为，中国和欧盟是全面战略伙伴。',
    ['CN|politics_diplomacy|EU|support'],
    ['CN|international_order|EU|support', 'CN+RU|international_order|EU|support'],
  ],
  // The situation of a named country is a regional conflict, named as firmly as any field.
  ['双方就缅甸局势交换意见。', ['CN+RU|security|-|support'], ['CN+RU|politics_diplomacy|-|support']],
  // Leaders named by title and name, in a list, speak together.
  ['俄罗斯总统普京和中国国家主席习近平重申加强能源合作。', ['CN+RU|energy|-|support'], ['RU|energy|-|support']],
  // A verb or 等 before a body word belongs to the text, not to the name of a body.
  [
    '双方同意，充分发挥两国政府间合作委员会统筹作用。',
    [],
    ['CN+RU|international_order|ZH_充分发挥两国政府间合作委员会|support'],
  ],
  [
    '双方欢迎西亚等观察员国也派代表列席了会议。',
    [],
    ['CN+RU|international_order|ZH_西亚等观察员国也派代表列席了会议|support'],
  ],
];

const en: [string, string[], string[]][] = [
  ['China and Russia will deepen cooperation in energy.', ['CN+RU|energy|-|support'], ['CN|energy|-|support']],
  [
    "Russia firmly adheres to the one-China principle and opposes any interference in China's internal affairs.",
    ['RU|politics_diplomacy|-|support', 'RU|international_order|-|oppose'],
    [],
  ],
  [
    'Russia and China, as well as the Chinese side, support the WTO.',
    ['CN+RU|economy_trade|WTO|support'],
    ['RU|economy_trade|WTO|support'],
  ],
  ['The two sides will deepen cooperation in health care.', ['CN+RU|health|-|support'], []],
  [
    'The two sides will strengthen counter-terrorism cooperation within the framework of the Shanghai Cooperation Organisation.',
    ['CN+RU|counter_terrorism|SCO|support'],
    [],
  ],
  ['Russia does not accept unilateral sanctions.', ['RU|economy_trade|-|oppose'], ['RU|economy_trade|-|support']],
  [
    'The Chinese side supports the Russian side in hosting the Eastern Economic Forum.',
    ['CN|economy_trade|EEF|support'],
    ['RU|economy_trade|EEF|support'],
  ],
  ['The two sides support the central role of the WHO in global health governance.', ['CN+RU|health|WHO|support'], []],
  [
    'The two sides oppose hegemonism and condemn terrorism in all its forms.',
    ['CN+RU|international_order|-|oppose', 'CN+RU|counter_terrorism|-|oppose'],
    [],
  ],
  [
    'The two sides will coordinate closely within international organizations and multilateral platforms.',
    [],
    ['CN+RU|international_order|INTERNATIONAL_ORGANIZATIONS|support'],
  ],
  [
    'The two sides reject the politicization of sports and support the Olympic Council of Asia.',
    ['CN+RU|sports|-|oppose', 'CN+RU|sports|OCA|support'],
    [],
  ],
  [
    'The two sides will expand cooperation in energy, agriculture and finance.',
    ['CN+RU|energy|-|support', 'CN+RU|agriculture|-|support', 'CN+RU|finance|-|support'],
    [],
  ],
  [
    'The two sides call for a comprehensive reform of the UN Security Council.',
    ['CN+RU|international_order|UNSC|support'],
    ['CN+RU|security|UNSC|oppose'],
  ],
  [
    'The two sides are ready to deepen cooperation in space exploration and strengthen coordination in this field within BRICS.',
    ['CN+RU|space|BRICS|support'],
    [],
  ],
  // A modifier coordinated before a term's head makes a term with that head as well.
  [
    'The two sides oppose unilateral and protectionist measures.',
    ['CN+RU|international_order|-|oppose', 'CN+RU|economy_trade|-|oppose'],
    ['CN+RU|international_order|-|support'],
  ],
  // A forum after the second of two -ing actions belongs to that action only.
  [
    'The two sides support promoting vaccine research and strengthening coordination within the World Health Organization.',
    ['CN+RU|health|-|support', 'CN+RU|health|WHO|support'],
    [],
  ],
  // Without a forum the two -ing actions stay one clause.
  [
    'The two sides are committed to deepening energy cooperation and expanding trade.',
    ['CN+RU|energy|-|support', 'CN+RU|economy_trade|-|support'],
    [],
  ],
  // A news agency's dateline credit and a press office name no field.
  [
    'BEIJING, Oct. 18 (Xinhua) -- The two sides will deepen cooperation in energy.',
    ['CN+RU|energy|-|support'],
    ['CN+RU|media|-|support'],
  ],
  [
    'The Kremlin press service said the two sides will expand trade.',
    ['CN+RU|economy_trade|-|support'],
    ['CN+RU|media|-|support'],
  ],
  // A term inside the name of who speaks ("Foreign Affairs") names no field.
  [
    'The Ministry of Foreign Affairs of China will strengthen cooperation in health.',
    ['CN|health|-|support'],
    ['CN|politics_diplomacy|-|support'],
  ],
  // Bare coordination within a forum after a passing weak word: a forum with no field.
  [
    'China supports Russia in hosting the G20 Summit this year and is willing to strengthen coordination within BRICS.',
    ['CN|international_order|BRICS|support'],
    ['CN|politics_diplomacy|BRICS|support'],
  ],
  ['Foreign Minister Wang Yi attended the talks.', [], ['CN|politics_diplomacy|-|support']],
  [
    'On May 13, President Xi Jinping held talks with President Vladimir Putin.',
    ['CN+RU|politics_diplomacy|-|support'],
    ['CN|politics_diplomacy|-|support'],
  ],
  // A foreign minister's title names no field; chairing a meeting takes no position.
  [
    'The meeting was chaired by Minister of Foreign Affairs of the Russian Federation Sergey Lavrov.',
    [],
    ['CN+RU|politics_diplomacy|-|support'],
  ],
  // "a common space for industrial cooperation" is no space programme.
  [
    'The two sides will build a common space for industrial cooperation.',
    ['CN+RU|economy_trade|-|support'],
    ['CN+RU|space|-|support'],
  ],
  // A country's question is a regional security matter; a settlement there is no payment.
  ['Russia welcomed the objective position of China on the Ukrainian issue.', ['RU|security|-|support'], []],
  ['The two sides support an Afghan settlement.', ['CN+RU|security|-|support'], ['CN+RU|finance|-|support']],
  // Criticising is opposing.
  ['They criticized attempts to build exclusive bloc structures in the region.', ['CN+RU|security|-|oppose'], []],
  // A delegation's list of officials takes no position; a national Security Council's secretary is no UN body.
  [
    'The Russian delegation included Security Council Secretary Sergey Shoigu and Central Bank Governor Elvira Nabiullina.',
    [],
    ['CN+RU|finance|UNSC|support', 'CN+RU|finance|-|support'],
  ],
  [
    'They support the good offices of the United Nations Secretary-General in Myanmar.',
    ['CN+RU|politics_diplomacy|UN|support'],
    [],
  ],
  // Forums with no field, ", as well as" another item with one: the field stays with its own item.
  [
    'Russia will work with China within the East Asia Summit and APEC, as well as in the context of the Greater Eurasian Partnership.',
    ['RU|international_order|EAS|support', 'RU|economy_trade|-|support'],
    ['RU|economy_trade|EAS|support'],
  ],
  [
    'The two sides consider it unacceptable to use unilateral economic sanctions.',
    ['CN+RU|economy_trade|-|oppose'],
    [],
  ],
  // Rejected as a predicate adjective; a war in a country is a security matter.
  [
    'The use or threat of use of nuclear weapons is inadmissible.',
    ['CN+RU|security|-|oppose'],
    ['CN+RU|security|-|support'],
  ],
  ['Concerning the war in Ukraine, the two sides recalled their positions.', ['CN+RU|security|-|support'], []],
  // A capital as a clause's subject is its country; a capital after "in" is a place.
  [
    'Beijing will increase scholarships for Russian students, while Moscow will support language teaching.',
    ['CN|education|-|support', 'RU|education|-|support'],
    ['CN+RU|education|-|support'],
  ],
  ['The two sides held talks in Moscow on energy cooperation.', ['CN+RU|energy|-|support'], ['RU|energy|-|support']],
  // An opening phrase before the subject; speaking to the press names no media field.
  [
    'Speaking to the press after the talks, Wang Yi said China will deepen energy cooperation.',
    ['CN|energy|-|support'],
    ['CN+RU|energy|-|support', 'CN|media|-|support'],
  ],
  // "He said the two countries will…" reports what both will do; "should" is the speaker's proposal.
  [
    'Wang Yi said China supports the SCO. He said the two countries will deepen energy cooperation.',
    ['CN+RU|energy|-|support'],
    ['CN|energy|-|support'],
  ],
  ['Wang Yi said the two sides should deepen energy cooperation.', ['CN|energy|-|support'], ['CN+RU|energy|-|support']],
  // A dateline with the country after the city is no media field.
  [
    'KHUJAND, Tajikistan, March 31 (Xinhua) -- The two sides will deepen energy cooperation.',
    ['CN+RU|energy|-|support'],
    ['CN+RU|media|-|support'],
  ],
  // A person's title names who speaks, not a field.
  [
    'The Russian delegation included Sergei Tsivilev, Minister of Energy, and Anton Siluanov, Minister of Finance.',
    [],
    ['CN+RU|energy|-|support', 'CN+RU|finance|-|support', 'RU|energy|-|support', 'RU|finance|-|support'],
  ],
  // A position carried as a noun by a light verb.
  ['The two sides expressed their opposition to unilateral sanctions.', ['CN+RU|economy_trade|-|oppose'], []],
  ['The sides reiterated their strong condemnation of terrorism.', ['CN+RU|counter_terrorism|-|oppose'], []],
  // Two fields sharing a head noun are two fields.
  [
    'The sides will strengthen food and energy security.',
    ['CN+RU|agriculture|-|support', 'CN+RU|energy|-|support'],
    [],
  ],
  // An armed strike or a military solution of a conflict is security, not defence cooperation.
  [
    'The two sides condemned military strikes against civilian facilities.',
    ['CN+RU|security|-|oppose'],
    ['CN+RU|military|-|oppose'],
  ],
  // Each predicate carries its own polarity: condemning one thing and committing to another.
  [
    'The sides condemned terrorism in all its forms and committed to enhancing cooperation to combat transnational crime.',
    ['CN+RU|counter_terrorism|-|oppose', 'CN+RU|law_enforcement|-|support'],
    ['CN+RU|law_enforcement|-|oppose'],
  ],
  [
    'The sides called for a ceasefire, and condemned all attacks against civilians.',
    ['CN+RU|security|-|support', 'CN+RU|security|-|oppose'],
    [],
  ],
  // A body named after the fields as their yardstick: the fields stand on their own too.
  [
    'The sides will advance cooperation in trade, energy and agriculture, in line with the goals of the Shanghai Cooperation Organization.',
    ['CN+RU|economy_trade|-|support', 'CN+RU|energy|-|support', 'CN+RU|agriculture|-|support'],
    [],
  ],
  // Sanctions the Security Council did not authorize: the field stands on its own too.
  [
    'The sides oppose unilateral sanctions not authorized by the UN Security Council.',
    ['CN+RU|economy_trade|-|oppose'],
    ['CN+RU|economy_trade|-|support'],
  ],
  // ", while the Russian side stated…": a clause with a subject and a verb of its own.
  [
    'The Chinese side supported the initiative on trade, while the Russian side stated its readiness to expand energy cooperation.',
    ['CN|economy_trade|-|support', 'RU|energy|-|support'],
    ['CN|energy|-|support'],
  ],
  // ", and Russia will…": a clause with a subject of its own.
  [
    'China will include Russia in its visa-free policy, and Russia will grant Chinese tourists multiple-entry visas.',
    ['CN|tourism|-|support', 'RU|tourism|-|support'],
    [],
  ],
  // A body's own business with only a meeting word in it: cooperation within the body (international_order).
  [
    'The Ministers agreed to hold the next SCO Council of Foreign Ministers meeting in Astana.',
    ['CN+RU|international_order|SCO|support'],
    ['CN+RU|politics_diplomacy|SCO|support'],
  ],
  // ... unless the body is joined to a party as a side of the relationship ("the ASEAN-China Summit").
  [
    'We looked forward to the 28th ASEAN-China Summit to be held in Malaysia in 2025.',
    ['CN+RU|politics_diplomacy|-|support'],
    ['CN+RU|international_order|ASEAN|support'],
  ],
  // A body named as a side of the relationship: the fields are the relationship's, not work within the body.
  [
    'We adopted the ASEAN-China Joint Statement on Maritime Cooperation.',
    ['CN+RU|ocean_polar|-|support'],
    ['CN+RU|ocean_polar|ASEAN|support'],
  ],
  // ... but countries joined by dashes name a body of their own (the China-Japan-ROK Trilateral Summit).
  [
    'We welcomed the convening of the China-Japan-ROK Trilateral Summit in Beijing.',
    ['CN+RU|international_order|CJK|support'],
    [],
  ],
  // A word that is a whole item of a list of fields of cooperation names that field, weak as it is alone.
  [
    'They reviewed cooperation in defence, civil nuclear energy and space, and agreed to strengthen collaboration in technology and innovation.',
    ['CN+RU|space|-|support', 'CN+RU|science_technology|-|support', 'CN+RU|military|-|support'],
    [],
  ],
  // An item may take an article ("and the environment").
  [
    'The two sides will expand cooperation in trade, energy and the environment.',
    ['CN+RU|climate_environment|-|support'],
    [],
  ],
  // ... not a word inside an item (green industry) or a phrase touching a field (labour mobility).
  [
    'The Ministers noted the importance of advancing cooperation in trade, energy, green industry and labour mobility.',
    ['CN+RU|economy_trade|-|support', 'CN+RU|energy|-|support'],
    ['CN+RU|climate_environment|-|support', 'CN+RU|development|-|support'],
  ],
  // What another country is, in a speaker's words, is the speaker's assessment; what it will do is its own.
  [
    "Prime Minister Putin said that China was one of Russia's most trusted partners in defence.",
    ['RU|military|-|support'],
    ['CN|military|-|support'],
  ],
  // ... but what it is ready to do is its own.
  [
    'Wang Yi said that Russia is ready to deepen energy cooperation with China.',
    ['RU|energy|-|support'],
    ['CN|energy|-|support'],
  ],
  // A term that joins two fields names both.
  [
    'They will continue the strategic dialogue on diplomacy, defence and security.',
    ['CN+RU|military|-|support', 'CN+RU|security|-|support'],
    [],
  ],
  // Whose sovereignty or territorial integrity decides the field.
  [
    'They reaffirmed their commitment to the sovereignty and territorial integrity of all States.',
    ['CN+RU|international_order|-|support'],
    ['CN+RU|politics_diplomacy|-|support'],
  ],
  [
    'They reaffirmed their strong commitment to the sovereignty, unity and territorial integrity of the Syrian Arab Republic.',
    ['CN+RU|security|-|support'],
    ['CN+RU|politics_diplomacy|-|support'],
  ],
  [
    'China firmly supports Russia in safeguarding its sovereignty and territorial integrity.',
    ['CN|politics_diplomacy|-|support'],
    [],
  ],
  // Thanks for hosting is the relationship itself.
  ['The Chinese side thanked the Russian side for hosting the meeting.', ['CN|politics_diplomacy|-|support'], []],
  // A phrase of time before the subject ("Later in the day,") hides no one; a meeting is the act of all who meet.
  [
    'Later in the day, the Chinese side signed an agreement on energy cooperation.',
    ['CN|energy|-|support'],
    ['CN+RU|energy|-|support'],
  ],
  [
    'Wang Yi held separate bilateral meetings with Sergey Lavrov on energy cooperation.',
    ['CN+RU|energy|-|support'],
    ['CN|energy|-|support'],
  ],
  // A country's crisis or situation is a security matter as firmly named as a strong term.
  [
    'The Ministers discussed the crisis in Myanmar and agreed to expand trade cooperation.',
    ['CN+RU|security|-|support', 'CN+RU|economy_trade|-|support'],
    [],
  ],
  // The IAEA named alone is its safeguards work: non-proliferation, security.
  ['The two sides support the impartial work of the IAEA.', ['CN+RU|security|IAEA|support'], []],
  // A speaker the lexicon does not know who thanks one of the two parties is the other party.
  [
    'The visiting Premier thanked President Putin for the warm hospitality.',
    ['CN|politics_diplomacy|-|support'],
    ['CN+RU|politics_diplomacy|-|support'],
  ],
  // A practice declared contrary to the law is rejected, whatever verb heads the clause.
  [
    'The two sides expressed concern over unilateral sanctions, which are incompatible with international law.',
    ['CN+RU|economy_trade|-|oppose'],
    ['CN+RU|economy_trade|-|support'],
  ],
  // Interference in a party's own internal affairs is the relationship itself; a pretext names no field.
  [
    "Russia opposes interference in China's internal affairs under the pretext of human rights.",
    ['RU|politics_diplomacy|-|oppose'],
    [],
  ],
  [
    'The two sides reject attempts to seize territory under the pretext of combating terrorism.',
    [],
    ['CN+RU|counter_terrorism|-|oppose'],
  ],
  // Membership of a body is a question of the international order, whatever field the sentence dwells on.
  [
    'The two sides called for an immediate ceasefire and for regional security and stability, and supported the full membership of Palestine in the United Nations.',
    ['CN+RU|international_order|UN|support', 'CN+RU|security|-|support'],
    ['CN+RU|security|UN|support'],
  ],
  // What is done against a body or without its authority stands on its own; the body is the order it breaches.
  [
    'The two sides oppose unilateral sanctions bypassing the UN Security Council.',
    ['CN+RU|economy_trade|-|oppose', 'CN+RU|international_order|UNSC|oppose'],
    ['CN+RU|economy_trade|UNSC|oppose'],
  ],
  [
    'They reject unilateral coercive measures, which are contrary to international law and the Charter of the United Nations.',
    ['CN+RU|economy_trade|-|oppose', 'CN+RU|international_order|UN|oppose'],
    ['CN+RU|economy_trade|UN|oppose'],
  ],
  [
    'The parties oppose trade restrictions that contradict the rules of the World Trade Organization.',
    ['CN+RU|economy_trade|-|oppose', 'CN+RU|economy_trade|WTO|oppose'],
    [],
  ],
  // Reforming a body is a matter of the international order; the other fields of the clause are not the body's.
  [
    'The two sides support the reform of the UN Security Council and a multilateral trading system.',
    ['CN+RU|international_order|UNSC|support', 'CN+RU|economy_trade|-|support'],
    ['CN+RU|economy_trade|UNSC|support'],
  ],
  [
    'They support the reform of global governance institutions, including the Security Council, and deeper cooperation in health.',
    ['CN+RU|international_order|UNSC|support', 'CN+RU|health|-|support'],
    ['CN+RU|health|UNSC|support'],
  ],
  [
    'Russia and China support a reformed WTO and the development of transport corridors.',
    ['CN+RU|international_order|WTO|support', 'CN+RU|transport_logistics|-|support'],
    ['CN+RU|transport_logistics|WTO|support'],
  ],
  // The fields of what a body is the platform for are within that body.
  [
    'The Ministers noted that the SCO, which marks two decades, provides a useful platform for the parties to deepen cooperation in health and agriculture.',
    ['CN+RU|health|SCO|support', 'CN+RU|agriculture|SCO|support'],
    [],
  ],
  // A field word the tagger reads as a verb ("finance") inside a list of fields is one of the fields.
  [
    'The Leaders emphasised the importance of practical cooperation in the six priority areas of the SCO, namely environment and energy, education, finance, global health and pandemic diseases, and natural disaster management.',
    ['CN+RU|finance|SCO|support', 'CN+RU|health|SCO|support', 'CN+RU|emergency_management|SCO|support'],
    [],
  ],
  // A reporting verb first: the verb after it heads the clause; an opposing verb another one introduces opposes.
  [
    'The two presidents stressed that they oppose unilateral sanctions.',
    ['CN+RU|economy_trade|-|oppose'],
    ['CN+RU|economy_trade|-|support'],
  ],
  [
    'The statement said the two sides condemned terrorism in all its forms.',
    ['CN+RU|counter_terrorism|-|oppose'],
    ['CN+RU|counter_terrorism|-|support'],
  ],
  [
    'They expressed their determination to oppose separatist agendas.',
    ['CN+RU|counter_terrorism|-|oppose'],
    ['CN+RU|counter_terrorism|-|support'],
  ],
  // The coordinating role of a body with a field of its own is that field.
  [
    'The two sides support the coordinating role of the World Health Organization.',
    ['CN+RU|health|WHO|support'],
    ['CN+RU|international_order|WHO|support'],
  ],
  // The Quad's own meetings name no field (it has none of its own); an initiative named after a body names none either.
  [
    "The two sides look forward to the next Quad Leaders' Summit.",
    ['CN+RU|international_order|QUAD|support'],
    ['CN+RU|security|QUAD|support'],
  ],
  [
    'The two sides are advancing cooperation on health security through the Quad Health Security Partnership.',
    ['CN+RU|health|QUAD|support'],
    ['CN+RU|politics_diplomacy|QUAD|support'],
  ],
  // Bodies named as partners of someone's relations are a matter of the international order.
  [
    'The document calls for broader ties of the union, including with the Shanghai Cooperation Organization and BRICS, and for new free trade agreements.',
    [
      'CN+RU|international_order|SCO|support',
      'CN+RU|international_order|BRICS|support',
      'CN+RU|economy_trade|-|support',
    ],
    ['CN+RU|economy_trade|SCO|support', 'CN+RU|economy_trade|BRICS|support'],
  ],
  // Bodies of their own fields, each named after fields of its own: each body takes its own field only.
  [
    'The two sides will cooperate on food security, health and pandemic preparedness through the World Health Organization, and on disaster management through the AHA Centre.',
    ['CN+RU|health|WHO|support', 'CN+RU|emergency_management|AHA_CENTRE|support', 'CN+RU|agriculture|-|support'],
    ['CN+RU|agriculture|WHO|support', 'CN+RU|health|AHA_CENTRE|support'],
  ],
  // Fields of what is said to violate a body's resolutions stand on their own; the body keeps its own field.
  [
    'The two sides condemned the missile launches and the attempts to place reconnaissance satellites into orbit, all of which violate UN Security Council resolutions.',
    ['CN+RU|security|UNSC|oppose'],
    ['CN+RU|space|UNSC|oppose'],
  ],
  // A third country's sovereignty, independence and territorial integrity, listed together, are a security matter.
  [
    'The two sides support the sovereignty, independence and territorial integrity of the Syrian Arab Republic.',
    ['CN+RU|security|-|support'],
    ['CN+RU|politics_diplomacy|-|support'],
  ],
  // A country's deeds opening a clause are its topic, not who speaks ("Russia's … rhetoric is unacceptable").
  [
    "The two sides oppose sanctions. Iran's development of nuclear weapons is unacceptable.",
    ['CN+RU|security|-|oppose'],
    ['IR|security|-|oppose'],
  ],
  ["China's Foreign Minister said China will deepen cooperation in health.", ['CN|health|-|support'], []],
  ['The two sides will ensure that Iran never develops a nuclear weapon.', ['CN+RU|security|-|support'], []],
  // "On Libya, …": the sentence is about a country's situation, a security matter.
  [
    'On Libya, the two sides welcomed the efforts of the African Union.',
    ['CN+RU|security|AU|support'],
    ['CN+RU|international_order|AU|support'],
  ],
  // What the sides express as mutual or common within one side's speech is both sides'; a rejection opposes.
  [
    "Sameh Shoukry stressed Egypt's interest in Russian wheat. The ministers expressed their mutual rejection of unilateral restrictive measures.",
    ['CN+RU|economy_trade|-|oppose'],
    ['CN|economy_trade|-|support', 'CN+RU|economy_trade|-|support'],
  ],
  // A state's or party's own organ is no forum; an unlisted part of the UN is the UN.
  [
    'Wang Yi, director of the Office of the Central Commission for Foreign Affairs, was present at the meeting.',
    [],
    ['CN|international_order|OFFICE_OF_THE_CENTRAL_COMMISSION_FOR_FOREIGN_AFFAIRS|support'],
  ],
];

describe.each([
  ['zh', zh],
  ['en', en],
] as const)('%s extraction table', (lang, table) => {
  it.each(table)('%s', (sentence, must, mustNot) => {
    const got = keys(sentence, { lang });
    for (const k of must) expect(got).toContain(k);
    for (const k of mustNot) expect(got).not.toContain(k);
  });
});

describe('what a document says across its sentences', () => {
  it('reads "the Union" as the union the document has named (the Eurasian Economic Union)', () => {
    const text =
      'Declaration of the Supreme Eurasian Economic Council\n\nThe Member States of the Eurasian Economic Union will deepen energy cooperation.\n\nThe two sides will extend cooperation within the Union to tourism.';
    const got = keys(text, { parties: ['AM', 'BY', 'KZ', 'KG', 'RU'], lang: 'en' });
    expect(got).toContain('AM+BY+KG+KZ+RU|tourism|EAEU|support');
  });
  it('leaves "the Union" alone where the document names no union', () => {
    const got = keys('The two sides will extend cooperation within the Union to tourism.', { lang: 'en' });
    expect(got).toContain('CN+RU|tourism|-|support');
  });
  it('keeps numbered proposals in the paragraph that announces them with the proposer', () => {
    const text =
      'Wang Yi put forward three proposals. First, the two countries should oppose protectionism. Second, they should deepen cooperation in public health.';
    const got = keys(text, { lang: 'en' });
    expect(got).toContain('CN|economy_trade|-|oppose');
    expect(got).toContain('CN|health|-|support');
    expect(got).not.toContain('CN+RU|health|-|support');
  });
  it('does not hand the next sentence to those who only attended (observers, guests)', () => {
    const got = keys('奥地利、白俄罗斯和瑞士作为观察员与会。会晤以深化经贸合作为主题。', {});
    expect(got).toContain('CN+RU|economy_trade|-|support');
    expect(got.filter((k) => /AT|BY|CH/.test(k.split('|')[0]))).toEqual([]);
  });
  it("a mechanism's document: its sectoral meetings named by their fields are its own", () => {
    const text =
      '中国—中东欧国家合作索非亚纲要\n\n与会方积极评价农业部长会议、卫生部长论坛和交通部长会议等部长级会议。';
    const got = keys(text, { parties: ['CN', 'PL'] });
    expect(got).toContain('CN+PL|agriculture|CHINA_CEEC|support');
    expect(got).toContain('CN+PL|health|CHINA_CEEC|support');
  });
  it('"the Secretary" is the one the document named under that title before', () => {
    const text =
      'Secretary Antony J. Blinken met with Foreign Minister Retno Marsudi today. The Secretary thanked Foreign Minister Marsudi for her leadership of the G20.';
    const got = keys(text, { parties: ['US', 'ID'], lang: 'en' });
    expect(got).toContain('US|international_order|G20|support');
    expect(got).not.toContain('ID+US|international_order|G20|support');
  });
  it('"The Meeting" of a chairman\'s statement is who speaks; "the Plus Three countries" are China, Japan and Korea', () => {
    const text =
      'The Meeting commended the ASEAN+3 Macroeconomic Research Office (AMRO) for its surveillance work. The Plus Three countries expressed support for the ASEAN Centre for Public Health Emergencies and Emerging Diseases.';
    const got = keys(text, { parties: ['ID', 'TH', 'CN', 'JP', 'KR'], lang: 'en' });
    expect(got).toContain('CN+ID+JP+KR+TH|finance|AMRO|support');
    expect(got).toContain('CN+JP+KR|health|ACPHEED|support');
    expect(got.filter((k) => k.includes('PLUS_THREE') || k.includes('international_order|AMRO'))).toEqual([]);
  });
  it('与会方 are the parties', () => {
    expect(keys('欧盟成员国将遵守欧盟法律。与会方支持加强交通合作。', {})).toContain(
      'CN+RU|transport_logistics|-|support',
    );
  });
  it("reads an invitation to visit later as the inviter's, not a meeting of both sides", () => {
    const got = keys('普京总统对中方的热情接待表示感谢，并邀请习近平主席在方便的时候对俄罗斯进行国事访问。', {});
    expect(got).toContain('RU|politics_diplomacy|-|support');
    expect(got).not.toContain('CN+RU|politics_diplomacy|-|support');
  });
});

describe('a forum named as a place', () => {
  it('"coordination at the United Nations" is work within the body, not a meeting at a venue', () => {
    const got = keys(
      'Both sides agreed to strengthen coordination at the United Nations, the Shanghai Cooperation Organization and other multilateral mechanisms.',
      { lang: 'en' },
    );
    expect(got).toContain('CN+RU|international_order|UN|support');
    expect(got).not.toContain('CN+RU|politics_diplomacy|UN|support');
  });
});

describe('who speaks in a quotation', () => {
  it('reads a quotation as its speaker\'s, named after it or as "he" of the sentence before', () => {
    const text = [
      'Erdogan, Putin, Raisi hold Tehran summit',
      '"We expect Russia and Iran to support Türkiye in its fight against terrorism," Erdogan told a press conference.',
      '"We will continue to fight terrorism wherever it is," he added.',
      '"Syrians themselves should decide on the economic reconstruction of their country," the Russian leader said.',
    ].join('\n\n');
    const got = keys(text, { parties: ['IR', 'RU', 'TR'], lang: 'en' });
    expect(got).toContain('TR|counter_terrorism|-|support');
    expect(got).not.toContain('IR+RU+TR|counter_terrorism|-|support');
    expect(got.filter((k) => k.startsWith('RU|'))).not.toEqual([]);
  });
});

describe('who speaks in a reported clause', () => {
  it('what "both sides" announced within a leader\'s words is both sides\', what they should do is his', () => {
    const text =
      '习近平同巴西总统卢拉举行会谈\n\n习近平指出，两国关系站在新的历史起点上。双方宣布将中巴关系提升为中巴命运共同体。双方要深化农业合作。';
    const got = keys(text, { parties: undefined });
    expect(got).toContain('BR+CN|politics_diplomacy|-|support');
    expect(got).toContain('CN|agriculture|-|support');
    expect(got).not.toContain('BR+CN|agriculture|-|support');
    const views = keys(
      '习近平同巴西总统卢拉举行会谈\n\n卢拉表示，巴方愿深化农业合作。两国元首还就中国—拉共体论坛建设交换了看法。',
      { parties: undefined },
    );
    expect(views).toContain('BR+CN|international_order|CHINA_CELAC|support');
  });
  it('"He said the Russian side appreciates…" with no speaker named before: the side named', () => {
    const got = keys('He said the Russian side highly appreciates the Global Development Initiative.', { lang: 'en' });
    expect(got).toContain('RU|development|-|support');
    expect(got).not.toContain('CN+RU|development|-|support');
  });
});

describe('the action of a clause that no commitment verb heads', () => {
  // The verb the clause opens with or the first known verb in it: no part-of-speech tagger needed.
  it.each([
    ['双方注意到，能源合作取得积极进展。', '注意到'],
    ['双方指出，该架构的核心支柱之一应是商定并恪守和平共处原则。', '指出'],
  ])('%s → %s', (sentence, verb) => {
    const r = extractText(`中华人民共和国和俄罗斯联邦联合声明\n\n2023年3月21日\n\n${sentence}`, { lang: 'zh' });
    expect(r.commitments.length).toBeGreaterThan(0);
    for (const c of r.commitments) expect(c.action.text).toBe(verb);
  });
});

describe('actors beyond China and Russia', () => {
  it('resolves 双方 to the parties of the title', () => {
    const text = '中华人民共和国和哈萨克斯坦共和国联合声明\n\n双方将加强交通运输合作。';
    expect(keys(text, { parties: undefined })).toContain('CN+KZ|transport_logistics|-|support');
  });
  it('resolves "the two sides" to the parties of an English title', () => {
    const text =
      "Joint Statement of the People's Republic of China and the Republic of Kazakhstan\n\nThe two sides will strengthen cooperation in transport.";
    expect(keys(text, { parties: undefined })).toContain('CN+KZ|transport_logistics|-|support');
  });
  it('does not read a summit named 厦门会晤 as a meeting between every country the sentence names', () => {
    const text =
      '金砖国家领导人厦门宣言\n2017年9月4日\n巴西、俄罗斯、印度和南非赞赏中国担任金砖国家主席国所做的工作，对中国政府和人民为厦门会晤提供的热情接待表示感谢。';
    const got = keys(text, { parties: undefined });
    expect(got).toContain('BR+IN+RU+ZA|international_order|BRICS|support');
    expect(got.filter((k) => k.startsWith('BR+CN+IN+RU+ZA|'))).toEqual([]);
  });
  it('gives the clause after a praise of one member back to all the members', () => {
    const text =
      '金砖国家领导人厦门宣言\n2017年9月4日\n我们赞赏中国担任金砖国家主席国所做的工作，支持落实金砖国家领导人会晤成果。';
    const got = keys(text, { parties: undefined });
    expect(got).toContain('BR+IN+RU+ZA|international_order|BRICS|support');
    expect(got).toContain('BR+CN+IN+RU+ZA|international_order|BRICS|support');
  });
  it('reads a group that is the subject as its members committing in their own name as well as within the group', () => {
    const text = '金砖国家领导人厦门宣言\n2017年9月4日\n金砖国家反对贸易保护主义。';
    const got = keys(text, { parties: undefined });
    expect(got).toContain('BR+CN+IN+RU+ZA|economy_trade|-|oppose');
    expect(got).toContain('BR+CN+IN+RU+ZA|economy_trade|BRICS|oppose');
  });
  it("reads a summit of a country and a group (中国—阿拉伯国家峰会) as the country and the group's members", () => {
    const zh =
      '首届中阿峰会在利雅得举行\n2022年12月10日\n新华社利雅得12月9日电 首届中国—阿拉伯国家峰会9日在沙特阿拉伯首都利雅得举行。双方将深化能源合作。';
    const en =
      'First China-Arab States Summit held in Riyadh\nRIYADH, Dec. 9 (Xinhua) -- The first China-Arab States Summit was held in Riyadh on 9 December 2022. The two sides will deepen energy cooperation.';
    for (const [text, lang] of [
      [zh, 'zh'],
      [en, 'en'],
    ] as const) {
      const energy = keys(text, { parties: undefined, lang }).find((k) => k.endsWith('|energy|-|support'));
      expect(energy?.split('|')[0].split('+')).toEqual(expect.arrayContaining(['CN', 'DZ', 'EG', 'SA', 'AE']));
    }
  });
  it('reads a group named as who speaks ("the GCC side") as no forum of its words', () => {
    const text =
      'Joint Statement of the ASEAN-GCC Summit\n\nRiyadh, 20 October 2023\n\nThe GCC side welcomed the efforts of ASEAN to promote maritime security in the region.';
    expect(keys(text, { parties: undefined, lang: 'en' })).toEqual(['AE+BH+KW+OM+QA+SA|security|ASEAN|support']);
  });
  it("reads Tanzania's president as Tanzania in both languages", () => {
    const en =
      "Joint Statement between the People's Republic of China and the United Republic of Tanzania\n\n3 November 2022\n\nPresident Samia Suluhu Hassan thanked the Chinese side for the warm hospitality.";
    const zh =
      '中华人民共和国和坦桑尼亚联合共和国联合声明\n\n2022年11月3日\n\n萨米娅·苏卢胡·哈桑总统感谢中方的热情接待。';
    expect(keys(en, { parties: undefined, lang: 'en' })).toEqual(['TZ|politics_diplomacy|-|support']);
    expect(keys(zh, { parties: undefined, lang: 'zh' })).toEqual(['TZ|politics_diplomacy|-|support']);
  });
  it("reads a president named in a title-less statement as the country's (data/leaders.tsv, at the document's date)", () => {
    const en =
      'Joint Statement\n\n12 September 2023\n\nPresident Hakainde Hichilema thanked the Chinese side for the warm hospitality.';
    const zh = '联合声明\n\n2024年9月5日\n\n巴西鲁·迪奥马耶·法耶总统感谢中方的热情接待。';
    expect(keys(en, { parties: undefined, lang: 'en' })).toEqual(['ZM|politics_diplomacy|-|support']);
    expect(keys(zh, { parties: undefined, lang: 'zh' })).toEqual(['SN|politics_diplomacy|-|support']);
  });
  it('reads "the Ministers of A, B and C" as those countries, without the member they commend', () => {
    const text =
      'Declaration of the BRICS Leaders\n\nWe, the leaders of BRICS, met on 1 July 2015. The Ministers of Brazil, Russia, India and China commended South Africa for its chairship of BRICS.';
    expect(keys(text, { parties: undefined, lang: 'en' })).toContain('BR+CN+IN+RU|international_order|BRICS|support');
  });
  it("reads a later clause that thanks one member as the other members' position", () => {
    const text =
      'Declaration of the BRICS Leaders\n\nWe, the leaders of BRICS, met on 1 July 2015. We look forward to the next summit in India and express our gratitude to Russia for hosting this meeting.';
    expect(keys(text, { parties: undefined, lang: 'en' })).toContain('BR+CN+IN+ZA|politics_diplomacy|-|support');
  });
  it('takes a group\'s members at the document\'s date for "we"', () => {
    const text =
      'Declaration of the BRICS Leaders\n\nWe, the leaders of BRICS, met on 1 July 2015. We will strengthen cooperation in energy.';
    expect(keys(text, { parties: undefined, lang: 'en' })).toContain('BR+CN+IN+RU+ZA|energy|-|support');
  });
});
