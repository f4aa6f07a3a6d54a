import { commitmentKey } from './commitment-key.ts';

/**
 * Parallel versions of one statement (a Chinese original and its English translation, say):
 * sentences are aligned by dynamic programming over length and shared anchors (forums, numbers,
 * domains), commitments of aligned sentences are paired where they agree on actors, domain, forum
 * and polarity, and forums or domains found in one version only are reported.
 */
export interface AlignSentence {
  index: number;
  text: string;
}
export interface AlignCommitment {
  sentence: number;
  actors: string[];
  domain: string;
  forum: string | null;
  polarity: string;
}
export interface AlignInput {
  sentences: AlignSentence[];
  commitments: AlignCommitment[];
}

export interface SentencePair {
  original: number[];
  translation: number[];
}
export interface Disagreement {
  kind: 'forum' | 'domain';
  id: string;
  onlyIn: 'original' | 'translation';
  original: number[];
  translation: number[];
}
export interface Alignment {
  pairs: SentencePair[];
  /** Indexes into each input's commitments. */
  counterparts: { original: number; translation: number }[];
  disagreements: Disagreement[];
}

const numbers = (s: string) => new Set(s.match(/\d{2,}/g) ?? []);
const jaccard = <T>(a: Set<T>, b: Set<T>) => {
  if (!a.size && !b.size) return null;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
};

interface Unit {
  len: number;
  forums: Set<string>;
  numbers: Set<string>;
  domains: Set<string>;
}

function units(doc: AlignInput): Unit[] {
  return doc.sentences.map((s) => {
    const cs = doc.commitments.filter((c) => c.sentence === s.index);
    return {
      len: s.text.replace(/\s/g, '').length,
      forums: new Set(cs.flatMap((c) => (c.forum ? [c.forum] : []))),
      numbers: numbers(s.text),
      domains: new Set(cs.map((c) => c.domain)),
    };
  });
}
const merge = (a: Unit, b: Unit): Unit => ({
  len: a.len + b.len,
  forums: new Set([...a.forums, ...b.forums]),
  numbers: new Set([...a.numbers, ...b.numbers]),
  domains: new Set([...a.domains, ...b.domains]),
});

/** Dissimilarity of two spans: length ratio against the documents' own ratio, and anchors that disagree. */
function cost(a: Unit, b: Unit, ratio: number): number {
  let c = Math.abs(Math.log((b.len + 1) / (a.len * ratio + 1))) * 2;
  for (const [x, y, w] of [
    [a.forums, b.forums, 2],
    [a.numbers, b.numbers, 1.5],
    [a.domains, b.domains, 1],
  ] as const) {
    const j = jaccard(x as Set<string>, y as Set<string>);
    if (j !== null) c += (1 - j) * w;
  }
  return c;
}

export function align(original: AlignInput, translation: AlignInput): Alignment {
  const A = units(original),
    B = units(translation);
  const n = A.length,
    m = B.length;
  const ratio = (B.reduce((s, u) => s + u.len, 0) + 1) / (A.reduce((s, u) => s + u.len, 0) + 1);
  const SKIP = 3,
    MERGE = 2;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(Infinity));
  const move: [number, number][][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill([0, 0]));
  best[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (!Number.isFinite(best[i][j])) continue;
      const here = best[i][j];
      const tryStep = (di: number, dj: number, c: number) => {
        if (i + di > n || j + dj > m) return;
        if (here + c < best[i + di][j + dj]) {
          best[i + di][j + dj] = here + c;
          move[i + di][j + dj] = [di, dj];
        }
      };
      tryStep(1, 0, SKIP);
      tryStep(0, 1, SKIP);
      if (i < n && j < m) tryStep(1, 1, cost(A[i], B[j], ratio));
      if (i + 1 < n && j < m) tryStep(2, 1, cost(merge(A[i], A[i + 1]), B[j], ratio) + MERGE);
      if (i < n && j + 1 < m) tryStep(1, 2, cost(A[i], merge(B[j], B[j + 1]), ratio) + MERGE);
    }
  }
  const pairs: SentencePair[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [di, dj] = move[i][j];
    pairs.unshift({
      original: Array.from({ length: di }, (_, k) => original.sentences[i - di + k].index),
      translation: Array.from({ length: dj }, (_, k) => translation.sentences[j - dj + k].index),
    });
    i -= di;
    j -= dj;
  }

  const key = (c: AlignCommitment) => commitmentKey(c);
  const counterparts: Alignment['counterparts'] = [];
  const disagreements: Disagreement[] = [];
  for (const p of pairs) {
    if (!p.original.length || !p.translation.length) continue;
    const ca = original.commitments.map((c, i) => [c, i] as const).filter(([c]) => p.original.includes(c.sentence));
    const cb = translation.commitments
      .map((c, i) => [c, i] as const)
      .filter(([c]) => p.translation.includes(c.sentence));
    const used = new Set<number>();
    for (const [c, i] of ca) {
      const match = cb.find(([d, j]) => !used.has(j) && key(d) === key(c));
      if (match) {
        used.add(match[1]);
        counterparts.push({ original: i, translation: match[1] });
      }
    }
    const report = (kind: 'forum' | 'domain', of: (c: AlignCommitment) => string | null) => {
      const sa = new Set(ca.map(([c]) => of(c)).filter((x): x is string => !!x));
      const sb = new Set(cb.map(([c]) => of(c)).filter((x): x is string => !!x));
      for (const id of sa)
        if (!sb.has(id))
          disagreements.push({ kind, id, onlyIn: 'original', original: p.original, translation: p.translation });
      for (const id of sb)
        if (!sa.has(id))
          disagreements.push({ kind, id, onlyIn: 'translation', original: p.original, translation: p.translation });
    };
    report('forum', (c) => c.forum);
    // A domain counts as missing only where the other version names no field tied to it by a forum
    // either, so a field one extractor reads in passing does not count as a disagreement.
    report('domain', (c) => (c.forum ? c.domain : null));
  }
  return { pairs, counterparts, disagreements };
}

/** The alignment input of an extraction result. */
export function alignInput(r: {
  sentences: AlignSentence[];
  commitments: {
    sentence: number;
    actors: { id: string }[];
    domain: { id: string };
    forum: { id: string } | null;
    polarity: string;
  }[];
}): AlignInput {
  return {
    sentences: r.sentences,
    commitments: r.commitments.map((c) => ({
      sentence: c.sentence,
      actors: c.actors.map((a) => a.id),
      domain: c.domain.id,
      forum: c.forum?.id ?? null,
      polarity: c.polarity,
    })),
  };
}
