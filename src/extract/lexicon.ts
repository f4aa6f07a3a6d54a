import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageCountries } from './countries.ts';
import { readLexiconCache } from './lexicon-cache.ts';
import { dataDir, MEMBER_SPAN, readTable, split } from './tables.ts';

/** The data/ lexicons, read (and checked: ./tables.ts) once and frozen. */
export interface Country {
  code: string;
  zh: string[];
  en: string[];
  zhSide: string[];
  enAdj: string[];
  /** Capitals, read as the country only as a clause's subject ("Moscow will…"). */
  capitals: string[];
}
/**
 * A member of a group: a country from `from` to `to` (inclusive; a year `2017` or a day `2017-06-09`;
 * null = open), or all members of another group.
 */
export type Member = { code: string; from: string | null; to: string | null } | { group: string };
export interface Group {
  id: string;
  zh: string[];
  en: string[];
  members: Member[];
  suspended: { code: string; from: string; to: string | null }[];
  forum: string | null;
  /** How a statement names the group as one side of it: 非方, "the African side". */
  sides: { zh: string[]; en: string[] };
  /** An organisation of its own (the EU, the AU): named as a side, it is not its members. */
  institution: boolean;
}
export interface Leader {
  code: string;
  role: string;
  en: string[];
  zh: string[];
  from: string;
  to: string | null;
}
export interface ActorWord {
  lang: 'zh' | 'en';
  phrase: string;
  reading: 'parties' | 'we' | 'not-a-side' | 'organ';
}
export interface Forum {
  id: string;
  zh: string[];
  en: string[];
  abbr: string | null;
  home: string | null;
}
export interface Domain {
  id: string;
  zh: string;
  en: string;
  short: string;
}
export interface Term {
  term: string;
  domain: string;
  strong: boolean;
}
export interface Action {
  verb: string;
  gloss: string;
  polarity: 'support' | 'oppose';
  kind: string;
}

export interface Lexicon {
  countries: Country[];
  countryByCode: Map<string, Country>;
  forums: Forum[];
  forumById: Map<string, Forum>;
  groups: Group[];
  groupById: Map<string, Group>;
  leaders: Leader[];
  actorWords: ActorWord[];
  domains: Domain[];
  domainById: Map<string, Domain>;
  terms: { zh: Term[]; en: Term[] };
  actions: { zh: Action[]; en: Action[] };
  modality: { zh: [string, string][]; en: [string, string][] };
}

let cached: Lexicon | null = null;

/** The lexicon: from the copy `npm run build` made while it matches data/ (./lexicon-cache.ts), else read from data/. */
export function lexicon(): Lexicon {
  return (cached ??= Object.freeze(readLexiconCache() ?? buildLexicon()));
}

/** Reads data/ (every row checked) and the country packages into the lexicon. */
export function buildLexicon(): Lexicon {
  const countries = mergeCountries(readTable('countries.tsv'));
  const forums = readTable('forums.tsv').map((r) => ({
    id: r.id,
    zh: split(r.zh),
    en: split(r.en),
    abbr: r.abbr || null,
    home: r.home_domain || null,
  }));
  const groups = readTable('groups.tsv').map((r) => ({
    id: r.id,
    zh: split(r.zh),
    en: split(r.en),
    members: split(r.members).map(parseMember),
    suspended: split(r.suspended ?? '').map((t) => {
      const m = parseMember(t) as { code: string; from: string | null; to: string | null };
      return { code: m.code, from: m.from ?? '0000', to: m.to };
    }),
    forum: r.forum || null,
    sides: { zh: split(r.zh_side ?? ''), en: split(r.en_side ?? '') },
    institution: r.institution === 'yes',
  }));
  const leaders = existsSync(join(dataDir, 'leaders.tsv'))
    ? readTable('leaders.tsv').map((r) => ({
        code: r.code,
        role: r.role,
        en: split(r.en),
        zh: split(r.zh),
        from: r.from,
        to: r.to || null,
      }))
    : [];
  const actorWords = readTable('actor-words.tsv').map((r) => ({
    lang: r.lang as 'zh' | 'en',
    phrase: r.phrase,
    reading: r.reading as ActorWord['reading'],
  }));
  const domains = readTable('domains.tsv').map((r) => ({ id: r.id, zh: r.zh, en: r.en, short: r.short || r.en }));
  const terms = (file: string) =>
    readTable(file).map((r) => ({ term: r.term, domain: r.domain, strong: r.strength !== 'weak' }));
  const actions = (file: string) =>
    readTable(file).map((r) => ({
      verb: r.verb,
      gloss: r.gloss,
      polarity: r.polarity as 'support' | 'oppose',
      kind: r.kind,
    }));
  const modality = readTable('modality.tsv');
  const mod = (lang: string) =>
    modality
      .filter((r) => r.lang === lang)
      .map((r) => [r.cue, r.modality] as [string, string])
      .sort((a, b) => b[0].length - a[0].length);
  return {
    countries,
    countryByCode: new Map(countries.map((c) => [c.code, c])),
    forums,
    forumById: firstById(forums),
    groups,
    groupById: new Map(groups.map((g) => [g.id, g])),
    leaders,
    actorWords,
    domains,
    domainById: new Map(domains.map((d) => [d.id, d])),
    terms: { zh: terms('domain-terms.zh.tsv'), en: terms('domain-terms.en.tsv') },
    actions: { zh: actions('actions.zh.tsv'), en: actions('actions.en.tsv') },
    modality: { zh: mod('zh'), en: mod('en') },
  };
}

/** Rows by id; where several rows share an id (a body and its organs), the first names it. */
function firstById<T extends { id: string }>(rows: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of rows) if (!map.has(r.id)) map.set(r.id, r);
  return map;
}

/**
 * `CN`, `ZA@2011` (from 2011), `IN@2017-06-09` (from that day), `GB@1973-2020-01-31` (from–to, a year or a
 * day each), `AM@2024-` (from, open), `@ASEAN` (the members of another group).
 */
function parseMember(token: string): Member {
  if (token.startsWith('@')) return { group: token.slice(1) };
  const [code, span = ''] = token.split('@');
  const m = MEMBER_SPAN.exec(span);
  return { code, from: m?.[1] ?? null, to: m?.[2] ?? null };
}

/**
 * Whether `at` (a year, a day, or a month: as precise as the document's date is) falls within from–to.
 * Compared at `at`'s precision, so a member from 2017-06-09 counts in a document dated only 2017.
 */
function within(from: string | null, to: string | null, at: string): boolean {
  const n = at.length;
  const start = from === null ? null : from.length === 4 ? `${from}-01-01` : from;
  const end = to === null ? null : to.length === 4 ? `${to}-12-31` : to;
  return (start === null || start.slice(0, n) <= at) && (end === null || end.slice(0, n) >= at);
}

/**
 * Members of a group at a date (a day `2017-04-21`, a month, or a year: `2017` counts those who joined
 * that year), in the order the data lists them; with none, today's members. Suspended members are left
 * out while suspended.
 */
export function groupMembers(group: Group, at: string | number | null, seen = new Set<string>()): string[] {
  if (seen.has(group.id)) return [];
  seen.add(group.id);
  const { groupById } = lexicon();
  const when = at === null || at === '' ? null : String(at);
  const out: string[] = [];
  for (const m of group.members) {
    if ('group' in m) {
      const inner = groupById.get(m.group);
      if (inner) out.push(...groupMembers(inner, when, seen));
    } else if (when ? within(m.from, m.to, when) : m.to === null) out.push(m.code);
  }
  const suspended = new Set(group.suspended.filter((x) => when && within(x.from, x.to, when)).map((x) => x.code));
  return [...new Set(out)].filter((c) => !suspended.has(c));
}

/** Countries of the packages, with the forms of data/countries.tsv first and its `not` names removed. */
function mergeCountries(rows: Record<string, string>[]): Country[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return packageCountries().map((p) => {
    const r = byCode.get(p.code);
    const not = new Set(split(r?.not ?? ''));
    const keep = (names: string[]) => [...new Set(names)].filter((n) => !not.has(n));
    return {
      code: p.code,
      zh: keep([...split(r?.zh ?? ''), ...p.zh]),
      en: keep([...split(r?.en ?? ''), ...p.en]),
      zhSide: split(r?.zh_side ?? ''),
      enAdj: keep([...split(r?.en_adj ?? ''), ...p.demonyms]),
      capitals: p.capitals,
    };
  });
}
