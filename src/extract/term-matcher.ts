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

/**
 * English keys made of a head, one space and a tail, every head with every tail ("the Vietnamese" +
 * "Ministry of Foreign Affairs"), each worth its head's value. They match as if each had been filed
 * one by one, but are matched by rule: a few hundred heads and a few tails instead of thousands of
 * keys to file, which cost more to build than most statements cost to read.
 */
export interface Joined<T> {
  heads: Iterable<[string, T]>;
  tails: Iterable<string>;
}

/** English keys that start with one word: those of that one word, and the longer ones by their second word. */
interface Group<T> {
  one: Entry<T>[];
  next: Map<string, Entry<T>[]>;
}

export class TermMatcher<T> {
  /**
   * English: keys by their first word, folded to lower case. A word of the text is looked up as it is
   * and, if it ends in -s or -es, without them (plurals are cut from the text's words when read, not
   * filed for every key: a dictionary of thousands of names costs less to build).
   */
  private readonly folded = new Map<string, Group<T>>();
  /** English: keys written in capitals (`WHO`), by their first word as written; they match that case only. */
  private readonly exact = new Map<string, Group<T>>();
  /** Chinese: a trie by character code (no string made per position of the text, and a common
   * first character such as 中 costs one step per character matched, not one comparison per key). */
  private readonly root: CharNode<T> = newNode();
  /**
   * Chinese: the trie's first level by UTF-16 code unit, as 1 + an index into `firstNodes` (0 where no key
   * starts so): most positions of a text cost one read of this table, and the others no hash lookup.
   */
  private readonly firstIndex = new Uint16Array(65536);
  private readonly firstNodes: CharNode<T>[] = [];
  /** English: the heads of joined keys (folded, longest first) by their first word, and by their second word too; their tails (longest first). */
  private readonly joinedHeads = new Map<string, Group<T>>();
  private readonly joinedTails: string[] = [];
  constructor(
    entries: Iterable<[string, T]>,
    private readonly words: boolean,
    joined?: Joined<T>,
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
    if (words && joined) {
      for (const [head, value] of joined.heads) {
        const key = head.toLowerCase();
        const first = firstWord(key, 0);
        const second = nextWord(key, first.length);
        let group = this.joinedHeads.get(first);
        if (!group) {
          this.joinedHeads.set(first, (group = { one: [], next: new Map() }));
          lists.push(group.one);
        }
        (second ? listOf(group.next, second) : group.one).push({ key, value });
      }
      this.joinedTails.push(...new Set([...joined.tails].map((t) => t.toLowerCase())));
      this.joinedTails.sort((a, b) => b.length - a.length);
    }
    for (const list of lists) list.sort((a, b) => b.key.length - a.key.length);
    if (!words) {
      compact(this.root);
      const first = this.root.next ?? new Map(this.root.codes.map((code, k) => [code, this.root.kids[k]]));
      for (const [code, node] of first) this.firstIndex[code] = this.firstNodes.push(node);
    }
  }

  find(text: string): Match<T>[] {
    return this.words ? this.findWords(text) : this.findChars(text);
  }

  private findChars(text: string): Match<T>[] {
    const out: Match<T>[] = [];
    const { firstIndex, firstNodes } = this;
    for (let i = 0; i < text.length;) {
      const at = firstIndex[text.charCodeAt(i)];
      if (!at) {
        i++;
        continue;
      }
      let node: CharNode<T> | undefined = firstNodes[at - 1];
      let found: CharNode<T> | null = node.key !== null ? node : null;
      for (let j = i + 1; j < text.length; j++) {
        node = child(node, text.charCodeAt(j));
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
    const { lower, starts, words, written, singular1, singular2 } = wordsOf(text);
    let resume = 0;
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k];
      if (i < resume) continue;
      const word = words[k];
      const exact = written[k] === null ? undefined : this.exact.get(written[k]!);
      // One-word plurals: the word without its -s or -es.
      const folded = this.folded.get(word);
      const less1 = singular1[k] === null ? undefined : this.folded.get(singular1[k]!);
      const less2 = singular2[k] === null ? undefined : this.folded.get(singular2[k]!);
      const joined = this.joinedHeads.get(word);
      if (!exact && !folded && !less1 && !less2 && !joined) continue; // no key starts with this word
      // One-word keys (exact case for abbreviations, the folded word, its singular), then keys of
      // two or more words by the first two words of the text (the second also singular:
      // "infectious diseases"). The longest match wins; between equals, the first found.
      let hit = longest(exact?.one, text, text, lower, i, null);
      hit = longest(folded?.one, lower, text, lower, i, hit);
      hit = longest(less1?.one, lower, text, lower, i, hit);
      hit = longest(less2?.one, lower, text, lower, i, hit);
      if (k + 1 < words.length && (exact?.next.size || folded?.next.size))
        for (const second of [words[k + 1], singular1[k + 1], singular2[k + 1]]) {
          if (second === null) continue;
          hit = longest(exact?.next.get(second), text, text, lower, i, hit);
          hit = longest(folded?.next.get(second), lower, text, lower, i, hit);
        }
      if (joined) {
        // A head of one word is followed by a tail's first word; a longer one by its own second word.
        hit = longestJoined([joined.one, this.joinedTails], { text, lower, i }, hit);
        if (k + 1 < words.length)
          hit = longestJoined([joined.next.get(words[k + 1]), this.joinedTails], { text, lower, i }, hit);
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
  /** children by character code: a map where there are many (the root), else `codes` and `kids` side by side */
  next: Map<number, CharNode<T>> | null;
  codes: number[];
  kids: CharNode<T>[];
  /** the key that ends here, if one does */
  key: string | null;
  value: T | undefined;
}

const newNode = <T>(): CharNode<T> => ({ next: null, codes: [], kids: [], key: null, value: undefined });

/** Files a key under the trie; of two equal keys the first added stays (as the longest-first lists keep it). */
function addChars<T>(root: CharNode<T>, key: string, value: T): void {
  let node = root;
  for (let j = 0; j < key.length; j++) {
    const code = key.charCodeAt(j);
    node.next ??= new Map();
    let kid = node.next.get(code);
    if (!kid) node.next.set(code, (kid = newNode()));
    node = kid;
  }
  if (node.key === null) {
    node.key = key;
    node.value = value;
  }
}

/** A node with a few children (most of them) keeps them in two short arrays: a scan beats a hash lookup. */
const FEW = 8;
function compact<T>(node: CharNode<T>): void {
  if (!node.next) return;
  for (const kid of node.next.values()) compact(kid);
  if (node.next.size > FEW) return;
  node.codes = [...node.next.keys()];
  node.kids = [...node.next.values()];
  node.next = null;
}

function child<T>(node: CharNode<T>, code: number): CharNode<T> | undefined {
  if (node.next) return node.next.get(code);
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.kids[k];
  return undefined;
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
  for (const { key, value } of list) {
    if (hit && hit.end - hit.start >= key.length) break;
    // The keys of a list share their first words: their last character rules most of them out at once.
    if (hay.charCodeAt(i + key.length - 1) !== key.charCodeAt(key.length - 1) || !hay.startsWith(key, i)) continue;
    // English plurals: "infectious disease" also matches "infectious diseases".
    const end = wordEnd(text, lower, i + key.length);
    if (end < 0) continue;
    if (!hit || end - i > hit.end - hit.start) hit = { start: i, end, value, surface: text.slice(i, end) };
    break;
  }
  return hit;
}

/**
 * The longest joined key (a head of `heads`, one space, a tail of `tails`) at `i` as a whole word, if
 * longer than `hit`; as `longest` reads a key, plurals included.
 */
function longestJoined<T>(
  [heads, tails]: [Entry<T>[] | undefined, string[]],
  where: { text: string; lower: string; i: number },
  hit: Match<T> | null,
): Match<T> | null {
  const { text, lower, i } = where;
  if (!heads) return hit;
  for (const { key: head, value } of heads) {
    const at = i + head.length + 1;
    if (lower.charCodeAt(at - 1) !== 32 || !lower.startsWith(head, i)) continue;
    for (const tail of tails) {
      if (!lower.startsWith(tail, at)) continue;
      const end = wordEnd(text, lower, at + tail.length);
      if (end < 0) continue;
      if (!hit || end - i > hit.end - hit.start) hit = { start: i, end, value, surface: text.slice(i, end) };
      break;
    }
  }
  return hit;
}

/** Where a key ending at `end` ends as a whole word, with an English plural -s or -es, or -1 where a word goes on. */
function wordEnd(text: string, lower: string, end: number): number {
  const n = text.length;
  if (end < n && isWord(text.charCodeAt(end))) {
    if (lower.startsWith('es', end) && !isWord(text.charCodeAt(end + 2))) end += 2;
    else if (lower.charCodeAt(end) === 115 && !isWord(text.charCodeAt(end + 1))) end += 1;
  }
  return end < n && isWord(text.charCodeAt(end)) ? -1 : end;
}

interface Words {
  text: string;
  lower: string;
  starts: number[];
  /** each word folded to lower case */
  words: string[];
  /** each folded word without its -s, and without its -es, where it ends so, else null */
  singular1: (string | null)[];
  singular2: (string | null)[];
  /** each word as written where it starts with a capital or digit (keys in capitals match only those), else null */
  written: (string | null)[];
}
/** The words of the last few texts, newest last. */
const recentWords: Words[] = [];
const RECENT_WORDS = 4;

/**
 * The words of a text. The last few texts' words are kept: the extractor runs several dictionaries
 * over each sentence in turn, each over its own copy (apostrophes folded, dashes folded, titles
 * blanked), and the same word strings also keep their hashes for the dictionaries' lookups.
 */
function wordsOf(text: string): Words {
  for (let r = recentWords.length - 1; r >= 0; r--) if (recentWords[r].text === text) return recentWords[r];
  const lower = foldCase(text);
  const found: Words = { text, lower, starts: [], words: [], written: [], singular1: [], singular2: [] };
  // A scan of the lower-case copy (a new, flat string: reading a string built by concatenation
  // character by character can cost a walk of its pieces per character), about three times
  // faster than the regular expression [\p{L}\p{N}]+, which it matches word for word.
  const n = lower.length;
  for (let i = 0; i < n;) {
    const first = wordUnits(lower, i);
    if (!first) {
      i++;
      continue;
    }
    let j = i + first;
    for (let w = wordUnits(lower, j); w; w = wordUnits(lower, j)) j += w;
    found.starts.push(i);
    const word = lower.slice(i, j);
    found.words.push(word);
    const s = lower.charCodeAt(j - 1) === 115; // -s
    found.singular1.push(s ? lower.slice(i, j - 1) : null);
    found.singular2.push(s && lower.charCodeAt(j - 2) === 101 ? lower.slice(i, j - 2) : null);
    const c0 = text.charCodeAt(i);
    found.written.push((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) ? text.slice(i, j) : null);
    i = j;
  }
  if (recentWords.push(found) > RECENT_WORDS) recentWords.shift();
  return found;
}

/**
 * The text in lower case, character for character: where lower case would change a character's
 * length ('İ' → 'i̇'), the character stays as it is, so an offset in the copy is one in the text.
 */
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/./gsu, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  });
}

/**
 * The UTF-16 units of the letter or digit at `i` (1, or 2 for one outside the Basic Multilingual
 * Plane), or 0 where there is none: a character is a word character as `[\p{L}\p{N}]` reads it.
 */
function wordUnits(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = s.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && OTHER_WORD.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return isWord(c) ? 1 : 0;
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
/** Each code unit past ASCII once read: 0 not yet, 1 a letter or digit, 2 not. */
const OTHER_WORD_UNIT = new Uint8Array(65536);
/** Letters and digits (ASCII fast path; other scripts by Unicode property, each code unit tested once). */
function isWord(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (!OTHER_WORD_UNIT[code]) OTHER_WORD_UNIT[code] = OTHER_WORD.test(String.fromCharCode(code)) ? 1 : 2;
  return OTHER_WORD_UNIT[code] === 1;
}
