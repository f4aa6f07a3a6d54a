/**
 * Longest-leftmost dictionary matching. Chinese matches anywhere; English matches whole words,
 * ignoring case unless a term is written in capitals (`WHO` must not match "who").
 *
 * Entries are grouped by what a match must start with: in Chinese a trie of characters, in English
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
  /** Chinese: a trie by character code (no string made per position of the text, and a common
   * first character such as 中 costs one step per character matched, not one comparison per key). */
  private readonly root: CharNode<T> = { next: new Map(), key: null, value: undefined };
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
        addChars(this.root, key, value);
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
      let node: CharNode<T> | undefined = this.root;
      let found: CharNode<T> | null = null;
      for (let j = i; j < text.length; j++) {
        node = node.next?.get(text.charCodeAt(j));
        if (!node) break;
        if (node.key !== null) found = node;
      }
      if (found) {
        const end = i + found.key!.length;
        out.push({ start: i, end, value: found.value as T, surface: found.key! });
        i = end;
      } else i++;
    }
    return out;
  }

  private findWords(text: string): Match<T>[] {
    const out: Match<T>[] = [];
    const { lower, starts, words, written, less1s, less2s } = wordsOf(text);
    let resume = 0;
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k];
      if (i < resume) continue;
      const word = words[k];
      const exact = written[k] === null ? undefined : this.exact.get(written[k]!);
      const folded = this.folded.get(word);
      // One-word plurals: the word without its -s or -es.
      const less1 = less1s[k] === null ? undefined : this.folded.get(less1s[k]!);
      const less2 = less2s[k] === null ? undefined : this.folded.get(less2s[k]!);
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

interface CharNode<T> {
  next: Map<number, CharNode<T>> | null;
  /** the key that ends here, if one does */
  key: string | null;
  value: T | undefined;
}

/** Files a key under the trie; of two equal keys the first added stays (as the longest-first lists keep it). */
function addChars<T>(root: CharNode<T>, key: string, value: T): void {
  let node = root;
  for (let j = 0; j < key.length; j++) {
    const code = key.charCodeAt(j);
    node.next ??= new Map();
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = { next: null, key: null, value: undefined }));
    node = child;
  }
  if (node.key === null) {
    node.key = key;
    node.value = value;
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
    // The keys of a list share their first words: their last character rules most of them out at once.
    if (hay.charCodeAt(i + key.length - 1) !== key.charCodeAt(key.length - 1) || !hay.startsWith(key, i)) continue;
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
  /** each word folded to lower case */
  words: string[];
  /** each word as written where it starts with a capital or digit (keys in capitals match only those), else null */
  written: (string | null)[];
  /** each folded word ending in -s without it, else null */
  less1s: (string | null)[];
  /** each folded word ending in -es without it, else null */
  less2s: (string | null)[];
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
  const found: Words = { text, lower, starts: [], words: [], written: [], less1s: [], less2s: [] };
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    found.starts.push(m.index);
    // Where lower case changes a text's length ('İ' → 'i̇'), each word is folded on its own.
    const word = lower.length === text.length ? lower.slice(m.index, m.index + m[0].length) : m[0].toLowerCase();
    found.words.push(word);
    const c0 = m[0].charCodeAt(0);
    found.written.push((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) ? m[0] : null);
    const plural = word.charCodeAt(word.length - 1) === 115;
    found.less1s.push(plural ? word.slice(0, -1) : null);
    found.less2s.push(plural && word.charCodeAt(word.length - 2) === 101 ? word.slice(0, -2) : null);
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
