/**
 * Longest-leftmost dictionary matching. Chinese matches anywhere; English matches whole words,
 * ignoring case unless a term is written in capitals (`WHO` must not match "who").
 *
 * Entries are grouped by what a match must start with: in Chinese the first character, in English
 * the whole first word (so a word of the text is looked up once, not compared with every entry
 * sharing its first letter).
 */
export interface Match<T> {
  start: number;
  end: number;
  value: T;
  surface: string;
}

interface Entry<T> {
  key: string;
  value: T;
}

/** English keys that start with one word: those of that one word, and the longer ones by their second word. */
interface Group<T> {
  one: Entry<T>[];
  next: Map<string, Entry<T>[]>;
}

export class TermMatcher<T> {
  /** English: keys by their first word, folded to lower case. */
  private readonly folded = new Map<string, Group<T>>();
  /** English: keys written in capitals (`WHO`), by their first word as written; they match that case only. */
  private readonly exact = new Map<string, Group<T>>();
  /** Chinese: entries by the code of their first character (no string made per position of the text). */
  private readonly byCode = new Map<number, Entry<T>[]>();
  constructor(
    entries: Iterable<[string, T]>,
    private readonly words: boolean,
  ) {
    const lists: Entry<T>[][] = [];
    const listOf = <K>(map: Map<K, Entry<T>[]>, k: K) => {
      let list = map.get(k);
      if (!list) {
        map.set(k, (list = []));
        lists.push(list);
      }
      return list;
    };
    for (const [term, value] of entries) {
      if (!term) continue;
      const exact = words && /^[A-Z0-9][A-Z0-9.&-]*$/.test(term);
      const key = exact || !words ? term : term.toLowerCase();
      if (!words) {
        listOf(this.byCode, key.charCodeAt(0)).push({ key, value });
        continue;
      }
      // Keys of two or more words are filed under their first two words, so a common first word
      // ("the") does not make every occurrence try thousands of entries.
      const first = firstWord(key, 0);
      const second = nextWord(key, first.length);
      const groups = exact ? this.exact : this.folded;
      let group = groups.get(first);
      if (!group) {
        groups.set(first, (group = { one: [], next: new Map() }));
        lists.push(group.one);
      }
      (second ? listOf(group.next, second) : group.one).push({ key, value });
    }
    for (const list of lists) list.sort((a, b) => b.key.length - a.key.length);
  }

  find(text: string): Match<T>[] {
    return this.words ? this.findWords(text) : this.findChars(text);
  }

  private findChars(text: string): Match<T>[] {
    const out: Match<T>[] = [];
    for (let i = 0; i < text.length;) {
      const list = this.byCode.get(text.charCodeAt(i));
      let hit: Match<T> | null = null;
      if (list)
        for (const { key, value } of list) {
          if (text.startsWith(key, i)) {
            hit = { start: i, end: i + key.length, value, surface: key };
            break;
          }
        }
      if (hit) {
        out.push(hit);
        i = hit.end;
      } else i++;
    }
    return out;
  }

  private findWords(text: string): Match<T>[] {
    const out: Match<T>[] = [];
    const { lower, starts, ends, words } = wordsOf(text);
    let resume = 0;
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k];
      if (i < resume) continue;
      const w = ends[k];
      const word = words[k];
      const c0 = text.charCodeAt(i);
      const exact = (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) ? this.exact.get(text.slice(i, w)) : undefined;
      const folded = this.folded.get(word);
      // One-word plurals: the word without its -s or -es.
      const plural = lower.charCodeAt(w - 1) === 115;
      const less1 = plural ? this.folded.get(word.slice(0, -1)) : undefined;
      const less2 = plural && lower.charCodeAt(w - 2) === 101 ? this.folded.get(word.slice(0, -2)) : undefined;
      if (!exact && !folded && !less1 && !less2) continue; // no key starts with this word
      // One-word keys (exact case for abbreviations, the folded word, its singular), then keys of
      // two or more words by the first two words of the text (the second also singular:
      // "infectious diseases"). The longest match wins; between equals, the first found.
      let hit = longest(exact?.one, text, text, lower, i, null);
      hit = longest(folded?.one, lower, text, lower, i, hit);
      hit = longest(less1?.one, lower, text, lower, i, hit);
      hit = longest(less2?.one, lower, text, lower, i, hit);
      if (exact?.next.size || folded?.next.size) {
        const second = words[k + 1] ?? '';
        if (second) {
          const forms = second.endsWith('es') ? 3 : second.endsWith('s') ? 2 : 1;
          for (let cut = 0; cut < forms; cut++) {
            const s2 = cut === 0 ? second : second.slice(0, -cut);
            hit = longest(exact?.next.get(s2), text, text, lower, i, hit);
            hit = longest(folded?.next.get(s2), lower, text, lower, i, hit);
          }
        }
      }
      if (hit) {
        out.push(hit);
        resume = hit.end; // matches start at word starts only, after the last match
      }
    }
    return out;
  }
}

/**
 * The longest key of `list` (sorted longest first) at `i` of `hay` (the text as written for keys in
 * capitals, else folded) as a whole word, if longer than `hit`.
 */
function longest<T>(
  list: Entry<T>[] | undefined,
  hay: string,
  text: string,
  lower: string,
  i: number,
  hit: Match<T> | null,
): Match<T> | null {
  if (!list) return hit;
  const n = text.length;
  for (const { key, value } of list) {
    if (hit && hit.end - hit.start >= key.length) break;
    if (!hay.startsWith(key, i)) continue;
    let end = i + key.length;
    // English plurals: "infectious disease" also matches "infectious diseases".
    if (end < n && isWord(text.charCodeAt(end))) {
      if (lower.startsWith('es', end) && !isWord(text.charCodeAt(end + 2))) end += 2;
      else if (lower.charCodeAt(end) === 115 && !isWord(text.charCodeAt(end + 1))) end += 1;
    }
    if (end < n && isWord(text.charCodeAt(end))) continue;
    if (!hit || end - i > hit.end - hit.start) hit = { start: i, end, value, surface: text.slice(i, end) };
    break;
  }
  return hit;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

interface Words {
  text: string;
  lower: string;
  starts: number[];
  ends: number[];
  /** each word folded to lower case */
  words: string[];
}
let lastWords: Words | null = null;

/**
 * The words of a text, found by one regular expression pass (a loop over every character in
 * JavaScript went quadratic on some runs: seconds instead of milliseconds on the same 30,000
 * characters of punctuation and one-letter words, depending on how V8 optimised it). The last
 * text's words are kept: the extractor runs a dozen dictionaries over each clause in turn, and the
 * same word strings also keep their hashes for the dictionaries' lookups.
 */
function wordsOf(text: string): Words {
  if (lastWords?.text === text) return lastWords;
  const lower = text.toLowerCase();
  const found: Words = { text, lower, starts: [], ends: [], words: [] };
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    found.starts.push(m.index);
    found.ends.push(m.index + m[0].length);
    // Where lower case changes a text's length ('İ' → 'i̇'), each word is folded on its own.
    found.words.push(lower.length === text.length ? lower.slice(m.index, m.index + m[0].length) : m[0].toLowerCase());
  }
  return (lastWords = found);
}
const NEXT_WORD = /[^\p{L}\p{N}]+([\p{L}\p{N}]+)/uy;

/** The word after the one ending at `from` (skipping what separates them), or '' at the end. */
function nextWord(s: string, from: number): string {
  NEXT_WORD.lastIndex = from;
  return NEXT_WORD.exec(s)?.[1].toLowerCase() ?? '';
}

/** The run of letters and digits starting at `from`. */
function firstWord(s: string, from: number): string {
  let end = from;
  while (end < s.length && isWord(s.charCodeAt(end))) end++;
  return s.slice(from, end);
}

const OTHER_WORD = /[\p{L}\p{N}]/u;
/** Letters and digits (ASCII fast path; other scripts by Unicode property). */
function isWord(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return OTHER_WORD.test(String.fromCharCode(code));
}
