import { groupMembers, lexicon, type Country, type Group, type Leader, type Lexicon } from './lexicon.ts';
import { TermMatcher, type Joined, type Match } from './term-matcher.ts';
import { spellings } from './spellings.ts';
import type { ActorRef } from './types.ts';

/**
 * Who speaks. Both plugins resolve subjects to ISO codes here: "the two sides" and `双方` to the
 * document's parties, a group's "we" to its members, a country, its "side" or its leader to its code.
 * Names and words come from data/ (countries.tsv with the country packages, groups.tsv, leaders.tsv,
 * actor-words.tsv).
 */
export type ActorValue =
  /** A country; several codes where a short form is shared (巴方: Brazil, Pakistan…): the party among them is meant. */
  | { kind: 'country'; codes: string[]; strict: boolean }
  | { kind: 'leader'; leaders: Leader[] }
  | { kind: 'parties' }
  /** `body`: a union that is an organisation of its own named as that organisation ("the EU", 非盟), not as its members ("EU member states"). */
  | { kind: 'group'; group: Group; body?: boolean }
  /** A group named as one side (非方, "the Arab side"); `otherwise` is the country the same word may name (阿方: Argentina…). */
  | { kind: 'side'; group: Group; otherwise: ActorValue | null }
  | { kind: 'we' }
  | { kind: 'none' };

const matchers: Partial<Record<'zh' | 'en', TermMatcher<ActorValue>>> = {};

const EN_TITLES = [
  'President',
  'Premier',
  'Prime Minister',
  'Chancellor',
  'Foreign Minister',
  'Minister',
  'King',
  'Emir',
  'Crown Prince',
  'Sultan',
  'Chairman',
  'State Councilor',
  'Vice President',
  'Mr.',
  'Mr',
  'Mrs.',
  'Ms.',
  'H.E.',
  'Minister of Foreign Affairs',
  'General Secretary',
  'Secretary',
  'Ambassador',
  'H.E. Ambassador',
  'Permanent Representative',
];

/** The titles an office holder is named by before a surname ("Foreign Minister Marsudi"). */
const ROLE_TITLES: Record<string, string[]> = {
  foreign_minister: ['Foreign Minister', 'Minister'],
  head_of_government: ['Prime Minister', 'Premier', 'Chancellor'],
  head_of_state: ['President', 'King', 'Emir', 'Sultan'],
  un_representative: ['Ambassador'],
};

/** Adds `name → value` to a list, merging the codes of a name several countries share. */
function addCountry(list: Map<string, ActorValue>, name: string, code: string, strict: boolean) {
  const had = list.get(name);
  if (had?.kind === 'country') {
    if (!had.codes.includes(code)) had.codes.push(code);
    had.strict &&= strict;
    return;
  }
  if (!had) list.set(name, { kind: 'country', codes: [code], strict });
}

function addLeader(list: Map<string, ActorValue>, name: string, leader: Leader) {
  const had = list.get(name);
  if (had?.kind === 'leader') had.leaders.push(leader);
  else if (!had) list.set(name, { kind: 'leader', leaders: [leader] });
}

/** The actor dictionary of one language, built on first use (a Chinese text never builds the English one). */
export function actorMatcher(lang: 'zh' | 'en'): TermMatcher<ActorValue> {
  return (matchers[lang] ??=
    lang === 'zh'
      ? new TermMatcher(zhActors(lexicon()), false)
      : new TermMatcher(enActors(lexicon()), true, enOrgans(lexicon())));
}

/** A language's readings of data/actor-words.tsv, organs apart (they are joined to country names). */
function actorWordsOf(actorWords: Lexicon['actorWords'], lang: 'zh' | 'en'): Map<string, ActorValue> {
  const out = new Map<string, ActorValue>();
  for (const w of actorWords)
    if (w.lang === lang && w.reading !== 'organ')
      out.set(w.phrase, w.reading === 'not-a-side' ? { kind: 'none' } : { kind: w.reading });
  return out;
}

function zhActors({ countries, groups, leaders, actorWords }: Lexicon): Map<string, ActorValue> {
  const zh = actorWordsOf(actorWords, 'zh');
  const names = countries.map((c) => [c, c.zh.filter((n) => n.length > 1)] as const);
  // Whole names and explicit forms first: they win over the shared one-character sides below.
  for (const [c, long] of names) {
    for (const n of long) {
      addCountry(zh, n, c.code, false);
      addCountry(zh, `${n}方`, c.code, false);
      addCountry(zh, `${n}方面`, c.code, false);
    }
    for (const n of c.zhSide) addCountry(zh, n, c.code, false);
  }
  // A country's government, ministry, leader or people speaks for it: 中国政府, 越南外交部.
  for (const w of actorWords)
    if (w.lang === 'zh' && w.reading === 'organ')
      for (const [c, long] of names) for (const n of long) addCountry(zh, `${n}${w.phrase}`, c.code, false);
  // `X方` from the first character of a short name: read only where one of the parties fits.
  for (const c of countries) if (c.zh[0]) addCountry(zh, `${c.zh[0][0]}方`, c.code, true);
  for (const l of leaders) for (const n of l.zh) if (n.length > 1) addLeader(zh, n, l);
  for (const g of groups) for (const n of g.zh) zh.set(n, groupValue(g, !/(成员国|国家)$/.test(n)));
  // 岛国方 and 岛国方面 alike.
  for (const g of groups)
    for (const n of g.sides.zh.flatMap((n) => (n.endsWith('方') ? [n, `${n}面`] : [n])))
      zh.set(n, { kind: 'side', group: g, otherwise: zh.get(n) ?? null });
  return zh;
}

/** The English names of actors, but for a country's adjective joined to an organ (`enOrgans`) unless `withOrgans`. */
export function enActors(
  { countries, groups, leaders, actorWords }: Lexicon,
  withOrgans = false,
): Map<string, ActorValue> {
  const en = actorWordsOf(actorWords, 'en');
  for (const c of countries) {
    for (const n of c.en) {
      addCountry(en, n, c.code, false);
      addCountry(en, `the ${n}`, c.code, false);
    }
    for (const a of c.enAdj) {
      addCountry(en, `the ${a} side`, c.code, false);
      addCountry(en, `${a} side`, c.code, false);
    }
  }
  // A country's adjective and an organ ("the Vietnamese Ministry of Foreign Affairs") are matched by
  // rule (enOrgans); `withOrgans` files each such name here one by one instead (what the rule must match).
  if (withOrgans)
    for (const w of actorWords) {
      if (w.lang !== 'en' || w.reading !== 'organ') continue;
      for (const c of countries) {
        for (const a of c.enAdj) {
          addCountry(en, `the ${a} ${w.phrase}`, c.code, false);
          addCountry(en, `${a} ${w.phrase}`, c.code, false);
        }
      }
    }
  for (const l of leaders) {
    // A title before a name is joined in findActors; a name of three letters or less is read
    // only after a title ("President Xi"), so that leader's names all get their titled forms here
    // (else "President Xi" would win over "Xi Jinping" in "President Xi Jinping").
    const short = l.en.some((n) => n.length <= 3 && !n.includes(' '));
    for (const n of l.en) {
      if (n.length > 3 || n.includes(' ')) addLeader(en, n, l);
      if (short) for (const t of EN_TITLES) addLeader(en, `${t} ${n}`, l);
    }
    // "Foreign Minister Marsudi", "Prime Minister Modi": the title of the office and the last word of the
    // full name, where the names listed do not give that word alone.
    const last = l.en[0].split(' ').at(-1)!;
    if (l.en[0].includes(' ') && last.length > 3 && !l.en.includes(last))
      for (const t of ROLE_TITLES[l.role] ?? []) addLeader(en, `${t} ${last}`, l);
  }
  for (const g of groups)
    for (const n of g.en.flatMap((n) => [...spellings(n)])) {
      const body = !/\b(countries|states|members)$/i.test(n);
      for (const form of [n, `the ${n}`]) en.set(form, groupValue(g, body));
      for (const form of [
        `${n} countries`,
        `${n} members`,
        `${n} member states`,
        `the ${n} countries`,
        `the ${n} member states`,
      ])
        en.set(form, groupValue(g, false));
    }
  for (const g of groups)
    // "the Central Asian side" and "the Central Asian leaders" alike.
    for (const n of g.sides.en.flatMap((n) => {
      const m = /^the (.+) side$/.exec(n);
      return m ? [n, `the ${m[1]} leaders`, `${m[1]} leaders`] : [n];
    }))
      en.set(n, { kind: 'side', group: g, otherwise: en.get(n) ?? null });
  return en;
}

/**
 * "the Vietnamese Ministry of Foreign Affairs", "Chinese President" (the adjective alone names no one):
 * each country's adjectives, with and without "the", before each organ of data/actor-words.tsv. "The
 * Government of the Republic of Serbia" and "Serbia's Government" are joined in findActors.
 */
export function enOrgans({ countries, actorWords }: Pick<Lexicon, 'countries' | 'actorWords'>): Joined<ActorValue> {
  const heads = new Map<string, ActorValue>();
  for (const c of countries)
    for (const a of c.enAdj) {
      addCountry(heads, `the ${a}`, c.code, false);
      addCountry(heads, a, c.code, false);
    }
  return { heads, tails: actorWords.filter((w) => w.lang === 'en' && w.reading === 'organ').map((w) => w.phrase) };
}

/** A group's name as an actor: an institution's plain name is the organisation itself (`body`). */
function groupValue(group: Group, plainName: boolean): ActorValue {
  return group.institution && plainName ? { kind: 'group', group, body: true } : { kind: 'group', group };
}

/**
 * An organisation that speaks in its own name (the EU, the AU Commission, the UN Secretary-General) has no
 * country code; it is carried as `@` and its id among a clause's actors, and dropped when commitments are
 * made: "The EU and China will…" is China's, "The EU reaffirmed…" nobody's but the EU's.
 */
export const BODY = '@';
export const isBody = (code: string) => code.startsWith(BODY);

/** Actor matches of a text, without names written in lower case where a capital is needed. */
export function findActors(text: string, lang: 'zh' | 'en'): Match<ActorValue>[] {
  // One apostrophe for all ("People’s Republic of China" is not the "Republic of China" after it).
  const folded = lang === 'en' ? text.replace(/[’‘`]/g, "'") : text;
  const hits = actorMatcher(lang).find(folded);
  if (lang === 'zh') return hits.filter((h) => h.value.kind !== 'none');
  const { before, beforeThe, after, title } = enJoins();
  const out: Match<ActorValue>[] = [];
  for (const h of hits) {
    if (h.value.kind === 'country' || h.value.kind === 'leader') {
      // A name starts and ends in capitals ("Prime Minister said" is no "Prime Minister Said").
      if (
        !/^[A-Z]/.test(h.surface.replace(/^the /i, '')) ||
        (h.value.kind === 'leader' && !/(^|\s)[A-Z][^\s]*$/.test(h.surface))
      )
        continue;
      // "the Government of (the) Serbia", "the leaders of Serbia", "Serbia's Government";
      // "President Vučić". A joined name takes in a word read alone before it ("the leaders").
      const head = folded.slice(Math.max(0, h.start - 80), h.start);
      // "the Government of the Republic of Serbia" is one name; "President of the Republic of
      // Serbia" (a title before a name, as in a list of signatories) leaves the country's own.
      const lead = (h.value.kind === 'leader' ? title : /^the\s/i.test(h.surface) ? beforeThe : before).exec(head);
      const tail = h.value.kind === 'country' ? after.exec(folded.slice(h.end)) : null;
      if (lead || tail) {
        const start = lead ? h.start - lead[0].length : h.start;
        const end = tail ? h.end + tail[0].length : h.end;
        while (out.length && out[out.length - 1].end > start && out[out.length - 1].start >= start) out.pop();
        if (!out.length || out[out.length - 1].end <= start) {
          out.push({ ...h, start, end, surface: folded.slice(start, end) });
          continue;
        }
      }
    }
    // "Chinese President Xi Jinping": a country's title and its holder's name are one name.
    const last = out[out.length - 1];
    if (last?.value.kind === 'country' && h.value.kind === 'leader' && /^\s+$/.test(folded.slice(last.end, h.start))) {
      out[out.length - 1] = { ...last, end: h.end, surface: folded.slice(last.start, h.end) };
      continue;
    }
    out.push(h);
  }
  // "Xi said", "Li noted": a leader's name of three letters or less, read alone only before a
  // reporting verb (elsewhere it is a word or a common surname).
  for (const m of folded.matchAll(shortBeforeReport())) {
    const start = m.index!,
      end = start + m[1].length;
    if (out.some((o) => o.start < end && o.end > start)) continue;
    const leaders = lexicon().leaders.filter((l) => l.en.includes(m[1]));
    const at = out.findIndex((o) => o.start > start);
    out.splice(at < 0 ? out.length : at, 0, { start, end, value: { kind: 'leader', leaders }, surface: m[1] });
  }
  return out;
}

let shortNames: RegExp | null = null;
function shortBeforeReport(): RegExp {
  if (shortNames) return shortNames;
  const names = [
    ...new Set(lexicon().leaders.flatMap((l) => l.en.filter((n) => n.length <= 3 && /^[A-Z][a-z]+$/.test(n)))),
  ];
  return (shortNames = new RegExp(
    `\\b(${names.join('|') || '(?!)'})(?=\\s+(said|says|noted|stressed|emphasized|emphasised|added|told|pointed out|underlined|proposed|urged|expressed|welcomed|hoped|asked|thanked|called|agreed|reiterated|stated|congratulated|invited|praised|announced|highlighted|underscored|briefed|conveyed|spoke|met|held)\\b)`,
    'g',
  ));
}

/** Phrases as one regular-expression alternation, longest first, special characters escaped. */
const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
/** The titles written before a leader's name ("President", "Foreign Minister", "H.E."), as one alternation. */
export const EN_TITLE_WORDS = alt(EN_TITLES);

let joins: { before: RegExp; beforeThe: RegExp; after: RegExp; title: RegExp } | null = null;
/** What joins an English country name or leader's name into a longer name of the same actor. */
function enJoins(): { before: RegExp; beforeThe: RegExp; after: RegExp; title: RegExp } {
  if (joins) return joins;
  const organs = alt(
    lexicon()
      .actorWords.filter((w) => w.lang === 'en' && w.reading === 'organ')
      .map((w) => w.phrase),
  );
  return (joins = {
    // "the Foreign Minister of China", "the Foreign Ministers of China and Russia"
    before: new RegExp(`(?:\\bthe\\s+)?\\b(?:${organs})s?\\s+of\\s+$`, 'i'),
    beforeThe: new RegExp(`\\bthe\\s+(?:${organs})s?\\s+of\\s+$`, 'i'),
    after: new RegExp(`^'s\\s+(?:${organs})\\b`, 'i'),
    title: new RegExp(`\\b(?:${EN_TITLE_WORDS})\\s+$`, 'i'),
  });
}

/** The leader's country (a name shared across countries is read at the document's date). */
function leaderCode(leaders: Leader[], date: string | null): string | null {
  // At a known date, only someone in office then (a year's leeway either side: visits are prepared
  // and reported across a change of office); a name shared across countries needs the date.
  const year = date ? Number(date.slice(0, 4)) : null;
  const inOffice = year
    ? leaders.filter((l) => Number(l.from.slice(0, 4)) - 1 <= year && (!l.to || Number(l.to.slice(0, 4)) + 1 >= year))
    : leaders;
  const codes = [...new Set(inOffice.map((l) => l.code))];
  return codes.length === 1 ? codes[0] : null;
}

/**
 * Who commits in reported speech: the reported subject when it names countries ("Wang said China and
 * the four countries will…"), but the speaker's country when a single country's leader or side
 * proposes what "the two sides" should do (习近平强调，中俄双方要…) — a proposal, not a joint commitment —
 * or says what another country is ("Modi said that France was a trusted partner") — an assessment.
 */
export function reported(
  speaker: ActorValue,
  said: ActorValue | null,
  speakerCodes: string[],
  saidCodes: string[],
  after = '',
): string[] {
  if (!said) return speakerCodes;
  const single = (speaker.kind === 'country' || speaker.kind === 'leader') && speakerCodes.length === 1;
  // "He said the three countries would open…": a report of what the parties will do is theirs; a
  // proposal of what they should do (习近平强调，中俄双方要…) is the speaker's.
  if (single && (said.kind === 'parties' || said.kind === 'we') && !WILL.test(after)) return speakerCodes;
  // 王毅表示，金砖国家应做…力量: what a group should do, in one side's words, is that side's proposal.
  if (single && said.kind === 'group' && SHOULD.test(after)) return speakerCodes;
  // "Modi said that France was one of India's most trusted partners", 王毅表示，巴方是…: what another
  // country is, in the speaker's words, is the speaker's assessment (not what it is ready to do).
  if (single && (said.kind === 'country' || said.kind === 'leader') && IS.test(after)) return speakerCodes;
  return saidCodes;
}
const IS =
  /^\s*(is|was|are|were|has been|have been|had been|remains|remained)\b(?!\s+(ready|willing|committed|prepared|determined|keen|eager|going|set)\b)|^\s*是/i;
const WILL = /^\s*(will|would|are going to|have agreed|had agreed)\b/i;

/**
 * Who commits in the words a speaker reports (`inner`, what follows the reporting verb): `reported()`
 * for the subject named at its start, unless that is a mechanism or only the topic (`possessive` after
 * it: "Afghanistan's…", 阿富汗问题…), where the speaker's `codes` stay.
 */
export function reportedIn(
  speaker: ActorValue,
  codes: string[],
  inner: string,
  lang: 'zh' | 'en',
  possessive: RegExp,
  ctx: { parties: string[]; date: string | null },
  year: number | null,
): string[] {
  const said = findActors(inner, lang)[0];
  if (!said || said.start !== 0 || namesMechanism(said) || possessive.test(inner.slice(said.end))) return codes;
  // 一致认为，中国同岛国…全面战略伙伴关系符合各方利益: the relations of the country named are the topic.
  if (lang === 'zh' && RELATION_TOPIC.test(inner.slice(said.end))) return codes;
  // 外长们认为，阿富汗尽快成为…国家…是关键: a country outside the statement's parties, in the parties' words, is
  // what they speak of, never who commits.
  const saidCodes = resolveActor(said.value, ctx.parties, year, ctx.date);
  if (
    (said.value.kind === 'country' || said.value.kind === 'leader') &&
    outsideParties(saidCodes, ctx.parties) &&
    codes.length &&
    codes.every((c) => ctx.parties.includes(c))
  )
    return codes;
  return reported(speaker, said.value, codes, saidCodes, inner.slice(said.end));
}
/**
 * Whether `codes` name no party of a statement that has parties: a country the parties speak of (in their
 * words, a quotation, the clause after 认为), never who commits.
 */
export function outsideParties(codes: readonly string[], parties: readonly string[]): boolean {
  return parties.length > 0 && !codes.some((c) => parties.includes(c));
}
const RELATION_TOPIC = /^(同|与|和)[^，。；将要应愿会]{1,30}?(关系|友谊)/;
const SHOULD = /^\s*(应|要|应该|应当|需要|必须|更要|更应|should|must|need to|ought to)/i;

const AGREED = {
  zh: /^(还|也|已|已经|正式|共同)*(一致)?(同意|商定|决定|达成|签署|签订|宣布|发表|通过|见证|一致认为)|^(还|也)?就[^，。；]{1,40}?(深入)?(交换|交流)了?(意见|看法)|^(还|也)?(举行|进行)了?(会谈|会晤|磋商)/,
  en: /^(have\s+|had\s+)?(also\s+|jointly\s+|formally\s+)*(agreed|decided|signed|reached|adopted|announced|issued|witnessed|launched|exchanged\s+views|held\s+talks)\b|^(also\s+)?(expressed|reaffirmed|reiterated|confirmed|voiced|stated)\s+(their|our)\s+(mutual|common|shared|joint)\b/i,
};

/**
 * Within a speech (a paragraph after "X表示", "X said"), "the two sides" / "we" that the speaker says
 * should do something are the speaker's proposal; only what the sides agreed or signed is joint.
 */
export function inSpeech(
  subject: ActorValue,
  codes: string[],
  speaker: string[] | null,
  rest: string,
  lang: 'zh' | 'en',
): string[] {
  if (!speaker || (subject.kind !== 'parties' && subject.kind !== 'we')) return codes;
  return AGREED[lang].test(rest.trim()) ? codes : speaker;
}

const PRAISE = {
  en: /^(also\s+|further\s+|warmly\s+|highly\s+|deeply\s+)*(commend(ed|s)?|congratulat(e|ed|es)|thank(ed|s)?|welcom(e|ed|es)|applaud(ed|s)?|prais(e|ed|es)|appreciat(e|ed|es)|encourag(e|ed|es)|urg(e|ed|es)|call(ed|s)?\s+(up)?on|express(ed)?\s+((our|their|its)\s+)?(deep\s+|sincere\s+|high\s+)?(appreciation|gratitude)\s+to)\s+(the\s+(government|people|leadership|presidency|chairmanship)(\s+and\s+(the\s+)?(government|people))?\s+of\s+)?/i,
  zh: /^(元首|领导人|首脑|外长|部长)?(高度|衷心|热烈|积极|坚定)?(赞赏|祝贺|感谢|赞扬|称赞|表扬|鼓励|敦促|评价|欢迎)/,
};

/**
 * Where a group praises one of its own ("We commend South Africa for…", 我们祝贺哈萨克斯坦…), the offset
 * in `rest` (the text after the subject) at which the praised one is named, else -1.
 */
export function praisedAt(rest: string, lang: 'zh' | 'en'): number {
  const m = PRAISE[lang].exec(rest);
  return m ? m[0].length : -1;
}

/**
 * The actors without those praised, when they are some of several actors (the others speak): `hits` are
 * the actors named in the text, `at` where the praised list starts ("Costa Rica, El Salvador and Mexico").
 */
export function withoutPraised(
  actors: string[],
  text: string,
  at: number,
  hits: Match<ActorValue>[],
  parties: string[],
  year: number | null,
  date: string | null,
): string[] {
  const drop: string[] = [];
  for (let h = hits.find((m) => m.start === at); h;) {
    if (h.value.kind !== 'country' && h.value.kind !== 'leader') break;
    drop.push(...resolveActor(h.value, parties, year, date));
    const end = h.end;
    h = hits.find((m) => m.start > end && /^\s*([,、，]|and|和|与|及)?\s*(and\s+)?$/.test(text.slice(end, m.start)));
  }
  if (actors.length < 3 || !drop.length || !drop.every((c) => actors.includes(c)) || drop.length >= actors.length)
    return actors;
  return actors.filter((c) => !drop.includes(c));
}

/** A single country speaking in reported speech ("王毅表示", "Wang Yi said"): later sentences of its paragraph are its speech. */
export function speakerOf(subject: ActorValue, codes: string[]): string[] | null {
  return (subject.kind === 'country' || subject.kind === 'leader') && codes.length === 1 ? codes : null;
}

/**
 * The parties named by a run of their first characters: 中俄, 中老, 中俄伊 (China, Russia, Iran) — each
 * character must be the first of a different party's short name.
 */
export function partyCompound(text: string, parties: string[]): { end: number; codes: string[] } | null {
  const { countryByCode } = lexicon();
  const byChar = new Map<string, string>();
  for (const p of parties) {
    const n = countryByCode.get(p)?.zh[0];
    if (n && !byChar.has(n[0])) byChar.set(n[0], p);
  }
  const codes: string[] = [];
  let i = 0;
  while (i < text.length && i < 6 && byChar.has(text[i]) && !codes.includes(byChar.get(text[i])!))
    codes.push(byChar.get(text[i++])!);
  return codes.length >= 2 ? { end: i, codes } : null;
}

/**
 * A group named by its mechanism (澜湄合作, 中非合作论坛, "Lancang-Mekong Cooperation", "the China-CELAC
 * Forum") is a topic or a forum when it opens a clause, not who speaks: the clause keeps the speaker
 * it would have without it.
 */
const MECHANISM = /(合作|论坛|机制|进程|峰会|cooperation|forum|mechanism|process|summit|dialogue)$/i;
export const namesMechanism = (m: Match<ActorValue>) => m.value.kind === 'group' && MECHANISM.test(m.surface.trim());

/** Resolves an actor phrase to codes; `parties` stands for the document's parties. */
export function resolveActor(
  v: ActorValue,
  parties: string[],
  year: number | null,
  date: string | null = null,
): string[] {
  switch (v.kind) {
    case 'country': {
      const party = v.codes.find((c) => parties.includes(c));
      if (party) return [party];
      return v.strict ? [] : [v.codes[0]];
    }
    case 'leader': {
      const c = leaderCode(v.leaders, date ?? (year ? `${year}` : null));
      return c ? [c] : [];
    }
    case 'group': {
      // A larger group the parties belong to ("the permanent members of the Security Council" in a
      // China–Russia statement): the parties speak of it, so the parties among its members commit.
      const members = groupMembers(v.group, date ?? year);
      const among = members.filter((c) => parties.includes(c));
      if (among.length && among.length < members.length) return among;
      return v.body ? [`${BODY}${v.group.id}`] : members;
    }
    case 'side': {
      // The group's members among the parties (a China–Arab States statement: the Arab parties);
      // where fewer than two are parties, the country the word also names, if it is one.
      // A member suspended from the group still belongs to its side of a statement it is party to.
      const members = [...groupMembers(v.group, date ?? year), ...v.group.suspended.map((x) => x.code)];
      const among = [...new Set(members.filter((c) => parties.includes(c)))];
      if (among.length >= 2) return among;
      const other = v.otherwise ? resolveActor(v.otherwise, parties, year, date) : [];
      return other.length ? other : among.length ? among : groupMembers(v.group, date ?? year);
    }
    case 'none':
      return [];
    default:
      return parties;
  }
}

export function actorRefs(codes: string[], parties: string[]): ActorRef[] {
  const { countryByCode } = lexicon();
  // Stable order: the document's party order first, then the rest by code.
  const rank = (id: string) => {
    const i = parties.indexOf(id);
    return i < 0 ? parties.length : i;
  };
  const ids = [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return ids.map((id) => {
    const c: Country | undefined = countryByCode.get(id);
    return { id, name: c?.en[0] ?? id, nameZh: c?.zh[0] ?? null };
  });
}

// A country that is only talked about: the object of a question, a situation, a crisis.
const ZH_DISCUSSED_AFTER = /^.{0,2}(问题|局势|危机|冲突|形势|战争|核问题|事务|难民|重建|和平进程)/;
const ZH_DISCUSSED_BEFORE = /(关于|就|有关|对|涉及|围绕)$/;
const EN_DISCUSSED_BEFORE =
  /\b(situation (in|on|around)|crisis (in|on)|conflict (in|on)|war (in|on)|issue of|question of|regarding|concerning|about|on)\s+(the\s+)?$/i;
// "Syria's territorial integrity", "Russia's war against Ukraine": a country's matters, not a speaker.
const EN_DISCUSSED_AFTER =
  /^(\s*(issue|question|crisis|situation|conflict|nuclear|peace process|problem)|['’]s\s+(territorial|sovereignty|independence|unity|war|aggression|crisis|conflict|situation|reconstruction|recovery|accession|bid|candidacy|aspiration|occupation|people|refugees))/i;

export function discussed(text: string, m: Match<ActorValue>, lang: 'zh' | 'en'): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 20);
  return lang === 'zh'
    ? ZH_DISCUSSED_AFTER.test(after) || ZH_DISCUSSED_BEFORE.test(before)
    : EN_DISCUSSED_BEFORE.test(before) || EN_DISCUSSED_AFTER.test(after);
}

// A group named as the body whose members act: "the Heads of State of the Member States of the SCO",
// "the leaders of ASEAN", "SCO member states", "上海合作组织成员国元首", "东盟领导人".
const EN_MEMBERS_OF =
  /\b(heads?\s+of\s+(state|government|delegations?)(\s+and\s+(of\s+)?government)?|heads|leaders|(foreign\s+)?ministers(\s+of\s+foreign\s+affairs)?|member\s+(states|countries|nations)|members|representatives|delegations|governments|countries|states)(\s+and\s+\S+){0,2}\s+of\s+(the\s+)?(member\s+(states|countries)\s+of\s+(the\s+)?)?$/i;
const EN_MEMBERS_AFTER =
  /^\s*(\([A-Z0-9+-]{2,12}\)\s*)?(member\s+(states|countries|nations)|members|leaders|heads|(foreign\s+)?ministers|countries|states|partners|governments)\b/i;
const ZH_MEMBERS_AFTER = /^(（[^）]{1,12}）)?(成员国|各成员国|国家|各国|领导人|元首|首脑|外长|部长|政府)/;

/** Whether a group is named as the body whose members act, not as a topic or a forum. */
// "中国—阿拉伯国家峰会", "the China-CELAC Forum ministerial meeting": a country and a group meeting as
// two sides; the group is its members.
const SUMMIT_AFTER = {
  zh: /^(峰会|领导人|外长|部长|合作论坛)/,
  en: /^\s+(Summit|Leaders|Foreign Ministers|Ministerial)\b/,
};

function asMembers(text: string, m: Match<ActorValue>, lang: 'zh' | 'en'): boolean {
  const after = text.slice(m.end, m.end + 30);
  if (/[—–-]$/.test(text.slice(0, m.start)) && SUMMIT_AFTER[lang].test(after)) {
    const before = text.slice(Math.max(0, m.start - 40), m.start - 1);
    const partner = findActors(before, lang).at(-1);
    if (partner?.end === before.length && partner.value.kind === 'country') return true;
  }
  // "on behalf of the Group of 77 and China", 代表东盟: whoever speaks, the group's members are the voice.
  if (
    (lang === 'zh' ? /代表$/ : /\bon\s+behalf\s+of\s+(the\s+)?$/i).test(text.slice(Math.max(0, m.start - 20), m.start))
  )
    return true;
  if (lang === 'zh') return ZH_MEMBERS_AFTER.test(after);
  return EN_MEMBERS_OF.test(text.slice(Math.max(0, m.start - 90), m.start)) || EN_MEMBERS_AFTER.test(after);
}

/**
 * Countries (and group members) a text names as speakers: countries, their leaders, groups (all groups
 * with `withGroups`, else only a group named as its members: "the leaders of ASEAN"); not those only discussed.
 */
function speakersIn(
  text: string,
  lang: 'zh' | 'en',
  year: number | null,
  date: string | null,
  withGroups: boolean,
): string[] {
  const out: string[] = [];
  for (const m of findActors(text, lang)) {
    if (discussed(text, m, lang) || placeOfDate(text, m, lang) || officerOf(text, m, lang)) continue;
    if (m.value.kind === 'country' || m.value.kind === 'leader') out.push(...resolveActor(m.value, [], year, date));
    else if (m.value.kind === 'group' && ((withGroups && !m.value.group.institution) || asMembers(text, m, lang)))
      out.push(...groupMembers(m.value.group, date ?? year));
    // "Summit of the GCC and the Central Asian Countries": in a title, a group's side names its members.
    else if (m.value.kind === 'side' && withGroups && !m.value.group.institution)
      out.push(...groupMembers(m.value.group, date ?? year));
  }
  return [...new Set(out)];
}

// A group named by one of its officers (海合会秘书长, "the Secretary-General of ASEAN"): its secretariat, not its members.
const ZH_OFFICER_AFTER = /^(秘书长|副秘书长|秘书处|委员会主席|执行秘书)/;
const EN_OFFICER_BEFORE = /\b(Secretary[-\s]General|Secretariat|Executive Secretary)\s+of\s+(the\s+)?$/i;
const EN_OFFICER_AFTER = /^\s+(Secretary[-\s]General|Secretariat|Executive Secretary)\b/i;
function officerOf(text: string, m: Match<ActorValue>, lang: 'zh' | 'en'): boolean {
  if (m.value.kind !== 'group') return false;
  if (lang === 'zh') return ZH_OFFICER_AFTER.test(text.slice(m.end, m.end + 6));
  return (
    EN_OFFICER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    EN_OFFICER_AFTER.test(text.slice(m.end, m.end + 30))
  );
}

/** "Dubai, United Arab Emirates, 30 November 2023": the country of a place line, where it was said, not who said it. */
function placeOfDate(text: string, m: Match<ActorValue>, lang: 'zh' | 'en'): boolean {
  return (
    lang === 'en' &&
    m.value.kind === 'country' &&
    /(^|[\s)])[A-Z][\p{L}.'-]+(\s[A-Z][\p{L}.'-]+){0,2},\s*$/u.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
    /^,?\s*(\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}|\d{4})/.test(text.slice(m.end, m.end + 20))
  );
}

/**
 * The part of a Chinese opening sentence that names who met: from the first clause that names an actor, with
 * the clauses after it that also start with one ("X and Y held talks", "中国、俄罗斯和伊朗…会晤"), not
 * the people merely present later ("…由中国外交部副部长主持，俄罗斯副外长与会"). English sentences put
 * titles between commas ("Sergey Lavrov held talks with the Minister of Foreign Affairs, Emigration and…"),
 * so they are read whole.
 */
function subjectPart(s: string): string {
  const clauses = s.split(/[，,；;]/);
  const first = clauses.findIndex((c) => findActors(c, 'zh').length);
  if (first < 0) return '';
  const out = [clauses[first]];
  for (const c of clauses.slice(first + 1)) {
    const hit = findActors(c.trim(), 'zh')[0];
    if (!hit || hit.start > 0) break;
    out.push(c);
  }
  return out.join(' ');
}

const PLUS_ONE = /[+＋]\s*(1|一)(?![\d.])|\bPlus\s+One\b/i;

const GROUP_VOICE =
  /^(we|(the\s+)?(\S+\s+){0,2}(ministers|leaders|heads|foreign ministers)\b|我们|.{0,30}(领导人|外长|元首|首脑|部长))/i;

/**
 * Parties of a document: who the title names (countries, their leaders, groups — "Joint Statement
 * between X and Y", "X同Y举行会谈", "ASEAN–China …"); where the title names fewer than two, the
 * speakers of the opening sentences ("We, the leaders of …", "Xi Jinping held talks with …"), a group
 * counting when it speaks ("We", "the BRICS Ministers"). Countries only discussed are never parties.
 */
export function partiesOf(
  lang: 'zh' | 'en',
  title: string | null,
  opening: string[],
  year: number | null,
  date: string | null = null,
): string[] {
  const found: string[] = title ? speakersIn(title, lang, year, date, true) : [];
  // "C5+1", "中国+中亚五国", "X Plus One": the group and one partner, whom the opening names.
  if (found.length >= 2 && title && PLUS_ONE.test(title))
    for (const s of opening) {
      const more = speakersIn(s, lang, year, date, false).filter((c) => !found.includes(c));
      if (more.length === 1) return [...more, ...found];
    }
  if (found.length >= 2) return year === null ? listedMembers(found, opening, lang) : found;
  // "EU-Japan Summit", 中国—非盟…: the organisation is the other side, and has no country code.
  if (
    found.length &&
    title &&
    findActors(title, lang).some((m) => m.value.kind === 'group' && m.value.group.institution)
  )
    return found;
  for (const s of opening) {
    const voice = GROUP_VOICE.test(s.trim());
    const named = speakersIn(voice || lang === 'en' ? s : subjectPart(s), lang, year, date, voice);
    const all = [...new Set([...found, ...named])];
    if (all.length >= 2) return year === null ? listedMembers(all, opening, lang) : all;
  }
  return found;
}

/**
 * A statement delivered on behalf of a group of countries that it names further on, in a footnote or a
 * list of co-sponsors ("on behalf of a group of 30 countries*", 代表28国, 代表以下国家).
 */
export const ON_BEHALF =
  /\bon\s+behalf\s+of\s+(a\s+group\s+of\s+|the\s+following\s+)?(\d+|[a-z]+(-[a-z]+)?)\s+(countries|states|member\s+states|delegations)\b|代表(以下)?(\d+|[一二三四五六七八九十]+)个?(国家|国)|代表以下(国家|各国)/i;

/**
 * The countries of a line that does nothing but list them (a footnote "* Algeria, Belarus, …", 共同发言国家
 * 名单：白俄罗斯、…): their codes in the line's order, else null. A short label before a colon, the
 * long forms' brackets ("Bolivia (Plurinational State of)") and the separators are all it may hold besides.
 */
export function countryList(text: string, lang: 'zh' | 'en'): string[] | null {
  const hits = findActors(text, lang).filter((m) => m.value.kind === 'country');
  if (hits.length < 3) return null;
  let rest = '',
    at = 0;
  for (const h of hits) {
    rest += text.slice(at, h.start);
    at = h.end;
  }
  rest = (rest + text.slice(at))
    .replace(/[（(][^（()）]*[）)]/g, '')
    .replace(/^[^:：]{0,40}[:：]/, '')
    .replace(/\band\b|[\s、，,;；.。*和及与]/g, '');
  if (rest.length > 4 + hits.length) return null;
  return [...new Set(hits.flatMap((h) => resolveActor(h.value, [], null, null)))];
}

/** A language plugin's `partiesOf`: the document's parties at its date (or the latest year its opening names). */
export const partiesReader =
  (lang: 'zh' | 'en') =>
  (title: string | null, opening: string[], date: string | null): string[] =>
    partiesOf(lang, title, opening, date ? Number(date.slice(0, 4)) : null, date);

/** A country that joined some group after its founding (its membership has a start year). */
const joinedLate = (code: string) =>
  lexicon().groups.some((g) => g.members.some((m) => 'code' in m && m.code === code && m.from !== null));

/**
 * Without a year, a group's membership is a guess (its latest); where the opening lists the member
 * countries one by one (巴西、俄罗斯、印度…和阿联酋领导人), the list is the membership of the day.
 */
function listedMembers(parties: string[], opening: string[], lang: 'zh' | 'en'): string[] {
  if (parties.length < 3) return parties;
  for (const s of opening) {
    const named = [
      ...new Set(
        findActors(s, lang)
          .filter((m) => m.value.kind === 'country' && !discussed(s, m, lang))
          .flatMap((m) => resolveActor(m.value, [], null, null)),
      ),
    ];
    const left = parties.filter((c) => !named.includes(c));
    if (named.length >= 3 && left.length <= 2 && left.every(joinedLate) && named.every((c) => parties.includes(c)))
      return parties.filter((c) => named.includes(c));
  }
  return parties;
}
