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
    const words = this.words;
    const lower = words ? text.toLowerCase() : text;
    for (let i = 0; i < text.length; ) {
      if (words && i > 0 && isWord(text.charCodeAt(i - 1))) { i++; continue; }
      let hit: Match<T> | null = null;
      // Exact-case entries (abbreviations) are keyed "=X"; others by their first (lower-case) character.
      const lists = words ? [this.byFirst.get(`=${text[i]}`), this.byFirst.get(lower[i])] : [this.byFirst.get(text[i])];
      for (let l = 0; l < lists.length; l++) {
        const list = lists[l];
        if (!list) continue;
        const hay = words && l === 1 ? lower : text;
        for (const { key, value } of list) {
          if (hit && hit.end - hit.start >= key.length) break;
          if (!hay.startsWith(key, i)) continue;
          let end = i + key.length;
          if (words) {
            // English plurals: "infectious disease" also matches "infectious diseases".
            if (end < text.length && isWord(text.charCodeAt(end))) {
              if (lower.startsWith('es', end) && !isWord(text.charCodeAt(end + 2))) end += 2;
              else if (lower[end] === 's' && !isWord(text.charCodeAt(end + 1))) end += 1;
            }
            if (end < text.length && isWord(text.charCodeAt(end))) continue;
          }
          hit = { start: i, end, value, surface: text.slice(i, end) };
          break;
        }
      }
      if (hit) { out.push(hit); i = hit.end; } else i++;
    }
    return out;
  }
}

/** Letters and digits (ASCII fast path; other scripts by Unicode property). */
function isWord(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}
