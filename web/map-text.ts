/** Text helpers of the map page, kept apart so that they can be tested without a browser. */
export interface EvidenceNode {
  sentenceId: string;
  documentId: string;
  documentTitle: string | null;
  sentenceIndex: number;
  text: string;
  start: number;
  end: number;
  sentenceStart: number | null;
  sentenceEnd: number | null;
}

/**
 * The sentence with the commitment's span marked. Offsets are into the original document; they
 * map onto the stored sentence text only where that text has the original's length (layout
 * repair can join or drop characters). Otherwise the sentence is shown unmarked: no mark is better
 * than a mark on the wrong words.
 */
export function highlight(n: EvidenceNode, escape: (s: string) => string): string {
  const s0 = n.sentenceStart,
    s1 = n.sentenceEnd;
  if (s0 == null || s1 == null || s1 - s0 !== n.text.length || n.start < s0 || n.end > s1 || n.end <= n.start)
    return escape(n.text);
  const a = n.start - s0,
    b = n.end - s0;
  return `${escape(n.text.slice(0, a))}<mark>${escape(n.text.slice(a, b))}</mark>${escape(n.text.slice(b))}`;
}

/** One entry per sentence, in order of first appearance, its span from the first to the last character its commitments cover. */
export function bySentence(evidence: EvidenceNode[]): EvidenceNode[] {
  const out = new Map<string, EvidenceNode>();
  for (const e of evidence) {
    const seen = out.get(e.sentenceId);
    out.set(e.sentenceId, seen ? { ...seen, start: Math.min(seen.start, e.start), end: Math.max(seen.end, e.end) } : e);
  }
  return [...out.values()];
}

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The Cypher that shows one forum × domain link in Neo4j Browser: its commitments and their sentences. */
export function browserCypher(forum: string, domain: string): string {
  return `MATCH p = (:Forum {id: ${quote(forum)}})<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(:Domain {id: ${quote(domain)}})
WITH p, c LIMIT 50
MATCH q = (c)-[:STATED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(:Document)
RETURN p, q`;
}
