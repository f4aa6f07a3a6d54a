import { lexicon } from './lexicon.ts';
import { actorRefs } from './actors.ts';
import { commitmentKey } from './commitment-key.ts';
import type { ForumMention } from './forums.ts';
import type { ActionRef, Commitment, DomainRef, Polarity, SentenceAnalysis, SentenceContext, SentenceInput } from './types.ts';

/**
 * What a language plugin found in one clause. Turning clauses into commitments is the same in
 * every language, so it lives here once.
 */
export interface Clause {
  start: number;
  end: number;
  actors: string[];
  action: ActionRef;
  polarity: Polarity;
  modality: string;
  domains: { id: string; text: string; strong: boolean }[];
  forums: ForumMention[];
  /**
   * The clause points back to a field named before it: `explicit` (`相关合作`, "in this field")
   * may reach the sentence before; `implicit` (bare cooperation within a forum) stays in the sentence.
   */
  refersBack: 'explicit' | 'implicit' | false;
}

/**
 * Commitments of one sentence:
 * - weak domain terms count only where the sentence has no strong one;
 * - a clause that refers back takes the domains of the clause before it (or of the sentence before);
 * - a forum in a clause that names no field takes the sentence's main field, else the forum's own
 *   field, else international_order (cooperation within forums with no field named);
 * - a forum named only as a meeting venue is kept with politics_diplomacy and marked `venue`;
 * - a list of forums gives one commitment per forum; duplicates are merged.
 */
export function assemble(sentence: SentenceInput, clauses: Clause[], previousDomains: string[], parties: string[], lang: 'zh' | 'en'): { commitments: Commitment[]; domains: string[] } {
  const { domainById, forumById } = lexicon();
  const anyStrong = clauses.some((c) => c.domains.some((d) => d.strong));
  const kept = clauses.map((c) => c.domains.filter((d) => (anyStrong ? d.strong : true) && d.id !== '-'));
  const tally = new Map<string, number>();
  kept.flat().forEach((d) => tally.set(d.id, (tally.get(d.id) ?? 0) + 1));
  const main = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const domainRef = (id: string, text: string): DomainRef => ({ id, text });

  const out: Commitment[] = [];
  const seen = new Set<string>();
  const push = (c: Clause, domain: DomainRef, forum: ForumMention | null, venue = false) => {
    const key = commitmentKey({ actors: c.actors, domain, forum: forum?.forum ?? null, polarity: c.polarity });
    if (seen.has(key) || c.actors.length === 0) return;
    seen.add(key);
    const from = forum && !venue ? Math.min(c.start, forum.start) : c.start;
    const to = forum && !venue ? Math.max(c.end, forum.end) : c.end;
    out.push({
      sentence: sentence.index,
      actors: actorRefs(c.actors, parties),
      action: c.action,
      domain,
      forum: forum?.forum ?? null,
      polarity: c.polarity,
      modality: c.modality,
      evidence: { start: sentence.map[from], end: sentence.map[to - 1] + 1 },
      confidence: 1,
      ...(venue ? { venue: true } : {}),
    });
  };

  const before: DomainRef[] = previousDomains.map((id) => domainRef(id, ''));
  let lastDomains: DomainRef[] = [];
  clauses.forEach((c, i) => {
    let domains: DomainRef[] = kept[i].map((d) => domainRef(d.id, d.text));
    if (!domains.length && c.refersBack) domains = lastDomains.length ? lastDomains : c.refersBack === 'explicit' ? before : [];
    const named = c.forums.filter((f) => !f.venue);
    for (const v of c.forums.filter((f) => f.venue)) push(c, domainRef('politics_diplomacy', v.forum.text), v, true);
    if (named.length) {
      for (const f of named) {
        const home = forumById.get(f.forum.id)?.home;
        const ds = domains.length ? domains : [domainRef(main ?? home ?? 'international_order', main || home ? '' : f.forum.text)];
        for (const d of ds) push(c, d, f);
      }
    } else {
      for (const d of domains) push(c, d, null);
    }
    if (domains.length) lastDomains = domains;
  });
  for (const c of out) if (!c.domain.text) c.domain.text = domainById.get(c.domain.id)?.[lang] ?? c.domain.id;
  return { commitments: out, domains: [...tally.keys()] };
}

/** What carries from one clause to the next: a clause without its own subject, verb or cue keeps these. */
export interface ClauseState { actors: string[]; polarity: Polarity; action: ActionRef; modality: string; index: number }
export type ClauseReading = Pick<Clause, 'domains' | 'forums' | 'refersBack'>;

/**
 * Walks the clauses of a sentence for a language plugin: `subjects[i]` is the subject found at
 * the start of clause i (or null); the plugin's `read` sets polarity, action and modality on the
 * state when the clause has its own, and returns what the clause names. Clauses before the first
 * subject take it; a sentence with none takes the previous sentence's actors, else the parties.
 */
export function readClauses(
  sentence: SentenceInput, spans: [number, number][], subjects: (string[] | null)[], ctx: SentenceContext, lang: 'zh' | 'en',
  read: (start: number, end: number, state: ClauseState) => ClauseReading,
  log: (fmt: string, ...args: unknown[]) => void,
): SentenceAnalysis {
  const firstSubject = subjects.find((x) => x) ?? null;
  const state: ClauseState = { actors: firstSubject ?? ctx.previousActors ?? ctx.parties, polarity: 'support', action: { text: '', lemma: '', gloss: '' }, modality: 'state', index: 0 };
  const clauses: Clause[] = spans.map(([a, b], i) => {
    if (subjects[i]) state.actors = subjects[i]!;
    state.index = i;
    const reading = read(a, b, state);
    return { start: a, end: b, actors: state.actors, action: state.action, polarity: state.polarity, modality: state.modality, ...reading };
  });
  log('sentence %d clauses %o', sentence.index, clauses.map((c) => ({ t: sentence.text.slice(c.start, c.end), a: c.actors, p: c.polarity, d: c.domains.map((d) => d.id), f: c.forums.map((f) => f.forum.id) })));
  const { commitments, domains } = assemble(sentence, clauses, ctx.previousDomains, ctx.parties, lang);
  return { commitments, actors: firstSubject ?? state.actors, domains, diagnostics: [] };
}
