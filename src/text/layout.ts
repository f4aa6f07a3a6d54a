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
  map: Int32Array;
}

const FINAL = /[。！？!?.…;；:：]["'”’」』）)\]]*$/;
const NOTE =
  /^(未完|待续|（完）|\(完\)|责任编辑|[（(]?来源[:：][^）)]{0,40}[)）]?|新华社[^\s，。]{1,12}?\d{1,2}月\d{1,2}日电(（[^）]{0,24}）)?|[A-Z][A-Z .'-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*\/(TASS|Xinhua|RIA Novosti)\/\.?|\[?\s*end\s*\]?$|\(end\)$)|未完.{0,3}待续|【责任编辑[^】]{0,20}】/i;
const SECTION_ZH =
  /^([（(][一二三四五六七八九十百零\d]+[)）]|[一二三四五六七八九十百零]+[、.．]?|\d+[、.．)）]?|第[一二三四五六七八九十百零\d]+(?:条|章|节|部分)[ \u3000]*)(\S{0,14})?$/;
const SECTION_EN = /^((part|section|chapter|article)\s+)?([ivxlcdm]+|\d+|[a-z])[.)]?(\s+\S.{0,40})?$/i;
const TITLE_WORD =
  /声明|宣言|公报|纪要|讲话|联合|会议|statement|declaration|communiqu|joint|meeting|summit|remarks|treaty|agreement/i;
// A site's section labels ("Statements and remarks", "Press release", 新闻稿): navigation, not a title.
const NAV_LINE =
  /^(statements?(\s+and\s+(remarks|speeches))?|press\s+releases?|press\s+statements?|remarks|speeches|news|meetings|新闻稿|讲话|声明公报|外交动态|新闻)$/i;
// "Source: Xinhua | 2024-04-09 17:32:05 | Editor: huaxia", 来源：新华网: a page's source line, never its title.
const SOURCE_LINE = /\b(Source|Editor|Updated|Published)\s*:|来源[:：]|编辑[:：]|\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}/i;
const LIST_MARK =
  /^\s*([\d０-９]{1,3}[.．、)）]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}[、．]\s*|[•·\-–—*]\s+)/;

const isCjk = (c: string | undefined): boolean =>
  !!c && /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2014\u2018-\u201d\u2026]/.test(c);

export interface Line {
  text: string;
  start: number;
}

const MAX_HEADER = 260;
/** Where and when a text was signed ("Signed in Jakarta on 10 March 2023, in duplicate…", 本备忘录于…签署，一式两份): no sentence. */
const SIGNATURE =
  /^(Signed|Done|Done and signed)\s+(at|in)\s+[^.;]{1,80}?\b(on|this)\b[^.;]{0,40}\d{4}|^[^。；]{0,40}(签署|签订|签字)[^。；]{0,12}一式[一二三四五六七八九十两多]+份|^(For|On behalf of)\s+the\s+[A-Z][^—–]{2,60}\s[—–-]{1,2}\s+[A-Z]|^[^。；，]{0,30}政府代表[^。；，]{1,20}[（(][^）)]{1,20}[)）]|^[^。；，]{4,80}?\d{4}年\d{1,2}月\d{1,2}日于[\u4e00-\u9fa5]{2,8}\s*$/i;
// A scraped page's furniture: its source, editor and download lines, print buttons, tags, a news agency's
// dateline standing alone ("BEIJING, May 16. /TASS/."); and (capsHeading) a heading in capitals.
const FURNITURE =
  /^(Source|Editor|Download|Read more|Tags|Related|Share|Print)\s*:|\[(Print|Close)\]|^[A-Z][A-Z .'-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*[/(](TASS|Xinhua|RIA Novosti|Reuters|AFP|AP)[/)]\.?\s*$/;
/** A page number alone on its line, its spaces folded to one: — 1 —, "Page 3 of 10", 第2页, "[1] [2] [Next Page]". */
const PAGE_NUMBER =
  /^(?:[-—–－]{1,2} ?)?\d{1,4}(?: ?[-—–－]{1,2})?$|^Page \d{1,4}(?: of \d{1,4})?$|^第 ?\d{1,4} ?页(?: ?[/／共] ?\d{1,4} ?页?)?$|^(?:\[\d{1,3}\] ?){1,20}(?:\[Next Page\])?$/i;
const pageNumber = (t: string) => t.length < 120 && PAGE_NUMBER.test(t.trim().replace(/\s+/g, ' '));
/** A heading in capitals: five words or more, no lower-case letter. */
const capsHeading = (t: string) => !/[a-z]/.test(t) && /[A-Z]{2}/.test(t) && t.trim().split(/\s+/).length >= 5;
const NOTES = new RegExp(NOTE.source, 'gi');
const SENTENCE_END = /[。！？!?.]/;

/**
 * The line without its notes, if what is left holds a sentence end (else the whole line is the
 * note: `责任编辑：张三`, `来源：新华社`). Notes are blanked with spaces, so offsets hold.
 */
function withoutNotes(line: Line): { line: Line | null; notes: Line[] } {
  const notes: Line[] = [];
  const text = line.text.replace(NOTES, (m, ...rest) => {
    const at = rest[rest.length - 2] as number;
    if (m) notes.push({ text: m, start: line.start + at });
    return ' '.repeat(m.length);
  });
  if (!SENTENCE_END.test(text)) return { line: null, notes: [] };
  const lead = text.length - text.trimStart().length;
  return { line: { text: text.trim(), start: line.start + lead }, notes };
}

/** The lines of an in-memory text, with their offsets. */
export function* linesOf(text: string): Generator<Line> {
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
  // Pieces are gathered and joined once: a string grown a character at a time is a deep rope in
  // V8, and reading it character by character later costs a tree walk per character.
  const pieces: string[] = [];
  // One offset per character of the result: at most one per character of the lines, a space between lines, the end.
  let bound = parts.length + 1;
  for (const part of parts) bound += part.text.length;
  const map = new Int32Array(bound);
  let m = 0;
  let pendingSpace = -1;
  let end = 0;
  let prev = '';
  for (let p = 0; p < parts.length; p++) {
    const { text: line, start } = parts[p];
    if (p > 0 && lang === 'en' && prev) pendingSpace = pendingSpace < 0 ? start - 1 : pendingSpace;
    let i = 0;
    while (i < line.length) {
      if (isSpace(line.charCodeAt(i))) {
        if (prev && pendingSpace < 0) pendingSpace = start + i;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < line.length && !isSpace(line.charCodeAt(j))) j++;
      if (pendingSpace >= 0) {
        if (!(lang === 'zh' && (isCjk(prev) || isCjk(line[i])))) {
          pieces.push(' ');
          map[m++] = pendingSpace;
        }
        pendingSpace = -1;
      }
      pieces.push(line.slice(i, j));
      for (let k = i; k < j; k++) map[m++] = start + k;
      end = start + j;
      prev = line[j - 1];
      i = j;
    }
  }
  map[m++] = end;
  return { text: pieces.join(''), map: map.subarray(0, m) };
}

const SPACE = /\s/;
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && SPACE.test(String.fromCharCode(code));
}

export type LayoutEvent =
  | { kind: 'header'; line: string; start: number; title: boolean }
  | { kind: 'dropped'; line: string; start: number; why: string }
  | { kind: 'paragraph'; para: Paragraph };

/** A small lookahead over non-blank, trimmed lines. */
function peekable(lines: Iterable<Line>) {
  const it = lines[Symbol.iterator]();
  const buffer: Line[] = [];
  const pull = (): boolean => {
    for (let r = it.next(); !r.done; r = it.next()) {
      const t = r.value.text.trim();
      if (t) {
        buffer.push({ text: t, start: r.value.start + (r.value.text.length - r.value.text.trimStart().length) });
        return true;
      }
    }
    return false;
  };
  return {
    peek: (k = 0): Line | undefined => {
      while (buffer.length <= k && pull());
      return buffer[k];
    },
    take: (): Line | undefined => {
      if (!buffer.length) pull();
      return buffer.shift();
    },
  };
}

/**
 * Streams layout events over lines: first the leading header lines (title, navigation, dateline),
 * then paragraphs and dropped lines in order. Only a paragraph at a time is held in memory.
 */
export function* layoutStream(lines: Iterable<Line>, lang: Lang): Generator<LayoutEvent> {
  const src = peekable(lines);
  const headerLines: Line[] = [];
  while (src.peek() && !FINAL.test(src.peek()!.text) && headerLines.length < 8) {
    const line = src.peek()!;
    const next = src.peek(1);
    // A long unpunctuated first line followed by lower-case text is a broken paragraph, not a title.
    if (lang === 'en' && next && /^[a-z]/.test(next.text)) break;
    // Titles are short: a long line is running text whatever its ending (a one-line document).
    if (line.text.length > MAX_HEADER) break;
    // A line that ends in a comma goes on in the next one: a preamble ("The Ministries of …,",
    // "Desiring to …,"), not a title.
    if (/[,，、]["'”’)）]*$/.test(line.text)) break;
    if (
      lang === 'zh' &&
      (line.text.length > 60 ||
        /^(双方|两国|我们|各方|中方|俄方)/.test(line.text) ||
        (headerLines.some((h) => TITLE_WORD.test(h.text)) && line.text.length > 15))
    )
      break;
    headerLines.push(src.take()!);
  }
  let replay: Line[] = [];
  if (!src.peek()) replay = headerLines.splice(0); // no sentence at all: every line is text
  const titled = headerLines.filter(
    (h) => TITLE_WORD.test(h.text) && !/^[\d\s,.-]+$/.test(h.text) && !NAV_LINE.test(h.text),
  );
  const titleLine = titled.length
    ? titled[titled.length - 1]
    : headerLines
        .filter((h) => !SOURCE_LINE.test(h.text))
        .reduce<Line | null>((a, b) => (a && a.text.length >= b.text.length ? a : b), null);
  for (const h of headerLines) yield { kind: 'header', line: h.text, start: h.start, title: h === titleLine };

  let pending: Line[] = [];
  const flush = function* (): Generator<LayoutEvent> {
    if (pending.length) {
      const para = clean(pending, lang);
      if (para.text) yield { kind: 'paragraph', para };
    }
    pending = [];
  };
  const section = lang === 'zh' ? SECTION_ZH : SECTION_EN;
  const nextLine = () => (replay.length ? replay.shift() : src.take());
  const peekLine = () => (replay.length ? replay[0] : src.peek());
  for (let line = nextLine(); line; line = nextLine()) {
    if (NOTE.test(line.text)) {
      // A note shares its line with sentences (`…发展。未完待续`): the note goes, the sentences stay.
      const kept = withoutNotes(line);
      for (const n of kept.notes) yield { kind: 'dropped', line: n.text, start: n.start, why: 'note' };
      if (!kept.line) {
        if (!kept.notes.length) yield { kind: 'dropped', line: line.text, start: line.start, why: 'note' };
        continue;
      }
      line = kept.line;
    }
    if (FURNITURE.test(line.text) || capsHeading(line.text) || pageNumber(line.text)) {
      yield* flush();
      yield { kind: 'dropped', line: line.text, start: line.start, why: 'page furniture' };
      continue;
    }
    if (SIGNATURE.test(line.text)) {
      yield* flush();
      yield { kind: 'dropped', line: line.text, start: line.start, why: 'signature line' };
      continue;
    }
    if (
      !FINAL.test(line.text) &&
      section.test(line.text) &&
      !(lang === 'zh' && pending.length && line.text.length > 3)
    ) {
      yield { kind: 'dropped', line: line.text, start: line.start, why: 'section heading' };
      continue;
    }
    let { text: t, start } = line;
    if (pending.length === 0) {
      const mark = LIST_MARK.exec(t);
      if (mark && t.length > mark[0].length) {
        start += mark[0].length;
        t = t.slice(mark[0].length);
      }
    }
    pending.push({ text: t, start });
    if (FINAL.test(t)) {
      yield* flush();
      continue;
    }
    const next = peekLine();
    const runsOn = !next
      ? false
      : lang === 'zh'
        ? true
        : /^[a-z(]/.test(next.text) || t.length >= 50 || /[.!?]\s/.test(t);
    if (!runsOn) {
      // A short unpunctuated line in the middle of English text: a heading.
      if (pending.length === 1 && lang === 'en' && t.length < 50) {
        pending = [];
        yield { kind: 'dropped', line: t, start, why: 'heading' };
        continue;
      }
      yield* flush();
    }
  }
  yield* flush();
}
