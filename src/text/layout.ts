/**
 * Page layout repair: turns the lines of a web page or PDF dump into paragraphs of running text.
 * Lines without sentence-final punctuation run on into the next line (PDFs break paragraphs and
 * even words); titles, section numbers, navigation lines and notes such as `未完 下期待续` are
 * set aside. Every character of a paragraph keeps its offset into the original text.
 */
export type Lang = 'zh' | 'en';

export interface Paragraph {
  /** Cleaned text: stray spaces between Chinese characters removed, white space folded. */
  text: string;
  /** map[i] = offset in the original text of text[i]; map[text.length] = end offset. */
  map: number[];
}

export interface Layout {
  title: string | null;
  /** Leading lines that are not sentences (navigation, datelines), kept for party detection. */
  header: string[];
  paragraphs: Paragraph[];
  dropped: { line: string; start: number; why: string }[];
}

const FINAL = /[。！？!?.…;；:：]["'”’」』）)\]]*$/;
const NOTE = /^(未完|待续|（完）|\(完\)|责任编辑|来源[:：]|\[?\s*end\s*\]?$|\(end\)$)|未完.{0,3}待续/i;
const SECTION_ZH = /^([（(][一二三四五六七八九十百零\d]+[)）]|[一二三四五六七八九十百零]+[、.．]?|\d+[、.．)）]?)(\S{0,14})?$/;
const SECTION_EN = /^((part|section|chapter)\s+)?([ivxlcdm]+|\d+|[a-z])[.)]?(\s+\S.{0,40})?$/i;
const TITLE_WORD = /声明|宣言|公报|纪要|讲话|联合|会议|statement|declaration|communiqu|joint|meeting|summit|remarks|treaty|agreement/i;
const LIST_MARK = /^\s*(\d{1,3}[.、)）]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}、\s*|[•·\-–—*]\s+)/;

const isCjk = (c: string | undefined): boolean => !!c && /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2014\u2018-\u201d\u2026]/.test(c);

interface Line { text: string; start: number }

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield { text: text.slice(start, end).replace(/\r$/, ''), start };
    start = end + 1;
  }
}

/** Folds white space; in Chinese drops it wherever a Chinese character or punctuation is beside it. */
function clean(parts: Line[], lang: Lang): Paragraph {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  let end = 0;
  for (let p = 0; p < parts.length; p++) {
    const { text: line, start } = parts[p];
    if (p > 0 && lang === 'en' && text) pendingSpace = pendingSpace < 0 ? start - 1 : pendingSpace;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (/\s/.test(c)) {
        if (text && pendingSpace < 0) pendingSpace = start + i;
        continue;
      }
      if (pendingSpace >= 0) {
        const prev = text[text.length - 1];
        if (!(lang === 'zh' && (isCjk(prev) || isCjk(c)))) { text += ' '; map.push(pendingSpace); }
        pendingSpace = -1;
      }
      text += c;
      map.push(start + i);
      end = start + i + 1;
    }
  }
  map.push(end);
  return { text, map };
}

export function layout(text: string, lang: Lang): Layout {
  const result: Layout = { title: null, header: [], paragraphs: [], dropped: [] };
  const lines = [...linesOf(text)].map((l) => {
    const lead = l.text.length - l.text.trimStart().length;
    return { text: l.text.trim(), start: l.start + lead };
  }).filter((l) => l.text !== '');

  // Leading lines up to the first one that is a sentence: title, navigation, dateline.
  let i = 0;
  const headerLines: Line[] = [];
  while (i < lines.length && !FINAL.test(lines[i].text) && headerLines.length < 8) {
    const next = lines[i + 1];
    // A long unpunctuated first line followed by lower-case text is a broken paragraph, not a title.
    if (lang === 'en' && next && /^[a-z]/.test(next.text)) break;
    if (lang === 'zh' && (lines[i].text.length > 60 || /^(双方|两国|我们|各方|中方|俄方)/.test(lines[i].text) || (headerLines.some((h) => TITLE_WORD.test(h.text)) && lines[i].text.length > 15))) break;
    headerLines.push(lines[i]);
    i++;
  }
  if (i === lines.length) { i = 0; headerLines.length = 0; } // no sentence at all: treat every line as text
  for (const h of headerLines) result.header.push(h.text);
  const titled = headerLines.filter((h) => TITLE_WORD.test(h.text) && !/^[\d\s,.-]+$/.test(h.text));
  const titleLine = titled.length ? titled[titled.length - 1] : headerLines.reduce<Line | null>((a, b) => (a && a.text.length >= b.text.length ? a : b), null);
  result.title = titleLine ? titleLine.text : null;
  for (const h of headerLines) result.dropped.push({ line: h.text, start: h.start, why: h === titleLine ? 'title' : 'header line' });

  let pending: Line[] = [];
  const flush = () => {
    if (pending.length) {
      const para = clean(pending, lang);
      if (para.text) result.paragraphs.push(para);
    }
    pending = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (NOTE.test(line.text)) { result.dropped.push({ line: line.text, start: line.start, why: 'note' }); continue; }
    const section = lang === 'zh' ? SECTION_ZH : SECTION_EN;
    if (!FINAL.test(line.text) && section.test(line.text) && !(lang === 'zh' && pending.length && line.text.length > 3)) {
      result.dropped.push({ line: line.text, start: line.start, why: 'section heading' });
      continue;
    }
    let { text: t, start } = line;
    if (pending.length === 0) {
      const mark = LIST_MARK.exec(t);
      if (mark && t.length > mark[0].length) { start += mark[0].length; t = t.slice(mark[0].length); }
    }
    pending.push({ text: t, start });
    if (FINAL.test(t)) { flush(); continue; }
    const next = lines[i + 1];
    const runsOn = !next ? false
      : lang === 'zh' ? true
      : /^[a-z(]/.test(next.text) || t.length >= 50 || /[.!?]\s/.test(t);
    if (!runsOn) {
      // A short unpunctuated line in the middle of English text: a heading.
      if (pending.length === 1 && lang === 'en' && t.length < 50) {
        pending = [];
        result.dropped.push({ line: t, start, why: 'heading' });
        continue;
      }
      flush();
    }
  }
  flush();
  return result;
}
