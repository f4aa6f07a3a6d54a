/**
 * Where a document's commitment score is lost, read from the scorer's own lists of missed and wrong
 * keys (`actors|domain|forum|polarity` per sentence). A missed gold key and a wrong predicted key of
 * the same sentence that differ in one part name that part as the cause; the rest are whole misses
 * (nothing alike predicted), extras, or predictions on text that is not a gold sentence.
 */
export const CAUSES = ['actors', 'domain', 'forum', 'polarity', 'missed', 'extra', 'not-a-sentence'] as const;
export type Cause = (typeof CAUSES)[number];

export interface SentenceLoss {
  where: string;
  missed: string[];
  wrong: string[];
}
export interface Loss {
  causes: Record<Cause, number>;
  sentences: SentenceLoss[];
}

const PARTS = ['actors', 'domain', 'forum', 'polarity'] as const;

function split(entry: string): { where: string; key: string } {
  const space = entry.indexOf(' ');
  return { where: entry.slice(0, space), key: entry.slice(space + 1) };
}

/** The one part in which two keys differ, or null when they differ in none or several. */
function onlyDifference(a: string, b: string): (typeof PARTS)[number] | null {
  const x = a.split('|');
  const y = b.split('|');
  const diff = PARTS.filter((_, i) => x[i] !== y[i]);
  return diff.length === 1 ? diff[0] : null;
}

export function lossOf(name: string, result: { commitments: { missed: string[]; wrong: string[] } }): Loss {
  const causes = Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>;
  const bySentence = new Map<string, SentenceLoss>();
  const at = (where: string) => {
    let s = bySentence.get(where);
    if (!s) bySentence.set(where, (s = { where, missed: [], wrong: [] }));
    return s;
  };
  for (const m of result.commitments.missed) at(split(m).where).missed.push(split(m).key);
  for (const w of result.commitments.wrong) at(split(w).where).wrong.push(split(w).key);
  for (const s of bySentence.values()) {
    if (s.where.endsWith('#unaligned')) {
      causes['not-a-sentence'] += s.wrong.length;
      continue;
    }
    const unpaired = new Set(s.wrong);
    for (const m of s.missed) {
      const partner = [...unpaired].find((w) => onlyDifference(m, w));
      if (partner) {
        causes[onlyDifference(m, partner)!]++;
        unpaired.delete(partner);
      } else causes.missed++;
    }
    causes.extra += unpaired.size;
  }
  const sentences = [...bySentence.values()].sort(
    (a, b) => b.missed.length + b.wrong.length - (a.missed.length + a.wrong.length),
  );
  return { causes, sentences: sentences.map((s) => ({ ...s, where: s.where.replace(/^[^#]*/, name) })) };
}
