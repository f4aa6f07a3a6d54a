/**
 * The identity of a commitment within a sentence, as the annotation scorer builds it:
 * actors (sorted codes) | domain | forum (or `-`) | polarity. Assembly merges on it, alignment pairs
 * translations on it, the loader stores it and `compare` matches on it.
 */
export interface KeyParts {
  actors: readonly (string | { id: string })[];
  domain: string | { id: string };
  forum: string | { id: string } | null;
  polarity: string;
}

const idOf = (x: string | { id: string }) => (typeof x === 'string' ? x : x.id);

export function actorKey(actors: KeyParts['actors']): string {
  // Assembly builds a key per candidate commitment: the common cases without a set or a sort.
  if (actors.length <= 1) return actors.length ? idOf(actors[0]) : '';
  const ids = actors.map(idOf).sort();
  let key = ids[0];
  for (let k = 1; k < ids.length; k++) if (ids[k] !== ids[k - 1]) key += `+${ids[k]}`;
  return key;
}

export function commitmentKey(c: KeyParts): string {
  return `${actorKey(c.actors)}|${idOf(c.domain)}|${c.forum == null ? '-' : idOf(c.forum)}|${c.polarity}`;
}
