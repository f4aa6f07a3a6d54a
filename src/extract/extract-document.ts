import { createHash } from 'node:crypto';
import { decode, type DecodeOptions } from '../text/decode.ts';
import { layoutStream, linesOf, type LayoutEvent, type Line, type Paragraph } from '../text/layout.ts';
import { readFileLines } from '../text/read-lines.ts';
import { MAX_SENTENCE, splitSentences } from '../text/sentences.ts';
import { detectLanguage } from '../text/language.ts';
import { datelineDate, findDate } from '../text/dates.ts';
import { documentIdOf } from '../text/document-id.ts';
import { zh } from './zh/index.ts';
import { en } from './en/index.ts';
import { actorRefs, BODY, countryList, findActors, ON_BEHALF, resolveActor } from './actors.ts';
import { commitmentKey } from './commitment-key.ts';
import { saysWhoAttended } from './assemble.ts';
import { findForums, rememberShortName } from './forums.ts';
import type {
  Commitment,
  Diagnostic,
  DocumentInfo,
  ExtractResult,
  ForumRef,
  LanguagePlugin,
  SentenceOut,
} from './types.ts';

/** A meeting, a visit or an invitation: a relationship between every side it names. */
const MEETING = {
  // 会晤 as a verb (举行会晤, 同…会晤, 在北京会晤), not a summit's name (金砖国家领导人厦门会晤).
  zh: /会见|会谈|举行.{0,6}会晤|同.{1,20}会晤|在[^，,。]{1,10}会晤|通电话|通话|进行.{0,6}访问|应.{2,40}邀请/,
  en: /\b(met|meets|meet with|held talks|holds talks|talks with|paid an? (official |state |working )?visit|visit(ed|s)? to|at the invitation of|phone call|telephone conversation)\b/i,
};

/** An invitation to visit later (邀请习近平主席…进行国事访问, "invited President To Lam to pay an official visit"): the inviter's act, no meeting. */
const INVITED_TO_VISIT = {
  zh: /邀请[^，。；]{0,30}(进行|对)[^，。；]{0,16}访问/g,
  en: /\binvit(ed|es|e)\b[^.;]{0,60}?\bto (pay|make)\b[^.;]{0,40}?\bvisit\b[^.;]{0,40}/gi,
};

/**
 * In a sentence about a meeting, a visit or an invitation (国家主席习近平会见欧尔班总理, "Wang Yi held
 * talks with Naledi Pandor"), the relationship itself (politics_diplomacy, no forum) is every party
 * the sentence names, not only its grammatical subject. The duplicates this may make are merged by
 * the caller (`distinct`).
 */
function withMeetingSides(
  commitments: Commitment[],
  text: string,
  lang: 'zh' | 'en',
  parties: string[],
  date: string | null,
) {
  if (!commitments.length || !MEETING[lang].test(text.replace(INVITED_TO_VISIT[lang], ''))) return;
  const year = date ? Number(date.slice(0, 4)) : null;
  const sides = new Set<string>();
  for (const h of findActors(text, lang))
    if (h.value.kind === 'country' || h.value.kind === 'leader')
      for (const c of resolveActor(h.value, parties, year, date)) if (parties.includes(c)) sides.add(c);
  if (sides.size < 2) return;
  const all = parties.filter((p) => sides.has(p));
  for (const c of commitments)
    if (c.domain.id === 'politics_diplomacy' && !c.forum && c.actors.every((a) => sides.has(a.id)))
      c.actors = actorRefs(all, parties);
}

/** An officer who speaks for an organisation itself: "United Nations Secretary-General", 非盟委员会主席. */
const OFFICER = {
  zh: /^.{0,3}(秘书长|总干事|委员会|秘书处|高级代表)|(秘书长|总干事)$/,
  en: /^\W{0,3}(Secretary[- ]General|Commission|Commissioner|Secretariat|Director[- ]General|High Representative)\b|\b(Secretary[- ]General|Director[- ]General|President|Chairperson|High Representative) of (the )?$/,
};

/**
 * Where a title names no country but organisations through their officers ("Joint Communiqué by the UN
 * Secretary-General and the AU Commission Chairperson", 欧盟与非盟委员会联合声明), the organisations are
 * the voice: "the two leaders" and "we" commit in their name, with no country as actor.
 */
function voicesOf(title: string | null, lang: 'zh' | 'en'): string[] {
  if (!title) return [];
  const voices = new Set<string>();
  for (const f of findForums(title, lang)) {
    const before = title.slice(Math.max(0, f.start - 40), f.start);
    const after = title.slice(f.end, f.end + 30);
    if (OFFICER[lang].test(after) || OFFICER[lang].test(before)) voices.add(`${BODY}${f.forum.id}`);
  }
  for (const m of findActors(title, lang))
    if (m.value.kind === 'group' && m.value.body) voices.add(`${BODY}${m.value.group.id}`);
  return [...voices];
}

/**
 * Organisations the title names as a side beside countries ("29th EU-Japan Summit", 中国—欧盟领导人会晤):
 * in that document each is a party to the relationship, so its name is no forum (the forum ids).
 */
function sideBodies(title: string | null, lang: 'zh' | 'en', parties: string[]): Set<string> {
  const out = new Set<string>();
  if (!title || !parties.some((p) => !p.startsWith(BODY))) return out;
  for (const m of findActors(title, lang))
    if (m.value.kind === 'group' && m.value.body) out.add(m.value.group.forum ?? m.value.group.id);
  return out;
}

/** Commitments with a side's name read as no forum (the caller merges those that then coincide: `distinct`). */
function withoutSideForums(commitments: Commitment[], sides: Set<string>): Commitment[] {
  return sides.size
    ? commitments.map((c) => (c.forum && sides.has(c.forum.id) ? { ...c, forum: null } : c))
    : commitments;
}

/** The commitments with one of each key (the first), as assembly leaves them after the steps above. */
function distinct(commitments: Commitment[]): Commitment[] {
  const seen = new Set<string>();
  return commitments.filter((c) => {
    const key = commitmentKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The title and the other header lines that name the statement ("JOINT COMMUNIQUÉ OF THE PRESIDENTS OF THE
 * STATES PARTIES OF MERCOSUR AND BOLIVIA" above "LXIII Summit of Presidents of MERCOSUR"): who they name are parties.
 */
function titleForParties(title: string | null, header: string[]): string | null {
  const more = header.filter((h) => h !== title && STATEMENT_KIND.test(h));
  return more.length ? [title ?? '', ...more].join('\n') : title;
}
const STATEMENT_KIND = /\b(joint|statement|declaration|communiqu[eé]|readout)\b|联合声明|公报|宣言|纪要/i;

/** A sentence announcing numbered points: "提出4点建议", "提出以下主张：", "made three proposals". */
const POINTS_ANNOUNCED =
  /(提出|阐述|谈了)(了)?([一二三四五六七八九十两\d]+点|以下|如下)(建议|主张|意见|看法|倡议)|\b(made|put forward|offered|proposed|outlined|set out)\s+(two|three|four|five|six|several|\d+|the following)[\s-]+(point\s+)?(proposals|suggestions|points|initiatives)\b/i;
/** A paragraph that opens with a numbered point. */
const NUMBERED_POINT =
  /^\s*(第[一二三四五六七八九十]+[，,、：:]|[一二三四五六七八九十]+是|首先|其次|再次|最后|(First|Second|Third|Fourth|Fifth|Sixth|Firstly|Secondly|Thirdly|Finally|Lastly)\b\s*,?)/;

export interface ExtractOptions extends DecodeOptions {
  /** The document's id; default: the file name without extension (of `source`), else the text's hash. */
  id?: string;
  /** zh, en or auto (default): auto detects the language of each paragraph. */
  lang?: 'zh' | 'en' | 'auto';
  title?: string;
  parties?: string[];
  date?: string;
  translationOf?: string;
  /** Name of the input, for messages and provenance. */
  source?: string;
}

export type ExtractEvent =
  | { type: 'sentence'; sentence: SentenceOut }
  | { type: 'commitment'; commitment: Commitment }
  | { type: 'diagnostic'; diagnostic: Diagnostic };

const plugins: Record<'zh' | 'en', LanguagePlugin> = { zh, en };
const OPENING_PARAGRAPHS = 3;
/** How many paragraphs and lines a statement delivered on behalf of a group is read ahead for the list of its countries. */
const LIST_LOOKAHEAD = 400;

/**
 * The extraction pipeline over lines, as a stream of events. Only the opening paragraphs (for the
 * title, parties and date) and the current paragraph are held in memory, so a file of any size
 * runs in bounded memory. Returns the document description when the lines are exhausted;
 * `digest` gives the content hash then.
 */
export function* extractStream(
  lines: Iterable<Line>,
  sample: string,
  digest: () => string,
  opts: ExtractOptions = {},
): Generator<ExtractEvent, DocumentInfo> {
  const forced = opts.lang && opts.lang !== 'auto' ? opts.lang : null;
  const docLang = forced ?? detectLanguage(sample);
  const events = layoutStream(lines, docLang);
  const header: string[] = [];
  let title: string | null = opts.title ?? null;
  const opening: Paragraph[] = [];
  const notes: string[] = [];
  const signed: string[] = [];
  const early: ExtractEvent[] = [];
  let next = events.next();
  for (; !next.done && opening.length < OPENING_PARAGRAPHS; next = events.next()) {
    const e = next.value;
    if (e.kind === 'paragraph') opening.push(e.para);
    else {
      if (e.kind === 'header') {
        header.push(e.line);
        if (e.title && !opts.title) title = e.line;
      } else if (e.why === 'signature line') signed.push(e.line);
      else notes.push(e.line);
      early.push({
        type: 'diagnostic',
        diagnostic: {
          level: 'info',
          code: 'not-a-sentence',
          message: `${e.kind === 'header' ? (e.title ? 'title' : 'header line') : e.why}: ${e.line.slice(0, 80)}`,
          start: e.start,
        },
      });
    }
  }
  const openingText = [...header, ...opening.map((p) => p.text)].join('\n');
  // The date: given, else the first the opening states; else a dateline further on (for the
  // document only: sentences already read were read without it).
  const date = opts.date ?? findDate(openingText) ?? (signed.length ? findDate(signed.join('\n')) : null);
  // Without a full date, the latest year the opening names ("the XV BRICS Summit in 2023") still
  // tells who was in office and which groups had which members; so do the people it names in office
  // (the last year all of them held their offices at once), where no year is written or the one
  // written cannot be the document's (a founding year). Neither is reported as the date.
  const written = latestYear(openingText);
  const held = date ? null : yearsInOffice(openingText, docLang);
  const asOf = date ?? (held && !(written && +written >= held.from && +written <= held.to) ? String(held.to) : written);
  let laterDate: string | null = null;
  const dateline = (text: string) => {
    if (!date && !laterDate) laterDate = datelineDate(text);
  };
  notes.forEach(dateline);
  const openingSentences = opening.flatMap((p) =>
    splitSentences(p, forced ?? detectLanguage(p.text))
      .slice(0, 2)
      .map((s) => s.text),
  );
  // A statement delivered on behalf of a group of countries that lists them further on (a footnote, a
  // list of co-sponsors at the end): the list is who speaks. The events read ahead to find it are held
  // (at most LIST_LOOKAHEAD of them, so memory stays bounded) and handled in order below.
  const ahead: LayoutEvent[] = [];
  let listed: string[] | null = null;
  if (!opts.parties?.length && ON_BEHALF.test(`${title ?? ''}\n${openingText}`))
    while (!listed && !next.done && ahead.length < LIST_LOOKAHEAD) {
      const e = next.value;
      ahead.push(e);
      next = events.next();
      listed = countryList(e.kind === 'paragraph' ? e.para.text : e.line, docLang);
    }
  const parties = opts.parties?.length
    ? opts.parties
    : (listed ?? plugins[docLang].partiesOf(titleForParties(title, header), [...header, ...openingSentences], asOf));
  yield* early;
  // Who "the two sides" and "we" are: the parties, else the organisations the title has speak.
  const voices = parties.length ? parties : voicesOf(title, docLang);
  const sides = sideBodies(title, docLang, voices);
  // The body whose document this is: the first listed body its title names, not as a side.
  const documentBody =
    (title ? findForums(title, docLang) : []).find((f) => f.forum.known && !sides.has(f.forum.id)) ?? null;
  if (!voices.length)
    yield {
      type: 'diagnostic',
      diagnostic: {
        level: 'warning',
        code: 'no-parties',
        message:
          'No parties found in the title or opening sentence; "the two sides" and 双方 resolve to nobody. Pass --parties CN,RU.',
      },
    };

  const langs = new Set<string>();
  let index = 0,
    paragraph = 0;
  let previousDomains: string[] = [];
  const unlisted = new Set<string>();
  // A single party that announced numbered points ("习近平提出4点建议", "Wang Yi made three
  // proposals:") goes on speaking in the paragraphs that number them ("第一，双方要…", "First, …").
  let proposer: string[] | null = null;
  // The bodies named so far, by the short name the document may use for them ("the Union").
  const shortNames = { zh: new Map<string, ForumRef>(), en: new Map<string, ForumRef>() };
  const titles = new Map<string, string[]>();
  for (const lang of ['zh', 'en'] as const)
    for (const f of title ? findForums(title, lang) : []) rememberShortName(shortNames[lang], f.forum, lang);
  let lastActors: string[] | null = null;
  function* handle(p: Paragraph): Generator<ExtractEvent> {
    const lang = forced ?? detectLanguage(p.text);
    langs.add(lang);
    dateline(p.text);
    let previousActors: string[] | null = null;
    let speaker: string[] | null = NUMBERED_POINT.test(p.text) ? proposer : null;
    if (!speaker) proposer = null;
    for (const span of splitSentences(p, lang)) {
      // "Wang Yi put forward four proposals. First, the three countries should…": each point in the
      // same paragraph is the proposer's too.
      if (proposer && NUMBERED_POINT.test(span.text)) speaker = proposer;
      const sentence = { index, text: span.text, start: span.start, end: span.end, paragraph };
      yield { type: 'sentence', sentence };
      if (span.cut)
        yield {
          type: 'diagnostic',
          diagnostic: {
            level: 'warning',
            code: 'long-sentence-cut',
            message: `a run of text longer than ${MAX_SENTENCE} characters without a sentence end was cut ${span.cut === 'clause' ? 'at a comma or semicolon' : span.cut === 'space' ? 'at a space' : `at ${MAX_SENTENCE} characters`}`,
            sentence: index,
          },
        };
      const result = plugins[lang].extract(
        { index, text: span.text, map: span.map },
        {
          parties: voices,
          previousActors,
          previousDomains,
          date: asOf,
          speaker,
          shortNames: shortNames[lang],
          sides,
          documentBody,
          titles,
          lastActors,
        },
      );
      for (const c of result.commitments) rememberShortName(shortNames[lang], c.forum, lang);
      withMeetingSides(result.commitments, span.text, lang, voices, asOf);
      for (const commitment of distinct(withoutSideForums(result.commitments, sides))) {
        yield { type: 'commitment', commitment };
        const f = commitment.forum;
        if (f && !f.known && !unlisted.has(f.id)) {
          unlisted.add(f.id);
          yield {
            type: 'diagnostic',
            diagnostic: {
              level: 'info',
              code: 'unlisted-forum',
              message: `"${f.name}" looks like a named body but is not in data/forums.tsv; reported as ${f.id}`,
              sentence: index,
            },
          };
        }
      }
      for (const diagnostic of result.diagnostics) yield { type: 'diagnostic', diagnostic };
      if (!result.commitments.length)
        yield {
          type: 'diagnostic',
          diagnostic: {
            level: 'info',
            code: 'no-commitment',
            message: 'no policy field or forum found',
            sentence: index,
          },
        };
      // Those who only attended (observers, guests) are not who the next sentence speaks for.
      if (saysWhoAttended(span.text)) previousActors = null;
      else {
        previousActors = result.actors;
        lastActors = result.actors;
      }
      speaker = result.speaker;
      if (POINTS_ANNOUNCED.test(span.text)) proposer = result.actors?.length === 1 ? result.actors : null;
      if (result.domains.length) previousDomains = result.domains;
      index++;
    }
    paragraph++;
  }
  function* onEvent(e: LayoutEvent): Generator<ExtractEvent> {
    if (e.kind === 'paragraph') yield* handle(e.para);
    else {
      if (e.kind === 'dropped' && e.why === 'signature line' && !date && !laterDate) laterDate = findDate(e.line);
      dateline(e.line);
      yield {
        type: 'diagnostic',
        diagnostic: {
          level: 'info',
          code: 'not-a-sentence',
          message: `${e.kind === 'header' ? 'header line' : e.why}: ${e.line.slice(0, 80)}`,
          start: e.start,
        },
      };
    }
  }
  for (const p of opening) yield* handle(p);
  for (const e of ahead) yield* onEvent(e);
  for (; !next.done; next = events.next()) yield* onEvent(next.value);
  if (!index) {
    // Say what the lines were taken for, so the reader can tell a layout misreading from an empty text.
    const asideKinds = new Map<string, number>();
    for (const e of early)
      if (e.type === 'diagnostic') {
        const k = e.diagnostic.message.split(':')[0];
        asideKinds.set(k, (asideKinds.get(k) ?? 0) + 1);
      }
    const aside = [...asideKinds].map(([k, n]) => `${n} ${k}`).join(', ');
    yield {
      type: 'diagnostic',
      diagnostic: {
        level: 'warning',
        code: 'no-sentences',
        message: `The text has no sentence: every line was set aside${aside ? ` (${aside})` : ''}, so nothing was extracted. If those lines are the statement, add sentence-final punctuation or pass --title.`,
      },
    };
  }
  return {
    id: opts.id ?? (opts.source ? documentIdOf(opts.source) : digest()),
    title,
    language: langs.size > 1 ? 'mixed' : docLang,
    parties,
    source: opts.source ?? '',
    encoding: 'utf-8',
    translationOf: opts.translationOf ?? null,
    date: date ?? laterDate,
  };
}

/**
 * The years in which every leader or minister a text names held office (the years of each name's
 * terms, all holders of a shared name together), or null when it names none or no year fits them all.
 */
function yearsInOffice(text: string, lang: 'zh' | 'en'): { from: number; to: number } | null {
  const now = new Date().getUTCFullYear();
  let from = -Infinity,
    to = Infinity,
    named = false;
  for (const m of findActors(text, lang)) {
    if (m.value.kind !== 'leader') continue;
    const terms = m.value.leaders.map((l) => [Number(l.from.slice(0, 4)), l.to ? Number(l.to.slice(0, 4)) : now]);
    from = Math.max(from, Math.min(...terms.map((t) => t[0])));
    to = Math.min(to, Math.max(...terms.map((t) => t[1])));
    named = true;
  }
  return named && from <= to ? { from, to } : null;
}

/** The latest year from 1950 to next year written in the text, as `YYYY`, or null. */
function latestYear(text: string): string | null {
  const limit = new Date().getUTCFullYear() + 1;
  const years = [...text.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y <= limit);
  return years.length ? String(Math.max(...years)) : null;
}

/** Runs a stream to its end and gathers the result. */
function collect(stream: Generator<ExtractEvent, DocumentInfo>): ExtractResult {
  const sentences: SentenceOut[] = [],
    commitments: Commitment[] = [],
    diagnostics: Diagnostic[] = [];
  let r = stream.next();
  for (; !r.done; r = stream.next()) {
    const e = r.value;
    if (e.type === 'sentence') sentences.push(e.sentence);
    else if (e.type === 'commitment') commitments.push(e.commitment);
    else diagnostics.push(e.diagnostic);
  }
  return { document: r.value, sentences, commitments, diagnostics };
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Extracts the commitments of a text already decoded. Never throws for odd text: see diagnostics. */
export function extractText(text: string, opts: ExtractOptions = {}): ExtractResult {
  return collect(extractStream(linesOf(text), text.slice(0, 65536), () => hashOf(text), opts));
}

/** Decodes bytes (UTF-8 with or without BOM, UTF-16, GB18030) and extracts. Throws InputError for unusable input. */
export function extractBytes(bytes: Uint8Array, opts: ExtractOptions = {}): ExtractResult {
  const source = opts.source ?? 'input';
  const decoded = decode(source, bytes, opts);
  const result = extractText(decoded.text, { ...opts, source });
  result.document.encoding = decoded.encoding + (decoded.bom ? ' (BOM)' : '');
  if (decoded.replaced)
    result.diagnostics.unshift({
      level: 'warning',
      code: 'invalid-bytes-replaced',
      message: `${decoded.replaced} invalid byte sequence(s) replaced by U+FFFD`,
    });
  return result;
}

/**
 * Streams a file's extraction without reading it whole (for `extract --format ndjson` and big
 * inputs). Throws InputError for unusable input, possibly part-way through (invalid bytes later on).
 */
export function* extractFileStream(path: string, opts: ExtractOptions = {}): Generator<ExtractEvent, DocumentInfo> {
  const file = readFileLines(path, opts);
  const info = yield* extractStream(file.lines, file.sample, file.digest, { ...opts, source: opts.source ?? path });
  info.encoding = file.encoding + (file.bom ? ' (BOM)' : '');
  if (file.replaced())
    yield {
      type: 'diagnostic',
      diagnostic: {
        level: 'warning',
        code: 'invalid-bytes-replaced',
        message: `${file.replaced()} invalid byte sequence(s) replaced by U+FFFD`,
      },
    };
  return info;
}

export function extractFile(path: string, opts: ExtractOptions = {}): ExtractResult {
  return collect(extractFileStream(path, opts));
}
