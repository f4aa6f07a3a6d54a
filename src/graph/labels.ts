/**
 * Short captions stored on nodes for Neo4j Browser (its style can caption a node by one property
 * only) and used by the map page: a forum by its abbreviation, a commitment by polarity and action.
 */

/** A forum's abbreviation; without one, the initials of its English name (or the first characters of a Chinese one). */
export function forumShort(f: { id: string; name: string; abbr: string | null }): string {
  if (f.abbr) return f.abbr;
  if (/^[A-Z0-9]{2,8}$/.test(f.id)) return f.id;
  if (/[\u3400-\u9fff]/.test(f.name)) return f.name.length > 6 ? `${f.name.slice(0, 5)}…` : f.name;
  const initials = f.name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z0-9]/.test(w))
    .map((w) => (/^[A-Z0-9]+$/.test(w) ? w : w[0]))
    .join('');
  return initials.length >= 2 ? initials.slice(0, 8) : f.name.slice(0, 8);
}

/** "+ strengthen" or "− hegemonism": polarity sign, then the action's English gloss (its text if none). */
export function commitmentCaption(c: { polarity: string; action: { text: string; gloss: string } }): string {
  return `${c.polarity === 'oppose' ? '−' : '+'} ${c.action.gloss || c.action.text}`;
}
