import { lexicon, type Forum } from './lexicon.ts';
import { TermMatcher } from './term-matcher.ts';
import type { ForumRef } from './types.ts';
import { findActors, type ActorValue } from './actors.ts';
import { spellings } from './spellings.ts';

/**
 * Named forums in a clause: the gazetteer of data/forums.tsv first (longest match, so
 * `联合国安理会` beats `联合国`), then patterns for named bodies the gazetteer lacks. A body's own
 * events and agenda (`联合国可持续发展目标峰会`) resolve to the body, since its name is inside.
 */
export interface ForumMention {
  forum: ForumRef;
  start: number;
  end: number;
  venue: boolean;
  /** The field of a body's own organ named by a row of its own (the SCO Energy Club: energy), if any. */
  home?: string | null;
}

const DASHES = /[－\-–—‑]/g;
export const foldDashes = (s: string) => s.replace(DASHES, '—');

const matchers: Partial<Record<'zh' | 'en', TermMatcher<Forum>>> = {};

/** The gazetteer's names in one language, built on first use (an English text never builds the Chinese one). */
function matcher(lang: 'zh' | 'en'): TermMatcher<Forum> {
  const built = matchers[lang];
  if (built) return built;
  const names: [string, Forum][] = [];
  for (const f of lexicon().forums)
    if (lang === 'zh')
      for (const n of f.zh) {
        names.push([foldDashes(n), f]);
        const bare = n.replace(/[“”"]/g, '');
        if (bare !== n) names.push([foldDashes(bare), f]);
      }
    else for (const n of f.en) for (const v of spellings(n)) names.push([foldDashes(v), f]);
  return (matchers[lang] = new TermMatcher(names, lang === 'en'));
}

export function forumRef(row: Forum, text: string): ForumRef {
  const f = lexicon().forumById.get(row.id) ?? row;
  return { id: f.id, name: f.en[0] ?? f.id, nameZh: f.zh[0] ?? null, abbr: f.abbr, text, known: true };
}

/** A named body the gazetteer lacks: its id is derived from its name, so the same name gives the same id everywhere. */
function unknownForum(name: string, lang: 'zh' | 'en'): ForumRef {
  const bare = name.replace(/^the\s+/i, '');
  const id =
    lang === 'en'
      ? bare
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/\+/g, ' PLUS ')
          .replace(/[^A-Za-z0-9]+/g, '_')
          .replace(/^_|_$/g, '')
          .toUpperCase()
      : `ZH_${foldDashes(bare).replace(/[“”"\s]/g, '')}`;
  return { id, name: bare, nameZh: lang === 'zh' ? bare : null, abbr: null, text: name, known: false };
}

// Chinese: a proper name (place, country, region, or a name in quotation marks) before a body word.
const ZH_BODY =
  /(组织|论坛|峰会|理事会|集团|委员会|联盟|共同体|银行|会议|机制|外长会晤|会晤机制|对话会?|联合会|秘书处|联合体)/g;
// Body words that name a body only as part of a mechanism (中国—中东欧国家物流合作联合会, 中日韩合作秘书处).
const ZH_OWN_BODY = /^(联合会|秘书处|联合体)$/;
const ZH_GENERIC =
  /^(国际|地区|区域|多边|全球|有关|相关|各国|政府间|非政府|恐怖|极端|犯罪|该|本|此|双边|首次|历次|领导人|部长级?|高级别|专家|工作|联合|这些|其他|其它|各种|上述|成员国?|主要|世界|经济)+$/;
const ZH_NAME_HINT =
  /亚洲|欧洲|非洲|美洲|拉美|太平洋|大西洋|印度洋|北极|南极|东亚|中亚|南亚|西亚|东南亚|东北亚|阿拉伯|伊斯兰|湄公河|澜湄|黑海|里海|波罗的海|加勒比|[亚欧非]太|“[^”]+”|上海|北京|博鳌|圣彼得堡|金砖|(国|斯坦|尼亚|利亚|西亚|拉|岛)(?=[^家际]|$)/;
// Prefixes that start with a verb, a party word or an article number are text, not a name.
const ZH_VERB_LEAD =
  /^(双方|各方|三方|多方|我们|将|愿|一致|同意|继续|积极|充分|共同|支持|欢迎|赞赏|依托|利用|通过|发挥|加强|深化|推动|推进|参与|用好|组建|成立|设立|召集)+/;
const ZH_VERB = /(支持|欢迎|赞赏|组建|成立|设立|建立|召集|依托|利用|通过|加强|深化|参与|用好)/;
const ZH_VERB_INSIDE = new RegExp(ZH_VERB.source, 'g');
// A country's own organs (全国人民代表大会常务委员会, 国家发展和改革委员会, 中共中央…) are not multilateral bodies.
const ZH_NOT_A_NAME =
  /^(构建|建立|推动|推进|加强|深化|打造|支持|朝着|来|举行|召开|出席|参加|主办|第.{1,3}条|双方|各方|两国|我们|全国|中共|中央|国务院|国家|人民|省|市|自治区)|举行|召开|主持|出席|参加|列席|与会|举办|主办|开展|进行|双方|(?<![高平同均对])等|了|推动|推进|一道|本届|本次|此次|这次|下届|上届|周年|建交|命运/;
const ZH_BUILDING = /^(中心|大厦|大楼|宾馆|酒店|厅)/;
const ZH_BOUNDARY = /[，、。；：,;:“”《》（）()和与及同在于以对将为向由从就的]/;

// "10+1", "10+3", "中国+中亚五国", "东盟+1": a mechanism named by the parties it joins.
const ZH_PLUS =
  /([\u4e00-\u9fa5]{2,8}|\d{1,2})\s*[+＋]\s*([\u4e00-\u9fa5]{1,6}|\d{1,2})(合作|机制|外长会晤|会晤|峰会|会议|对话)?/g;
const EN_PLUS =
  /\b((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*(?:\+|\s+Plus\s+)\s*(One|Two|Three|Four|Five|Six|\d{1,2}|[A-Z][\w-]*)\b/g;

function plusPatterns(text: string, lang: 'zh' | 'en', taken: [number, number][]): ForumMention[] {
  const out: ForumMention[] = [];
  // Most sentences have no plus at all: one scan for it spares the pattern's try at every position.
  if (!text.includes('+') && !text.includes('＋') && !(lang === 'en' && text.includes(' Plus '))) return out;
  for (const m of text.matchAll(lang === 'zh' ? ZH_PLUS : EN_PLUS)) {
    const start = m.index!,
      end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    if (lang === 'zh' && !/\d/.test(m[1] + m[2]) && !findActors(m[1], 'zh').length) continue;
    // "The Plus Three countries": the partners of a format, not a body.
    if (lang === 'en' && (/^(the|a|an)$/i.test(m[1]) || /^\s+(countries|states|partners)\b/i.test(text.slice(end))))
      continue;
    // 3+5+X合作框架: a chain of numbers is a framework of cooperation, not a body.
    if (/^\s*[+＋]/.test(text.slice(end))) continue;
    out.push({ forum: unknownForum(m[0].trim(), lang), start, end, venue: false });
    taken.push([start, end]);
  }
  return out;
}

/** A name that starts with one country and names no other country or group: that country's own organ. */
function nationalOrgan(prefix: string): boolean {
  const hits = findActors(prefix, 'zh');
  const code = (v: ActorValue | undefined) => (v?.kind === 'country' && v.codes.length === 1 ? v.codes[0] : null);
  const first = code(hits[0]?.value);
  return !!first && hits[0].start === 0 && hits.every((h) => code(h.value) === first) && !/[—\-+＋]/.test(prefix);
}

/** Where the run of name characters that ends at `at` starts: after the last boundary, at most `max` back. */
function runStart(text: string, at: number, max: number): number {
  let start = at;
  while (start > 0 && at - start < max && !ZH_BOUNDARY.test(text[start - 1])) start--;
  return start;
}

/**
 * The mechanism of a group whose name opens the run of text before a body word (中日韩…会议, 中国—中东欧国家…
 * 联合会), where the group has one: the mechanism and where its name starts. A verb or a concept between them
 * (支持, 命运共同体) leaves the body word to the other readings.
 */
function mechanismBefore(text: string, at: number): { forum: Forum; start: number } | null {
  const from = runStart(text, at, 24);
  const run = text.slice(from, at);
  const hit = findActors(run, 'zh').find((h) => h.value.kind === 'group' && h.value.group.forum);
  if (!hit || hit.value.kind !== 'group' || hit.end === run.length) return null;
  const inner = run.slice(hit.end);
  if (ZH_VERB.test(inner) || ZH_NOT_A_NAME.test(inner)) return null;
  const forum = lexicon().forumById.get(hit.value.group.forum!);
  return forum ? { forum, start: from + hit.start } : null;
}

function zhPatterns(text: string, taken: [number, number][]): ForumMention[] {
  const out: ForumMention[] = plusPatterns(text, 'zh', taken);
  for (const m of text.matchAll(ZH_BODY)) {
    const end = m.index! + m[0].length;
    if (taken.some(([a, b]) => end > a && m.index! < b)) continue;
    // 有组织犯罪, 跨国有组织犯罪: "organised (crime)", no body.
    if (m[0] === '组织' && (text[m.index! - 1] === '有' || text.startsWith('犯罪', end))) continue;
    let start = runStart(text, m.index!, 14);
    if (text[start - 1] === '“') start--; // a quoted name belongs to the forum name
    // A verb before the name is text (支持澜湄水资源合作论坛): the name starts after it.
    start += ZH_VERB_LEAD.exec(text.slice(start, m.index!))?.[0].length ?? 0;
    // …支持组建叙利亚宪法委员会: a verb inside the run ends the text; the name starts after the last one.
    const inside = [...text.slice(start, m.index!).matchAll(ZH_VERB_INSIDE)].at(-1);
    if (inside) start += inside.index! + inside[0].length;

    // A mechanism's own meetings and bodies (中日韩环境部长会议, 中国—中东欧国家地方省州长联合会): that mechanism.
    const owner = mechanismBefore(text, m.index!);
    if (owner) {
      // A listed name inside it (拉共体 in 中国—拉共体农业部长论坛) yields to it; findForums drops that mention.
      const inside = (a: number, b: number) => a >= owner.start && b <= end;
      if (
        ![...taken, ...out.map((o) => [o.start, o.end] as const)].some(
          ([a, b]) => owner.start < b && end > a && !inside(a, b),
        )
      )
        out.push({ forum: forumRef(owner.forum, text.slice(owner.start, end)), start: owner.start, end, venue: false });
      continue;
    }
    if (ZH_OWN_BODY.test(m[0])) continue;
    const prefix = text.slice(start, m.index!);
    if (prefix.length < 2 || ZH_GENERIC.test(prefix.replace(/[“”]/g, '')) || ZH_NOT_A_NAME.test(prefix)) continue;
    // A place, region or quoted name; or a mechanism joining named parties (中国—中亚外长会晤).
    const joined = /[—+＋]/.test(prefix) && findActors(prefix, 'zh')[0]?.start === 0;
    if (!ZH_NAME_HINT.test(prefix) && !joined) continue;
    // One country's own body (叙利亚宪法委员会, 俄罗斯联邦委员会): not a multilateral one.
    if (!joined && nationalOrgan(prefix)) continue;
    // 国际会议中心, 论坛大厦: a building, not the body.
    if (ZH_BUILDING.test(text.slice(end, end + 2))) continue;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    out.push({ forum: unknownForum(text.slice(start, end).replace(/[“”]/g, ''), 'zh'), start, end, venue: false });
  }
  return out;
}

const EN_PATTERN =
  /\b(?:the\s+)?((?:[A-Z][\p{L}\d_'’.-]*\s+(?:(?:of|for|on|and|the|in|de)\s+)*){1,7}(?:Organi[sz]ation|Forum|Summit|Council|Group|Conference|Union|Commission|Community|Bank|Agency|Alliance|Dialogue|Mechanism|Format|Assembly|Academy|Foundation|Centre|Center)s?\b)(?:\s+(?:of|for|on)(?:\s+the)?\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\p{L}\d_'-]*(?:\s+[A-Z][\p{L}\d_'-]*)*)?/gu;
// The words a body's name ends in (EN_PATTERN has them too, inside its name shape).
const EN_BODY_WORD =
  /Organi[sz]ation|Forum|Summit|Council|Group|Conference|Union|Commission|Community|Bank|Agency|Alliance|Dialogue|Mechanism|Format|Assembly|Academy|Foundation|Centre|Center/;
const EN_GENERIC_FIRST =
  /^(Extraordinary|Virtual|Informal|Emergency|Inaugural|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|World|International|Global|Regional|Multilateral|Annual|Joint|High-level|First|Second|Third|Ministerial|Leaders['’]?|Previous|Next|Last|Recent|Upcoming|Future|Successive|State|The|This|That|Such|Its|Their|Our|Security|Foreign|Permanent|Executive|General|Special|National|Soviet|Federal|Legislative|Constituent|Grand|People['’]s|Bilateral)$/;

/** "(Security Council) of the Russian Federation": the name is a country's own organ. */
function ofCountry(text: string, end: number): boolean {
  const of = /^\s+of\s+/.exec(text.slice(end, end + 8));
  if (!of) return false;
  const hit = findActors(text.slice(end + of[0].length, end + of[0].length + 60), 'en')[0];
  return hit?.start === 0 && hit.value.kind === 'country';
}

const EN_TITLE_LEAD =
  /^((Vice|Deputy|Executive|Acting)\s+)?(President|Premier|Prime Minister|Minister|Chairman|Chairperson|Chair|Secretary[- ]General|Secretary|Director[- ]General|Heads?|Members?|Speaker|Delegates?|Delegations?|Representatives?|Leaders|Ministers)\s+of\s+(the\s+)?/;

// "COP29", "COP 28": a Conference of the Parties, the climate convention's unless the text names another.
const EN_COP = /\bCOP[\s-]?\d{1,2}\b/g;
const EN_COP_OF = /^[^.;]{0,40}?\b(Biological Diversity|CBD|Desertification|UNCCD)\b/;

// "the RIC format", "the C5 mechanism": a grouping named by its abbreviation and what it is.
const EN_ABBR_FORMAT = /\b([A-Z][A-Z0-9]{1,6})\s+(format|mechanism)\b/g;

function enPatterns(text: string, taken: [number, number][]): ForumMention[] {
  const out: ForumMention[] = plusPatterns(text, 'en', taken);
  for (const m of text.matchAll(EN_ABBR_FORMAT)) {
    const start = m.index!,
      end = start + m[1].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    out.push({ forum: unknownForum(m[1], 'en'), start, end, venue: false });
    taken.push([start, end]);
  }
  const { forumById } = lexicon();
  for (const m of text.matchAll(EN_COP)) {
    const start = m.index!,
      end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const of = EN_COP_OF.exec(text.slice(end, end + 60))?.[1];
    const row = forumById.get(of ? (/Biological|CBD/.test(of) ? 'CBD' : 'UNCCD') : 'UNFCCC');
    if (row) out.push({ forum: forumRef(row, m[0]), start, end, venue: false });
  }
  // The body word is what every such name ends in: without one, the long pattern is not tried.
  if (!EN_BODY_WORD.test(text)) return out;
  for (const m of text.matchAll(EN_PATTERN)) {
    // "Premier of the State Council…", "President of the European Council": the body follows the title.
    const title = EN_TITLE_LEAD.exec(m[1])?.[0].length ?? 0;
    const nameStart = m.index! + m[0].indexOf(m[1]);
    // "the State Council of the People's Republic of China": a country's own organ.
    if (ofCountry(text, nameStart + m[1].length)) continue;
    for (const [start, end] of splitNames(text, nameStart + title, m.index! + m[0].length)) {
      const found = shapeMention(text, start, end, taken);
      if (found) out.push(found);
    }
  }
  return out;
}

// The end of a body's name ("… Business Council"), for a name read on its own out of a pair.
const EN_BODY_END = new RegExp(`(?:${EN_BODY_WORD.source})s?$`);

const EN_TITLE_INSIDE =
  /\b(President|Prime Minister|Minister|Premier|Chairman|Chairwoman|Chairperson|Speaker|King|Emir|Sultan)\b/;
// "the Indian Ocean Rim Association": a country's adjective naming a sea or region, not a national body.
const EN_PLACE_WORD = /^(Ocean|Sea|Gulf|Basin|River|Peninsula|Subcontinent)$/;

/**
 * "the Turkic Chamber of Commerce and Industry and the Turkic Business Council": two names joined
 * by "and the". Each part that ends in a body word is a name of its own; the rest is not read.
 */
function splitNames(text: string, start: number, end: number): [number, number][] {
  const joint = /\s+and\s+the\s+(?=[A-Z])/.exec(text.slice(start, end));
  if (!joint) return [[start, end]];
  const left: [number, number] = [start, start + joint.index];
  const right: [number, number] = [start + joint.index + joint[0].length, end];
  return EN_BODY_END.test(text.slice(...left)) ? [left, right] : [right];
}

/** A named body found by its shape between `start` and `end`, unless the checks below say it is none. */
function shapeMention(text: string, start: number, end: number, taken: [number, number][]): ForumMention | null {
  if (taken.some(([a, b]) => start < b && end > a)) return null;
  const words = text.slice(start, end).trim().split(/\s+/);
  if (words.length < 2 || EN_GENERIC_FIRST.test(words[0])) return null;
  // "the Astana Summit", "the Kazan Summit": a meeting named by its venue, an event of some body.
  if (words.length === 2 && /^Summits?$/.test(words[1])) return null;
  // "Prime Minister X and Chairman of the National Assembly": people with their titles, not a name;
  // "the Office of the Central Commission for Foreign Affairs": a party's or a state's own organ.
  const name = words.join(' ');
  if (EN_TITLE_INSIDE.test(name) || EN_NATIONAL_ORGAN.test(name)) return null;
  // "the Brazilian Development Bank", "the Chinese Academy of Sciences": one country's own body.
  if (isCountryWord(words[0]) && !EN_PLACE_WORD.test(words[1]) && !findActors(words.slice(1).join(' '), 'en').length)
    return null;
  // A body of two countries ("the Intergovernmental Russian-Vietnamese Commission", "the China-Pakistan
  // Strategic Dialogue", "the Commission between the Federal Assembly … and …") is not multilateral.
  if (/^\s+between\b/.test(text.slice(end, end + 10))) return null;
  if (twoCountries(foldDashes(text.slice(start, end)))) return null;
  if (start > 0 && /\d\s*$/.test(text.slice(Math.max(0, start - 6), start))) return null; // "the 2005 World Summit": an event
  // "the Organization of Turkic States (OTS)": the abbreviation the text gives is the body's id.
  const abbr = /^\s*\(([A-Z][A-Z0-9+-]{1,9})\)/.exec(text.slice(end, end + 14))?.[1];
  const forum = unknownForum(text.slice(start, end), 'en');
  return { forum: abbr ? { ...forum, id: unknownForum(abbr, 'en').id } : forum, start, end, venue: false };
}

const EN_NATIONAL_ORGAN =
  /\b(Central (Committee|Commission)|Communist Party|Ministry|Ministries|Politburo|Political Bureau)\b/;

const ZH_VENUE_BEFORE = /(在|于|出席|参加|举行|召开)[^，,。]{0,12}$/;
const ZH_VENUE_AFTER = /^[^，,。]{0,12}?(会议|峰会|会晤|会)(上|期间|之际|前夕|时)/;
// "coordination at the United Nations": working within the body, not meeting at a venue.
const COOPERATION_AT = /\b(coordination|cooperation|collaboration|consultations?|interaction|work)\s+at\s+(the\s+)?$/i;
const EN_VENUE_BEFORE =
  /\b(on the (?:margins|sidelines) of|during|at|attended|attending|ahead of)\s+(?:the\s+)?(?:\d+\w*\s+)?(?:session of\s+(?:the\s+)?)?$/i;

// What a partner compound ("ASEAN-China …", 中国—东盟…) names when it is not the body itself: a free
// trade area, a fund, a railway or corridor (treaties and projects; a year of exchanges, a summit
// or a plan of action is the body's own event or agenda, which the guide counts as the body).
const EN_NOT_BODY =
  /^\s+(?:[A-Z][\w'’-]*\s+){0,4}?(Fund|Free Trade (?:Area|Agreement|Zone)|(?:Association |Partnership )?[Aa]greement|Railway|Corridor|Treaty)\b/;
const ZH_NOT_BODY = /^[\u4e00-\u9fa5\d.]{0,8}?(自贸区|自由贸易区|自贸协定|自由贸易协定|基金|铁路|走廊|条约)/;
// "Security Council Secretary Sergey Shoigu": a national council's officer, not the UN body.
const NATIONAL_TITLE_AFTER = /^\s+(Secretary|Deputy Secretary)\b(?![-‐‑–—]\s*General)/;
// A body's name used for the lands of its members ("security in the SCO region", 维护上合组织地区安全): a place, not the body.
const EN_REGION_AFTER = /^\s+(region|area|space)\b/i;
const ZH_REGION_AFTER = /^(地区|区域|空间)(?![^，。；]{0,3}(组织|论坛|机制|机构|中心|会议))/;
// A pipeline, railway or road named after what it joins (中国—中亚天然气管道, the China-Central Asia gas
// pipeline) is infrastructure, not the body of the same name.
const ZH_INFRASTRUCTURE = /^[\u4e00-\u9fa5]{0,3}?(天然气管道|原油管道|油气管道|管道|管线|铁路|公路|班列)/;
const EN_INFRASTRUCTURE = /^\s+(?:(?:natural\s+)?gas\s+|oil\s+)?(pipeline|railway|highway|railroad)s?\b/i;
const ZH_BODY_WORD = /峰会|会议|论坛|中心|机制|会晤|外长会|理事会|委员会|秘书处/;

/**
 * A body named as one partner of a relationship with a country, inside the name of something that
 * is not a body: "the ASEAN-China Year of People-to-People Exchanges", 中国—东盟自贸区. The body
 * there is a party, not the forum (the ASEAN-China Summit, 中国—东盟合作 stay the body).
 */
function inPartnerCompound(folded: string, f: { start: number; end: number }, lang: 'zh' | 'en'): boolean {
  const country = (h: ReturnType<typeof findActors>[number] | undefined) => h?.value.kind === 'country';
  let partnerEnd = -1;
  if (folded[f.end] === '—') {
    const hit = findActors(folded.slice(f.end + 1, f.end + 40), lang)[0];
    if (hit?.start === 0 && country(hit)) partnerEnd = f.end + 1 + hit.end;
  } else if (folded[f.start - 1] === '—') {
    const lead = folded.slice(Math.max(0, f.start - 40), f.start - 1);
    const hit = findActors(lead, lang).at(-1);
    if (hit?.end === lead.length && country(hit)) partnerEnd = f.end;
  }
  if (partnerEnd < 0) return false;
  if (lang === 'en') return EN_NOT_BODY.test(folded.slice(partnerEnd, partnerEnd + 80));
  const m = ZH_NOT_BODY.exec(folded.slice(partnerEnd, partnerEnd + 14));
  return !!m && !ZH_BODY_WORD.test(m[0].slice(0, m[0].length - m[1].length));
}

let countryWords: Set<string> | null = null;
/** An English country name or adjective ("Viet Nam", "Vietnamese", "Afghan"). */
export function isCountryWord(words: string): boolean {
  countryWords ??= new Set(lexicon().countries.flatMap((c) => [...c.en, ...c.enAdj].map((w) => w.toLowerCase())));
  return countryWords.has(words.toLowerCase());
}

/** "China—Pakistan", "Russian—Vietnamese": a name that joins exactly two countries (names or adjectives). */
function twoCountries(name: string): boolean {
  if (findActors(name, 'en').filter((h) => h.value.kind === 'country').length === 2) return true;
  const parts = name.split('—');
  if (parts.length !== 2) return false;
  const words = (t: string) => t.trim().split(/\s+/);
  const left = words(parts[0]),
    right = words(parts[1]);
  const known = (ws: string[]) => isCountryWord(ws.join(' '));
  return (known(left.slice(-1)) || known(left.slice(-2))) && (known(right.slice(0, 1)) || known(right.slice(0, 2)));
}

// The short name a document uses for a body it has named: "the Union" (the Eurasian Economic Union),
// "the Organization", 本组织. The key is the last word of the body's name.
// (Literals, so the ReDoS check reads them; the same words in both pairs.)
const SHORT_MENTION = {
  en: /\bthe (Union|Organi[sz]ation|Community|Bank|Fund|Forum)\b(?!\s+(of|for|State)\b)/g,
  zh: /本(组织|联盟|论坛|共同体)/g,
};
const SHORT_KEY = { en: /\b(Union|Organi[sz]ation|Community|Bank|Fund|Forum)$/, zh: /(组织|联盟|论坛|共同体)$/ };
const shortKey = (word: string) => word.replace('Organisation', 'Organization');

/** Keeps a listed body under the short name the document may use for it later ("Union" for the Eurasian Economic Union). */
export function rememberShortName(names: Map<string, ForumRef>, forum: ForumRef | null, lang: 'zh' | 'en'): void {
  if (!forum?.known) return;
  const m = SHORT_KEY[lang].exec(lang === 'en' ? forum.name : (forum.nameZh ?? ''));
  if (m) names.set(shortKey(m[1]), forum);
}

function shortNameMentions(text: string, lang: 'zh' | 'en', shortNames: ReadonlyMap<string, ForumRef>): ForumMention[] {
  const out: ForumMention[] = [];
  for (const m of text.matchAll(SHORT_MENTION[lang])) {
    const ref = shortNames.get(shortKey(m[1]));
    if (ref) out.push({ forum: { ...ref, text: m[0] }, start: m.index!, end: m.index! + m[0].length, venue: false });
  }
  return out;
}

/**
 * Two listed bodies joined by a dash ("the ASEAN-GCC Summit", 东盟—海合会部长级会议, "ASEAN-GCC relations"):
 * the mechanism between the two groups, a body of its own with the id of both (ASEAN_GCC). Each body stays
 * itself where the compound names a free trade area, agreement, fund or treaty between them, where the
 * bodies act jointly ("the Joint United Nations–African Union Framework") and in a chain of three or more
 * ("the AU–EU–UN Taskforce").
 */
const JOINT_BEFORE = /\bjoint\s+(the\s+)?$/i;
function joinedBodies(folded: string, found: ForumMention[], lang: 'zh' | 'en'): ForumMention[] {
  const out: ForumMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i],
      b = found[i + 1];
    const after = b ? folded.slice(b.end, b.end + (lang === 'en' ? 80 : 14)) : '';
    if (
      !b ||
      a.forum.id === b.forum.id ||
      folded[a.end] !== '—' ||
      b.start !== a.end + 1 ||
      (lang === 'en' ? EN_NOT_BODY : ZH_NOT_BODY).test(after) ||
      (lang === 'en' && JOINT_BEFORE.test(folded.slice(Math.max(0, a.start - 12), a.start))) ||
      folded[b.end] === '—' ||
      (i > 0 && folded[a.start - 1] === '—' && found[i - 1].end === a.start - 1)
    ) {
      out.push(a);
      continue;
    }
    const surface = folded.slice(a.start, b.end);
    const forum: ForumRef = {
      id: `${a.forum.id}_${b.forum.id}`,
      name: `${a.forum.abbr ?? a.forum.name}–${b.forum.abbr ?? b.forum.name}`,
      nameZh: a.forum.nameZh && b.forum.nameZh ? `${a.forum.nameZh}—${b.forum.nameZh}` : null,
      abbr: null,
      text: surface,
      known: false,
    };
    out.push({ forum, start: a.start, end: b.end, venue: false });
    i++;
  }
  return out;
}

/** Forum mentions of a text, leftmost first. `venue` marks a forum named only as a meeting place. */
export function findForums(
  text: string,
  lang: 'zh' | 'en',
  shortNames: ReadonlyMap<string, ForumRef> = new Map(),
): ForumMention[] {
  const folded = foldDashes(text);
  const matched = matcher(lang)
    .find(folded)
    .map((m) => ({
      forum: forumRef(m.value, m.surface),
      start: m.start,
      end: m.end,
      venue: false,
      home: m.value.home,
    }));
  // A partner compound's span stays taken, so no pattern reads a body name out of it.
  const taken = matched.map((f) => [f.start, f.end] as [number, number]);
  const found = matched.filter(
    (f) =>
      (lang === 'zh' || (!ofCountry(text, f.end) && !NATIONAL_TITLE_AFTER.test(text.slice(f.end, f.end + 30)))) &&
      !inPartnerCompound(folded, f, lang) &&
      !(lang === 'zh' ? ZH_INFRASTRUCTURE : EN_INFRASTRUCTURE).test(folded.slice(f.end, f.end + 30)) &&
      !(lang === 'zh' ? ZH_REGION_AFTER : EN_REGION_AFTER).test(folded.slice(f.end, f.end + 12)),
  );
  const shaped = lang === 'zh' ? zhPatterns(folded, taken) : enPatterns(text, taken);
  // A mechanism's own body found by its group's name holds the other listed names inside it (拉共体 in
  // 中国—拉共体农业部长论坛); around a listed name of the same mechanism (中非合作论坛第八届部长级会议) it is
  // that name's own meeting, read from the listed name as before.
  const around = (p: ForumMention, f: ForumMention) => p.forum.known && p.start <= f.start && p.end >= f.end;
  const patterns = shaped.filter((p) => !found.some((f) => around(p, f) && f.forum.id === p.forum.id));
  const kept = found.filter((f) => !patterns.some((p) => around(p, f)));
  const short = shortNameMentions(text, lang, shortNames).filter((f) =>
    [...kept, ...patterns].every((g) => f.end <= g.start || f.start >= g.end),
  );
  const listed = [...kept, ...patterns].sort((a, b) => a.start - b.start);
  const joined = joinedBodies(folded, kept, lang);
  const subsidiaries = patterns.map((f) => subsidiaryOf(f, listed));
  const all = withPartnerMechanisms(text, folded, joined, subsidiaries, lang)
    .concat(short)
    .sort((a, b) => a.start - b.start);
  for (const f of all) {
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    const after = text.slice(f.end, f.end + 20);
    f.venue =
      lang === 'zh'
        ? ZH_VENUE_BEFORE.test(before) && ZH_VENUE_AFTER.test(after)
        : (EN_VENUE_BEFORE.test(before) &&
            !COOPERATION_AT.test(before) &&
            /^\s*(\(\w+\)\s*)?(meeting|summit|session|\)|,|on |in )/i.test(after)) ||
          /session of (the )?$/i.test(before);
  }
  return all;
}

/**
 * A listed body, a dash and a name found by its shape ("the GCC–Central Asia Summit", "the ASEAN–Central
 * Asia Dialogue"): one mechanism between the body and a partner, named by the whole compound.
 */
function withPartnerMechanisms(
  text: string,
  folded: string,
  listed: ForumMention[],
  shaped: ForumMention[],
  lang: 'zh' | 'en',
): ForumMention[] {
  const merged = new Set<ForumMention>();
  const out = listed.map((f) => {
    const partner = shaped.find((g) => !g.forum.known && g.start === f.end + 1 && folded[f.end] === '—');
    if (!partner || !f.forum.known) return f;
    merged.add(partner);
    const name = text.slice(f.start, partner.end);
    return { forum: unknownForum(name, lang), start: f.start, end: partner.end, venue: false };
  });
  return out.concat(shaped.filter((g) => !merged.has(g)));
}

// A working body with no name of its own ("the Security Working Group", "the 'SCO–Afghanistan' Contact Group").
const SUBSIDIARY = /(Working Group|Contact Group|Expert Group|Task Force|Sub-?[Cc]ommittee|工作组|联络组|专家组)s?$/;

/**
 * A working group, contact group or task force found by its shape in a sentence that names a listed body
 * before it (the C5+1 Business and Economy Working Group, the Energy … Working Group): that body's own, so
 * a mention of that body, as its events and agenda are.
 */
function subsidiaryOf(f: ForumMention, listed: ForumMention[]): ForumMention {
  if (f.forum.known || !SUBSIDIARY.test(f.forum.name)) return f;
  const parent = listed.filter((g) => g.end <= f.start && !SUBSIDIARY.test(g.forum.name)).at(-1);
  return parent ? { ...f, forum: { ...parent.forum, text: f.forum.text } } : f;
}

// A body's own meeting right after its name (金砖国家领导人第十次会晤, "the BRICS Leaders' Summit"): part of
// the name, so its meeting word names no field of its own.
const ZH_EVENT_TAIL =
  /^(领导人|外长|部长|元首理事会|政府首脑理事会)?(第[一二三四五六七八九十百\d]+[次届])?(领导人)?(会晤|峰会|首脑会议|外长会议?|部长会议?|会议)/;
const EN_EVENT_TAIL =
  /^(\s+(Leaders['’]?|Foreign Ministers['’]?|Ministerial|Heads of State))?\s+(Summit|Meeting|Ministerial)\b|^(\s+[A-Z][\w-]*){0,3}\s+Partnership(?=\s+(on|for|in)\b|[\s,.;]|$)/;

/**
 * The text with forum names (and the meeting named right after one) replaced by `fill` (same
 * length, so offsets hold): terms inside a name do not count.
 */
export function blankForums(text: string, forums: ForumMention[], fill: string): string {
  let out = '',
    i = 0;
  for (const f of forums) {
    if (f.start < i) continue;
    const tail = (/[\u4e00-\u9fff]/.test(text[f.end - 1] ?? '') ? ZH_EVENT_TAIL : EN_EVENT_TAIL).exec(
      text.slice(f.end, f.end + 48),
    );
    const end = f.end + (tail?.[0].length ?? 0);
    out += text.slice(i, f.start) + fill.repeat(end - f.start);
    i = end;
  }
  return out + text.slice(i);
}
