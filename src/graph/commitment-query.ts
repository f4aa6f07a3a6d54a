/**
 * Every read that selects commitments by a filter is composed here from the filters actually
 * given (as Neo4j's GraphQL library builds one `WHERE` from the predicates present), instead of a
 * file per combination. The query starts from an index seek on the most selective filter given;
 * the other filters are checked on the way. Values always travel as `$parameters`.
 *
 * The text for every combination is snapshot-tested without a database
 * (test/commitment-query.test.ts) and its plan checked with EXPLAIN (test/query-plan.int.test.ts).
 */
export interface CommitmentFilter {
  documents?: string[] | null;
  actor?: string | null;
  forum?: string | null;
  domain?: string | null;
  polarity?: string | null;
  language?: string | null;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  dateFrom?: string | null;
  dateTo?: string | null;
  action?: string | null;
  text?: string | null;
}

/** What a read is narrowed to besides the user's filter: the ids a batch asks about, a page cursor. */
export interface Restriction {
  ids?: string[];
  documentIds?: string[];
  forums?: string[];
  domains?: string[];
  actors?: string[];
  /** Only commitments of documents without a date (what a date filter leaves out). */
  undated?: boolean;
  /** Only commitments through a forum (what forum and link counts read: an index scan, not every commitment). */
  withForum?: boolean;
  after?: string | null;
}

export interface Composed {
  text: string;
  params: Record<string, unknown>;
}

/** The filters in the order a query may start from them: the first one given is the anchor. */
const ANCHORS = [
  'ids',
  'documents',
  'documentIds',
  'forum',
  'forums',
  'domain',
  'domains',
  'actor',
  'dates',
  'language',
] as const;
type Anchor = (typeof ANCHORS)[number] | 'label';

const given = (v: unknown) => v !== undefined && v !== null;

function anchorOf(f: CommitmentFilter, r: Restriction): Anchor {
  const has: Record<(typeof ANCHORS)[number], boolean> = {
    ids: given(r.ids),
    documents: given(f.documents),
    documentIds: given(r.documentIds),
    forum: given(f.forum),
    forums: given(r.forums),
    domain: given(f.domain),
    domains: given(r.domains),
    actor: given(f.actor),
    dates: given(f.dateFrom) || given(f.dateTo),
    language: given(f.language),
  };
  return ANCHORS.find((a) => has[a]) ?? 'label';
}

/**
 * `MATCH … WHERE …` binding `c` to each matching commitment once. The other parts of a query
 * (a count, a page, counts by group) follow it.
 */
export function matchCommitments(f: CommitmentFilter, r: Restriction = {}): Composed {
  const anchor = anchorOf(f, r);
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  const use = (name: string, value: unknown) => {
    params[name] = value;
  };
  let match = 'MATCH (c:Commitment)';
  const dateTests = (v: string) => [
    ...(given(f.dateFrom) ? [`${v}.date >= $dateFrom`] : []),
    ...(given(f.dateTo) ? [`${v}.date <= $dateTo`] : []),
  ];
  if (anchor === 'actor') match = 'MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)';
  if (anchor === 'dates') {
    match = 'MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)';
    where.push(...dateTests('d'));
  }
  if (anchor === 'language') match = 'MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)';

  // The anchor's own test comes first (it is the seek); then every other filter, in a fixed order.
  const tests: [boolean, string, () => void][] = [
    [given(r.ids), 'c.id IN $ids', () => use('ids', r.ids)],
    [given(f.documents), 'c.documentId IN $documents', () => use('documents', f.documents)],
    [given(r.documentIds), 'c.documentId IN $documentIds', () => use('documentIds', r.documentIds)],
    [given(f.forum), 'c.forumId = $forum', () => use('forum', f.forum)],
    [given(r.forums), 'c.forumId IN $forums', () => use('forums', r.forums)],
    [given(f.domain), 'c.domainId = $domain', () => use('domain', f.domain)],
    [given(r.domains), 'c.domainId IN $domains', () => use('domains', r.domains)],
  ];
  const anchorTest = { ids: 0, documents: 1, documentIds: 2, forum: 3, forums: 4, domain: 5, domains: 6 }[
    anchor as string
  ];
  if (anchorTest !== undefined) {
    const [, text, add] = tests[anchorTest];
    where.push(text);
    add();
  }
  tests.forEach(([on, text, add], i) => {
    if (on && i !== anchorTest) {
      where.push(text);
      add();
    }
  });
  if (given(f.actor)) {
    use('actor', f.actor);
    if (anchor !== 'actor') where.push('EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }');
  }
  if (given(r.actors)) {
    use('actors', r.actors);
    where.push('EXISTS { (c)-[:BY]->(a:Actor) WHERE a.id IN $actors }');
  }
  if (given(f.dateFrom)) use('dateFrom', f.dateFrom);
  if (given(f.dateTo)) use('dateTo', f.dateTo);
  if (anchor !== 'dates') where.push(...dateTests('c'));
  if (given(f.language)) {
    use('language', f.language);
    if (anchor !== 'language') where.push('c.language = $language');
  }
  if (given(f.polarity)) {
    use('polarity', f.polarity);
    where.push('c.polarity = $polarity');
  }
  if (given(f.action)) {
    use('action', f.action);
    where.push(
      '(c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })',
    );
  }
  if (given(f.text)) {
    use('text', f.text);
    where.push('EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }');
  }
  if (r.undated) where.push('c.date IS NULL');
  // Only where nothing better anchors the query: a seek on the documents beats a scan of every forum.
  if (r.withForum && anchor === 'label') where.push('c.forumId IS NOT NULL');
  if (given(r.after)) {
    use('after', r.after);
    where.push('c.id > $after');
  }
  const text = where.length ? `${match}\nWHERE ${where.join('\n  AND ')}` : match;
  return { text, params };
}

/** How many commitments match (rows, as a list of them would show: each language version is one). */
export function countCommitments(f: CommitmentFilter, r: Restriction = {}): Composed {
  const m = matchCommitments(f, r);
  return { text: `${m.text}\nRETURN count(c) AS n`, params: m.params };
}

/** One page of commitments in id order, each with everything the API shows of it. */
export function pageCommitments(f: CommitmentFilter, r: Restriction, limit: number): Composed {
  const m = matchCommitments(f, r);
  return {
    text: `${m.text}
WITH c ORDER BY c.id LIMIT $limit
MATCH (c)-[:STATED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
MATCH (c)-[dr:IN_DOMAIN]->(dm:Domain)
OPTIONAL MATCH (c)-[fr:THROUGH]->(f:Forum)
OPTIONAL MATCH (c)-[ar:ACTION]->(ac:Action)
RETURN c {.id, .polarity, .modality, .confidence, .evidenceStart, .evidenceEnd} AS commitment,
       COLLECT { MATCH (c)-[b:BY]->(a:Actor) WITH a, b ORDER BY b.order, a.id RETURN a {.id, .name, .nameZh} } AS actors,
       dm {.id, .name, .nameZh, text: dr.text} AS domain,
       CASE WHEN f IS NULL THEN null ELSE f {.id, .name, .nameZh, .abbr, text: fr.text} END AS forum,
       {text: ar.text, lemma: ac.id, gloss: ac.gloss} AS action,
       s {.id, .index, .text, .start, .end} AS sentence, d {.id, .title, .language, .date} AS document,
       COLLECT { MATCH (c)-[:COUNTERPART]-(cp:Commitment) RETURN DISTINCT cp.id } AS counterparts
ORDER BY commitment.id`,
    params: { ...m.params, limit },
  };
}

/** What the counts are grouped by. A link is a forum × domain pair. */
export type CountKind = 'forum' | 'domain' | 'actor' | 'document' | 'link';

const KEYS: Record<CountKind, { keys: string; present: string }> = {
  forum: { keys: '[c.forumId]', present: 'key IS NOT NULL' },
  domain: { keys: '[c.domainId]', present: 'key IS NOT NULL' },
  document: { keys: '[c.documentId]', present: 'key IS NOT NULL' },
  link: { keys: '[[c.forumId, c.domainId]]', present: 'key[0] IS NOT NULL' },
  actor: { keys: '[(c)-[:BY]->(a:Actor) | a.id]', present: 'key IS NOT NULL' },
};

/**
 * The one count of the API: for each group (a forum, a domain, an actor, a document, a link), how
 * many commitments match, in how many statements, with which polarity. A commitment and its
 * counterpart in a translation (COUNTERPART, translation → original) are one commitment: both
 * count as the original's. A statement is an original with its translations (`statementId`).
 * `ids` narrows the groups to those asked for (null: every group with a match).
 */
export function countBy(kind: CountKind, f: CommitmentFilter, ids: string[] | null): Composed {
  const r: Restriction = { withForum: kind === 'forum' || kind === 'link' };
  let only = '';
  if (ids) {
    if (kind === 'forum') r.forums = ids;
    if (kind === 'domain') r.domains = ids;
    if (kind === 'document') r.documentIds = ids;
    if (kind === 'actor') {
      r.actors = ids;
      only = ' AND key IN $actors';
    }
    if (kind === 'link') {
      const pairs = ids.map((id) => id.split('\u0000'));
      r.forums = [...new Set(pairs.map((p) => p[0]))].sort();
      r.domains = [...new Set(pairs.map((p) => p[1]))].sort();
    }
  }
  const m = matchCommitments(f, r);
  return {
    text: `${m.text}
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND ${KEYS[kind].keys} AS key
WITH c, unit, key
WHERE ${KEYS[kind].present}${only}
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose`,
    params: m.params,
  };
}

/** Sentences behind one forum × domain link under a filter, one row per sentence, in id order. */
export function linkEvidence(
  f: CommitmentFilter,
  forum: string,
  domain: string,
  after: string | null,
  limit: number,
): Composed {
  const m = matchCommitments(f, { forums: [forum], domains: [domain] });
  return {
    text: `${m.text}
MATCH (c)-[:STATED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
WITH s, d, min(c.evidenceStart) AS start, max(c.evidenceEnd) AS end
WHERE $after IS NULL OR s.id > $after
RETURN s.id AS id, s.index AS index, s.text AS text, d.id AS documentId, d.title AS documentTitle, start, end
ORDER BY s.id
LIMIT $limit`,
    params: { ...m.params, after, limit },
  };
}

/** Documents without a date that hold commitments the filter would match but for its dates. */
export function undatedDocuments(f: CommitmentFilter): Composed {
  const m = matchCommitments({ ...f, dateFrom: null, dateTo: null }, { undated: true });
  return { text: `${m.text}\nRETURN DISTINCT c.documentId AS id\nORDER BY id`, params: m.params };
}
