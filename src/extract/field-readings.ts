import { findActors, type ActorValue } from './actors.ts';
import { foldDashes, type ForumMention } from './forums.ts';

/**
 * Readings of a field or a forum from what stands around it in the sentence: whose sovereignty a
 * term names, whether a weak word is an item of a list of fields, whether a body is a side of a
 * relationship rather than a forum of cooperation. Assembly applies them to what the language
 * plugins found.
 */

/** A field term as the plugins report it (`at`: where it starts in the sentence). */
interface FieldHit {
  id: string;
  text: string;
  strong: boolean;
  at?: number;
}

type Country = Extract<ActorValue, { kind: 'country' }>;

/** The country `text` starts with, if it starts with one. */
function countryAtStart(text: string, lang: 'zh' | 'en'): Country | null {
  const m = findActors(text, lang)[0];
  return m?.start === 0 && m.value.kind === 'country' ? m.value : null;
}

/** The last country `text` names, if only what `tail` allows follows it (dashes folded to —). */
function countryAtEnd(text: string, lang: 'zh' | 'en', tail: RegExp): Country | null {
  const m = findActors(text, lang).at(-1);
  return m?.value.kind === 'country' && tail.test(foldDashes(text.slice(m.end))) ? m.value : null;
}

/**
 * What joins a body to a country as two sides: a dash (every dash folded to — by the forum finder's
 * `foldDashes`, which keeps a text's length), and in Chinese 和 or 与 as well.
 */
const JOINT = { zh: /^(—|和|与)/, en: /^—/ };
const JOINT_END = { zh: /(—|和|与)$/, en: /—$/ };
const JOINT_ONLY = { zh: /^(—|和|与)$/, en: /^—$/ };

/**
 * A body joined to one of the clause's actors by a dash or 和/与 (the ASEAN-China Strategic Partnership,
 * 东盟—中国关系, 中国和欧盟是全面战略伙伴): a side of a relationship, not a forum of cooperation. Only a listed
 * body: one found by its shape ("…-ROK Trilateral Summit") is no group of members.
 */
export function relationSide(text: string, f: ForumMention, lang: 'zh' | 'en', actors: string[]): boolean {
  if (!f.forum.known) return false;
  const ours = (c: Country | null) => !!c && c.codes.some((code) => actors.includes(code));
  // The name itself may hold the country: "the 28th ASEAN-China Summit", 东盟—中国峰会; not countries
  // alone (the China-Japan-ROK Summit).
  const name = text.slice(f.start, f.end);
  const folded = foldDashes(name);
  if (folded.includes('—')) {
    const inName = findActors(name, lang);
    if (inName[0]?.value.kind === 'group') {
      for (const m of inName) {
        const cut = folded.indexOf('—', m.start);
        const dash = cut >= 0 && cut < m.end ? cut - m.start : -1;
        if (m.value.kind === 'group' && dash >= 0 && ours(countryAtStart(m.surface.slice(dash + 1), lang))) {
          if (findActors(m.surface.slice(0, dash), lang)[0]?.value.kind === 'group') return true;
        } else if (m.value.kind === 'country' && ours(m.value) && JOINT_END.en.test(folded.slice(0, m.start)))
          return true;
      }
    }
  }
  const after = text.slice(f.end, f.end + 40);
  const join = JOINT[lang].exec(foldDashes(after));
  if (join && ours(countryAtStart(after.slice(join[0].length), lang))) return true;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  return JOINT_END[lang].test(foldDashes(before)) && ours(countryAtEnd(before, lang, JOINT_ONLY[lang]));
}

/** Cooperation in fields ("cooperation in", "collaboration in the fields of"), before a list of them. */
const FIELDS_OF_COOPERATION =
  /\b(cooperation|collaboration|partnership|exchanges|dialogue|ties)\s+(in|on)\s+((the\s+)?(fields?|areas?|sectors?|spheres?)\s+(of|such as|including)\s+)?/giu;
/** Between a list's cue and an item: words, spaces and commas only. */
const LIST_ONLY = /^[\p{L}\p{N}\s,'’-]*$/u;
/** Items of a list are short: a field's name, not a clause ("the basis of mutual respect and promote…"). */
const MAX_ITEM_WORDS = 3;

/**
 * `d`, a single word, is a whole item of a list of fields of cooperation ("cooperation in defence,
 * civil nuclear energy and space", "collaboration in technology and innovation"): it names that field.
 */
function listedField(text: string, from: number, d: FieldHit): boolean {
  if (d.at === undefined || !/^[\p{L}-]+$/u.test(d.text)) return false;
  const before = text.slice(Math.max(from, d.at - 200), d.at);
  if (!/(\b(in|on|of|such as|including)|,|\band)\s+(the\s+)?$/i.test(before)) return false;
  if (!/^(s|es)?(\s*[,.;]|\s+(and|in|with|to|for|as)\b|\s*$)/i.test(text.slice(d.at + d.text.length))) return false;
  let cue = -1;
  for (const m of before.matchAll(FIELDS_OF_COOPERATION)) cue = m.index + m[0].length;
  if (cue < 0) return false;
  const list = before.slice(cue);
  return (
    LIST_ONLY.test(list) &&
    list.split(/,\s*|\s+and\s+/).every((item) => item.trim().split(/\s+/).filter(Boolean).length <= MAX_ITEM_WORDS)
  );
}

/** 缅甸局势, "the crisis in Ukraine": the situation of a named country is a regional conflict. */
function countrySituation(text: string, d: FieldHit, lang: 'zh' | 'en'): boolean {
  if (d.id !== 'security' || d.at === undefined) return false;
  if (lang === 'zh') return d.text === '局势' && !!countryAtEnd(text.slice(Math.max(0, d.at - 12), d.at), 'zh', /^$/);
  // "the situation in Afghanistan", "the crisis in Myanmar" as read whole by the plugin.
  if (/^(situation|war|conflict|crisis|tensions?) (in|on|around|over) /i.test(d.text)) return true;
  if (!/^cris[ie]s$/i.test(d.text)) return false;
  const after = text.slice(d.at + d.text.length, d.at + d.text.length + 80);
  const of = /^\s+(in|of)\s+(the\s+)?/i.exec(after);
  return !!of && !!countryAtStart(after.slice(of[0].length), 'en');
}

/**
 * A weak term named as firmly as a strong one: a word that is an item of a list of fields of
 * cooperation (English), or the situation of a named country.
 */
export function namedFirmly(text: string, clauseStart: number, d: FieldHit, lang: 'zh' | 'en'): boolean {
  return countrySituation(text, d, lang) || (lang === 'en' && listedField(text, clauseStart, d));
}

/** Sovereignty, independence or territorial integrity: a relationship's core interests when a party's. */
const SOVEREIGN = /sovereignty|territorial integrity|independence|主权|领土完整/i;
const OF_ALL_STATES =
  /^\s+of\s+(all\s+)?(the\s+|its\s+|their\s+)?((sovereign|member|other)\s+)?(states|countries|nations)\b/i;
const ALL_STATES_ZH = /(各国|所有国家|一切国家|成员国|各方)的?$/;
const CONCERNED_ZH = /有关国家的?$/;
const SOVEREIGN_LIST_EN = /^((,\s*(and\s+)?|\s+and\s+)(sovereignty|independence|territorial integrity|unity))+/i;
const SOVEREIGN_LIST_ZH = /((主权|独立|领土完整|统一|安全|稳定)[、和与及]+)+$/;

/**
 * Whose sovereignty or territorial integrity: each other's is the relationship itself (the lexicon's
 * politics_diplomacy); that of all states is a principle of the international order; that of a
 * country that is no party (叙利亚主权和领土完整, "of the Syrian Arab Republic") is a regional
 * conflict: security.
 */
export function sovereignty<D extends FieldHit>(text: string, d: D, lang: 'zh' | 'en', parties: string[]): D {
  if (d.id !== 'politics_diplomacy' || d.at === undefined || !SOVEREIGN.test(d.text)) return d;
  const other = (c: Country | null) => !!c && !c.codes.some((code) => parties.includes(code));
  if (lang === 'en') {
    // "sovereignty, independence and territorial integrity of Syria": the words listed after this one share its owner.
    const after = text.slice(d.at + d.text.length, d.at + d.text.length + 120).replace(SOVEREIGN_LIST_EN, '');
    if (OF_ALL_STATES.test(after)) return { ...d, id: 'international_order' };
    const of = /^\s+of\s+(the\s+)?/i.exec(after);
    return of && other(countryAtStart(after.slice(of[0].length), 'en')) ? { ...d, id: 'security' } : d;
  }
  // 叙利亚主权、独立和领土完整: the words listed before this one belong to the same country.
  const before = text.slice(Math.max(0, d.at - 24), d.at).replace(SOVEREIGN_LIST_ZH, '');
  if (ALL_STATES_ZH.test(before)) return { ...d, id: 'international_order' };
  if (CONCERNED_ZH.test(before)) return { ...d, id: 'security' };
  return other(countryAtEnd(before, 'zh', /^的?$/)) ? { ...d, id: 'security' } : d;
}

/**
 * Right before a body's name: "reform of the", "reform the", "a reformed", or the body as an example of
 * what is reformed ("reform of global governance institutions, including the").
 */
const REFORM_BEFORE =
  /\breform(?:ed|ing)?\s+(?:of\s+)?(?:the\s+|its\s+|a\s+)?$|\breform\s+of\s+[^,;.]{1,60},\s*(?:including|in particular|especially|notably)\s+(?:the\s+|its\s+)?$/i;
/** Right after a body's name: "Security Council reform", 安理会改革, 世贸组织进行必要改革, 联合国的全面改革. */
const REFORM_AFTER = { zh: /^(的|进行)?(全面|必要的?|系统性)?改革/, en: /^\s+reforms?\b/i };

/**
 * Reform of a body (the UN Security Council, the WTO, the IMF) is a question of the international order,
 * whatever fields the clause names beside it: those stand on their own, without the body.
 */
export function reformed(text: string, f: ForumMention, lang: 'zh' | 'en'): boolean {
  return (
    REFORM_AFTER[lang].test(text.slice(f.end, f.end + 12)) ||
    (lang === 'en' && REFORM_BEFORE.test(text.slice(Math.max(0, f.start - 90), f.start)))
  );
}

/** Internal affairs, the object of interference. */
const INTERNAL_AFFAIRS = /内政|internal affairs/i;
const OWNER_END = { zh: /^的?$/, en: /^['’]s\s+$/ };

/**
 * Whose internal affairs are interfered in: a party's own (反对干涉俄罗斯内政, "interference in China's
 * internal affairs") is that party's core interest, the relationship itself (politics_diplomacy), as its
 * sovereignty is; those of all states stay a principle of the international order.
 */
export function internalAffairs<D extends FieldHit>(text: string, d: D, lang: 'zh' | 'en', parties: string[]): D {
  if (d.id !== 'international_order' || d.at === undefined || !INTERNAL_AFFAIRS.test(d.text)) return d;
  const start = d.at + d.text.search(INTERNAL_AFFAIRS);
  const owner = countryAtEnd(text.slice(Math.max(0, start - 24), start), lang, OWNER_END[lang]);
  return owner && owner.codes.length === 1 && parties.includes(owner.codes[0]) ? { ...d, id: 'politics_diplomacy' } : d;
}

/** Before and after a term that is a pretext: 借（所谓）人权问题干涉, 以人权等为借口, "under the pretext of human rights". */
const PRETEXT_BEFORE = {
  zh: /(借|以)(所谓的?)?$/,
  en: /\b(under|on) the (pretext|guise|pretence|pretense) of\s+(so-called\s+)?$/i,
};
const PRETEXT_AFTER = { zh: /^等?(问题)?(干涉|为借口|借口)/, en: /(?:)/ };

/** `d` is named only as someone's pretext for interfering, not as a field of the clause. */
export function pretext(text: string, d: FieldHit, lang: 'zh' | 'en'): boolean {
  if (d.at === undefined) return false;
  const after = text.slice(d.at + d.text.length, d.at + d.text.length + 8);
  return PRETEXT_BEFORE[lang].test(text.slice(Math.max(0, d.at - 30), d.at)) && PRETEXT_AFTER[lang].test(after);
}
