import { groupMembers, lexicon, type Country, type Group } from './lexicon.ts';
import { TermMatcher } from './term-matcher.ts';
import type { ActorRef } from './types.ts';

/**
 * Who speaks. Both plugins resolve subjects to ISO codes here: "the two sides" and `双方` to the
 * document's parties, a group's "we" to its members, a country or its "side" to its code.
 */
export type ActorValue = { kind: 'country'; code: string } | { kind: 'parties' } | { kind: 'group'; group: Group } | { kind: 'we' };

let matchers: { zh: TermMatcher<ActorValue>; en: TermMatcher<ActorValue> } | null = null;

const ZH_PARTIES = ['双方', '两国', '两国元首', '两国领导人', '各方', '三方', '四方', '五方', '六国', '五国', '四国', '三国', '各国领导人', '成员国', '与会各方'];
const EN_PARTIES = ['the two sides', 'both sides', 'the sides', 'the parties', 'both countries', 'the two countries', 'both parties', 'the leaders', 'the two leaders', 'the heads of state', 'the ministers', 'the member states', 'all parties', 'the participants'];

export function actorMatchers() {
  if (matchers) return matchers;
  const { countries, groups } = lexicon();
  const zh: [string, ActorValue][] = [];
  const en: [string, ActorValue][] = [];
  for (const c of countries) {
    const v: ActorValue = { kind: 'country', code: c.code };
    for (const n of [...c.zh.filter((n) => n.length > 1), ...c.zhSide]) zh.push([n, v]);
    for (const n of c.en) { en.push([n, v]); en.push([`the ${n}`, v]); }
    for (const a of c.enAdj) { en.push([`the ${a} side`, v]); en.push([`${a} side`, v]); }
  }
  for (const g of groups) {
    const v: ActorValue = { kind: 'group', group: g };
    for (const n of g.zh) zh.push([n, v]);
    for (const n of g.en) { en.push([n, v]); en.push([`${n} countries`, v]); en.push([`${n} members`, v]); en.push([`${n} member states`, v]); }
  }
  for (const p of ZH_PARTIES) zh.push([p, { kind: 'parties' }]);
  zh.push(['中俄', { kind: 'parties' }], ['中俄双方', { kind: 'parties' }], ['我们', { kind: 'we' }], ['我国', { kind: 'we' }]);
  for (const p of EN_PARTIES) en.push([p, { kind: 'parties' }]);
  for (const p of ['we', 'they']) en.push([p, { kind: 'we' }]);
  matchers = { zh: new TermMatcher(zh, false), en: new TermMatcher(en, true) };
  return matchers;
}

/** Resolves an actor phrase to codes; `parties` stands for the document's parties. */
export function resolveActor(v: ActorValue, parties: string[], year: number | null): string[] {
  switch (v.kind) {
    case 'country': return [v.code];
    case 'group': return groupMembers(v.group, year);
    default: return parties;
  }
}

export function actorRefs(codes: string[], parties: string[]): ActorRef[] {
  const { countryByCode } = lexicon();
  // Stable order: the document's party order first, then the rest by code.
  const rank = (id: string) => { const i = parties.indexOf(id); return i < 0 ? parties.length : i; };
  const ids = [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return ids.map((id) => {
    const c: Country | undefined = countryByCode.get(id);
    return { id, name: c?.en[0] ?? id, nameZh: c?.zh[0] ?? null };
  });
}

/**
 * Parties of a document: countries named in its title ("中华人民共和国和俄罗斯联邦…联合声明"); else
 * a group named in the title (BRICS ministers); else the countries listed in an opening sentence
 * ("我们，柬埔寨王国、中华人民共和国…").
 */
export function partiesOf(lang: 'zh' | 'en', title: string | null, opening: string[], year: number | null): string[] {
  const m = actorMatchers()[lang];
  const countriesIn = (text: string) => [...new Set(m.find(text).filter((x) => x.value.kind === 'country').map((x) => (x.value as { code: string }).code))];
  if (title) {
    const named = countriesIn(title);
    if (named.length >= 2) return named;
    const group = m.find(title).find((x) => x.value.kind === 'group');
    if (group) return resolveActor(group.value, [], year);
  }
  for (const s of opening) {
    const named = countriesIn(s);
    if (named.length >= 2) return named;
    const group = m.find(s).find((x) => x.value.kind === 'group');
    if (group && /^(the\s+)?\S+\s+(ministers|leaders|heads)|^我们/i.test(s)) return resolveActor(group.value, [], year);
  }
  if (title) return countriesIn(title);
  return [];
}
