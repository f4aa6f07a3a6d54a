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

export class TermMatcher<T> {
  private readonly groups = new Map<string, Entry<T>[]>();
  /** English: the first words of all keys ('=' + word for keys in capitals), so most words of a text are passed over at once. */
  private readonly firsts = new Set<string>();
  /** Chinese: entries by the code of their first character (no string made per position of the text). */
  private readonly byCode = new Map<number, Entry<T>[]>();
  constructor(
    entries: Iterable<[string, T]>,
    private readonly words: boolean,
  ) {
    for (const [term, value] of entries) {
      if (!term) continue;
      const exact = words && /^[A-Z0-9][A-Z0-9.&-]*$/.test(term);
      const key = exact || !words ? term : term.toLowerCase();
      if (!words) {
        const list = this.byCode.get(key.charCodeAt(0)) ?? [];
        list.push({ key, value });
        this.byCode.set(key.charCodeAt(0), list);
        continue;
      }
      // Keys of two or more words are filed under their first two words, so a common first word
      // ("the") does not make every occurrence try thousands of entries.
      const first = firstWord(key, 0);
      const second = nextWord(key, first.length);
      const group = (exact ? '=' : '') + first + (second ? ' ' + second : '');
      this.firsts.add((exact ? '=' : '') + first);
      const list = this.groups.get(group) ?? [];
      list.push({ key, value });
      this.groups.set(group, list);
    }
    for (const list of [...this.groups.values(), ...this.byCode.values()])
      list.sort((a, b) => b.key.length - a.key.length);
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
    const lower = text.toLowerCase();
    const n = text.length;
    // The words of the text, found by one regular expression pass: a loop over every character in
    // JavaScript went quadratic on some runs (seconds instead of milliseconds on the same 30,000
    // characters of punctuation and one-letter words, depending on how V8 optimised it).
    let resume = 0;
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
      const i = m.index;
      if (i < resume) continue;
      const w = i + m[0].length;
      const word = lower.slice(i, w);
      let hit: Match<T> | null = null;
      const c0 = text.charCodeAt(i);
      const exactWord = (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) ? '=' + text.slice(i, w) : null;
      const last = lower.charCodeAt(w - 1);
      if (
        !this.firsts.has(word) &&
        !(exactWord && this.firsts.has(exactWord)) &&
        !(last === 115 && (this.firsts.has(word.slice(0, -1)) || this.firsts.has(word.slice(0, -2))))
      ) {
        continue; // no key starts with this word
      }
      const second = nextWord(lower, w);
      // Candidate groups: one-word keys (exact case for abbreviations, the folded word, its singular
      // for one-word plurals), then keys of two or more words by the first two words of the text
      // (the second word also singular: "infectious diseases").
      const singular =
        last !== 115
          ? []
          : lower.charCodeAt(w - 2) === 101
            ? [word.slice(0, -1), word.slice(0, -2)]
            : [word.slice(0, -1)];
      const seconds = !second
        ? []
        : second.endsWith('es')
          ? [second, second.slice(0, -1), second.slice(0, -2)]
          : second.endsWith('s')
            ? [second, second.slice(0, -1)]
            : [second];
      const candidates: (string | null)[] = [
        exactWord,
        word,
        ...singular,
        ...seconds.flatMap((s2) => [exactWord ? `${exactWord} ${s2}` : null, `${word} ${s2}`]),
      ];
      for (const name of candidates) {
        const list = name === null ? undefined : this.groups.get(name);
        if (!list) continue;
        const g = name!.startsWith('=') ? 0 : 1;
        const hay = g === 0 ? text : lower;
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
      }
      if (hit) {
        out.push(hit);
        resume = hit.end; // matches start at word starts only, after the last match
      }
    }
    return out;
  }
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
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
