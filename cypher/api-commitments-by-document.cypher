// Commitments in id order, anchored on the document filter (an index seek); the other filters are checked on the way.
MATCH (c:Commitment)
WHERE c.documentId IN $documents AND c.id > coalesce($after, '')
  AND ($ids IS NULL OR c.id IN $ids)
  AND ($forum IS NULL OR c.forumId = $forum) AND ($domain IS NULL OR c.domainId = $domain)
  AND ($action IS NULL OR c.actionText = $action OR EXISTS { MATCH (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND ($text IS NULL OR EXISTS { MATCH (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) })
  AND ($polarity IS NULL OR c.polarity = $polarity) AND ($language IS NULL OR c.language = $language)
  AND ($documents IS NULL OR c.documentId IN $documents)
  AND ($dateFrom IS NULL OR c.date >= $dateFrom) AND ($dateTo IS NULL OR c.date <= $dateTo)
  AND ($actor IS NULL OR EXISTS { MATCH (c)-[:BY]->(:Actor {id: $actor}) })
WITH c ORDER BY c.id LIMIT toInteger($limit)
MATCH (c)-[:STATED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
MATCH (c)-[dr:IN_DOMAIN]->(dm:Domain)
OPTIONAL MATCH (c)-[fr:THROUGH]->(f:Forum)
OPTIONAL MATCH (c)-[ar:ACTION]->(ac:Action)
OPTIONAL MATCH (c)-[:COUNTERPART]-(cp:Commitment)
CALL { WITH c MATCH (c)-[:BY]->(a:Actor) RETURN collect(a {.id, .name}) AS actors }
RETURN c {.id, .polarity, .modality, .confidence, .evidenceStart, .evidenceEnd} AS commitment, actors,
       dm {.id, .name, .nameZh, text: dr.text} AS domain,
       CASE WHEN f IS NULL THEN null ELSE f {.id, .name, .nameZh, .abbr, text: fr.text} END AS forum,
       {text: ar.text, lemma: ac.id, gloss: ac.gloss} AS action,
       s {.id, .index, .text, .start, .end} AS sentence, d {.id, .title, .language, .date} AS document,
       collect(DISTINCT cp.id) AS counterparts
ORDER BY commitment.id
