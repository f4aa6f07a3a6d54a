import { createRequire } from 'node:module';
import { lexicon, type Action, type Term } from '../lexicon.ts';
import {
  EN_TITLE_WORDS,
  findActors,
  inSpeech,
  partiesReader,
  praisedAt,
  namesMechanism,
  outsideParties,
  reported,
  reportedIn,
  resolveActor,
  speakerOf,
  withoutPraised,
  type ActorValue,
} from '../actors.ts';
import { blankForums, findForums, isCountryWord } from '../forums.ts';
import { fieldsOf, readClauses } from '../assemble.ts';
import { TermMatcher, type Match } from '../term-matcher.ts';
import { spellings } from '../spellings.ts';
import createDebug from 'debug';
import type { LanguagePlugin, SentenceAnalysis, SentenceContext, SentenceInput } from '../types.ts';

/**
 * The English plugin: compromise tags the words; a clause starts at `;` or at a comma or "and"
 * followed by a verb; subjects, fields and forums map onto the same ids as the Chinese plugin.
 */
const log = createDebug('policy-graph:extract:en');

const IRREGULAR: Record<string, string[]> = {
  speak: ['spoke', 'spoken'],
  make: ['made'],
  take: ['took', 'taken'],
  say: ['said'],
  keep: ['kept'],
  build: ['built'],
  stand: ['stood'],
};
const SKIP = new Set([
  'will',
  'shall',
  'would',
  'should',
  'must',
  'can',
  'could',
  'may',
  'also',
  'further',
  'jointly',
  'firmly',
  'actively',
  'continue',
  'continues',
  'continued',
  'to',
  'and',
  'but',
  'are',
  'is',
  'be',
  'been',
  'have',
  'has',
  'had',
  'ready',
  'willing',
  'determined',
  'committed',
  'all',
  'both',
  'together',
  'strongly',
  'resolutely',
  'fully',
  'again',
  'once',
  'hereby',
  'stand',
  'work',
  'remain',
  'effectively',
  'vigorously',
  'closely',
  'consistently',
  'unanimously',
]);
/** What joins the names of a list of subjects: "China and Russia", "Brazil, Russia, India and China". */
const LIST_SEP = /^\s*(,\s*(and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)$/;
const LEAD =
  /^(first|second|third|fourth|fifth|sixth|firstly|secondly|thirdly|finally|lastly|to this end|in this regard|in this context|in this connection|meanwhile|moreover|furthermore|in addition|at the same time|therefore|thus|accordingly|besides),?\s+/i;
// An opening phrase before the subject: "Speaking to the press after the talks, Rahmon said…",
// "During the talks, Wang Yi said…" ("At the invitation of X, Y paid a visit…" stays a visit of both sides).
const OPENER =
  /^(?:(?:speaking|addressing|talking|commenting|referring|during|after|before|following|earlier|later|on)\b[^,;]{0,80},\s+)/i;
const REFERS_BACK =
  /\b(in this (field|area|regard|respect|sphere|domain)|in these (fields|areas)|related cooperation|such cooperation|relevant cooperation|this cooperation|the above(-mentioned)? (fields|areas))\b/i;
const POSSESSIVE = /^(’s|'s|\s+of\b)/;
/** A leader's title before the name ("Secretary Antony J. Blinken", "Foreign Minister Retno Marsudi"). */
const TITLE_LEAD = new RegExp(`^(${EN_TITLE_WORDS})\\s+[A-Z]`);
/** A title alone, opening a clause ("The Secretary thanked…"; not "the President of Indonesia"). */
const TITLE_ALONE = new RegExp(`^[Tt]he\\s+(${EN_TITLE_WORDS})\\b(?!\\s+(of|and)\\b)(?!\\s+[A-Z])`);
// "Russia's nuclear rhetoric … is unacceptable": a country's deeds or matters that open a clause are its
// topic, not who speaks; its officers, side or position ("China's Foreign Minister", "Russia's position") speak.
const OWN_VOICE =
  /^\s+([A-Z]|(side|government|delegation|leaders?|leadership|position|view|stance|representatives?|envoy|minister|president|prime minister)\b)/;
const possessedTopic = (text: string, end: number) =>
  /^(’s|'s)/.test(text.slice(end, end + 2)) && !OWN_VOICE.test(text.slice(end + 2, end + 40));
/** After a subject: a meeting with others ("held talks with", "held separate bilateral meetings with", "met with"). */
const MET_WITH =
  /^\s+(?:(?:held|had)\s+(?:[a-z-]+\s+){0,3}(?:talks|meetings?|consultations|conversations?|(?:phone|telephone)\s+(?:call|conversation)s?)|met)\s+with\s+(?:the\s+)?/i;
/** A group's side, leaders or ministers as who speaks ("the ASEAN side", "the GCC Leaders"). */
const GROUP_SPEAKERS = /\b(side|leaders|ministers|heads of state)$/i;
/** An unnamed speaker's thanks: a few words, then "thanked" or "expressed his thanks to", then who is thanked. */
const THANKS_TO =
  /^(?:[\w.’'-]+\s+){1,6}?(?:thanked|expressed\s+(?:his|her|their|its)\s+(?:sincere\s+|deep\s+)?(?:thanks|gratitude|appreciation)\s+to)\s+(?:(?:His|Her)\s+Excellency\s+)?/;
/** Words of praise that are no thanks: welcoming, encouraging or urging someone. */
const NOT_THANKS = /^(welcom|encourag|urg|call)/i;
/** Between "the ministers" or "the leaders" and the countries they are of. */
const OF_COUNTRIES = /^\s+of\s+(the\s+)?/i;

function inflections(verb: string): string[] {
  const [head, ...rest] = verb.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const forms = new Set([
    head,
    head + 's',
    head + 'es',
    head + 'ed',
    head + 'd',
    head + 'ing',
    ...(IRREGULAR[head] ?? []),
  ]);
  if (head.endsWith('y')) {
    forms.add(head.slice(0, -1) + 'ies');
    forms.add(head.slice(0, -1) + 'ied');
  }
  if (head.endsWith('e')) forms.add(head.slice(0, -1) + 'ing');
  return [...forms].map((f) => f + tail);
}

let state: { terms: TermMatcher<Term>; verbs: TermMatcher<Action>; modality: [RegExp, string][] } | null = null;
function tables() {
  if (!state) {
    const lex = lexicon();
    state = {
      terms: new TermMatcher(
        lex.terms.en.flatMap((t) => [...spellings(t.term)].map((v) => [v, t] as [string, Term])),
        true,
      ),
      verbs: new TermMatcher(
        lex.actions.en.flatMap((a) => inflections(a.verb).map((f) => [f, a] as [string, Action])),
        true,
      ),
      modality: lex.modality.en.map(([cue, m]) => [new RegExp(`\\b${cue}\\b`), m] as [RegExp, string]),
    };
  }
  return state;
}

interface Word {
  text: string;
  start: number;
  end: number;
  verb: boolean;
  negative: boolean;
  gerund: boolean;
}

/** Endings of nouns, never of verbs: such a word after a comma needs no tagger. */
const NOUN_SUFFIX = /(ity|ities|tion|tions|sion|sions|ness|ism|isms|ogy|ogies|ship|ships)$/;

const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'for',
  'with',
  'by',
  'as',
  'at',
  'from',
  'such',
  'other',
  'its',
  'their',
  'this',
  'these',
  'that',
  'which',
  'who',
  'whose',
  'including',
  'or',
  'between',
  'among',
  'amongst',
  'into',
  'through',
  'within',
  'under',
  'towards',
  'toward',
  'against',
  'about',
  'over',
  'both',
  'each',
  'all',
  'any',
  'more',
  'most',
  'new',
  'major',
  'relevant',
  'common',
  'international',
  'regional',
  'global',
  'national',
  'bilateral',
  'multilateral',
  'mutual',
  'practical',
  'positive',
  'joint',
  'fair',
  'just',
  'open',
  'two',
  'three',
]);

const PLAIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const NEGATIVE = new Set(['not', 'never', 'no', 'cannot']);

/** Words with offsets from a plain tokenizer: fast, untagged. */
function plainWords(text: string): Word[] {
  const out: Word[] = [];
  PLAIN_WORD.lastIndex = 0;
  for (let m = PLAIN_WORD.exec(text); m; m = PLAIN_WORD.exec(text)) {
    const w = m[0].toLowerCase();
    out.push({
      text: w,
      start: m.index,
      end: m.index + m[0].length,
      verb: false,
      negative: NEGATIVE.has(w),
      gerund: w.endsWith('ing'),
    });
  }
  return out;
}

// compromise's lexicon and suffix tagger without its post-tagging sweep of match rules: the sweep
// costs as much again, and words it would correct here (a noun read as a verb inside an actor's
// name or a policy term) are kept from heading a clause by the rules below. Gold scores are unchanged.
const PRE_TAGGER = ['alias', 'machine', 'index', 'id', 'lexicon', 'preTagger'];

// compromise takes about half a second to load: it is loaded (synchronously, as extraction is) by the first
// English sentence, so extracting Chinese or printing help never pays for it.
let nlp: typeof import('compromise').default | null = null;

/** Words tagged by compromise (Verb, Negative, Gerund): about ten times slower than plainWords. */
function taggedWords(text: string): Word[] {
  const out: Word[] = [];
  nlp ??= createRequire(import.meta.url)('compromise') as typeof import('compromise').default;
  const doc = nlp.tokenize(text);
  doc.compute(PRE_TAGGER);
  // The terms as compromise holds them, with the offsets its json() would copy out: that copy of every
  // term and of each sentence's text adds a third to the tagging.
  doc.compute('offset');
  for (const terms of doc.docs as unknown as TaggedTerm[][]) {
    for (const t of terms) {
      const start =
        t.offset.start + Math.max(0, text.slice(t.offset.start, t.offset.start + t.offset.length).indexOf(t.text));
      out.push({
        text: t.text.toLowerCase(),
        start,
        end: start + t.text.length,
        verb: t.tags.has('Verb') && !t.tags.has('Auxiliary'),
        negative: t.tags.has('Negative'),
        gerund: t.tags.has('Gerund') || t.tags.has('Participle'),
      });
    }
  }
  return out;
}
/** A term of compromise's document once its tags (`preTagger`) and offsets (`offset`) are computed. */
interface TaggedTerm {
  text: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * The words of a sentence. compromise tags them only where it matters: when a word that may open
 * a clause (after a comma or "and") is neither a known verb nor clearly something else (a function
 * word, a name, a number, a policy term). Most sentences of statements need no tagging.
 */
function words(text: string, known: [number, number][], verbAt: Set<number>): Word[] {
  const ws = plainWords(text);
  for (let i = 0; i + 1 < ws.length; i++) {
    const sep = text.slice(ws[i].end, ws[i + 1].start);
    if (!/[,;]/.test(sep) && !/^(and|but|while)$/.test(ws[i + 1].text)) continue;
    let j = i + 1;
    while (j < ws.length && SKIP.has(ws[j].text)) j++;
    const w = ws[j];
    if (
      !w ||
      verbAt.has(w.start) ||
      known.some(([a, b]) => w.start >= a && w.start < b) ||
      FUNCTION_WORDS.has(w.text) ||
      NOUN_SUFFIX.test(w.text) ||
      /^[\p{Lu}\p{N}]/u.test(text[w.start])
    )
      continue;
    // A word inside a policy term, a name or a forum ("finance" in "education, finance, global health")
    // is no verb, whatever the tagger says.
    return taggedWords(text).map((t) =>
      t.verb && !verbAt.has(t.start) && known.some(([a, b]) => t.start >= a && t.start < b) ? { ...t, verb: false } : t,
    );
  }
  return ws;
}

// A news agency's dateline ("MOSCOW, May 25 (TASS) -", "BEIJING, Oct. 18 (Xinhua) --"): its credit
// names no field of the sentence after it.
const DATELINE =
  /^[A-Z][A-Z .'-]{1,40},\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\s*(?:\([^()]{1,40}\))?\s*[-–—]+\s*/;
const blankDateline = (text: string) => text.replace(DATELINE, (m) => ' '.repeat(m.length));

// A person's title ("Minister of Energy", "Minister of Industry and Mineral Resources", "Defense Minister",
// "Central Bank Governor"): the office names who speaks, not a field of the sentence.
const PERSON_TITLE =
  /\bMinisters?\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:(?:,\s+|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w'-]*){0,6}|\b(?:Defen[cs]e|Finance|Energy|Trade|Economy|Agriculture|Health|Education|Transport|Interior|Investment|Commerce)\s+Ministers?\b|\b(?:Central\s+Bank\s+)?Governor\s+of\s+the\s+(?:[A-Z][\w'-]*\s+){0,3}Bank\b|\bCentral\s+Bank\s+Governor\b|\b(?:(?!Ministers?\b)[A-Z][a-z]+\s+(?:and\s+)?){1,5}Ministers?\b(?!\s+(?:of|for)\b)/g;
const blankTitles = (text: string) => text.replace(PERSON_TITLE, (m) => ' '.repeat(m.length));

/**
 * Policy terms, and the term a coordinated modifier makes with the head it shares: "unilateral and
 * protectionist practices" names unilateral practices as well as protectionist ones, "regional and
 * maritime security" maritime security as well as regional.
 */
function withSharedHeads(terms: TermMatcher<Term>, text: string): Match<Term>[] {
  const hits = terms.find(text);
  const more: Match<Term>[] = [];
  for (const h of hits) {
    const head = / (.+)$/.exec(h.surface);
    if (!head) continue;
    const before = /([\p{L}-]+),? (?:and|or) $/iu.exec(text.slice(Math.max(0, h.start - 40), h.start));
    if (!before) continue;
    const start = h.start - before[0].length;
    if (hits.some((o) => o.end > start && o.start < start + before[1].length)) continue;
    const phrase = `${before[1]} ${head[1]}`;
    const m = terms.find(phrase);
    if (m.length === 1 && m[0].start === 0 && m[0].end === phrase.length)
      more.push({ start, end: start + before[1].length, value: m[0].value, surface: phrase });
  }
  return more.length ? [...hits, ...more].sort((a, b) => a.start - b.start) : hits;
}

/** Clause starts: `;`, and a comma or "and" followed (past adverbs and modals) by a verb. */
function clauseSpans(
  text: string,
  ws: Word[],
  verbAt: Set<number>,
  forumAt: number[],
  actorAt: Map<number, number>,
): [number, number][] {
  const starts = [0];
  for (let i = 0; i < ws.length; i++) {
    const sep = text.slice(ws[i].end, ws[i + 1]?.start ?? ws[i].end);
    // "within the EAS, the ARF and APEC, as well as in the context of the Greater Eurasian
    // Partnership": what follows is another item, and the forums before it do not reach it.
    if (
      /,/.test(sep) &&
      ws[i + 3] &&
      `${ws[i + 1].text} ${ws[i + 2].text} ${ws[i + 3].text}` === 'as well as' &&
      forumAt.some((f) => f >= starts[starts.length - 1] && f < ws[i].end) &&
      !forumAt.some((f) => f > ws[i].end)
    ) {
      starts.push(ws[i + 1].start);
      continue;
    }
    const isAnd = ws[i + 1] && /^(and|but|while)$/.test(ws[i + 1].text);
    if (!/[,;]/.test(sep) && !isAnd) continue;
    let j = i + 1;
    let aux = false;
    while (j < ws.length && SKIP.has(ws[j].text)) {
      aux ||= /^(will|shall|are|is|have|has|should|must|can|committed|determined)$/.test(ws[j].text);
      j++;
    }
    const w = ws[j];
    if (!w) continue;
    // ", and Australia will grant…", ", while Moscow will support…": a clause with a subject of its own.
    const subjectAt = w.text === 'while' || w.text === 'whereas' ? (ws[j + 1]?.start ?? -1) : w.start;
    const actorEnd = actorAt.get(subjectAt);
    if (actorEnd !== undefined && /[,;]/.test(sep)) {
      let k = j;
      while (k < ws.length && ws[k].start < actorEnd) k++;
      if (
        ws[k] &&
        (/^(will|shall|would|should|must|can|could|may|said|stated|proposed|noted|stressed|emphasi[sz]ed|reiterated|expressed|called|added|underlined|welcomed|hoped|suggested|pointed)$/.test(
          ws[k].text,
        ) ||
          verbAt.has(ws[k].start))
      ) {
        if (subjectAt > starts[starts.length - 1]) starts.push(subjectAt);
        continue;
      }
    }
    const likelyVerb = verbAt.has(w.start) || (w.verb && !w.gerund && !/s$/.test(w.text));
    // "in deepening A and strengthening B within WHO": a second action in -ing after one in the
    // same clause is a clause of its own when a forum follows it and none precedes it (the forum
    // belongs to the second action only).
    const clauseStart = starts[starts.length - 1];
    const coordinated =
      isAnd &&
      w.gerund &&
      verbAt.has(w.start) &&
      forumAt.some((f) => f > w.start) &&
      !forumAt.some((f) => f >= clauseStart && f < w.start) &&
      ws.some((x) => x.start >= clauseStart && x.end <= ws[i].end && x.gerund && verbAt.has(x.start));
    if (/;/.test(sep) || aux || (likelyVerb && !w.gerund) || coordinated) {
      const at = ws[i + 1].start;
      if (at > starts[starts.length - 1]) starts.push(at);
    }
  }
  return starts.map((s, k) => [s, k + 1 < starts.length ? starts[k + 1] : text.length]);
}

const COUNTRY_QUESTION =
  /\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:issue|question|crisis|conflict|settlement)\b|\b(?:situation|war|conflict|crisis|tensions?) (?:in|on|around|over) (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)|^(?:On|Regarding|Concerning|As for|With regard to|With respect to) (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),/g;
// "expressed their opposition to…", "reiterated our condemnation of…": the position is the noun a light verb carries.
const NOMINAL_OPPOSE =
  /\b(express|expressed|expresses|expressing|reiterate|reiterated|reiterates|reaffirm|reaffirmed|reaffirms|voice|voiced|voices)\s+(?:(?:their|its|our|his|her|the)\s+)?(?:(?:strong|firm|resolute|categorical|unequivocal|strongest|mutual|common|shared|joint)\s+){0,2}(opposition\s+to|condemnation\s+of|rejection\s+of)\b/i;
// "measures, which are incompatible with the UN Charter": declared contrary to the law, rejected.
const BREACHES =
  /\b(is|are|was|were|be)\s+(clearly\s+|wholly\s+)?(incompatible with|contrary to|inconsistent with|in violation of|in breach of)\b/i;
const REJECTED = /\b(is|are|was|were|be) (absolutely |totally |wholly )?(unacceptable|inadmissible|impermissible)\b/i;

let capitals: Map<string, string> | null = null;
const PLACE_BEFORE = /\b(in|at|to|from|of|between|via|near|visit|visited|visiting)\s+$/i;
const AUX_AFTER = /^\s+(will|would|shall|should|can|could|may|must|has|have|had|is|was|also|further|firmly|strongly)\b/;
/** Capitalised runs of one to three words: where a capital's name can start. */
const NAME_RUN = /\b[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,2}/gu;

/**
 * "Moscow will increase…, while Hanoi will support…", "Beijing and Moscow have agreed…": a capital
 * as the subject of a clause (before a modal or a verb) is its country. Only there: "talks in
 * Moscow" names a place, not a side. Only capitalised words are looked up, so the cost is one
 * pass of a regular expression.
 */
function capitalSubjects(text: string, verbAt: Set<number>): Match<ActorValue>[] {
  capitals ??= new Map(
    lexicon().countries.flatMap((c) => c.capitals.map((name) => [name, c.code] as [string, string])),
  );
  const hits: { start: number; end: number; code: string; surface: string }[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(' ');
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      const code = capitals.get(name);
      if (code) {
        hits.push({ start: m.index!, end: m.index! + name.length, code, surface: name });
        break;
      }
    }
  }
  const subjectAt = (end: number): boolean => {
    const after = text.slice(end, end + 40);
    const next = /^\s+(\S+)/.exec(after);
    return !!next && (AUX_AFTER.test(after) || verbAt.has(end + next[0].length - next[1].length));
  };
  return hits
    .filter((h, k) => {
      // "talks in Moscow": a place.
      if (PLACE_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))) return false;
      // "Beijing and Moscow have…": the first of a pair takes the verb after the second.
      const pair = hits[k + 1];
      return subjectAt(h.end) || (pair && /^\s+and\s+$/.test(text.slice(h.end, pair.start)) && subjectAt(pair.end));
    })
    .map((h) => ({
      start: h.start,
      end: h.end,
      surface: h.surface,
      value: { kind: 'country', codes: [h.code], strict: false } as ActorValue,
    }));
}

/** Before an opposing verb that another verb introduces: "determination to", "that they (will) firmly". */
const INTRODUCED =
  /\b(determination|readiness|resolve|commitment|intention|decision|agreed|decided|resolved|pledged|vowed|will|would|shall|to|that\s+(they|we|it|both\s+sides|the\s+two\s+sides|the\s+\w+\s+side))\s+((firmly|strongly|resolutely|jointly|continue\s+to|also|further)\s+)*(to\s+)?$/i;

// "“We will continue to fight them,” he added.", "“…,” the Russian leader said.": a quotation first, its speaker after it.
const QUOTE_THEN_SPEAKER =
  /^\s*["“][^"”]{8,}["”],?\s+((?:[\p{L}'’.-]+\s+){0,6}?)(?:said|told|added|stressed|noted|stated|declared|emphasi[sz]ed|underlined|pointed\s+out)\b/du;

/** The quotation that opens a sentence and the country of its speaker named after it, if the text says who. */
function quotation(
  text: string,
  actorHits: Match<ActorValue>[],
  ctx: SentenceContext,
  year: number | null,
): { end: number; codes: string[] } | null {
  const m = QUOTE_THEN_SPEAKER.exec(text);
  if (!m) return null;
  const [from, to] = m.indices![1];
  const end = Math.max(text.lastIndexOf('"', from), text.lastIndexOf('”', from));
  const who = actorHits.find((h) => h.start >= from && h.end <= to);
  let codes: string[] | null = null;
  if (who && (who.value.kind === 'country' || who.value.kind === 'leader' || who.value.kind === 'side'))
    codes = resolveActor(who.value, ctx.parties, year, ctx.date);
  else if (/^(he|she)\s+$/i.test(m[1]) && ctx.lastActors?.length === 1) codes = ctx.lastActors;
  return codes?.length ? { end, codes } : null;
}

function extract(sentence: SentenceInput, ctx: SentenceContext): SentenceAnalysis {
  const { terms, verbs, modality: cues } = tables();
  const year = ctx.date ? Number(ctx.date.slice(0, 4)) : null;
  const text = sentence.text;
  const forums = findForums(text, 'en', ctx.shortNames);
  const actorsAt = { find: (t: string) => findActors(t, 'en') };
  const verbHits = verbs.find(text);
  const verbAt = new Set(verbHits.map((m) => m.start));
  // Each dictionary runs once over the sentence; clauses take the hits inside their span. Policy
  // terms are looked for with forum names blanked out ("World Health Organization" is no health).
  const actorHits = actorsAt.find(text);
  // "Secretary Antony J. Blinken met with Foreign Minister Retno Marsudi": who holds each title, for "the Secretary" later.
  for (const h of actorHits) {
    const title = h.value.kind === 'leader' ? TITLE_LEAD.exec(h.surface)?.[1].toLowerCase() : undefined;
    if (title && !ctx.titles?.has(title)) ctx.titles?.set(title, resolveActor(h.value, ctx.parties, year, ctx.date));
  }
  for (const c of capitalSubjects(text, verbAt))
    if (!actorHits.some((a) => a.start < c.end && a.end > c.start)) actorHits.push(c);
  actorHits.sort((x, y) => x.start - y.start);
  // A term inside a name of who speaks ("the heads of state", "the Ministry of Foreign Affairs")
  // names no field.
  const termHits = withSharedHeads(terms, blankTitles(blankDateline(blankForums(text, forums, ' ')))).filter(
    (m) => !actorHits.some((a) => m.start >= a.start && m.end <= a.end),
  );
  // "the Ukrainian issue", "the Afghan settlement", "the situation in Syria": a country's question is a
  // regional security matter (a weak word).
  for (const m of text.matchAll(COUNTRY_QUESTION)) {
    const name = m[1] ?? m[2] ?? m[3];
    const overlapping = termHits.filter((t) => t.start < m.index! + m[0].length && t.end > m.index!);
    if (!isCountryWord(name) || overlapping.some((t) => t.value.strong)) continue;
    // A weak word inside it ("settlement": payments) yields to it.
    for (const t of overlapping) termHits.splice(termHits.indexOf(t), 1);
    termHits.push({
      start: m.index!,
      end: m.index! + m[0].length,
      surface: m[0],
      value: { term: m[0], domain: 'security', strong: false },
    });
  }
  termHits.sort((x, y) => x.start - y.start);
  // Spans of policy terms, actors and forums: a word inside one is no verb.
  const known = [...termHits, ...actorHits, ...forums].map((m) => [m.start, m.end] as [number, number]);
  const ws = words(text, known, verbAt);
  const spans = clauseSpans(
    text,
    ws,
    verbAt,
    forums.map((f) => f.start),
    new Map(
      actorHits
        .filter((h) => h.value.kind === 'country' || h.value.kind === 'leader' || h.value.kind === 'parties')
        .map((h) => [h.start, h.end]),
    ),
  );

  // The subject at the start of each clause; after a bare "X said," the next clause speaks for X.
  let speaker: { value: ActorValue; codes: string[] } | null = null;
  const listedAfter = (end: number, b: number) =>
    actorHits.find((m) => m.start >= end && m.end <= b && LIST_SEP.test(text.slice(end, m.start)));
  const speakerNames: Match<ActorValue>[] = [];
  const subjectOf = (a: number, b: number): string[] | null => {
    const clause = text.slice(a, b);
    const from = a + clause.length - clause.replace(DATELINE, '').replace(LEAD, '').replace(OPENER, '').length;
    const hit = actorHits.find((m) => m.start === from && !namesMechanism(m) && !possessedTopic(text, m.end));
    if (hit && GROUP_SPEAKERS.test(hit.surface)) speakerNames.push(hit);
    const before = speaker;
    speaker = null;
    // "The Secretary thanked…": the one the document named under that title before.
    const titled = hit ? null : TITLE_ALONE.exec(text.slice(from, b));
    const holder = titled && ctx.titles?.get(titled[1].toLowerCase());
    if (holder?.length) return holder;
    if (!hit) {
      // "He said the three countries would…": the speaker of the paragraph reports; a speaker the
      // paragraph has not named reports what the country or side it names does ("He said the
      // Russian side appreciates…").
      const pronoun = /^(he|she)\s+/i.exec(text.slice(from, b));
      const report = pronoun && verbHits.find((m) => m.start === from + pronoun[0].length && m.value.kind === 'report');
      if (report && report.end <= b) {
        const innerAt = report.end + (/^\s*(that\s+)?/i.exec(text.slice(report.end, b))?.[0].length ?? 0);
        const said = actorHits.find((m) => m.start === innerAt && m.end <= b && !namesMechanism(m));
        if (said) {
          const saidCodes = resolveActor(said.value, ctx.parties, year, ctx.date);
          if (inSpeechOf) {
            const speakerValue: ActorValue = { kind: 'country', codes: inSpeechOf, strict: false };
            return reported(speakerValue, said.value, inSpeechOf, saidCodes, text.slice(said.end, b));
          }
          if (said.value.kind === 'country' || said.value.kind === 'side') return saidCodes;
        }
      }
    }
    if (!hit || hit.end > b) {
      // "His Royal Highness the Crown Prince expressed his thanks to President Erdoğan…", "Prime Minister
      // thanked President Lula…": a speaker the lexicon does not know who thanks one of two parties is the other.
      const thanks = !hit && ctx.parties.length === 2 ? THANKS_TO.exec(text.slice(from, b)) : null;
      const thanked = thanks && actorHits.find((m) => m.start === from + thanks[0].length && m.end <= b);
      if (thanked && (thanked.value.kind === 'country' || thanked.value.kind === 'leader')) {
        const codes = resolveActor(thanked.value, ctx.parties, year, ctx.date);
        const others = ctx.parties.filter((c) => !codes.includes(c));
        if (codes.length === 1 && others.length === 1) return others;
      }
      return before ? before.codes : null;
    }
    // A list of subjects ("China and Russia", "Brazil, Russia, India and China") speaks together.
    let subject = resolveActor(hit.value, ctx.parties, year, ctx.date);
    let subjectEnd = hit.end;
    const named = (v: ActorValue) =>
      v.kind === 'country' || v.kind === 'leader' || v.kind === 'group' || v.kind === 'side';
    // Who speaks with one more name beside them ("China and Russia", "met with Park Jin").
    const joined = (codes: string[], v: ActorValue) => [
      ...new Set([...codes, ...resolveActor(v, ctx.parties, year, ctx.date)]),
    ];
    // "The Ministers of Brazil, Russia, India and China commended…": the countries named are who speak.
    const of = hit.value.kind === 'parties' ? OF_COUNTRIES.exec(text.slice(hit.end, b)) : null;
    const members = of && actorHits.find((m) => m.start === hit.end + of[0].length && m.end <= b);
    if (members && members.value.kind === 'country') {
      subject = resolveActor(members.value, ctx.parties, year, ctx.date);
      subjectEnd = members.end;
    }
    for (
      let next = named(hit.value) || members?.value.kind === 'country' ? listedAfter(subjectEnd, b) : undefined;
      next && named(next.value);
    ) {
      subject = joined(subject, next.value);
      subjectEnd = next.end;
      next = listedAfter(subjectEnd, b);
    }
    // "Wang Yi held bilateral meetings with Park Jin and Yoko Kamikawa": a meeting is the act of all who meet.
    const met = MET_WITH.exec(text.slice(subjectEnd, b));
    if (met && named(hit.value))
      for (let m = actorHits.find((h) => h.start === subjectEnd + met[0].length); m && named(m.value);) {
        subject = joined(subject, m.value);
        m = listedAfter(m.end, b);
      }
    let actors = inSpeech(hit.value, subject, inSpeechOf, text.slice(subjectEnd, b), 'en');
    if (before) return reported(before.value, hit.value, before.codes, actors);
    let restAt = subjectEnd;
    while (restAt < b && /\s/.test(text[restAt])) restAt++;
    const report = verbHits.find((m) => m.start === restAt);
    if (report && report.end <= b && report.value.kind === 'report') {
      inSpeechOf = speakerOf(hit.value, actors) ?? inSpeechOf;
      const inner = text
        .slice(report.end, b)
        .trim()
        .replace(/^\s*(out|that|,)\s*(that\s+)?/i, '');
      if (!inner) speaker = { value: hit.value, codes: actors };
      actors = reportedIn(hit.value, actors, inner, 'en', POSSESSIVE, ctx, year);
    } else if (
      (hit.value.kind === 'country' || hit.value.kind === 'leader') &&
      inSpeechOf &&
      actors.some((c) => !inSpeechOf!.includes(c))
    )
      inSpeechOf = null;
    const praised = praisedAt(text.slice(restAt, b), 'en');
    if (praised >= 0) actors = withoutPraised(actors, text, restAt + praised, actorHits, ctx.parties, year, ctx.date);
    return actors;
  };
  const quote = quotation(text, actorHits, ctx, year);
  let inSpeechOf = quote?.codes ?? ctx.speaker;
  const subjects = spans.map(([a, b]) => subjectOf(a, b));
  // Inside the quotation, a clause with no subject of its own, or with one outside the statement's parties
  // ("…, and the Syrian government must restore its control there," Raisi told reporters), is the speaker's.
  if (quote)
    spans.forEach(([a], i) => {
      const own = subjects[i];
      if (a < quote.end && (!own || outsideParties(own, ctx.parties))) subjects[i] = quote.codes;
    });
  // "…, and expressed appreciation to the Russian Federation for hosting the meeting": a later clause of
  // the same speakers that thanks or commends one of them is the others' (one that welcomes a member in a
  // new role stays everyone's).
  let current = subjects.find((x) => x) ?? ctx.previousActors ?? ctx.parties;
  spans.forEach(([a, b], i) => {
    if (subjects[i]) current = subjects[i]!;
    else if (i > 0) {
      const lead = /^\s*(and\s+|but\s+)?(also\s+)?/i.exec(text.slice(a, b))![0].length;
      const praised = praisedAt(text.slice(a + lead, b), 'en');
      if (praised < 0 || NOT_THANKS.test(text.slice(a + lead, b))) return;
      const others = withoutPraised(current, text, a + lead + praised, actorHits, ctx.parties, year, ctx.date);
      if (others !== current) subjects[i] = others;
    }
  });
  return readClauses(
    sentence,
    spans,
    subjects,
    ctx,
    inSpeechOf,
    'en',
    (a, b, st) => {
      const clause = text.slice(a, b);
      const lower = clause.toLowerCase();
      const cue = cues.find(([re]) => re.test(lower));
      if (cue) st.modality = cue[1];
      const inClause = ws.filter((w) => w.start >= a && w.end <= b);
      const found = verbHits.filter((v) => v.start >= a && v.end <= b);
      // Words inside an actor's name ("the two sides", "China") never head the clause.
      const named = actorHits.filter((m) => m.start >= a && m.end <= b);
      let first = inClause.find(
        (w) =>
          !SKIP.has(w.text) &&
          (w.verb || found.some((f) => f.start === w.start)) &&
          !named.some((m) => w.start >= m.start && w.end <= m.end),
      );
      // "stressed that they oppose…", "said the guarantors condemned…": a reporting verb first; the
      // known verb after it heads the clause.
      if (first && found.find((f) => f.start === first!.start)?.value.kind === 'report') {
        const next = found.find((f) => f.start > first!.start && f.value.kind === 'head');
        first = (next && inClause.find((w) => w.start === next.start)) || first;
      }
      let head = first ? found.find((f) => f.start === first!.start) : undefined;
      // "expressed their determination to oppose…", "reaffirmed that they will firmly reject…": an opposing
      // verb the first one introduces is what the clause does.
      const opposing =
        head?.value.kind === 'head' && head.value.polarity !== 'oppose'
          ? found.find(
              (f) =>
                f.start > head!.start &&
                f.value.kind === 'head' &&
                f.value.polarity === 'oppose' &&
                INTRODUCED.test(text.slice(Math.max(a, f.start - 60), f.start)) &&
                !/^(refrain|abandon|rule)/.test(f.value.verb),
            )
          : undefined;
      if (opposing) {
        head = opposing;
        first = inClause.find((w) => w.start === opposing.start) ?? first;
      }
      const negated = first ? inClause.some((w) => w.negative && w.start < first.start) : false;
      if (head && head.value.kind === 'head') {
        st.polarity =
          head.value.polarity === 'oppose' || (negated && /accept|recognize|recognise|support/.test(head.value.verb))
            ? 'oppose'
            : 'support';
        st.action = { text: head.surface, lemma: head.value.verb, gloss: head.value.gloss };
      } else if (first && first.verb) {
        st.polarity = negated ? 'oppose' : 'support';
        st.action = { text: first.text, lemma: first.text, gloss: first.text };
      }
      // "The use or threat of use of nuclear weapons is inadmissible": rejected as a predicate adjective.
      if (REJECTED.test(clause) || NOMINAL_OPPOSE.test(clause) || BREACHES.test(clause)) st.polarity = 'oppose';
      const domains = termHits.filter((m) => m.start >= a && m.end <= b).flatMap(fieldsOf);
      // "The ASEAN side welcomed…", "The GCC Leaders…": the group named as who speaks is no forum of theirs.
      const inside = forums.filter(
        (f) => f.start >= a && f.end <= b && !speakerNames.some((m) => f.start >= m.start && f.end <= m.end),
      );
      return {
        domains,
        forums: inside,
        refersBack: REFERS_BACK.test(clause)
          ? 'explicit'
          : !domains.length && inside.length && /\b(cooperation|coordination|collaboration|exchanges)\b/i.test(clause)
            ? 'implicit'
            : false,
      };
    },
    log,
  );
}

export const en: LanguagePlugin = {
  lang: 'en',
  extract,
  partiesOf: partiesReader('en'),
};
