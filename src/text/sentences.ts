import type { Paragraph } from './layout.ts';

export interface SentenceSpan {
  text: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Offset of each character of `text` in the original (length text.length + 1). */
  map: Int32Array;
  /** Set when the sentence was cut off at MAX_SENTENCE characters (see splitSentences). */
  cut?: 'clause' | 'space' | 'hard';
}

/**
 * No sentence is longer than this: a run past it (a page without a full stop, an unclosed quote)
 * is cut at the last clause mark (，；,;) before the limit, else at the last space, else at the
 * limit, and the piece says how it was cut. This keeps the work per sentence bounded, and so the
 * whole extraction linear in the size of the text. Real sentences stay far below it (the longest
 * in the gold files and the corpus pool has 818 characters).
 */
export const MAX_SENTENCE = 2000;
/** Brackets and quotes nested deeper than this are not tracked (they still print as text). */
export const MAX_NESTING = 32;
const CLAUSE_MARKS = new Set(['，', '；', ',', ';', '、', '：', ':'].map((c) => c.charCodeAt(0)));

// Character codes (reading codes, not one-character strings, keeps this loop allocation-free).
const OPEN = new Map(
  [
    ['“', '”'],
    ['「', '」'],
    ['『', '』'],
    ['《', '》'],
    ['（', '）'],
    ['(', ')'],
    ['[', ']'],
    ['‘', '’'],
  ].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]),
);
const CLOSERS = new Set(OPEN.values());
const ZH_END = new Set(['。', '！', '？', '!', '?'].map((c) => c.charCodeAt(0)));
// What each character code may do, looked up once per character of a paragraph (a typed array, not three hash lookups).
const OPENS = 1,
  CLOSES = 2,
  ENDS = 4;
const ROLE = new Uint8Array(65536);
for (const c of OPEN.keys()) ROLE[c] |= OPENS;
for (const c of CLOSERS) ROLE[c] |= CLOSES;
for (const c of ZH_END) ROLE[c] |= ENDS;
const LEFT_SINGLE = 0x2018,
  STRAIGHT = 0x22,
  DOT = 0x2e;
const EN_ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Art|Arts|para|paras|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Gen|Gov|Sen|Rep|Amb|Hon|H\.E|e\.g|i\.e|U\.S|U\.K|U\.N)|\b[A-Z])\.$/;

/**
 * Splits a paragraph into sentences at sentence-final punctuation outside quotation marks and
 * brackets. A run of more than 400 characters inside an unclosed quote is treated as unquoted,
 * so one stray mark cannot swallow a page.
 */
export function splitSentences(para: Paragraph, lang: 'zh' | 'en'): SentenceSpan[] {
  const { text, map } = para;
  const out: SentenceSpan[] = [];
  const stack: number[] = [];
  let openedAt = 0;
  let from = 0;
  let straightQuote = false;
  const push = (a: number, b: number, cut?: SentenceSpan['cut']) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) {
      const own = new Int32Array(b - a + 1);
      own.set(map.subarray(a, b));
      own[b - a] = map[b - 1] + 1;
      out.push({ text: text.slice(a, b), start: map[a], end: map[b - 1] + 1, map: own, ...(cut ? { cut } : {}) });
    }
  };
  const emit = (to: number) => {
    let a = from;
    while (to - a > MAX_SENTENCE) {
      const limit = a + MAX_SENTENCE;
      // The search looks back over the last half of the window only, so each character is looked at
      // a bounded number of times.
      let cutAt = -1,
        how: SentenceSpan['cut'] = 'hard';
      for (let k = limit - 1; k > a + MAX_SENTENCE / 2; k--)
        if (CLAUSE_MARKS.has(text.charCodeAt(k))) {
          cutAt = k + 1;
          how = 'clause';
          break;
        }
      if (cutAt < 0)
        for (let k = limit - 1; k > a + MAX_SENTENCE / 2; k--)
          if (text.charCodeAt(k) === 32) {
            cutAt = k + 1;
            how = 'space';
            break;
          }
      if (cutAt < 0) cutAt = limit - (text.charCodeAt(limit) >= 0xdc00 && text.charCodeAt(limit) <= 0xdfff ? 1 : 0); // not inside a surrogate pair
      push(a, cutAt, how);
      a = cutAt;
    }
    push(a, to);
    from = to;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const role = ROLE[c];
    if (role === 0 && c !== STRAIGHT && c !== DOT) {
      if (stack.length && i - openedAt > 400) stack.length = 0;
      continue;
    }
    if (role & OPENS && !(c === LEFT_SINGLE && lang === 'en')) {
      if (!stack.length) openedAt = i;
      if (stack.length < MAX_NESTING) stack.push(OPEN.get(c)!);
      continue;
    }
    if (c === STRAIGHT) {
      straightQuote = !straightQuote;
      continue;
    }
    if (role & CLOSES) {
      const k = stack.lastIndexOf(c);
      if (k >= 0) stack.length = k;
      continue;
    }
    if (stack.length && i - openedAt > 400) stack.length = 0;
    if (stack.length || (straightQuote && lang === 'zh')) continue;
    let ends = false;
    if (role & ENDS) {
      // English "!" and "?" end a sentence before white space or the end, after any closing quotes
      // ('the theme "TURKTIME!".' goes on to its full stop).
      let k = i + 1;
      while (k < text.length && (CLOSERS.has(text.charCodeAt(k)) || text.charCodeAt(k) === STRAIGHT)) k++;
      ends = lang === 'zh' || k >= text.length || /\s/.test(text[k]);
    } else if (c === DOT && lang === 'en') {
      const rest = text.slice(i + 1, i + 4);
      ends =
        (rest === '' || /^\s+["“(]?[A-Z0-9]/.test(rest) || /^["”]\s/.test(rest)) &&
        !EN_ABBREV.test(text.slice(Math.max(0, i - 5), i + 1));
    }
    if (!ends) continue;
    let j = i + 1;
    while (
      j < text.length &&
      (CLOSERS.has(text.charCodeAt(j)) || text.charCodeAt(j) === STRAIGHT || ZH_END.has(text.charCodeAt(j)))
    )
      j++;
    if (text.charCodeAt(j - 1) === STRAIGHT) straightQuote = false;
    emit(j);
    i = j - 1;
  }
  emit(text.length);
  return out;
}
