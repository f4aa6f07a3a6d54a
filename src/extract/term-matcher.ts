/**
 * Longest-leftmost dictionary matching. Chinese matches anywhere; English matches whole words,
 * ignoring case unless a term is written in capitals (`WHO` must not match "who").
 */
export interface Match<T> { start: number; end: number; value: T; surface: string }

export class TermMatcher<T> {
  private byFirst = new Map<string, { key: string; value: T }[]>();
  constructor(entries: Iterable<[string, T]>, private readonly words: boolean) {
    for (const [term, value] of entries) {
      const exact = words && /^[A-Z0-9][A-Z0-9.&-]*$/.test(term);
      const key = exact ? term : words ? term.toLowerCase() : term;
      const first = exact ? `=${key[0]}` : key[0];
      const list = this.byFirst.get(first) ?? [];
      list.push({ key, value });
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  }

  find(text: string): Match<T>[] {
    const out: Match<T>[] = [];
    const lower = this.words ? text.toLowerCase() : text;
    const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
    for (let i = 0; i < text.length; ) {
      if (this.words && isWord(text[i - 1])) { i++; continue; }
      let hit: Match<T> | null = null;
      for (const [list, hay] of [[this.byFirst.get(`=${text[i]}`), text], [this.byFirst.get(lower[i]), lower]] as const) {
        for (const { key, value } of list ?? []) {
          if (hit && hit.end - hit.start >= key.length) break;

          if (!hay.startsWith(key, i)) continue;
          let end = i + key.length;
          // English plurals: "infectious disease" also matches "infectious diseases".
          if (this.words && isWord(text[end])) end += /^es(?![\p{L}\p{N}])/u.test(lower.slice(end, end + 3)) ? 2 : /^s(?![\p{L}\p{N}])/u.test(lower.slice(end, end + 2)) ? 1 : 0;
          if (!this.words || !isWord(text[end])) {
            hit = { start: i, end, value, surface: text.slice(i, end) };
            break;
          }
        }
      }
      if (hit) { out.push(hit); i = hit.end; } else i++;
    }
    return out;
  }
}
