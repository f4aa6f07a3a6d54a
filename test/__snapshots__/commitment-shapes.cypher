// count (no filter)
MATCH (c:Commitment)
RETURN count(c) AS n

// count
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
RETURN count(c) AS n

// page after a cursor
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
  AND c.id > $after
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
ORDER BY commitment.id

// page by ids (compare)
MATCH (c:Commitment)
WHERE c.id IN $ids
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
ORDER BY commitment.id

// counts by link, no filter (the whole map)
MATCH (c:Commitment)
WHERE c.forumId IS NOT NULL
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [[c.forumId, c.domainId]] AS key
WITH c, unit, key
WHERE key[0] IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by forum, all
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [c.forumId] AS key
WITH c, unit, key
WHERE key IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by forum, some
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.forumId IN $forums
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [c.forumId] AS key
WITH c, unit, key
WHERE key IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by domain, all
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [c.domainId] AS key
WITH c, unit, key
WHERE key IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by domain, some
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId IN $domains
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [c.domainId] AS key
WITH c, unit, key
WHERE key IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by actor, all
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [(c)-[:BY]->(a:Actor) | a.id] AS key
WITH c, unit, key
WHERE key IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by actor, some
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(a:Actor) WHERE a.id IN $actors }
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [(c)-[:BY]->(a:Actor) | a.id] AS key
WITH c, unit, key
WHERE key IS NOT NULL AND key IN $actors
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by document, all
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [c.documentId] AS key
WITH c, unit, key
WHERE key IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by document, some
MATCH (c:Commitment)
WHERE c.documentId IN $documentIds
  AND c.forumId = $forum
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [c.documentId] AS key
WITH c, unit, key
WHERE key IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by link, all
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [[c.forumId, c.domainId]] AS key
WITH c, unit, key
WHERE key[0] IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// counts by link, some
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.forumId IN $forums
  AND c.domainId IN $domains
  AND c.polarity = $polarity
WITH c, coalesce(c.unit, c.id) AS unit
UNWIND [[c.forumId, c.domainId]] AS key
WITH c, unit, key
WHERE key[0] IS NOT NULL
RETURN key, count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS documents,
       count(DISTINCT CASE c.polarity WHEN 'support' THEN unit END) AS support,
       count(DISTINCT CASE c.polarity WHEN 'oppose' THEN unit END) AS oppose

// link evidence
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.forumId IN $forums
  AND c.domainId IN $domains
  AND c.polarity = $polarity
MATCH (c)-[:STATED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
WITH s, d, min(c.evidenceStart) AS start, max(c.evidenceEnd) AS end
WHERE $after IS NULL OR s.id > $after
RETURN s.id AS id, s.index AS index, s.text AS text, d.id AS documentId, d.title AS documentTitle, start, end
ORDER BY s.id
LIMIT $limit

// undated documents
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
  AND c.date IS NULL
RETURN DISTINCT c.documentId AS id
ORDER BY id
