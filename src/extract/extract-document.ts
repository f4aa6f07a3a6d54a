import { createHash } from 'node:crypto';
import { decode, type DecodeOptions } from '../text/decode.ts';
import { layout } from '../text/layout.ts';
import { splitSentences } from '../text/sentences.ts';
import { detectLanguage } from '../text/language.ts';
import { zh } from './zh/index.ts';
import { en } from './en/index.ts';
import type { Commitment, Diagnostic, ExtractResult, LanguagePlugin, SentenceOut } from './types.ts';

export interface ExtractOptions extends DecodeOptions {
  /** zh, en or auto (default): auto detects the language of each paragraph. */
  lang?: 'zh' | 'en' | 'auto';
  title?: string;
  parties?: string[];
  date?: string;
  translationOf?: string;
  /** Name of the input, for messages and provenance. */
  source?: string;
}

const plugins: Record<'zh' | 'en', LanguagePlugin> = { zh, en };

/** Document date: an option, else the first full date in the text (2016年3月23日, September 26, 2019). */
function findDate(text: string): string | null {
  const zhDate = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const en1 = /\b([A-Z][a-z]+) (\d{1,2}), (\d{4})\b/.exec(text);
  const en2 = /\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b/.exec(text);
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const found: [number, string][] = [];
  if (zhDate) found.push([zhDate.index, `${zhDate[1]}-${pad(zhDate[2])}-${pad(zhDate[3])}`]);
  if (en1 && months.includes(en1[1].toLowerCase())) found.push([en1.index, `${en1[3]}-${pad(months.indexOf(en1[1].toLowerCase()) + 1)}-${pad(en1[2])}`]);
  if (en2 && months.includes(en2[2].toLowerCase())) found.push([en2.index, `${en2[3]}-${pad(months.indexOf(en2[2].toLowerCase()) + 1)}-${pad(en2[1])}`]);
  found.sort((a, b) => a[0] - b[0]);
  return found[0]?.[1] ?? null;
}

/** Extracts the commitments of a text already decoded. Never throws for odd text: see diagnostics. */
export function extractText(text: string, opts: ExtractOptions = {}): ExtractResult {
  const diagnostics: Diagnostic[] = [];
  const docLang = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLanguage(text);
  const lay = layout(text, docLang);
  for (const d of lay.dropped) diagnostics.push({ level: 'info', code: 'not-a-sentence', message: `${d.why}: ${d.line.slice(0, 80)}`, start: d.start });
  const date = opts.date ?? findDate(text);
  const sentences: SentenceOut[] = [];
  const commitments: Commitment[] = [];
  const perParagraph = lay.paragraphs.map((p) => {
    const lang = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLanguage(p.text);
    return { p, lang, spans: splitSentences(p, lang) };
  });
  const opening = perParagraph.slice(0, 3).flatMap((x) => x.spans.slice(0, 2).map((s) => s.text));
  const title = opts.title ?? lay.title;
  const parties = opts.parties?.length ? opts.parties : plugins[docLang].partiesOf(title, [...lay.header, ...opening], date);
  if (!parties.length) diagnostics.push({ level: 'warning', code: 'no-parties', message: 'No parties found in the title or opening sentence; "the two sides" and 双方 resolve to nobody. Pass --parties CN,RU.' });
  const langs = new Set(perParagraph.map((x) => x.lang));
  let previousDomains: string[] = [];
  perParagraph.forEach(({ lang, spans }, paragraph) => {
    let previousActors: string[] | null = null;
    for (const span of spans) {
      const index = sentences.length;
      sentences.push({ index, text: span.text, start: span.start, end: span.end, paragraph });
      const result = plugins[lang].extract({ index, text: span.text, map: span.map }, { parties, previousActors, previousDomains, date });
      commitments.push(...result.commitments);
      diagnostics.push(...result.diagnostics);
      if (!result.commitments.length) diagnostics.push({ level: 'info', code: 'no-commitment', message: 'no policy field or forum found', sentence: index });
      previousActors = result.actors;
      if (result.domains.length) previousDomains = result.domains;
    }
  });
  if (!sentences.length) diagnostics.push({ level: 'warning', code: 'no-sentences', message: 'The text has no sentence (only titles, headings or notes).' });
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    document: {
      id, title, language: langs.size > 1 ? 'mixed' : docLang, parties, source: opts.source ?? '',
      encoding: 'utf-8', translationOf: opts.translationOf ?? null, date,
    },
    sentences, commitments, diagnostics,
  };
}

/** Decodes bytes (UTF-8 with or without BOM, UTF-16, GB18030) and extracts. Throws InputError for unusable input. */
export function extractBytes(bytes: Uint8Array, opts: ExtractOptions = {}): ExtractResult {
  const source = opts.source ?? 'input';
  const decoded = decode(source, bytes, opts);
  const result = extractText(decoded.text, { ...opts, source });
  result.document.encoding = decoded.encoding + (decoded.bom ? ' (BOM)' : '');
  if (decoded.replaced) result.diagnostics.unshift({ level: 'warning', code: 'invalid-bytes-replaced', message: `${decoded.replaced} invalid byte sequence(s) replaced by U+FFFD` });
  return result;
}
