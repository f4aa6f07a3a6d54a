import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The data/ lexicons, read once and frozen. Each file starts with a `#` line that says what it
 * holds and a header row; `|` separates aliases.
 */
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../data');

export function readTable(file: string): Record<string, string>[] {
  const lines = readFileSync(join(dataDir, file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const head = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(head.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}
const split = (s: string) => s.split('|').map((x) => x.trim()).filter(Boolean);

export interface Country { code: string; zh: string[]; en: string[]; zhSide: string[]; enAdj: string[] }
export interface Forum { id: string; zh: string[]; en: string[]; abbr: string | null; home: string | null }
export interface Group { id: string; zh: string[]; en: string[]; members: { code: string; since: number }[] }
export interface Domain { id: string; zh: string; en: string; short: string }
export interface Term { term: string; domain: string; strong: boolean }
export interface Action { verb: string; gloss: string; polarity: 'support' | 'oppose'; kind: string }

export interface Lexicon {
  countries: Country[];
  countryByCode: Map<string, Country>;
  forums: Forum[];
  forumById: Map<string, Forum>;
  groups: Group[];
  domains: Domain[];
  domainById: Map<string, Domain>;
  terms: { zh: Term[]; en: Term[] };
  actions: { zh: Action[]; en: Action[] };
  modality: { zh: [string, string][]; en: [string, string][] };
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const countries = readTable('countries.tsv').map((r) => ({ code: r.code, zh: split(r.zh), en: split(r.en), zhSide: split(r.zh_side), enAdj: split(r.en_adj) }));
  const forums = readTable('forums.tsv').map((r) => ({ id: r.id, zh: split(r.zh), en: split(r.en), abbr: r.abbr || null, home: r.home_domain || null }));
  const groups = readTable('groups.tsv').map((r) => ({
    id: r.id, zh: split(r.zh), en: split(r.en),
    members: split(r.members).map((m) => { const [code, since] = m.split('@'); return { code, since: since ? Number(since) : 0 }; }),
  }));
  const domains = readTable('domains.tsv').map((r) => ({ id: r.id, zh: r.zh, en: r.en, short: r.short || r.en }));
  const terms = (file: string) => readTable(file).map((r) => ({ term: r.term, domain: r.domain, strong: r.strength !== 'weak' }));
  const actions = (file: string) => readTable(file).map((r) => ({ verb: r.verb, gloss: r.gloss, polarity: r.polarity as 'support' | 'oppose', kind: r.kind }));
  const modality = readTable('modality.tsv');
  const mod = (lang: string) => modality.filter((r) => r.lang === lang).map((r) => [r.cue, r.modality] as [string, string]).sort((a, b) => b[0].length - a[0].length);
  cached = Object.freeze({
    countries, countryByCode: new Map(countries.map((c) => [c.code, c])),
    forums, forumById: new Map(forums.map((f) => [f.id, f])),
    groups, domains, domainById: new Map(domains.map((d) => [d.id, d])),
    terms: { zh: terms('domain-terms.zh.tsv'), en: terms('domain-terms.en.tsv') },
    actions: { zh: actions('actions.zh.tsv'), en: actions('actions.en.tsv') },
    modality: { zh: mod('zh'), en: mod('en') },
  });
  return cached;
}

/** Members of a group at a given year (a member whose `since` is later is left out). */
export function groupMembers(group: Group, year: number | null): string[] {
  return group.members.filter((m) => !year || m.since <= year).map((m) => m.code);
}
